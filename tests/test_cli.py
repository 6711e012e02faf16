"""The command line: the JSON contract, exit codes, bad input, stdin."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SEEDS

HECHA = [sys.executable, "-m", "hecha.cli"]


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*HECHA, *args], input=stdin, capture_output=True, cwd=cwd, timeout=120)


def test_check_seeds_contract() -> None:
    p = run("check", str(SEEDS), "--format", "json")
    assert p.returncode == 1  # the seeds hold a real error (8+8+6+4 != 25)
    rep = json.loads(p.stdout)
    assert rep["tool"]["name"] == "hecha"
    assert set(rep["summary"]) >= {"documents", "checked", "failed", "error", "warning", "info"}
    assert rep["summary"]["documents"] == 5
    texts = {q.stem: q.read_text(encoding="utf-8") for q in SEEDS.glob("*.txt")}
    for d in rep["documents"]:
        assert d["status"] == "checked" and d["error"] is None
        text = texts[d["doc_id"]]
        for f in d["facts"]:
            assert text[f["start"] : f["end"]] == f["text"]
            assert {"id", "metric", "label", "value", "low", "high", "unit", "qualifier"} <= set(f)
        for fi in d["findings"]:
            assert fi["severity"] in ("error", "warning", "info")
            assert {"rule", "message", "facts", "evidence", "expected", "observed"} <= set(fi)
            for e in fi["evidence"]:
                assert text[e["start"] : e["end"]] == e["text"]
    doc = next(d for d in rep["documents"] if d["doc_id"].startswith("002"))
    hc201 = [f for f in doc["findings"] if f["rule"] == "HC201"]
    assert hc201 and hc201[0]["severity"] == "error"
    assert len(hc201[0]["evidence"]) == 5


def test_exit_codes(tmp_path: Path) -> None:
    ok = tmp_path / "ok.txt"
    ok.write_text("行政复议受理35件，审结25件。", encoding="utf-8")
    assert run("check", str(ok)).returncode == 0
    bad = tmp_path / "bad.txt"
    bad.write_text("行政复议受理35件，审结45件。", encoding="utf-8")  # warning: no carry-over stated
    assert run("check", str(bad)).returncode == 0
    assert run("check", str(bad), "--fail-on", "warning").returncode == 1
    worse = tmp_path / "worse.txt"
    worse.write_text("审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。", encoding="utf-8")
    assert run("check", str(worse)).returncode == 1
    assert run("check", str(worse), "--fail-on", "never").returncode == 0
    assert run("check", str(ok), "--format", "nonsense").returncode == 2


def test_undecodable_input_is_reported_and_run_goes_on(tmp_path: Path) -> None:
    shutil.copy(SEEDS / "002_60197d52abb683d6.txt", tmp_path / "good.txt")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\xfd" + bytes(range(0x80, 0xA0)) * 3)
    (tmp_path / "zbroken.txt").write_bytes(b"abc\xff\xff\xffdef" * 10)
    p = run("check", str(tmp_path))
    assert p.returncode == 3
    rep = json.loads(p.stdout)
    by_id = {d["doc_id"]: d for d in rep["documents"]}
    assert set(by_id) == {"good", "broken", "zbroken"}
    assert by_id["good"]["status"] == "checked" and by_id["good"]["findings"]
    for k in ("broken", "zbroken"):
        assert by_id[k]["status"] == "error"
        assert by_id[k]["error"]
    assert b"zbroken.txt" in p.stderr


def test_gbk_and_bom_inputs(tmp_path: Path) -> None:
    text = "行政复议受理35件，审结25件，纠错率24%。"
    (tmp_path / "gbk.txt").write_bytes(text.encode("gbk"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    rep = json.loads(run("check", str(tmp_path)).stdout)
    for d in rep["documents"]:
        assert d["status"] == "checked"
        assert [f["value"] for f in d["facts"]] == [35, 25, 24]


def test_stdin() -> None:
    p = run("check", "-", stdin="审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。".encode())
    assert p.returncode == 1
    rep = json.loads(p.stdout)
    assert rep["documents"][0]["doc_id"] == "stdin"


def test_output_file_and_markdown(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    p = run("check", str(SEEDS), "--format", "markdown", "--output", str(out))
    assert p.returncode == 1 and p.stdout == b""
    md = out.read_text(encoding="utf-8")
    assert "HC201" in md and "002_60197d52abb683d6" in md


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    p = run("check", str(tmp_path / "nope.txt"))
    assert p.returncode == 3
    assert json.loads(p.stdout)["documents"][0]["status"] == "error"


@pytest.mark.parametrize(
    "cmd", [["rules"], ["explain", "HC201"], ["spot", str(SEEDS / "002_60197d52abb683d6.txt")]]
)
def test_other_commands(cmd: list[str]) -> None:
    p = run(*cmd)
    assert p.returncode in (0, 1), p.stderr
    assert p.stdout


def test_explain_unknown_rule() -> None:
    assert run("explain", "HC999").returncode == 2
