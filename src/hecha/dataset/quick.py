"""A flagged dataset document whose one failure is an info finding, judged without the full engine.

The commonest flagged document fails one rule and nothing else, and often only softly: a rate that
holds when its figure is read as truncated or rounded twice (调解成功率98% against 1222 ÷ 1239 =
98.6%) is an info finding, and info findings name no suspect, so error localisation has nothing to
do. For such a document the screen has decided every other rule (they hold or bind nothing), so
the engine's findings are that one rule's: this module binds the rule's figures as engine._bindings
does in a dataset document (one sentence, one figure per metric, no structure), judges them with
engine._judge and writes the finding with the engine's own messages (engine._metric_messages,
findings.emit). Only the figures the rule names are made into facts.

A failure of error or warning severity is answered the same way when the plan localised the
document (dataset/locate.py: its figures' repairs asked column-wise): the finding is written by the
engine's messages, its failed check recorded as engine.run_metric_rule records it, and localize()
run on that check and on the holding checks of the rules the screen decided that bind one of its
figures with another — all localize reads for that finding — with the plan's answers.

It answers only when it is sure to give what engine.check and localize would (dataset/facts.py
check_rows): one undecided metric rule, of a kind whose binding in a dataset document is its
figures (ratio, total, equal: not an order rule, whose counters must fit; none of its metrics'
labels names a court instance), a document flagged by that verdict alone (no metric stated twice,
no rule the screen does not know, the bound rule holding), a rate no holding ratio check of another
rule reads (verdicts.settle could drop the finding), and an outcome of severity info (or, localised
by the plan, error or warning). Anything else
returns None and the document goes through the full engine. tests/test_dataset_quick.py compares
the two on generated and random documents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..engine import _judge, _keys_for, _unknowns, emit_outcome
from ..extract import Extraction
from ..findings import Context, record
from ..localize import _Checks, localize
from ..model import Binding, Fact, Finding, Mention
from .facts import figure_fact
from .jobs import DocJob
from .locate import Located
from .screen import UNDECIDED, _held_binding, is_rate

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
    located = job.located
    if rule.anchor not in at or not (
        located is not None or cr.soft or any(_rounded(fig.mentions[i]) for i in rows)
    ):
        return None  # its failure cannot be an info finding (nor is it one the plan localised)
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
    if out is None:
        return None
    keys = _keys_for(out.defn, chosen)
    if out.severity == "info":
        emit_outcome(rule, ctx, out, chosen, keys, "info")
    elif out.severity in ("error", "warning") and located is not None:
        record(ctx, rule, out.defn.relation, keys, out.severity, out.defn.name, _unknowns(out.defn, chosen))
        emit_outcome(rule, ctx, out, chosen, keys, out.severity)
        _localized(ctx, job, cl, at, located, chosen)
    else:
        return None
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


def _localized(
    ctx: Context,
    job: DocJob,
    choices: list[int],
    at: dict[str, int],
    located: Located,
    chosen: dict[str, Fact],
) -> None:
    """localize() of the one finding in ctx (its failed check the one binding there), given the
    checks localize reads for it: the failed one, and the holding checks of the rules the screen
    decided that bind one of its figures with another (engine order). The other bindings of the
    document (the bound rule's, on one figure; decided ones without its figures) are none of
    localize's business for this finding; the plan's answers are used when they are those. The
    facts of other figures are made when localize asks for one (_Facts)."""
    screen = job.judged
    assert screen is not None
    failed = ctx.bindings[0]
    mine = set(failed.keys.values())
    fid = {k: f"f{i + 1}" for k, i in at.items()}
    holding: list[Binding] = []
    for cr, c in zip(screen.metric_rules, choices, strict=True):
        if c < 0:
            continue
        d = cr.defs[c]
        keys = {k: at[k] for k in d.held_keys if k in at}
        if len(keys) > 1 and not mine.isdisjoint([fid[k] for k in keys]):  # (a figure per metric)
            holding.append(_held_binding(cr.rule, d.defn, keys, _IDS))  # type: ignore[arg-type]
    own = list(chosen.values())  # the finding's figures: the rule's (its facts made for _judge)
    facts = _Facts(job, ctx.onto, {f.id: f for f in own})
    ex = Extraction(text=ctx.ex.text, norm=ctx.ex.text, mentions=[], facts=own, groups=[], seg=_NO_SEGMENTS)
    bindings = [*holding, failed]
    # (the plan's answers when they are the document's checks; else localize's own over the same lazy facts:
    # a holding check names figures the finding does not)
    localize(
        ex, ctx.findings, bindings, ctx.onto, located.checks(facts, bindings, fid, choices) or _Checks(facts)
    )


class _Id:
    """What screen._held_binding reads of a document's i-th fact: its id."""

    __slots__ = ("id",)

    def __init__(self, i: int):
        self.id = f"f{i + 1}"


class _Ids(dict[int, _Id]):
    def __missing__(self, i: int) -> _Id:
        out = self[i] = _Id(i)
        return out


_IDS = _Ids()


class _Facts(dict[str, Fact]):
    """A document's facts by id, each made when first read (localize names a corroborating figure)."""

    def __init__(self, job: DocJob, onto: Any, made: dict[str, Fact]):
        super().__init__(made)
        self.job, self.onto = job, onto

    def __missing__(self, fid: str) -> Fact:
        i = int(fid[1:]) - 1
        fig = self.job.figures
        if not 0 <= i < len(fig.metrics):
            raise KeyError(fid)
        f = self[fid] = figure_fact(i, fig.metrics[i], fig.mentions[i], fig.starts[i], self.onto)
        return f


def _rounded(men: Mention) -> bool:
    """A percentage the truncated or twice-rounded reading reads otherwise than the usual one
    (intervals.fact_interval): only through them does an error rule's failure become info."""
    q = men.quantity
    return q is not None and q.unit == "%" and q.qualifier == "=" and q.value not in (0.0, 100.0)
