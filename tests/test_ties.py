"""Figures are held to each other with an error or a warning only where the text ties them: a metric
rule over two figures in different sentences is at most info."""

from __future__ import annotations

from hecha.pipeline import Checker

from .helpers import run_text


def test_figures_of_two_sentences_are_not_held_to_each_other(checker: Checker) -> None:
    text = "全市受理调解案件6368件，调解成功6217件，成功率达97.6%。全市共开展矛盾纠纷排查1223次，排查发现矛盾纠纷1305件。"
    res = run_text(checker, text)
    assert not [f for f in res.findings if f.severity != "info"], [f.message for f in res.findings]


def test_figures_of_one_sentence_are(checker: Checker) -> None:
    res = run_text(checker, "共计摸排矛盾纠纷1239件，成功化解1322件。")
    assert [(f.rule, f.severity) for f in res.findings] == [("HC402", "warning")]
