"""The valid rows of a dataset, compactly: a few integers a row, whatever the table's size.

A row that passes validation keeps its number, its line, and codes into small vocabularies: its
document, its metric and its figure (value and unit read as a Mention, shared by every row that
states the same figure), and — when the table has them — its region and year. A year-over-year
claim (the `yoy` column, or 同比增长17.1% in the quote) is kept for the rows that make one, and the
quotes only when the figures are to be traced in their texts (`--texts`). About 20 bytes a row,
against some 4 KB when every row was a dictionary of its cells.

`RowStore.finish()` orders the rows by document (doc_id, as sorted strings) and row number — the
order of the report — and gives each row its fact id and offset in its document's synthetic text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, overload

from ..model import Mention
from ..ontology import Ontology
from .load import Chunk
from .schema import ChunkCodes, ChunkRows, distinct, parse_number

_YOY_RE = re.compile(r"同比(增长|增加|上升|提高|下降|减少|降低)\s*(\d+(?:\.\d+)?)\s*%")


@dataclass(slots=True)
class ValidRow:
    """One valid row, as a document's check needs it."""

    row: int  # 1-based data row
    line: int | None  # 1-based line of the file where it starts (None for Parquet)
    doc_id: str
    metric: str
    mention: Mention
    quote: str | None = None  # kept with --texts only

    @property
    def quantity(self) -> Any:
        return self.mention.quantity


def yoy_claim(yoy: str | None, quote: str | None) -> tuple[float, float] | None:
    """The claimed change in percent (signed) and half its displayed step."""
    if yoy:
        x = parse_number(yoy.rstrip("%"))
        if x is None:
            return None
        dec = yoy.rstrip("%").split(".")
        step = 10.0 ** -(len(dec[1]) if len(dec) == 2 else 0)
        return x, step / 2
    if quote:
        m = _YOY_RE.search(quote)
        if m:
            x = float(m.group(2))
            sign = -1 if m.group(1) in ("下降", "减少", "降低") else 1
            dec = m.group(2).split(".")
            step = 10.0 ** -(len(dec[1]) if len(dec) == 2 else 0)
            return sign * x, step / 2
    return None


class _Vocabulary:
    """Values ↔ small integer codes, in order of first appearance."""

    def __init__(self) -> None:
        self.values: list[Any] = []
        self.codes: dict[Any, int] = {}

    def code(self, v: Any) -> int:
        c = self.codes.get(v)
        if c is None:
            c = self.codes[v] = len(self.values)
            self.values.append(v)
        return c

    def codes_for(self, values: list[Any]) -> Any:
        """The codes of these values, as a numpy array (-1 for None)."""
        import numpy as np

        return np.asarray([-1 if v is None else self.code(v) for v in values], dtype=np.int32)

    def codes_at(self, coded: tuple[Any, Any], pos: Any) -> Any:
        """codes_of(cells[pos]) for cells known by their pd.factorize (`coded`: codes, -1 for None,
        and the distinct cells): the same codes, each distinct cell of `pos` asked once and in the
        order it first appears there, without hashing the cells again."""
        import numpy as np

        codes, uniques = coded
        sub = np.asarray(codes)[pos]
        present, first = np.unique(sub, return_index=True)
        mapping = np.full(len(uniques) + 1, -1, dtype=np.int32)  # by code + 1 (None: -1)
        for c in present[np.argsort(first, kind="stable")].tolist():
            if c >= 0:
                mapping[c + 1] = self.code(uniques[c])
        return mapping[sub + 1]

    def codes_of(self, cells: Any) -> Any:
        """The code of each cell (-1 for None), the dictionary asked once per distinct cell."""
        import numpy as np

        inverse, uniques = distinct([cells])
        return (
            self.codes_for([u for (u,) in uniques])[inverse] if uniques else np.full(len(cells), -1, np.int32)
        )


class RowStore:
    """Valid rows, chunk after chunk, as columns of integers."""

    def __init__(self, keep_quotes: bool):
        self.keep_quotes = keep_quotes
        self.docs = _Vocabulary()
        self.metrics = _Vocabulary()
        self.mentions = _Vocabulary()
        self.regions = _Vocabulary()
        self.parts: dict[str, list[Any]] = {
            k: [] for k in ("doc", "metric", "mention", "row", "line", "region", "year")
        }
        self.claims: dict[
            int, tuple[float, float]
        ] = {}  # row → claimed change, for rows with region and year
        self.quotes: dict[int, str] = {}  # row → quote (keep_quotes)

    def add(self, chunk: Chunk, valid: ChunkRows, coded: ChunkCodes | None = None) -> None:
        """The valid rows of a chunk; `coded`: the chunk as its validator coded it (its doc ids are
        then not hashed again)."""
        import numpy as np

        pos = valid.positions
        if not len(pos):
            return
        cells = chunk.cells

        def col(name: str) -> Any:
            c = cells.get(name)
            return (
                np.asarray(c, dtype=object)[pos] if c is not None else np.full(len(pos), None, dtype=object)
            )

        rows = np.asarray(chunk.rows, dtype=np.int64)[pos]
        if coded is not None and coded.n == len(chunk) and "doc_id" in cells:
            self.parts["doc"].append(self.docs.codes_at(coded.factorize("doc_id"), pos))
        else:
            self.parts["doc"].append(self.docs.codes_of(col("doc_id")))
        self.parts["metric"].append(self.metrics.codes_for(valid.metrics)[valid.metric].astype(np.int16))
        self.parts["mention"].append(self.mentions.codes_for(valid.mentions)[valid.mention])
        self.parts["row"].append(rows.astype(np.int32))
        lines = np.asarray(chunk.lines, dtype=np.int32)[pos]
        if (lines >= 0).any():  # a file without lines (Parquet) keeps none
            self.parts["line"].append(lines)
        regions, years = col("region"), col("year")
        # a region and a year both given place a figure for the checks across documents (DS201, DS202)
        placed = (regions != None) & (years != None)  # noqa: E711 (elementwise)
        if "region" in cells and "year" in cells:
            self.parts["region"].append(np.where(placed, self.regions.codes_of(regions), -1).astype(np.int32))
            year_of, uniques = distinct([years])
            whole = [int(x) if (x := parse_number(y)) is not None else -1 for (y,) in uniques]
            ys = np.asarray(whole, dtype=np.int16)[year_of] if whole else np.full(len(pos), -1, np.int16)
            self.parts["year"].append(np.where(placed, ys, -1).astype(np.int16))
        if "yoy" in cells or "quote" in cells:
            yoy, quote = col("yoy"), col("quote")
            for i in np.nonzero(placed & ((yoy != None) | (quote != None)))[0].tolist():  # noqa: E711
                claim = yoy_claim(yoy[i], quote[i])
                if claim is not None:
                    self.claims[int(rows[i])] = claim
        if self.keep_quotes and "quote" in cells:
            quote = col("quote")
            self.quotes.update((int(rows[i]), quote[i]) for i in np.nonzero(quote != None)[0].tolist())  # noqa: E711

    def finish(self, onto: Ontology) -> DocTable:
        """The rows in report order: by document (doc_id sorted), then row number. Each column is
        joined and put in order in turn, its chunks let go, so the rows are held about once."""
        import numpy as np

        def take(name: str, dtype: Any, order: Any = None) -> Any:
            parts = self.parts.pop(name)
            joined = np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)
            del parts
            return joined if order is None else joined[order]

        def optional(name: str, dtype: Any, order: Any) -> Any:
            """A column only some tables have: None when this one has none."""
            if self.parts[name]:
                return take(name, dtype, order)
            del self.parts[name]
            return None

        names = self.docs.values
        rank = np.empty(len(names), dtype=np.int32)
        rank[np.asarray(sorted(range(len(names)), key=names.__getitem__), dtype=np.int64)] = np.arange(
            len(names)
        )
        doc = rank[take("doc", np.int32)]
        row = take("row", np.int32)
        order = np.lexsort((row, doc)) if len(doc) else np.zeros(0, dtype=np.int64)
        bounds = np.searchsorted(doc[order], np.arange(len(names) + 1))
        del doc
        line = optional("line", np.int32, order)
        region = optional("region", np.int32, order)
        year = optional("year", np.int16, order)
        placed = region is not None and bool((region >= 0).any())
        table = DocTable(
            doc_ids=Names(sorted(names)),
            bounds=bounds,
            metric=take("metric", np.int16, order),
            mention=take("mention", np.int32, order),
            row=row[order],
            line=line,
            region=region if placed else None,  # a table without regions and years keeps none
            year=year if placed else None,
            metrics=self.metrics.values,
            mentions=self.mentions.values,
            regions=self.regions.values,
            claims=self.claims,
            quotes=self.quotes,
        )
        self.parts = {k: [] for k in ("doc", "metric", "mention", "row", "line", "region", "year")}
        table.place(onto)
        return table


class Names(Sequence[str]):
    """Strings (the doc ids) kept as one UTF-8 buffer: a worker that reads them copies no page of
    them (a list of str would have its objects' reference counts written, page after page)."""

    def __init__(self, names: list[str]):
        import numpy as np

        encoded = [n.encode("utf-8", "surrogatepass") for n in names]
        self.blob = b"".join(encoded)
        self.ends = np.cumsum(np.asarray([len(e) for e in encoded], dtype=np.int64))

    def __len__(self) -> int:
        return len(self.ends)

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        a = int(self.ends[i - 1]) if i else 0
        return self.blob[a : int(self.ends[i])].decode("utf-8", "surrogatepass")

    def block(self, a: int, b: int) -> list[str]:
        """self[a:b] for 0 <= a <= b <= len(self), the offsets read in one go (render.passed_texts
        names a thousand documents at a time)."""
        ends = self.ends[a - 1 if a else 0 : b].tolist()
        if not a:
            ends.insert(0, 0)
        blob = self.blob
        return [blob[x:y].decode("utf-8", "surrogatepass") for x, y in pairwise(ends)]


@dataclass
class DocTable:
    """Valid rows in report order, a few integers each. Document i has the rows bounds[i]:bounds[i+1]."""

    doc_ids: Names
    bounds: Any
    metric: Any  # code into metrics
    mention: Any  # code into mentions
    row: Any
    line: Any  # None: the file has no lines (Parquet)
    region: Any  # code into regions, -1 unless the row has both a region and a year; None: no row has
    year: Any  # likewise
    metrics: list[str]
    mentions: list[Mention]
    regions: list[str]
    claims: dict[int, tuple[float, float]]
    quotes: dict[int, str]
    start: Any = None  # where each row's figure starts in its document's synthetic text

    def __len__(self) -> int:
        return len(self.doc_ids)

    def doc_of(self, j: int) -> int:
        import numpy as np

        return int(np.searchsorted(self.bounds, j, "right")) - 1

    def place_of(self, i: int) -> tuple[str, str] | None:
        """Document i's region and year: those of its first row that gives both (None: no row does)."""
        if self.region is None or self.year is None:
            return None
        for j in range(int(self.bounds[i]), int(self.bounds[i + 1])):
            if int(self.region[j]) >= 0 and int(self.year[j]) >= 0:
                return self.regions[int(self.region[j])], str(int(self.year[j]))
        return None

    def line_of(self, j: int) -> int | None:
        return None if self.line is None or int(self.line[j]) < 0 else int(self.line[j])

    def fact_of(self, j: int, doc: int | None = None) -> tuple[str, int]:
        """Row j's fact id in its document (`doc`, when the caller knows it), and where its figure
        starts in the synthetic text."""
        first = int(self.bounds[self.doc_of(j) if doc is None else doc])
        return f"f{j - first + 1}", int(self.start[j])

    def place(self, onto: Ontology) -> None:
        """Where each row's figure starts in its document's synthetic text (facts.synthesize writes
        label + figure, rows joined by ；): 4 bytes a row, so that a document's facts need no walk."""
        import numpy as np

        n = len(self.row)
        # (in place and in 32 bits where a row's own lengths are concerned: at a million rows each
        # 64-bit temporary is 8 MB, and the table's peak memory is made here)
        label = np.asarray([len(onto.metrics[k].full_label) for k in self.metrics], dtype=np.int32)
        figure = np.asarray([len(m.text) for m in self.mentions], dtype=np.int32)
        lab = label[self.metric] if n else np.zeros(0, dtype=np.int32)
        seg = lab + (figure[self.mention] if n else 0) + 1
        before = np.cumsum(seg, dtype=np.int64)
        before -= seg  # the segments before each row, over the whole table
        del seg
        counts = np.diff(self.bounds)
        first = np.zeros(len(counts), dtype=np.int64)
        stated = counts > 0
        first[stated] = before[self.bounds[:-1][stated]]  # where each document's text begins
        before -= np.repeat(first, counts)
        before += lab
        self.start = before.astype(np.int32)

    def figures(self, i: int) -> DocFigures:
        """Document i's rows, as plain lists."""
        a, b = int(self.bounds[i]), int(self.bounds[i + 1])
        numbers = self.row[a:b].tolist()
        codes = self.mention[a:b].tolist()
        lines: list[int | None] = [None] * (b - a)
        if self.line is not None:
            lines = [None if x < 0 else x for x in self.line[a:b].tolist()]
        return DocFigures(
            numbers,
            lines,
            [self.metrics[c] for c in self.metric[a:b].tolist()],
            codes,
            [self.mentions[c] for c in codes],
            self.start[a:b].tolist(),
            [self.quotes.get(r) for r in numbers] if self.quotes else [None] * len(numbers),
        )


@dataclass(slots=True)
class DocFigures:
    """One document's rows: numbers, lines, metric keys, figures (with their codes in the table),
    where each figure starts in the synthetic text, and quotes (with --texts)."""

    numbers: list[int]
    lines: list[int | None]
    metrics: list[str]
    codes: list[int]
    mentions: list[Mention]
    starts: list[int]
    quotes: list[str | None]

    def rows(self, doc_id: str) -> list[ValidRow]:
        return [
            ValidRow(n, line, doc_id, k, m, q)
            for n, line, k, m, q in zip(
                self.numbers, self.lines, self.metrics, self.mentions, self.quotes, strict=True
            )
        ]
