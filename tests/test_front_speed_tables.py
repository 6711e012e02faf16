"""tables._short_line_runs tries _SHORT_LINE_RE only at lines it can match (short ones, or ones that
begin or end with a space or a tab) and finds what trying it at every line start found."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hecha import tables
from hecha.segment import line_starts


def short_line_runs_plain(text: str) -> list[list[tables.Cell]]:
    found = (tables._SHORT_LINE_RE.match(text, i) for i in line_starts(text))
    cells = [
        tables.Cell(m.start(1), m.end(1), m.group(1)) for m in found if m is not None and m.group(1).strip()
    ]
    runs: list[list[tables.Cell]] = []
    for c in cells:
        if "|" in c.text:
            continue
        if runs and text.count("\n", runs[-1][-1].end, c.start) <= 2:
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


PIECES = [
    "\n",
    "\n\n",
    " ",
    "\t",
    "  ",
    "\u3000",
    "\r",
    "|",
    "受理（件）",
    "12",
    "3,509",
    "合计",
    "序号",
    "审结案件数量",
    "全年共受理行政复议申请案件",
    "。",
    "abcdefghij",
    "一二三四五六七八九十",
]


@settings(max_examples=5000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_short_line_runs_as_trying_every_line_start_gave_them(parts: list[str]) -> None:
    text = "".join(parts)
    assert tables._short_line_runs(text) == short_line_runs_plain(text)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="\n \t\u3000ab受理12，。|", max_size=80))
def test_short_line_runs_on_random_characters(text: str) -> None:
    assert tables._short_line_runs(text) == short_line_runs_plain(text)
