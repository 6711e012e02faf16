"""hecha.report.indented_json writes exactly what json.dumps(ensure_ascii=False, indent=2) writes."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hecha.ingest import collect
from hecha.pipeline import Checker
from hecha.report import indented_json
from hecha.report.build import build_report

ROOT = Path(__file__).resolve().parents[1]


def stdlib(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def test_the_report_of_every_fixture_is_byte_identical() -> None:
    checker = Checker.load()
    docs = collect([str(ROOT / "fixtures"), str(ROOT / "tests" / "data")])
    report = build_report([checker.check_document(d) for d in docs], verbose=True)
    assert indented_json.dumps(report) == stdlib(report)


@pytest.mark.parametrize(
    "obj",
    [
        {},
        [],
        {"a": []},
        {"a": {}},
        [1, 2.5, -0.0, True, False, None, "审结25件", 'q"\\\n\t\u2028\x00'],
        {"nan": math.nan, "inf": math.inf, "-inf": -math.inf, "big": 10**30, "small": 1e-300},
        {1: "int key", 2.5: "float key", None: "none key", False: "bool key"},
        {"k": {3: [1]}},
        ("tuple", ("nested",)),
    ],
)
def test_edge_cases(obj: object) -> None:
    assert indented_json.dumps(obj) == stdlib(obj)


def test_nesting_level_matches_splicing_into_a_deeper_object() -> None:
    inner = {"a": [1, {"b": "c"}], "d": {}}
    outer = stdlib({"x": [inner]})
    assert "    " + indented_json.dumps(inner, level=2) in outer


def test_unknown_types_raise_the_stdlib_error() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        indented_json.dumps({"a": [object()]})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_json_value(obj: object) -> None:
    assert indented_json.dumps(obj) == stdlib(obj)


def test_dicts_sharing_keys_at_other_depths_and_orders() -> None:
    # what comes before each value is kept by the keys and the depth: the same keys elsewhere, in
    # another order, beside a non-string key or after the store was emptied are written as json does
    rows = [{"id": i, "value": i / 3, "unit": "件"} for i in range(3)]
    obj = {
        "rows": rows,
        "nested": {"rows": [rows]},
        "reordered": [{"unit": "件", "value": 1, "id": 0}],
        "int keys": [{1: "a"}, {"1": "a"}, {True: "b"}],
        "empty": [{}, {"id": {}}],
    }
    assert indented_json.dumps(obj) == stdlib(obj)
    assert indented_json.dumps(obj, level=3) == stdlib(obj).replace("\n", "\n" + " " * 6)
    saved = indented_json._MAX_HEADS
    try:
        indented_json._MAX_HEADS = 2
        assert indented_json.dumps(obj) == stdlib(obj)
    finally:
        indented_json._MAX_HEADS = saved


def test_facts_written_from_the_facts_are_their_objects_written() -> None:
    # build.facts_text (the JSON report's facts, no dict each) against indented_json of fact_json,
    # at several depths, on every fixture's facts and on facts whose values are of other types
    from dataclasses import replace

    from hecha.report.build import document_json, fact_json, facts_text
    from hecha.report.indented_json import Written

    checker = Checker.load()
    docs = collect([str(ROOT / "fixtures"), str(ROOT / "tests" / "data")])
    results = [checker.check_document(d) for d in docs]
    facts = [f for r in results for f in r.facts]
    assert len(facts) > 1000
    odd = []
    for k, f in enumerate(facts[:40]):
        q = f.mention.quantity
        assert q is not None
        q2 = replace(
            q, value=[1e20, 2.5, -0.0, math.nan, 7][k % 5], cap=[None, 3.25, 10**16, math.inf][k % 4]
        )
        g = type(f)(f.id, replace(f.mention, quantity=q2), *(None,) * 5, 0, 0)
        g.cue, g.metric = ["审结", None, 'x"\\\n'][k % 3], [None, "a.b"][k % 2]
        odd.append(g)
    for level in (0, 1, 3):
        nl = "\n" + "  " * level
        for group in (facts, odd, facts[:1], []):
            want = indented_json.dumps([fact_json(f) for f in group], level=level)
            assert facts_text(group, nl, "  ") == want
    for r in results[:50]:
        assert indented_json.dumps(document_json(r, written=True), level=2) == indented_json.dumps(
            document_json(r), level=2
        )
        assert isinstance(document_json(r, written=True)["facts"], Written)
