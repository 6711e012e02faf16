"""Documents the screen passed are written from templates (dataset/render.py): byte for byte the
generic path's JSON (document_json → locate_document → mark_document → render_object), with and
without a baseline, for CSV and Parquet (whose rows have no lines), with findings from the checks
across documents and without."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from hecha.baseline import Baseline
from hecha.dataset.jobs import PassedJob
from hecha.dataset.render import render_job
from hecha.dataset.run import check_job, plan_dataset
from hecha.gate import GateInputs, _rendered, render, run, stream_json
from hecha.pipeline import Checker

from .conftest import ROOT

DATA = ROOT / "fixtures" / "datasets"


def _table(tmp_path: Path) -> Path:
    """Documents with and without findings across the table: a region and year given twice with
    different figures (DS201), a year-over-year claim (DS202), one far from its peers (DS203)."""
    rows = ["doc_id,metric,value,unit,quote,year,region"]
    for i, v in enumerate([30, 32, 35, 28, 31, 33, 3100, 29]):
        rows.append(f"d{i},review.accepted,{v},件,,2023,市{i}")
        rows.append(f"d{i},review.concluded,{v - 5},件,,2023,市{i}")
        rows.append(f"d{i},review.correction_rate,{100 * 2 / (v - 5):.1f},%,,2023,市{i}")
        rows.append(f"d{i},review.confirmed_illegal,2,件,,2023,市{i}")
    rows += [
        "e1,review.accepted,35,件,,2022,甲市",
        "e2,review.accepted,50,件,受理50件，同比增长20%,2023,甲市",
        "e3,review.accepted,36,件,,2023,甲市",
        "e4,mediation.success_rate,98,%以上,,,",
        "e4,mediation.accepted,30,余件,,,",
    ]
    path = tmp_path / "table.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _parquet(path: Path, folder: Path) -> Path:
    import pandas as pd

    out = folder / f"{path.stem}.parquet"
    pd.read_csv(path, dtype=str, keep_default_na=False).replace("", None).to_parquet(out)
    return out


def _same(checker: Checker, path: Path, baseline: Baseline | None, columns: list[int] | None = None) -> int:
    """Every document of the table rendered by render_job against the generic path; `columns`
    counts the documents written column-wise (render.passed_texts), those with findings apart."""
    plan = plan_dataset(path, checker)
    finish = partial(_rendered, verbose=False, baseline=baseline)
    fast = 0
    for job in plan.jobs:
        got = render_job(checker, job, finish, False, baseline)
        if columns is not None and isinstance(job, PassedJob) and job.job is None:  # its DocJob never made
            columns[bool(got.severities)] += 1
        expected = finish(check_job(checker, job))
        assert got == expected, job.doc_id
        fast += job.screen is not None
    return fast


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_templates_write_what_the_generic_path_writes(checker: Checker, tmp_path: Path, fmt: str) -> None:
    paths = [DATA / "review.csv", DATA / "review_next.csv", DATA / "rules.csv", _table(tmp_path)]
    if fmt == "parquet":
        paths = [_parquet(p, tmp_path) for p in paths]
    columns = [0, 0]
    for path in paths:
        assert _same(checker, path, None, columns) > 0
        report = run(checker, GateInputs([], path)).report
        keys = frozenset(
            (d["doc_id"], f["fingerprint"]) for d in report["documents"] for f in d["findings"][::2]
        )
        _same(checker, path, Baseline(keys))
    assert columns[0] > 0 and columns[1] > 0  # written column-wise, without findings and with DS203's


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_documents_written_column_wise_on_a_generated_table(
    checker: Checker, tmp_path: Path, fmt: str
) -> None:
    """A generated table of a few hundred documents (many passed, some with DS203 findings, blocks
    of render.passed_texts begun anywhere): render_job against the generic path, and with DS203
    given another severity or ignored (those documents then take the generic path)."""
    import random

    from hecha.dataset import jobs as dataset_jobs

    rng = random.Random(7)
    rows = ["doc_id,metric,value,unit"]
    for i in range(400):
        accepted = rng.choice([30, 32, 35, 28, 31, 33, 29, 3100]) + rng.randrange(5)
        concluded = accepted - rng.randrange(1, 6)
        rows.append(f"d{i:04d},review.accepted,{accepted},件")
        rows.append(f"d{i:04d},review.concluded,{concluded},件")
        if rng.random() < 0.7:
            rows.append(f"d{i:04d},review.confirmed_illegal,{rng.randrange(1, 5)},件")
        if rng.random() < 0.3:
            rows.append(f"d{i:04d},mediation.accepted,{rng.randrange(10, 99)},件")
    path = tmp_path / "generated.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    if fmt == "parquet":
        path = _parquet(path, tmp_path)
    block = dataset_jobs.PASSED_BLOCK
    try:
        dataset_jobs.PASSED_BLOCK = 37
        columns = [0, 0]
        _same(checker, path, None, columns)
        assert columns[0] > 100 and columns[1] > 0
        for other in (
            Checker.load(severity={"DS203": "warning"}),
            Checker.load(ignore={"DS2"}),
            Checker.load(ignore={"DS203"}),
        ):
            columns = [0, 0]
            _same(other, path, None, columns)
            assert columns[0] > 100 and columns[1] == 0
    finally:
        dataset_jobs.PASSED_BLOCK = block


def test_streamed_json_is_the_report_rendered(checker: Checker, tmp_path: Path) -> None:
    """`--format json` (streamed, templates) against the whole report rendered (generic)."""
    import io

    path = _table(tmp_path)
    for jobs in (1, 2):
        inputs = GateInputs([], path, jobs=jobs)
        out = io.StringIO()
        stream_json(out, checker, inputs)
        assert out.getvalue() == render(run(checker, inputs).report, "json", "error")
