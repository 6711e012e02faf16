"""A flagged dataset document whose one failure is an info finding, judged without the full engine.

The commonest flagged document fails one rule and nothing else, and often only softly: a rate that
holds when its figure is read as truncated or rounded twice (调解成功率98% against 1222 ÷ 1239 =
98.6%) is an info finding, and info findings name no suspect, so error localisation has nothing to
do. For such a document the screen has decided every other rule (they hold or bind nothing), so
the engine's findings are that one rule's: this module binds the rule's figures as engine._bindings
does in a dataset document (one sentence, one figure per metric, no structure), judges them with
engine._judge and writes the finding with the engine's own messages (engine._metric_messages,
findings.emit). Only the figures the rule names are made into facts.

It answers only when it is sure to give what engine.check and localize would (dataset/facts.py
check_rows): one undecided metric rule, of a kind whose binding in a dataset document is its
figures (ratio, total, equal: not an order rule, whose counters must fit; none of its metrics'
labels names a court instance), a document flagged by that verdict alone (no metric stated twice,
no rule the screen does not know, the bound rule holding), a rate no holding ratio check of another
rule reads (verdicts.settle could drop the finding), and an outcome of severity info. Anything else
returns None and the document goes through the full engine. tests/test_dataset_quick.py compares
the two on generated and random documents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..engine import _judge, _keys_for, emit_outcome
from ..extract import Extraction
from ..findings import Context
from ..model import Fact, Finding, Mention
from .facts import figure_fact
from .jobs import DocJob
from .screen import UNDECIDED, is_rate

if TYPE_CHECKING:
    from ..pipeline import Checker


def quick_findings(checker: Checker, job: DocJob, text: str) -> tuple[list[Finding], int] | None:
    """The engine's findings for a flagged document (`text`: its synthetic text) and how many of its
    figures take part in a binding, when its one failure is an info finding; else None."""
    screen, choices = job.judged, job.undecided
    if screen is None or choices is None or not job.plain or not screen.unique_ids:
        return None
    cl: list[int] = choices.tolist()
    undecided = [j for j, c in enumerate(cl) if c == UNDECIDED]
    if len(undecided) != 1:
        return None
    cr = screen.metric_rules[undecided[0]]
    if not cr.quick:
        return None
    fig = job.figures
    at = {k: i for i, k in enumerate(fig.metrics)}
    rows = [i for k in cr.ordered if (i := at.get(k)) is not None]
    rule = cr.rule
    if rule.anchor not in at or not (cr.soft or any(_rounded(fig.mentions[i]) for i in rows)):
        return None  # its failure cannot be an info finding
    rules = screen.metric_rules
    held = [rules[j].defs[c].held_keys for j, c in enumerate(cl) if c >= 0]
    if cr.rate_keys and any(cr.rate_keys.intersection(keys) for keys in held):
        return None  # another rule's holding check may read the same rate (verdicts.settle)
    onto = checker.onto
    chosen: dict[str, Fact] = {
        fig.metrics[i]: figure_fact(i, fig.metrics[i], fig.mentions[i], fig.starts[i], onto) for i in rows
    }
    # _judge and the messages read the ontology and the text before a figure (findings.name_zh)
    ex = Extraction(text=text, norm=text, mentions=[], facts=[], groups=[], seg=_NO_SEGMENTS)
    ctx = Context(ex=ex, onto=onto, facts={})
    out = _judge(rule, chosen, ctx)
    if out is None or out.severity != "info":
        return None
    keys = _keys_for(out.defn, chosen)
    emit_outcome(rule, ctx, out, chosen, keys, "info")
    findings = ctx.findings
    for finding in findings:
        if finding.rule in checker.severity:
            finding.severity = checker.severity[finding.rule]  # type: ignore[assignment]
    # the figures bound: those of the screen's decided bindings and the bound rule's (job.bound),
    # and this rule's not among them
    bound = job.bound
    for k, fact in keys.items():
        if not any(k in ks for ks in held) and not (
            screen.bound_rules and is_rate(screen, fact.mention, fact.metric)
        ):
            bound += 1
    return findings, bound


_NO_SEGMENTS: Any = None  # (neither _judge nor the messages read the segmentation)


def _rounded(men: Mention) -> bool:
    """A percentage the truncated or twice-rounded reading reads otherwise than the usual one
    (intervals.fact_interval): only through them does an error rule's failure become info."""
    q = men.quantity
    return q is not None and q.unit == "%" and q.qualifier == "=" and q.value not in (0.0, 100.0)
