"""Dataset mode end to end: one DocResult for the dataset file itself (its schema problems) and one
per document id (its figures as facts, the rule packs' findings, provenance and table checks)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..gcpolicy import collector_paused, heap_frozen
from ..ingest import TEXT_SUFFIXES, read_document
from ..model import DocResult, Document, Evidence, Finding
from .facts import check_rows, synthesize
from .load import DatasetError, RowProblem, Table, load_table
from .provenance import line_col, support
from .schema import CODES_SEVERITY, ValidRow, validate
from .table import Placed, TableFinding, conflicts, evidence_of, outliers, year_over_year

if TYPE_CHECKING:
    from ..pipeline import Checker

TITLES = {
    "DS001": "数据集缺少必需的列",
    "DS002": "数据集单元格为空或NaN",
    "DS003": "数据集数值不是数字",
    "DS004": "数据集数值为负数",
    "DS005": "数据集指标不在指标本体中",
    "DS006": "数据集指标有歧义",
    "DS007": "数据集单位与指标不符",
    "DS008": "数据集重复行",
    "DS009": "数据集行无法读取",
    "DS010": "数据集未通过检查",
    "DS011": "数据集可选列的值无效",
    "DS101": "数据集数字在原文中找不到依据",
    "DS102": "数据集数字与原文不符",
    "DS103": "数据集引文在原文中找不到",
    "DS104": "数据集文档没有原文",
    "DS105": "数据集引文未给出该数字",
}


@dataclass
class DatasetFinding(Finding):
    """A finding that also points outside its document: the source text, or other dataset rows."""

    related: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        d = super().to_json()
        if self.related:
            d["related"] = self.related
        return d


@dataclass
class DatasetRun:
    table: Table
    results: list[DocResult]
    rows: list[ValidRow]
    problems: list[RowProblem]


def _problem_finding(p: RowProblem, table: Table) -> DatasetFinding:
    sev = CODES_SEVERITY.get(p.code, "error")
    where = Path(table.path).name
    return DatasetFinding(
        rule=p.code,
        severity=sev,  # type: ignore[arg-type]
        message=f"{where}：{p.message}",
        facts=[],
        evidence=[Evidence(p.start, p.end, table.text[p.start : p.end], role="row")],
        expected=None,
        observed=p.column,
        title=TITLES.get(p.code, ""),
        kind="dataset",
    )


def _row_ref(table: Table, placed: Placed) -> dict[str, Any]:
    r = placed.row.record
    d: dict[str, Any] = {
        "path": table.path,
        "row": r.row,
        "doc_id": placed.doc_id,
        "text": placed.fact.mention.text,
    }
    if r.line is not None and not table.rendered:
        d["line"], d["column"] = r.line, 1
    return d


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
    """texts/<doc_id>.txt (or .md); never a file outside `texts` (doc_id ../x or /etc/x)."""
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
    src_path = _find_text(texts, res.doc.doc_id)
    if src_path is None:
        return [
            _no_source(
                f"文档{res.doc.doc_id}在{texts}中没有原文（{res.doc.doc_id}.txt），其{len(rows)}个数字未能核对出处"
            )
        ]
    src = read_document(src_path, res.doc.doc_id)
    res.doc.meta["text_path"] = str(src_path)
    if src.text is None:
        return [_no_source(f"文档{res.doc.doc_id}的原文{src_path}无法读取：{src.error}")]
    src_res = checker.check_document(src)
    text = src.text
    out = []
    for fact, row in zip(res.facts, rows, strict=True):
        quote = row.get("quote")
        s = support(fact, quote, src_res, onto)
        if s.status == "supported":
            continue
        label = fact.label or ""
        where = f"第{row.record.row}行"
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


def _table_finding(tf: TableFinding, table: Table) -> DatasetFinding:
    return DatasetFinding(
        rule=tf.rule,
        severity=tf.severity,  # type: ignore[arg-type]
        message=tf.message,
        facts=[tf.fact.id],
        evidence=[evidence_of(tf.fact)],
        expected=tf.expected,
        observed=tf.observed,
        title=tf.title,
        kind="table",
        related=[_row_ref(table, p) for p in tf.related],
    )


@dataclass
class DocJob:
    """One document's rows and the table-wide findings about them: all a worker needs to check it."""

    doc_id: str
    rows: list[ValidRow]
    table_path: str
    rendered: bool
    table_findings: list[DatasetFinding]
    texts: Path | None


@dataclass
class DatasetPlan:
    """A dataset read and validated, with its documents ready to check (in order of doc_id)."""

    table: Table
    valid: list[ValidRow]
    problems: list[RowProblem]
    pseudo: DocResult  # the dataset file itself, carrying its schema problems
    jobs: list[DocJob]


def plan_dataset(path: str | Path, checker: Checker, texts: Path | None = None) -> DatasetPlan:
    """Read and validate a dataset and run the checks across documents (DS2xx). They need only each
    row's fact, which synthesize() gives exactly as the document check will, so the per-document
    checks (check_job, the costly part) can run anywhere afterwards, in any number of
    processes. Raises DatasetError when the file as a whole cannot be read."""
    with collector_paused():
        return _plan(path, checker, texts)


def _plan(path: str | Path, checker: Checker, texts: Path | None) -> DatasetPlan:
    table = load_table(path)
    onto = checker.onto
    valid, problems = validate(table, onto)
    name = Path(table.path).name
    pseudo = DocResult(
        doc=Document(
            name,
            table.path,
            table.text,
            meta={"source": "dataset", "role": "table", "format": table.fmt, "rows": len(table.records)},
        )
    )
    if table.rendered:
        pseudo.doc.meta["rendered"] = True
    pseudo.findings = [_problem_finding(p, table) for p in problems]
    _finish(pseudo, checker)
    by_doc: dict[str, list[ValidRow]] = defaultdict(list)
    for r in valid:
        by_doc[r.doc_id].append(r)
    doc_ids = sorted(by_doc)
    placed: list[Placed] = []
    for doc_id in doc_ids:
        rows = by_doc[doc_id]
        placed.extend(Placed(r, f, doc_id) for r, f in zip(rows, synthesize(rows, onto)[1], strict=True))
    across: dict[str, list[DatasetFinding]] = defaultdict(list)
    for tf in [*conflicts(placed, onto), *year_over_year(placed, onto), *outliers(placed, onto)]:
        across[tf.doc_id].append(_table_finding(tf, table))
    jobs = [DocJob(d, by_doc[d], table.path, table.rendered, across.get(d, []), texts) for d in doc_ids]
    return DatasetPlan(table, valid, problems, pseudo, jobs)


def check_job(checker: Checker, job: DocJob) -> DocResult:
    """One document of a dataset: its rows as facts through the rule packs, its provenance in the
    source text (when `texts` is given) and the table-wide findings about it."""
    meta: dict[str, Any] = {"source": "dataset", "dataset": job.table_path}
    if job.rendered:
        meta["rendered"] = True
    res = check_rows(job.doc_id, job.table_path, job.rows, checker.active_rules(), checker.onto, meta)
    for f in res.findings:
        if f.rule in checker.severity:
            f.severity = checker.severity[f.rule]  # type: ignore[assignment]
    if job.texts is not None:
        res.findings.extend(_provenance(res, job.rows, job.texts, checker))
    res.findings.extend(job.table_findings)
    _finish(res, checker)
    return res


def run_dataset(path: str | Path, checker: Checker, texts: Path | None = None) -> DatasetRun:
    """Check a dataset file in this process. Raises DatasetError when the file as a whole cannot be
    read."""
    plan = plan_dataset(path, checker, texts)
    with heap_frozen():
        results = [plan.pseudo, *(check_job(checker, job) for job in plan.jobs)]
    return DatasetRun(plan.table, results, plan.valid, plan.problems)


def _finish(res: DocResult, checker: Checker) -> None:
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
