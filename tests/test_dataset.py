"""Dataset mode: labels to metrics, rules on dataset facts, provenance, and the table-wide checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hecha.dataset import run_dataset
from hecha.dataset.load import DatasetError
from hecha.dataset.schema import MetricResolver
from hecha.dataset.wide import wide_table
from hecha.pipeline import Checker

from .conftest import ROOT
from .helpers import run_text

DATA = ROOT / "fixtures" / "datasets"
SEED_DIR = ROOT / "fixtures" / "seeds"
HEADER = "doc_id,metric,family,value,unit,quote,year,region\n"


def _csv(tmp_path: Path, body: str, name: str = "d.csv") -> Path:
    p = tmp_path / name
    p.write_text(HEADER + body, encoding="utf-8")
    return p


def _findings(run, doc_id: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    res = next(r for r in run.results if r.doc.doc_id == doc_id)
    return [(f.rule, f.message) for f in res.findings]


def test_metric_labels_keys_and_aliases(checker: Checker) -> None:
    r = MetricResolver(checker.onto)
    assert r.resolve("review.concluded", None).key == "review.concluded"
    assert r.resolve("行政复议·审结", None).key == "review.concluded"
    assert r.resolve("行政复议审结", None).key == "review.concluded"
    assert r.resolve("审结", "行政复议").key == "review.concluded"
    assert r.resolve("办结", "review").key == "review.concluded"  # an alias, with the family key
    amb = r.resolve("审结", None)
    assert amb.key is None and "review.concluded" in amb.candidates and len(amb.candidates) > 1
    assert r.resolve("飞行", None) == r.resolve("飞行", None) and r.resolve("飞行", None).key is None


def test_rules_run_on_dataset_facts_as_on_text(checker: Checker, tmp_path: Path) -> None:
    text = "行政复议审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。"
    from_text = {f.rule for f in run_text(checker, text).findings}
    assert "HC201" in from_text
    p = _csv(
        tmp_path,
        "t,审结,行政复议,25,件,,,\nt,review.upheld,,8,件,,,\nt,review.dismissed,,8,件,,,\n"
        "t,review.confirmed_illegal,,6,件,,,\nt,review.terminated,,4,件,,,\n",
    )
    run = run_dataset(p, checker)
    res = run.results[1]
    assert res.doc.doc_id == "t"
    assert {f.rule for f in res.findings} == from_text
    hc201 = next(f for f in res.findings if f.rule == "HC201")
    assert hc201.observed == "26" and hc201.expected == "25"
    # every fact is one row of the synthetic paragraph; its offsets hold in meta.synthetic_text
    synthetic = res.doc.meta["synthetic_text"]
    assert all(synthetic[f.start : f.end] == f.mention.text for f in res.facts)
    assert res.doc.meta["rows"]["f1"] == [1, 2]
    assert {f.paragraph for f in res.facts} == {0}


def test_fixture_has_one_planted_unsupported_figure(checker: Checker) -> None:
    run = run_dataset(DATA / "review.csv", checker, DATA / "texts")
    all_findings = [(r.doc.doc_id, f.rule, f.severity) for r in run.results for f in r.findings]
    assert all_findings == [("cityA_2024", "DS101", "error")]
    f = run.results[2].findings[0]
    # the row is named by its line in the file, as the annotations count
    assert "行政复议·撤回3件" in f.message and "第15行" in f.message


def test_provenance_mismatch_cites_the_text(checker: Checker, tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "d1.txt").write_text("一、行政复议\n全年受理行政复议案件35件，审结25件。\n", encoding="utf-8")
    p = _csv(
        tmp_path,
        "d1,review.accepted,,35,件,,,\n"  # supported by a fact
        "d1,review.concluded,,26,件,,,\n"  # the text says 25
        "d1,review.upheld,,8,件,,,\n"  # not in the text
        "d1,review.accepted,,35,件,受理行政复议案件35件,,\n"  # quote found and states it
        "d1,review.concluded,,25,件,全年审结25件,,\n"  # quote not in the text
        "d1,review.concluded,,25,件,审结25件,,\n"  # supported
        "d2,review.accepted,,3,件,,,\n",  # no text for d2
    )
    run = run_dataset(p, checker, texts)
    d1 = next(r for r in run.results if r.doc.doc_id == "d1")
    by_rule = {f.rule: f for f in d1.findings if f.rule.startswith("DS1")}
    assert set(by_rule) == {"DS101", "DS102", "DS103"}
    mm = by_rule["DS102"]
    assert "审结26件" in mm.message and "审结25件" in mm.message
    src = (texts / "d1.txt").read_text(encoding="utf-8")
    rel = mm.to_json()["related"][0]  # type: ignore[attr-defined]
    assert src[rel["start"] : rel["end"]] == rel["text"] == "审结25件"
    assert rel["line"] == 2
    assert "第4行" in by_rule["DS101"].message  # row 3 is line 4, below the header
    assert [f.rule for f in next(r for r in run.results if r.doc.doc_id == "d2").findings] == ["DS104"]


def test_same_region_and_year_twice_with_different_figures(checker: Checker, tmp_path: Path) -> None:
    p = _csv(
        tmp_path,
        "a,review.accepted,,35,件,,2023,甲市\n"
        "b,review.accepted,,36,件,,2023,甲市\n"  # another document, same region and year
        "c,review.accepted,,36,件,,2023,乙市\n"
        "a,review.upheld,,8,件,,2023,甲市\na,review.upheld,,8,件,,2022,甲市\n",  # same value: fine
    )
    run = run_dataset(p, checker)
    found = [(doc, r, m) for doc in ("a", "b", "c") for r, m in _findings(run, doc) if r == "DS201"]
    assert len(found) == 1
    doc, _, msg = found[0]
    assert doc == "b" and "甲市2023年" in msg and "35件" in msg and "36件" in msg


def test_year_over_year_claim_against_prior_year(checker: Checker, tmp_path: Path) -> None:
    p = _csv(
        tmp_path,
        "y22,review.accepted,,35,件,,2022,甲市\n"
        "y23,review.accepted,,41,件,受理41件，同比增长17.1%,2023,甲市\n"  # 41/35-1 = 17.14%: right
        "z22,review.accepted,,40,件,,2022,乙市\n"
        "z23,review.accepted,,50,件,受理50件，同比增长20%,2023,乙市\n",  # 50/40-1 = 25%: wrong
    )
    run = run_dataset(p, checker)
    assert not [r for r, _ in _findings(run, "y23") if r == "DS202"]
    z = [m for r, m in _findings(run, "z23") if r == "DS202"]
    assert len(z) == 1 and "25.0%" in z[0] and "20%" in z[0]


def test_yoy_column(checker: Checker, tmp_path: Path) -> None:
    p = tmp_path / "y.csv"
    p.write_text(
        "doc_id,metric,value,unit,year,region,yoy\n"
        "a,review.accepted,100,件,2022,甲市,\n"
        "b,review.accepted,90,件,2023,甲市,-10.0\n"  # right
        "c,review.accepted,100,件,2022,乙市,\n"
        "d,review.accepted,90,件,2023,乙市,10\n",  # the sign is wrong
        encoding="utf-8",
    )
    run = run_dataset(p, checker)
    assert not _findings(run, "b")
    assert [r for r, _ in _findings(run, "d")] == ["DS202"]


def test_outlier_among_peers_is_info(checker: Checker, tmp_path: Path) -> None:
    values = [30, 32, 35, 28, 31, 33, 3100]
    body = "".join(f"d{i},review.accepted,,{v},件,,2023,市{i}\n" for i, v in enumerate(values))
    run = run_dataset(_csv(tmp_path, body), checker)
    out = [(r.doc.doc_id, f.severity) for r in run.results for f in r.findings if f.rule == "DS203"]
    assert out == [("d6", "info")]


def test_formats_give_the_same_facts(checker: Checker, tmp_path: Path) -> None:
    import pandas as pd

    csv_run = run_dataset(DATA / "review.csv", checker)
    frame = pd.read_csv(DATA / "review.csv", dtype=str, keep_default_na=False)
    jl = tmp_path / "review.jsonl"
    jl.write_text(
        "".join(
            json.dumps({k: v for k, v in row.items() if v != ""}, ensure_ascii=False) + "\n"
            for row in frame.to_dict("records")
        ),
        encoding="utf-8",
    )
    pq = tmp_path / "review.parquet"
    frame.replace("", None).to_parquet(pq)

    def facts(run) -> list[tuple[str, str | None, float]]:  # type: ignore[no-untyped-def]
        return [(r.doc.doc_id, f.metric, f.q.value) for r in run.results[1:] for f in r.facts]

    assert facts(run_dataset(jl, checker)) == facts(csv_run)
    assert facts(run_dataset(pq, checker)) == facts(csv_run)


def test_wide_table(checker: Checker) -> None:
    run = run_dataset(DATA / "review.csv", checker)
    frame = wide_table(run.results[1:])
    assert list(frame["doc_id"]) == ["cityA_2023", "cityA_2024"]
    assert frame.loc[0, "review.concluded"] == 25 and frame.loc[1, "review.concluded"] == 30
    assert pd_isna(frame.loc[0, "review.revoked"]) and frame.loc[1, "review.revoked"] == 6
    # it works on text reports too: the same figures
    texts = wide_table([checker.check_document(d) for d in _read_texts()])
    assert texts.loc[0, "review.concluded"] == 25


def pd_isna(x: object) -> bool:
    import pandas as pd

    return bool(pd.isna(x))


def _read_texts():  # type: ignore[no-untyped-def]
    from hecha.ingest import collect

    return collect([str(DATA / "texts")])


def test_output_is_deterministic(checker: Checker) -> None:
    """Byte-identical output: across processes (hash seeds differ) for JSON, which every format is
    rendered from, and run to run for every format."""
    import subprocess
    import sys

    from hecha.gate import GateInputs, render, run

    args = ["--dataset", "fixtures/datasets/review.csv", "--texts", "fixtures/datasets/texts"]

    def once() -> bytes:
        r = subprocess.run(
            [sys.executable, "-m", "hecha.cli", "check", *args], capture_output=True, cwd=ROOT, timeout=120
        )
        assert r.returncode == 1, r.stderr
        return r.stdout

    assert once() == once()

    def all_formats() -> list[str]:
        report = run(checker, GateInputs([str(SEED_DIR)], DATA / "review.csv", DATA / "texts")).report
        return [render(report, fmt, "error") for fmt in ("json", "markdown", "sarif", "junit", "github")]

    assert all_formats() == all_formats()


def test_config_ignores_and_overrides_dataset_rules(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    p = _csv(tmp_path, "x,review.accepted,,abc,件,,,\ny,review.accepted,,3,件,,,\n")
    base = Checker.load()
    assert {f.rule for r in run_dataset(p, base, texts).results for f in r.findings} == {"DS003", "DS104"}
    quiet = Checker.load(ignore={"DS1", "DS0"}, severity={"DS003": "warning"})
    findings = [(f.rule, f.severity) for r in run_dataset(p, quiet, texts).results for f in r.findings]
    assert findings == [("DS003", "warning")]  # DS104 ignored; the schema problem stays


def test_parquet_cells_are_read_column_by_column_as_text(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from hecha.dataset.load import RowProblem, open_source

    cols = [
        pa.array(["d1", " d2 "]),
        pa.array([35, None]),
        pa.array([0.5, float("nan")]),
        pa.array([True, False]),
        pa.array(["  ", "件"]),
    ]
    path = tmp_path / "t.parquet"
    pq.write_table(pa.table(cols, names=["doc_id", "value", "share", "flag", "unit"]), path)
    source = open_source(path)
    (chunk,) = list(source.chunks())
    rows = [{c: chunk.cells[c][i] for c in source.columns} for i in range(len(chunk))]
    assert rows == [
        {"doc_id": "d1", "value": "35", "share": "0.5", "flag": "true", "unit": None},
        {"doc_id": "d2", "value": None, "share": "NaN", "flag": "false", "unit": "件"},
    ]  # text stripped, empty → None, numbers and booleans as their text
    problem = RowProblem(2, None, None, "DS002", "")
    text = source.pseudo_text([problem])  # the rows rendered as CSV lines, as far as a problem needs
    assert text.splitlines() == ["doc_id,value,share,flag,unit", "d1,35,0.5,true,", "d2,,NaN,false,件"]
    assert text[problem.start : problem.end] == "d2,,NaN,false,件"
    pq.write_table(pa.table([pa.array(["a"]), pa.array(["b"])], names=["x", "x"]), path)
    with pytest.raises(DatasetError):
        open_source(path)  # a repeated column name: the whole file is reported, not half read
    pq.write_table(pa.table({}), path)
    assert [len(c) for c in open_source(path).chunks()] == [0]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_chunks_of_any_size_give_the_same_report(
    checker: Checker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """Rows are read and validated a chunk at a time: a duplicate of a row chunks earlier, a quoted
    cell over several lines, unreadable rows and a problem of the whole table come out the same
    whatever the chunk size."""
    import pandas as pd

    from hecha.dataset import load, table
    from hecha.gate import GateInputs, render, run

    body = (
        "a,review.accepted,,35,件,,2023,甲市\n"
        'a,review.concluded,,25,件,"受理35件，\n审结25件",2023,甲市\n'
        "b,review.accepted,,abc,件,,2023,乙市\n"
        "b,review.upheld,,8,件,,2023,乙市\n"
        "c,review.accepted,,35,件,,2024,甲市\n"
        "a,review.accepted,,35,件,,2023,甲市\n"  # a duplicate of the first row
        "c,review.concluded,,40,件,,2024,甲市\n"
        "b,review.upheld,,9,件,,2023,乙市\n"
    )
    if suffix == ".csv":
        path = _csv(tmp_path, body + "d,review.accepted,,1,件,,,,extra\n")  # more cells than the header
    else:
        frame = pd.read_csv(_csv(tmp_path, body), dtype=str, keep_default_na=False)
        path = tmp_path / f"d{suffix}"
        if suffix == ".parquet":
            frame.replace("", None).to_parquet(path)
        else:
            rows = frame.to_dict("records")
            path.write_text("\n".join([*map(json.dumps, rows), "{not json"]) + "\n", encoding="utf-8")

    def report() -> str:
        return render(run(checker, GateInputs([], path)).report, "json", "error")

    whole = report()
    monkeypatch.setattr(load, "CHUNK_ROWS", 2)
    monkeypatch.setattr(table, "BLOCK_ROWS", 3)
    assert report() == whole
    assert '"rule": "DS008"' in whole and '"rule": "DS201"' in whole


def test_doc_ids_in_one_buffer_read_back_as_written() -> None:
    from hecha.dataset.rows import Names

    ids = ["cityA_2023", "", "甲市·2024", "x" * 5000, "a\x00b", "lone\ud800surrogate"]
    names = Names(ids)
    assert len(names) == len(ids) and list(names) == ids and names[-1] == ids[-1] and names[1:3] == ids[1:3]
    for a in range(len(ids) + 1):
        for b in range(a, len(ids) + 1):
            assert names.block(a, b) == ids[a:b], (a, b)


def test_lang_en_in_dataset_mode() -> None:
    """--lang en was ignored with --dataset (the gate rendered Markdown in Chinese whatever was asked)."""
    import subprocess
    import sys

    args = [sys.executable, "-m", "hecha.cli", "check", "--dataset", "fixtures/datasets/review.csv"]
    en = subprocess.run(
        [*args, "--format", "markdown", "--lang", "en"], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert en.returncode in (0, 1), en.stderr
    assert en.stdout.startswith("# hecha anomaly report")
    zh = subprocess.run(
        [*args, "--format", "markdown"], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert zh.stdout.startswith("# hecha 核查报告")


def test_duplicate_row_blocks_merge_as_a_stable_sort_would() -> None:
    """DuplicateRows merges its sorted blocks in place of sorting their concatenation again (which
    held three copies of a million rows' hashes): the same arrays, ties in h1 in the same order."""
    import numpy as np

    from hecha.dataset.schema import DuplicateRows, _merged

    rng = np.random.default_rng(17)
    for _ in range(200):
        a1, b1 = (np.sort(rng.integers(0, 12, rng.integers(0, 25)).astype(np.uint64)) for _ in "ab")
        a2, b2 = (rng.integers(0, 2**63, len(x)).astype(np.uint64) for x in (a1, b1))
        c1, c2 = np.concatenate([a1, b1]), np.concatenate([a2, b2])
        order = np.argsort(c1, kind="stable")
        m1, m2 = _merged(a1, a2, b1, b2)
        assert m1.dtype == c1.dtype and (m1 == c1[order]).all() and (m2 == c2[order]).all()
    dups = DuplicateRows()
    rows = [rng.integers(0, 50, 2, dtype=np.uint64) for _ in range(300)]
    h1 = np.asarray([r[0] for r in rows], dtype=np.uint64)
    h2 = np.asarray([r[1] for r in rows], dtype=np.uint64)
    for i in range(0, 300, 7):  # chunks of 7 rows: blocks merge as they grow
        seen = dups.seen(h1[i : i + 7], h2[i : i + 7])
        before = {(int(a), int(b)) for a, b in zip(h1[:i], h2[:i], strict=True)}
        assert seen.tolist() == [
            (int(a), int(b)) in before for a, b in zip(h1[i : i + 7], h2[i : i + 7], strict=True)
        ]
        dups.add(h1[i : i + 7], h2[i : i + 7])
    assert sum(len(b[0]) for b in dups.blocks) == 300
    assert all((np.diff(b[0].astype(np.float64)) >= 0).all() for b in dups.blocks)


def test_text_offsets_of_every_row_match_the_synthetic_text(checker: Checker, tmp_path: Path) -> None:
    """DocTable.place (offsets computed for the whole table at once, in place) against each
    document's synthetic text written out."""
    from hecha.dataset.facts import synthesize_text
    from hecha.dataset.run import plan_dataset

    body = "".join(
        f"d{i % 7},{m},,{v},{u},,,\n"
        for i, (m, v, u) in enumerate(
            [
                ("review.accepted", "35", "件"),
                ("review.concluded", "25", "件"),
                ("review.corrected", "6", "件"),
            ]
            * 5
        )
    )
    plan = plan_dataset(_csv(tmp_path, body), checker)
    t = plan.jobs.table
    for i in range(len(t)):
        rows = t.figures(i).rows(t.doc_ids[i])
        _, starts = synthesize_text(rows, checker.onto)
        a, b = int(t.bounds[i]), int(t.bounds[i + 1])
        assert t.start[a:b].tolist() == starts


def test_duplicate_row_hashes_are_pandas_own() -> None:
    """DuplicateRows.hashes from the chunk's factorized columns gives hash_pandas_object's numbers
    (both keys), whatever the cells: text, None and NaN, numbers, mixed types, an absent column."""
    import math

    import numpy as np
    import pandas as pd
    from pandas.util import hash_pandas_object

    from hecha.dataset.schema import ChunkCodes, DuplicateRows

    rng = np.random.default_rng(7)
    pool = ["a", "甲", "", " ", None, math.nan, 1, 1.0, 2.5, "1", True, "35件", b"x".decode(), "NaN"]
    dups = DuplicateRows()
    for n in (0, 1, 7, 500):
        cols = {
            "doc_id": [f"d{i % 5}" for i in range(n)],
            "metric": [pool[int(i)] for i in rng.integers(0, len(pool), n)],
            "value": [pool[int(i)] for i in rng.integers(0, 4, n)],
            "unit": [None] * n,
            "ints": [int(i) for i in rng.integers(0, 3, n)],
        }
        frame = pd.DataFrame({k: np.asarray(v, dtype=object) for k, v in cols.items()}, dtype=object)
        codes = ChunkCodes()
        codes.start(frame)
        h1, h2 = dups.hashes(frame, codes)
        assert (h1 == hash_pandas_object(frame, index=False).to_numpy()).all()
        assert (h2 == hash_pandas_object(frame, index=False, hash_key=DuplicateRows._KEY2).to_numpy()).all()


def test_duplicate_rows_found_as_pandas_and_a_set_of_pairs_find_them() -> None:
    """DuplicateRows.again (rows looked up only where the bitmap of h1's low bits says they may have
    been seen; repeats within a chunk read off the sorted order) against MultiIndex.duplicated and a
    set of every pair seen, chunk by chunk: few distinct hashes (many duplicates, h1 equal with h2
    different), a bitmap of 2**7 bits (most rows looked up) and of the usual size."""
    import numpy as np
    import pandas as pd

    from hecha.dataset.schema import DuplicateRows

    rng = np.random.default_rng(23)
    bits = DuplicateRows._BITS
    try:
        for size in (7, bits):
            DuplicateRows._BITS = size
            for spread, n, chunk in ((6, 400, 9), (50, 600, 13), (2**63, 500, 50), (3, 200, 1)):
                h1 = rng.integers(0, spread, n, dtype=np.uint64)
                h2 = rng.integers(0, 3, n, dtype=np.uint64)
                dups, pairs = DuplicateRows(), set()
                for i in range(0, n, chunk):
                    a1, a2 = h1[i : i + chunk], h2[i : i + chunk]
                    got = dups.again(a1, a2)
                    want = pd.MultiIndex.from_arrays([a1, a2]).duplicated(keep="first")
                    want |= np.asarray([(int(a), int(b)) in pairs for a, b in zip(a1, a2, strict=True)])
                    assert got.tolist() == want.tolist()
                    pairs |= {(int(a), int(b)) for a, b in zip(a1, a2, strict=True)}
                    dups.add(a1, a2)
    finally:
        DuplicateRows._BITS = bits
