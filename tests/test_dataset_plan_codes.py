"""The plan's shortcuts of the tenth round (issue 17): the row store's doc codes taken from the
validator's coding of the chunk (not hashed again), and pandera imported without probing
hypothesis. Each against the plain way."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from hecha.dataset.load import open_source
from hecha.dataset.rows import RowStore, _Vocabulary
from hecha.dataset.schema import Validator
from hecha.pipeline import Checker

from .conftest import ROOT

DATA = ROOT / "fixtures" / "datasets"


def _factorized(cells: list[str | None]) -> tuple[object, object]:
    import pandas as pd

    return pd.factorize(np.asarray(cells, dtype=object), use_na_sentinel=True)


@pytest.mark.parametrize("seed", range(40))
def test_codes_at_is_codes_of_the_cells_at_pos(seed: int) -> None:
    """codes_at(factorized cells, pos) gives codes_of(cells[pos])'s codes and grows the vocabulary
    in the same order, whatever the vocabulary held before, with empty cells and empty positions."""
    rng = random.Random(seed)
    names = [f"d{i}" for i in range(rng.randint(1, 30))]
    a, b = _Vocabulary(), _Vocabulary()
    for _ in range(rng.randint(0, 3)):  # earlier chunks
        for v in rng.sample(names, rng.randint(0, len(names))):
            a.code(v), b.code(v)
    for _ in range(3):
        n = rng.randint(0, 200)
        cells = [None if rng.random() < 0.1 else rng.choice(names) for _ in range(n)]
        pos = np.flatnonzero(np.asarray([rng.random() < 0.7 for _ in range(n)], dtype=bool))
        plain = a.codes_of(np.asarray(cells, dtype=object)[pos]) if len(pos) else np.zeros(0, np.int32)
        coded = b.codes_at(_factorized(cells), pos)
        assert plain.tolist() == coded.tolist()
        assert a.values == b.values and a.codes == b.codes


@pytest.mark.parametrize(
    "name",
    ["rules.csv", "review.csv", "review_next.csv", "dirty.csv", "dirty.parquet", "dirty.jsonl"],
)
def test_row_store_with_the_validators_codes_keeps_the_same_rows(name: str, tmp_path: Path) -> None:
    """RowStore.add with the chunk as the validator coded it keeps what it keeps without: every
    column and vocabulary, the table finish() makes from them too. Small chunks (and a Parquet
    file of several row groups) so that vocabularies carry over from chunk to chunk; a table with
    empty doc ids and rows that fail validation."""
    import hecha.dataset.load as load

    path = DATA / name if (DATA / name).exists() else _dirty(tmp_path, name)
    checker = Checker.load()
    old = load.CHUNK_ROWS
    load.CHUNK_ROWS = 7
    try:
        source = open_source(path)
        plain, coded = RowStore(keep_quotes=False), RowStore(keep_quotes=False)
        validator = None
        for chunk in source.chunks():
            if validator is None:
                validator = Validator(checker.onto, source.columns, source.rendered)
            valid, _ = validator.validate(chunk)
            plain.add(chunk, valid)
            coded.add(chunk, valid, validator.codes)
    finally:
        load.CHUNK_ROWS = old
    assert plain.docs.values == coded.docs.values
    assert plain.parts.keys() == coded.parts.keys()
    for k in plain.parts:
        assert [p.tolist() for p in plain.parts[k]] == [p.tolist() for p in coded.parts[k]], k
    t1, t2 = plain.finish(checker.onto), coded.finish(checker.onto)
    assert list(t1.doc_ids) == list(t2.doc_ids) and t1.bounds.tolist() == t2.bounds.tolist()
    assert t1.row.tolist() == t2.row.tolist()


def _dirty(tmp_path: Path, name: str) -> Path:
    """A table whose rows fail validation in many ways (empty cells, a duplicate row, signed and
    unreadable values, a unit with digits), some documents with no valid row."""
    import json

    import pandas as pd

    rows = []
    for d in range(12):
        for k, (metric, unit) in enumerate(
            [("review.applications", "件"), ("review.accepted", "件"), ("review.concluded", "件")]
        ):
            rows.append({"doc_id": f"d{d:02d}", "metric": metric, "value": str(40 - 3 * k + d), "unit": unit})
    rows[1]["doc_id"] = None
    rows[4]["value"] = None
    rows[5]["unit"] = "3件"
    rows[7]["value"] = "-5"
    rows[8]["value"] = "abc"
    rows[10]["metric"] = None
    rows[13] = dict(rows[12])  # a duplicate row
    for r in rows[30:33]:  # d10: no valid row
        r["value"] = "+1"
    path = tmp_path / name
    frame = pd.DataFrame(rows, dtype=object)
    if name.endswith(".csv"):
        frame.to_csv(path, index=False)
    elif name.endswith(".parquet"):
        frame.to_parquet(path, index=False, row_group_size=5)
    else:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_pandera_is_imported_without_probing_hypothesis() -> None:
    """Where hypothesis is installed (the dev extra), import_pandera and a validation leave it
    unimported (pandera's data-synthesis strategies probe it, a tenth of a second); hypothesis
    stays importable afterwards, and validation finds what it found."""
    pytest.importorskip("hypothesis")
    code = (
        "import sys; from hecha.extras import import_pandera; import_pandera(); "
        "from hecha.dataset import run_dataset; from hecha.pipeline import Checker; "
        f"r = run_dataset({str(DATA / 'rules.csv')!r}, Checker.load()); "
        "assert not any(m.startswith('hypothesis') for m in sys.modules if sys.modules[m]), 'imported'; "
        "assert 'hypothesis' not in sys.modules; import hypothesis; "
        "print(len(r.results), sum(len(x.findings) for x in r.results))"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    from hecha.dataset import run_dataset

    r = run_dataset(DATA / "rules.csv", Checker.load())
    assert p.stdout.split() == [str(len(r.results)), str(sum(len(x.findings) for x in r.results))]


def test_exit_now_only_after_skip_teardown_and_with_its_code() -> None:
    """gcpolicy.exit_now leaves at once with the code, stdout and stderr flushed, once skip_teardown
    was asked for (an atexit handler then does not run); otherwise, or for a code that is not an
    integer, it returns and the interpreter exits as usual."""
    prog = (
        "import atexit, sys; from hecha import gcpolicy; "
        "atexit.register(lambda: print('teardown', end='')); "
        "print('out', end=''); print('err', end='', file=sys.stderr); "
        "{}; gcpolicy.exit_now({}); sys.exit(9)"
    )
    for setup, code, rc, out in [
        ("gcpolicy.skip_teardown()", "3", 3, "out"),
        ("gcpolicy.skip_teardown()", "None", 0, "out"),
        ("gcpolicy.skip_teardown()", "'why'", 9, "outteardown"),
        ("pass", "3", 9, "outteardown"),
    ]:
        p = subprocess.run(
            [sys.executable, "-c", prog.format(setup, code)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
        assert (p.returncode, p.stdout, p.stderr) == (rc, out, "err"), (setup, code, p)


@pytest.mark.parametrize("fmt", ["json", "markdown", "sarif"])
def test_dataset_report_to_stdout_is_the_report_to_a_file(fmt: str, tmp_path: Path) -> None:
    """`hecha check --dataset` ends without the interpreter's teardown: its report to stdout (a
    pipe) is whole, the same bytes as to a file, with the same exit code."""
    out = tmp_path / "r"
    args = [sys.executable, "-m", "hecha.cli", "check", "--dataset", str(DATA / "rules.csv"), "--format", fmt]
    p = subprocess.run(args, capture_output=True, cwd=ROOT, timeout=120)
    q = subprocess.run([*args, "-o", str(out)], capture_output=True, cwd=ROOT, timeout=120)
    assert p.returncode == q.returncode == 1
    assert p.stdout == out.read_bytes() and len(p.stdout) > 1000
    assert p.stderr == q.stderr == b""


@pytest.mark.parametrize("seed", range(12))
def test_required_columns_empty_where_panderas_own_nullable_check_says(seed: int) -> None:
    """The required columns' not_nullable, read off the chunk's codes, fails on the rows and columns
    pandera's own Column(nullable=False) fails on (None and NaN cells; an empty text is a text),
    and the validator reports those rows."""
    import math

    import pandas as pd

    from hecha.dataset.load import Chunk
    from hecha.dataset.schema import REQUIRED, _pandera

    rng = random.Random(seed)
    n = rng.randint(1, 60)
    choices: list[object] = [None, math.nan, "", "x", "review.accepted", "12", "件"]
    cells = {
        c: [rng.choice(choices) if rng.random() < 0.3 else f"{c}{i % 5}" for i in range(n)] for c in REQUIRED
    }
    rows = list(range(1, n + 1))
    pa = _pandera()
    frame = pd.DataFrame({c: np.asarray(v, dtype=object) for c, v in cells.items()}, index=rows, dtype=object)
    schema = pa.DataFrameSchema({c: pa.Column(object, nullable=False) for c in REQUIRED})
    try:
        schema.validate(frame, lazy=True)
        expected: set[tuple[str, int]] = set()
    except pa.errors.SchemaErrors as err:
        expected = {(str(f["column"]), int(f["index"])) for f in err.failure_cases.to_dict("records")}
    v = Validator(Checker.load().onto, list(REQUIRED), False)
    _, problems = v.validate(Chunk(rows, list(rows), cells))
    found = {(str(p.column), int(p.row)) for p in problems if "为空" in p.message}
    assert found == expected


def test_only_a_dataset_check_leaves_without_teardown() -> None:
    """`hecha check --dataset` ends without the interpreter's teardown (an atexit handler does not
    run) and with its whole report; a check of texts only ends as it always has."""
    code = (
        "import atexit, sys; atexit.register(lambda: sys.stderr.write('teardown')); "
        "sys.argv = ['hecha', 'check', {}, '--format', 'json']; "
        "from hecha.cli import main; main()"
    )
    dataset = subprocess.run(
        [sys.executable, "-c", code.format(f"'--dataset', {str(DATA / 'rules.csv')!r}")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert dataset.returncode == 1 and "teardown" not in dataset.stderr
    assert dataset.stdout.rstrip().endswith("}")
    texts = subprocess.run(
        [sys.executable, "-c", code.format(repr(str(ROOT / "fixtures" / "seeds")))],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert texts.returncode == 1 and texts.stderr.endswith("teardown")
