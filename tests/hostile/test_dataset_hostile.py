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


def _row_of(message: str) -> int | None:
    m = re.search(r"第(\d+)行", message)  # the data row; the file line follows in brackets
    return int(m.group(1)) if m else None


def _rules_for_row(problems: list[tuple[str, str, str]], row: int) -> set[str]:
    return {r for r, _, m in problems if _row_of(m) == row}


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
    assert "第2行" in probs[0][2]
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
    assert any("第2行（文件第3行）" in m for _, _, m in probs)


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
    assert _rules_for_row(probs, 2) == {"DS009"} and _rules_for_row(probs, 3) == {"DS009"}
    assert _rules_for_row(probs, 4) == {"DS002"}
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
