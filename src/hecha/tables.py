"""Tables in report text: pipe tables (| 项目 | 受理（件） | 审结（件） |) and tables flattened one cell
per line, as PDF converters leave them (项目 / 受理（件） / 审结（件） / 区政府 / 35 / 25 …).

Cells of a table often hold bare numbers whose unit and meaning are in the column header. The number
grammar reads such cells as quantities with the header's unit, and extraction takes the header as the
figure's cue and the row's first cell as its topic. Each row is its own paragraph, so rules bind the
figures of one row together. Offsets are those of the original text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

_ROW_RE = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_SEP_RE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*\|?[ \t]*$")
_UNIT_IN_HEADER = re.compile(r"[（(]([^()（）]{1,4})[）)]\s*$")


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Table:
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    row_starts: tuple[int, ...]  # where each body row's line begins

    def unit_of(self, col: int) -> str | None:
        """The unit a column's header gives its bare numbers: 受理（件） → 件, 纠错率 → %."""
        if col >= len(self.header):
            return None
        h = self.header[col].text.strip()
        m = _UNIT_IN_HEADER.search(h)
        if m:
            u = m.group(1).strip()
            return "%" if u in ("%", "％") else u
        if h.endswith("率") or "%" in h or "％" in h:
            return "%"
        return None


def _cells(text: str, start: int, end: int) -> tuple[Cell, ...]:
    line = text[start:end]
    bars = [i for i, c in enumerate(line) if c == "|"]
    out = []
    for a, b in itertools.pairwise(bars):
        raw = line[a + 1 : b]
        lead = len(raw) - len(raw.lstrip())
        s = start + a + 1 + lead
        out.append(Cell(s, s + len(raw.strip()), raw.strip()))
    return tuple(out)


_SHORT_LINE_RE = re.compile(r"^[ \t]*([^\n]{1,16}?)[ \t]*$", re.MULTILINE)
_NUMERIC_CELL_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?%?$|^\d+(?:\.\d+)?%?$")
_LABEL_CELL_RE = re.compile(r"^[^\d。，；;！？!?]{1,16}$")


def _runs(text: str, lines: list[tuple[int, int]], max_newlines: int) -> list[list[tuple[int, int]]]:
    """Group line spans into runs whose neighbours are at most `max_newlines` line breaks apart."""
    runs: list[list[tuple[int, int]]] = []
    for span in lines:
        if runs and text.count("\n", runs[-1][-1][1], span[0]) <= max_newlines:
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def _flattened(text: str) -> list[Table]:
    """Runs of short lines that read as k header labels, then rows of one label and k−1 numbers."""
    lines = [(m.start(1), m.end(1)) for m in _SHORT_LINE_RE.finditer(text) if m.group(1).strip()]
    tables: list[Table] = []
    for run in _runs(text, lines, max_newlines=2):  # short lines at most one blank line apart
        cells = [Cell(s, e, text[s:e]) for s, e in run]
        start = 0
        while start < len(cells):
            found = _table_at(cells, start)
            if found is None:
                start += 1
                continue
            tables.append(found)
            start += len(found.header) * (len(found.rows) + 1)
    return tables


def _row_ok(row: tuple[Cell, ...]) -> bool:
    return bool(_LABEL_CELL_RE.match(row[0].text)) and all(_NUMERIC_CELL_RE.match(c.text) for c in row[1:])


def _table_at(cells: list[Cell], start: int) -> Table | None:
    """The widest table whose header begins at `start`: k labels, then as many full rows as follow."""
    for k in range(8, 1, -1):
        header = tuple(cells[start : start + k])
        if len(header) < k or not all(_LABEL_CELL_RE.match(c.text) for c in header):
            continue
        rows = []
        pos = start + k
        while pos + k <= len(cells) and _row_ok(row := tuple(cells[pos : pos + k])):
            rows.append(row)
            pos += k
        if rows:
            return Table(header, tuple(rows), tuple(r[0].start for r in rows))
    return None


@lru_cache(maxsize=8)
def find_tables(text: str) -> tuple[Table, ...]:
    lines = [(m.start(), m.end()) for m in _ROW_RE.finditer(text)]
    tables: list[Table] = []
    for block in _runs(text, lines, max_newlines=1):  # pipe rows on consecutive lines
        if len(block) < 3 or not _SEP_RE.match(text[block[1][0] : block[1][1]]):
            continue
        header = _cells(text, *block[0])
        rows = tuple(_cells(text, s, e) for s, e in block[2:])
        tables.append(Table(header, rows, tuple(s for s, _ in block[2:])))
    tables.extend(_flattened(text))
    return tuple(tables)


def row_id(text: str, pos: int) -> int | None:
    """A stable paragraph id for the table row holding `pos` (rows are checked one by one)."""
    for ti, t in enumerate(find_tables(text)):
        for r, row in enumerate(t.rows):
            if row and row[0].start <= pos <= row[-1].end:
                return 1_000_000 + ti * 10_000 + r
    return None


def locate(text: str, pos: int) -> tuple[Table, int, int] | None:
    """(table, row, column) of the body cell holding `pos`, if any."""
    for t in find_tables(text):
        for r, row in enumerate(t.rows):
            for c, cell in enumerate(row):
                if cell.start <= pos < cell.end:
                    return t, r, c
    return None
