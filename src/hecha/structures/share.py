"""Shares: a part as a percentage of a base.

    依法受理4955件，占收案总数的79.9%；不予受理…1245件，占20.1%
    婚姻家庭纠纷160件，占18.4%；邻里纠纷278件，占32%；…

(A rate named …率 after its counts is rate.py's.)

The part is the count the 占 clause follows (N件，占X%: N is the part, never the base). The base is
what the words after 占 name (占收案总数的 → the total the text calls 收案/收到; 占审结数的 → 审结), else
the total of the list the part belongs to (其中 / 在…中 / 分别), else the figure the sentence starts
from (案件40宗，审结27宗，占67.5%). Where several figures could be the base, each is a reading the check
tries. Consecutive shares (N件，占X%；M件，占Y%…) form a list over one base: a share without words takes
its list's base.

Roles: `rate`, `part` (either count may be unstated), `base` (the first candidate); attrs
`base_words`, `bases` (every candidate, in order of preference), `list` (the list's index).

The checks: rule kind `share`: some candidate base gives the rate (rounded as displayed; a share that
fits only when truncated or rounded twice is let pass); with no base stated, some whole-number base
must give it (GRIM), and all shares of a list must admit one common base (the one that does not is
the likely error). Rule kind `share_sum`: the shares of one list add up to at most 100%.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from ..expr import INF, Bin, Interval, Ref, Relation, Sum, holds
from ..findings import READING_NOTE, SOFTER, Context, emit, env, name_en, name_zh, record
from ..frames import shared_words, subsequence_words
from ..intervals import LENIENT_READINGS, display_percent, fact_interval, fmt_number, rounded_as_shown
from ..lazyre import lazy_compile
from ..model import Fact, Group
from ..reading import CLAUSE_END, SEGMENT_END, Reading
from ..rulepack import Rule
from ..segment import BULLETS, HEADING_START
from ..tables import locate
from .persons import PERSON_UNITS
from .wholes import enumerated_with, over_wholes
from .words import (
    AMONG_OPENING_RE,
    AVERAGE_RE,
    CASE_KINDS,
    CASE_UNITS,
    CHANGE_WORDS_RE,
    DURATION_UNITS,
    INSTANCE_RE,
    KIND_UNITS,
    LEVEL_UNITS,
    OPENING_MARKS,
    PRIOR_FIGURE_RE,
    TOTAL_WORDS_RE,
    WHOLE_AREA_RE,
    counted_alike,
    counts_kinds,
    load_words,
    share_word_at,
)

KIND = "share"
AFTER = ("enumeration", "breakdown")  # a share of a listed part is over the list's total

_TAIL_RE = re.compile(r"(?:的|比例|比重|比|为|达到|达|约|近|超过|逾)+$")
# words that say "the whole" without naming it (占总数的, 占全部…的) and scopes before a noun (全市, 当年)
_WHOLE_RE = re.compile(r"总数|总量|总额|总和|合计|总计|全部|所有|总|数$|量$")
_SCOPE_RE = re.compile(r"^(?:全省|全市|全国|全县|全区|全州|全年|当年|本年|同期|各类|各级|累计)+")
_SCOPE_WORD_RE = re.compile(r"(?:区|县|市|省|乡镇|街道|部门)(?:政府|本级|级)|全省|全国")
_SUMMED_RE = re.compile(r"(?:以上|上述|前述|这)[\d一二三四五六七八九十两几]*(?:个|家|项|类)?")
_WHOLE_WORDS_RE = re.compile(r"总数|总量|总额|全部|所有")
_WHOLE_BODY_RE = re.compile(
    r"全(?:院|局|委|厅|系统|区|市|县|省|州)"
)  # 占全院总收案数的: the body's own total
_BODY_TOTAL_RE = lazy_compile(r"总[\u4e00-\u9fff]{0,4}(?:数|量|额)")
# 上述三类案件占… / 这3类问题占投诉总量58.59%: the figure counts the kinds of a list
_LIST_REF_RE = re.compile(r"(?:以上|上述|前述|这)$")
_SUMMED_OPENS_RE = re.compile(r"[，,\s]*(?:以上|上述|前述)[\d一二三四五六七八九十两几]+(?:个|家|项|类)?")
_SHARE_NEXT_RE = re.compile(r"[，,、\s]*(?:各|均|分别)?占")  # (…分别有5件，各占所有案件的比例为4.9%)
_LAST_YEARS_RE = re.compile(r"(?:去年|上年)同期")
# words after 占 naming a scope only (占全省48.9%): the whole of whatever each figure measures there
_SCOPE_ONLY_RE = re.compile(r"(?:全国|全省|全市|全区|全县|全州|全盟)的?")
_PERSONS_WHOLE_RE = re.compile(r"人数|人次")  # a whole of persons (占…死亡人数的)
_MOVED_BY_LEAD_RE = re.compile(r"(?:增加|减少|增长|下降|上升|净增)了?$")  # right before a figure: its change
_COMPARED_WITH_RE = re.compile(r"\s*相比")
# nouns too general to name a base by themselves (占…案件总数的: 案件 is every figure's noun)
_GENERIC_NOUN_RE = re.compile(r"案件|案子|行政|件数|数量|情况|工作|方面|事项|领域|的")
MAX_BASES = 4
# a base a tenth of its part or less counts another thing (a one-digit slip makes a figure at most 9× another)
_FAR_BELOW = 10


# a share's words in the clause before its figure, ending in a rank (占受理案件数比例最高，达92.71%)
_RANKED_SHARE_RE = re.compile(
    r"(占[^，,；;。：:\d%]{0,16}?)(?:比例|比重|的比例|的比重)?(?:最高|最大|最多|较高|较大|居首|居第一位?)[，,]"
    r"\s*(?:达到|达|为|约|近)?\s*$"
)


def _ranked_share_words(r: Reading, f: Fact, label: str) -> str:
    """The words 占…最高 of the clause right before a share whose own words say only 达/为, else ''."""
    if _TAIL_RE.sub("", label.strip()):
        return ""
    m = _RANKED_SHARE_RE.search(r.norm, max(0, f.start - 32), f.start)
    return m.group(1) if m else ""


_RATE_NAMED_RE = re.compile(r"[\u4e00-\u9fff]率$")  # (优秀率占比30%: the share's subject is a rate's name)


def recognise(r: Reading) -> list[Group]:
    facts = r.facts
    groups: list[Group] = []
    totals_of: dict[str, list[str]] = {}
    for g in r.groups_of("breakdown"):
        for p in g.facts["parts"]:
            totals_of.setdefault(p, []).append(g.facts["total"][0])
    by_id = {f.id: f for f in facts}
    list_no = -1
    last_rate: Fact | None = None
    last_part: Fact | None = None
    list_words = ""
    list_bases: list[str] = []
    list_tied = False
    enumerated, unpaired = _enumerated(r)
    # the parts of the shares of one paragraph with the same words after 占: siblings, never each other's base
    # (…共处理离婚案件55起，约占所有案件的48.67%。其中2021年…31起，占所有案件的50.81%: the 55 is no 所有案件)
    siblings: dict[tuple[int, str], set[str]] = {}
    inline_read: set[str] = set()  # rates of a run whose base their clause states (_inline_run)
    for i, f in enumerate(facts):
        if f.mention.kind != "percent" or f.q.unit != "%" or f.id in inline_read:
            continue
        if r.has_tables and locate(r.text, f.start) is not None:
            continue  # a table's shares are read by its rows and columns (table.py)
        label = r.frame(f).label
        if PRIOR_FIGURE_RE.search(r.lead(f, 8)):
            continue  # (办案总量占比从上年度的19.22%提升至32.03%: last year's share, of figures not stated)
        if f.id in unpaired:
            continue  # (共受理…65宗，占案件总数比例分别为6%、5%、22%: each of a part the text does not state)
        first_rate, part, own = enumerated.get(f.id, (f, None, False))
        if first_rate is not f:
            label = r.frame(first_rate).label  # 分别占…的15.0%、10.8%: the words of the first
        k = share_word_at(label)
        if k < 0 and (ranked := _ranked_share_words(r, f, label)):
            label, k = ranked + label, 0  # …140件，占受理案件数比例最高，达92.71%
        inline = _inline_base(r, i) if k < 0 and f.id not in enumerated else None
        if inline is not None:
            # 委员提案241件，占全部248件提案的97.2%: the base is stated inside the clause, the part is the
            # count the clause follows (完成年初预算…的: completion.py's)
            part, base = inline
            list_no += 1
            last_rate = last_part = None
            pairs = _inline_run(r, i, part, base) or [(f, part)]
            # (检查…16930家，查处1637家: figures of two steps, the second of the first, overlap: no partition)
            steps = {load_words().step_word(r.frame(q).label) for _, q in pairs}
            for rate, q in pairs:
                inline_read.add(rate.id)
                groups.append(
                    Group(
                        kind=KIND,
                        facts={"rate": [rate.id], "part": [q.id], "base": [base.id]},
                        span=(q.start, rate.end),
                        attrs={"base_words": "", "bases": [base.id], "list": list_no, "tied": True},
                    )
                )
                if len(steps) > 1:
                    groups[-1].attrs["shared"] = True
            continue
        if k < 0:
            part = part or _bracketed_part(r, i)
            alike = _SHARE_NAMED_RE.fullmatch(label) if part is None else None
            if alike and list_words and last_rate is not None and last_rate.sentence == f.sentence:
                # …占地区生产总值比重为16.6%，第二产业增加值比重为23.5%: the next share of the list, its
                # part named, its base the list's
                label, k = alike.group(1) + "占" + list_words, len(alike.group(1))
            elif part is None:
                continue  # a rate named …率 is the rate module's
            else:
                label, k = "占", 0  # 住房保障43件(30.2%): a share of its count, in brackets
        words = _base_words(label, k)
        words = "" if words.startswith("比") else words
        part = part or _part_before(r, i)
        subject = label[:k].strip()
        among = _AMONG_SUBJECT_RE.fullmatch(subject) if not words else None
        if among is not None:
            # 调解12266宗，在全市调解纠纷量中占27%: the words before 占 name the whole, as 占…的 would
            words, subject = among.group(1), ""
        part = _of_the_measure_named(r, f, subject, part)
        if part is not None and part.q.unit in DURATION_UNITS:
            part = None  # 1-2小时反馈占总指令的22.8%: a span of time names the kind, it counts nothing
        if part is not None and _TOP_N_RE.search(r.norm, part.end, f.start):
            part = None  # …4050件，…收案数位列前五位的分别为城建、公安…，占到收案总数的63.3%: the top five's, unstated
        if part is not None and _ONE_MORE_TOGETHER_RE.match(r.norm, part.end, f.start):
            part = None  # …农业机械等7个行业领域…双下降，航空运输未发生事故，共占…12个行业领域的66.7%: of 7 and one more
        if part is not None and _PERSONS_WHOLE_RE.search(words) and part.q.unit not in PERSON_UNITS:
            part = None  # 发生了3起重大交通事故，…死亡人数…，占…死亡人数的74.4%: a share of persons, not of events
        if (
            part is not None
            and part.q.unit in KIND_UNITS
            and len(subject) >= 2
            and CLAUSE_END.search(r.norm, part.end, f.start)
        ):
            part = None  # …市场监管四类案件较多，个人起诉的案件占比91.6%: the clause names its own part, not the kinds
        elif part is not None and counts_kinds(r, part) and not any(u in words for u in KIND_UNITS):
            # 四类案件约占案件总量的76.7% / 列出的14个案由共占民事一审收案总数的77.59%: a share of what the kinds
            # hold, unstated, not of the number of kinds
            continue
        named_part = part is None and (part := _named_part(r, f, subject)) is not None
        # (第一产业增加值占地区生产总值比重为16.6%: the part named, stated before)
        if _EACH_ALIKE_RE.search(subject) or _OWN_KIND_RE.search(words):
            # 按日计罚案件8宗、查封扣押案件239宗，均约占全省的三分之一 / 环保产品…占同类产品采购规模的81.5%: each of its
            # own whole (its own kind's), unstated
            continue
        # 上述三类案件占…: of the kinds of a list; …其中XX街道71人，…XX街道42人，全区占比65.2%: the list's share
        # of the whole scope
        summed = part is not None and (
            _LIST_REF_RE.search(r.norm, max(0, part.start - 2), part.start) is not None
            or WHOLE_AREA_RE.fullmatch(subject) is not None
        )
        # (上述七省、市受理案件占: the subject opens with 上述, before a list of places too long for its last words)
        listed_subject = _SUMMED_RE.search(subject[-8:]) or _SUMMED_OPENS_RE.match(subject)
        if summed or listed_subject or (f.id not in enumerated and summed_items(r, i)):
            # 以上六市收案数占全省…的61.9% / 位居前三的工单：A类783件、B类579件、C类562件，占工单总量的77%: the
            # part is the sum of a list (checked against its base only where the list states the sum)
            continue
        if part is not None and _counts_another_thing(r, part, words):
            continue  # 涉及…6个领域，占案件总数的69.12%: the share is of what the fields hold, not of them
        if part is not None and not words and _RATE_NAMED_RE.search(subject):
            # 优秀案卷24件，…不合格案卷3件，优秀率占比30%: a rate named by a grade, of that grade's count, not a share
            # of the count before it (the rate and the share-list readings hold it)
            continue
        if f.id in enumerated:
            subject = ""  # 分别 is no subject of its own
        whole: Fact | None = None
        bare_whole = re.fullmatch(r"(?:总数|总量|全部)", words) is not None
        if (
            part is not None
            and not named_part
            and part.q.unit not in KIND_UNITS
            and len(subject) >= 2
            and subject.rstrip("的")
            not in r.frame(part).label  # (动漫解读文件7个，…动漫解读占比23%: the part itself)
            # (反映供暖类问题来电3075个，在居民生活类问题中，供暖问题占比: the part itself, named shorter)
            and subsequence_words(_subject_noun(subject), r.frame(part).label) < len(_subject_noun(subject))
            and (not words or (bare_whole and subject.endswith("的")))
            # (11-20人事务所占比为21.06%: a figure right before the noun, with no mark between, sizes the things
            # counted, it is no count of them)
            and CLAUSE_END.search(r.norm, part.end, f.start) is not None
        ):
            # 新培育199人，村居两委成员占比60%以上 / 办理代表建议37527件，…已经解决或计划解决的占总数的
            # 76%: the clause names a subset of the count before it, which is then the base (of a part
            # the text does not state)
            whole, part = part, None
        elif (
            part is not None
            and not named_part
            and not words
            and _AMONG_UNCOUNTED_RE.fullmatch(r.norm, part.end, f.start)
        ):
            # 共接到举报投诉案件416件，其中以来电投诉最多，占64.18%: of the 416, a part the text does not count (not
            # 合伙所647家(其中外省…分所63家)，占85.6%: a bracket's aside)
            whole, part = part, None
        subjects = _subjects_own(r, part, subject, words) if whole is None and not named_part else None
        if subjects is not None and part is not None:
            # 深圳市两级法院共判处…6667人，同期广东省法院共判处…34884人，深圳约占全省的19.11%: the subject's own
            # figure is the part, the wider scope's figure right before the share its base
            whole, part = part, subjects
        # a list: in one sentence, this share's part comes right after the previous share's rate
        continues = (
            (
                last_rate is not None
                and part is not None
                and r.period_span(part.start) == r.period_span(last_rate.start)
                and (
                    not any(  # (a figure of another unit may qualify the part: 收费在1万元以上…的案件9.8万件)
                        g.mention.kind in ("count", "money")
                        and g.q.unit == part.q.unit
                        # (…占全市总数的23.92%，同比增加19人，上升17.16%；历城区死亡73人: a change, no count)
                        and g.id not in _changes(r)
                        for g in r.facts_between(last_rate.end, part.start)
                    )
                    or f.id in enumerated
                )
                and (not words or words == list_words or _same_whole(words, list_words))
                # (…8718个，占应建数的99%，…，其中一类调委会5052个，占57.9%: the 其中 opens a list of its own)
                and "其中" not in r.norm[last_rate.end : part.start]
                # (委员403人，占68%；…提案290件，占36.3%: persons, then items; not 电话684175个，…；微信留言24003条)
                and (last_part is None or (last_part.q.unit in PERSON_UNITS) == (part.q.unit in PERSON_UNITS))
            )
            or _parallel_sentence(r, last_rate, last_part, part, words, list_words)
            or _past_its_sublist(r, last_rate, last_part, part, words, list_words, totals_of)
        )
        continues = continues and not own  # (获优4个、1个，占比40%、11%: each of its own whole, 10 and 9)
        if continues and last_part is not None and part is not None:
            years = (r.clause_year(last_part), r.clause_year(part))
            # (2008年合同类案件为106件，占收案的37%，2009年合同类案件168件，占收案的39%: each year's own intake)
            continues = None in years or years[0] == years[1]
        if continues and _TARGET_RE.search(words):
            continues = (
                False  # (…12.9万套，占年目标任务的103.2%；…10.4万户，占年目标任务的130%: each its own target)
            )
        if continues and _SCOPE_ONLY_RE.fullmatch(words):
            continues = False  # (收缴罚款8152万元，占全省48.9%；下达按日计罚4757万元，占全省41.0%: each measure's own)
        if continues and part is not None and _all_named_listed(r, groups, list_no, part):
            # (国家级、省级、市级、县级分别为137项(占2.0%)、…3473项(占50.2%)；严重…1536项(占22.2%): a list of four)
            continues = False
        if not continues:
            list_no += 1
            list_words, list_bases = words, []
        # (a part in another unit than the list's base has a whole of its own: 缴获毒品3.1吨 after 2270起)
        shared = (
            continues
            and list_bases
            and (part is None or by_id[list_bases[0]].q.unit == part.q.unit)
            # (亡1317人，伤810人，分别占总数的94.7%、91.9%: each measure of its own total)
            and _measure(r, part) == _measure(r, last_part)
        )
        if whole is not None:
            bases, tied = [whole], True
        elif shared:
            bases, tied = [], list_tied
        elif continues and not words and list_words and not list_bases:
            # 城乡建设局(68件)…占第一类的48.57%，公安局(11件)占7.86%…: of the whole the list's words named, which no
            # figure was found to state; not of a count near the next share (the 68)
            bases, tied = [], False
        else:
            bases, tied = _bases(r, part, f, words, totals_of)
            if f.id in enumerated:
                # 建议、提案为629件次和483件次，分别占总数的94.9%和97%: no count of the run is another's base
                run = {p.id for first, p, _ in enumerated.values() if first is first_rate}
                bases = [b for b in bases if b.id not in run]
                tied = tied and bool(bases)
            if words and bases:
                # 商品类投诉117件，占投诉量的54.67%；服务类投诉97件，占投诉量的45.33%: 117 is 97's sibling
                kept = [
                    b
                    for b in bases
                    if b.id not in siblings.get((r.seg.paragraph_at(f.start).start, words), ())
                ]
                # (a sibling dropped, the next base still tied when its own words are the share's: 共48件，占已审结案件
                # 4.18%。…驳回68件，占已审结案件的5.92%, the 已审结案件1148件 before them)
                tied = tied and (kept[:1] == bases[:1] or (bool(kept) and words in r.frame(kept[0]).label))
                bases = kept
        if shared:
            bases = [by_id[b] for b in list_bases]  # 占20.1% after 占收案总数的79.9%: the same base
        # (每售2857注彩票即可资助法援案件一例，农民工案件占比44.1%: a count per unit is no whole of anything)
        bases = [b for b in bases if "每" not in r.norm[r.clause_start(b.start) : b.start]]
        if bases:
            list_bases, list_tied = [b.id for b in bases], tied
        last_rate, last_part = f, part
        if words and part is not None:
            siblings.setdefault((r.seg.paragraph_at(f.start).start, words), set()).add(part.id)
        roles: dict[str, list[str]] = {"rate": [f.id]}
        if part is not None:
            roles["part"] = [part.id]
        shared_words = (
            part is not None and load_words().shared_re.search(r.norm, part.end, f.start) is not None
        )
        if bases:
            roles["base"] = [bases[0].id]
        if part is None and not bases:
            continue
        span_start = min([f.start] + [by_id[x].start for ids in roles.values() for x in ids])
        groups.append(
            Group(
                kind=KIND,
                facts=roles,
                span=(span_start, f.end),
                attrs={"base_words": words, "bases": [b.id for b in bases], "list": list_no, "tied": tied},
            )
        )
        if shared_words:
            groups[-1].attrs["shared"] = True  # 办理10件(含会办)，占1.31%: counted under another part too
        wholes = enumerated_with(r, bases[0]) if bases else []
        listed = _total_listing(r, wholes) if len(wholes) > 1 else None
        if listed is not None:
            # 提案96件，其中委员个人提案92件，联名提案3件，集体提案1件。…11件，占比11%: of the 96
            wholes = [listed]
        if len(wholes) > 1 or listed is not None:
            groups[-1].attrs["summed"] = [g.id for g in wholes]  # 建议49件、提案66件。其中…74件，占64.35%
    _split_whole_runs(groups, by_id)
    for g in groups:
        # (大多数样本来自二级医院和三级医院，占比分别为44.4%和38.4%: a grade of hospital, a number of levels, is no
        # part nor whole of a share; the share stays, one of its list)
        for role in ("part", "base"):
            if any(by_id[i].q.unit in LEVEL_UNITS for i in g.facts.get(role, ())):
                del g.facts[role]
        g.attrs["bases"] = [b for b in g.attrs.get("bases", []) if by_id[b].q.unit not in LEVEL_UNITS]
        # (超过3万人 beside 65.16万多人: a bound with no top fits any share, so it is no further reading of the base)
        bounded = [b for b in g.attrs["bases"] if math.isfinite(fact_interval(by_id[b]).hi)]
        if bounded and len(bounded) < len(g.attrs["bases"]):
            g.attrs["bases"] = bounded
    return groups + _listed_breakdowns(r, groups, by_id)


# the measure a share's words name before 占 (火灾起数虽然只占总数的5.4%, 但亡人数占…): the unit its part is in
_MEASURES = (("起数", ("起",)), ("人数", ("人", "名", "人次")), ("件数", ("件",)))


def _of_the_measure_named(r: Reading, rate: Fact, subject: str, part: Fact | None) -> Fact | None:
    """The part of a share whose words name its measure (高层建筑火灾共3.6万起，亡203人，火灾起数虽然只占总数的5.4%:
    the 3.6万起, not the 203人 right before): the nearest count of that measure's unit in its sentence."""
    if part is None:
        return part
    units = next((u for word, u in _MEASURES if word in subject), None)
    if units is None or part.q.unit in units or not any(part.q.unit in u for _, u in _MEASURES):
        return part  # (only a count of another measure is replaced: not 六类 before 六类犯罪嫌疑人数量占…)
    lo = r.period_span(rate.start)[0]
    return next((g for g in reversed(r.facts_between(lo, rate.start)) if g.q.unit in units), part)


def _summed_into(r: Reading, f: Fact, part: Fact) -> bool:
    """Is f one of a run of counts joined by 、 that the part, right after it, totals (…大理336件，共计3316件)?"""
    run = enumerated_with(r, f)
    i = r.fact_index().position.get(id(run[-1]), -1)
    if len(run) < 2 or i < 0 or i + 1 >= len(r.facts) or r.facts[i + 1] is not part:
        return False
    return _RUN_TOTAL_RE.fullmatch(r.norm, run[-1].end, part.start) is not None


_RUN_TOTAL_RE = re.compile(r"\s*[，,]?\s*(?:共计|合计|总计|共)")


def _subjects_own(r: Reading, part: Fact | None, subject: str, words: str) -> Fact | None:
    """For a share of a wider scope (占全省的) whose subject (深圳约) the count before it does not name, the
    figure before that count in its sentence whose own words open with the subject, if any."""
    name = _SUBJECT_LEAD_RE.sub("", subject).rstrip("约均共")
    if part is None or not 2 <= len(name) <= 4 or not WHOLE_AREA_RE.match(words):
        return None
    if name in r.frame(part).label:
        return None
    lo = r.period_span(part.start)[0]
    return next(
        (
            g
            for g in reversed(r.facts_between(lo, part.start))
            if g.mention.kind == part.mention.kind
            and g.q.unit == part.q.unit
            and name in r.norm[r.comma_clause_start(lo, g.start) : g.start]
        ),
        None,
    )


_SUBJECT_LEAD_RE = re.compile(r"^[，,、\s]+")
_TOP_N_RE = re.compile(r"前(?:[二三四五六七八九十]|\d{1,2})(?:位|名|类)")  # the top of a ranking
_QUOTES = "“”\"'「」『』"
# a heading line naming how what follows is classed: (二)按诉求内容统计 / 从案件类型看 / 二、按地区分析
_CLASSING_RE = re.compile(r"(?:按照|按|从|以)[\u4e00-\u9fff]{1,8}?(?:统计|分析|划分|区分|分类|来看|看|分)")


def _classing_heading_between(r: Reading, start: int, end: int) -> bool:
    """Is there a heading line between start and end (a short line without a clause mark) that names a
    classing? The shares after it class the whole anew: they are no list with those before it."""
    i = r.norm.find("\n", start, end)
    while i >= 0:
        j = r.norm.find("\n", i + 1, end)
        if j < 0:
            break
        line = r.norm[i + 1 : j].strip()
        if (
            line
            and len(line) <= _HEADING_MOST
            and not any(c in line for c in "，,；;。")
            and _CLASSING_RE.search(line)
        ):
            return True
        i = j
    return False


def _past_its_sublist(
    r: Reading,
    last_rate: Fact | None,
    last_part: Fact | None,
    part: Fact | None,
    words: str,
    list_words: str,
    totals_of: dict[str, list[str]],
) -> bool:
    """…社会建设类提案158件，占26.3%。其中，教育事业类44件，医疗健康类41件，社会保障类73件；生态文明建设类提案96件，
    占15.9%: past the 其中 list of the last part, ended by a ；, the list of shares goes on (of the same whole)."""
    if last_rate is None or last_part is None or part is None or not _same_whole(words, list_words):
        return False
    between = r.facts_between(last_rate.end, part.start)
    return (
        bool(between)
        and all(last_part.id in totals_of.get(g.id, ()) for g in between)
        and SEGMENT_END.search(r.norm, between[-1].end, part.start) is not None
        and r.period_span(part.start) == r.period_span(between[-1].start)
        and last_part.q.unit == part.q.unit
    )


def _parallel_sentence(
    r: Reading, last_rate: Fact | None, last_part: Fact | None, part: Fact | None, words: str, list_words: str
) -> bool:
    """Does a share's sentence restate the one before it with another part (围绕经济建设方面提出提案94件，占
    53.7%。围绕精神文明建设方面提出提案36件，占20.6%。): in one section, no figure between the last rate and
    this part, the same words after 占, parts named by the same noun, each share alone in its sentence? Then
    the shares are one list across the full stops (and paragraphs)."""
    if last_rate is None or last_part is None or part is None or not _same_whole(words, list_words):
        return False
    if r.period_span(part.start) == r.period_span(last_rate.start):
        return False
    if r.seg.paragraph_at(part.start).section != r.seg.paragraph_at(last_rate.start).section:
        return (
            False  # (one paragraph each is still one list: 在…方面，提出提案374件，占总数的36.7%。¶在…方面…)
        )
    if _classing_heading_between(r, last_rate.end, part.start):
        return False  # (一)按诉求类别统计…举报类5件，占比0.13%。¶(二)按诉求内容统计¶城市管理类277件，占比7.03%: another classing
    between = r.facts_between(last_rate.end, part.start)
    if (
        any(f.q.unit == part.q.unit or f.mention.kind == "percent" for f in between)
        or r.period_span(last_rate.start)[1] > part.start
    ):
        return False  # (figures of another unit may qualify the part: 收费在1万元以上不足5万元的案件9.8万件)
    if r.period_span(last_part.start) != r.period_span(last_rate.start) or last_part.q.unit != part.q.unit:
        return False
    if any(
        sum(1 for f in r.facts_between(*r.period_span(x.start)) if f.mention.kind == "percent") != 1
        for x in (last_rate, part)
    ):
        return False  # (one share a sentence: not two lists of shares, 从类别看…；从年龄结构看…)
    labels = [r.frame(p).label for p in (part, last_part)]
    if all(len(x) > 2 and x[0] in _QUOTES and x[-1] in _QUOTES for x in labels):
        return True  # “同意公开”的7件，占总数的70%。¶“不予公开”的1件，占总数的10%。: categories named alike, in quotes
    noun, last_noun = (x[-2:] for x in labels)
    if noun.endswith("类") and last_noun.endswith("类"):
        return True  # 政务服务类5235件，占比20.3%。¶城市管理类4524件，占比17.5%。: kinds of one classing
    return len(noun) == 2 and noun == last_noun and _CJK2_RE.fullmatch(noun) is not None


_AMONG_SUBJECT_RE = re.compile(r"在([\u4e00-\u9fff]{2,16}?)(?:之中|当中|中)")


def _same_whole(a: str, b: str) -> bool:
    """Do the words after two 占 name one whole (占38.6% and 占总数的18.3%: the list's total either way; 占案件总数的
    and 占总数的: the second says the first in short)?"""
    if a == b or ({a, b} - {""}) <= _LIST_WHOLE_WORDS:
        return True
    short, long = sorted((a, b), key=len)
    return short in _LIST_WHOLE_WORDS and long.endswith(short)


_LIST_WHOLE_WORDS = frozenset({"总数", "总量", "全部", "总件数"})


def _split_whole_runs(groups: list[Group], by_id: dict[str, Fact]) -> None:
    """A list of shares that adds up to 100% twice over is two lists of one base (满意的160件，占96.39%，基本
    满意的6件，占3.61%；对办理结果满意的149件，占89.76%，基本满意的17件，占10.24%): the run after the first
    100% gets a list of its own."""
    lists: dict[int, list[Group]] = {}
    for g in groups:
        lists.setdefault(int(g.attrs.get("list", -1)), []).append(g)
    fresh = max(lists, default=0) + 1
    for no, gs in lists.items():
        if no < 0 or len(gs) < 4:
            continue
        values = [by_id[g.facts["rate"][0]].q.value for g in gs]
        if not 199.0 <= sum(values) <= 201.0:
            continue
        running = 0.0
        for k, v in enumerate(values[:-1]):
            running += v
            if 99.5 <= running <= 100.5 and k >= 1:
                for g in gs[k + 1 :]:
                    g.attrs["list"] = fresh
                fresh += 1
                break


_RUN_GAP_RE = re.compile(r"^[\s、，,和及与]*$")
# (…问题主要有：A问题731件、B问题558件…，占比39.71%: the main ones, together)
_TOP_RE = re.compile(r"前[二三四五六七八九十两几\d]|位居前|排名前|排在前|主要(?:有|是|为|集中在)")
# (…售后服务(98件)、合计占比…: the sum of the items before)
_SUM_LEAD_RE = re.compile(r"^\s*[)）]?\s*[，,、]?\s*(?:合计|共计|总计|共|累计)")
# (…家居用品(420件)房屋(397件)、…: a page that lost the 、 between two items still lists them)
_BRACKETED_ITEM_GAP_RE = re.compile(r"^[)）][，,、]?[^，,；;。：:\d()（）]{1,10}[(（]$")
# 四类纠纷，分别有2096件、1840件、868件、717件，占总量的65.33%: one share of them all
_EACH_LEAD_RE = re.compile(r"分别(?:有|为|是|达)\s*$")


# two bracketed figures of two items joined by 及 (…(9.6万起)及其他出动(10.5万起)), then the share of both
_JOINED_PAIR_RE = re.compile(r"[)）]\s*(?:及|和|与|以及)[^，,；;。()（）\d]{1,12}[(（]")
_CLOSE_THEN_SHARE_RE = re.compile(r"[)）]\s*(?:共|合计|共同|一共)?占")


_DUN_PAIR_RE = re.compile(
    r"、[^，,；;。：:()（）\d]{1,12}"
)  # (125人、硕士研究生学历2091人: one more kind, named)
_COMMA_THEN_SHARE_RE = re.compile(r"[，,]\s*(?:共|合计|共同|一共)?占")


def _common_ending(a: str, b: str) -> int:
    """Characters two names end alike (博士研究生学历, 、硕士研究生学历: 研究生学历)."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def summed_items(r: Reading, i: int) -> list[Fact]:
    """The list of counts right before the share at facts[i] that it is stated of (A类783件、B类579件、C类562件，
    占…: items joined by 、 after a lead naming the top ones, or 合计占…), in text order; [] if none."""
    facts = r.facts
    if i >= 2 and facts[i - 2].q.unit == facts[i - 1].q.unit:
        a, b = facts[i - 2], facts[i - 1]
        if _JOINED_PAIR_RE.fullmatch(r.norm, a.end, b.start) and _CLOSE_THEN_SHARE_RE.match(r.norm, b.end):
            return [a, b]  # 公务执勤(9.6万起)及其他出动(10.5万起)占总数的10.3%: the two together
        if (
            _DUN_PAIR_RE.fullmatch(r.norm, a.end, b.start)
            and _COMMA_THEN_SHARE_RE.match(r.norm, b.end)
            and (i < 3 or not _DUN_PAIR_RE.fullmatch(r.norm, facts[i - 3].end, a.start))
            and _common_ending(r.frame(a).label, r.norm[a.end : b.start]) >= 2
        ):
            # 具有博士研究生学历125人、硕士研究生学历2091人，占全省律师总数的12.68%: two kinds of one thing joined by 、,
            # then one share: of the two together
            return [a, b]
    items: list[Fact] = []
    commas = False  # 分别鹿城区(7042件),瓯海区(5812件),…: items in brackets, joined by commas
    # …解决或采纳的有438件，列入计划…的有445件，合计占提案总数的93%: clauses the 合计 right after them joins
    joined = i > 0 and _SUM_LEAD_RE.match(r.norm[facts[i - 1].end : facts[i].start]) is not None
    k = i - 1
    if (
        k >= 1
        and facts[k].q.unit in KIND_UNITS
        and _LIST_REF_RE.search(r.norm, max(0, facts[k].start - 2), facts[k].start)
    ):
        k -= 1  # (…城建41件、公安10件，上述三类案件占到收案总数的67.05%: the items before the kinds' number)
    while k >= 0 and facts[k].mention.kind == "count":
        if items:
            gap = r.norm[facts[k].end : items[-1].start]
            if _BRACKETED_ITEM_GAP_RE.match(gap):
                # (广告违法行为(147.6万件)、…行为(46.6万件)、…(29.4万件)，合计占比为66.4%: joined by 、 as any items)
                commas = commas or gap[1] in "，,"
            elif joined and any(c in gap for c in "，,") and not any(c in gap for c in "；;。：:\n"):
                pass  # (one clause each, the 合计 after them)
            elif ("、" not in gap and gap.strip()) or any(c in gap for c in "，,；;。："):
                break  # (分别受理 98人 66人 ，合计占…: items a flattened page joins by a space)
        items.append(facts[k])
        k -= 1
    if len(items) < 2 or any(f.q.unit != items[0].q.unit for f in items):
        return []
    after = r.norm[items[0].end : facts[i].start]
    if any(c in after for c in "；;。"):
        return []
    lead = r.norm[r.period_span(items[-1].start)[0] : items[-1].start]
    if commas:
        summed = bool(_SUM_LEAD_RE.match(after) and (_TOP_RE.search(lead) or "分别" in lead))
    else:
        summed = bool(_SUM_LEAD_RE.match(after) or _TOP_RE.search(lead) or _EACH_LEAD_RE.search(lead))
    return items[::-1] if summed else []


# (4个、区县获优1个 / 10个市级、9个: one enumeration)
_ENUM_GAP_RE = re.compile(r"[^，,；;。：:、\d]{0,6}、[^，,；;。：:、\d]{0,12}")


def _enumerated(r: Reading) -> tuple[dict[str, tuple[Fact, Fact, bool]], set[str]]:
    """浦东新区1269件；杨浦区911件；…闵行区570件，分别占区政府受案总数的15.0%、10.8%、…: the i-th rate of the
    run after 分别占 / 各占 is the share of the i-th of as many counts just before it; so are rates joined
    by 、 after counts joined by 、 (获优4个、1个，占比40%、11%), each then of a whole of its own. Rate id →
    (the run's first rate, its part, whether each is of its own whole). Then the rates of runs said in turn
    after fewer counts than they have: shares of parts the text does not state (2007年至2009年上半年，共受理…
    65宗，占案件总数比例分别为6%、5%、22%: each year's, not the 65 of them all)."""
    facts = r.facts
    out: dict[str, tuple[Fact, Fact, bool]] = {}
    unpaired: set[str] = set()
    for i, f in enumerate(facts):
        if f.mention.kind != "percent" or f.id in out:
            continue
        label, lead = r.frame(f).label, r.lead(f)
        if not label and r.norm[f.start - 1 : f.start] in ("：", ":"):
            # 占比分别为：39.3%、19.0%、41.7%: the words naming the run end at the colon before it
            colon = f.start - 1
            label = lead = r.norm[max(r.clause_start(colon), colon - 16) : colon]
        k = share_word_at(label)
        if k < 0:
            continue
        # 分别占 / 各占, or 分别 after the 占 (占比分别为, 占…的比例分别为: the label leaves 分别为 out) right after
        # the counts (not 监督意见2600余件，提出的抗诉、再审检察建议法院改判占比分别为68.8%、89.2%: of the kinds named)
        zhan = lead.rfind("占")
        after = "分别" in lead[zhan + 1 :] and not lead[:zhan].strip(OPENING_MARKS)
        said = (k >= 1 and label[k - 1] in "别各") or after
        run = [f]
        while i + len(run) < len(facts):
            nxt = facts[i + len(run)]
            if nxt.mention.kind != "percent" or not _RUN_GAP_RE.match(r.norm[run[-1].end : nxt.start]):
                break
            run.append(nxt)
        period = r.period_span(f.start)
        counts: list[Fact] = []  # the run of counts just before, back to another kind of figure
        for g in reversed(facts[:i]):
            if g.start < period[0] or g.mention.kind not in ("count", "money"):
                break
            if g.q.unit in DURATION_UNITS:
                continue  # (判处五年以上有期徒刑237人: a span of time names the kind, it counts nothing)
            if counts and g.q.unit != counts[0].q.unit and not (said and len(counts) < len(run)):
                # (…破获案件2270起，缴获毒品3.1吨，分别占总数的17.2%和13.1%: as many figures as rates, each of
                # its own whole, may be in different units; no further back than that)
                break
            counts.insert(0, g)
        pairs = _respective(r, facts[:i], run, period[0]) if len(run) >= 2 and not said else []
        if pairs:
            # 农村地区火灾共39.1万起、亡645人，占总数的59.1%和48.7%: as many rates as counts of as many kinds
            # right before them, each of its own kind's whole
            for rate, part in zip(run, pairs, strict=True):
                out[rate.id] = (f, part, True)
            continue
        if len(run) < 2 or len(counts) < len(run):
            if said and len(run) >= 2 and counts:
                unpaired.update(x.id for x in run)
            continue
        # 表彰10个市级、9个区县级…，获优4个、区县获优1个，占比40%、11%: as many rates as the counts enumerated
        # right before them, after as many wholes enumerated alike: each rate is of its own whole
        paired, wholes = counts[-len(run) :], counts[-2 * len(run) : -len(run)]
        enumerated = (
            not said
            and len(wholes) == len(run)
            and all(_ENUM_GAP_RE.fullmatch(r.norm, a.end, b.start) for a, b in itertools.pairwise(paired))
            and all(_ENUM_GAP_RE.fullmatch(r.norm, a.end, b.start) for a, b in itertools.pairwise(wholes))
        )
        # (入选公报案例9件、指导性案例1件，占全国法院入选数的42.9%和4.8%: as many counts joined by 、 right before
        # as many rates joined by 和 or 、: each its own, of one whole, 分别 left unsaid)
        joined = (
            not said
            and not enumerated
            and all(_ENUM_GAP_RE.fullmatch(r.norm, a.end, b.start) for a, b in itertools.pairwise(paired))
            and not _HARD_STOP_RE.search(r.norm, paired[-1].end, run[0].start)
        )
        if (
            not said
            and not enumerated
            and not joined
            and not (len(counts) == len(run) and "分别" in r.norm[period[0] : counts[0].start])
        ):
            continue  # (分别为36件、33件和31件，占…的23.2%、21.3%和20%: as many counts, after 分别)
        parts = paired if enumerated or joined else counts[: len(run)]  # (a list cut short: from its start)
        if len(counts) > len(run) and (
            "其中" in r.norm[counts[-len(run) - 1].end : counts[-len(run)].start]
            or _lists_them(r, counts[-len(run) - 1], counts[-len(run) :])
        ):
            # 受理2461件，其中商品类1367件，服务类1094件，分别占…: the parts after 其中 (or after 在…的1672件…中)
            parts = counts[-len(run) :]
        # (…25.8万起，亡1317人，伤810人，…分别占总数的…: counts of several measures, each of its own measure's whole)
        # (…代表建议7162件，…委员提案3281件，分别占两会建议提案总数的87.8%和85%: things of two kinds, each of its
        # own kind's whole)
        own = (
            enumerated
            or len({p.q.unit for p in parts}) >= 2
            or len({r.frame(p).label[-2:] for p in parts} & _KINDS_OF_ITEMS) >= 2
        )
        for rate, part in zip(run, parts, strict=True):
            out[rate.id] = (f, part, own)
    return out, unpaired


# characters between two counts of a pair (、亡, ，死亡); the last and its rates may be 8 more apart
_RESPECTIVE_GAP = 8


# the things reports count apart (a 建议 is no 提案, though one total may name both)
_KINDS_OF_ITEMS = frozenset({"建议", "提案", "议案", "批评", "意见"})


def _respective(r: Reading, before: list[Fact], run: list[Fact], lo: int) -> list[Fact]:
    """The counts right before a run of rates, as many as the rates and each of another unit, joined by a
    few words in one clause run (39.1万起、亡645人，占…59.1%和48.7%): the rates' parts in order; [] if not."""
    near = [g for g in before if g.start >= lo and g.mention.kind in ("count", "money")][-len(run) :]
    if len(near) < len(run) or len({g.q.unit for g in near}) < len(near):
        return []
    gaps = [r.norm[a.end : b.start] for a, b in itertools.pairwise([*near, run[0]])]
    if any(not gap.strip() and b.q.unit in PERSON_UNITS for gap, b in zip(gaps, near[1:], strict=False)):
        return []  # (久押不决案件2455件6909人: the people of those cases, one item of the list, not a measure of its own)
    if any(
        len(gap) > _RESPECTIVE_GAP + 8 * (k == len(gaps) - 1) or _HARD_STOP_RE.search(gap)
        for k, gap in enumerate(gaps)
    ):
        return []
    if any(
        g.start > near[0].start and g not in near for g in before if g.start < run[0].start and g.start >= lo
    ):
        return []  # (another figure among them: no plain pairing)
    return near


_HARD_STOP_RE = re.compile(r"[。；;！？]")


def _lists_them(r: Reading, total: Fact, parts: list[Fact]) -> bool:
    """Does a breakdown read the figures as the parts of the figure before them?"""
    ids = [p.id for p in parts]
    return any(g.facts["total"] == [total.id] and g.facts["parts"] == ids for g in r.groups_of("breakdown"))


def shares_cover(total: Fact, parts: list[Fact], rates: list[Fact]) -> bool | None:
    """Do the parts' shares of the total add up to 100% (within rounding), so that the parts are all of it?
    False when they add up to less or more. None when they add up to 100% but the parts fall short of the
    total by no more than the shares' rounding leaves room for (话务接收243000件，占比74.8%；…登记81975件，占比
    25.2%；…录入278件, of 324983: a small item listed without a share, or none; the shares cannot tell)."""
    lo = sum(fact_interval(x, "double_rounded").lo for x in rates)
    hi = sum(fact_interval(x, "double_rounded").hi for x in rates)
    if not lo - 1e-9 <= 1.0 <= hi + 1e-9:
        return False
    short = total.q.value - sum(p.q.value for p in parts)
    if 0 < short <= (1.0 - lo) * total.q.value + 1e-9:
        return None
    return True


def counted_lists(shares: list[Group]) -> dict[int, list[Group]]:
    """The shares stated with their counts (a part), by the list they are in."""
    lists: dict[int, list[Group]] = {}
    for g in shares:
        if "part" in g.facts and int(g.attrs.get("list", -1)) >= 0:
            lists.setdefault(int(g.attrs["list"]), []).append(g)
    return lists


def _listed_breakdowns(r: Reading, shares: list[Group], by_id: dict[str, Fact]) -> list[Group]:
    """投诉类103件，占37.32%；咨询类75件，占27.17%；…: the parts of a list of shares over one stated base
    break that base down, completely when the shares add up to 100% (within rounding) or the list goes down
    to the rest (其他65件，占比1.49%). The base is the candidate most of the shares fit."""
    words = load_words()
    lists = counted_lists(shares)
    stated = {
        (g.facts["total"][0], tuple(g.facts["parts"])): g for g in r.groups_of("breakdown")
    }  # lists 其中 or 以…区分 already state
    out: list[Group] = []
    for gs in lists.values():
        bases = [by_id[b] for b in gs[0].attrs.get("bases", [])]
        if len(gs) < 2 or not bases:
            continue
        parts = [by_id[g.facts["part"][0]] for g in gs]
        rates = [by_id[g.facts["rate"][0]] for g in gs]
        if any(not counted_alike(p.q.unit, parts[0].q.unit) for p in parts):
            continue  # (2270起，3.1吨，分别占…: shares of two wholes, no list of one; 件次 and 件 count alike)
        fits = [sum(share_fits(rt, p, b) for rt, p in zip(rates, parts, strict=True)) for b in bases]
        best = max(range(len(bases)), key=lambda k: fits[k])
        if fits[best] * 2 < len(gs):
            continue  # no base most shares fit: the share check reports them
        total = bases[best]
        # (…「协调」269件，占1.1%，「仲裁」12件: the list goes on past its last share, in its segment)
        seg_end = SEGMENT_END.search(r.norm, rates[-1].end, r.period_span(rates[-1].start)[1])
        stop = seg_end.start() if seg_end else r.period_span(rates[-1].start)[1]
        # (…适用缓刑的190人，占8.6%，…其中涉及32名公职人员，有31人…、1人…: a list nested in it, no more parts)
        among = r.norm.find("其中", rates[-1].end, stop)
        if among >= 0:
            stop = among
        # (not past shares that already cover the whole: 非诉讼12件，占11%，诉讼97件，占89%，结案88件，结案率80%
        # states how many of all were concluded)
        if not shares_cover(total, parts, rates):
            parts = parts + [
                f
                for f in r.facts_between(rates[-1].end, stop)
                if f.mention.kind == "count"
                and f.q.unit == parts[0].q.unit
                and f.id not in _changes(r)  # (…占2.82%，同比减少19人: a change, no part)
                # (受理投诉20697件，占18.01%，办结17168件，办结率为82.95%: a later step of the part, no part)
                and not _concluded_way(r, f, way=False)
            ]
        complete = "yes" if shares_cover(total, parts, rates) else "no"
        # (来访3483件次，占比79.68%；…其他65件，占比1.49%: shares listed down to the rest name every kind)
        # (not a run of the last few: …另有其他劳动争议15件，占比为0.62%, its shares 15.55% in all, the rest of
        # a list broken off before it)
        closed = (
            complete == "no"
            and len(parts) == len(gs)
            and words.remainder_re.match(r.frame(parts[-1]).label) is not None
            and sum(x.q.value for x in rates) >= _MOST_OF_ALL
        )
        if closed:
            complete = "yes"
        known = stated.get((total.id, tuple(p.id for p in parts)))
        if known is not None:
            if complete == "yes":
                known.attrs["complete"] = "yes"  # the shares say the stated list is whole
            continue
        ids = {p.id for p in parts}
        if any(t == total.id and ids < set(ps) for t, ps in stated):
            continue  # 其中投诉9880件，占73%；举报3618件，占27%；咨询1件: the stated list goes on past its shares
        attrs: dict[str, object] = {"complete": complete, "marker": "占比"}
        if closed:
            attrs["whole_by"] = "remainder"
        if any(g.attrs.get("shared") for g in gs):
            attrs["overlap"] = True  # (含会办: parts counted under two of them, each at most the whole)
        out.append(
            Group(
                kind="breakdown",
                facts={"total": [total.id], "parts": [p.id for p in parts]},
                span=(min(total.start, parts[0].start), parts[-1].end),
                attrs=attrs,
            )
        )
    return out


_MOST_OF_ALL = 90.0  # (%) shares of a list down to the rest that make it all of its base, whatever they miss


def share_fits(rate: Fact, part: Fact, base: Fact) -> bool:
    keys = {"rate": rate, "part": part, "base": base}
    return any(holds(_SHARE_REL, env(keys, rd, {})) for rd in _readings(rate))


def _readings(rate: Fact) -> tuple[str, ...]:
    """The readings a share is tried under: an extreme shown to a decimal (0.0%: 12 of 25337) is rounded,
    as it says, not literally none (a whole 0% or 100% is)."""
    if rate.q.value in (0.0, 100.0) and rate.q.step < 1:
        return (*_READINGS, "rounded_extreme")
    return _READINGS


_ASIDE_RE = re.compile(r"\s*(?:其中|含|包括|包含|涉及)")  # (1221件(涉及分办建议7件)，占…: an aside)
_LISTED_RE = re.compile(r"\d[^（）()]*?[、，,；;][^（）()]*$")  # a figure and a list mark before the last one


def _part_before(r: Reading, i: int) -> Fact | None:
    """The count a 占 clause follows: the figure just before the rate in its sentence, at most one
    clause back (N件，占X%), passing over a growth rate between them (752件，同比下降14.84%，占15.9%)."""
    facts = r.facts
    rate = facts[i]
    period = r.period_span(rate.start)
    j, upto = i - 1, rate.start
    while j >= 0 and facts[j].start >= period[0]:
        g = facts[j]
        opened = max(r.norm.rfind("（", 0, g.start), r.norm.rfind("(", 0, g.start))
        if (
            g.mention.kind in ("count", "money")
            and r.bracketed(g, upto)
            and (_ASIDE_RE.match(r.norm, opened + 1) or _LISTED_RE.search(r.norm, opened + 1, g.start))
        ):
            # 违法行为325件(其中无照经营210件)，占举报量的9% / 集体提案132件(民主党派提案82件、…专门委员会提案33件)，
            # 占13%: the share is of the figure before the aside or the list of its parts (not 以上八类案件
            # (1532件)占…: there the bracket holds the count itself)
            j, upto = j - 1, opened
            while j >= 0 and facts[j].start > opened:
                j -= 1  # (every figure of the bracket)
            continue
        if g.mention.kind in ("count", "money") and CHANGE_WORDS_RE.search(r.frame(g).label) and j > 0:
            # 咨询40745件，相比2020年增加11342件，增幅为38.57%，占接收总量的79.19%: the change of the count, passed over
            j, upto = j - 1, g.start
            continue
        if g.mention.kind in ("count", "money"):
            if g.q.unit in DURATION_UNITS:
                return None  # 近三年来，…家庭邻里矛盾占…总数的33.68%: a time span, not the part
            if r.norm[max(0, g.start - 1) : g.start] == "前":
                return None  # 排名前五位的服务类投诉是，餐饮…(占…的34%): a rank, not the part
            between = r.norm[g.end : upto]
            # (机构职能类信息16条，主要为领导信息、处室职能信息等，占总体的比例为2.8%: what the things are, an aside)
            bare = _WHAT_THEY_ARE_RE.sub("", between)
            marks = sum(bare.count(c) for c in "，,；;、")
            # N件，占X% / 53家采用…形式，占比55.2%; not across a colon or a figure the grammar set aside
            # (前五位的是：行政处罚2100，占…: the share is of 2100, not of 五位)
            # (比2017年增加…: a year is no figure)
            # (占110类有效报警数的5.6%: digits in the whole's own words, after 占, are a name, not a figure)
            k = between.find("占")
            plain = not re.search(r"[：:。]", between) and not re.search(
                r"\d", _DATE_RE.sub("", between[:k] if k >= 0 else between)
            )
            # 2~5项请求的约占案件总量的70% / 多于三项的案件占80%: the figure qualifies what is counted
            said = between[:k] if k > 0 else ""
            qualifies = k > 0 and "的" in said and not re.search(r"[，,；;、]", said)
            # (11-20人事务所占比为21.06%, 10人以下事务所占…: a band right before the noun sizes the things counted)
            band = g.q.qualifier != "=" or any(c in g.mention.text for c in "-~－～—至")
            qualifies = qualifies or (
                band
                and not re.search(r"[，,；;、\s]", said)
                and re.search(r"[\u4e00-\u9fff]", said) is not None
            )
            # 法人服务事项738项，一窗通办事项应纳尽纳，占比达100%: a clause between names another thing of the
            # part's noun, and the share is of that, uncounted
            noun = r.norm[max(0, g.start - 2) : g.start]
            cuts = [m.end() for m in re.finditer(r"[，,；;、]", bare)]
            renamed = (
                len(cuts) > 1 and _CJK2_RE.fullmatch(noun) is not None and noun in bare[cuts[0] : cuts[-1]]
            )
            # 有14834件是代表们在开展专题调研、视察…基础上，认真酝酿提出的，占建议总数的39.5%: a figure after 有 whose
            # words run on to their 的 names the part, however many marks those words hold
            subject = r.norm[g.start - 1 : g.start] == "有" and _SUBJECT_END_RE.search(between) is not None
            return g if plain and (marks <= 2 or subject) and not qualifies and not renamed else None
        if g.mention.kind == "percent" and (zhan := _share_just_before(r, g, rate)) >= 0:
            # (…13,866万元，占调整预算100.93%，占一般公共预算收入的48.51%: of the 13,866 too)
            j, upto = j - 1, zhan
            continue
        if not CHANGE_WORDS_RE.search(r.frame(g).label):
            return None  # another share or rate stands between: 占 is not about this count
        j, upto = j - 1, g.start
    return None


def _base_words(label: str, k: int) -> str:
    """The words naming a share's base after its 占 at k (占收案总数的 → 收案总数; 占到…的, 占全市总 数的: a space a page
    left inside the words)."""
    return _TAIL_RE.sub("", label[k + 1 :]).replace(" ", "").strip().removeprefix("到")


def _share_just_before(r: Reading, g: Fact, rate: Fact) -> int:
    """Where the 占 of g stands when g is a share right before the rate (-1 if not) and each names a base of its
    own (完成13,866万元，占调整预算100.93%，占一般公共预算收入的48.51%): two shares of one count."""
    own, before = r.frame(rate).label, r.frame(g).label
    k, kg = share_word_at(own), share_word_at(before)
    if k < 0 or kg < 0:
        return -1
    words, other = _base_words(own, k), _base_words(before, kg)
    if not words or not other or words == other:
        return -1
    at, rate_at = r.norm.rfind("占", 0, g.start), r.norm.rfind("占", 0, rate.start)
    return at if at >= 0 and r.norm[g.end : rate_at] in ("，", ",") else -1


# a clause saying what the things counted are, between a count and its share: ，主要为…等 / ，包括…
_WHAT_THEY_ARE_RE = re.compile(
    r"^[，,](?:主要为|主要是|主要包括|主要涉及|包括|涉及)[^，,；;。\d]*[、][^，,；;。\d]*(?=[，,])"
)
_DATE_RE = re.compile(
    r"\d{4}年|\d{1,2}月份?(?:\d{1,2}日)?"
)  # (a date is no figure between: 比2017年…, 是6月份…)
_CJK2_RE = lazy_compile(r"[\u4e00-\u9fff]{2}")
_SUBJECT_END_RE = re.compile(r"的[，,]\s*(?:占|所占)")
_OPEN_SHARE_RE = re.compile(r"[ \t]*[（(][ \t]*(?:占比?|比例为?|比重)?[ \t]*")
_CLOSE_SHARE_RE = re.compile(r"[ \t]*[）)]")
_SHARE_IN_BRACKETS_RE = re.compile(_OPEN_SHARE_RE.pattern + r"\d[\d.]*[%％]" + _CLOSE_SHARE_RE.pattern)


def _bracketed_part(r: Reading, i: int) -> Fact | None:
    """住房保障43件(30.2%) / 投诉类1983件（占1.01%）: the count right before a bracket that holds only the
    share."""
    rate = r.facts[i]
    if i == 0 or not _CLOSE_SHARE_RE.match(r.norm, rate.end):
        return None
    g = r.facts[i - 1]
    opened = _OPEN_SHARE_RE.match(r.norm, g.end)
    if g.mention.kind != "count" or opened is None or opened.end() != rate.start:
        return None
    return g


_INLINE_LEAD_RE = re.compile(r"占[^\d，,。；;：:、%]{0,10}$")
_INLINE_TAIL_RE = re.compile(r"[^\d，,。；;：:、%]{0,10}的\s*$")


# wholes named by no noun of their own
_BARE_WHOLES = frozenset({"总数", "总量", "总额", "总和", "总计", "合计"})
# wholes a bulletin's measure names the total of (…亡914人、伤465人，分别占全年的65%、58.3%: the year's total of each)
_MEASURED_WHOLES = _BARE_WHOLES | {"全年"}
# right after a figure: its own share of a whole its words name (…47448人死亡，占总数的48.1% / …2290件，占投诉举报
# 总量的77%)
OF_THE_WHOLE_AFTER_RE = re.compile(
    r"[^，,；;。\d]{0,4}[，,]?\s*(?:分别)?占[^，,；;。\d%]{0,10}?(?:总数|总量|总额|全部|总人口)"
)
_WHOLE_NAMED_RE = re.compile(
    r"(?:总数|总量|全部|总人口)的?$"
)  # (占总数的, 占亡人总数的: a whole of its kind)
_SHARE_NAMED_RE = re.compile(r"([\u4e00-\u9fff]{3,12}?)(?:所占)?比重(?:为|达|是)?")
_NAME_LEAD_RE = re.compile(r"^(?:其中|全年|全县|全市|全区|全省|当年|本年)+")
_NAME_MOST = 12  # characters of a part named in a share's words (第一产业增加值)


def _named_part(r: Reading, rate: Fact, subject: str) -> Fact | None:
    """The figure a share's words name as its part, stated before it in its paragraph (第一产业增加值56789
    万元，…。第一产业增加值占地区生产总值比重为16.6%): the latest whose own words end with the name."""
    name = _NAME_LEAD_RE.sub("", subject)
    if not 3 <= len(name) <= _NAME_MOST or not _CJK_ONLY_RE.fullmatch(name):
        return None
    para = r.seg.paragraph_at(rate.start)
    for g in reversed(r.facts_between(para.start, rate.start)):
        if g.mention.kind in ("count", "money") and r.frame(g).label.endswith(name):
            return g
    return None


_CJK_ONLY_RE = lazy_compile(r"[\u4e00-\u9fff]+")


def _inline_base(r: Reading, i: int) -> tuple[Fact, Fact] | None:
    """The part and the base of a share whose clause states its base (占全部248件提案的97.2%, 占年初预算
    8465万元的41.5%): the figure before the rate, led by 占 and followed only by words and 的, and the
    count of the same unit the clause follows."""
    if i == 0:
        return None
    base = r.facts[i - 1]
    lead = r.norm[max(0, base.start - 12) : base.start]
    tail = r.norm[base.end : r.facts[i].start]
    # (占广东全省收到评价数(8486万条)四分之一以上: the base in brackets after its name, the rate right after them)
    restated = lead.endswith(("(", "（")) and tail.strip() in (")", "）")
    if (
        base.mention.kind not in ("count", "money")
        or not (_INLINE_TAIL_RE.match(tail) or restated)
        or not _INLINE_LEAD_RE.search(lead)
        or share_word_at(lead) < 0
    ):
        return None
    part = _part_before(r, i - 1)
    if part is None or part.q.unit != base.q.unit or part.mention.kind != base.mention.kind:
        return None
    if _ONE_MORE_TOGETHER_RE.match(r.norm, part.end, base.start):
        return None  # (…等7个行业领域…，航空运输未发生事故，共占重点统计12个行业领域的66.7%: 7 and one more)
    return part, base


def _counts_unnamed(r: Reading, f: Fact, words: str) -> bool:
    """Does a count say after it what it counts (31个行政管理领域, 31个省) and a share's words name none of it?"""
    thing = r.counted_thing(f)
    if thing is None and f.q.unit == "个":
        place = _PLACE_RE.match(r.frame(f).pred)
        thing = place.group() if place else None
    return thing is not None and thing[0] not in words


_PLACE_RE = re.compile(r"省|市|县|区|乡镇|街道")  # places a count in 个 may say it counts (31个省)


_AMONG_UNCOUNTED_RE = re.compile(r"[^()（）]*其中[^()（）]*")


def _inline_run(r: Reading, i: int, part: Fact, base: Fact) -> list[tuple[Fact, Fact]]:
    """共检查…16930家，查处1637家，分别占全省20772家定点医药机构总数的81.5%、7.9%: a run of rates after a base their
    clause states, said 分别 (or 各), after as many counts of the base's unit ending with the share's part: the i-th
    rate is of the i-th count. [] when the text says no such run."""
    lead = r.norm[r.clause_start(base.start) : base.start]
    if not re.match(r"\s*(?:分别|各)占", lead):
        return []
    run = [r.facts[i]]
    while i + len(run) < len(r.facts):
        nxt = r.facts[i + len(run)]
        if nxt.q.unit != "%" or not _RUN_GAP_RE.match(r.norm[run[-1].end : nxt.start]):
            break
        run.append(nxt)
    lo = r.period_span(part.start)[0]
    counts = [g for g in r.facts_between(lo, part.end) if g.mention.kind == part.mention.kind]
    if len(run) < 2 or len(counts) < len(run) or any(g.q.unit != base.q.unit for g in counts[-len(run) :]):
        return []
    return list(zip(run, counts[-len(run) :], strict=True))


def _other_years(r: Reading, f: Fact, part: Fact) -> bool:
    """Do the sentences of a candidate base and of a part each state years before them, none in common?"""
    if f.sentence == part.sentence:
        return False
    mine = set(r.years_between(r.period_span(part.start)[0], part.start))
    theirs = set(r.years_between(r.period_span(f.start)[0], f.start)) if mine else set()
    return bool(mine and theirs and not mine & theirs)


def _of_one_kind(r: Reading, f: Fact) -> bool:
    """Do a count's words name one kind or instance of case (受理行政案件, 执行类案件, 行政一审案件), not all of a
    body's?"""
    label = r.frame(f).label
    return (
        any(k in label for k in CASE_KINDS)
        or _KIND_OF_CASE_RE.search(label) is not None
        or INSTANCE_RE.search(label) is not None
    )


_KIND_OF_CASE_RE = lazy_compile(r"[\u4e00-\u9fff]{1,4}类案件")


def _is_total(r: Reading, f: Fact) -> bool:
    """Does the text present the figure as a whole (共受理…, 总数为…, 在…的N件中)?"""
    words = r.lead(f, 16)
    return bool(TOTAL_WORDS_RE.search(words)) or r.frame(f).pred.endswith("中")


def _is_share_part(r: Reading, f: Fact) -> bool:
    """Is the figure followed by a share or a rate of its own (N件，占X% / 纠错639件，直接纠错率为10.97%)? Then it
    is a part of some whole, a sibling of the next share's part, not its base."""
    return bool(
        _SHARE_NEXT_RE.match(r.norm, f.end)
        or _SHARE_IN_BRACKETS_RE.match(r.norm, f.end)
        or _OWN_RATE_RE.match(r.norm, f.end)
    )


# …639件，直接纠错率为10.97%: a rate of the figure's own, named in the clause right after it
_OWN_RATE_RE = re.compile(r"[，,][^，,；;。]{0,10}率(?:为|达|达到|是)?\s*\d")


_ABOUT_SHARE_RE = re.compile(r"(?:约|大约|约略)占[^，,。；;\d]{0,8}$")
_EACH_PERIOD_RE = re.compile(r"当(?:月|季|周|日|天)")
# one more thing named, no figure, in a clause of its own between a count and a share of them together (共占)
_ONE_MORE_TOGETHER_RE = re.compile(r"[^\d。；;]*[，,][^\d，,。；;]{4,}[，,]\s*共(?:同)?占")
_STOCK_RE = re.compile(r"保有|存量|在册|现有")
_FLOW_RE = re.compile(r"新注册|新登记|新增|新收|新发")


# a paragraph opening on the things its figures are among (三是在服务投诉中，…; 在商品投诉中，…)
def _subject_noun(subject: str) -> str:
    """The noun a share's subject ends on, past a clause saying what it is among (在…中，供暖问题 → 供暖问题)."""
    return re.split(r"[，,]", subject)[-1].rstrip("的")


_AMONG_AFTER_RE = re.compile(r"[^，,。；;\d]{0,8}中")  # 在已经答复的9件申请中: a subset the sentence names
_EACH_OWN_RE = re.compile(r"分别占[^，,。；;\d]{0,8}$")
# words before 占 saying each figure takes that share (均约占全省的三分之一)
_EACH_ALIKE_RE = re.compile(r"(?:均|各|都)(?:约|大约)?$")
# words after 占 naming each figure's own kind as its whole (占同类产品…的, 占该类案件的, 占各自…的)
_OWN_KIND_RE = re.compile(r"同类|该类|本类|各自|其所在")
_TARGET_RE = re.compile(
    r"预算(?!收入|支出)|计划|目标|任务数"
)  # a target a share is measured against (not 预算收入)


def _of_a_target(ctx: Context, g: Group, bases: list[Fact]) -> bool:
    """Is a share measured against a target (a plan, a budget), by its words or its base's?"""
    return _TARGET_RE.search(str(g.attrs.get("base_words", ""))) is not None or any(
        _TARGET_RE.search(ctx.ex.norm, max(0, b.start - _TARGET_NEAR), b.start) for b in bases
    )


_TARGET_NEAR = 12  # characters before a base in which a target word names it


def _core(words: str) -> str:
    """What the words after 占 name, without scope, wholeness and general nouns: 占当年一审审结行政案件的
    → 一审审结; 占全市转办量 → 转办."""
    core = _SCOPE_RE.sub("", words)
    core = _WHOLE_RE.sub("", core)
    return _GENERIC_NOUN_RE.sub("", core)


def _counts_another_thing(r: Reading, f: Fact, words: str) -> bool:
    """Does a figure say after it what it counts (31个行政管理领域), a thing the words naming the share's whole
    (占案件总数的) do not name?"""
    thing = r.counted_thing(f) if words else None
    # (共有28个城市在平均分之上，占被评估城市的52.83%: the thing may run on into what it did; its first
    # words name it too)
    return thing is not None and thing[-2:] not in words and thing[:2] not in words


def _names(r: Reading, f: Fact, head: str) -> bool:
    """Do a figure's own words end with (or its predicate begin with) `head`? The words nearest a
    figure name it (行政裁判文书为2017年度全国31个: 31 counts 全国's units, not 裁判文书)."""
    fr = r.frame(f)
    own = fr.label if len(fr.label) <= 12 else fr.label[-8:]  # 共抽查行政执法案卷1141宗 names 抽查
    # (有792件代表建议内容公开: a figure before its words is named by them)
    if head in own or head in fr.pred[: _PRED_NAMES_MOST if len(fr.label.strip("有共计")) == 0 else 6]:
        return True
    if (
        fr.label
        and _BARE_TOTAL_RE.fullmatch(fr.label)
        and fr.label_start
        and r.norm[fr.label_start - 1] in "，,"
    ):
        # …全区行政执法事项清单，目前共4568项: a clause of the total alone takes its noun from the clause before
        before = r.norm[r.clause_start(fr.label_start - 1) : fr.label_start - 1]
        return head in before[-16:]
    # (…投诉举报中心受理咨询、投诉、举报共1828件: the step its words name last, then only the kinds it took in;
    # not …收案中涉及房屋拆迁案件293件, a subset of it)
    after = fr.label[fr.label.rfind(head) + len(head) :] if head in fr.label else ""
    return (
        bool(after)
        and load_words().step_word(fr.label) == head
        and _KIND_LIST_RE.fullmatch(after) is not None
    )


_BARE_TOTAL_RE = re.compile(r"(?:目前|现|现有|截至目前)?(?:共|共计|总计|合计|累计)?(?:有|达)?")
_IN_FULL_LEAST = 4  # characters of a base's words that name one figure in full (代表建议内容公开, not 投诉)
_PRED_NAMES_MOST = 10  # characters after a figure that opens its clause in which its words name it
_KIND_LIST_RE = lazy_compile(r"[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6})+")


def _more_kinds(r: Reading, f: Fact, core: str) -> bool:
    """Does a figure count more kinds of request than the base words name (接收投诉举报咨询1211.78万件 for
    占受理投诉总量的)?"""
    label = r.frame(f).label
    for m in _KINDS_RE.finditer(core):
        k = label.find(m.group())
        if k >= 0 and _KINDS_RE.match(label, k + len(m.group())) and not _KINDS_RE.match(core, m.end()):
            return True
    return False


# kinds of request a hotline counts apart: a figure naming one joined to another (投诉举报) counts both
_KINDS_RE = re.compile(r"[、和及与]?(?:投诉|举报|咨询|求助|建议|意见|表扬)")


def _bases(
    r: Reading, part: Fact | None, rate: Fact, words: str, totals_of: dict[str, list[str]]
) -> tuple[list[Fact], bool]:
    bases, tied = _candidate_bases(r, part, rate, words, totals_of)
    if not words.strip("的"):
        # 其中，反映供暖类问题来电3075个，在居民生活类问题中，供暖问题占比为93.58%: a share whose clause opens on what
        # it is among is of that, stated before (named so) or not at all: not of the figure just before it
        lo = max([r.period_span(rate.start)[0], *(f.end for f in r.facts_between(0, rate.start)[-1:])])
        among = AMONG_OPENING_RE.search(
            r.norm, lo, rate.start
        )  # (anywhere in the clause, not only opening it)
        if among is not None:
            named = [
                f
                for f in r.facts_between(0, lo)
                if f is not part and f.mention.kind == "count" and r.frame(f).label.endswith(among.group(1))
            ]
            return (named[-1:], True) if named else ([], False)
    if part is not None and bases and _STOCK_RE.search(r.frame(part).label):
        # 新能源汽车保有量达1310万辆，占汽车总量的4.10%: a stock is no share of what was newly added (全国新注册登记汽车
        # 2323万辆), a flow of one period
        bases = [b for b in bases if not _FLOW_RE.search(r.frame(b).label)]
        tied = tied and bool(bases)
    if part is not None and bases:
        # 杭州市受理投诉举报…47.20万件，占全省总量的60%: a part counting two kinds of a set (投诉 and 举报) is no share of a
        # whole counting one of them (共受理投诉59.89万件)
        # (its words since the figure before it: …受理投诉举报数量全省最高，为47.20万件)
        said = r.norm[
            max(
                [r.period_span(part.start)[0], *(f.end for f in r.facts_between(0, part.start)[-1:])]
            ) : part.start
        ]
        narrower = [b for b in bases if _fewer_kinds(said, r.frame(b).label)]
        if narrower:
            bases = [b for b in bases if b not in narrower]
            tied = tied and bool(bases)
    measure = _measure(r, part)
    if measure and part is not None and words.strip("的") in _MEASURED_WHOLES:
        # 全年…亡1390人，伤881人。…亡1317人，伤810人，…分别占总数的94.7%、91.9%: of a count named by a bulletin's
        # measure, the base is that measure's whole of all, the largest before it (not 伤881人 for 亡1317人, nor a
        # season's 465人受伤 for 347人受伤): the measure names it
        grand = _largest_before(r, part, rate, measure)
        if grand is not None:
            bases, tied = [grand, *(b for b in bases if b is not grand)], True
    if tied and _EACH_PERIOD_RE.match(words):
        return bases, False  # 2月份(615件)…分别占当月信访总量的24.4%: each month's own total, unstated
    if (
        tied
        and part is not None
        and AVERAGE_RE.search(
            r.norm, r.comma_clause_start(r.period_span(part.start)[0], part.start), part.start
        )
        and all(not AVERAGE_RE.search(r.lead(b, 24)) for b in bases)
    ):
        # 近五年平均每年冬季发生火灾20.4万起、死亡995人，分别占全年的57.2%、62.9%: of the average year's totals, which
        # no figure before states (74.8万起 is one year's)
        return bases, False
    instance = INSTANCE_RE.search(r.lead(part, 24)) if part is not None and not words.strip("的") else None
    if tied and instance and bases and all(instance.group() not in r.lead(f, 24) for f in bases):
        # 审结662件…；审结的一审诉讼案件…撤诉处理150件，占比21.77%: of the 一审 cases, which are not stated
        return bases, False
    if tied and bases and _WHOLE_NAMED_RE.search(words) and _itself_of_the_whole(r, bases[0], words):
        # 二、三级公路…共造成47448人死亡，占总数的48.1%。高速公路…6407人死亡，占总数的6.5% / 22时至次日8时共死亡760人，
        # 占总数的52.7%；其中…死亡183人，占亡人总数的12.7%: a figure that is itself a share of a whole is not that
        # whole; with no other stated, the whole is unstated
        # (nor one below the part: 高层建筑火灾3.6万起 is no whole of 因电气引发的火灾20.8万起)
        kept = [
            b
            for b in bases
            if not _itself_of_the_whole(r, b, words) and (part is None or b.q.value > part.q.value)
        ]
        return (kept, tied) if kept else (bases, False)
    if bases and part is not None and not measure and words.strip("的") in _BARE_WHOLES:
        # 占总数的5.4% of 高层建筑火灾3.6万起: the whole of all, which may be stated paragraphs before (前8个月66万起
        # 火灾): the largest figure of the part's unit before it is a further reading
        grand = _largest_before(r, part, rate, measure)
        if grand is not None and all(grand is not b for b in bases):
            bases = [*bases, grand]
    if tied and bases and part is not None and not words.strip("的"):
        para = r.seg.paragraph_at(part.start).start
        among = AMONG_OPENING_RE.match(r.norm, para, part.start)
        if among:
            # 三是在服务投诉中，网络购物投诉量大…。受理网络购物投诉22.3万件，占31.1%: of the 服务投诉 the paragraph
            # opens with (服务投诉71.8万件, stated before); with none stated, not of a figure near that its first words
            # name none of
            named = [
                f
                for f in r.facts_between(0, para)
                if f.mention.kind == "count"
                and f.q.unit == part.q.unit
                and r.frame(f).label.endswith(among.group(1))
            ]
            if named:
                return [named[-1], *(f for f in bases if f is not named[-1])], True
            if all(among.group(1)[:2] not in r.lead(f, 24) for f in bases):
                return bases, False
    kind = next((k for k in CASE_KINDS if k in words), "")
    if tied and kind and bases and all(_of_another_kind(r.lead(f, 24), kind) for f in bases):
        # 分别占行政案件总数的34.10%: no figure before is of 行政 cases (民事一审案件228.2万件 is not): the
        # whole is unstated, the figures near are only readings
        return bases, False
    return bases, tied


def _itself_of_the_whole(r: Reading, f: Fact, words: str) -> bool:
    """Is a figure stated as a share of the whole a share's `words` name (…共死亡760人，占总数的52.7%), alone or with
    the figure paired with it (农村地区火灾共39.1万起、亡645人，占总数的59.1%和48.7%)? Not of a whole the words
    qualify further (涉及国有大型商业银行19870件，占投诉总量的26.3% is the whole of 占国有大型商业银行投诉总量的)."""
    m = OF_THE_WHOLE_AFTER_RE.match(r.norm, f.end)
    if m is None:
        i = r.fact_index().position.get(id(f), -1)
        paired = r.facts[i + 1] if 0 <= i < len(r.facts) - 1 else None
        if (
            paired is None
            or paired.q.unit == f.q.unit
            or _PAIRED_RE.fullmatch(r.norm, f.end, paired.start) is None
        ):
            return False
        m = OF_THE_WHOLE_AFTER_RE.match(r.norm, paired.end)
        if m is None:
            return False
    its = m.group()[m.group().rfind("占") + 1 :]
    own = words.removesuffix("的")
    # (the words name the figure as the kind they qualify the whole by: not 占亡人总数的 of …共死亡760人，占总数的)
    kind = own.removesuffix(its).rstrip("的类")
    return not (own.endswith(its) and len(kind) >= 2 and kind in r.frame(f).label)


# (39.1万起、亡645人: the cases and their dead)
_PAIRED_RE = lazy_compile(r"\s*[、，,]\s*[\u4e00-\u9fff]{0,3}")


def _fewer_kinds(part_label: str, base_label: str) -> bool:
    """Does the part's label name two kinds or more of one set (structures.yaml `open_sets`: 投诉举报) and the base's
    only one of them?"""
    for members in load_words().open_sets:
        named = [m for m in members if m in part_label]
        if len(named) >= 2 and sum(m in base_label for m in members) == 1:
            return True
    return False


def _changes(r: Reading) -> set[str]:
    """The figures that state a change (五年共增加3377万人) or the figure one is compared with (与…普查的133972万人
    相比): no whole of a share, nor a part of a list of shares (found once per document)."""
    got = r.cache.get(_changes)
    if got is None:
        got = r.cache[_changes] = {
            f.id
            for f in r.facts
            if _MOVED_BY_LEAD_RE.search(r.norm, max(0, f.start - 3), f.start)
            or _COMPARED_WITH_RE.match(r.norm, f.end)
        }
    return got  # type: ignore[return-value]


def _all_named_listed(r: Reading, groups: list[Group], list_no: int, part: Fact) -> bool:
    """Has the list of shares so far one share for each kind a 分别 before it names (A、B、C、D分别为…), so that
    a share after it is of something else?"""
    if "分别" not in r.norm[r.period_span(part.start)[0] : part.start]:
        return False  # (a fast test: most lists follow no 分别)
    listed = [g for g in groups if g.attrs.get("list") == list_no and "part" in g.facts]
    if len(listed) < 2:
        return False
    first = next(f for f in r.facts if f.id == listed[0].facts["part"][0])
    lo = r.period_span(first.start)[0]
    at = r.norm.rfind("分别", lo, first.start)
    if at < 0:
        return False
    kinds = r.norm[r.comma_clause_start(lo, at) : at].split("、")
    # (the figures one after another, as the kinds were: 劳动和社会保障、农业纠纷分别有5件，各占…；食品卫生有4件 is
    # one figure of each of two kinds, then the list goes on)
    last = next(f for f in r.facts if f.id == listed[-1].facts["part"][0])
    return len(kinds) == len(listed) and not SEGMENT_END.search(r.norm, first.end, last.start)


def _concluded_way(r: Reading, f: Fact | None, way: bool = True) -> bool:
    """Is a figure named by a concluding step (审结, 化解: schemas/structures.yaml), and, with `way`, by a
    way of concluding (以调解、和解等方式结案)?"""
    if f is None:
        return False
    vocab = load_words()
    label = r.frame(f).label
    step = vocab.stage(label)
    return step is not None and step in vocab.concludes and (not way or "方式" in label)


def _concluded_of_another_step(r: Reading, part: Fact | None, whole: Fact) -> bool:
    """Is the part a way the cases were concluded (以调解、和解等方式结案3723件) and the whole, in another
    sentence, a count of a step before concluding (共收到行政复议申请14635件)? A way of concluding is a share of
    the cases concluded, which the text may not state."""
    if not _concluded_way(r, part):
        return False
    vocab = load_words()
    other = vocab.stage(r.frame(whole).label)
    return other is not None and other not in vocab.concludes


def _of_another_kind(lead: str, kind: str) -> bool:
    """Do a figure's words name another kind of case than `kind`, and not it (刑事二审案件 for 行政)?"""
    return kind not in lead and any(k in lead for k in CASE_KINDS if k != kind)


def _largest_before(r: Reading, part: Fact, rate: Fact, measure: str) -> Fact | None:
    """The largest figure before a share in its part's unit (and of its measure, if any), above the part."""
    grand = max(
        (
            g
            for g in r.facts_between(0, rate.start)
            if g.q.unit == part.q.unit and g is not part and (not measure or _measure(r, g) == measure)
        ),
        key=lambda g: g.q.value,
        default=None,
    )
    return grand if grand is not None and grand.q.value > part.q.value else None


def _measure(r: Reading, f: Fact | None) -> str:
    """The bulletin's measure a count is named by, as its whole label (伤810人: 伤) or the word right after
    it (造成543人死亡、347人受伤: 死亡, 受伤), as that word is written at the total's (亡1390人, 1407人死亡), or ""."""
    if f is None:
        return ""
    measures = load_words().measures
    fr = r.frame(f)
    # (the word after it first: in 造成543人死亡、347人受伤 the label of 347 is the 死亡 before the 、)
    word = next((w for w in measures if fr.pred.startswith(w)), fr.label if fr.label in measures else "")
    return word[-1:]  # (死亡 and 亡, 受伤 and 伤: one measure)


def _measure_near(norm: str, f: Fact) -> str:
    """The bulletin's measure the words right before a count (死亡28035人: 亡) or right after it (543人死亡) name,
    as _measure reads it from a frame (for the checks, which have the text and no frames), or ""."""
    measures = load_words().measures
    before = norm[max(0, f.start - 2) : f.start]
    word = next((w for w in measures if before.endswith(w) or norm.startswith(w, f.end)), "")
    return word[-1:]


def _qualified_alike(qual: str, lead: str) -> bool:
    """Do a figure's words hold the qualifier of a share's whole, as written or with words between its own
    (占农民工法律援助案件量的 of 涉及农民工群体的法律援助案件2188件: all its pairs of characters but one)?"""
    if qual in lead:
        return True
    if len(qual) < 5:
        return False
    return sum(qual[k : k + 2] not in lead for k in range(len(qual) - 1)) <= 1


def _of_the_parts_own_kind(r: Reading, part: Fact | None, core: str, head: str | None, lead: str) -> bool:
    """Do a share's words name a whole of the part's own kind, qualified by words the part shares and the list's
    total lacks (接报农村地区的火灾4.4万起。其中，农村自建房火灾1.4万起，…占城乡自建房火灾总数的77.2%: 自建房)?"""
    if part is None or not head or head not in core:
        return False
    qual = core[: core.rfind(head)].rstrip("类")
    mine = r.lead(part, 24)
    return (
        len(qual) >= 3
        and not _qualified_alike(qual, lead)
        and any(qual[k : k + 3] in mine for k in range(len(qual) - 2))
    )


def _candidate_bases(
    r: Reading, part: Fact | None, rate: Fact, words: str, totals_of: dict[str, list[str]]
) -> tuple[list[Fact], bool]:
    """Candidate bases of a share, most likely first, and whether the text ties the first of them to it
    (else they are only figures near it). Tied: the totals of the lists the part belongs to; the
    figures before it that the words after 占 name (by their head word, 占审结数的 → 审结; or by the
    ontology; words naming a whole, 占收到申请总数的, take the first total stated, others the nearest);
    with no words naming one, the figure the part's sentence starts from and the nearest total stated
    before it. Then, as further readings, the figures of its paragraph (or just before). A figure equal
    to the part is never its base (a share below 100%)."""
    anchor = part or rate
    unit = part.q.unit if part is not None else None
    money = part is not None and part.mention.kind == "money" and not _TARGET_RE.search(words)
    near_all = rate.q.value >= 99.5
    out: list[Fact] = []

    def add(f: Fact | None) -> None:
        if f is None or f is part or f in out or f.start >= anchor.start:
            return
        if part is not None and f.q.value == part.q.value and not near_all:
            return  # the part restated (合肥法院收案总数为11544件 after 受理行政案件11544件)
        if part is not None and _summed_into(r, f, part):
            return  # (昆明1370件、…大理336件，共计3316件，占全部一审新收案件的60.72%: a part of the part is no whole)
        if part is not None and r.bare_figure_between(f.end, part.start):
            return  # (收到申请534件,完成答复件502,其中同意公开的368件,占73%: of the 502 hecha read no unit for)
        if part is not None and _other_years(r, f, part):
            return  # (2013年1月至2017年12月…共受理信访172万件次…。2018年1月至9月，受理…9.5万件次，占…总数的40.4%)
        if part is not None and f.q.value * _FAR_BELOW < part.q.value:
            return  # (货物7632.31万件，占全部扣留数量的97.93% is no share of 备案15091件: another thing)
        if part is None and _counts_unnamed(r, f, words):
            return  # (抽查范围覆盖全国31个省…，占抽查产品批次总数的24.9%: a count of provinces, no whole of batches)
        if part is None and "案" in words and f.q.unit not in CASE_UNITS:
            return  # (…法庭76个(具有办案数据的74个)…分别占同年度基层法院收案数的28.90%: courts, no count of cases)
        if part_step in vocab.intake and vocab.stage(r.frame(f).label) in vocab.concludes:
            return  # (共起诉173941人。…共受理157053人，占总体案件量的14.2%: what was received is no share of a decision)
        out.append(f)

    vocab = load_words()
    part_step = vocab.stage(r.frame(part).label) if part is not None else None
    by_id = {f.id: f for f in r.facts}
    # (占区政府受案总数的; 占最高法新收…总数的: a body's own figures, not its area's, 全国法院新收…442.2万件)
    scope = _SCOPE_WORD_RE.search(words) or vocab.own_body_re.search(words)
    core = _core(words)
    said = vocab.step_word(core) if words else None
    named_by = said or (core[-2:] if len(core) >= 2 else None)  # (what names a list total the words name)
    deferred: list[Fact] = []  # list totals the words do not name, after the figures they do
    for t in totals_of.get(part.id, []) if part is not None else []:
        if _TARGET_RE.search(words) and not _TARGET_RE.search(r.frame(by_id[t]).label):
            continue  # 税收收入完成11,136万元，占调整预算90.75%: of its budget, not of the list's total
        stated = vocab.step_word(r.frame(by_id[t]).label)
        if said is not None and stated is not None and said != stated:
            continue  # 办结…8269件，其中…调解49件，占审结数的83.1%: of the cases the courts concluded, not the 8269
        lead = r.lead(by_id[t], 24)
        if (
            not scope
            or _of_scope(r, by_id[t], scope.group())
            or not (_SCOPE_WORD_RE.search(lead) or WHOLE_AREA_RE.search(lead))
        ):
            # (占区政府受案总数的: not the list's 全市 total; 占全省…总案件量的 a list total of no scope stated, the
            # report's own)
            fr = r.frame(by_id[t])
            if _of_the_parts_own_kind(r, part, core, named_by, lead):
                continue  # (占城乡自建房火灾总数的 for 农村自建房火灾, not the list's 农村地区的火灾: unstated)
            if (named_by is not None and named_by not in fr.label + fr.pred) or _of_the_parts_kind(
                r, part, core, fr.label
            ):
                # (在838件代表建议中，有792件…内容公开，…有434件…办理结果公开，占代表建议内容公开总数的54.8%: of the
                # 792 the words name, before the list's 838)
                deferred.append(by_id[t])
            else:
                add(by_id[t])
    tied = bool(out or deferred)
    section = r.seg.paragraph_at(anchor.start).section
    whole_body = _WHOLE_BODY_RE.match(words) is not None and _BODY_TOTAL_RE.search(words) is not None
    earlier = [
        f
        for f in r.facts
        if f.end <= anchor.start
        # (amounts of amounts, 第一产业增加值占地区生产总值比重, not of a target: 占调整预算90.75%)
        and f.mention.kind == ("money" if money else "count")
        and f.q.unit not in DURATION_UNITS  # (1-2小时反馈占总指令的22.8%: a span names a kind, no whole)
        # (受理…案件9起…维持2件，占比22.2%: counters of cases count alike)
        and (counted_alike(unit, f.q.unit) if unit is not None else f.q.unit not in KIND_UNITS)
        and f.modality == "actual"
        # a base is stated in the same part of a report, or in its opening lines before any heading, or,
        # for the whole body's total (占全院总收案数的), in any part before
        and (r.seg.paragraph_at(f.start).section in (section, 0) or whole_body)
        and not _LAST_YEARS_RE.search(r.lead(f, 16))  # (去年同期全院共收案208件: last year's, no base)
        and not AVERAGE_RE.search(r.lead(f, 8))  # (…投诉量的中位数为3406.5件: an average, no whole)
        and f.id not in _changes(r)  # (五年共增加3377万人 / 与…的133972万人相比: no whole)
    ]
    if deferred and len(core) < 2:
        for f in deferred:
            add(f)
    if part is None and len(core) < 2:
        return out, tied  # 年均占案件总数的74.13%: with neither part nor a named base, nothing to check
    if len(core) >= 2:
        # the step the words name, else their last two characters (占已审结复议案件 → 审结, 占审结数 → 审结)
        head = load_words().step_word(core) or core[-2:]
        if scope:  # 占区政府受案总数的: only a figure of that scope (not 全市受理9428件)
            earlier = [f for f in earlier if _of_scope(r, f, scope.group())]
        instance = INSTANCE_RE.search(words)
        if (
            instance
        ):  # 占全部一审新收案件的: only a figure of that instance (not 新收行政案件10921件, all of them)
            earlier = [f for f in earlier if instance.group() in r.lead(f, 24)]
        else:
            heading = _instance_heading_over(r, anchor.start)
            if heading is not None:
                # 1.一审案件⏎…公安案件，收591件，占收案的19.0%: under a heading of one instance, 收案 is that
                # instance's (not 新收行政一审、二审、再审案件4364件 above the heading)
                earlier = [f for f in earlier if set(INSTANCE_RE.findall(r.lead(f, 24))) <= {heading}]
        named = [f for f in earlier if _names(r, f, head) and not _counts_another_thing(r, f, words)]
        if not named and len(words) >= 4 and words[-2:] not in _BARE_WHOLES and _WHOLE_RE.search(words[-2:]):
            # 占地区生产总值比重: 总值 names it, though 总 leaves the core (地区生产值)
            named = [f for f in earlier if _names(r, f, words[-2:])]
        named += [f for f in _named_by_metric(r, core, part, earlier) if all(f is not g for g in named)]
        named = [f for f in named if not _more_kinds(r, f, core)]
        if words.startswith("应"):
            # 占应检查企业总数的50%: of what was due, which only a figure said to be due states (not 共检查32004家)
            named = [f for f in named if "应" in r.frame(f).label]
        # 占商品投诉总量的: a figure of 商品类投诉 first, before the total of all complaints
        qual = core[: core.rfind(head)].rstrip("类") if head in core else ""

        def unqualified(f: Fact) -> bool:
            return len(qual) >= 2 and not _qualified_alike(qual, r.lead(f, 24))

        # 投诉75627件。其中，涉及国有大型商业银行19870件，占投诉总量的26.3%…。…信用卡业务投诉10116件，占国有大型商业银行
        # 投诉总量的50.9%: the part of a list of the named whole that the qualifier names is that kind's whole (a share
        # of the whole itself)
        kinds_whole = (
            [
                f
                for f in earlier
                if f not in named
                and qual in r.frame(f).label
                and any(by_id[t] in named for t in totals_of.get(f.id, ()))
            ]
            if len(qual) >= 2
            else []
        )
        named += kinds_whole

        if _WHOLE_WORDS_RE.search(words):  # 占收到申请总数的: the first total the text states of them
            # (not …的预付卡投诉多达7358件，占预付式消费投诉近五成 for 占投诉总量: a share itself, of no total word)
            # (but one its words name in full is it: 有792件代表建议内容公开，占…94.5% for 占代表建议内容公开总数的)
            named = [
                f
                for f in named
                if _is_total(r, f)
                or not _is_share_part(r, f)
                or (len(core) >= _IN_FULL_LEAST and core in r.frame(f).label + r.frame(f).pred)
                or f in kinds_whole
            ]
            # (a figure its words name in full first: 有792件代表建议内容公开 for 占代表建议内容公开总数的, before 838件代表建议)
            named.sort(
                key=lambda f: (
                    len(core) < _IN_FULL_LEAST or core not in r.frame(f).label + r.frame(f).pred,
                    unqualified(f),
                    not _is_total(r, f),
                    f.start,
                )
            )
            if named and part is not None:
                # 受理复议案件88件，审结64件，…终止15件，占复议案件总数的23.44%: the whole of a process may be
                # counted at another of its steps in the sentence: further readings
                period = r.period_span(part.start)
                # (…收到提案739件，…经审查立案579件，交付政府系统办理567件，占交办提案总数的97.93%: a step of no family
                # hecha named, 立案, too; from the sentence of the whole named, in the part's paragraph: 共提出提案369件，
                # 立案322件。有关社会建设方面的提案174件，占提案总数的54.0%, of the 322 filed)
                lo = period[0]
                if r.seg.paragraph_at(named[0].start) is r.seg.paragraph_at(part.start):
                    lo = min(lo, r.period_span(named[0].start)[0])
                named += [
                    f
                    for f in earlier
                    if f.start >= lo
                    and f not in named
                    and (
                        (f.family == named[0].family and f.family)
                        or (f.family is None and vocab.stage(r.frame(f).label) is not None)
                    )
                ]
        else:  # 占结案的: the nearest, the best named first
            named.sort(
                key=lambda f: (
                    unqualified(f),
                    -shared_words(core, r.frame(f).label + r.frame(f).pred),
                    -f.start,
                )
            )
        if named and load_words().step_word(core) is None and all(unqualified(f) for f in named):
            # 占教育、培训服务投诉的54.40%: a whole of that kind only, which no figure before states (not
            # 占本期受理…的: a step's words qualified by a time or a scope)
            named = []
        if whole_body:  # 占全院总收案数的: the body's first total stated (共受理各类案件198件) first
            first = [f for f in earlier if _is_total(r, f)][:1]
            # (not a count of one kind of case: 受理行政案件24件 for 受理执行类案件71件，…占全院总收案数的35.86%)
            named = first + [f for f in named if f not in first and not _of_one_kind(r, f)]
            # (全省共查处…1736起 first; a later 全省各地共查处…7181起, another campaign's whole, a further reading)
            named += [
                f
                for f in earlier
                if f not in named and _is_total(r, f) and head in r.frame(f).label and not _of_one_kind(r, f)
            ]
        # 民事…类立案3374件，行政…类立案29540件 (其中 parts of 立案…32914件) for 占同期立案数的: the whole the named
        # figures are parts of, when the text states it, is a further reading
        named += [
            w
            for w in (by_id[t] for f in named for t in totals_of.get(f.id, ()))
            if w in earlier and w not in named
        ]
        for f in [*(f for f in named if f not in deferred), *deferred]:
            add(f)
        if part is not None and out and _other_subject(r, part, out[0]):
            return out[:MAX_BASES], False  # only a reading: the base may be of another body's figures
        return out[:MAX_BASES], True  # the words name the base: no other figure is a reading of them
    period = r.period_span(anchor.start)
    para = r.seg.paragraph_at(anchor.start)
    # (商品类投诉(1420件,占比45.63%)⏎★ 食品类:575件,占比40.49%: a bullet's share is of the heading over the bullets)
    add(_heading_over(r, para.start, unit) if not words else None)
    own = [f for f in earlier if f.start >= period[0] and not _is_share_part(r, f)]
    add(own[0] if own else None)  # 案件40宗，审结27宗，占67.5%: the figure its sentence starts from
    # …共收到来信1563件。…，占总量的 (not 咨询类共33523件，占47.09%: a part of the list, whatever its 共;
    # nor, in another sentence, a figure smaller than the part: 以区政府为被申请人的共17件 for 339件，占比30%)
    add(
        next(
            (
                f
                for f in reversed(earlier)
                if _is_total(r, f)
                and not _is_share_part(r, f)
                and (f.start >= period[0] or part is None or f.q.value >= part.q.value)
                and (f.start >= period[0] or not _concluded_of_another_step(r, part, f))
            ),
            None,
        )
    )
    if _concluded_way(r, part):
        # 审结行政复议案件5828件。…以调解、和解以及其他方式化解行政争议2353件，占40.37%: a way of concluding is
        # a share of the figure concluded before it (not of 共办理…6813件)
        add(
            next(
                (f for f in reversed(earlier) if f.start < period[0] and _concluded_way(r, f, way=False)),
                None,
            )
        )
    if _WHOLE_WORDS_RE.search(words) and any(r.frame(f).pred.endswith("中") for f in out):
        # 共受理信息公开申请10件…。在已经答复的9件申请中，“同意公开”的7件，占总数的70%: of a subset just named,
        # the first total stated is a reading of 总数 too
        add(
            next(
                (
                    f
                    for f in earlier
                    if _is_total(r, f)
                    and not _is_share_part(r, f)
                    and (part is None or f.q.value >= part.q.value)
                ),
                None,
            )
        )
    tied = tied or bool(out)
    before = [f for f in earlier if not _is_share_part(r, f)]
    in_para = [f for f in before if f.start >= para.start]
    for f in reversed(in_para or before[-4:]):  # what the paragraph (or the text just before) states
        add(f)
    return out[: MAX_BASES + 2], tied


def _of_the_parts_kind(r: Reading, part: Fact | None, core: str, whole_label: str) -> bool:
    """Does the list's total carry the qualifier the part puts before the base's words (其中网购投诉15475件，占投诉的
    55.5%: 网购 before 投诉, and the total 网购投诉举报20965件 is of 网购 too)? Then the words name the unqualified
    whole, stated elsewhere (投诉27723件), not that total."""
    if part is None or len(core) < 2:
        return False
    label = r.frame(part).label
    at = label.rfind(core)
    qualifier = label[:at].removeprefix("其中") if at > 0 else ""
    return len(qualifier) >= 2 and qualifier not in core and qualifier in whole_label


def _instance_heading_over(r: Reading, pos: int) -> str | None:
    """The instance (一审, 二审…) a numbered heading line names, the nearest heading above pos in its
    section (1.一审案件 / （二）二审案件), if that heading names one instance only."""
    section = r.seg.paragraph_at(pos).section
    for para in reversed(r.seg.paragraphs[: r.seg.paragraph_at(pos).index]):
        if para.section != section:
            return None
        line = r.norm[para.start : para.end].strip()
        if len(line) <= _HEADING_MOST and HEADING_START.match(line):
            found = set(INSTANCE_RE.findall(line))
            return found.pop() if len(found) == 1 else None
    return None


def _heading_over(r: Reading, start: int, unit: str | None) -> Fact | None:
    """The count of the short line heading the run of bulleted lines a paragraph starting at `start` is in
    (商品类投诉(1420件,占比45.63%) over ★ 食品类:575件…), if the paragraph is a bulleted line."""
    if r.norm[start : start + 2].lstrip()[:1] not in BULLETS:
        return None
    i = start
    while i > 0:
        line_start = r.norm.rfind("\n", 0, i - 1) + 1
        line = r.norm[line_start : i - 1].strip()
        if not line or line[:1] in BULLETS:
            i = line_start  # (a blank line, or another bullet of the run)
            continue
        if len(line) > _HEADING_MOST:
            return None
        return next(
            (
                f
                for f in r.facts_between(line_start, i - 1)
                if f.mention.kind == "count" and (unit is None or f.q.unit == unit)
            ),
            None,
        )
    return None


_HEADING_MOST = 30  # characters of a heading line, at most


# a body a figure may be of (北京市法律援助中心, 市信访局, 中级人民法院): the words up to its name
_BODY_RE = re.compile(
    r"[\u4e00-\u9fff]{2,12}?(?:中心|局|法院|中院|检察院|委员会|办公室|仲裁院|服务所|工作站)"
)


def _other_subject(r: Reading, part: Fact, base: Fact) -> bool:
    """Is the part, in another paragraph than the base, stated of a body its base's sentence does not
    name? 北京市共受理法律援助案件9.9万件。(new paragraph) 三年来，北京市法律援助中心累计…3896件，占法律援助
    案件总量的41.7%: the centre's own total is the base, not the city's."""
    if r.seg.paragraph_at(part.start).index == r.seg.paragraph_at(base.start).index:
        return False
    period = r.period_span(part.start)
    body = _BODY_RE.search(r.norm, period[0], part.start)
    if body is None:
        return False
    base_period = r.period_span(base.start)
    return body.group() not in r.norm[base_period[0] : base_period[1]]


def _of_scope(r: Reading, f: Fact, scope: str) -> bool:
    """Do a figure's words give it the scope (区政府, 全省)? 全省 and 全国 must come before it: …均居全省
    首位 after a city's figure says nothing of its scope."""
    fr = r.frame(f)
    return scope in fr.label + ("" if scope in ("全省", "全国") else fr.pred)


def _named_by_metric(r: Reading, core: str, part: Fact | None, earlier: list[Fact]) -> list[Fact]:
    """Stated figures of a metric the words name (占结案的 → figures whose metric is 审结/结案)."""
    keys = {k for h in r.onto.alias_hits(core) for k in h.metrics}
    if part is not None and part.family:
        keys = {k for k in keys if r.onto.metrics[k].family == part.family}
    return [f for f in earlier if f.metric in keys]


# --- the check -------------------------------------------------------------------------------------

_SHARE_REL = Relation("==", Ref("rate"), Bin("/", Ref("part"), Ref("base")), "rate == part / base")
_READINGS = LENIENT_READINGS  # a truncated share is not worth a flag alone


@dataclass
class _Share:
    group: Group
    rate: Fact
    part: Fact | None
    bases: list[Fact]
    tied: bool = True  # the text ties the bases to the share (else they are only figures near it)


def _fits(keys: dict[str, Fact], extra: dict[str, Interval]) -> bool:
    return any(holds(_SHARE_REL, env(keys, rd, extra)) for rd in _readings(keys["rate"]))


def _base_range(s: _Share) -> tuple[int, int] | None:
    """The whole numbers a share admits as its base (any reading), or None when there are too many."""
    assert s.part is not None
    p, rv = fact_interval(s.part), fact_interval(s.rate, "double_rounded")
    rt = fact_interval(s.rate, "truncated")
    lo_r, hi_r = min(rv.lo, rt.lo), max(rv.hi, rt.hi)
    if lo_r <= 0 or p.hi == INF:
        return None
    lo, hi = max(1, math.ceil(p.lo / hi_r - 1e-9)), math.floor(p.hi / lo_r + 1e-9)
    # (too many: a spread beyond 100,000 and 2% of the base; 442万起, 占28.9% admits 15.22–15.34 million, a tie to
    # siblings all the same)
    return (lo, hi) if hi - lo < max(100_000, lo // 50) else None


def _lists(ctx: Context) -> list[list[_Share]]:
    """The shares of the document, by list (a share outside any list is a list of one)."""
    lists: dict[int, list[_Share]] = {}
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        rate = ctx.fact(g.facts["rate"][0])
        part = ctx.fact(g.facts["part"][0]) if "part" in g.facts else None
        bases = [ctx.fact(b) for b in g.attrs.get("bases", g.facts.get("base", []))]
        if fact_interval(rate).lo > 1 + 1e-9 and not _of_a_target(ctx, g, bases):
            continue  # the bound rule reports it (not 占年初审计项目计划20个的135%: a target may be passed)
        no = int(g.attrs.get("list", -1))
        tied = bool(g.attrs.get("tied", True))
        lists.setdefault(no if no >= 0 else -1 - len(lists), []).append(_Share(g, rate, part, bases, tied))
    return list(lists.values())


def check(rule: Rule, ctx: Context) -> None:
    """Rule kind `share`: each share against its base, or against the base its list shares."""
    lists = _lists(ctx)
    _of_the_base_named_before(ctx, lists)
    named_alike = _agreed_by_name(ctx, [s for shares in lists for s in shares])
    for shares in lists:
        whole = _summed_whole(ctx, shares)
        if whole is not None:
            for s in shares:  # the parts add up to a figure stated before them: the shares are of it
                s.bases, s.tied = [whole], True
        unbased = [s for s in shares if not s.bases and s.part is not None]
        agreed = (
            _agreed_base(ctx, shares)
            or _of_the_totals_whole(ctx, shares)
            or all(id(s) in named_alike for s in shares)
        )
        adjusted = _adjusted_to_100(shares)
        # (two or more of the list fit the sum of the wholes enumerated before it: the list is of that sum)
        summed_agreed = (
            sum(
                1
                for s in shares
                if s.part is not None
                and s.group.attrs.get("summed")
                and _fits_summed(s, [ctx.fact(i) for i in s.group.attrs["summed"]])
            )
            >= 2
        )
        failed: list[_Share] = []
        unstated = _of_an_unstated_base(shares) or _of_its_parts_sum(shares)
        for s in shares:
            if s in unstated:
                unbased.append(s)
                continue
            verdict = (
                _check_stated(
                    rule,
                    ctx,
                    s,
                    tie=not agreed,
                    failed=failed,
                    adjusted=adjusted,
                    summed_agreed=summed_agreed,
                )
                if s.bases
                else "none"
            )
            if verdict == "none" and s.bases and s.part is not None:
                unbased.append(s)  # no figure near it fits, and none is tied to it: read as unstated
        _report_failed(rule, ctx, failed)
        for s in unbased:
            _check_grim(rule, ctx, s)
        if len(unbased) == 1 and len(shares) >= 3 and not failed:
            # 委员提案1640件，占提案总数的41.1%；…753件，占28%；…251件，占9.3%；…42件，占1.6%: the others fit a reading of
            # the base (2686), this one none: it stands out among siblings that agree
            _check_common_base(rule, ctx, [s for s in shares if _base_range(s) is not None])
        else:
            _check_common_base(rule, ctx, [s for s in unbased if _base_range(s) is not None])
    for alike in _named_apart(ctx, lists):
        if len(alike) == 2 and _common([r for s in alike if (r := _base_range(s)) is not None]) is None:
            _report_two_apart(rule, ctx, alike, str(alike[0].group.attrs["base_words"]))
        elif len(alike) > 2:
            _check_common_base(rule, ctx, alike)


def _of_the_base_named_before(ctx: Context, lists: list[list[_Share]]) -> None:
    """其中咨询2439件，…占受理总量的65.4%；投诉1023件，…占受理总量的27.4%；…已办结反馈595件…；举报270件，…占受理总量的
    7.2%: a share tied to no figure whose words name the whole an earlier share of its sentence was tied to, in
    the same words, is of that whole too."""
    seen: dict[tuple[int, str], _Share] = {}
    for s in (s for shares in lists for s in shares):
        words = str(s.group.attrs.get("base_words", ""))
        if len(words) < 2 or s.part is None:
            continue
        key = (ctx.period(s.rate), words)
        if s.bases and s.tied:
            seen.setdefault(key, s)
        elif not s.bases and key in seen:
            s.bases, s.tied = list(seen[key].bases), True


def _named_apart(ctx: Context, lists: list[list[_Share]]) -> list[list[_Share]]:
    """Shares, each alone in its sentence's list and tied to no figure, that name one whole by the same words
    (a 总 or a whole area's: 占全院总收案数的, 占全省的): siblings of that whole, held to one base — three or more
    anywhere (1.受理民事案件123件…占全院总收案数的62.12%。⏎2.…), two in sentences one after the other of a paragraph
    (商品类投诉37.75万件，占投诉总量的57.12%，…。服务类投诉28.34万件，占投诉总量的42.88%)."""
    by_words: dict[str, list[_Share]] = {}
    for shares in lists:
        s = shares[0]
        if len(shares) != 1 or (s.bases and s.tied) or s.part is None or _base_range(s) is None:
            continue
        words = str(s.group.attrs.get("base_words", ""))
        if (_TOTAL_NAME_RE.search(words) or WHOLE_AREA_RE.match(words)) and not _EACH_OWN_WHOLE_RE.search(
            words
        ):
            by_words.setdefault(words, []).append(s)
    return [
        alike
        for alike in by_words.values()
        if len(alike) >= 3 or (len(alike) == 2 and _next_sentence(ctx, alike[0].rate, alike[1].rate))
    ]


def _next_sentence(ctx: Context, a: Fact, b: Fact) -> bool:
    """Is b's sentence the one right after a's, in a's paragraph?"""
    return ctx.period(b) == ctx.period(a) + 1 and ctx.ex.seg.paragraph_at(a.start) is ctx.ex.seg.paragraph_at(
        b.start
    )


def check_sum(rule: Rule, ctx: Context) -> None:
    """Rule kind `share_sum`: the shares of one list add up to at most 100%."""
    for shares in _lists(ctx):
        _check_total(rule, ctx, shares)


def _summed_whole(ctx: Context, shares: list[_Share]) -> Fact | None:
    """收到网民来信139件。…住房保障43件(30.2%)；…其他14件(10.2%)…: a list of shares none of which is tied
    to a base, whose parts add up exactly to a count stated before them, is a list of shares of that
    count. So is a list tied to a base none of its shares fits, where each but one at most fits that count
    (共提交提案原件187件，…立案175件。在所有提案中，…94件，占53.7%；…36件，占20.6%；…45件，占25.7%: of the 175)."""
    if len(shares) < 3 or any(s.part is None for s in shares):
        return None
    tied = any(s.bases and s.tied for s in shares)
    if tied and any(s.part is not None and share_fits(s.rate, s.part, s.bases[0]) for s in shares if s.bases):
        return None
    parts = [s.part for s in shares if s.part is not None]
    total = sum(p.q.value for p in parts)
    first = min(p.start for p in parts)
    unit = parts[0].q.unit
    ids = {id(p) for p in parts}
    whole = next(
        (
            f
            for f in reversed(ctx.ex.facts)
            if f.start < first
            and id(f) not in ids
            and f.mention.kind == "count"
            and f.q.unit == unit
            and f.q.exact
            and f.q.value == total
            and all(p.q.exact for p in parts)
        ),
        None,
    )
    if whole is not None and tied:
        # (a tied list is read so only when its shares fit the count it adds up to, all but one at most: 立案受理
        # 45件，占收到申请的71.4%；不予受理12件，占19%；作其他处理6件，占9.6%, of the 63 received, the last off)
        fitting = sum(1 for s in shares if s.part and share_fits(s.rate, s.part, whole))
        if fitting < len(shares) - 1:
            return None
    return whole


def _agreed_base(ctx: Context, shares: list[_Share]) -> bool:
    """Do the shares of a list agree on one whole-number base that the text states elsewhere? (咨询类33523件，占47.09%；求助类21570件，占30.30%… all over the 71184 stated
    at the top.) The base hecha tied them to is then a misreading, not an error of the text: the list
    as a whole says which figure it is over. One share off that base still stands out (common base)."""
    if len(shares) < 2 or any(s.part is None for s in shares):
        return False
    ranges = [r for s in shares if (r := _base_range(s)) is not None]
    if len(ranges) != len(shares):
        return False
    parts = {id(s.part) for s in shares}
    unit = shares[0].part.q.unit if shares[0].part is not None else ""
    # all of them, or all but one when there are three or more (that one is then the common-base outlier)
    groups = [ranges] + (
        [ranges[:k] + ranges[k + 1 :] for k in range(len(ranges))] if len(ranges) >= 3 else []
    )
    tied = [s.bases[0].q.value for s in shares if s.bases and s.tied]
    # the sum of the list's own parts, within what each displays (38.59万多人 is up to 38.6万)
    own_lo = sum(fact_interval(s.part).lo for s in shares if s.part is not None)
    own_hi = sum(fact_interval(s.part).hi for s in shares if s.part is not None)
    for common in filter(None, map(_common, groups)):
        lo, hi = common[0] - 1e-9, common[1] + 1e-9
        if any(lo <= v <= hi for v in tied):
            return False  # the base they are tied to is the one they agree on: held to it
        if (
            len(shares) >= 3
            and common == _common(ranges)
            and own_lo <= hi
            and lo <= own_hi
            and _listed(ctx, shares)
        ):
            # 受理284406件。其中咨询类124599件，占63.72%…其它类9791件，占5.01%: every share is of the list's
            # own sum (195532), so the shares are right and the list disagrees with its total, which the
            # breakdown rule reports
            return True
        if any(
            f.mention.kind == "count" and f.q.unit == unit and lo <= f.q.value <= hi and id(f) not in parts
            for f in ctx.ex.facts
        ):
            return True
    return False


def _agreed_by_name(ctx: Context, shares: list[_Share]) -> set[int]:
    """事件类有效立案数共971件，占总案件量的97.5%，其中…；部件类有效立案数为25件，占总案件量的2.5%: shares of one
    paragraph that name one whole (the same words after 占, a total's), stated apart, that admit one
    base a count of the text states (立案996件): the whole they name is that count, whatever figure each was
    tied to nearby (ids of the shares so agreed)."""
    by_whole: dict[tuple[int, str], list[_Share]] = {}
    for s in shares:
        words = str(s.group.attrs.get("base_words", ""))
        if s.part is not None and _TOTAL_NAME_RE.search(words):
            by_whole.setdefault((ctx.ex.seg.paragraph_at(s.rate.start).start, words), []).append(s)
    out: set[int] = set()
    for alike in by_whole.values():
        ranges = [r for s in alike if (r := _base_range(s)) is not None]
        if len(alike) < 2 or len(ranges) != len(alike) or (common := _common(ranges)) is None:
            continue
        unit = alike[0].part.q.unit if alike[0].part is not None else ""
        parts = {id(s.part) for s in alike}
        if any(
            f.mention.kind == "count"
            and f.q.unit == unit
            and common[0] <= f.q.value <= common[1]
            and id(f) not in parts
            for f in ctx.ex.facts
        ):
            out.update(id(s) for s in alike)
    return out


_TOTAL_NAME_RE = re.compile(r"总")


def _of_the_totals_whole(ctx: Context, shares: list[_Share]) -> bool:
    """Are the shares of a list, tied to its total, together the total's own share of a larger whole
    (5个区的立案数为5174件，占当月立案总数的89.55%。其中天宁区2024件，占35.03%；…戚墅堰区239件，占4.14%: 35.03
    + … + 4.14 = 89.55)? Then each is a share of that whole, which the text does not state, not of the
    total; the common-base check still holds them to one whole."""
    if len(shares) < 2 or any(s.part is None or not s.bases for s in shares):
        return False
    total = shares[0].bases[0]
    if any(s.bases[0] is not total for s in shares):
        return False
    own = next(
        (
            ctx.fact(g.facts["rate"][0])
            for g in ctx.ex.groups
            if g.kind == KIND and g.facts.get("part") == [total.id]
        ),
        None,
    )
    if own is None:
        return False
    summed = sum((fact_interval(s.rate) for s in shares), Interval.point(0.0, True))
    mine = fact_interval(own)
    return summed.lo <= mine.hi and mine.lo <= summed.hi and mine.hi < 1 - 1e-9


def _listed(ctx: Context, shares: list[_Share]) -> bool:
    """Are the shares' parts the parts of a breakdown of the base they are tied to?"""
    parts = {s.part.id for s in shares if s.part is not None}
    bases = {s.bases[0].id for s in shares if s.bases and s.tied}
    return any(
        g.kind == "breakdown" and parts <= set(g.facts["parts"]) and g.facts["total"][0] in bases
        for g in ctx.ex.groups
    )


def _adjusted_to_100(shares: list[_Share]) -> set[str]:
    """The shares of a list that may have been moved by one displayed step so that the list adds up to
    exactly 100% as stated, where rounding each share would not (largest remainder): 举报类10件 of 276 is
    3.62%, printed 3.63% so that the list adds to 100.00 (rounded, it adds to 99.99). Only as many as the
    rounded shares fall short of 100 by steps, those nearest to rounding the other way first: more moved
    than that is no adjustment but slips. Lists of three or more, each share with its part and one base;
    the rate facts' ids."""
    if len(shares) < 3 or any(s.part is None or not s.bases for s in shares):
        return set()
    if len({s.bases[0].id for s in shares}) != 1:
        return set()
    if abs(sum(s.rate.q.value for s in shares) - 100.0) > 1e-6:
        return set()
    # only when rounding each one does not already give 100 (else moving a share is no plug but a slip)
    short = 100.0 - sum(_shown(s, s.bases[0]) for s in shares)
    if abs(short) <= 1e-6:
        return set()
    step = min(s.rate.q.step for s in shares)  # (a share shown coarser, 13% among 12.3%, is no plug)
    moves = round(abs(short) / step)
    sign = 1 if short > 0 else -1
    moved = [
        s
        for s in shares
        if s.rate.q.step == step and abs(s.rate.q.value - _shown(s, s.bases[0]) - sign * step) <= 1e-9
    ]
    # the plugs of largest remainder: the shares whose exact value lies nearest the next step that way
    moved.sort(key=lambda s: -sign * (_exact_steps(s, s.bases[0]) % 1.0))
    return {s.rate.id for s in moved[:moves]}


def _exact_steps(s: _Share, base: Fact) -> float:
    assert s.part is not None
    return _share_of(s.part, base) * 100 / s.rate.q.step


def _shown(s: _Share, base: Fact) -> float:
    """The share over the base, rounded as the stated one is displayed."""
    assert s.part is not None
    return rounded_as_shown(_share_of(s.part, base) * 100, s.rate.q.step)


def _one_step_off(s: _Share, base: Fact) -> bool:
    """Is the share one displayed step from its value over the base, rounded as displayed?"""
    return abs(_shown(s, base) - s.rate.q.value) <= s.rate.q.step + 1e-9


def _total_listing(r: Reading, parts: list[Fact]) -> Fact | None:
    """The total of a list whose parts are exactly these figures, if any."""
    ids = [p.id for p in parts]
    by_id = {f.id: f for f in r.facts}
    return next(
        (by_id[g.facts["total"][0]] for g in r.groups_of("breakdown") if g.facts["parts"] == ids),
        None,
    )


def _fits_summed(s: _Share, summed: list[Fact]) -> bool:
    assert s.part is not None
    return over_wholes(s.rate, s.part, summed)[2]


def _over_the_list(rule: Rule, ctx: Context, s: _Share) -> bool:
    """Is the share, after the last part of a list, of the list's sum (…中，现场勘查73件、公开听证21件、当面调查
    询问17件，专家参与集体讨论8件，占比73.01%: the 119 of the 163), where the last part alone does not fit?"""
    assert s.part is not None
    # (裁定准予原告撤诉案件20件，裁定按撤诉处理案件9件，占25%；…: in a list whose parts have shares, one after a
    # part without its own is of the parts since the last share, 29 of 117)
    shared = {p for g in ctx.ex.groups if g.kind in ("share", "rate") for p in g.facts.get("part", [])}
    for g in ctx.ex.groups:
        parts = g.facts.get("parts", []) if g.kind == "breakdown" else []
        if s.part.id not in parts:
            continue
        k = parts.index(s.part.id)
        j = k
        while j > 0 and parts[j - 1] not in shared:
            j -= 1
        if k - j < 1 or (k < len(parts) - 1 and j == 0):
            continue  # (a run that opens the list and does not end it: no share closes it)
        facts = [ctx.fact(p) for p in parts[j : k + 1]]
        if any(f.q.qualifier != "=" for f in facts):
            return False  # (近600万件: a vague part makes a sum that fits too much)
        for base in [*s.bases, ctx.fact(g.facts["total"][0])]:
            if _fits({"rate": s.rate, "base": base, "part": s.part}, {}):
                return False  # (the last part alone fits: the usual reading)
            names = tuple(f"p{i}" for i in range(len(facts)))
            rel = Relation(
                "==",
                Ref("rate"),
                Bin("/", Sum(tuple(Ref(n) for n in names)), Ref("base")),
                "rate == sum / base",
            )
            keys = {"rate": s.rate, "base": base, **dict(zip(names, facts, strict=True))}
            if any(holds(rel, env(keys, rd, {})) for rd in _READINGS):
                record(ctx, rule, rel, keys, None, "over the list")
                return True
    return False


def _check_stated(
    rule: Rule,
    ctx: Context,
    s: _Share,
    tie: bool,
    failed: list[_Share],
    adjusted: set[str] | None = None,
    summed_agreed: bool = False,
) -> str:
    """A share with candidate bases: one of them must give it ("fits"). "none", reporting nothing, when
    none does and none is tied to the share (its base is then read as unstated), or when `tie` is off;
    "fails" when the base tied to it does not give it (a share with a part is added to `failed`, to be
    reported with the others of its list; one without is reported here). With `adjusted` (the shares
    that may have been moved so that the list adds up to exactly 100%), such a share one displayed step off
    its base fits."""
    extra: dict[str, Interval] = {}
    if s.part is None:
        extra["part"] = Interval(0.0, INF, True)  # some whole number of the base
    elif _over_the_list(rule, ctx, s):
        return "fits"
    for base in s.bases:
        keys = {"rate": s.rate, "base": base, **({"part": s.part} if s.part else {})}
        if _fits(keys, extra):
            first = s.bases[0]
            if (
                base is first
                or s.part is None
                or not s.tied
                or not _AMONG_AFTER_RE.match(ctx.ex.text, first.end)
            ):
                if s.part is not None and s.tied and _only_rounded_twice(keys):
                    _report_rounded_twice(rule, ctx, s, base, keys)
                    return "fits"
                record(ctx, rule, _SHARE_REL, keys, None, extra=extra)
                return "fits"
            # 在已经答复的9件申请中，同意公开的7件，占总数的70%: not of the 9 the sentence names, only of the
            # 10 received — a reading the text's 总数 allows (the total of all): a note naming both, no flag
            record(ctx, rule, _SHARE_REL, {**keys, "base": first}, "info", "fits only another whole")
            c = _share_of(s.part, first)
            emit(
                ctx,
                rule,
                "info",
                f"{name_zh(s.part, ctx)}占{name_zh(first, ctx)}的比例应为{display_percent(c)}，报告为"
                f"{s.rate.mention.text}；仅当基数指{name_zh(base, ctx)}时成立",
                f"{name_en(s.part)} of {name_en(first)} is {display_percent(c)}, not {s.rate.mention.text}; "
                f"it fits only as of {name_en(base)}",
                [(s.rate, "rate"), (s.part, "numerator"), (first, "denominator"), (base, "denominator")],
                display_percent(c),
                s.rate.mention.text,
            )
            return "fits"
    summed = [ctx.fact(i) for i in s.group.attrs.get("summed", [])]
    if s.part is not None and summed:
        # 共承办人大代表建议49件、政协委员提案66件。其中…74件，占64.35%: of the wholes enumerated, together
        rel, keys, fits = over_wholes(s.rate, s.part, summed)
        if fits:
            record(ctx, rule, rel, keys, None, "over the wholes enumerated")
            return "fits"
        if (s.tied and tie and s.bases and s.part.q.value > s.bases[0].q.value) or summed_agreed:
            # the part exceeds the base tied to it, or its siblings fit the wholes together: the share is
            # of them, and does not fit them
            record(ctx, rule, rel, keys, rule.severity, "over the wholes enumerated")
            total = sum(w.q.value for w in summed)
            c = s.part.q.value / total
            listed = "、".join(name_zh(w, ctx) for w in summed)
            of = f"{listed}合计{fmt_number(total)}{s.part.q.unit}" if len(summed) > 1 else listed
            zh = f"{name_zh(s.part, ctx)}占{of}的比例应为{display_percent(c)}，报告为{s.rate.mention.text}"
            en = (
                f"{name_en(s.part)} as a share of the {fmt_number(total)} enumerated is {display_percent(c)}, "
                f"not {s.rate.mention.text}"
            )
            roles = [(s.rate, "rate"), (s.part, "numerator"), *((w, "denominator") for w in summed)]
            emit(ctx, rule, rule.severity, zh, en, roles, display_percent(c), s.rate.mention.text)
            return "fails"
    whole = _list_closed_by(ctx, s.part) if s.part is not None else None
    for base in s.bases if whole is not None else []:
        # 作出终止决定13件，其中…和解4件，…撤回9件，占案件受理总数的17.8%: a share after a whole list is of it
        keys = {"rate": s.rate, "base": base, "part": whole}  # type: ignore[dict-item]
        if _fits(keys, {}):
            record(ctx, rule, _SHARE_REL, keys, None, "the list's total")
            return "fits"
    if not s.tied or not tie:
        return "none"
    base = s.bases[0]
    keys = {"rate": s.rate, "base": base, **({"part": s.part} if s.part else {})}
    if adjusted and s.rate.id in adjusted and _one_step_off(s, base):
        # (../DOMAIN.md: a value that fits only by a tail adjustment is a warning, not an error)
        sev = SOFTER[rule.severity]
        record(ctx, rule, _SHARE_REL, keys, sev, "adjusted to 100%")
        assert s.part is not None  # (_adjusted_to_100 takes only shares with their parts)
        shown = display_percent(_shown(s, base) / 100, s.rate)
        emit(
            ctx,
            rule,
            sev,
            f"{name_zh(s.part, ctx)}占{name_zh(base, ctx)}的比例应为{shown}，报告为{s.rate.mention.text}：只有为使"
            f"各项占比合计恰为100%而调整尾数（尾差调整）时才会这样写",
            f"{s.part.mention.text} of {name_en(base)} is {shown}, not {s.rate.mention.text}: it fits only as a "
            "tail adjustment making the list add up to 100%",
            [(s.rate, "rate"), (s.part, "numerator"), (base, "denominator")],
            shown,
            s.rate.mention.text,
        )
        return "fits"
    about = _ABOUT_SHARE_RE.search(ctx.ex.text, max(0, s.rate.start - 12), s.rate.start) is not None
    if about and s.part is not None and _one_step_off(s, base):
        # 约占总数的83.9% for 612 of 730 (83.8%): "about", a displayed step off at most
        record(ctx, rule, _SHARE_REL, keys, "info", "about")
        return "fits"
    if s.part is None and _list_sum_of_an_earlier_whole(rule, ctx, s):
        return "fits"
    record(ctx, rule, _SHARE_REL, keys, rule.severity, extra=extra)
    if s.part is not None:
        failed.append(s)
        return "fails"
    zh = f"{s.rate.mention.text}（以{name_zh(base, ctx)}为基数）：任何整数的分子都得不到这一比例{_also(ctx, s)}"
    en = f"{s.rate.mention.text} of {name_en(base)}: no whole number gives this share"
    roles = [(s.rate, "rate"), (base, "denominator")]
    emit(ctx, rule, rule.severity, zh, en, roles, "可由整数得到的比例", s.rate.mention.text)
    return "fails"


def _only_rounded_twice(keys: dict[str, Fact]) -> bool:
    """Does the share fit its part and base only when its exact value was rounded twice (60/703 = 8.5349%
    → 8.535 → 8.54%), not as rounded once or truncated?"""
    return not any(
        holds(_SHARE_REL, env(keys, rd, {})) for rd in _readings(keys["rate"]) if rd != "double_rounded"
    )


def _report_rounded_twice(rule: Rule, ctx: Context, s: _Share, base: Fact, keys: dict[str, Fact]) -> None:
    """(../DOMAIN.md: a value that fits only by a tail adjustment is a warning, not an error: rounding twice
    is how such a share is most often moved up a step so that the list adds up to 100%)"""
    assert s.part is not None
    sev = SOFTER[rule.severity]
    record(ctx, rule, _SHARE_REL, keys, sev, "rounded twice")
    shown = display_percent(_share_of(s.part, base), s.rate)
    zh_note, en_note = READING_NOTE["double_rounded"]
    emit(
        ctx,
        rule,
        sev,
        f"{name_zh(s.part, ctx)}占{name_zh(base, ctx)}的比例应为{shown}，报告为{s.rate.mention.text}：{zh_note}",
        f"{s.part.mention.text} of {name_en(base)} is {shown}, not {s.rate.mention.text}: {en_note}",
        [(s.rate, "rate"), (s.part, "numerator"), (base, "denominator")],
        shown,
        s.rate.mention.text,
    )


def _list_sum_of_an_earlier_whole(rule: Rule, ctx: Context, s: _Share) -> bool:
    """已完成关闭淘汰335个、整治规范1248个、完善备案1760个，已完成…项目所占比率为50.65%: a share with no part of
    its own, right after a list, may be the list's sum over a whole stated before the list in its
    paragraph (3343 of the 6600 found)."""
    listed = [ctx.fact(i) for i in s.group.attrs.get("summed", [])]
    if len(listed) < 2:
        return False
    total = sum((fact_interval(f) for f in listed), Interval.point(0.0, True))
    first = min(f.start for f in listed)
    para = ctx.ex.seg.paragraph_at(first)
    for whole in ctx.ex.facts:
        if whole.start >= first:
            break
        if (
            whole.start >= para.start
            and whole.mention.kind == "count"
            and whole.q.unit == listed[0].q.unit
            and _fits({"rate": s.rate, "base": whole}, {"part": total})
        ):
            record(
                ctx,
                rule,
                _SHARE_REL,
                {"rate": s.rate, "base": whole},
                None,
                "the list's sum",
                {"part": total},
            )
            return True
    return False


def _list_closed_by(ctx: Context, part: Fact) -> Fact | None:
    """The total of the 其中 list whose last part the figure is, if any."""
    for g in ctx.ex.groups:
        if g.kind == "breakdown" and g.attrs.get("marker") == "其中" and g.facts["parts"][-1] == part.id:
            return ctx.fact(g.facts["total"][0])
    return None


def _also(ctx: Context, s: _Share) -> str:
    first = name_zh(s.bases[0], ctx) if s.bases else ""
    # (each name once: a figure the text states twice is one reading)
    tried = "、".join(n for n in dict.fromkeys(name_zh(b, ctx) for b in s.bases[1:]) if n != first)
    return f"（也试过以{tried}为基数）" if tried else ""


def _share_of(part: Fact, base: Fact) -> float:
    return part.q.value / base.q.value if base.q.value else 0.0


def _of_an_unstated_base(shares: list[_Share]) -> list[_Share]:
    """Three or more shares of a list, none naming its base, that all miss the one figure they were
    tied to in another sentence yet admit one whole-number base together: their base is another the
    text does not state
    (举报热点前五位：违反食品安全法30788件，占34.9%；…, of the 举报 given only as a share, not of the
    投诉举报 total paragraphs before). They are read as shares of an unstated base."""
    by_base: dict[str, list[_Share]] = {}
    for s in shares:
        if s.part is not None and s.bases:
            by_base.setdefault(s.bases[0].id, []).append(s)
    out: list[_Share] = []
    for group in by_base.values():
        if len(group) < 3 or any(s.group.attrs.get("base_words") for s in group):
            continue
        if any(s.part is not None and s.part.sentence == s.bases[0].sentence for s in group):
            continue  # (96家…政府中53家…，占比55.2%；…: the sentence states the base it opens with)
        if any(s.part is not None and share_fits(s.rate, s.part, s.bases[0]) for s in group):
            continue
        ranges = [_base_range(s) for s in group]
        known = [r for r in ranges if r is not None]
        if len(known) < len(group):
            continue
        # (all agree, or all but one of four or more: then the one is the likely error, _check_common_base's)
        if _common(known) is not None or (
            len(known) >= 4
            and sum(_common(known[:k] + known[k + 1 :]) is not None for k in range(len(known))) == 1
        ):
            out += group
    return out


_PARTS_SUM_LEAST = 3  # shares of a list, at least, of which one may fit the tied figure by chance


def _of_its_parts_sum(shares: list[_Share]) -> list[_Share]:
    """Shares of a list stated with their parts, naming no base, that all fit the parts' own sum where none
    fits the figure it was tied to (开展磋商1277件、提出检察建议536件，分别占比70.44%、29.56%: of the 1813 the two
    make, not of the 2385 cases the paragraph opened with): read as shares of an unstated whole."""
    parts = [s.part for s in shares if s.part is not None]
    if len(parts) < 2 or len(parts) < len(shares):
        return []
    # (来电15176件，…网络交办934件，…其中咨询类10471件，占总量的65%；投诉类4350件，占总量的27%；建议类1289件，占总量的
    # 8%: shares of a 总量 named by no figure, adding up to 100% of parts that make 16110, the two counts together)
    whole_of_parts = len(shares) >= _PARTS_SUM_LEAST and _of_a_plain_total(shares) and _add_up_to_100(shares)
    if len({p.id for p in parts}) < len(parts) or (
        any(s.group.attrs.get("base_words") for s in shares) and not whole_of_parts
    ):
        return []
    if not all(p.q.exact for p in parts) and not _near_the_tied_whole(shares, parts):
        # (rounded parts, 商品类投诉46.14万件，占比77.04%…, fit their own sum whatever whole is tied to them: only a sum
        # near that whole, 52.09万 of ages beside 52.2万多 lawyers, is read as another population of it)
        return []
    tied_fit = sum(
        1 for s in shares if s.part is not None and s.bases and share_fits(s.rate, s.part, s.bases[0])
    )
    if tied_fit and (tied_fit > 1 or len(shares) < _PARTS_SUM_LEAST):
        # (one share of three or more may fit the tied figure by chance, a small one most likely: 1件，占1% of
        # the 96 as of the 57 the list's parts make, when the others fit only the 57)
        return []
    if not whole_of_parts and any(
        s.part is not None and s.bases and s.part.sentence == s.bases[0].sentence for s in shares
    ):
        return []  # (抽取100宗…进行评估，评估结果为：优秀案件14宗，占比14%；…: the sentence states the base)
    if all(s.part is not None and over_wholes(s.rate, s.part, parts)[2] for s in shares):
        return shares
    return []


_NEAR_WHOLE = 0.02  # how far, at most, approximate parts' sum may fall from the whole tied to their shares
_PLAIN_TOTALS = frozenset({"总量", "总数", "总件数", "总体"})  # a whole's words naming no figure of their own


def _of_a_plain_total(shares: list[_Share]) -> bool:
    """Do the shares name their base by a bare 总量 (总数), which names no figure of the text?"""
    return all(str(s.group.attrs.get("base_words", "")) in _PLAIN_TOTALS for s in shares)


def _add_up_to_100(shares: list[_Share]) -> bool:
    """Do the shares add up to 100%, within what their display allows?"""
    lo = sum(fact_interval(s.rate, "double_rounded").lo for s in shares)
    hi = sum(fact_interval(s.rate, "double_rounded").hi for s in shares)
    return lo - 1e-9 <= 1.0 <= hi + 1e-9


def _near_the_tied_whole(shares: list[_Share], parts: list[Fact]) -> bool:
    tied = next((s.bases[0] for s in shares if s.bases and s.tied), None)
    if tied is None or not tied.q.value:
        return False
    return abs(sum(p.q.value for p in parts) - tied.q.value) <= _NEAR_WHOLE * tied.q.value


def _report_failed(rule: Rule, ctx: Context, failed: list[_Share]) -> None:
    """Shares that their tied base does not give: each on its own, or, three or more of one list over
    one base, as one finding (a reviewer reads the list once: the base or the list is off)."""
    by_base: dict[str, list[_Share]] = {}
    for s in failed:
        by_base.setdefault(s.bases[0].id, []).append(s)
    for group in by_base.values():
        base = group[0].bases[0]
        if len(group) < 3:
            for s in group:
                assert s.part is not None
                c = _share_of(s.part, base)
                zh = f"{name_zh(s.part, ctx)}占{name_zh(base, ctx)}的比例应为{display_percent(c)}，报告为{s.rate.mention.text}{_also(ctx, s)}"
                en = f"{name_en(s.part)} as a share of {name_en(base)} is {display_percent(c)}, not {s.rate.mention.text}"
                roles = [(s.rate, "rate"), (s.part, "numerator"), (base, "denominator")]
                emit(ctx, rule, rule.severity, zh, en, roles, display_percent(c), s.rate.mention.text)
            continue
        items, roles = [], [(base, "denominator")]
        for s in group:
            assert s.part is not None
            c = _share_of(s.part, base)
            items.append(f"{name_zh(s.part, ctx)}报告为{s.rate.mention.text}（应为{display_percent(c)}）")
            roles += [(s.rate, "rate"), (s.part, "numerator")]
        zh = f"同列{len(group)}项占比与基数{name_zh(base, ctx)}不符：" + "；".join(items)
        en = f"{len(group)} shares of one list do not fit their base {name_en(base)}"
        emit(
            ctx,
            rule,
            rule.severity,
            zh,
            en,
            roles,
            f"以{fmt_number(base.q.value)}为基数",
            f"{len(group)}项不符",
        )


def _check_grim(rule: Rule, ctx: Context, s: _Share) -> None:
    """A share with no stated base: some whole-number base must give it."""
    assert s.part is not None
    p, rv = fact_interval(s.part), fact_interval(s.rate)
    hi = math.ceil(p.hi / rv.lo) if rv.lo > 0 and p.hi != INF else INF
    extra = {"base": Interval(max(1.0, math.floor(p.lo / rv.hi) if rv.hi > 0 else 1.0), hi, True)}
    keys = {"rate": s.rate, "part": s.part}
    ok = _fits(keys, extra)
    record(ctx, rule, _SHARE_REL, keys, None if ok else rule.severity, extra=extra)
    if ok:
        return
    words = str(s.group.attrs.get("base_words", ""))
    of = f"{words}的" if words else "比"
    zh = f"{name_zh(s.part, ctx)}占{of}{s.rate.mention.text}：任何整数的总数都得不到这一比例"
    en = f"{name_en(s.part)} as {s.rate.mention.text} of {words}: no whole-number total gives this share"
    emit(
        ctx,
        rule,
        rule.severity,
        zh,
        en,
        [(s.rate, "rate"), (s.part, "numerator")],
        "可由整数得到的比例",
        s.rate.mention.text,
    )


def _common(ranges: list[tuple[int, int]]) -> tuple[int, int] | None:
    lo, hi = max(a for a, _ in ranges), min(b for _, b in ranges)
    return (lo, hi) if lo <= hi else None


def _check_common_base(rule: Rule, ctx: Context, shares: list[_Share]) -> None:
    """Shares of one list with no stated base must admit one whole-number base; when all but one
    do, that one is the likely error."""
    if len(shares) < 2:
        return
    ranges = [r for s in shares if (r := _base_range(s)) is not None]
    if len(ranges) != len(shares) or _common(ranges) is not None:
        return
    words = {str(s.group.attrs.get("base_words", "")) for s in shares}
    if len(shares) == 2 and len(words) == 1 and words != {""} and _one_whole(ctx, shares, next(iter(words))):
        _report_two_apart(rule, ctx, shares, words.pop())  # (both name one whole: one of the two is wrong)
        return
    outliers = [
        k
        for k in range(len(shares))
        if _common(ranges[:k] + ranges[k + 1 :]) is not None and len(shares) >= 3
    ]
    if len(outliers) != 1:
        return  # no one share stands out: the list may not share a base after all
    k = outliers[0]
    s = shares[k]
    assert s.part is not None
    common = _common(ranges[:k] + ranges[k + 1 :])
    assert common is not None
    extra = {"base": Interval(float(common[0]), float(common[1]), True)}
    keys = {"rate": s.rate, "part": s.part}
    record(ctx, rule, _SHARE_REL, keys, rule.severity, "common base", extra=extra)
    others = [o for o in shares if o is not s]
    base_txt = _range_text(common)
    c = s.part.q.value / common[0]
    zh = (
        f"{name_zh(s.part, ctx)}占{s.rate.mention.text}与同列其他占比不符：其他各项共同的基数为{base_txt}，"
        f"按此应为{display_percent(c)}"
    )
    en = f"{name_en(s.part)} at {s.rate.mention.text} does not fit the base its siblings share ({base_txt}): {display_percent(c)}"
    roles = [(s.rate, "rate"), (s.part, "numerator")]
    roles += [(o.part, "sibling") for o in others if o.part is not None]
    emit(ctx, rule, rule.severity, zh, en, roles, display_percent(c), s.rate.mention.text)


def _one_whole(ctx: Context, shares: list[_Share], words: str) -> bool:
    """Do two shares name one and the same whole, each in its own clause (not 分别占当月…的24.4%和10.4%: each
    of its own month; nor 建议、提案…分别占总数的: each of its own kind)?"""
    a, b = shares
    assert a.part is not None and b.part is not None
    kind = words[:2]  # (民事一审…，民事二审…，分别占民事案件总数的: both of the one kind the whole names)
    each = "分别" in ctx.ex.norm[a.part.start : b.rate.end] and not (
        len(words) > 4
        and _CJK_RE.fullmatch(kind)
        and all(kind in ctx.ex.norm[max(0, p.start - 12) : p.start] for p in (a.part, b.part))
    )
    # (死亡28035人，占总数的28.4%；受伤107792人，占总数的22.9%: the deaths' and the injuries' totals)
    measures = {_measure_near(ctx.ex.norm, a.part), _measure_near(ctx.ex.norm, b.part)}
    return (
        ctx.period(a.rate) == ctx.period(b.rate)
        and not each
        and not _EACH_OWN_WHOLE_RE.match(words)
        and not (len(measures) == 2 and "" not in measures)
    )


_EACH_OWN_WHOLE_RE = re.compile(r"(?:当|本|每|各)(?:月|年|季|周|日)|各自|各")
_CJK_RE = lazy_compile(r"[\u4e00-\u9fff]+")


def _range_text(r: tuple[int, int]) -> str:
    """A range of bases as a reviewer reads it: 198, 196～205, 1522.4万～1531.9万."""
    if r[0] == r[1]:
        return fmt_number(r[0])
    if r[0] >= _WAN_SHOWN:
        return f"{fmt_number(r[0] / 10_000)}万～{fmt_number(r[1] / 10_000)}万"
    return f"{r[0]}～{r[1]}"


_WAN_SHOWN = 1_000_000  # bases from a million are shown in 万


def _needs(r: tuple[int, int]) -> str:
    """What base a share needs, as a reviewer reads it (a range empty when no whole number gives the share)."""
    return f"要求{_range_text(r)}" if r[0] <= r[1] else "任何整数基数都得不到"


def _each_its_own_whole(shares: list[_Share]) -> bool:
    """较大火灾60起、占总数的92.3%，重大火灾5起、占总数的83.3%: shares of small counts that each give one whole
    number exactly (65, 6), far apart: each of its own kind's whole, which a slip would not give (an edited share
    of a small count admits no whole at all, which the check of each share reports)."""
    ranges = [_base_range(s) if s.part is not None else None for s in shares]
    known = [r for r in ranges if r is not None]
    return (
        len(known) == len(shares) >= 2
        and all(hi - lo <= 1 for lo, hi in known)
        and max(lo for lo, _ in known) >= 2 * min(hi for _, hi in known)
    )


def _report_two_apart(rule: Rule, ctx: Context, shares: list[_Share], words: str) -> None:
    """商品类投诉53432件，占投诉总量的64%；服务类投诉30010件，占投诉总量的31%: two shares of one whole the text
    names but does not state, which no one whole number gives both (the bases each admits do not meet)."""
    a, b = shares
    assert a.part is not None and b.part is not None
    ra, rb = _base_range(a), _base_range(b)
    assert ra is not None and rb is not None
    if _each_its_own_whole(shares):
        return
    # (each held to the base the other admits: either may be the wrong one)
    for rate, part, other in ((a.rate, a.part, rb), (b.rate, b.part, ra)):
        extra = {"base": Interval(float(other[0]), float(other[1]), True)}
        keys = {"rate": rate, "part": part}
        record(ctx, rule, _SHARE_REL, keys, rule.severity, "two shares of one whole", extra=extra)
    zh = (
        f"{name_zh(a.part, ctx)}占{a.rate.mention.text}、{name_zh(b.part, ctx)}占{b.rate.mention.text}，都是占{words}，"
        f"却没有同一个基数能同时得到两者（前者{_needs(ra)}，后者{_needs(rb)}）"
    )
    en = (
        f"{name_en(a.part)} at {a.rate.mention.text} and {name_en(b.part)} at {b.rate.mention.text} are both shares "
        f"of {words}, yet no one base gives both ({ra[0]}-{ra[1]} and {rb[0]}-{rb[1]})"
    )
    roles = [(a.rate, "rate"), (a.part, "numerator"), (b.rate, "rate"), (b.part, "numerator")]
    emit(ctx, rule, rule.severity, zh, en, roles, "同一基数", f"{a.rate.mention.text}、{b.rate.mention.text}")


def _check_total(rule: Rule, ctx: Context, shares: list[_Share]) -> None:
    """Shares of one base cannot add up to more than 100% (beyond what rounding each allows)."""
    if len(shares) < 2:
        return
    if len({ctx.period(s.rate) for s in shares}) > 1 and any(
        _EACH_OWN_WHOLE_RE.search(str(s.group.attrs.get("base_words", ""))) for s in shares
    ):
        return  # 1月受理…，占当月总量的86.1%。2月受理…，占当月总量的23.9%: each of its own month's whole
    if _each_its_own_whole(shares):
        return
    lows = [fact_interval(s.rate, "double_rounded").lo for s in shares]
    if sum(lows) <= 1 + 1e-9:
        return
    total = sum(s.rate.q.value for s in shares)
    terms = "+".join(s.rate.mention.text for s in shares)
    keys = {f"r{k}": s.rate for k, s in enumerate(shares)}
    rel = Relation("<=", _sum_of(len(shares)), Ref("one"), "sum(rates) <= 100%")
    # each share fits its own count of the base (已结241件占96.7%，律师办理202件占81.1%): the counts overlap
    # (two attributes of the cases), which the shares only repeat: a note, not a flag
    each_fits = all(s.part is not None and s.bases and share_fits(s.rate, s.part, s.bases[0]) for s in shares)
    # (…同意公开的7件，占总数的70%。…不予公开的1件，占总数的10%…: each a share of the total the text names, the
    # parts of one whole: together they cannot pass it, however each fits)
    of_the_total = all(s.group.attrs.get("base_words") in _LIST_WHOLE_WORDS for s in shares)
    each_fits = each_fits and not of_the_total
    # 建议、提案为629件次和483件次，分别占总数的94.9%和97%: kinds enumerated, each share of its own kind's
    # total (no base stated for any): a note
    own = not any(s.bases for s in shares) and _EACH_OWN_RE.search(ctx.ex.text, 0, shares[0].rate.start)
    # 办理10件(含会办)，占1.31%；…办理721件(含会办、分办)，占94.37%: the text says some are counted twice
    shared = any(s.group.attrs.get("shared") for s in shares)
    # (…1169个事项实现了“不见面审批”，占比99.7%；…即办事项达647项，占比55.1%: no base named, parts counted in two
    # counters: properties of the items, which may overlap, not shown to be shares of one whole)
    units = [s.part.q.unit for s in shares if s.part is not None]
    unnamed = len(set(units)) > 1 and (
        not any(s.bases or s.group.attrs.get("base_words") for s in shares)
        # (查获假烟10676万支，占全省查获量的48%；查获…烟丝6401吨，占全省查获量的60.8%: two measures no one whole
        # is counted in, each of its own thing's whole, the same words naming both)
        or (
            all(s.part is not None and s.part.mention.kind == "count" for s in shares)
            and any(not counted_alike(a, b) for a, b in itertools.pairwise(units))
        )
    )
    sev = "info" if each_fits or own or shared or unnamed else rule.severity
    aside = (
        "（各项各自与基数相符，应是互有重叠）"
        if each_fits
        else "（“分别占”可指各自的总数）"
        if own
        else "（文中写明有重复计算的部分）"
        if shared
        else "（各项计数单位不同，未必同一基数）"
        if unnamed
        else ""
    )
    record(ctx, rule, rel, keys, sev, "shares of one base", extra={"one": Interval(1.0, 1.0)})
    emit(
        ctx,
        rule,
        sev,
        f"同一基数的各项占比之和为{fmt_number(total)}%（{terms}），超过100%{aside}",
        f"shares of one base add up to {fmt_number(total)}% ({terms}), more than 100%",
        [(s.rate, "rate") for s in shares],
        "≤ 100%",
        f"{fmt_number(total)}%",
    )


def _sum_of(n: int) -> Bin | Ref:
    node: Bin | Ref = Ref("r0")
    for k in range(1, n):
        node = Bin("+", node, Ref(f"r{k}"))
    return node
