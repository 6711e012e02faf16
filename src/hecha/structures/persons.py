"""Cases and the people in them: 防民转刑案件10件12人 / 调处矛盾纠纷512件，涉及纠纷当事人1240人 (and
batches or households and their people: 来访773批次，1988人 / 低保对象104604户、156253人).

A count of cases followed at once by a count of people (N件M人), or by a clause that says how many
people the cases involve (…，涉及…M人), states the people of those cases: every case has at least
one, so the people cannot be fewer than the cases. Roles: `cases`, `persons`. The check (rule kind
`persons`).
"""

from __future__ import annotations

import itertools
import re

from ..expr import Ref, Relation, holds
from ..findings import Context, emit, env, name_en, name_zh, record
from ..intervals import fmt_number
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule
from .words import CASE_UNITS, CHANGE_WORDS_RE

KIND = "persons"
AFTER = ("breakdown",)  # the last of a list of cases is no subject of the persons after it

# 接待来访群众773批次，1988人: each batch brings one person at least; 低保对象104604户、156253人: each household
# holds one at least
_BATCH_UNITS = ("批", "批次", "户")
PERSON_UNITS = ("人", "人次", "名")
# …，涉及当事人M人 / …，受援人M人 (法律援助: each case aids one person at least) / …。涉及劳动者M人 (a sentence
# with no subject of its own, on the cases before it)
_INVOLVES_RE = re.compile(r"[，,]\s*(?:共)?(?:涉及|受援人数?(?:达到|达|为|共)?)|。\s*(?:共)?涉及")
_PAIR_GAP_RE = re.compile(r"\s*[，,、]?\s*")  # (773批次，1988人 / 80批次、356人次)
_BAND_ENDS = ("以上", "以下", "以内")  # (a count that bounds a band: 500件以上)
_SOME_PERSONS_RE = re.compile(r"以上|以下|级|干部|领导|党员|公职人员")


def recognise(r: Reading) -> list[Group]:
    groups: list[Group] = []
    listed = {p for g in r.groups_of("breakdown") for p in g.facts["parts"]}
    # (a change stated between is skipped: 法援案件106871件，比上年增长24.7%，受援人108133人)
    facts = [f for f in r.facts if not (f.mention.kind == "percent" and CHANGE_WORDS_RE.search(r.lead(f, 8)))]
    for a, b in itertools.pairwise(facts):
        if a.mention.kind != "count" or b.mention.kind != "count":
            continue
        if a.q.unit not in (*CASE_UNITS, *_BATCH_UNITS) or b.q.unit not in PERSON_UNITS:
            continue
        if a.mention.text.endswith(_BAND_ENDS):
            continue  # 人均结案233件，其中，500件以上1人，400件以上2人: a band of caseloads and the judges in it
        between = r.norm[a.end : b.start]
        if a.q.unit in _BATCH_UNITS:
            if not _PAIR_GAP_RE.fullmatch(between):
                continue
        elif between.strip() and not _involves(between):
            continue  # 10件12人, or 512件，涉及纠纷当事人1240人
        if _SOME_PERSONS_RE.search(between):
            continue  # 大案144件，涉及县处级以上干部21人: people of a rank or role among them, not all of them
        if CHANGE_WORDS_RE.search(r.lead(a, 8)):
            continue  # 同比减少5起4人: changes, and one case fewer may take several persons with it
        if a.id in listed and re.search(r"[\u4e00-\u9fff]", between):
            continue  # (…刑事案件2349件，行政案件46件，受援人数达18028人次: the persons of all the cases listed)
        groups.append(Group(kind=KIND, facts={"cases": [a.id], "persons": [b.id]}, span=(a.start, b.end)))
    return groups


def cases_stated_with(r: Reading, i: int) -> Fact | None:
    """The count of cases facts[i], a count of persons named by nothing of its own, is stated with
    (审结审查起诉案件138件259人: 138件), or None."""
    f = r.facts[i]
    if i == 0 or f.q.unit not in PERSON_UNITS or r.frame(f).label:
        return None
    prev = r.facts[i - 1]
    return prev if prev.end == f.start and prev.q.unit in CASE_UNITS else None


def label_or_cases(r: Reading, i: int) -> str:
    """The words naming facts[i]: its own, or, for the persons of a count of cases stated with it, the
    cases' words."""
    cases = cases_stated_with(r, i)
    return r.frame(r.facts[i] if cases is None else cases).label


_CHANGE_CLAUSE_RE = re.compile(r"[，,]\s*(?:比上年|较上年|同比|比去年|较去年)[^，,；;。]{0,12}?%")


def _involves(between: str) -> bool:
    """Do the words between a count of cases and one of people say the people are the cases' (涉及, 受援人),
    with at most a clause of change between (比上年增长24.7%)?"""
    between = _CHANGE_CLAUSE_RE.sub("", between)
    m = _INVOLVES_RE.match(between)
    return m is not None and not re.search(r"[；;。\d]", between[m.end() :])


def persons_of(ctx: Context) -> dict[str, Fact]:
    """The persons a count of cases states (N件M人), by the cases' fact id: breakdowns and steps hold the
    persons to what they hold the cases to."""
    return {g.facts["cases"][0]: ctx.fact(g.facts["persons"][0]) for g in ctx.ex.groups if g.kind == KIND}


_REL = Relation(">=", Ref("persons"), Ref("cases"), "persons >= cases")


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        cases, persons = ctx.fact(g.facts["cases"][0]), ctx.fact(g.facts["persons"][0])
        keys = {"cases": cases, "persons": persons}
        ok = holds(_REL, env(keys, "usual", {}))
        record(ctx, rule, _REL, keys, None if ok else rule.severity)
        if ok:
            continue
        emit(
            ctx,
            rule,
            rule.severity,
            f"{name_zh(cases, ctx)}涉及{name_zh(persons, ctx).removeprefix('涉及')}：{_fewer(cases)}",
            f"{name_en(cases)} involving {name_en(persons)}: fewer people than cases, yet each case has one",
            [(cases, "lhs"), (persons, "rhs")],
            f"≥ {fmt_number(cases.q.value)}",
            fmt_number(persons.q.value),
        )


def _fewer(cases: Fact) -> str:
    if cases.q.unit in _BATCH_UNITS:
        return "人数少于批次数，而每批至少有一人"
    return "人数少于件数，而每件至少涉及一人"
