"""Documents the screen passed are written from templates (dataset/render.py): byte for byte the
generic path's JSON (document_json → locate_document → mark_document → render_object), with and
without a baseline, for CSV and Parquet (whose rows have no lines), with findings from the checks
across documents and without."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from hecha.baseline import Baseline, mark_document
from hecha.dataset.jobs import PassedJob
from hecha.dataset.render import render_encoded, render_job
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
        # in UTF-8 bytes (what stream_json writes to a file or stdout), passed documents from
        # templates kept encoded
        encoded = render_encoded(checker, job, finish, False, baseline)
        assert type(encoded.text) is bytes
        assert replace(encoded, text=encoded.text.decode("utf-8")) == expected, job.doc_id
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


def test_offsets_written_from_the_table_of_small_numbers_or_one_by_one(
    checker: Checker, tmp_path: Path
) -> None:
    """render.passed_texts writes the figures' offsets from its table of small numbers when a block's
    offsets are all below render._SMALL, else one by one: both against the generic path."""
    from hecha.dataset import render as dataset_render

    small = dataset_render._SMALL
    try:
        for limit in (small, 40, 0):  # the table for every block, for some, for none
            dataset_render._SMALL = limit
            for path in (DATA / "review.csv", _table(tmp_path)):
                _same(checker, path, None)
    finally:
        dataset_render._SMALL = small


def test_outliers_of_a_document_as_read_value_by_value(checker: Checker, tmp_path: Path) -> None:
    """Outliers.of finds a document's rows from where each document's begin, made once; the findings
    must be those of the binary searches it made before, for every document of the tables."""
    from hecha.dataset.table import Outliers, TableFinding, _label, _text
    from hecha.intervals import fmt_number

    def of_plain(far: Outliers, t: Any, doc: int, onto: Any) -> list[TableFinding]:
        """Outliers.of as it was: the document's rows found by two binary searches."""
        a, b = int(far.docs.searchsorted(doc, "left")), int(far.docs.searchsorted(doc, "right"))
        out = []
        for i in range(a, b):
            j, med, n, z = int(far.rows[i]), float(far.med[i]), int(far.peers[i]), float(far.z[i])
            message = (
                f"{_label(t, j, onto)}{_text(t, j)}远离其他{n - 1}份文档的同一指标（中位数{fmt_number(med)}，"
                f"稳健z值{z:.1f}），请核对"
            )
            out.append(
                TableFinding(
                    doc,
                    "DS203",
                    "info",
                    "数字远离同类文档",
                    message,
                    j,
                    [],
                    expected=None,
                    observed=_text(t, j),
                )
            )
        return out

    seen = 0
    for path in (_table(tmp_path), DATA / "review.csv"):
        plan = plan_dataset(path, checker)
        far, t = plan.jobs.far, plan.jobs.table
        for d in range(len(t)):
            got = far.of(t, d, checker.onto)
            assert got == of_plain(far, t, d, checker.onto), d
            seen += len(got)
    assert seen > 0


def test_streamed_json_is_the_report_rendered(checker: Checker, tmp_path: Path) -> None:
    """`--format json` (streamed, templates) against the whole report rendered (generic)."""
    import io

    path = _table(tmp_path)
    for jobs in (1, 2):
        inputs = GateInputs([], path, jobs=jobs)
        out = io.StringIO()
        stream_json(out, checker, inputs)
        assert out.getvalue() == render(run(checker, inputs).report, "json", "error")


def _generic_findings(found: list, rows: dict, text: str, rendered: bool, baseline: Baseline | None) -> tuple:
    """What _assemble wrote before render._findings_json: to_json, locate_document, mark_document,
    indented_json."""
    from hecha.report import indented_json
    from hecha.report.sarif import locate_document

    findings = [f.to_json() for f in found]
    meta = {"source": "dataset", "dataset": "t.csv", **({"rendered": True} if rendered else {}), "rows": rows}
    shell = {"doc_id": "d1", "path": "t.csv", "findings": findings, "meta": meta}
    locate_document(shell, text)
    matched = mark_document(shell, baseline) if baseline is not None else set()
    return (
        indented_json.dumps(findings, level=3),
        tuple(f["severity"] for f in findings),
        tuple(bool(f.get("baselined")) for f in findings),
        matched,
    )


def test_findings_written_field_by_field_as_the_generic_functions_write_them() -> None:
    """render._findings_json against the generic functions on findings of every shape a dataset
    document has: suspects with and without hints, corroborating rules, a definition, `related`
    rows, no evidence, evidence without a fact or role, a figure whose row has no line, a
    baseline; values of other types go to the generic functions."""
    from hecha.baseline import assign_fingerprints
    from hecha.dataset.findings import DatasetFinding
    from hecha.dataset.render import _findings_json
    from hecha.model import DocResult, Document, Evidence, Finding, Suspect

    text = "行政复议·受理30件；行政复议·审结25件；行政复议·纠错率8.1%。"
    ev = [
        Evidence(7, 10, "30件", fact="f1", role="denominator"),
        Evidence(17, 20, "25件", fact="f2", role="numerator"),
        Evidence(28, 32, "8.1%", fact="f3", role="rate"),
    ]
    found = [
        Finding(
            "HC401",
            "error",
            "纠错率与纠错数、审结数不符：2 ÷ 25 = 8.0%",
            ["f1", "f2", "f3"],
            ev,
            "8.0%",
            "8.1%",
            title="纠错率",
            kind="ratio",
            definition="纠错数÷审结数",
            suspects=[
                Suspect("f3", "8.1%", "8%", 0.5),
                Suspect("f2", "25件", "24件", 1 / 3, "数字颠倒 (25↔52)"),
            ],
            corroborated_by={"f1": ["HC402", "HC403"], "f2": []},
            message_en="rate does not match",
        ),
        Finding("HC402", "warning", "受理数少于审结数", ["f2"], [ev[1]], None, "25件", kind="order"),
        Finding("HC403", "info", "无证据", [], [], "1", None),
        Finding("HC404", "info", "证据无事实", [], [Evidence(0, 2, "行政")], None, None),
        DatasetFinding(
            "DS201",
            "warning",
            "同一地区同一年份数字不同",
            ["f1"],
            [ev[0]],
            "31件",
            "30件",
            title="冲突",
            kind="table",
            related=[{"path": "t.csv", "row": 9, "doc_id": "d2", "text": "31件", "line": 10, "column": 1}],
        ),
    ]
    res = DocResult(doc=Document("d1", "t.csv", text), findings=found)
    assign_fingerprints(res)
    rows = {"f1": [2, 3], "f2": [3, None], "f3": [4, 5]}
    keys = frozenset({("d1", found[0].fingerprint), ("d1", found[3].fingerprint)})
    for rendered in (False, True):
        for baseline in (None, Baseline(keys)):
            for some in (found, found[1:], found[2:4], found[4:]):
                got = _findings_json(some, rows, text, rendered, "t.csv", "d1", baseline)
                assert got == _generic_findings(some, rows, text, rendered, baseline)
    odd = Finding("HC405", "info", "类型", ["f1"], [ev[0]], None, 5)  # type: ignore[arg-type]
    assert _findings_json([odd], rows, text, False, "t.csv", "d1", None) is None


def test_streamed_json_written_as_bytes_is_the_report_rendered(checker: Checker, tmp_path: Path) -> None:
    """`--format json -o FILE`: the documents reach the file as UTF-8 bytes (atomic._Guarded's
    bytes writer; a worker's and the templates' texts are not encoded again), the same report as
    rendered whole."""
    from hecha.atomic import open_output

    path = _table(tmp_path)
    for jobs in (1, 2):
        inputs = GateInputs([], path, jobs=jobs)
        out = tmp_path / f"out{jobs}.json"
        with open_output(out) as fh:
            stream_json(fh, checker, inputs)
        assert out.read_bytes() == render(run(checker, inputs).report, "json", "error").encode()


def test_a_text_that_does_not_encode_stays_text(checker: Checker, tmp_path: Path) -> None:
    """A doc id with a lone surrogate cannot be UTF-8: render_encoded leaves the document as text
    (the output stream's own error handler writes it, as before); passed_texts makes its whole
    block as text then, and render_encoded encodes the others."""
    from hecha.dataset.rows import Names

    plan = plan_dataset(_table(tmp_path), checker)
    t = plan.jobs.table
    t.doc_ids = Names([f"{t.doc_ids[i]}\udc80" if i == 3 else t.doc_ids[i] for i in range(len(t))])
    finish = partial(_rendered, verbose=False, baseline=None)
    kinds = set()
    for job in plan.jobs:
        got = render_encoded(checker, job, finish, False, None)
        kinds.add((job.doc_id.endswith("\udc80"), type(got.text)))
        expected = finish(check_job(checker, job))
        text = got.text.decode("utf-8") if isinstance(got.text, bytes) else got.text
        assert replace(got, text=text) == expected, job.doc_id
    assert kinds == {(True, str), (False, bytes)}


def test_bytes_writer_only_for_utf8_streams(tmp_path: Path) -> None:
    """_Guarded.bytes_writer: the stream's buffer when it encodes UTF-8, else None (the report
    is then written as text); what was written as text before comes first."""
    import io

    from hecha.atomic import _Guarded

    raw = io.BytesIO()
    fh = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    g = _Guarded(fh, "x")
    g.write("受理")
    write = g.bytes_writer()
    assert write is not None
    write("审结".encode())
    assert raw.getvalue() == "受理审结".encode()
    assert _Guarded(io.TextIOWrapper(io.BytesIO(), encoding="gb18030"), "x").bytes_writer() is None
    assert _Guarded(io.StringIO(), "x").bytes_writer() is None  # type: ignore[arg-type]


@pytest.mark.parametrize("block", [1, 3, 64])
def test_flagged_documents_written_from_their_neighbours_pieces(
    checker: Checker, tmp_path: Path, block: int
) -> None:
    """A flagged document's facts, `rows` and synthetic text come from the pieces of a block of
    flagged documents made at once (DocJobs.flagged_pieces; blocks of 1, 3 and 64 begun
    anywhere, asked in report order, out of order and in text and bytes by turns): render_job
    and render_encoded against the generic path, with and without a baseline."""
    import random

    from hecha.dataset import jobs as dataset_jobs

    rng = random.Random(11)
    rows = ["doc_id,metric,value,unit"]
    for i in range(300):
        accepted = rng.randrange(20, 200)
        concluded = accepted - rng.randrange(-3, 6)  # some conclude more than they accepted
        rows.append(f"d{i:04d},review.accepted,{accepted},件")
        rows.append(f"d{i:04d},review.concluded,{concluded},件")
        if rng.random() < 0.5:
            rows.append(f"d{i:04d},mediation.accepted,{accepted},件")
            exact = 100 * concluded / accepted  # as stated, truncated (an info finding) or off
            rate = rng.choice([f"{exact:.1f}", str(int(exact)), str(rng.randrange(50, 100))])
            rows.append(f"d{i:04d},mediation.success_rate,{rate},%")
            rows.append(f"d{i:04d},mediation.succeeded,{concluded},件")
    path = tmp_path / "flagged.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    saved = dataset_jobs.FLAGGED_BLOCK
    try:
        dataset_jobs.FLAGGED_BLOCK = block
        plan = plan_dataset(path, checker)
        report = run(checker, GateInputs([], path)).report
        keys = frozenset(
            (d["doc_id"], f["fingerprint"]) for d in report["documents"] for f in d["findings"][::3]
        )
        for baseline in (None, Baseline(keys)):
            finish = partial(_rendered, verbose=False, baseline=baseline)
            order = list(range(len(plan.jobs)))
            if baseline is not None:
                rng.shuffle(order)
            made = 0
            for n, i in enumerate(order):
                job = plan.jobs[i]
                if isinstance(job, PassedJob):
                    continue
                expected = finish(check_job(checker, job))
                binary = n % 2 == 0
                got = (
                    render_encoded(checker, job, finish, False, baseline)
                    if binary
                    else render_job(checker, job, finish, False, baseline)
                )
                text = got.text.decode("utf-8") if isinstance(got.text, bytes) else got.text
                assert replace(got, text=text) == expected, job.doc_id
                made += job.source is not None and job.source.flagged_pieces(job.index, binary) is not None
            assert made > 50
    finally:
        dataset_jobs.FLAGGED_BLOCK = saved
