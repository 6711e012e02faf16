"""Bytes to text: which encoding, and what to do with bytes that fit none.

Order: a byte-order mark decides (UTF-8, UTF-16, UTF-32); for HTML a declared charset is tried next;
then strict UTF-8, GB18030 (a superset of GBK and GB2312) and Big5. Files are decoded in chunks of
1 MiB and only the first `keep` characters are held, so a 100 MB file costs a few MB of memory.

Bad input and what happens to it:
- binary data (NUL bytes or control characters in the first 8 KiB, or a known binary signature): error;
- UTF-8 with a few invalid bytes in the middle (a damaged file, not another encoding): the bad bytes
  become U+FFFD, the rest is checked, and the document is reported as an error naming the first bad
  byte and how many there were (it was not read completely);
- a few NUL bytes inside otherwise good text: kept as U+0000 (offsets stay true), checked, with a warning;
- nothing fits: error naming the first invalid byte.
"""

from __future__ import annotations

import codecs
import io
import os
import re
from collections.abc import Callable
from typing import BinaryIO

from ..lazyre import lazy_compile
from . import Extracted

CHUNK = 1 << 20
SAMPLE = 8192
FALLBACKS = ("gb18030", "big5")

_SIGNATURES = (
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .xlsx?)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.doc/.xls)"),
)
_open = open
_CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


class _Failed(Exception):
    def __init__(self, offset: int):
        self.offset = offset


def _stream(
    open_: Callable[[], BinaryIO], encoding: str, errors: str, keep: int, skip: int = 0
) -> tuple[str, int]:
    """(the first `keep` characters, the number of characters in all). Raises _Failed(byte offset)."""
    dec = codecs.getincrementaldecoder(encoding)(errors)
    pieces: list[str] = []
    held = total = 0
    base = skip  # byte offset of the current chunk
    with open_() as fh:
        if skip:
            fh.read(skip)
        while True:
            chunk = fh.read(CHUNK)
            final = not chunk
            try:
                s = dec.decode(chunk, final)
            except UnicodeDecodeError as e:
                pending = len(e.object) - len(chunk)  # bytes held over from the chunk before
                raise _Failed(max(skip, base - pending + e.start)) from None
            total += len(s)
            if held < keep:
                pieces.append(s[: keep - held])
                held += len(pieces[-1])
            if final:
                break
            base += len(chunk)
    return "".join(pieces), total


# below 32 but not \t \n \f \r ESC NUL: counted as the bytes translate() deletes (a C loop over the sample
# without a match object each; re's findall took 13 µs on every 8 KiB sample)
_CONTROL_BYTES = bytes([*range(0x01, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
# controls but \t \n \f \r; private use
_CONTROL_CHARS = lazy_compile(r"[\x00-\x08\x0b\x0e-\x1f\ue000-\uf8ff]")


def _control_bytes(sample: bytes) -> int:
    """How many of the bytes are control bytes (_CONTROL_BYTES)."""
    return len(sample) - len(sample.translate(None, _CONTROL_BYTES))


def _bad_sample(sample: bytes) -> bool:
    """Binary: NUL bytes make up more than 1% of the first bytes, or other control bytes more than 2%."""
    if not sample:
        return False
    nul = sample.count(0)
    ctrl = _control_bytes(sample)
    return nul / len(sample) > 0.01 or ctrl / len(sample) > 0.02


def _looks_like_text(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return True
    bad = len(_CONTROL_CHARS.findall(sample))
    return bad / len(sample) < 0.01


def _finish(
    text: str, total: int, error: str | None = None, encoding: str | None = None
) -> tuple[Extracted, int]:
    warnings = []
    nul = text.count("\x00")
    if nul:
        warnings.append(f"{nul} NUL byte(s) (U+0000) in the text, kept as they are")
    return Extracted(text, error, warnings, encoding if error is None else None), total


def _decode(open_: Callable[[], BinaryIO], keep: int, html: bool = False) -> tuple[Extracted, int]:
    with open_() as fh:
        head = fh.read(SAMPLE)
    # 1. a byte-order mark decides
    for bom, enc, name in (
        (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
        (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
        (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
    ):
        if head.startswith(bom):
            try:
                return _finish(*_stream(open_, enc, "strict", keep), encoding=enc)
            except _Failed as f:
                text, total = _stream(open_, enc, "replace", keep)
                n = text.count("\ufffd")
                return _finish(
                    text,
                    total,
                    f"invalid {name} after a {name} byte-order mark at byte {f.offset}"
                    f"{f' ({n} bad sequences in all)' if n > 1 else ''}: replaced by U+FFFD, the rest was checked",
                )
    for sig, what in _SIGNATURES:
        if head.startswith(sig):
            return Extracted(None, f"binary file ({what}), not text: is the suffix right?"), 0
    if _bad_sample(head):
        what = "NUL bytes" if head.count(0) else "control bytes"
        return Extracted(None, f"binary file ({what} in the first {len(head)} bytes), not text"), 0
    # 2. a charset an HTML page declares
    if html and (m := _CHARSET_RE.search(head[:4096])):
        declared = m.group(1).decode("ascii").lower()
        declared = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}.get(declared, declared)
        try:
            codecs.lookup(declared)
            return _finish(*_stream(open_, declared, "strict", keep), encoding=declared)
        except (LookupError, _Failed):
            pass
    # 3. UTF-8, else GB18030, else Big5
    try:
        return _finish(*_stream(open_, "utf-8", "strict", keep), encoding="utf-8")
    except _Failed as f:
        utf8_fail = f.offset
    # damaged UTF-8 (a few bad bytes among plenty of good multi-byte UTF-8) is not another encoding
    with open_() as fh:
        first_bad = fh.read(utf8_fail + 1)[utf8_fail:]
    text, total, bad, good, size = _utf8_replace(open_, keep)
    if bad <= max(8, size // 1000) and good >= 20 * bad:
        return _finish(
            text,
            total,
            f"invalid UTF-8 at byte {utf8_fail} (0x{first_bad.hex()})"
            f"{f' and {bad - 1} more bad sequence(s)' if bad > 1 else ''}: replaced by U+FFFD, "
            "the rest was checked",
        )
    for enc in FALLBACKS:
        try:
            text, total = _stream(open_, enc, "strict", keep)
        except _Failed:
            continue
        if _looks_like_text(text):
            return _finish(text, total, encoding=enc)
    return Extracted(
        None,
        f"cannot decode as UTF-8 (invalid byte 0x{first_bad.hex()} at offset {utf8_fail}), GB18030 or Big5",
    ), 0


def _utf8_replace(open_: Callable[[], BinaryIO], keep: int) -> tuple[str, int, int, int, int]:
    """UTF-8 with bad sequences replaced: (the first `keep` characters, characters in all, bad
    sequences, good non-ASCII characters, bytes). A damaged UTF-8 file has at most 1 bad sequence in
    1000 bytes (at least 8 allowed) and 20 times as many good multi-byte characters as bad ones."""
    dec = codecs.getincrementaldecoder("utf-8")("replace")
    pieces: list[str] = []
    held = total = size = bad = good = 0
    with open_() as fh:
        while True:
            chunk = fh.read(CHUNK)
            s = dec.decode(chunk, not chunk)
            size += len(chunk)
            total += len(s)
            n_bad = s.count("\ufffd")
            bad += n_bad
            good += len(s) - len(s.encode("ascii", "ignore")) - n_bad
            if held < keep:
                pieces.append(s[: keep - held])
                held += len(pieces[-1])
            if not chunk:
                break
    return "".join(pieces), total, bad, good, size


IN_MEMORY = 1 << 20  # a file this small is read once and decoded from memory


def _read_up_to(fh: BinaryIO, n: int) -> bytes:
    """What fh.read(n) returns, asked first for the bytes the file's size says are left: a read of n
    bytes allocates all n (1 MiB here) before it shrinks to what came, 15 µs of the 25 a 5 KB report's
    read took. A file that grew since is read on to n as before; a stream with no size is read as it is."""
    try:
        left = os.fstat(fh.fileno()).st_size - fh.tell()
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return fh.read(n)
    if not 0 <= left < n - 1:
        return fh.read(n)
    data = fh.read(left + 1)
    if len(data) <= left:
        return data  # the end of the file: read(n) would have stopped there too
    return data + fh.read(n - len(data))


def decode_file(fh: BinaryIO, keep: int) -> tuple[Extracted, int]:
    """(the first `keep` characters of an open file as text, or why not; the number of characters in
    all). Each decoding step reads the file again from the start, through its own descriptor."""
    data = _read_up_to(fh, IN_MEMORY + 1)
    if len(data) <= IN_MEMORY:  # most reports: one read instead of one per decoding step
        return _decode(lambda: io.BytesIO(data), keep)

    def reopen() -> BinaryIO:
        again = _open(os.dup(fh.fileno()), "rb")  # shares the offset: rewind it, close only the copy
        again.seek(0)
        return again

    return _decode(reopen, keep)


def decode_bytes(data: bytes, html: bool = False, keep: int | None = None) -> Extracted:
    ex, _ = _decode(lambda: io.BytesIO(data), keep if keep is not None else len(data) + 1, html)
    return ex
