"""One document through the whole flow: extract → check → localise."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .engine import check
from .extract import extract
from .localize import localize
from .model import DocResult, Document
from .ontology import Ontology, load_ontology
from .remap import to_source
from .rulepack import Rule, load_rules


@dataclass
class Checker:
    """Rules and ontology loaded once, then applied to any number of documents."""

    rules: list[Rule]
    onto: Ontology
    select: set[str] | None = None
    ignore: set[str] = field(default_factory=set)
    severity: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(
        cls, extra_rule_dirs: list[Path] | None = None, ontology_files: list[Path] | None = None, **kw: object
    ) -> Checker:
        onto = load_ontology(None, tuple(str(p) for p in ontology_files or ()))
        return cls(rules=load_rules(extra_rule_dirs, onto), onto=onto, **kw)  # type: ignore[arg-type]

    def active_rules(self) -> list[Rule]:
        if self.select is None and not self.ignore:
            return list(self.rules)  # (asked for every document: most runs select and ignore nothing)
        return [
            r
            for r in self.rules
            if (self.select is None or any(r.id.startswith(s) for s in self.select))
            and not any(r.id.startswith(s) for s in self.ignore)
        ]

    def check_document(self, doc: Document) -> DocResult:
        res = DocResult(doc=doc)
        if doc.text is None:
            return res
        try:
            ex = extract(doc.text, self.onto)
            findings, bindings = check(ex, self.active_rules(), self.onto)
            localize(ex, findings, bindings, self.onto)
        except Exception as e:  # one bad document must not stop the run
            doc.error = f"internal error while checking: {type(e).__name__}: {e}"
            return res
        for f in findings:
            if f.rule in self.severity:
                f.severity = self.severity[f.rule]  # type: ignore[assignment]
        res.facts, res.mentions, res.groups = ex.facts, ex.mentions, ex.groups
        res.findings, res.bindings = findings, bindings
        if ex.view is not None:
            to_source(res, ex.view)  # spans into the text as written
        return res
