"""Rule packs are validated when loaded: errors name the file, the line and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from hecha.rulepack import RulePackError, load_pack, load_rules

GOOD = """\
rules:
  - id: HC901
    kind: order
    severity: error
    title: {zh: 测试, en: test}
    relation: review.concluded <= review.accepted
    examples:
      pass: [受理35件，审结25件。]
      fail: [受理35件，审结45件。]
"""


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "pack.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_good_pack(tmp_path: Path) -> None:
    rules = load_pack(write(tmp_path, GOOD))
    assert rules[0].id == "HC901"


@pytest.mark.parametrize(
    ("mutate", "line", "needle"),
    [
        (lambda s: s.replace("review.accepted", "review.acceptd"), 6, "unknown metric key 'review.acceptd'"),
        (lambda s: s.replace("<= review.accepted", "<= review.accepted +"), 6, "unexpected end"),
        (lambda s: s.replace("kind: order", "kind: sideways"), 3, "unknown kind 'sideways'"),
        (lambda s: s.replace("id: HC901", "id: X1"), 2, "id 'X1' is not a rule id like HC201"),
        (lambda s: s.replace("      fail: [受理35件，审结45件。]\n", ""), 7, "missing required key 'fail'"),
        # an unknown key is refused, not passed over (`severty: warning` left the rule at error)
        (
            lambda s: s.replace("severity: error", "severty: warning"),
            4,
            "unknown key 'severty'; did you mean 'severity'?",
        ),
        (
            lambda s: s.replace("title: {zh: 测试, en: test}", "title: {zh: 测试, eng: test}"),
            5,
            "unknown key 'eng'",
        ),
        (
            lambda s: s.replace("      pass:", "      passes:"),
            8,
            "unknown key 'passes'; did you mean 'pass'?",
        ),
        (lambda s: s.replace("severity: error", "severity: fatal"), 4, "unknown severity 'fatal'"),
        (
            lambda s: s.replace("examples:", "complete_when_listed: three\n    examples:"),
            7,
            "complete_when_listed must be a whole number",
        ),
        # a kind is checked against its relation: the engine binds and reports by kind
        (lambda s: s.replace("kind: order", "kind: ratio"), 6, "a ratio rule reads `rate == part / base`"),
        (lambda s: s.replace("kind: order", "kind: total"), 6, "a total rule compares a figure with sum("),
        (lambda s: s.replace("kind: order", "kind: breakdown"), 6, "takes no relation"),
        (lambda s: s.replace("<= review.accepted", "== review.accepted"), 6, "an order rule compares with <"),
        (
            lambda s: s.replace("review.concluded <= review.accepted", "review.accepted <= review.accepted"),
            6,
            "can never fail",
        ),
        (
            lambda s: s.replace(
                "review.concluded <= review.accepted", "review.correction_rate <= review.accepted"
            ),
            6,
            "mixes percentages and counts",
        ),
        (lambda s: s + "  - [unclosed\n", 11, "not valid YAML"),
    ],
)
def test_malformed_pack_names_file_line_problem(tmp_path: Path, mutate, line: int, needle: str) -> None:
    p = write(tmp_path, mutate(GOOD))
    with pytest.raises(RulePackError) as e:
        load_pack(p)
    assert str(p) in str(e.value)
    assert e.value.line == line, str(e.value)
    assert needle in str(e.value)


def test_a_rate_bounded_by_two_counts_is_a_relation(tmp_path: Path) -> None:
    # (综合纠错率 >= 直接纠错 ÷ 审结: a rate against a ratio of counts, not a rate against a count)
    text = GOOD.replace(
        "review.concluded <= review.accepted", "review.resolution_rate >= review.corrected / review.concluded"
    )
    (rule,) = load_pack(write(tmp_path, text))
    assert rule.definitions[0].relation.bound_shape() is not None


def test_duplicate_ids_across_packs(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("HC901", "HC201"))
    with pytest.raises(RulePackError, match="duplicate rule id HC201"):
        load_rules([tmp_path])


def test_contradicting_rules(tmp_path: Path) -> None:
    text = GOOD + GOOD.split("rules:\n", 1)[1].replace("HC901", "HC902").replace(
        "review.concluded <= review.accepted", "review.concluded > review.accepted"
    )
    write(tmp_path, text)
    with pytest.raises(RulePackError, match="contradicts"):
        load_rules([tmp_path])


SETTLING = """\
rules:
  - id: HC903
    kind: ratio
    severity: error
    title: {zh: 测试, en: test}
    definitions:
      - relation: litigation.conclusion_rate == litigation.concluded / (litigation.new_cases + litigation.carried_over?)
      - relation: litigation.conclusion_rate == litigation.concluded / (litigation.concluded + litigation.pending)
        settles: [litigation.carried_over]
    examples:
      pass: [新收565223件，办结554296件，存案69346件，结案率为88.88%。]
      fail: [新收565223件，办结554296件，存案69346件，结案率为78.88%。]
"""


def test_a_definition_settles_the_optional_figures_its_own_determine(tmp_path: Path) -> None:
    [rule] = load_pack(write(tmp_path, SETTLING))
    assert rule.definitions[1].settles == ("litigation.carried_over",)
    # (a key the ontology lacks is refused, as in `unless`)
    with pytest.raises(RulePackError, match=r"unknown metric key 'litigation\.carryover' in settles"):
        load_pack(
            write(
                tmp_path,
                SETTLING.replace("settles: [litigation.carried_over]", "settles: [litigation.carryover]"),
            )
        )


def test_a_rate_failing_where_the_pending_state_the_carry_over_is_an_error(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    text = "全市法院新收各类案件565223件，办结554296件，存案69346件，结案率为{}%。"
    assert not [f for f in run_text(checker, text.format("88.88")).findings if f.rule == "HC314"]
    [f] = [f for f in run_text(checker, text.format("78.88")).findings if f.rule == "HC314"]
    assert f.severity == "error"  # (not a note on an unstated carry-over: 审结 + 未结 state it)
