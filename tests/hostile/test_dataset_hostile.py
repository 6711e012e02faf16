"""Hostile datasets: every schema problem becomes a finding with its row, never a traceback, and the
rest of the table is still checked."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hecha.dataset import run_dataset
from hecha.pipeline import Checker

HEADER = "doc_id,metric,family,value,unit\n"


def _write(tmp_path: Path, body: str, name: str = "data.csv") -> Path:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def _problems(checker: Checker, path: Path) -> list[tuple[str, str, str]]:
    run = run_dataset(path, checker)
    table_doc = run.results[0]
    return [(f.rule, f.severity, f.message) for f in table_doc.findings]


def _line_of(message: str) -> int | None:
    m = re.search(r"第(\d+)行", message)  # the row's line in the file, as annotations count
    return int(m.group(1)) if m else None


def _rules_for_row(problems: list[tuple[str, str, str]], row: int, header: int = 1) -> set[str]:
    """The rules reported on data row `row`: its line in a CSV file with one header line (row 1 is
    line 2), `header=0` for JSON Lines (row 1 is line 1)."""
    return {r for r, _, m in problems if _line_of(m) == row + header}


def test_missing_columns_are_reported_together(checker: Checker, tmp_path: Path) -> None:
    p = _write(tmp_path, "doc_id,metric\na,review.accepted\n")
    run = run_dataset(p, checker)
    msgs = [f.message for f in run.results[0].findings if f.rule == "DS001"]
    assert any("“value”" in m for m in msgs) and any("“unit”" in m for m in msgs)
    assert all(
        f.evidence and f.evidence[0].text == "doc_id,metric"
        for f in run.results[0].findings
        if f.rule == "DS001"
    )
    assert len(run.results) == 1  # no figures could be read


def test_nan_and_empty_values(checker: Checker, tmp_path: Path) -> None:
    p = _write(
        tmp_path, HEADER + "a,review.accepted,,NaN,件\na,review.concluded,,,件\na,review.upheld,,3,件\n"
    )
    probs = _problems(checker, p)
    assert _rules_for_row(probs, 1) == {"DS002"}
    assert _rules_for_row(probs, 2) == {"DS002"}
    assert any("“value”为空" in m for _, _, m in probs)
    run = run_dataset(p, checker)
    assert [f.metric for f in run.results[1].facts] == ["review.upheld"]  # the good row still counts


def test_negative_and_non_numeric_values(checker: Checker, tmp_path: Path) -> None:
    p = _write(
        tmp_path,
        HEADER + "a,review.accepted,,-3,件\na,review.concluded,,二十五,件\na,review.upheld,,1,083件\n",
    )
    probs = _problems(checker, p)
    assert _rules_for_row(probs, 1) == {"DS004"}
    assert _rules_for_row(probs, 2) == {"DS003"}
    assert any("“二十五”不是数字" in m for _, _, m in probs)
    # 1,083 unquoted splits into value 1 and unit 083件: reported, never read as 1083
    assert _rules_for_row(probs, 3) == {"DS007"}
    assert any("“083件”含有数字" in m for _, _, m in probs)


def test_duplicate_rows_warn_and_keep_the_first(checker: Checker, tmp_path: Path) -> None:
    p = _write(tmp_path, HEADER + "a,review.accepted,,35,件\na,review.accepted,,35,件\n")
    probs = _problems(checker, p)
    assert [(r, s) for r, s, m in probs] == [("DS008", "warning")]
    assert "第3行" in probs[0][2]  # the second row, on the file's third line
    run = run_dataset(p, checker)
    assert len(run.results[1].facts) == 1


def test_unknown_and_ambiguous_metric_labels(checker: Checker, tmp_path: Path) -> None:
    p = _write(
        tmp_path,
        HEADER
        + "a,行政复议·飞行,,3,件\n"  # unknown
        + "a,受理,,3,件\n"  # several families use 受理
        + "a,受理,行政复议,3,件\n"  # the family column settles it
        + "a,审结,飞行,3,件\n",  # unknown family
    )
    probs = _problems(checker, p)
    assert _rules_for_row(probs, 1) == {"DS005"}
    assert _rules_for_row(probs, 2) == {"DS006"}
    assert _rules_for_row(probs, 3) == set()
    assert _rules_for_row(probs, 4) == {"DS005"}
    assert any("review.accepted" in m and "mediation.accepted" in m for _, _, m in probs)


def test_unit_that_a_metric_cannot_have(checker: Checker, tmp_path: Path) -> None:
    p = _write(tmp_path, HEADER + "a,review.correction_rate,,24,件\na,review.accepted,,35,%\n")
    probs = _problems(checker, p)
    assert _rules_for_row(probs, 1) == {"DS007"} and _rules_for_row(probs, 2) == {"DS007"}


def test_every_problem_at_once_with_rows(checker: Checker, tmp_path: Path) -> None:
    p = _write(
        tmp_path,
        HEADER
        + "a,review.accepted,,35,件\n"
        + "a,review.concluded,,abc,件\n"
        + ",review.upheld,,3,件\n"
        + "a,nonsense,,3,件\n"
        + "a,review.dismissed,,-1,件\n",
    )
    probs = _problems(checker, p)
    rows = {row: _rules_for_row(probs, row) for row in (1, 2, 3, 4, 5)}
    assert rows == {1: set(), 2: {"DS003"}, 3: {"DS002"}, 4: {"DS005"}, 5: {"DS004"}}
    assert all("data.csv" in m for _, _, m in probs)
    # line numbers are the file's (header is line 1)
    assert any("第3行" in m for _, _, m in probs)


def test_bad_json_lines(checker: Checker, tmp_path: Path) -> None:
    rows = [
        {"doc_id": "a", "metric": "review.accepted", "value": 35, "unit": "件"},
        "{not json",
        [1, 2],
        {"doc_id": "a", "metric": "review.concluded", "value": float("nan"), "unit": "件"},
        {"doc_id": "a", "metric": "review.upheld", "value": 8, "unit": "件"},
    ]
    text = "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    p = _write(tmp_path, text, "data.jsonl")
    probs = _problems(checker, p)
    assert _rules_for_row(probs, 2, 0) == {"DS009"} and _rules_for_row(probs, 3, 0) == {"DS009"}
    assert _rules_for_row(probs, 4, 0) == {"DS002"}
    run = run_dataset(p, checker)
    assert [f.metric for f in run.results[1].facts] == ["review.accepted", "review.upheld"]


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hecha.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_cli_reports_schema_problems_as_findings(tmp_path: Path) -> None:
    p = _write(tmp_path, HEADER + "a,review.accepted,,35,件\na,review.concluded,,abc,件\n")
    r = _cli("check", "--dataset", str(p), cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr
    report = json.loads(r.stdout)
    table = report["documents"][0]
    assert table["doc_id"] == "data.csv" and table["status"] == "checked"
    assert [f["rule"] for f in table["findings"]] == ["DS003"]
    assert table["findings"][0]["location"] == {
        "path": str(p),
        "line": 3,
        "column": 1,
        "end_line": 3,
        "end_column": 26,
    }


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("missing.csv", None, "no such file"),
        ("data.xlsx", b"PK\x03\x04", "unknown dataset format"),
        ("bad.csv", b"\xff\xfe\xfd\x00\x00binary", "dataset:"),
        ("bad.parquet", b"not parquet at all", "cannot read Parquet"),
    ],
)
def test_unreadable_dataset_exits_3(tmp_path: Path, name: str, content: bytes | None, needle: str) -> None:
    p = tmp_path / name
    if content is not None:
        p.write_bytes(content)
    r = _cli("check", "--dataset", str(p), cwd=tmp_path)
    assert r.returncode == 3, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr and needle in r.stderr
    doc = json.loads(r.stdout)["documents"][0]
    assert doc["status"] == "error" and needle in doc["error"]


def test_crlf_quoted_thousands_and_non_decimal_numbers(checker: Checker, tmp_path: Path) -> None:
    p = tmp_path / "d.csv"
    p.write_bytes(
        'doc_id,metric,value,unit\r\na,review.accepted,"1,083",件\r\na,review.concluded,1e3,件\r\n'
        "a,review.upheld,inf,件\r\n".encode()
    )
    probs = _problems(checker, p)
    assert _rules_for_row(probs, 1) == set()
    assert _rules_for_row(probs, 2) == {"DS003"} and _rules_for_row(probs, 3) == {"DS003"}
    run = run_dataset(p, checker)
    assert [f.q.value for f in run.results[1].facts] == [1083]
    assert all("\r" not in e.text for f in run.results[0].findings for e in f.evidence)


def test_doc_id_cannot_reach_outside_the_texts_folder(checker: Checker, tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (tmp_path / "secret.txt").write_text("行政复议受理3件。\n", encoding="utf-8")
    p = _write(tmp_path, HEADER + "../secret,review.accepted,,3,件\n")
    run = run_dataset(p, checker, texts)
    assert [f.rule for f in run.results[1].findings] == ["DS104"]  # not read, so not "supported"


# --- files that used to end in a traceback (issue 15, item 3) -------------------------------------


def _report(tmp_path: Path, *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    r = _cli("check", *args, cwd=tmp_path)
    assert "Traceback" not in r.stderr, r.stderr[-2000:]
    assert r.returncode in (0, 1, 3), r.stderr
    return r.returncode, json.loads(r.stdout)


def _table_findings(report: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(f["rule"], f["message"]) for f in report["documents"][0]["findings"]]


def _facts(report: dict) -> dict[str, list[str]]:  # type: ignore[type-arg]
    return {d["doc_id"]: [f["text"] for f in d["facts"]] for d in report["documents"][1:]}


def test_cr_only_line_ends_are_lines(tmp_path: Path) -> None:
    """Excel's "CSV (Macintosh)" ends lines with a lone CR: rows are read, and cited by their line."""
    p = tmp_path / "mac.csv"
    p.write_bytes(
        "doc_id,metric,value,unit\ra,review.accepted,35,件\ra,review.concluded,abc,件\ra,review.upheld,8,件\r".encode()
    )
    code, report = _report(tmp_path, "--dataset", str(p))
    assert code == 1
    (problem,) = report["documents"][0]["findings"]
    assert problem["rule"] == "DS003" and "第3行" in problem["message"]
    assert problem["location"]["line"] == 3 and problem["evidence"][0]["text"] == "a,review.concluded,abc,件"
    assert _facts(report) == {"a": ["35件", "8件"]}


@pytest.mark.parametrize("rows_after", [3, 6000])
def test_a_quote_left_open_costs_one_row(tmp_path: Path, rows_after: int) -> None:
    """An unclosed quote swallows the rest of the file into one cell: up to the end (a small file) or
    past the 128 KiB field limit (csv.Error). That row is DS009; the lines after it are rows again."""
    head = "doc_id,metric,value,unit,quote\n" + "".join(f"d{i},review.accepted,{i},件,\n" for i in range(50))
    bad = 'x,review.accepted,1,件,"an open quote\n'
    tail = "".join(f"e{i},review.accepted,{i},件,受理{i}件\n" for i in range(rows_after))
    p = tmp_path / "open.csv"
    p.write_text(head + bad + tail, encoding="utf-8")
    code, report = _report(tmp_path, "--dataset", str(p))
    assert code == 1
    (problem,) = _table_findings(report)
    assert problem[0] == "DS009" and "第52行" in problem[1]
    facts = _facts(report)
    assert "x" not in facts and len(facts) == 50 + rows_after


def test_a_cell_over_128_kib(tmp_path: Path) -> None:
    big = "受" * 140_000
    p = tmp_path / "big.csv"
    p.write_text(
        f"doc_id,metric,value,unit,quote\na,review.accepted,35,件,\na,review.concluded,25,件,{big}\na,review.upheld,8,件,\n",
        encoding="utf-8",
    )
    code, report = _report(tmp_path, "--dataset", str(p))
    (problem,) = _table_findings(report)
    assert code == 1 and problem[0] == "DS009" and "第3行" in problem[1] and "128 KiB" in problem[1]
    assert _facts(report) == {"a": ["35件", "8件"]}


def test_values_too_large_for_a_number(tmp_path: Path) -> None:
    """309 digits overflow a float; 5,000 digits in JSON exceed Python's integer conversion; 308
    digits in 万元 overflow once multiplied. Each is DS003 on its row; the other rows are checked."""
    p = tmp_path / "big.csv"
    p.write_text(
        f"doc_id,metric,value,unit\na,review.accepted,{'9' * 309},件\na,review.concluded,25,件\n"
        f"a,enforcement.fines,{'9' * 308},万元\n",
        encoding="utf-8",
    )
    code, report = _report(tmp_path, "--dataset", str(p))
    found = _table_findings(report)
    assert [r for r, _ in found] == ["DS003", "DS003"] and all("过大" in m for _, m in found)
    assert all(len(m) < 200 for _, m in found)  # the cell is abbreviated, not echoed whole
    assert _facts(report) == {"a": ["25件"]}
    j = tmp_path / "big.jsonl"
    j.write_text(
        '{"doc_id": "a", "metric": "review.accepted", "value": ' + "7" * 5000 + ', "unit": "件"}\n'
        '{"doc_id": "a", "metric": "review.concluded", "value": 25, "unit": "件"}\n',
        encoding="utf-8",
    )
    code, report = _report(tmp_path, "--dataset", str(j))
    assert (
        code == 1
        and [r for r, _ in _table_findings(report)] == ["DS003"]
        and _facts(report) == {"a": ["25件"]}
    )


def test_json_nested_too_deep(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    j = tmp_path / "deep.jsonl"
    j.write_text(
        '{"doc_id": "a", "metric": "review.accepted", "value": 35, "unit": "件", "x": ' + deep + "}\n"
        '{"doc_id": "a", "metric": "review.concluded", "value": 25, "unit": "件"}\n' + deep + "\n",
        encoding="utf-8",
    )
    code, report = _report(tmp_path, "--dataset", str(j))
    found = _table_findings(report)
    assert code == 1 and [r for r, _ in found] == ["DS009", "DS009"] and "嵌套过深" in found[0][1]
    assert _facts(report) == {"a": ["25件"]}


@pytest.mark.parametrize(("doc_id", "why"), [("a\x00b", "NUL"), ("x" * 5000, "too long")])
def test_doc_id_that_cannot_be_a_file_name(tmp_path: Path, doc_id: str, why: str) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "ok.txt").write_text("行政复议受理35件。\n", encoding="utf-8")
    j = tmp_path / "ids.jsonl"
    j.write_text(
        json.dumps({"doc_id": doc_id, "metric": "review.accepted", "value": 35, "unit": "件"})
        + "\n"
        + json.dumps({"doc_id": "ok", "metric": "review.accepted", "value": 35, "unit": "件"})
        + "\n",
        encoding="utf-8",
    )
    for fmt in ("sarif", "junit", "github", "markdown") if why == "NUL" else ():
        r = _cli("check", "--dataset", str(j), "--texts", str(texts), "--format", fmt, cwd=tmp_path)
        assert "Traceback" not in r.stderr and r.returncode == 0, (fmt, r.stderr[-2000:])
    code, report = _report(tmp_path, "--dataset", str(j), "--texts", str(texts))
    assert code == 0  # DS104 is a warning
    by_id = {d["doc_id"]: d for d in report["documents"][1:]}
    (f,) = by_id[doc_id]["findings"]
    assert f["rule"] == "DS104" and "不能用作文件名" in f["message"] and len(f["message"]) < 300
    assert by_id[doc_id]["facts"] and by_id["ok"]["findings"] == []  # its figures are still checked


@pytest.mark.parametrize(("value", "plain"), [("-0", "0"), ("+45", "45"), ("+0.5", "0.5"), ("-0.0", "0.0")])
def test_a_sign_is_said_to_be_a_sign(checker: Checker, tmp_path: Path, value: str, plain: str) -> None:
    """−0 and +45 are not a unit the metric cannot have (DS007), nor negative: a sign a figure in a
    report never has. −3 is still a negative value."""
    p = _write(
        tmp_path,
        HEADER + f"a,review.accepted,,{value},件\na,review.upheld,,-3,件\na,review.concluded,,3,件\n",
    )
    probs = _problems(checker, p)
    assert _rules_for_row(probs, 1) == {"DS003"} and _rules_for_row(probs, 2) == {"DS004"}
    assert any("带有正负号" in m and f"应写作{plain}" in m for _, _, m in probs)


def test_every_format_survives_the_hostile_tables(tmp_path: Path) -> None:
    p = tmp_path / "all.csv"
    p.write_bytes(
        (
            f"doc_id,metric,value,unit,quote\ra,review.accepted,{'9' * 400},件,\ra,review.upheld,+45,件,\r"
            'a,review.concluded,25,件,"open\rb,review.accepted,3,件,\r'
        ).encode()
    )
    for fmt, jobs in [
        ("json", "1"),
        ("json", "2"),
        ("sarif", "2"),
        ("junit", "2"),
        ("github", "2"),
        ("markdown", "2"),
    ]:
        r = _cli("check", "--dataset", str(p), "--format", fmt, "--jobs", jobs, cwd=tmp_path)
        assert "Traceback" not in r.stderr and r.returncode == 1, (fmt, r.stderr[-2000:])
