"""The normalised view of a document that every matcher reads, and the way back to the source.

Reports are mirrored in both scripts and through sites that gloss characters with pinyin
(報(bào)道, 萬(wàn)件). The view replaces full-width digits and signs, odd spaces and traditional
characters one code point for one (schemas/t2s.txt, generated from OpenCC's tables), and drops pinyin
glosses and zero-width characters. The number grammar, the cues and the structures all read this one
view; `Normalized.raw_span` maps any span of it back to the characters of the source, so evidence
always cites the text as written.

`normalize` is the one-for-one part alone (same length, same offsets), for callers that only match.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

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


T2S = _load_t2s()
_MAPPING = {k: v for k, v in {**T2S, **_FULLWIDTH}.items() if k != v}
_TABLE = str.maketrans(_MAPPING)
# most reports need no change at all: a set test finds that far faster than translate copies the text
# (or than a regex character class of four thousand characters scans it)
_CHANGED = frozenset(_MAPPING)
# a pinyin gloss right after a character (報(bào)), recognised by its tone marks; zero-width characters
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_DROP_RE = re.compile(
    rf"(?<=[\u3400-\u9fff])[(（][a-zü{_TONED}]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,5}}[)）]|[\u200b-\u200d\u2060\ufeff]"
)
_DROP_HINT = frozenset(_TONED + "\u200b\u200c\u200d\u2060\ufeff")  # none of these: nothing to drop


def normalize(text: str, chars: frozenset[str] | set[str] | None = None) -> str:
    """The one-for-one part of the view: same length, same offsets as `text` (`chars`: its set of
    characters, when the caller has it)."""
    if _CHANGED.isdisjoint(chars if chars is not None else set(text)):
        return text
    out = text.translate(_TABLE)
    assert len(out) == len(text)
    return out


@dataclass(frozen=True)
class Normalized:
    """The view (`text`) of a source text (`raw`) and where the view dropped characters."""

    raw: str
    text: str
    cuts: tuple[int, ...] = ()  # view offsets just after a dropped stretch, ascending
    shifts: tuple[int, ...] = ()  # characters dropped up to each cut, in all

    @property
    def same_offsets(self) -> bool:
        return not self.cuts

    def raw_offset(self, i: int) -> int:
        """The source offset of view offset `i` (a character after a dropped gloss maps past it)."""
        k = bisect.bisect_right(self.cuts, i) - 1
        return i + self.shifts[k] if k >= 0 else i

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of a view span: a gloss inside it is kept, one just outside is not."""
        if end <= start:
            s = self.raw_offset(start)
            return s, s
        return self.raw_offset(start), self.raw_offset(end - 1) + 1


def normalize_document(raw: str) -> Normalized:
    chars = set(raw)  # one pass over the text answers both questions for most reports
    view = normalize(raw, chars)
    if _DROP_HINT.isdisjoint(chars) or _DROP_RE.search(view) is None:
        return Normalized(raw, view)
    parts: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    last = dropped = kept = 0
    for m in _DROP_RE.finditer(view):
        parts.append(view[last : m.start()])
        kept += m.start() - last
        dropped += m.end() - m.start()
        cuts.append(kept)
        shifts.append(dropped)
        last = m.end()
    parts.append(view[last:])
    return Normalized(raw, "".join(parts), tuple(cuts), tuple(shifts))
