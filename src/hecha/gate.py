"""`hecha check` as a CI gate: text reports and/or a dataset, a baseline, and the formats CI reads
(SARIF, JUnit XML, GitHub annotations) besides JSON and Markdown. Every format renders the same
report dictionary (report/build.py), with locations and, when a baseline is given, baseline marks."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .baseline import Baseline, apply_baseline, baseline_json, gate_exit
from .ingest import collect
from .model import DocResult
from .pipeline import Checker
from .report.build import build_report

GATE_FORMATS = ("sarif", "junit", "github")


@dataclass
class GateRun:
    results: list[DocResult]
    report: dict[str, Any]


def run(
    checker: Checker,
    paths: list[str],
    dataset: Path | None = None,
    texts: Path | None = None,
    verbose: bool = False,
    baseline: Baseline | None = None,
    echo: Callable[[str], None] | None = None,
) -> GateRun:
    results: list[DocResult] = []
    if paths:
        results.extend(checker.check_document(d) for d in collect(paths))
    if dataset is not None:
        from .dataset.load import DatasetError
        from .dataset.run import error_result, run_dataset

        try:
            results.extend(run_dataset(dataset, checker, texts).results)
        except DatasetError as e:
            results.append(error_result(dataset, e))
        except ImportError as e:  # the dataset extra is not installed
            missing = DatasetError(
                f"dataset mode needs pandas and pandera ({e}): pip install 'hecha[dataset]'"
            )
            results.append(error_result(dataset, missing))
    if echo is not None:
        for r in results:
            if r.doc.error:
                echo(f"hecha: {r.doc.path}: {r.doc.error}")
    report = build_report(results, verbose=verbose)
    from .report.sarif import add_locations

    add_locations(report, results)
    if baseline is not None:
        apply_baseline(report, baseline)
    return GateRun(results, report)


def render(report: dict[str, Any], fmt: str, fail_on: str) -> str:
    if fmt == "json":
        from .report import indented_json

        return indented_json.dumps(report) + "\n"
    if fmt == "markdown":
        from .report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "sarif":
        from .report.sarif import render_sarif

        return render_sarif(report)
    if fmt == "junit":
        from .report.junit import render_junit

        return render_junit(report, fail_on)
    if fmt == "github":
        from .report.github import render_github

        return render_github(report)
    raise ValueError(f"format {fmt!r} is not available with --dataset, --baseline or the CI formats")


def write(text: str, output: Path | None, write_atomic: Callable[[Path, str], None]) -> None:
    if output:
        write_atomic(output, text)
    else:
        sys.stdout.write(text)


def exit_code(report: dict[str, Any], fail_on: str) -> int:
    return gate_exit(report, fail_on)


__all__ = ["GATE_FORMATS", "Baseline", "GateRun", "baseline_json", "exit_code", "render", "run", "write"]
