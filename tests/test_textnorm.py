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


def test_a_line_break_between_a_figure_and_its_unit_is_joined() -> None:
    raw = "政府负有直接偿还责任的债务总额为101.72亿\n元, 政府负有担保责任的债务6.7亿元。\n二、其他"
    view = normalize_document(raw)
    assert "101.72亿元," in view.text and "。\n二" in view.text  # (a break after a full stop stays)
    i = view.text.index("101.72亿元")
    s, e = view.raw_span(i, i + len("101.72亿元"))
    assert raw[s:e] == "101.72亿\n元"


def test_a_hard_wrapped_report_is_checked_and_cited_as_written(checker) -> None:  # type: ignore[no-untyped-def]
    raw = "债务总额合计118.25亿元，其中：直接偿还责任的107.72亿\n元，担保责任的6.7亿元，其他债务9.83亿元。"
    res = run_text(checker, raw)
    assert "107.72亿\n元" in [f.mention.text for f in res.facts]
    assert [f.rule for f in res.findings if f.severity == "error"] == ["HC002"]  # (124.25亿 over 118.25亿)
    assert run_text(checker, raw.replace("107.72", "101.72")).findings == []
    for finding in res.findings:
        for ev in finding.evidence:
            assert raw[ev.start : ev.end] == ev.text


def test_traditional_replies_read_as_replies(checker) -> None:  # type: ignore[no-untyped-def]
    raw = "共受理各類市民訴求66913件，即時答覆30204件，轉辦{}件，覆蓋全市。"
    assert normalize_document(raw).text == "共受理各类市民诉求66913件，即时答复30204件，转办{}件，覆盖全市。"
    errors = [f.rule for f in run_text(checker, raw.format(38709)).findings if f.severity != "info"]
    assert errors  # (30204 + 38709 over 66913: the two paths of every request)
    assert not [f for f in run_text(checker, raw.format(36709)).findings if f.severity != "info"]


def test_a_full_stop_typed_for_a_decimal_point_is_read_as_one(checker) -> None:  # type: ignore[no-untyped-def]
    raw = "共提交提案725件，经审查立案597件，立案率82。3%。政治建设方面的47件，占8。3%。共1件。3月份受理100%。30%以上"
    assert normalize_document(raw).text == (
        "共提交提案725件，经审查立案597件，立案率82.3%。政治建设方面的47件，占8.3%。共1件。3月份受理100%。30%以上"
    )
    errors = [
        f
        for f in run_text(checker, "共提交提案725件，经审查立案597件，立案率88。3%。").findings
        if f.severity != "info"
    ]
    assert errors  # (597 of 725 is 82.3%)
    assert not [
        f
        for f in run_text(checker, "共提交提案725件，经审查立案597件，立案率82。3%。").findings
        if f.severity != "info"
    ]


def test_plain_text_is_left_as_it_is() -> None:
    raw = "行政复议受理35件，审结25件(含结转)，纠错率24%。"
    view = normalize_document(raw)
    assert view.text is raw and view.same_offsets


def test_toneless_glosses_are_dropped_where_a_text_holds_several() -> None:
    raw = "共收到提(ti)案5890件。立(li)案5002件，委员提(ti)案4531件，占(zhan)90.6%。"
    view = normalize_document(raw)
    assert view.text == "共收到提案5890件。立案5002件，委员提案4531件，占90.6%。"
    i = view.text.index("4531件")
    assert view.raw_span(i, i + 5) == (raw.index("4531件"), raw.index("4531件") + 5)
    # one lowercase bracket is real text, and roman numerals are not syllables
    for kept in ("报告(bao)收到5件。", "第(ii)项、第(iv)项、第(vi)项"):
        assert normalize_document(kept).text == kept


def test_capitalised_glosses_of_every_character_are_dropped_with_their_marks(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    raw = "医(Yi)院(Yuan)3.6万(Wan)个(Ge),(?)其(Qi)中(Zhong):(?)公(Gong)立(Li)医(Yi)院(Yuan)1.2万(Wan)个(Ge),(?)民(Min)营(Ying)医(Yi)院(Yuan){}万(Wan)个(Ge)。(?)"
    view = normalize_document(raw.format("2.5"))
    assert view.text == "医院3.6万个,其中:公立医院1.2万个,民营医院2.5万个。"
    assert not [f for f in run_text(checker, raw.format("2.5")).findings if f.severity != "info"]
    assert [f.rule for f in run_text(checker, raw.format("3.5")).findings if f.severity == "error"] == [
        "HC002"
    ]
    # a bracketed question mark with no glosses beside it stays
    assert normalize_document("共3件,(?)其中").text == "共3件,(?)其中"


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
        st.sampled_from(
            ["審結", "25件", "(shěn)", "，", "\u200b", "萬(wàn)", "率", "(a)", "x", "12\n", "元"]
        ),
        max_size=12,
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


def test_small_and_halfwidth_punctuation_reads_as_its_full_form(checker) -> None:  # type: ignore[no-untyped-def]
    # mirrors and PDF exports write ﹔ (small form) or ､ (half-width) for ；/、: the clause still ends there
    raw = "全区有人民调解组织 268个，其中行业性调解组织 10个，街道镇调解组织 9个，居村委调解组织 279个﹔专业调解员 300人。"
    assert normalize_document(raw).text == raw.replace("﹔", "；")
    assert normalize_document("受理12件､办结10件｡").text == "受理12件、办结10件。"
    report = run_text(checker, raw)
    assert any(f.rule == "HC002" and f.severity == "error" for f in report.findings)


def test_the_line_breaks_of_a_page_are_joined_inside_sentences(checker) -> None:  # type: ignore[no-untyped-def]
    # a report taken from a PDF: its long lines of one width break sentences anywhere (占⏎比22.2%)
    lines = [
        "一、改革总体成效",
        "改革实施以来,总体成效显著。截至2025年7月底,全县共受理行政复议案件",
        "9起,已全部审结,结案率达到100%。所有办结案件均实现了案结事了,未引发",
        "后续的行政诉讼,行政复议化解行政争议的主渠道作用得到初步显现。从案件办",
        "理结果分析,维持原行政行为2件,占比22.2%;通过作出变更、撤销、确认违法",
        "等直接纠错决定5件,纠错率高达55.6%;申请人撤回申请终止审理2件,占",
        "比{}%。",
        "二、下一步工作",
    ]
    raw = "\n".join(lines)
    view = normalize_document(raw.format("22.2"))
    assert "共受理行政复议案件9起" in view.text and "占比22.2%。\n二、" in view.text
    assert "成效\n改革" in view.text  # (a heading's short line stays)
    i = view.text.index("9起")
    assert view.raw_span(i, i + 2) == (raw.index("9起"), raw.index("9起") + 2)
    assert not [f for f in run_text(checker, raw.format("22.2")).findings if f.severity != "info"]
    assert [f for f in run_text(checker, raw.format("42.2")).findings if f.severity != "info"]
    # lines of like items are no wrapped sentence, nor is prose whose lines vary in width
    items = "\n".join(f"附件{k}:11月份“政府信箱”各部门处理答复工作情况统计表" for k in range(1, 7))
    assert normalize_document(items).text == items
    bullets = "\n".join(
        f"●{w}重点工作已经完成并通过了市政府组织的考核验收工作任务" for w in "城乡教育交通医疗文化环境"
    )
    assert normalize_document(bullets).text == bullets


def test_a_page_printed_with_a_left_margin_is_joined_inside_sentences(checker) -> None:  # type: ignore[no-untyped-def]
    # a book's page taken from a PDF: every line indented alike, a paragraph's first line deeper
    margin, first = " " * 18, " " * 23
    lines = [
        first + "一、信访工作情况",
        first + "截至2017年10月,全县受理群众来信来访总量为300件次。其中:接待群众来访",
        margin + "{}件次;办理网上信访26件次;办理语音来访1件次;办理视频接访12件次。在受",
        margin + "理的来信来访中,县信访局受理的信访总量为133件次,其中来访108件次、网",
        margin + "上信访12件次、语音来访1件次、视频接访12件次。县直各部门受理的信访总量",
        margin + "为79件次,其中来访66件次、网上信访13件次。各镇街道受理的信访总量为88件",
        margin + "次,其中来访87件次、网上信访1件次。",
        first + "二、主要做法",
    ]
    raw = "\n".join(lines)
    view = normalize_document(raw.format("261"))
    assert "接待群众来访261件次" in view.text and "信访总量为88件次" in view.text
    assert "。\n" + first + "二、" in view.text  # (a paragraph's deeper first line stays)
    i = view.text.index("261件次")
    assert raw.format("261")[slice(*view.raw_span(i, i + 5))] == "261件次"
    assert not [f for f in run_text(checker, raw.format("261")).findings if f.severity != "info"]
    assert [f for f in run_text(checker, raw.format("361")).findings if f.severity != "info"]
    # a table's rows, indented alike, space out their cells: no sentence runs on across them
    rows = "\n".join(
        margin + f"{k}  参加工伤保险人数                     万人     107.27  107.85  108.67"
        for k in range(60, 68)
    )
    assert normalize_document(rows).text == rows


def test_a_hard_wrap_inside_a_figure_is_joined(checker) -> None:  # type: ignore[no-untyped-def]
    raw = (
        "国税系统查补总额为215亿元,其中:查补税款179亿元,实际入库总额1\n90亿元,其中:入库税款162亿元,平均入库比例为88.3%。"
        "\n表1\n23件"
    )
    view = normalize_document(raw)
    assert "实际入库总额190亿元" in view.text and "表1\n23件" in view.text  # (a short line is no wrapped one)
    i = view.text.index("190亿元")
    assert raw[slice(*view.raw_span(i, i + len("190亿元")))] == "1\n90亿元"
    assert not [f for f in run_text(checker, raw).findings if f.severity != "info"]  # (no 179 + 90 over 215)
