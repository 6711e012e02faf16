"""ontology.FirstCharIndex finds, at every position, what one big alternation would find there."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hecha.ontology import GAP, FirstCharIndex, _literal_head, load_ontology


def full_scan(alternatives: list[str], text: str) -> list[tuple[int, int, int]]:
    """The slow reference: the whole alternation tried at every position."""
    named = "|".join(f"(?P<a{i}>{a})" for i, a in enumerate(alternatives))
    pat = re.compile(f"(?=(?:{named}))")
    out = []
    for m in pat.finditer(text):
        inner = re.compile(named).match(text, m.start())
        assert inner is not None
        out.append((int(inner.lastgroup[1:]), inner.start(), inner.end()))  # type: ignore[index]
    return out


def fast(alternatives: list[str], text: str) -> list[tuple[int, int, int]]:
    return [(i, m.start(), m.end()) for i, m in FirstCharIndex(alternatives).matches(text)]


ALTS = ["行政复议", "复议", "受理", "受理" + GAP + "案件", "审结", "站", "调解", "人民调解", "x\\.y"]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="行政复议受理审结案件站人民调解，。0x.y", max_size=30))
def test_same_hits_as_the_full_alternation(text: str) -> None:
    assert fast(ALTS, text) == full_scan(ALTS, text)


def test_the_real_aliases_and_keywords() -> None:
    onto = load_ontology()
    text = "全年收到行政复议申请35件，受理35件，审结25件；人民调解组织受理纠纷544件，成功调解543件，行政应诉出庭率80%。"
    alias_alts = [onto._alias_pattern(a) for a in onto._alias_order]
    assert fast(alias_alts, text) == full_scan(alias_alts, text)
    kw_alts = [re.escape(k) for k in onto._kw_order]
    assert fast(kw_alts, text) == full_scan(kw_alts, text)
    assert {"受理", "审结"} <= {h.alias for h in onto.alias_hits(text)}


@pytest.mark.parametrize(
    ("pattern", "head"),
    [
        ("审结", "审结"),
        ("受理" + GAP + "案件", "受理"),
        ("a\\.b", "a.b"),
        ("ab?", "a"),
        ("a{2}", ""),
        ("\\d", ""),
    ],
)
def test_literal_head(pattern: str, head: str) -> None:
    assert _literal_head(pattern) == head


def test_an_alternative_without_a_literal_start_is_refused() -> None:
    with pytest.raises(ValueError, match="literal"):
        FirstCharIndex(["\\d+件"])


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="行政复议受理审结案件站人民调解，。0x.y", max_size=30))
def test_spans_name_the_alternative_the_full_alternation_matches(text: str) -> None:
    # spans tells which alternative matched from the text it matched (_which_matched, one
    # alternative at a time), not from the character's whole alternation
    index = FirstCharIndex(ALTS)
    assert index._one is not None
    assert index.spans(text) == full_scan(ALTS, text)


def test_which_matched_as_the_first_characters_alternation_names_it() -> None:
    onto = load_ontology()
    for index, alts in (
        (onto._alias_index, [onto._alias_pattern(a) for a in onto._alias_order]),
        (onto._kw_index, [re.escape(k) for k in onto._kw_order]),
    ):
        fresh = FirstCharIndex(alts)
        texts = [a.replace("…", "") for a in onto._alias_order] + list(onto._kw_order)
        texts += ["受理行政复议案件", "调解成功的纠纷案件", "审查规范性文件"]
        for text in texts:
            for _, s, e in fresh.spans(text):
                found = text[s:e]
                m = index.group(found[0]).fullmatch(found)
                assert m is not None
                assert fresh._which_matched(found) == index.index[m.lastgroup]  # type: ignore[index]
