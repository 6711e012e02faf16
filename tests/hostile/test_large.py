"""Large inputs, generated here in tmp_path (never committed): memory stays small and every document
ends with a clear outcome. Outcomes:

  100 MB text                  streamed; the first MAX_CHARS characters are checked; error "too long: …"
                               names how many were checked (exit 3); peak memory a few tens of MB
  1 MB line with punctuation   checked completely (sentences end with 。 even without line breaks)
  1 MB line with no break      checked up to MAX_RUN characters past the last break; error says where

Timings are printed (pytest -s), never asserted; memory is asserted with a generous bound.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hecha.formats import MAX_CHARS, MAX_RUN

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "seeds" / "002_60197d52abb683d6.txt"
HECHA = [sys.executable, "-m", "hecha.cli"]
MEMORY_BOUND_KB = 600 * 1024


# Started from a small process of its own: a child's ru_maxrss starts at its parent's RSS when forked (Linux
# keeps the high-water mark across exec), so one forked from this test process, grown by the tests before
# it, would report the test process's memory, not hecha's.
_MEASURE = """
import json, os, subprocess, sys, time
out, args = sys.argv[1], sys.argv[2:]
t0 = time.perf_counter()
with open(out, "wb") as fh:
    proc = subprocess.Popen(args, stdout=fh, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
print(json.dumps([os.waitstatus_to_exitcode(status), time.perf_counter() - t0, usage.ru_maxrss]))
"""


def _run_measured(tmp_path: Path, *args: str) -> tuple[int, dict[str, object], float, int]:
    """(exit code, the report's only document, seconds, peak RSS in KB) of one `hecha check`."""
    out = tmp_path / "report.json"
    cmd = [sys.executable, "-c", _MEASURE, str(out), *HECHA, "check", "-j", "1", *args]
    code, took, rss = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    return code, json.loads(out.read_bytes())["documents"][0], took, rss


def _offsets_hold(path: Path, doc: dict[str, object]) -> None:
    with path.open(encoding="utf-8") as fh:
        text = fh.read(MAX_CHARS + 10)
    facts = doc["facts"]
    assert isinstance(facts, list) and facts
    for f in facts:
        assert text[f["start"] : f["end"]] == f["text"]


def test_100mb_text(tmp_path: Path) -> None:
    seed = SEED.read_bytes()
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        for _ in range(100 * 1024 * 1024 // len(seed) + 1):
            fh.write(seed)
    size = p.stat().st_size
    assert size >= 100 * 1024 * 1024
    code, doc, took, rss = _run_measured(tmp_path, str(p))
    print(f"\n100 MB text ({size} bytes): {took:.1f} s, peak RSS {rss / 1024:.0f} MB")
    assert code == 3
    assert doc["status"] == "error"
    err = str(doc["error"])
    total = len(seed.decode("utf-8")) * (100 * 1024 * 1024 // len(seed) + 1)
    assert err.startswith(f"too long: {total} characters; only the first ")
    assert f"hecha checks at most {MAX_CHARS} characters" in err
    assert doc["findings"]  # what was read is checked: the seed's 8+8+6+4 != 25, again and again
    _offsets_hold(p, doc)
    assert rss < MEMORY_BOUND_KB


def test_1mb_line_with_sentences(tmp_path: Path) -> None:
    line = SEED.read_text(encoding="utf-8").replace("\n", "")
    p = tmp_path / "one_line.txt"
    data = (line * (1024 * 1024 // len(line.encode()) + 1)).encode()
    p.write_bytes(data[: 1024 * 1024].decode("utf-8", "ignore").encode())
    assert b"\n" not in p.read_bytes()
    code, doc, took, rss = _run_measured(tmp_path, str(p))
    print(f"\n1 MB line with sentences: {took:.1f} s, peak RSS {rss / 1024:.0f} MB")
    assert code == 1  # the seed's real error, found in every copy
    assert doc["status"] == "checked" and doc["error"] is None
    _offsets_hold(p, doc)
    assert rss < MEMORY_BOUND_KB


def test_1mb_line_without_any_break(tmp_path: Path) -> None:
    p = tmp_path / "no_break.txt"
    p.write_text("受理三十五件审结二十五件其中维持八件驳回" * 55_000, encoding="utf-8")
    code, doc, took, rss = _run_measured(tmp_path, str(p))
    print(f"\n1 MB line without a break: {took:.1f} s, peak RSS {rss / 1024:.0f} MB")
    assert code == 3
    assert doc["status"] == "error"
    err = str(doc["error"])
    assert (
        err.startswith("at least ")
        and "characters without a sentence end or line break from character 0" in err
    )
    assert f"only the first {MAX_RUN} of 1100000 characters were checked" in err
    facts = doc["facts"]
    assert isinstance(facts, list) and facts and max(f["end"] for f in facts) <= MAX_RUN
    _offsets_hold(p, doc)
    assert rss < MEMORY_BOUND_KB
