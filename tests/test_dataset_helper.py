"""The chunks validated by a child while the plan goes on with the rows it expects valid
(dataset/helper.py, `plan_dataset(helpers=True)`, what `--jobs` 2 or more does): the same plan as
validating each chunk in turn — problems, the dataset's own document and every document's report —
whether the child's validation kept the rows expected (the plan stands), kept others (the plan is
made again without it), failed, or raised."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from hecha.dataset import helper
from hecha.dataset import run as dataset_run
from hecha.dataset.render import render_job
from hecha.dataset.run import plan_dataset
from hecha.dataset.schema import Validator
from hecha.gate import _rendered
from hecha.pipeline import Checker

from .conftest import ROOT

DATA = ROOT / "fixtures" / "datasets"

pytestmark = pytest.mark.skipif(not helper.available(["doc_id", "metric", "value", "unit"]), reason="fork")


def _formats(path: Path, folder: Path) -> list[Path]:
    """The CSV table, and the same rows as JSON Lines and Parquet."""
    import pandas as pd

    frame = pd.read_csv(path, dtype=str, keep_default_na=False).replace("", None)
    jsonl = folder / f"{path.stem}.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for rec in frame.to_dict("records"):
            fh.write(json.dumps({k: v for k, v in rec.items() if v is not None}, ensure_ascii=False) + "\n")
    parquet = folder / f"{path.stem}.parquet"
    frame.to_parquet(parquet, row_group_size=7)  # several chunks of a Parquet file
    return [path, jsonl, parquet]


def _tables(folder: Path) -> dict[str, Path]:
    """Tables whose validation keeps the rows the plan expects, and tables where it does not."""
    head = "doc_id,metric,value,unit,region,year"
    clean = [head]
    for i in range(40):
        clean += [
            f"d{i:02d},review.accepted,{30 + i},件,市{i % 5},{2020 + i % 3}",
            f"d{i:02d},review.concluded,{25 + i},件,市{i % 5},{2020 + i % 3}",
            f"d{i:02d},review.correction_rate,{100 * 2 / (25 + i):.1f},%,市{i % 5},{2020 + i % 3}",
            f"d{i:02d},review.confirmed_illegal,{2 + i % 7},件,市{i % 5},{2020 + i % 3}",
        ]
    tables = {
        "clean": clean,
        # problems on rows that are not figures anyway: validation keeps the rows expected
        "unread": [*clean, "d99,review.accepted,abc,件,,", "d98,no.such.metric,12,件,,"],
        # validation takes a row the plan would keep: a duplicate, a unit that does not fit, a sign
        "duplicate": [*clean[:30], clean[5], *clean[30:]],
        "unit": [*clean, "d97,review.accepted,12,%,,"],
        "signed": [*clean, "d96,review.accepted,-12,件,,"],
        "missing_column": ["doc_id,metric,value", "d1,review.accepted,12", "d2,review.accepted,13"],
        "header_only": [head],
    }
    out = {}
    for name, rows in tables.items():
        p = folder / f"{name}.csv"
        p.write_text("\n".join(rows) + "\n", encoding="utf-8")
        out[name] = p
    return out


def _plan_view(checker: Checker, path: Path, **kw: Any) -> tuple[Any, ...]:
    """What a plan gives the report: its problems, the dataset's own document and every document
    rendered as the JSON report writes it."""
    plan = plan_dataset(path, checker, **kw)
    finish = partial(_rendered, verbose=False, baseline=None)
    docs = [render_job(checker, job, finish, False, None) for job in plan.jobs]
    problems = [(p.row, p.line, p.column, p.code, p.message) for p in plan.problems]
    return problems, finish(plan.pseudo), docs


@pytest.fixture
def taken(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """How each plan with helpers ended: "ahead" (the child's validation stood) or "again"."""
    log: list[str] = []
    plan, problems = dataset_run._plan, helper.Ahead.problems

    def logged(*a: Any) -> Any:
        try:
            return plan(*a)
        except Exception:  # (Mispredicted, or rows validation takes away broke the plan)
            if a[-1]:
                log.append("again")
            raise

    def answered(self: helper.Ahead) -> Any:
        out = problems(self)
        log.append("ahead")
        return out

    monkeypatch.setattr(dataset_run, "_plan", logged)
    monkeypatch.setattr(helper.Ahead, "problems", answered)
    return log


def test_fixtures_in_every_format(checker: Checker, tmp_path: Path, taken: list[str]) -> None:
    for csv in sorted(DATA.glob("*.csv")):
        for path in _formats(csv, tmp_path):
            taken.clear()
            assert _plan_view(checker, path, helpers=True) == _plan_view(checker, path), path.name
            assert taken == ["ahead"], path.name


@pytest.mark.parametrize(
    ("name", "how"),
    [
        ("clean", ["ahead"]),
        ("unread", ["ahead"]),
        ("duplicate", ["again"]),
        ("unit", ["again"]),
        ("signed", ["again"]),
        ("missing_column", []),  # (a required column missing: no child)
        ("header_only", ["ahead"]),
    ],
)
def test_tables_with_and_without_problems(
    checker: Checker, tmp_path: Path, taken: list[str], name: str, how: list[str]
) -> None:
    for path in _formats(_tables(tmp_path)[name], tmp_path):
        taken.clear()
        assert _plan_view(checker, path, helpers=True) == _plan_view(checker, path), path.name
        # (an empty JSON Lines file names no column: no child)
        assert taken == ([] if name == "header_only" and path.suffix == ".jsonl" else how), path.name


def test_expected_rows_are_validations_when_it_finds_nothing(checker: Checker, tmp_path: Path) -> None:
    """Validator.expected gives the ChunkRows validate() gives a chunk without problems."""
    from hecha.dataset.load import open_source

    for path in _formats(_tables(tmp_path)["clean"], tmp_path):
        source = open_source(path)
        a = b = None
        for chunk in source.chunks():
            if a is None:
                a = Validator(checker.onto, source.columns, source.rendered)
                b = Validator(checker.onto, source.columns, source.rendered)
            assert b is not None
            valid, found = a.validate(chunk)
            assert found == []
            expected = b.expected(chunk)
            assert expected.positions.tolist() == valid.positions.tolist()
            assert expected.metric.tolist() == valid.metric.tolist()
            assert expected.mention.tolist() == valid.mention.tolist()
            assert expected.metrics == valid.metrics and expected.mentions == valid.mentions


def test_a_child_that_fails_leaves_the_plan_to_the_parent(
    checker: Checker, tmp_path: Path, taken: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*a: Any) -> int:
        raise MemoryError  # (in the child: it ends without a reply)

    path = _tables(tmp_path)["clean"]
    want = _plan_view(checker, path)
    monkeypatch.setattr(helper, "_serve", broken)
    assert _plan_view(checker, path, helpers=True) == want
    assert taken == ["again"]


def test_an_error_in_validation_is_raised_as_without_the_child(
    checker: Checker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def validate(self: Validator, chunk: Any) -> Any:
        raise RuntimeError("dataset validation failed: a check raised")

    monkeypatch.setattr(Validator, "validate", validate)
    path = _tables(tmp_path)["clean"]
    for helpers in (False, True):
        with pytest.raises(RuntimeError, match="a check raised"):
            plan_dataset(path, checker, helpers=helpers)


def test_no_child_is_left(checker: Checker, tmp_path: Path) -> None:
    import os

    tables = _tables(tmp_path)
    for name in ("clean", "duplicate"):
        plan_dataset(tables[name], checker, helpers=True)
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no child of this process, running or unreaped


@pytest.mark.parametrize(
    ("name", "how"), [("clean", ["ahead"]), ("duplicate", ["again"]), ("unread", ["ahead"])]
)
def test_many_chunks(
    checker: Checker,
    tmp_path: Path,
    taken: list[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    how: list[str],
) -> None:
    """Chunks of 9 rows (of 4 for Parquet's): many sent to the child, a duplicate across chunks."""
    from hecha.dataset import load

    monkeypatch.setattr(load, "CHUNK_ROWS", 9)
    for path in _formats(_tables(tmp_path)[name], tmp_path):
        taken.clear()
        assert _plan_view(checker, path, helpers=True) == _plan_view(checker, path), path.name
        assert taken == how, path.name


def _square(x: int) -> int:
    return x * x


def _raise(x: int) -> int:
    raise ValueError(f"no {x}")


def test_beside_gives_the_childs_result_or_its_own() -> None:
    b = helper.Beside(_square, 7)
    assert b.pid is not None  # (a child computes it)
    assert b.result() == 49
    with pytest.raises(ValueError, match="no 3"):  # raised in the child: computed here, raised here
        helper.Beside(_raise, 3).result()
    b = helper.Beside(_square, 5)
    b.close()  # (never asked: the child is stopped and reaped)
    assert b.result() == 25  # (and asked after all: computed here)


def test_the_screen_halved_in_the_plan(
    checker: Checker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The later half of the screen's blocks screened by a child (verdicts pickled back), and here
    when there is no child: the same documents either way."""
    from hecha.dataset import screen as screen_mod

    monkeypatch.setattr(screen_mod, "BLOCK", 7)
    # (the plan halves the screen once the validating child has replied: here it waits for it)
    monkeypatch.setattr(helper.Ahead, "replied", lambda self: bool(self.replies.poll(60)))
    path = _tables(tmp_path)["clean"]
    want = _plan_view(checker, path)
    made: list[bool] = []
    result = helper.Beside.result

    def counted(self: helper.Beside) -> Any:
        made.append(self.pid is not None)
        return result(self)

    monkeypatch.setattr(helper.Beside, "result", counted)
    assert _plan_view(checker, path, helpers=True) == want
    assert made == [True]
    made.clear()
    monkeypatch.setattr(helper.os, "fork", _no_fork)
    assert _plan_view(checker, path, helpers=True) == want  # (no child at all: the plan made without)
    assert made == []
    b = helper.Beside(_square, 4)
    assert b.pid is None and b.result() == 16


def _no_fork() -> int:
    raise OSError("no process to spare")


@pytest.mark.parametrize("block", [7, 16, 40, 4096])
def test_screen_halves(checker: Checker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    """screen_table with the later half of its blocks screened by a child (helper.Beside), or by a
    stand-in here: the verdicts of screening every block in turn."""
    import numpy as np

    from hecha.dataset import screen as screen_mod
    from hecha.dataset.load import open_source
    from hecha.dataset.rows import RowStore

    monkeypatch.setattr(screen_mod, "BLOCK", block)
    tables = _tables(tmp_path)
    for path in [tables["clean"], tables["unread"], *sorted(DATA.glob("*.csv"))]:
        source = open_source(path)
        store = RowStore(keep_quotes=False)
        validator = None
        for chunk in source.chunks():
            validator = validator or Validator(checker.onto, source.columns, source.rendered)
            store.add(chunk, validator.validate(chunk)[0])
        t = store.finish(checker.onto)
        screen = screen_mod.Screen.compile(checker.active_rules(), checker.onto)
        want = screen_mod.screen_table(screen, t)

        class Here:
            def __init__(self, fn: Any, *args: Any):
                self.value = fn(*args)

            def result(self) -> Any:
                return self.value

            def close(self) -> None:
                pass

        for beside in (helper.Beside, Here):
            got = screen_mod.screen_table(screen, t, beside)
            for name in ("flagged", "choice", "bound", "other"):
                a, b = getattr(want, name), getattr(got, name)
                assert a.dtype == b.dtype and np.array_equal(a, b), (path.name, name, block)
