"""--jobs N writes exactly what --jobs 1 writes: results come back in input order."""

from __future__ import annotations

import importlib.util
import io
import pickle
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from hecha import gate, ontology
from hecha.baseline import Baseline
from hecha.ingest import iter_sources
from hecha.parallel import check_sources, ordered_map
from hecha.pipeline import Checker
from hecha.report.jsonl import write_stream

from .conftest import ROOT, SEEDS

HECHA = [sys.executable, "-m", "hecha.cli"]


def _generator() -> ModuleType:  # benchmarks/ is not a package
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    _generator().generate(out / "gen", 40, kb=2.0)
    shutil.copytree(SEEDS, out / "seeds")
    (out / "seeds" / "broken.txt").write_bytes(b"abc\xff\xff\xffdef" * 10)  # an unreadable one in the middle
    (out / "gen" / "d0000" / "002_60197d52abb683d6.txt").write_text(
        "审结25件。", encoding="utf-8"
    )  # same stem
    return out


def test_generator_is_deterministic_and_plants_edits(tmp_path: Path) -> None:
    gen = _generator()
    a = list(gen.documents(30, kb=1.0, plant=0.5, seed=3))
    assert a == list(gen.documents(30, kb=1.0, plant=0.5, seed=3))
    assert a != list(gen.documents(30, kb=1.0, plant=0.5, seed=4))
    planted = [(d, t, e) for d, t, e in a if e is not None]
    assert 5 <= len(planted) <= 25
    for _, text, e in planted:
        assert e["original"] != e["edited"]
        assert text.split("\n\n")[e["paragraph"]][e["offset"] :].startswith(e["edited"])


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_pool_output_is_identical_to_one_process(checker: Checker, corpus: Path, fmt: str) -> None:
    def run(jobs: int, chunk: int) -> str:
        out = io.StringIO()
        rendered = check_sources(checker, iter_sources([str(corpus)]), fmt, jobs=jobs, chunk=chunk, window=3)
        write_stream(out, rendered, fmt)
        return out.getvalue()

    one = run(1, 16)
    assert one.count('"doc_id"') == 47  # 40 generated, 5 seeds, the stem twin, broken.txt
    assert run(2, 3) == one  # many small batches, more than the window: order must still hold
    assert run(3, 7) == one


def test_cli_jobs_byte_identical(corpus: Path, tmp_path: Path) -> None:
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"r{jobs}.json"
        p = subprocess.run(
            [*HECHA, "check", str(corpus), "--jobs", jobs, "--output", str(out)],
            capture_output=True,
            timeout=120,
        )
        assert p.returncode == 3  # broken.txt
        assert b"broken.txt" in p.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert subprocess.run([*HECHA, "check", str(corpus), "--jobs", "0"], capture_output=True).returncode == 2


def test_family_labels_travel_with_the_checker(checker: Checker) -> None:
    # A spawned worker or a Spark executor imports hecha afresh: the labels are in the ontology object
    # it receives, not module state it would have to restore (there is none left to restore).
    assert not hasattr(ontology, "FAMILY_LABELS")
    clone = pickle.loads(pickle.dumps(checker))
    assert clone.onto.metrics["review.concluded"].full_label == "行政复议·审结"
    code = (
        "import pickle, sys; c = pickle.loads(sys.stdin.buffer.read()); "
        "print(c.onto.metrics['review.concluded'].full_label)"
    )
    p = subprocess.run(
        [sys.executable, "-c", code], input=pickle.dumps(checker), capture_output=True, timeout=60
    )
    assert p.stdout.decode().strip() == "行政复议·审结", p.stderr


@pytest.fixture(scope="module")
def many_docs_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """fixtures/datasets/review.csv copied for 80 regions, figures varied: 160 documents, several batches."""
    src = (ROOT / "fixtures" / "datasets" / "review.csv").read_text(encoding="utf-8").splitlines()
    lines = [src[0]]
    for k in range(80):
        for line in src[1:]:
            cells = line.split(",")
            cells[0] = f"{cells[0]}_{k:02d}"
            if cells[3].isdigit():
                cells[3] = str(int(cells[3]) + k % 3)  # some documents stay consistent, some do not
            cells[7] = f"{cells[7]}{k // 2}"  # two documents per region and year: DS201 across them
            lines.append(",".join(cells))
    out = tmp_path_factory.mktemp("ds") / "many.csv"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def test_gate_report_is_identical_on_any_number_of_jobs(
    checker: Checker, corpus: Path, many_docs_dataset: Path
) -> None:
    # --dataset, --baseline and the CI formats check documents in the pool too; the report must not
    # depend on it (documents in input order, locations and fingerprints made in the workers)
    texts = ROOT / "fixtures" / "datasets" / "texts"

    def inputs(**kw: Any) -> gate.GateInputs:
        return gate.GateInputs([str(corpus)], many_docs_dataset, texts, **kw)

    one = gate.run(checker, inputs(jobs=1)).report
    assert len(one["documents"]) == 47 + 1 + 160  # texts, the dataset file, its documents
    assert {f["rule"] for d in one["documents"] for f in d["findings"]} >= {"DS104", "DS201"}
    base = Baseline(
        frozenset((d["doc_id"], f["fingerprint"]) for d in one["documents"] for f in d["findings"])
    )
    for jobs in (2, 3):
        assert gate.run(checker, inputs(jobs=jobs)).report == one
        marked = gate.run(checker, inputs(baseline=base, jobs=jobs)).report
        assert marked["summary"]["new"] == 0


def test_markdown_and_html_reports_are_identical_on_any_number_of_jobs(corpus: Path, tmp_path: Path) -> None:
    # --jobs used to be ignored by the Markdown and HTML reports (checked on one core)
    outs = []
    for jobs in ("1", "2"):
        site = tmp_path / f"site{jobs}"
        md = tmp_path / f"r{jobs}.md"
        p = subprocess.run(
            [
                *HECHA,
                "check",
                str(corpus),
                "-f",
                "markdown",
                "--html-dir",
                str(site),
                "-o",
                str(md),
                "-j",
                jobs,
            ],
            capture_output=True,
            timeout=120,
        )
        assert p.returncode == 3 and b"broken.txt" in p.stderr
        pages = {f.relative_to(site): f.read_bytes() for f in sorted(site.rglob("*")) if f.is_file()}
        outs.append((md.read_text(encoding="utf-8").replace(site.name, "SITE"), pages))
    assert len(outs[0][1]) > 40  # an index and a page per document
    assert outs[0] == outs[1]


@pytest.fixture
def pool_widths(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of workers of every pool started during the test."""
    from hecha import parallel

    widths: list[int] = []
    real = parallel._pooled

    def recording(*args: Any, **kw: Any) -> Any:
        widths.append(args[4])
        return real(*args, **kw)

    monkeypatch.setattr(parallel, "_pooled", recording)
    return widths


def test_markdown_report_uses_the_pool(corpus: Path, pool_widths: list[int]) -> None:
    from typer.testing import CliRunner

    from hecha.cli import app

    res = CliRunner().invoke(app, ["check", str(corpus), "--format", "markdown", "--jobs", "2"])
    assert res.exit_code == 3, res.output
    assert pool_widths == [2]


def _double(_checker: Checker, x: int) -> int:  # module level: workers unpickle it by name
    return 2 * x


def test_no_more_workers_than_batches(checker: Checker, pool_widths: list[int]) -> None:
    # 3 batches on a many-core machine fork 3 workers, not one per core; a long input gets --jobs
    out = list(ordered_map(checker, _double, list(range(70)), jobs=16, chunk=32))
    assert out == [2 * x for x in range(70)]
    assert list(ordered_map(checker, _double, iter(range(70)), jobs=16, chunk=32)) == out
    many = list(ordered_map(checker, _double, iter(range(700)), jobs=3, chunk=32))
    assert many == [2 * x for x in range(700)]
    assert pool_widths == [3, 3, 3]  # a sequence, an iterable (counted by reading ahead), 22 batches


def _double_or_fail(_checker: Checker, x: int) -> int:
    if x % 37 == 5:
        raise ValueError(f"no {x}")
    return 2 * x


def _failed(_checker: Checker, x: int, reason: str) -> str:
    return f"{x}: {reason}"


def test_items_marked_here_run_in_this_process_in_their_place(
    checker: Checker, pool_widths: list[int]
) -> None:
    # a dataset's documents the screen passed are written by the parent, between the workers'
    # results: the same results in the same order as ordered_map, failures included
    from hecha.parallel import ordered_map_here

    items = list(range(300))
    plain = list(ordered_map(checker, _double_or_fail, items, jobs=1, chunk=8, failed=_failed))
    assert sum(isinstance(r, str) for r in plain) == 8
    masks = {
        "some": [x % 3 != 0 for x in items],
        "all": [True] * len(items),
        "none": [False] * len(items),
        "a run": [40 <= x < 260 for x in items],
    }
    for name, here in masks.items():
        for jobs in (1, 2, 3):
            out = list(ordered_map_here(checker, _double_or_fail, items, here, jobs, chunk=8, failed=_failed))
            assert out == plain, (name, jobs)
    assert 2 in pool_widths and 3 in pool_widths  # the others went to a pool of workers


def test_a_consumer_that_stops_early_stops_the_workers(checker: Checker) -> None:
    import multiprocessing

    from hecha.parallel import ordered_map_here

    items = list(range(400))
    it = ordered_map_here(checker, _double, items, [x % 2 == 0 for x in items], jobs=2, chunk=8)
    assert [next(it) for _ in range(50)] == [2 * x for x in range(50)]
    it.close()
    assert not multiprocessing.active_children()
