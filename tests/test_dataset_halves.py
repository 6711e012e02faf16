"""A Parquet table's later row groups read and validated by a child (dataset/halves.py): the plan is
the one a single core makes — its table, problems, pseudo-document and report bytes — whether the
child's answer is taken, refused (a row of the later half repeating one of the earlier half the
child never saw) or lost (the child dies)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from hecha.dataset import halves
from hecha.dataset.run import DatasetPlan, plan_dataset
from hecha.pipeline import Checker

from .conftest import ROOT

METRICS = [
    ("review.applications", "件"),
    ("review.accepted", "件"),
    ("review.concluded", "件"),
    ("review.correction_rate", "%"),
    ("litigation.cases", "件"),
]


def _rows(n_docs: int, seed: int) -> list[dict[str, Any]]:
    rng = np.random.default_rng(seed)
    rows = []
    for d in rng.permutation(n_docs).tolist():  # documents not in order: the halves share some
        for metric, unit in METRICS[: 2 + d % 3]:
            v = f"{int(rng.integers(1, 90))}" if unit == "件" else f"{rng.uniform(1, 99):.1f}"
            rows.append({"doc_id": f"doc{d:04d}", "metric": metric, "value": v, "unit": unit})
            if rng.random() < 0.05:  # the same document's rows split across the halves (no repeat)
                extra = dict(rows[-1], metric=METRICS[4][0], value=str(1000 + len(rows)), unit="件")
                rows.insert(int(rng.integers(0, len(rows))), extra)
    return rows


def _write(rows: list[dict[str, Any]], path: Path, group: int, extra: bool = False) -> Path:
    frame = pd.DataFrame(rows, dtype=object)
    if extra:
        frame["region"] = [f"市{i % 3}" if i % 2 else None for i in range(len(frame))]
        frame["year"] = ["2023" if i % 2 else None for i in range(len(frame))]
    frame.to_parquet(path, index=False, row_group_size=group)
    return path


def _facts(plan: DatasetPlan) -> dict[str, Any]:
    t = plan.jobs.table
    return {
        "docs": list(t.doc_ids),
        "columns": [
            None if a is None else a.tolist() for a in (t.bounds, t.metric, t.mention, t.row, t.line)
        ],
        "places": [None if a is None else a.tolist() for a in (t.region, t.year, t.start)],
        "vocabularies": (t.metrics, [m.text for m in t.mentions], t.regions, t.claims, t.quotes),
        "problems": [(p.row, p.line, p.column, p.code, p.message, p.start, p.end) for p in plan.problems],
        "pseudo": (plan.pseudo.doc.text, plan.pseudo.doc.meta, [f.message for f in plan.pseudo.findings]),
        "records": plan.source.records,
        "flagged": plan.jobs.verdicts.flagged.tolist() if plan.jobs.verdicts is not None else None,
    }


@pytest.fixture
def small_halves(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Halve tables of any size, and record whether each child's answer was taken."""
    monkeypatch.setattr(halves, "MIN_HALF_ROWS", 1)
    monkeypatch.setattr(halves, "CHUNK_ROWS", 50)  # the halves' chunks fall otherwise than one core's
    taken: list[bool] = []
    accepted = halves.accepted

    def spy(answer: halves.Answer, validator: Any) -> bool:
        taken.append(accepted(answer, validator))
        return taken[-1]

    monkeypatch.setattr(halves, "accepted", spy)
    return taken


@pytest.mark.parametrize("group", [97, 250, 400])
@pytest.mark.parametrize("extra", [False, True])
def test_halved_plan_is_the_one_core_plan(
    group: int, extra: bool, tmp_path: Path, small_halves: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Row groups of 97 to 400 rows, chunks of 256 rows for one core and 50 for the halves,
    regions and years or not: the same plan, the child's answer taken."""
    import hecha.dataset.load as load

    monkeypatch.setattr(load, "CHUNK_ROWS", 64)
    path = _write(_rows(300, group), tmp_path / "t.parquet", group, extra)
    checker = Checker.load()
    one = _facts(plan_dataset(path, checker, jobs=1))
    assert small_halves == []
    two = _facts(plan_dataset(path, checker, jobs=2))
    assert small_halves == [True]
    assert one == two


def test_a_row_repeating_the_earlier_half_makes_the_later_half_read_here(
    tmp_path: Path, small_halves: list[bool]
) -> None:
    """A later row equal to a row of the earlier half after its first chunk (which the child never
    saw): the child's answer is refused and the later half read here; a later row equal to a row of
    the first chunk or of the later half is the child's to report, and its answer is taken."""
    rows = _rows(200, 1)
    n = len(rows)
    checker = Checker.load()
    own = [*rows[: n - 3], dict(rows[5]), dict(rows[n - 10]), rows[n - 1]]  # of chunk 1, of the later half
    path = _write(own, tmp_path / "own.parquet", 100)
    assert _facts(plan_dataset(path, checker, jobs=1)) == _facts(plan_dataset(path, checker, jobs=2))
    assert small_halves == [True]
    across = [*rows[: n - 1], dict(rows[150])]  # of the earlier half's second row group
    path = _write(across, tmp_path / "across.parquet", 100)
    one = _facts(plan_dataset(path, checker, jobs=1))
    two = _facts(plan_dataset(path, checker, jobs=2))  # (chunks of 50: row 151 is not in the first)
    assert small_halves == [True, False]
    assert one == two
    assert sum(p[3] == "DS008" for p in one["problems"]) == 1


def test_a_child_that_dies_leaves_the_later_half_to_be_read_here(
    tmp_path: Path, small_halves: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child killed before it answers (or failing in any way): the same plan, read here."""
    path = _write(_rows(200, 2), tmp_path / "t.parquet", 150)
    checker = Checker.load()
    one = _facts(plan_dataset(path, checker, jobs=1))

    def dies(*args: Any) -> None:
        os._exit(1)

    monkeypatch.setattr(halves, "_child", dies)
    assert _facts(plan_dataset(path, checker, jobs=2)) == one
    assert small_halves == []  # (no answer to accept)

    def fails(w: int, *args: Any) -> None:
        with os.fdopen(w, "wb") as out:
            out.write(b"not a pickle")
        os._exit(0)

    monkeypatch.setattr(halves, "_child", fails)
    assert _facts(plan_dataset(path, checker, jobs=2)) == one


def test_split_halves_parquet_only_with_rows_enough(tmp_path: Path) -> None:
    """Halved: a Parquet file of several row groups, from the group where half its rows are read;
    not halved: one row group, too few rows, another format."""
    from hecha.dataset.load import open_source

    rows = _rows(14000, 3)
    path = _write(rows, tmp_path / "t.parquet", 4000)
    sizes = open_source(path).row_groups()
    g = halves.split(open_source(path))
    assert g is not None and 0 < g < len(sizes)
    assert (
        sum(sizes[:g]) < len(rows) / 2 + sizes[g - 1] / 2 and sum(sizes[:g]) + sizes[g] / 2 >= len(rows) / 2
    )
    assert halves.split(open_source(_write(rows, tmp_path / "one.parquet", len(rows)))) is None
    assert halves.split(open_source(_write(rows[:5000], tmp_path / "few.parquet", 1000))) is None
    csv = tmp_path / "t.csv"
    pd.DataFrame(rows).to_csv(csv, index=False)
    assert halves.split(open_source(csv)) is None


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_halved_report_bytes_and_exit_code(fmt: str, tmp_path: Path) -> None:
    """`hecha check --dataset` with --jobs 1 (one core reads) and 2 (a child reads the later half)
    writes the same bytes with the same exit code, on a table large enough to be halved."""
    rows = _rows(15000, 4)
    rows[40]["value"] = "-3"  # a problem in each half, and a repeated row
    rows[-40]["unit"] = "3件"
    rows.append(dict(rows[-7]))
    path = _write(rows, tmp_path / "t.parquet", 6000)
    assert halves.split(__import__("hecha.dataset.load", fromlist=["x"]).open_source(path)) is not None
    out = {}
    for jobs in (1, 2):
        target = tmp_path / f"r{jobs}"
        args = ["check", "--dataset", str(path), "--format", fmt, "--jobs", str(jobs), "-o", str(target)]
        p = subprocess.run(
            [sys.executable, "-m", "hecha.cli", *args], capture_output=True, cwd=ROOT, timeout=300
        )
        out[jobs] = (p.returncode, target.read_bytes(), p.stderr)
    assert out[1] == out[2] and out[1][0] == 1
