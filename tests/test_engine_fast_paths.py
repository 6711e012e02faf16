"""The engine's and localisation's fast paths against the plain code they replaced (kept here as the
reference), on every binding of the fixture reports, the seeds, every rule's examples and random
dataset documents on the rules' edges."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from typing import Any

import pytest

from hecha import engine, localize
from hecha.dataset.facts import check_rows
from hecha.dataset.rows import ValidRow
from hecha.dataset.schema import quantity_of
from hecha.expr import Interval, evaluate
from hecha.extract import extract
from hecha.findings import READING_NOTE, READING_SEVERITY, SOFTER, Context, env
from hecha.intervals import FALLBACK_READINGS
from hecha.model import Document
from hecha.pipeline import Checker

from .conftest import ROOT, SEEDS


def _judge_plain(rule: Any, chosen: Any, ctx: Context) -> Any:
    """engine._judge before the figures' intervals were shared by the definitions and a reading that
    reads no figure otherwise was skipped."""
    bound = [d for d in rule.definitions if engine._binds(d, chosen, rule)]
    if not any(not d.unusual for d in bound):
        return None
    usual = [d for d in bound if not d.unusual]

    def ok(d: Any, reading: str) -> bool:
        return engine.holds(d.relation, env(chosen, reading, engine._unknowns(d, chosen)))

    for d in usual:
        if ok(d, "usual"):
            return engine._Outcome(None, d)
    for reading in FALLBACK_READINGS:
        for d in usual:
            if ok(d, reading):
                zh, en = READING_NOTE[reading]
                return engine._Outcome(READING_SEVERITY[reading], d, zh, en)
    for d in bound:
        if d.unusual and ok(d, "usual"):
            return engine._Outcome(
                SOFTER[rule.severity], d, f"仅在非常规口径“{d.name}”下成立", f"holds only as {d.name}"
            )
    main = usual[0] if usual else bound[0]
    sums = set(main.relation.sum_refs())
    missing = [r.key for r in main.relation.refs() if r.optional and r.key not in chosen and r not in sums]
    missing = [k for k in missing if k not in engine._unknowns(main, chosen)]
    settler = next((d for d in usual if missing and set(missing) <= set(d.settles)), None)
    if settler is not None:
        return engine._Outcome(rule.severity, settler)
    if missing:
        names = "、".join(ctx.onto.metrics[k].label for k in missing)
        capped = engine._at_most_their_side(main.relation, chosen, missing)
        if not engine.holds(main.relation, env(chosen, "usual", capped)):
            return engine._Outcome(
                rule.severity,
                main,
                f"即使{names}与本期数相当也不成立",
                f"even with {', '.join(missing)} as large as the figures stated it does not hold",
            )
        return engine._Outcome(
            str(rule.params.get("unstated_severity", SOFTER[rule.severity])),
            main,
            f"报告未说明{names}，若有则可能成立",
            f"{', '.join(missing)} not stated; it could explain the difference",
        )
    return engine._Outcome(rule.severity, main)


def _solutions_plain(b: Any, fid: str, checks: Any) -> list[float]:
    """localize._solutions before the lower end's gap was computed only for bisection."""
    f = checks.facts[fid]
    scale = 0.01 if f.q.unit == "%" else 1.0
    key = next(k for k, v in b.keys.items() if v == fid)
    rel = b.relation
    e = dict(checks.env(b))
    integer = f.q.integer

    def gap(v: float) -> float:
        e[key] = Interval(v * scale, v * scale, integer)
        lv, rv = evaluate(rel.left, e), evaluate(rel.right, e)
        return (lv.lo + lv.hi) / 2 - (rv.lo + rv.hi) / 2

    hi = max(1.0, f.q.value) * 4 + 10
    g0 = gap(0.0)
    if g0 == 0:
        return [0.0]
    lo = 1e-6
    glo, ghi = gap(lo), gap(hi)
    if not (math.isnan(g0) or math.isinf(g0) or math.isinf(ghi)) and ghi != g0:
        root = -g0 * hi / (ghi - g0)
        if 0 <= root <= hi and abs(gap(root)) < 1e-9 * max(1.0, abs(g0)):
            return localize._snap(root, f)
    if math.isnan(glo) or math.isnan(ghi) or math.isinf(glo) or math.isinf(ghi) or glo * ghi > 0:
        return []
    for _ in range(40):
        mid = (lo + hi) / 2
        gm = gap(mid)
        if (gm > 0) == (glo > 0):
            lo, glo = mid, gm
        else:
            hi = mid
    return localize._snap((lo + hi) / 2, f)


def _texts(checker: Checker) -> Iterator[str]:
    for p in sorted([*SEEDS.glob("*.txt"), *(ROOT / "fixtures" / "corpus").rglob("*.txt")]):
        yield p.read_text(encoding="utf-8")
    for r in checker.rules:
        yield from r.examples_pass
        yield from r.examples_fail


def _random_rows(checker: Checker, rng: random.Random) -> Iterator[list[ValidRow]]:
    """Dataset documents stating a random subset of a metric rule's figures: small counts, rates
    near or off their counts, 余 and 以上, 0% and 100%."""
    rules = [r for r in checker.active_rules() if r.kind in engine.METRIC_KINDS]
    for i in range(400):
        rule = rng.choice(rules)
        rows = []
        for k in sorted(rule.metric_keys()):
            if k != rule.anchor and rng.random() > 0.75:
                continue
            m = checker.onto.metrics[k]
            if m.unit == "percent":
                unit = rng.choice(["%", "%", "%以上"])
                a, b = rng.randint(0, 7), rng.randint(1, 8)
                x = 100 * min(a, b) / b + rng.choice([0, 0, 0.05, -0.05, 0.5, -0.5, 1])
                value = f"{max(0.0, x):.{rng.choice([0, 1, 2])}f}"
            else:
                base = sorted(m.units)[0] if m.units else "件"
                unit = rng.choice([base, base, f"余{base}"])
                value = str(rng.choice([0, 1, 2, 3, 5, 6, 10, 12, 25, 30, 35]))
            mention = quantity_of(value, unit)
            if mention is not None:
                rows.append(ValidRow(len(rows) + 1, None, f"d{i}", k, mention))
        if rows:
            yield rows


@pytest.fixture(scope="module")
def compared(checker: Checker) -> Iterator[dict[str, int]]:
    """Run every document with the fast paths wrapped: each call is compared with the reference."""
    calls = {"judge": 0, "solutions": 0}
    judge, solutions = engine._judge, localize._solutions

    def judge_both(rule: Any, chosen: Any, ctx: Context) -> Any:
        out = judge(rule, chosen, ctx)
        assert out == _judge_plain(rule, chosen, ctx), (
            rule.id,
            {k: f.mention.text for k, f in chosen.items()},
        )
        calls["judge"] += 1
        return out

    def solutions_both(b: Any, fid: str, checks: Any) -> list[float]:
        out = solutions(b, fid, checks)
        assert out == _solutions_plain(b, fid, checks), (b.rule, fid)
        calls["solutions"] += 1
        return out

    mp = pytest.MonkeyPatch()
    mp.setattr(engine, "_judge", judge_both)
    mp.setattr(localize, "_solutions", solutions_both)
    try:
        for text in _texts(checker):
            res = checker.check_document(Document("t", "-", text))
            assert res.doc.error is None, res.doc.error
        for rows in _random_rows(checker, random.Random(7)):
            check_rows("d", "-", rows, checker.active_rules(), checker.onto, {})
        yield calls
    finally:
        mp.undo()


def test_rules_due_are_those_the_plain_loop_runs(checker: Checker) -> None:
    """engine._due (a schedule per list of rules) against the loop over every rule it replaced: the
    metric rules run (total rules always, the others where their anchor is stated) and the rules
    checked after them, in order, for the rules as loaded and shuffled."""
    rng = random.Random(5)
    lists = [checker.active_rules()] + [rng.sample(checker.rules, len(checker.rules)) for _ in range(3)]
    for text in _texts(checker):
        ex = extract(text, checker.onto)
        for rules in lists:
            ctx = Context(ex=ex, onto=checker.onto, facts={f.id: f for f in ex.facts})
            metric = [
                r
                for r in rules
                if r.kind in engine.METRIC_KINDS and (r.kind == "total" or r.anchor in ctx.actual)
            ]
            after = [r for r in rules if r.kind == "bound" or r.kind in engine.CHECKS]
            got = engine._due(rules, ctx)
            assert [r.id for r in got[0]] == [r.id for r in metric]
            assert all(a is b for a, b in zip(got[0], metric, strict=True))
            assert all(a is b for a, b in zip(got[1], after, strict=True))


def test_judging_under_each_reading_as_before(compared: dict[str, int]) -> None:
    assert compared["judge"] > 500, compared


def test_repair_values_as_before(compared: dict[str, int]) -> None:
    assert compared["solutions"] > 100


def test_typo_hint_is_the_variants_description() -> None:
    """localize.typo_hint(value, v) against typo_variants(value).get(v): every variant of every
    value below 3,000 and a random sample above, and values no keystroke gives."""
    rng = random.Random(11)
    # (up to 14 digits typo_hint reads v's digits; longer figures take the loops)
    big = [
        10**13,
        10**14 - 1,
        10**14,
        10**14 + 10203,
        2**53 - 1,
        *(rng.randrange(10**9, 10**16) for _ in range(100)),
    ]
    values = [*range(3000), *(rng.randrange(3000, 10**9) for _ in range(300)), *big, 12.5, -3.0]
    for value in map(float, values):
        variants = localize.typo_variants(value)
        probes = [*variants, value, value + 0.5, value * 10 + 7, 0.0, -0.0, -1.0, 1.0, 10.0, 100.0, 1e16]
        for v in probes:
            assert localize.typo_hint(value, v) == variants.get(v), (value, v)
