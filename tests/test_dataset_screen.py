"""The vectorised screen (dataset/screen.py) against the rule engine, document by document.

For every document of every table below, the dataset is checked twice: every document through the
full engine, and as `hecha check --dataset` does it (the screen passes a document with the bindings
it says the engine would record, and flags the rest for the engine). The screen must never pass a
document the engine reports on, and a document it passes must come out exactly as the engine's:
the same findings, the same bindings (rule, facts, definition, keys, unknowns), the same report
object with --verbose. The tables: the fixture datasets, every rule's own examples as a dataset, a
table from generated reports (benchmarks/generate.py), and random documents built to sit on the
edges of the rules (totals equal to their parts, rates at their rounding limits, 余 and 以上).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from hecha.dataset.run import check_job, plan_dataset
from hecha.dataset.schema import quantity_of
from hecha.model import Document
from hecha.pipeline import Checker
from hecha.report.build import document_json

from .conftest import ROOT

DATA = ROOT / "fixtures" / "datasets"
NUM = re.compile(r"^(\d+(?:\.\d+)?)(\D.*)$")


def _binding(b: object) -> tuple[object, ...]:
    return (b.rule, b.facts, b.holds, b.detail, b.relation, b.keys, b.severity, b.fixed)  # type: ignore[attr-defined]


def compare(checker: Checker, path: Path, texts: Path | None = None) -> tuple[int, int]:
    """Check `path` with and without the screen; returns (documents, documents the screen passed)."""
    engine = plan_dataset(path, checker, texts, screened=False)
    screened = plan_dataset(path, checker, texts, screened=True)
    assert len(engine.jobs) == len(screened.jobs)
    passed = 0
    for je, js in zip(engine.jobs, screened.jobs, strict=True):
        assert je.doc_id == js.doc_id
        full, fast = check_job(checker, je), check_job(checker, js)
        rule_findings = [f for f in full.findings if not f.rule.startswith("DS")]
        if js.screen is not None:
            passed += 1
            assert not rule_findings, (
                f"{path.name}: the screen passed {js.doc_id}, the engine reports {rule_findings}"
            )
        assert [_binding(b) for b in fast.bindings] == [_binding(b) for b in full.bindings], js.doc_id
        assert document_json(fast, verbose=True) == document_json(full, verbose=True), js.doc_id
    return len(engine.jobs), passed


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.csv")))
def test_fixture_datasets(checker: Checker, name: str) -> None:
    compare(checker, DATA / name)
    compare(checker, DATA / name, DATA / "texts")


def _rule_examples_table(checker: Checker, path: Path) -> None:
    """Every rule's pass and fail examples, read by the text pipeline, as dataset rows."""
    lines = ["doc_id,metric,value,unit"]
    for r in checker.rules:
        for kind, examples in (("pass", r.examples_pass), ("fail", r.examples_fail)):
            for i, ex in enumerate(examples):
                res = checker.check_document(Document(f"{r.id}_{kind}_{i}", "-", ex))
                for f in res.facts:
                    m = NUM.match(f.mention.text.strip())
                    if not f.metric or f.modality != "actual" or not m or "," in m.group(2):
                        continue
                    if quantity_of(m.group(1), m.group(2)) is not None:
                        lines.append(f"{r.id}_{kind}_{i},{f.metric},{m.group(1)},{m.group(2)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_every_rules_examples(checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "examples.csv"
    _rule_examples_table(checker, path)
    docs, passed = compare(checker, path)
    assert docs > 100 and 0 < passed < docs  # both paths are exercised


def test_generated_reports(checker: Checker, tmp_path: Path) -> None:
    """Figures hecha extracts from generated reports (as benchmarks/bench.py builds its tables)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import documents
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    lines = ["doc_id,metric,value,unit"]
    for doc_id, text, _ in documents(150, kb=3.0, seed=11):
        seen: set[str] = set()
        for f in checker.check_document(Document(doc_id, "-", text)).facts:
            if (
                f.metric
                and f.modality == "actual"
                and f.metric not in seen
                and f.mention.quantity is not None
            ):
                seen.add(f.metric)
                v = f.q.value
                lines.append(f"{doc_id},{f.metric},{int(v) if v == int(v) else repr(v)},{f.q.unit}")
    path = tmp_path / "generated.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, passed = compare(checker, path)
    assert docs > 100 and 0 < passed < docs


def _unit(checker: Checker, key: str, rng: random.Random) -> str:
    m = checker.onto.metrics[key]
    if m.unit == "percent":
        return rng.choice(["%", "%", "%", "%以上"])
    if m.unit == "money":
        return rng.choice(["万元", "元"])
    base = sorted(m.units)[0] if m.units else "件"
    return rng.choice([base, base, base, f"余{base}", f"多{base}"])


def _value(checker: Checker, key: str, rng: random.Random, unit: str) -> str:
    if checker.onto.metrics[key].unit == "percent":
        a, b = rng.randint(0, 7), rng.randint(1, 8)
        x = 100 * min(a, b) / b + rng.choice([0, 0, 0, 0.05, -0.05, 0.5, -0.5, 1])
        return f"{max(0.0, x):.{rng.choice([0, 1, 1, 2])}f}"
    return str(rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 20, 25, 30, 35]))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_documents_on_the_edges(checker: Checker, tmp_path: Path, seed: int) -> None:
    """Small counts (sums meet their totals, rates their counts) and rates computed from them, a
    little off or not: for each metric rule, documents stating a random subset of its figures."""
    rng = random.Random(seed)
    from hecha.dataset.screen import METRIC_RULE_KINDS

    rules = [r for r in checker.active_rules() if r.kind in METRIC_RULE_KINDS]
    lines = ["doc_id,metric,value,unit"]
    for i in range(240):
        rule = rng.choice(rules)
        keys = sorted(rule.metric_keys())
        chosen = [k for k in keys if k == rule.anchor or rng.random() < 0.75]
        if rng.random() < 0.3:  # figures of another rule in the same document
            chosen += [k for k in sorted(rng.choice(rules).metric_keys()) if k not in chosen]
        for k in chosen:
            unit = _unit(checker, k, rng)
            value = _value(checker, k, rng, unit)
            if quantity_of(value, unit) is not None:
                lines.append(f"d{seed}_{i:03d},{k},{value},{unit}")
    path = tmp_path / "random.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, passed = compare(checker, path)
    assert 0 < passed < docs


def test_a_metric_stated_twice_goes_to_the_engine(checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(
        "doc_id,metric,value,unit\n"
        "a,review.concluded,25,件\na,review.upheld,8,件\na,review.upheld,9,件\n"
        "b,review.concluded,25,件\nb,review.upheld,8,件\n",
        encoding="utf-8",
    )
    plan = plan_dataset(path, checker)
    assert [j.screen is not None for j in plan.jobs] == [False, True]
    compare(checker, path)


def test_a_rule_the_screen_cannot_compile_goes_to_the_engine(checker: Checker, tmp_path: Path) -> None:
    """A rule kind the screen does not know (the engine may learn new ones) sends every document
    stating one of its metrics to the engine; the screen is never needed to be right about it."""
    from dataclasses import replace

    from hecha.dataset.screen import Screen

    hc202 = next(r for r in checker.rules if r.id == "HC202")
    odd = replace(hc202, kind="conflict")
    screen = Screen.compile([odd], checker.onto)
    assert screen.unknown == [odd] and not screen.metric_rules
    unknown_param = replace(hc202, params={**hc202.params, "only_when": "stated"})
    assert Screen.compile([unknown_param], checker.onto).unknown == [unknown_param]

    path = tmp_path / "d.csv"
    path.write_text(
        "doc_id,metric,value,unit\na,review.concluded,25,件\na,review.accepted,35,件\nb,mediation.accepted,3,件\n",
        encoding="utf-8",
    )
    from hecha.dataset import run as run_module

    real = Screen.compile

    def with_odd(rules: list, onto: object) -> Screen:  # type: ignore[type-arg]
        return real([*rules, odd], onto)  # type: ignore[arg-type]

    try:
        run_module.Screen.compile = with_odd  # type: ignore[method-assign]
        plan = plan_dataset(path, checker)
    finally:
        run_module.Screen.compile = real  # type: ignore[method-assign]
    flagged = {j.doc_id: j.screen is None for j in plan.jobs}
    assert flagged == {"a": True, "b": False}  # b states none of HC202's metrics


def test_small_blocks_and_chunks_change_nothing(
    checker: Checker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Documents screened a few at a time, rows read a few at a time: the same verdicts and report."""
    from hecha.dataset import load, screen, table
    from hecha.gate import GateInputs, render, run

    path = tmp_path / "examples.csv"
    _rule_examples_table(checker, path)
    inputs = GateInputs([], path)
    before = render(run(checker, inputs).report, "json", "error")
    plan = plan_dataset(path, checker)
    monkeypatch.setattr(screen, "BLOCK", 7)
    monkeypatch.setattr(load, "CHUNK_ROWS", 5)
    monkeypatch.setattr(table, "BLOCK_ROWS", 4)
    small = plan_dataset(path, checker)
    assert small.jobs.verdicts is not None and plan.jobs.verdicts is not None
    assert (small.jobs.verdicts.flagged == plan.jobs.verdicts.flagged).all()
    assert (small.jobs.verdicts.choice == plan.jobs.verdicts.choice).all()
    assert render(run(checker, inputs).report, "json", "error") == before


def test_a_flagged_document_is_judged_only_on_the_rules_the_screen_left_undecided(
    checker: Checker, tmp_path: Path
) -> None:
    """A flagged document keeps the screen's verdicts on the other rules: the engine, given them,
    records the same bindings, findings and suspects as when it judges every rule itself."""
    from hecha.dataset.facts import check_rows
    from hecha.dataset.screen import UNDECIDED

    path = tmp_path / "examples.csv"
    _rule_examples_table(checker, path)
    plan = plan_dataset(path, checker)
    judged = decided = 0
    for job in plan.jobs:
        if job.screen is not None:
            continue
        assert job.judged is not None and job.undecided is not None
        judged += 1
        decided += int((job.undecided != UNDECIDED).sum())
        rules, meta = checker.active_rules(), {"source": "dataset"}
        full = check_rows(job.doc_id, "-", job.rows, rules, checker.onto, meta)
        fast = check_rows(
            job.doc_id, "-", job.rows, rules, checker.onto, meta, judged=job.judged, choices=job.undecided
        )
        assert [_binding(b) for b in fast.bindings] == [_binding(b) for b in full.bindings], job.doc_id
        assert document_json(fast, verbose=True) == document_json(full, verbose=True), job.doc_id
    assert judged > 50 and decided > judged  # most rules of a flagged document are decided
    twice = tmp_path / "twice.csv"
    twice.write_text(
        "doc_id,metric,value,unit\na,review.concluded,25,件\na,review.upheld,8,件\na,review.upheld,30,件\n",
        encoding="utf-8",
    )
    (job,) = plan_dataset(twice, checker).jobs
    assert (job.undecided == UNDECIDED).all()  # a metric stated twice: the engine judges every rule
