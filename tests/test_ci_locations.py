"""CI annotations point at the number that is wrong: SARIF, GitHub annotations and JUnit put the
primary location on the finding's first suspect (not on the earliest evidence, which the message may
itself call consistent); SARIF lists the other figures as relatedLocations and carries each rule's
rationale. In dataset mode the location is the suspect's row."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from junitparser import JUnitXml

from .conftest import ROOT

SEED = "fixtures/seeds/002_60197d52abb683d6.txt"


def _hecha(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hecha.cli", "check", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _hc201() -> dict[str, Any]:
    report = json.loads(_hecha(SEED).stdout)
    return next(f for f in report["documents"][0]["findings"] if f["rule"] == "HC201")


def test_seed_hc201_is_annotated_on_a_suspect() -> None:
    finding = _hc201()
    text = (ROOT / SEED).read_text(encoding="utf-8")
    top = finding["suspects"][0]
    ev = {e["fact"]: e for e in finding["evidence"]}
    want = _line_col(text, ev[top["fact"]]["start"])
    earliest = _line_col(text, min(e["start"] for e in finding["evidence"]))
    assert want != earliest  # the earliest figure, 审结25件, is consistent with the others

    sarif = json.loads(_hecha(SEED, "--format", "sarif").stdout)
    run = sarif["runs"][0]
    res = next(r for r in run["results"] if r["ruleId"] == "HC201")
    region = res["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == want
    related = res["relatedLocations"]
    assert len(related) == len(finding["evidence"]) - 1
    assert sorted(r["id"] for r in related) == list(range(len(related)))
    notes = [r["message"]["text"] for r in related]
    assert any(n.startswith("25件：与其他数字相符") for n in notes), notes
    assert notes[0].endswith(f"可能有误（应为{finding['suspects'][1]['fix']}）")
    rule = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "HC201")
    assert "各项之和不能超过审结" in rule["fullDescription"]["text"]
    assert "各项之和不能超过审结" in rule["help"]["text"]

    github = [x for x in _hecha(SEED, "--format", "github").stdout.splitlines() if "HC201" in x]
    assert github and f"line={want[0]},col={want[1]}," in github[0]

    junit = _hecha(SEED, "--format", "junit").stdout
    cases = [c for s in JUnitXml.fromstring(junit.encode()) for c in s if c.name.startswith("HC201")]
    assert cases and f"{SEED}:{want[0]}:{want[1]}" in cases[0].result[0].text


def test_dataset_finding_points_at_the_suspect_row(tmp_path: Path) -> None:
    rows = [
        "doc_id,metric,value,unit",
        "d1,review.concluded,25,件",  # line 2: consistent with 纠错率 (24% = 6 / 25)
        "d1,review.correction_rate,24,%",
        "d1,review.corrected,6,件",
        "d1,review.upheld,8,件",
        "d1,review.dismissed,8,件",
        "d1,review.confirmed_illegal,6,件",
        "d1,review.settled,4,件",
    ]
    table = tmp_path / "t.csv"
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = json.loads(_hecha("--dataset", str(table), cwd=tmp_path).stdout)
    doc = next(d for d in report["documents"] if d["doc_id"] == "d1")
    f = next(f for f in doc["findings"] if f["rule"] == "HC201")
    top_row = doc["meta"]["rows"][f["suspects"][0]["fact"]]
    assert f["location"]["row"] == top_row[0] and f["location"]["line"] == top_row[1]
    assert f["location"]["line"] != 2
    sarif = json.loads(_hecha("--dataset", str(table), "--format", "sarif", cwd=tmp_path).stdout)
    res = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "HC201")
    assert res["locations"][0]["physicalLocation"]["region"]["startLine"] == top_row[1]
    lines = {r["physicalLocation"]["region"]["startLine"] for r in res["relatedLocations"]}
    assert 2 in lines  # the total's row is related, not primary


def test_dataset_rows_are_numbered_by_their_file_line_in_every_format(tmp_path: Path) -> None:
    """A dataset finding's 第N行 is the line CI annotates and an editor shows (the header is line 1):
    the same N in the JSON location, SARIF, GitHub, JUnit, Markdown and the terminal summary."""
    rows = [
        "doc_id,metric,value,unit",
        "d1,review.accepted,35,件",
        "d1,review.accepted,35,件",  # line 3: a duplicate (DS008)
        "d1,review.concluded,abc,件",  # line 4: not a number (DS003)
        "d2,review.concluded,25,件",
        "d2,review.corrected,36,件",  # line 6: more corrections than concluded cases (HC207)
    ]
    table = tmp_path / "t.csv"
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = json.loads(_hecha("--dataset", str(table), cwd=tmp_path).stdout)
    said = {
        (f["rule"], int(m.group(1)))
        for d in report["documents"]
        for f in d["findings"]
        if (m := re.search(r"第(\d+)行", f["message"]))
    }
    assert {("DS008", 3), ("DS003", 4)} <= said
    for d in report["documents"]:
        for f in d["findings"]:
            m = re.search(r"第(\d+)行", f["message"])
            if m and "location" in f:
                assert f["location"]["line"] == int(m.group(1)), f
    at = {
        (f["rule"], f["location"]["line"])
        for d in report["documents"]
        for f in d["findings"]
        if "location" in f
    }
    assert ("HC207", 6) in at  # the suspect 纠错36件, on line 6

    def pairs(fmt: str, pattern: str) -> list[tuple[int, int]]:
        """(the line a format annotates, the 第N行 its message says) for each dataset-row finding"""
        out = _hecha("--dataset", str(table), "--format", fmt, cwd=tmp_path).stdout
        return [(int(a), int(b)) for a, b in re.findall(pattern, out)]

    github = pairs("github", r"line=(\d+),[^\n]*::[^\n]*?第(\d+)行")
    junit = pairs("junit", r"\] DS\d+ [^\n]*?:(\d+):1: [^\n]*?第(\d+)行")
    assert len(github) == 2 and len(junit) == 2
    assert all(a == b for a, b in github + junit)
    sarif = json.loads(_hecha("--dataset", str(table), "--format", "sarif", cwd=tmp_path).stdout)
    for res in sarif["runs"][0]["results"]:
        m = re.search(r"第(\d+)行", res["message"]["text"])
        if m:
            assert res["locations"][0]["physicalLocation"]["region"]["startLine"] == int(m.group(1))
    md = _hecha("--dataset", str(table), "--format", "markdown", cwd=tmp_path).stdout
    assert "第3行" in md and "第4行" in md and "第2行" not in md
