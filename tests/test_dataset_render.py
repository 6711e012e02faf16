"""Documents the screen passed are written from templates (dataset/render.py): byte for byte the
generic path's JSON (document_json → locate_document → mark_document → render_object), with and
without a baseline, for CSV and Parquet (whose rows have no lines), with findings from the checks
across documents and without."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from hecha.baseline import Baseline
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


def _same(checker: Checker, path: Path, baseline: Baseline | None) -> int:
    plan = plan_dataset(path, checker)
    finish = partial(_rendered, verbose=False, baseline=baseline)
    fast = 0
    for job in plan.jobs:
        expected = finish(check_job(checker, job))
        got = render_job(checker, job, finish, False, baseline)
        assert got == expected, job.doc_id
        fast += job.screen is not None
    return fast


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_templates_write_what_the_generic_path_writes(checker: Checker, tmp_path: Path, fmt: str) -> None:
    paths = [DATA / "review.csv", DATA / "review_next.csv", DATA / "rules.csv", _table(tmp_path)]
    if fmt == "parquet":
        paths = [_parquet(p, tmp_path) for p in paths]
    for path in paths:
        assert _same(checker, path, None) > 0
        report = run(checker, GateInputs([], path)).report
        keys = frozenset(
            (d["doc_id"], f["fingerprint"]) for d in report["documents"] for f in d["findings"][::2]
        )
        _same(checker, path, Baseline(keys))


def test_streamed_json_is_the_report_rendered(checker: Checker, tmp_path: Path) -> None:
    """`--format json` (streamed, templates) against the whole report rendered (generic)."""
    import io

    path = _table(tmp_path)
    for jobs in (1, 2):
        inputs = GateInputs([], path, jobs=jobs)
        out = io.StringIO()
        stream_json(out, checker, inputs)
        assert out.getvalue() == render(run(checker, inputs).report, "json", "error")
