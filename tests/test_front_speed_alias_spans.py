"""FirstCharIndex.spans (one regex, the alternative read from the text it matched) finds what
FirstCharIndex.matches (a regex match at each candidate) and the full alternation find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from hecha.ontology import GAP, FirstCharIndex, load_ontology


def plain(index: FirstCharIndex, text: str) -> list[tuple[int, int, int]]:
    return [(i, m.start(), m.end()) for i, m in index.matches(text)]


def full_scan(alternatives: list[str], text: str) -> list[tuple[int, int, int]]:
    """The slow reference: the whole alternation tried at every position."""
    named = re.compile("|".join(f"(?P<a{i}>{a})" for i, a in enumerate(alternatives)))
    out = []
    for p in range(len(text)):
        m = named.match(text, p)
        if m is not None:
            out.append((int(m.lastgroup[1:]), m.start(), m.end()))  # type: ignore[index]
    return out


# a gap alternative before the literal it can match (受理…案件 then 受理案件), equal literals, one
# character alone (站), an escaped first character, overlapping words (行政复议, 复议)
ALTS = [
    "受理" + GAP + "案件",
    "受理案件",
    "行政复议",
    "复议",
    "受理",
    "受理",
    "审结",
    "站",
    "\\.5",
    "x\\.y",
    "调解" + GAP + "成功",
    "人民调解",
    "调解",
]
CHARS = "受理案件行政复议审结站调解成功人民.5xy，。0123456789一二三十 \n%"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=CHARS, max_size=40))
def test_spans_as_matches_and_the_full_alternation(text: str) -> None:
    index = FirstCharIndex(ALTS)
    assert index._one is not None  # the one-regex path is the one tested
    assert index.spans(text) == plain(index, text) == full_scan(ALTS, text)


def test_alternatives_that_look_around_fall_back_to_matches() -> None:
    alts = ["受理(?=案件)", "受理(?!条件)", "a|b", "审结\\b", "受(?<=受)理", "受理$"]
    for alt in alts:
        index = FirstCharIndex([alt, "审结"])
        assert index._one is None
        text = "受理案件审结 a b 受理，审结"
        assert index.spans(text) == plain(index, text)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="行政复议受理审结案件调解纠纷人民法律援助信访事项办结，。0123456789件\n", max_size=60)
)
def test_the_real_aliases_and_keywords(text: str) -> None:
    onto = load_ontology()
    for index in (onto._alias_index, onto._kw_index):
        assert index._one is not None
        assert index.spans(text) == plain(index, text)


def test_the_reports_in_the_fixtures() -> None:
    from pathlib import Path

    from hecha.textnorm import normalize_document

    onto = load_ontology()
    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [normalize_document(p.read_text(encoding="utf-8")).text for p in sorted(root.rglob("*.txt"))]
    assert texts
    for text in texts:
        for index in (onto._alias_index, onto._kw_index):
            assert index.spans(text) == plain(index, text)
        hits = onto.alias_hits(text)
        want = [(i, s, e) for i, s, e in plain(onto._alias_index, text) if onto._alias_info[i][1]]
        assert [(h.start, h.end, h.alias) for h in hits] == [
            (s, e, onto._alias_info[i][0]) for i, s, e in want
        ]


def hits_plain(
    onto: object, text: str
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, tuple[str, ...]]]]:
    """alias_hits and keyword_hits as they were: from FirstCharIndex.matches."""
    aliases = [
        (m.start(), m.end(), onto._alias_info[i][0])  # type: ignore[attr-defined]
        for i, m in onto._alias_index.matches(text)  # type: ignore[attr-defined]
        if onto._alias_info[i][1]  # type: ignore[attr-defined]
    ]
    keywords = [
        (m.start(), m.end(), onto._kw_families[i])  # type: ignore[attr-defined]
        for i, m in onto._kw_index.matches(text)  # type: ignore[attr-defined]
    ]
    return aliases, keywords


@settings(max_examples=1000, deadline=None)
@given(
    st.text(
        alphabet="行政复议受理审结案件调解纠纷人民法律援助信访事项办结成功条件窗口，。0123456789件\n",
        max_size=60,
    )
)
def test_alias_and_keyword_hits_as_from_matches(text: str) -> None:
    onto = load_ontology()
    aliases, keywords = hits_plain(onto, text)
    hits = onto.alias_hits(text)
    assert [(h.start, h.end, h.alias) for h in hits] == aliases
    assert all(h.metrics == onto.alias_metrics[h.alias] for h in hits)
    assert onto.keyword_hits(text) == keywords


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=CHARS, max_size=40), st.integers(min_value=1, max_value=4))
def test_first_characters_in_buckets_find_the_same(text: str, per_bucket: int) -> None:
    index = FirstCharIndex(ALTS, per_bucket=per_bucket)
    assert index._one.pattern.count("(?<=") > 3  # type: ignore[union-attr]  # buckets: lookbehinds tell
    assert index.spans(text) == plain(index, text) == full_scan(ALTS, text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet="行政复议受理审结案件调解纠纷人民法律援助信访事项办结成功条件，。0123456789件\n", max_size=60
    )
)
def test_the_real_aliases_and_keywords_in_small_buckets(text: str) -> None:
    onto = load_ontology()
    for alternatives in (
        [onto._alias_pattern(a) for a in onto._alias_order],
        [re.escape(k) for k in onto._kw_order],
    ):
        index = FirstCharIndex(alternatives, per_bucket=3)
        assert index.spans(text) == plain(index, text)
