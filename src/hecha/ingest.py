"""Read inputs into Documents: files, folders (recursively), or `-` for stdin.

Decoding: a BOM decides (UTF-8, UTF-16); otherwise strict UTF-8, then GB18030 (a superset of GBK),
then Big5. A file that none of them decodes, or that looks binary, becomes a Document with `error`
set: the run goes on and the file still appears in the report.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .model import Document

TEXT_SUFFIXES = (".txt", ".md")


class InputError(Exception):
    pass


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) or (None, reason)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), None
        except UnicodeDecodeError as e:
            return None, f"invalid UTF-8 after a UTF-8 byte-order mark (byte {e.start + 3})"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as e:
            return None, f"invalid UTF-16 (byte {e.start})"
    if b"\x00" in data[:8192]:
        return None, "binary file (NUL bytes), not text"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        utf8_error = e
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, None
    return None, (
        f"cannot decode as UTF-8 (invalid byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}), "
        "GB18030 or Big5"
    )


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or 0xE000 <= ord(c) <= 0xF8FF)
    return bad / len(text) < 0.01


def read_document(path: Path, doc_id: str | None = None) -> Document:
    did = doc_id or path.stem
    try:
        data = path.read_bytes()
    except OSError as e:
        return Document(did, str(path), None, error=f"cannot read file: {e.strerror or e}")
    text, err = decode(data)
    return Document(did, str(path), text, error=err)


def _walk(folder: Path) -> Iterator[Path]:
    # sorted for deterministic output; symlinked folders are not followed (loops)
    for p in sorted(folder.rglob("*")):
        if p.suffix.lower() in TEXT_SUFFIXES and (p.is_file() or p.is_symlink()):
            yield p


def collect(paths: list[str]) -> list[Document]:
    """Every input as a Document (an unreadable one carries its error)."""
    return list(iter_documents(paths))


@dataclass(frozen=True)
class Source:
    """One input, not yet read: a file to read when its turn comes (small and picklable, so a worker
    process can read it), or a Document already in hand (stdin, a missing path)."""

    doc_id: str
    path: str
    document: Document | None = None

    def read(self) -> Document:
        if self.document is not None:
            return self.document
        return read_document(Path(self.path), self.doc_id)


def _walk_lazy(folder: Path) -> Iterator[str]:
    """The files `_walk` yields, in the same order (depth first, names sorted, which is how sorted()
    orders Paths), without holding the whole tree: one directory listing at a time."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        yield str(folder)  # reported as "cannot list folder: …" rather than silently left out
        return
    for e in entries:
        p = Path(e.path)
        if p.suffix.lower() in TEXT_SUFFIXES and (p.is_file() or p.is_symlink()):
            yield e.path
        if e.is_dir(follow_symlinks=False):
            yield from _walk_lazy(p)


def iter_sources(paths: list[str]) -> Iterator[Source]:
    """Every input as a Source, lazily: a folder is listed one directory at a time and no file is read.
    A folder is walked twice (first to count file stems, which decides the doc ids), never held."""
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            text, err = decode(data)
            yield Source("stdin", "-", Document("stdin", "-", text, error=err))
            continue
        p = Path(raw)
        if p.is_dir():
            stems: dict[str, int] = {}
            for f in _walk_lazy(p):
                stem = Path(f).stem
                stems[stem] = stems.get(stem, 0) + 1
            for f in _walk_lazy(p):
                fp = Path(f)
                did = fp.stem if stems[fp.stem] == 1 else fp.relative_to(p).with_suffix("").as_posix()
                yield Source(did, f)
        elif p.exists() or p.is_symlink():  # a dangling link or a loop: read_document says which
            yield Source(p.stem, str(p))
        else:
            yield Source(
                p.stem or raw, raw, Document(p.stem or raw, raw, None, error="no such file or folder")
            )


def iter_documents(paths: list[str]) -> Iterator[Document]:
    """Every input as a Document, each file read only when its turn comes (see `collect`)."""
    for src in iter_sources(paths):
        yield src.read()
