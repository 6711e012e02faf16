"""Synthetic reports written in the usual phrasings of these reports (tests/data/synthetic_report*.txt;
all their figures are consistent): no false alarms, and single edits to their figures are caught."""

from __future__ import annotations

from pathlib import Path

import pytest

from hecha.model import Document
from hecha.pipeline import Checker

DATA = Path(__file__).parent / "data"
TEXTS = [
    (DATA / name).read_text(encoding="utf-8")
    for name in ["synthetic_report.txt", *(f"synthetic_report_{i}.txt" for i in range(2, 10))]
]


def flagged(checker: Checker, text: str) -> list[str]:
    res = checker.check_document(Document("s", "s.txt", text))
    return [f.rule for f in res.findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize("text", TEXTS, ids=[f"report{i}" for i in range(1, len(TEXTS) + 1)])
def test_consistent_report_raises_nothing(checker: Checker, text: str) -> None:
    assert flagged(checker, text) == []


# (report number, the figure as written, the edited figure): each edit must raise an error or warning
EDITS = [
    (1, "依法受理142件", "依法受理122件"),  # 审结138 > 受理122 + 结转12
    (1, "维持89件", "维持98件"),  # outcomes exceed 审结
    (1, "直接纠错率为10.9%", "直接纠错率为19.0%"),  # (8+5+2)/138 = 10.9%
    (1, "败诉率7.1%", "败诉率1.7%"),
    (1, "其中新收72件", "其中新收52件"),
    (1, "调解成功率98.6%", "调解成功率96.8%"),
    (1, "办结率99.8%", "办结率98.9%"),
    (1, "其中废止15件，修改8件，继续有效105件", "其中废止15件，修改8件，继续有效115件"),
    (1, "占比91.5%", "占比95.1%"),
    (1, "增加76件", "增加67件"),
    (1, "其中简易程序1204件", "其中简易程序1240件"),
    (2, "共审结44件", "共审结54件"),  # 54 > 受理43 + 结转5
    (2, "驳回5件", "驳回15件"),
    (2, "直接纠错率为15.9%", "直接纠错率为19.5%"),
    (2, "化解成功率99.6%", "化解成功率96.6%"),
    (2, "出庭应诉45件", "出庭应诉54件"),
    (2, "较上年的3025件增长12.7%", "较上年的3025件增长21.7%"),
    (2, "诉前调解案件1200件", "诉前调解案件12件"),  # no whole number of 12 gives 62.5%
    (3, "受理率达95.4%", "受理率达99.4%"),  # 108 - 5 = 103 accepted: 95.4%
    (3, "败诉率10.67%", "败诉率16.07%"),
    (3, "调解成功率97.4%", "调解成功率94.7%"),
    (3, "其中村（居）调委会189个", "其中村（居）调委会198个"),
    (4, "比2021年的52件增长28.8%", "比2021年的52件增长38.8%"),
    (4, "其中维持35件", "其中维持53件"),
    (4, "调解和解结案7件", "调解和解结案17件"),
    (4, "纠错率16.4%", "纠错率14.6%"),
    (5, "审结1046件", "审结1064件"),  # outcomes add up to 1046
    (5, "审结率94.4%", "审结率96.4%"),
    (5, "市政府本级收到申请326件，受理291件", "市政府本级收到申请326件，受理391件"),
    (5, "决定维持632件", "决定维持623件"),
    (6, "报备及时率97.8%", "报备及时率96.8%"),  # no whole number of 46 (or 43) gives 96.8%
    (6, "结案率94.1%", "结案率91.4%"),
    (6, "实考2811人", "实考2711人"),
    (6, "合格2750人", "合格2705人"),
    (6, "办结12.4万件", "办结13.4万件"),
    (7, "共计90件", "共计92件"),  # 84 + 6
    (7, "维持51件", "维持55件"),  # outcomes of 审结案件 add up to 82
    (7, "败诉率6.9%", "败诉率9.6%"),
    (8, "同比增长8.6%", "同比增长6.8%"),  # against the prior figure in brackets: 4201 → 4562
    (8, "提高1.3个百分点", "提高3.1个百分点"),  # 95.2% → 96.5%
    (8, "持证率97.2%", "持证率92.7%"),  # 1250 of 1286
    (8, "占29.6%", "占26.9%"),  # a share after ；in the same 其中 list
    (9, "按期办结率98.8%", "按期办结率96.8%"),
    (9, "化解率97.3%", "化解率93.7%"),
    (9, "排查出矛盾纠纷896件", "排查出矛盾纠纷869件"),
]


@pytest.mark.parametrize(("report", "find", "replace"), EDITS, ids=[e[2] for e in EDITS])
def test_single_edit_is_caught(checker: Checker, report: int, find: str, replace: str) -> None:
    text = TEXTS[report - 1]
    assert text.count(find) == 1
    assert flagged(checker, text.replace(find, replace)), replace
