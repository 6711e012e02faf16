"""A normalised view of a document for matching, with the same length as the original.

Every replacement is one code point for one code point, so an offset into the normalised text is the
same offset into the original: spans found on the view are spans of the source. Normalised:
full-width digits and signs, traditional characters that occur in these reports (reports are mirrored
in both scripts), and odd whitespace.
"""

from __future__ import annotations

import re

from .resources import data_dir

_FULLWIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_FULLWIDTH.update(
    {
        "％": "%",
        "．": ".",
        "\u3000": " ",
        "\xa0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "﹪": "%",
    }
)


def _load_t2s() -> dict[str, str]:
    """Traditional -> simplified pairs (schemas/t2s.txt): reports are mirrored in both scripts."""
    out: dict[str, str] = {}
    path = data_dir("schemas") / "t2s.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if len(line) == 2 and not line.startswith("#"):
            out[line[0]] = line[1]
    return out


_MAPPING = {k: v for k, v in {**_load_t2s(), **_FULLWIDTH}.items() if k != v}
_TABLE = str.maketrans(_MAPPING)
# most reports need no change at all: re finds that faster than translate copies the text
_NEEDS_CHANGE = re.compile("[" + "".join(re.escape(c) for c in sorted(_MAPPING)) + "]")


def normalize(text: str) -> str:
    """Return the matching view of `text` (same length, same offsets)."""
    if _NEEDS_CHANGE.search(text) is None:
        return text
    out = text.translate(_TABLE)
    assert len(out) == len(text)
    return out
