"""Pipe tables: bare numbers take the unit of their column header, the header names the metric, the
row's first cell gives the topic, and each row is checked on its own."""

from __future__ import annotations

from hecha.model import Document
from hecha.pipeline import Checker
from hecha.tables import find_tables

TABLE = """二、行政复议情况

全区行政复议案件办理情况见下表。

| 单位 | 收到申请（件） | 受理（件） | 审结（件） | 纠错率 |
|---|---|---|---|---|
| 区政府 | 35 | 35 | 25 | 24% |
| 区司法局 | 12 | {accepted} | 10 | 30% |
"""


def test_table_cells_become_facts(checker: Checker) -> None:
    res = checker.check_document(Document("t", "t.txt", TABLE.format(accepted=11)))
    assert [(f.mention.text, f.metric, f.q.unit) for f in res.facts][:4] == [
        ("35", "review.applications", "件"),
        ("35", "review.accepted", "件"),
        ("25", "review.concluded", "件"),
        ("24%", "review.correction_rate", "%"),
    ]
    assert len({f.paragraph for f in res.facts}) == 2  # one paragraph per row
    assert not res.findings


def test_table_row_is_checked(checker: Checker) -> None:
    res = checker.check_document(Document("t", "t.txt", TABLE.format(accepted=14)))
    assert [f.rule for f in res.findings] == ["HC204"]
    assert "受理14件多于收到申请12件" in res.findings[0].message


FLAT = """行政复议案件办理情况如下：

单位
收到申请（件）
受理（件）
审结（件）
区政府
35
35
25
区司法局
12
{accepted}
10

以上数据截至12月31日。"""


def test_flattened_table(checker: Checker) -> None:
    ok = checker.check_document(Document("f", "f.txt", FLAT.format(accepted=11)))
    assert [(f.mention.text, f.metric) for f in ok.facts][:3] == [
        ("35", "review.applications"),
        ("35", "review.accepted"),
        ("25", "review.concluded"),
    ]
    assert not ok.findings
    bad = checker.check_document(Document("f", "f.txt", FLAT.format(accepted=14)))
    assert [f.rule for f in bad.findings] == ["HC204"]


def test_signature_block_is_not_a_table(checker: Checker) -> None:
    text = "中共长沙市岳麓区委员会\n\n长沙市岳麓区人民政府\n\n      2025228\n\n扫一扫在手机打开"
    assert not checker.check_document(Document("s", "s.txt", text)).facts


# --- layouts the reader must take apart, and what the tables state -----------------------------

CELL_A_LINE = """承办县区 |
总件数 |
处理中 |
已办结 |
办结率 |
临渭区 |
212 |
4 |
208 |
98% |
蒲城县 |
127 |
1 |
126 |
99% |
总计 |
{total} |
5 |
334 |
{rate} |
"""


def test_a_cell_a_line_table_is_read_as_rows(checker: Checker) -> None:
    from hecha.tables import find_tables

    [t] = find_tables(CELL_A_LINE.format(total=339, rate="99%"))
    assert [c.text for c in t.header] == ["承办县区", "总件数", "处理中", "已办结", "办结率"]
    assert [[c.text for c in row] for row in t.rows][-1] == ["总计", "339", "5", "334", "99%"]


def test_a_total_row_and_a_rate_column_are_checked(checker: Checker) -> None:
    ok = checker.check_document(Document("t", "t.txt", CELL_A_LINE.format(total=339, rate="99%")))
    assert not [f for f in ok.findings if f.severity != "info"], [f.message for f in ok.findings]
    bad = checker.check_document(Document("t", "t.txt", CELL_A_LINE.format(total=349, rate="99%")))
    assert "HC002" in {f.rule for f in bad.findings}  # 212 + 127 ≠ 349
    rate = checker.check_document(Document("t", "t.txt", CELL_A_LINE.format(total=339, rate="69%")))
    assert "HC009" in {f.rule for f in rate.findings}  # 334 ÷ 339 is not 69%


GOV_INFO = """| (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |
| 自然人 | 法人或其他组织 | 总计 |
| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |
| 一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | {total} |
| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
"""


def test_a_total_column_sums_its_row(checker: Checker) -> None:
    assert not checker.check_document(Document("g", "g.txt", GOV_INFO.format(total=66))).findings
    bad = checker.check_document(Document("g", "g.txt", GOV_INFO.format(total=73)))
    assert [f.rule for f in bad.findings] == ["HC002"]


# (a header naming the classes of a column 其中:1类 | 2类: no list of a figure, whatever the grammar reads in it)
CLASSES_HEADER = """学段 |
2021年春 | 2021年秋 | 全年 | |||||
财政下达资金 | 资助金额 | 资助人数(人) | 其中:1类 | 2类 | 财政下达资金 | 资助金额 | 资助人数 | 其中:1类 | 2类 |
人数 | 金额 | 人数 | 金额 | 人数 | 金额 | 人数 | 金额 | ||||
学前教育 | 国家助学金 | 27.1 | 27.1 | 313 | 229 | 22.9 | 84 | 4.2 | 26.9 | 306 | 232 | 23.2 | 74 |
"""


def test_a_header_naming_classes_is_no_list(checker: Checker) -> None:
    doc = checker.check_document(Document("t", "t.txt", CLASSES_HEADER))
    assert not [f for f in doc.findings if f.severity != "info"], [f.message for f in doc.findings]


# (有效警情 spans the kinds and their 小计, 无效报警 stands after them: flattened, the names no longer fit the values)
SPANNED = """| 警情类型 | 有效警情 | 无效报警 | 刑事类 | 治安类 | 火灾 | 小计 |
| 上周 | 62 | 242 | 3 | {subtotal} | 7912 |
| 本周 | 70 | 272 | 11 | 353 | 8467 |
"""


def test_a_total_column_no_row_adds_up_to_is_a_misread_header(checker: Checker) -> None:
    assert not checker.check_document(Document("t", "t.txt", SPANNED.format(subtotal=307))).findings
    # (the subtotal before it adds up in the other row: a slip in one row is still seen)
    bad = checker.check_document(Document("t", "t.txt", SPANNED.format(subtotal=407)))
    assert [f.rule for f in bad.findings] == ["HC002"] and "407" in bad.findings[0].message


BLANK_LINES = "承办单位\n\n承办件数\n\n办结数\n\n在办数\n\n" + "\n\n".join(
    f"{name}\n\n{a}\n\n{b}\n\n{c}"
    for name, a, b, c in [
        ("汉台区", 96, 91, 5),
        ("南郑区", 43, 34, 9),
        ("城固县", 25, 22, 3),
        ("洋县", 12, 10, 2),
    ]
)


def test_an_identity_every_other_row_holds_is_checked_in_the_odd_row(checker: Checker) -> None:
    assert not checker.check_document(Document("b", "b.txt", BLANK_LINES)).findings
    bad = checker.check_document(Document("b", "b.txt", BLANK_LINES.replace("43\n\n34", "48\n\n34")))
    assert [f.rule for f in bad.findings] == ["HC002"]  # 34 + 9 ≠ 48, where 承办 = 办结 + 在办 elsewhere


ACROSS = """三、行政复议申请涉及的事项
2024年度新受理行政复议申请151件，具体情况见下表。
申请事项  | 举报投诉处理  | 政府信息公开  | 行政处罚  | 行政强制  | 终止调查  |
数量  | 75件  | 16件  | 40件  | 0件  | 4件  |
占新受理数比例  | 49.66%  | 10.59%  | {share}  | 0  | 2.64%  |
"""


def test_a_table_laid_across_pairs_each_share_with_the_count_above_it(checker: Checker) -> None:
    ok = checker.check_document(Document("t", "t.txt", ACROSS.format(share="26.49%")))
    assert not [f for f in ok.findings if f.severity != "info"], [f.message for f in ok.findings]
    bad = checker.check_document(Document("t", "t.txt", ACROSS.format(share="36.49%")))
    assert "HC003" in {f.rule for f in bad.findings}  # 40 of the 151 the other shares agree on is 26.5%


# a table laid out in pairs side by side and printed in two pieces, its header repeated before the
# second; the one figure of its 总计 row totals every 数量 cell of both pieces
WRAPPED = """表1：各地受理行政复议案件情况
省份  | 数量  | 省份  | 数量  |
甲省  | 300  | 丙省  | 120  |
乙省  | 200  | 丁省  | 80  |
省份  | 数量  | 省份  | 数量  |
戊省  | 60  | 己省  | 40  |
总计  | {total}  | ||
"""


def test_a_header_repeated_part_way_down_continues_the_table() -> None:
    from hecha.tables import find_tables

    [t] = find_tables(WRAPPED.format(total=800))
    # (one record a row, the left one first: the pairs side by side are read as the rows they are)
    assert [r[0].text.strip() for r in t.rows] == ["甲省", "丙省", "乙省", "丁省", "戊省", "己省", "总计"]
    assert [c.text.strip() for c in t.header] == ["省份", "数量"]


def test_a_total_row_of_a_table_in_pairs_totals_every_pair(checker: Checker) -> None:
    ok = checker.check_document(Document("t", "t.txt", WRAPPED.format(total=800)))
    assert not [f for f in ok.findings if f.severity != "info"]
    bad = checker.check_document(Document("t", "t.txt", WRAPPED.format(total=900)))
    assert [f.rule for f in bad.findings if f.severity == "error"] == ["HC002"]


STOCK = (
    "二、主动公开政府信息情况\n\n第二十条第(一)项\n\n信息内容\n\n本年新\n制作数量\n\n本年新\n公开数量\n\n"
    "对外公开总数量\n\n规章\n\n0\n\n1\n\n2\n\n规范性文件\n\n2\n\n1\n\n1\n"
)


def test_what_was_published_in_all_is_no_total_of_this_years_additions(checker: Checker) -> None:
    res = checker.check_document(Document("s", "s.txt", STOCK))
    assert not [f for f in res.findings if f.severity != "info"]
    assert checker.check_document(
        Document("g", "g.txt", GOV_INFO.format(total=73))
    ).findings  # (a 合计 still is)


def test_a_row_aligned_under_names_it_cannot_fit_is_no_table(checker: Checker) -> None:
    # a header broken over lines and a cut-off row: the last names would put 8745 under 纠错率
    from hecha.tables import find_tables

    head = "新收\n\n案件\n\n办结案件\n\n总计\n\n维持\n\n驳回\n\n直接\n\n纠错\n\n纠错率\n\n和解、\n\n调解\n\n综合调撤率(含受理前调撤)\n\n"
    bad = head + "8745\n\n7574\n\n362\n\n2480\n\n841\n\n75"
    assert not find_tables(bad)
    doc = checker.check_document(Document("t", "t.txt", "全市行政复议案件情况如下。\n\n" + bad))
    assert not [f for f in doc.findings if f.severity != "info"]
    # a rate under its name, or a count under a count's, is read
    [t] = find_tables(
        head + "\n\n".join(["8745", "7574", "362", "2480", "841", "75", "12.5%", "30", "20", "16.4"])
    )
    assert t.rows[0][-1].text == "16.4"


def test_a_measure_word_under_a_single_name_is_no_table() -> None:
    # (a flattened page: 合计 | 数量 | 8 made a one-row table with no name over its value, and an IndexError)
    assert find_tables("合计\n数量\n8") == ()
    assert find_tables("事项\n行政处罚\n行政许可\n总计\n数量\n33\n21\n54")  # (names over the values: a table)


BULLETIN = """收案 | 结案 | 未结 | |
合计 | {total} | 1390 | 180 |
刑事一审 | 1200 | 1190 | 150 |
刑事二审 | 128 | 127 | 20 |
强制医疗监督 | |||
其他刑事案件 | 80 | 73 | 10 |
"""


def test_a_total_row_opening_a_bulletins_table_totals_the_kinds_below(checker: Checker) -> None:
    ok = checker.check_document(Document("b", "b.txt", BULLETIN.format(total=1408)))
    assert not [f for f in ok.findings if f.severity != "info"], [f.message for f in ok.findings]
    bad = checker.check_document(Document("b", "b.txt", BULLETIN.format(total=1308)))
    assert "HC002" in {f.rule for f in bad.findings}  # 1200 + 128 + 80 ≠ 1308
    # (a kind with nothing reported is a row of the table, not the header of another)
    [t] = find_tables(BULLETIN.format(total=1408))
    assert [c.text for c in t.rows[3]] == ["强制医疗监督", "", "", ""]
    # (rows nested under others, 刑事 above 刑事一审 or a 其中 row, make no total of the rows below)
    nested = "| 类别 | 收案 | 结案 |\n| 合计 | 300 | 280 |\n| 刑事 | 200 | 190 |\n| 刑事一审 | 100 | 90 |\n| 民事 | 100 | 90 |\n"
    totals = ("breakdown", "share")  # (the steps of each row, 收案 then 结案, are read all the same)
    assert not [g for g in checker.check_document(Document("n", "n.txt", nested)).groups if g.kind in totals]
    nested = nested.replace("刑事一审", "其中：一审")
    assert not [g for g in checker.check_document(Document("n", "n.txt", nested)).groups if g.kind in totals]


def test_a_change_column_compares_the_periods_past_a_share_column_between(checker: Checker) -> None:
    text = (
        "各类主要案由情况如下表\n"
        "| 案由 | 2021年上半年新收 | 占民事一审新收总数比例 | 2020年上半年新收 | 增幅 |\n"
        "| 民间借贷纠纷 | 4159 | 15.96% | 6132 | {} |\n"
        "| 离婚纠纷 | 2821 | 10.83% | 3878 | -27.26% |\n"
    )
    ok = checker.check_document(Document("c", "c.txt", text.format("-32.18%")))
    assert not [f for f in ok.findings if f.severity != "info"], [f.message for f in ok.findings]
    bad = checker.check_document(Document("c", "c.txt", text.format("-12.18%")))
    assert "HC006" in {f.rule for f in bad.findings}  # (4159 − 6132) ÷ 6132 = −32.18%


BARRED = (
    "1-6月，两级法院共新收民事一审案件{total}件，其中各类主要案由占比如下表\n"
    "案由\n|\n新收\n|\n占民事一审新收总数比例\n|\n"
    "民间借贷纠纷\n|\n4159\n|\n15.96%\n|\n离婚纠纷\n|\n2821\n|\n10.83%\n|\n"
    "机动车交通事故\n责任纠纷\n|\n2456\n|\n{share}\n|\n买卖合同纠纷\n|\n1982\n|\n7.61%\n|\n"
)


def test_a_cell_wrapped_between_bar_lines_is_one_cell() -> None:
    [t] = find_tables(BARRED.format(total=26059, share="9.42%"))
    assert [c.text for c in t.rows[2]] == ["机动车交通事故\n责任纠纷", "2456", "9.42%"]


def test_a_share_column_is_of_the_count_stated_before_a_table_without_a_total_row(checker: Checker) -> None:
    ok = checker.check_document(Document("s", "s.txt", BARRED.format(total=26059, share="9.42%")))
    assert not [f for f in ok.findings if f.severity != "info"], [f.message for f in ok.findings]
    bad = checker.check_document(Document("s", "s.txt", BARRED.format(total=26059, share="19.42%")))
    assert "HC003" in {f.rule for f in bad.findings}  # (2456 ÷ 26059 = 9.42%; the others fit)
    # (a count before the table that most shares do not fit is no whole of them)
    other = checker.check_document(Document("s", "s.txt", BARRED.format(total=36059, share="9.42%")))
    assert not [f for f in other.findings if f.severity != "info"], [f.message for f in other.findings]


# an indexed table a cell a line whose names break over lines (合 格 ⏎ 批次数): as many names as the first row's
# values once each piece that names no measure runs on into the next
BROKEN_NAMES = (
    "表3 各行政区域抽查情况\n序号\n抽样区域\n各区域抽查批次数\n合 格\n批次数\n不合格批次数\n合格率(%)\n不合格率(%)\n"
    "1\n巴州区\n127\n117\n10\n92.13\n7.87\n2\n恩阳区\n85\n76\n9\n{rate}\n10.59\n"
    "3\n经开区\n18\n16\n2\n88.89\n11.11\n合计\n230\n209\n21\n90.87\n9.13\n"
)


def test_names_broken_over_lines_are_joined_to_the_first_row_s_width(checker: Checker) -> None:
    [t] = find_tables(BROKEN_NAMES.format(rate="89.41"))
    assert [c.text for c in t.header[1:]] == [
        "各区域抽查批次数",
        "合 格批次数",
        "不合格批次数",
        "合格率(%)",
        "不合格率(%)",
    ]
    assert [c.text for c in t.rows[1]] == ["恩阳区", "85", "76", "9", "89.41", "10.59"]
    ok = checker.check_document(Document("s", "s.txt", BROKEN_NAMES.format(rate="89.41")))
    assert not [f for f in ok.findings if f.severity != "info"], [f.message for f in ok.findings]
    bad = checker.check_document(Document("s", "s.txt", BROKEN_NAMES.format(rate="79.41")))
    assert "HC009" in {f.rule for f in bad.findings}  # (76 ÷ 85 = 89.41%)


# a split stated before its tables, each table the ranking of one part (of 393 and of 148, not of the 148
# nearest the first table): shares all but one fit name their whole; the one that does not is the slip
SPLIT_BEFORE = (
    "共接转登记投诉类案件541件。在各类投诉中，商品投诉393件，占72.6%；服务投诉148件，占27.4%。\n"
    "投诉商品类排名情况列表\n投诉类别 |\n投诉数量(件) |\n比例(%) |\n"
    "日用百货 |\n75 |\n19.1 |\n家用电器 |\n74 |\n{share} |\n交通工具 |\n39 |\n10 |\n"
    "通讯产品 |\n36 |\n9.1 |\n装修建材 |\n25 |\n6.4 |\n"
)


def test_a_share_column_is_of_the_count_before_the_table_that_all_its_shares_but_one_fit(
    checker: Checker,
) -> None:
    ok = checker.check_document(Document("s", "s.txt", SPLIT_BEFORE.format(share="18.8")))
    assert not [f for f in ok.findings if f.severity != "info"], [f.message for f in ok.findings]
    bad = checker.check_document(Document("s", "s.txt", SPLIT_BEFORE.format(share="23.8")))
    assert "HC003" in {f.rule for f in bad.findings}  # (74 ÷ 393 = 18.8%; the other four fit 393)
    # (no count before the table that all shares but one fit: each 比例 may be of its own whole)
    loose = SPLIT_BEFORE.replace("19.1", "29.1").replace("10 |", "20 |")
    assert not [
        f
        for f in checker.check_document(Document("s", "s.txt", loose.format(share="23.8"))).findings
        if f.severity != "info"
    ]


# a table laid out across, one cell a line: the names, then a row of counts and a row of shares, each led
# by its measure word (事项 heads the label column; 总计 is the row's total, its own share 100%)
ACROSS_ROWS = """表1. 2023年行政复议案件涉及事项
事项 |
行政 处罚 |
政府信息公开 |
行政 许可 |
其他 |
总计 |
数量 |
120 |
60 |
40 |
80 |
300 |
占比 |
40.00% |
20.00% |
{share} |
26.67% |
100% |
"""


def test_a_share_row_under_a_count_row_is_of_the_rows_total(checker: Checker) -> None:
    [t] = find_tables(ACROSS_ROWS.format(share="13.33%"))
    assert [c.text for c in t.rows[1][1:]] == ["40.00%", "20.00%", "13.33%", "26.67%", "100%"]
    ok = checker.check_document(Document("t", "t.txt", ACROSS_ROWS.format(share="13.33%")))
    assert not [f for f in ok.findings if f.severity != "info"], [f.message for f in ok.findings]
    bad = checker.check_document(Document("t", "t.txt", ACROSS_ROWS.format(share="23.33%")))
    assert "HC003" in {f.rule for f in bad.findings if f.severity == "error"}  # 40 of 300 is 13.33%


# a table a bar a line, its rows run on with no break between them (cut at their running numbers) and a 合计 row
NUMBERED_BARS = (
    "2019年下半年各类食品监督抽检结果汇总表\n食品种类\n|\n样品抽检\n数量/批次\n|\n合格样品\n数量/批次\n|\n不合格样品\n"
    "数量/批次\n|\n样品\n不合格率\n|\n|\n1\n|\n粮食加工品\n|\n183408\n|\n181678\n|\n1730\n|\n0.9%\n|\n2\n|\n调味品\n|\n"
    "143179\n|\n142022\n|\n1157\n|\n0.8%\n|\n合计\n|\n{total}\n|\n323700\n|\n2887\n|\n0.9%\n|\n"
)


def test_a_table_a_bar_a_line_is_cut_into_rows_at_its_running_numbers(checker: Checker) -> None:
    [t] = find_tables(NUMBERED_BARS.format(total=326587))
    assert [[c.text for c in r] for r in t.rows] == [
        ["粮食加工品", "183408", "181678", "1730", "0.9%"],
        ["调味品", "143179", "142022", "1157", "0.8%"],
        ["合计", "326587", "323700", "2887", "0.9%"],
    ]
    ok = checker.check_document(Document("b", "b.txt", NUMBERED_BARS.format(total=326587)))
    assert not [f for f in ok.findings if f.severity != "info"], [f.message for f in ok.findings]
    bad = checker.check_document(Document("b", "b.txt", NUMBERED_BARS.format(total=356587)))
    assert [f for f in bad.findings if f.severity != "info"]  # (183408 + 143179 = 326587 in the 合计 row)


def test_a_rate_of_what_failed_is_over_the_rows_total(checker: Checker) -> None:
    # 样品不合格率 = 不合格样品数量 ÷ 样品抽检数量, row by row (a negated rate names the negated count)
    text = NUMBERED_BARS.format(total=326587)
    ok = checker.check_document(Document("b", "b.txt", text))
    assert not [f for f in ok.findings if f.severity != "info"], [f.message for f in ok.findings]
    bad = checker.check_document(Document("b", "b.txt", text.replace("1157\n|\n0.8%", "1157\n|\n1.8%")))
    assert [f for f in bad.findings if f.severity != "info"]  # (1157 ÷ 143179 = 0.8%)


def test_a_table_whose_rows_run_past_its_columns_is_not_read(checker: Checker) -> None:
    # (two rows of a page's table run together, one cell lost: 22 figures under 9 names)
    text = (
        "各类警情统计表\n警情类型 |\n有效警情 |\n无效报警 |\n|||||||||\n刑事类 警情 |\n治安类 警情 |\n治安 灾害 事故 |\n"
        "交通 事故 |\n火灾 |\n群众 救助 |\n举报 投诉 |\n其它 |\n小计 |\n|||\n200 |\n0 |\n366 |\n24 |\n211 |\n0 |\n976 |\n"
        "1858 |\n8516 |\n|||\n162 |\n0 |\n284 |\n6 |\n294 |\n4 |\n781 |\n1593 |\n8061 |\n"
    )
    found = checker.check_document(Document("t", "t.txt", text)).findings
    assert not [f for f in found if f.severity != "info"], [f.message for f in found]


# a cell a line, a slash where a row has nothing (流转中 has no change over last year)
SLASHED = (
    "责任单位 |\n转派工单 |\n占比 |\n同比 |\n环比 |\n县区 |\n15390 |\n84.97% |\n14.08% |\n2.37% |\n市直单位 |\n2013 |\n"
    "{share}% |\n-1.47% |\n0.70% |\n流转中 |\n710 |\n3.92% |\n/ |\n/ |\n总计 |\n18113 |\n100% |\n13.34% |\n5.14% |\n"
)


def test_a_slash_in_a_cell_holds_its_place(checker: Checker) -> None:
    [t] = find_tables(SLASHED.format(share="11.11"))
    assert [c.text for c in t.rows[2]] == ["流转中", "710", "3.92%", "/", "/"]
    assert [c.text for c in t.rows[3]] == ["总计", "18113", "100%", "13.34%", "5.14%"]
    ok = checker.check_document(Document("t", "t.txt", SLASHED.format(share="11.11")))
    assert not [f for f in ok.findings if f.severity != "info"], [f.message for f in ok.findings]
    bad = checker.check_document(Document("t", "t.txt", SLASHED.format(share="21.11")))
    assert [f for f in bad.findings if f.severity != "info"]  # (2013 of 18113 is 11.11%)


def test_numbered_records_printed_two_a_line_are_read_one_a_row(checker: Checker) -> None:
    from hecha.tables import find_tables

    text = (
        "| 序号 | 单位 | 受理 | 办结 | 序号 | 单位 | 受理 | 办结 |\n"
        "| 1 | 甲县 | 120 | 118 | 4 | 丁县 | 80 | {} |\n"
        "| 2 | 乙县 | 95 | 95 | 5 | 戊县 | 66 | 60 |\n"
        "| 3 | 丙县 | 70 | 69 | | | | |\n"
    )
    [t] = find_tables(text.format(79))
    assert [c.text.strip() for c in t.header] == ["单位", "受理", "办结"]
    assert [r[0].text.strip() for r in t.rows] == ["甲县", "丁县", "乙县", "戊县", "丙县"]
    ok = checker.check_document(Document("t", "t.txt", text.format(79)))
    assert not [f for f in ok.findings if f.severity != "info"]
    bad = checker.check_document(Document("t", "t.txt", text.format(279)))
    assert [f.rule for f in bad.findings if f.severity != "info"] == ["HC010"]  # (丁县 concludes 279 of 80)
