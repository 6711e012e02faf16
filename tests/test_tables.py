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
