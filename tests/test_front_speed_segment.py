"""segment.segment (blocks from one split of the text, the paragraph's ends tracked as it grows)
gives what the plain code gave (kept here as the reference)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hecha import segment as seg
from hecha.segment import Paragraph, Segmentation


def segment_plain(text: str) -> Segmentation:
    """segment as it was: a match object a line, the paragraph so far sliced and stripped."""
    blocks = [(m.start(), m.end()) for m in seg._BLOCK_RE.finditer(text) if m.group(0).strip()]
    merged: list[list[int]] = []
    heading_flags: list[bool] = []
    prev: tuple[int, int] | None = None
    for s, e in blocks:
        line = text[s:e]
        is_heading = bool(seg._HEADING_START.match(line))
        is_row = line.lstrip().startswith("|")
        is_item = line.lstrip()[:1] in seg.BULLETS
        # a short line with no clause marks, then a blank line: a title of its own
        # …or a block that ends on a figure, then a blank line, then one that opens on words: a paragraph of its own
        after_title = (
            prev is not None
            and text[prev[1] : s].count("\n") >= 2
            and (
                (
                    len(text[prev[0] : prev[1]].strip()) <= seg._TITLE_MOST
                    and not seg._CLAUSE_MARK_RE.search(text[prev[0] : prev[1]])
                )
                or (
                    bool(seg._FIGURE_END_RE.search(text[prev[0] : prev[1]].strip()))
                    and seg._opens_words(line)
                )
            )
        )
        prev = (s, e)
        if merged and not is_heading and not is_row and not is_item and not after_title:
            ps, pe = merged[-1]
            last = text[ps:pe].rstrip()
            if (
                last
                and last[-1] not in seg._CLOSERS
                and not heading_flags[-1]
                and not last.lstrip().startswith("|")
            ):
                merged[-1][1] = e
                continue
        merged.append([s, e])
        heading_flags.append(is_heading and len(line.strip()) < 60 and "。" not in line)
    paragraphs: list[Paragraph] = []
    plan = False
    section = 0
    for i, (s, e) in enumerate(merged):
        line = text[s:e]
        if seg._TOP_HEADING.match(line):
            first_line = line.split("。", 1)[0]
            plan = bool(seg._PLAN_WORDS.search(first_line))
            section += 1
        paragraphs.append(Paragraph(index=i, start=s, end=e, plan=plan, section=section))
    starts: list[int] = []
    for p in paragraphs:
        starts.append(p.start)
        for m in seg._SENT_END.finditer(text, p.start, p.end):
            if m.end() < p.end:
                starts.append(m.end())
    return Segmentation(paragraphs=paragraphs, sentence_starts=starts)


PIECES = [
    "\n",
    "\n\n",
    " ",
    "\t",
    "\u3000",
    "\r",
    "\x0b",
    "|",
    " | ",
    "一、",
    "（二）",
    "3.",
    "1、",
    "**",
    "审结25件",
    "。",
    "；",
    "！",
    "：",
    "”",
    "）",
    "》",
    "工作打算",
    "下一步",
    "存在的问题",
    "受理",
    "督",
    "促",
    "a",
    ".",
    "?",
    "●",
    "热线受理674件",
    "占22.73%",
    "投诉的主要是",
    "件",
]


@settings(max_examples=5000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_segment_as_the_plain_code_gave_it(parts: list[str]) -> None:
    text = "".join(parts)
    assert seg.segment(text) == segment_plain(text)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="\n \t\u3000|一二、（）(1.审结。；”:督●，", max_size=50))
def test_segment_on_random_characters(text: str) -> None:
    assert seg.segment(text) == segment_plain(text)


def test_heading_first_characters_are_all_the_heading_pattern_can_begin_with() -> None:
    """segment tries _HEADING_START only on a line whose first character (after spaces) is in
    _HEADING_FIRST or a digit: every other character, before any heading's rest, matches nothing."""
    rests = ["、", "一、", "二十、", "一）", "1）", "12）", "1.", "3、", "*一、", "*（一）", "*1."]
    for code in range(0x10000):
        c = chr(code)
        if c.isspace() or 0xD800 <= code < 0xE000 or c in seg._HEADING_FIRST or c.isdecimal():
            continue
        for rest in rests:
            assert seg._HEADING_START.match(c + rest) is None, (c, rest)
