"""Text out of every supported input format, with what went wrong said plainly.

    .txt .md      decode.py: BOM (UTF-8, UTF-16), else UTF-8, GB18030/GBK, Big5; streamed in chunks
    .docx         docx.py:   body paragraphs and table rows, in order (python-docx)
    .pdf          pdf.py:    the text layer, page by page (pypdf); no text layer is an error
    .html .htm    html.py:   the article text, without navigation, menus, share bars and footers

Every reader returns an `Extracted`: the text (offsets in the report are into exactly this string),
an error when the file could not be read — or could be read only in part, in which case the text that
was read is still checked and the document is reported with status "error" — and warnings that do
not stop the check (stray NUL bytes, say), which go into the report as `meta.warnings`.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..safeopen import NotRegularFile, file_kind, open_regular
from ..textsafe import display_path

# A document longer than this is checked up to here (at a paragraph or sentence end when there is one
# near) and reported as an error saying how much was left unchecked: the largest real reports are
# about 50 000 characters, and checking takes seconds per 100 000 characters.
MAX_CHARS = 500_000
# Checking slows down with the square of a sentence's length, and real sentences are shorter than
# 2 000 characters: text past a stretch this long without a sentence end or line break (a lost-newline
# export of digits, a spam page) is not checked, and the document is reported as an error saying where.
MAX_RUN = 10_000
# anchored after a break (or at the start), so each stretch is scanned once: linear in the text
_RUN_RE = re.compile(rf"(?:^|(?<=[。！？；;!?\n]))[^。！？；;!?\n]{{{MAX_RUN + 1},}}")

# An HTML page is read up to this size (real ones are under 1 MiB; the article text of more would be
# past MAX_CHARS anyway), so a huge page costs bounded memory and parsing time.
MAX_HTML_BYTES = 32 << 20

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, ".docx", ".pdf", *HTML_SUFFIXES)


@dataclass
class Extracted:
    text: str | None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None  # the codec that decoded the whole text (set by decode.py, else None)


class FormatError(Exception):
    """The file is not what its suffix says, or holds no text."""


def _cut_at_safe_place(text: str, limit: int) -> int:
    """An offset at most `limit` where no figure is split (a digit, letter, 汉字 numeral or decimal
    point never ends the kept part)."""
    cut = limit
    while cut > 0 and (text[cut - 1].isalnum() or text[cut - 1] in ".．,，%％"):
        cut -= 1
    return cut if cut > limit // 2 else limit


def _cap(ex: Extracted, total_chars: int | None = None, more: bool = False) -> Extracted:
    """Cut a text longer than MAX_CHARS at a line or sentence end near the limit, or a text with a
    stretch of more than MAX_RUN characters without a break inside that stretch; say so as the error.
    `more`: the reader stopped before the end (the text goes on past what it returned)."""
    if ex.text is None:
        return ex
    total = total_chars if total_chars is not None else len(ex.text)
    run = _RUN_RE.search(ex.text, 0, MAX_CHARS + MAX_RUN + 1)
    if run is not None and run.start() + MAX_RUN < min(total, MAX_CHARS):
        cut = _cut_at_safe_place(ex.text, run.start() + MAX_RUN)
        # the stretch may go on past what was searched (or, for a large file, what was kept)
        open_ended = (more or run.end() < total) and run.end() == min(len(ex.text), MAX_CHARS + MAX_RUN + 1)
        of = f"more than {total}" if more else f"{total}"
        msg = (
            f"{'at least ' if open_ended else ''}{run.end() - run.start()} characters "
            f"without a sentence end or line break from character {run.start()}; only the first {cut} "
            f"of {of} characters were checked (hecha checks at most {MAX_RUN} characters without a break)"
        )
        return Extracted(ex.text[:cut], msg if ex.error is None else f"{ex.error}; {msg}", ex.warnings)
    if total <= MAX_CHARS:
        return ex
    head = ex.text[:MAX_CHARS]
    cut = max(head.rfind("\n"), head.rfind("。"), head.rfind("；"))
    if cut < MAX_CHARS * 0.9:  # no break near the limit: cut where no number can be split
        cut = _cut_at_safe_place(head, len(head)) - 1
    head = head[: cut + 1]
    msg = (
        f"too long: {'more than ' if more else ''}{total} characters; only the first {len(head)} were "
        f"checked (hecha checks at most {MAX_CHARS} characters of one document)"
    )
    return Extracted(head, msg if ex.error is None else f"{ex.error}; {msg}", ex.warnings)


def _size(n: int) -> str:
    return f"{n >> 20} MiB" if n >= 1 << 20 else f"{n} bytes"


def _no_text(ex: Extracted, what: str) -> Extracted:
    if ex.text is not None and ex.error is None and not ex.text.strip():
        return Extracted(None, f"{what}: nothing to check", ex.warnings)
    return ex


def _regular_file_error(path: Path) -> str | None:
    """Why `path` cannot be read as a file, checked before opening it (a FIFO would block for ever,
    and opening some devices has side effects)."""
    try:
        st = os.stat(path)
    except OSError as e:
        if os.path.islink(path):
            if e.errno == 40:  # ELOOP
                return "symbolic link loop"
            target = display_path(os.readlink(path))
            return f"dangling symbolic link (target {target!r} does not exist)"
        return f"cannot read file: {e.strerror or e}"
    if stat.S_ISDIR(st.st_mode):
        try:
            with os.scandir(path):
                pass
        except OSError as e:
            return f"cannot list folder: {e.strerror or e}"
        return "is a folder, not a file"
    if not stat.S_ISREG(st.st_mode):
        return str(NotRegularFile(file_kind(st.st_mode)))
    return None


def read_path(path: Path) -> Extracted:
    """The text of one file, by its suffix (anything not .docx/.pdf/.html/.htm is read as text)."""
    err = _regular_file_error(path)
    if err is not None:
        return Extracted(None, err)
    suffix = path.suffix.lower()
    try:
        # opened non-blocking and checked again on the descriptor: a swap since the stat cannot hang
        with open_regular(path) as fh:
            return _read_open(fh, suffix)
    except FormatError as e:
        return Extracted(None, str(e))
    except ImportError as e:
        return Extracted(None, f"{suffix} files need the optional extra: pip install 'hecha[docs]' ({e})")
    except NotRegularFile as e:
        return Extracted(None, str(e))
    except OSError as e:
        return Extracted(None, f"cannot read file: {e.strerror or e}")


def _read_open(fh: BinaryIO, suffix: str) -> Extracted:
    if suffix == ".docx":
        from .docx import read_docx

        docx = read_docx(fh, MAX_CHARS + MAX_RUN + 1)
        return _cap(_no_text(Extracted(docx.text, docx.error), "no text in the document"), more=docx.more)
    if suffix == ".pdf":
        from .pdf import read_pdf

        pdf = read_pdf(fh, MAX_CHARS + MAX_RUN + 1)
        return _cap(Extracted(pdf.text, pdf.error), more=pdf.more)
    if suffix in HTML_SUFFIXES:
        from .decode import decode_bytes
        from .html import html_to_text

        data = fh.read(MAX_HTML_BYTES + 1)
        cut = None
        if len(data) > MAX_HTML_BYTES:
            # end before a tag or after a line: never inside a character in UTF-8, GB18030 or Big5
            end = max(data.rfind(b"<", 0, MAX_HTML_BYTES), data.rfind(b"\n", 0, MAX_HTML_BYTES) + 1)
            data = data[: end if end > 0 else MAX_HTML_BYTES]
            cut = f"larger than {_size(MAX_HTML_BYTES)}: only its first {len(data)} bytes were read"
        raw = decode_bytes(data, html=True)
        if raw.text is None:
            return raw
        error = "; ".join(e for e in (raw.error, cut) if e) or None
        return _cap(_no_text(Extracted(html_to_text(raw.text), error, raw.warnings), "no article text"))
    from .decode import decode_file

    ex, total = decode_file(fh, MAX_CHARS)
    size = os.fstat(fh.fileno()).st_size
    return _cap(_no_text(ex, "empty file" if size == 0 else "only blank space"), total)


def read_bytes(data: bytes) -> Extracted:
    """Text from bytes already in hand (stdin), decoded like a .txt file."""
    from .decode import decode_bytes

    ex = decode_bytes(data)
    return _cap(_no_text(ex, "empty input" if not data else "only blank space"))
