"""The dataset contract (schemas/dataset.md) as a pandera schema, validated lazily, chunk by chunk.

Every problem in the table is reported, each with its row: missing columns, empty cells, values
that are not numbers (or carry a sign, or are too large to be a figure), NaN or negative, metric
labels the ontology does not know (or that name several metrics), units a metric cannot have,
duplicate rows. Rows with a problem of severity error do not become facts; they are reported
instead.

Each chunk of rows (load.py) is one pandera validation, indexed by row number, so failures carry
their row. The checks work on a column's distinct values (a table repeats a few labels, units and
figures): each distinct value is judged once, and the verdicts are spread over the rows with numpy.
A duplicate row may repeat one from an earlier chunk: `DuplicateRows` remembers a 128-bit hash of
every row seen (16 bytes a row) and a 2 MB bitmap of them that spares most rows a look-up.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..model import Mention
from ..numbers import MAX_QUANTITY, scan
from ..ontology import Ontology
from .load import Chunk, RowProblem
from .where import row_name

REQUIRED = ("doc_id", "metric", "value", "unit")
OPTIONAL = ("family", "quote", "page", "year", "region", "yoy")
_SEP_RE = re.compile(r"[·・•\s]+")
_DECIMAL_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_THOUSANDS_RE = re.compile(r"^[+-]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$")
_DIGIT_RE = re.compile(r"\d")  # a unit with a digit in it (checked for every row: compiled once)
_SHOWN = 40  # cells longer than this are abbreviated in messages

# pandera check name -> (code, severity)
CODES: dict[str, tuple[str, str]] = {
    "column_in_dataframe": ("DS001", "error"),
    "not_nullable": ("DS002", "error"),
    "value_not_nan": ("DS002", "error"),
    "value_is_number": ("DS003", "error"),
    "value_unsigned": ("DS003", "error"),
    "figure_finite": ("DS003", "error"),
    "value_non_negative": ("DS004", "error"),
    "metric_known": ("DS005", "error"),
    "metric_unambiguous": ("DS006", "error"),
    "unit_fits_metric": ("DS007", "error"),
    "unit_has_no_digits": ("DS007", "error"),
    "duplicate_row": ("DS008", "warning"),
    "year_is_year": ("DS011", "error"),
    "page_is_number": ("DS011", "error"),
    "yoy_is_number": ("DS011", "error"),
}


@lru_cache(maxsize=65536)  # every row's value is parsed by several checks, and tables repeat figures
def parse_number(s: str | None) -> float | None:
    """The cell as a finite number, NaN for NaN, or None when it is not a number (or is too large
    for one: 309 digits and more overflow a float)."""
    if s is None:
        return None
    t = s.strip()
    if _THOUSANDS_RE.match(t):
        t = t.replace(",", "").replace("，", "")
    if t.lower() in ("nan", "-nan", "+nan"):
        return math.nan
    # plain decimals only: 1e3 and inf are not how a report states a figure (and its unit would not read)
    if not _DECIMAL_RE.fullmatch(t):
        return None
    x = float(t)
    return None if math.isinf(x) else x


def _too_large(s: str) -> bool:
    """A plain decimal whose value overflows a float."""
    t = s.strip().replace(",", "").replace("，", "")
    return bool(_DECIMAL_RE.fullmatch(t)) and math.isinf(float(t))


def _beyond_figures(x: float, unit: str) -> bool:
    """Is x in `unit` (万元 multiplies by 10,000) beyond any figure the grammar reads (MAX_QUANTITY)?"""
    one = quantity_of("1", unit)
    scale = one.quantity.value if one is not None and one.quantity is not None else 1.0
    return not abs(x) * scale <= MAX_QUANTITY


def _signed(s: str) -> bool:
    """A number written with a sign that a report's figure never has: +45, or −0 (a negative value
    is reported as negative instead)."""
    t = s.strip()
    if not t or t[0] not in "+-":
        return False
    x = parse_number(t)
    return x is not None and not math.isnan(x) and (t[0] == "+" or x == 0)


def _is_nan_cell(s: str | None) -> bool:
    x = parse_number(s)
    return x is not None and math.isnan(x)


def shown(v: str | None) -> str:
    """A cell as quoted in a message: long cells abbreviated (a 5,000-digit number, a pasted page)."""
    if v is None or len(v) <= _SHOWN:
        return str(v)
    return f"{v[:20]}…（共{len(v)}个字符）"


@dataclass(frozen=True)
class Resolution:
    key: str | None
    candidates: tuple[str, ...]


class MetricResolver:
    """A metric cell (key, 行政复议·审结, or a measure label/alias such as 审结 with a family) → key."""

    def __init__(self, onto: Ontology):
        self.onto = onto
        self.full: dict[str, str] = {}
        self.names: dict[str, list[str]] = {}
        for key, m in onto.metrics.items():
            fam_label = m.family_label or m.family
            self.full[_SEP_RE.sub("", f"{fam_label}{m.label}")] = key
            self.full[f"{m.family}{m.label}"] = key
            for name in (m.label, *m.aliases):
                self.names.setdefault(_SEP_RE.sub("", name), [])
                if key not in self.names[_SEP_RE.sub("", name)]:
                    self.names[_SEP_RE.sub("", name)].append(key)
        self.families = {f: f for f in onto.families}
        for f, spec in onto.families.items():
            self.families[str(spec.get("label", f))] = f
        self._cache: dict[tuple[str, str | None], Resolution] = {}

    def resolve(self, metric: str | None, family: str | None) -> Resolution:
        if metric is None:
            return Resolution(None, ())
        k = (metric, family)
        if k not in self._cache:
            self._cache[k] = self._resolve(metric.strip(), family.strip() if family else None)
        return self._cache[k]

    def _resolve(self, metric: str, family: str | None) -> Resolution:
        fam = self.families.get(family) if family else None
        if metric in self.onto.metrics:
            return Resolution(metric, (metric,))
        flat = _SEP_RE.sub("", metric)
        if flat in self.full:
            return Resolution(self.full[flat], (self.full[flat],))
        cands = self.names.get(flat, [])
        if family:
            cands = [c for c in cands if self.onto.metrics[c].family == fam]
        if len(cands) == 1:
            return Resolution(cands[0], (cands[0],))
        return Resolution(None, tuple(cands))


@lru_cache(maxsize=65536)  # a table repeats the same few units and figures; Mention is immutable
def quantity_of(value: str, unit: str) -> Mention | None:
    """The figure `value` `unit` read by hecha's own number grammar (None: not a quantity)."""
    text = f"{value.strip()}{unit.strip()}"
    try:
        ms = [m for m in scan(text) if m.quantity is not None]
    except (ValueError, OverflowError):  # a figure too large for the grammar's arithmetic
        return None
    if len(ms) != 1 or ms[0].start != 0 or ms[0].end != len(text):
        return None
    return ms[0]


def column_codes(cells: Any) -> tuple[Any, list[Any]]:
    """A column as codes of its distinct cells: (codes, the cells) with code 0 for None."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(np.asarray(cells, dtype=object), use_na_sentinel=True)
    return codes + 1, [None, *uniques]


def combine(columns: Sequence[tuple[Any, list[Any]]]) -> tuple[Any, list[tuple[Any, ...]]]:
    """The distinct combinations of cells across coded columns (column_codes): for each row the index
    of its combination, and the combinations in order of first appearance."""
    import numpy as np
    import pandas as pd

    n = len(columns[0][0])
    if n == 0:
        return np.zeros(0, dtype=np.int64), []
    combined = np.zeros(n, dtype=np.int64)
    for codes, cells in columns:
        combined, _ = pd.factorize(combined * len(cells) + codes)  # renumbered: never overflows
    # factorize numbers combinations as they first appear: a row is the first of its combination
    # where its number exceeds every number before it
    first = np.flatnonzero(combined > np.maximum.accumulate(np.concatenate(([-1], combined[:-1]))))
    combos = [tuple(cells[codes[i]] for codes, cells in columns) for i in first.tolist()]
    return combined, combos


def distinct(columns: Sequence[Sequence[Any]]) -> tuple[Any, list[tuple[Any, ...]]]:
    """The distinct combinations of cells across `columns` (equal lengths; None allowed): (for each
    row, the index of its combination; the combinations, in order of first appearance). The hashing
    runs in pandas (pd.factorize), the rest in numpy."""
    return combine([column_codes(c) for c in columns])


def judged(fn: Callable[..., bool], inverse: Any, combos: list[tuple[Any, ...]]) -> Any:
    """fn(*cells) for every row (combine()'s result), as a numpy bool array, called once per combination."""
    import numpy as np

    verdicts = np.fromiter((bool(fn(*c)) for c in combos), dtype=bool, count=len(combos))
    return verdicts[inverse] if len(combos) else np.ones(len(inverse), dtype=bool)


class ChunkCodes:
    """The columns of the chunk being validated, each coded once (several checks read each column,
    and the duplicate-row hashes hash each column's distinct cells), and their combinations."""

    def __init__(self) -> None:
        self.n = 0
        self.factorized: dict[str, tuple[Any, Any]] = {}  # pd.factorize of each column: codes, uniques
        self.columns: dict[str, tuple[Any, list[Any]]] = {}
        self.combos: dict[tuple[str, ...], tuple[Any, list[tuple[Any, ...]]]] = {}

    def start(self, frame: Any, known: dict[str, tuple[Any, Any]] | None = None) -> None:
        """The chunk `frame`, with the factorized columns its reader knows (load.Chunk.codes)."""
        self.n = len(frame)
        self.frame = frame
        self.factorized.clear()
        self.factorized.update(known or {})
        self.columns.clear()
        self.combos.clear()

    def factorize(self, name: str) -> tuple[Any, Any]:
        """pd.factorize of a column of the chunk (codes -1 for None and NaN; an absent column: all None)."""
        import numpy as np
        import pandas as pd

        c = self.factorized.get(name)
        if c is None:
            f = self.frame
            cells = (
                f[name].to_numpy(dtype=object) if name in f.columns else np.full(self.n, None, dtype=object)
            )
            c = self.factorized[name] = pd.factorize(cells, use_na_sentinel=True)
        return c

    def column(self, name: str) -> tuple[Any, list[Any]]:
        c = self.columns.get(name)
        if c is None:
            codes, uniques = self.factorize(name)
            c = self.columns[name] = (codes + 1, [None, *uniques])  # column_codes
        return c

    def rows(self, names: tuple[str, ...]) -> tuple[Any, list[tuple[Any, ...]]]:
        c = self.combos.get(names)
        if c is None:
            c = self.combos[names] = combine([self.column(n) for n in names])
        return c


class DuplicateRows:
    """Rows seen so far, as 128-bit hashes (two 64-bit hashes with different keys), in sorted blocks
    merged as they grow (a block per chunk would make each look-up walk them all), and a bitmap of
    the first hash's low bits: a row whose bit is not set was seen in no earlier chunk, so only the
    few whose bit is set are looked up in the blocks (at a million rows, ~6% of them)."""

    _KEY2 = "hecha-dup-rows-2"  # 16 characters, as pandas requires of a hash key
    _BITS = 24  # the bitmap's size: 2**24 bits, 2 MB

    def __init__(self) -> None:
        self.blocks: list[tuple[Any, Any]] = []  # (sorted h1, h2 in the same order)
        self.pending: tuple[Any, Any] | None = None  # the hashes of the chunk being validated
        self._order: tuple[Any, Any] | None = None  # (h1, its stable argsort), made by seen for add
        self._bitmap: Any = None  # uint64 words: bit (h1 mod 2**_BITS) set for every h1 added

    def hashes(self, frame: Any, codes: ChunkCodes | None = None) -> tuple[Any, Any]:
        """Two hashes of each row. With the chunk's codes (`frame` being the chunk they code): the
        same numbers as hash_pandas_object(frame, index=False) gives, made as it makes them — each
        column factorized, its distinct cells hashed, the codes mapped to their hashes, the columns
        combined — but each column factorized once for both keys and for the checks."""
        import numpy as np
        from pandas.util import hash_pandas_object

        plain = all(isinstance(dt, np.dtype) and dt.kind == "O" for dt in frame.dtypes)  # numpy objects
        if codes is None or len(frame) != codes.n or not plain:
            h1 = hash_pandas_object(frame, index=False).to_numpy()
            h2 = hash_pandas_object(frame, index=False, hash_key=self._KEY2).to_numpy()
            return h1, h2
        import pandas as pd
        from pandas.core.util.hashing import combine_hash_arrays
        from pandas.util import hash_array

        out = []
        factorized = [codes.factorize(str(c)) for c in frame.columns]
        for key in (None, self._KEY2):
            per_column = []
            for inverse, uniques in factorized:
                # (hashing.hash_array of an object column: its categories as an Index, hashed
                # without categorising again; a missing cell hashes to the largest uint64)
                cats = np.asarray(pd.Index(uniques))
                hashed = (
                    hash_array(cats, categorize=False)
                    if key is None
                    else hash_array(cats, hash_key=key, categorize=False)
                )
                h = hashed.take(inverse) if len(hashed) else np.zeros(len(inverse), dtype=np.uint64)
                h[inverse < 0] = np.iinfo(np.uint64).max
                per_column.append(h)
            out.append(combine_hash_arrays(iter(per_column), len(per_column)))
        return out[0], out[1]

    def again(self, h1: Any, h2: Any) -> Any:
        """For each row of a chunk: is it a row seen before, in an earlier chunk or earlier in this
        one? (MultiIndex.from_arrays([h1, h2]).duplicated(keep="first") | seen(h1, h2).)"""
        return self.seen(h1, h2) | self._repeated(h1, h2)

    def seen(self, h1: Any, h2: Any) -> Any:
        """For each row: was the same row seen in an earlier chunk?"""
        import numpy as np

        out = np.zeros(len(h1), dtype=bool)
        order = np.argsort(h1, kind="stable")  # sorted keys: searchsorted walks each block once
        self._order = (h1, order)
        if not self.blocks:
            return out
        order = order[self._marked(h1[order])]  # (rows whose bit is not set were never seen)
        keys = h1[order]
        for b1, b2 in self.blocks:
            lo = np.searchsorted(b1, keys, side="left")
            hi = np.searchsorted(b1, keys, side="right")
            for i in np.nonzero(hi > lo)[0].tolist():  # h1 matches are duplicates or (rarely) collisions
                j = order[i]
                out[j] = out[j] or bool((b2[lo[i] : hi[i]] == h2[j]).any())
        return out

    def _slots(self, h1: Any) -> tuple[Any, Any]:
        """Each hash's word of the bitmap and its bit there."""
        import numpy as np

        slot = h1.astype(np.uint64, copy=False) & np.uint64((1 << self._BITS) - 1)
        return (slot >> np.uint64(6)).astype(np.int64), np.left_shift(np.uint64(1), slot & np.uint64(63))

    def _marked(self, h1: Any) -> Any:
        """For each hash: is its bit set (was some earlier row's h1 equal to it modulo 2**_BITS)?"""
        import numpy as np

        if self._bitmap is None:
            return np.zeros(len(h1), dtype=bool)
        word, bit = self._slots(h1)
        return (self._bitmap[word] & bit) != 0

    def _repeated(self, h1: Any, h2: Any) -> Any:
        """For each row: is the same row earlier in this chunk? Equal h1 lie side by side in seen's
        stable order, earlier rows first; only those runs (duplicates, or rarely collisions) are read."""
        import numpy as np

        known = self._order
        order = known[1] if known is not None and known[0] is h1 else np.argsort(h1, kind="stable")
        out = np.zeros(len(h1), dtype=bool)
        s1 = h1[order]
        tied = np.flatnonzero(s1[1:] == s1[:-1])  # sorted position i + 1 has the h1 of position i
        run: set[int] = set()
        last: int | None = None
        for i in tied.tolist():
            if int(s1[i]) != last:
                last = int(s1[i])
                run = {int(h2[order[i]])}  # (position i opens the run unless it follows a tie)
            j = int(order[i + 1])
            b = int(h2[j])
            if b in run:
                out[j] = True
            run.add(b)
        return out

    def add(self, h1: Any, h2: Any) -> None:
        import numpy as np

        known, self._order = self._order, None
        order = known[1] if known is not None and known[0] is h1 else np.argsort(h1, kind="stable")
        self.blocks.append((h1[order], h2[order]))
        if self._bitmap is None:
            self._bitmap = np.zeros(1 << (self._BITS - 6), dtype=np.uint64)
        word, bit = self._slots(h1)
        np.bitwise_or.at(self._bitmap, word, bit)
        while len(self.blocks) > 1 and len(self.blocks[-2][0]) <= 2 * len(self.blocks[-1][0]):
            (a1, a2), (b1, b2) = self.blocks.pop(-2), self.blocks.pop()
            self.blocks.append(_merged(a1, a2, b1, b2))
            del a1, a2, b1, b2


def _merged(a1: Any, a2: Any, b1: Any, b2: Any) -> tuple[Any, Any]:
    """Two sorted blocks as one, a's rows before b's among equal keys (as a stable sort of a + b),
    written once into the result: the last merges of a million rows hold 16 MB a block, and a
    concatenation sorted anew held three copies of them at once."""
    import numpy as np

    n = len(a1) + len(b1)
    at_b = np.searchsorted(a1, b1, side="right") + np.arange(len(b1))  # b's places in the result
    from_a = np.ones(n, dtype=bool)
    from_a[at_b] = False
    c1, c2 = np.empty(n, dtype=a1.dtype), np.empty(n, dtype=a2.dtype)
    c1[at_b], c2[at_b] = b1, b2
    c1[from_a], c2[from_a] = a1, a2
    return c1, c2


def _pandera() -> Any:
    """pandera.pandas, imported lazily (extras.import_pandera: pyspark is not probed)."""
    from ..extras import import_pandera

    return import_pandera()


def _number(v: str) -> bool:
    return parse_number(v) is not None


def _unsigned(v: str) -> bool:
    return not _signed(v)


def _not_nan(v: str) -> bool:
    return not _is_nan_cell(v)


def _non_negative(v: str) -> bool:
    x = parse_number(v)
    return x is None or math.isnan(x) or x >= 0


def _whole(v: str, lo: float, hi: float) -> bool:
    x = parse_number(v)
    return x is not None and not math.isnan(x) and x == int(x) and lo <= x <= hi


def _year(v: str) -> bool:
    return _whole(v, 1949, 2100)


def _page(v: str) -> bool:
    return _whole(v, 0, math.inf)


def _unit_text(v: str) -> bool:
    # a unit with digits is a number split by an unquoted comma (1,083件) or a typo
    return not _DIGIT_RE.search(v)


def _yoy(v: str) -> bool:
    x = parse_number(v.rstrip("%"))
    return x is not None and not math.isnan(x)


def _column_check(fn: Callable[[str], bool], name: str, codes: ChunkCodes) -> Any:
    """A check of one column's cells, judged once per distinct cell. An empty cell passes: an
    optional column may be empty, a required one is reported by not_nullable. (So pandera need not
    look for empty cells itself: ignore_na=False.)"""
    import pandas as pd

    pa = _pandera()

    def check(s: Any) -> Any:
        if len(s) != codes.n:  # not the chunk's column as it stands (never so far): coded afresh
            inverse, combos = distinct([s.to_numpy(dtype=object)])
        else:
            inverse, combos = codes.rows((str(s.name),))
        ok = judged(lambda v: v is None or fn(v), inverse, combos)
        return pd.Series(ok, index=s.index, dtype=bool)

    return pa.Check(check, name=name, ignore_na=False)


def _required_check(codes: ChunkCodes) -> Any:
    """pandera's own check of a column that may not be empty (Column(nullable=False): its cells'
    isna, a Python loop over every cell of every required column), read off the codes the chunk's
    columns are given anyway (-1: None or NaN, what isna finds in a column of objects). Named as
    pandera names its own, run first among the column's checks as pandera runs its own."""
    import pandas as pd

    pa = _pandera()

    def check(s: Any) -> Any:
        if len(s) != codes.n:  # not the chunk's column as it stands (never so far)
            return s.notna()
        return pd.Series(codes.factorize(str(s.name))[0] >= 0, index=s.index, dtype=bool)

    return pa.Check(check, name="not_nullable", ignore_na=False)


def _schema(
    onto: Ontology, resolver: MetricResolver, columns: list[str], dups: DuplicateRows, codes: ChunkCodes
) -> Any:
    import numpy as np
    import pandas as pd

    pa = _pandera()

    def cells(d: Any, col: str) -> Any:
        return d[col].to_numpy(dtype=object) if col in d.columns else np.full(len(d), None, dtype=object)

    def column(fn: Callable[[str], bool], name: str) -> Any:
        return _column_check(fn, name, codes)

    def known(m: str | None, f: str | None) -> bool:
        r = resolver.resolve(m, f)
        return m is None or r.key is not None or len(r.candidates) > 1

    def unambiguous(m: str | None, f: str | None) -> bool:
        return m is None or len(resolver.resolve(m, f).candidates) <= 1

    def fits(m: str | None, v: str | None, u: str | None, f: str | None) -> bool:
        key = resolver.resolve(m, f).key
        x = parse_number(v)
        if key is None or u is None or x is None or math.isnan(x) or x < 0 or _DIGIT_RE.search(u):
            return True
        if v is not None and _signed(v):
            return True  # reported as a signed value, not as a unit the metric cannot have
        if _beyond_figures(x, u):
            return True  # reported as too large (figure_finite)
        men = quantity_of(v, u)
        return (
            men is not None
            and men.quantity is not None
            and onto.metrics[key].accepts(men.kind, men.quantity.unit)
        )

    def finite(v: str | None, u: str | None) -> bool:
        """30…0万元: a value a float holds that overflows once its unit multiplies it."""
        x = parse_number(v)
        if x is None or math.isnan(x) or u is None or _DIGIT_RE.search(u):
            return True
        return not _beyond_figures(x, u)

    def frame_check(fn: Callable[..., bool], cols: tuple[str, ...]) -> Callable[[Any], Any]:
        # every fn passes a row whose cells are all empty, as pandera's ignore_na would
        def check(d: Any) -> Any:
            if len(d) != codes.n:  # not the chunk as it stands (never so far): code it afresh
                inverse, combos = distinct([cells(d, c) for c in cols])
            else:
                inverse, combos = codes.rows(cols)
            return pd.Series(judged(fn, inverse, combos), index=d.index, dtype=bool)

        return check

    def unit_fits(d: Any) -> Any:
        if "unit" not in d.columns or "value" not in d.columns:
            return pd.Series(True, index=d.index, dtype=bool)
        return frame_check(fits, ("metric", "value", "unit", "family"))(d)

    def not_duplicated(d: Any) -> Any:
        h1, h2 = dups.pending = dups.hashes(d, codes)  # remembered once the chunk is validated
        again = dups.again(h1, h2)
        return pd.Series(~again, index=d.index)

    required = _required_check(codes)  # (pandera's nullable=False, from the codes)
    cols: dict[str, Any] = {
        "doc_id": pa.Column(object, nullable=True, checks=[required]),
        "metric": pa.Column(object, nullable=True, checks=[required]),
        "value": pa.Column(
            object,
            nullable=True,
            checks=[
                required,
                column(_number, "value_is_number"),
                column(_unsigned, "value_unsigned"),
                column(_not_nan, "value_not_nan"),
                column(_non_negative, "value_non_negative"),
            ],
        ),
        "unit": pa.Column(object, nullable=True, checks=[required, column(_unit_text, "unit_has_no_digits")]),
        "family": pa.Column(object, nullable=True, required=False),
        "quote": pa.Column(object, nullable=True, required=False),
        "region": pa.Column(object, nullable=True, required=False),
        "year": pa.Column(object, nullable=True, required=False, checks=column(_year, "year_is_year")),
        "page": pa.Column(object, nullable=True, required=False, checks=column(_page, "page_is_number")),
        "yoy": pa.Column(object, nullable=True, required=False, checks=column(_yoy, "yoy_is_number")),
    }
    frame_checks = [pa.Check(not_duplicated, name="duplicate_row")]
    if "metric" in columns:
        frame_checks += [
            pa.Check(frame_check(known, ("metric", "family")), name="metric_known", ignore_na=False),
            pa.Check(
                frame_check(unambiguous, ("metric", "family")), name="metric_unambiguous", ignore_na=False
            ),
            pa.Check(unit_fits, name="unit_fits_metric", ignore_na=False),
        ]
    if "value" in columns and "unit" in columns:
        frame_checks.append(
            pa.Check(frame_check(finite, ("value", "unit")), name="figure_finite", ignore_na=False)
        )
    return pa.DataFrameSchema(cols, checks=frame_checks, coerce=False, strict=False)


def _message(
    check: str,
    col: str | None,
    row: int | None,
    line: int | None,
    v: dict[str, Any],
    resolver: MetricResolver,
) -> str:
    where = row_name(row, line) if row is not None else ""
    if check == "column_in_dataframe":
        return f"缺少必需的列“{col}”（必需的列：{'、'.join(REQUIRED)}）"
    if check == "not_nullable":
        return f"{where}“{col}”为空"
    if check == "value_not_nan":
        return f"{where}数值为NaN"
    if check in ("value_is_number", "figure_finite"):
        value = v.get("value")
        if value is not None and (_too_large(value) or check == "figure_finite"):
            return f"{where}数值“{shown(value)}”过大，不是报告中的数字"
        return f"{where}数值“{shown(value)}”不是数字"
    if check == "value_unsigned":
        value = str(v.get("value")).strip()
        x = parse_number(value)
        plain = value[1:] if x is None else value[1:].lstrip("+-")
        return f"{where}数值“{shown(value)}”带有正负号：报告中的数字不带符号（应写作{shown(plain)}）"
    if check == "value_non_negative":
        return f"{where}数值{shown(v.get('value'))}为负数，报告中的件数、人数、金额和比率不会为负"
    if check == "metric_known":
        fam = f"（family：{shown(v.get('family'))}）" if v.get("family") else ""
        return f"{where}指标“{shown(v.get('metric'))}”{fam}不在指标本体（schemas/metrics.yaml）中"
    if check == "metric_unambiguous":
        r = resolver.resolve(v.get("metric"), v.get("family"))
        names = "、".join(f"{resolver.onto.label(c)}（{c}）" for c in r.candidates)
        return f"{where}指标“{shown(v.get('metric'))}”可指{names}，请填写family列或使用指标键"
    if check == "unit_fits_metric":
        key = resolver.resolve(v.get("metric"), v.get("family")).key
        return f"{where}单位“{shown(v.get('unit'))}”不适用于指标{resolver.onto.label(key)}（{key}）"
    if check == "unit_has_no_digits":
        return f"{where}单位“{shown(v.get('unit'))}”含有数字（数值中的逗号未加引号？）"
    if check == "duplicate_row":
        return f"{where}与前面的某一行完全相同（重复行）"
    if check == "year_is_year":
        return f"{where}年份“{shown(v.get('year'))}”不是年份"
    if check == "yoy_is_number":
        return f"{where}同比变化“{shown(v.get('yoy'))}”不是百分数"
    if check == "page_is_number":
        return f"{where}页码“{shown(v.get('page'))}”不是页码"
    return f"{where}{col or ''}未通过检查{check}"


@dataclass
class ChunkRows:
    """The rows of a chunk fit to become facts: their places in the chunk, and for each its metric
    key and figure, as indices into the chunk's distinct ones."""

    positions: Any  # numpy int64
    metric: Any  # index into metrics, per row
    metrics: list[str | None]
    mention: Any  # index into mentions, per row
    mentions: list[Mention | None]

    @classmethod
    def empty(cls) -> ChunkRows:
        import numpy as np

        z = np.zeros(0, dtype=np.int64)
        return cls(z, z, [], z, [])


class Validator:
    """The schema of one table, applied chunk after chunk (rows.py keeps what passes)."""

    def __init__(self, onto: Ontology, columns: list[str], rendered: bool):
        self.onto = onto
        self.columns = columns
        self.rendered = rendered
        self.resolver = MetricResolver(onto)
        self.dups = DuplicateRows()
        self.codes = ChunkCodes()  # the chunk being validated, coded
        self.schema = _schema(onto, self.resolver, columns, self.dups, self.codes)
        self.missing: list[str] = []  # required columns the table lacks (reported with the first chunk)
        self.first = True

    def validate(self, chunk: Chunk) -> tuple[ChunkRows, list[RowProblem]]:
        """Validate one chunk: the rows fit to become facts, and every problem (DS009 rows of the
        reader included), not yet sorted."""
        import warnings

        import numpy as np
        import pandas as pd

        pa = _pandera()
        frame = pd.DataFrame(
            {c: np.asarray(chunk.cells[c], dtype=object) for c in self.columns},
            columns=self.columns,
            index=pd.Index(chunk.rows, dtype="int64"),
            dtype=object,
        )
        problems: list[RowProblem] = list(chunk.problems)
        self.codes.start(frame, chunk.codes)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", FutureWarning)
                self.schema.validate(frame, lazy=True)
            failures: list[dict[str, Any]] = []
        except pa.errors.SchemaErrors as err:
            broken = [
                e for e in err.schema_errors if e.reason_code == pa.errors.SchemaErrorReason.CHECK_ERROR
            ]
            if broken:  # a check that raised is hecha's bug, not a problem of the table
                raise RuntimeError(f"dataset validation failed: {broken[0]}") from None
            failures = err.failure_cases.to_dict("records")
        self.dups.add(*(self.dups.pending or self.dups.hashes(frame)))
        self.dups.pending = None
        rows = np.asarray(chunk.rows, dtype=np.int64)
        seen: set[tuple[str, Any, Any]] = set()
        for fc in failures:
            check = str(fc.get("check"))
            idx = fc.get("index")
            row = None if idx is None or (isinstance(idx, float) and math.isnan(idx)) else int(idx)
            col = fc.get("column")
            col = None if col is None or (isinstance(col, float) and math.isnan(col)) else str(col)
            if check == "column_in_dataframe":
                col = str(fc.get("failure_case"))
                if not self.first:
                    continue  # reported with the first chunk
                self.missing.append(col)
            key = (check, row, col if row is None or check == "not_nullable" else None)
            if key in seen:
                continue
            seen.add(key)
            code, _sev = CODES.get(check, ("DS010", "error"))
            pos = int(np.searchsorted(rows, row)) if row is not None else -1
            if row is not None and (pos >= len(rows) or rows[pos] != row):
                row, pos = None, -1  # a failure pandera could not place on a row of this chunk
            line = chunk.lines[pos] if pos >= 0 and chunk.lines[pos] >= 0 else None
            values = {c: chunk.cells[c][pos] for c in self.columns} if pos >= 0 else {}
            msg = _message(check, col, row, line, values, self.resolver)
            if row is not None:
                problems.append(RowProblem(row, line, col, code, msg))
            else:
                problems.append(RowProblem(None, None if self.rendered else 1, col, code, msg))
        self.first = False
        return self._valid(chunk, problems), problems

    def _valid(self, chunk: Chunk, problems: list[RowProblem]) -> ChunkRows:
        import numpy as np

        if self.missing or not len(chunk):
            return ChunkRows.empty()  # without a required column no row can become a fact
        bad = [p.row for p in problems if p.row is not None and CODES_SEVERITY.get(p.code) == "error"]
        bad += [p.row for p in problems if p.row is not None and p.code == "DS008"]
        good = ~np.isin(np.asarray(chunk.rows, dtype=np.int64), np.asarray(bad, dtype=np.int64))
        metric_of, pairs = self.codes.rows(("metric", "family"))
        keys = [self.resolver.resolve(m, f).key for m, f in pairs]
        mention_of, figures = self.codes.rows(("value", "unit"))
        mentions = [
            quantity_of(str(v), str(u)) if ok else None
            for (v, u), ok in zip(figures, self._plain(figures), strict=True)
        ]
        ok = good & np.asarray([k is not None for k in keys], dtype=bool)[metric_of]
        ok &= np.asarray([m is not None for m in mentions], dtype=bool)[mention_of]
        positions = np.flatnonzero(ok)
        return ChunkRows(positions, metric_of[positions], keys, mention_of[positions], mentions)

    @staticmethod
    def _plain(figures: list[tuple[Any, ...]]) -> list[bool]:
        """Values worth reading as figures: a number the schema accepts (a row with any other has
        been reported, and the grammar need not read 5,000 digits)."""
        return [parse_number(v) is not None for v, _ in figures]


CODES_SEVERITY: dict[str, str] = {code: sev for code, sev in CODES.values()}
CODES_SEVERITY["DS009"] = "error"
CODES_SEVERITY["DS010"] = "error"
