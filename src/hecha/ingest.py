"""Read inputs into Documents: files, folders (recursively), or `-` for stdin.

Decoding: a BOM decides (UTF-8, UTF-16); otherwise strict UTF-8, then GB18030 (a superset of GBK),
then Big5. A file that none of them decodes, or that looks binary, becomes a Document with `error`
set: the run goes on and the file still appears in the report.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
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
    docs: list[Document] = []
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            text, err = decode(data)
            docs.append(Document("stdin", "-", text, error=err))
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
        elif p.exists():
            docs.append(read_document(p))
        else:
            docs.append(Document(p.stem or raw, raw, None, error="no such file or folder"))
    return docs
