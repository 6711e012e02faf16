"""Dataset mode end to end: one DocResult for the dataset file itself (its schema problems) and one
per document id (its figures as facts, the rule packs' findings, provenance and table checks).

plan_dataset reads the file chunk by chunk (load.py), validates each chunk (schema.py), keeps the
valid rows compactly (rows.py), runs the checks across documents on them (table.py) and screens
every document (screen.py). check_job then checks one document: through the full rule engine when
the screen flagged it, else with the bindings the screen says the engine would record, and no
rule finding. Memory holds the compact rows, not the table.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..gcpolicy import collector_paused, heap_frozen, release_free_memory
from ..ingest import TEXT_SUFFIXES, read_document
from ..model import DocResult, Document, Evidence
from .facts import check_rows, synthesize
from .findings import TITLES, DatasetFinding
from .jobs import DocJob, DocJobs, job_meta
from .load import DatasetError, RowProblem, Source, open_source
from .locate import locate_flagged
from .provenance import line_col, support
from .rows import RowStore, ValidRow
from .schema import CODES_SEVERITY, Validator, shown
from .screen import Screen, passing_bindings, screen_table
from .table import TableFinding, conflicts, outliers, year_over_year
from .where import row_name

if TYPE_CHECKING:
    from ..pipeline import Checker


@dataclass
class DatasetRun:
    source: Source
    results: list[DocResult]
    problems: list[RowProblem]


def _problem_finding(p: RowProblem, path: str, text: str) -> DatasetFinding:
    sev = CODES_SEVERITY.get(p.code, "error")
    where = Path(path).name
    return DatasetFinding(
        rule=p.code,
        severity=sev,  # type: ignore[arg-type]
        message=f"{where}：{p.message}",
        facts=[],
        evidence=[Evidence(p.start, p.end, text[p.start : p.end], role="row")],
        expected=None,
        observed=p.column,
        title=TITLES.get(p.code, ""),
        kind="dataset",
    )


def _source_ref(path: str, text: str, span: tuple[int, int]) -> dict[str, Any]:
    line, col = line_col(text, span[0])
    return {
        "path": path,
        "start": span[0],
        "end": span[1],
        "text": text[span[0] : span[1]],
        "line": line,
        "column": col,
    }


def _find_text(texts: Path, doc_id: str) -> Path | None:
    """texts/<doc_id>.txt (or .md); never a file outside `texts` (doc_id ../x or /etc/x). Raises
    ValueError or OSError for a doc_id that cannot be a file name (a NUL, 5,000 characters)."""
    root = texts.resolve()
    for suf in TEXT_SUFFIXES:
        p = texts / f"{doc_id}{suf}"
        if not p.resolve().is_relative_to(root):
            return None
        if p.is_file():
            return p
    return None


def _no_source(message: str) -> DatasetFinding:
    """DS104: a document's figures could not be traced because its source text is missing or unreadable."""
    return DatasetFinding(
        rule="DS104",
        severity="warning",
        message=message,
        facts=[],
        evidence=[],
        expected=None,
        observed=None,
        title=TITLES["DS104"],
        kind="provenance",
    )


def _provenance(res: DocResult, rows: list[ValidRow], texts: Path, checker: Checker) -> list[DatasetFinding]:
    onto = checker.onto
    doc_id = res.doc.doc_id
    try:
        src_path = _find_text(texts, doc_id)
    except (ValueError, OSError) as e:
        why = "含有NUL字符" if isinstance(e, ValueError) else (e.strerror or str(e))
        return [
            _no_source(
                f"文档{shown(doc_id)}不能用作文件名（{why}），无法在{texts}中查找原文，其{len(rows)}个数字未能核对出处"
            )
        ]
    if src_path is None:
        return [
            _no_source(f"文档{doc_id}在{texts}中没有原文（{doc_id}.txt），其{len(rows)}个数字未能核对出处")
        ]
    src = read_document(src_path, doc_id)
    res.doc.meta["text_path"] = str(src_path)
    if src.text is None:
        return [_no_source(f"文档{doc_id}的原文{src_path}无法读取：{src.error}")]
    src_res = checker.check_document(src)
    text = src.text
    out = []
    for fact, row in zip(res.facts, rows, strict=True):
        quote = row.quote
        s = support(fact, quote, src_res, onto)
        if s.status == "supported":
            continue
        label = fact.label or ""
        where = row_name(row.row, row.line)
        fig = f"{label}{fact.mention.text}"
        related = []
        expected: str | None
        observed: str | None
        if s.status == "mismatch":
            assert s.span is not None
            code = "DS102"
            msg = f"{where}：数据集为{fig}，原文为“{text[s.span[0] : s.span[1]]}”（{src_path.name}）"
            related.append(_source_ref(str(src_path), text, s.span))
            expected, observed = s.text, fact.mention.text
        elif s.status == "quote_missing":
            code = "DS103"
            msg = f"{where}：{fig}的引文“{quote}”在原文{src_path.name}中找不到"
            expected, observed = None, quote
        elif s.status == "quote_mismatch":
            assert s.span is not None
            code = "DS105"
            msg = f"{where}：引文“{quote}”中没有{fig}"
            related.append(_source_ref(str(src_path), text, s.span))
            expected, observed = None, fact.mention.text
        else:
            code = "DS101"
            msg = f"{where}：{fig}在原文{src_path.name}中找不到依据"
            expected, observed = None, fact.mention.text
        out.append(
            DatasetFinding(
                rule=code,
                severity="error",
                message=msg,
                facts=[fact.id],
                evidence=[Evidence(fact.start, fact.end, fact.mention.text, fact=fact.id, role="figure")],
                expected=expected,
                observed=observed,
                title=TITLES[code],
                kind="provenance",
                related=related,
            )
        )
    return out


@dataclass
class DatasetPlan:
    """A dataset read and validated, with its documents ready to check (in order of doc_id)."""

    source: Source
    problems: list[RowProblem]
    pseudo: DocResult  # the dataset file itself, carrying its schema problems
    jobs: DocJobs


def plan_dataset(
    path: str | Path, checker: Checker, texts: Path | None = None, screened: bool = True
) -> DatasetPlan:
    """Read and validate a dataset, run the checks across documents (DS2xx) and screen its
    documents. The per-document checks (check_job, the costly part for flagged documents) can run
    anywhere afterwards, in any number of processes. `screened=False` sends every document through
    the full engine (tests compare the two). Raises DatasetError when the file as a whole cannot be
    read."""
    with collector_paused():
        try:
            return _plan(path, checker, texts, screened)
        except OSError as e:  # the file vanished or became unreadable while it was read
            raise DatasetError(f"cannot read file: {e.strerror or e}") from e


def _plan(path: str | Path, checker: Checker, texts: Path | None, screened: bool) -> DatasetPlan:
    source = open_source(path)
    onto = checker.onto
    store = RowStore(keep_quotes=texts is not None)
    problems: list[RowProblem] = []
    validator: Validator | None = None
    for chunk in source.chunks():
        if validator is None:
            validator = Validator(onto, source.columns, source.rendered)
        valid, found = validator.validate(chunk)
        problems.extend(found)
        store.add(chunk, valid, validator.codes)
        del chunk, valid, found  # not held while the next chunk is read
    del validator  # its duplicate-row hashes (16 bytes a row)
    problems.sort(key=lambda p: (p.row or 0, p.code, p.column or ""))
    text = source.pseudo_text(problems)
    name = Path(source.path).name
    pseudo = DocResult(
        doc=Document(
            name,
            source.path,
            text,
            meta={"source": "dataset", "role": "table", "format": source.fmt, "rows": source.records},
        )
    )
    if source.rendered:
        pseudo.doc.meta["rendered"] = True
    pseudo.findings = [_problem_finding(p, source.path, text) for p in problems]
    configure_findings(pseudo, checker)
    release_free_memory()  # what reading and validating the chunks left in pieces on the heap
    table = store.finish(onto)
    del store
    release_free_memory()  # and the sorting of the rows
    across: dict[int, list[TableFinding]] = defaultdict(list)
    for tf in [*conflicts(table, onto), *year_over_year(table, onto)]:
        across[tf.doc].append(tf)
    screen = verdicts = located = None
    if screened:
        screen = Screen.compile(checker.active_rules(), onto)
        verdicts = screen_table(screen, table)
        located = locate_flagged(screen, table, verdicts)
    jobs = DocJobs(
        table,
        source.path,
        source.rendered,
        dict(across),
        outliers(table),
        onto,
        texts,
        screen,
        verdicts,
        located,
    )
    release_free_memory()  # before workers are forked with the plan
    return DatasetPlan(source, problems, pseudo, jobs)


def check_job(checker: Checker, job: DocJob) -> DocResult:
    """One document of a dataset: its rows as facts through the rule packs (or the bindings the
    screen found holding), its provenance in the source text (when `texts` is given) and the
    table-wide findings about it."""
    meta = job_meta(job)
    rows = job.rows
    if job.screen is not None and job.choices is not None:
        res = _screened(job, rows, checker, meta)
    else:
        # the screen holds the active rules, listed once (the checker lists them anew on each call)
        rules = job.judged.rules if job.judged is not None else checker.active_rules()
        res = check_rows(
            job.doc_id,
            job.table_path,
            rows,
            rules,
            checker.onto,
            meta,
            judged=job.judged,
            choices=job.undecided,
            plain=job.plain,
            located=job.located,
        )
        for f in res.findings:
            if f.rule in checker.severity:
                f.severity = checker.severity[f.rule]  # type: ignore[assignment]
    if job.texts is not None:
        res.findings.extend(_provenance(res, rows, job.texts, checker))
    res.findings.extend(job.table_findings)
    configure_findings(res, checker)
    return res


def _screened(job: DocJob, rows: list[ValidRow], checker: Checker, meta: dict[str, Any]) -> DocResult:
    """A document the screen passed: its facts and the bindings the engine would record, no rule
    finding (facts.check_rows without the engine)."""
    assert job.screen is not None
    text, facts = synthesize(rows, checker.onto)
    doc = Document(
        job.doc_id,
        job.table_path,
        text,
        meta={
            **meta,
            "synthetic_text": text,
            "rows": {f.id: [r.row, r.line] for f, r in zip(facts, rows, strict=True)},
        },
    )
    bindings = passing_bindings(job.screen, job.choices, facts)
    return DocResult(doc=doc, facts=facts, mentions=[f.mention for f in facts], bindings=bindings)


def run_dataset(
    path: str | Path, checker: Checker, texts: Path | None = None, screened: bool = True
) -> DatasetRun:
    """Check a dataset file in this process. Raises DatasetError when the file as a whole cannot be
    read."""
    plan = plan_dataset(path, checker, texts, screened)
    with heap_frozen():
        results = [plan.pseudo, *(check_job(checker, job) for job in plan.jobs)]
    return DatasetRun(plan.source, results, plan.problems)


def configure_findings(res: DocResult, checker: Checker) -> None:
    """The DS rules as configured ([tool.hecha]), then the findings in text order."""
    _configure(res, checker)
    res.findings.sort(key=lambda f: (f.start, f.rule, f.message))


def _configure(res: DocResult, checker: Checker) -> None:
    """[tool.hecha] for the dataset rules: severity overrides apply to every DS rule; `ignore` may
    switch off provenance and table checks (DS1xx, DS2xx), never the schema (DS0xx: a row that cannot
    be read must not vanish)."""
    kept = []
    for f in res.findings:
        if not f.rule.startswith("DS"):
            kept.append(f)
            continue
        if not f.rule.startswith("DS0") and any(f.rule.startswith(s) for s in checker.ignore):
            continue
        if f.rule in checker.severity:
            f.severity = checker.severity[f.rule]  # type: ignore[assignment]
        kept.append(f)
    res.findings = kept


def error_result(path: str | Path, err: DatasetError) -> DocResult:
    """The dataset file as an unreadable document (the run goes on; exit code 3)."""
    return DocResult(doc=Document(Path(path).name, str(path), None, error=f"dataset: {err}"))
