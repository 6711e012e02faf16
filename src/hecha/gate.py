"""`hecha check` as a CI gate: text reports and/or a dataset, a baseline, and the formats CI reads
(SARIF, JUnit XML, GitHub annotations) besides JSON and Markdown. Every format renders the same
report dictionary (report/build.py), with locations and, when a baseline is given, baseline marks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from .baseline import Baseline, apply_baseline, baseline_json, gate_exit, mark_document
from .gcpolicy import heap_frozen, skip_teardown
from .ingest import Source, iter_sources
from .parallel import ordered_map, ordered_map_here
from .pipeline import Checker
from .report import GATE_FORMATS
from .report.build import document_json, report_of
from .report.jsonl import Rendered, Tally, render_object, write_stream
from .report.sarif import locate_document

if TYPE_CHECKING:
    from .dataset.run import DocJob
    from .model import DocResult

T = TypeVar("T")
DATASET_CHUNK = 64  # a dataset's document takes ~0.5 ms to check, a 5 KB text ~2.5 ms (parallel.py)


@dataclass
class GateRun:
    report: dict[str, Any]


@dataclass(frozen=True)
class GateInputs:
    """What a gate run checks, and how."""

    paths: list[str]  # texts: files, folders, - for stdin
    dataset: Path | None = None
    texts: Path | None = None  # source texts the dataset's figures must be found in
    verbose: bool = False
    baseline: Baseline | None = None
    jobs: int = 1


def run(
    checker: Checker,
    inputs: GateInputs,
    echo: Callable[[str], None] | None = None,
    texts: list[str | None] | None = None,
) -> GateRun:
    """Check texts and/or a dataset on `jobs` cores: each document is checked and made into its report
    object (with locations) in a worker, in input order, so the report is the same for any `jobs`.
    With `texts`, each document's text is appended to it (the HTML pages show it: a dataset document's
    synthetic paragraph, the dataset file's own text for its schema problems)."""
    if texts is None:
        docs = list(_documents(checker, inputs, partial(_located, verbose=inputs.verbose), echo))
    else:
        docs = []
        for d, text in _documents(checker, inputs, partial(_located_with_text, verbose=inputs.verbose), echo):
            docs.append(d)
            texts.append(text)
    if echo is not None:
        for d in docs:
            if d["error"]:
                echo(f"hecha: {d['path']}: {d['error']}")
    report = report_of(docs, rules=len(checker.active_rules()))
    if inputs.baseline is not None:
        apply_baseline(report, inputs.baseline)
    return GateRun(report)


def stream_json(
    out: IO[str], checker: Checker, inputs: GateInputs, echo: Callable[[str], None] | None = None
) -> Tally:
    """`run` then render(report, "json"), the same bytes, but written document by document as the
    workers finish them (serialised there, baseline marks included): the report is never held whole,
    so memory does not grow with the dataset, and the parent process only writes."""
    finish = partial(_rendered, verbose=inputs.verbose, baseline=inputs.baseline)

    def echoed(rendered: Iterator[Rendered]) -> Iterator[Rendered]:
        for r in rendered:
            if r.error and echo is not None:
                echo(f"hecha: {r.path}: {r.error}")
            yield r

    fast = None
    writer = getattr(out, "bytes_writer", None)
    raw = writer() if writer is not None else None  # (atomic._Guarded: the report's own stream)
    if inputs.dataset is not None:  # its documents assembled from templates where they can be
        from .dataset.render import render_encoded, render_job

        fast = partial(
            render_job if raw is None else render_encoded,
            finish=finish,
            verbose=inputs.verbose,
            baseline=inputs.baseline,
        )
    docs = echoed(_documents(checker, inputs, finish, echo, fast))
    tally = Tally(inputs.baseline, rules=len(checker.active_rules()))
    return write_stream(out, docs, "json", inputs.verbose, tally, raw)


def _located(res: DocResult, verbose: bool) -> dict[str, Any]:
    d = document_json(res, verbose)
    locate_document(d, res.doc.text)
    return d


def _located_with_text(res: DocResult, verbose: bool) -> tuple[dict[str, Any], str | None]:
    return _located(res, verbose), res.doc.text


def _rendered(res: DocResult, verbose: bool, baseline: Baseline | None) -> Rendered:
    d = _located(res, verbose)
    matched = mark_document(d, baseline) if baseline is not None else set()
    return render_object(d, "json", matched)


def _text_document(checker: Checker, source: Source, finish: Callable[[DocResult], T]) -> T:
    return finish(checker.check_document(source.read()))


def _dataset_document(checker: Checker, job: DocJob, finish: Callable[[DocResult], T]) -> T:
    from .dataset.run import check_job

    return finish(check_job(checker, job))


def _text_failed(checker: Checker, source: Source, reason: str, finish: Callable[[DocResult], T]) -> T:
    """A text hecha failed on (its worker died): reported as an error, nothing checked."""
    from .model import DocResult, Document

    return finish(DocResult(doc=Document(source.doc_id, source.path, None, error=reason)))


def _dataset_failed(checker: Checker, job: DocJob, reason: str, finish: Callable[[DocResult], T]) -> T:
    """A dataset document hecha failed on: reported as an error, nothing checked."""
    from .model import DocResult, Document

    meta: dict[str, Any] = {"source": "dataset", "dataset": job.table_path}
    return finish(DocResult(doc=Document(job.doc_id, job.table_path, None, error=reason, meta=meta)))


def _documents(
    checker: Checker,
    inputs: GateInputs,
    finish: Callable[[DocResult], T],
    echo: Callable[[str], None] | None = None,
    dataset_finish: Callable[[Checker, DocJob], T] | None = None,
) -> Iterator[T]:
    """finish(result) for every document in report order: the texts, then the dataset file itself
    (its schema problems) and each of its documents (`dataset_finish(checker, job)` when given: the
    same, faster). Checking and `finish` run in the workers."""
    notice = (lambda m: echo(f"hecha: {m}")) if echo is not None else None
    if inputs.paths:
        check_text = partial(_text_document, finish=finish)
        failed_text = partial(_text_failed, finish=finish)
        sources = iter_sources(inputs.paths, notice)
        yield from ordered_map(checker, check_text, sources, inputs.jobs, failed=failed_text, notice=notice)
    dataset = inputs.dataset
    if dataset is None:
        return
    from .dataset.load import DatasetError
    from .dataset.run import error_result, plan_dataset

    try:
        plan = plan_dataset(dataset, checker, inputs.texts)
    except DatasetError as e:
        yield finish(error_result(dataset, e))
        return
    except ImportError as e:  # the dataset extra is not installed
        missing = DatasetError(f"dataset mode needs pandas and pandera ({e}): pip install 'hecha[dataset]'")
        yield finish(error_result(dataset, missing))
        return
    except Exception as e:  # a bug in the reader must not lose the texts' report: this file's error (exit 4)
        from .model import DocResult, Document

        reason = f"internal error while reading: {type(e).__name__}: {e}"
        yield finish(DocResult(doc=Document(Path(dataset).name, str(dataset), None, error=reason)))
        return
    skip_teardown()  # the plan lives until the process ends: `hecha` need not free it object by object
    yield finish(plan.pseudo)
    with heap_frozen():  # the plan lives until the end: collections need not traverse it
        check = dataset_finish or partial(_dataset_document, finish=finish)
        failed = partial(_dataset_failed, finish=finish)
        # documents the screen passed are written here; the workers check the flagged ones
        here = plan.jobs.passed()
        yield from ordered_map_here(
            checker, check, plan.jobs, here, inputs.jobs, chunk=DATASET_CHUNK, failed=failed, notice=notice
        )


def render(
    report: dict[str, Any],
    fmt: str,
    fail_on: str,
    rule_docs: dict[str, tuple[str, str]] | None = None,
    lang: str = "zh",
) -> str:
    if fmt == "json":
        from .report import indented_json

        return indented_json.dumps(report) + "\n"
    if fmt == "markdown":
        from .report.markdown import render_markdown

        return render_markdown(report, lang=lang)
    if fmt == "sarif":
        from .report.sarif import render_sarif

        return render_sarif(report, rule_docs)
    if fmt == "junit":
        from .report.junit import render_junit

        return render_junit(report, fail_on)
    if fmt == "github":
        from .report.github import render_github

        return render_github(report)
    raise ValueError(f"format {fmt!r} is not available with --dataset, --baseline or the CI formats")


def write(text: str, output: Path | None) -> None:
    """The rendered report to `output` (atomically; see atomic.py), or stdout."""
    from .atomic import open_output

    with open_output(output) as out:
        out.write(text)


def exit_code(report: dict[str, Any], fail_on: str) -> int:
    return gate_exit(report, fail_on)


__all__ = [
    "GATE_FORMATS",
    "Baseline",
    "GateInputs",
    "GateRun",
    "baseline_json",
    "exit_code",
    "render",
    "run",
    "stream_json",
    "write",
]
