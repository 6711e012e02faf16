"""Paragraphs and sentences, with page breaks mended.

Reports converted from PDF break paragraphs (and words: 督\\n\\n促) at page ends. A block whose last
character is not a closing punctuation mark continues into the next block, unless the next starts
a new heading. Offsets are those of the original text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

_BLOCK_RE = re.compile(r"[^\n]+")
_CLOSERS = set("。！？；：:.!?;”」』）)】》")
_HEADING_START = re.compile(
    r"^\s*(?:\*\*)?(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d))"
)
HEADING_START = _HEADING_START  # (public: a numbered heading scopes the words under it, structures/share.py)
# the first character of a line _HEADING_START can match, after spaces (or a digit: str.isdecimal is \d)
_HEADING_FIRST = frozenset("*（(一二三四五六七八九十")
# a short line set apart by a blank line is a paragraph of its own (a title: 热线一周受理…事项674件), not the
# first half of a sentence a page break cut (a PDF's lines run the page's width)
_TITLE_MOST = 30
_CLAUSE_MARK_RE = re.compile(
    r"[，。；、,;]"
)  # (a title has none: …满意620份；基本⏎⏎满意的150份 is a wrapped line)
# a line opening with a bullet is an item of its own (●办理…提出的72件提案 / ●纠正…2355件), however it ends
BULLETS = frozenset("●○■□◆◇▲△★☆•▪►▶")
_TOP_HEADING = re.compile(r"^\s*(?:\*\*)?[一二三四五六七八九十]{1,3}[、.．]")
# _TOP_HEADING matched in place (at a paragraph's start, up to its end) rather than on a copy of it
_TOP_HEADING_AT = re.compile(_TOP_HEADING.pattern.removeprefix("^"))
_PLAN_WORDS = re.compile(
    r"工作打算|下一步|工作规划|工作计划|工作安排|主要安排|工作思路|努力方向|工作重点|工作设想|存在的不足|存在的问题|"
    r"问题和不足|不足和原因"
)
SENTENCE_END_CHARS = "。！？；;!?"
_SENT_END = re.compile("[" + re.escape(SENTENCE_END_CHARS) + "]")


@dataclass
class Paragraph:
    index: int
    start: int
    end: int
    plan: bool  # inside a section on plans or shortcomings: figures there are targets, not results
    section: int = 0  # the top-level section (一、二、…) it is in, counted from the start


@dataclass
class Segmentation:
    paragraphs: list[Paragraph]
    sentence_starts: list[int]
    para_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.para_starts = [p.start for p in self.paragraphs]

    # (both asked for thousands of times a document: no call to max)
    def paragraph_at(self, pos: int) -> Paragraph:
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return self.paragraphs[i if i > 0 else 0]

    def sentence_at(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return i if i > 0 else 0

    def sentence_span(self, idx: int, text_len: int) -> tuple[int, int]:
        s = self.sentence_starts[idx]
        e = self.sentence_starts[idx + 1] if idx + 1 < len(self.sentence_starts) else text_len
        return s, e


def line_starts(text: str) -> list[int]:
    """Where each line begins: the only places a MULTILINE ^ matches. A pattern that cannot match a
    newline finds, matched at each of them, what its finditer finds, without re trying every position."""
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


# a line that ends on a figure and its unit (22.73%, 30件), and a line that opens on words (not a unit or a mark)
_UNIT_CHARS = "件人个项条家起宗户次元"
_FIGURE_END_RE = re.compile(rf"\d(?:%|[{_UNIT_CHARS}])$")


def _opens_words(line: str) -> bool:
    first = line.lstrip()[:1]
    if first.isdecimal():  # (…结案率21.45%⏎⏎1-5月份全院共受理…: a sentence may open on its period)
        return _PERIOD_OPENING_RE.match(line.lstrip()) is not None
    return "\u4e00" <= first <= "\u9fff" and first not in _UNIT_CHARS + "万亿"


# a period a sentence opens on: 2023年, 5月份, 1-5月, 1至11月 (not a figure cut off by a page break: 35⏎⏎件)
_PERIOD_OPENING_RE = re.compile(
    r"\d{1,4}\s*(?:[-—–~～至到]\s*\d{1,2}\s*)?[年月](?:份|度|以来|[，,\u4e00-\u9fff])"
)


def segment(text: str, ends: list[int] | None = None) -> Segmentation:
    """The paragraphs and sentences of a text; `ends`, when given, is what the text's sentence ends
    (SENTENCE_END_CHARS) are found to be here: the position after each, ascending."""
    merged: list[list[int]] = []
    heading_flags: list[bool] = []
    end = -1
    # the blocks are the lines that hold more than spaces (what _BLOCK_RE finds, less the blank ones),
    # from one split of the text rather than a match object a line; of the paragraph so far, what ends
    # it is the last character of its last block, and whether it is a row its first block says
    last_char = last_line = ""
    row = False
    blank = False  # a blank line since the last block
    short = False  # the last block a short line of its own (a title, a byline)
    for line in text.split("\n"):
        s = end + 1
        e = end = s + len(line)
        if not line or line.isspace():
            blank = True
            continue
        # (a paragraph of a web page that ends on a figure, with no full stop, and a blank line: 服务类投诉30件，占投诉
        # 总量的22.73%⏎⏎投诉的主要是…; a page break cuts a sentence at a mark, or inside a figure: 35⏎⏎件)
        # (the two characters a figure's end spans, matched where they must stand: no search along the line)
        apart = blank and (
            short or (_FIGURE_END_RE.match(last_line, len(last_line) - 2) is not None and _opens_words(line))
        )
        blank = False
        words = line.strip()  # (once: its first and last characters and its length are asked for)
        short = len(words) <= _TITLE_MOST and not _CLAUSE_MARK_RE.search(line)
        is_heading = (words[0] in _HEADING_FIRST or words[0].isdecimal()) and bool(_HEADING_START.match(line))
        is_row = words[0] == "|"  # a table row is a paragraph of its own
        if (
            merged
            and not is_heading
            and not is_row
            and words[0] not in BULLETS
            and not apart
            and last_char not in _CLOSERS
            and not heading_flags[-1]
            and not row
        ):
            merged[-1][1] = e
            last_char, last_line = words[-1], words
            continue
        merged.append([s, e])
        heading_flags.append(is_heading and len(words) < 60 and "。" not in line)
        last_char, last_line = words[-1], words
        row = is_row
    paragraphs: list[Paragraph] = []
    plan = False
    section = 0
    for i, (s, e) in enumerate(merged):
        if _TOP_HEADING_AT.match(text, s, e):
            first_line = text[s:e].split("。", 1)[0]
            plan = bool(_PLAN_WORDS.search(first_line))
            section += 1
        paragraphs.append(Paragraph(i, s, e, plan, section))  # positional: cheaper to call
    starts: list[int] = []
    # after each sentence end inside a paragraph (not its last character): the ends of one scan of the
    # text (each mark is one character), those of each paragraph found by bisection
    if ends is None:
        ends = [m.end() for m in _SENT_END.finditer(text)]
    for p in paragraphs:
        starts.append(p.start)
        starts.extend(ends[bisect.bisect_right(ends, p.start) : bisect.bisect_left(ends, p.end)])
    return Segmentation(paragraphs, starts)
