"""Every CI format read back by a real consumer: SARIF against the published 2.1.0 schema
(jsonschema), JUnit XML by junitparser, GitHub annotations by their documented syntax."""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
from junitparser import Error, Failure, JUnitXml
from typer.testing import CliRunner

from hecha.cli import app

from .conftest import ROOT, SEEDS

SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
DATASET = ["--dataset", "fixtures/datasets/review.csv", "--texts", "fixtures/datasets/texts"]


@dataclass
class _Ran:
    returncode: int
    stdout: str
    stderr: str


def _hecha(*args: str, cwd: Path = ROOT) -> _Ran:
    """`hecha ARGS` in-process (typer's CliRunner); a crash is raised, never taken for exit 1."""
    with contextlib.chdir(cwd):
        res = CliRunner().invoke(app, list(args))
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        raise res.exception
    return _Ran(res.exit_code, res.stdout, res.stderr)


def _run(*args: str, cwd: Path = ROOT) -> _Ran:
    return _hecha("check", *args, cwd=cwd)


def _validate_sarif(text: str) -> dict:  # type: ignore[type-arg]
    sarif = json.loads(text)
    jsonschema.Draft4Validator(SCHEMA).validate(sarif)
    return sarif


def test_sarif_for_texts_is_valid_and_points_at_the_evidence() -> None:
    r = _run(str(SEEDS), "--format", "sarif")
    assert r.returncode == 1, r.stderr
    sarif = _validate_sarif(r.stdout)
    run = sarif["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["results"], "the seeds have findings"
    ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    for res in run["results"]:
        assert ids[res["ruleIndex"]] == res["ruleId"]
        loc = res["locations"][0]["physicalLocation"]
        path = ROOT / loc["artifactLocation"]["uri"]
        region = loc["region"]
        lines = path.read_text(encoding="utf-8").split("\n")
        line = lines[region["startLine"] - 1]
        snippet = line[region["startColumn"] - 1 : region["endColumn"] - 1]
        assert snippet and re.search(r"\d", snippet), snippet
        assert res["partialFingerprints"]["hecha/v1"]


def test_sarif_for_a_dataset_points_at_the_row() -> None:
    r = _run(*DATASET, "--format", "sarif")
    sarif = _validate_sarif(r.stdout)
    (res,) = sarif["runs"][0]["results"]
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "fixtures/datasets/review.csv"
    row_line = (
        (ROOT / "fixtures/datasets/review.csv")
        .read_text(encoding="utf-8")
        .split("\n")[loc["region"]["startLine"] - 1]
    )
    assert row_line.startswith("cityA_2024,review.withdrawn,,3,件")
    assert res["properties"] == {"doc_id": "cityA_2024", "row": 14}


def test_sarif_with_baseline_and_unreadable_input_is_valid(tmp_path: Path) -> None:
    base = tmp_path / "b.json"
    assert _hecha("baseline", *DATASET, "-o", str(base)).returncode == 0
    r = _run(*DATASET, "--baseline", str(base), "--format", "sarif")
    assert r.returncode == 0
    (res,) = _validate_sarif(r.stdout)["runs"][0]["results"]
    assert res["baselineState"] == "unchanged" and res["suppressions"][0]["kind"] == "external"
    r = _run(str(tmp_path / "nope.txt"), "--format", "sarif")
    assert r.returncode == 3
    sarif = _validate_sarif(r.stdout)
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert "no such file" in notes[0]["message"]["text"]


def test_sarif_related_location_cites_the_source_text(tmp_path: Path) -> None:
    data = tmp_path / "d.csv"
    data.write_text("doc_id,metric,value,unit\ncityA_2023,review.concluded,26,件\n", encoding="utf-8")
    r = _run("--dataset", str(data), "--texts", str(ROOT / "fixtures/datasets/texts"), "--format", "sarif")
    (res,) = _validate_sarif(r.stdout)["runs"][0]["results"]
    assert res["ruleId"] == "DS102"
    rel = res["relatedLocations"][0]["physicalLocation"]
    text = (ROOT / "fixtures/datasets/texts/cityA_2023.txt").read_text(encoding="utf-8").split("\n")
    line = text[rel["region"]["startLine"] - 1]
    assert line[rel["region"]["startColumn"] - 1 :].startswith("审结25件")


def test_junit_is_read_by_a_junit_parser(tmp_path: Path) -> None:
    out = tmp_path / "junit.xml"
    r = _run(str(SEEDS), *DATASET, "--format", "junit", "--output", str(out))
    assert r.returncode == 1
    xml = JUnitXml.fromfile(str(out))
    suites = {s.name: s for s in xml}
    assert "002_60197d52abb683d6" in suites and "cityA_2024" in suites and "review.csv" in suites
    failed = {
        (s.name, c.name.split()[0]) for s in xml for c in s if any(isinstance(x, Failure) for x in c.result)
    }
    assert ("002_60197d52abb683d6", "HC201") in failed and ("cityA_2024", "DS101") in failed
    report = json.loads(_run(str(SEEDS), *DATASET).stdout)
    errors = {
        (d["doc_id"], f["rule"])
        for d in report["documents"]
        for f in d["findings"]
        if f["severity"] == "error"
    }
    assert failed == errors  # --fail-on error: exactly the error findings fail
    assert sum(s.failures for s in xml) == len(failed)
    # a warning is a passing case with the finding in system-out
    warned = [c for s in xml for c in s if s.name == "001_09ab2a23c5e0d572" and c.name.startswith("HC004")]
    assert warned and warned[0].is_passed and "HC004" in (warned[0].system_out or "")


def test_junit_reports_unreadable_documents_as_errors(tmp_path: Path) -> None:
    r = _run(str(tmp_path / "gone.txt"), "--format", "junit")
    assert r.returncode == 3
    xml = JUnitXml.fromstring(r.stdout.split("\n", 1)[1])
    (suite,) = list(xml)
    (case,) = list(suite)
    assert isinstance(case.result[0], Error)


_ANNOTATION = re.compile(
    r"^::(error|warning|notice) file=([^,]+)(?:,line=(\d+),col=(\d+)(?:,endColumn=(\d+))?)?,title=([^:]*)::(.*)$"
)


def test_github_annotations(tmp_path: Path) -> None:
    r = _run(str(SEEDS), *DATASET, "--format", "github")
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    report = json.loads(_run(str(SEEDS), *DATASET).stdout)
    assert len(lines) == sum(len(d["findings"]) for d in report["documents"])
    for line in lines:
        m = _ANNOTATION.match(line)
        assert m, line
        level, path, ln, col = m.group(1), m.group(2), m.group(3), m.group(4)
        assert (ROOT / path).is_file()
        assert ln and col and level in ("error", "warning", "notice")
        assert "\n" not in m.group(7)
    assert any(line.startswith("::error file=fixtures/datasets/review.csv,line=15,col=1,") for line in lines)


@pytest.mark.parametrize(("raw", "escaped"), [("50%", "50%25"), ("a\nb", "a%0Ab")])
def test_github_escapes_messages(raw: str, escaped: str) -> None:
    from hecha.report.github import _data

    assert _data(raw) == escaped


def test_junit_verbose_has_a_case_per_rule_checked() -> None:
    r = _run(*DATASET, "--format", "junit", "--verbose")
    xml = JUnitXml.fromstring(r.stdout.split("\n", 1)[1])
    cases = {s.name: {c.name.split()[0]: c for c in s} for s in xml}
    # cityA_2023 binds HC201 (审结 ≥ its parts) and it holds: a passing case; DS101 fails in 2024
    assert cases["cityA_2023"]["HC201"].is_passed
    assert not cases["cityA_2024"]["DS101"].is_passed
    assert "checked" not in cases["cityA_2023"]
