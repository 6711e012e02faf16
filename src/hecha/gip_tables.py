"""The standard table of a 政府信息公开工作年度报告 (收到和处理政府信息公开申请情况), however a page left it.

Every such report fills in one national template: its rows are 一、本年新收政府信息公开申请数量, 二、上年结转…,
the outcomes of 三、本年度办理结果 ((一)予以公开 … (六)其他处理 and their numbered items, then (七)总计) and
四、结转下年度继续办理; its columns are the applicants (自然人, five kinds of 法人或其他组织) and 总计. Pages
flatten it in every way (pipe rows with a misaligned multi-row header, a cell a line, blank cells
dropped), which layout alone cannot read; the template's own row labels can. A row's cells are read
only when it holds exactly seven numbers (with blank cells dropped its columns are unknown).

The tables this module returns join tables.find_tables (they replace what the layout reading made of
the same lines); the header names the columns, so the number grammar reads the cells as counts and
the total column is checked as any 总计 column is (structures/table.py), as are the template's other
identities: the 总计 row and the balance the template states (第一项加第二项之和，等于第三项加第四项之和).
The table of 行政复议 and 行政诉讼 over 政府信息公开 (one row: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 for
行政复议, for suits without review and for suits after review) is read as its fifteen numbers after its
header's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .tables import Cell, Table

COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
# 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况: one row of three blocks of five
OUTCOMES = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
BLOCKS = ("行政复议", "未经复议直接起诉", "复议后起诉")
SUITS_COLUMNS = tuple(f"{b}{o}" for b in BLOCKS for o in OUTCOMES)
_SUITS_HEAD_RE = re.compile(r"结果维持")
_FIRST_ROW_RE = re.compile(r"本年新收政府信息公开申请数量")
_TOKEN_RE = re.compile(r"[^|｜\n\t]+")
_NUMBER_RE = re.compile(r"\d{1,9}")
_WORD_RE = re.compile(r"[^\s|｜]+")
_LAST_ROW_RE = re.compile(r"结转下年度")
MAX_SPAN = 6000  # characters from the first row to the last: the template is shorter than this

# the template's rows, by the words of their labels (matched on the label cell)
NEW_RE = re.compile(r"本年新收")
CARRIED_RE = re.compile(r"上年结转")
TOTAL_RE = re.compile(r"^[（(]七[）)]\s*总计|^总计$")
CARRIED_ON_RE = re.compile(r"结转下年度")


def gip_tables(text: str) -> list[Table]:
    """The template tables of `text` (none when it has no 本年新收政府信息公开申请数量 row)."""
    out = []
    pos = 0
    for m in _FIRST_ROW_RE.finditer(text):
        if m.start() < pos:
            continue
        table, pos = _read(text, m.start())
        if table is not None:
            out.append(table)
    for m in _SUITS_HEAD_RE.finditer(text, pos):
        if m.start() >= pos:
            table, pos = _read_suits(text, m.start())
            if table is not None:
                out.append(table)
    return out


def _read_suits(text: str, at: int) -> tuple[Table | None, int]:
    """The row of fifteen numbers after the header of the 行政复议、行政诉讼 table (结果维持 … 总计, three
    times); None unless exactly fifteen numbers follow the header's words."""
    numbers: list[Cell] = []
    for s, e, is_number in _words(text, at, min(len(text), at + 1500)):
        if is_number:
            numbers.append(Cell(s, e, text[s:e]))
        elif numbers:
            break  # the row has ended
    end = numbers[-1].end if numbers else at
    if len(numbers) != len(SUITS_COLUMNS):
        return None, end
    first = numbers[0].start
    header = (
        Cell(first, first, "政府信息公开行政复议、行政诉讼"),
        *(Cell(first, first, c) for c in SUITS_COLUMNS),
    )
    row = (Cell(first, first, ""), *numbers)
    return Table(header=header, rows=(row,), row_starts=(first,)), end


def _read(text: str, at: int) -> tuple[Table | None, int]:
    """The rows from the label cell holding `at` to the 结转下年度 row; (table or None, where it ends)."""
    start = max(text.rfind(c, 0, at) for c in "|｜\n\t") + 1
    rows: list[tuple[Cell, ...]] = []
    row: list[Cell] = []  # the label cell, then the numbers after it
    end = start
    for s, e, is_number in _words(text, start, min(len(text), at + MAX_SPAN)):
        word = text[s:e]
        if is_number:
            if row:
                row.append(Cell(s, e, word))
                end = e
            continue
        if len(row) > 1:
            rows.append(tuple(row))
            if _LAST_ROW_RE.search(row[0].text):
                row = []
                break  # the last row is read: what follows is not the template
        if "。" in word or len(word) > 60:
            row = []
            break  # prose: the table has ended
        row = [Cell(s, e, word)]
    if len(row) > 1:
        rows.append(tuple(row))
    # a row without seven numbers keeps its label, its cells left empty: its columns are unknown, and
    # the 总计 row's sum knows an outcome is missing
    width = len(COLUMNS) + 1
    rows = [r if len(r) == width else (r[0], *(Cell(r[0].end, r[0].end, "") for _ in COLUMNS)) for r in rows]
    if not any(NEW_RE.search(r[0].text) and not r[1].empty for r in rows):
        return None, end
    header = (Cell(start, start, "申请人情况"), *(Cell(start, start, c) for c in COLUMNS))
    return Table(header=header, rows=tuple(rows), row_starts=tuple(r[0].start for r in rows)), end


def _words(text: str, start: int, stop: int) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is a number) of each cell between bars and lines; in a cell, numbers set apart by
    spaces are cells of their own (一、本年新收…数量 3 0 0 0 0 0 3), other words join into one label."""
    for tok in _TOKEN_RE.finditer(text, start, stop):
        label: tuple[int, int] | None = None
        for w in _WORD_RE.finditer(text, tok.start(), tok.end()):
            if _NUMBER_RE.fullmatch(w.group()):
                if label is not None:
                    yield label[0], label[1], False
                    label = None
                yield w.start(), w.end(), True
            else:
                label = (label[0] if label else w.start(), w.end())
        if label is not None:
            yield label[0], label[1], False
