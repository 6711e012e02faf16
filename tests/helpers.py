"""Small helpers shared by the tests."""

from __future__ import annotations

from hecha.model import DocResult, Document
from hecha.pipeline import Checker


def run_text(checker: Checker, text: str, doc_id: str = "t") -> DocResult:
    return checker.check_document(Document(doc_id, f"{doc_id}.txt", text))


def rules_fired(res: DocResult) -> set[str]:
    return {f.rule for f in res.findings}
