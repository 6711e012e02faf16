"""One relation, one verdict (issue 16, item 4): a rate that holds under an accepted definition of its
rule (纠错率 over 审结 less 撤回) is not reported as wrong by another rule reading the same figures, and a
message describes the definition as it is (a subtraction is not printed as a sum)."""

from __future__ import annotations

from hecha.expr import parse_relation
from hecha.localize import describe_relation
from hecha.pipeline import Checker

from .helpers import run_text

# 6 ÷ (30 − 5) = 24%: HC206 holds as 纠错数÷(审结数−撤回数); the share rule (HC003) reads 占审结案件的24%
# over 审结30件 alone (6 ÷ 30 = 20%) and, before the fix, called the same figures an error
HOLDS_AS_ALTERNATIVE = "2023年，共审结行政复议案件30件，其中撤回5件。纠错案件6件，纠错率占审结案件的24%。"


def test_a_rate_holding_under_an_alternative_definition_is_not_an_error_elsewhere(checker: Checker) -> None:
    res = run_text(checker, HOLDS_AS_ALTERNATIVE)
    held = [b for b in res.bindings if b.rule == "HC206" and b.holds]
    assert [b.detail for b in held] == ["纠错数÷(审结数−撤回数)"]
    assert [(f.rule, f.severity) for f in res.findings] == []
    # the other rule's reading is kept for --verbose, and says which reading settled it
    share = [b for b in res.bindings if b.rule == "HC003"]
    assert share and all(not b.holds and b.severity is None for b in share)
    assert [b.settled_by for b in share] == ["HC206 纠错数÷(审结数−撤回数)"]


def test_a_share_off_its_base_under_every_definition_is_still_an_error(checker: Checker) -> None:
    # 6 ÷ 30 = 20%, 6 ÷ 25 = 24%: 22% holds under no definition, so both rules keep their verdicts
    res = run_text(checker, HOLDS_AS_ALTERNATIVE.replace("24%", "22%"))
    assert ("HC003", "error") in {(f.rule, f.severity) for f in res.findings}


def test_a_rate_over_100_percent_is_still_reported_by_the_bound_rule(checker: Checker) -> None:
    # 6 ÷ (10 − 5) = 120% holds as a ratio, but no rate may exceed 100%: another relation, its own verdict
    res = run_text(checker, "2023年，共审结行政复议案件10件，其中撤回5件。纠错案件6件，纠错率为120%。")
    assert "HC001" in {f.rule for f in res.findings}


def test_a_corroborating_subtraction_is_rendered_as_a_subtraction(checker: Checker) -> None:
    # the outcomes add up to 33 > 审结30: HC201 fails; 审结30件 is vouched for by 纠错率 over 审结 less 撤回
    text = (
        "2023年，共审结行政复议案件30件，其中撤回5件，维持10件，驳回12件，撤销6件。纠错案件6件，纠错率24%。"
    )
    res = run_text(checker, text)
    (f,) = [f for f in res.findings if f.rule == "HC201"]
    assert "（纠错率24% = 纠错案件6件 ÷ (审结行政复议案件30件−撤回5件)）" in f.message
    assert "(纠错率24% = 纠错案件6件 ÷ (审结行政复议案件30件−撤回5件))" in f.message_en
    assert "+撤回" not in f.message + f.message_en


def test_relations_are_described_with_their_own_operators() -> None:
    names = {
        "m.r": "受理率95.4%",
        "m.a": "收到申请108件",
        "m.n": "不予受理5件",
        "m.c": "审结30件",
        "m.w": "撤回5件",
    }
    rate = parse_relation("m.r == (m.a - m.n) / m.a")
    assert describe_relation(rate, names) == "受理率95.4% = (收到申请108件−不予受理5件) ÷ 收到申请108件"
    order = parse_relation("m.c <= m.a + m.w?")
    assert describe_relation(order, names) == "审结30件 ≤ 收到申请108件+撤回5件"
    # an optional figure the text does not state counts as 0, and is left out of the description
    unstated = {k: v for k, v in names.items() if k != "m.w"}
    assert describe_relation(order, unstated) == "审结30件 ≤ 收到申请108件"
    total = parse_relation("m.c >= sum(m.a, m.n, m.w)")
    assert describe_relation(total, unstated) == "审结30件 ≥ 收到申请108件+不予受理5件"
    nested = parse_relation("m.c - (m.a - m.n) >= 0")
    assert describe_relation(nested, names) == "审结30件−(收到申请108件−不予受理5件) ≥ 0"
    product = parse_relation("m.r * m.a <= m.c")
    assert describe_relation(product, names) == "受理率95.4% × 收到申请108件 ≤ 审结30件"


def test_a_rate_over_its_base_less_the_withdrawn_is_recorded_as_that_subtraction(checker: Checker) -> None:
    # 胜诉率100% holds over 审结27宗 less 撤诉3宗 (the rate structure's reading); 77.5% is off 27 ÷ 40 = 67.5%.
    # The corroboration used to read "100% = 24宗 ÷ 审结27宗", which is not true as written.
    text = "代理区政府作为当事人的行政诉讼案件40宗，审结27宗，占77.5%；在已审结的案件中，胜诉24宗，撤诉3宗，胜诉率100%。"
    res = run_text(checker, text)
    (held,) = [b for b in res.bindings if b.rule == "HC009"]
    assert held.holds and held.detail == "base less withdrawn"
    assert sorted(res.facts[int(fid[1:]) - 1].mention.text for fid in held.facts) == [
        "100%",
        "24宗",
        "27宗",
        "3宗",
    ]
    (f,) = [f for f in res.findings if f.rule == "HC003"]
    assert (
        "（100% = 24宗 ÷ (审结27宗−撤诉3宗)）" in f.message
    )  # (撤诉 names the 3: litigation.withdrawn_suits)
