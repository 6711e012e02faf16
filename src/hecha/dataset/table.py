"""Checks across the whole table of facts, beyond any one document, on the rows' compact columns.

DS201  the same figure (metric, region, year — or metric within one document) given twice with
       different values.
DS202  a year-over-year claim (column `yoy`, or 同比增长/下降X% in the quote) that the prior year's
       document in the dataset does not bear out.
DS203  a figure far outside its peers: robust z-score (median and MAD over the documents reporting
       that metric) above 3.5; info only, a figure worth a glance.

Each works on small aggregates — the groups of rows that share a key, the first figure of each
metric in each document — found with numpy over the whole table; Python only walks the few groups
with more than one row and the rows that make a claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..intervals import fmt_number
from ..model import Evidence, Quantity
from ..ontology import Ontology
from .provenance import same_figure
from .rows import DocTable
from .where import row_name

OUTLIER_Z = 3.5
MIN_PEERS = 5


@dataclass
class TableFinding:
    doc: int  # document index in the DocTable
    rule: str
    severity: str
    title: str
    message: str
    at: int  # the row (its index in the DocTable) the finding is about
    related: list[int] = field(default_factory=list)  # other rows it cites
    expected: str | None = None
    observed: str | None = None


def _text(t: DocTable, j: int) -> str:
    return t.mentions[int(t.mention[j])].text


def _q(t: DocTable, j: int) -> Quantity:
    q = t.mentions[int(t.mention[j])].quantity
    assert q is not None
    return q


def _where(t: DocTable, j: int) -> str:
    doc_id = t.doc_ids[t.doc_of(j)]
    return row_name(int(t.row[j]), t.line_of(j)) + (f"（{doc_id}）" if doc_id else "")


def _label(t: DocTable, j: int, onto: Ontology) -> str:
    return onto.metrics[t.metrics[int(t.metric[j])]].full_label


def _groups(keys: Any, rows: Any) -> list[Any]:
    """Index arrays (into `rows`) of every key shared by two rows or more, each in table order."""
    import numpy as np

    if len(keys) == 0:
        return []
    _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
    shared = counts[inverse] > 1
    idx = rows[shared]
    if not len(idx):
        return []
    k = inverse[shared]
    order = np.lexsort((idx, k))
    idx, k = idx[order], k[order]
    cuts = np.nonzero(np.diff(k))[0] + 1
    return np.split(idx, cuts)


BLOCK_ROWS = 1 << 16  # rows looked at a time by the checks within documents


def _blocks(t: DocTable) -> Any:
    """(rows r0:r1, the document of each) for whole documents, about BLOCK_ROWS rows at a time: what
    happens within a document is found block by block, in memory that does not grow with the table."""
    import numpy as np

    a = 0
    while a < len(t):
        r0 = int(t.bounds[a])
        b = max(a + 1, int(np.searchsorted(t.bounds, r0 + BLOCK_ROWS, "right")) - 1)
        r1 = int(t.bounds[b])
        yield r0, r1, np.repeat(np.arange(a, b, dtype=np.int64), np.diff(t.bounds[a : b + 1]))
        a = b


def conflicts(t: DocTable, onto: Ontology) -> list[TableFinding]:
    import numpy as np

    nm = max(1, len(t.metrics))
    by_doc = [
        g for r0, r1, docs in _blocks(t) for g in _groups(docs * nm + t.metric[r0:r1], np.arange(r0, r1))
    ]
    by_ry: list[Any] = []
    if t.region is not None:
        placed = np.nonzero(t.region >= 0)[0]
        ry = t.region[placed].astype(np.int64) * 1_000_000 + t.year[placed].astype(np.int64)
        by_ry = _groups(ry * nm + t.metric[placed], placed)
    # groups in the order their first row comes, a document's own group before its region's
    groups = sorted(
        [(int(g[0]), 0, g) for g in by_doc] + [(int(g[0]), 1, g) for g in by_ry], key=lambda x: x[:2]
    )
    out: list[TableFinding] = []
    reported: set[tuple[int, int]] = set()
    for _, kind, g in groups:
        ps = sorted(g.tolist(), key=lambda j: int(t.row[j]))
        for i, p in enumerate(ps):
            for first in ps[:i]:
                pair = (int(t.row[first]), int(t.row[p]))
                if pair in reported or same_figure(_q(t, first), _q(t, p)):
                    continue
                reported.add(pair)
                if kind:
                    scope = f"{t.regions[int(t.region[p])]}{int(t.year[p])}年"
                else:
                    scope = f"文档{t.doc_ids[t.doc_of(p)]}"
                out.append(
                    TableFinding(
                        t.doc_of(p),
                        "DS201",
                        "error",
                        "同一数字在数据集中前后不一",
                        f"{scope}的{_label(t, p, onto)}在{_where(t, first)}为{_text(t, first)}，"
                        f"在{_where(t, p)}为{_text(t, p)}",
                        p,
                        [first],
                        expected=_text(t, first),
                        observed=_text(t, p),
                    )
                )
                break
    return out


def year_over_year(t: DocTable, onto: Ontology) -> list[TableFinding]:
    import numpy as np

    if not t.claims or t.region is None:
        return []
    placed = np.nonzero(t.region >= 0)[0]
    nm = max(1, len(t.metrics))

    def key(region: Any, year: Any, metric: Any) -> Any:
        return (region.astype(np.int64) * 1_000_000 + year.astype(np.int64)) * nm + metric

    keys = key(t.region[placed], t.year[placed], t.metric[placed])
    uniq, first = np.unique(keys, return_index=True)  # the first row of each (region, year, metric)
    claiming = placed[np.isin(t.row[placed], np.fromiter(t.claims, dtype=np.int64))]
    out: list[TableFinding] = []
    for p in claiming.tolist():
        claimed, tol = t.claims[int(t.row[p])]
        k = int(key(t.region[p : p + 1], t.year[p : p + 1] - 1, t.metric[p : p + 1])[0])
        at = int(np.searchsorted(uniq, k))
        if at >= len(uniq) or int(uniq[at]) != k:
            continue
        prior = int(placed[first[at]])
        if _q(t, prior).value == 0:
            continue
        value, before = _q(t, p).value, _q(t, prior).value
        actual = (value / before - 1) * 100
        if abs(actual - claimed) <= tol + 1e-9:
            continue
        word = "增长" if claimed >= 0 else "下降"
        out.append(
            TableFinding(
                t.doc_of(p),
                "DS202",
                "warning",
                "同比变化与上年数字不符",
                f"{_label(t, p, onto)}{_text(t, p)}称同比{word}{fmt_number(abs(claimed))}%，但上年（{_where(t, prior)}）为"
                f"{_text(t, prior)}：{fmt_number(value)} ÷ {fmt_number(before)} − 1 = {actual:.1f}%",
                p,
                [prior],
                expected=f"{actual:.1f}%",
                observed=f"{claimed:g}%",
            )
        )
    return out


@dataclass
class Outliers:
    """DS203 for the whole table, compactly (a large table has tens of thousands): the rows, sorted
    by document, and for each the median, the number of peers and the robust z-score."""

    rows: Any
    docs: Any  # the document of each row
    med: Any
    peers: Any
    z: Any
    few: Any = None  # for each document: has it any (made when first asked)
    # where each document's rows begin (they are sorted by document), made when first asked: `of`
    # is asked of every document with findings, and two binary searches cost more than the rest of
    # it (an int64 array: 8 bytes a document, where lists of the values cost ten times more per process)
    begins: Any = None

    def of(self, t: DocTable, doc: int, onto: Ontology) -> list[TableFinding]:
        """The findings about one document."""
        return [
            TableFinding(
                doc, OUTLIER_RULE, OUTLIER_SEVERITY, OUTLIER_TITLE, message, j, [], None, _text(t, j)
            )
            for j, message in self.messages(t, doc, onto)
        ]

    def messages(self, t: DocTable, doc: int, onto: Ontology) -> list[tuple[int, str]]:
        """Each finding about one document: its row and message (in `of`'s order; render.py writes
        them from these)."""
        import numpy as np

        begins = self.begins
        if begins is None:
            begins = self.begins = np.searchsorted(self.docs, np.arange(len(t) + 1), "left")
        a, b = int(begins[doc]), int(begins[doc + 1])
        if a == b:
            return []
        out = []
        for i in range(a, b):
            j, med, n, z = int(self.rows[i]), float(self.med[i]), int(self.peers[i]), float(self.z[i])
            out.append(
                (
                    j,
                    f"{_label(t, j, onto)}{_text(t, j)}远离其他{n - 1}份文档的同一指标（中位数{fmt_number(med)}，"
                    f"稳健z值{z:.1f}），请核对",
                )
            )
        return out


OUTLIER_RULE, OUTLIER_SEVERITY, OUTLIER_TITLE = "DS203", "info", "数字远离同类文档"


def outliers(t: DocTable) -> Outliers:
    import numpy as np

    found: list[tuple[Any, Any, Any, Any]] = []
    if len(t.row):
        value = np.asarray([m.quantity.value if m.quantity is not None else np.nan for m in t.mentions])
        # the first row of each metric in each document, grouped by metric
        parts = []
        for r0, r1, docs in _blocks(t):
            _, first = np.unique(t.metric[r0:r1].astype(np.int64) * len(t) + docs, return_index=True)
            parts.append(first + r0)
        firsts = np.concatenate(parts)
        metric_of = t.metric[firsts]
        order = np.argsort(metric_of, kind="stable")
        firsts, metric_of = firsts[order], metric_of[order]
        cuts = np.flatnonzero(np.diff(metric_of)) + 1
        groups = {int(metric_of[g[0]]): g for g in np.split(np.arange(len(firsts)), cuts) if len(g)}
        for code in sorted(range(len(t.metrics)), key=t.metrics.__getitem__):
            g = groups.get(code)
            if g is None or len(g) < MIN_PEERS:
                continue
            rows = np.sort(firsts[g])  # in table order: by document
            vals = value[t.mention[rows]]
            med = _median(vals)
            mad = _median(np.abs(vals - med))
            if mad == 0:
                continue
            z = 0.6745 * (vals - med) / mad
            far = np.abs(z) > OUTLIER_Z
            if far.any():
                found.append(
                    (rows[far], np.full(int(far.sum()), med), np.full(int(far.sum()), len(rows)), z[far])
                )
    if not found:
        none = np.zeros(0)
        return Outliers(
            np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int32), none, np.zeros(0, np.int64), none
        )
    at, meds, peers, zs = (np.concatenate(c) for c in zip(*found, strict=True))
    docs = np.searchsorted(t.bounds, at, "right") - 1
    by_doc = np.argsort(docs, kind="stable")  # a document's findings in the order found
    return Outliers(at[by_doc], docs[by_doc], meds[by_doc], peers[by_doc], zs[by_doc])


def _median(vals: Any) -> float:
    """statistics.median, on a numpy array: the middle value, or the mean of the two middle ones."""
    import numpy as np

    s = np.sort(vals)
    n = len(s)
    if n % 2:
        return float(s[n // 2])
    return (float(s[n // 2 - 1]) + float(s[n // 2])) / 2


def evidence_at(t: DocTable, j: int, doc: int | None = None) -> Evidence:
    fact, start = t.fact_of(j, doc)
    text = _text(t, j)
    return Evidence(start, start + len(text), text, fact=fact, role="figure")
