"""Read a dataset file into rows of strings, remembering where each row is in the file.

Every cell is kept as the text it was written as (None when empty): validation (schema.py) decides
what is wrong with it, so nothing is coerced or dropped silently here. A row knows its number (1 for
the first data row), the line it starts on, and its span in the file's text, so findings can point
at it. Parquet has no text: its rows are rendered as CSV lines (the pseudo-document's text) and
findings name the row number.
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..ingest import decode

FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}


class DatasetError(Exception):
    """The file as a whole cannot be read (missing, undecodable, unknown format)."""


@dataclass
class Record:
    row: int  # 1-based data row
    line: int | None  # 1-based line in the file where the row starts (None for Parquet)
    start: int  # span of the row in Table.text
    end: int
    values: dict[str, str | None]


@dataclass
class RowProblem:
    row: int | None
    line: int | None
    start: int
    end: int
    column: str | None
    code: str
    message: str


@dataclass
class Table:
    path: str
    fmt: str
    text: str  # the file's text (CSV/JSONL) or a CSV rendering of it (Parquet)
    columns: list[str]
    records: list[Record]
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def rendered(self) -> bool:
        return self.fmt == "parquet"


def _cell(v: Any) -> str | None:
    """A cell as text; None when empty or missing."""
    if type(v) is str:  # most cells: the checks below cannot apply
        s = v.strip()
        return s if s else None
    if v is None:
        return None
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "inf"
        r = repr(v)
        return format(Decimal(r), "f") if "e" in r else r  # 1e+16 → 10000000000000000
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    s = str(v).strip()
    return s if s else None


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for i, c in enumerate(text):
        if c == "\n":
            starts.append(i + 1)
    return starts


def _line_end(text: str, starts: list[int], line: int) -> int:
    """End offset (before the newline) of 1-based `line`."""
    end = starts[line] - 1 if line < len(starts) else len(text)
    if end > 0 and text[end - 1 : end] == "\r":
        end -= 1
    return max(end, starts[line - 1])


def _read_csv(path: str, text: str) -> Table:
    starts = _line_starts(text)
    reader = csv.reader(io.StringIO(text, newline=""))
    records: list[Record] = []
    problems: list[RowProblem] = []
    header: list[str] | None = None
    prev = 0
    for cells in reader:
        first, last = prev + 1, reader.line_num
        prev = reader.line_num
        if not cells or all(not c.strip() for c in cells):
            continue
        if header is None:
            header = [c.strip().lstrip("\ufeff") for c in cells]
            continue
        s, e = starts[first - 1], _line_end(text, starts, last)
        row = len(records) + len(problems) + 1
        if len(cells) > len(header):
            problems.append(
                RowProblem(
                    row,
                    first,
                    s,
                    e,
                    None,
                    "DS009",
                    f"第{row}行（文件第{first}行）有{len(cells)}列，多于表头的{len(header)}列",
                )
            )
            continue
        values = {h: _cell(cells[i]) if i < len(cells) else None for i, h in enumerate(header)}
        records.append(Record(row, first, s, e, values))
    return Table(path, "csv", text, header or [], records, problems)


def _read_jsonl(path: str, text: str) -> Table:
    starts = _line_starts(text)
    records: list[Record] = []
    problems: list[RowProblem] = []
    columns: list[str] = []
    for ln in range(1, len(starts) + 1):
        s, e = starts[ln - 1], _line_end(text, starts, ln)
        raw = text[s:e]
        if not raw.strip():
            continue
        row = len(records) + len(problems) + 1
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as err:
            problems.append(
                RowProblem(
                    row, ln, s, e, None, "DS009", f"第{row}行（文件第{ln}行）不是合法的JSON：{err.msg}"
                )
            )
            continue
        if not isinstance(obj, dict):
            problems.append(
                RowProblem(row, ln, s, e, None, "DS009", f"第{row}行（文件第{ln}行）不是JSON对象")
            )
            continue
        for k in obj:
            if k not in columns:
                columns.append(str(k))
        records.append(Record(row, ln, s, e, {str(k): _cell(v) for k, v in obj.items()}))
    for r in records:
        for c in columns:
            r.values.setdefault(c, None)
    return Table(path, "jsonl", text, columns, records, problems)


def _read_parquet(path: str) -> Table:
    try:
        import pyarrow.parquet as pq
    except ImportError as e:  # pragma: no cover - depends on the install
        raise DatasetError("reading Parquet needs pyarrow: pip install 'hecha[dataset]'") from e
    try:
        tbl = pq.read_table(path)
    except Exception as e:  # pyarrow raises many kinds for a bad file
        raise DatasetError(f"cannot read Parquet: {e}") from e
    columns = [str(c) for c in tbl.column_names]
    # column by column: rows as dicts (to_pylist) cost more. (read_table refuses repeated names.)
    if columns:
        by_col = [[_cell(v) for v in tbl.column(i).to_pylist()] for i in range(len(columns))]
        cells = [list(r) for r in zip(*by_col, strict=True)]
    else:
        cells = [[] for _ in range(tbl.num_rows)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    offsets = []
    for cs in cells:
        s = buf.tell()
        w.writerow(["" if c is None else c for c in cs])
        offsets.append((s, buf.tell() - 1))
    text = buf.getvalue()
    records = [
        Record(i + 1, None, offsets[i][0], offsets[i][1], dict(zip(columns, cells[i], strict=True)))
        for i in range(len(cells))
    ]
    return Table(path, "parquet", text, columns, records, [])


def load_table(path: str | Path) -> Table:
    p = Path(path)
    fmt = FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise DatasetError(f"unknown dataset format {p.suffix!r}: use .csv, .jsonl or .parquet")
    if not p.is_file():
        raise DatasetError("no such file")
    if fmt == "parquet":
        return _read_parquet(str(p))
    try:
        data = p.read_bytes()
    except OSError as e:
        raise DatasetError(f"cannot read file: {e.strerror or e}") from e
    text, err = decode(data)
    if text is None:
        raise DatasetError(err or "cannot decode")
    return _read_csv(str(p), text) if fmt == "csv" else _read_jsonl(str(p), text)
