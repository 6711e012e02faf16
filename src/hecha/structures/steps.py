"""Steps of one process stated in one sentence: 全年收到行政许可申请16352件，受理15822件，准予许可9847件 /
一审受案4656件、结案3478件 / 省政府受理申请1784件，在对申请答复的1677件中….

A count named by a later step (schemas/structures.yaml `stages`) counts a subset of the nearest count
before it, in its sentence and unit, named by an earlier step: it cannot exceed it. A concluding step
after an intake step (结案 after 受案) may include cases carried over from the period before: then the
bound is the intake plus the carry-over the sentence states, or, with none stated, twice an intake of
new cases (新收: a court or an office does not carry over more than a year's intake) and a few per cent
over any other intake (受理, 立案: what was there to conclude, as a rule). Any other step after an intake
step takes a carry-over its sentence states the same way (受理1243件，上期结转126件，合计审理1369件).

Roles: `earlier`, `later`, and `carry` (the stated carry-over, when there is one); attrs `allowance`:
"none" (a plain subset), "carry" (with the stated carry-over), "double" (none stated, after new cases:
新收), "unstated" (none stated, after an intake that may hold it: 受理, 立案; a few per cent over is let
pass, more is a warning).
The check (rule kind `step`).
"""

from __future__ import annotations

import itertools
import re

from ..expr import Bin, Num, Ref, Relation, holds
from ..findings import Context, emit, env, name_en, name_zh, record
from ..intervals import fmt_number
from ..lazyre import lazy_compile
from ..model import Fact, Group
from ..reading import CLAUSE_END, SEGMENT_END, Reading
from ..rulepack import Rule
from .breakdown import went_on_from
from .persons import cases_stated_with, label_or_cases, persons_of
from .wholes import listed_with_others
from .words import (
    ALL_INSTANCES_RE,
    AVERAGE_RE,
    CARRIED_IN_RE,
    CARRY_RE,
    CASE_KINDS,
    COURT_RE,
    GENERAL_UNITS,
    MOVED_BY_RE,
    NEW_ONLY_RE,
    OPENING_MARKS,
    TOTAL_WORDS_RE,
    WHOLE_AREA_RE,
    Words,
    counts_kinds,
    includes_more,
    load_words,
)

KIND = "step"
AFTER: tuple[str, ...] = ("breakdown",)  # a part of a list is no earlier step of what follows it

# items of an enumeration between two figures (、关停取缔105家、责令整改): actions side by side (a pair such as
# 一审受案4656件、结案3478件 may still be two steps)
_ENUMERATION_GAP_RE = re.compile(r"(?:、[^，,；;。：:、]{1,16}){2,}")
_OVERALL_RE = re.compile(r"综合|总体|整体")
_FOUND_LEADS_RE = re.compile(
    r"线索|违法"
)  # what was found that cases are filed from  # a step of all the cases, whatever path they took
_CHANNEL_LEAD = 8  # characters at a label's start in which it names its channel (省12345平台转派)
_SHORT_LABEL = 6  # a step named in a few words (已完成整改) continues the clause before it
_ITEM_UNITS = ("个", "条", "项", "宗", "起", "例", "份")
# a later step this many times an earlier one counts another thing (a one-digit slip: at most 9×)
_FAR_BEYOND = 10


def _unit_fits(earlier: str, later: str) -> bool:
    return earlier == later or (earlier in GENERAL_UNITS and later in _ITEM_UNITS)


def _calls_then_tickets(r: Reading, calls: Fact, tickets: Fact) -> bool:
    """接到市民来电297个，实际受理市民投诉210件: calls counted in 个 (次, 通), the tickets made of them in 件."""
    return (
        calls.q.unit in _CALL_UNITS
        and tickets.q.unit in GENERAL_UNITS
        and _CALLS_RE.search(r.frame(calls).label) is not None
    )


_CALL_UNITS = ("个", "次", "通")
_CALLS_RE = re.compile(r"来电|电话|话务|呼入|接听")


def _due_before(r: Reading, words: Words, facts: list[Fact], i: int) -> Fact | None:
    """The count right before facts[i], in its sentence and unit, of what was due for its step (应结案
    before 结案, 应办结 before 办结)."""
    if i == 0:
        return None
    f, g = facts[i], facts[i - 1]
    word = words.step_word(r.frame(f).label)
    if word is None or g.sentence != f.sentence or g.q.unit != f.q.unit or g.mention.kind != "count":
        return None
    return g if ("应" + word) in r.frame(g).label else None


_NOUN_MOST = 8  # characters of a noun put after its count
_NOUN_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?=和|与|及|、|，|,|；|;|。)")


def _nouns_apart(r: Reading, g: Fact, f: Fact) -> bool:
    """Do two counts each put their noun after them, two different things (222件代表议案 and 4084件代表建议)? (the
    later named by nothing before it; the earlier's noun ends at a mark or 和: not a step word run on, 162件立案132件)"""
    if r.frame(f).label:
        return False
    mine, other = _NOUN_AFTER_RE.match(r.frame(g).pred), r.frame(f).pred[:_NOUN_MOST]
    return (
        mine is not None
        and len(other) >= 2
        and "\u4e00" <= other[0] <= "\u9fff"
        and mine.group()[-2:] not in other
    )


def recognise(r: Reading) -> list[Group]:
    words = load_words()
    groups: list[Group] = []
    facts = r.facts
    # what each count says of itself, read once (the loop below looks back over the same figures)
    # (an average names no step of the cases: 院长办理案件2件…本院法官平均审结数量为12.73件)
    stages = [
        _stage_of(r, words, f)
        if f.mention.kind == "count" and not AVERAGE_RE.search(r.frame(f).label)
        else None
        for f in facts
    ]
    _inspection_results(r, words, facts, stages)
    # 办理审查起诉案件138件259人，提起公诉193人: the persons of a count of cases are at the cases' step, an
    # earlier step of persons counted alone after them (as a later step, their cases answer for them: persons_of)
    persons_at = {
        i for i in range(1, len(facts)) if stages[i] is None and cases_stated_with(r, i) is not None
    }
    for i in persons_at:
        stages[i] = stages[i - 1]
    at = r.fact_index().position  # id(fact) → its index
    listed = {p for g in r.groups_of("breakdown") for p in g.facts["parts"]}
    lists_of: dict[str, list[int]] = {}  # a part → the breakdowns listing it
    totals: list[Fact] = []  # each breakdown's total, by its place in lists_of
    by_id = {f.id: f for f in facts}
    sizes: list[int] = []  # each breakdown's number of parts, by its place in lists_of
    for k, bd in enumerate(r.groups_of("breakdown")):
        totals.append(by_id[bd.facts["total"][0]])
        sizes.append(len(bd.facts["parts"]))
        for p in bd.facts["parts"]:
            lists_of.setdefault(p, []).append(k)
    branch_of = {p for g in r.groups_of("breakdown") for p in g.attrs.get("branches", ())}
    years: dict[int, str | None] = {}
    lowest: int | None = None  # the earliest step a count before this figure names (a fast test)
    for i, f in enumerate(facts):
        step, below = stages[i], lowest
        if step is not None and (lowest is None or step < lowest):
            lowest = step
        if i in persons_at:
            continue
        if step is None and i > 0 and f.mention.kind == "count" and _NOT_YET_RE.match(r.frame(f).label):
            group = _not_yet(r, words, facts, stages, i, listed)
            if group is not None:
                groups.append(group)
            continue
        if step is None or f.modality != "actual":
            continue
        due = _due_before(r, words, facts, i)
        if due is not None:
            # 应结案7487件，结案7263件: what was due bounds what was done, carried over or not
            roles = {"earlier": [due.id], "later": [f.id]}
            groups.append(Group(kind=KIND, facts=roles, span=(due.start, f.end), attrs={"allowance": "none"}))
            continue
        # 行政化服务类事项20549件，办结14937件: a bare concluding step right after a count of a kind of thing
        # concludes those things (what was carried over left unstated, as after 受理)
        # (not an outcome: 转送1件，纠错27件 are two ways of ending, side by side)
        thing = (
            _thing_before(r, words, facts, stages, i, listed)
            if step in words.concludes and step not in words.outcomes
            else None
        )
        if below is None or below >= step:
            if thing is not None:
                groups.append(_of_the_thing(thing, f))
            continue  # (no count before names an earlier step: no candidate)
        lo = _reach(r, f)
        year = years[i] = years[i] if i in years else _year(r, f)
        carry: Fact | None = None
        cands: list[Fact] = []  # earlier steps, nearest first
        for j in range(i - 1, -1, -1):
            g = facts[j]
            if g.start < lo:
                break
            if g.mention.kind != "count" or r.bracketed(g, f.start) or counts_kinds(r, g):
                continue  # (…国有资产办理六个方面…，已整改1970个: areas, no earlier step of the problems)
            if _ENUMERATION_GAP_RE.fullmatch(r.norm, g.end, f.start):
                continue  # 立案侦查1家、关停取缔105家、责令整改52家: actions side by side, not steps of one case
            if g.id in lists_of and f.id in lists_of and set(lists_of[g.id]) & set(lists_of[f.id]):
                continue  # 其中已经办理完毕的…30件，…已采纳且正在办理的…34件: parts of one list, side by side
            if any(g.end <= totals[k].start < f.start for k in lists_of.get(g.id, ())):
                continue  # 网上申请105件，快递17件，合计122件，…已回复126件: of the list's sum, not of one part
            if went_on_from(r, g, f):
                continue  # 受理137起，其中调解53起、裁决65起…，结案132起: no earlier step of 结案
            if year:
                other_year = years[j] = years[j] if j in years else _year(r, g)
                if other_year and year != other_year:
                    continue  # 2023年需办理66件，…2024年已办结135件: two years, not two steps
            if g.id in listed and _OF_ALL_RE.search(r.lead(f)):
                continue  # 其中立案处理547件，案外协调处理167件，总结案446件: of the whole list, not its last part
            if g.id in branch_of:
                # 接收投诉508件，其中不受理232件、…受理269件，已办结437件: one branch of the intake (its sibling says
                # 不受理): what follows the list is of the whole
                continue
            if (i - j > 2 or g.sentence != f.sentence) and r.norm.rfind(
                "其中", r.period_span(g.start)[0], g.start
            ) >= 0:
                # 其中，社会公众举报57件，领导交办4件，…，结案7263件 / 其中，受理申诉434件；受理举报84件；调解成功
                # 414件: a part of a list, not a step before what comes after the list
                continue
            label = r.frame(g).label or label_or_cases(r, j)  # (the persons of 138件259人: the cases' words)
            if words.sub_channel_re.match(label) and words.channel_re.search(
                r.frame(f).label, 0, _CHANNEL_LEAD
            ):
                continue  # 微博受理1件，省12345平台转派803件: two channels side by side, not two steps
            if CARRY_RE.search(label) and g.q.unit == f.q.unit:
                carry = carry or g
                continue
            prior = stages[j]
            if TOTAL_WORDS_RE.search(r.lead(f)) and any(
                h.mention.kind == "count" and h.q.unit == g.q.unit and not CARRY_RE.search(r.frame(h).label)
                for h in r.facts_between(g.end, f.start)
            ):
                continue  # 立案12件，环境…领域10件，其他领域9件，共办理…案件31件: the total of a list, no step
            if words.ended_alike(r.frame(f).label, [label]):
                continue  # 结案方式为判决54件，调解12件，撤诉22件: ways the cases ended, side by side
            if _other_kinds(label, r.frame(f).label):
                continue  # 受理各类刑事案件279件…；执结各类案件1662件: cases of all kinds are no step of 刑事 ones
            if _nouns_apart(r, g, f):
                continue  # 共提出222件代表议案和5338件代表建议…有4084件代表建议得到解决采纳: 议案 are no 建议
            if words.processes and words.other_processes(label, r.frame(f).label):
                continue  # 受理提请逮捕16034宗…，提起公诉23027宗: another process's intake
            mine = r.frame(f).label
            # (any step word of the earlier's: 已立案查处59宗…；非立案处理72宗 negates 立案)
            said = {w.group() for w in words.stage_re.finditer(label)}
            said |= {
                x for w in said for x in (w[:2], w[-2:]) if x in words.stage_of
            }  # (立案查处: 立案, 查处)
            ks = [mine.find(w) for w in said]
            if any(k > 0 and words.negation_re.search(mine[:k]) for k in ks):
                continue  # 已立案查处59宗…；非立案处理72宗: a path beside the step, not one after it
            if f.q.value > _FAR_BEYOND * g.q.value > 0 and step not in words.concludes:
                # 提出检察建议3200余件…，办理行刑反向衔接案件4.9万件: ten times more handled is another workload
                # (not more concluded than received: that is the error a slip makes)
                continue
            if (
                prior is not None
                and prior < step
                and SEGMENT_END.search(r.norm, g.end, f.start)
                and _own_end(r, words, facts, stages, i)
            ):
                continue  # …受理383件，已解决367件；回访686件，已解决685件: a record of its own after the ；
            if (
                prior is not None
                and prior < step
                and (_unit_fits(g.q.unit, f.q.unit) or _calls_then_tickets(r, g, f))
            ):
                if (
                    step not in words.concludes
                    and words.step_word(label) in words.screening
                    and not _FOUND_LEADS_RE.search(label)
                ):
                    continue  # 排查纠纷485件，调解纠纷627件: what is mediated need not have been screened (but a
                    # case is filed from the leads or the violations found: 发现公益案件线索8320件，立案4597件;
                    # 发现违法用地行为9832件…立案查处违法用地案件3760件)
                if _of_the_run(r, words, g, f):
                    continue  # 抽查行政处罚案卷30份、行政许可案卷30份，…合格案卷47份: of the run's sum, not of one
                if (
                    words.any_status_re.search(label)
                    and words.any_status_re.search(r.frame(f).label)
                    and words.complementary([label, r.frame(f).label]) is not None
                ):
                    continue  # 评出优秀案卷5份、合格案卷47份: two grades of one scale, side by side
                cands.append(g)
        if not cands and thing is not None:
            # (收到申请1696件…。复议案件共50件，…。目前审结43件: the things right before, not the intake far back)
            groups.append(_of_the_thing(thing, f))
            continue
        if not cands:
            same = _same_thing_before(r, words, facts, stages, i, year)
            if same is None:
                continue
            cands = [same]
        if _OVERALL_RE.search(r.frame(f).label):
            # 转派4898件，在线办结6273件，综合办结11163件: 综合 counts all, so only an intake step bounds it
            cands = [g for g in cands if stages[at[id(g)]] in words.intake]
            if not cands:
                continue
        a, b = cands[:2] if len(cands) >= 2 else (None, None)
        if (
            a is not None
            and b is not None
            and stages[at[id(a)]] == stages[at[id(b)]]
            and (words.step_word(r.frame(a).label) != words.step_word(r.frame(b).label))
            # (接听群众来电8947个，其中转办2274件，办结1715件: a part and its whole are no two paths)
            and frozenset((a.id, b.id)) not in _listed_with_whole(r)
        ):
            # 直接办理的有3260件，转派…1112件，处理完成4231件: two paths of one step before it; what follows
            # is of both, not of the nearest
            continue
        g = _closed_of_all_received(r, words, f, cands, stages, at) or _parent(r, words, cands)
        if includes_more(r.norm, f.end):
            continue  # 转达89条，已回复91条，回复率100%(含主动回复): the replies count some not passed on
        prior = words.stage(label_or_cases(r, at[id(g)]))
        allowance = "none"
        holding = _intake_holding(r, words, g) if step in words.concludes else None
        if holding is not None:
            # 共受理各类案件37739件。其中，新收33868件，办结33191件: the intake the new cases are part of holds those
            # carried in too: all there was to conclude
            g, allowance = holding, "none"
        elif step in words.concludes and _holds_the_carried_in(r, g):
            # 受理执行案件4697件，新收4526件，旧存171件，执结3851件: the old cases stated in it, nothing else to conclude
            allowance = "none"
        elif step in words.concludes and prior in words.intake:
            allowance = "carry" if carry is not None else "double"
            if (
                allowance == "double"
                and not NEW_ONLY_RE.search(r.frame(g).label)
                and not (_court_paragraph(r, g.start) and _one_year_of_several(r, g))
                and not _carry_stated_before(r, g.start)
            ):
                # 受理各类案件12769件，结案10738件: an intake not said to be new cases only (新收) is what was
                # there to conclude, carried over or not: more concluded is a warning, as the carry-over the
                # text does not state could still explain it. Courts too: their 受理 is old and new cases
                # together (收案 and 新收 are the new ones: NEW_ONLY_RE), and where a report means the new ones by
                # it, its 审结 passes them by a few per cent at most (受理一审行政案件5109件，审结5129件), which the
                # allowance lets pass. Not one year of a longer period stated before (…共2971件。其中2021年受理…
                # 1217件，审结…1328件): the cases of the years before are concluded in it, only the 新收 bound holds
                allowance = "unstated"
            if allowance == "unstated" and g.start < r.period_span(f.start)[0] and _opens_bare(r, f):
                # 共受理审查逮捕案件156件221人。审结163件235人: a sentence of its own on what was concluded may count
                # the cases carried in, which the sentence before does not say: only twice the intake is beyond it
                allowance = "double"
            if allowance != "carry" and _since_a_start(r, g):
                # 截至今年9月底，全省已累计接收社区服刑人员68688人，成功解除矫正50303人: all taken in since a start,
                # before which nothing was carried: none can be concluded beyond them
                allowance = "none"
        elif (
            step in words.concludes
            and words.step_word(label_or_cases(r, at[id(g)])) == "审理"
            and _court_paragraph(r, g.start)
        ):
            # 审理各类民(商)事案件3390件，比上年下降1.7%；审结3560件: what a court tries is its new cases or its
            # caseload, unsaid; old cases concluded too may pass the new ones (as after 新收: twice them is beyond it)
            allowance = "carry" if carry is not None else "double"
        elif carry is not None and prior in words.intake:
            allowance = (
                "carry"  # 受理1243件，上期结转126件，合计审理1369件: cases carried over are handled too
            )
        if _divisions_of_one_total(f, g, lists_of, totals, sizes):
            # 共受理…258件，其中新受理110联动事项126件，网民诉求事项132件，已办结257件，正在办理1件: parts of one total by
            # two of its divisions (by channel, by status), no step of one another
            continue
        roles = {"earlier": [g.id], "later": [f.id]}
        if carry is not None and allowance == "carry":
            roles["carry"] = [carry.id]
        groups.append(Group(kind=KIND, facts=roles, span=(g.start, f.end), attrs={"allowance": allowance}))
    return groups + _done_of_proposed(r)


def _divisions_of_one_total(
    f: Fact, g: Fact, lists_of: dict[str, list[int]], totals: list[Fact], sizes: list[int]
) -> bool:
    """Are the two figures parts of one total by two of its lists of two parts or more?"""
    of_f = {totals[k].id for k in lists_of.get(f.id, ()) if sizes[k] >= 2}
    return bool(of_f & {totals[k].id for k in lists_of.get(g.id, ()) if sizes[k] >= 2})


def _intake_holding(r: Reading, words: Words, g: Fact) -> Fact | None:
    """The whole a count of new cases (新收, no kind of its own) is listed in, when that whole is an intake not
    itself new only (共受理各类案件37739件。其中，新收33868件): the new cases and those carried in together (not
    受理各类行政案件29154件，其中一审新收行政案件12577件: one kind's new cases, beside other kinds)."""
    label = r.frame(g).label
    if not NEW_ONLY_RE.search(label) or NEW_ONLY_RE.sub("", label).strip("其中，,：: "):
        return None
    for grp in r.groups_of("breakdown"):
        if g.id in grp.facts["parts"] and grp.attrs.get("marker") == "其中":
            total = next((f for f in r.facts if f.id == grp.facts["total"][0]), None)
            if (
                total is not None
                and total.q.unit == g.q.unit
                and words.stage(r.frame(total).label) in words.intake
                and not NEW_ONLY_RE.search(r.frame(total).label)
            ):
                return total
    return None


def _holds_the_carried_in(r: Reading, g: Fact) -> bool:
    """Is the intake the whole of a list one of whose parts is the cases carried in (受理执行案件4697件，新收4526件，
    旧存171件)? Then nothing else was there to conclude."""
    return any(
        grp.facts["total"][0] == g.id
        and any(CARRIED_IN_RE.search(r.frame(p).label) for p in r.facts if p.id in grp.facts["parts"])
        for grp in r.groups_of("breakdown")
    )


def _listed_with_whole(r: Reading) -> set[frozenset[str]]:
    """Each part of a list with its whole, as pairs (read once a text)."""
    key = (_listed_with_whole,)
    got = r.cache.get(key)
    if got is None:
        got = r.cache[key] = {
            frozenset((g.facts["total"][0], p)) for g in r.groups_of("breakdown") for p in g.facts["parts"]
        }
    return got  # type: ignore[return-value]


_YEAR_OF_A_PERIOD_RE = re.compile(r"其中[，,]?\s*(?:19|20)\d\d年")  # (其中2021年受理…: one year of several)


def _one_year_of_several(r: Reading, g: Fact) -> bool:
    """Is the intake one year's, opened by 其中 in its sentence (其中2021年受理…1217件), or a later year of the same
    list, its clause opening with its year (…1328件，2022年受理1043件)?"""
    start = r.period_span(g.start)[0]
    if _YEAR_OF_A_PERIOD_RE.search(r.norm, max(start, g.start - _YEAR_REACH), g.start) is not None:
        return True
    return (
        _YEAR_OPENS_RE.match(r.norm, r.clause_start(g.start)) is not None
        and _YEAR_OF_A_PERIOD_RE.search(r.norm, start, g.start) is not None
    )


_YEAR_OPENS_RE = re.compile(r"\s*(?:19|20)\d\d年")


_YEAR_REACH = 32  # characters before an intake its 其中 and year may stand


def _court_paragraph(r: Reading, pos: int) -> bool:
    """Does the paragraph holding `pos` report a court's or courts' cases (人民法院, 中院, 审判…)?"""
    para = r.seg.paragraph_at(pos)
    return COURT_RE.search(r.norm, para.start, para.end) is not None


def _carry_stated_before(r: Reading, pos: int) -> bool:
    """Does the paragraph state, before `pos`, what was carried in from the period before (新收各类案件3396件，
    旧存845件，…其中船员劳务合同纠纷立案186件，结案183件)? Its kinds' concluded may hold some of it, unsplit."""
    return CARRIED_IN_RE.search(r.norm, r.seg.paragraph_at(pos).start, pos) is not None


def _done_of_proposed(r: Reading) -> list[Group]:
    """书面提出纠正71件，已纠正71件 / 发送司法建议27件，反馈23件: what was done (已V) or answered of what was
    proposed or sent (提出V, 发出V) right before it in its sentence is at most that; so is what another body
    filed (公安机关立案) of the cases sent to it (移送)."""
    out: list[Group] = []
    for g, f in itertools.pairwise(r.facts):
        if g.mention.kind != "count" or f.mention.kind != "count" or g.sentence != f.sentence:
            continue
        if g.q.unit != f.q.unit and not {g.q.unit, f.q.unit} <= set(GENERAL_UNITS):
            continue
        mine = r.frame(f).label
        if _TRANSFERRED_RE.search(r.frame(g).label) and _FILED_RE.search(mine):
            # 移送涉嫌拒不支付劳动报酬罪案件70件，公安部门立案侦查68件: what the receiving body filed of the cases
            # sent to it (some perhaps sent the year before: a few per cent over is let pass)
            roles = {"earlier": [g.id], "later": [f.id]}
            out.append(Group(kind=KIND, facts=roles, span=(g.start, f.end), attrs={"allowance": "unstated"}))
            continue
        sent = _PROPOSED_RE.search(r.frame(g).label)
        if sent is None:
            continue
        # (发出检察建议67件，采纳65件: what was adopted of the proposals, some perhaps of those sent the year
        # before: a few per cent over is let pass, as after an intake)
        adopted = sent.group("v") in ("建议", "意见") and _ADOPTED_RE.fullmatch(mine) is not None
        if not (
            ("已" + sent.group("v")) in mine or (_ANSWERED_RE.search(mine) and sent.group("how")) or adopted
        ):
            continue
        if includes_more(r.norm, f.end, within=2):
            continue  # 已纠正951件(含积存): of more than those proposed this period
        roles = {"earlier": [g.id], "later": [f.id]}
        allowance = "unstated" if adopted else "none"
        out.append(Group(kind=KIND, facts=roles, span=(g.start, f.end), attrs={"allowance": allowance}))
    return out


# 提出纠正 / 发出检察建议 / 发送司法建议: a proposal or a notice sent, and what it asks for (纠正, 检察建议…)
_PROPOSED_RE = re.compile(r"(?:提出|发出|制发|(?P<how>发送))[^，,；;。\d]{0,6}?(?P<v>纠正|整改|建议|意见)")
_ANSWERED_RE = re.compile(r"反馈|回复|回函")
# cases sent to another body (移送涉嫌犯罪案件, 移送公安机关), and that body filing them (公安机关立案, 立案侦查)
_TRANSFERRED_RE = re.compile(r"^(?:[^，,；;。]{0,4}|[^，,；;。]{0,8}?向[^，,；;。]{1,8}?)移送")
_FILED_RE = re.compile(r"^(?:公安(?:机关|部门)?|检察(?:机关|院)|司法机关)?(?:已|均)?立案(?:侦查|查处)?$")
_ADOPTED_RE = re.compile(
    r"(?:已|均|被|获|得到)?(?:回复|书面回复)?(?:采纳|采用|接受)"
)  # the later figure's words, all of them


_BARE_GAP_RE = re.compile(r"[，,]\s*")
# a figure said to be of all (共办结, 合计审结, 总结案: 总 right before a step, not 总结 "sum up")
_OF_ALL_RE = re.compile(TOTAL_WORDS_RE.pattern + r"|总(?=结案|办结|审结|执结|结)")


def _list_total(r: Reading, part: Fact) -> Fact | None:
    """The total of the 其中 list a part is the last of, if any."""
    for g in r.groups_of("breakdown"):
        if g.facts["parts"][-1:] == [part.id] and g.attrs.get("marker") == "其中":
            return next(f for f in r.facts if f.id == g.facts["total"][0])
    return None


_NOT_YET_RE = re.compile(r"(?:尚未|仍未|未)")  # a step not yet taken (未整改17件)


def _thing_before(
    r: Reading, words: Words, facts: list[Fact], stages: list[int | None], i: int, listed: set[str]
) -> Fact | None:
    """The count right before facts[i], one comma back in its sentence and unit, naming a kind of thing by
    no step, when facts[i] is named by a bare step (…事项20549件，办结14937件)."""
    if i == 0:
        return None
    f, g = facts[i], facts[i - 1]
    if g.id in listed and _BARE_GAP_RE.fullmatch(r.norm, g.end, r.frame(f).label_start):
        # 网格事件17457件，其中网格员上报17146件，…我的永州APP 12件，办结17443件: concluded of the list's total
        total = _list_total(r, g)
        fits = (
            total is not None
            and total.sentence == f.sentence
            and total.q.unit == f.q.unit
            and words.bare_stage(r.frame(f).label)
            and stages[r.fact_index().position[id(total)]] is None
        )
        return total if fits else None
    label = r.frame(g).label
    if (
        stages[i - 1] is not None
        or g.mention.kind != "count"
        or g.q.unit != f.q.unit
        or not (
            _BARE_GAP_RE.fullmatch(r.norm, g.end, r.frame(f).label_start)
            if g.sentence == f.sentence
            else _opens_next_period(r, g, f)
        )
        or not words.bare_stage(r.frame(f).label)
        or len(label) < 2
        or CARRY_RE.search(label)
        or NEW_ONLY_RE.search(label)
        or _NOT_YET_RE.match(label)  # (未结案17件…。调解处理452件: those not done are no kind of thing)
        or g.id in listed  # (…其中…我的永州APP 12件，办结17443件: a part of the list, not what was concluded)
        or (words.processes and words.other_processes(label, r.frame(f).label))
    ):
        return None  # (共批捕…13987人，提起公诉32580人: another process's figure)
    return g


def _of_the_thing(thing: Fact, f: Fact) -> Group:
    """f concludes the things counted right before it, what was carried over left unstated."""
    roles = {"earlier": [thing.id], "later": [f.id]}
    return Group(kind=KIND, facts=roles, span=(thing.start, f.end), attrs={"allowance": "unstated"})


def _of_the_run(r: Reading, words: Words, g: Fact, f: Fact) -> bool:
    """Is g one of a 、-joined run of counts (抽查行政处罚案卷30份、行政许可案卷30份) while f names nothing that sets g
    apart from the others (合格案卷47份: of all the files)? Then f is of the run's sum, no later step of g. Not when
    f names g's process or g's own words (排查一般隐患4963项、重大隐患9项，督促一般问题整改4630项: 一般)."""
    others = listed_with_others(r, g)
    if not others:
        return False
    mine, later = r.frame(g).label, r.frame(f).label
    if any(p.search(mine) and p.search(later) for p in words.processes):
        return False  # (受理提请批捕9605人、移送起诉13825人，经审查决定批准逮捕8035人: the arrests of the 批捕 requests)
    theirs = "".join(r.frame(o).label for o in others)
    mine = words.stage_re.sub("|", mine)  # (its step word is no word of its own: 抽查 is the run's)
    own = {mine[k : k + 2] for k in range(len(mine) - 1)} - {
        theirs[k : k + 2] for k in range(len(theirs) - 1)
    }
    return not any(w in later for w in own if _CJK_PAIR_RE.fullmatch(w))


_CJK_PAIR_RE = lazy_compile(r"[\u4e00-\u9fff]{2}")


def _opens_next_period(r: Reading, g: Fact, f: Fact) -> bool:
    """Does f open the sentence after g's, g's sentence ending in words on g's things, no figure (复议案件共18件，
    案件类型涉及信息公开、履职等。目前审结11件)?"""
    end = r.period_span(g.start)[1]
    rest = r.norm[g.end : end]
    return (
        r.period_span(f.start)[0] == end
        and not r.norm[end : r.frame(f).label_start].strip()
        and len(rest) <= _DESCRIBED_AFTER
        and rest[:1] in ("，", ",", "。")
        and not _DIGIT_RE.search(rest)
    )


_DESCRIBED_AFTER = 40  # characters after a count that may describe its things before the sentence ends
_DIGIT_RE = re.compile(r"\d")


def _not_yet(
    r: Reading, words: Words, facts: list[Fact], stages: list[int | None], i: int, listed: set[str]
) -> Group | None:
    """涉及违规事项539件，未整改17件: what is not yet done is some of what the count right before holds — a count
    of a kind of thing or of an intake, not a sibling outcome (维持1件，未结2件) nor a part of a list. After an
    intake, cases carried over may be pending too: the bound allows them as after 受理."""
    f, whole = facts[i], facts[i - 1]
    prior = stages[i - 1]
    if (
        whole.mention.kind != "count"
        or whole.sentence != f.sentence
        or whole.q.unit != f.q.unit
        or whole.id in listed
        or (prior is not None and prior not in words.intake)
        or not _BARE_GAP_RE.fullmatch(r.norm, whole.end, r.frame(f).label_start)
        or not words.stage_re.search(r.frame(f).label)
    ):
        return None
    allowance = "none"
    if prior is not None:
        allowance = "double" if NEW_ONLY_RE.search(r.frame(whole).label) else "unstated"
    roles = {"earlier": [whole.id], "later": [f.id]}
    return Group(kind=KIND, facts=roles, span=(whole.start, f.end), attrs={"allowance": allowance})


def _own_end(r: Reading, words: Words, facts: list[Fact], stages: list[int | None], i: int) -> bool:
    """Is facts[i] followed in its ；-segment by a figure of a concluding step (回访686件，已解决685件)?"""
    f = facts[i]
    end = SEGMENT_END.search(r.norm, f.end)
    stop = min(end.start() if end else len(r.norm), r.sentence_span(f.sentence)[1])
    for k in range(i + 1, len(facts)):
        if facts[k].start >= stop:
            break
        if stages[k] is not None and stages[k] in words.concludes:
            return True
    return False


_REQUESTS_RE = re.compile(r"投诉|举报|咨询|来信|来访|来电|诉求")  # what people bring, not the cases opened


def _cases_only(label: str) -> bool:
    return "案件" in label and not _REQUESTS_RE.search(label)


def _requests_only(label: str) -> bool:
    return "案件" not in label and _REQUESTS_RE.search(label) is not None


def _other_kinds(earlier: str, later: str) -> bool:
    """Does the earlier figure name a kind of case (刑事) and the later one all kinds (执结各类案件)? (Not two
    kinds: 行政诉讼案件 are among 行政案件.)"""
    kinds = [k for k in CASE_KINDS if k in earlier]
    if kinds and "各类" in later and not any(k in later for k in kinds):
        return True
    if earlier.endswith(_ISSUED) != later.endswith(_ISSUED) and (earlier + later).count("案件") == 1:
        return True  # 提出抗诉、再审检察建议202件，办理行政检察案件1883件: what was issued, and cases: no steps of one
    if (_cases_only(earlier) and _requests_only(later)) or (_requests_only(earlier) and _cases_only(later)):
        return True  # 立案查处违法案件9起，…，处理投诉21起: cases opened, and complaints handled: no steps of one

    # …各类知识产权案件6976件；审结涉农案件7605件: each names its own kind of case, neither the other's
    # (a verb before 案件 names no kind: 受理案件100件 holds 审结涉农案件)
    a, b = _CASE_KIND_RE.search(earlier), _CASE_KIND_RE.search(later)
    if a is None or b is None or ALL_INSTANCES_RE.search(a.group(1)):
        return False
    x, y = a.group(1), b.group(1)
    if x in _GENERIC_KINDS or y in _GENERIC_KINDS:
        return False  # (立案…保护领域案件2884件，办理诉前程序案件…: a field, a procedure: no kinds apart)
    steps = load_words().stage_re
    return not steps.search(x) and not steps.search(y) and x not in later and y not in earlier


_ISSUED = ("建议", "意见", "决定书", "文书")  # (what a body issues, counted apart from the cases it handles)
_GENERIC_KINDS = frozenset({"领域", "方面", "程序", "类型", "相关", "其他", "其它", "各类", "全部", "所有"})
_CASE_KIND_RE = re.compile(r"([\u4e00-\u9fff]{2})案件$")  # the kind a figure's words end on (涉农案件)


# a year (2023年, 2023总共需办理…) and not the digits of a figure (受理案件1951.1万件, 2015件 name no year)
_YEAR_RE = re.compile(
    r"(?<![\d.．])(?:19|20)\d\d(?![\d.．]|\s*(?:万|亿|件|人|起|宗|个|条|户|名|项|家|次|元))"
)


def _year(r: Reading, f: Fact) -> str | None:
    """The year its clause (or the 40 characters before it) states for a figure, if any."""
    lo = max(r.period_span(f.start)[0], f.start - 40)
    years = _YEAR_RE.findall(r.norm, lo, f.start)
    return years[-1] if years else None


def _object(words: Words, label: str) -> str:
    """What a step acts on: the words after the label's step word (共审结各类审查逮捕案件: 各类审查逮捕案件)."""
    said = words.step_word(label)
    return label[label.rfind(said) + len(said) :] if said else ""


def _same_thing_before(
    r: Reading, words: Words, facts: list[Fact], stages: list[int | None], i: int, year: str | None
) -> Fact | None:
    """An earlier step of the very thing facts[i] names, in an earlier sentence of its paragraph or of
    the paragraph before (共受理各类审查逮捕案件71件91人。2.审结情况 …共审结各类审查逮捕案件69件83人): the
    same words after the step word, long enough to name one kind of case, tie the two figures as the
    sentence would (a scope key, not proximity)."""
    f, step = facts[i], stages[i]
    thing = _object(words, r.frame(f).label)
    if len(thing) < _THING_LEN or f.mention.kind != "count" or step is None:
        return None
    own = r.seg.paragraph_at(f.start).start
    lo = r.seg.paragraph_at(own - 1).start if own > 0 else own  # the paragraph before
    if lo > 0 and own - lo <= _HEADING_LEN:
        lo = r.seg.paragraph_at(lo - 1).start  # (a heading between: 2.审结情况, and the one before it)
    for j in range(i - 1, -1, -1):
        g = facts[j]
        if g.start < lo:
            break
        if g.sentence == f.sentence or g.mention.kind != "count" or g.q.unit != f.q.unit:
            continue
        prior = stages[j]
        if prior is None or prior >= step:
            continue
        if _object(words, r.frame(g).label) != thing:
            continue
        if year and (other := _year(r, g)) and other != year:
            return None  # (2023年受理…; 2024年审结…: two years)
        if _areas_apart(r, g, f):
            return None  # (粤东西北12市新收…6144件。…全省共审结…26893件: some cities' intake, the province's)
        return g
    return None


# some of the places of an area, counted or listed: 以上9市, 粤东西北12市, 其余5个县区
_SOME_AREAS_RE = re.compile(r"\d+个?(?:地市|市州|县区|县市区|市|州|县|区)")


def _areas_apart(r: Reading, g: Fact, f: Fact) -> bool:
    """Is one figure's sentence, up to it, of the whole area (全省) and the other's of some of its places (12市)?"""
    words = [r.norm[r.sentence_span(x.sentence)[0] : x.start] for x in (g, f)]
    whole = [bool(WHOLE_AREA_RE.search(w)) for w in words]
    some = [bool(_SOME_AREAS_RE.search(w)) for w in words]
    return (whole[0] and some[1] and not whole[1]) or (whole[1] and some[0] and not whole[0])


_HEADING_LEN = 24  # a paragraph this short between two is a heading (2.审结情况), not a subject of its own
_THING_LEN = 5  # 行政复议案件, 审查逮捕案件: shorter (案件, 矛盾纠纷) names no one kind of thing


def _inspection_results(r: Reading, words: Words, facts: list[Fact], stages: list[int | None]) -> None:
    """What an inspection found, after the count of what it inspected in the sentence and unit (抽检食品11557批次，不合格
    114批次 / 共检查企业760家，发现612家 / 4068批次抽检中…检出不合格食品158批次): a result of that inspection, the last
    stage (as 合格 is), not an intake (发现 opens a process of its own elsewhere: 发现问题82个，已整改38个)."""
    last = max(words.stage_of.values())
    for i, f in enumerate(facts):
        if f.mention.kind != "count" or i == 0:
            continue
        label = r.frame(f).label
        found = _FOUND_RE.search(label)
        if found is None or (stages[i] is not None and not found.group("word")):
            continue
        period = r.period_span(f.start)
        for j in range(i - 1, -1, -1):
            g = facts[j]
            if g.start < period[0]:
                break
            if (
                g.mention.kind == "count"
                and g.q.unit == f.q.unit
                and _INSPECTED_RE.search(r.frame(g).label + r.frame(g).pred[:4])
            ):
                stages[i] = last
                break


# (检出不合格食品, 不合格样品, 发现问题企业, 存在环境问题企业 / 发现: a result; not 合格)
_FOUND_RE = re.compile(
    r"(?P<word>检出|发现|查出|存在|查处|查获|查扣|处罚|责令)[\u4e00-\u9fff（）()]{0,10}$|不合格[\u4e00-\u9fff]{0,6}$"
)
_INSPECTED_RE = re.compile(r"检查|抽检|抽查|检测|检验|抽样|监测")


def _stage_of(r: Reading, words: Words, f: Fact) -> int | None:
    """The step a count's words name: those before it, or, for a count opening its clause, those right after
    it (…，344件已转有关部门办理，已办结328件)."""
    fr = r.frame(f)
    if MOVED_BY_RE.search(fr.label):
        return None  # 与上年相比，收案数增加120件: how much a step's count moved, not a count of the step
    if fr.label.strip(OPENING_MARKS):
        return words.stage(fr.label)
    end = CLAUSE_END.search(r.norm, f.end)
    if r.facts_between(f.end, end.start() if end else len(r.norm)):
        return None  # (137宗违法用地已立案查处59宗: the words after it name the next figure's step)
    return words.stage(fr.pred[:_PRED_STEP])


_PRED_STEP = 8  # characters after a count opening its clause that may name its step


def _opens_bare(r: Reading, f: Fact) -> bool:
    """Does a count open its sentence named by a bare step word, no subject of its own (。受理1033件; 。依法办理…;
    …597件769人。提起公诉389件475人)?"""
    period = r.period_span(f.start)
    if period[0] == 0:
        return False
    fr = r.frame(f)
    opening = r.norm[period[0] : fr.label_start + len(fr.label)].strip().removeprefix("依法")
    words = load_words()
    return bool(opening) and words.stage(opening) is not None and words.bare_stage(opening)


def _reach(r: Reading, f: Fact) -> int:
    """How far back a count's earlier step may be: its sentence when it goes on from the clause before
    (…；已完成整改483项次 / …；结案1839件), else only its ；-clause (…；在街道成立“共享法庭”，受理纠纷5980件;
    …；依法办理行政应诉一审案件22件: a new subject)."""
    period = r.period_span(f.start)
    seg = max((m.end() for m in SEGMENT_END.finditer(r.norm, period[0], f.start)), default=period[0])
    label = r.frame(f)
    own_words = re.search(r"[，,：:]", r.norm[seg : label.label_start]) or len(label.label) > _SHORT_LABEL
    if seg == period[0] and period[0] > 0 and (_REVIEWED_RE.match(r.norm, period[0]) or _opens_bare(r, f)):
        # 大会共收到提案157件。经审查，共立案133件: the review opening the sentence is of what the one before
        # received (in its paragraph); so is a bare step opening it (区政府共收到行政复议申请1113件…。受理1033件)
        before = r.period_span(period[0] - 1)
        if r.seg.paragraph_at(before[0]) is r.seg.paragraph_at(f.start):
            return before[0]
    return seg if seg > period[0] and own_words else period[0]


_REVIEWED_RE = re.compile(r"\s*(?:经审查|经审核|经过审查|经初审|经认真审查)")


# what a complaint platform or a mailbox receives (12315, 12345, 信箱): it closes items it did not accept too
_COMPLAINTS_RE = re.compile(r"投诉|举报|诉求|工单|来信|来电|信件|留言")
_CLOSED_RE = re.compile(r"办结|结案|处理|答复|回复|办复")  # closing an item, whatever came of it


def _closed_of_all_received(
    r: Reading, words: Words, f: Fact, cands: list[Fact], stages: list[int | None], at: dict[int, int]
) -> Fact | None:
    """The complaints received (接收, 收到), when a count closed (办结) follows them and those accepted
    (受理): a platform closes what it received, accepted or not (接收投诉250件，受理183件，办结241件); None
    otherwise (a court's or a review body's 审结 is of the cases it accepted)."""
    said = words.step_word(r.frame(f).label)
    if said is None or not _CLOSED_RE.search(said):
        return None  # (not 调解成功: a platform mediates what it accepted)
    nearest = stages[at[id(cands[0])]]
    if nearest is None or nearest not in words.intake:
        return None
    return next(
        (
            g
            for g in cands[1:]
            if (s := stages[at[id(g)]]) is not None
            and s in words.intake
            and s < nearest
            and _COMPLAINTS_RE.search(r.frame(g).label)
        ),
        None,
    )


def _parent(r: Reading, words: Words, cands: list[Fact]) -> Fact:
    """The earlier step a count belongs to: the nearest, unless that is one of several parts named by
    the same step after a whole stated with it (共收到3059条，…收到1904条，…收到1155条，…答复3055条:
    the answers are of the 3059)."""
    nearest = cands[0]
    step = words.stage(r.frame(nearest).label)
    for g in cands[1:]:
        whole = TOTAL_WORDS_RE.search(r.lead(g, 16))
        if words.stage(r.frame(g).label) == step and whole:
            return g
    return nearest


_STRICT = Relation("<=", Ref("later"), Ref("earlier"), "later <= earlier")
_CARRY = Relation("<=", Ref("later"), Bin("+", Ref("earlier"), Ref("carry")), "later <= earlier + carry")
_DOUBLE = Relation("<=", Ref("later"), Bin("*", Num(2.0), Ref("earlier")), "later <= 2 * earlier")
# an intake that holds what was carried in, or a year whose backlog shrank a little: a few per cent more
# concluded than received is the common case (结案29356件, 立案29239件); more is a warning
_UNSTATED_SHARE = 0.03
_UNSTATED = Relation(
    "<=", Ref("later"), Bin("*", Num(1.0 + _UNSTATED_SHARE), Ref("earlier")), "later <= earlier (+3%)"
)


def check(rule: Rule, ctx: Context) -> None:
    persons = persons_of(ctx)
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        earlier, later = ctx.fact(g.facts["earlier"][0]), ctx.fact(g.facts["later"][0])
        if frozenset((earlier.id, later.id)) in ctx.compared:
            continue  # a metric rule (受理 ≤ 收到申请…) already holds these two to each other
        allowance = str(g.attrs.get("allowance", "none"))
        carry = ctx.fact(g.facts["carry"][0]) if allowance == "carry" and "carry" in g.facts else None
        _check_step(rule, ctx, earlier, later, allowance, carry)
        # 受理提请逮捕16034宗25159人，批准逮捕13711宗20940人: the persons go the same way
        pe, pl = persons.get(earlier.id), persons.get(later.id)
        pc = persons.get(carry.id) if carry is not None else None
        if pe is not None and pl is not None and (carry is None or pc is not None):
            _check_step(rule, ctx, pe, pl, allowance, pc)


# a cumulative count up to a date or since a start (截至…已累计, 开展以来累计), not a year's so far (1-11月累计)
_SINCE_A_START_RE = re.compile(r"(?:截至|截止|以来)[^。；;]{0,24}累计|已累计")


def _since_a_start(r: Reading, g: Fact) -> bool:
    """Is the intake counted since a start (cumulative up to a date), outside courts' figures?"""
    lo = max(r.sentence_span(g.sentence)[0], g.start - 40)
    return bool(_SINCE_A_START_RE.search(r.norm, lo, g.start)) and not _court_paragraph(r, g.start)


def _check_step(
    rule: Rule, ctx: Context, earlier: Fact, later: Fact, allowance: str, carry: Fact | None
) -> None:
    keys = {"earlier": earlier, "later": later}
    if allowance == "carry" and carry is not None:
        keys["carry"] = carry
        rel = _CARRY
    elif allowance == "double":
        rel = _DOUBLE
    elif allowance == "unstated":
        rel = _UNSTATED
    else:
        rel = _STRICT
    ok = holds(rel, env(keys, "usual", {}))
    if not ok and rel is _UNSTATED:
        rel = _STRICT  # (beyond the few per cent let pass, the finding names the bound the steps set)
    sev = None if ok else (rule.severity if rel is not _DOUBLE and allowance != "unstated" else "warning")
    record(ctx, rule, rel, keys, sev, allowance)
    if ok:
        return
    assert sev is not None
    a, b = name_zh(earlier, ctx), name_zh(later, ctx)
    if rel is _CARRY:
        c = keys["carry"]
        zh = f"{b}多于{a}与{name_zh(c, ctx)}之和"
        en = f"{name_en(later)} exceeds {name_en(earlier)} plus {name_en(c)}"
        expected = f"≤ {fmt_number(earlier.q.value + c.q.value)}"
    elif rel is _DOUBLE:
        zh = f"{b}超过{a}的两倍：即使计入未写明的上期结转，也难以成立"
        en = f"{name_en(later)} is more than twice {name_en(earlier)}: even cases carried over can hardly explain it"
        expected = f"≤ {fmt_number(2 * earlier.q.value)}"
    elif allowance == "unstated":
        zh = f"{b}多于{a}：除非另有报告未写明的上期结转，后一环节的数量不应超过前一环节"
        en = f"{name_en(later)} exceeds {name_en(earlier)}: only cases carried over, not stated, could explain it"
        expected = f"≤ {fmt_number(earlier.q.value)}"
    else:
        zh = f"{b}多于{a}：后一环节的数量不能超过前一环节"
        en = (
            f"{name_en(later)} exceeds {name_en(earlier)}: a later step cannot count more than an earlier one"
        )
        expected = f"≤ {fmt_number(earlier.q.value)}"
    roles = [(earlier, "rhs"), (later, "lhs")] + ([(keys["carry"], "rhs")] if "carry" in keys else [])
    emit(ctx, rule, sev, zh, en, roles, expected, fmt_number(later.q.value))
