"""A document's dataset rows as Facts in one synthetic paragraph, checked by the same rule packs.

The synthetic text reads like a report (行政复议·受理35件；行政复议·审结25件。) so that findings
and messages look the same as for a text; every fact knows the dataset row it came from, kept in the
document's meta (`rows`: fact id → [row, line]) and the text itself in `meta.synthetic_text`, so
`text[start:end]` can still be checked.
"""

from __future__ import annotations

from typing import Any

from ..engine import check
from ..extract import Extraction
from ..localize import localize
from ..model import DocResult, Document, Fact, Mention
from ..ontology import Ontology
from ..rulepack import Rule
from ..segment import segment
from ..textnorm import normalize
from .lean import lean_check
from .locate import Located
from .rows import ValidRow
from .screen import Screen, decided_bindings, engine_rules

_UNREAD: Any = None  # an Extraction's segmentation no one reads


def synthesize(rows: list[ValidRow], onto: Ontology) -> tuple[str, list[Fact]]:
    """The synthetic paragraph and its facts (ids f1, f2… in row order)."""
    parts: list[str] = []
    facts: list[Fact] = []
    pos = 0
    for i, r in enumerate(rows):
        m = onto.metrics[r.metric]
        label = m.full_label
        figure = r.mention.text
        if parts:
            parts.append("；")
            pos += 1
        start = pos + len(label)
        parts.append(label + figure)
        pos += len(label) + len(figure)
        facts.append(figure_fact(i, r.metric, r.mention, start, onto))
    text = "".join(parts) + "。"
    return text, facts


def figure_fact(i: int, metric: str, men: Mention, start: int, onto: Ontology) -> Fact:
    """The fact of a document's i-th row (0-based): its figure `men` at `start` of the synthetic text."""
    m = onto.metrics[metric]
    figure = men.text
    # (built directly: dataclasses.replace was a third of synthesize's time on large tables)
    mention = Mention(start, start + len(figure), figure, men.kind, men.quantity)
    return Fact(
        id=f"f{i + 1}",
        mention=mention,
        metric=metric,
        label=m.full_label,
        cue=m.label,
        cue_span=(start - len(m.label), start),
        family=m.family,
        paragraph=0,
        sentence=0,
        modality="actual",
    )


def synthesize_text(rows: list[ValidRow], onto: Ontology) -> tuple[str, list[int]]:
    """synthesize()'s text and where each figure starts in it, without building the facts."""
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for r in rows:
        label = onto.metrics[r.metric].full_label
        if parts:
            parts.append("；")
            pos += 1
        starts.append(pos + len(label))
        parts.append(label + r.mention.text)
        pos += len(label) + len(r.mention.text)
    return "".join(parts) + "。", starts


def check_rows(
    doc_id: str,
    path: str,
    rows: list[ValidRow],
    rules: list[Rule],
    onto: Ontology,
    meta: dict[str, object],
    judged: Screen | None = None,
    choices: Any = None,
    plain: bool = False,
    located: Located | None = None,
) -> DocResult:
    """The rows through the rule engine and localisation. With the screen's `choices` for this
    (flagged) document, the engine judges only the rules the screen left undecided; `plain`: the
    screen flagged it by metric rules' verdicts alone (lean.py may judge those rules); `located`: its
    localisation's answers as the plan computed them (locate.py), used when its checks are those."""
    text, facts = synthesize(rows, onto)
    mentions = [f.mention for f in facts]
    decided = None
    found = None
    checks = None
    if judged is not None and choices is not None:
        decided = decided_bindings(judged, choices, facts)
        rules = engine_rules(judged, decided)  # judged.rules, less those that could only loop there
        if plain and judged.unique_ids:
            # (lean_check and localize read neither the normalised text nor the segmentation)
            ex = Extraction(text=text, norm=text, mentions=mentions, facts=facts, groups=[], seg=_UNREAD)
            found = lean_check(judged, choices, decided, rules, ex, onto)
            if found is not None and located is not None:
                at = {f.metric: f.id for f in facts if f.metric is not None}
                checks = located.checks({f.id: f for f in facts}, found[1], at, choices.tolist())
    if found is None:
        ex = Extraction(
            text=text, norm=normalize(text), mentions=mentions, facts=facts, groups=[], seg=segment(text)
        )
        found = check(ex, rules, onto, decided)
    findings, bindings = found
    localize(ex, findings, bindings, onto, checks)
    doc = Document(
        doc_id,
        path,
        text,
        meta={
            **meta,
            "synthetic_text": text,
            "rows": {f.id: [r.row, r.line] for f, r in zip(facts, rows, strict=True)},
        },
    )
    return DocResult(
        doc=doc, facts=facts, mentions=ex.mentions, groups=[], findings=findings, bindings=bindings
    )
