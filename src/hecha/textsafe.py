"""Names and messages that came from outside, made safe to show.

File names on Linux are bytes: Python hands the ones that are not UTF-8 over with lone surrogates
(`bad\\xff.txt` becomes 'bad\\udcff.txt'), which no report can encode. `display_path` spells those
bytes as `\\xff`, so the report stays valid UTF-8 and still says which file it was. `for_terminal`
also escapes control characters, which in a file name or a cell could move the cursor, recolour or
clear a reviewer's terminal (`\\x1b[2J`), or hide text (bidirectional overrides).
"""

from __future__ import annotations

import os
import re

_SURROGATE = re.compile(r"[\ud800-\udfff]")
# C0 and C1 controls but tab and newline handled apart; bidirectional embeddings, overrides and isolates
_TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def display_path(path: str) -> str:
    """`path` as text any encoder accepts: bytes that were not UTF-8 spelled `\\xNN`."""
    if not _SURROGATE.search(path):
        return path
    try:
        raw = os.fsencode(path)  # the bytes the name was decoded from
    except UnicodeEncodeError:  # a surrogate that did not come from a file name (a JSON \ud800)
        raw = path.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")


def _escape(m: re.Match[str]) -> str:
    c = ord(m.group(0))
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def for_terminal(text: str) -> str:
    """One line for stderr: surrogates and control characters escaped, line breaks shown as \\n."""
    text = display_path(text) if _SURROGATE.search(text) else text
    text = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", " ")
    return _TERMINAL_UNSAFE.sub(_escape, text)
