"""dataset/quick.py against the full engine: a flagged document whose one failure is an info finding.

For every flagged document of the tables below, quick_findings must either decline (None) or give
exactly what check_job gives through the engine and localisation: the same findings (every field of
their JSON; test_render_job_with_and_without_the_quick_path compares the documents' JSON, fingerprints
included) and the same number of figures bound. The tables: the fixture
datasets, every rule's examples, and random documents built for it — rates of every ratio rule
computed from their counts and written truncated, rounded twice, rounded or a little off, with and
without their other figures and figures of other rules, under severity overrides too.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from hecha.dataset.facts import check_rows
from hecha.dataset.quick import quick_findings
from hecha.dataset.render import render_job
from hecha.dataset.run import check_job, plan_dataset
from hecha.dataset.schema import quantity_of
from hecha.pipeline import Checker

from .conftest import ROOT
from .test_dataset_screen import _rule_examples_table, _unit, _value

DATA = ROOT / "fixtures" / "datasets"


def _text(checker: Checker, job: object) -> str:
    fig = job.figures  # type: ignore[attr-defined]
    onto = checker.onto
    pieces = [onto.metrics[k].full_label + m.text for k, m in zip(fig.metrics, fig.mentions, strict=True)]
    return "；".join(pieces) + "。"


def compare(checker: Checker, path: Path) -> tuple[int, int]:
    """(flagged documents, those quick_findings answered), after comparing each answer with the engine."""
    plan = plan_dataset(path, checker)
    flagged = answered = 0
    for job in plan.jobs:
        if job.screen is not None:
            continue
        flagged += 1
        text = _text(checker, job)
        quick = quick_findings(checker, job, text)
        if quick is None:
            continue
        answered += 1
        full = check_job(checker, job)
        assert full.doc.text == text
        engine_findings = [f for f in full.findings if not f.rule.startswith("DS")]
        findings, bound = quick
        assert [f.to_json() for f in findings] == [f.to_json() for f in engine_findings], job.doc_id
        assert bound == len({fid for b in full.bindings for fid in b.facts}), job.doc_id
    return flagged, answered


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.csv")))
def test_fixture_datasets(checker: Checker, name: str) -> None:
    compare(checker, DATA / name)


def test_every_rules_examples(checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "examples.csv"
    _rule_examples_table(checker, path)
    compare(checker, path)


def _rate(x: float, rng: random.Random) -> str:
    """A rate (in percent) as a report might write it: truncated, rounded twice, rounded, or off."""
    places = rng.choice([0, 1, 1, 2])
    step = 10.0**-places
    how = rng.choice(["truncated", "truncated", "twice", "rounded", "off"])
    if how == "truncated":
        y = int(x / step + 1e-9) * step
    elif how == "twice":
        y = round(round(x, places + 1) + 1e-9, places)
    elif how == "off":
        y = x + rng.choice([-1, 1]) * step * rng.choice([1, 2, 5])
    else:
        y = round(x, places)
    return f"{max(0.0, y):.{places}f}"


def random_table(checker: Checker, path: Path, seed: int, n: int = 300) -> None:
    rng = random.Random(seed)
    rules = [r for r in checker.active_rules() if r.kind in ("ratio", "total", "equal") and r.definitions]
    ratios = [r for r in rules if r.kind == "ratio"]
    lines = ["doc_id,metric,value,unit"]
    for i in range(n):
        rule = rng.choice(ratios if rng.random() < 0.8 else rules)
        d = rng.choice(rule.definitions)
        shape = d.relation.ratio_shape()
        cells: dict[str, tuple[str, str]] = {}
        if shape is not None and rule.kind == "ratio":
            den = rng.choice([3, 7, 13, 40, 121, 544, 1239, 6368])
            num = rng.randint(0, den)
            rate_key = shape[0].key
            cells[rate_key] = (_rate(100 * num / den, rng), "%")
            for node, value in ((shape[1], num), (shape[2], den)):
                for ref in sorted({r.key for r in _refs(node)}):
                    if rng.random() < 0.85:
                        cells[ref] = (str(value), _base_unit(checker, ref))
        for k in sorted(rule.metric_keys()):
            if k not in cells and (k == rule.anchor or rng.random() < 0.5):
                unit = _unit(checker, k, rng)
                cells[k] = (_value(checker, k, rng, unit), unit)
        if rng.random() < 0.4:  # figures of another rule in the same document
            other = rng.choice(rules)
            for k in sorted(other.metric_keys()):
                if k not in cells:
                    unit = _unit(checker, k, rng)
                    cells[k] = (_value(checker, k, rng, unit), unit)
        for k, (value, unit) in cells.items():
            if quantity_of(value, unit) is not None:
                lines.append(f"q{seed}_{i:03d},{k},{value},{unit}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _refs(node: object) -> list:  # type: ignore[type-arg]
    from hecha.expr import refs_of

    return list(refs_of(node))  # type: ignore[arg-type]


def _base_unit(checker: Checker, key: str) -> str:
    m = checker.onto.metrics[key]
    if m.unit == "percent":
        return "%"
    if m.unit == "money":
        return "元"
    return sorted(m.units)[0] if m.units else "件"


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_random_rates_against_the_engine(checker: Checker, tmp_path: Path, seed: int) -> None:
    path = tmp_path / "rates.csv"
    random_table(checker, path, seed)
    flagged, answered = compare(checker, path)
    assert flagged > 50 and 10 < answered < flagged  # both answers are exercised


def test_severity_overrides(tmp_path: Path) -> None:
    """[severity] of a rule the quick path judges (its info finding made an error, a warning)."""
    checker = Checker.load(severity={"HC403": "error", "HC206": "warning"})
    path = tmp_path / "rates.csv"
    random_table(checker, path, 5)
    _, answered = compare(checker, path)
    assert answered > 10


def test_render_job_with_and_without_the_quick_path(
    checker: Checker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The JSON of every document, the quick path taken where it answers and never: the same bytes."""
    from functools import partial

    from hecha.dataset import render
    from hecha.gate import _rendered

    path = tmp_path / "rates.csv"
    random_table(checker, path, 6)
    plan = plan_dataset(path, checker)
    finish = partial(_rendered, verbose=False, baseline=None)
    quick = [render_job(checker, job, finish, False, None) for job in plan.jobs]
    monkeypatch.setattr(render, "quick_findings", lambda *a: None)
    plain = [render_job(checker, job, finish, False, None) for job in plan.jobs]
    assert quick == plain


def _lean_against_engine(checker: Checker, path: Path) -> tuple[int, int]:
    """For every plain flagged document: check_rows with lean_check allowed and without it, the same
    bindings (in order) and the same verbose report; (plain flagged documents, those lean_check took)."""
    from hecha.dataset import facts as facts_module
    from hecha.report.build import document_json

    from .test_dataset_screen import _binding

    plan = plan_dataset(path, checker)
    taken = 0
    real = facts_module.lean_check

    def counted(*a: object) -> object:
        nonlocal taken
        out = real(*a)  # type: ignore[arg-type]
        taken += out is not None
        return out

    plain = 0
    for job in plan.jobs:
        if job.screen is not None or not job.plain:
            continue
        plain += 1
        rules, meta = checker.active_rules(), {"source": "dataset"}
        args = (job.doc_id, "-", job.rows, rules, checker.onto, meta)
        full = check_rows(*args, judged=job.judged, choices=job.undecided)
        facts_module.lean_check = counted  # type: ignore[assignment]
        try:
            lean = check_rows(*args, judged=job.judged, choices=job.undecided, plain=True)
        finally:
            facts_module.lean_check = real
        assert [_binding(b) for b in lean.bindings] == [_binding(b) for b in full.bindings], job.doc_id
        assert document_json(lean, verbose=True) == document_json(full, verbose=True), job.doc_id
    return plain, taken


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_lean_check_against_the_engine_on_random_documents(
    checker: Checker, tmp_path: Path, seed: int
) -> None:
    path = tmp_path / "rates.csv"
    random_table(checker, path, seed)
    plain, taken = _lean_against_engine(checker, path)
    assert plain > 50 and taken > plain // 3


def test_lean_check_against_the_engine_on_rule_examples_and_fixtures(
    checker: Checker, tmp_path: Path
) -> None:
    path = tmp_path / "examples.csv"
    _rule_examples_table(checker, path)
    _, taken = _lean_against_engine(checker, path)
    assert taken > 10
    for p in sorted(DATA.glob("*.csv")):
        _lean_against_engine(checker, p)


def _located_against_localize(checker: Checker, path: Path) -> tuple[int, int]:
    """For every flagged document the plan localised (dataset/locate.py): check_job with the plan's
    answers and without them, the same findings (suspects, corroborating checks and messages
    included); (documents localised by the plan, those whose answers were used)."""
    import dataclasses

    from hecha.dataset import locate

    plan = plan_dataset(path, checker)
    located = used = 0
    real = locate.Located.checks

    def counted(self: locate.Located, *a: object) -> object:
        nonlocal used
        out = real(self, *a)  # type: ignore[arg-type]
        used += out is not None
        return out

    for job in plan.jobs:
        if job.located is None:
            continue
        located += 1
        locate.Located.checks = counted  # type: ignore[method-assign]
        try:
            fast = check_job(checker, job)
        finally:
            locate.Located.checks = real  # type: ignore[method-assign]
        slow = check_job(checker, dataclasses.replace(job, located=None))
        assert [f.to_json() for f in fast.findings] == [f.to_json() for f in slow.findings], job.doc_id
    return located, used


def totals_table(checker: Checker, path: Path, seed: int, n: int = 300) -> None:
    """Documents whose total and parts (of every total rule) add up, or not by a little or a lot,
    with the figures of the ratio and order rules over them (rates computed from them or not)."""
    rng = random.Random(seed)
    rules = checker.active_rules()
    totals = [r for r in rules if r.kind == "total" and r.definitions]
    others = [r for r in rules if r.kind in ("ratio", "order") and r.definitions]
    lines = ["doc_id,metric,value,unit"]
    for i in range(n):
        rule = rng.choice(totals)
        rel = rule.definitions[0].relation
        parts = [r.key for r in rel.sum_refs()]
        whole = [r.key for r in _refs(rel.left if rel.op in (">=", ">", "==") else rel.right)]
        chosen = rng.sample(parts, rng.randint(1, min(5, len(parts))))
        values = {k: rng.choice([0, 1, 2, 4, 6, 8, 9, 12, 30, 99, 287, 1000]) for k in chosen}
        total = sum(values.values()) + rng.choice([0, 0, -1, -2, 1, -10, -300, 5])
        cells: dict[str, tuple[str, str]] = {k: (str(v), _base_unit(checker, k)) for k, v in values.items()}
        for k in whole[:1]:
            cells[k] = (str(max(0, total)), _base_unit(checker, k))
        family = {checker.onto.metrics[k].family for k in cells}
        near = [
            r
            for r in others
            if {checker.onto.metrics[k].family for k in r.metric_keys() if k in checker.onto.metrics} & family
        ]
        for other in rng.sample(near, min(len(near), rng.randint(0, 3))):
            shape = other.definitions[0].relation.ratio_shape()
            for k in sorted(other.metric_keys()):
                if k in cells or rng.random() < 0.3:
                    continue
                if shape is not None and k == shape[0].key:
                    num = [cells.get(r.key) for r in _refs(shape[1])]
                    den = [cells.get(r.key) for r in _refs(shape[2])]
                    if num and den and num[0] and den[0] and float(den[0][0]) > 0:
                        cells[k] = (_rate(100 * float(num[0][0]) / float(den[0][0]), rng), "%")
                        continue
                unit = _unit(checker, k, rng)
                cells[k] = (_value(checker, k, rng, unit), unit)
        for k, (value, unit) in cells.items():
            if quantity_of(value, unit) is not None:
                lines.append(f"t{seed}_{i:03d},{k},{value},{unit}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_located_against_localize_on_random_totals(checker: Checker, tmp_path: Path, seed: int) -> None:
    path = tmp_path / "totals.csv"
    totals_table(checker, path, seed)
    located, used = _located_against_localize(checker, path)
    assert located > 30 and used > 20


@pytest.mark.parametrize("seed", [1, 2])
def test_located_against_localize_on_random_rates(checker: Checker, tmp_path: Path, seed: int) -> None:
    path = tmp_path / "rates.csv"
    random_table(checker, path, seed)
    located, used = _located_against_localize(checker, path)
    assert located > 10 and used > 5


def test_located_against_localize_on_rule_examples_and_fixtures(checker: Checker, tmp_path: Path) -> None:
    path = tmp_path / "examples.csv"
    _rule_examples_table(checker, path)
    _located_against_localize(checker, path)
    for p in sorted(DATA.glob("*.csv")):
        _located_against_localize(checker, p)


def test_typo_variants_as_columns() -> None:
    """locate._typo_variants gives localize.typo_variants' values in its order (first of equals)."""
    import numpy as np

    from hecha.dataset.locate import _typo_variants
    from hecha.localize import typo_variants

    rng = random.Random(7)
    values = [*range(0, 1200), *(rng.randint(0, 10**12) for _ in range(500)), 1.5, 24.0, 100.0, 7.25]
    columns, ok = _typo_variants(np.asarray(values, dtype=float))
    for v, row, fits in zip(values, columns.tolist(), ok.tolist(), strict=True):
        want = list(typo_variants(float(v)))
        if not fits:
            assert not want, v
            continue
        got: list[float] = []
        for x in row:
            if x == x and x != v and x not in got:
                got.append(x)
        assert got == want, v


@pytest.mark.parametrize("seed", [4, 5])
def test_render_job_quick_path_with_localised_errors(
    checker: Checker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    """quick_findings answering errors and warnings the plan localised: the same JSON as the engine's."""
    from functools import partial

    from hecha.dataset import quick, render
    from hecha.gate import _rendered

    path = tmp_path / "totals.csv"
    totals_table(checker, path, seed)
    plan = plan_dataset(path, checker)
    finish = partial(_rendered, verbose=False, baseline=None)
    answered = 0
    real = quick.quick_findings

    def counted(*a: object) -> object:
        nonlocal answered
        out = real(*a)  # type: ignore[arg-type]
        answered += out is not None and any(f.severity != "info" for f in out[0])  # type: ignore[index]
        return out

    monkeypatch.setattr(render, "quick_findings", counted)
    fast = [render_job(checker, job, finish, False, None) for job in plan.jobs]
    monkeypatch.setattr(render, "quick_findings", lambda *a: None)
    plain = [render_job(checker, job, finish, False, None) for job in plan.jobs]
    assert fast == plain
    assert answered > 20


def mixed_table(checker: Checker, path: Path, seed: int, n: int = 200) -> None:
    """Documents failing two rules: a total whose parts do not add up (an error) and an unrelated
    rate written truncated (an info finding), so the plan localises documents with two undecided rules."""
    rng = random.Random(seed)
    totals_table(checker, path, seed, n)
    # (rates written with %: not a ratio of counts, 复议诉讼比 2.6:1)
    ratios = [
        r
        for r in checker.active_rules()
        if r.kind == "ratio"
        and r.definitions
        and (shape := r.definitions[0].relation.ratio_shape()) is not None
        and checker.onto.metrics[shape[0].key].unit == "percent"
    ]
    lines = path.read_text(encoding="utf-8").splitlines()
    stated: dict[str, set[str]] = {}
    for line in lines[1:]:
        doc, key = line.split(",")[:2]
        stated.setdefault(doc, set()).add(key)
    for doc, keys in stated.items():
        rule = rng.choice(ratios)
        shape = rule.definitions[0].relation.ratio_shape()
        if shape is None or {r.key for r in _refs(shape[1]) + _refs(shape[2])} & keys or shape[0].key in keys:
            continue
        den = rng.choice([7, 13, 40, 121, 544, 1239])
        num = rng.randint(1, den - 1)
        x = 100 * num / den
        if x - int(x) < 0.5:  # truncated and rounded must differ
            continue
        lines.append(f"{doc},{shape[0].key},{int(x)},%")
        for node, value in ((shape[1], num), (shape[2], den)):
            for ref in sorted({r.key for r in _refs(node)})[:1]:
                lines.append(f"{doc},{ref},{value},{_base_unit(checker, ref)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("seed", [1, 2])
def test_located_against_localize_with_an_info_finding_beside(
    checker: Checker, tmp_path: Path, seed: int
) -> None:
    from hecha.dataset.screen import UNDECIDED

    path = tmp_path / "mixed.csv"
    mixed_table(checker, path, seed, 300)
    plan = plan_dataset(path, checker)
    two = sum(1 for j in plan.jobs if j.located is not None and int((j.undecided == UNDECIDED).sum()) > 1)
    _, used = _located_against_localize(checker, path)
    assert two > 10 and used > 20


def test_parquet_codes_are_pandas_factorize(tmp_path: Path) -> None:
    """load.Chunk.codes (a Parquet column's codes from its dictionary) equal pd.factorize of the cells,
    whitespace that reads as one text and empty and missing cells included."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    from hecha.dataset.load import open_source

    rng = random.Random(3)
    n = 3000
    texts = [rng.choice(["a", " a", "a ", "b", "", "  ", None, "c", "b ", "1", "xx"]) for _ in range(n)]
    ints = [rng.choice([1, 2, None, 3, 10, -4]) for _ in range(n)]
    table = pa.table(
        {
            "doc_id": texts,
            "metric": ints,
            "value": [rng.choice([True, False, None]) for _ in range(n)],
            "unit": [None if v is None else f" {v}" for v in ints],
            "page": [1.5] * n,  # (read value by value: no codes)
        }
    )
    path = tmp_path / "t.parquet"
    pq.write_table(table, path, row_group_size=700)
    seen = 0
    for chunk in open_source(path).chunks(size=1000):
        assert set(chunk.codes) == {"doc_id", "metric", "value", "unit"}
        for name, (codes, uniques) in chunk.codes.items():
            want_codes, want_uniques = pd.factorize(
                np.asarray(chunk.cells[name], dtype=object), use_na_sentinel=True
            )
            assert np.array_equal(codes, want_codes) and list(uniques) == list(want_uniques), name
            seen += 1
    assert seen >= 12


def test_located_tight_checks_of_a_rule_s_several_definitions(checker: Checker, tmp_path: Path) -> None:
    # (two documents failing the same check, their 调撤率 holding by two definitions of HC212: the plan's
    # answer for the first must not be cleared by the second's; found when a new rule pack changed the random
    # tables of test_located_against_localize_on_random_rates)
    path = tmp_path / "two_definitions.csv"
    rows = [
        ("a", "review.mediation_rate", "49.6", "%"),
        ("a", "review.mediated", "60", "件"),
        ("a", "review.withdrawn", "60", "件"),
        ("a", "review.concluded", "121", "件"),
        ("a", "review.settled", "2", "件"),
        ("b", "review.mediation_rate", "60", "%"),
        ("b", "review.mediated", "50", "件"),
        ("b", "review.settled", "10", "件"),
        ("b", "review.withdrawn", "45", "件"),
        ("b", "review.concluded", "100", "件"),
    ]
    path.write_text(
        "doc_id,metric,value,unit\n" + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8"
    )
    located, _ = _located_against_localize(checker, path)
    assert located == 2
