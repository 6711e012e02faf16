"""Tables in report text, however a web page or a PDF converter left them:

  pipe rows        | 单位 | 收到申请（件） | 受理（件） |   (with or without a |---| line, leading bar optional)
  a cell a line    承办县区 |  总件数 |  处理中 | …     (each cell on its own line, ending in a bar)
                   承办单位  办结数  在办数 …           (short lines, often a blank line between them)

A table is read as a header (the column names) and body rows aligned to it: the row's label cell
first, then one cell per column (an empty cell where a row has none). Rows of pipes are rows as
written; a stream of one-cell lines is cut into rows at each label cell (序号 numbers before a label
are set aside). A header of several rows (自然人 | 法人或其他组织 | 总计 over 商业企业 | 科研机构 | …) is
flattened to one name a column. Where a row has fewer values than the header has names (a header cell
broken over two lines), the values are aligned to the last names.

Cells often hold bare numbers whose unit and meaning are in the column header: the number grammar
reads them with the header's unit, extraction takes the header as the figure's cue and the row's
label as its topic, and each row is a paragraph of its own so rules bind the figures of one row.
Offsets are those of the text given (the normalised view).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .textnorm import normalize

_UNIT_IN_HEADER = re.compile(r"[（(]([^()（）]{1,6})[）)]\s*$")
# 数量/批次, 金额/万元: a column's measure, then its unit after a slash
_UNIT_AFTER_SLASH = re.compile(
    r"[/／]\s*(批次|件次|人次|件|人|个|项|次|宗|起|份|家|户|名|条|吨|公斤|千克|万?元|亿元|%|％)\s*$"
)
_PIPE_LINE_RE = re.compile(r"^[^\n]*\|[^\n]*$", re.MULTILINE)
_SEP_CELL_RE = re.compile(r"^:?-{2,}:?$")
# matched at line starts only (segment.line_starts): no newline inside
_SHORT_LINE_RE = re.compile(r"^[ \t]*([^\n]{1,24}?)[ \t]*$", re.MULTILINE)
# a number cell, with a measure word when the page writes one in every cell (75件 | 16件)
NUMERIC_CELL_RE = re.compile(
    r"^[-−]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?(?:%|件|件次|人|人次|个|项|次|宗|起|份|家|名|条|万?元)?$"
)
_LABEL_CELL_RE = re.compile(
    r"^[^\d。，；;！？!?]{1,24}$|^[^。，；;！？!?]{0,6}[\u4e00-\u9fff][^。；;！？!?]{1,30}$"
)
_INDEX_HEADER_RE = re.compile(r"^(?:序号|编号|排名|名次)$")
_SENTENCE_MARK_RE = re.compile(r"[。；;！？!?]")
_ROW_MEASURES = frozenset({"数量", "件数", "人数", "金额", "占比", "比例", "比重"})
_MEASURE_SUFFIX_RE = re.compile(r"(?:数量|件数|总数|总量|数|率|比例|占比|比重|金额|得分|评分|排名)$")


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str

    @property
    def empty(self) -> bool:
        # (a dash or a slash in a cell says the row has nothing there: 流转中 | 710 | 3.92% | / | /)
        return not self.text or self.text in _PLACEHOLDERS


@dataclass(frozen=True)
class Table:
    header: tuple[Cell, ...]  # one name a column: the label column's first, then the value columns'
    rows: tuple[tuple[Cell, ...], ...]  # body rows aligned to the header; empty cells where none
    row_starts: tuple[int, ...]  # where each body row begins
    header_rows: tuple[tuple[Cell, ...], ...] = field(default=())  # the header as written

    def unit_of(self, col: int) -> str | None:
        """The unit a column's header gives its bare numbers: 受理（件） → 件, 纠错率 → %."""
        if col >= len(self.header):
            return None
        h = self.header[col].text.strip()
        m = _UNIT_IN_HEADER.search(h) or _UNIT_AFTER_SLASH.search(h)
        if m:
            u = m.group(1).strip()
            return "%" if u in ("%", "％") else u
        if h.endswith("率") or "%" in h or "％" in h or h.endswith("比例") or h.endswith("占比"):
            return "%"
        return None


def is_numeric(text: str) -> bool:
    return bool(NUMERIC_CELL_RE.match(text.replace(" ", "")))


_PLACEHOLDERS = frozenset({"/", "／", "-", "－", "—", "——", "–", "\\", "\\\\"})


def _is_label(text: str) -> bool:
    return (
        bool(text)
        and text not in _PLACEHOLDERS
        and not is_numeric(text)
        and bool(_LABEL_CELL_RE.match(text) or _MONTH_CELL_RE.match(text))
    )


_MONTH_CELL_RE = re.compile(
    r"^(?:\d{1,2}月份?|[1-4一二三四]季度)$"
)  # (1月 | 2479 | 692 | 3171: a month's row)


# --- pipe rows -------------------------------------------------------------------------------------


def _line_cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of one line of pipes; empty cells between bars are kept (they hold a column's place)."""
    line = text[start:end]
    bars = [i for i, c in enumerate(line) if c == "|"]
    bounds = [-1, *bars, len(line)]
    out = []
    for a, b in itertools.pairwise(bounds):
        raw = line[a + 1 : b]
        lead = len(raw) - len(raw.lstrip())
        s = start + a + 1 + lead
        out.append(Cell(s, s + len(raw.strip()), raw.strip()))
    # the segments before the first bar and after the last are cells only when they hold text (a / too)
    if out and not out[0].text:
        out = out[1:]
    if out and not out[-1].text:
        out = out[:-1]
    return out


def _pipe_runs(text: str) -> list[list[tuple[int, int]]]:
    """Runs of lines holding a bar, at most one blank line apart."""
    runs: list[list[tuple[int, int]]] = []
    if "|" not in text:
        return runs  # most reports: no line to look at
    for m in _PIPE_LINE_RE.finditer(text):
        if _SENTENCE_MARK_RE.search(text, m.start(), m.end()) and m.group().count("|") < 2:
            continue  # prose that happens to hold a bar
        if runs and text.count("\n", runs[-1][-1][1], m.start()) <= 2:
            runs[-1].append((m.start(), m.end()))
        else:
            runs.append([(m.start(), m.end())])
    return runs


def _tables_from_pipes(text: str) -> list[Table]:
    tables: list[Table] = []
    for run in _joined_bar_lines(text, _pipe_runs(text)):
        if _bar_lines(text, run):
            # 食品种类⏎|⏎样品抽检⏎数量/批次⏎|⏎…⏎|⏎|⏎1⏎|⏎粮食加工品⏎|⏎183408⏎|: a bar a line, the cells between them, a row
            # ending where two bars meet
            rows = _bar_line_rows(text, run[0][0], run[-1][1])
            if len(rows) >= 2:
                tables.extend(_tables_from_rows(rows))
            continue
        lines = [_line_cells(text, s, e) for s, e in run]
        if _cut_off(text, run, lines):
            lines = lines[:-1]  # (…| 榆次区局 | 188 | 81 | 105 | 174 | 9: a row the text ends inside)
        lines = [cells for cells in lines if cells and not all(_SEP_CELL_RE.match(c.text) for c in cells)]
        if not lines:
            continue
        if sum(1 for cells in lines if len([c for c in cells if not c.empty]) <= 1) * 2 > len(lines):
            stream = [c for cells in lines for c in cells]  # a cell a line: cut into rows below
            tables.extend(_tables_from_stream(stream))
        else:
            tables.extend(_tables_from_rows(lines))
    return tables


_TOTAL_ROW_LABELS = frozenset(
    {"合计", "总计", "小计"}
)  # (tables are read on the raw text: compared normalised)


def _bar_lines(text: str, run: list[tuple[int, int]]) -> bool:
    """Is a run laid out a bar a line (most of its lines a lone |)?"""
    return sum(1 for s, e in run if text[s:e].strip() == "|") * 2 > len(run)


def _joined_bar_lines(text: str, runs: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """The runs, those laid out a bar a line joined across a name of two lines (…⏎|⏎样品抽检⏎数量/批次⏎|⏎…: three
    line breaks between bars, one run more than _pipe_runs allows)."""
    out: list[list[tuple[int, int]]] = []
    for run in runs:
        if (
            out
            and _bar_lines(text, out[-1])
            and _bar_lines(text, run)
            and "\n\n" not in text[out[-1][-1][1] : run[0][0]].replace(" ", "")
            and text.count("\n", out[-1][-1][1], run[0][0]) <= 4
        ):
            out[-1].extend(run)
        else:
            out.append(run)
    return out


def _bar_line_rows(text: str, start: int, end: int) -> list[list[Cell]]:
    """The rows of a run laid out a bar a line: each cell the text between two bars (a name may take two lines:
    样品抽检⏎数量/批次, read as one), a row ending where two bars meet with nothing between; the line before the
    first bar is the header's first cell. A first column of running numbers (1, 2, 3… before each row's label)
    is set aside."""
    lead = text.rfind("\n", 0, max(0, start - 1)) + 1 if start > 0 else 0  # (the line before the first bar)
    bars = [i for i in range(start, end) if text[i] == "|"]
    rows: list[list[Cell]] = [[]]
    for a, b in itertools.pairwise([lead - 1, *bars]):
        raw = text[a + 1 : b]
        cell = raw.strip()
        if not cell:
            if rows[-1]:
                rows.append([])
            continue
        lo = a + 1 + len(raw) - len(raw.lstrip())
        rows[-1].append(Cell(lo, lo + len(cell), cell.replace("\n", "")))
    rows = [r for r in rows if r]
    if len(rows) < 2:
        return rows
    # (…0.9%⏎|⏎2⏎|⏎食用油…: rows that run on with no break between them are cut at their running numbers, and
    # at a closing 合计 row)
    flat = [c for r in rows[1:] for c in r]
    body: list[list[Cell]] = []
    serial = 1
    for k, c in enumerate(flat):
        after = flat[k + 1] if k + 1 < len(flat) else None
        numbered = c.text == str(serial) and after is not None and not is_numeric(after.text)
        if numbered or (normalize(c.text) in _TOTAL_ROW_LABELS and body) or not body:
            body.append([])
            serial += numbered
        body[-1].append(c)
    if serial > 2:
        # (the running numbers: no figures of the table; the header's 序号 goes with them)
        body = [r[1:] if r[0].text.isdigit() else r for r in body]
        header = rows[0][1:] if _INDEX_HEADER_RE.match(rows[0][0].text) else rows[0]
        return [header, *body]
    return rows


def _cut_off(text: str, run: list[tuple[int, int]], lines: list[list[Cell]]) -> bool:
    """Is the last line of a run of pipe rows one the text ends inside: nothing after it, no closing |
    where the row before has one, and its last cell a bare number under a percentage (174 | 9 for 92.55%)?"""
    if len(run) < 2 or len(lines) < 2 or not lines[-1] or text[run[-1][1] :].strip():
        return False
    last_line, line_above = (text[s:e].rstrip() for s, e in run[-2:][::-1])
    if last_line.endswith("|") or not line_above.endswith("|") or len(lines[-2]) < len(lines[-1]):
        return False
    last, above = lines[-1][-1].text.strip(), lines[-2][len(lines[-1]) - 1].text.strip()
    return is_numeric(last) and not last.endswith("%") and above.endswith("%")


def _tables_from_rows(lines: list[list[Cell]]) -> list[Table]:
    """Explicit rows: label rows are the header, rows with numbers the body; a label row after the body
    starts the next table, unless it repeats the header."""
    pieces: list[tuple[list[list[Cell]], list[list[Cell]]]] = []
    header_rows: list[list[Cell]] = []
    body: list[list[Cell]] = []
    for cells in lines:
        has_number = any(is_numeric(c.text) for c in cells)
        if has_number and not body and _years_only(cells):
            has_number = False  # 罪行类别 | 2018 | 2019 | …: a header of years, not a row of figures
        if (
            not has_number
            and body
            and len(cells) >= 2
            and all(c.empty for c in cells[1:])
            and not _TITLE_RE.search(cells[0].text)
        ):
            has_number = True  # 强制医疗监督 | | |: a kind with nothing reported is a row, no new header
        if not has_number:
            if body and header_rows and [c.text for c in cells] == [c.text for c in header_rows[-1]]:
                continue  # the header repeated part way down (a long table printed in pieces): one table
            if body:
                pieces.append((header_rows, body))
                header_rows, body = [], []
            header_rows.append(cells)
        else:
            body.append(cells)
    pieces.append((header_rows, body))
    tables: list[Table] = []
    k = 0
    while k < len(pieces):
        head, rows = pieces[k]
        while k + 1 < len(pieces) and _wrapped(rows, pieces[k + 1]):
            # 单位名称 | 警告 | … | 吊销许可证件 ⏎ 咸安区林业局 | 0 | … ⏎ 限制开展生产经营活动 | … | 合计 ⏎ 0 | … | 34: a
            # wide table wrapped onto a second header and rows with no labels of their own: one table
            more_head, more_rows = pieces[k + 1]
            head = [_trimmed(head[-1]) + _trimmed(more_head[-1])]
            rows = [_trimmed(a) + _trimmed(b) for a, b in zip(rows, more_rows, strict=True)]
            k += 1
        tables.extend(_assemble(head, rows))
        k += 1
    return tables


def _wrapped(rows: list[list[Cell]], piece: tuple[list[list[Cell]], list[list[Cell]]]) -> bool:
    """Are a piece's rows the rest of the rows before it (as many, and none with a label of its own)?"""
    head, more = piece
    return (
        bool(rows)
        and bool(head)
        and len(more) == len(rows)
        and all(c and is_numeric(c[0].text) for c in more)
        and all(r and not is_numeric(r[0].text) for r in rows)
    )


def _trimmed(cells: list[Cell]) -> list[Cell]:
    """The cells without the empty ones a line ends with (…罚没金额(万元) | |)."""
    end = len(cells)
    while end and cells[end - 1].empty:
        end -= 1
    return cells[:end]


_YEAR_CELL_RE = re.compile(r"(?:19|20)\d\d年?(?:度)?")


def _years_only(cells: list[Cell]) -> bool:
    """Does a row name years after a label, and hold no other figure (类别 | 2018 | 2019 | 2020)?"""
    numeric = [c.text.strip() for c in cells if is_numeric(c.text)]
    return (
        len(numeric) >= 2
        and not is_numeric(cells[0].text)
        and all(_YEAR_CELL_RE.fullmatch(x) for x in numeric)
    )


def _assemble(header_rows: list[list[Cell]], body: list[list[Cell]]) -> list[Table]:
    if not header_rows or not body:
        return []
    header_rows, body = _side_by_side(header_rows, body)
    if _numbered(body):
        # 序号 | 单位 | 报送信息数(条) | 采纳数(条) | 采纳率 ⏎ 1 | 南川东路办事处 | 14 | 7 | 50%: the running numbers are
        # no figures of the table, the name after them is the row's label (as _bar_line_rows sets them aside)
        body = [row[1:] if row[0].text.strip().isdigit() else row for row in body]
        leaf = header_rows[-1]
        if leaf and _INDEX_HEADER_RE.match("".join(leaf[0].text.split())):
            header_rows = [*header_rows[:-1], leaf[1:]]
    values_of = []
    for cells in body:
        # (a row with no figure, its label and empty cells: the label first, the cells after it)
        first = next((i for i, c in enumerate(cells) if is_numeric(c.text)), 1)
        label = [c for c in cells[:first] if not c.empty]
        values_of.append((label, cells[first:]))
    width = max(len(v) for _, v in values_of)
    names = _column_names([[c for c in row if not c.empty] for row in header_rows], width)
    label_head = header_rows[-1][0] if header_rows[-1] else Cell(0, 0, "")
    rows = []
    starts = []
    for label, values in values_of:
        lab = label[-1] if label else Cell(values[0].start, values[0].start, "")
        pad = [Cell(values[-1].end, values[-1].end, "")] * (width - len(values))
        rows.append((lab, *values, *pad))
        starts.append(label[0].start if label else values[0].start)
    return [Table((label_head, *names), tuple(rows), tuple(starts), tuple(tuple(h) for h in header_rows))]


def repeat_period(names: list[str]) -> int:
    """How many names a record takes when a header repeats them side by side (省份 | 数量 | 省份 | 数量: 2), else 0."""
    for p in range(2, len(names) // 2 + 1):
        if len(names) % p == 0 and all(names[k] == names[k % p] for k in range(len(names))):
            return p
    return 0


def _side_by_side(
    header_rows: list[list[Cell]], body: list[list[Cell]]
) -> tuple[list[list[Cell]], list[list[Cell]]]:
    """A table printed two (or more) records a line under a header that repeats its names (单位 | 总工单数 | 得分 |
    排名 | 单位 | 总工单数 | 得分 | 排名 ⏎ 灌云县 | 1115 | 145.76 | 1 | 东海县 | 1857 | 144.69 | 3): one record a row, the
    left one first. Each block of a line must open with its label (or be empty), else the table is read as written."""
    leaf = _trimmed(header_rows[-1])
    names = ["".join(c.text.split()) for c in leaf]
    k = repeat_period(names)
    if not k or not names[0] or is_numeric(names[0]) or not all(names[:k]):
        return header_rows, body
    m = len(names) // k
    rows = [_trimmed(row) for row in body]
    if any(len(row) > m * k for row in rows):
        return header_rows, body
    blocks = [[row[i * k : (i + 1) * k] for i in range(m)] for row in rows]
    head = leaf[:k]
    if _INDEX_HEADER_RE.match(names[0]):
        # 序号 | 单位 | 数量 | 序号 | 单位 | 数量: each record's running number set aside
        blocks = [[b[1:] if b and b[0].text.strip().isdigit() else b for b in bs] for bs in blocks]
        head = leaf[1:k]
    if any(b and is_numeric(b[0].text) for bs in blocks for b in bs):
        return header_rows, body
    return [head], [b for bs in blocks for b in bs if any(is_numeric(c.text) for c in b)]


# a table's title on a line of its own (…承办工单数量、考评得分及排名表 | | |): a new table's header, no row of the last
_TITLE_RE = re.compile(r"\S{4,}表$")


def _numbered(body: list[list[Cell]]) -> bool:
    """Do three rows or more open with the running numbers 1, 2, 3… before a label (a closing 合计 row may have
    none)?"""
    numbered = [row for row in body if row and row[0].text.strip().isdigit()]
    return (
        len(numbered) >= 3
        and [row[0].text.strip() for row in numbered] == [str(i + 1) for i in range(len(numbered))]
        and all(len(row) >= 3 and not is_numeric(row[1].text) for row in numbered)
        and all(row in numbered or normalize(row[0].text) in _TOTAL_ROW_LABELS for row in body)
    )


def _column_names(header_rows: list[list[Cell]], width: int) -> list[Cell]:
    """One name for each of the `width` value columns. The last header row names the columns (after
    its label column); a row above with a first and a last name wider than it (自然人 | 法人或其他组织 |
    总计 over five kinds of 法人) lends its first and last names to the ends."""
    leaf = header_rows[-1]
    names = leaf[1:] if len(leaf) == width + 1 else leaf
    if len(names) + 2 == width and len(header_rows) >= 2 and len(header_rows[-2]) >= 3:
        upper = header_rows[-2]
        names = [upper[-3] if len(upper) > 3 else upper[0], *names, upper[-1]]
    if len(names) > width:
        names = names[-width:]  # a header cell broken over two lines: align to the last names
    if len(names) < width:
        filler = Cell(names[0].start if names else 0, names[0].start if names else 0, "")
        names = [filler] * (width - len(names)) + list(names)
    return list(names)


# --- a cell a line ---------------------------------------------------------------------------------


def _short_line_candidates(text: str) -> list[int]:
    """The line starts where _SHORT_LINE_RE can match: a line of more than 24 characters can hold 24 or
    fewer between spaces only if it begins or ends with a space or a tab (and an empty line holds none)."""
    out = []
    end = -1
    for line in text.split("\n"):
        start = end + 1
        end = start + len(line)
        if line and (len(line) <= 24 or line[0] in " \t" or line[-1] in " \t"):
            out.append(start)
    return out


def _short_line_runs(text: str) -> list[list[Cell]]:
    found = (_SHORT_LINE_RE.match(text, i) for i in _short_line_candidates(text))
    cells = [Cell(m.start(1), m.end(1), m.group(1)) for m in found if m is not None and m.group(1).strip()]
    runs: list[list[Cell]] = []
    barred = False  # a line of a bar alone since the last cell
    bars = 0  # cells of the run that came after such a line
    for c in cells:
        if "|" in c.text:
            barred = barred or c.text.strip() == "|"
            continue  # pipe lines are read above
        if runs and text.count("\n", runs[-1][-1].end, c.start) <= 2:
            last = runs[-1][-1]
            if (
                not barred
                and bars >= _BARRED_LEAST
                and text.count("\n", last.end, c.start) == 1
                and _is_label(last.text)
                and _is_label(c.text)
            ):
                # 机动车交通事故⏎责任纠纷 between bar lines (…⏎|⏎2821⏎|⏎机动车交通事故⏎责任纠纷⏎|⏎2456): one cell
                # wrapped, where every other cell has a bar line after it
                runs[-1][-1] = Cell(last.start, c.end, text[last.start : c.end])
            else:
                runs[-1].append(c)
                bars += barred
        else:
            runs.append([c])
            bars = 0
        barred = False
    return runs


_BARRED_LEAST = 3  # cells after bar lines, at least, before a run is read as cells between bar lines


def _tables_from_stream(cells: list[Cell]) -> list[Table]:
    """A stream of cells: a header of k labels, then rows of a label and k-1 values (序号 numbers
    before a label set aside), or one row of values under the header."""
    tables: list[Table] = []
    i = 0
    while i < len(cells):
        j = i
        while j < len(cells) and _is_label(cells[j].text):
            j += 1
        found = _stream_table_at(cells, i) if j - i >= 2 else None
        if found is None:
            i = max(j, i + 1)  # each run of labels is tried once: linear in the cells
            continue
        table, used = found
        tables.append(table)
        i += used
    return tables


def _header_like(text: str) -> bool:
    """A column name rather than a row's label: it names a unit (罚没金额(万元)) or a measure (数量, 率)."""
    return bool(
        _UNIT_IN_HEADER.search(text) or _UNIT_AFTER_SLASH.search(text) or _MEASURE_SUFFIX_RE.search(text)
    )


def _stream_table_at(cells: list[Cell], start: int) -> tuple[Table, int] | None:
    """A table whose labels begin at `start`: the run of labels ends with the first row's label (or,
    for a table of one unlabelled row, with the header); the values after it say how wide a row is,
    and the header is that many names (and a label column) just before the first row."""
    labels = 0
    while start + labels < len(cells) and _is_label(cells[start + labels].text):
        labels += 1
    if labels < 2:
        return None
    end = start + labels
    indexed_at = next((i for i in range(start, end) if _INDEX_HEADER_RE.match(cells[i].text)), None)
    if indexed_at is not None:  # 序号 | 处理方式 | 数量 | 比例, then rows of 1 | 作出维持决定 | 3509 | 74.7%
        header = cells[indexed_at:end]
        width = len(header) - 2
        first = end
        wide = _first_row_width(cells, first)
        if wide is not None and wide != width:
            # 序号 | 抽样区域 | 各区域抽查批次数 | 合 格 ⏎ 批次数 | …: names broken over lines, as many as the first
            # row's values once each piece that names no measure is joined to the next; else no reading of them
            joined = _joined_names(cells[indexed_at + 2 : end])
            if len(joined) != wide:
                return None
            header = [*cells[indexed_at : indexed_at + 2], *joined]
            width = wide
    else:
        n = 0
        while end + n < len(cells) and (is_numeric(cells[end + n].text) or cells[end + n].empty):
            n += 1
        if n == 0:
            return None
        last = cells[end - 1]
        if _header_like(last.text) or labels - 1 < n:
            # one row of values under the header (申请数量 受理数量 … / 2207 2207 …): the last names; a
            # bare measure word last (事项 | 行政处罚 | … | 总计 | 数量 | 33191 …) labels the row itself
            values = cells[end : end + n]
            own = last.text in _ROW_MEASURES
            row_label = last if own else Cell(values[0].start, values[0].start, "")
            if own:
                # 事项 | 行政处罚 | … | 总计 | 数量 | 33191 …: 事项 heads the label column, the rest name
                # the values (a value past the last name is a layout artefact, left out)
                names = cells[start + 1 : end - 1]
                values = values[: len(names)]
            else:
                names = cells[max(start, end - n) : end]
            if not names or _misaligned(names, values):
                return None  # (合计 | 数量 | 8: a measure word under one name, no row to read)
            empty = row_label
            across = [(empty, *values)]
            used = labels + n
            while own and (more := _measure_row(cells, start + used, len(names))) is not None:
                # … | 数量 | 33191 … ⏎ 占比 | 30.03% …: further rows, each led by its measure word
                across.append(more[0])
                used += more[1]
            table = Table(
                (empty, *names),
                tuple(across),
                (values[0].start, *(r[0].start for r in across[1:])),
                (tuple(cells[start:end]),),
            )
            return table, used
        width = n
        header = cells[max(start, end - 1 - (width + 1)) : end - 1]
        first = end - 1
    rows: list[tuple[Cell, ...]] = []
    pos = first
    while pos < len(cells) and width >= 1:
        row = _stream_row(cells, pos, width, indexed_at is not None)
        if row is None:
            break
        rows.append(row[0])
        pos = row[1]
    if not rows:
        return None
    head = header[1] if indexed_at is not None and len(header) > 1 else header[0]
    names = list(header[2:] if indexed_at is not None else header[1:])
    if len(names) < width:
        filler = Cell(head.end, head.end, "")
        names = [filler] * (width - len(names)) + names
    table = Table((head, *names), tuple(rows), tuple(r[0].start for r in rows), (tuple(header),))
    return table, pos - start


def _first_row_width(cells: list[Cell], pos: int) -> int | None:
    """The values of the indexed row at `pos` (1 | 巴州区 | 127 | 117 | … | 7.87), up to the next row's index
    (2 | 恩阳区) or the first cell that is no value."""
    if pos >= len(cells) or not is_numeric(cells[pos].text):
        return None
    index = cells[pos].text.strip()
    if not index.isdigit() or pos + 1 >= len(cells) or not _is_label(cells[pos + 1].text):
        return None
    nxt, k = str(int(index) + 1), pos + 2
    while k < len(cells) and (cells[k].empty or is_numeric(cells[k].text)):
        if cells[k].text.strip() == nxt and k + 1 < len(cells) and _is_label(cells[k + 1].text):
            break
        k += 1
    return k - (pos + 2)


def _joined_names(pieces: list[Cell]) -> list[Cell]:
    """Column names broken over lines (抽查 ⏎ 批次数, 合 格 ⏎ 批次数): a piece that names no measure or unit runs
    on into the next."""
    out: list[Cell] = []
    run: list[Cell] = []
    for c in pieces:
        run.append(c)
        if _header_like(c.text):
            out.append(Cell(run[0].start, c.end, "".join(x.text for x in run)))
            run = []
    if run:
        out.append(Cell(run[0].start, run[-1].end, "".join(x.text for x in run)))
    return out


def _measure_row(cells: list[Cell], pos: int, width: int) -> tuple[tuple[Cell, ...], int] | None:
    """A row of a table laid out across, at `pos`: a measure word (占比, 金额) and at least `width`
    values (one past the names is a layout artefact, as in the first row). Returns the row (its label
    and `width` values) and the cells it takes."""
    if pos >= len(cells) or cells[pos].text not in _ROW_MEASURES:
        return None
    n = 0
    while pos + 1 + n < len(cells) and is_numeric(cells[pos + 1 + n].text):
        n += 1
    if n < width:
        return None
    return (cells[pos], *cells[pos + 1 : pos + 1 + width]), 1 + n


def _misaligned(names: list[Cell], values: list[Cell]) -> bool:
    """Values aligned to names that cannot be theirs: a bare number over 100 under a rate's name (纠错率
    over 8745, where a cut-off row's first value met the last names of a header broken over lines)."""
    for name, value in zip(names, values, strict=False):
        if _RATE_NAME_RE.search(name.text) and not value.empty:
            number = value.text.replace(" ", "").replace(",", "").replace("，", "")
            if (
                not number.endswith("%")
                and _BARE_NUMBER_RE.match(number)
                and float(number.replace("−", "-")) > 100
            ):
                return True
    return False


_RATE_NAME_RE = re.compile(r"(?:率|比例|占比|比重)(?:[（(][^()（）]*[）)])?$")
_BARE_NUMBER_RE = re.compile(r"^[-−]?\d+(?:\.\d+)?$")


def _stream_row(
    cells: list[Cell], pos: int, width: int, indexed: bool
) -> tuple[tuple[Cell, ...], int] | None:
    """A row at `pos`: (an index number,) a label, then `width` values (numbers or empty cells)."""
    if indexed and pos < len(cells) and is_numeric(cells[pos].text):
        pos += 1
    if pos >= len(cells) or not _is_label(cells[pos].text) or _header_like(cells[pos].text):
        return None
    values = cells[pos + 1 : pos + 1 + width]
    if len(values) < width or not all(c.empty or is_numeric(c.text) for c in values):
        return None
    if not any(is_numeric(c.text) for c in values):
        return None
    return (cells[pos], *values), pos + 1 + width


@lru_cache(maxsize=8)
def find_tables(text: str) -> tuple[Table, ...]:
    tables = _tables_from_pipes(text)
    for run in _short_line_runs(text):
        if len(run) >= 3:  # two names and a value at least
            tables.extend(_tables_from_stream(run))
    if "本年新收" in text:  # a 政府信息公开 annual report's template, read by its row labels (gip_tables.py)
        from .gip_tables import gip_tables  # (it builds Tables: imported here, not at the top)

        template = gip_tables(text)
        spans = [(t.row_starts[0], t.rows[-1][-1].end) for t in template]
        tables = [t for t in tables if not t.rows or not any(_overlap(t, s) for s in spans)] + template
    return tuple(t for t in tables if t.rows)


def _overlap(t: Table, span: tuple[int, int]) -> bool:
    first = min([c.start for c in t.header if c.text] + [t.rows[0][0].start])
    last = max(c.end for c in t.rows[-1])
    return first < span[1] and span[0] < last


@lru_cache(maxsize=8)
def _cell_index(text: str) -> tuple[list[int], list[tuple[int, int, int, int]]]:
    """Every non-empty body cell by start: (end, table, row, column), for lookups by bisection."""
    cells = sorted(
        (cell.start, cell.end, ti, r, c)
        for ti, t in enumerate(find_tables(text))
        for r, row in enumerate(t.rows)
        for c, cell in enumerate(row)
        if not cell.empty
    )
    return [x[0] for x in cells], [x[1:] for x in cells]


def _cell_at(text: str, pos: int) -> tuple[int, int, int, int] | None:
    starts, info = _cell_index(text)
    i = bisect.bisect_right(starts, pos) - 1
    return info[i] if i >= 0 and pos < info[i][0] else None


def row_id(text: str, pos: int) -> int | None:
    """A stable paragraph id for the table row holding `pos` (rows are checked one by one)."""
    at = _cell_at(text, pos)
    return 1_000_000 + at[1] * 10_000 + at[2] if at is not None else None


def locate(text: str, pos: int) -> tuple[Table, int, int] | None:
    """(table, row, column) of the body cell holding `pos`, if any."""
    at = _cell_at(text, pos)
    return (find_tables(text)[at[1]], at[2], at[3]) if at is not None else None
