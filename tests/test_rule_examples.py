"""Every rule's own examples (checks/*.yaml): pass snippets raise nothing from the rule, fail snippets
raise at least one finding from it. This is the one test that covers every rule of every pack."""

from __future__ import annotations

import pytest

from hecha.pipeline import Checker
from hecha.rulepack import load_rules

from .helpers import rules_fired, run_text

RULES = load_rules()
CASES = [(r.id, "pass", t) for r in RULES for t in r.examples_pass] + [
    (r.id, "fail", t) for r in RULES for t in r.examples_fail
]


def test_every_rule_has_examples() -> None:
    assert RULES
    for r in RULES:
        assert r.examples_pass and r.examples_fail, r.id


@pytest.mark.parametrize(
    ("rule_id", "expect", "snippet"), CASES, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)]
)
def test_rule_example(checker: Checker, rule_id: str, expect: str, snippet: str) -> None:
    res = run_text(checker, snippet)
    fired = rules_fired(res)
    if expect == "pass":
        assert rule_id not in fired, [f.message for f in res.findings if f.rule == rule_id]
    else:
        assert rule_id in fired, (snippet, [(f.rule, f.message) for f in res.findings])
