"""Streaming: lazy folder ingestion, and json/jsonl reports written document by document that match
the whole-report writer byte for byte."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hecha.cli import to_json
from hecha.ingest import _walk, collect, iter_documents, iter_sources
from hecha.parallel import check_sources
from hecha.pipeline import Checker
from hecha.report.build import build_report
from hecha.report.jsonl import write_stream

from .conftest import SEEDS

HECHA = [sys.executable, "-m", "hecha.cli"]


def _tree(tmp: Path) -> Path:
    root = tmp / "in"
    for rel in ("a/b/x.txt", "a/z.TXT", "a-b/y.md", "A/q.txt", "dir.txt/in/r.txt", "top.txt", "a/b/top.txt"):
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"{rel}：行政复议受理35件，审结25件。", encoding="utf-8")
    (root / "skip.csv").write_text("not a report", encoding="utf-8")
    (root / "bad.txt").write_bytes(b"abc\xff\xff\xffdef" * 10)
    os.symlink(root / "a", root / "loop")  # a symlinked folder is not followed
    os.symlink(root / "top.txt", root / "link.txt")
    return root


def test_lazy_walk_matches_collect_order_and_ids(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    from hecha.ingest import _walk_lazy

    assert list(_walk_lazy(root)) == [str(p) for p in _walk(root)]
    eager = collect([str(root), str(SEEDS / "002_60197d52abb683d6.txt"), str(tmp_path / "missing.txt")])
    lazy = list(
        iter_documents([str(root), str(SEEDS / "002_60197d52abb683d6.txt"), str(tmp_path / "missing.txt")])
    )
    assert [(d.doc_id, d.path, d.text, d.error) for d in lazy] == [
        (d.doc_id, d.path, d.text, d.error) for d in eager
    ]
    ids = [d.doc_id for d in lazy]
    assert "a/b/top" in ids and "top" in ids  # duplicate stems get their relative path
    assert ids[-1] == "missing" and lazy[-1].error


def test_files_are_read_when_their_turn_comes(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(f"审结{i + 1}件。", encoding="utf-8")
    it = iter_documents([str(tmp_path)])
    first = next(it)
    assert first.text == "审结1件。"
    (tmp_path / "r2.txt").write_text("审结99件。", encoding="utf-8")  # changed after the run began
    rest = list(it)
    assert [d.text for d in rest] == ["审结2件。", "审结99件。"]
    src = next(iter_sources([str(tmp_path)]))
    assert src.document is None  # a file source holds its path, not its text


@pytest.mark.parametrize("verbose", [False, True])
def test_streamed_json_is_the_whole_report_byte_for_byte(
    checker: Checker, tmp_path: Path, verbose: bool
) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "seeds" / "broken.txt").write_bytes(b"\xff\xfe\xfd" + bytes(range(0x80, 0xA0)) * 3)
    (tmp_path / "seeds" / "empty.txt").write_bytes(b"")
    paths = [str(tmp_path / "seeds"), str(tmp_path / "nope.txt")]
    whole = to_json(build_report([checker.check_document(d) for d in collect(paths)], verbose=verbose))
    out = io.StringIO()
    tally = write_stream(out, check_sources(checker, iter_sources(paths), "json", verbose), "json", verbose)
    assert out.getvalue() == whole
    assert tally.any_error and tally.worst == 3


def test_streamed_json_with_no_documents(checker: Checker, tmp_path: Path) -> None:
    out = io.StringIO()
    write_stream(out, check_sources(checker, iter_sources([str(tmp_path)]), "json"), "json")
    assert out.getvalue() == to_json(build_report([]))


def test_jsonl_is_one_document_per_line_then_the_summary(checker: Checker) -> None:
    whole = build_report([checker.check_document(d) for d in collect([str(SEEDS)])])
    out = io.StringIO()
    write_stream(out, check_sources(checker, iter_sources([str(SEEDS)]), "jsonl"), "jsonl")
    lines = out.getvalue().splitlines()
    assert len(lines) == len(whole["documents"]) + 1
    assert [json.loads(x) for x in lines[:-1]] == whole["documents"]
    assert json.loads(lines[-1]) == {"tool": whole["tool"], "summary": whole["summary"]}


def test_cli_jsonl_to_file_and_exit_code(tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    p = subprocess.run(
        [*HECHA, "check", str(SEEDS), "--format", "jsonl", "--output", str(out)],
        capture_output=True,
        timeout=120,
    )
    assert p.returncode == 1  # the seeds hold a real error
    assert p.stdout == b""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1])["summary"]["documents"] == 5
    assert all(json.loads(x)["status"] == "checked" for x in lines[:-1])
    assert not list(tmp_path.glob(".r.jsonl.*"))  # no temporary file left behind


@pytest.mark.parametrize("bits", [8, 1 << 22])
def test_doc_ids_exact_even_when_stem_hashes_collide(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bits: int
) -> None:
    # With 8 bits, many distinct stems share a mark: they must still keep their short ids.
    import hecha.ingest as ingest

    monkeypatch.setattr(ingest, "_STEM_BITS", bits)
    for i in range(60):
        sub = tmp_path / f"s{i % 3}"
        sub.mkdir(exist_ok=True)
        (sub / f"r{i if i % 7 else 0}.txt").write_text("审结1件。", encoding="utf-8")
    files = [p for p in _walk(tmp_path)]
    stems = [p.stem for p in files]
    want = [
        p.stem if stems.count(p.stem) == 1 else p.relative_to(tmp_path).with_suffix("").as_posix()
        for p in files
    ]
    assert [s.doc_id for s in iter_sources([str(tmp_path)])] == want
    assert len(set(want)) == len(want) and "s0/r0" in want and "r1" in want
