"""Rates stated right after their counts: 共收到提案134件，经审查立案129件，立案率96% / 受理转办有效信件
1133件，已办结1121件，办结率98.94% / 其中持证1250名，持证率97.2%.

A rate (a percentage named …率) is tied to the counts before it in its sentence. Its numerator is the
count its name names: the words before 率 (立案, 办结, 调解成功, 报备) found in a count's own words, as a run
of characters or, for abbreviations, in order (报备 in 报送备案). Its base is a count the numerator is
part of: the total of the list the numerator belongs to, or a count before it in its sentence that names an
earlier step of the same process (schemas/structures.yaml `stages`: 收到 before 立案 before 办结),
nearest first. Each candidate base is a reading; the rate must fit one. When the numerator opens its
sentence, the counts of the sentence before are the candidates, a looser tie. A rate named by nothing
the text counts (话务接通率, 满意率) is not read; with the numerator named and no count before it, some
whole-number base must give the rate (GRIM).

Further readings tried before a rate is reported (each how such reports are written): over the persons
stated beside the cases (批准逮捕134件187人 of 审结163件235人); over the outcomes listed of what was received
(不捕 ÷ (批捕 + 不捕)); over wholes stated as an enumeration (大会提案950件，平时提案24件: wholes.py); with
another count naming the rate's word as numerator (调解结案17件 beside 纳入调解27件). What was due (应结案) is a
closure rate's first base. A rate opening its sentence is of the count right before it.

A rate that a metric rule (checks/*.yaml, by the ontology) already checks is left to it.

Roles: `rate`, `part` (the numerator), `base` (the first candidate); attrs `bases` (every candidate),
`tie` ("sentence": the candidates are in the numerator's sentence; "before": in the sentence before;
"opening": the count named by no step its sentence opens with; "siblings": no base of its own, the one the
rates before it in its sentence share and fit),
`summed` (the wholes enumerated with the first base), `alts` (other numerators, each with its bases).
A rate whose name shares words with the count in the clause just before it (共有131位委员提出提案，委员
提案参与率达87.04%) but names no numerator is tied to that count alone (role `count`, tie "adjacent"):
the count must be its numerator or its base for some whole other number.
The check (rule kind `rate`).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import dataclass, field

from ..expr import INF, Bin, Interval, Ref, Relation, Sum, holds
from ..findings import READING_NOTE, SOFTER, Context, emit, env, name_en, name_zh, record
from ..frames import shared_words, subsequence_words
from ..intervals import LENIENT_READINGS, display_percent, fact_interval, fmt_number
from ..lazyre import lazy_compile
from ..model import Fact, Group
from ..reading import CLAUSE_END, SEGMENT_END, Reading
from ..rulepack import Rule
from . import enumeration
from .bounded import closure_over_new_cases
from .breakdown import went_on_from
from .persons import persons_of
from .wholes import enumerated_with, over_wholes
from .words import (
    AVERAGE_RE,
    CARRIED_PART_RE,
    CASE_KINDS,
    CASE_UNITS,
    COMPARED_PRIOR_RE,
    DURATION_UNITS,
    GENERAL_UNITS,
    KIND_UNITS,
    MOVED_BY_RE,
    NEW_ONLY_RE,
    PRIOR_PERIOD_RE,
    TOTAL_WORDS_RE,
    Words,
    counted_alike,
    counts_kinds,
    includes_more,
    instance_before,
    instance_of_sentence,
    load_words,
    qualifier_before,
    share_word_at,
)

KIND = "rate"
# a numerator in a list is over the list's total; a reduction's rate is (before - after) / before
AFTER = ("enumeration", "breakdown", "share", "reduction")

# a rate word and what may follow it before the figure (率达, 率为, 率高达, 率均为)
# (办结率高达98%: its label 办结率高)
_RATE_RE = re.compile(r"率(?:均|都|分别)?(?:为|达到|达|是|高达|高|约|仅|超过|保持)?$")
_GROWTH_RE = re.compile(
    r"增长|增幅|增加|提高|提升|上升|下降|降低|减少|同比|环比|比上年|较上年|百分点|完成|超额"
)
# words that qualify a rate without naming what it counts (平均整改率 → 整改)
_QUALIFIER_RE = re.compile(
    r"^(?:平均|综合|总体|整体|全年|年均|累计|当年|本年|全市|全省|全县|全区|案件|行政)+"
)
_CLAUSE_MARK_RE = re.compile(r"[，,]")
_NAMING_COUNT_RE = re.compile(r"^[一二两三四五六七八九十][^\d]{0,2}$")  # (四项, 两类, 三个)
_GAP_MARK_RE = re.compile(r"[，,；;。、：:\n]")
_CLAUSE_HEAD = 4  # characters at a 的-clause's start in which its verb stands (已落实…的)
_PRED_NAMES = 6  # characters after a figure opening its clause that name it (157件已调解结案)
_SUCCESS = "成功"  # a way's outcome (调解成功), not a way of it
_CLOSED = ("结案", "办结", "审结")  # the words of concluding a way may qualify (调解结案, 协调结案率)
_WAYS = ("调解", "裁决", "判决", "和解", "撤诉", "协调")  # ways of concluding: 调解结案 is some of those 结案
# a way of concluding named right before the step (调解、撤诉结案, 判决结案): some of those concluded
_WAY_OF_CONCLUDING_RE = re.compile(
    "(?:" + "|".join(_WAYS) + ")(?:、|和|及)?(?:" + "|".join(_WAYS) + ")?(?:" + "|".join(_CLOSED) + ")"
)
# a way a step was taken by, named with 方式 (通过联动方式化解, 以简易程序方式结案)
_BY_WAY_RE = lazy_compile(r"(?:通过|以|采取|采用)([\u4e00-\u9fff]{1,6}?)方式")
# a clause opening with a year and words (，2020年全乡… / ；20XX年，…), not a date within one (，2019年12月31日前) nor
# an item of a list by year (其中2009年860件，2010年778件…)
_NEW_YEAR_RE = re.compile(r"[，,；;]\s*(?:19|20)[0-9X]{2}年(?![\d\s]|\d{1,2}月)")
_BALLOT = {"张", "份", "票"}  # forms returned and the votes on them count alike
_FORMS = _BALLOT | set(GENERAL_UNITS)  # (收回意见表527份，其中满意的526件: the forms, counted as 件)
_TIMES = frozenset(
    {"次", "人次"}
)  # (共呼入15875人次，有效接听15395次，接通率96.98%: the same calls, counted alike)
# a kind of case a rate's name is of (审判案件结案率, 执行案件执结率)
_CASE_KIND_RE = re.compile(r"([\u4e00-\u9fff]{2,4}?)案件")
_NOT_DONE_RE = re.compile(
    r"(?:未|尚未|正在|不予|没有)[\u4e00-\u9fff]{0,2}$|(?:未|尚未|正在|不予|非)(?=[\u4e00-\u9fff]{1,2}(?:问题|案件|事项|处理)?$)"
)
_WITHDRAWN_RE = re.compile(r"撤诉|撤回|终止")
_CLOSURE_RE = re.compile(r"结案|办结|审结|执结|结$")  # closure rates: over 新收 + 上年结转 (../DOMAIN.md)
MAX_BASES = 6


# a rate named as what another is compared with (…接通率为98.78%，比今年上半年平均接通率98.12%高出0.66个百分点)
_COMPARED_RATE_RE = re.compile(r"\s*(?:比|较)(?!例|重)")
# a rate per amount of something (亿元GDP…死亡率, 万人…率, 每十万人…): no share of two counts
_PER_UNIT_RE = re.compile(r"亿元|万元|[十百千]?万人|每[十百千万]")


def recognise(r: Reading) -> list[Group]:
    groups: list[Group] = []
    totals_of: dict[str, list[str]] = {}
    among_of: dict[str, Fact] = {}  # a part of a set it is counted among (2418项…中，2331项) → the set
    by_id = {f.id: f for f in r.facts}
    for g in r.groups_of("breakdown"):
        if g.attrs.get("intake"):
            continue  # (收到1256件，受理1108件，不予受理98件；审结1046件，审结率94.4%: 受理 is the base, no mere part)
        for p in g.facts["parts"]:
            totals_of.setdefault(p, []).append(g.facts["total"][0])
            if g.attrs.get("marker") in ("中", "其中") and len(g.facts["parts"]) == 1:
                among_of[p] = by_id[g.facts["total"][0]]
    surveyed = load_words().surveyed_re
    over_population = load_words().over_population_re
    reduced = {g.facts["rate"][0] for g in r.groups_of("reduction")}
    year_opens = [m.end() for m in _NEW_YEAR_RE.finditer(r.norm)]  # (one scan, not one a rate)
    respective = _respective_names(r)
    for f in r.facts:
        if f.mention.kind != "percent" or f.q.unit != "%" or f.id in reduced:
            continue
        label = respective.get(f.id) or r.frame(f).label
        if (
            share_word_at(label) >= 0
            or (_GROWTH_RE.search(label) and not _done_of_counts(r, f, label))
            or PRIOR_PERIOD_RE.search(label)
            or _COMPARED_RATE_RE.match(label)
            or not _RATE_RE.search(label)
            or _PER_UNIT_RE.search(r.lead(f, 16))  # (亿元GDP生产安全事故死亡率0.63%: per unit of output)
        ):
            continue  # (上年的受理率87.92%: last year's, not of this year's counts)
        stem = rate_stem(label)
        if len(stem) < 2 or (
            includes_more(r.norm, f.end, within=3)
            and not (_CLOSURE_RE.search(stem) and _OVER_THE_CASELOAD_RE.match(r.norm, f.end))
        ):
            # (回复率100%(含主动回复): of more than the counts before it; not 结案率88.88%(含旧存): of the caseload,
            # which 受理 states)
            continue
        if over_population.search(stem):
            continue  # (城镇登记失业率3.43%: of the labour force, which no count of the text states)
        period = r.period_span(f.start)
        # (XX年全乡共排查…215件…；20XX年，全乡…调处…186件，已调解185件，调解率100%: a clause that opens with
        # another year starts the rate's own figures)
        k = bisect.bisect_left(year_opens, f.start) - 1  # (the last such opening before the rate)
        opened = max(period[0], year_opens[k]) if k >= 0 else period[0]
        before = [g for g in r.facts_between(opened, f.start) if _counts_things(r, g)]
        loose = False
        if not before and period[0] > r.seg.paragraph_at(f.start).start:
            # 受理96件，结案92件。当期结案率95.8%: a rate opening its sentence is of the counts of the one
            # before (a looser tie)
            prev = r.period_span(period[0] - 1)
            before = [g for g in r.facts_between(*prev) if _counts_things(r, g)]
            if not before and prev[0] > r.seg.paragraph_at(f.start).start and r.facts_between(*prev):
                # …结案17946件。全院法官人均收案296.74件，人均结案218.85件。结案率73.75%: past a sentence of
                # averages, to the counts they average
                prev = r.period_span(prev[0] - 1)
                before = [g for g in r.facts_between(*prev) if _counts_things(r, g)]
            loose = bool(before)
        listed = (_defined_parts(r, f, before) or _joined_parts(r, stem, before)) if not loose else []
        named = (
            listed[0] if len(listed) == 1 else None
        )  # (one count naming both: 以发回重审或改判方式结案405件)
        if len(listed) >= 2:
            # 维持1313件、驳回572件，维持率(驳回、维持)为61.08%: the text says what the rate counts
            bases, tie = _bases(r, listed[0], before, totals_of, by_id, stem, loose)
            tie = "before" if loose and bases else tie
            groups.append(_rate_group(f, listed, [b for b in bases if b not in listed], stem, tie))
            continue
        # (…受案648件，结案705件；拒执罪立案176件…，审结170件，…结案率96.59%: the rate's own ；-segment first, when
        # it states a count before the numerator too; not …；执结各类案件1662件，结案率: of all the kinds concluded)
        cut = r.last_segment_end(before[0].start, f.start) if before and not named else -1
        own = [g for g in before if g.start > cut] if cut >= 0 else []
        own_part = _numerator(r, stem, own, f.start) if len(own) >= 2 else None
        if own_part is not None and own_part is own[0]:
            own_part = None  # (nothing before it in its segment)
        part = named or own_part or _numerator(r, stem, before, f.start)
        if part is None and not loose:
            part = _total_of_its_list(r, stem, before, opened, totals_of, by_id)
        if (
            part is not None
            and r.norm.find("其中", part.end, f.start) >= 0
            and not any(g.start > part.end for g in before)
        ):
            continue  # 已整改1970个，整改率89.06%，其中立行立改类问题根本整改到位，整改率96.19%: of that subset, unstated
        if part is not None and _of_its_own_segment(r, part, f, before):
            continue  # …举报47件，已办结40件，办结率85.11%；咨询783件，…，办结率为100%: of the 咨询, whose 办结 is unstated
        if loose and part is not before[-1] and not _only_the_rest_after(r, part, before):
            continue  # (only a rate right after its numerator, across the full stop, is read so)
        upto = _graded_up_to(r, label, part, by_id) if part is not None else []
        if upto:
            # 其中优秀3件、良好39件、合格341件，总体合格率为100%: an overall rate of a grade counts the grades
            # listed above it too
            bases, tie = _bases(r, upto[0], before, totals_of, by_id, stem, loose)
            groups.append(_rate_group(f, upto, [b for b in bases if b not in upto], stem, tie))
            continue
        if part is not None and _of_several_steps(label):
            continue  # (…纠错69件…调解、和解结案64件…化解15件。综合纠错化解率48.7%: of 69 + 64 + 15, not the 15)
        kind = _CASE_KIND_RE.match(stem)
        if part is not None and kind and kind.group(1) not in r.norm[r.period_span(part.start)[0] : part.end]:
            continue  # 受理各类案件10008件，结案9127件…审判案件结案率92.32%: of the 审判 cases only
        if part is not None and _concluded_again(r, part, f, before):
            continue  # 受理刑事案件279件，结案255件…审结民商事案件2104件…执结各类案件1662件，结案率: of them all
        qualifier = qualifier_before(r.norm, f.start) if part is not None else None
        if (
            part is not None
            and qualifier
            and qualifier not in r.norm[r.period_span(part.start)[0] : part.start]
        ):
            continue  # 受理矛盾纠纷27.5万余件，化解27.3万余件，…诉前纠纷化解率达29.7%: of a subset not counted
        if part is not None and surveyed.search(stem) and _named_with_siblings(r, part, stem[-2:], by_id):
            continue  # “非常满意”143282条，“满意”235条，满意率100%: the rate counts both degrees (and more)
        if part is not None and "按人数" in r.norm[part.end : f.start]:
            # 共不起诉67件70人…不起诉率(按人数)为19.34%: of the persons, the figure right after the cases
            pair = next(
                (g for g in before if g.start >= part.end and not r.norm[part.end : g.start].strip()), None
            )
            part = pair if pair is not None and pair.q.unit in ("人", "人次", "名") else part
        among = among_of.get(before[-1].id) if part is None and before else None
        if (
            among is not None
            and sum(r.norm.count(c, before[-1].end, f.start) for c in "，,") == 1
            and (
                r.norm.find("其中", among.end, before[-1].start) < 0
                or _names_in_order(stem, r.frame(before[-1]).label)
            )
            and not _by_another_way(r.frame(before[-1]).label, stem)
            and not _step_unnamed(r, before[-1], stem)
            and _names_what_it_counts(r, before[-1], stem, f)
        ):
            # 2418项政务服务事项中，2331项纳入…，入驻率达到96.4%: the subset right before the rate, of its set (after
            # 其中, a subset its words name: 在编人员32人，其中持有行政执法证件人员30人，持证率达93.75%)
            # (…548件…中，适用简易程序的有525件，…其中适用小额诉讼程序的有220件，…适用率为40.15%: the set its set is
            # counted among, a further reading)
            outer = among_of.get(among.id)
            groups.append(
                _rate_group(f, [before[-1]], [among, *([outer] if outer else [])], stem, "sentence")
            )
            continue
        if part is None and (due_done := _due_and_done(r, before, f)) is not None:
            # 应办理工单6376件，已办理6376件，办结率100%: what was done of what was due, whatever the rate is named
            groups.append(_rate_group(f, [due_done[1]], [due_done[0]], stem, "sentence"))
            continue
        if (
            part is None
            and before
            and (found := _found_the_sentence_before(r, stem, before[-1], f)) is not None
        ):
            # 全国共发生林政案件43.98万起…。全国共查处林政案件43.18万起，查处率为98.18%: done to the very thing the
            # sentence before counts as it came in, of those
            groups.append(_rate_group(f, [before[-1]], [found], stem, "before"))
            continue
        if part is None:
            adjacent = _adjacent(r, stem, f, before)
            if adjacent is not None:
                groups.append(
                    Group(
                        kind=KIND,
                        facts={"rate": [f.id], "count": [adjacent.id]},
                        span=(adjacent.start, f.end),
                        attrs={"stem": stem, "bases": [], "tie": "adjacent"},
                    )
                )
            continue
        kinds = _kinds_named_together(r, part)
        if kinds:
            # 投诉143396件…；举报31863件…。投诉举报共办结168459件，办结率96.12%: over the kinds it names, together
            groups.append(
                Group(
                    kind=KIND,
                    facts={"rate": [f.id], "part": [part.id]},
                    span=(kinds[0].start, f.end),
                    attrs={"stem": stem, "bases": [], "tie": "sentence", "kinds": [k.id for k in kinds]},
                )
            )
            continue
        bases, tie = _bases(r, part, before, totals_of, by_id, stem, loose)
        tie = "before" if loose and bases else tie
        if tie == "before" and _tried_elsewhere(r, stem, bases[0]):
            tie = "guess"
        if bases and _unread_count_between(r, bases[0].end, part.start):
            # 共接投诉9272件，…其中受理6323调解成功3668件，调解成功率58%: a figure read as no count (its unit
            # lost) stands between, the base it may be: no base stated that can be trusted
            bases, tie = [], "none"
        if not bases and (first := _stated_first(r, part)) is not None:
            # 共受理…2995件。审结案件2965件…（another paragraph）共审结案件2965件，累计结案率达98.9%: a numerator
            # stated again takes the bases beside its first statement (a looser tie: a warning at most)
            bases = _bases_beside(r, first, totals_of, by_id, stem)
            tie = "restated" if bases else tie
        bases = [b for b in bases if not _other_kinds_whole(r, f, b)]
        if not bases and (sibling := _siblings_base(r, f, part, groups, by_id)) is not None:
            bases, tie = [sibling], "siblings"
        group = _rate_group(f, [part], bases, stem, tie)
        summed = enumerated_with(r, bases[0]) if bases else []
        if len(summed) > 1:
            group.attrs["summed"] = [g.id for g in summed]  # 大会提案950件，平时提案24件…立案率: of 974
        other = _other_decision(r, part, stem, before)
        if other is not None:
            group.attrs["decided"] = (
                other.id
            )  # 批准逮捕6988人，不捕12223人，不捕率63.6%: of the 19211 decided
        # 纳入行政复议调解27件，调解结案17件，调解率62.96%: another count naming the rate's word, over a count
        # before it, is a further reading (17 of 27)
        # (not what was due: 应结案7487件 is the 结案率's base, never its numerator)
        head = stem[-2:]
        # (not a count whose own rate the text states before this one's part: 全州…办结226275件，办结率99.9%，州级…
        # 受理40365件，办结40314件，办结率99.9%: the 226275 has its rate; it is no reading of the 州级 one)
        alts = [
            g
            for g in before
            if g is not part
            and head in (lab := r.frame(g).label[-5:])
            and "应" + head not in lab
            and not any(
                h.mention.kind == "percent" and head in r.frame(h).label
                for h in r.facts_between(g.end, part.start)
            )
        ]
        if alts:
            group.attrs["alts"] = [
                [a.id, *(b.id for b in before if b.start < a.start and b.q.unit == a.q.unit)]
                for a in alts[-2:]
            ]
        groups.append(group)
    return groups


# a rate's name followed by the kinds it counts, in brackets: 维持率(驳回、维持), 纠错率（含撤销、变更）
_DEFINED_RE = re.compile(r"率[（(](?:含|包括)?([^（）()]{2,30})[)）]")
_KINDS_SEP_RE = re.compile(r"[、，,和及与]|以及")


_AMONG_IN_LABEL_RE = re.compile(r"([\u4e00-\u9fff]{2,12}?)中(?=[被有的，,]|$)")  # (已收到的回复中被采纳)
_OVERALL_STEM_RE = re.compile(r"(?:总体|综合|整体)[\u4e00-\u9fff]{1,4}率")
# the grades of a quality review, best first (评出优秀案件2件、良好案件12件、合格案件1件): a pass rate counts every
# grade up to the one it names
_GRADE_RE = re.compile(r"(?:优秀|优良|良好|较好|基本合格|合格)(?:案件|案卷|卷宗|等次|等级)?$")


def _of_several_steps(label: str) -> bool:
    """Does an overall rate name two steps or more after its 综合 (综合纠错化解率; not 抽检总体不合格率)? Its
    numerator is then their counts together."""
    over = _OVERALL_STEM_RE.search(label)
    return (
        over is not None and len(load_words().stage_re.findall(label, over.start() + 2, over.end() - 1)) >= 2
    )


def _only_the_rest_after(r: Reading, part: Fact | None, before: list[Fact]) -> bool:
    """Are the counts after the numerator only what it leaves undone (审结715件，…；未结案件78件。结案率为
    90.16%: the rate still of the 715)?"""
    if part is None:
        return False
    after = [g for g in before if g.start > part.start]
    return bool(after) and all(_LEFT_UNDONE_RE.match(r.frame(g).label) for g in after)


_LEFT_UNDONE_RE = re.compile(r"(?:尚|仍)?未(?:结|办结|审结|结案|处理|解决)|在办|正在办理")


def _of_its_own_segment(r: Reading, part: Fact, rate: Fact, before: list[Fact]) -> bool:
    """Is the rate in a ；-segment after its numerator's that opens with a count of its own (a new subject)?"""
    cut = r.last_segment_end(part.end, rate.start)
    if cut < 0 or r.period_span(rate.start)[0] > cut:
        return False  # (…；未结案件78件。结案率为80.16%: a rate opening a sentence of its own)
    own = [g for g in before if g.start > cut]
    return bool(own) and len(r.norm[cut + 1 : own[0].start].strip()) <= _SUBJECT_LEAD


_SUBJECT_LEAD = 8  # characters of a ；-segment before its first count that name the count's subject


def _done_of_counts(r: Reading, f: Fact, label: str) -> bool:
    """Is a 完成率 the share of counted things done, a count before it in its sentence saying how many were
    (巡察反馈的697个问题，完成整改688个，…，总体完成率98.71%), not a plan's fulfilment (完成年度计划的102%)?"""
    growth = _GROWTH_RE.search(label)
    if growth is None or growth.group() != "完成" or _GROWTH_RE.search(label, growth.end()):
        return False
    return any(
        g.mention.kind == "count" and "完成" in r.frame(g).label
        for g in r.facts_between(r.period_span(f.start)[0], f.start)
    )


_RESTATED_LEAST = (
    100  # a numerator stated again is that figure only when it is this large (5件 agree by chance)
)


# (not a hotline's number: 12345热线转化为事件215件, 12315转办; all the 123xx lines are service numbers)
_UNREAD_COUNT_RE = re.compile(r"(?<![\d.])(?!123\d\d(?!\d))\d{2,}(?:\.\d+)?(?![\d.%％年月日])")


def _unread_count_between(r: Reading, start: int, end: int) -> bool:
    """Is there a figure of two digits or more in [start, end) that was read as no fact (its unit lost)?"""
    return any(_UNREAD_COUNT_RE.search(p) for p in r.unread_text(start, end))


def _stated_first(r: Reading, part: Fact) -> Fact | None:
    """The first statement, in an earlier sentence, of the same count (its metric, value and unit) as `part`."""
    if part.metric is None or not part.q.exact or part.q.value < _RESTATED_LEAST:
        return None
    for g in r.facts:
        if g.start >= part.start or g.sentence == part.sentence:
            return None
        if g.metric == part.metric and g.mention.text == part.mention.text:
            return g
    return None


def _bases_beside(
    r: Reading, first: Fact, totals_of: dict[str, list[str]], by_id: dict[str, Fact], stem: str
) -> list[Fact]:
    """The bases of a numerator at its first statement: in its sentence, else in the sentence before."""
    period = r.period_span(first.start)
    before = [g for g in r.facts_between(period[0], first.start) if _counts_things(r, g)]
    loose = False
    if not before and period[0] > r.seg.paragraph_at(first.start).start:
        before = [g for g in r.facts_between(*r.period_span(period[0] - 1)) if _counts_things(r, g)]
        loose = True
    return _bases(r, first, before, totals_of, by_id, stem, loose)[0] if before else []


def _intake_of_an_intake(words: Words, r: Reading, g: Fact, part: Fact) -> bool:
    """受理案件51571件，立案51229件，立案率99.34%: one intake word after another (a city's 受理 then its 立案, a
    police station's 受案 then 立案), the rate named by the second: the first is what it was taken from."""
    first, second = words.step_word(r.frame(g).label), words.step_word(r.frame(part).label)
    return (
        first is not None
        and second is not None
        and first != second
        and words.stage_of[second] in words.intake
        and first not in second
        and second not in first
    )


def _counts_things(r: Reading, g: Fact) -> bool:
    """Is the figure a count of things (not an average: 人均结案11.1件 is no numerator of 结案率; not the
    levels of a body: 两级法院调解结案205件 counts cases, not the 两级)?"""
    return (
        g.mention.kind == "count"
        and g.q.unit != "级"
        and not AVERAGE_RE.search(r.lead(g, 8))
        and not counts_kinds(r, g)  # (国有资产办理六个方面: areas, no count of the problems)
    )


def _graded_up_to(r: Reading, label: str, part: Fact, by_id: dict[str, Fact]) -> list[Fact]:
    """The parts of the list the numerator closes, when the rate says it is overall (总体合格率), or when
    the list is of a review's grades (优秀2件、良好12件、合格1件，合格率100%): every grade listed up to the
    one it names."""
    overall = _OVERALL_STEM_RE.search(label) is not None
    if rate_stem(label).startswith("不"):
        return []  # (合格619591批次，不合格15560批次，总体不合格率为2.4%: the failing grade alone, the lowest)
    for g in r.groups_of("breakdown"):
        ids = g.facts["parts"]
        if part.id in ids and not g.attrs.get("across"):  # (not a figure's split by scope: one grade each)
            upto = [by_id[i] for i in ids[: ids.index(part.id) + 1]]
            if not overall and not all(_GRADE_RE.search(r.frame(p).label) for p in upto):
                return []
            return upto if len(upto) >= 2 else []
    return []


_REQUEST_KINDS_RE = re.compile(r"投诉|举报|咨询|求助|建议")  # kinds of request counted apart


def _kinds_named_together(r: Reading, part: Fact) -> list[Fact]:
    """The counts of the request kinds a numerator's words join (投诉举报共办结…), each stated alone before it
    in its paragraph (投诉143396件, 举报31863件): the rate's base is their sum."""
    label = r.frame(part).label
    named = _REQUEST_KINDS_RE.findall(label)
    if len(named) < 2 or "".join(named) not in label:
        return []  # (投诉举报: the kinds joined, not one kind's words)
    para = r.seg.paragraph_at(part.start)
    found: list[Fact] = []
    for kind in named:
        g = next(
            (
                g
                for g in reversed(r.facts_between(para.start, part.start))
                if g.mention.kind == "count" and g.q.unit == part.q.unit and r.frame(g).label == kind
            ),
            None,
        )
        if g is None:
            return []
        found.append(g)
    return sorted(found, key=lambda g: g.start)


def _concluded_again(r: Reading, part: Fact, rate: Fact, before: list[Fact]) -> bool:
    """Are two or more other counts of a concluding step (审结, 执结) stated between a concluding numerator and
    its rate? Then the rate is of all that was concluded, not of the numerator's kind alone."""
    words = load_words()
    if words.stage(r.frame(part).label) not in words.concludes:
        return False
    later = [g for g in before if g.start > part.end and g.start < rate.start]
    return sum(1 for g in later if words.stage(r.frame(g).label) in words.concludes) >= 2


def _step_unnamed(r: Reading, g: Fact, stem: str) -> bool:
    """Does a rate's name say a step of a quality after what it counts (差评按时整改率: the bad reviews rectified in
    time) that the count's words do not (差评数3591条: all the bad reviews, its base, not its numerator)?"""
    quality = load_words().any_quality_re.search(stem)
    if quality is None or quality.start() < 2:
        return False
    step = stem[quality.end() :]
    return len(step) >= 2 and step not in r.frame(g).label + r.frame(g).pred[:4]


def _by_another_way(label: str, stem: str) -> bool:
    """Does a count's label name a way its step was taken by (通过联动方式化解) that the rate's name does not?"""
    if "方式" not in label:
        return False  # (asked of every candidate of every rate: the plain test first)
    way = _BY_WAY_RE.search(label)
    return way is not None and stem[-2:] in label[way.end() :] and way.group(1) not in stem


def _all_concluded(r: Reading, g: Fact) -> bool:
    """Does a count of a concluding step name no way of concluding and stand in no list (not 调解结案205件, nor
    二审结案7488件 under 审结29570件)?"""
    return _WAY_OF_CONCLUDING_RE.search(r.frame(g).label) is None and not any(
        g.id in grp.facts["parts"] for grp in r.groups_of("breakdown")
    )


def _rated_alike(r: Reading, counts: list[Fact], stem: str) -> bool:
    """Does a rate of the same name follow those counts in their sentence?"""
    if not counts:
        return False
    lo, hi = r.period_span(counts[0].start)
    return any(f.q.unit == "%" and rate_stem(r.frame(f).label) == stem for f in r.facts_between(lo, hi))


def _other_decision(r: Reading, part: Fact, stem: str, before: list[Fact]) -> Fact | None:
    """The count of the opposite decision stated before the rate with its numerator, in its unit
    (批准逮捕6988人，不捕12223人，不捕率63.6%; 决定起诉68.1万人…决定不起诉20.9万人，不起诉率23.5%): the rate
    is then of the two together, what was decided."""
    if not _PLAIN_DECISION_RE.fullmatch(stem):
        return None  # (附条件不起诉率: a decision of its own, over the minors' cases, not one side of 起诉)
    negated = stem.startswith("不")
    for g in reversed(before):
        if g is part or g.q.unit != part.q.unit:
            continue
        decision = [m for m in _DECISION_RE.finditer(r.frame(g).label)]
        if decision and bool(decision[-1].group(1)) != negated:
            return g
    return None


# (同意立案118件，不予立案的11件，立案率为91.5%: to file a proposal or not, decided alike)
_PLAIN_DECISION_RE = re.compile(r"(?:不(?:予|批准)?)?(?:批准|决定)?(?:逮捕|批捕|捕|起诉|公诉|诉|立案)")
_DECISION_RE = re.compile(r"(不(?:予|批准)?)?(?:逮捕|批捕|捕|起诉|公诉|立案)")


def _other_kinds_whole(r: Reading, rate: Fact, base: Fact) -> bool:
    """Is a base from a sentence before a whole of all cases, where the rate's own sentence says it is
    of one kind (办结4522件…。第一，民商事案件调解撤诉率大幅度上升，…调解撤诉案件2099件，调撤率为76.58%)?"""
    period = r.period_span(rate.start)
    if base.start >= period[0]:
        return False
    kinds = [k for k in CASE_KINDS if k in r.norm[period[0] : rate.start]]
    return bool(kinds) and not any(k in r.lead(base, 24) for k in kinds)


def _tried_elsewhere(r: Reading, stem: str, base: Fact) -> bool:
    """Is a success rate's base, from the sentence before, a count that names neither the attempts nor what
    is attempted on (共受理投诉8875件…。调解成功4482件，调解成功率59.4%: 调解成功率 is over the complaints taken
    into mediation, ../DOMAIN.md, which the text does not count; 受理纠纷…件 or 调解…件 would be its base)?"""
    tried = stem.removesuffix("成功")
    if len(tried) < 2 or tried == stem:
        return False
    said = r.frame(base).label + r.frame(base).pred[:4]
    return tried not in said and not _DISPUTES_RE.search(said)


_DISPUTES_RE = re.compile(r"纠纷|矛盾|争议|调解|调处|化解")  # (what is mediated, or the attempts themselves)


_DUE_STEP_RE = re.compile(r"应([\u4e00-\u9fff]{2})")
_RIGHT_BEFORE_RATE_RE = lazy_compile(r"\s*[，,]\s*[\u4e00-\u9fff]{0,8}率(?:为|达|达到|是)?\s*$")


def _due_and_done(r: Reading, before: list[Fact], rate: Fact) -> tuple[Fact, Fact] | None:
    """The two counts right before a rate, the first of what was due for a step (应办理), the second of what
    was done of it (已办理), in one unit: (due, done), else None."""
    if len(before) < 2:
        return None
    due, done = before[-2], before[-1]
    m = _DUE_STEP_RE.search(r.frame(due).label)
    if (
        m is None
        or due.q.unit != done.q.unit
        or ("已" + m.group(1)) not in r.frame(done).label
        or not _RIGHT_BEFORE_RATE_RE.match(r.norm[done.end : rate.start])
        or SEGMENT_END.search(r.norm, due.end, done.start)
    ):
        return None
    return due, done


def _siblings_base(
    r: Reading, rate: Fact, part: Fact, groups: list[Group], by_id: dict[str, Fact]
) -> Fact | None:
    """The one base the rates before a rate in its sentence share and fit, each over its own numerator, when the
    rate has a numerator and no base of its own (应结案52434件，结案43523件，结案率83.01%；按期结案40394件，按期结案率
    77.04%，返工276件，返工率0.53%: 返工率 is over the 52434 too), else None."""
    lo = r.period_span(rate.start)[0]
    siblings = [
        g
        for g in groups
        if g.kind == KIND
        and g.attrs.get("tie") in ("sentence", "before")
        and g.attrs.get("bases")
        and len(g.facts.get("part", ())) == 1
        and by_id[g.facts["rate"][0]].start >= lo
    ]
    if not siblings:
        return None
    # (the nearest run of them over one base: 立案率 and 派遣率 before 结案率 are over 受理 and 立案)
    run = list(
        itertools.takewhile(lambda g: g.attrs["bases"][0] == siblings[-1].attrs["bases"][0], siblings[::-1])
    )
    # (one is enough when the two name the halves of one whole: 按期办结率99.86%，超期办结4件，超期办结率0.14%, the
    # first's base stated in the sentence before; else a run of two stated in the sentence)
    stems = [str(run[0].attrs.get("stem", "")), rate_stem(r.frame(rate).label)]
    halves = len(run) == 1 and load_words().complementary(stems) is not None
    if not halves and (len(run) < 2 or any(g.attrs.get("tie") != "sentence" for g in run)):
        return None
    base = by_id[run[0].attrs["bases"][0]]
    if base.q.unit != part.q.unit or base.q.value < part.q.value:
        return None
    for g in run:
        keys = {"rate": by_id[g.facts["rate"][0]], "part": by_id[g.facts["part"][0]], "base": base}
        if not _fits(keys, {}):
            return None
    return base


def _rate_group(rate: Fact, parts: list[Fact], bases: list[Fact], stem: str, tie: str) -> Group:
    """A rate, its numerator (one count, or the kinds its definition lists) and its candidate bases."""
    roles = {"rate": [rate.id], "part": [p.id for p in parts]}
    if bases:
        roles["base"] = [bases[0].id]
    return Group(
        kind=KIND,
        facts=roles,
        span=(min(f.start for f in parts + bases), rate.end),
        attrs={"stem": stem, "bases": [b.id for b in bases], "tie": tie},
    )


def _defined_parts(r: Reading, f: Fact, before: list[Fact]) -> list[Fact]:
    """The counts a rate's bracketed definition names, one for each kind it lists (two or more), each
    the nearest count before the rate whose words end with that kind; [] unless every kind is found."""
    lo = r.frame(f).label_start
    defs = list(_DEFINED_RE.finditer(r.norm, lo, f.start))
    if not defs:
        return []
    m = defs[-1]
    kinds = [k.strip() for k in _KINDS_SEP_RE.split(m.group(1)) if k.strip()]
    if len(kinds) < 2:
        return []
    out: list[Fact] = []
    for kind in kinds:
        count = next((g for g in reversed(before) if r.frame(g).label.endswith(kind) and g not in out), None)
        if count is None:
            return []
        out.append(count)
    return sorted(out, key=lambda g: g.start)


_JOINED_RE = re.compile(r"[和及与、]|或者|或")


def _joined_parts(r: Reading, stem: str, before: list[Fact]) -> list[Fact]:
    """The counts a rate named by two kinds joined counts together (采纳和部分采纳率: 173件…被采纳、44件…被部分
    采纳), each the nearest count before the rate whose words end with its kind (the longer kind first: 部分
    采纳 is no 采纳); [] unless every kind is found."""
    kinds = [k for k in _JOINED_RE.split(stem) if k]
    abbreviated = load_words().joined.get(stem)
    if abbreviated:
        # 调撤率: 以撤诉方式结案539件，以调解方式结案158件 / 发改率: 以发回重审或改判方式结案405件
        kinds = list(abbreviated)
        both = next((g for g in reversed(before) if all(k in r.frame(g).label for k in kinds)), None)
        if both is not None:
            return [both]
    if len(kinds) < 2 or any(len(k) < 2 for k in kinds):
        return []
    out: dict[str, Fact] = {}
    for kind in sorted(kinds, key=len, reverse=True):
        count = next(
            (
                g
                for g in reversed(before)
                if g not in out.values()
                and not _included_in(r, g, before)
                and (
                    r.frame(g).pred.rstrip("、，,；;").endswith(kind)
                    or r.frame(g).label.endswith(kind)
                    or (abbreviated and kind in r.frame(g).label)  # (以撤诉方式结案539件)
                )
            ),
            None,
        )
        if count is None:
            return []
        out[kind] = count
    return sorted(out.values(), key=lambda g: g.start)


# a bracket after a figure saying what it includes, open up to the count (撤诉4427件(含按撤诉处理案件1420件))
_INCLUDES_OPEN_RE = re.compile(r"[（(]\s*(?:含|包括|包含)[^（()）]*$")


def _included_in(r: Reading, g: Fact, before: list[Fact]) -> bool:
    """Is the count inside a bracket saying what the figure right before it includes (撤诉4427件(含按撤诉处理案件
    1420件)): a subset of that figure, not the item of its own kind a joined rate counts?"""
    m = _INCLUDES_OPEN_RE.search(r.norm, max(0, g.start - 24), g.start)
    return m is not None and any(f.end == m.start() for f in before)


def _named_with_siblings(r: Reading, part: Fact, head: str, by_id: dict[str, Fact]) -> bool:
    """Does another part of a list the numerator is in also name what a satisfaction rate counts (非常满意
    beside 满意: degrees of one answer)?"""
    for g in r.groups_of("breakdown"):
        parts = g.facts["parts"]
        if g.attrs.get("overlap"):
            continue  # (对办理工作满意的526件，对办理结果满意的519件: answers to two questions, not degrees of one)
        if any(p != part.id and head in r.frame(by_id[p]).label for p in parts):
            return True
    return False


def _respective_names(r: Reading) -> dict[str, str]:
    """Each rate of an enumeration of rates by the name in its place (the second rate of 办理工作满意率和办理结果满意率
    分别达到99.8%和98.5% is the 办理结果满意率; enumeration.py reads the run): fact id → name."""
    out: dict[str, str] = {}
    for run in enumeration.runs(r):
        names = [*run.labels[:-1], run.labels[-1].rstrip("均都")]  # (办复率和满意率均分别为…)
        if all(n.endswith("率") for n in names) and all(f.q.unit == "%" for f in run.values):
            out.update({f.id: name for f, name in zip(run.values, names, strict=True)})
    return out


def rate_stem(label: str) -> str:
    """What a rate's name counts: the words before 率 (调解成功率达 → 调解成功; 办复率和满意率均为 → 办复),
    after the last 的 (委员对提案办理的满意率 → 满意), without qualifiers (平均整改率 → 整改)."""
    joined = re.search(r"率[和、及与]", label)
    head = label[: joined.start()] if joined else label[: label.rfind("率")]
    head = re.split(r"[，,、的]", head)[-1]
    return _QUALIFIER_RE.sub("", head)


# 5231件，结案率: one comma, the rate's name
_JUST_BEFORE_RE = re.compile(r"\s*[，,]\s*[\u4e00-\u9fff]{0,12}")


def _names_what_it_counts(r: Reading, sub: Fact, stem: str, rate: Fact) -> bool:
    """Do the words of the subset's clause say something of what the rate counts, a character of its last word
    (2331项纳入本级政务服务中心…，入驻率: 入; not 有15户企业建立了总法律顾问制度，总法律顾问专职率: 专职 counts some
    of the 15)?"""
    end = max(r.norm.rfind(c, sub.end, rate.start) for c in "，,；;")
    clause = r.norm[r.clause_start(sub.start) : end if end > sub.end else rate.start]
    return any(c in clause for c in stem[-2:])


def _total_of_its_list(
    r: Reading,
    stem: str,
    before: list[Fact],
    opened: int,
    totals_of: dict[str, list[str]],
    by_id: dict[str, Fact],
) -> Fact | None:
    """经审查，立案602件。其中，委员提案478件、集体提案124件，立案率83.8%: a rate after a list, in a sentence
    whose counts are all parts of one total stated before it, is of that total when the total's words name
    what the rate counts."""
    totals = {t for g in before for t in totals_of.get(g.id, ())}
    if not before or len(totals) != 1 or any(g.id not in totals_of for g in before):
        return None
    if any(stem[-2:] in r.frame(g).label + r.frame(g).pred[:8] for g in before):
        return None  # (…的留言有1871件得到回复，回复率达到78%: a part's own rate, of a base unstated)
    total = by_id[totals.pop()]
    return total if total.start < opened and _numerator(r, stem, [total]) is total else None


def _names_the_next(r: Reading, g: Fact, rate_start: int) -> bool:
    """Is `g` a small count in words that runs on, with no mark between, into the next figure of its clause or into
    the rate (四项未结案件共211件; 四项案件未结率为26.78%): a name of what that figure counts, not a count of its own?"""
    if not _NAMING_COUNT_RE.match(g.mention.text) or rate_start <= g.end:
        return False
    nxt = next((h.start for h in r.facts_between(g.end, rate_start)), rate_start)
    return _GAP_MARK_RE.search(r.norm, g.end, nxt) is None


def _numerator(r: Reading, stem: str, before: list[Fact], rate_start: int = -1) -> Fact | None:
    """The count before the rate whose own words name what the rate counts, the nearest of the best:
    they hold the name's last word, or all of a short name in order."""
    vocab = load_words()
    quality = vocab.quality_re.search(stem)
    if quality and quality.start() >= 2:
        # 备案及时率: of the things its name counts (备案), those of a quality (及时) the count before it
        # says in its own words (在法定期限内报送备案的100件；备案材料符合要求的144件)
        counted = stem[: quality.start()][-2:]
        return next((g for g in reversed(before[-1:]) if counted in r.frame(g).label), None)
    head = stem[-2:]
    best, score = None, 0.0
    required = vocab.any_quality_re.search(stem)  # 法定期限内结案率: only a count said to be in time
    for g in reversed(before):
        fr = r.frame(g)
        if g.q.unit in DURATION_UNITS:
            continue  # 一个月内结案率59%: a span of time is no count of what the rate counts
        if _names_the_next(r, g, rate_start):
            continue  # 全院四项未结案件共211件，四项案件未结率: a small count in words names what the next figure counts
        if required and required.group() not in fr.label + fr.pred[:8]:
            continue
        thing = r.counted_thing(g)
        if thing is not None and thing[-2:] not in stem:
            continue  # 进驻36个行政审批部门 counts departments, not what 事项进驻率 counts
        pred = fr.pred
        if "、" in pred and _PERCENT_AHEAD_RE.match(r.norm, r.norm.find(pred, g.end) + len(pred)):
            # 受理信件245件、办结率97.96%: a rate's own name, no words of the count
            pred = pred.split("、")[0]
        words = fr.label + pred[:8]
        # the words nearest the count name it (经审查予以备案43件 counts 备案, not 审查), and the rate's
        # last word is what it counts (信访事项按期办结率: 办结, not 信访); a 的-clause opening with it names
        # it too (已落实或逐步实施代表所提问题的190件, 落实率; not 被申请人自行纠错后…撤回申请的19万件, 纠错率)
        near = fr.label[-5:] + pred[:3]
        if r.norm[g.start - 1 : g.start] == "的" and head in fr.label[:_CLAUSE_HEAD]:
            near = fr.label + pred[:3]
        elif len(fr.label.removeprefix("其中")) <= 1:
            near = fr.label + pred[:_PRED_NAMES]  # 其中157件已调解结案: named by the words after it
        if _NOT_DONE_RE.search(fr.label) and not stem.startswith(("未", "尚未")):
            continue  # 正在整改问题21个, 未办结3件: not what 整改率, 办结率 count (what 未结率 counts)
        if _of_those_not_done(fr.label, stem):
            continue  # 逾期未纠正违法或履行职责32件 is not what 纠正率 counts (the words after 未 run on past it)
        if head + "案件" in near and vocab.stage(fr.label) in vocab.intake:
            continue  # 受理各类执行案件811件 received cases of a kind (执行), not what 实际执行率 counts
        if head + "案件" in near and any(
            head + "案件" in (label := r.frame(h).label) and vocab.stage(label) in vocab.intake
            for h in before
        ):
            # 受理法律援助案件1286件，其中…民事法律援助案件747件，…案件援助率100%: a kind of the cases received, its
            # head the field's own name, not what the rate counts
            continue
        if "不" + head in near and "不" + head not in stem:
            continue  # 检出不合格食品347批次 is the complement of what 合格率 counts
        if head + "成功" in near and "成功" not in stem:
            continue  # 调解成功3882件 is what 调解成功率 (调成率) counts, not 调解率 (all mediated)
        k = near.find(head)
        if k >= 2 and near[k - 2 : k] in _WAYS and near[k - 2 : k] not in stem and head != _SUCCESS:
            # 157件已调解结案 is what 调解结案率 counts, not 结案率 (all concluded); but 调解成功4192件 is what a bare
            # 成功率 counts, the success of the mediation before it
            continue
        if _by_another_way(
            r.lead(g), stem
        ):  # (the clause's words: 以判决方式结案 where the label is 方式结案)
            continue  # 通过联动方式化解…2.4万余件 is some of those 化解, not what 基层一线化解率 counts
        if len(stem) >= 4 and head in _CLOSED and stem[-4:-2] in _WAYS and stem[-4:-2] not in words:
            continue  # 结案2件 is not what 协调结案率 counts (those concluded by 协调)
        quality = vocab.any_quality_re.search(near)
        if quality and near.startswith(head, quality.end()) and quality.group() not in stem:
            continue  # 按时结案597件 is what 按时结案率 counts, not 结案率 (all closed)
        if (
            head in near
            or _relative(head, fr.label)
            or _verb_first(head, fr.label)
            or _done_to_the_thing_before(r, head, g, before)
            or _done_to_the_same(r, head, g, before)
            or _closes_alike(head, near)
            or (len(stem) >= 4 and fr.label.lstrip("已共").startswith(stem))  # 直接解答群众诉求…, 直接解答率
        ):
            # the most shared words, then the fewest others (共不起诉70人, not 证据不足不起诉5人, for 不起诉率)
            shared = max(1, shared_words(stem, words))
            s = 10 * shared - min(9, max(0, len(fr.label) - shared)) / 10
        elif stem not in fr.label and subsequence_words(stem, fr.label[-6:]) == len(stem):
            s = float(len(stem))  # an abbreviation: 报备 for 报送备案, 调撤 for 调解撤诉
        else:
            continue
        if s > score:
            best, score = g, s
        if (
            g is before[-1]
            and s > 0
            and _JUST_BEFORE_RE.fullmatch(r.norm, g.end, rate_start)
            and "其中" in r.norm[max(r.norm.rfind(c, 0, g.start) for c in "，,；;。") + 1 : g.start]
        ):
            return g  # 其中市中院审(执)结5231件，结案率98.74%: a part's own rate, right after it
    return best


def _done_before(r: Reading, stem: str, g: Fact, before: list[Fact]) -> bool:
    """Does a count before the one not done, in its sentence, name those the rate's step was done to (及时纠正违法…
    322件，逾期未纠正…32件，纠正率90.9%: the rate is of the two together, not of a total the 32 is the rest of)?"""
    head = stem[-2:]
    return any(
        h.sentence == g.sentence
        and head in (label := r.frame(h).label)
        and not _of_those_not_done(label, stem)
        for h in before
        if h is not g
    )


def _of_those_not_done(label: str, stem: str) -> bool:
    """Do a count's words name those the rate's step was not done to (逾期未纠正…, for 纠正率; not for 不满意率)?"""
    head = stem[-2:]
    return any(neg + head in label and neg + head not in stem for neg in "未不")


_PERCENT_AHEAD_RE = re.compile(r"\s*\d[\d.]*\s*%")


def _closes_alike(head: str, near: str) -> bool:
    """Does a count name what the rate's last word counts in other words (schemas/structures.yaml
    `counted_as`: 受理7199件，审执结6791件，结案率94.33%)?"""
    return any(w in near for w in load_words().counted_as.get(head, ()))


def _done_to_the_thing_before(r: Reading, head: str, g: Fact, before: list[Fact]) -> bool:
    """Does a count open with the rate's word (or another word for it) done to the very thing an earlier count of
    the sentence names (发现林业行政案件18.29万起，…查结林业行政案件17.61万起，查处率: 查结 is 查处 of those found)?"""
    return any(
        o.start < g.start
        and o.sentence == g.sentence
        and _AMOUNT_WORD_RE.sub("", r.frame(o).label).endswith(thing)
        for thing in _things_done_to(r.frame(g).label, head)
        for o in before
    )


_THING_LEAST = 4  # characters of the thing two counts name alike (林业行政案件), at least


def _things_done_to(label: str, head: str) -> list[str]:
    """What a count's words say the rate's word (or another word for it) was done to: the words after it, when no
    step comes before it (查处林政案件 → 林政案件; a subject that takes no step of its own may come first:
    各级领导干部及办理单位回复网民留言为11330件 → 网民留言)."""
    vocab = load_words()
    out = []
    for w in (head, *vocab.counted_as.get(head, ())):
        k = label.rfind(w)
        thing = (
            label[k + len(w) :].removesuffix("为") if k >= 0 and vocab.step_word(label[:k]) is None else ""
        )
        if len(thing) >= _THING_LEAST:
            out.append(thing)
    return out


def _found_the_sentence_before(r: Reading, stem: str, g: Fact, rate: Fact) -> Fact | None:
    """The count of the sentence before that names, as it came in (发生, 收到…), the very thing the count right
    before the rate names after the rate's word (查处林政案件43.18万起，查处率: 发生林政案件43.98万起)."""
    if sum(r.norm.count(c, g.end, rate.start) for c in "，,") != 1:
        return None
    vocab = load_words()
    sentence = r.period_span(g.start)[0]
    if sentence <= r.seg.paragraph_at(g.start).start:
        return None
    earlier = r.facts_between(*r.period_span(sentence - 1))
    for thing in _things_done_to(r.frame(g).label, stem[-2:]):
        for o in reversed(earlier):
            said = _AMOUNT_WORD_RE.sub("", r.frame(o).label)
            step = vocab.stage(said)
            if (
                o.mention.kind == "count"
                and o.q.unit == g.q.unit
                and said.endswith(thing)
                and step is not None
                and step in vocab.intake
            ):
                return o
    return None


_AMOUNT_WORD_RE = re.compile(r"(?:总量|总数|数量|量|数)$")  # (网民留言量: the 网民留言)


def _verb_first(head: str, label: str) -> bool:
    """Does a short label open with the rate's word, all kinds of the thing it is done to after (起诉各类
    犯罪373件, 起诉率; not 化解信访积案56件, a kind of its own)?"""
    # (成功化解各类矛盾纠纷2544件, 调解成功率: the rate's word in other words, schemas/structures.yaml `counted_as`)
    return any(
        label.startswith(w)
        and len(label) <= len(w) + 6
        and label[len(w) :].startswith(("各类", "各种", "各项"))
        for w in (head, *load_words().counted_as.get(head, ()))
    )


_SUBJECT_MOST = 2  # characters of a subject before a label's verb (法院采纳…)


def _done_to_the_same(r: Reading, head: str, g: Fact, before: list[Fact]) -> bool:
    """Does a label open with the rate's word, done to the thing an earlier count of the sentence names
    (受理群众诉求4371件，办结群众合理诉求4368件，办结率99.93%: 群众…诉求 again)?"""
    label = r.frame(g).label.lstrip("已共")
    # (法院采纳确定刑量刑建议4056人 after 提出确定刑量刑建议4093人: the verb after a short subject)
    at = label.find(head, 0, _SUBJECT_MOST + len(head))
    if at < 0 or len(label) - at - len(head) < _SAME_THING:
        return False
    thing = label[at + len(head) :]
    return any(
        e.start < g.start and e.sentence == g.sentence and _in_order(thing, r.frame(e).label) >= _SAME_THING
        for e in before
    )


def _in_order(thing: str, label: str) -> int:
    """How many characters of `thing` the label holds in the same order (群众合理诉求 in 受理群众诉求: 4),
    counted only when they are most of it (two in three)."""
    k = n = 0
    for c in thing:
        at = label.find(c, k)
        if at >= 0:
            k, n = at + 1, n + 1
    return n if 3 * n >= 2 * len(thing) else 0


_SAME_THING = 4  # characters of the thing done to that two counts must name alike to count the same things


def _relative(head: str, label: str) -> bool:
    """Does the label name the counted things by a clause ending in the rate's word (内容违法的规范性文件7件,
    违法率3.5%)?"""
    k = label.rfind(head + "的")
    rest = label[k + len(head) + 1 :]
    return k >= 0 and 1 <= len(rest) <= 6 and not any(c in rest for c in "，,的、")


def _adjacent(r: Reading, stem: str, rate: Fact, before: list[Fact]) -> Fact | None:
    """共有131位委员提出提案，委员提案参与率达87.04%: a rate in the clause right after a count whose
    words share the rate's (委员提案), or that names an earlier step than the rate's (收到…3条，答复率),
    without naming its numerator. The count is the rate's numerator or
    its base; the check tries both."""
    if not before:
        return None
    g = before[-1]
    if r.bracketed(g, rate.start):
        # 已经审结21件(含2019年收案、2020年结案6件)，胜诉率95.24%: the figure the bracket follows, not its aside
        opening = max(r.norm.rfind("(", 0, g.start), r.norm.rfind("（", 0, g.start))
        outside = [h for h in before if h.end <= opening]
        if not outside or r.norm[outside[-1].end : opening].strip():
            return None
        g = outside[-1]
        before = [*outside, before[-1]]  # (the marks between count from the bracket's close)
    if g.q.unit in KIND_UNITS or g.q.unit in DURATION_UNITS:
        # 有30种产品合格率低于80%，其中…合格率仅为65.6%: kinds counted, not what a rate counts (nor a span of time:
        # 从近5年的抽查情况看，产品抽查合格率分别为88.9%、…)
        return None
    thing = r.counted_thing(g)
    if thing is not None and thing[:2] not in r.norm[r.clause_start(rate.start) : rate.start]:
        # 群众诉求办理共涉及93个单位，办件按期办理率为99.11%: the bodies it counts are not what the rate counts
        return None
    between = r.norm[max(g.end, before[-1].end) : rate.start]
    fr = r.frame(g)
    marks = sum(between.count(c) for c in "，,；;")
    if marks != 1 and not (marks == 0 and between.lstrip().startswith("、")):
        return None  # (受理信件245件、办结率97.96%: joined by 、 as closely as by ，)
    if "；" in between or ";" in between:
        return None  # (189家中161家持有卫生许可证；设施卫生合格率为63.49%: a segment of its own, of another property)
    if _names_the_rest(r.lead(g, _REST_WORDS), stem) and not _done_before(r, stem, g, before):
        return g  # 抽查回访工单1699件，其中不满意41件，满意率97.59%: the rest the rate leaves out
    if _of_those_not_done(fr.label, stem):
        # (…纠正违法或履行职责322件，…逾期未纠正违法或履行职责32件，纠正率90.9%: of those done and not, together;
        # the one not done, alone, is neither its numerator nor its base)
        return None
    words = load_words()
    if words.surveyed_re.search(stem) and not words.asked_re.search(fr.label):
        return None  # 办理此类工单25件，满意率90%: satisfied among those asked, who are not the 25
    step, prior = words.stage(stem), words.stage(fr.label)
    # (收到依申请公开信息3条，答复率100%: the count is of an earlier step than the rate's)
    earlier_step = step is not None and prior is not None and prior < step
    # words shared beyond the name of the field (审结行政复议案件1629件，行政复议阶段…化解率: only 行政复议)
    field = r.onto.keyword_re
    return g if earlier_step or shared_words(field.sub("", stem), field.sub("", fr.label + fr.pred)) else None


_NEGATED_END_RE = re.compile(
    r"[不未]([\u4e00-\u9fff]{2})$"
)  # a rate's stem ending in a negated step (…不合格)


def _names_in_order(stem: str, label: str) -> bool:
    """Does a label hold a rate's stem, its characters in order and not negated (持证 in 持有行政执法证件人员;
    not 满意 in 不满意)?"""
    k = label.find(stem[0])
    return (
        subsequence_words(stem, label) >= 2
        and not (k > 0 and label[k - 1] in "不未非无没")
        # (不合格样品480批次 for 样品总体合格率: the rest, which the rate leaves out)
        and not _names_the_rest(label, stem)
    )


def _set_in_clause(r: Reading, part: Fact, step: int | None) -> Fact | None:
    """The count right before the numerator in its clause, when the words between name the items it counts
    and then, after 已 or 中, the numerator's own step (16656件重复信访案件已办结15660件), if any."""
    i = r.fact_index().position.get(id(part), -1)
    if step is None or i <= 0:
        return None
    g = r.facts[i - 1]
    if g.mention.kind != "count" or g.q.value < part.q.value or not counted_alike(g.q.unit, part.q.unit):
        return None
    between = r.norm[g.end : part.start]
    done = _SET_THEN_STEP_RE.fullmatch(between)
    if done is None or load_words().stage(done.group("step")) != step:
        return None
    return g


def _intake_named_before(r: Reading, words: Words, part: Fact) -> Fact | None:
    """全年共受案394件…。与2005年相比，受案数增加82件…。所受理的案件当年结案326件，结案率82.7%: a numerator whose words
    open by naming what came in (所受理的案件, 受理的案件) is of the last count of an intake step before it in its
    paragraph (not a change's amount)."""
    m = _SET_BY_INTAKE_RE.match(r.frame(part).label)
    if m is None or words.stage(m.group("step")) not in words.intake:
        return None
    para = r.seg.paragraph_at(part.start).start
    for g in reversed(r.facts_between(para, part.start)):
        if (
            g.mention.kind == "count"
            and counted_alike(g.q.unit, part.q.unit)
            and words.stage(r.frame(g).label) in words.intake
            and not MOVED_BY_RE.search(r.norm, max(0, g.start - 3), g.start)
        ):
            return g
    return None


_SET_BY_INTAKE_RE = re.compile(r"^(?:所|对)?(?P<step>[\u4e00-\u9fff]{2})的(?:案件|申请|纠纷|诉求|事项)")


# (a set of items a step is taken on: not 137宗违法用地已立案查处59宗, acts of which a filing rate may count others)
_SET_THEN_STEP_RE = re.compile(
    r"[\u4e00-\u9fff]{0,10}?(?:案件|纠纷|申请|诉求|信件|建议|提案|工单|事项|线索)(?:中|已|已经|中已)"
    r"(?P<step>[\u4e00-\u9fff]{2,6})"
)


# a ；-segment that says what was since done to the subject of the one before, naming none of its own
# (投诉1023件，…占受理总量的27.4%；截至目前已办结反馈595件，办结反馈率58.2%)
_GOES_ON_RE = re.compile(r"\s*(?:截至目前|截至[^，,；;\d]{0,8}?|目前|现)?[，,]?\s*(?:已经|均已|全部|已)")


def _bases(
    r: Reading,
    part: Fact,
    before: list[Fact],
    totals_of: dict[str, list[str]],
    by_id: dict[str, Fact],
    stem: str,
    loose: bool = False,
) -> tuple[list[Fact], str]:
    """Candidate bases, most likely first: the totals of the lists the numerator is in, then the counts
    before it in its sentence that name an earlier step of the same process (收到 before 办结; a
    numerator named by no step takes a first step, 接收 or 收到), nearest first. With none, the same
    from the sentence before, a looser tie (`loose`: `before` is already that sentence's counts),
    only for a numerator that names a step, and not when that sentence states a rate of the same name
    (累计化解638件，化解率34.01%。市直部门单位累计化解8件，化解率6.61%: the second is of another whole)."""
    words = load_words()
    out: list[Fact] = []

    def add(g: Fact, listed: bool = False, subject: bool = False) -> None:
        if g is part or any(g is o for o in out) or g.start >= part.start or g.q.unit == "%":
            return
        if g.id in r.channel_parts:
            return  # (…微信有效受理91件，网站有效受理25件。累计办结3884件…办结率98.53%: no base of its own)
        if COMPARED_PRIOR_RE.search(r.lead(g)):
            return  # (立案受理13102件，对比2011年度受理案件数9728件…。共审结12888件，结案率: last year's, no base)
        if MOVED_BY_RE.search(r.norm, max(0, g.start - 3), g.start):
            return  # (与2005年相比，受案数增加82件…。当年结案326件，结案率82.7%: by how much a count moved, no base)
        if (
            not listed
            and g.q.unit != part.q.unit
            and g.q.unit not in GENERAL_UNITS
            and {g.q.unit, part.q.unit} - _FORMS
            and not {g.q.unit, part.q.unit} <= _TIMES
        ):
            # 20个承办单位办复议案2件: units of another kind of thing (收回测评表28张, 满意票25票: ballots); but
            # the total of a list the numerator is a part of is of its kind (接听来电8947个，其中…直办6673件)
            return
        if instance is not None and instance_before(r.norm, g.start) not in (None, instance):
            return  # 一审败诉案件1376件 is over no 审结非诉行政执行案件: another set of cases
        if g.sentence != part.sentence and g.id in totals_of and part.id not in totals_of and not subject:
            return  # …高级法院收案5258件，占1.6%。审结325490件…综合结案率93.0%: a part of a list is no whole
        cut = r.last_segment_end(g.end, part.start)
        if cut >= 0 and g.family is not None and r.opens_another_field(cut + 1, g.family):
            return  # 办结35件，…调撤率17.14%；行政诉讼发案量13件，败诉2件，败诉率: the segment is of another field
        out.append(g)

    instance = instance_before(r.norm, part.start)

    step = words.stage(r.frame(part).label)
    negated = _NEGATED_END_RE.search(stem) if step is None else None
    if negated is not None:
        # 回访737702件，群众评价不满意64735件，不满意率 / 抽检342004批次，不合格6258批次，监督抽检总体不合格率: the
        # other side of 满意, of 合格
        step = words.stage(negated.group(1))
    # an outcome of concluded cases (纠错, 维持) is over those concluded: from the sentence before, only a
    # count of a concluding step is its base (受理1033件。直接纠错236件，纠错率24.2% is not over the 1033)
    # (so is a way of concluding: 通过调解、和解方式结案16.79万件 is of all those concluded)
    outcome = step is not None and step in words.concludes
    way = outcome and _WAY_OF_CONCLUDING_RE.search(r.frame(part).label) is not None
    if step is not None and outcome:
        outcome = any(c < step for c in words.concludes) or "方式" in r.frame(part).label

    def parents(cands: list[Fact], loose: bool = False) -> None:
        if loose and (step is None or _rated_alike(r, cands, stem)):
            return
        for g in cands:
            prior = words.stage(r.frame(g).label)
            if prior is None or (loose and outcome and prior not in words.concludes):
                continue
            if went_on_from(r, g, part):
                continue  # 受理137起，其中调解53起、裁决65起…，结案132起: a part the list went on from is no base
            # a step before the numerator's; for a numerator named by no step, an intake step in its own
            # ；-clause (行政机关负责人出庭应诉68件次 is not over the 新收72件 of the clause before)
            if (
                # (审结29570件，其中一审结案22082件，二审结案7488件，调解、撤诉结案7053件，调撤率: a way of concluding
                # is of all those concluded, not of one item of their list)
                (
                    prior < step
                    or (way and prior == step and _all_concluded(r, g))
                    or (prior == step and _intake_of_an_intake(words, r, g, part))
                )
                if step is not None
                else (prior in words.intake and not SEGMENT_END.search(r.norm, g.end, part.start))
            ):
                add(g)

    # 16656件重复信访案件已办结15660件，办结率94.02%: the count whose words, in the numerator's own clause, name
    # the set the step was taken on (已 or 中 before the step) is its base first
    own_set = _set_in_clause(r, part, step) or _intake_named_before(r, words, part)
    if own_set is not None:
        add(own_set)
    # 应结案7487件，结案7263件，结案率97%: what was due for the step is its rate's base first
    # (应处置案件6523件，处置案件6507件，处置率99.75%: a step the vocabulary does not know, named by the rate)
    word = words.step_word(r.frame(part).label) or (stem[-2:] if stem[-2:] in r.frame(part).label else None)
    due_found = False
    if word is not None:
        # (应结案数29186件，结案数25783件，…按时办结数24165件，按时办结率82.8%: what was due for any word of the
        # step, 结案 for 办结)
        stage = words.stage_of.get(word)
        dues = (
            ["应" + w for w, k in words.stage_of.items() if k == stage]
            if stage is not None
            else ["应" + word]
        )
        for g in reversed([g for g in before if g.start < part.start]):
            label = r.frame(g).label
            if "应" in label and any(due in label for due in dues):
                add(g)
                due_found = True
                break
    among = _AMONG_IN_LABEL_RE.search(r.frame(part).label)
    if among is not None:
        # 已收到回复192939份，…；已收到的回复中被采纳186544份，采纳率为96.69%: of the set the numerator's words
        # name it among, the last count before it named alike
        head = among.group(1)[-2:]
        named_set = next(
            (g for g in reversed(before) if g.start < part.start and r.frame(g).label.endswith(head)), None
        )
        if named_set is not None:
            add(named_set)
    for t in totals_of.get(part.id, []):
        named = r.frame(by_id[t]).label
        level = words.stage(named)
        if (
            step is not None
            and level is not None
            and level >= step
            and stem in named
            and stem in r.frame(part).label
        ):
            # 调解结案205件，其中基层法院一审调解结案197件，调解率35.95%: a list of what the rate counts, split by
            # court, is no base of it (a base is a step before the numerator's)
            continue
        add(by_id[t], listed=True)
    parents(list(reversed([g for g in before if g.start < part.start])), loose=loose)
    if out and not loose and step is None and stem[-2:] in r.frame(part).label:
        # 其中“三大纠纷”81件(积案12件)，调结76件，调结率93.83%: the kind the sentence opens with, named by no
        # step, is a further reading of the base of the rate of what its numerator names (by no step either)
        opening = next((g for g in before if g.start < part.start and g.sentence == part.sentence), None)
        if opening is not None and words.stage(r.frame(opening).label) is None:
            add(opening)
    if not out and step is not None and not loose:
        # 重大拖欠农民工工资案件442起，已办结426起，结案率达96.4%: a count named by no step that opens the
        # numerator's sentence, with nothing else between, is what the step was taken on
        # (not a count of another thing, 清理430余份 before 报备2件; nor within the numerator's clause, 137宗
        # 违法用地已立案查处59宗; nor for a rate of a quality, 报备及时率, which the count need not have)
        openers = [g for g in before if g.sentence == part.sentence and g.start < part.start]
        opens = r.sentence_span(part.sentence)[0]
        goes_on = (
            not openers
            and r.norm[opens - 1 : opens] in ("；", ";")
            and bool(_GOES_ON_RE.match(r.norm, opens))
        )
        if goes_on:
            # (其中投诉1023件，…；截至目前已办结反馈595件，办结反馈率58.2%: the segment before names the subject, a
            # part of the list it opens, what was since done to it the segment after)
            openers = [g for g in before if g.sentence == part.sentence - 1 and g.start < part.start]
        if len(openers) > 1 and all(totals_of.get(g.id) == [openers[0].id] for g in openers[1:]):
            # (网格事件17457件，其中网格员上报17146件，…APP 12件，办结17443件，办结率99%: the opener and its own list)
            openers = openers[:1]
        between = r.norm[openers[0].end : part.start] if len(openers) == 1 else ""
        if (
            len(openers) == 1
            and not words.stage_re.search(r.frame(openers[0]).label)  # (not 不予立案15件: a step not taken)
            and _CLAUSE_MARK_RE.search(between)
            and (not SEGMENT_END.search(between) or goes_on)
            and (openers[0].id not in totals_of or goes_on)
            and (openers[0].q.unit == part.q.unit or {openers[0].q.unit, part.q.unit} <= set(CASE_UNITS))
            and not words.any_quality_re.search(stem)
            # (nor for an outcome of concluded cases, 败诉率, over a count of cases filed: 行政诉讼发案量13件，败诉2件)
            and not outcome
        ):
            add(openers[0], subject=goes_on)
            if out:
                return out, "opening"
    if out:
        # a numerator named by no step (重新犯罪18人) is over a first step only by guess: 当年重新犯罪率 is over all
        # those under correction in the year, which the text may not state
        first = out[0]
        guessed = (
            step is None
            and not due_found  # (what was due for it is no guess)
            and not any(by_id.get(t) is not None for t in totals_of.get(part.id, []))
            # (登记受理…工单36514件，…在线办结工单25658件，在线办结率70.27%: the rate names its numerator, a
            # path no step word names, and the intake of its sentence is what every path is taken from)
            and not (
                (
                    # (a way of a step: 在线办结, not 重新犯罪)
                    (
                        len(stem) >= 3
                        and words.stage_re.search(stem) is not None
                        and stem in r.frame(part).label
                    )
                    # (收案219977件，已结197831件，执结率: the numerator in a word the rate's name is counted as)
                    or any(w in r.frame(part).label for w in words.counted_as.get(stem[-2:], ()))
                )
                and first.sentence == part.sentence
                and words.stage(r.frame(first).label) in words.intake
            )
        )
        return out[:MAX_BASES], "guess" if guessed else "sentence"
    period = r.period_span(part.start)
    if period[0] > r.seg.paragraph_at(part.start).start and not any(g.start < part.start for g in before):
        prev = r.period_span(period[0] - 1)
        parents(list(reversed([g for g in r.facts_between(*prev) if g.mention.kind == "count"])), loose=True)
    if not out and step in words.concludes and _CLOSURE_RE.search(stem):
        # 案件共793件(新收案件649件，旧存案件144件)…；审结715件…。结案率为90.16%: the caseload the paragraph
        # states, new and carried in together, is what a closure rate is over
        para = r.seg.paragraph_at(part.start).start
        load = next(
            (
                g
                for g in reversed(r.facts_between(para, part.start))
                if g.mention.kind == "count"
                and g.q.unit == part.q.unit
                and _CARRIED_IN_RE.match(r.norm, g.end)
            ),
            None,
        )
        if load is not None:
            out.append(load)
            return out, "before"
    if not out and outcome is False and step in words.concludes and TOTAL_WORDS_RE.search(r.lead(part, 8)):
        # 录入的案件共13499件…。其中受理…9880件…。共办结案件13043件，办结率97%: all those concluded are of the
        # last total the paragraph stated before them (a looser tie)
        para = r.seg.paragraph_at(part.start).start
        total = next(
            (
                g
                for g in reversed(r.facts_between(para, part.start))
                if g.mention.kind == "count"
                and g.q.unit == part.q.unit
                and g.q.value >= part.q.value
                and TOTAL_WORDS_RE.search(r.lead(g, 8))
                and g.id not in totals_of
                and (words.stage(r.frame(g).label) or -1) < step
            ),
            None,
        )
        if (
            total is not None
            and not any(
                f.mention.kind == "percent" and stem[-2:] in r.frame(f).label
                for f in r.facts_between(total.end, part.start)
            )
        ):  # (累计化解638件，化解率34.01%。市直部门单位累计化解8件，化解率6.61%: a rate of its name between: another whole)
            add(total)
    if not out and outcome and instance is not None:
        # 其中，新收一审行政案件17378件…；审结17701件…。此外，…非诉行政执行案件…。全省行政机关一审败诉案件1376件…；一审
        # 败诉率7.8%: an outcome of one instance is over the concluded count of that instance the paragraph stated last
        para = r.seg.paragraph_at(part.start).start
        for g in reversed(r.facts_between(para, part.start)):
            if (
                g.mention.kind == "count"
                and g.q.unit == part.q.unit
                and (st := words.stage(r.frame(g).label)) is not None
                and st in words.concludes
                and st < step  # type: ignore[operator]
                and not _WAY_OF_CONCLUDING_RE.search(r.frame(g).label)
                and instance_of_sentence(r.norm, r.period_span(g.start)[0], g.start) == instance
            ):
                # (a part of all those concluded, 审结38369件 其中…17701件, and that instance's whole: no add()
                # test of a list's part)
                out.append(g)
                break
    return out[:MAX_BASES], "before" if out else "none"


# --- the check -------------------------------------------------------------------------------------

_RATE_REL = Relation("==", Ref("rate"), Bin("/", Ref("part"), Ref("base")), "rate == part / base")
_READINGS = LENIENT_READINGS


def _fits(keys: dict[str, Fact], extra: dict[str, Interval], readings: tuple[str, ...] = _READINGS) -> bool:
    return any(holds(_RATE_REL, env(keys, rd, extra)) for rd in readings)


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        rate = ctx.fact(g.facts["rate"][0])
        if rate.id in ctx.rated or (
            fact_interval(rate).lo > 1 + 1e-9 and not closure_over_new_cases(rate, ctx)
        ):
            continue  # a metric rule checks it, or the bound rule reports it
        loosely = ctx.rated_loosely.get(rate.id)
        if loosely is not None and (not g.attrs.get("bases") or g.attrs["bases"][0] in loosely):
            continue  # (a metric rule read it over the same base, an unstated term allowed: its reading stands)
        if "count" in g.facts:
            _check_adjacent(rule, ctx, rate, ctx.fact(g.facts["count"][0]))
            continue
        if "kinds" in g.attrs:
            _check_over_kinds(
                rule, ctx, rate, ctx.fact(g.facts["part"][0]), [ctx.fact(k) for k in g.attrs["kinds"]]
            )
            continue
        bases = [ctx.fact(b) for b in g.attrs.get("bases", [])]
        # a base stated only as a bound (收案首次突破5万件) fits any rate below its own: exact bases first
        bases.sort(key=lambda b: b.q.low is None or b.q.high is None)
        tie = str(g.attrs.get("tie", "none"))
        if len(g.facts["part"]) > 1:
            _check_defined(rule, ctx, rate, [ctx.fact(p) for p in g.facts["part"]], bases, tie)
            continue
        part = ctx.fact(g.facts["part"][0])
        due = any(_DUE_RE.search(_label(ctx, b)) for b in bases)  # (应结案7500件: all that was due)
        fitting = next(
            (
                b
                for b in bases
                if b.q.low is not None  # (not a bound: 突破5万件 fits any rate below its own)
                and b.q.high is not None
                and _fits({"rate": rate, "part": part, "base": b}, {})
            ),
            None,
        )
        if fitting is not None:
            # 受理53件(旧存2件，新收51件)，审结49件，结案率92.45%: a base that fits is the reading, before any
            # other reading of a nearer base (over 新收 with an unstated carry-over)
            keys = {"rate": rate, "part": part, "base": fitting}
            if tie == "sentence" and _only_rounded_twice(keys):
                # (as for a share: ../DOMAIN.md, a fit only by a tail adjustment is a warning)
                sev = SOFTER[rule.severity]
                record(ctx, rule, _RATE_REL, keys, sev, "rounded twice")
                _report(
                    rule, ctx, sev, rate, part, fitting, [fitting], f"（{READING_NOTE['double_rounded'][0]}）"
                )
                continue
            record(ctx, rule, _RATE_REL, keys, None, "base stated")
            continue
        for base in bases:
            keys = {"rate": rate, "part": part, "base": base}
            if _fits(keys, {}):
                record(ctx, rule, _RATE_REL, keys, None, "base stated")
                break
            if _capped(ctx, rate, part, base):
                # 应结案数1，结案数2，结案率100.00%: more closed than due (some not yet due), a closure rate capped
                record(ctx, rule, _RATE_REL, keys, None, "capped at 100%")
                break
            if _fits(keys, {}, ("rounded_extreme",)):  # 100% for 543 of 544: all, only after rounding
                record(ctx, rule, _RATE_REL, keys, "warning", "rounded 100%")
                _report(rule, ctx, "warning", rate, part, base, bases, "（仅在四舍五入后成立，实际并非全部）")
                break
            other = _other_reading(
                ctx, rate, part, base, str(g.attrs.get("stem", "")), rule, due, len(bases) == 1
            )
            if other is not None:
                record(ctx, rule, other.relation, other.keys, other.severity, other.note, other.fixed)
                if other.severity is not None:
                    _report(rule, ctx, other.severity, rate, part, base, bases, f"（{other.note}）")
                break
        else:
            if _by_persons(ctx, rule, rate, part, bases) or _over_listed(ctx, rule, rate, part):
                continue
            if "decided" in g.attrs and _over_decided(
                ctx, rule, rate, part, ctx.fact(g.attrs["decided"]), bases
            ):
                continue
            if _over_summed(ctx, rule, rate, part, [ctx.fact(i) for i in g.attrs.get("summed", [])]):
                continue
            if _with_the_ways_after(ctx, rule, rate, part, bases):
                continue
            if _over_concluded_after(ctx, rule, rate, part):
                continue
            if _another_reading(ctx, rule, rate, g.attrs.get("alts", [])):
                continue
            if _with_the_ways_named(ctx, rule, rate, part, g.attrs.get("alts", []), bases):
                continue
            grim = _grim(rate, part)
            if bases:
                keys = {"rate": rate, "part": part, "base": bases[0]}
                sev = rule.severity if tie == "sentence" or not grim else SOFTER[rule.severity]
                if tie == "guess" and grim:
                    sev = "info"
                record(ctx, rule, _RATE_REL, keys, sev, "base stated")
                note = "（若基数另有所指则可能成立）" if sev != rule.severity else ""
                _report(rule, ctx, sev, rate, part, bases[0], bases, note)
            else:
                p = fact_interval(part)
                rv = fact_interval(rate)
                hi = math.ceil(p.hi / rv.lo) if rv.lo > 0 and p.hi != INF else INF
                extra = {"base": Interval(max(1.0, math.floor(p.lo / rv.hi) if rv.hi > 0 else 1.0), hi, True)}
                keys = {"rate": rate, "part": part}
                record(ctx, rule, _RATE_REL, keys, None if grim else rule.severity, "no base stated", extra)
                if not grim:
                    tried, tried_zh, tried_en = _alt_readings(ctx, g.attrs.get("alts", []))
                    emit(
                        ctx,
                        rule,
                        rule.severity,
                        f"{name_zh(rate, ctx)}：以{name_zh(part, ctx)}为分子，任何整数的基数都得不到这一比率{tried_zh}",
                        f"{name_en(rate)}: no whole-number base gives this rate over {name_en(part)}{tried_en}",
                        [(rate, "rate"), (part, "numerator"), *tried],
                        "可由整数得到的比率",
                        rate.mention.text,
                    )


def _only_rounded_twice(keys: dict[str, Fact]) -> bool:
    """Does the rate fit only when its exact value was rounded twice (not as rounded once or truncated)?"""
    return not _fits(keys, {}, tuple(rd for rd in _READINGS if rd != "double_rounded"))


def _check_defined(
    rule: Rule, ctx: Context, rate: Fact, parts: list[Fact], bases: list[Fact], tie: str
) -> None:
    """A rate whose bracketed definition lists the kinds it counts: their sum over a base."""
    if not bases:
        return  # (no whole stated: any whole number of cases may be the base of a sum)
    named = {f"p{i}": p for i, p in enumerate(parts)}
    names = list(named)
    rel = Relation(
        "==", Ref("rate"), Bin("/", Sum(tuple(Ref(n) for n in names)), Ref("base")), "rate == sum / base"
    )
    for base in bases:
        keys = {"rate": rate, "base": base, **named}
        if any(holds(rel, env(keys, rd, {})) for rd in _READINGS):
            record(ctx, rule, rel, keys, None, "definition stated")
            return
    base = bases[0]
    keys = {"rate": rate, "base": base, **named}
    sev = rule.severity if tie == "sentence" else SOFTER[rule.severity]
    record(ctx, rule, rel, keys, sev, "definition stated")
    total = sum(p.q.value for p in parts)
    c = total / base.q.value if base.q.value else 0.0
    summed = "+".join(name_zh(p, ctx) for p in parts)
    emit(
        ctx,
        rule,
        sev,
        f"{name_zh(rate, ctx)}与{summed}、{name_zh(base, ctx)}不符：({summed}) ÷ {name_zh(base, ctx)} = "
        f"{display_percent(c, rate)}（比率的名称写明了它计入的各项）",
        f"{name_en(rate)} does not fit the sum of the kinds its definition lists over {name_en(base)}: "
        f"{display_percent(c, rate)}",
        [(rate, "rate"), *((p, "numerator") for p in parts), (base, "denominator")],
        display_percent(c, rate),
        rate.mention.text,
    )


@dataclass
class _Other:
    """A reading of a rate besides part ÷ base: its relation as it is (with the figures it subtracts),
    so messages and error localisation see the definition that held."""

    severity: str | None
    note: str
    relation: Relation
    keys: dict[str, Fact]
    fixed: dict[str, Interval] = field(default_factory=dict)


def _other_reading(
    ctx: Context,
    rate: Fact,
    part: Fact,
    base: Fact,
    stem: str,
    rule: Rule,
    due: bool = False,
    sole: bool = True,
) -> _Other | None:
    """Readings of a rate besides part ÷ base that these reports use (../DOMAIN.md): over the base
    less the withdrawn or terminated cases listed in it (胜诉24宗、撤诉3宗，胜诉率100%), which holds;
    and a closure rate (结案率, 执结率) over the intake plus cases carried over that the text does not
    state (执结629件 of 722件, 执结率84.32%; not when the text states what was `due`, 应结案, or a base with
    its carry-over, 受理4939件(含旧存256件)), which holds as a note when the carry-over needed is at most
    a third of the intake, else one step softer, as a metric rule's unstated optional term does; and an
    on-time rate over the valid tickets, fewer than those received (its only base), which holds."""
    for g in ctx.ex.groups:
        if g.kind != "breakdown" or g.facts["total"][0] != base.id:
            continue
        out = [ctx.fact(i) for i in g.facts["parts"] if _WITHDRAWN_RE.search(_label(ctx, ctx.fact(i)))]
        if out:
            less = fact_interval(base) - sum((fact_interval(f) for f in out), Interval.point(0.0, True))
            if _fits({"rate": rate, "part": part}, {"base": less}):
                withdrawn = Sum(tuple(Ref(f"out{i}") for i in range(len(out))))
                rel = Relation(
                    "==",
                    Ref("rate"),
                    Bin("/", Ref("part"), Bin("-", Ref("base"), withdrawn)),
                    "base less withdrawn",
                )
                keys = {"rate": rate, "part": part, "base": base, **{f"out{i}": f for i, f in enumerate(out)}}
                return _Other(None, "base less withdrawn", rel, keys)
    if _ON_TIME_RE.match(stem) and _ON_TIME_RE.search(_label(ctx, part)) and not due and sole:
        # 受理问题10920件，按期办结10324件，按期办结率98.53%: an on-time rate is over the valid tickets, without
        # the invalid and repeated ones (../DOMAIN.md), which may be well below all those received (when
        # that is the only base stated: not beside 派单601件, the tickets it is over)
        b, p = fact_interval(base), fact_interval(part)
        if _fits({"rate": rate, "part": part}, {"base": Interval(p.lo, b.hi, True)}):
            keys = {"rate": rate, "part": part, "base": base}
            return _Other(None, "base less invalid", _VALID_REL, keys, {"invalid": Interval(0.0, INF, True)})
    words = load_words()
    part_stage, base_stage = words.stage(_label(ctx, part)), words.stage(_label(ctx, base))
    # an outcome's rate over the intake (准予执行285件 of 新收401件) is of what was decided, carried or not
    outcome = part_stage in words.concludes and base_stage in words.intake
    if (
        (_CLOSURE_RE.search(stem) or outcome)
        and not words.any_quality_re.search(stem)  # (按时结案率: of those closed, none carried)
        and base_stage != part_stage
        and not _CARRIED_IN_RE.match(ctx.ex.text, base.end)  # (受理4939件(含旧存256件): already in)
        # (受理11621件，其中旧存210件，新收11411件，结案11277件: the carry-over is stated, and tried as a base)
        and not _carry_listed_with(ctx, base)
        and not due  # (what was due is stated: 应结案7500件, carried over or not)
        # (结案率88.88%(含旧存): the carry-over is in the base)
        and not _OVER_THE_CASELOAD_RE.match(ctx.ex.norm, rate.end)
    ):
        pending = _pending_stated(ctx, rate, part) if _CLOSURE_RE.search(stem) else None
        if pending is not None:
            # 新收…4364件；审结4477件；结案率为96.0%。截至12月底，尚有未结案件187件: all the cases of the year were
            # concluded or are pending, so the carry-over the rate counts is stated after all (新收 + 旧存 = 审结 + 未结)
            keys = {"rate": rate, "part": part, "pending": pending}
            if _fits({"rate": rate, "part": part}, {"base": fact_interval(part) + fact_interval(pending)}):
                return _Other(None, "over concluded and pending", _PENDING_REL, keys)
            return _Other(SOFTER[rule.severity], "以审结加未结案件为分母也不成立", _PENDING_REL, keys)
        rv, p, b = fact_interval(rate), fact_interval(part), fact_interval(base)
        # the rate is below part ÷ base: a larger base (with carry-over) gives it
        if rv.hi * b.hi < p.lo and _fits({"rate": rate, "part": part}, {"base": Interval(b.lo, INF, True)}):
            # a base named as the new cases only (新收) leaves the carry-over out, which a closure rate
            # counts (结案率 over 新收 + 旧存: ../DOMAIN.md): a carry-over of a few months' intake is a
            # note; a larger one, or one a base named 受理 (which in court figures holds it) should
            # have held, a warning
            most = b.hi * (1 + _CARRY_SHARE)
            within = NEW_ONLY_RE.search(_label(ctx, base)) is not None and _fits(
                {"rate": rate, "part": part}, {"base": Interval(b.lo, most, True)}
            )
            if not within and not _CLOSURE_RE.search(stem):
                return None  # (an outcome's rate the carry-over would not explain: read on as before)
            # recorded as the plain division, which is what fails: a carry-over anywhere from none
            # to unbounded would have the wrong figure's repair land on the middle of that range
            # (结案率80% of 结案90 and 受理100 "should be 45%"), where the text gives 90%
            return _Other(
                "info" if within else SOFTER[rule.severity],
                "报告未说明上期结转，若分母含结转则可能成立",
                _RATE_REL,
                {"rate": rate, "part": part, "base": base},
            )
    return None


# a closure rate said to be over the caseload, the carried-in cases included (结案率88.88%(含旧存))
_OVER_THE_CASELOAD_RE = re.compile(r"\s*[（(]\s*(?:含|包括)\s*(?:旧存|存案|上年结转|上期结转|结转)[)）]")
_PENDING_WORDS_RE = re.compile(r"未结|未审结|未办结|未执结|尚未审结|尚未办结")
_PENDING_REL = Relation(
    "==",
    Ref("rate"),
    Bin("/", Ref("part"), Bin("+", Ref("part"), Ref("pending"))),
    "over concluded and pending",
)


def _pending_stated(ctx: Context, rate: Fact, part: Fact) -> Fact | None:
    """The count of cases still pending stated right after a closure rate, in its sentence or the next, with no
    other count between (…结案率为96.0%，下降2.3个百分点。截至12月底，尚有未结案件187件), if any: not one stated
    before it, of another scope (全院…未结1578件…。新收执行案件1964件…结案946件…结案率为46.7%)."""
    sentence = ctx.ex.seg.sentence_at(rate.start)
    for f in ctx.ex.facts:
        if f.start <= rate.end or f.mention.kind == "percent":
            continue
        if ctx.ex.seg.sentence_at(f.start) > sentence + 1 or f.mention.kind != "count":
            return None
        if f.q.unit == part.q.unit and _PENDING_WORDS_RE.search(_label(ctx, f)):
            return f
        return None  # (another count first)
    return None


def _carry_listed_with(ctx: Context, base: Fact) -> bool:
    """Is the base, or a part listed beside it, what was carried in (a list of 旧存 and 新收, or its whole)?"""
    for g in ctx.ex.groups:
        if g.kind != "breakdown":
            continue
        ids = [*g.facts["total"], *g.facts["parts"]]
        if base.id in ids and any(CARRIED_PART_RE.search(_label(ctx, ctx.fact(i))) for i in g.facts["parts"]):
            return True
    return False


# a base that holds what was carried in: 受理4939件(含旧存256件), 案件共793件(新收案件649件，旧存案件144件)
_CARRIED_IN_RE = lazy_compile(
    r"\s*[（(]\s*(?:(?:含|包括|其中)\s*(?:旧存|上年|上期|去年|结转)|新收[^（()）]*(?:旧存|结转)|(?:旧存|结转)[^（()）]*新收)"
)
_DUE_RE = re.compile(r"应(?:结案|办结|审结|执结|答复|回复)")
_ON_TIME_RE = re.compile(r"按期|按时")
_VALID_REL = Relation(
    "==", Ref("rate"), Bin("/", Ref("part"), Bin("-", Ref("base"), Ref("invalid"))), "base less invalid"
)
_CARRY_SHARE = 1 / 3  # the most carried over, as a share of the intake, left unstated without a warning


def _label(ctx: Context, f: Fact) -> str:
    """The words before a figure in its clause (frames: the cue text is not enough here)."""
    text = ctx.ex.text
    lo = max(text.rfind(c, 0, f.start) for c in "，,；;。：:\n") + 1
    return text[max(lo, f.start - 24) : f.start]


def _check_adjacent(rule: Rule, ctx: Context, rate: Fact, count: Fact) -> None:
    """The count is the rate's numerator (some whole base gives it) or its base (some whole numerator)."""
    c = fact_interval(count)
    if c.hi == 0:
        return  # 差评0条，差评整改率100%: a rate of nothing is stated by convention, not computed
    if _is_complement(ctx, rate, count):
        _check_complement(rule, ctx, rate, count)
        return
    as_base = {"part": Interval(0.0, INF, True)}
    ok = _grim(rate, count) or _fits({"rate": rate, "base": count}, as_base)
    record(
        ctx,
        rule,
        _RATE_REL,
        {"rate": rate, "base": count},
        None if ok else rule.severity,
        "adjacent",
        as_base,
    )
    if ok or c.hi == INF:
        return
    emit(
        ctx,
        rule,
        rule.severity,
        f"{name_zh(rate, ctx)}紧接{name_zh(count, ctx)}：无论以它为分子还是分母，都没有整数能得到这一比率",
        f"{name_en(rate)} right after {name_en(count)}: no whole number gives this rate with it as numerator or base",
        [(rate, "rate"), (count, "numerator")],
        "可由整数得到的比率",
        rate.mention.text,
    )


def _is_complement(ctx: Context, rate: Fact, count: Fact) -> bool:
    """Is the count named as what the rate does not count (未办结1件，办结率99%)?"""
    label = _words_before(ctx.ex.norm, count.start)
    stem = rate_stem(ctx.ex.norm[max(0, rate.start - 12) : rate.start])
    # (其中只有1份不合格，合格率为99.02%: the words after a count that opens its clause name it)
    pred = CLAUSE_END.split(ctx.ex.norm[count.end : count.end + 8], maxsplit=1)[0]
    return _names_the_rest(label, stem) or _names_the_rest(pred, stem)


def _names_the_rest(label: str, stem: str) -> bool:
    """Do the words before a count negate the rate's stem (未办结 for 办结率, 不满意 for 满意率)?"""
    stem = stem[-2:]
    k = label.rfind(stem)
    return len(stem) == 2 and k >= 1 and load_words().negation_re.search(label[max(0, k - 6) : k]) is not None


def _words_before(norm: str, start: int) -> str:
    """Reading.lead(f, _REST_WORDS) for a check, which has the text but no Reading."""
    return CLAUSE_END.split(norm[max(0, start - _REST_WORDS) : start])[-1]


_REST_WORDS = (
    16  # the words before a count naming it the rest (发现不合格政务新媒体账号25个: the 不合格 ten back)
)


_REST_REL = Relation(
    "==",
    Ref("rate"),
    Bin("/", Bin("-", Ref("base"), Ref("rest")), Ref("base")),
    "rate == (base - rest) / base",
)


def _check_complement(rule: Rule, ctx: Context, rate: Fact, rest: Fact) -> None:
    """未办结1件，办结率99%: the rest is what the rate leaves out, of the total its sentence states before
    (反映问题共49件: 48 of 49 is 98.0%, not 99%), else of some whole total."""
    period = ctx.period(rest)
    # (抽查回访工单1699件，其中不满意41件: the total of a list the rest is part of)
    listed_in = {
        g.facts["total"][0] for g in ctx.ex.groups if g.kind == "breakdown" and rest.id in g.facts["parts"]
    }
    base = next(
        (
            f
            for f in reversed(ctx.ex.facts)
            if f.start < rest.start
            and ctx.period(f) == period
            and f.mention.kind == "count"
            and f.q.unit == rest.q.unit
            and (TOTAL_WORDS_RE.search(ctx.ex.norm, max(0, f.start - 12), f.start) or f.id in listed_in)
        ),
        None,
    )
    if base is None:
        base = _count_right_before(ctx, rest)
    if base is None:
        c, rv = fact_interval(rest), fact_interval(rate)
        hi_share, lo_share = 1.0 - rv.lo, max(0.0, 1.0 - rv.hi)
        most = c.hi / lo_share if lo_share > 0 else INF
        ok = c.hi == 0 if hi_share <= 0 else math.ceil(c.lo / hi_share - 1e-9) <= most
        record(
            ctx, rule, _RATE_REL, {"rate": rate}, None if ok else rule.severity, "the rest, no total stated"
        )
        return
    keys = {"rate": rate, "base": base, "rest": rest}
    ok = any(holds(_REST_REL, env(keys, rd, {})) for rd in _READINGS)
    if not ok and (beside := _part_beside(ctx, rate, base, rest)) is not None:
        # (接收申请14300份，其中审查通过11785份，审查不合格2508份，合格率为82.41%: 11785 ÷ 14300; the list leaves 7
        # out, so the rate is of the part it counts, not of all but the rest)
        record(
            ctx,
            rule,
            _RATE_REL,
            {"rate": rate, "part": beside, "base": base},
            None,
            "the part beside the rest",
        )
        return
    record(ctx, rule, _REST_REL, keys, None if ok else rule.severity, "the rest of a stated total")
    if ok:
        return
    got = display_percent((base.q.value - rest.q.value) / base.q.value, rate) if base.q.value else "—"
    whole, left = base.mention.text, rest.mention.text
    emit(
        ctx,
        rule,
        rule.severity,
        f"{name_zh(rate, ctx)}与{name_zh(base, ctx)}、{name_zh(rest, ctx)}不符：（{whole}−{left}）÷{whole} = {got}",
        f"{name_en(rate)} does not fit {name_en(base)} less {name_en(rest)}: {got}",
        [(rate, "rate"), (base, "denominator"), (rest, "numerator")],
        got,
        rate.mention.text,
    )


def _count_right_before(ctx: Context, rest: Fact) -> Fact | None:
    """The count right before the rest in its ；-segment of its sentence, in its unit and no smaller (食用农产品抽检
    12683批次，不合格377批次，样品合格率为97.03%: the 12683 sampled), else None (…其中，市直部门22家，地方各级政府及部门
    117家。抽查发现39家不合格，总体合格率72%: the last part of the sentence before is no whole of what was checked)."""
    i = ctx.order[rest.id]
    prev = ctx.ex.facts[i - 1] if i > 0 else None
    if (
        prev is None
        or prev.mention.kind != "count"
        or prev.q.unit != rest.q.unit
        or prev.q.value < rest.q.value
        or SEGMENT_END.search(ctx.ex.norm, prev.end, rest.start)
        or ctx.period(prev) != ctx.period(rest)
    ):
        return None
    return prev


def _part_beside(ctx: Context, rate: Fact, base: Fact, rest: Fact) -> Fact | None:
    """Another part of the list of the base the rest is in, that the rate fits as its numerator."""
    for g in ctx.ex.groups:
        if g.kind == "breakdown" and g.facts["total"] == [base.id] and rest.id in g.facts["parts"]:
            for p in g.facts["parts"]:
                part = ctx.fact(p)
                if p != rest.id and _fits({"rate": rate, "part": part, "base": base}, {}):
                    return part
    return None


def _persons_of(ctx: Context, f: Fact) -> Fact | None:
    """The count of persons a count of cases states (批准逮捕134件187人: persons.py), if any."""
    return persons_of(ctx).get(f.id)


def _by_persons(ctx: Context, rule: Rule, rate: Fact, part: Fact, bases: list[Fact]) -> bool:
    """Does the rate hold over the persons stated beside the cases (审结163件235人，其中批准逮捕134件187人，
    逮捕率为79.57%: 187 ÷ 235)? Procuratorates state rates by persons as often as by cases."""
    persons = _persons_of(ctx, part)
    if persons is None:
        return False
    for base in bases:
        of = _persons_of(ctx, base)
        if of is not None and _fits({"rate": rate, "part": persons, "base": of}, {}):
            record(ctx, rule, _RATE_REL, {"rate": rate, "part": persons, "base": of}, None, "by persons")
            return True
    return not bases and _grim(rate, persons) and not _grim(rate, part)


def _over_decided(ctx: Context, rule: Rule, rate: Fact, part: Fact, other: Fact, bases: list[Fact]) -> bool:
    """A rate of one of two opposite decisions, over both (不捕率 = 不捕 ÷ (捕 + 不捕)): True when it holds,
    or, with no other base stated, when it fails and is reported here, one step softer (the usual
    definition, not a base the text names)."""
    rel = Relation("==", Ref("rate"), Bin("/", Ref("part"), Bin("+", Ref("part"), Ref("other"))), "of both")
    keys = {"rate": rate, "part": part, "other": other}
    if any(holds(rel, env(keys, rd, {})) for rd in _READINGS):
        record(ctx, rule, rel, keys, None, "of both decisions")
        return True
    if bases:
        return False  # (another base is stated: reported as of it)
    sev = SOFTER[rule.severity]  # (the base is the usual definition, not stated: 审结 may be meant)
    record(ctx, rule, rel, keys, sev, "of both decisions")
    c = part.q.value / (part.q.value + other.q.value)
    emit(
        ctx,
        rule,
        sev,
        f"{name_zh(rate, ctx)}应为{name_zh(part, ctx)}占{name_zh(part, ctx)}与{name_zh(other, ctx)}之和的比例"
        f"{display_percent(c, rate)}（若基数另有所指则可能成立）",
        f"{name_en(rate)} should be {name_en(part)} of it and {name_en(other)} together, {display_percent(c, rate)}",
        [(rate, "rate"), (part, "numerator"), (other, "denominator")],
        display_percent(c, rate),
        rate.mention.text,
    )
    return True


def _alt_readings(ctx: Context, alts: list[list[str]]) -> tuple[list[tuple[Fact, str]], str, str]:
    """The other numerators tried (纳入行政复议调解27件，调解结案13件，调解率62.96%: 13 of 27 too), as evidence and as
    the words a finding adds to say so."""
    tried: list[tuple[Fact, str]] = []
    zh: list[str] = []
    en: list[str] = []
    for ids in alts:
        if len(ids) < 2:
            continue
        num, base = ctx.fact(ids[0]), ctx.fact(ids[1])
        tried += [(num, "numerator"), (base, "base")]
        c = num.q.value / base.q.value * 100 if base.q.value else 0.0
        zh.append(f"{name_zh(num, ctx)}÷{name_zh(base, ctx)} = {fmt_number(c)}%")
        en.append(f"{name_en(num)} / {name_en(base)} = {fmt_number(c)}%")
    if not zh:
        return [], "", ""
    return tried, f"（也试过{'；'.join(zh)}）", f" (also tried {'; '.join(en)})"


def _another_reading(ctx: Context, rule: Rule, rate: Fact, alts: list[list[str]]) -> bool:
    """Does the rate hold over another count naming its word and a count stated before that one?"""
    for ids in alts:
        part = ctx.fact(ids[0])
        for b in ids[1:]:
            keys = {"rate": rate, "part": part, "base": ctx.fact(b)}
            if _fits(keys, {}):
                record(ctx, rule, _RATE_REL, keys, None, "another numerator")
                return True
    return False


def _with_the_ways_named(
    ctx: Context, rule: Rule, rate: Fact, part: Fact, alts: list[list[str]], bases: list[Fact]
) -> bool:
    """Does the rate hold over a base when its numerator sums the figures of its sentence naming the rate's
    word (案外调解16件、劳动仲裁调解9件、仲裁裁决6件，…调解率80.6%: 25 of 31 mediated, two ways)?"""
    ways = [ctx.fact(ids[0]) for ids in alts]
    ways = [w for w in ways if w.sentence == part.sentence and w.q.unit == part.q.unit]
    if not ways:
        return False
    summed = sum((fact_interval(w) for w in ways), fact_interval(part))
    return _summed_fits(ctx, rule, rate, summed, bases, "with the ways named")


def _with_the_ways_after(ctx: Context, rule: Rule, rate: Fact, part: Fact, bases: list[Fact]) -> bool:
    """Does the rate hold over a base when its numerator counts the figures listed after it too, up to
    the rate (受理40件…，调解结案39件，终局裁决1件，…结案率达100%: 40 of 40 concluded, two ways)?"""
    after = [
        f
        for f in ctx.ex.facts
        if part.end <= f.start < rate.start and f.mention.kind == "count" and f.q.unit == part.q.unit
    ]
    if not after or any(f.sentence != rate.sentence for f in after):
        return False
    summed = sum((fact_interval(f) for f in (part, *after)), Interval.point(0.0, True))
    return _summed_fits(ctx, rule, rate, summed, bases, "with the ways listed after")


def _summed_fits(
    ctx: Context, rule: Rule, rate: Fact, summed: Interval, bases: list[Fact], reading: str
) -> bool:
    """Does the rate hold over one of the bases with a numerator of several figures summed? Recorded so."""
    for base in bases:
        if _fits({"rate": rate, "base": base}, {"part": summed}):
            record(ctx, rule, _RATE_REL, {"rate": rate, "base": base}, None, reading, {"part": summed})
            return True
    return False


def _over_concluded_after(ctx: Context, rule: Rule, rate: Fact, part: Fact) -> bool:
    """Does the rate hold over the first count of concluded cases stated after it in its sentence (调解成功
    92件，…，调解成功率38.17%；办结241件 / …调解成功率30.23%；“诉转案”21件，…，办结1621件: of those concluded,
    as 12315 reports count it)? A reading tried before the rate is reported, not a base of its own."""
    words = load_words()
    nxt = next(
        (
            f
            for f in ctx.ex.facts
            if f.start > rate.end
            and f.mention.kind == "count"
            and f.q.unit == part.q.unit
            and words.stage(_label(ctx, f)) in words.concludes
        ),
        None,
    )
    if nxt is None or ctx.period(nxt) != ctx.period(rate):
        return False
    if not _fits({"rate": rate, "part": part, "base": nxt}, {}):
        return False
    record(
        ctx, rule, _RATE_REL, {"rate": rate, "part": part, "base": nxt}, None, "over those concluded, after"
    )
    return True


def _over_summed(ctx: Context, rule: Rule, rate: Fact, part: Fact, wholes: list[Fact]) -> bool:
    """Does the rate hold over the sum of wholes stated as an enumeration (structures/wholes.py)?"""
    if len(wholes) < 2:
        return False
    rel, keys, fits = over_wholes(rate, part, wholes)
    if fits:
        record(ctx, rule, rel, keys, None, "over the wholes enumerated")
    return fits


def _check_over_kinds(rule: Rule, ctx: Context, rate: Fact, part: Fact, kinds: list[Fact]) -> None:
    """A rate of the request kinds its numerator names together, over their counts' sum."""
    rel, keys, fits = over_wholes(rate, part, kinds)
    record(ctx, rule, rel, keys, None if fits else rule.severity, "over the kinds named together")
    if fits:
        return
    whole = sum(k.q.value for k in kinds)
    c = part.q.value / whole if whole else 0.0
    names = "+".join(name_zh(k, ctx) for k in kinds)
    emit(
        ctx,
        rule,
        rule.severity,
        f"{name_zh(rate, ctx)}与{name_zh(part, ctx)}、{names}不符：{part.mention.text} ÷ "
        f"{fmt_number(whole)} = {display_percent(c, rate)}",
        f"{name_en(rate)} does not fit {name_en(part)} over the kinds it names: {display_percent(c, rate)}",
        [(rate, "rate"), (part, "numerator"), *((k, "denominator") for k in kinds)],
        display_percent(c, rate),
        rate.mention.text,
    )


def _over_listed(ctx: Context, rule: Rule, rate: Fact, part: Fact) -> bool:
    """Does the rate hold over the sum of the list the numerator is a part of, in cases or in the persons
    beside them (受理…271件365人，其中批准逮捕181件244人…不批准逮捕73件101人，不捕率29.3%: 101 ÷ (244 +
    101), of those decided, not of the 271 received)? Only for a list of what was received (an intake):
    some of it is not decided yet, and the outcomes listed are those decided."""
    words = load_words()
    for g in ctx.ex.groups:
        if g.kind != "breakdown" or part.id not in g.facts["parts"] or len(g.facts["parts"]) < 2:
            continue
        if words.stage(_label(ctx, ctx.fact(g.facts["total"][0]))) not in words.intake:
            continue
        parts = [ctx.fact(i) for i in g.facts["parts"]]
        for counts in (parts, [_persons_of(ctx, p) for p in parts]):
            if any(c is None for c in counts):
                continue
            listed = [c for c in counts if c is not None]
            named = {f"p{i}": c for i, c in enumerate(listed)}
            rel = Relation(
                "==",
                Ref("rate"),
                Bin("/", Ref(f"p{parts.index(part)}"), Sum(tuple(Ref(n) for n in named))),
                "rate == part / sum of the listed",
            )
            if any(holds(rel, env({"rate": rate, **named}, rd, {})) for rd in _READINGS):
                record(ctx, rule, rel, {"rate": rate, **named}, None, "over the listed")
                return True
    return False


def _grim(rate: Fact, part: Fact) -> bool:
    """Could some whole-number base give the rate over the numerator?"""
    p, rv = fact_interval(part), fact_interval(rate)
    if rv.lo <= 0 or p.hi == INF:
        return True
    hi = math.ceil(p.hi / rv.lo)
    extra = {"base": Interval(max(1.0, math.floor(p.lo / rv.hi) if rv.hi > 0 else 1.0), hi, True)}
    return _fits({"rate": rate, "part": part}, extra)


def _capped(ctx: Context, rate: Fact, part: Fact, base: Fact) -> bool:
    """Is a closure rate stated 100% of more closed than were due (结案2件 of 应结案1件)? Reports cap it so."""
    return (
        rate.q.value == 100.0
        and rate.q.qualifier == "="
        and part.q.value >= base.q.value > 0
        and _CLOSURE_RATE_RE.search(name_zh(rate, ctx)) is not None  # (a table's column named so too)
    )


_CLOSURE_RATE_RE = re.compile(r"(?:结案|办结|审结|执结)率")


def _report(
    rule: Rule, ctx: Context, sev: str, rate: Fact, part: Fact, base: Fact, bases: list[Fact], note: str
) -> None:
    c = part.q.value / base.q.value if base.q.value else 0.0
    tried = "、".join(name_zh(b, ctx) for b in bases[1:])
    also = f"（也试过以{tried}为基数）" if tried else ""
    emit(
        ctx,
        rule,
        sev,
        f"{name_zh(rate, ctx)}与{name_zh(part, ctx)}、{name_zh(base, ctx)}不符：{name_zh(part, ctx)} ÷ "
        f"{name_zh(base, ctx)} = {display_percent(c, rate)}{also}{note}",
        f"{name_en(rate)} does not fit {name_en(part)} over {name_en(base)}: {display_percent(c, rate)}",
        [(rate, "rate"), (part, "numerator"), (base, "denominator")],
        display_percent(c, rate),
        rate.mention.text,
    )
