"""The 政府信息公开 annual report's standard table, read by its row labels however a page flattened it
(src/hecha/gip_tables.py), and the identities the template states (structures/table.py)."""

from __future__ import annotations

from hecha.gip_tables import COLUMNS, gip_tables
from hecha.tables import find_tables

from .helpers import run_text

ROWS = [
    ("一、本年新收政府信息公开申请数量", [58, 7, 0, 0, 1, 0, 66]),
    ("二、上年结转政府信息公开申请数量", [2, 0, 0, 0, 0, 0, 2]),
    ("(一)予以公开", [40, 5, 0, 0, 1, 0, 46]),
    ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", [16, 1, 0, 0, 0, 0, 17]),
    ("(七)总计", [56, 6, 0, 0, 1, 0, 63]),
    ("四、结转下年度继续办理", [4, 1, 0, 0, 0, 0, 5]),
]
HEAD = (
    "三、收到和处理政府信息公开申请情况\n"
    "| (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||\n"
    "| 自然人 | 法人或其他组织 | 总计 | |||||||\n"
    "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||\n"
)


def pipes(rows: list[tuple[str, list[int]]]) -> str:
    return HEAD + "".join(f"| {label} | {' | '.join(map(str, v))} | ||\n" for label, v in rows)


def cell_a_line(rows: list[tuple[str, list[int]]]) -> str:
    return HEAD + "".join(f"{label} |\n" + "".join(f"{x} |\n" for x in v) for label, v in rows)


def spaced(rows: list[tuple[str, list[int]]]) -> str:
    return HEAD + "".join(f"{label} {' '.join(map(str, v))}\n" for label, v in rows)


def test_the_template_is_read_by_its_row_labels_in_every_layout() -> None:
    for layout in (pipes, cell_a_line, spaced):
        [t] = gip_tables(layout(ROWS))
        assert tuple(c.text for c in t.header[1:]) == COLUMNS
        assert [[c.text for c in row[1:]] for row in t.rows] == [[str(x) for x in v] for _, v in ROWS], layout
        assert t in find_tables(layout(ROWS))  # it replaces what the layout reading made of these lines


def test_a_row_without_seven_numbers_keeps_its_label_and_no_cells() -> None:
    rows = [*ROWS[:3], ("(二)部分公开", [16, 17]), *ROWS[4:]]  # blank cells dropped: columns unknown
    [t] = gip_tables(pipes(rows))
    assert t.rows[3][0].text == "(二)部分公开" and all(c.empty for c in t.rows[3][1:])


def _rules(text: str, checker) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.rule for f in run_text(checker, text).findings if f.severity != "info"]


def test_the_templates_identities_hold_in_a_consistent_table(checker) -> None:  # type: ignore[no-untyped-def]
    for layout in (pipes, cell_a_line, spaced):
        assert not _rules(layout(ROWS), checker), layout


def test_a_wrong_cell_breaks_the_stated_balance_and_its_rows_total(checker) -> None:  # type: ignore[no-untyped-def]
    rows = [*ROWS[:-1], ("四、结转下年度继续办理", [2, 1, 0, 0, 0, 0, 5])]  # 自然人 4 → 2
    assert sorted(set(_rules(pipes(rows), checker))) == ["HC002", "HC013"]  # 2+1 ≠ 5; 60 ≠ 56+2
    rows = [
        ROWS[0],
        ROWS[1],
        ("(一)予以公开", [40, 5, 0, 0, 1, 0, 46]),
        ROWS[3],
        ("(七)总计", [57, 6, 0, 0, 1, 0, 64]),
    ]
    rows.append(ROWS[5])
    assert "HC002" in _rules(cell_a_line(rows), checker)  # the 总计 row is not the sum of the outcomes


def test_a_table_with_an_unread_outcome_row_is_not_summed(checker) -> None:  # type: ignore[no-untyped-def]
    rows = [*ROWS[:3], ("(二)部分公开", [16, 17]), *ROWS[4:]]
    assert "HC002" not in _rules(pipes(rows), checker)  # (七)总计 is not held to the outcomes read


SUITS_HEAD = (
    "四、政府信息公开行政复议、行政诉讼情况\n"
    "| 行政复议 | 行政诉讼 |\n"
    "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n"
    "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
)


def suits(values: list[int], sep: str = " | ") -> str:
    return SUITS_HEAD + sep.join(map(str, values)) + "\n五、存在的主要问题及改进情况\n"


def test_the_review_and_suits_table_is_three_blocks_of_four_outcomes_and_a_total(checker) -> None:  # type: ignore[no-untyped-def]
    ok = [1, 1, 0, 0, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]
    [t] = gip_tables(suits(ok))
    assert [c.text for c in t.rows[0][1:]] == [str(x) for x in ok]
    for sep in (" | ", " |\n", "\n"):
        assert not _rules(suits(ok, sep), checker), sep
    bad = [1, 1, 0, 0, 3, *ok[5:]]  # 1 + 1 + 0 + 0 is not 3
    assert _rules(suits(bad), checker) == ["HC002"]
    assert not gip_tables(suits(ok[:-1]))  # fourteen numbers: a cell lost, columns unknown


def test_documents_issued_this_year_are_in_force_or_abolished(checker) -> None:  # type: ignore[no-untyped-def]
    table = "二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0 |\n行政规范性文件 | {} | 1 | 25 |\n"
    assert not _rules(table.format(5), checker)
    assert not _rules(table.format(26), checker)  # one of them may have been abolished within the year
    [msg] = [f.message for f in run_text(checker, table.format(51)).findings if f.rule == "HC013"]
    assert msg.startswith("行政规范性文件本年制发51，多于现行有效25+本年废止1合计26")
