"""A dataset document straight to its JSON text, for the documents the screen passed.

Such a document is the same few dozen characters per figure — the fact object of a metric and a
figure differs from one document to the next only in its id and offsets — so its JSON is assembled
from templates made once per (metric, figure) by the report's own encoder (report/indented_json.py)
with placeholder values. What varies beyond that (findings from the checks across documents, with
their locations and baseline marks) goes through the generic functions. The bytes are exactly those
of report.build.document_json → report.sarif.locate_document → baseline.mark_document →
report.jsonl.render_object: tests/test_dataset_render.py compares the two on every fixture and on
generated tables, and anything else (--verbose, --texts, a flagged document) takes the generic path.
"""

from __future__ import annotations

from collections.abc import Callable
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any

from ..baseline import Baseline, assign_fingerprints, mark_document
from ..model import QUANTITY_KINDS, DocResult, Document, Fact, Mention
from ..ontology import Ontology
from ..report import indented_json
from ..report.build import fact_json
from ..report.jsonl import Rendered
from ..report.sarif import locate_document
from .jobs import DocJob, job_meta
from .quick import quick_findings
from .run import check_job, configure_findings

if TYPE_CHECKING:
    from ..pipeline import Checker

_STEP = "  "  # the report's indentation
_DOC_LEVEL = 2  # documents sit two levels deep in the report ({"documents": [ ... ]})
_ID, _START, _END = "\x01id\x01", -7777777771, -7777777772  # placeholders no real value has


def _nl(level: int) -> str:
    return "\n" + _STEP * level


def _object(pairs: list[tuple[str, str]], level: int) -> str:
    """A dictionary of already encoded values, as indented_json writes it `level` deep."""
    if not pairs:
        return "{}"
    inner = _nl(level + 1)
    return (
        "{"
        + inner
        + ("," + inner).join([encode_basestring(k) + ": " + v for k, v in pairs])
        + _nl(level)
        + "}"
    )


def _array(items: list[str], level: int) -> str:
    if not items:
        return "[]"
    inner = _nl(level + 1)
    return "[" + inner + ("," + inner).join(items) + _nl(level) + "]"


class Templates:
    """Fact objects and synthetic-text pieces by (metric, figure code), and the coverage object,
    made by the generic encoder once per table (figure codes are the table's: run.DocJobs holds one)."""

    def __init__(self) -> None:
        self.facts: dict[tuple[str, int], tuple[str, str, str, str]] = {}
        # the same, with "start": and "end": in the pieces and the figure's length: what _assemble writes
        self.cuts: dict[tuple[str, int], tuple[str, str, str, str, int]] = {}
        self.texts: dict[tuple[str, int], str] = {}
        self.cov: list[str] = []
        self.ids: list[str] = []  # '"id": "f1"' … by position
        self.row_keys: list[str] = []  # the `rows` object's '"f1": [' … by position

    def positions(self, n: int) -> None:
        """The per-position pieces of the first n figures, made once per table."""
        for i in range(len(self.ids), n):
            self.ids.append(f'"id": "f{i + 1}"')
            self.row_keys.append(f"{encode_basestring(f'f{i + 1}')}: [")

    def fact(self, metric: str, code: int, men: Mention, onto: Ontology) -> tuple[str, str, str, str]:
        """report.build.fact_json of the figure, encoded, cut around its id, start and end."""
        t = self.facts.get((metric, code))
        if t is None:
            m = onto.metrics[metric]
            probe = Mention(_START, _END, men.text, men.kind, men.quantity)
            f = Fact(_ID, probe, metric, m.full_label, m.label, None, m.family, 0, 0)
            text = indented_json.dumps(fact_json(f), level=_DOC_LEVEL + 2)
            head, rest = text.split('"id": ' + encode_basestring(_ID), 1)
            mid, rest = rest.split(f'"start": {_START}', 1)
            mid2, tail = rest.split(f'"end": {_END}', 1)
            t = self.facts[(metric, code)] = (head, mid, mid2, tail)
        return t

    def cut(self, metric: str, code: int, men: Mention, onto: Ontology) -> tuple[str, str, str, str, int]:
        """fact(): (head, up to the start's value, up to the end's, tail, the figure's length)."""
        head, mid, mid2, tail = self.fact(metric, code, men, onto)
        t = self.cuts[(metric, code)] = (head, mid + '"start": ', mid2 + '"end": ', tail, len(men.text))
        return t

    def piece(self, metric: str, code: int, men: Mention, onto: Ontology) -> str:
        """label + figure, as facts.synthesize writes it."""
        p = self.texts.get((metric, code))
        if p is None:
            p = self.texts[(metric, code)] = onto.metrics[metric].full_label + men.text
        return p

    def coverage(self, n: int, bound: int) -> str:
        """report.build.coverage of n figures, each a quantity with a metric, `bound` of them bound."""
        if not self.cov:
            cov = {
                "mentions": _START,
                "quantities": _START,
                "with_metric": _START,
                "without_metric": 0,
                "non_quantities": 0,
                "set_aside": {},
                "unread": 0,
                "bound_in_rules": _END,
            }
            a, b, c, rest = indented_json.dumps(cov, level=_DOC_LEVEL + 1).split(str(_START))
            self.cov = [a, b, c, *rest.split(str(_END))]
        a, b, c, d, e = self.cov
        return f"{a}{n}{b}{n}{c}{n}{d}{bound}{e}"


def render_job(
    checker: Checker,
    job: DocJob,
    finish: Callable[[DocResult], Rendered],
    verbose: bool,
    baseline: Baseline | None,
) -> Rendered:
    """gate's JSON rendering of check_job(checker, job) (`finish`), byte for byte: the facts and the
    document around its findings from templates, the findings through the generic functions."""
    if (
        verbose
        or job.texts is not None
        or not isinstance(job.templates, Templates)
        or any(m.kind not in QUANTITY_KINDS for m in job.figures.mentions)  # never after validation
    ):
        return finish(check_job(checker, job))
    meta = job_meta(job)
    tpl, onto, fig = job.templates, checker.onto, job.figures
    texts = tpl.texts
    text = "；".join(
        [
            texts.get((k, c)) or tpl.piece(k, c, m, onto)
            for k, c, m in zip(fig.metrics, fig.codes, fig.mentions, strict=True)
        ]
    )
    text += "。"
    if job.screen is not None and job.choices is not None:  # passed: only findings across the table
        res = DocResult(doc=Document(job.doc_id, job.table_path, text, meta=meta))
        res.findings = list(job.table_findings)
        configure_findings(res, checker)
        bound = job.bound
    elif (quick := quick_findings(checker, job, text)) is not None:  # flagged, one info finding
        res = DocResult(doc=Document(job.doc_id, job.table_path, text, meta=meta))
        res.findings, bound = quick
        res.findings.extend(job.table_findings)
        configure_findings(res, checker)
    else:  # flagged: the engine's findings and bindings
        res = check_job(checker, job)
        if set(res.doc.meta) != {*meta, "synthetic_text", "rows"} or res.doc.text != text:
            return finish(res)  # a document shaped otherwise than this module writes (never so far)
        bound = len({fid for b in res.bindings for fid in b.facts})
    return _assemble(checker, job, text, meta, res, bound, baseline, job.templates)


def _assemble(
    checker: Checker,
    job: DocJob,
    text: str,
    meta: dict[str, Any],
    res: DocResult,
    bound: int,
    baseline: Baseline | None,
    templates: Templates,
) -> Rendered:
    onto = checker.onto
    fig = job.figures
    level = _DOC_LEVEL + 1
    # facts, from templates (and pieces by position: ids, the `rows` object's keys)
    templates.positions(len(fig.numbers))
    ids, row_keys = templates.ids, templates.row_keys
    cuts = templates.cuts
    fact_items = []
    for i, (k, c, m, start) in enumerate(zip(fig.metrics, fig.codes, fig.mentions, fig.starts, strict=True)):
        head, to_start, to_end, tail, n = cuts.get((k, c)) or templates.cut(k, c, m, onto)
        fact_items.append(f"{head}{ids[i]}{to_start}{start}{to_end}{start + n}{tail}")
    lines = list(zip(fig.numbers, fig.lines, strict=True))
    i6, i5, i4 = _nl(level + 3), _nl(level + 2), _nl(level + 1)
    # _object(level + 1) of "fN": [row, line], written in one piece
    rows_text = (
        "{"
        + i5
        + ("," + i5).join(
            f"{row_keys[i]}{i6}{r},{i6}{'null' if ln is None else ln}{i5}]" for i, (r, ln) in enumerate(lines)
        )
        + i4
        + "}"
        if lines
        else "{}"
    )
    # findings, through the generic functions
    findings: list[dict[str, Any]] = []
    matched: set[tuple[str, str]] = set()
    if res.findings:
        if any(not f.fingerprint for f in res.findings):
            assign_fingerprints(res)
        findings = [f.to_json() for f in res.findings]
        cited = {e.fact for f in res.findings for e in f.evidence if e.fact}
        rows = {f"f{i + 1}": [r, ln] for i, (r, ln) in enumerate(lines) if f"f{i + 1}" in cited}
        shell = {
            "doc_id": job.doc_id,
            "path": job.table_path,
            "findings": findings,
            "meta": {**meta, "rows": rows},
        }
        locate_document(shell, text)
        if baseline is not None:
            matched = mark_document(shell, baseline)
    meta_pairs = [(k, "true" if v is True else encode_basestring(str(v))) for k, v in meta.items()]
    meta_pairs += [("synthetic_text", encode_basestring(text)), ("rows", rows_text)]
    # _object(level 2) of doc_id, path, status, error, facts, findings, coverage, groups and meta
    i3 = _nl(level)
    doc = (
        f'{_STEP * _DOC_LEVEL}{{{i3}"doc_id": {encode_basestring(job.doc_id)},{i3}"path": '
        f'{encode_basestring(job.table_path)},{i3}"status": "checked",{i3}"error": null,{i3}"facts": '
        f'{_array(fact_items, level)},{i3}"findings": '
        f'{indented_json.dumps(findings, level=level) if findings else "[]"},{i3}"coverage": '
        f'{templates.coverage(len(lines), bound)},{i3}"groups": [],{i3}"meta": {_object(meta_pairs, level)}'
        f"{_nl(_DOC_LEVEL)}}}"
    )
    return Rendered(
        text=doc,
        status="checked",
        severities=tuple(f["severity"] for f in findings),
        path=job.table_path,
        error=None,
        data=None,
        baselined=tuple(bool(f.get("baselined")) for f in findings),
        matched=tuple(sorted(matched)),
    )
