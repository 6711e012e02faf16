"""The dataset contract (schemas/dataset.md) as a pandera schema, validated lazily.

Every problem in the table is reported at once, each with its row: missing columns, empty cells,
values that are not numbers, NaN or negative, metric labels the ontology does not know (or that
name several metrics), units a metric cannot have, duplicate rows. Rows with a problem of severity
error do not become facts; they are reported instead.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..model import Mention, Quantity
from ..numbers import scan
from ..ontology import FAMILY_LABELS, Ontology
from .load import Record, RowProblem, Table

REQUIRED = ("doc_id", "metric", "value", "unit")
OPTIONAL = ("family", "quote", "page", "year", "region", "yoy")
_SEP_RE = re.compile(r"[·・•\s]+")
_DECIMAL_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_THOUSANDS_RE = re.compile(r"^[+-]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$")
_DIGIT_RE = re.compile(r"\d")  # a unit with a digit in it (checked for every row: compiled once)

# pandera check name -> (code, severity)
CODES: dict[str, tuple[str, str]] = {
    "column_in_dataframe": ("DS001", "error"),
    "not_nullable": ("DS002", "error"),
    "value_not_nan": ("DS002", "error"),
    "value_is_number": ("DS003", "error"),
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
    """The cell as a finite number, NaN for NaN, or None when it is not a number."""
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
    return float(t)


def _is_nan_cell(s: str | None) -> bool:
    x = parse_number(s)
    return x is not None and math.isnan(x)


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
            fam_label = FAMILY_LABELS.get(m.family, m.family)
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
    ms = [m for m in scan(text) if m.quantity is not None]
    if len(ms) != 1 or ms[0].start != 0 or ms[0].end != len(text):
        return None
    return ms[0]


@dataclass
class ValidRow:
    record: Record
    doc_id: str
    metric: str
    mention: Mention

    @property
    def quantity(self) -> Quantity:
        assert self.mention.quantity is not None
        return self.mention.quantity

    def get(self, col: str) -> str | None:
        return self.record.values.get(col)


def _pandera() -> Any:
    """pandera.pandas, imported lazily (pandera probes for pyspark, which warns about pandas 3)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        import pandera.pandas as pa
    return pa


def _schema(onto: Ontology, resolver: MetricResolver, columns: list[str]) -> Any:
    import pandas as pd

    pa = _pandera()

    def s(d: Any, col: str) -> Any:
        return d[col] if col in d.columns else None

    def known(d: Any) -> Any:
        fam = s(d, "family")
        out = []
        for i, m in enumerate(d["metric"]):
            f = fam.iloc[i] if fam is not None else None
            r = resolver.resolve(m, f)
            out.append(m is None or r.key is not None or len(r.candidates) > 1)
        return pd.Series(out, index=d.index, dtype=bool)

    def unambiguous(d: Any) -> Any:
        fam = s(d, "family")
        return pd.Series(
            [
                m is None
                or len(resolver.resolve(m, fam.iloc[i] if fam is not None else None).candidates) <= 1
                for i, m in enumerate(d["metric"])
            ],
            index=d.index,
            dtype=bool,
        )

    def unit_fits(d: Any) -> Any:
        if "unit" not in d.columns or "value" not in d.columns:
            return pd.Series(True, index=d.index, dtype=bool)
        fams = list(s(d, "family")) if "family" in d.columns else [None] * len(d)
        out = []
        # plain lists: indexing a pandas column per row (.iloc) was most of the validation time
        for m, v, u, f in zip(list(d["metric"]), list(d["value"]), list(d["unit"]), fams, strict=True):
            key = resolver.resolve(m, f).key
            x = parse_number(v)
            if key is None or u is None or x is None or math.isnan(x) or x < 0 or _DIGIT_RE.search(u):
                out.append(True)
                continue
            men = quantity_of(v, u)
            out.append(
                men is not None
                and men.quantity is not None
                and onto.metrics[key].accepts(men.kind, men.quantity.unit)
            )
        return pd.Series(out, index=d.index, dtype=bool)

    def not_duplicated(d: Any) -> Any:
        return ~d.duplicated(keep="first")

    def number(v: Any) -> bool:
        return v is None or parse_number(v) is not None

    def not_nan(v: Any) -> bool:
        return not _is_nan_cell(v)

    def non_negative(v: Any) -> bool:
        x = parse_number(v)
        return x is None or math.isnan(x) or x >= 0

    def year(v: Any) -> bool:
        x = parse_number(v)
        return v is None or (x is not None and x == int(x) and 1949 <= x <= 2100)

    def page(v: Any) -> bool:
        x = parse_number(v)
        return v is None or (x is not None and x == int(x) and x >= 0)

    def unit_text(v: Any) -> bool:
        # a unit with digits is a number split by an unquoted comma (1,083件) or a typo
        return v is None or not _DIGIT_RE.search(v)

    def yoy(v: Any) -> bool:
        x = parse_number(v.rstrip("%")) if v is not None else None
        return v is None or (x is not None and not math.isnan(x))

    cols: dict[str, Any] = {
        "doc_id": pa.Column(object, nullable=False),
        "metric": pa.Column(object, nullable=False),
        "value": pa.Column(
            object,
            nullable=False,
            checks=[
                pa.Check(number, element_wise=True, name="value_is_number"),
                pa.Check(not_nan, element_wise=True, name="value_not_nan"),
                pa.Check(non_negative, element_wise=True, name="value_non_negative"),
            ],
        ),
        "unit": pa.Column(
            object, nullable=False, checks=pa.Check(unit_text, element_wise=True, name="unit_has_no_digits")
        ),
        "family": pa.Column(object, nullable=True, required=False),
        "quote": pa.Column(object, nullable=True, required=False),
        "region": pa.Column(object, nullable=True, required=False),
        "year": pa.Column(
            object,
            nullable=True,
            required=False,
            checks=pa.Check(year, element_wise=True, name="year_is_year"),
        ),
        "page": pa.Column(
            object,
            nullable=True,
            required=False,
            checks=pa.Check(page, element_wise=True, name="page_is_number"),
        ),
        "yoy": pa.Column(
            object,
            nullable=True,
            required=False,
            checks=pa.Check(yoy, element_wise=True, name="yoy_is_number"),
        ),
    }
    frame_checks = [pa.Check(not_duplicated, name="duplicate_row")]
    if "metric" in columns:
        frame_checks += [
            pa.Check(known, name="metric_known"),
            pa.Check(unambiguous, name="metric_unambiguous"),
            pa.Check(unit_fits, name="unit_fits_metric"),
        ]
    return pa.DataFrameSchema(cols, checks=frame_checks, coerce=False, strict=False)


def _message(check: str, col: str | None, rec: Record | None, table: Table, resolver: MetricResolver) -> str:
    where = f"第{rec.row}行" + (f"（文件第{rec.line}行）" if rec.line else "") if rec else ""
    v = rec.values if rec else {}
    if check == "column_in_dataframe":
        return f"缺少必需的列“{col}”（必需的列：{'、'.join(REQUIRED)}）"
    if check == "not_nullable":
        return f"{where}“{col}”为空"
    if check == "value_not_nan":
        return f"{where}数值为NaN"
    if check == "value_is_number":
        return f"{where}数值“{v.get('value')}”不是数字"
    if check == "value_non_negative":
        return f"{where}数值{v.get('value')}为负数，报告中的件数、人数、金额和比率不会为负"
    if check == "metric_known":
        fam = f"（family：{v.get('family')}）" if v.get("family") else ""
        return f"{where}指标“{v.get('metric')}”{fam}不在指标本体（schemas/metrics.yaml）中"
    if check == "metric_unambiguous":
        r = resolver.resolve(v.get("metric"), v.get("family"))
        names = "、".join(f"{resolver.onto.label(c)}（{c}）" for c in r.candidates)
        return f"{where}指标“{v.get('metric')}”可指{names}，请填写family列或使用指标键"
    if check == "unit_fits_metric":
        key = resolver.resolve(v.get("metric"), v.get("family")).key
        return f"{where}单位“{v.get('unit')}”不适用于指标{resolver.onto.label(key)}（{key}）"
    if check == "unit_has_no_digits":
        return f"{where}单位“{v.get('unit')}”含有数字（数值中的逗号未加引号？）"
    if check == "duplicate_row":
        return f"{where}与前面的某一行完全相同（重复行）"
    if check == "year_is_year":
        return f"{where}年份“{v.get('year')}”不是年份"
    if check == "yoy_is_number":
        return f"{where}同比变化“{v.get('yoy')}”不是百分数"
    if check == "page_is_number":
        return f"{where}页码“{v.get('page')}”不是页码"
    return f"{where}{col or ''}未通过检查{check}"


def validate(table: Table, onto: Ontology) -> tuple[list[ValidRow], list[RowProblem]]:
    """Validate the whole table at once; return the rows fit to become facts and every problem."""
    import pandas as pd

    pa = _pandera()
    resolver = MetricResolver(onto)
    by_row = {r.row: r for r in table.records}
    frame = pd.DataFrame(
        [r.values for r in table.records],
        columns=table.columns,
        index=pd.Index([r.row for r in table.records], dtype="int64"),
        dtype=object,
    )
    problems: list[RowProblem] = list(table.problems)
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            _schema(onto, resolver, table.columns).validate(frame, lazy=True)
        failures: list[dict[str, Any]] = []
    except pa.errors.SchemaErrors as err:
        failures = err.failure_cases.to_dict("records")
    seen: set[tuple[str, Any, Any]] = set()
    header_end = table.text.find("\n") if table.fmt != "jsonl" else -1
    for fc in failures:
        check = str(fc.get("check"))
        idx = fc.get("index")
        row = None if idx is None or (isinstance(idx, float) and math.isnan(idx)) else int(idx)
        col = fc.get("column")
        col = None if col is None or (isinstance(col, float) and math.isnan(col)) else str(col)
        if check == "column_in_dataframe":
            col = str(fc.get("failure_case"))
        key = (check, row, col if row is None or check == "not_nullable" else None)
        if key in seen:
            continue
        seen.add(key)
        code, _sev = CODES.get(check, ("DS010", "error"))
        rec = by_row.get(row) if row is not None else None
        msg = _message(check, col, rec, table, resolver)
        if rec is not None:
            problems.append(RowProblem(rec.row, rec.line, rec.start, rec.end, col, code, msg))
        else:
            end = header_end if header_end >= 0 else 0
            problems.append(RowProblem(None, 1 if table.fmt != "parquet" else None, 0, end, col, code, msg))
    bad_rows: set[int | None] = {
        p.row for p in problems if p.row is not None and CODES_SEVERITY.get(p.code) == "error"
    }
    bad_rows |= {p.row for p in problems if p.code == "DS008"}
    missing_required = any(p.code == "DS001" for p in problems)
    valid: list[ValidRow] = []
    if not missing_required:
        for rec in table.records:
            if rec.row in bad_rows:
                continue
            v = rec.values
            mkey = resolver.resolve(v.get("metric"), v.get("family")).key
            men = quantity_of(str(v["value"]), str(v["unit"]))
            if mkey is None or men is None:  # the schema has reported these rows
                continue
            valid.append(ValidRow(rec, str(v["doc_id"]), mkey, men))
    problems.sort(key=lambda p: (p.row or 0, p.code, p.column or ""))
    return valid, problems


CODES_SEVERITY: dict[str, str] = {code: sev for code, sev in CODES.values()}
CODES_SEVERITY["DS009"] = "error"
CODES_SEVERITY["DS010"] = "error"
