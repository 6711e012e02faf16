"""The command line: `hecha check`, `hecha spot`, `hecha rules`, `hecha explain`, `hecha eval`.

Exit codes (exitcodes.py): 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or
configuration error; 3 some input could not be read (the others are still reported); 4 hecha itself
failed (an internal error, a worker process died); 5 the report could not be written; 130 / 143
stopped by SIGINT / SIGTERM. No exception reaches the user as a traceback (see `main`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer

from . import __version__
from .atomic import OutputError, guard_stdout, open_output, silence_stdout
from .atomic import write_atomic as _write_atomic
from .config import ConfigError, load_config
from .exitcodes import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_SIGINT,
    EXIT_SIGTERM,
    EXIT_USAGE,
    run_exit,
)
from .ingest import Source, collect
from .model import SEVERITY_RANK
from .ontology import OntologyError
from .pipeline import Checker
from .progress import Progress, wanted
from .report import GATE_FORMATS  # (gate.py itself is imported by the runs that need it)
from .report.build import build_report, document_json, report_of
from .rulepack import RulePackError
from .textsafe import for_terminal

app = typer.Typer(
    add_completion=False, no_args_is_help=True, help="核查 — check the numbers in Chinese government reports."
)

__all__ = ["EXIT_FINDINGS", "EXIT_INPUT", "EXIT_OK", "EXIT_USAGE", "app", "main"]

# options shared by several commands, declared once
ConfigOption = Annotated[Path | None, typer.Option(help="hecha.toml or pyproject.toml with \\[tool.hecha].")]
RulesOption = Annotated[list[Path] | None, typer.Option("--rules", help="Extra rule-pack folder.")]
SelectOption = Annotated[
    list[str] | None,
    typer.Option("--select", help="Rule ids or prefixes to run, comma-separated (replaces the config's)."),
]
IgnoreOption = Annotated[
    list[str] | None, typer.Option("--ignore", help="Rule ids or prefixes to skip (added to the config's).")
]
ExtendSelectOption = Annotated[
    list[str] | None,
    typer.Option("--extend-select", help="Rule ids or prefixes to run besides the config's select."),
]


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    html = "html"


class Lang(StrEnum):
    zh = "zh"
    en = "en"


class Engine(StrEnum):
    local = "local"
    spark = "spark"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _say(msg: str) -> None:
    """One line on stderr; names and messages from outside are escaped (no terminal control)."""
    typer.echo(for_terminal(f"hecha: {msg}"), err=True)


def _die(msg: str) -> typer.Exit:
    _say(msg)
    return typer.Exit(EXIT_USAGE)


def _usable_folder(folder: Path) -> None:
    """Make sure pages can be written into `folder` before anything is checked."""
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as e:
        raise OutputError(str(folder), e.strerror or str(e), usable=False) from e


def write_atomic(path: Path, data: str) -> None:
    """Write a report atomically (see hecha.atomic)."""
    _write_atomic(path, data)


def to_json(report: dict[str, Any]) -> str:
    from .report import indented_json

    return indented_json.dumps(report) + "\n"


def _checker(
    config: Path | None,
    rules_dir: list[Path] | None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    extend_select: list[str] | None = None,
    vet_examples: bool = True,
) -> tuple[Checker, str | None]:
    """The rules and ontology, with the selection of the config and the command line, every name in
    it checked against the rules that exist (a typo is exit 2 with a suggestion, not a silent no-op)."""
    from .dataset.findings import RULE_IDS as DATASET_RULE_IDS
    from .selection import SelectionError, check_names, check_severity, combine, split_names

    try:
        cfg = load_config(config)
        checker = Checker.load([*cfg.rule_dirs, *(rules_dir or [])], cfg.ontology)
        ids = [*(r.id for r in checker.rules), *DATASET_RULE_IDS]
        where = cfg.source or "config"
        check_names(sorted(cfg.select or ()), ids, "select", where)
        check_names(sorted(cfg.ignore), ids, "ignore", where)
        check_severity(cfg.severity, ids, where)
        cli = {"--select": split_names(select), "--ignore": split_names(ignore)}
        cli["--extend-select"] = split_names(extend_select)
        for option, names in cli.items():
            check_names(names, ids, option, "command line")
    except (ConfigError, RulePackError, SelectionError, OntologyError) as e:
        raise _die(str(e)) from e
    checker.select, checker.ignore = combine(
        cfg.select, cfg.ignore, cli["--select"], cli["--ignore"], cli["--extend-select"]
    )
    checker.severity = cfg.severity
    if vet_examples:
        _vet_user_rules(checker)
    if not checker.active_rules() and not any(n.startswith("DS") for n in checker.select or ()):
        raise _die("no rule is selected: select and ignore leave nothing to check (`hecha rules` lists them)")
    return checker, cfg.fail_on


def _vet_user_rules(checker: Checker) -> None:
    """A user's rule whose examples do not behave (pass and fail swapped, a relation that never binds)
    would check nothing, or the wrong thing, on every document: refused, exit 2."""
    user = [r for r in checker.rules if not r.bundled]
    if not user:
        return  # (nothing to vet: the examples' runner is not even imported)
    from .examples import run_examples

    for x in run_examples(checker, user):
        if not x.ok:
            raise _die(
                f"{x.rule.source}:{x.rule.line}: {x.rule.id}: {x.problem()} (`hecha rules --test {x.rule.id}` shows what it saw)"
            )


def exit_code(report: dict[str, Any], fail_on: str) -> int:
    worst = max((SEVERITY_RANK[f["severity"]] for d in report["documents"] for f in d["findings"]), default=0)
    errors = (d["error"] if d["status"] == "error" else None for d in report["documents"])
    return run_exit(errors, worst, None if fail_on == "never" else SEVERITY_RANK[fail_on])


@app.command()
def check(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files, folders (searched for .txt .md .docx .pdf .html .htm), or - for stdin."),
    ] = None,
    format: Annotated[
        Format | None,
        typer.Option(
            "--format", "-f", help="Output format (default: json; on a terminal, a summary for people)."
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    fail_on: Annotated[
        FailOn | None, typer.Option(help="Exit 1 when a finding is at least this severe.")
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Include every rule binding (held or not).")
    ] = False,
    config: ConfigOption = None,
    rules_dir: RulesOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    extend_select: ExtendSelectOption = None,
    dataset: Annotated[
        Path | None, typer.Option(help="A dataset of figures (.csv, .jsonl, .parquet): schemas/dataset.md.")
    ] = None,
    texts: Annotated[
        Path | None, typer.Option(help="Folder of source texts <doc_id>.txt that must support the dataset.")
    ] = None,
    baseline: Annotated[
        Path | None, typer.Option(help="Accepted findings (`hecha baseline`): reported, not failing.")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Worker processes (default: the number of cores).")
    ] = None,
    engine: Annotated[
        Engine,
        typer.Option(
            help="local, or spark: PATH is a table of documents (Parquet or JSON Lines with doc_id and "
            "text) and --output a folder for Parquet findings."
        ),
    ] = Engine.local,
    lang: Annotated[Lang, typer.Option(help="Language of messages and HTML pages.")] = Lang.zh,
    html_dir: Annotated[
        Path | None,
        typer.Option(help="Also write the HTML report into this folder (Markdown then links to its pages)."),
    ] = None,
    html_base_url: Annotated[
        str | None, typer.Option(help="Link the Markdown to HTML pages published under this URL.")
    ] = None,
) -> None:
    """Check reports and write an anomaly report (--format html writes a folder: --output DIR)."""
    # as ruff: people at a terminal get a summary; JSON when asked for, written to a file or piped
    for_people = format is None and output is None and html_dir is None and engine == Engine.local
    for_people = for_people and sys.stdout.isatty()
    format = format or Format.json
    if any(p == "" for p in paths or []):  # `hecha check "$FILES"` with nothing in it
        raise _die("an empty PATH argument (a shell variable with nothing in it?); give a file or folder")
    if format == Format.html:
        if output is None and html_dir is None:
            raise _die("--format html writes a folder of pages: give --output DIR")
        if output is not None and html_dir is not None and output != html_dir:
            raise _die("--format html: give the folder once, as --output DIR")
        html_dir = html_dir or output
    if html_dir is not None and html_dir.exists() and not html_dir.is_dir():
        raise _die(f"{html_dir} is a file; HTML reports are written into a folder")
    if html_dir is not None and (
        format == Format.jsonl or format.value in GATE_FORMATS or engine == Engine.spark
    ):
        raise _die("HTML pages (--format html, --html-dir) go with json or markdown (PATH... or --dataset)")
    if html_dir is not None:
        _usable_folder(html_dir)
    if engine == Engine.spark:
        _spark_only(format, dataset, baseline, texts)
    checker, cfg_fail_on = _checker(config, rules_dir, select, ignore, extend_select)
    if jobs is not None and jobs < 1:
        raise _die("--jobs must be at least 1")
    if dataset is not None:
        _require("dataset", "--dataset")
    if for_people:
        fail_people = (fail_on.value if fail_on else None) or cfg_fail_on or "error"
        raise typer.Exit(_check_for_people(checker, paths or [], dataset, texts, baseline, fail_people, jobs))
    if dataset is not None or baseline is not None or texts is not None or format.value in GATE_FORMATS:
        fail_gate = (fail_on.value if fail_on else None) or cfg_fail_on or "error"
        raise typer.Exit(
            _gate(
                checker,
                paths or [],
                dataset,
                texts,
                baseline,
                format.value,
                output,
                verbose,
                fail_gate,
                jobs,
                lang.value,
                html_dir,
                html_base_url,
            )
        )
    if not paths:
        raise _die("give PATH... to check, or --dataset FILE")
    fail = (fail_on.value if fail_on else None) or cfg_fail_on or "error"
    if engine == Engine.spark:
        from .spark import check_command

        if output is None:
            raise _die("--engine spark needs --output FOLDER (findings are written as Parquet)")
        try:
            code = check_command(checker, paths, output, fail, verbose=verbose, jobs=jobs)
        except ValueError as e:
            raise _die(str(e)) from e
        raise typer.Exit(code)
    if format in (Format.json, Format.jsonl) and html_dir is None:
        raise typer.Exit(_check_streaming(checker, paths, format.value, output, fail, verbose, jobs))
    with open_output(output if format != Format.html else None) as out:  # a bad --output fails now
        code = _check_whole(
            checker, paths, format, out, output, verbose, jobs, lang, html_dir, html_base_url, fail
        )
    raise typer.Exit(code)


def _check_for_people(
    checker: Checker,
    paths: list[str],
    dataset: Path | None,
    texts: Path | None,
    baseline: Path | None,
    fail: str,
    jobs: int | None,
) -> int:
    """`hecha check` on a terminal with no --format: each finding on one line at the figure most likely
    wrong, then the counts. The exit code is the same as for the JSON report."""
    from rich.console import Console  # (imported by the runs that draw for people only)

    from . import gate
    from .baseline import Baseline, BaselineError
    from .parallel import default_jobs
    from .report.terminal import render_summary

    _gate_inputs(paths, dataset, texts)
    try:
        base = Baseline.load(baseline) if baseline is not None else None
    except BaselineError as e:
        raise _die(str(e)) from e
    inputs = gate.GateInputs(paths, dataset, texts, False, base, jobs if jobs is not None else default_jobs())
    run = gate.run(checker, inputs, lambda m: typer.echo(for_terminal(m), err=True))
    render_summary(run.report, Console(highlight=False))
    return gate.exit_code(run.report, fail)


def _require(extra: str, what: str) -> None:
    from .extras import MissingExtra, require

    try:
        require(extra, what)
    except MissingExtra as e:
        raise _die(str(e)) from e


def _spark_only(
    format: Format | None, dataset: Path | None, baseline: Path | None, texts: Path | None
) -> None:
    """--engine spark reads tables of documents and writes Parquet: what it cannot honour is refused
    (it used to be dropped, and a JSON Lines table read as one text)."""
    other = [
        name
        for name, given in (
            (f"--format {format.value if format else ''}", format not in (None, Format.json)),
            ("--dataset", dataset is not None),
            ("--baseline", baseline is not None),
            ("--texts", texts is not None),
        )
        if given
    ]
    if other:
        raise _die(
            f"--engine spark writes Parquet findings into --output DIR and does not go with {', '.join(other)}; "
            "run without --engine spark for those"
        )


def _check_whole(
    checker: Checker,
    paths: list[str],
    format: Format,
    out: Any,
    output: Path | None,
    verbose: bool,
    jobs: int | None,
    lang: Lang,
    html_dir: Path | None,
    html_base_url: str | None,
    fail: str,
) -> int:
    """markdown, and json or html with HTML pages: the whole report is built, then rendered."""
    from .ingest import iter_sources
    from .parallel import default_jobs, ordered_map

    sources = list(iter_sources(paths, _say))  # paths only: the total for the progress bar
    docs: list[dict[str, Any]] = []
    doc_texts: list[str | None] = []
    with Progress(len(sources), lang=lang.value) as progress:
        check_one = partial(_document_and_text, verbose=verbose)
        for d, text in ordered_map(
            checker, check_one, sources, jobs or default_jobs(), failed=_failed_pair, notice=_say
        ):
            docs.append(d)
            doc_texts.append(text)
            progress.advance()
    for d in docs:
        if d["error"]:
            _say(f"{d['path']}: {d['error']}")
    report = report_of(docs, rules=len(checker.active_rules()))
    links = None
    if html_dir is not None:
        links = _write_site(
            checker, report, doc_texts, html_dir, lang.value, output, format.value, html_base_url
        )
    if format == Format.html:
        _say(f"wrote {html_dir / 'index.html' if html_dir else ''}")
    elif format == Format.json:
        out.write(to_json(report))
    else:
        from .report.markdown import render_markdown  # (not imported for the other formats)

        out.write(render_markdown(report, links, lang=lang.value, texts=doc_texts))
    return exit_code(report, fail)


def _document_and_text(checker: Checker, source: Source, verbose: bool) -> tuple[dict[str, Any], str | None]:
    """One document's report object and its text (HTML pages show it), made in a worker."""
    res = checker.check_document(source.read())
    return document_json(res, verbose), res.doc.text


def _failed_pair(checker: Checker, source: Source, reason: str) -> tuple[dict[str, Any], str | None]:
    """What `_document_and_text` gives for a document hecha failed on (a worker died on it)."""
    from .model import Document

    res = checker.check_document(Document(source.doc_id, source.path, None, error=reason))
    return document_json(res), None


def _count_sources(paths: list[str]) -> int | None:
    """How many documents `paths` hold, listing folders without reading a file (None with stdin, which
    cannot be counted without being read)."""
    from .ingest import iter_sources

    if "-" in paths:
        return None
    return sum(1 for _ in iter_sources(paths, lambda _notice: None))


def _check_streaming(
    checker: Checker,
    paths: list[str],
    fmt: str,
    output: Path | None,
    fail: str,
    verbose: bool,
    jobs: int | None,
) -> int:
    """json/jsonl: documents are read lazily, checked on `jobs` cores and written as they come."""
    from .ingest import iter_sources
    from .parallel import check_sources, default_jobs
    from .report.jsonl import Rendered, Tally, write_stream

    def echo_errors(rendered: Iterator[Rendered]) -> Iterator[Rendered]:
        # documents are read lazily; on a terminal the inputs are counted first for a total and time left
        total = _count_sources(paths) if wanted(sys.stderr) else None
        with Progress(total) as progress:
            for r in rendered:
                if r.error:
                    progress.echo(for_terminal(f"hecha: {r.path}: {r.error}"))
                progress.advance()
                yield r

    n = jobs if jobs is not None else default_jobs()
    with open_output(output) as out:  # opened first: an unwritable --output fails before the checks
        sources = iter_sources(paths, _say)
        checked = check_sources(checker, sources, fmt, verbose, n, notice=_say)
        tally = write_stream(
            out, echo_errors(checked), fmt, verbose, Tally(rules=len(checker.active_rules()))
        )
    return tally.exit_code(fail)


@app.command()
def spot(
    path: Annotated[str, typer.Argument(help="One report (or - for stdin).")],
    facts: Annotated[bool, typer.Option(help="Show the table of recognised figures.")] = True,
    config: ConfigOption = None,
) -> None:
    """Spot-check one report in the terminal: its figures, coverage and findings."""
    from rich.console import Console

    from .report.terminal import render_spot

    checker, _ = _checker(config, None)
    docs = collect([path])
    console = Console()
    code = EXIT_OK
    for d in docs:
        res = checker.check_document(d)
        report = build_report([res])
        render_spot(report["documents"][0], d.text, console, show_facts=facts)
        code = max(code, exit_code(report, "error"))
    raise typer.Exit(code)


class RulesFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("rules")
def list_rules(
    rule_ids: Annotated[
        list[str] | None, typer.Argument(help="Rule ids or prefixes (default: every rule).")
    ] = None,
    test: Annotated[
        bool,
        typer.Option(
            "--test", help="Run the rules' examples; for a failing one, show its facts and bindings."
        ),
    ] = False,
    format: Annotated[RulesFormat, typer.Option("--format", "-f", help="text, or json.")] = RulesFormat.text,
    config: ConfigOption = None,
    rules_dir: RulesOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    extend_select: ExtendSelectOption = None,
) -> None:
    """List the rules of every loaded rule pack (- marks one the selection leaves out), or test them."""
    from .selection import SelectionError, check_names, split_names

    checker, _ = _checker(config, rules_dir, select, ignore, extend_select, vet_examples=False)
    names = split_names(rule_ids)
    try:
        check_names(names, [r.id for r in checker.rules], "rule", "hecha rules")
    except SelectionError as e:
        raise _die(str(e)) from e
    rules = [r for r in checker.rules if not names or any(r.id.startswith(n) for n in names)]
    if test:
        raise typer.Exit(_test_rules(checker, rules, format))
    active = {r.id for r in checker.active_rules()}
    if format == RulesFormat.json:
        from .rulepack import rule_json

        listing = [{**rule_json(r), "active": r.id in active} for r in rules]
        for item in listing:
            item["severity"] = checker.severity.get(item["id"], item["severity"])
        sys.stdout.write(to_json({"rules": listing}))
        return
    for r in rules:
        mark = " " if r.id in active else "-"
        severity = checker.severity.get(r.id, r.severity)
        typer.echo(f"{mark} {r.id}  {r.kind:<9} {severity:<7} {r.title_zh}  ({Path(r.source).name})")


def _test_rules(checker: Checker, rules: list[Any], format: RulesFormat) -> int:
    """Run the examples of `rules`: exit 0 when every one behaves, 1 when one does not (a finding
    about the rule pack)."""
    from .examples import run_examples

    runs = list(run_examples(checker, rules))
    bad = [x for x in runs if not x.ok]
    if format == RulesFormat.json:
        results = [
            {
                "rule": x.rule.id,
                "example": x.expect,
                "index": x.index,
                "text": x.text,
                "ok": x.ok,
                **({} if x.ok else {"problem": x.problem(), "details": [d.strip() for d in x.details()]}),
            }
            for x in runs
        ]
        summary = {"rules": len(rules), "examples": len(runs), "failed": len(bad)}
        sys.stdout.write(to_json({"results": results, "summary": summary}))
    else:
        for x in bad:
            typer.echo(f"FAIL {x.rule.source}:{x.rule.line}: {x.rule.id}: {x.problem()}")
            for line in x.details():
                typer.echo(line)
        typer.echo(
            f"{len(rules)} rules, {len(runs)} examples: {len(runs) - len(bad)} passed, {len(bad)} failed"
        )
    return EXIT_FINDINGS if bad else EXIT_OK


@app.command()
def explain(rule_id: Annotated[str, typer.Argument(help="A rule id such as HC201.")]) -> None:
    """What a rule checks, why it matters, and its examples."""
    checker, _ = _checker(None, None)
    rule = next((r for r in checker.rules if r.id.upper() == rule_id.upper()), None)
    if rule is None:
        raise _die(f"no rule {rule_id!r}; `hecha rules` lists them")
    typer.echo(f"{rule.id}: {rule.title_zh}")
    if rule.title_en:
        typer.echo(f"      {rule.title_en}")
    typer.echo(
        f"\n种类 kind: {rule.kind}    严重程度 severity: {rule.severity}    来源: {rule.source}:{rule.line}"
    )
    if rule.rationale:
        typer.echo(f"\n为什么 Why it matters:\n  {rule.rationale}")
    if rule.definitions:
        typer.echo("\n核对的关系 What it checks:")
        for d in rule.definitions:
            tag = "（非常规口径，仅警告）" if d.unusual else ""
            name = f"{d.name}: " if d.name else ""
            typer.echo(f"  {name}{d.relation.source}{tag}")
    typer.echo("\n通过的例子 Passing examples:")
    for e in rule.examples_pass:
        typer.echo(f"  ✓ {e}")
    typer.echo("\n违反的例子 Failing examples:")
    for e in rule.examples_fail:
        typer.echo(f"  ✗ {e}")


@app.command("eval")
def eval_mentions(
    seeds: Annotated[Path, typer.Option(help="Folder of annotated reports.")] = Path("fixtures/seeds"),
    gold: Annotated[Path, typer.Option(help="Gold numeric mentions (JSON lines).")] = Path(
        "fixtures/gold/seed_mentions.jsonl"
    ),
    peer: Annotated[
        Path | None,
        typer.Option(
            help="Recognizers-Text suite (default: shared/peer/recognizers-text in a parent folder)."
        ),
    ] = None,
) -> None:
    """Score the number grammar against annotated mentions (precision, recall, non-quantities) and,
    where present, against a peer's suite (Recognizers-Text PercentModel and NumberModel)."""
    from .evaluation import find_peer_suite, peer_agreement, score_mentions

    if not seeds.is_dir() or not gold.is_file():
        raise _die(f"need {seeds}/ and {gold}")
    s = score_mentions(seeds, gold)
    typer.echo(
        f"quantity mentions: recall {s.recall:.3f} ({s.hit}/{s.gold_quantities}), precision {s.precision:.3f} "
        f"({s.good}/{s.facts}), value and interval right {s.interval_ok}/{s.hit}; "
        f"non-quantities taken as quantities {s.nonq_rate:.3f} ({s.nonq_taken}/{s.gold_nonq})"
    )
    suite = peer if peer is not None else find_peer_suite(Path.cwd().resolve())
    if suite is None:
        typer.echo("peer suite: not found (shared/peer/recognizers-text), skipped")
        return
    try:
        scores = peer_agreement(suite)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise _die(f"peer suite {suite}: {exc}") from exc
    for p in scores:
        typer.echo(
            f"peer {p.model}: {p.figures} figures; same value {p.same}, an interval holding it {p.within}, "
            f"set aside {p.set_aside}, wrong value {len(p.wrong)}; figures the peer does not find {len(p.extra)}"
        )
        for text, expected, read in p.wrong:
            typer.echo(f"  wrong: {text!r}: peer {expected}, hecha {read}")


def _gate_inputs(paths: list[str], dataset: Path | None, texts: Path | None) -> None:
    if texts is not None and dataset is None:
        raise _die("--texts goes with --dataset")
    if texts is not None and not texts.is_dir():
        raise _die(f"--texts {texts}: not a folder")
    if not paths and dataset is None:
        raise _die("give PATH... to check, or --dataset FILE")


def _gate(
    checker: Checker,
    paths: list[str],
    dataset: Path | None,
    texts: Path | None,
    baseline: Path | None,
    fmt: str,
    output: Path | None,
    verbose: bool,
    fail: str,
    jobs: int | None,
    lang: str = "zh",
    html_dir: Path | None = None,
    html_base_url: str | None = None,
) -> int:
    """check with --dataset, --baseline or a CI format (sarif, junit, github): see gate.py. With
    `html_dir` (--format html, --html-dir) the whole report is built and its site written too."""
    from . import gate
    from .baseline import Baseline, BaselineError
    from .parallel import default_jobs

    _gate_inputs(paths, dataset, texts)
    if fmt not in ("json", "markdown", "html", *GATE_FORMATS):
        raise _die(f"--format {fmt} does not go with --dataset or --baseline")
    try:
        base = Baseline.load(baseline) if baseline is not None else None
    except BaselineError as e:
        raise _die(str(e)) from e
    inputs = gate.GateInputs(
        paths, dataset, texts, verbose, base, jobs if jobs is not None else default_jobs()
    )

    def echo(message: str) -> None:
        typer.echo(for_terminal(message), err=True)

    with open_output(output if fmt != "html" else None) as out:  # an unwritable --output fails now
        if fmt == "json" and html_dir is None:  # written as documents come: memory stays flat
            return gate.stream_json(out, checker, inputs, echo).exit_code(fail)
        doc_texts: list[str | None] | None = [] if html_dir is not None else None
        run = gate.run(checker, inputs, echo, doc_texts)
        links = None
        if html_dir is not None and doc_texts is not None:
            links = _write_site(checker, run.report, doc_texts, html_dir, lang, output, fmt, html_base_url)
        if fmt == "html":
            _say(f"wrote {html_dir / 'index.html' if html_dir else ''}")
        elif fmt == "markdown":
            from .report.markdown import render_markdown

            out.write(render_markdown(run.report, links, lang=lang, texts=doc_texts))
        else:
            docs = {r.id: (r.title_zh, r.rationale) for r in checker.rules}
            out.write(gate.render(run.report, fmt, fail, docs, lang))
    return gate.exit_code(run.report, fail)


def _write_site(
    checker: Checker,
    report: dict[str, Any],
    doc_texts: list[str | None],
    html_dir: Path,
    lang: str,
    output: Path | None,
    fmt: str,
    html_base_url: str | None,
) -> dict[str, str]:
    """Write the HTML site of a report; the links the Markdown summary gives to its pages."""
    from .report.html import page_links, write_html_report

    titles = {r.id: (r.title_zh, r.title_en) for r in checker.rules}
    try:
        site = write_html_report(report, doc_texts, html_dir, lang, titles)
    except OSError as e:
        raise OutputError(str(html_dir), e.strerror or str(e)) from e
    md_base = output.parent if output is not None and fmt == "markdown" else None
    return page_links(report, site, html_dir, md_base, html_base_url)


@app.command("baseline")
def make_baseline(
    paths: Annotated[list[str] | None, typer.Argument(help="Files or folders, as for `check`.")] = None,
    dataset: Annotated[Path | None, typer.Option(help="A dataset of figures, as for `check`.")] = None,
    texts: Annotated[Path | None, typer.Option(help="Source texts for the dataset, as for `check`.")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="The baseline file to write.")] = Path(
        ".hecha-baseline.json"
    ),
    config: ConfigOption = None,
    rules_dir: RulesOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    extend_select: ExtendSelectOption = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Worker processes (default: the number of cores).")
    ] = None,
) -> None:
    """Accept today's findings: write them to a baseline file for `check --baseline`."""
    from . import gate
    from .baseline import baseline_json
    from .parallel import default_jobs

    checker, _ = _checker(config, rules_dir, select, ignore, extend_select)
    _gate_inputs(paths or [], dataset, texts)
    if dataset is not None:
        _require("dataset", "--dataset")
    if jobs is not None and jobs < 1:
        raise _die("--jobs must be at least 1")
    if any(p == "" for p in paths or []):
        raise _die("an empty PATH argument (a shell variable with nothing in it?); give a file or folder")
    inputs = gate.GateInputs(paths or [], dataset, texts, jobs=jobs if jobs is not None else default_jobs())
    with open_output(output) as out:  # opened first: an unwritable --output fails before the checks
        run = gate.run(checker, inputs, echo=lambda m: typer.echo(for_terminal(m), err=True))
        out.write(baseline_json(run.report))
    n = sum(len(d["findings"]) for d in run.report["documents"])
    _say(f"{n} findings accepted in {output}")
    errors = (d["error"] if d["status"] == "error" else None for d in run.report["documents"])
    raise typer.Exit(run_exit(errors, 0, None))


@app.command("gx")
def gx_check(
    dataset: Annotated[Path, typer.Option(help="A dataset of figures (.csv, .jsonl, .parquet).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the Data Docs site.")] = Path(
        "gx-docs"
    ),
    config: ConfigOption = None,
    rules_dir: RulesOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    extend_select: ExtendSelectOption = None,
) -> None:
    """Check a dataset with Great Expectations: the rule packs as an Expectation Suite on the
    per-document wide table, run by a Checkpoint, with Data Docs written to --output."""
    _require("gx", "hecha gx")
    from .dataset.gx import GXUnavailable, run_gx
    from .dataset.load import DatasetError

    checker, _ = _checker(config, rules_dir, select, ignore, extend_select)
    try:
        outcome = run_gx(dataset, checker, output)
    except DatasetError as e:
        _say(f"{dataset}: {e}")
        raise typer.Exit(EXIT_INPUT) from e
    except GXUnavailable as e:
        raise _die(str(e)) from e
    sys.stdout.write(to_json(outcome.summary()))
    raise typer.Exit(EXIT_OK if outcome.success else EXIT_FINDINGS)


@app.callback(invoke_without_command=True)
def _version(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(f"hecha {__version__}")
        raise typer.Exit(0)


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived: unwind (temporary files removed, workers stopped), then exit 130/143.
    A BaseException, so that no `except Exception` on the way mistakes it for a document's error."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, frame: object) -> None:
    raise Stopped(signum)


def main() -> None:
    """Run the command line; whatever goes wrong is one line on stderr and a documented exit code."""
    import signal

    from .gcpolicy import freeze_start_up

    freeze_start_up()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # reports are UTF-8 whatever the locale; nothing unencodable raises
            reconfigure(encoding="utf-8", errors="backslashreplace")
    guard_stdout()
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        app()
    except SystemExit as e:  # the command's end: without the interpreter's teardown after a dataset
        from .gcpolicy import exit_now

        exit_now(e.code)
        raise
    except OutputError as e:
        if "stdout" in str(e):
            silence_stdout()
        _say(str(e))
        sys.exit(EXIT_OUTPUT if e.usable else EXIT_USAGE)
    except Stopped as e:
        name = "SIGTERM" if e.signum == signal.SIGTERM else "SIGINT"
        _say(f"stopped by {name}; no report was written")
        sys.exit(EXIT_SIGTERM if e.signum == signal.SIGTERM else EXIT_SIGINT)
    except Exception as e:
        _say(f"internal error: {type(e).__name__}: {e} (a bug in hecha; please report it)")
        sys.exit(EXIT_INTERNAL)


if __name__ == "__main__":
    main()
