"""A rule's own examples, run: every `pass` snippet raises nothing from the rule, every `fail` snippet
raises at least one finding from it. `hecha rules --test` runs them for the bundled and the user's
packs; a user's pack whose examples do not behave (pass and fail swapped, a relation that never binds)
is refused when it is loaded, as a rule that checks nothing would otherwise pass every gate.

Examples run with every loaded rule active, whatever `select` and `ignore` say, as the test suite runs
the bundled ones (tests/test_rule_examples.py): a rule's verdict may depend on the others (one relation,
one verdict).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .model import Binding, DocResult, Document, Finding
from .pipeline import Checker
from .rulepack import Rule


@dataclass
class ExampleRun:
    rule: Rule
    expect: str  # "pass" or "fail"
    index: int  # 0-based, within its list
    text: str
    result: DocResult
    findings: list[Finding] = field(default_factory=list)  # the rule's own
    bindings: list[Binding] = field(default_factory=list)  # the rule's own, held or not

    @property
    def suspect(self) -> str | None:
        """The figure this fail example says the finding must name as most likely wrong."""
        return self.rule.fail_suspects.get(self.index) if self.expect == "fail" else None

    def blamed(self) -> list[str]:
        """The figures the rule's findings name as most likely wrong (each finding's top suspects:
        the first and those tied with it)."""
        out = []
        for f in self.findings:
            if f.suspects:
                top = f.suspects[0].score
                out += [s.text for s in f.suspects if s.score >= top]
        return out

    @property
    def ok(self) -> bool:
        if self.expect == "pass":
            return not self.findings
        return bool(self.findings) and (self.suspect is None or self.suspect in self.blamed())

    def problem(self) -> str:
        """One line for a reviewer: what the example expected and what it got."""
        where = f"examples.{self.expect}[{self.index}]"
        if self.expect == "pass":
            return f"{where} should raise nothing from {self.rule.id}, but: {self.findings[0].message}"
        if self.findings:
            named = "、".join(self.blamed()) or "no figure"
            return f"{where} should name {self.suspect} as most likely wrong; the finding names {named}"
        if not self.bindings:
            return f"{where} should raise a finding from {self.rule.id}; the rule bound no figures there"
        return (
            f"{where} should raise a finding from {self.rule.id}; every binding held (pass and fail swapped?)"
        )

    def details(self) -> list[str]:
        """The facts and the rule's bindings the snippet gave (what `rules --test` prints on a failure)."""
        facts = {f.id: f for f in self.result.facts}
        out = [f"  text: {self.text}"]
        if self.result.doc.error:
            out.append(f"  error: {self.result.doc.error}")
        for f in self.result.facts:
            out.append(
                f"  fact {f.id}: {f.mention.text!r} metric={f.metric} value={f.q.value:g} cue={f.cue!r}"
            )
        for b in self.bindings:
            seen = ", ".join(f"{k}={facts[v].mention.text if v in facts else v}" for k, v in b.keys.items())
            state = (
                "holds"
                if b.holds
                else f"settled: {b.settled_by} holds"
                if b.settled_by
                else f"fails ({b.severity})"
            )
            definition = f" [{b.detail}]" if b.detail else ""
            out.append(f"  binding {b.rule}{definition}: {seen or ', '.join(b.facts)} → {state}")
        if not self.bindings:
            out.append(f"  no binding of {self.rule.id}")
        return out


def run_examples(checker: Checker, rules: Iterable[Rule]) -> Iterator[ExampleRun]:
    """Every example of `rules`, checked with all of the checker's rules active."""
    everything = Checker(rules=checker.rules, onto=checker.onto)
    for rule in rules:
        for expect, texts in (("pass", rule.examples_pass), ("fail", rule.examples_fail)):
            for i, text in enumerate(texts):
                res = everything.check_document(Document(f"{rule.id}-{expect}-{i}", "<example>", text))
                yield ExampleRun(
                    rule,
                    expect,
                    i,
                    text,
                    res,
                    [f for f in res.findings if f.rule == rule.id],
                    [b for b in res.bindings if b.rule == rule.id],
                )
