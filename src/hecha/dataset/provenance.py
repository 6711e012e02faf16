"""Is every dataset figure supported by its source text?

hecha reads the source text with its own extraction (the same facts `hecha check` finds). A figure
is supported when
  - it has a quote: the quote occurs in the text and states the figure (value and unit);
  - otherwise: a text fact of the same metric has the same value and unit, or the value with its
    unit occurs right after one of the metric's labels or aliases (a figure whose metric extraction
    missed).
A text fact of the same metric with another value makes it a mismatch (the dataset says 审结26件,
the text says 审结25件), cited with its span; no figure at all makes it unsupported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import DocResult, Fact, Mention, Quantity
from ..numbers import scan
from ..ontology import Ontology

_WINDOW = 16
_WS_RE = re.compile(r"\s+")


@dataclass
class Support:
    status: str  # supported | mismatch | unsupported | quote_missing | quote_mismatch
    span: tuple[int, int] | None = None  # in the source text
    text: str = ""
    how: str = ""


def same_figure(a: Quantity, b: Quantity) -> bool:
    if abs(a.value - b.value) > 1e-9 * max(1.0, abs(a.value)):
        return False
    # the same unit, or one refining the other (件/件次, 人/人次)
    return a.unit == b.unit or a.unit.startswith(b.unit) or b.unit.startswith(a.unit)


def _aliases(onto: Ontology, metric: str) -> list[str]:
    m = onto.metrics[metric]
    out: list[str] = []
    for a in (m.label, *m.aliases):
        out.extend(p for p in a.split("…") if p)
    return sorted(set(out), key=lambda s: (-len(s), s))


def _labelled(text: str, men: Mention, aliases: list[str]) -> bool:
    window = text[max(0, men.start - _WINDOW) : men.start]
    window = re.split(r"[。；;！？\n]", window)[-1]
    return any(a in window for a in aliases)


def support(fact: Fact, quote: str | None, source: DocResult, onto: Ontology) -> Support:
    text = source.doc.text or ""
    q = fact.q
    if quote:
        i = text.find(quote)
        if i < 0:
            return Support("quote_missing")
        quoted = [m for m in scan(quote) if m.quantity is not None]
        for m in quoted:
            assert m.quantity is not None
            if same_figure(m.quantity, q):
                return Support("supported", (i + m.start, i + m.end), m.text, "quote")
        return Support("quote_mismatch", (i, i + len(quote)), quote)
    assert fact.metric is not None
    same_metric = [f for f in source.facts if f.metric == fact.metric and f.modality == "actual"]
    for f in same_metric:
        if same_figure(f.q, q):
            return Support("supported", (f.start, f.end), f.mention.text, "fact")
    aliases = _aliases(onto, fact.metric)
    for m in source.mentions:
        if m.quantity is not None and same_figure(m.quantity, q) and _labelled(text, m, aliases):
            return Support("supported", (m.start, m.end), m.text, "label")
    if same_metric:
        f = same_metric[0]
        start = f.start
        if f.cue_span is not None and 0 <= f.start - f.cue_span[0] <= 24 and f.cue_span[1] <= f.start:
            start = f.cue_span[0]  # cite 审结25件, not only 25件
        return Support("mismatch", (start, f.end), f.mention.text)
    return Support("unsupported")


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of `offset`."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col
