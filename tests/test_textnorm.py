"""The normalised view: traditional script and pinyin glosses read as plain simplified text, and every
span found on the view maps back to the characters of the source."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from hecha.textnorm import T2S, normalize_document

from .helpers import run_text

ROOT = Path(__file__).resolve().parents[1]


def test_glosses_are_dropped_and_spans_map_back() -> None:
    raw = "半島都市報(bào)11月1日訊，共受理各類訴求9.67萬(wàn)件。"
    view = normalize_document(raw)
    assert view.text == "半岛都市报11月1日讯，共受理各类诉求9.67万件。"
    i = view.text.index("9.67万件")
    s, e = view.raw_span(i, i + len("9.67万件"))
    assert raw[s:e] == "9.67萬(wàn)件"  # a gloss inside a span is kept in the citation
    j = view.text.index("报")
    assert view.raw_span(j, j + 1) == (raw.index("報"), raw.index("報") + 1)  # not the gloss after it


def test_plain_text_is_left_as_it_is() -> None:
    raw = "行政复议受理35件，审结25件(含结转)，纠错率24%。"
    view = normalize_document(raw)
    assert view.text is raw and view.same_offsets


def test_brackets_that_are_not_glosses_stay() -> None:
    for raw in ("审结25件(含结转)。", "第(a)项", "报告(bao)", "（二）收案情况"):
        assert normalize_document(raw).text == raw


def test_the_table_covers_every_traditional_character_and_no_simplified_one() -> None:
    assert T2S["複"] == "复" and T2S["萬"] == "万" and T2S["衞"] == "卫"
    for simplified in "么复万里于后干覆着":
        assert simplified not in T2S
    # the words hecha matches need no normalising themselves: none is a key of the table
    vocab = [ROOT / "schemas" / "metrics.yaml", *ROOT.glob("checks/*.yaml"), *ROOT.glob("schemas/*.yaml")]
    vocab += [p for p in (ROOT / "src" / "hecha").rglob("*.py") if p.name != "textnorm.py"]  # it quotes 萬
    for path in vocab:
        text = path.read_text(encoding="utf-8")
        assert not [c for c in set(text) if c in T2S], path


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["審結", "25件", "(shěn)", "，", "\u200b", "萬(wàn)", "率", "(a)", "x"]), max_size=12
    )
)
def test_every_view_character_maps_to_its_source_character(parts: list[str]) -> None:
    raw = "".join(parts)
    view = normalize_document(raw)
    for i, c in enumerate(view.text):
        s, e = view.raw_span(i, i + 1)
        assert e == s + 1
        assert normalize_document(raw[s:e]).text == c


def test_a_glossed_traditional_report_is_checked_and_cited_as_written(checker) -> None:  # type: ignore[no-untyped-def]
    raw = "全市法院共受理各類(lèi)行政案件2164件，審結(jié)3370件。"
    res = run_text(checker, raw)
    assert {f.metric for f in res.facts} >= {"litigation.concluded"}
    for f in res.facts:
        assert raw[f.start : f.end] == f.mention.text
        assert re.fullmatch(r"\d+件", f.mention.text)
    for finding in res.findings:
        for ev in finding.evidence:
            assert raw[ev.start : ev.end] == ev.text
