"""The normalised view of a document that every matcher reads, and the way back to the source.

Reports are mirrored in both scripts and through sites that gloss characters with pinyin
(報(bào)道, 萬(wàn)件). The view replaces full-width digits and signs, odd spaces and traditional
characters one code point for one (schemas/t2s.txt, generated from OpenCC's tables), and drops pinyin
glosses (toneless ones where a text holds several), zero-width characters, a line break between a figure
and its unit or inside a sentence of a page taken from a PDF (hard wraps) and the brackets of a counter
of times after a counter of cases or people (89件(次) reads 89件次). The number
grammar, the cues and the structures all read this one view; `Normalized.raw_span` maps any span of it
back to the characters of the source, so evidence always cites the text as written.

`normalize` is the one-for-one part alone (same length, same offsets), for callers that only match.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lazyre import lazy_compile
from .resources import data_dir
from .segment import BULLETS, HEADING_START

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
        # small-form and half-width punctuation (mirrors, PDF exports): a clause ends at ﹔ as at ；
        "﹐": "，",
        "﹑": "、",
        "﹔": "；",
        "﹕": "：",
        "﹙": "（",
        "﹚": "）",
        "｡": "。",
        "､": "、",
        "【": "（",  # (提案319件【含重点提案11件(36件提案并案)】: an aside, read as one)
        "】": "）",
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
_CHANGED = frozenset(_MAPPING)
# Most reports need no change at all. A character class finds that fastest (set(text) builds a string
# object for every character, translate copies the text), but only over the Basic Multilingual Plane:
# re tests one of astral characters by walking a list. An astral character in the text falls back to
# the set test.
_CHANGED_OR_ASTRAL = (
    "".join(re.escape(c) for c in sorted(_CHANGED) if c <= "\uffff") + "\U00010000-\U0010ffff"
)
# a pinyin gloss right after a character (報(bào)), recognised by its tone marks; zero-width characters
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# a line break a hard-wrapped report (text taken from a PDF) puts between a figure and its unit (债务总额为
# 101.72亿\n元): the view joins them
_WRAP = r"(?<=[\d万亿])[ \t]*\r?\n[ \t]*(?=[元件条项个人名起宗户次%])"
# (a fast test first: a line that opens with a unit, then the figure before the break)
_WRAP_HINT_RE = re.compile(r"\n[ \t]*[元件条项个人名起宗户次%]")
_WRAP_RE = re.compile(_WRAP)


# …inside a figure, in a report hard-wrapped at a fixed width (实际入库总额1⏎90亿元, 查补税款34⏎3亿元): the break
# after a figure's first digits, in running text, before the rest of it and its unit. Taken only where the
# line it ends is long (a wrapped line, not a table cell or a short line of its own)
_MID_WRAP_RE = re.compile(r"\n(?=\d{1,4}(?:\.\d+)?[万亿元件个人条项户%])")
_DIGITS_BEFORE_RE = lazy_compile(r"[\u4e00-\u9fff：:]\d{1,3}$")
_WRAPPED_LINE = 24  # characters of a line a hard wrap ends, at least


def _mid_wraps(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _MID_WRAP_RE.finditer(text):
        start = m.start() - 1 if text[m.start() - 1 : m.start()] == "\r" else m.start()
        line_start = text.rfind("\n", 0, start) + 1
        if start - line_start >= _WRAPPED_LINE and _DIGITS_BEFORE_RE.search(text, max(0, start - 4), start):
            out.append((start, m.end()))
    return out


# Some mirror sites gloss without tone marks (提(ti)案, 占(zhan)): a lowercase syllable in brackets after a
# character. One such bracket may be real text (报告(bao)), so they are dropped only where a text holds
# several that read as pinyin syllables (not roman numerals: 第(ii)项)
_TONELESS_RE = lazy_compile(
    r"(?<=[\u3400-\u9fff])[(（]((?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?[aeiouv]+(?:ng|n|r)?)[)）]", re.IGNORECASE
)
_TONELESS_LEAST = 3
# (a site that glosses every character, capitalised, marks each punctuation mark with "(?)": 个(Ge),(?)其(Qi)中(Zhong))
_UNGLOSSED_MARK_RE = re.compile(r"(?<=[，,。：:；;！？、])[(（]\?[)）]")


# A text taken from a PDF keeps the page's line breaks: most of its long lines are of about one width (in
# display columns: a CJK character takes two, a digit or a Latin comma one). A break after a line of nearly
# that width, not after a full stop and not before a heading, is inside a sentence (占\n比22.2%, 所\n有办结
# 案件): the view joins it
_WIDE_LEAST = 40  # display columns of a line that may be a wrapped one (20 characters)
_WIDTH_BAND = 4  # columns either side of the common width that still count as that width
_FULL_SHARE = 0.85  # a line this share of the common width, or more, is full
_FULL_LINES_LEAST = 5  # lines of the common width, at least, and
_FULL_LINES_SHARE = 0.5  # at least this share of the long lines
_LINE_ENDS = "。！？；：!?;:|\t"
# a line that opens an item of its own: a heading's number or a bullet (segment's), 第一…, or a dash
_ITEM_START_RE = re.compile(r"第[一二三四五六七八九十]+|[※\-—*]")


def _columns(line: str) -> int:
    """Display columns of a line: two for a CJK character (three bytes in UTF-8), one for ASCII."""
    if len(line) * 2 < _WIDE_LEAST:
        return len(line)  # (too short to be long whatever it holds: not encoded)
    return len(line) + (len(line.encode("utf-8", "surrogatepass")) - len(line)) // 2


def _line_wraps(raw: str) -> list[tuple[int, int]]:
    if raw.count("\n") < _FULL_LINES_LEAST:
        return []
    # (a fast test first: a wrapped page has many long lines that end in no mark at all)
    bare, last, i = 0, -1, raw.find("\n")
    while i >= 0 and bare < _FULL_LINES_LEAST:
        c = raw[i - 1] if i else "\n"
        bare += 2 * (i - last - 1) >= _WIDE_LEAST and c not in _LINE_ENDS and not c.isspace()
        last, i = i, raw.find("\n", i + 1)
    if bare < _FULL_LINES_LEAST:
        return []
    lines = raw.split("\n")
    widths = [_columns(line.rstrip("\r")) for line in lines]
    long = sorted(w for w in widths if w >= _WIDE_LEAST)
    if len(long) < _FULL_LINES_LEAST:
        return []
    # the common width: the one with most long lines within the band around it
    lo = 0
    best, width = 0, 0
    for hi, w in enumerate(long):
        while long[lo] < w - 2 * _WIDTH_BAND:
            lo += 1
        if hi - lo + 1 >= best:
            best, width = hi - lo + 1, long[(lo + hi) // 2]
    if best < _FULL_LINES_LEAST or best < _FULL_LINES_SHARE * len(long):
        return []
    out, pos = [], 0
    for k, line in enumerate(lines[:-1]):
        end = pos + len(line)  # the position of this line's newline
        body = line.rstrip("\r")
        nxt = lines[k + 1]
        # a page printed with a left margin indents every line: the next line may go on the sentence when it
        # is indented no deeper than this one (a paragraph's first line is indented deeper than the rest), unless
        # a line spaces out its cells (a table's row)
        margin = len(nxt) - len(nxt.lstrip(" "))
        rest = nxt[margin:] if body[:margin] == " " * margin and not (margin and "  " in body.strip()) else ""
        if (
            _FULL_SHARE * width <= widths[k] <= width + 2 * _WIDTH_BAND
            and body[-1] not in _LINE_ENDS
            and rest[:1].strip()
            and not _opens_an_item(rest)
            and rest[:2] != body.lstrip(" ")[:2]  # (附件1:…情况表⏎附件2:…: items of a list, each a line)
            and not (len(rest) < _WIDE_LEAST // 2 and rest.rstrip()[-1:] in "：:")  # (⏎备注:, a label's line)
        ):
            out.append((pos + len(body), end + 1 + margin))  # (a \r before the break goes with it)
        pos = end + 1
    return out


def _opens_an_item(line: str) -> bool:
    return bool(HEADING_START.match(line) or line[:1] in BULLETS or _ITEM_START_RE.match(line))


def _toneless_glosses(raw: str) -> list[tuple[int, int]]:
    # (a fast test first: brackets are few, and fewer still open on a lowercase letter)
    opened = 0
    for bracket in "(（":
        i = raw.find(bracket)
        while i >= 0 and opened < _TONELESS_LEAST:
            opened += raw[i + 1 : i + 2].isascii() and raw[i + 1 : i + 2].isalpha()
            i = raw.find(bracket, i + 1)
    if opened < _TONELESS_LEAST:
        return []
    found = [m.span() for m in _TONELESS_RE.finditer(raw) if m.group(1).strip("ivIV")]
    if len(found) < _TONELESS_LEAST:
        return []
    if any(raw[s + 1].isupper() for s, _ in found):
        found = sorted(found + [m.span() for m in _UNGLOSSED_MARK_RE.finditer(raw)])
    return found


def _wrapped(raw: str) -> bool:
    return any(_WRAP_RE.search(raw, max(0, m.start() - 4), m.end()) for m in _WRAP_HINT_RE.finditer(raw))


# a counter of times written in brackets after a counter of cases or people (同比减少89件(次), 来访1079人(次)): the
# view drops the brackets, so the figure reads in 件次 or 人次 as the same report writes it elsewhere
_TIMES = r"(?<=[件人宗户批])[(（](?=次[)）])|(?<=[件人宗户批][(（]次)[)）]"


def _bracketed_times(raw: str) -> bool:
    return "次)" in raw or "次）" in raw


# These two are compiled when a text first needs them (`_compiled`; also as module attributes): most
# reports need no change, and a class of some 3,800 characters takes milliseconds to compile
_LAZY = {
    "_CHANGED_OR_ASTRAL_RE": f"[{_CHANGED_OR_ASTRAL}]",
    "_DROP_RE": (
        rf"(?<=[\u3400-\u9fff])[(（][a-zü{_TONED}]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,5}}[)）]"
        r"|[\u200b-\u200d\u2060\ufeff]" + "|" + _WRAP + "|" + _TIMES
    ),
}
_COMPILED: dict[str, re.Pattern[str]] = {}


def _compiled(name: str) -> re.Pattern[str]:
    got = _COMPILED.get(name)
    if got is None:
        got = _COMPILED[name] = re.compile(_LAZY[name])
    return got


def __getattr__(name: str) -> re.Pattern[str]:
    if name in _LAZY:
        return _compiled(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_DROP_HINT = f"{_TONED}\u200b-\u200d\u2060\ufeff"  # none of these: nothing to drop
_DROP_HINT_RE = lazy_compile(f"[{_DROP_HINT}]")
_ANY_WORK_RE = re.compile(f"[{_CHANGED_OR_ASTRAL}{_DROP_HINT}]")  # one scan for a report that needs none


def _changes(text: str) -> bool:
    """Whether the text holds a character the view replaces."""
    m = _compiled("_CHANGED_OR_ASTRAL_RE").search(text)
    if m is None:
        return False
    return m.group() in _CHANGED or not _CHANGED.isdisjoint(text[m.start() :])


def normalize(text: str) -> str:
    """The one-for-one part of the view: same length, same offsets as `text`."""
    out = text.translate(_TABLE) if _changes(text) else text
    if "覆" in out:
        out = _REPLY_FU_RE.sub("复", out)
    if _DECIMAL_STOP_RE.search(out):
        out = _DECIMAL_STOP_RE.sub(".", out)
    assert len(out) == len(text)
    return out


# a full stop typed for a decimal point (立案率82。3%, 占8。3%): no sentence opens with a percentage's decimals
# (the literal first: scanned for it, where a lookbehind first is tried at every character)
_DECIMAL_STOP_RE = re.compile(r"。(?<=\d。)(?=\d{1,2}\s*[%％])")
# 覆 is simplified too (覆盖), but traditional text writes 答覆, 回覆, 批覆, 覆核, 覆议 for 答复…复议: in a word
_REPLY_FU_RE = lazy_compile(r"(?<=[答回批])覆|覆(?=[核议审查信])")


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
        e = self.raw_offset(end - 1) + 1
        if self.raw[e : e + 1] in (")", "）") and self.raw_offset(end) > e:
            e += 1  # (89件(次): the bracket the view dropped after the span closes one the span holds)
        return self.raw_offset(start), e


def normalize_document(raw: str) -> Normalized:
    # (the view has the raw text's offsets up to the drops: these are found once, on either)
    mid = _mid_wraps(raw) + _toneless_glosses(raw) + _line_wraps(raw)
    # (drops the character hints below do not find)
    unhinted = bool(mid) or _wrapped(raw) or _bracketed_times(raw)
    if not unhinted and _ANY_WORK_RE.search(raw) is None and _DECIMAL_STOP_RE.search(raw) is None:
        return Normalized(raw, raw)
    view = normalize(raw)
    if not unhinted and _DROP_HINT_RE.search(raw) is None:
        return Normalized(raw, view)
    drop = _compiled("_DROP_RE")
    spans = sorted([m.span() for m in drop.finditer(view)] + mid)
    if not spans:
        return Normalized(raw, view)
    parts: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    last = dropped = kept = 0
    for start, end in spans:
        if start < last:
            continue  # (one break both readings drop)
        parts.append(view[last:start])
        kept += start - last
        dropped += end - start
        cuts.append(kept)
        shifts.append(dropped)
        last = end
    parts.append(view[last:])
    return Normalized(raw, "".join(parts), tuple(cuts), tuple(shifts))
