"""One odd figure must not uncheck a whole document (issue 15, item 5).

a figure above 10^15 (309+ digits, 二零…零五, 一亿亿…)   counted as unread in the coverage; the rest
                                                        of the document is checked
0件 as a share (占审结案件的1.5%, also -1.5%)            the share rule reports that no whole-number
                                                        total gives it (it divided by zero)
"""

from __future__ import annotations

import json

import pytest

from hecha.pipeline import Checker
from hecha.report.build import document_json
from tests.helpers import run_text

REAL_ERROR = "审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。"  # 8+8+6+4 = 26 ≠ 25: HC201
HUGE = "9" * 400

ODD = {
    "400 digits": f"全年收到来信{HUGE}件。",
    "400 digits with 余": f"全年收到来信{HUGE}余件。",
    "400-digit percent": f"满意率为{HUGE}%。",
    "400 digits with 万": f"涉及金额{HUGE}万元。",
    "二零…零五": "全年收到来信二" + "零" * 400 + "五件。",
    "一亿亿…": "全年收到来信一" + "亿" * 60 + "件。",
    "a table cell": f"| 项目 | 受理（件） |\n|---|---|\n| 行政复议 | {HUGE} |\n",
}


@pytest.mark.parametrize("name", sorted(ODD))
def test_a_huge_figure_is_unread_and_the_rest_is_checked(checker: Checker, name: str) -> None:
    res = run_text(checker, ODD[name] + "\n" + REAL_ERROR)
    assert res.doc.error is None, res.doc.error
    assert "HC201" in {f.rule for f in res.findings}  # the document's real error is still found
    d = document_json(res)
    assert d["coverage"]["unread"] >= 1
    assert all(abs(f["value"]) <= 1e15 for f in d["facts"])
    json.dumps(d, allow_nan=False)  # no Infinity or NaN in the report


@pytest.mark.parametrize("rate", ["1.5%", "-1.5%"])
def test_zero_as_a_share_of_an_unstated_total(checker: Checker, rate: str) -> None:
    res = run_text(checker, f"其中败诉0件，占审结案件的{rate}。\n" + REAL_ERROR)
    assert res.doc.error is None, res.doc.error
    rules = {f.rule: f for f in res.findings}
    assert "HC201" in rules
    assert "任何整数的总数都得不到这一比例" in rules["HC003"].message


def test_a_large_but_real_figure_is_still_a_quantity(checker: Checker) -> None:
    res = run_text(checker, "全年罚没收入3.5万亿元，审结25件。")
    assert [f.q.value for f in res.facts if f.q.unit == "元"] == [3.5e12]


@pytest.mark.parametrize("figure", ["一" + "亿" * 39, "十几" + "亿" * 40])
def test_a_numeral_beyond_a_float_is_unread(checker: Checker, figure: str) -> None:
    """(found by `nox -s fuzz`: 一 and 39 × 亿 overflowed float() and unchecked the document)"""
    res = run_text(checker, f"审结{figure}件。\n" + REAL_ERROR)
    assert res.doc.error is None, res.doc.error
    assert "HC201" in {f.rule for f in res.findings}
    assert document_json(res)["coverage"]["unread"] >= 1
