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

import hashlib
import re
from collections.abc import Callable
from contextlib import suppress
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any

from ..baseline import _WS_RE, Baseline, _context, assign_fingerprints, mark_document
from ..model import QUANTITY_KINDS, DocResult, Document, Fact, Finding, Mention
from ..ontology import Ontology
from ..report import indented_json
from ..report.build import fact_json
from ..report.jsonl import Rendered
from ..report.sarif import _line_col, locate_document
from .findings import DatasetFinding
from .jobs import DocJob, DocJobs, PassedJob, job_meta
from .pieces import RowPieces
from .quick import quick_findings
from .run import check_job, configure_findings
from .table import OUTLIER_RULE, OUTLIER_SEVERITY, OUTLIER_TITLE

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
        self.encoded: dict[str, bytes] = {}  # pieces of these in UTF-8 (pieces.row_pieces, binary)

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


_I3 = _nl(_DOC_LEVEL + 1)
_CLOSE = _nl(_DOC_LEVEL)


def _document(doc_id: str, path: str, facts: str, findings: str, coverage: str, meta: str) -> str:
    """_object(level 2) of doc_id, path, status, error, facts, findings, coverage, groups and meta,
    each value already encoded."""
    i3 = _I3
    return (
        f'{_STEP * _DOC_LEVEL}{{{i3}"doc_id": {doc_id},{i3}"path": {path},{i3}"status": "checked",'
        f'{i3}"error": null,{i3}"facts": {facts},{i3}"findings": {findings},{i3}"coverage": {coverage},'
        f'{i3}"groups": [],{i3}"meta": {meta}{_CLOSE}}}'
    )


def render_job(
    checker: Checker,
    job: DocJob,
    finish: Callable[[DocResult], Rendered],
    verbose: bool,
    baseline: Baseline | None,
    binary: bool = False,
) -> Rendered:
    """gate's JSON rendering of check_job(checker, job) (`finish`), byte for byte: the facts and the
    document around its findings from templates, the findings through the generic functions. A
    document passed without findings (a PassedJob) is written with its neighbours, column-wise
    (`binary`: in UTF-8 bytes, see render_encoded)."""
    if isinstance(job, PassedJob) and not verbose:
        far = (
            baseline is None
            and "DS203" not in checker.severity
            and not any("DS203".startswith(s) for s in checker.ignore)
        )
        if (done := render_passed(job, far, binary)) is not None:
            return done
    if (
        verbose
        or job.texts is not None
        or not isinstance(job.templates, Templates)
        or any(m.kind not in QUANTITY_KINDS for m in job.figures.mentions)  # never after validation
    ):
        return finish(check_job(checker, job))
    meta = job_meta(job)
    tpl, onto, fig = job.templates, checker.onto, job.figures
    # a flagged document's figures: their JSON and its text made with its neighbours' (DocJobs.flagged_pieces)
    made = job.source.flagged_pieces(job.index, binary) if job.source is not None else None
    if made is not None:
        text = made[0].text(made[1], made[2])
    else:
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
    return _assemble(checker, job, text, meta, res, bound, baseline, job.templates, made)


def render_encoded(
    checker: Checker,
    job: DocJob,
    finish: Callable[[DocResult], Rendered],
    verbose: bool,
    baseline: Baseline | None,
) -> Rendered:
    """render_job, its text as UTF-8 bytes for report.jsonl.write_stream to write as they are: a
    worker's reply is pickled as UTF-8 anyway, and the parent then neither decodes it nor encodes
    it again. A text that does not encode strictly (a lone surrogate in a doc id) is left to the
    output stream's own error handler."""
    r = render_job(checker, job, finish, verbose, baseline, binary=True)
    if type(r.text) is str:
        with suppress(UnicodeEncodeError):
            r.text = r.text.encode("utf-8")
    return r


def _assemble(
    checker: Checker,
    job: DocJob,
    text: str,
    meta: dict[str, Any],
    res: DocResult,
    bound: int,
    baseline: Baseline | None,
    templates: Templates,
    made: tuple[RowPieces, int, int] | None = None,
) -> Rendered:
    """The document's JSON: its facts, `rows` and text from the templates (from `made`, its rows'
    pieces made with its neighbours', when given: then in UTF-8 bytes if they are), its findings
    written field by field (or through the generic functions)."""
    fig = job.figures
    level = _DOC_LEVEL + 1
    findings_text, severities, baselined, matched = _findings_text(job, text, meta, res, baseline, made)
    if made is not None:
        return _assemble_made(
            job, text, meta, bound, templates, made, findings_text, severities, baselined, matched
        )
    onto = checker.onto
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
    meta_pairs = [(k, "true" if v is True else encode_basestring(str(v))) for k, v in meta.items()]
    meta_pairs += [("synthetic_text", encode_basestring(text)), ("rows", rows_text)]
    doc = _document(
        encode_basestring(job.doc_id),
        encode_basestring(job.table_path),
        _array(fact_items, level),
        findings_text,
        templates.coverage(len(lines), bound),
        _object(meta_pairs, level),
    )
    return _checked(job, doc, severities, baselined, matched)


def _checked(
    job: DocJob,
    text: str | bytes,
    severities: tuple[str, ...],
    baselined: tuple[bool, ...],
    matched: set[tuple[str, str]],
) -> Rendered:
    """A flagged document of a table, checked and written (by the generic path or from its batch's pieces)."""
    return Rendered(
        text, "checked", severities, job.table_path, None, None, baselined, tuple(sorted(matched))
    )


def _findings_text(
    job: DocJob,
    text: str,
    meta: dict[str, Any],
    res: DocResult,
    baseline: Baseline | None,
    made: tuple[RowPieces, int, int] | None,
) -> tuple[str, tuple[str, ...], tuple[bool, ...], set[tuple[str, str]]]:
    """The `findings` array of a document as _assemble writes it (field by field, or through the
    generic functions), its severities, baseline marks and the baseline keys matched."""
    if not res.findings:
        return "[]", (), (), set()
    if any(not f.fingerprint for f in res.findings):
        assign_fingerprints(res)
    cited = {e.fact for f in res.findings for e in f.evidence if e.fact}
    fig = job.figures
    n = len(fig.numbers)
    if made is None:
        rows = {
            f"f{i + 1}": [r, ln]
            for i, (r, ln) in enumerate(zip(fig.numbers, fig.lines, strict=True))
            if f"f{i + 1}" in cited
        }
    else:  # (the same, in the same order: asked only of the figures cited)
        at = sorted(i for fid in cited if (i := _position(fid, n)) is not None)
        rows = {f"f{i + 1}": [fig.numbers[i], fig.lines[i]] for i in at}
    written = _findings_json(res.findings, rows, text, job.rendered, job.table_path, job.doc_id, baseline)
    if written is not None:
        return written
    # through the generic functions
    findings = [f.to_json() for f in res.findings]
    shell = {
        "doc_id": job.doc_id,
        "path": job.table_path,
        "findings": findings,
        "meta": {**meta, "rows": rows},
    }
    locate_document(shell, text)
    matched: set[tuple[str, str]] = set()
    if baseline is not None:
        matched = mark_document(shell, baseline)
    return (
        indented_json.dumps(findings, level=_DOC_LEVEL + 1),
        tuple(f["severity"] for f in findings),
        tuple(bool(f.get("baselined")) for f in findings),
        matched,
    )


def _position(fid: Any, n: int) -> int | None:
    """i for a fact id f"f{i + 1}" with 0 <= i < n (a figure's id), else None."""
    if type(fid) is not str or not fid.startswith("f"):
        return None
    digits = fid[1:]
    if not digits.isdigit() or not digits.isascii() or digits.startswith("0"):
        return None
    i = int(digits) - 1
    return i if 0 <= i < n else None


def _assemble_made(
    job: DocJob,
    text: str,
    meta: dict[str, Any],
    bound: int,
    templates: Templates,
    made: tuple[RowPieces, int, int],
    findings_text: str,
    severities: tuple[str, ...],
    baselined: tuple[bool, ...],
    matched: set[tuple[str, str]],
) -> Rendered:
    """_assemble's document from its rows' pieces: in UTF-8 bytes when they are (and every other
    part encodes strictly), else as text."""
    pieces, ra, rb = made
    level = _DOC_LEVEL + 1
    inner = _nl(level + 1)
    meta_head = (
        "{"
        + inner
        + ("," + inner).join(
            [
                encode_basestring(k) + ": " + ("true" if v is True else encode_basestring(str(v)))
                for k, v in meta.items()
            ]
        )
    )
    doc_text: str | bytes | None = None
    if pieces.binary:
        with suppress(UnicodeEncodeError):
            doc_text = b"".join(
                [
                    _DOC_B[0],
                    encode_basestring(job.doc_id).encode(),
                    _DOC_B[1],
                    encode_basestring(job.table_path).encode(),
                    _DOC_B[2],
                    pieces.facts_array(ra, rb),
                    _DOC_B[3],
                    findings_text.encode(),
                    _DOC_B[4],
                    templates.coverage(rb - ra, bound).encode(),
                    _DOC_B[5],
                    meta_head.encode(),
                    b",",
                    _SYNTHETIC_B,
                    pieces.text_json(ra, rb),
                    _ROWS_B,
                    pieces.rows_object(ra, rb),
                    _META_END_B,
                    _DOC_B[6],
                ]
            )
    if doc_text is None:
        facts, rows_text = pieces.facts_array(ra, rb), pieces.rows_object(ra, rb)
        if pieces.binary:
            facts, rows_text = facts.decode(), rows_text.decode()
        doc_text = _document(
            encode_basestring(job.doc_id),
            encode_basestring(job.table_path),
            facts,
            findings_text,
            templates.coverage(rb - ra, bound),
            f'{meta_head},{_I4}"synthetic_text": {encode_basestring(text)},{_I4}"rows": {rows_text}{_I3}}}',
        )
    return _checked(job, doc_text, severities, baselined, matched)


# a document's findings, as _assemble writes them: the array at level 3, each finding at 4
_N = [_nl(i) for i in range(10)]
_PLAIN = (Finding, DatasetFinding)  # findings whose to_json is Finding's (and `related`)


def _leaf(v: Any, level: int) -> str:
    """A value as indented_json writes it `level` deep (strings and integers without a call)."""
    t = type(v)
    if t is str:
        return encode_basestring(v)
    if t is int:
        return int.__repr__(v)
    if v is None:
        return "null"
    return indented_json.dumps(v, level=level)


def _findings_json(
    found: list[Finding],
    rows: dict[str, list[Any]],
    text: str,
    rendered: bool,
    path: str,
    doc_id: str,
    baseline: Baseline | None,
) -> tuple[str, tuple[str, ...], tuple[bool, ...], set[tuple[str, str]]] | None:
    """_written_findings, or None when a value is of another type than it writes (a text that is
    not a string: the generic functions then write the findings, or fail as they would)."""
    try:
        return _written_findings(found, rows, text, rendered, path, doc_id, baseline)
    except TypeError:
        return None


def _written_findings(
    found: list[Finding],
    rows: dict[str, list[Any]],
    text: str,
    rendered: bool,
    path: str,
    doc_id: str,
    baseline: Baseline | None,
) -> tuple[str, tuple[str, ...], tuple[bool, ...], set[tuple[str, str]]] | None:
    """The `findings` array of a dataset document as _assemble writes it through the generic
    functions — Finding.to_json (DatasetFinding's `related`), report.sarif.locate_document's
    location and evidence lines, baseline.mark_document's marks, indented_json at level 3 —
    written field by field; with its severities, baseline marks and the baseline keys matched.
    None for a finding of another kind (the generic functions then write them)."""
    E = encode_basestring
    n5, n6, n7 = _N[5], _N[6], _N[7]
    s6, s7 = "," + n6, "," + n7
    where = E(path)
    objs = []
    marks = []
    matched: set[tuple[str, str]] = set()
    for f in found:
        if type(f) not in _PLAIN:
            return None
        ev = f.evidence
        items = []
        for e in ev:
            fact, role = e.fact, e.role
            if type(e.start) is not int or type(e.end) is not int:
                return None
            item = f'{{{n7}"start": {e.start},{n7}"end": {e.end},{n7}"text": {E(e.text)}'
            if fact is not None:
                item += f',{n7}"fact": {E(fact)}'
            if role is not None:
                item += f',{n7}"role": {E(role)}'
            if not rendered:
                line, col = _line_col(text, e.start)
                item += f',{n7}"line": {line},{n7}"column": {col}'
            items.append(item + n6 + "}")
        expected, observed = f.expected, f.observed
        facts = f.facts
        obj = (
            f'{{{n5}"rule": {E(f.rule)},{n5}"severity": {E(f.severity)},{n5}"title": {E(f.title)},'
            f'{n5}"kind": {E(f.kind)},{n5}"message": {E(f.message)},{n5}"message_en": {E(f.message_en)},'
            f'{n5}"facts": '
            + (f"[{n6}{s6.join([E(x) for x in facts])}{n5}]" if facts else "[]")
            + f",{n5}"
            + '"evidence": '
            + (f"[{n6}{s6.join(items)}{n5}]" if items else "[]")
            + f',{n5}"expected": {"null" if expected is None else E(expected)}'
            f',{n5}"observed": {"null" if observed is None else E(observed)}'
        )
        if f.definition:
            obj += f',{n5}"definition": {E(f.definition)}'
        if f.suspects:
            shown = []
            for sus in f.suspects:
                one = (
                    f'{{{n7}"fact": {E(sus.fact)},{n7}"text": {E(sus.text)},{n7}"fix": {E(sus.fix)},'
                    f'{n7}"score": {indented_json.dumps(round(sus.score, 3), level=7)}'
                )
                if sus.hint:
                    one += f',{n7}"hint": {E(sus.hint)}'
                shown.append(one + n6 + "}")
            obj += f',{n5}"suspects": [{n6}{s6.join(shown)}{n5}]'
        if f.corroborated_by:
            pairs = [
                f"{E(k)}: " + (f"[{n7}{s7.join([E(x) for x in v])}{n6}]" if v else "[]")
                for k, v in f.corroborated_by.items()
            ]
            obj += f',{n5}"corroborated_by": {{{n6}{s6.join(pairs)}{n5}}}'
        if f.fingerprint:
            obj += f',{n5}"fingerprint": {E(f.fingerprint)}'
        related = f.related if isinstance(f, DatasetFinding) else None
        if related:
            obj += f',{n5}"related": {indented_json.dumps(related, level=5)}'
        # report.sarif._location of a dataset document's finding: the row of its primary figure
        first = None
        if ev:
            by_fact = {e.fact: e for e in ev if e.fact}
            first = next((by_fact[s.fact] for s in f.suspects if s.fact in by_fact), None)
            if first is None:
                first = min(ev, key=lambda e: e.start)
        loc = f'{{{n6}"path": {where}'
        for e in [first, *ev] if first is not None else ev:
            r = rows.get(e.fact)  # type: ignore[arg-type]
            if r:
                loc += f',{n6}"row": {_leaf(r[0], 6)}'
                if r[1] is not None and not rendered:
                    loc += f',{n6}"line": {_leaf(r[1], 6)},{n6}"column": 1'
                if e.fact:
                    loc += f',{n6}"fact": {E(e.fact)}'
                break
        obj += f',{n5}"location": {loc}{n5}}}'
        if baseline is not None:
            key = (doc_id, f.fingerprint)
            mark = key in baseline.keys
            if mark:
                matched.add(key)
            obj += f',{n5}"baselined": {"true" if mark else "false"}'
            marks.append(mark)
        else:
            marks.append(False)
        objs.append(obj + _N[4] + "}")
    severities = tuple(f.severity for f in found)
    return "[" + _N[4] + ("," + _N[4]).join(objs) + _N[3] + "]", severities, tuple(marks), matched


_SEP4 = "," + _nl(_DOC_LEVEL + 2)  # between the facts of a document
_I4, _I5, _I6 = _nl(_DOC_LEVEL + 2), _nl(_DOC_LEVEL + 3), _nl(_DOC_LEVEL + 4)
_SEP5 = "," + _I5  # between the entries of its `rows` object


def passed_texts(
    jobs: DocJobs, d0: int, d1: int, written: Any, far: bool, binary: bool = False
) -> dict[int, tuple[str | bytes, int]]:
    """The JSON text (and how many findings it has) of each document from d0 to d1 that `written`
    marks (passed by the screen, no finding but DS203's, every figure a quantity: what render_job
    writes for it through _assemble), made column-wise: each row's fact object and `rows` entry
    from the templates in one pass over the rows, then each document's pieces joined. A document
    with DS203 findings is written only when `far` (no baseline, DS203 neither ignored nor given
    another severity: then its findings are the outliers as DocJobs makes them, with their
    fingerprints and locations, written from a template). `binary`: the texts in UTF-8, made from
    templates kept encoded (the parent then encodes none of these bytes itself), unless some
    character of the block does not encode strictly (a lone surrogate: the texts are then str)."""
    import numpy as np

    from .pieces import row_pieces

    t = jobs.table
    bounds = t.bounds
    a, b = int(bounds[d0]), int(bounds[d1])
    if a == b:
        return {}
    counts = np.diff(bounds[d0 : d1 + 1])
    pos = np.arange(a, b) - np.repeat(bounds[d0:d1], counts)
    # each document's region and year: those of its first row that gives both
    places: dict[int, tuple[str, str]] = {}
    if t.region is not None and t.year is not None:
        given = np.flatnonzero((t.region[a:b] >= 0) & (t.year[a:b] >= 0)) + a
        first = np.searchsorted(given, bounds[d0:d1])
        for d, f in zip(range(d0, d1), first.tolist(), strict=True):
            if f < len(given) and given[f] < bounds[d + 1]:
                j = int(given[f])
                places[d] = (t.regions[int(t.region[j])], str(int(t.year[j])))
    head = f'{_I4}"source": "dataset",{_I4}"dataset": {encode_basestring(jobs.path)},'
    if jobs.rendered:
        head += f'{_I4}"rendered": true,'
    docs = np.flatnonzero(written[d0:d1]).tolist()
    names = t.doc_ids.block(d0, d1)
    if binary:
        with suppress(UnicodeEncodeError):
            pieces = row_pieces(jobs, slice(a, b), pos, binary=True)
            return _passed_bytes(jobs, d0, a, docs, names, pieces, places, head, far)
    pieces = row_pieces(jobs, slice(a, b), pos)
    tpl: Templates = jobs.templates
    lines = pieces.lines
    path = encode_basestring(jobs.path)
    bound = jobs.verdicts.bound if jobs.verdicts is not None else None
    few = jobs.far_docs()
    out: dict[int, tuple[str | bytes, int]] = {}
    for d in docs:
        name = names[d]
        d += d0
        ra, rb = int(bounds[d]) - a, int(bounds[d + 1]) - a
        text = pieces.text(ra, rb)
        findings, count = "[]", 0
        if few[d]:
            if not far or "\n" in text:
                continue
            findings, count = _outliers(jobs, d, text, lines, a)
        meta = (
            f'{{{head}{_where(places.get(d))}{_I4}"synthetic_text": {encode_basestring(text)},{_I4}"rows": '
            f"{pieces.rows_object(ra, rb)}{_I3}}}"
        )
        out[d] = (
            _document(
                encode_basestring(name),
                path,
                pieces.facts_array(ra, rb),
                findings,
                tpl.coverage(rb - ra, int(bound[d]) if bound is not None else 0),
                meta,
            ),
            count,
        )
    return out


def _where(place: tuple[str, str] | None) -> str:
    """The region and year of a document's meta, when its rows give them."""
    if place is None:
        return ""
    return f'{_I4}"region": {encode_basestring(place[0])},{_I4}"year": {encode_basestring(place[1])},'


# _document's text around its values, and its meta's around the synthetic text and the rows, in bytes
_DOC_B = [p.encode() for p in _document(*["\x00"] * 6).split("\x00")]
_SYNTHETIC_B, _ROWS_B, _META_END_B = (
    f'{_I4}"synthetic_text": '.encode(),
    f',{_I4}"rows": '.encode(),
    (_I3 + "}").encode(),
)


def _passed_bytes(
    jobs: DocJobs,
    d0: int,
    a: int,
    docs: list[int],
    names: list[str],
    pieces: RowPieces,
    places: dict[int, tuple[str, str]],
    head: str,
    far: bool,
) -> dict[int, tuple[str | bytes, int]]:
    """passed_texts' loop over its documents, in bytes: the same texts, encoded strictly (a
    character that does not encode raises UnicodeEncodeError, and passed_texts writes str)."""
    t = jobs.table
    bounds = t.bounds
    tpl: Templates = jobs.templates
    path = encode_basestring(jobs.path).encode()
    bound = jobs.verdicts.bound if jobs.verdicts is not None else None
    few = jobs.far_docs()
    p0, p1, p2, p3, p4, p5, p6 = _DOC_B
    head_b = b"{" + head.encode()
    none = b"[]"
    out: dict[int, tuple[str | bytes, int]] = {}
    for d in docs:
        name = names[d]
        d += d0
        ra, rb = int(bounds[d]) - a, int(bounds[d + 1]) - a
        findings, count = none, 0
        if few[d]:
            text = pieces.text(ra, rb)
            if not far or "\n" in text:
                continue
            shown, count = _outliers(jobs, d, text, pieces.lines, a)
            findings = shown.encode()
        place = places.get(d)
        out[d] = (
            b"".join(
                [
                    p0,
                    encode_basestring(name).encode(),
                    p1,
                    path,
                    p2,
                    pieces.facts_array(ra, rb),
                    p3,
                    findings,
                    p4,
                    tpl.coverage(rb - ra, int(bound[d]) if bound is not None else 0).encode(),
                    p5,
                    head_b,
                    _where(place).encode() if place is not None else b"",
                    _SYNTHETIC_B,
                    pieces.text_json(ra, rb),
                    _ROWS_B,
                    pieces.rows_object(ra, rb),
                    _META_END_B,
                    p6,
                ]
            ),
            count,
        )
    return out


_SMALL_TABLE = 4096
_SMALL = _SMALL_TABLE  # whole numbers below this are written from a table of their decimal strings
_SMALL_NUMBERS: list[Any] = []


def _small_numbers(binary: bool = False) -> Any:
    """str(i) for every i below _SMALL_TABLE, as a numpy object array (made once); `binary`: in bytes."""
    import numpy as np

    if not _SMALL_NUMBERS:
        _SMALL_NUMBERS.append(np.array([str(i) for i in range(_SMALL_TABLE)], dtype=object))
        _SMALL_NUMBERS.append(np.array([b"%d" % i for i in range(_SMALL_TABLE)], dtype=object))
    return _SMALL_NUMBERS[binary]


class _Shape:
    """A JSON object as indented_json writes it at some depth, its leaves left as slots: the pieces
    between them, and the order in which they come."""

    _SLOT = re.compile('"\ue000([a-z_]+)\ue000"')

    def __init__(self, obj: Any, level: int):
        text = indented_json.dumps(obj, level=level)
        self.parts = self._SLOT.split(text)[0::2]
        self.slots = self._SLOT.findall(text)

    def fill(self, values: dict[str, str]) -> str:
        """The object with each slot's value (already encoded)."""
        parts = self.parts
        out = [parts[0]]
        for name, part in zip(self.slots, parts[1:], strict=True):
            out.append(values[name])
            out.append(part)
        return "".join(out)


def _slot(name: str) -> str:
    return f"\ue000{name}\ue000"


_OUTLIER_SHAPES: dict[tuple[bool, bool], _Shape] = {}


def _outlier_shape(lined: bool, located: bool) -> _Shape:
    """A DS203 finding of a dataset document as _assemble writes it (Finding.to_json, its
    fingerprint, locate_document's location; `lined`: its evidence has a line and column, as
    when the dataset is not rendered; `located`: so has its location, its row having a line)."""
    shape = _OUTLIER_SHAPES.get((lined, located))
    if shape is None:
        evidence = {k: _slot(k) for k in ("start", "end", "text", "fact", "role")}
        if lined:
            evidence["line"], evidence["column"] = _slot("line"), _slot("column")
        location = {"path": _slot("path"), "row": _slot("row")}
        if located:
            location["line"], location["column"] = _slot("row_line"), _slot("row_column")
        location["fact"] = _slot("fact")
        obj = {
            "rule": _slot("rule"),
            "severity": _slot("severity"),
            "title": _slot("title"),
            "kind": _slot("kind"),
            "message": _slot("message"),
            "message_en": _slot("message_en"),
            "facts": [_slot("fact")],
            "evidence": [evidence],
            "expected": _slot("expected"),
            "observed": _slot("observed"),
            "fingerprint": _slot("fingerprint"),
            "location": location,
        }
        shape = _OUTLIER_SHAPES[(lined, located)] = _Shape(obj, _DOC_LEVEL + 2)
    return shape


def _outliers(jobs: DocJobs, d: int, text: str, lines: list[str], a: int) -> tuple[str, int]:
    """The `findings` array of document d, its findings those of Outliers.of (DS203), as
    _assemble writes them: in text order, fingerprinted (baseline._digest), located at their rows.
    Written from each finding's row and message (Outliers.messages), without the Finding that
    DocJobs.finding makes of it: its one evidence is its figure (table.evidence_at), `related`
    empty, `expected` null, `observed` the figure."""
    t = jobs.table
    first = int(t.bounds[d])
    found = []
    for j, message in jobs.far.messages(t, d, jobs.onto):
        figure = t.mentions[int(t.mention[j])].text
        found.append((int(t.start[j]), message, j, figure))
    found.sort(key=_start_message)  # (configure_findings' order: start, rule, message; one rule)
    seen: dict[str, int] = {}
    objs = []
    path = encode_basestring(jobs.path)
    lined = not jobs.rendered
    for start, message, j, figure in found:
        end = start + len(figure)
        # baseline._digest of a finding with this one evidence
        before, after = _context(text, start, end) if text else ("", "")
        item = f"{_WS_RE.sub('', figure)}\x1e{before}\x1e{after}"
        h = hashlib.sha256(f"{OUTLIER_RULE}\x1f{item}".encode()).hexdigest()[:20]
        seen[h] = n = seen.get(h, 0) + 1
        shown = encode_basestring(figure)
        values = {
            "rule": _OUTLIER_RULE,
            "severity": _OUTLIER_SEVERITY,
            "title": _OUTLIER_TITLE,
            "kind": '"table"',
            "message": encode_basestring(message),
            "message_en": '""',
            "fact": f'"f{j - first + 1}"',
            "start": str(start),
            "end": str(end),
            "text": shown,
            "role": '"figure"',
            "expected": "null",
            "observed": shown,
            "fingerprint": encode_basestring(h if n == 1 else f"{h}-{n}"),
            "path": path,
            "row": str(int(t.row[j])),
        }
        line = lines[j - a]
        located = lined and line != "null"
        if lined:
            values["line"], values["column"] = "1", str(start + 1)
        if located:
            values["row_line"], values["row_column"] = line, "1"
        objs.append(_outlier_shape(lined, located).fill(values))
    return f"[{_I4}{_SEP4.join(objs)}{_I3}]", len(objs)


def _start_message(x: tuple[int, str, int, str]) -> tuple[int, str]:
    return x[0], x[1]


_OUTLIER_RULE, _OUTLIER_SEVERITY, _OUTLIER_TITLE = (
    encode_basestring(x) for x in (OUTLIER_RULE, OUTLIER_SEVERITY, OUTLIER_TITLE)
)


def render_passed(job: PassedJob, far: bool, binary: bool = False) -> Rendered | None:
    """render_job of a document passed_texts writes (None: one it does not, with DS203 findings
    and not `far`)."""
    done = job.jobs.passed_text(job.index, far, binary)
    if done is None:
        return None
    text, n = done
    if n:
        return Rendered(text, "checked", ("info",) * n, job.jobs.path, None, None, (False,) * n, ())
    return Rendered(text, "checked", (), job.jobs.path, None, None, (), ())
