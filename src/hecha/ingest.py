"""Read inputs into Documents: files, folders (recursively), or `-` for stdin.

Formats (see formats/): .txt and .md (a BOM decides — UTF-8, UTF-16, UTF-32 — else UTF-8, GB18030,
Big5), .docx, .pdf (its text layer) and .html/.htm (the article text). A folder is searched for all
of them. A file that cannot be read becomes a Document with `error` set: the run goes on and the file
still appears in the report; one read only in part (damaged bytes, too long) carries the text that was
read and an error saying what was not. Warnings that do not stop the check go to `meta["warnings"]`.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from .formats import HTML_SUFFIXES, SUPPORTED_SUFFIXES, read_bytes, read_path
from .formats.decode import decode_bytes
from .model import Document
from .safeopen import open_regular
from .textsafe import display_path

TEXT_SUFFIXES = SUPPORTED_SUFFIXES  # kept for callers: every suffix a folder is searched for


class InputError(Exception):
    pass


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) when the bytes decode completely (see formats/decode.py), else (None, reason)."""
    ex = decode_bytes(data)
    return (ex.text, None) if ex.error is None else (None, ex.error)


def read_document(path: Path, doc_id: str | None = None) -> Document:
    shown = display_path(str(path))  # a name that is not UTF-8 is reported with its bytes escaped
    did = doc_id or display_path(path.stem)
    try:
        ex = read_path(path)
    except Exception as e:  # a reader's bug must not stop the run: this file's error
        return Document(did, shown, None, error=f"internal error while reading: {type(e).__name__}: {e}")
    meta: dict[str, object] = {"warnings": ex.warnings} if ex.warnings else {}
    return Document(did, shown, ex.text, error=ex.error, meta=meta)


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


@dataclass(unsafe_hash=True)  # (made per document: frozen sets each field through object.__setattr__)
class Source:
    """One input, not yet read: a file to read when its turn comes (small and picklable, so a worker
    process can read it), or a Document already in hand (stdin, a missing path)."""

    doc_id: str
    path: str  # as the report shows it (display_path)
    document: Document | None = None
    fs_path: str | None = None  # the name to open, when it is not `path` (a name that is not UTF-8)

    def read(self) -> Document:
        if self.document is not None:
            return self.document
        doc = read_document(Path(self.fs_path or self.path), self.doc_id)
        doc.path = self.path
        return doc


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


@dataclass(unsafe_hash=True)  # (made per document: frozen sets each field through object.__setattr__)
class _Entry:
    """A path to read, as found: `rel` is its path inside the folder argument it was found in."""

    fs: str
    rel: str | None = None

    def key(self, level: int) -> str:
        """Candidate doc ids, shortest first: 0 the stem; 1 the path inside its folder argument (for a
        file named on the command line: the path as given) without the suffix; 2 the path as given
        without the suffix; 3 with it. A document gets the first one no other input shares, so ids are
        unique across all PATH arguments (x.txt in two folders, x.txt beside x.md)."""
        if self.fs == "-":
            return ("stdin", "stdin", "stdin", "-")[level]
        shown = display_path(self.fs)
        p = PurePath(shown)
        if level == 0:
            return p.stem or shown or "(empty path)"
        if level == 3:
            return p.as_posix()
        inner = PurePath(display_path(self.rel)) if self.rel is not None and level == 1 else p
        try:
            return inner.with_suffix("").as_posix()
        except ValueError:  # no name to take a suffix from ("/", "..")
            return inner.as_posix()


def _entries(paths: list[str]) -> Iterator[_Entry]:
    for raw in paths:
        if raw != "-" and raw and Path(raw).is_dir():
            for f in _walk_lazy(Path(raw)):
                yield _Entry(f, os.path.relpath(f, raw))
        else:
            yield _Entry(raw)


def iter_sources(paths: list[str], notice: Callable[[str], None] | None = None) -> Iterator[Source]:
    """Every input as a Source, lazily: a folder is listed one directory at a time and no file is read
    (but for a peek at .md and .html files found in folders: hecha's own reports are skipped, with a
    `notice`). Folders are walked two or four times (to find which doc ids recur), never held."""
    ids = _DocIds(lambda: _entries(paths))
    for e in _entries(paths):
        did = ids.of(e)
        if e.fs == "-":
            yield Source(did, "-", read_stdin_document(sys.stdin.buffer.read()))
            continue
        shown = display_path(e.fs)
        fs = None if shown == e.fs else e.fs
        p = Path(e.fs)
        if e.rel is not None:
            if _own_output(p):
                if notice is not None:
                    notice(f"{shown}: skipped: a report written by hecha, not an input")
                continue
            yield Source(did, shown, fs_path=fs)
        elif not e.fs:
            yield Source(did, "", Document(did, "", None, error="empty path: nothing to check"))
        elif p.exists() or p.is_symlink():  # a dangling link or a loop: read_document says which
            yield Source(did, shown, fs_path=fs)
        else:
            yield Source(did, shown, Document(did, shown, None, error="no such file or folder"))


_STEM_BITS = 1 << 22  # bitmaps of 512 KiB: the memory of a folder walk, whatever its size


class _Marks:
    """Which keys occur more than once among many, in constant memory: each key marks two bits of a
    bitmap, from two parts of its hash (and the same two of a second bitmap when both were marked
    already); only keys whose marks recur — the shared ones and a few that merely collide — are then
    counted exactly, as text. (With one bit a key, two of 2,000 unique stems collide in a third of
    runs, and each such run walks its folders three more times; with two, in one in a few hundred.)"""

    def __init__(self) -> None:
        self.seen, self.again = bytearray(_STEM_BITS // 8), bytearray(_STEM_BITS // 8)
        self.recurring = False

    @staticmethod
    def _bits(key: str) -> tuple[int, int]:
        h = hash(key)
        return h % _STEM_BITS, (h // _STEM_BITS) % _STEM_BITS

    def mark(self, key: str) -> None:
        seen = self.seen
        a, b = self._bits(key)
        if seen[a >> 3] & (1 << (a & 7)) and seen[b >> 3] & (1 << (b & 7)):
            self.again[a >> 3] |= 1 << (a & 7)
            self.again[b >> 3] |= 1 << (b & 7)
            self.recurring = True
        seen[a >> 3] |= 1 << (a & 7)
        seen[b >> 3] |= 1 << (b & 7)

    def maybe_shared(self, key: str) -> bool:
        again = self.again
        a, b = self._bits(key)
        return bool(again[a >> 3] & (1 << (a & 7)) and again[b >> 3] & (1 << (b & 7)))


class _DocIds:
    """The doc id of every entry (see _Entry.key), decided exactly in constant memory: one walk when
    no stem recurs, else three (marks of every level, then exact counts of the marked keys)."""

    LEVELS = 4

    def __init__(self, entries: Callable[[], Iterator[_Entry]]):
        self.shared: list[set[str]] = [set() for _ in range(self.LEVELS)]
        self.repeats: dict[str, int] = {}  # the same path given twice: told apart by order
        first = _Marks()
        for e in entries():
            first.mark(e.key(0))
        if not first.recurring:
            return  # every stem is unique: the common case, one walk
        deeper = [first] + [_Marks() for _ in range(1, self.LEVELS)]
        for e in entries():
            for level in range(1, self.LEVELS):
                deeper[level].mark(e.key(level))
        counts: list[dict[str, int]] = [{} for _ in range(self.LEVELS)]
        for e in entries():
            for level, marks in enumerate(deeper):
                key = e.key(level)
                if marks.maybe_shared(key):
                    counts[level][key] = counts[level].get(key, 0) + 1
        self.shared = [{k for k, n in c.items() if n > 1} for c in counts]

    def of(self, e: _Entry) -> str:
        for level, shared in enumerate(self.shared):
            key = e.key(level)
            if key not in shared:
                return key
        n = self.repeats[key] = self.repeats.get(key, 0) + 1
        return key if n == 1 else f"{key}~{n}"


# The first bytes of hecha's own Markdown and HTML reports (report/markdown.py, report/html.py).
_OWN_MARKDOWN = ("# hecha 核查报告\n".encode(), b"# hecha anomaly report\n")
_OWN_HTML = b'<meta name="generator" content="hecha'


def _own_output(path: Path) -> bool:
    """Whether a .md or .html file found in a folder is a report hecha wrote (an output saved into
    the folder it checks must not be read back as a document on the next run)."""
    suffix = path.suffix.lower()
    if suffix not in (".md", *HTML_SUFFIXES):
        return False
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open_regular(path) as fh:
            head = fh.read(1024)
    except OSError:
        return False  # reading it will say what is wrong
    return head.startswith(_OWN_MARKDOWN) if suffix == ".md" else _OWN_HTML in head


def iter_documents(paths: list[str]) -> Iterator[Document]:
    """Every input as a Document, each file read only when its turn comes (see `collect`)."""
    for src in iter_sources(paths):
        yield src.read()
