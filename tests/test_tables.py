"""Pipe tables: bare numbers take the unit of their column header, the header names the metric, the
row's first cell gives the topic, and each row is checked on its own."""

from __future__ import annotations

from hecha.model import Document
from hecha.pipeline import Checker

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
