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
