"""Bad input: each kind, with the outcome hecha promises for it (README: "Supported formats and bad input").

Outcomes:
  empty file, only blank space            error "empty file: nothing to check" (exit 3)
  binary file                             error "binary file (…), not text" (exit 3)
  NUL bytes inside good text              checked, kept as U+0000, warning in meta.warnings
  invalid UTF-8 in the middle             the rest checked; error names the first bad byte (exit 3)
  unreadable file / dangling link / FIFO  error naming the problem; the other files are checked
  symlink loop                            error "symbolic link loop"; folder loops are not followed
  a crash inside one document             error "internal error while checking: …"; the run goes on
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import hecha.safeopen as safeopen
from hecha import cli
from hecha.ingest import collect, read_document
from hecha.pipeline import Checker
from hecha.report.build import build_report

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "seeds" / "002_60197d52abb683d6.txt"
TEXT = "行政复议受理35件，审结25件，纠错率24%。"
HECHA = [sys.executable, "-m", "hecha.cli"]


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*HECHA, *args], capture_output=True, timeout=120)


def _report(*args: str) -> tuple[int, dict[str, dict[str, object]], bytes]:
    p = run("check", "-j", "1", *args)
    rep = json.loads(p.stdout)
    return p.returncode, {d["doc_id"]: d for d in rep["documents"]}, p.stderr


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\r\n", "\u3000\n".encode()])
def test_empty_file_is_an_error(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    code, docs, err = _report(str(p))
    assert code == 3
    assert docs["empty"]["status"] == "error"
    assert "nothing to check" in str(docs["empty"]["error"])
    assert b"empty.txt" in err


@pytest.mark.parametrize(
    "data, what",
    [
        (bytes(range(256)) * 40, "binary file"),
        (b"\x89PNG\r\n\x1a\n" + os.urandom(2000), "PNG"),
        (b"%PDF-1.4\n" + b"x" * 100, "PDF"),
        (b"PK\x03\x04" + b"\x00" * 100, "ZIP"),
        ("审结25件".encode("utf-16-le") * 50, "binary file"),  # UTF-16 without a BOM: NULs everywhere
    ],
)
def test_binary_file_is_an_error(tmp_path: Path, data: bytes, what: str) -> None:
    p = tmp_path / "blob.txt"
    p.write_bytes(data)
    doc = read_document(p)
    assert doc.text is None
    assert doc.error and what in doc.error


def test_nul_bytes_inside_text_are_kept_and_warned(tmp_path: Path, checker: Checker) -> None:
    body = (TEXT * 40).encode()
    p = tmp_path / "nul.txt"
    cut = body.index("审结".encode(), 300)
    p.write_bytes(body[:cut] + b"\x00\x00" + body[cut:])
    doc = read_document(p)
    assert doc.error is None and doc.text is not None
    assert doc.text.count("\x00") == 2
    assert doc.meta["warnings"] == ["2 NUL byte(s) (U+0000) in the text, kept as they are"]
    d = build_report([checker.check_document(doc)])["documents"][0]
    assert d["status"] == "checked" and d["meta"]["warnings"]
    assert len(d["facts"]) == 3 * 40
    for f in d["facts"]:
        assert doc.text[f["start"] : f["end"]] == f["text"]


def test_invalid_utf8_in_the_middle(tmp_path: Path, checker: Checker) -> None:
    body = (TEXT + "\n") * 200
    raw = body.encode()
    cut = raw.index("审结".encode(), 3000)  # a character boundary in the middle
    p = tmp_path / "damaged.txt"
    p.write_bytes(raw[:cut] + b"\xff\xfe" + raw[cut:])
    doc = read_document(p)
    # not taken for GB18030 mojibake: the good UTF-8 is read, the two bad bytes are marked
    assert doc.text == body[: len(raw[:cut].decode())] + "\ufffd\ufffd" + body[len(raw[:cut].decode()) :]
    assert doc.error == (
        f"invalid UTF-8 at byte {cut} (0xff) and 1 more bad sequence(s): replaced by U+FFFD, the rest was checked"
    )
    d = build_report([checker.check_document(doc)])["documents"][0]
    assert d["status"] == "error"  # not read completely: exit 3, but nothing that was read is lost
    assert len(d["facts"]) == 3 * 200
    for f in d["facts"]:
        assert doc.text[f["start"] : f["end"]] == f["text"]


def test_invalid_utf8_that_is_no_encoding_at_all(tmp_path: Path) -> None:
    p = tmp_path / "garbage.txt"
    p.write_bytes(b"abc\xff\xff\xffdef" * 10)
    doc = read_document(p)
    assert doc.text is None and doc.error == (
        "cannot decode as UTF-8 (invalid byte 0xff at offset 3), GB18030 or Big5"
    )


def _folder_with_unreadables(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "sub" / "locked.txt").write_text(TEXT, encoding="utf-8")
    (root / "sub" / "locked.txt").chmod(0)
    os.symlink(root / "nowhere.txt", root / "dangling.txt")
    os.mkfifo(root / "pipe.txt")  # opening it would block for ever
    os.symlink(root / "self.txt", root / "self.txt")  # a loop
    os.symlink(root, root / "sub" / "back")  # a folder loop: not followed
    return root


def test_unreadable_files_in_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _folder_with_unreadables(tmp_path)
    locked = root / "sub" / "locked.txt"
    if os.access(locked, os.R_OK):  # root ignores chmod 000: make the read fail the same way
        real_open = safeopen._os_open

        def deny(path: object, *a: object, **k: object) -> object:
            if Path(str(path)) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *a, **k)  # type: ignore[call-overload]

        monkeypatch.setattr(safeopen, "_os_open", deny)
    docs = {d.doc_id: d for d in collect([str(root)])}
    assert set(docs) == {"good", "locked", "dangling", "pipe", "self"}
    assert docs["good"].error is None and docs["good"].text
    assert docs["locked"].error == "cannot read file: Permission denied"
    assert (
        docs["dangling"].error
        == f"dangling symbolic link (target {str(root / 'nowhere.txt')!r} does not exist)"
    )
    assert docs["pipe"].error == "not a regular file (a FIFO); not read"
    assert docs["self"].error == "symbolic link loop"


def test_unreadable_files_through_the_cli(tmp_path: Path) -> None:
    """The same folder through the command line (chmod 000 counts only when not root): every entry is
    in the report, the good one checked, and the run neither hangs on the FIFO nor loops."""
    root = _folder_with_unreadables(tmp_path)
    code, docs, err = _report(str(root))
    assert code == 3
    assert docs["good"]["status"] == "checked" and docs["good"]["findings"]
    for k in ("dangling", "pipe", "self"):
        assert docs[k]["status"] == "error" and docs[k]["error"]
        assert f"{k}.txt".encode() in err
    assert "locked" in docs


def test_unlistable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "in"
    (root / "secret").mkdir(parents=True)
    (root / "secret" / "x.txt").write_text(TEXT, encoding="utf-8")
    (root / "ok.txt").write_text(TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: object) -> object:
        if Path(str(path)) == root / "secret":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    docs = {d.doc_id: d for d in collect([str(root)])}
    assert set(docs) == {"ok", "secret"}
    assert docs["secret"].error == "cannot list folder: Permission denied"


def test_symlink_loop_given_directly(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    os.symlink(b, a)
    os.symlink(a, b)
    code, docs, _ = _report(str(a))
    assert code == 3 and docs["a"]["error"] == "symbolic link loop"


def test_every_input_path_appears(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 8)
    args = [str(tmp_path / n) for n in ("ok.txt", "empty.md", "bin.txt", "missing.txt")]
    code, docs, _ = _report(*args)
    assert code == 3
    assert [docs[k]["status"] for k in ("ok", "empty", "bin", "missing")] == [
        "checked",
        "error",
        "error",
        "error",
    ]


def test_a_crash_inside_one_document_becomes_its_error(
    tmp_path: Path, checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hecha.pipeline as pipeline

    real = pipeline.extract

    def extract(text: str, onto: object) -> object:
        if "爆" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, onto)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract", extract)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("爆" + TEXT, encoding="utf-8")
    (tmp_path / "c.txt").write_text(TEXT, encoding="utf-8")
    rep = build_report([checker.check_document(d) for d in collect([str(tmp_path)])])
    assert [(d["doc_id"], d["status"]) for d in rep["documents"]] == [
        ("a", "checked"),
        ("b", "error"),
        ("c", "checked"),
    ]
    assert (
        rep["documents"][1]["error"]
        == "internal error while checking: RecursionError: maximum recursion depth exceeded"
    )


def test_a_crash_inside_a_reader_becomes_its_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hecha.ingest as ingest

    def boom(path: Path) -> object:
        raise MemoryError("simulated")

    monkeypatch.setattr(ingest, "read_path", boom)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    doc = read_document(tmp_path / "a.txt")
    assert doc.text is None and doc.error == "internal error while reading: MemoryError: simulated"


def test_output_is_written_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.json"
    out.write_text("the previous report\n", encoding="utf-8")

    class Interrupted(BaseException):
        pass

    real_fdopen = os.fdopen

    def fdopen(fd: int, *a: object, **k: object) -> object:
        fh = real_fdopen(fd, *a, **k)  # type: ignore[call-overload]
        write = fh.write

        def half_then_interrupt(s: str) -> int:
            write(s[: len(s) // 2])
            raise Interrupted

        fh.write = half_then_interrupt
        return fh

    monkeypatch.setattr(os, "fdopen", fdopen)
    with pytest.raises(Interrupted):
        cli.write_atomic(out, '{"documents": []}\n' * 1000)
    assert out.read_text(encoding="utf-8") == "the previous report\n"  # never half a report
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left behind


def test_interrupted_cli_run_leaves_no_half_report(tmp_path: Path) -> None:
    """A real interrupt: SIGINT while checking a slow input; --output is either the old file or absent."""
    import signal
    import time

    # 12 large reports: well over the 1.5 s before the signal however fast checking gets (one of them
    # alone once took a few seconds and later under one, so the signal could come after the report)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(12):
        (corpus / f"big{i:02d}.txt").write_text(SEED.read_text(encoding="utf-8") * 120, encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text("the previous report\n", encoding="utf-8")
    proc = subprocess.Popen([*HECHA, "check", "-j", "1", str(corpus), "-o", str(out)], stderr=subprocess.PIPE)
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=120)
    old = out.read_text(encoding="utf-8")
    assert proc.returncode not in (0, 1), "finished before the signal: make the input slower"
    assert old == "the previous report\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.json")]


def test_same_input_byte_identical_output(tmp_path: Path) -> None:
    root = _folder_with_unreadables(tmp_path)
    (root / "page.html").write_bytes((ROOT / "fixtures" / "hostile" / "gov_page.html").read_bytes())
    outs = [run("check", "-j", j, str(root)).stdout for j in ("1", "2", "1")]
    assert outs[0] == outs[1] == outs[2]
    assert json.loads(outs[0])["summary"]["documents"] == 6


def test_deeply_nested_folders(tmp_path: Path) -> None:
    """A hostile tree nested deeper than Python's recursion limit is walked, not a crash of the run."""
    deep = tmp_path / "in"
    deep.mkdir()
    d = deep
    for _ in range(1200):
        d = d / "d"
        d.mkdir()
    (d / "bottom.txt").write_text(TEXT, encoding="utf-8")
    (deep / "top.txt").write_text(TEXT, encoding="utf-8")
    try:
        docs = collect([str(deep)])
        assert [(x.doc_id, x.error) for x in docs] == [("bottom", None), ("top", None)]
    finally:  # shutil.rmtree (and so pytest's clean-up of old tmp folders) recurses: remove it here
        (d / "bottom.txt").unlink()
        while d != deep:
            d.rmdir()
            d = d.parent


def test_reports_get_ordinary_file_permissions(tmp_path: Path) -> None:
    """Atomic writes go through a temporary file (mode 0600); the report itself follows the umask."""
    import os

    from hecha.atomic import write_atomic

    old = os.umask(0o022)
    try:
        out = tmp_path / "r.json"
        write_atomic(out, "{}\n")
        assert out.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)
