"""The number grammar: annotated mentions of the seed reports, and hand-written cases."""

from __future__ import annotations

import pytest

from hecha.evaluation import score_mentions
from hecha.numbers import parse_cn_number, parse_quantity, scan

from .conftest import GOLD, SEEDS


def test_gold_mentions_floors() -> None:
    s = score_mentions(SEEDS, GOLD / "seed_mentions.jsonl")
    assert s.recall >= 0.97, s
    assert s.precision >= 0.97, s
    assert s.interval_ok / max(1, s.hit) >= 0.97, s
    assert s.nonq_rate <= 0.01, s


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三万", 30000),
        ("一千", 1000),
        ("两千", 2000),
        ("二〇二三", 2023),
        ("十二", 12),
        ("二十", 20),
        ("三千五百", 3500),
        ("一亿二千万", 120_000_000),
    ],
)
def test_chinese_numerals(text: str, value: float) -> None:
    assert parse_cn_number(text) == value


@pytest.mark.parametrize(
    ("phrase", "value", "unit", "qualifier", "low", "high"),
    [
        ("受理544件", 544, "件", "=", 544, 544),
        ("受理 544 件", 544, "件", "=", 544, 544),
        ("受理５４４件", 544, "件", "=", 544, 544),
        ("涉及金额约200余亿元", 2e10, "元", "about", None, None),
        ("发放资料3万余份", 30000, "份", ">=", 30000, None),
        ("金额三千多万元", 3e7, "元", ">=", 3e7, None),
        ("培训一千余人次", 1000, "人次", ">=", 1000, None),
        ("罚款1,559,714元", 1559714, "元", "=", 1559714, 1559714),
        ("纠错率24%", 24, "%", "=", 23.5, 24.5),
        ("纠错率２４％", 24, "%", "=", 23.5, 24.5),
        ("纠错率百分之二十四", 24, "%", "=", 23.5, 24.5),
        ("合格率81.4%", 81.4, "%", "=", 81.35, 81.45),
        ("成功率98%以上", 98, "%", ">=", 98, None),
        ("近3000件", 3000, "件", "<=", None, 3000),
        ("不足100人", 100, "人", "<=", None, 100),
        ("超过500件", 500, "件", ">=", 500, None),
        ("200件左右", 200, "件", "about", None, None),
        ("金额1016.6万元", 10166000, "元", "=", 10165500, 10166500),
    ],
)
def test_quantities(
    phrase: str, value: float, unit: str, qualifier: str, low: float | None, high: float | None
) -> None:
    q = parse_quantity(phrase)
    assert q is not None, phrase
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.qualifier == qualifier
    if qualifier != "about":
        assert (q.low is None) == (low is None) and (q.high is None) == (high is None)
        if low is not None:
            assert q.low == pytest.approx(low)
        if high is not None:
            assert q.high == pytest.approx(high)
    else:
        assert q.low is not None and q.high is not None and q.low < value < q.high


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2023年，全区", "year"),
        ("（2021—2025年）", "year"),
        ("统计109年1~12月成果", "year"),  # (the 民国 calendar: 2020)
        ("109年陈情案件总计", "year"),
        ("2023年2月15日", "date"),
        ("11月30日组织", "date"),
        ("株办发〔2022〕2号", "doc_number"),
        ("第十次集中学习", "ordinal"),
        ("党的二十大精神", "ordinal"),
        ("一是强化思想建设", "ordinal"),
        ("二十届三中全会", "ordinal"),
        ("行政执法“三项制度”", "name"),
        ("一网通办平台", "name"),
        ("“八五”普法", "name"),
        ("拨打12345热线", "name"),
        ("24小时自助办理", "name"),
        ("均为一次退查", "name"),
        ("市人大三次会议期间", "ordinal"),
        ("实行一票否决", "name"),
        ("二次退回补充侦查的案件", "name"),
        ("属于四类过程性信息", "name"),
        ("属于三类内部事务信息", "name"),
        ("危及“三安全一稳定”", "name"),
        ("财政总收入保持两位数以上增长", "name"),
    ],
)
def test_non_quantities(text: str, kind: str) -> None:
    ms = scan(text)
    assert ms, text
    assert all(m.quantity is None for m in ms), [(m.text, m.kind) for m in ms]
    assert ms[0].kind == kind, [(m.text, m.kind) for m in ms]


@pytest.mark.parametrize(
    "text", ["进一步加强", "统一部署", "一起研究", "一定程度", "逐一明确", "新一轮换证", "十分重要", "百姓"]
)
def test_ordinary_words_are_not_numbers(text: str) -> None:
    assert [m for m in scan(text) if m.quantity is not None] == []


def test_a_span_of_over_a_hundred_years_is_a_count() -> None:
    assert [m.quantity is not None for m in scan("近110年来")] == [True]  # (not a year of the 民国 calendar)


def test_spans_are_exact() -> None:
    text = "共受理 544 件，约200余亿元，98%以上。"
    for m in scan(text):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [("约占三分之一", 33.333333, "="), ("占比1/4左右", 25.0, "about"), ("近三分之二的案件", 66.666667, "<=")],
)
def test_fractions_are_shares(text: str, value: float, qualifier: str) -> None:
    q = parse_quantity(text)
    assert q is not None and q.unit == "%"
    assert q.value == pytest.approx(value) and q.qualifier == qualifier


def test_bare_fraction_is_not_read() -> None:
    assert parse_quantity("见附件1/4") is None


def test_a_session_of_a_congress_is_a_name_not_a_count() -> None:
    text = "记者从市政协八届二次会议上获悉，市政协八届一次会议以来的提案已全部办复。市十七届人大三次会议召开。共开展培训三次。"
    kinds = [(m.text, m.kind) for m in scan(text)]
    assert ("二次", "ordinal") in kinds and ("一次", "ordinal") in kinds and ("三次", "ordinal") in kinds
    assert ("三次", "count") in kinds  # 培训三次 is still three times


def test_a_figure_with_a_leading_zero_lost_a_digit_and_is_unread() -> None:
    kinds = [
        (m.text, m.kind)
        for m in scan("消防部门检查的?584家单位里，有劳动密集型企?026家，其中关停6家，搬离63家。比例为0.5%。")
    ]
    assert ("026家", "unread") in kinds or ("026", "unread") in kinds
    assert ("6家", "count") in kinds and ("0.5%", "percent") in kinds


def test_duo_after_wan_is_less_than_one_wan_more() -> None:
    # (50万多 is 50万 and some, below 51万; 50多万 is 50万 to 60万; 1.4万多 below 1.5万, as before)
    from hecha.extract import extract
    from hecha.intervals import fact_interval

    def hi(text: str) -> float:
        return fact_interval(extract(text).facts[0]).hi

    assert hi("担任法律顾问50万多家。") == 509999
    assert hi("担任法律顾问50多万家。") == 599999
    assert hi("共120万余件。") == 1209999
    assert hi("共有3万余人。") == 39999


def test_a_ratio_of_two_counts_is_read_after_its_name_or_written_x_to_one() -> None:
    def read(text: str) -> list[tuple[str, str, float | None]]:
        return [(m.text, m.kind, m.quantity.value if m.quantity else None) for m in scan(text)]

    assert read("复议诉讼比值达2.6。") == [("2.6", "ratio", 2.6)]
    assert read("复议与诉讼案件比为1.5:1。") == [("1.5:1", "ratio", 1.5)]
    assert read("复议与诉讼比例约为2.5∶1") == [("2.5∶1", "ratio", 2.5)]
    [m] = scan("比例约为2.5:1")
    assert m.quantity is not None and m.quantity.qualifier == "about"
    # not a ratio of counts over one: 1:3, a clock time, a bare figure after 比例 or 比上年
    for text in ("男女比例为1:3", "比值为12:30", "比例为23，", "比上年的2.6"):
        assert all(m.kind != "ratio" for m in scan(text)), text


def test_bare_figures_joined_by_dun_share_the_unit_of_the_last() -> None:
    got = [
        (m.text, m.kind, m.quantity.unit if m.quantity else None)
        for m in scan("分别为3218、3051、2821起，共计9090起。")
    ]
    assert got[:3] == [("3218", "count", "起"), ("3051", "count", "起"), ("2821起", "count", "起")]
    # not across a scale the last one's unit carries (1.5 is no 1.5起), nor before a date or a rate
    scaled = [(m.text, m.kind) for m in scan("分别为1.5、2.3万起。")]
    assert ("1.5", "count") not in scaled
    assert all(m.kind != "count" for m in scan("2019、2020年和4.01、3.35个百分点")[:1])


def test_a_bare_figure_after_a_step_and_its_cases_counts_cases() -> None:
    got = [(m.text, m.kind) for m in scan("全市共受理案件51571，立案51229件，立案率99.34%。")]
    assert ("51571", "count") in got


def test_a_form_s_blank_filled_in_is_a_count_in_its_unit() -> None:
    # (a template's blank, 发布政务信息( )条, filled in: the figure in brackets right before its unit)
    text = "发布政务信息(1386)条，其中：概况类信息（22）条、政务动态信息(1335)条。"
    got = [(m.text, m.quantity.value, m.quantity.unit) for m in scan(text) if m.quantity is not None]
    assert got == [("(1386)条", 1386, "条"), ("（22）条", 22, "条"), ("(1335)条", 1335, "条")]
    # (an item's number, a provision cited, or a count with a space before the next word, is none)
    for other in ["（1）条例修订工作", "依据第(2)项规定", "留言(0) 人气()"]:
        assert [m for m in scan(other) if m.quantity is not None] == [], other


def test_about_reaches_less_far_the_more_digits_it_shows() -> None:
    # (约1.2万人 or 约200人 hedge the size; 约12.85% hedges only its rounding)
    def q(text: str) -> tuple[float, float]:
        got = next(m.quantity for m in scan(text) if m.quantity is not None)
        assert got is not None and got.low is not None and got.high is not None
        return got.low, got.high

    assert q("约1.2万人") == pytest.approx((9700, 14300), abs=1)
    assert q("约200人")[0] < 175 < 225 < q("约200人")[1]
    low, high = q("平均审减率约12.85%")
    assert 12.5 < low < 12.85 < high < 13.2
    low, high = q("纠错率约19.2%")
    assert 18 < low < 18.5 and 19.9 < high < 20.5
