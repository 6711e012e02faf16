"""No silent mode switches: a missing extra is exit 2 with the install command (not a traceback, not
exit 3 or 4), and --engine spark with what it cannot honour is refused (it used to be dropped)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT

TABLE = "fixtures/datasets/review.csv"


def _without(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """hecha in a process where `module` cannot be imported (as if its extra were not installed)."""
    code = (
        f"import sys; sys.modules[{module!r}] = None; from hecha.cli import main; "
        f"sys.argv = ['hecha', *{list(args)!r}]; main()"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.mark.parametrize(
    ("module", "args", "install"),
    [
        ("pandas", ["check", "--dataset", TABLE], "pip install 'hecha[dataset]'"),  # was exit 3
        ("pandera", ["check", "--dataset", TABLE, "--format", "sarif"], "pip install 'hecha[dataset]'"),
        (
            "pandas",
            ["baseline", "--dataset", TABLE, "-o", "/nonexistent/b.json"],
            "pip install 'hecha[dataset]'",
        ),
        (
            "pandas",
            ["gx", "--dataset", TABLE, "-o", "/nonexistent/gx"],
            "pip install 'hecha[gx]'",
        ),  # was exit 4
        (
            "great_expectations",
            ["gx", "--dataset", TABLE, "-o", "/nonexistent/gx"],
            "pip install 'hecha[gx]'",
        ),
    ],
)
def test_a_missing_extra_is_a_usage_error(module: str, args: list[str], install: str) -> None:
    p = _without(module, *args)
    assert p.returncode == 2, p.stderr[-2000:]
    assert install in p.stderr and module in p.stderr
    assert "Traceback" not in p.stderr and not p.stdout


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--format", "markdown"], "--format markdown"),
        (["--format", "sarif"], "--format sarif"),
        (["--dataset", TABLE], "--dataset"),
        (["--baseline", "b.json"], "--baseline"),
    ],
)
def test_engine_spark_refuses_what_it_cannot_honour(args: list[str], named: str) -> None:
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "hecha.cli",
            "check",
            "--engine",
            "spark",
            "fixtures/seeds",
            "-o",
            "/nonexistent/x",
            *args,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert p.returncode == 2 and named in p.stderr and "--engine spark" in p.stderr, p.stderr
    assert not p.stdout


def test_pandera_is_imported_without_probing_pyspark() -> None:
    """The dataset extra's pandera is imported with pyspark read as not installed (a tenth of a second
    and a FutureWarning saved); pyspark itself stays importable afterwards."""
    code = (
        "import sys; from hecha.extras import require, import_pandera; require('dataset', '--dataset'); "
        "import_pandera(); assert not any(m.startswith('pyspark') for m in sys.modules if sys.modules[m]); "
        "assert 'pyspark' not in sys.modules; import importlib.util; "
        "print(importlib.util.find_spec('pyspark') is not None)"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    assert "FutureWarning" not in p.stderr
