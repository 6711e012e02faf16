"""The number grammar on the readings of issue 14, in sentences written the way the reports write:
decimals in characters, hotline numbers beside real figures, per mille, minus signs, approximate
numerals, an elided last unit, financial numerals, bounds and spans, 成 before an ASCII comma, URLs.

Every case states the whole reading (value, unit, qualifier, interval): a wrong value is worse than
no value, so a figure hecha should not read is asserted to be absent.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hecha.model import Mention, Quantity
from hecha.numbers import parse_cn_number, scan


def quantities(text: str) -> list[Mention]:
    return [m for m in scan(text) if m.quantity is not None]


def only(text: str) -> tuple[str, Quantity]:
    """The one quantity a sentence states: its text and its reading."""
    ms = quantities(text)
    assert len(ms) == 1, [(m.text, m.quantity) for m in ms]
    assert ms[0].quantity is not None
    return ms[0].text, ms[0].quantity


def values(text: str) -> list[float]:
    return [m.quantity.value for m in quantities(text) if m.quantity is not None]


# -- 1. decimals written in characters ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("行政诉讼败诉率下降零点五个百分点。", "零点五个百分点", 0.5, "个百分点"),
        ("行政复议收案数增长二点五倍。", "二点五倍", 2.5, "倍"),
        ("罚没款一万零十二点一五元。", "一万零十二点一五元", 10012.15, "元"),
        ("办结率提高一点二个百分点，", "一点二个百分点", 1.2, "个百分点"),
        ("全年投入两千三点一万元。", "两千三点一万元", 23_001_000, "元"),
    ],
)
def test_decimals_in_characters_keep_their_whole_part(text: str, span: str, value: float, unit: str) -> None:
    got, q = only(text)
    assert (got, q.unit, q.qualifier) == (span, unit, "=")
    assert q.value == pytest.approx(value)


def test_decimal_cheng_is_a_percentage() -> None:
    got, q = only("群众满意度达八点五成。")
    assert (got, q.unit) == ("八点五成", "%")
    assert q.value == pytest.approx(85) and q.low == pytest.approx(84.5) and q.high == pytest.approx(85.5)


def test_two_after_a_point_is_read_as_nothing() -> None:
    # 一点两小时 is spoken for 1.2 hours; 两 is no decimal digit, and 两小时 alone would be wrong
    assert quantities("会议开了一点两小时") == []


# -- 2. hotline numbers and real figures --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("全年投入110万元用于法治宣传。", "110万元", 1_100_000, "元"),
        ("受理120起行政复议申请。", "120起", 120, "起"),
        ("培训执法人员119名。", "119名", 119, "名"),
        ("完成年度目标的百分之120。", "百分之120", 120, "%"),
        ("12345热线转办12345件。", "12345件", 12345, "件"),
    ],
)
def test_hotline_numbers_with_a_unit_are_figures(text: str, span: str, value: float, unit: str) -> None:
    got, q = only(text)
    assert (got, q.value, q.unit) == (span, value, unit)


@pytest.mark.parametrize(
    "text", ["群众可拨打110报警。", "开通120急救电话", "依托12345热线", "110、119、120联动机制"]
)
def test_hotlines_without_a_unit_are_names(text: str) -> None:
    ms = scan(text)
    assert ms and all(m.quantity is None and m.kind == "name" for m in ms), [(m.text, m.kind) for m in ms]


# -- 3. per mille ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "low", "high"),
    [
        ("万人行政复议发案率3.2‰。", "3.2‰", 0.32, 0.315, 0.325),
        ("败诉率控制在千分之三以内。", "千分之三以内", 0.3, None, 0.3),
        ("差错率为万分之五。", "万分之五", 0.05, 0.045, 0.055),
        ("差错率为壹仟分之贰。", "壹仟分之贰", 0.2, 0.15, 0.25),
    ],
)
def test_per_mille_is_a_tenth_of_a_percent(
    text: str, span: str, value: float, low: float | None, high: float | None
) -> None:
    got, q = only(text)
    assert (got, q.unit) == (span, "%")
    assert q.value == pytest.approx(value)
    assert q.low == pytest.approx(low) if low is not None else q.low is None
    assert q.high == pytest.approx(high) if high is not None else q.high is None


# -- 4. minus signs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("行政复议案件同比增长-3.9%。", "-3.9%", -3.9),
        ("收案数增幅为负3.9%。", "负3.9%", -3.9),
        ("行政应诉案件较上年增加－12件。", "－12件", -12),
        ("诉讼案件增长负三十二件。", "负三十二件", -32),
    ],
)
def test_minus_signs_are_kept(text: str, span: str, value: float) -> None:
    got, q = only(text)
    assert got == span and q.value == pytest.approx(value)
    assert q.low is not None and q.high is not None and q.low <= value <= q.high < 0


def test_negative_table_cells_are_negative() -> None:
    text = "| 项目 | 增减（件） | 增幅 |\n|---|---|---|\n| 行政复议 | -12 | -3.9% |\n"
    got = [(m.text, m.quantity.value, m.quantity.unit) for m in quantities(text) if m.quantity is not None]
    assert got == [("-12", -12, "件"), ("-3.9%", -3.9, "%")]


@pytest.mark.parametrize("text", ["（2021-2023年）", "GB-3件", "编号A-12件"])
def test_a_dash_after_a_figure_or_a_letter_is_no_minus(text: str) -> None:
    assert all(m.quantity is None or m.quantity.value >= 0 for m in scan(text))


# -- 5. approximate numerals -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("新设立二三十家调解组织。", "二三十家", 20, 30),
        ("约有七八成的案件以调解结案。", "七八成", 70, 80),
        ("排查矛盾纠纷三四百件。", "三四百件", 300, 400),
        ("配备一两名法律顾问。", "一两名", 1, 2),
    ],
)
def test_neighbouring_digits_state_a_span(text: str, span: str, low: float, high: float) -> None:
    got, q = only(text)
    assert (got, q.qualifier) == (span, "range")
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)


@pytest.mark.parametrize(
    ("text", "span", "low", "cap"),
    [
        ("全市数十家单位参与。", "数十家", 10, 100),
        ("惠及群众数十万人次。", "数十万人次", 100_000, 1_000_000),
        ("几百人参加旁听。", "几百人", 100, 1000),
        ("十几名律师参与接访。", "十几名", 10, 20),
        ("涉案金额二十几万元。", "二十几万元", 200_000, 300_000),
    ],
)
def test_few_and_several_are_bounded_not_exact(text: str, span: str, low: float, cap: float) -> None:
    got, q = only(text)
    assert (got, q.qualifier, q.low, q.high) == (span, ">=", low, None)
    assert q.cap == pytest.approx(cap)


def test_a_count_after_a_noun_ending_in_shu_is_exact() -> None:
    got, q = only("参训人数十五人。")
    assert (got, q.value, q.qualifier) == ("十五人", 15, "=")


# -- 6. elided last unit, ill-formed runs ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("调解纠纷一千三件。", 1300),
        ("培训两千四百五人次。", 2450),
        ("走访一万三户。", 13000),
        ("罚没九十二万四元。", 924_000),
        ("完成计划的百分之一千二百。", 1200),
        ("拨付资金四万万元。", 400_000_000),
        ("投入一百零十万元。", 1_100_000),
    ],
)
def test_an_elided_last_unit_is_one_place_lower(text: str, value: float) -> None:
    assert values(text) == [pytest.approx(value)]


def test_an_ill_formed_run_is_read_up_to_where_it_is_well_formed() -> None:
    got, q = only("百分之九十百姓表示满意。")
    assert (got, q.value) == ("百分之九十", 90)


def test_digits_one_by_one_are_no_count() -> None:
    assert quantities("开展“三零”创建，一二九运动纪念日") == []


def test_a_circle_typed_for_zero_makes_a_year() -> None:
    ms = scan("二○一四年度全市行政复议")
    assert [(m.text, m.kind) for m in ms] == [("二○一四年", "year")]


def test_zhao_is_set_aside() -> None:
    # 兆 is a million to some writers and a million million to others
    assert quantities("总额四十九兆九千五百九十二亿元") == []


# -- 7. financial numerals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("拨付专项经费壹仟零伍拾元。", "壹仟零伍拾元", 1050),
        ("受理投诉壹百五十件。", "壹百五十件", 150),
        ("共计伍拾万元。", "伍拾万元", 500_000),
        ("合同金额贰拾叁万肆仟元。", "贰拾叁万肆仟元", 234_000),
        ("调解队伍五十人。", "五十人", 50),
        ("调解队伍十余人。", "十余人", 10),
        ("收拾整理档案三十卷。", "三十卷", 30),
    ],
)
def test_financial_numerals(text: str, span: str, value: float) -> None:
    got, q = only(text)
    assert (got, q.value) == (span, value)


@pytest.mark.parametrize(
    "text",
    [
        "加强执法队伍建设",
        "入伍退伍军人服务",
        "收拾整理，拾起",
        "大陆地区、登陆平台",
        "肆意妄为",
        "陆续出台3项",
    ],
)
def test_words_with_financial_characters_are_not_numbers(text: str) -> None:
    assert all(m.quantity is None or m.quantity.value == 3 for m in scan(text))
    assert all(m.start != text.find(c) for m in scan(text) for c in "伍拾陆肆" if c in text)


# -- 8. bounds and spans -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "qualifier", "low", "high"),
    [
        ("专题学习每年至少10次。", "至少10次", ">=", 10, None),
        ("每案延期最多3次。", "最多3次", "<=", None, 3),
        ("每人每年不少于40学时。", "不少于40学时", ">=", 40, None),
        ("办理期限不超过5天。", "不超过5天", "<=", None, 5),
        ("群众满意度大于90%。", "大于90%", ">=", 90, None),
        ("差错率小于1%。", "小于1%", "<=", None, 1),
    ],
)
def test_bound_words_state_bounds(
    text: str, span: str, qualifier: str, low: float | None, high: float | None
) -> None:
    got, q = only(text)
    assert (got, q.qualifier, q.low, q.high) == (span, qualifier, low, high)


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("每期培训20~100人。", "20~100人", 20, 100, "人"),
        ("预计受理一千件到一千五百件。", "一千件到一千五百件", 1000, 1500, "件"),
        ("每案补助3至5万元。", "3至5万元", 25_000, 55_000, "元"),  # 3万 is read as rounded
        ("办理时限压缩至3—5个工作日。", "3—5个", 3, 5, "个"),
        ("纠错率在10%-20%之间。", "10%-20%", 9.5, 20.5, "%"),
    ],
)
def test_spans_are_one_interval(text: str, span: str, low: float, high: float, unit: str) -> None:
    got, q = only(text)
    assert (got, q.qualifier, q.unit) == (span, "range", unit)
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)


def test_from_a_to_b_is_a_change_not_a_span() -> None:
    assert values("案件数从1000件到1500件，") == [1000, 1500]


def test_a_date_after_zhi_is_not_a_span_end() -> None:
    assert values("1至9月受理35件") == [35]


# -- 9. 成 before an ASCII comma, URLs, grouped digits -----------------------------------------------


def test_cheng_before_an_ascii_comma() -> None:
    assert values("九成,五成,八点五成。") == [90, 50, 85]


def test_cheng_followed_by_a_digit_is_not_read_in_part() -> None:
    assert quantities("七成 六") == []  # 七成六 is 76%: never 70%


@pytest.mark.parametrize(
    "text",
    [
        "详见 https://www.gov.cn/search?q=30%25%2020%",
        "原文 http://example.org/a?issn%280024%2D9114%29%20and%20%28ti%29",
        "网址www.example.cn/x?p=15%20件",
    ],
)
def test_percent_encoded_urls_yield_no_figures(text: str) -> None:
    assert quantities(text) == []


def test_full_width_comma_groups_digits_only_in_percentages() -> None:
    _, q = only("增长百分之1，200。")
    assert q.value == 1200
    ms = scan("受理4，565件")
    assert [(m.text, m.kind) for m in ms] == [("4，565", "unread")]  # 4565 or 4 and 565: not guessed


def test_ten_thousands_and_the_four_digits_below_them() -> None:
    assert values("设立职业卫生管理机构的7万9691家") == [79691]
    assert values("共配备专业人员11萬3539人") == [113539]
    assert values("其中7万0300家") == [70300]
    assert values("3万40人") == [] and values("1.5万3000人") == []  # (the rest not spelled to its last digit)
    # (the four digits grouped, as Taiwan's and Hong Kong's pages write them; not a group cut short)
    assert values("受理1萬8,272件，办结2萬4,034件") == [18272, 24034]
    assert values("7万96912家") == [] and values("受理1万8,27件") == [27]


def test_volumes_vessels_and_vehicle_trips_are_quantities() -> None:
    assert values("全市总用水量18.9768亿立方米") == [pytest.approx(1897680000)]
    assert values("陆水河沿线共有采砂船108艘") == [108]
    assert values("检测货车32万车次，卸载15万车次") == [320000, 150000]
    assert values("查处超限运输车辆42.1万辆次") == [pytest.approx(421000)]


def test_couples_are_counted_in_dui() -> None:
    assert values("全市共办理婚姻登记7056对，其中结婚登记5081对，离婚登记1975对") == [7056, 5081, 1975]
    assert values("开展1对1帮扶") == [] and values("组织12人对接企业") == [12]  # (对 of a phrase: no unit)


def test_a_figure_after_a_times_sign_is_part_of_a_product() -> None:
    assert values("服务人口7.7×104人") == []  # (7.7×10⁴, its superscript flattened: not 104 persons)
    assert values("服务人口7.7万人") == [77000]


@pytest.mark.parametrize(
    "text", ["增长百分之15K", "3万4000人", "1千零20件", "16/5件", "2^5件", "增长三又三分之一倍"]
)
def test_numerals_hecha_does_not_read_give_no_wrong_part(text: str) -> None:
    wrong = {15, 4000, 20, 5, 3, 33.333333}
    assert not [v for v in values(text) if any(v == pytest.approx(w) for w in wrong)]


# -- spacing and words -------------------------------------------------------------------------------


def test_spaced_characters_from_pdf_text() -> None:
    assert values("审结 一 百 五 十 二 件") == [152]
    _, q = only("提高 四 点 五 个 百 分 点")
    assert (q.value, q.unit) == (4.5, "个百分点")


def test_parts_are_not_zero_cases() -> None:
    assert values("采购零件3批。") == [3]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一千三", 1300),
        ("两千四百五", 2450),
        ("九十二万四", 924_000),
        ("四万万", 400_000_000),
        ("一万五千亿", 1.5e12),
        ("壹仟零伍拾", 1050),
        ("拾万零五十六", 100_056),
        ("两千三点一", 2300.1),
        ("零十", 10),
        ("二〇二三", 2023),
    ],
)
def test_parse_cn_number(text: str, value: float) -> None:
    assert parse_cn_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["九十百", "十十", "万", "百", "一点两", "二十几"])
def test_parse_cn_number_refuses_ill_formed_numerals(text: str) -> None:
    assert parse_cn_number(text) is None


# -- never raises, spans exact ------------------------------------------------------------------------

NUMERAL_ALPHABET = (
    "0123456789一二两三四五六七八九十百千万亿零〇○壹贰叁肆伍陆柒捌玖拾佰仟几数兆点分之又负-−－~～至到从"
    "%‰成件人元个百分点第年月约近余多以上 \t,，.·/^eEkK队收"
)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=NUMERAL_ALPHABET, max_size=40))
def test_scan_on_numeral_soup_never_raises_and_cites_exactly(t: str) -> None:
    last_end = 0
    for m in scan(t):
        assert t[m.start : m.end] == m.text and m.start >= last_end  # sorted, not overlapping
        last_end = m.end
        q = m.quantity
        if q is not None:
            assert q.low is None or q.high is None or q.low <= q.high, (t, m)


# -- thousands grouped by spaces (print layouts, journals) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            "行政判决书45 317份，行政裁定书59 643份，共计104 960份。",
            ["45 317份", "59 643份", "104 960份"],
            [45317, 59643, 104960],
        ),
        ("再审案件裁判文书有8\u2009739份。", ["8\u2009739份"], [8739]),  # a thin space
        ("全年罚没款12 500.5 万元。", ["12 500.5 万元"], [125_005_000]),
    ],
)
def test_groups_of_three_after_a_space_are_thousands(
    text: str, spans: list[str], expected: list[float]
) -> None:
    assert [m.text for m in quantities(text)] == spans
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "审结1 6件。",  # a stray space inside a figure: garbled, left unread
        "受理 35 125 90 件",  # a row of numbers: the last group is not three digits
        "编号 1 234",  # no word after the figure: a list of numbers as likely as one
    ],
)
def test_spaces_that_are_not_grouping_give_no_thousands(text: str) -> None:
    assert not any(v >= 1000 for v in values(text)), [(m.text, m.quantity) for m in quantities(text)]


# -- letters counted in 封 --------------------------------------------------------------------------


def test_letters_are_counted_in_feng_not_in_words_that_begin_with_it() -> None:
    assert [m.text for m in quantities("书记县长信箱信件102封，网上来信41封。")] == ["102封", "41封"]
    # (a figure before a word that begins with 封 counts no letters: 15封控区域 are 15 areas under control)
    assert all(m.quantity is None or m.quantity.unit != "封" for m in scan("全市15封控区域、3封闭小区已解除"))


def test_the_top_of_a_ranking_after_qian_counts_no_persons() -> None:
    for text in ("在前十名中，东部城市占据8个", "排名前三位的是", "位居全省前5名", "进入全国前20强"):
        assert all(m.kind == "ordinal" for m in scan(text) if m.text[0] in "十三52"), text
    # (前 ending a word of time: 目前5名, 此前3位 are persons)
    assert [m.text for m in quantities("目前5名犯罪嫌疑人已到案，此前3位当事人")] == ["5名", "3位"]
