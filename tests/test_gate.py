"""The CI gate: fingerprints that survive unrelated edits, baselines, exit codes."""

from __future__ import annotations

import contextlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from hecha.baseline import assign_fingerprints
from hecha.cli import app
from hecha.pipeline import Checker

from .conftest import ROOT, SEEDS
from .helpers import run_text

SEED = SEEDS / "002_60197d52abb683d6.txt"  # has HC201: 审结25件 but the parts sum to 26


@dataclass
class _Ran:
    returncode: int
    stdout: str
    stderr: str


def _cli(*args: str, cwd: Path = ROOT) -> _Ran:
    """`hecha ARGS` in-process (typer's CliRunner); a crash is raised, never taken for exit 1."""
    with contextlib.chdir(cwd):
        res = CliRunner().invoke(app, list(args))
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        raise res.exception
    return _Ran(res.exit_code, res.stdout, res.stderr)


def _fps(checker: Checker, text: str) -> dict[str, str]:
    res = run_text(checker, text, "doc")
    assign_fingerprints(res)
    return {f.fingerprint: f.rule for f in res.findings}


def test_fingerprint_survives_unrelated_edits(checker: Checker) -> None:
    text = SEED.read_text(encoding="utf-8")
    before = _fps(checker, text)
    assert "HC201" in before.values()
    lines = text.split("\n")
    edited = "\n".join(
        ["前言：本报告依据有关规定编制。", "", *lines[:5], "另有说明一段，与数字无关。", *lines[5:]]
    )
    edited += "\n附：联系电话略。\n"
    after = _fps(checker, edited)
    assert before == after
    # editing the sentence the finding stands on changes it
    changed = text.replace("审结25件", "审结24件")
    assert _fps(checker, changed).keys() != before.keys()


def test_identical_findings_get_distinct_fingerprints(checker: Checker) -> None:
    s = "行政复议审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。\n"
    res = run_text(checker, s + "\n" + s, "doc")
    assign_fingerprints(res)
    fps = [f.fingerprint for f in res.findings if f.rule == "HC201"]
    assert len(fps) == 2 and len(set(fps)) == 2 and fps[1] == fps[0] + "-2"


def test_baseline_accepts_reviewed_findings_and_new_ones_still_fail(tmp_path: Path) -> None:
    doc = tmp_path / "r.txt"
    shutil.copy(SEED, doc)
    base = tmp_path / "baseline.json"
    assert _cli("check", str(doc)).returncode == 1
    r = _cli("baseline", str(doc), "-o", str(base))
    assert r.returncode == 0, r.stderr
    accepted = json.loads(base.read_text(encoding="utf-8"))["findings"]
    assert {a["rule"] for a in accepted} >= {"HC201"}
    r = _cli("check", str(doc), "--baseline", str(base))
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert all(f["baselined"] for d in report["documents"] for f in d["findings"])
    assert report["summary"]["baselined"] == len(accepted) and report["summary"]["new"] == 0

    # unrelated lines inserted above and below: still accepted
    text = SEED.read_text(encoding="utf-8")
    doc.write_text(
        "插入的一行说明。\n\n" + text.replace("\n", "\n\n", 3) + "\n补充一行。\n", encoding="utf-8"
    )
    r = _cli("check", str(doc), "--baseline", str(base))
    assert r.returncode == 0, r.stdout

    # a new inconsistency fails the gate; the accepted one stays accepted
    doc.write_text(
        doc.read_text(encoding="utf-8") + "\n四、其他\n行政复议审结10件，其中维持8件，驳回7件。\n",
        encoding="utf-8",
    )
    r = _cli("check", str(doc), "--baseline", str(base))
    assert r.returncode == 1
    report = json.loads(r.stdout)
    new = [f for d in report["documents"] for f in d["findings"] if not f["baselined"]]
    assert new and all("10件" in json.dumps(f, ensure_ascii=False) for f in new)
    assert report["summary"]["baselined"] == len(accepted)


def test_exit_codes(tmp_path: Path) -> None:
    ok = tmp_path / "ok.txt"
    ok.write_text("行政复议受理35件，审结25件。\n", encoding="utf-8")
    assert _cli("check", str(ok), "--format", "sarif").returncode == 0
    assert _cli("check", str(SEED), "--format", "junit").returncode == 1
    assert _cli("check", str(SEED), "--format", "github", "--fail-on", "never").returncode == 0
    assert _cli("check", str(tmp_path / "missing.txt"), "--format", "sarif").returncode == 3
    assert _cli("check", "--dataset", "fixtures/datasets/review.csv").returncode == 0  # no --texts
    assert (
        _cli(
            "check", "--dataset", "fixtures/datasets/review.csv", "--texts", "fixtures/datasets/texts"
        ).returncode
        == 1
    )
    # usage errors
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    r = _cli("check", str(ok), "--baseline", str(bad))
    assert r.returncode == 2 and "not a hecha baseline" in r.stderr
    assert _cli("check", str(ok), "--texts", str(tmp_path)).returncode == 2
    assert _cli("check").returncode == 2
    assert _cli("check", "--dataset", "fixtures/datasets/review.csv", "--format", "jsonl").returncode == 2


def test_dataset_baseline_survives_inserted_rows(tmp_path: Path) -> None:
    data = tmp_path / "d.csv"
    src = (ROOT / "fixtures" / "datasets" / "review.csv").read_text(encoding="utf-8")
    data.write_text(src, encoding="utf-8")
    texts = str(ROOT / "fixtures" / "datasets" / "texts")
    base = tmp_path / "b.json"
    assert _cli("baseline", "--dataset", str(data), "--texts", texts, "-o", str(base)).returncode == 0
    lines = src.splitlines()
    lines.insert(1, "cityA_2023,review.terminated,,4,件,,2023,甲市")  # supported, unrelated
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = _cli("check", "--dataset", str(data), "--texts", texts, "--baseline", str(base))
    assert r.returncode == 0, r.stdout
    report = json.loads(r.stdout)
    f = next(f for d in report["documents"] for f in d["findings"])
    assert f["baselined"] and f["location"]["line"] == 16  # moved down a line, still matched


def test_streamed_gate_json_is_the_whole_report_rendered(checker: Checker, tmp_path: Path) -> None:
    # `check --dataset/--baseline --format json` writes documents as the workers finish them: the bytes
    # and the exit code must be those of rendering the whole report, with and without a baseline
    import io

    from hecha import gate
    from hecha.baseline import Baseline

    dataset = ROOT / "fixtures" / "datasets" / "review.csv"
    texts = ROOT / "fixtures" / "datasets" / "texts"
    paths = [str(SEEDS), str(ROOT / "fixtures" / "hostile")]
    full = gate.run(checker, gate.GateInputs(paths, dataset, texts)).report
    keys = [(d["doc_id"], f["fingerprint"]) for d in full["documents"] for f in d["findings"]]
    everything, part = Baseline(frozenset(keys)), Baseline(frozenset([*keys[::2], ("gone", "x")]))
    for base in (None, everything, part):
        inputs = gate.GateInputs(paths, dataset, texts, baseline=base, jobs=2)
        report = gate.run(checker, inputs).report
        out = io.StringIO()
        tally = gate.stream_json(out, checker, inputs)
        assert out.getvalue() == gate.render(report, "json", "error")
        for fail_on in ("error", "warning", "info", "never"):
            assert tally.exit_code(fail_on) == gate.exit_code(report, fail_on)
    assert (
        gate.exit_code(gate.run(checker, gate.GateInputs([str(SEEDS)], baseline=everything)).report, "info")
        == 0
    )
