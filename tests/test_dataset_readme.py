"""The README's worked example runs exactly as written: each `$ command` in the marked block is run
with bash from a copy of the repository's fixtures, with the exit code its `# exits N` comment says
and the output shown below it (annotations of rule-pack rules are compared up to their message, which
the rule packs own; dataset findings are compared whole)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def _steps() -> list[tuple[str, int, list[str]]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- worked-example:start -->")[1].split("<!-- worked-example:end -->")[0]
    steps: list[tuple[str, int, list[str]]] = []
    in_console = False
    for line in block.splitlines():
        if line.startswith("```"):
            in_console = line.strip() == "```console"
            continue
        if not in_console:
            continue
        if line.startswith("$ "):
            m = re.search(r"#\s*exits\s+(\d+)\s*$", line)
            steps.append((line[2:], int(m.group(1)) if m else 0, []))
        elif steps:
            steps[-1][2].append(line)
    return steps


def _head(annotation: str) -> str:
    return annotation.split("::")[1] if annotation.startswith("::") else annotation


def test_worked_example_runs_as_written(tmp_path: Path) -> None:
    steps = _steps()
    assert len(steps) == 4
    shutil.copytree(ROOT / "fixtures" / "datasets", tmp_path / "fixtures" / "datasets")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    for command, code, expected in steps:
        r = subprocess.run(
            ["bash", "-c", command], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=180
        )
        assert r.returncode == code, (command, r.stdout, r.stderr)
        got = r.stdout.splitlines()
        assert len(got) == len(expected), (command, got)
        for want, have in zip(expected, got, strict=True):
            if "title=DS" in want:
                assert have == want
            else:
                assert _head(have) == _head(want)
    assert (tmp_path / "hecha-baseline.json").is_file()
