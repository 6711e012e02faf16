"""Read inputs into Documents: files, folders (recursively), or `-` for stdin.

Formats (see formats/): .txt and .md (a BOM decides — UTF-8, UTF-16, UTF-32 — else UTF-8, GB18030,
Big5), .docx, .pdf (its text layer) and .html/.htm (the article text). A folder is searched for all
of them. A file that cannot be read becomes a Document with `error` set: the run goes on and the file
still appears in the report; one read only in part (damaged bytes, too long) carries the text that was
read and an error saying what was not. Warnings that do not stop the check go to `meta["warnings"]`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

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


def _wanted_entry(e: os.DirEntry[str]) -> bool:
    """`_wanted` for a directory entry, from the type the listing already gave (no stat per file)."""
    if PurePath(e.name).suffix.lower() not in TEXT_SUFFIXES:
        return False
    try:
        return e.is_symlink() or not e.is_dir()
    except OSError:  # as Path.is_dir, which reads an error as "not a folder"
        return True


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
    orders Paths), without holding the whole tree: one directory listing at a time. Iterative, so a
    hostile tree nested deeper than Python's recursion limit is walked too. A folder that cannot be
    listed is yielded itself, and reported as "cannot list folder: …" rather than silently left out."""
    top = _listing(folder)
    if top is None:
        yield str(folder)
        return
    pending = [iter(top)]
    while pending:
        e = next(pending[-1], None)
        if e is None:
            pending.pop()
            continue
        if _wanted_entry(e):
            yield e.path
        try:
            is_dir = e.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            sub = _listing(Path(e.path))
            if sub is None:
                yield e.path
            else:
                pending.append(iter(sub))


def _listing(folder: Path) -> list[os.DirEntry[str]] | None:
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError:
        return None


def iter_sources(paths: list[str]) -> Iterator[Source]:
    """Every input as a Source, lazily: a folder is listed one directory at a time and no file is read.
    A folder is walked twice (first to count file stems, which decides the doc ids), never held."""
    for raw in paths:
        if raw == "-":
            yield Source("stdin", "-", read_stdin_document(sys.stdin.buffer.read()))
            continue
        p = Path(raw)
        if p.is_dir():
            shared = _shared_stems(p)
            for f in _walk_lazy(p):
                fp = Path(f)
                did = fp.relative_to(p).with_suffix("").as_posix() if fp.stem in shared else fp.stem
                yield Source(did, f)
        elif p.exists() or p.is_symlink():  # a dangling link or a loop: read_document says which
            yield Source(p.stem, str(p))
        else:
            yield Source(
                p.stem or raw, raw, Document(p.stem or raw, raw, None, error="no such file or folder")
            )


_STEM_BITS = 1 << 22  # two bitmaps of 512 KiB: the memory of a folder walk, whatever its size


def _shared_stems(folder: Path) -> set[str]:
    """The file stems that occur more than once under `folder` (those documents are named by their
    relative path), in constant memory for big folders: the first walk marks each stem's hash in a
    bitmap (and in a second one when it was already marked); only stems whose mark recurs — the
    shared ones and a few that merely collide — are then collected as text and counted exactly."""
    seen, again = bytearray(_STEM_BITS // 8), bytearray(_STEM_BITS // 8)
    recurring = False
    for f in _walk_lazy(folder):
        h = hash(Path(f).stem) % _STEM_BITS
        byte, bit = h >> 3, 1 << (h & 7)
        if seen[byte] & bit:
            again[byte] |= bit
            recurring = True
        seen[byte] |= bit
    if not recurring:
        return set()
    del seen
    counts: dict[str, int] = {}
    for f in _walk_lazy(folder):
        stem = Path(f).stem
        h = hash(stem) % _STEM_BITS
        if again[h >> 3] & (1 << (h & 7)):
            counts[stem] = counts.get(stem, 0) + 1
    return {stem for stem, n in counts.items() if n > 1}


def iter_documents(paths: list[str]) -> Iterator[Document]:
    """Every input as a Document, each file read only when its turn comes (see `collect`)."""
    for src in iter_sources(paths):
        yield src.read()
