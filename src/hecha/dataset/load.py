"""Read a dataset file in chunks of rows, every cell as the text it was written as.

Nothing is coerced or dropped here: validation (schema.py) decides what is wrong with a cell. Rows
come `CHUNK_ROWS` at a time, so memory does not grow with the file: a chunk's cells live while it
is validated, then only the compact record of its valid rows is kept (rows.py). A row knows its
number (1 for the first data row) and the lines it spans in the file, so findings can point at it.
Lines end at \\n, \\r\\n or a lone \\r (Excel's "CSV (Macintosh)"), for CSV and JSON Lines alike.

A row that cannot be read is a DS009 problem on its row, and reading goes on with the next line:
more cells than the header, a cell over 128 KiB or a quote left open (CSV: the lines after the
quote are read again as rows of their own), a line that is not a JSON object (invalid, nested too
deep). Only a file that cannot be read at all (missing, undecodable, no header, a broken Parquet
file) raises DatasetError.

The dataset's own pseudo-document needs the file's text only where a problem is to be cited:
`Source.pseudo_text` reads it again up to the last problem (Parquet has no text: its rows are
rendered as CSV lines, and findings name the row number).
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from .where import row_name

FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}
CHUNK_ROWS = 16_384  # rows validated at a time: their cells cost ~100 bytes each while they are held
# a Parquet file's chunks are 4 × CHUNK_ROWS (65,536 rows: a row group as bench.py writes them, which
# the reader holds decoded anyway; its cells are its columns' distinct values, shared): pandera's cost
# per chunk is paid a quarter as often (the plan of a million rows took 0.25 s less, 8 MB more)
PARQUET_CHUNKS = 4
CONTEXT_CHARS = 16  # text kept past a cited row: fingerprints read up to 8 characters around it
# an integer with more digits than Python converts (sys.int_info.default_max_str_digits is 4300) is
# kept as its digits: validation says it is too large, instead of json raising ValueError
_MAX_INT_DIGITS = 4000


class DatasetError(Exception):
    """The file as a whole cannot be read (missing, undecodable, unknown format)."""


@dataclass
class RowProblem:
    row: int | None  # None: a problem with the table itself (a missing column)
    line: int | None  # the row's first line in the file (None for Parquet)
    column: str | None
    code: str
    message: str
    last_line: int | None = None  # its last line, when a quoted cell spans several
    start: int = 0  # the row's span in the pseudo-document's text (Source.pseudo_text)
    end: int = 0


@dataclass
class Chunk:
    """Consecutive rows of the file: cells by column, and the rows that could not be read."""

    rows: list[int]  # row numbers, increasing
    lines: list[int]  # the first line of each row (-1: the file has no lines, Parquet)
    cells: dict[str, Any]  # column → a sequence of cells (str or None), one per row
    problems: list[RowProblem] = field(default_factory=list)
    # column → pd.factorize(cells, use_na_sentinel=True) when the reader knows it (a Parquet column
    # read through its distinct values): the validator need not hash the cells again
    codes: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)


def cell_text(v: Any) -> str | None:
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


def _terminator(line: str) -> int:
    """Length of the line end (\\r\\n, \\n or \\r) at the end of `line`."""
    if line.endswith("\r\n"):
        return 2
    return 1 if line.endswith(("\n", "\r")) else 0


class _Lines:
    """The file's lines (ends kept) for csv.reader, counted, with the lines of the record being read
    kept so that they can be read again (after a quote left open)."""

    def __init__(self, fh: IO[str]):
        self.fh = fh
        self.back: list[str] = []  # lines to read again, last first
        self.taken: list[str] = []  # lines of the current record
        self.n = 0  # lines handed out
        self.eof = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.back:
            line = self.back.pop()
        else:
            line = self.fh.readline()
            if not line:
                self.eof = True
                raise StopIteration
        self.taken.append(line)
        self.n += 1
        return line

    @property
    def exhausted(self) -> bool:
        return self.eof and not self.back

    def again(self, lines: list[str]) -> None:
        """Hand these lines out once more (they were taken by a record that is given up)."""
        self.back.extend(reversed(lines))
        self.n -= len(lines)
        self.eof = False


def _where(row: int, line: int | None) -> str:
    return row_name(row, line)


@dataclass
class _Builder:
    """Rows of one chunk as they are read."""

    columns: list[str]
    rows: list[int] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    cols: list[list[str | None]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.cols = [[] for _ in self.columns]

    def take(self) -> Chunk:
        chunk = Chunk(self.rows, self.lines, dict(zip(self.columns, self.cols, strict=True)), self.problems)
        self.rows, self.lines, self.problems = [], [], []
        self.cols = [[] for _ in self.columns]
        return chunk


@dataclass
class Source:
    """A dataset file opened for reading: its format, columns and codec."""

    path: str
    fmt: str
    encoding: str | None = None  # CSV and JSON Lines
    columns: list[str] = field(default_factory=list)  # known once the first chunk is read
    records: int = 0  # rows read as rows (not DS009), once every chunk is read

    @property
    def rendered(self) -> bool:
        return self.fmt == "parquet"

    def chunks(self, size: int | None = None) -> Iterator[Chunk]:
        """Every row in chunks of `size` (CHUNK_ROWS; PARQUET_CHUNKS times as many rows of a Parquet
        file); at least one chunk (maybe empty), so a table without rows is still validated. Raises
        DatasetError when the file turns out to be unreadable."""
        if not size:
            size = CHUNK_ROWS * PARQUET_CHUNKS if self.fmt == "parquet" else CHUNK_ROWS
        it = {"csv": self._csv, "jsonl": self._jsonl, "parquet": self._parquet}[self.fmt](size)
        try:
            yield from it
        except (OSError, UnicodeDecodeError) as e:  # the file changed or vanished since it was opened
            raise DatasetError(f"cannot read file: {e}") from e

    def _open_text(self) -> IO[str]:
        assert self.encoding is not None
        return io.TextIOWrapper(open(self.path, "rb"), encoding=self.encoding, newline="")

    # --- CSV -------------------------------------------------------------------------------------

    def _csv(self, size: int) -> Iterator[Chunk]:
        with self._open_text() as fh:
            lines = _Lines(fh)
            reader = csv.reader(lines)
            header: list[str] | None = None
            at: list[int] = []  # for each column, the cell it takes (a repeated name takes the last)
            out: _Builder | None = None
            row = 0
            while True:
                lines.taken = []
                first = lines.n + 1
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error as e:  # a cell over the field size limit
                    if header is None or out is None:
                        raise DatasetError(f"cannot read the header row (line {first}): {e}") from None
                    row += 1
                    why = f"有超过{csv.field_size_limit() // 1024} KiB的单元格（引号未闭合？）"
                    out.problems.append(RowProblem(row, first, None, "DS009", f"{_where(row, first)}{why}"))
                    lines.again(lines.taken[1:])
                    continue
                if lines.exhausted and len(lines.taken) > 1 and "".join(lines.taken).count('"') % 2:
                    # the file ended inside quotes: the lines after the quote are rows of their own
                    if header is None or out is None:
                        raise DatasetError(
                            f"cannot read the header row (line {first}): a quote is not closed"
                        )
                    row += 1
                    msg = f"{_where(row, first)}的引号未闭合，其后各行另行读取"
                    out.problems.append(RowProblem(row, first, None, "DS009", msg))
                    lines.again(lines.taken[1:])
                    continue
                if not cells or all(not c.strip() for c in cells):
                    continue
                if header is None:
                    header = [c.strip().lstrip("\ufeff") for c in cells]
                    self.columns = list(dict.fromkeys(header))
                    at = [max(i for i, h in enumerate(header) if h == c) for c in self.columns]
                    out = _Builder(self.columns)
                    continue
                assert out is not None
                row += 1
                last = lines.n
                if len(cells) > len(header):
                    out.problems.append(
                        RowProblem(
                            row,
                            first,
                            None,
                            "DS009",
                            f"{_where(row, first)}有{len(cells)}列，多于表头的{len(header)}列",
                            last_line=last,
                        )
                    )
                    continue
                n = len(cells)
                for col, i in zip(out.cols, at, strict=True):
                    col.append(cell_text(cells[i]) if i < n else None)
                out.rows.append(row)
                out.lines.append(first)
                self.records += 1
                if len(out.rows) >= size:
                    yield out.take()
        yield (out or _Builder([])).take()

    # --- JSON Lines -------------------------------------------------------------------------------

    def _jsonl(self, size: int) -> Iterator[Chunk]:
        # the columns are every key of every object, in the order first seen: a first pass finds
        # them, so a required key missing from the first rows is an empty cell, not a missing column
        columns: dict[str, None] = {}
        with self._open_text() as fh:
            for line in fh:
                if line.strip():
                    obj = _json_object(line)
                    if isinstance(obj, dict):
                        columns.update(dict.fromkeys(obj))
        self.columns = list(columns)
        out = _Builder(self.columns)
        row = ln = 0
        with self._open_text() as fh:
            for line in fh:
                ln += 1
                raw = line[: len(line) - _terminator(line)]
                if not raw.strip():
                    continue
                row += 1
                obj = _json_object(raw)
                values: dict[str, str | None] | None = None
                if isinstance(obj, dict):
                    try:
                        values = {str(k): cell_text(v) for k, v in obj.items()}
                    except RecursionError:
                        obj = _Invalid("嵌套过深")
                if values is None:
                    why = f"不是合法的JSON：{obj.why}" if isinstance(obj, _Invalid) else "不是JSON对象"
                    out.problems.append(RowProblem(row, ln, None, "DS009", f"{_where(row, ln)}{why}"))
                    continue
                for col, name in zip(out.cols, self.columns, strict=True):
                    col.append(values.get(name))
                out.rows.append(row)
                out.lines.append(ln)
                self.records += 1
                if len(out.rows) >= size:
                    yield out.take()
        yield out.take()

    # --- Parquet ------------------------------------------------------------------------------------

    def _parquet_file(self) -> Any:
        try:
            import pyarrow.parquet as pq
        except ImportError as e:  # pragma: no cover - depends on the install
            raise DatasetError("reading Parquet needs pyarrow: pip install 'hecha[dataset]'") from e
        try:
            pf = pq.ParquetFile(self.path)
        except Exception as e:  # pyarrow raises many kinds for a bad file
            raise DatasetError(f"cannot read Parquet: {e}") from e
        names = [str(c) for c in pf.schema_arrow.names]
        repeated = sorted({c for c in names if names.count(c) > 1})
        if repeated:
            raise DatasetError(f"cannot read Parquet: column name repeated: {', '.join(repeated)}")
        self.columns = names
        return pf

    def _batches(self, size: int) -> Iterator[tuple[int, list[Any]]]:
        """(first row number, cells by column) for each batch of the Parquet file."""
        import pyarrow as pa

        pf = self._parquet_file()
        row = 1
        # Arrow's default allocator (mimalloc) keeps what a row group took once freed: reading a
        # 1M-row file left 70 MB more resident than the system allocator, which gives it back
        pool = pa.default_memory_pool()
        pa.set_memory_pool(pa.system_memory_pool())
        try:
            for batch in pf.iter_batches(batch_size=size):
                yield row, [_arrow_cells(batch.column(i)) for i in range(batch.num_columns)]
                row += batch.num_rows
        except DatasetError:
            raise
        except Exception as e:  # a damaged row group
            raise DatasetError(f"cannot read Parquet: {e}") from e
        finally:
            pa.set_memory_pool(pool)

    def _parquet(self, size: int) -> Iterator[Chunk]:
        empty = True
        for first, coded in self._batches(size):
            cols = [_plain(col) for col in coded]
            n = len(cols[0]) if cols else 0
            if not cols:  # no columns: rows without cells
                break
            rows = list(range(first, first + n))
            self.records += n
            empty = False
            codes = {
                c: col.factorized
                for c, col in zip(self.columns, coded, strict=True)
                if isinstance(col, _Coded)
            }
            yield Chunk(rows, [-1] * n, dict(zip(self.columns, cols, strict=True)), codes=codes)
        if empty:
            yield Chunk([], [], {c: [] for c in self.columns})

    # --- the pseudo-document's text ------------------------------------------------------------------

    def pseudo_text(self, problems: list[RowProblem]) -> str:
        """The file's text as far as the problems need it (a lone \\r read as \\n, so lines count the
        same whatever ends them), with each problem's span set: its rows, or the header line for a
        problem of the whole table. Empty when there is no problem."""
        if not problems:
            return ""
        if self.fmt == "parquet":
            return self._rendered_text(problems)
        need = max((p.last_line or p.line or 1) for p in problems)
        starts: list[int] = []
        pieces: list[str] = []
        pos = 0
        extra = 0
        with self._open_text() as fh:
            for line in fh:
                if line.endswith("\r") and not line.endswith("\r\n"):
                    line = line[:-1] + "\n"
                if len(starts) >= need:  # past the last cited line: a little context, then stop
                    pieces.append(line[: CONTEXT_CHARS - extra])
                    extra += len(pieces[-1])
                    if extra >= CONTEXT_CHARS:
                        break
                    continue
                starts.append(pos)
                pieces.append(line)
                pos += len(line)
        text = "".join(pieces)
        ends = [s + len(p) - _terminator(p) for s, p in zip(starts, pieces, strict=False)]
        header_end = text.find("\n") if self.fmt != "jsonl" else -1
        for p in problems:
            if p.row is None or p.line is None:  # a problem of the whole table: its header line
                p.start, p.end = 0, max(header_end, 0)
            else:
                p.start, p.end = starts[p.line - 1], ends[(p.last_line or p.line) - 1]
        return text

    def _rendered_text(self, problems: list[RowProblem]) -> str:
        """Parquet rows rendered as CSV lines (the header first), as far as the problems need."""
        need = max((p.row or 0) for p in problems)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(self.columns)
        spans: dict[int, tuple[int, int]] = {}
        if need:
            for first, coded in self._batches(CHUNK_ROWS):
                cols = [_plain(col) for col in coded]
                for i, cells in enumerate(zip(*cols, strict=True)):
                    s = buf.tell()
                    w.writerow(["" if c is None else c for c in cells])
                    spans[first + i] = (s, buf.tell() - 1)
                    if first + i > need:
                        break
                if need + 1 in spans:
                    break
        text = buf.getvalue()
        if need + 1 in spans:  # the row after the last cited one: only its start is context
            text = text[: spans[need + 1][0] + CONTEXT_CHARS]
        header_end = text.find("\n")
        for p in problems:
            p.start, p.end = spans[p.row] if p.row is not None else (0, max(header_end, 0))
        return text


@dataclass
class _Invalid:
    why: str


def _json_int(s: str) -> int | str:
    return int(s) if len(s) <= _MAX_INT_DIGITS else s


def _json_object(raw: str) -> Any:
    """The line's JSON value, or _Invalid saying why it is not one."""
    try:
        return json.loads(raw, parse_int=_json_int)
    except json.JSONDecodeError as err:
        return _Invalid(err.msg)
    except RecursionError:
        return _Invalid("嵌套过深")
    except ValueError as err:  # the json module's other refusals
        return _Invalid(str(err))


@dataclass
class _Coded:
    """A column's cells, and pd.factorize(cells, use_na_sentinel=True) of them."""

    cells: Any
    factorized: tuple[Any, Any]


def _plain(col: Any) -> Any:
    """A column's cells, whether _arrow_cells coded them or not."""
    return col.cells if isinstance(col, _Coded) else col


def _arrow_cells(arr: Any) -> Any:
    """A Parquet column's cells as text: strings, integers and booleans through their distinct values
    (a column repeats a few units and labels; then with their codes, _Coded), other types value by
    value."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    t = arr.type
    if (
        pa.types.is_string(t)
        or pa.types.is_large_string(t)
        or pa.types.is_integer(t)
        or pa.types.is_boolean(t)
    ):
        enc = pc.dictionary_encode(arr)
        cells = [cell_text(v) for v in enc.dictionary.to_pylist()]
        cells.append(None)
        idx = pc.fill_null(enc.indices, len(cells) - 1).to_numpy(zero_copy_only=False)
        table = np.empty(len(cells), dtype=object)
        table[:] = cells
        # pd.factorize of the cells: the dictionary holds the values in order of first appearance
        # (Arrow's memo table), so the distinct texts are in that order too once values that read
        # as one text (" a" and "a") share a code; empty and missing cells are -1
        code_of: dict[str, int] = {}
        recode = np.fromiter(
            (-1 if c is None else code_of.setdefault(c, len(code_of)) for c in cells),
            dtype=np.int64,
            count=len(cells),
        )
        uniques = np.empty(len(code_of), dtype=object)
        uniques[:] = list(code_of)
        return _Coded(table[idx], (recode[idx], uniques))
    return [cell_text(v) for v in arr.to_pylist()]


def open_source(path: str | Path) -> Source:
    """The dataset file, checked to be one that can be read. Raises DatasetError."""
    from ..formats.decode import decode_file

    p = Path(path)
    fmt = FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise DatasetError(f"unknown dataset format {p.suffix!r}: use .csv, .jsonl or .parquet")
    if not p.is_file():
        raise DatasetError("no such file")
    if fmt == "parquet":
        src = Source(str(p), fmt)
        src._parquet_file()  # a file that is not Parquet is reported before anything is read
        return src
    from ..safeopen import open_regular

    try:
        with open_regular(p) as fh:
            ex, _ = decode_file(fh, 65536)  # streams the whole file: it decodes completely, or why not
    except OSError as e:
        raise DatasetError(f"cannot read file: {e.strerror or e}") from e
    if ex.text is None or ex.error is not None or ex.encoding is None:
        raise DatasetError(ex.error or "cannot decode")
    return Source(str(p), fmt, ex.encoding)
