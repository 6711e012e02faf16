"""engine.check for a flagged dataset document whose undecided rules bind as the screen reads them.

A flagged document goes through engine.check with the screen's verdicts on the rules it decided
(facts.check_rows). When the document was flagged by metric rules' verdicts alone (no metric
stated twice, no rule the screen does not know stating a metric, the bound rule holding) and every
rule left undecided is a ratio, total or equal rule whose metrics' labels name no court instance,
the engine's own search for the figures those rules bind finds, in a dataset document (one
sentence, one figure per metric, no structure), exactly the figures of the rule's metrics that the
document states. lean_check then does what engine.check does without that search: in the order of
the rules, the decided rules' bindings, each undecided rule judged on its figures (engine._judge,
recorded and reported with the engine's own functions), then the bound rule's checks, and the
findings settled, deduplicated and sorted as engine.check leaves them. Anything else returns None
and engine.check runs. tests/test_dataset_screen.py compares the bindings and reports with the
full engine's on every fixture, the rules' examples, generated reports and random documents.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..engine import _judge, _keys_for, _unknowns, emit_outcome, run_bound_rule
from ..extract import Extraction
from ..findings import Context, dedupe, record
from ..model import Binding, Fact, Finding
from ..ontology import Ontology
from ..rulepack import METRIC_KINDS, Rule
from ..verdicts import settle
from .screen import UNDECIDED, CompiledRule, Screen


def lean_check(
    screen: Screen,
    choices: Any,
    decided: Mapping[str, list[Binding]],
    rules: list[Rule],
    ex: Extraction,
    onto: Ontology,
) -> tuple[list[Finding], list[Binding]] | None:
    """engine.check(ex, rules, onto, decided) for a document flagged by metric rules alone (the
    caller knows), or None when its undecided rules are not all of the kinds this reads alike."""
    rules_of = screen.metric_rules
    undecided: dict[str, CompiledRule] = {}
    for j, c in enumerate(choices.tolist()):
        if c == UNDECIDED:
            cr = rules_of[j]
            if not cr.quick:
                return None
            undecided[cr.rule.id] = cr
    at = {f.metric: f for f in ex.facts}
    ctx = Context(ex=ex, onto=onto, facts={f.id: f for f in ex.facts})
    for rule in rules:
        if rule.kind not in METRIC_KINDS:
            if rule.kind != "bound":
                return None  # a structure check (one the screen does not know): the engine
            continue
        if rule.id in decided:
            ctx.bindings.extend(decided[rule.id])
            continue
        mine = undecided.get(rule.id)
        if mine is None:
            if any(k in at for k in rule.metric_keys()):
                return None  # a rule the screen did not judge binds here: the engine
            continue  # (binds nothing: none of its metrics is stated)
        _run(mine, at, ctx)
    for rule in rules:
        if rule.kind == "bound":
            run_bound_rule(rule, ctx)
    findings = dedupe(settle(ctx.findings, ctx.bindings))
    findings.sort(key=lambda f: (f.start, f.rule))
    return findings, ctx.bindings


def _run(cr: CompiledRule, at: dict[str | None, Fact], ctx: Context) -> None:
    """engine.run_metric_rule on the one binding a dataset document gives the rule."""
    rule = cr.rule
    if rule.anchor not in at:
        return
    chosen = {k: at[k] for k in cr.ordered if k in at}
    out = _judge(rule, chosen, ctx)
    if out is None:
        return
    keys = _keys_for(out.defn, chosen)
    record(ctx, rule, out.defn.relation, keys, out.severity, out.defn.name, _unknowns(out.defn, chosen))
    if out.severity is not None:
        emit_outcome(rule, ctx, out, chosen, keys, out.severity)
