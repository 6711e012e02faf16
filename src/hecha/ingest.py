"""Read inputs into Documents: files, folders (recursively), or `-` for stdin.

Formats (see formats/): .txt and .md (a BOM decides — UTF-8, UTF-16, UTF-32 — else UTF-8, GB18030,
Big5), .docx, .pdf (its text layer) and .html/.htm (the article text). A folder is searched for all
of them. A file that cannot be read becomes a Document with `error` set: the run goes on and the file
still appears in the report; one read only in part (damaged bytes, too long) carries the text that was
read and an error saying what was not. Warnings that do not stop the check go to `meta["warnings"]`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from .formats import SUPPORTED_SUFFIXES, read_bytes, read_path
from .formats.decode import decode_bytes
from .model import Document

TEXT_SUFFIXES = SUPPORTED_SUFFIXES  # kept for callers: every suffix a folder is searched for


class InputError(Exception):
    pass


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) when the bytes decode completely (see formats/decode.py), else (None, reason)."""
    ex = decode_bytes(data)
    return (ex.text, None) if ex.error is None else (None, ex.error)


def read_document(path: Path, doc_id: str | None = None) -> Document:
    did = doc_id or path.stem
    try:
        ex = read_path(path)
    except Exception as e:  # a reader's bug must not stop the run: this file's error
        return Document(did, str(path), None, error=f"internal error while reading: {type(e).__name__}: {e}")
    meta: dict[str, object] = {"warnings": ex.warnings} if ex.warnings else {}
    return Document(did, str(path), ex.text, error=ex.error, meta=meta)


def read_stdin_document(data: bytes) -> Document:
    ex = read_bytes(data)
    meta: dict[str, object] = {"warnings": ex.warnings} if ex.warnings else {}
    return Document("stdin", "-", ex.text, error=ex.error, meta=meta)


def _walk(folder: Path) -> Iterator[Path]:
    # sorted for deterministic output; symlinked folders are not followed (loops). Every entry with a
    # supported suffix that is not a folder is yielded — a FIFO, a dangling link, a link loop too — so
    # that it is reported as an error rather than silently skipped.
    for p in sorted(folder.rglob("*")):
        if _wanted(p):
            yield p


def _wanted(p: Path) -> bool:
    return p.suffix.lower() in TEXT_SUFFIXES and (p.is_symlink() or not p.is_dir())


def collect(paths: list[str]) -> list[Document]:
    """Every input as a Document (an unreadable one carries its error)."""
    docs: list[Document] = []
    for raw in paths:
        if raw == "-":
            docs.append(read_stdin_document(sys.stdin.buffer.read()))
            continue
        p = Path(raw)
        if p.is_dir():
            files = list(_walk(p))
            stems: dict[str, int] = {}
            for f in files:
                stems[f.stem] = stems.get(f.stem, 0) + 1
            for f in files:
                did = f.stem if stems[f.stem] == 1 else f.relative_to(p).with_suffix("").as_posix()
                docs.append(read_document(f, did))
        elif p.exists() or p.is_symlink():  # a dangling link or a loop: read_document says which
            docs.append(read_document(p))
        else:
            docs.append(Document(p.stem or raw, raw, None, error="no such file or folder"))
    return docs
