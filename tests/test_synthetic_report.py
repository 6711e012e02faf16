"""A synthetic report written in the usual phrasing of these reports (tests/data/synthetic_report.txt;
all its figures are consistent): no false alarms, and single edits to its figures are caught."""

from __future__ import annotations

from pathlib import Path

import pytest

from hecha.model import Document
from hecha.pipeline import Checker

TEXT = (Path(__file__).parent / "data" / "synthetic_report.txt").read_text(encoding="utf-8")


def flagged(checker: Checker, text: str) -> list[str]:
    res = checker.check_document(Document("s", "s.txt", text))
    return [f.rule for f in res.findings if f.severity in ("error", "warning")]


def test_consistent_report_raises_nothing(checker: Checker) -> None:
    assert flagged(checker, TEXT) == []


@pytest.mark.parametrize(
    ("find", "replace"),
    [
        ("依法受理142件", "依法受理122件"),  # 审结138 > 受理122 + 结转12
        ("维持89件", "维持98件"),  # outcomes exceed 审结
        ("直接纠错率为10.9%", "直接纠错率为19.0%"),  # (8+5+2)/138 = 10.9%
        ("败诉率7.1%", "败诉率1.7%"),
        ("其中新收72件", "其中新收52件"),
        ("调解成功率98.6%", "调解成功率96.8%"),
        ("办结率99.8%", "办结率98.9%"),
        ("其中废止15件，修改8件，继续有效105件", "其中废止15件，修改8件，继续有效115件"),
        ("占比91.5%", "占比95.1%"),
        ("增加76件", "增加67件"),
        ("其中简易程序1204件", "其中简易程序1240件"),
    ],
)
def test_single_edit_is_caught(checker: Checker, find: str, replace: str) -> None:
    assert TEXT.count(find) == 1
    assert flagged(checker, TEXT.replace(find, replace)), replace
