"""Checks across the whole table of facts, beyond any one document.

DS201  the same figure (metric, region, year — or metric within one document) given twice with
       different values.
DS202  a year-over-year claim (column `yoy`, or 同比增长/下降X% in the quote) that the prior year's
       document in the dataset does not bear out.
DS203  a figure far outside its peers: robust z-score (median and MAD over the documents reporting
       that metric) above 3.5; info only, a figure worth a glance.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from dataclasses import dataclass

from ..intervals import fmt_number
from ..model import Evidence, Fact
from ..ontology import Ontology
from .provenance import same_figure
from .schema import ValidRow, parse_number

_YOY_RE = re.compile(r"同比(增长|增加|上升|提高|下降|减少|降低)\s*(\d+(?:\.\d+)?)\s*%")
OUTLIER_Z = 3.5
MIN_PEERS = 5


@dataclass
class Placed:
    row: ValidRow
    fact: Fact
    doc_id: str


@dataclass
class TableFinding:
    doc_id: str
    rule: str
    severity: str
    title: str
    message: str
    fact: Fact
    related: list[Placed]
    expected: str | None = None
    observed: str | None = None


def _where(p: Placed) -> str:
    r = p.row.record
    return f"第{r.row}行" + (f"（{p.doc_id}）" if p.doc_id else "")


def _figure(p: Placed, onto: Ontology) -> str:
    return f"{onto.metrics[p.row.metric].full_label}{p.fact.mention.text}"


def conflicts(placed: list[Placed], onto: Ontology) -> list[TableFinding]:
    out: list[TableFinding] = []
    reported: set[tuple[int, int]] = set()
    groups: dict[tuple[str, ...], list[Placed]] = defaultdict(list)
    for p in placed:
        region, year = p.row.get("region"), p.row.get("year")
        groups[("doc", p.doc_id, p.row.metric)].append(p)
        if region and year:
            y = parse_number(year)
            groups[("ry", region, fmt_number(y) if y is not None else year, p.row.metric)].append(p)
    for key, ps in groups.items():
        ps.sort(key=lambda p: p.row.record.row)
        for i, p in enumerate(ps):
            for first in ps[:i]:
                pair = (first.row.record.row, p.row.record.row)
                if pair in reported or same_figure(first.fact.q, p.fact.q):
                    continue
                reported.add(pair)
                scope = f"{key[1]}{key[2]}年" if key[0] == "ry" else f"文档{p.doc_id}"
                out.append(
                    TableFinding(
                        p.doc_id,
                        "DS201",
                        "error",
                        "同一数字在数据集中前后不一",
                        f"{scope}的{onto.metrics[p.row.metric].full_label}在{_where(first)}为"
                        f"{first.fact.mention.text}，在{_where(p)}为{p.fact.mention.text}",
                        p.fact,
                        [first],
                        expected=first.fact.mention.text,
                        observed=p.fact.mention.text,
                    )
                )
                break
    return out


def yoy_claim(row: ValidRow) -> tuple[float, float] | None:
    """The claimed change in percent (signed) and half its displayed step."""
    raw = row.get("yoy")
    if raw:
        x = parse_number(raw.rstrip("%"))
        if x is None:
            return None
        dec = raw.rstrip("%").split(".")
        step = 10.0 ** -(len(dec[1]) if len(dec) == 2 else 0)
        return x, step / 2
    quote = row.get("quote")
    if quote:
        m = _YOY_RE.search(quote)
        if m:
            x = float(m.group(2))
            sign = -1 if m.group(1) in ("下降", "减少", "降低") else 1
            dec = m.group(2).split(".")
            step = 10.0 ** -(len(dec[1]) if len(dec) == 2 else 0)
            return sign * x, step / 2
    return None


def year_over_year(placed: list[Placed], onto: Ontology) -> list[TableFinding]:
    out = []
    index: dict[tuple[str, int, str], Placed] = {}
    for p in placed:
        region, y = p.row.get("region"), parse_number(p.row.get("year"))
        if region and y is not None:
            index.setdefault((region, int(y), p.row.metric), p)
    for p in placed:
        claim = yoy_claim(p.row)
        region, y = p.row.get("region"), parse_number(p.row.get("year"))
        if claim is None or not region or y is None:
            continue
        prior = index.get((region, int(y) - 1, p.row.metric))
        if prior is None or prior.fact.q.value == 0:
            continue
        claimed, tol = claim
        actual = (p.fact.q.value / prior.fact.q.value - 1) * 100
        if abs(actual - claimed) <= tol + 1e-9:
            continue
        word = "增长" if claimed >= 0 else "下降"
        out.append(
            TableFinding(
                p.doc_id,
                "DS202",
                "warning",
                "同比变化与上年数字不符",
                f"{_figure(p, onto)}称同比{word}{fmt_number(abs(claimed))}%，但上年（{_where(prior)}）为"
                f"{prior.fact.mention.text}：{fmt_number(p.fact.q.value)} ÷ {fmt_number(prior.fact.q.value)} − 1 = "
                f"{actual:.1f}%",
                p.fact,
                [prior],
                expected=f"{actual:.1f}%",
                observed=f"{claimed:g}%",
            )
        )
    return out


def outliers(placed: list[Placed], onto: Ontology) -> list[TableFinding]:
    out = []
    by_metric: dict[str, dict[str, Placed]] = defaultdict(dict)
    for p in placed:
        by_metric[p.row.metric].setdefault(p.doc_id, p)
    for _metric, per_doc in sorted(by_metric.items()):
        if len(per_doc) < MIN_PEERS:
            continue
        vals = [p.fact.q.value for p in per_doc.values()]
        med = statistics.median(vals)
        mad = statistics.median(abs(v - med) for v in vals)
        if mad == 0:
            continue
        for p in per_doc.values():
            z = 0.6745 * (p.fact.q.value - med) / mad
            if abs(z) <= OUTLIER_Z:
                continue
            out.append(
                TableFinding(
                    p.doc_id,
                    "DS203",
                    "info",
                    "数字远离同类文档",
                    f"{_figure(p, onto)}远离其他{len(per_doc) - 1}份文档的同一指标（中位数{fmt_number(med)}，"
                    f"稳健z值{z:.1f}），请核对",
                    p.fact,
                    [],
                    expected=None,
                    observed=p.fact.mention.text,
                )
            )
    return out


def evidence_of(fact: Fact) -> Evidence:
    return Evidence(fact.start, fact.end, fact.mention.text, fact=fact.id, role="figure")
