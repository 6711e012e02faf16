"""Every consistent relation a reviewer checks in the seed reports (fixtures/gold/seed_relations.jsonl)
is bound by some rule — visible as a binding with --verbose — except those listed in NOT_YET_BOUND."""

from __future__ import annotations

import json

import pytest

from hecha.model import Document
from hecha.pipeline import Checker

from .conftest import GOLD, SEEDS

# quote -> why it is not bound yet (none today)
NOT_YET_BOUND: dict[str, str] = {}

RELATIONS = [
    json.loads(line)
    for line in (GOLD / "seed_relations.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
CONSISTENT = [r for r in RELATIONS if r["verdict"] == "consistent"]


def _numbers(rel: dict) -> set[float]:
    out: set[float] = set()
    for k in ("lhs", "rhs", "total", "numerator", "denominator", "rate"):
        if isinstance(rel.get(k), (int, float)):
            out.add(float(rel[k]))
    for p in rel.get("parts") or []:
        out.add(float(p))
    return out


@pytest.mark.parametrize("rel", CONSISTENT, ids=[r["quote"][:16] for r in CONSISTENT])
def test_consistent_relation_is_bound(checker: Checker, rel: dict) -> None:
    if rel["quote"] in NOT_YET_BOUND:
        pytest.skip(NOT_YET_BOUND[rel["quote"]])
    text = (SEEDS / f"{rel['doc']}.txt").read_text(encoding="utf-8")
    res = checker.check_document(Document(rel["doc"], "", text))
    start = text.find(rel["quote"])
    end = start + len(rel["quote"])
    nums = _numbers(rel)
    facts = {f.id: f for f in res.facts}
    inside = {f.id for f in res.facts if start <= f.start < end and f.q.value in nums}
    para = {facts[i].paragraph for i in inside}

    def relevant(fid: str) -> bool:  # the same figure, possibly restated nearby (纠错案件6件 … 6件纠错案件)
        f = facts[fid]
        return fid in inside or (f.paragraph in para and f.q.value in nums)

    bound = [
        b
        for b in res.bindings
        if inside & set(b.facts) and sum(relevant(x) for x in b.facts) >= min(2, len(inside))
    ]
    assert bound, (rel["quote"], inside, [(b.rule, b.facts) for b in res.bindings if inside & set(b.facts)])
    wrong = [f for f in res.findings if set(f.facts) <= inside and f.severity in ("error", "warning")]
    assert not wrong, [f.message for f in wrong]
