"""Coverage: what was read as a fact with a metric, what without, what was set aside, what was unread —
so a reviewer sees what was NOT checked."""

from __future__ import annotations

from hecha.model import Document
from hecha.pipeline import Checker
from hecha.report.build import coverage


def test_coverage_counts(checker: Checker) -> None:
    text = "2023年，第十次会议。行政复议受理35件，审结25件，召开座谈会3场，办理1 6件，受理XX件。"
    res = checker.check_document(Document("c", "c.txt", text))
    cov = coverage(res)
    assert cov["with_metric"] == 2  # 受理35件, 审结25件
    assert cov["without_metric"] == 1  # 3场
    assert cov["set_aside"] == {"ordinal": 1, "year": 1}
    assert cov["unread"] == 2  # "1 6件" and "XX件" are too garbled to trust
    assert cov["quantities"] == 3 and cov["mentions"] == 7
    assert cov["bound_in_rules"] >= 2


def test_traditional_characters(checker: Checker) -> None:
    text = "行政復議審結25件，其中維持8件，駁回8件，確認違法6件，和解終止4件。糾錯案件6件，糾錯率為24%。"
    res = checker.check_document(Document("t", "t.txt", text))
    assert [f.metric for f in res.facts] == [
        "review.concluded",
        "review.upheld",
        "review.dismissed",
        "review.confirmed_illegal",
        "review.terminated",
        "review.corrected",
        "review.correction_rate",
    ]
    assert [f.rule for f in res.findings if f.severity == "error"] == ["HC201"]


def test_enumeration_assigns_labels_in_order(checker: Checker) -> None:
    res = checker.check_document(
        Document("e", "e.txt", "行政复议审结18件，维持、驳回、撤销分别为8件、7件和3件。")
    )
    assert [f.metric for f in res.facts] == [
        "review.concluded",
        "review.upheld",
        "review.dismissed",
        "review.revoked",
    ]
    assert not res.findings


def test_plan_sections_are_targets(checker: Checker) -> None:
    text = "一、工作成效\n\n行政复议受理35件，审结25件。\n\n二、下一步工作打算\n\n力争行政复议审结100件，受理率达到100%。\n"
    res = checker.check_document(Document("p", "p.txt", text))
    assert [f.modality for f in res.facts] == ["actual", "actual", "target", "target"]
    assert not res.findings
