"""Breakdowns: a total and its parts.

Recognised here:
  审结25件，其中维持8件，驳回7件…          a 其中 list (also 办理案件中，…)
  代表提出的52件建议中，A类33件，B类14件…   a figure whose clause ends in 中 opens the list after it
  6件（1件为书面审理结案）                   parts in brackets right after a figure
  以审级区分，一审…A份，二审…B份，再审…C份   a split by one dimension of a whole stated before it
Other phrasings state breakdowns too (enumeration.py: 分别为; sums.py: 共计; compound.py: P（Q）).

Reading a list: its parts are the figures after the marker in the sentence, in the unit of the first;
a figure named by a later step than the part before it (一审受案3839件，…，结案2823件; schemas/
structures.yaml `stages`) is nested in that part, not a sibling; a step after parts that name only kinds
(咨询类1160条、投诉类1859条，处理答复3055条) starts another dimension and ends the list. The total is the
figure before the marker that the parts can belong to: one whose words share the parts' noun (留言), or
one stated as a whole (共…), nearest first, and one the parts do not exceed when there is such a figure.

Roles: `total` (one fact), `parts` (facts); attrs `complete` ("yes": a last part named 其他/其余; "likely":
the parts share the total's head word; "no": they may be a selection, as 主要/前五… say), `marker`, and
`overlap` (each part comes with its own rate: attributes of the total that may overlap), `across` (a part
in each parallel ；-segment: each segment may still divide by its statuses), `branches` (parts that are one
branch of a step a sibling negates: 受理 beside 不受理, so a figure after the list is of the whole). The check
also reads completeness from the parts' shares or rates over the total adding up to 100%, and, when the
total and every part state their persons (N件M人), holds the persons to the same breakdown: one of the
two adding up exactly says the list is whole.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter

from ..cn_numerals import parse_cn_number
from ..expr import Bin, Interval, Ref, Relation, Sum, evaluate
from ..findings import SOFTER, Context, emit, env, name_en, name_zh, record
from ..frames import shared_words, subsequence_words
from ..intervals import fact_interval, fmt_like, fmt_number, scale_of, sums_exactly
from ..lazyre import lazy_compile
from ..model import Fact, Group
from ..reading import CLAUSE_END, MAX_PERIOD, SEGMENT_END, Reading
from ..rulepack import Rule
from ..tables import locate
from .partition import handled_at_once, sent_to_bodies, status_words, two_paths
from .persons import PERSON_UNITS, persons_of
from .share import OF_THE_WHOLE_AFTER_RE, share_fits, shares_cover
from .subset import own_total_before, parallel_after
from .wholes import enumerated_with
from .words import (
    ADD,
    ALL_INSTANCES_RE,
    AVERAGE_RE,
    CARRIED_IN_RE,
    CARRIED_PART_RE,
    CARRY_RE,
    CASE_UNITS,
    COMPARED_PRIOR_RE,
    FINDING_UNITS,
    GENERAL_UNITS,
    HEAD_UNITS,
    KEY_RE,
    LEVEL_UNITS,
    NEW_ONLY_RE,
    NOW_WORDS,
    OPENING_MARKS,
    PRIOR_FIGURE_RE,
    PUBLISHED_UNITS,
    RESPECTIVE_RE,
    TOTAL_WORDS_RE,
    WHOLE_AREA_RE,
    YEAR_RE,
    Words,
    carry_left_out,
    counted_alike,
    court_level,
    instance_of_sentence,
    load_words,
    members_named,
)

KIND = "breakdown"
AFTER = ("enumeration",)  # 分别为 names the figures a 其中 list may take as its total

# 其中, and "among the cases" (办理案件中，决定维持…): both introduce the parts of a total stated before
# (every alternative begins with a literal character: re then scans for the first characters in C,
# where a lookahead or a group up front has it try the whole pattern at every position of the text)
_BREAKDOWN_RE = re.compile(
    "其中|"
    + "当中(?<=[，,。；;]当中)|"  # (…共5323宗投诉，当中逾2550宗: Hong Kong's 其中, opening its clause)
    + "|".join(
        f"{w}中" + r"(?=[，,：:]|有\d|[\u4e00-\u9fff]{1,6}类)"  # (838件代表建议中有820件…)
        for w in (
            "案件",
            "案子",
            "纠纷",
            "申请",
            "诉求",
            "信件",
            "提案",
            "建议",
            "收案",
            "结案",
            "举报",
            "投诉",
            "工单",
        )
    )
    # 在已结案件中撤销9件… / 在检举控告类信访举报件中，违纪行为37件… / 在已公开信息当中…
    + r"|在[^，,。；;\d]{0,12}?(?:案件|案子|纠纷|申请|诉求|信件|建议|提案|信息|工单|事项|事件|指标|举报件|信访件)[当之]?中"
)
# Markers read apart, each led by a literal: added to the alternation above, they cost it its fast scan
# (a pattern of literal-led branches only; 5× the time on the benchmark corpus)
_MORE_MARKERS = tuple(
    re.compile(p)
    for p in (
        # 新增主动公开政府信息130条，具体包括…年报1条，机构职能1条…
        r"具体包括[：:]?",
        # 全省…查处案件共176件。具体为：1-3月共计32件；4月共计32件…: the pieces of the count just stated (the
        # lookbehind after 具体, as in the markers below: led by a literal, re finds it in C, not trying the
        # lookbehind at every position of the text)
        r"具体(?<=[。，,]具体)(?:情况)?[为是][：:]?(?=[^。；;\d]{0,12}\d)",
        r"主要包括[：:]?",
        # 发布各类信息452条，分别是案件报导182条、便民利民63条、会议活动207条: the kinds of the count just stated
        r"分别(?<=[件条项个起宗例人名篇][，,]分别)[为是][：:]?(?=[^\d，,。；;：:]{1,12}\d)",
        # 受理的15280起法律援助案件，包括10813起民事案件，4790起刑事案件…: the kinds of the count of the clause before
        # (or of the segment before: 受理1655件，其中大冶市573件…；包括咨询1127件、求助257件…, another dimension of it)
        r"包括(?<=[，,；;]包括)[：:]?(?=[^，,。；;：:\d]{0,12}\d)",
        # 主动公开政府信息总数171条：基层政务公开领域信息124条，工作动态34条…: a colon right after a count
        r"：(?<=[件条项个起宗例人名]：)(?=[^\d，,。；;：:]{1,20}\d)",
        r":(?<=[件条项个起宗例人名]:)(?=[^\d，,。；;：:]{1,20}\d)",
        # 商品消费126件，涉及商品质量类41件，计量类15件…: the kinds of the count just stated (right after a
        # count of things: not …6份，涉及违规事项41件, nor …调解成功率98%，涉及当事人8947人)
        r"涉及(?<=[件条项个起宗例][，,]涉及)(?=[^，,。；;：:\d]{1,10}\d)",
        # 住房保障类(793件,占比17.36%)。主要涉及物业管理390件、房屋建设226件…: what the count just stated is mostly
        # made of (a list that may leave some out: 主要)
        r"主要涉及(?<=[。，,；;)）]主要涉及)[：:]?(?=[^，,。；;：:\d]{1,10}\d)",
        # 受理复议案件73件，审理结果是维持46件，驳回7件…: the outcomes of the cases just counted
        r"结果[是为](?<=[件宗起][，,][审办处]理结果[是为])[：:]?(?=[^\d，,。；;：:]{1,8}\d)",
        # 依申请信息公开办理有69件，均为自然人申请。办理结果如下：予以公开35件；…: the outcomes of the count before
        r"如下(?<=[。，,；;][办处]理结果如下)[：:]?(?=[^\d，,。；;：:]{1,20}\d)",
        # 审结诉讼案件108件…。结案方式为判决54件，调解12件，撤诉22件，其他20件: the ways the cases concluded ended
        r"方式(?<=[结]案方式|[审办执]结方式)(?:主要)?[为是有]?[：:]?(?=[^\d，,。；;：:]{1,8}\d)",
    )
)


def _counts_its_heading(r: Reading, f: Fact) -> bool:
    """Is a bracketed figure the count of the words right before its bracket (住房保障类(793件,占比17.36%)), not
    a part of a figure before it (受理755件(含旧存280件))?"""
    opening = f.start - 1
    return (
        r.norm[opening : f.start] in ("（", "(")
        and "\u4e00" <= r.norm[opening - 1 : opening] <= "\u9fff"
        and not r.facts_between(r.clause_start(opening), opening)
    )


def _named_set(r: Reading, words: str, upto: int) -> Fact | None:
    """The last count before `upto` (within a period's reach) named by these words and more than its head
    noun (一审案件, for 一审案件中，…), if any."""
    if len(words) < 4 or not _NAMED_SET_RE.fullmatch(words):
        return None
    for g in reversed(_counts(r.facts_between(max(0, upto - MAX_PERIOD), upto))):
        if r.frame(g).label.endswith(words):
            return g
    return None


_NAMED_SET_RE = re.compile(r"[\u4e00-\u9fff]{4,12}")
_LAST_CLAUSE_RE = re.compile(r"[，,、：:；;]")


def _markers(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Every list marker in text[start:end], in order."""
    end = len(text) if end is None else end
    found = list(_BREAKDOWN_RE.finditer(text, start, end))
    for pattern in _MORE_MARKERS:
        found += pattern.finditer(text, start, end)
    return sorted(found, key=lambda m: m.start()) if len(found) > 1 else found


# a list pairing its figures with the wholes before, in order
_RESPECTIVELY_RE = re.compile(r"[，,：:]?\s*分别")
_QIZHONG = ("其中", "当中")  # the markers of a list of parts of the figure before
_HEADING_RE = re.compile(r"[，,]?([^，,。；;：:\d]{2,10})[：:]")  # 其中转办事项：…
_TABLE_MARKERS = ("合计列", "合计行", "总计行")  # breakdowns a table states (structures/table.py)
# why a list reads as whole (attr `whole_by`), as a finding says it when the parts fall short
_WHOLE_WHY = {
    "remainder": ("列到了“其他”，分项已列全", "the list ends with its remainder (其他)"),
    "complement": ("各项是互补的类别，分项已列全", "the parts are complementary kinds"),
    "named": ("总数的名称即各项合称，分项已列全", "the total is named as the parts together"),
    "kinds": ("列出的项数与总数所述的类数相同，分项已列全", "as many parts as the kinds the total names"),
    "shares": ("各项占比合计100%，分项已列全", "the parts' shares add up to 100%"),
    "paths": (
        "两项是同一批事项的两条去路（如直接办理或转派、案前调解或立案），合起来应为总数",
        "the two are the paths each one of them takes",
    ),
    "handlers": (
        "各项是分别交由各承办单位办理的件数，合起来应为总数",
        "each is the number one of the bodies named handles",
    ),
    "classification": (
        "各项涵盖了这一分类的全部常见类别，合起来应为总数",
        "the parts name every usual kind of one classification",
    ),
    "years": (
        "各项是所述年份逐年的数字，合起来应为总数",
        "the parts are the years of the stated span, each in turn",
    ),
    "paired": (
        "各项的件数或人数之一正好合计为总数，分项已列全",
        "the parts' cases or persons add up exactly",
    ),
}
# the reasons that make a list only likely whole: what the text says leaves room for a part it does not name
LIKELY_WHOLE = frozenset({"paths", "handlers", "classification"})
# 以审级区分，/ 按地区划分：/ 从案件类型看，: the figures after it split a whole stated before it
_DIMENSION_RE = re.compile(
    r"(?:以|按照|按|从)(?:[\u4e00-\u9fff]{2,6}的)?[\u4e00-\u9fff]{1,8}?(?:区分|划分|分类|来看|看|分)[，,：:]"
    r"|(?<![部充过十成])分[\u4e00-\u9fff]{2,4}?(?:来看|看)[，,：:]"  # (分行业来看，)
)
# 将307名…吸纳到人民调解队伍中，…: moved into a body, not "among them"
_INTO_RE = re.compile(r"(?:到|入|进|在)[\u4e00-\u9fff]{1,12}中$")
_INSIDE_RE = re.compile(
    r"(?![^，,；;。：:、\d]{0,12}?正在)[^，,；;。：:、\d]{0,12}中的"
)  # (not …7起、正在整改中的10起: in progress, the next item)
# 较上期相比减少41件: a change, never the total of a list
# (…比上年同期687件少268件: the difference from a prior figure, right after it, is no part either)
# (较 of a comparison, 较上年; not of a degree, 收案较多的有…635件: the items a ranking lists)
_CHANGE_RE = re.compile(
    r"较(?![多少高低大小])|比上|比去年|比\d{4}年|同比|环比|增加(?!值)|减少|增长|下降|上升|降低|提高|增收(?!节支)|减收|增支|减支|"
    r"日均|月均|平均|人均|"
    r"\d[^\d，,；;。]{0,2}[少多]了?$"
)


def recognise(r: Reading) -> list[Group]:
    words = load_words()
    groups: list[Group] = []
    by_id = {f.id: f for f in r.facts}
    parent_of: dict[str, Fact] = {}  # a part of a list found so far → its total
    for m in _markers(r.norm):
        if r.has_tables and (locate(r.text, m.start()) is not None or _on_a_table_line(r.norm, m.start())):
            continue  # a row 其中:餐饮具 of a table, or a header 其中:1类 | 2类: read by its rows and columns (table.py)
        # (segments that each state the measures again split each figure, before 其中 opening a sentence is read
        # as a part of each: …检查企业29家次，发现各类隐患165条…。其中：非煤矿山行业检查企业16家次…；危险化学品行业…)
        parallel = _parallel_segments(r, m)
        if parallel is not None:
            groups.extend(parallel)
            continue
        if parallel_after(r, m.start()):
            continue  # 提起诉讼2.5万件。其中，…提起诉讼1.5万件: a part of each figure before (subset.py)
        group = _marked_list(r, words, m, parent_of)
        if group is not None:
            groups.append(group)
            more = group.attrs.pop("more", None)
            if isinstance(more, list):
                groups.extend(more)  # (the lists of the other wholes side by side: _wholes_side_by_side)
            pair = group.attrs.pop("pair", None)
            if pair is not None:  # (the second column of a pair of totals: 受理和审结…77463件和74200件)
                partner, column = pair
                groups.append(
                    Group(
                        kind=KIND,
                        facts={"total": [partner], "parts": list(column)},
                        span=(by_id[partner].start, by_id[column[-1]].end),
                        attrs={
                            k: v for k, v in group.attrs.items() if k in ("complete", "marker", "whole_by")
                        },
                    )
                )
            parent_of.update((q, by_id[group.facts["total"][0]]) for q in group.facts["parts"])
            for other in _other_steps(r, words, m, group, by_id) + _more_dimensions(
                r, words, m, group, by_id
            ):
                groups.append(other)
                parent_of.update((q, by_id[other.facts["total"][0]]) for q in other.facts["parts"])
    for f in r.facts:
        group = _among_list(r, words, f)
        if group is not None:
            groups.append(group)
    listed_totals = {g.facts["total"][0] for g in groups}
    listed_parts = {p for g in groups for p in g.facts["parts"]}
    for m in _DIMENSION_RE.finditer(r.norm):
        # (…事故107起、死亡86人、受伤39人…从类别上看，道路运输…事故76起、死亡57人…；工矿商贸…29起、死亡26人…: each
        # segment after the key states the measures again, a part of each)
        parallel = _parallel_segments(r, m, keyed=True)
        if parallel:
            listed_parts.update(p for g in parallel for p in g.facts["parts"])
            groups.extend(parallel)
            continue
        # (按照审理程序划分，共有二审案件24件…。按照客体类型划分，…: the 24 opens the first list, no whole)
        group = _dimension_list(r, words, m, listed_totals, listed_parts, parent_of)
        if group is not None:
            listed_parts.update(group.facts["parts"])
            groups.append(group)
    groups.extend(_bracketed_parts(r))
    groups.extend(_excepted(r))
    listed_parts = {p for g in groups for p in g.facts["parts"]}
    groups.extend(_kinds_listed_after(r, listed_parts))
    # (女性起诉人数超越男性的1.5倍。其中，…女性比重是男性的6倍多: multiples are ratios of two figures, no counts that
    # add up)
    groups = [
        g
        for g in groups
        if not any(by_id[i].q.unit in _MULTIPLES for i in (*g.facts["total"], *g.facts["parts"]))
    ]
    for g in groups:
        branches = _branches(r, words, [by_id[p] for p in g.facts["parts"]])
        if branches:
            g.attrs["branches"] = branches
    return groups


_MULTIPLES = frozenset({"倍"})

# 除7个尚在继续整改外 / 除了100宗自行纠正外: the figures set apart from the whole before them
_EXCEPT_RE = re.compile(r"除(?:了)?[^，,。；;：:\d]{0,12}?(?=\d)")  # (除因符合不予公开情形的20起…外)
_EXCEPT_END_RE = re.compile(r"[^，,。；;：:\d]{0,16}?外[，,]?")


def _on_a_table_line(norm: str, pos: int) -> bool:
    """Is `pos` on a line of a table's bars (two or more |)?"""
    lo = norm.rfind("\n", 0, pos) + 1
    hi = norm.find("\n", pos)
    return norm.count("|", lo, hi if hi >= 0 else len(norm)) >= 2


def _excepted(r: Reading) -> list[Group]:
    """5个专项审计查出的46个问题，除7个尚在继续整改外，其余均已整改到位 / 违法案件中，除100宗自行纠正外，立案调查719宗:
    the figure set apart by 除…外 is some of the count right before it in its sentence, and so, with it, is the
    count of its unit that the sentence goes on to (what was done to the rest): together at most that whole."""
    if "除" not in r.norm:
        return []
    out: list[Group] = []
    for m in _EXCEPT_RE.finditer(r.norm):
        sentence = r.period_span(m.start())
        inside = [f for f in r.facts_between(m.end(), sentence[1]) if f.start == m.end()]
        if not inside or inside[0].mention.kind != "count":
            continue
        part = inside[0]
        end = _EXCEPT_END_RE.match(r.norm, part.end)
        if end is None:
            continue
        before = [
            f
            for f in _counts(r.facts_between(sentence[0], m.start()))
            if counted_alike(f.q.unit, part.q.unit)
        ]
        if not before:
            continue
        whole = before[-1]
        # (the rest's count, in the exception's segment)
        seg = SEGMENT_END.search(r.norm, end.end(), sentence[1])
        after = [
            f
            for f in _counts(r.facts_between(end.end(), seg.start() if seg else sentence[1]))
            if counted_alike(f.q.unit, part.q.unit)
        ]
        parts = [part, *after[:1]]
        out.append(
            Group(
                kind=KIND,
                facts={"total": [whole.id], "parts": [p.id for p in parts]},
                span=(whole.start, parts[-1].end),
                attrs={"complete": "no", "marker": "除外"},
            )
        )
    return out


def _same_thing(words: Words, label: str, before: str) -> bool:
    """Do two labels name one thing at two steps (一般程序立案 / 一般程序结案)?"""
    a, b = (
        words.stage_re.sub("", label).strip("已共计为的了"),
        words.stage_re.sub("", before).strip("已共计为的了"),
    )
    return len(a) >= 2 and a == b


# a status still under way (受理中, 办理中, 正在处理): no later step is nested in it
_STILL_UNDER_WAY = r"\s*(?:正在|尚在|仍在)"
_UNDER_WAY_RE = lazy_compile(r"[\u4e00-\u9fff]中\s*$|^" + _STILL_UNDER_WAY)
_STILL_UNDER_WAY_RE = re.compile(_STILL_UNDER_WAY)  # (words after a figure: 1件正在办理中)


def _branches(r: Reading, words: Words, parts: list[Fact]) -> list[str]:
    """The parts that are one branch of a step whose other branch a sibling names by its negation (受理269件
    beside 不受理232件): a figure after the list is of the whole, not of the branch (steps.py, the engine)."""
    labels = [(p.id, r.frame(p).label) for p in parts]
    out = []
    for pid, label in labels:
        step = words.step_word(label)
        if step and any(q != pid and ("不" + step in other or "不予" + step in other) for q, other in labels):
            out.append(pid)
    return out


_COLON_KIND_RE = re.compile(r"([\u4e00-\u9fff]{1,8}类)[\u4e00-\u9fff]{0,4}\s*[：:]\s*$")
_KINDS_LISTED_LEAST = 3


def _kinds_listed_after(r: Reading, listed: set[str]) -> list[Group]:
    """共受理工单2848件。投诉类工单：1136件；咨询类：482件；求助类：1210件；…: a sentence that only lists kinds
    (X类：N件), right after a sentence closing with a count in their unit, lists kinds of that count (how many
    kinds there are is not said: the parts are at most the whole)."""
    groups: list[Group] = []
    if "类" not in r.norm or not (":" in r.norm or "：" in r.norm):
        return groups  # (a fast test)
    facts = r.facts
    i = 0
    while i < len(facts):
        f0 = facts[i]
        if f0.mention.kind != "count" or not _COLON_KIND_RE.search(r.norm, max(0, f0.start - 14), f0.start):
            i += 1  # (a fast test: the run's first count, as every one of it, follows X类：)
            continue
        period = r.period_span(f0.start)
        run = [f for f in r.facts_between(*period) if f.mention.kind == "count"]
        if (
            len(run) < _KINDS_LISTED_LEAST
            or run[0] is not facts[i]
            or any(not _COLON_KIND_RE.search(r.norm, max(period[0], f.start - 14), f.start) for f in run)
        ):
            i += 1
            continue
        i = r.fact_index().position[id(run[-1])] + 1
        prev = (
            [f for f in r.facts_between(*r.period_span(period[0] - 1)) if f.mention.kind == "count"]
            if period[0]
            else []
        )
        if not prev or r.seg.paragraph_at(prev[-1].start) is not r.seg.paragraph_at(period[0]):
            continue
        total = prev[-1]
        if r.norm[total.end : period[0]].strip(" 。") or any(f.id in listed for f in run):
            continue  # (the count must close its sentence; a part of a list already read is not another's)
        if not all(_same_counter(f.q.unit, total.q.unit) for f in run):
            continue
        groups.append(
            Group(
                kind=KIND,
                facts={"total": [total.id], "parts": [f.id for f in run]},
                span=(total.start, run[-1].end),
                attrs={"complete": "no", "marker": "类"},
            )
        )
    return groups


# what a total in the general counter may break down into (50件案件: 接通电话47个、停机2个)
_ITEM_UNITS = ("个", "条", "项", "宗", "起", "例", "次", "份")


def _unit_fits(total: str, part: str) -> bool:
    # (在册矫正对象167名，其中管制5人，缓刑114人…: 名 and 人 count the same persons; 共接听532次。其中：政策咨询341件
    # …: the calls, each an item of the list, counted in the general counter; not 个, of bodies and places)
    return (
        total == part
        or (total in GENERAL_UNITS and part in _ITEM_UNITS)
        or (part in GENERAL_UNITS and total in _ITEM_UNITS and total != "个")
        or {total, part} == _PERSONS
        or {total, part} <= set(PUBLISHED_UNITS)  # (发布信息306条，其中政府工作报告1篇…)
        or {total, part} <= set(FINDING_UNITS)  # (整改483项次，其中：查处重大事故隐患86项)
        or (total, part) == ("件次", "件")  # (来信来访1874件次，其中初信初访1321件，重信重访553件)
    )


_PERSONS = {"人", "名"}


def _steps_of(r: Reading, words: Words, facts: list[Fact]) -> dict[str, Fact]:
    """The step each figure names (受理, 审执结), the last figure of each."""
    out: dict[str, Fact] = {}
    for f in facts:
        step = words.step_word(r.frame(f).label)
        if step is not None:
            out[step] = f
    return out


def _after_merging(r: Reading, total: Fact) -> Fact:
    """共立案133件，并案处理后为123件: what the merging left is what a later list of the proposals counts."""
    m = _MERGED_AFTER_RE.match(r.norm, total.end)
    if m is None:
        return total
    after = next((f for f in r.facts_between(m.end(), m.end() + 12) if f.mention.kind == "count"), None)
    return after if after is not None and after.start == m.end() and after.q.unit == total.q.unit else total


_MERGED_AFTER_RE = re.compile(r"[，,]\s*(?:经)?(?:并案|合并)[^，,。；;\d]{0,6}后(?:为|共|剩|计)?\s*")


def _intake_before(r: Reading, carry: Fact) -> Fact | None:
    """The intake stated right before a carry-over, in its sentence and unit (收到申请12件，上年结转1件)."""
    before = [
        f for f in r.facts_between(r.period_span(carry.start)[0], carry.start) if f.mention.kind == "count"
    ]
    if not before or before[-1].q.unit != carry.q.unit or CARRY_RE.search(r.frame(before[-1]).label):
        return None
    intake = before[-1]
    gap = r.norm[intake.end : carry.start]
    return intake if len(gap) <= _CARRY_GAP and not SEGMENT_END.search(gap) else None


_CARRY_GAP = 16  # characters between an intake and the carry-over stated with it


def _in_segment(r: Reading, facts: list[Fact], pos: int) -> list[Fact]:
    """The figures after the last ； before `pos` in its sentence (…转办13件；接收…15件；接听群众来电8947个，其中:
    only the 8947; all of the sentence before when the list opens its own)."""
    start = r.period_span(pos)[0]
    cut = r.last_segment_end(start, pos)
    return [f for f in facts if f.start > cut]


def _other_steps(
    r: Reading, words: Words, m: re.Match[str], group: Group, by_id: dict[str, Fact]
) -> list[Group]:
    """全市法院共受理案件18.47万件，审执结16.97万件，…其中，市中院受理案件14061件，审执结13317件: after figures of
    several steps, the list's figures named by another step than its total's are parts of that step's figure."""
    if m.group() not in _QIZHONG:
        return []
    period = r.period_span(m.start())
    total = by_id[group.facts["total"][0]]
    lo = (
        period[0] if total.start >= period[0] else r.period_span(total.start)[0]
    )  # (a list opening its sentence)
    # (of the total's kind: 结案32825件, not 结案标的额115亿元 after it; not a change: 结案增加34件)
    alike = [
        f
        for f in _counts(r.facts_between(lo, m.start()))
        if f.mention.kind == total.mention.kind and not _CHANGE_RE.search(r.lead(f))
    ]
    steps = _steps_of(r, words, _in_segment(r, alike, m.start()))
    if len(steps) < 2 or total not in steps.values():
        return []
    listed = set(group.facts["parts"])
    found: dict[str, list[Fact]] = {}
    # (审结 and 执结 in the list, 结案 before it: one step in other words, when no other figure is of it)
    stages = Counter(words.stage(step) for step in steps)
    by_stage = {words.stage(step): step for step in steps if stages[words.stage(step)] == 1}
    # (in the ；-segments up to one with a list of its own)
    cuts = [m.end(), *(x.end() for x in SEGMENT_END.finditer(r.norm, m.end(), period[1])), period[1]]
    spans: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(cuts):
        if spans and "其中" in r.norm[a:b] and not any(a <= by_id[p].start < b for p in listed):
            break  # (…；开展民事…监督，依法提出抗诉614件，…其中改判161件: a subject with a list of its own)
        spans.append((a, b))
    for g in _counts(r.facts_between(m.end(), period[1])):
        if not any(a <= g.start < b for a, b in spans):
            continue
        step = words.step_word(r.frame(g).label)
        if step is not None and step not in steps:
            step = by_stage.get(words.stage(step), step)
        whole = steps.get(step) if step is not None else None
        if whole is None or whole is total or g.id in listed or not _unit_fits(whole.q.unit, g.q.unit):
            continue
        if not _same_counter(g.q.unit, whole.q.unit) and g.q.value > whole.q.value:
            continue  # (收到代表建议97件…，发出并收回办理工作征求意见表288份: forms, more than the proposals)
        if r.bracketed(g, period[1]):
            continue  # 结案440件，…(调解结案211件，…): a part of the part before the bracket
        found.setdefault(step, []).append(g)  # type: ignore[arg-type]
    # a part of another step for each part of the list, the list adding up exactly: that step's parts are
    # whole too (受理刑事案件1501件，审结1441件；…；受理执行案件11108件，执结9778件 of 受理37943件 and 结案32825件)
    main = [by_id[p] for p in group.facts["parts"]]
    paired = sums_exactly(total, main)
    return [
        Group(
            kind=KIND,
            facts={"total": [steps[step].id], "parts": [p.id for p in parts]},
            span=(steps[step].start, parts[-1].end),
            attrs={"complete": "likely" if paired and len(parts) == len(main) else "no", "marker": "其中"},
        )
        for step, parts in found.items()
    ]


def _first_whole_segment(r: Reading, words: Words, total: Fact, parts: list[Fact]) -> list[Fact]:
    """其中，城镇人口54715人，乡村人口57920人；男性人口57753人，女性人口54882人: a list whose first ；-segment is the whole
    by a closed set, and whose rest is too, is two dimensions of the total: the first here, the rest after it
    (_more_dimensions)."""
    seg = SEGMENT_END.search(r.norm, parts[0].end, parts[-1].start) if len(parts) >= 4 else None
    if seg is None:
        return parts
    first = [p for p in parts if p.end <= seg.start()]
    rest = [p for p in parts if p.start >= seg.end()]
    whole = ("complement", "classification")
    if (
        len(first) >= 2
        and len(rest) >= 2
        and _whole_by(r, words, total, first, [status_words(r, p) for p in first]) in whole
        and _whole_by(r, words, total, rest, [status_words(r, p) for p in rest]) in whole
    ):
        return first
    return parts


def _more_dimensions(
    r: Reading, words: Words, m: re.Match[str], group: Group, by_id: dict[str, Fact]
) -> list[Group]:
    """共调处矛盾纠纷53件。其中重大案件4件，一般案件49件；婚姻家庭纠纷16件，…其他纠纷18件；调解成功49件，不成功4件:
    the ；-segments after a 其中 list, in its sentence, each of counts of the total's unit only, that the text
    says are whole (closed by the rest, complementary statuses) are other dimensions of the same total.
    (A segment the text does not say is whole may be of another subject: left alone.)"""
    if m.group() not in _QIZHONG:
        return []
    total = by_id[group.facts["total"][0]]
    last = by_id[group.facts["parts"][-1]]
    period = r.period_span(m.start())
    out: list[Group] = []
    now = _NOW_AFTER_RE.match(r.norm, last.end)
    if now is not None:
        # 下发工单6件，其中特殊人员管理预警6件，目前5件已办结完成，1件正在处理中: the state now, whole when the statuses
        # are (complementary, or closed by the rest)
        stop = SEGMENT_END.search(r.norm, now.end(), period[1])
        figures = r.facts_between(now.end(), stop.start() if stop else period[1])
        if len(figures) >= 2 and all(
            f.mention.kind == "count" and _same_counter(f.q.unit, total.q.unit) for f in figures
        ):
            labels = [status_words(r, f) for f in figures]
            if _whole_by(r, words, total, figures, labels) in ("remainder", "complement"):
                out.append(_group(r, words, total, figures, "其中", ""))
    seg = SEGMENT_END.search(r.norm, last.end, period[1])
    while seg is not None:
        nxt = SEGMENT_END.search(r.norm, seg.end(), period[1])
        end = nxt.start() if nxt else period[1]
        # (its rates aside: 调解成功49件，不成功4件，调解成功率92%)
        figures = [f for f in r.facts_between(seg.end(), end) if f.mention.kind != "percent"]
        if len(figures) < 2 or any(
            f.mention.kind != "count" or not _same_counter(f.q.unit, total.q.unit) for f in figures
        ):
            break
        if _SUBLIST_RE.search(r.norm, seg.end(), end) or "其中" in r.norm[seg.end() : end]:
            # …；服务消费40件，涉及商品质量类2件，…其他15件 / …；市本级办件数量为9651件，其中…: another part (or
            # scope) with its own list
            break
        if _itemises_its_first(figures):
            # …；存在环保问题企业34家，已整改27家，其余7家…: the segment's first figure is a part of the total, the rest
            # its own statuses (they add up to it), no other dimension of the total
            seg = nxt
            continue
        labels = [status_words(r, f) for f in figures]
        # (only what the segment itself says: not the total's name, 建议、提案共有20件，其中…；重点建议1件，重点提案1件)
        if _whole_by(r, words, total, figures, labels) in ("remainder", "complement"):
            out.append(_group(r, words, total, figures, "其中", ""))
        seg = nxt
    return out


def _parallel_segments(r: Reading, m: re.Match[str], keyed: bool = False) -> list[Group] | None:
    """批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元。其中：县直各部门批复指标39.41亿元，已用指标33.79亿元，
    预算结余5.62亿元；各乡镇批复指标11.49亿元，已用指标7.94亿元，…: ；-segments after 其中 that each state again
    the measures of the figures before it (matched by the words their names end with) split each of those
    figures, a part in each segment; None when the segments are not so (a plain list). A measure every
    segment states is whole when another such measure adds up exactly (the segments are all the scopes).
    `keyed`: after a key (从类别上看，) rather than 其中."""
    if m.group() not in _QIZHONG and not keyed:
        return None
    pos = m.start()
    period = r.period_span(pos)
    opened = max(r.norm.rfind("（", period[0], pos), r.norm.rfind("(", period[0], pos))
    if opened >= 0 and max(r.norm.rfind("）", opened, pos), r.norm.rfind(")", opened, pos)) < 0:
        return None  # (发现各类隐患134条(其中发现重大安全隐患14条)，…: a bracket's list, of the figure before it)
    head = _in_segment(r, _counts(r.facts_between(period[0], pos)), pos)
    if keyed and len(head) < 2:
        return None  # (a key opening its sentence: the whole it divides is found by _dimension_list)
    cut = r.last_segment_end(period[0], pos)
    if (
        not head
        and cut >= 0
        and not r.norm[cut + 1 : pos].strip()
        and r.norm.rfind("其中", period[0], cut) < 0
    ):
        # (抽检62715批次，合格62589批次，不合格126批次，合格率99.80%；其中蔬菜61204批次，合格61090批次…: a 其中 opening
        # a ；-segment splits the figures of the segment before)
        head = _in_segment(r, _counts(r.facts_between(period[0], cut)), cut)
    if not head and period[0] > r.seg.paragraph_at(pos).start:
        prev = r.period_span(period[0] - 1)
        cut = r.last_segment_end(*prev)
        head = [f for f in _counts(r.facts_between(*prev)) if f.start > cut]
    if len(head) < 2:
        return None
    cuts = [x.end() for x in SEGMENT_END.finditer(r.norm, m.end(), period[1])]
    bounds = list(zip([m.end(), *cuts], [c - 1 for c in cuts] + [period[1]], strict=True))
    if len(bounds) < 2:
        return None
    heads = [(h, r.frame(h).label) for h in head]
    segments: list[dict[str, Fact]] = []
    for s, e in bounds:
        found: dict[str, Fact] = {}
        counts = _counts(r.facts_between(s, e))
        for f in counts:
            h = _same_measure(r.frame(f).label, f, heads)
            if h is not None and h.id not in found:
                found[h.id] = f
        if found:
            # (…事故共发生29起、死亡26人 beside 生产安全事故107起、死亡86人; 塑料大棚18282个，面积12057亩 beside
            # 设施18373个，面积12449.6亩: beside a measure named again, a figure in the one unit only one figure before
            # has is of that one; not 提起公诉380件455人 beside 审结481件581人, where no name is stated again)
            for h, _ in heads:
                if h.id in found or sum(g.q.unit == h.q.unit for g, _ in heads) > 1:
                    continue
                alike = [
                    f
                    for f in counts
                    if f.q.unit == h.q.unit
                    and f.mention.kind == h.mention.kind
                    and f not in found.values()
                    and not _CHANGE_RE.search(r.lead(f))
                ]
                if len(alike) == 1:  # (not 对3579家…企业检查…，对54家…企业行政处罚: which of the two, unsaid)
                    found[h.id] = alike[0]
        if not counts:
            continue  # (；烟花爆竹企业未开展执法检查；: a scope with nothing to count)
        if not found:
            return None  # (a segment of other figures: no parallel statement)
        segments.append(found)
    if sum(len(found) >= 2 for found in segments) < 2:
        return None  # (the figures before and one of each segment alike: a plain list)
    by_head = {h.id: [seg[h.id] for seg in segments if h.id in seg] for h in head}
    every = {hid for hid, parts in by_head.items() if len(parts) == len(segments)}
    exact = {
        h.id
        for h in head
        if h.id in every
        and h.q.qualifier == "="
        and abs(sum(p.q.value for p in by_head[h.id]) - h.q.value) <= 1e-9 * max(1.0, h.q.value)
    }
    groups = []
    # (救助未成年人146人，发放救助金270.56万元；救助困难妇女160人…: groups of people that overlap, and so their amounts)
    overlapping = load_words().overlapping_re
    overlap = any(
        p.q.unit in PERSON_UNITS and overlapping.search(r.frame(p).label)
        for parts in by_head.values()
        for p in parts
    )
    for h in head:
        parts = by_head[h.id]
        if len(parts) < 2:
            continue
        whole = h.id in every and bool(exact - {h.id}) and not overlap
        # (across: each segment's figures may still divide among themselves, by status: partition.py)
        attrs: dict[str, object] = {"complete": "likely" if whole else "no", "marker": "其中", "across": True}
        if overlap:
            attrs["overlap"] = True
        groups.append(
            Group(
                kind=KIND,
                facts={"total": [h.id], "parts": [p.id for p in parts]},
                span=(h.start, parts[-1].end),
                attrs=attrs,
            )
        )
    return groups


def _same_measure(label: str, f: Fact, heads: list[tuple[Fact, str]]) -> Fact | None:
    """The figure before a 其中 whose name ends with the same words as this one's, the longest such ending
    (批复指标 in 县直各部门批复指标 and 当年预算批复指标; not 指标 alone, shared by two), in a unit alike."""
    best: list[tuple[int, Fact]] = []
    for h, hl in heads:
        if h.q.unit != f.q.unit or h.mention.kind != f.mention.kind:
            continue
        n = 0
        while n < min(len(label), len(hl)) and label[-1 - n] == hl[-1 - n]:
            n += 1
        # (a name the same word for word beats one it only ends alike: 合格 is 合格, not 不合格)
        best.append((n + (label == hl and n >= _MEASURE_WORDS), h))
    best.sort(key=lambda x: -x[0])
    if not best or best[0][0] < _MEASURE_WORDS or (len(best) > 1 and best[1][0] == best[0][0]):
        return None
    return best[0][1]


_MEASURE_WORDS = 2  # characters a name must end with in common to state the same measure


def _counter_fits(total: Fact, parts: list[Fact]) -> bool:
    """A total in 个 over parts in 件 (接听群众来电8947个，其中转办2274件): both are general counters, but
    个 also counts places and bodies (四个区、县，其中东兴市受理838件…): taken only when it holds each part (not
    their sum: a slip in a part that makes them exceed it is what the list is read to find)."""
    unit = parts[0].q.unit if parts else ""
    return total.q.unit == "个" and unit in GENERAL_UNITS and all(total.q.value >= p.q.value for p in parts)


def _counts(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if f.mention.kind != "percent"]


# 在环境违法案件中: the kind the words before the noun name (环境违法)
_AMONG_KIND_RE = re.compile(
    r"在(?:全部|所有|各类)?([\u4e00-\u9fff]{2,8}?)的?(?:案件|纠纷|事项|信件|举报件|信访件)中"
)

# the parties a count of cases involves (涉及企业1715个, 涉及当事人…), not kinds of the cases
_PARTIES_RE = re.compile(r"(?:企业|单位|部门|政府|当事人|群众|人员|主体|商户|经营者|家庭|农民工|劳动者)")


def _one_subset(r: Reading, pos: int, period: tuple[int, int]) -> Group | None:
    """The count right before 对其中 and the first count after it, in its unit: a subset of it (attr `subset`)."""
    before = _counts(r.facts_between(period[0], pos))
    after = _counts(r.facts_between(pos, period[1]))
    if not before or not after or not counted_alike(before[-1].q.unit, after[0].q.unit):
        return None
    total, part = before[-1], after[0]
    attrs: dict[str, object] = {"complete": "no", "marker": "其中", "subset": True}
    return Group(
        kind=KIND, facts={"total": [total.id], "parts": [part.id]}, span=(total.start, part.end), attrs=attrs
    )


_INVOLVES_RE = re.compile(r"[，,]?\s*涉及")  # (a marker's list opening with 涉及: what the whole involves)


def _marked_list(r: Reading, words: Words, m: re.Match[str], parent_of: dict[str, Fact]) -> Group | None:
    """其中 / 案件中，: the parts after the marker, the total before it."""
    pos = m.start()
    period = r.period_span(pos)
    if m.group() in _QIZHONG and r.norm[pos - 1 : pos] == "对":
        # 共清理文件675033件，对其中现行有效的97504件，经清理，保留46236件…: one subset, then what was done with it
        # (its statuses divide it: partition.py), no list of parts
        return _one_subset(r, pos, period)
    before = [f for f in _counts(r.facts_between(period[0], pos)) if not _threshold(r, f)]
    if own_total_before(r, pos):
        before = _in_segment(r, before, pos)  # …；市本级办件9651件，其中…: of its own segment's figure
    lo = period[0]
    keyed: Fact | None = None  # the whole a keyed list opening its paragraph divides again
    across = False  # the total is the last count of the paragraph before
    dim = _DIMENSION_RE.search(r.norm, period[0], pos)
    if dim is not None and not _counts(r.facts_between(dim.end(), pos)):
        # 从地域分布来看，主要集中在…，其中XX街道71人…: the dimension's list (_dimension_list); not 按照案件性质
        # 划分，共有行政案件641件，其中专利行政案件120件…: there 其中 breaks down the 641
        return None
    # (在受理群众诉求事件中，咨询类…: a marker opening its sentence may name the step itself)
    named_end = m.end() if m.group().startswith("在") else pos
    # (not a step a rate names: 办复率100%，其中予以公开…59件 is of the requests, not of a 办复 figure sections back)
    named_step = (
        words.step_word(r.norm[period[0] : named_end])
        if not before and not r.facts_between(period[0], named_end)
        else None
    )
    if named_step is not None:
        # 受理案件以市场监管领域为主，其中…: the words before 其中 name the step of the total (受理), stated
        # earlier in the section
        before = _named_step(r, named_step, period[0], level=court_level(r.norm, period[0], named_end))
        if not before and not r.facts_between(period[0], pos):
            # (本周，…平台承办、受理各类诉求中，在线直接答复…: the set its clause's words name, in a section before)
            said = _LAST_CLAUSE_RE.split(r.norm[period[0] : pos] + m.group()[:-1])[-1].strip()
            named_set = _named_set(r, said, period[0])
            if named_set is not None:
                lo, before = named_set.start, [named_set]
    elif not before:  # the list opens its sentence: the total closes the one before (same paragraph)
        # (not after a rate of its own subject: 教育、培训服务问题突出，同比增长73.71%，其中…: that whole unstated)
        if r.facts_between(period[0], pos):
            return None
        # (the words of its own clause: 本周，市12345在线平台承办、受理各类诉求中，… names 受理各类诉求)
        said = _LAST_CLAUSE_RE.split(r.norm[period[0] : pos] + m.group()[:-1])[-1].strip()
        named_set = _named_set(r, said, period[0])
        if named_set is not None:
            # …其中一审案件9件…。目前…开庭审理案件5件。一审案件中，注册登记类案件3件…: the set its words name
            lo, before = named_set.start, [named_set]
        elif period[0] <= r.seg.paragraph_at(pos).start:
            # 区长信箱共63件，其中区委书记信箱18件，区长信箱45件。⏎其中按信访目的分类：…: another dimension of the
            # whole the list before divided, named by its key
            last = _counts(r.facts_between(max(0, pos - 80), pos))
            whole = parent_of.get(last[-1].id) if last and _DIMENSION_RE.match(r.norm, m.end()) else None
            if whole is not None:
                lo, before, keyed = whole.start, [whole], whole
            elif period[0] > 0 and m.group() in _QIZHONG:
                # 445件建议已全部办结并答复代表。⏎其中，大会类建议436件，闭会类建议9件: the sentence before, in the
                # paragraph before, if the parts are of its noun (checked below)
                before = last[-1:]
                lo = before[0].start if before else pos
                across = True
            else:
                return None
        else:
            lo = r.period_span(period[0] - 1)[0]
            before = _counts(r.facts_between(lo, pos))
    # (其中涉及…384件，涉及…486件: a list whose parts each open with 涉及 goes on past them)
    parallel = r.norm.startswith("涉及", m.end()) or r.norm.startswith("，涉及", m.end())
    # (…检察建议115件，包括…99件，…16件；…51件: a 包括 after a part lists that part's own parts, _SUBLIST_RE)
    nxt = next(
        (
            x
            for x in _markers(r.norm, m.end(), period[1])
            if not (parallel and x.group() == "涉及") and not x.group().startswith("包括")
        ),
        None,
    )
    hi = nxt.start() if nxt else period[1]
    if nxt is not None and nxt.group() in _QIZHONG:
        hi = (
            _past_a_nested_list(r, words, m.end(), nxt, period[1])
            or _past_a_bracketed_list(r, nxt, period[1])
            or hi
        )
    own = _DIMENSION_RE.match(r.norm, m.end())  # (其中按信访目的分类：…: the list's own key)
    dim = _DIMENSION_RE.search(r.norm, own.end() if own else m.end(), hi)
    hi = dim.start() if dim else hi  # 其中：女性28人，男性183人；按类别分：…: another dimension's list
    hi = min(hi, r.bracket_close(m.start(), hi))  # 375件（其中…74件），有320件…: the parts end with it
    # (年末在校学生11504人，其中：少数民族在校学生5149人；全年毕业学生4760人: a statement of the year after the ；)
    frame = _NEW_FRAME_RE.search(r.norm, m.end(), hi)
    hi = frame.start() if frame else hi
    # (a figure in brackets is a part of the figure before the brackets: 受理755件(含旧存280件); one that
    # counts what the next figure of its clause is about is no part: 17个地市差评工单1249个)
    found = _counts(r.facts_between(m.end(), hi))
    cands = [
        f
        for k, f in enumerate(found)
        if not r.bracketed(f, hi)
        # (立案查处2件(全市共查处…56件，其中…)、现场整改1件: a bracket past the marker that the next marker cut)
        and not r.open_bracket(f.start) > m.end()
        and not (k + 1 < len(found) and _qualifies(r, f, found[k + 1], before))
        and not _threshold(r, f)  # (其中超过3万人的省有4个: the bound the 4 are above, no part)
        and not _CHANGE_RE.search(r.lead(f, 8))  # (…40293万人，比上年末增加2364万人: a change, no part)
        and not COMPARED_PRIOR_RE.search(r.lead(f))  # (新收案件1170件，与2021年同期新收1269件相比…)
    ]
    if not cands or not before:
        return None
    if (
        across
        and not (
            len(noun := _noun(r.frame(cands[0]).label)) == 2
            and noun not in _GENERIC_HEADS  # (案件, 事项: a noun of anything, no tie across a paragraph)
            and noun in r.norm[_named_from(r, words, before[-1], cands[0]) : pos]
        )
    ):
        return None  # (a paragraph that opens with 其中 of a figure of another thing: no list of it)
    if r.bare_figure_between(before[-1].end, pos):
        return None  # 收到申请534件,完成答复件502,其中…: the whole is the figure hecha read no unit for, not the 534
    if SEGMENT_END.search(r.norm, m.end(), cands[0].start) and TOTAL_WORDS_RE.search(r.lead(cands[0], 8)):
        return None  # …其中东海县、灌云县…均为100%；区组共6家单位: a new subject's total past the ；, no part
    if m.group() in _QIZHONG and _opens_a_set(r, cands[0]):
        return None  # 其中，新收的7347件一审行政诉讼案件中，…: the set its own list divides, restated (_among_list)
    own_end = SEGMENT_END.search(r.norm, m.end(), cands[0].start) if m.group() in _QIZHONG else None
    if own_end is not None and not _counts(r.facts_between(m.end(), own_end.start())):
        # 其中省级层面网民留言最多；回复量分别为34380条… / 其中行政公益诉讼案件占比91.7%；制发检察建议7.7万余件: the 其中
        # clause says its piece in words or by a share; what follows the ； is a statement of its own
        return None
    if (m.group() == "涉及" and _PARTIES_RE.match(r.norm, m.end())) or (
        (m.group() == "涉及" or _INVOLVES_RE.match(r.norm, m.end())) and cands[0].q.unit != before[-1].q.unit
    ):
        # 处理劳动人事争议11527件，涉及当事人13566人 / 挂牌督办案件1215个，涉及企业1715个 / 交办的信访案件中，涉及
        # 各类生态环境问题150个: what the count involves (the parties to it, the problems), not its kinds
        return None
    if m.group() == "涉及" and _concerning_item(r, before[-1]):
        # 其中涉及宏观调控的提案384件，涉及“三农”提案486件: items side by side, each of what it concerns (its clause
        # however long: 涉及实施行政处罚、行政强制的依据…的0条，涉及财政预算、决算信息的2条)
        return None
    if (
        r.facts_between(m.end(), cands[0].start)
        and SEGMENT_END.search(r.norm, m.end(), cands[0].start)
        and _noun(r.frame(cands[0]).label) == _noun(r.frame(before[-1]).label)
    ):
        # 区级事项1493项，其中可网办比例99.52%…；街道级事项1821项…；社区级事项3509项: the marker's own segment
        # holds only rates of the total; the counts of its noun after it are its siblings, not its parts
        return None
    unit = _counter(r, cands[0])
    if unit != cands[0].q.unit and any(f.q.unit == cands[0].q.unit for f in before):
        unit = cands[0].q.unit  # (有效信件23561封…。有效信件中，…6290封…: letters of a whole in letters)
    alike = [c for c in cands if any(f.q.unit == c.q.unit for f in before)]
    if (
        len(alike) >= 2
        and all(f.q.unit != unit for f in before)
        and (any(sums_exactly(f, alike) for f in before) or _qualify_the_alike(r, cands, alike))
    ):
        # 受理问题10920件…。其中，人工接听电话20769个，转办10843件，网络舆情转办77件: the figures in the counter of
        # those before add up to one of them exactly; the first, in another counter, counts something else
        # (the calls that brought them) (not so 受理诉求46983件，其中电话46908个，邮件7件，网上受理68件)
        unit = alike[0].q.unit
    elif (
        len(cands) >= 2
        and not any(_same_counter(f.q.unit, unit) or _counter_fits(f, cands[:1]) for f in before)
        and sum(c.q.unit == before[-1].q.unit for c in cands) >= 2
        and before[-1].q.unit not in GENERAL_UNITS
        and cands[1].q.unit == before[-1].q.unit
        and not r.norm[
            cands[0].end : cands[1].start
        ].strip()  # (10条143.4公里: each part two figures, side by side)
    ):
        # 修建水泥、沥青路1060公里，其中通乡公路10条143.4公里，…28条191.8公里，通村公路946.8公里: a first figure in a
        # counter no figure before has (the roads, 条) beside the parts in the total's own measure (公里)
        unit = before[-1].q.unit
    # 主动公开政府信息47条，其中部门文件22件，通知公告16条，人事任免5条…: a first item of documents counted in 件,
    # the rest in the total's 条: one list of items, whichever counter each took
    also = alike[0].q.unit if len(alike) >= 2 and {unit, alike[0].q.unit} <= _DOC_UNITS else unit
    parts = _parts(
        r, words, [f for f in cands if _same_counter(_counter(r, f), unit) or f.q.unit == also]
    )  # (来信780件，来访1227起)
    parts = _before_a_shared_sibling(r, before[-1], parts)
    parts = _up_to_the_ranked(r, m.end(), parts)
    # (each ；-segment's first part, with the parts after it that add up to it)
    itemised = _segment_heads(r, parts)
    if itemised:
        parts = [head for head, _ in itemised]
    parts = _past_the_done(r, parts, max(period[0], pos - _DONE_WORDS), m.end())
    side_by_side = (
        _wholes_side_by_side(r, before, parts)
        or _wholes_named_in_turn(r, before, [c for c in cands if c.q.unit == unit])
        or _respective_wholes(r, m.end(), before, [c for c in cands if c.q.unit == unit])
    )
    if side_by_side:
        # (each whole's parts its own list; the first returned, the others with it: attrs "more")
        lists = [_group(r, words, whole, mine, "其中", "") for whole, mine in side_by_side]
        if len(lists) > 1:
            lists[0].attrs["more"] = lists[1:]
        return lists[0]
    totals = [
        f
        for f in reversed(before)
        # (…其他处罚104件；其中适用简易程序…: the rest of a list before is no total; another part may be,
        # 其中归属省政府系统的建议778件…。其中，涉及…206件)
        if not (f.id in parent_of and words.remainder_re.match(r.frame(f).label))
        and not _an_earlier_year(r, f, before)
        and not PRIOR_FIGURE_RE.search(r.lead(f, 8))  # (受理190件，与去年163件相比上升17%⏎其中…: no whole)
        and not COMPARED_PRIOR_RE.search(r.lead(f))  # (…1372件，与2021年同期收案1364件相比增加8件。其中…)
        and not _compared(r, f, before)  # (…6667人，同期广东省法院共判处…34884人…。其中，2010年…: the 6667's)
        and (_unit_fits(f.q.unit, unit) or _counter_fits(f, parts))
        and (not r.bracketed(f, pos) or _counts_its_heading(r, f))
        and not _CHANGE_RE.search(r.lead(f))
        and not f.mention.text.endswith(_RANGE_ENDS)  # (公证员都在5名以内，其中2个…: a range, no total)
        and not AVERAGE_RE.search(r.lead(f, 8))  # (…投诉量的中位数为3073.5件。其中，交通银行4017件: no whole)
    ]
    measured = _measured_alike(r, words, totals, parts)
    if measured:
        # 发生…安全事故5067起，死亡456人，受伤4112人…。其中道路交通死亡411人，…火灾死亡12人: parts named by a
        # bulletin's measure (死亡) are of the total that measure names, not of the nearest (受伤4112人)
        totals = measured
    loose = [f for f in totals if not _unit_fits(f.q.unit, unit)]
    if loose and any(_unit_fits(f.q.unit, unit) and f.sentence == g.sentence for f in totals for g in loose):
        # 有效投诉总量共21361件，…反映有效投诉事项22673个。其中，…热线…16933件…: a whole in the parts' own unit in the
        # sentence before 其中, before one in 个 that only holds each of them
        totals = [f for f in totals if f not in loose]
    if totals:
        # 查出违规金额27684万元，其中市本级14277万元；管理不规范金额591637万元，其中…: the amount past the ；, beside the
        # nearest whole, ends its list before a whole is chosen for parts it would swell
        parts = _before_a_larger_sibling(r, totals[0], parts)
    named = keyed
    far = False
    heading = _HEADING_RE.match(r.norm, m.end())
    step = words.step_word(heading.group(1)) if heading else None
    if step is not None:
        # 其中转办事项：咨询类51宗…: the words after 其中 name the step of the total (转办热线事项2114宗)
        found = _named_step(r, step, pos)
        named = found[0] if found and _unit_fits(found[0].q.unit, unit) else None
    elif (
        m.group() in _QIZHONG
        and (first := words.step_word(r.frame(cands[0]).label))
        and (lo < period[0] or len(_steps_of(r, words, _in_segment(r, before, pos))) >= 2)
    ):
        # 受理879件，结案700件。其中：受理民事案件755件…，结案600件: a list opening its sentence (or after
        # figures of several steps) whose first part names a step breaks down the figure of that step before
        named = next(
            (
                f
                for f in reversed(before)
                if words.step_word(r.frame(f).label) == first and _unit_fits(f.q.unit, unit)
            ),
            None,
        )
        if named is None and words.stage(first) in words.concludes:
            # 受理各类案件866083件，办结786869件…。其中，审结各类案件551432件…；执结各类案件235437件: parts concluded
            # by their own words (审结, 执结) are of what was concluded (办结), not of what came in
            named = next(
                (
                    f
                    for f in reversed(before)
                    if words.stage(words.step_word(r.frame(f).label) or "") == words.stage(first)
                    and _unit_fits(f.q.unit, unit)
                ),
                None,
            )
        if named is None and lo < period[0] and words.stage(first) in words.intake:
            # 受理工单2848件…。按期办结2794件…返工单6件。其中，紧急工单受理35件: of the intake further back in the
            # paragraph, not of the 返工单 closing the sentence before
            found = [
                f
                for f in _named_step(r, first, pos)
                if r.seg.paragraph_at(f.start) is r.seg.paragraph_at(pos)
            ]
            named = found[0] if found and _unit_fits(found[0].q.unit, unit) else None
            far = named is not None  # (a whole two sentences back: the list need not be all of it)
        if (
            named is not None
            and parts
            and _exceeds(parts[:1], named)
            and OF_THE_WHOLE_AFTER_RE.match(r.norm, parts[0].end)
            and any(
                TOTAL_WORDS_RE.search(r.lead(f, 16)) and _unit_fits(f.q.unit, unit) and not _exceeds(parts, f)
                for f in r.facts_between(r.seg.paragraph_at(pos).start, named.start)
            )
        ):
            # 共接受…投诉举报共计2978件…平台受理1121件…平台受理1834件…。其中，受理消费投诉2290件，占投诉举报总量的77%:
            # a first part beyond the figure of its step before, said to be a share of a whole, is of the whole
            # stated as one, which holds the parts (not so a part merely beyond it: a slip to catch)
            named, far = None, False
        elif named is not None and len(parts) >= 2 and _exceeds(parts[:1], named):
            # 对连同委托审查的1件…共73件…全部提出了办理建议。其中，分送…审查54件，…6件，…13件: a first part alone beyond
            # the figure its step names, the list is of the whole after it stated as one (共73件) that holds them
            whole = next(
                (
                    f
                    for f in before
                    if f.start > named.start
                    and TOTAL_WORDS_RE.search(r.lead(f, 8))
                    and _unit_fits(f.q.unit, unit)
                    and not _exceeds(parts[:1], f)
                ),
                None,
            )
            if whole is not None:
                named = whole
    elif m.group() not in _QIZHONG:
        # 审结案件中，维持…: the words before 中 name the total (审结), whichever figure came last
        # (not a figure in brackets: 审理的2118件(包括…上年结转的150件)案件中 is among the 2118)
        outside = [f for f in before if not r.bracketed(f, pos)]
        named = _named_total(r, outside, unit, r.sentence_span(r.seg.sentence_at(pos))[0], m.end())
        if m.group().startswith("在"):
            step = words.step_word(m.group())
        else:
            # 本月接到的举报中，受理24787件…: the step its clause names (接到), even a sentence back
            lead = r.norm[r.clause_start(m.start()) : m.start()]
            step = words.step_word(lead) if named is None else None
        # 在立案的提案中: the figure named by that step (立案129件), even a sentence back
        if step is not None:
            # (在审结的一审行政案件中: the 审结 of the sentence about 一审 cases, not the nearer 二审 审结2799件)
            found = _named_step(r, step, pos, instance_of_sentence(r.norm, m.start(), m.end()))
            if not m.group().startswith("在"):
                # (by that very word: 一审审结案件中 is not among 裁定准予执行700件, a step of other cases)
                found = [f for f in found if words.step_word(r.frame(f).label) == step]
            named = found[0] if found and _unit_fits(found[0].q.unit, unit) else named
        if named is None:
            # 涉及人身保险公司23399件…。在涉及人身保险公司投诉中，…9666件: the figure whose own words the clause
            # before 中 repeats (four characters or more), not the nearest (in its part of the report)
            among = r.norm[r.clause_start(m.start()) : m.end()]
            section = r.seg.paragraph_at(pos).section
            named = next(
                (
                    f
                    for f in reversed(r.facts_between(0, m.start()))
                    if r.seg.paragraph_at(f.start).section == section
                    and not r.bracketed(f, pos)
                    and _unit_fits(f.q.unit, unit)
                    and len(label := r.frame(f).label.removeprefix("其中")) >= _REPEATED_LEAST
                    and label in among
                ),
                None,
            )
        kind = _AMONG_KIND_RE.match(m.group())
        if (
            named is None
            and step is None
            and kind is not None
            and not any(kind.group(1) in r.frame(f).label for f in before)
        ):
            # 已下达行政处罚决定978起…。在环境违法案件中，按日连续处罚0起，查封扣押34起…: a kind of case no figure before
            # counts, its whole unstated (the five kinds make 73), not the nearest figure
            return None
    if named is None and _of_several(r, totals, parts):
        return None  # 退回补充侦查36件，重报35件。其中一次退回补充侦查30件，一次重报28件: each part of its own whole
    if _each_of_its_own(r, m.end(), before, parts):
        return None  # 受理A类100件、B类50件，其中分别有80件、40件…: each of its own whole
    ordered = _of_the_things_not_a_step(
        r, words, _of_the_field_named(r, totals, m.end(), parts), parts, m.end()
    )
    total = named or _choose_total(r, ordered, parts, parent_of)
    total = _after_merging(r, total) if total is not None else None
    if total is not None and named is None:
        total = _whole_the_shares_name(r, words, total, parts, lo) or total
        named_by_shares = [_SHARE_OF_RE.match(r.norm, p.end) for p in parts]
        if (
            _exceeds(parts, total)
            and all(named_by_shares)
            and not all(_names_the_total(r, total, s.group(1)) for s in named_by_shares if s is not None)
        ):
            # 单办280件，分办451件。其中，政府系统办理的672件，占立案总数的92%: parts beyond the figure before them that
            # each name their whole by a share (the 731 filed) are not its parts; the share is checked on its own (but
            # 受理…咨询5466件，其中…5343件，占受理咨询总数的97.75%；…153件，占受理总数的2.25%: theirs is the 5466)
            return None
    if named is None and total is not None and m.group() not in _QIZHONG:
        # 一审审结案件中，以判决方式结案799件…: the words before 中 name a step no figure before states (not
        # the 裁定准予执行770件 of the sentence before): the list's whole is not given
        said = words.step_word(r.norm[max([r.clause_start(pos), *(f.end for f in before)]) : m.end()])
        stated = words.step_word(r.frame(total).label)
        # (办理案件中 handles what was concluded: only a concluding step names another set)
        if (
            said is not None
            and stated is not None
            and said != stated
            and words.stage_of[said] in words.concludes
        ):
            return None
    if named is None and total is not None and _exceeds(_list_parts(r, words, total, parts), total):
        wholes = enumerated_with(r, total)
        if len(wholes) > 1 and sum(w.q.value for w in wholes) == sum(p.q.value for p in parts):
            return None  # 承办建议49件、提案66件。其中…74件…33件…8件: of the two together, which no figure states
        numbered = _numbered_with(r, total)
        if numbered and sum(w.q.value for w in numbered) >= sum(p.q.value for p in parts):
            return None  # 一是…共10起；二是…共6起；三是…共4起。其中，有13起…: of the kinds together, no figure states
        if not (parts and _MARKER_RIGHT_AFTER_RE.fullmatch(r.norm, total.end, parts[0].start)):
            # (not when the marker follows the total at once: 行政诉讼案件1件，其中1件已撤回，1件不予立案 is of the 1,
            # whatever figure before adds up to its parts)
            total = _summed_earlier(r, parts, lo, unit) or total
    if total is None or _of_a_rate_between(r, total, parts, pos):
        return None
    if (
        named is None
        and parts
        and _exceeds(parts[:1], total)
        and TOTAL_WORDS_RE.search(r.lead(parts[0], 8))
        and r.period_span(total.start) != r.period_span(parts[0].start)
        and any(
            f.mention.kind == "percent" and "率" in r.frame(f).label for f in r.facts_between(total.end, pos)
        )
    ):
        # 交办按期结案数1101件，交办按期结案率100%。其中，通过湖城管家应用共上报3013件…: a first part said to be a
        # whole of its own (共), beyond the figure a rate closes the sentence before with, is no part of it (but
        # 受理…1364件，…同比分别增长19%、23.3%。其中，…共计1491件 is one beyond its whole)
        return None
    parts = _before_a_larger_sibling(r, total, parts)
    if _years_apart(r, total, parts):
        return None  # 2014年新收193件…。其中…执行案件，同期2014年新收39件，2015年新收118件: a series, no part of one year
    carry: Fact | None = None
    if CARRY_RE.search(r.frame(total).label) and _exceeds(parts, total):
        # 新收74件，结转上年1件。其中予以公开7件，部分公开20件…: of the two together, checked against their sum
        intake = _intake_before(r, total)
        if intake is None:
            return None
        carry, total = total, intake
    elif _exceeds(parts, total):
        # (收到申请208件(不含上年结转5件)，其中已办结196件，结转下年办理17件: of the two together)
        carry = carry_left_out(r, total)
    if not _CARRIED_IN_RE.match(r.norm, total.end) and not _CARRIED_IN_RE.match(r.norm, _pair_end(r, total)):
        # 受理审查起诉案件522件655人。其中，提起公诉673人(含上期积存): not all of this period's intake (a total
        # that includes what was carried in, 879件(含旧存343件), holds such parts)
        parts = [p for p in parts if not _CARRIED_IN_RE.match(r.norm, p.end)]
        if not parts:
            return None
    parts = _other_channel_ends(r, words, total, _list_parts(r, words, total, parts))
    parts = _of_one_flow(r, _before_another_thing(r, total, _before_a_sibling_of(r, total, parts)))
    # (全镇共划分综合网格120个，其中进入网格的党组织数160个，…党建达标网格120个: the 党组织 in the grids are no grids)
    parts = [p for p in parts if not _things_in_the_totals(r, total, p)]
    parts = _before_all_kinds_again(r, words, total, parts)
    if not parts or _names_siblings_of(r, total, before, m.end(), parts[-1].start):
        return None
    for k in range(1, len(parts)):
        if _restates(parts[k], total) and "\n" in r.norm[parts[k - 1].end : parts[k].start]:
            # 核心提示:…样品197685批次,其中不合格5528批次,总体合格率为97.2⏎…样品197685批次: the summary's sentence,
            # cut short, said again in the body: the whole again past the line's end is no part
            parts = parts[:k]
            break
    if len(parts) >= 3 and any(_restates(p, total) for p in parts[1:]) and not sums_exactly(total, parts):
        # 审结79件，其中…胜诉的5件…，79件“民告官”案行政机关74件败诉: the whole said again is no part of itself (but
        # 审结1件，其中维持0件，驳回0件…，终止1件: the one part the whole holds, beside parts of none)
        parts = [p for p in parts if not _restates(p, total)]
    same = words.step_word(r.frame(total).label)
    if (
        len(parts) >= 2
        and _restates(parts[0], total)
        and same is not None
        and words.step_word(r.frame(parts[0]).label) == same
        and _noun(r.frame(parts[0]).label) == _noun(r.frame(total).label)
    ):
        # 1至3月受理信访举报71件…。…同比呈明显增长趋势，其中受理信访举报71件，…，业务范围内检举控告47件: the total said
        # again by its own words opens the list, no part of itself
        parts = parts[1:]
    if same is not None and len(parts) >= 3 and words.step_word(r.frame(parts[0]).label) == same:
        # 受理…案件96件。其中，市中级法院受理23件，未结22件，撤诉1件；兴庆区法院受理38件，未结17件…: each
        # scope's figure of the total's step is the part; what follows it is that part's own
        steps = [p for p in parts if words.step_word(r.frame(p).label) == same]
        # (not a kind enumerated beside a step's part: 受理诉求9326件，其中受理政策咨询4423件、商品和服务投诉4008
        # 件…；受理举报1195件 lists three kinds of the 9326)
        if len(steps) >= 2 and not any(
            _enumerated(r, a, b) for a, b in itertools.pairwise(parts) if a in steps
        ):
            parts = steps
    for k in range(1, len(parts)):
        if _NOW_RE.match(r.norm, r.clause_start(parts[k].start)) and not _NOW_RE.match(
            r.norm, r.clause_start(parts[0].start)
        ):
            # 下发工单6件，其中特殊人员管理预警6件，目前5件已办结完成，1件正在处理中: the state now, another dimension
            parts = parts[:k]
            break
    for k in range(1, len(parts)):
        if (
            SEGMENT_END.search(r.norm, parts[k - 1].end, parts[k].start)
            and _exceeds(parts[k : k + 1], total)
            and (_rated(r, parts[k]) or parts[k].q.value > 2 * total.q.value)
        ):
            # 提出监督意见2300余件，其中…；对…提出检察建议1.4万件，法院同期采纳率86.9%: a figure with a rate of its
            # own, or twice the total by itself (…；对民事审判活动违法行为提出检察建议4.1万件 after 1.1万件), that alone
            # exceeds the total starts a new topic: the list ended at the ；
            parts = parts[:k]
            break
        seg = SEGMENT_END.search(r.norm, parts[k - 1].end, parts[k].start)
        if (
            seg is not None
            and (same is None or words.step_word(r.frame(parts[k]).label) != same)
            # (受理…6299宗，包括一审…4049宗…；二审…2250宗；行政管辖案件2宗: a part's own list goes on past the ；)
            and not any(w in r.norm[parts[k - 1].end : seg.start()] for w in _NEW_LIST)
            and any(
                seg.end() <= f.start < parts[k].start and _same_counter(_counter(r, f), unit) for f in cands
            )
        ):
            # 其中简易程序12宗，一般程序67宗；已办结一般程序40宗，…移送…案件7宗: a ；-segment opening with a figure of the
            # list's counter that is no part (of a later step, another thing) is a statement of its own (but
            # 其中，受理一审…2210件…；审结17294件…；受理二审…10623件: the total's step again, a part of each scope)
            parts = parts[:k]
            break
        if seg is not None and total.family is not None and r.opens_another_field(seg.end(), total.family):
            # 办结35件，其中复议纠错1件，纠错率2.86%，调解6件…；行政诉讼发案量13件，败诉2件: a segment that opens
            # with another field's name is of that field, not the list's (…；受理行政案件17.9万件 is a kind of case)
            parts = parts[:k]
            break
    paired = _paired_columns(r, total, cands)
    if paired is not None:
        parts = paired[1]  # (the first column's: the second's is the partner's list, recognise adds it)
    rated = [p for p in parts if words.surveyed_re.search(r.frame(p).label)]
    if len(rated) >= 2 and len(rated) < len(parts):
        # 工单12683件，其中办结8846件、不予受理867件、满意6197件、基本满意237件、不满意1262件: how those asked
        # rated it is another dimension (of the rated), not kinds of the whole
        parts = [p for p in parts if p not in rated]
    lead = r.norm[lo : parts[0].start] if parts else ""
    if not parts:
        return None
    n_kinds = _kinds_stated(r, total)
    if n_kinds is not None and n_kinds > len(parts):
        # 五类案件总数为26451件。其中，按日连续处罚…537件；…限产、停产案件4731件；移送行政拘留5276起；移送涉嫌环境
        # 污染犯罪案件1853件: the total says how many kinds it has, so the list goes on to that many, cases
        # counted in 件 or 起 alike
        more = [f for f in cands if _same_counter(f.q.unit, unit)][:n_kinds]
        if len(more) == n_kinds and more[: len(parts)] == parts:
            parts = more
    parts += (
        _went_on(r, total, parts, period[1])
        or _went_on_alike(r, parts, period[1])
        or _went_on_to_its_rest(r, words, parts, period[1])
    )
    parts = _first_whole_segment(r, words, total, parts)
    parts = _whole_set_then_groups(r, words, parts)
    group = _group(r, words, total, parts, "其中", lead)
    if far and group.attrs["complete"] == "likely":
        group.attrs["complete"] = "no"
    if own is not None and group.attrs["complete"] == "no" and not words.partial_re.search(lead):
        group.attrs["complete"] = "likely"  # 其中按信访目的分类：…: every one of the whole has a purpose
    if carry is not None:
        group.attrs["carry"] = carry.id  # (the parts are of the total and the carry-over stated after it)
    tail = SEGMENT_END.search(r.norm, parts[-1].end, period[1])
    if words.shared_re.search(r.norm, parts[0].start, tail.start() if tail else period[1]):
        group.attrs["overlap"] = True  # 市级有关组织承办31件(其中和市政府合办25件): counted under two parts
    if any(apart_in_another_unit(r, f, unit) for f in cands if f.start < parts[-1].start):
        group.attrs["complete"] = (
            "no"  # 工作动态1201条、…征集调查16期、其他类1141条: a part counted otherwise
        )
    elif group.attrs["complete"] == "likely" and _money_falls_short(r, total, parts, hi):
        group.attrs["complete"] = "no"
    kinds = _kinds_stated(r, total)
    if kinds is not None and kinds != len(parts):
        group.attrs["complete"] = "no"  # 共查处五类案件6407件。其中…三类的件数: the others are not listed
    elif kinds is not None and len(parts) >= 2 and not group.attrs.get("overlap"):
        group.attrs.update(complete="yes", whole_by="kinds")  # 五类案件9850件，其中…(five kinds): all
    beside = _amounts_beside(r, total, parts, hi)
    if beside:
        group.attrs["beside"] = beside
    if paired is not None:
        group.attrs["pair"] = (paired[0].id, [p.id for p in paired[2]])
    if itemised:
        group.attrs["more"] = [_group(r, words, head, rest, "其中", "") for head, rest in itemised]
    return group


def _amounts_beside(r: Reading, total: Fact, parts: list[Fact], hi: int) -> list[list[object]]:
    """The amounts stated beside the total and, by the same words, beside two or more of its parts
    (节约金额0.2195亿元，其中工程建设项目交易217项，…节约金额0.3773亿元；政府采购…节约金额0.0404亿元): each a
    list of its own, [whole id, [part ids]]."""
    out: list[list[object]] = []
    ends = [p.start for p in parts[1:]] + [hi]
    for w in r.facts_between(total.end, parts[0].start):
        if w.mention.kind != "money":
            break  # (the total's own amounts follow it at once: not those of a part of another list)
        named = r.frame(w).label
        found = []
        for p, end in zip(parts, ends, strict=True):
            m = next(
                (
                    f
                    for f in r.facts_between(p.end, end)
                    if f.mention.kind == "money"
                    and f.q.unit == w.q.unit
                    and _shared_end(named, r.frame(f).label) >= 2
                ),
                None,
            )
            if m is not None:
                found.append(m.id)
        if len(found) >= 2:
            out.append([w.id, found])
    return out


_KINDS_RE = re.compile(r"([一二两三四五六七八九十]|\d{1,2})[类种项个](?:[\u4e00-\u9fff]{0,8})$")


def _kinds_stated(r: Reading, total: Fact) -> int | None:
    """How many kinds the total's own words say it is of (五类案件6407件 → 5), if they say so."""
    m = _KINDS_RE.search(r.lead(total, 12))
    if m is None:
        return None
    n = parse_cn_number(m.group(1)) if not m.group(1).isdigit() else float(m.group(1))
    return int(n) if n else None


def _went_on(r: Reading, total: Fact, parts: list[Fact], end: int) -> list[Fact]:
    """The counts of the next sentence that make up exactly what the parts fall short of (公开各类政府信息
    31099条。其中，网站3340条…其他传统媒体报道240条。互联网监管系统及审批平台信息17041条。): the list
    went on past its full stop. Exact values only, and the next sentence's counts in the list's unit,
    each taken until they reach the total; [] unless they reach it exactly."""
    want = total.q.value - sum(p.q.value for p in parts)
    if want <= 0 or not total.q.exact or any(not p.q.exact for p in parts):
        return []
    if not _ends_its_sentence(r, parts, end):
        return []
    nxt = r.period_span(end)
    out: list[Fact] = []
    for f in r.facts_between(end, nxt[1]):
        if f.mention.kind != "count" or r.bracketed(f, nxt[1]):
            continue
        if f.q.unit != total.q.unit or not f.q.exact:
            return []
        out.append(f)
        want -= f.q.value
        if want <= 0:
            break
    return out if out and want == 0 else []


_ALIKE_SHARE = 0.6  # of the longer label, the part two labels must end alike in (another subject in front)
_OTHER_TIME_RE = re.compile(r"上年|去年|同期|上期|上月|\d{4}年|同比|环比|增长|下降|增加|减少")


def _ends_its_sentence(r: Reading, parts: list[Fact], end: int) -> bool:
    """Does the list run to its sentence's end (`end`), with more of its paragraph after it? Else it ended
    before its sentence did, and goes on nowhere."""
    para = r.seg.paragraph_at(parts[-1].start)
    return end < para.end and not any(f.mention.kind == "count" for f in r.facts_between(parts[-1].end, end))


def _went_on_alike(r: Reading, parts: list[Fact], end: int) -> list[Fact]:
    """The counts that open the next sentence named as the list's last part is, with another subject
    before the same words (其中，各部门归集评价数据10853件。镇办归集评价数据857件，村归集评价数据0件。): the
    list went on past its full stop. Not a figure of another time (上年同期…) or a change."""
    if not _ends_its_sentence(r, parts, end):
        return []
    last = r.frame(parts[-1]).label
    out: list[Fact] = []
    for f in r.facts_between(end, r.period_span(end)[1]):
        if not out and _CLAUSE_MARK_RE.search(r.norm, end, f.start):
            break  # 从申请人的情况看，公民提出…: the sentence opens another dimension, not the next part
        label = r.frame(f).label
        common = _shared_end(last, label)
        if (
            f.mention.kind != "count"
            or f.q.unit != parts[-1].q.unit
            or common < max(3, _ALIKE_SHARE * max(len(last), len(label)))
            or common >= len(label)
            or _OTHER_TIME_RE.search(label)
        ):
            break
        out.append(f)
    return out


def _went_on_to_its_rest(r: Reading, words: Words, parts: list[Fact], end: int) -> list[Fact]:
    """The next sentence, when it is one run of counts in the list's unit that opens with a kind named as the
    last part is (in three characters or more) and ends with the remainder (…行政征收类案件为90件，占…20.9%。行政不作为类
    案件30件，信息公开类案件27件，…，其他类案件10件。): the list went on past its full stop, whatever the sum."""
    if not _ends_its_sentence(r, parts, end):
        return []
    span = r.period_span(end)
    run = [f for f in r.facts_between(end, span[1]) if f.mention.kind == "count"]
    if (
        len(run) < 2
        or _CLAUSE_MARK_RE.search(r.norm, end, run[0].start)
        or _shared_end(r.frame(parts[-1]).label, r.frame(run[0]).label) < 3
        or not words.remainder_re.match(r.frame(run[-1]).label)
        or any(f.q.unit != parts[-1].q.unit or _OTHER_TIME_RE.search(r.frame(f).label) for f in run)
        or any(not _COMMA_GAP_RE.fullmatch(r.norm, a.end, b.start) for a, b in itertools.pairwise(run))
        or SEGMENT_END.search(r.norm, run[-1].end, span[1])
    ):
        return []
    return run


def _shared_end(a: str, b: str) -> int:
    """How many characters two labels end alike (各部门归集评价数据, 镇办归集评价数据: 6)."""
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _money_falls_short(r: Reading, total: Fact, parts: list[Fact], hi: int) -> bool:
    """Does the list state each part's amount beside it, and do those amounts fall short of the amount
    stated beside the total? 完成交易235项，交易金额9.8519亿元，其中：工程建设101项，交易额8.2655亿元；政府采购
    133项，交易额1.5697亿元: 9.8352 < 9.8519, so some kind of trade is left out of the list."""
    ends = [p.start for p in parts[1:]] + [hi]
    amounts = []
    for p, end in zip(parts, ends, strict=True):
        money = next((f for f in r.facts_between(p.end, end) if f.mention.kind == "money"), None)
        if money is None:
            return False
        amounts.append(money)
    whole = next((f for f in r.facts_between(total.end, parts[0].start) if f.mention.kind == "money"), None)
    if whole is None or any(a.q.unit != whole.q.unit for a in amounts):
        return False
    return sum(fact_interval(a).hi for a in amounts) < fact_interval(whole).lo - 1e-9


def went_on_from(r: Reading, g: Fact, f: Fact) -> bool:
    """Is g a part of a list f is not in, with another part of that list between them? Then g is no
    earlier step of f (受理137起，其中调解53起、裁决65起…，结案132起); a list's last part may still go on
    to its own steps (司法调解受理956件，调处612件)."""
    totals_of, parts_of = _list_index(r)
    mine = totals_of.get(g.id)
    if not mine or mine & totals_of.get(f.id, set()) or f.id in mine:
        return False
    between = [h for h in r.facts_between(g.end, f.start) if any(h.id in parts_of[t] for t in mine)]
    said = load_words().step_word(r.frame(g).label)
    if said is not None and between and all(_negates(r, h, said) for h in between):
        return False  # 接到65件，其中受理40件，不予受理25件，…调解结案39件: what follows is of those accepted
    return bool(between)


def _step_not_taken(words: Words, label: str) -> bool:
    """Does a label name a step negated (不予受理, 不予立案)?"""
    m = words.stage_re.search(label)
    return m is not None and m.start() > 0 and words.negation_re.search(label[: m.start()]) is not None


def _negates(r: Reading, h: Fact, word: str) -> bool:
    """Do a figure's words negate a step word (不予受理 for 受理)?"""
    label = r.frame(h).label
    k = label.find(word)
    return k > 0 and load_words().negation_re.search(label[:k]) is not None


def _list_index(r: Reading) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """part → the totals of the lists it is in; total → its parts (built once the lists are read)."""
    key = ("breakdown index", len(r.groups))
    cached = r.cache.get(key)
    if isinstance(cached, tuple):
        return cached
    totals_of: dict[str, set[str]] = {}
    parts_of: dict[str, set[str]] = {}
    for b in r.groups_of(KIND):
        t = b.facts["total"][0]
        parts_of.setdefault(t, set()).update(b.facts["parts"])
        for p in b.facts["parts"]:
            totals_of.setdefault(p, set()).add(t)
    r.cache[key] = (totals_of, parts_of)
    return totals_of, parts_of


# 6件信访件中属…: a figure its clause opens as the set the figures after it are among (not 中心, 中级…)
_AMONG_RE = re.compile(r"[^\d，,。；;：:、（）()]{0,8}?(?<!其)中(?![心央国级学小型的间])")
# the thing a key of division names before 的 (从家事纠纷的类型分布看: 家事纠纷)
_DIMENSION_THING_RE = lazy_compile(r"(?:以|按照|按|从)([\u4e00-\u9fff]{2,6})的")


def _dimension_list(
    r: Reading,
    words: Words,
    m: re.Match[str],
    listed_totals: set[str],
    listed_parts: set[str],
    parent_of: dict[str, Fact],
) -> Group | None:
    """以审级区分，一审…A份，二审…B份，再审…C份: the parts of the nearest whole (共计…) stated before in
    the paragraph, in their unit. One dimension splits its whole completely (complete "likely")."""
    period = r.period_span(m.start())
    # (从家事纠纷部门分布看，…1615件…；从家事纠纷的类型分布看，…: the next key starts another dimension)
    nxt = _DIMENSION_RE.search(r.norm, m.end(), period[1])
    end = nxt.start() if nxt is not None else period[1]
    # (not the parts of a part: 行政案件641件，其中专利行政案件120件… are of the 641)
    # (医院按等级分：三级医院2996个…: a level names the kind, it counts nothing)
    cands = [
        f
        for f in _counts(r.facts_between(m.end(), end))
        if f.id not in listed_parts
        and f.q.unit not in LEVEL_UNITS
        and not _CHANGE_RE.search(r.lead(f))  # (…事故2起，同比分别增加2起: a change, no part)
        and not _within_a_part(r, f, end)
    ]
    if cands and _AMONG_RE.match(r.norm, cands[0].end):
        # 从处理情况来看，6件信访件中属业务范围外的1件…: the whole restated as the set the parts are among, no part
        cands = cands[1:]
    if len(cands) < 2:
        return None
    unit = cands[0].q.unit
    parts = _parts(r, words, [f for f in cands if f.q.unit == unit])
    parts = _past_the_done(r, parts, max(0, m.start() - _DONE_WORDS), m.end())
    summed = next((k for k, p in enumerate(parts) if k >= 2 and TOTAL_WORDS_RE.search(r.lead(p, 8))), None)
    if summed is not None and sums_exactly(parts[summed], parts[:summed]):
        parts = parts[:summed]  # (…共194件，离婚纠纷3730件，两者合计3924件: the list's own sum closes it)
    else:
        summed = None
    para = r.seg.paragraph_at(m.start())
    # the nearest whole before: stated with 共/累计… or broken down already (在册社区矫正对象310人，其中缓刑
    # 309人… 从性别结构看，男性255人、女性55人: of the 310, not of 累计解除454人 before it)
    wholes = [
        f
        for f in reversed(_counts(r.facts_between(para.start, m.start())))
        if f.q.unit == unit
        and not r.bracketed(f, m.start())
        and (f.id in listed_totals or (TOTAL_WORDS_RE.search(r.lead(f, 16)) and f.id not in listed_parts))
    ]
    if not wholes and not r.norm[para.start : m.start()].strip() and para.start > 0:
        # 信箱共63件，其中…。⏎其中按信访目的分类：…19件。⏎按信件类型分类：…其他1件: a paragraph opening with a key, after
        # one that divided a whole by another key, divides that whole again
        above = _counts(r.facts_between(r.seg.paragraph_at(para.start - 1).start, para.start))
        owners = {parent_of[f.id].id: parent_of[f.id] for f in above if f.id in parent_of}
        if above and len(owners) == 1 and all(f.id in parent_of for f in above):
            wholes = [w for w in owners.values() if w.q.unit == unit]
    thing = _DIMENSION_THING_RE.match(m.group())
    if thing is not None:
        # (共受理一审家事纠纷4249件…；共结案3992件…。从家事纠纷的类型分布看，…: of the 4249 the key's words name)
        wholes = sorted(wholes, key=lambda f: thing.group(1) not in r.frame(f).label)
    step = words.step_word(m.group())
    if step is not None:
        # 从结案方式上看，…: the whole is the figure of the step the dimension names (结案2424件), not the
        # first total before it (共计收案2403件)
        named = [f for f in _named_step(r, step, m.start()) if f.q.unit == unit and f.start >= para.start]
        wholes = named or wholes
    # (立案查处239起，结案187起。以案件类型分：…(187 in all): the figure before that they make up)
    # (在立案的提案中，委员提案…，团体提案19件，其中…。按类别来分，…: of the 163 filed, a paragraph up)
    before = r.seg.paragraph_at(para.start - 1).start if para.start > 0 else para.start
    exact = [f for f in reversed(_counts(r.facts_between(before, m.start()))) if sums_exactly(f, parts)]
    if not exact:
        # (…经济建设方面的提案112件，占62.58%；…30件，占18.4%；…26件，占15.95%: the whole most of the parts'
        # shares are of, when one part is off and none sums exactly)
        shares = _shares_after(r, parts)
        if len(shares) >= 2:
            need = max(2, (len(shares) + 1) // 2)
            # (共受理问题267323件…。⏎按受理问题类别分：…。⏎按受理问题来源分：12345…150509件，占受理问题总数的56.30%…: a
            # second key a paragraph further down divides the same whole; up to a few paragraphs of its section)
            k = para.index
            while k > 0 and r.seg.paragraphs[k - 1].section == para.section and para.index - k < _KEY_REACH:
                k -= 1
            earlier = reversed(_counts(r.facts_between(min(before, r.seg.paragraphs[k].start), m.start())))
            exact = [w for w in earlier if sum(share_fits(s, p, w) for p, s in shares) >= need][:1]
    # (医院35394个。…医院按等级分：三级医院2996个，…: the thing the words before the key name, counted before)
    subject_whole = _named_before_key(r, m.start(), unit, before) or _named_in_key(r, m, unit, before)
    if subject_whole is not None:
        wholes = [subject_whole, *(w for w in wholes if w is not subject_whole)]
    wholes = exact[:1] + [w for w in wholes if w not in exact[:1]]
    # a stated division (以审级区分, 按类别分) or composition (从性别结构看) splits its whole, unless the words
    # before the parts make them a selection (主要集中在); a point of view (从办理结果看) may list only some of
    # what it sees
    divides = not m.group().rstrip("，,：:").endswith("看") or re.search("结构|构成", m.group()) is not None
    # (分产业看: by a dimension, as 按产业分, a look at the count before it, if not always at all of it; not at steps
    # of one process, 分领域来看，立案…8882件，发出检察建议7377件，起诉647件, which divide nothing)
    by_dimension = (
        m.group().startswith("分") and len({words.step_word(r.frame(p).label) for p in parts} - {None}) < 2
    )
    if not wholes and (divides or by_dimension):
        wholes = _stated_just_before(r, m.start(), unit)
    if not wholes:
        wholes = _counted_before_the_key(r, m.start(), unit)
    if not wholes and (headed := _named_by_the_parts_head(r, parts, unit, before, m.start())) is not None:
        # (账号31个。从检查情况来看，…合格账号29个，不合格账号2个: the 账号 the parts are kinds of)
        wholes = [headed]
    if len(parts) < 2 or not wholes:
        return None
    if _a_series_by_year(r, parts) and not _every_year_of_the_span(r, wholes[0], parts):
        return None  # (从全年数据来看，2013年…1346.9万对，…2022年降至683.5万对: a series over years, no division)
    group = _group(r, words, wholes[0], parts, "以…区分", "")
    if words.partial_re.search(r.norm, m.end(), parts[0].start) or summed is not None:
        # (a list whose own sum the text states, 两者合计3924件，占所有家事纠纷的92.35%, is a selection)
        group.attrs["complete"] = "no"
    elif divides:
        group.attrs["complete"] = "likely"
    return group


def _named_before_key(r: Reading, key_at: int, unit: str, since: int) -> Fact | None:
    """The count a key's subject names (医院按等级分：…: the last count before, since `since`, whose own words are
    医院 or end with it), if the key follows a bare subject opening its clause."""
    lo = r.clause_start(key_at)
    subject = r.norm[lo:key_at].strip()
    if not (2 <= len(subject) <= 8 and _CJK_ONLY_RE.fullmatch(subject)):
        return None
    alike = [f for f in reversed(_counts(r.facts_between(since, lo))) if f.q.unit == unit]
    # (named as written first: 医院35394个, not 民营医院23524个 nearer)
    return next((f for f in alike if r.frame(f).label == subject), None) or next(
        (f for f in alike if r.frame(f).label.endswith(subject)), None
    )


_CJK_ONLY_RE = lazy_compile(r"[\u4e00-\u9fff]+")
# the thing a key classifies, named in it: 按违纪行为分类 (a kind of thing, not a dimension: 按案件类型分)
_KEY_THING_RE = re.compile(r"(?:以|按照|按)([\u4e00-\u9fff]{2,8}?)(?:分类|划分|区分)")
# the thing a key looks at the spread of, named in it: 从律师分布来看 (the 律师 counted before it)
_KEY_SPREAD_RE = re.compile(r"从([\u4e00-\u9fff]{2,8}?)的?(?:分布|结构|构成)(?:来|上)?看")


_KEY_REACH = 4  # paragraphs up a key's thing is looked for, within its section


def _named_in_key(r: Reading, key: re.Match[str], unit: str, since: int) -> Fact | None:
    """违纪行为37件…。在检举控告类信访举报件中，按违纪行为分类，违反组织纪律3件…: the count, since `since`, whose own
    words end with the thing the key classifies (a dimension, 类型 or 地区, names no figure's words). A key that looks
    at how a thing is spread (全省执业律师10620人，女律师3430人…。从律师分布来看，…) names the first such count of its
    paragraph: the whole is stated before the kinds of it."""
    classed = _KEY_THING_RE.match(key.group())
    spread = _KEY_SPREAD_RE.match(key.group()) if classed is None else None
    found = classed or spread
    if found is None:
        return None
    thing = found.group(1)
    named = [
        f
        for f in _counts(r.facts_between(since, key.start()))
        if f.q.unit == unit and r.frame(f).label.endswith(thing)
    ]
    if spread is not None:
        here = r.seg.paragraph_at(key.start()).start
        named = [f for f in named if f.start >= here][:1] or named
    return named[-1] if named else None


def _named_by_the_parts_head(
    r: Reading, parts: list[Fact], unit: str, since: int, key_at: int
) -> Fact | None:
    """The last count before the key, since `since`, whose own words end with the head noun every part's words end
    with (合格账号29个，不合格账号2个 of 政务新媒体账号31个): the thing the parts are kinds of (_thing_head)."""
    heads = {_thing_head(load_words(), r.frame(p).label) for p in parts}
    head = heads.pop() if len(heads) == 1 else ""
    if not head:
        return None
    return next(
        (
            f
            for f in reversed(_counts(r.facts_between(since, key_at)))
            if f.q.unit == unit and r.frame(f).label.endswith(head) and not r.bracketed(f, key_at)
        ),
        None,
    )


def _stated_just_before(r: Reading, key_at: int, unit: str) -> list[Fact]:
    """年末城乡就业人员131.28万人。按产业划分，第一产业…: a key of division opening its sentence divides the one
    count of its unit the sentence before states, though no 共 names it a whole (and its parts need not add up to it for the
    list to be read: a list read only when it sums right would never show an error)."""
    period = r.period_span(key_at)
    if r.norm[period[0] : key_at].strip():
        return []
    last = len(r.norm[: period[0]].rstrip()) - 1  # (past the line break when the key opens its paragraph)
    if last < 0:
        return []
    prev = r.period_span(last)
    here = r.seg.paragraph_at(key_at).index
    if r.seg.paragraph_at(prev[0]).index not in (here, here - 1):
        return []  # (the sentence before ends the key's paragraph or the one just above it)
    return _the_one_count(r, prev[0], prev[1], unit)


def _counted_before_the_key(r: Reading, key_at: int, unit: str) -> list[Fact]:
    """第二十七批78件办结转办件，从地域来看，乌鲁木齐市32件…: a key in the sentence of a count, right after the clause
    holding it, looks at that count (the one count of its unit in the sentence before the key)."""
    before = _the_one_count(r, r.period_span(key_at)[0], key_at, unit)
    return before if before and _KEY_RIGHT_AFTER_RE.fullmatch(r.norm, before[0].end, key_at) else []


def _the_one_count(r: Reading, lo: int, hi: int, unit: str) -> list[Fact]:
    """The one count of a unit in [lo, hi) a key may look at ([] unless one): no change, no aside in brackets, no part
    stated with its share (…的案件339件，占比30%: a part itself)."""
    found = [
        f
        for f in _counts(r.facts_between(lo, hi))
        if f.q.unit == unit
        and not _CHANGE_RE.search(r.lead(f, 6))
        and not r.bracketed(f, hi)
        and not _SHARE_AFTER_RE.match(r.norm, f.end)
    ]
    return found if len(found) == 1 else []


# between a count and a key looking at it: the rest of the count's clause, one comma (…78件办结转办件，从地域来看)
_KEY_RIGHT_AFTER_RE = lazy_compile(r"[^，,；;。：:\d]*[，,]?\s*")


def _one_kind_by_tail(label: str, before: str) -> bool:
    """Do two parts' names end in the same word, one that names a kind of thing (接待群众来访，办理网上信访: 访),
    not a generic head (案件, …类)?"""
    return bool(label) and label[-1:] == before[-1:] and label[-1] not in _GENERIC_TAILS


_GENERIC_TAILS = "件类数人个项次量"


# 前五名分别为…, 排名前三位的是…: a ranking that says how many items it lists
_RANKED_RE = re.compile(r"前([一二两三四五六七八九十]|\d{1,2})(?:名|位|项|类|个)")


def _up_to_the_ranked(r: Reading, start: int, parts: list[Fact]) -> list[Fact]:
    """The parts of a list that says how many it ranks (前五名分别为市容环境类13182件、…公共设施类1468件；各部门应
    处置案件26702件…: five, the figures after them something else)."""
    if not parts:
        return parts
    m = _RANKED_RE.search(r.norm, start, parts[0].start)
    if m is None:
        return parts
    n = int(m.group(1)) if m.group(1).isdigit() else int(parse_cn_number(m.group(1)) or 0)
    return parts[:n] if 2 <= n < len(parts) else parts


def _within_a_part(r: Reading, f: Fact, end: int) -> bool:
    """Is the figure in a bracket after a figure of its unit in its clause (工矿商贸事故13起(工程建设领域事故10起)),
    a part of that one? (Not 以电话投诉居多(19件): a bracket holding the part's own figure.)"""
    if not r.bracketed(f, end):
        return False
    o = r.open_bracket(f.start)
    lo = r.period_span(o)[0]
    lo = max(lo, r.last_segment_end(lo, o) + 1)
    return any(g.q.unit == f.q.unit for g in r.facts_between(lo, o))


def _one_a_segment(r: Reading, parts: list[Fact]) -> bool:
    """Does each part so far open its own ；-segment (the list's items set apart by ；, 杭州44件；宁波31件)?"""
    first = SEGMENT_END.search(r.norm, parts[0].end, parts[1].start)
    return (
        first is not None
        and not r.facts_between(parts[0].end, first.start())
        and all(
            (seg := SEGMENT_END.search(r.norm, a.end, b.start)) is not None
            and not r.facts_between(seg.end(), b.start)
            for a, b in itertools.pairwise(parts)
        )
    )


def _same_opening(label: str, before: str) -> bool:
    """Do two parts' names open with the same two characters (a verb: 责令改正…, 责令整改并处罚款…)?"""
    a, b = (x.strip(OPENING_MARKS).removeprefix("其中").strip(OPENING_MARKS) for x in (label, before))
    return (
        len(a) >= _OPENING
        and a[:_OPENING] == b[:_OPENING]
        and _CJK_ONLY_RE.fullmatch(a[:_OPENING]) is not None
    )


_OPENING = 2


def _counter(r: Reading, f: Fact) -> str:
    """What a figure counts by, for a list's parts: a visit (来访261批次) is a 件次 of a 信访 total beside the
    others (网上信访26件次, 视频接访12件次 of 300件次); a letter (信件102封) an item in 件 beside the rest; else its unit."""
    if f.q.unit == "封":
        return "件"
    return "件次" if f.q.unit == "批次" and "访" in r.frame(f).label else f.q.unit


def _each_of_its_own(r: Reading, pos: int, before: list[Fact], parts: list[Fact]) -> bool:
    """Do the parts after `pos` pair, by 分别, with as many wholes joined by 、 right before (立行立改的1786个、
    分阶段整改的817个问题中，分别有1691个、513个: 1691 of 1786, 513 of 817), not make up the last one?"""
    if len(parts) < 2 or not _RESPECTIVELY_RE.match(r.norm, pos):
        return False
    alike = [f for f in before if f.q.unit == parts[0].q.unit]
    run = alike[-1:]
    for f in reversed(alike[:-1]):
        between = r.norm[f.end : run[0].start]
        if "、" not in between or any(c in between for c in "，,；;。：:"):
            break
        run.insert(0, f)
    return len(run) == len(parts)


def _shares_after(r: Reading, parts: list[Fact]) -> list[tuple[Fact, Fact]]:
    """The parts stated with their share right after them (…102件，占62.58%), each with that share."""
    out = []
    for p in parts:
        m = _SHARE_AFTER_RE.match(r.norm, p.end)
        if m:
            rate = next((f for f in r.facts_between(m.end(), m.end() + 12) if f.q.unit == "%"), None)
            if rate is not None and rate.start == m.end():
                out.append((p, rate))
    return out


# (…102件，占62.58% / 150509件，占受理问题总数的56.30%: the whole named between, as its share's)
_SHARE_AFTER_RE = re.compile(
    r"\s*[，,（(]?\s*(?:约|分别)?占(?:比|比例|[\u4e00-\u9fff]{1,12}?的(?:比例|比重)?)?(?:为|达)?\s*"
)


def _named_step(
    r: Reading, step: str, upto: int, instance: str | None = None, level: str | None = None
) -> list[Fact]:
    """The nearest count before `upto`, in its section, named by the step word `step` (as a list); with
    `instance` (一审, 二审…), not one its sentence says is of another instance; with `level` (of courts: all,
    basic…), not one its ；-segment says is of another level."""
    words = load_words()
    section = r.seg.paragraph_at(upto).section
    for f in reversed(r.facts_between(0, upto)):
        if r.seg.paragraph_at(f.start).section != section:
            break
        if instance is not None and instance_of_sentence(
            r.norm, r.sentence_span(f.sentence)[0], f.start
        ) not in (instance, None):
            continue
        if level is not None and not _of_level(r, f, level):
            continue  # (全市法院审结的交通事故案件中: not the 基层法院's 审结…9008件 of the sentence before)
        label = r.frame(f).label
        said = words.step_word(label)
        # named by the step itself (受理34件, 受理复议申请35件; 经审查立案129件 for 立案, 结案68件 for 已结案),
        # not a kind after it (受理案件中投诉举报类12件)
        if (
            f.mention.kind == "count"
            and said is not None
            and words.stage(said) == words.stage(step)
            and len(label) - label.rfind(said) <= len(said) + 4
            and "类" not in label
        ):
            return [f]
    # else, in this sentence or the two before (a ；ends one), one whose words take that step before another
    # (经审查立案交有关单位办理的621件 for 在已立案提案中; not 符合法定受理条件的…522件, a condition, nor 未予立案…的8件)
    first = r.seg.sentence_at(upto) - 2
    for f in reversed(r.facts_between(0, upto)):
        if f.sentence < first:
            break
        if level is not None and not _of_level(r, f, level):
            continue
        label = r.frame(f).label
        for m in words.stage_re.finditer(label):
            if (
                f.mention.kind == "count"
                and step in m.group()
                and words.stage_of.get(m.group()) == words.stage_of.get(step)
                and not words.negation_re.search(label[max(0, m.start() - 2) : m.start()])
            ):
                return [f]
    return []


def _of_level(r: Reading, f: Fact, level: str) -> bool:
    """Is the figure of that level of courts, or of none its ；-segment names?"""
    seg = max(r.sentence_span(f.sentence)[0], r.last_segment_end(0, f.start) + 1)
    return court_level(r.norm, seg, f.start) in (level, None)


_NEW_LIST = ("包括", "其中")  # words opening a ；-segment with a list of its own
_ADDED_RE = re.compile(r"\s*" + ADD)  # a ；-segment adding to the whole (加上级补助收入…)
# a ；-segment opening a statement of the whole year; or the next item of a ranking the total is an item of
# (收案较多的有公安行政领域635件，…其中…治安类案件369件，占比58.1%；其次是城建拆迁领域案件369件)
_NEW_FRAME_RE = re.compile(
    r"[；;]\s*(?=全年|年末|年内|[二三四五六七八九十]是|[\u4e00-\u9fff]{1,6}后[\u4e00-\u9fff])"
    r"|[；;，,]\s*(?=其次(?:是|为|有)|再次(?:是|为))"
)  # (…一是…其中…；二是持续开展流程再造工作…: the next point of a numbered run; …其中纠错6件，调解25件；复议后起诉的
# 案件12件: what came after, another set)
_RANGE_ENDS = ("以内", "以下")  # a figure that bounds a class of things (5名以内) counts none of them


def _opens_a_set(r: Reading, f: Fact) -> bool:
    """Is the figure the set a list after it divides, its clause closed by 中 (新收的7347件一审行政诉讼案件中，…)?"""
    pred = r.frame(f).pred
    return pred.endswith("中") and r.norm[f.end + len(pred) : f.end + len(pred) + 1] in ("，", ",", "：", ":")


def _among_list(r: Reading, words: Words, f: Fact) -> Group | None:
    """在对申请答复的1677件中，属已主动公开的243件… / 52件建议中，A类…: the figure is the total. Also
    形成的21142宗案卷中的18844宗: 中的 puts the figure right after it inside it."""
    if "中" not in r.norm[f.end : f.end + 40] or f.mention.kind == "percent":
        return None  # (most figures: no frame to compute)
    inside = _INSIDE_RE.match(r.norm, f.end)
    i = r.fact_index().position.get(id(f), -1)
    if inside and 0 <= i < len(r.facts) - 1:
        nxt = r.facts[i + 1]
        if nxt.start == inside.end() and nxt.q.unit == f.q.unit:
            return _group(r, words, f, [nxt], "中", "")
    fr = r.frame(f)
    if _INTO_RE.search(fr.pred):
        return None
    tail = r.norm[f.end : f.end + 40]
    cut = tail.find("中")
    if cut > 0 and tail[cut - 1] == "其":
        return None  # 三级医院2996个(其中:三级甲等医院1580个): the 其中 list's, read as one (_marked_list)
    opens = tail[cut + 1 : cut + 2] if cut >= 0 else ""
    # 52件建议中，A类… / 52件建议中“所提问题已经解决的”A类… / 提出866条建议中89条被采纳: 中 closes the words
    # naming the figure's set
    digit = opens.isdigit() and _SET_NOUN_RE.fullmatch(tail[:cut]) is not None  # (not 巴中34件, (其中2项)
    if not (fr.pred.endswith("中") and opens and (opens in "，,：:" or digit)) and not (
        opens and opens in '“"「' and fr.pred.startswith(tail[: cut + 1])
    ):
        return None
    start = f.end + cut + 1
    if r.bracketed(f, start):
        return None  # 审理的2118件(包括…上年结转的150件)案件中: the set is the figure before the brackets
    period = r.period_span(f.start)
    frame = _NEW_FRAME_RE.search(r.norm, start, period[1])
    hi = frame.start() if frame else period[1]
    for seg in SEGMENT_END.finditer(r.norm, start, hi):
        first = _counts(r.facts_between(seg.end(), hi))[:1]
        if first and _OWN_SET_RE.match(r.norm, first[0].end):
            # 市碱业公司5件应办结工单中1件工单超时办结；连职院7件工单中1件超时签收: past a ；, another subject's set and
            # its list, no part of this one
            hi = seg.start()
            break
    # (a figure in brackets is of the part before them: 65件案件中，哈尔滨市35件(重点关注案件1件)，…)
    cands = [
        g
        for g in _counts(r.facts_between(start, hi))
        if _same_counter(g.q.unit, f.q.unit) and not r.bracketed(g, hi)
    ]
    parts = _before_another_thing(r, f, _list_parts(r, words, f, _parts(r, words, cands)))
    parts = _past_the_done(r, parts, max(period[0], f.start - _DONE_WORDS), start)
    if _each_of_its_own(r, start, _counts(r.facts_between(period[0], f.end)), parts):
        return None  # 立行立改的1786个、分阶段整改的817个问题中，分别有1691个、513个: each of its own whole
    if f.q.unit in _ENTITY_UNITS:
        # 全市16个基层法院中，11个基层法院实有34个人民法庭: bodies of another kind (法庭), named after their
        # figure, are no part of those the set names (法院)
        parts = [p for p in parts if not _names_another_body(r, p, tail[:cut].strip()[-2:])]
    return (
        _group(r, words, f, parts, "中", r.norm[start : parts[0].start] if parts else "") if parts else None
    )


_SET_NOUN_RE = lazy_compile(r"[\u4e00-\u9fff]{2,8}")  # the words naming a set right after its count (建议)
_OWN_SET_RE = lazy_compile(
    r"[\u4e00-\u9fff]{0,8}中(?=[，,：:\d])"
)  # (7件工单中1件: a count opening a set of its own)
_STEP_NEAR = 6  # characters before a figure in which a step word is the figure's own step
_AMONG_PART_RE = re.compile(r"[，,]?([\u4e00-\u9fff]{2,8}?)中的")  # (企业中的外商投资企业: among the 企业)
_NAMED_AFTER_RE = lazy_compile(r"[\u4e00-\u9fff]{2,}")  # (a figure's words after it: 274名人民陪审员)
# a part's own parts follow (检察建议115件，包括…; 商品消费126件，涉及商品质量类41件…: 涉及 and a figure in its
# clause, not 涉及生态环境…两大领域，…)
_SUBLIST_RE = re.compile(r"包括|[（(]含|[，,]涉及[^，,；;。：:\d]{0,12}\d")
_UNDER_RE = re.compile(r"[，,]\s*下(?:辖|设)")  # (…14个基层法院，下辖58个基层人民法庭: bodies under another)
_CARRIED_IN_RE = re.compile(r"\s*[（(]含(?:上期|上年|去年)?(?:积存|结转|旧存)")
# those carried into the next year (…其他4件，结转至下年度继续办理4件 of 受理37件): not done yet, like 尚未
_CARRIED_ON_RE = re.compile(r"结转(?:至|到|入)?下|转(?:至|入)下")
# a list's whole said to be done (在已经答复的91件申请中, 已办结的…中): no part of it is still to be done next year
_DONE_WHOLE_RE = re.compile(r"已(?:经)?(?:答复|办结|审结|结案|处理完毕|办理完毕)")
_DONE_WORDS = 16  # characters before the marker that may say the whole is done


def _past_the_done(r: Reading, parts: list[Fact], lo: int, hi: int) -> list[Fact]:
    """The parts without a last one carried on to next year when the words in [lo, hi) say the whole is done (在已经答复
    的91件申请中：予以公开22件；…其他处理4件；结转下年度办理5件: the 5 are the rest of the 96 received, not of the 91)."""
    if (
        len(parts) >= 3
        and _CARRIED_ON_RE.search(r.frame(parts[-1]).label)
        and _DONE_WHOLE_RE.search(r.norm, lo, hi)
    ):
        return parts[:-1]
    return parts


_PENDING_RE = re.compile(r"尚未|未|正在|" + _CARRIED_ON_RE.pattern)
_NEW_SUBJECT_RE = re.compile(r"全[市县区省州旗镇国]|全年|本年|今年")  # a clause about all of them again
# a path taken directly (交办工单230件，直接答复工单46件): beside passing a case on, not a step after it
_DIRECT_RE = re.compile(r"(?:平台)?(?:直接|当场|即时|现场)")


# 数百件, 几十件, 上千件: how many, roughly, not a figure to add
_VAGUE_RE = re.compile(r"[数几上][十百千万]")
_DONE_OF_DUE_RE = re.compile(r"已([\u4e00-\u9fff]{2})")


_ONE_CASE_RE = re.compile(r"案[”\"」』]")  # a case named in quotes (“…等人生产销售假药案”)
# a figure moved to another right after it (由年初预算的65000万元调整为35000万元): its value before, no part of
# the whole as it stands (the whole's parts are the figures it went to)
_MOVED_ON_RE = re.compile(r"(?:调整|调减|调增|变更|增加|减少|提高|下降|降低|上升)(?:为|到|至)")


def _whole_set_then_groups(r: Reading, words: Words, parts: list[Fact]) -> list[Fact]:
    """受理法律援助案件501件，其中，刑事225件，民事275件，行政1件，农民工175件，妇女103件…: the parts up to those naming
    every member of a closed set, when each after them names a group of people that overlap (another dimension)."""
    labels = [r.frame(p).label for p in parts]
    for members, _of, _likely in words.whole_sets:
        k = len(members)
        if (
            len(parts) > k
            and set(members_named(members, labels[:k])) == set(members)
            and all(words.overlapping_re.search(label) for label in labels[k:])
        ):
            return parts[:k]
    return parts


def _netted(r: Reading, cands: list[Fact]) -> set[str]:
    """The figures a net figure after them is worked out from, in one ；-segment: a gross, the amount taken out of it
    (剔除, 扣除…), then what is left (171697 − 71238 = 100459)."""
    out: set[str] = set()
    for a, b, c in zip(cands, cands[1:], cands[2:], strict=False):
        if (
            _NETTED_RE.search(r.lead(b, 12))
            and a.q.unit == b.q.unit == c.q.unit
            and abs(a.q.value - b.q.value - c.q.value) <= max(a.q.step, b.q.step, c.q.step)
            and not SEGMENT_END.search(r.norm, a.end, c.start)
        ):
            out.update((a.id, b.id))
    return out


_NETTED_RE = re.compile(r"(?:剔除|扣除|减去|除去)[^，,；;。\d]{0,10}$")


def _parts(r: Reading, words: Words, cands: list[Fact]) -> list[Fact]:
    """The sibling parts of a list, without the figures nested in them (see the module docstring)."""
    cands = [c for c in cands if not _VAGUE_RE.match(c.mention.text)]  # (数百件提案中: no count of a part)
    parts: list[Fact] = []
    nested = _nested_spans(r, cands)
    netted = _netted(r, cands)
    for c in cands:
        label = r.frame(c).label
        if c.id in netted:
            continue  # 一般公共预算收入完成171697万元，剔除上划市级收入71238万元，区本级…收入完成100459万元: the net is the part
        if any(a <= c.start < b for a, b in nested):
            continue  # 其中医院3.0万个，在医院中有公立医院1.2万个，民营医院1.8万个；…: parts of a part
        if _ONE_CASE_RE.search(label):
            continue  # 其中，…查办的“颜某某等人生产销售假药案”涉案货值达1100余万元: one case's figure, an example
        moved = _MOVED_ON_RE.match(r.norm, c.end)
        if moved and any(d.start == moved.end() for d in cands):
            continue  # 土地出让收入由年初预算的65000万元调整为35000万元: the 35000 is the part
        if _target_of_share(r, c):
            continue  # 税收收入3511万元，占年初预算8465万元的41.5%: the target the part is a share of
        if parts and _share_of_an_earlier_part(r, c, parts):
            continue  # 有792件…内容公开；有434件…办理结果公开，占代表建议内容公开总数的54.8%: nested in the 792
        if _OWN_TOTAL_RE.search(label[-6:]) and (parts or not _KIND_TOTAL_RE.search(label)):
            # 其中：地方一般预算收入123307万元；税收总收入104717万元: a total of another measure, not a part (but 共受理
            # 各类案件7666件。其中，行政案件受理总数为4818件: the first part, the whole of one kind of the cases)
            break
        # (…警告37人，其他处理225人: the rest, whatever step word names it; a step word in quotation marks is part
        # of a name, “双随机一公开”监管2件, no step taken)
        named = _QUOTED_NAME_RE.sub("", label)
        step = None if words.remainder_re.match(label) else words.stage(named)
        if parts and _sum_led(r, c):
            break  # …自行处置3491件，共派遣案件7720件: a new sum, not the next part
        if (
            len(parts) >= 2
            and _one_a_segment(r, parts)
            and not SEGMENT_END.search(r.norm, parts[-1].end, c.start)
            and not words.remainder_re.match(label)  # (…；噪声方面4个，其它污染5个: the list's own rest)
            # (…管理的公证处有47个，占1.49%，由…管理的有372个: a sibling said alike, or beyond the part, or enumerated)
            and c.q.value <= parts[-1].q.value
            and "、" not in r.norm[parts[-1].end : c.start]
            and not _one_kind_by_tail(label, r.frame(parts[-1]).label)
        ):
            continue  # 杭州44件；宁波31件；温州11件，重点件1件；…: a part a segment, a figure after it in its own is its
        if parts:
            p = parts[-1]
            seg = SEGMENT_END.search(r.norm, p.end, c.start)
            if seg and any(
                g.mention.kind == "count" and (g.q.unit in PERSON_UNITS) != (c.q.unit in PERSON_UNITS)
                for g in r.facts_between(seg.end(), c.start)
            ):
                break  # …委员个人或联名提案666件；参与提案的委员403人，占68%；涉及经济建设方面的提案290件: another dimension
            if seg and r.norm[seg.end() : c.start].lstrip().startswith(_NEW_LIST):
                break  # 其中大冶市573件，阳新县278件；包括咨询1127件、…: a new list of the total, another dimension
            if seg and _ADDED_RE.match(r.norm, seg.end()):
                break  # 其中地方一般公共预算收入271630万元，…；加上级补助收入120846万元，…收入合计…: added to the whole
            if seg and KEY_RE.search(r.norm, seg.end(), c.start):
                break  # …按案涉行政领域划分，…424件；按案涉行政行为类型划分，…: the next key, another dimension
            if (
                seg
                and _changed_in_its_segment(r, c)
                and not any(_changed_in_its_segment(r, q) for q in parts)
            ):
                # 办结…3000余件，其中向法院提出抗诉37件；对…提出检察建议2222件，同比上升1.7倍: a figure of its own with
                # its own change, after the list, not the next part
                break
            sub = _SUBLIST_RE.search(r.norm, p.end, c.end)
            if sub and sub.group()[0] in "（(" and r.bracket_close(sub.start() + 1, c.start) < c.start:
                sub = None  # 轻微不起诉65人(含…9人)，证据不足不起诉5人: the bracket closed, the list goes on
            elif sub and "涉及" in sub.group() and _concerning_item(r, parts[0]):
                sub = None  # 其中涉及宏观调控的提案384件，涉及“三农”提案486件: each part named by what it concerns
            if sub and not SEGMENT_END.search(r.norm, p.end, c.start):
                continue  # 检察建议115件，包括…99件，…16件；: the parts of a part, until its clause ends
            if (
                sub
                and sub.group() == "包括"
                and sum(x.q.value for x in cands if p.end <= x.start < c.start) + c.q.value <= p.q.value
            ):
                # 受理行政诉讼案件6299宗，包括一审…4049宗，…；二审…2250宗…；行政管辖案件2宗: past a ；, while the
                # items after 包括 still fit within the part, they are its own
                continue
            done = _DONE_OF_DUE_RE.search(label)
            said = done.group(1) if done else words.step_word(label)
            if said and any("应" + said in r.frame(q).label for q in parts):
                continue  # 其中应上交财政10.82亿元，已上交9.92亿元: what was done of what was due, nested in it
            if (
                label.startswith("应")
                and words.stage_re.match(label, 1)
                and words.stage(label[1:]) is not None
            ):
                continue  # 其中立案996件，应结案972件，结案911件: what was due of what came in, no sibling
            if words.nested and words.nested_in(label, [r.frame(q).label for q in parts]):
                continue  # 一般程序24757件，告知听证程序2469件: a kind within a part before
            rest = r.frame(p).label
            if (
                words.remainder_re.match(rest)
                and not _enumerated(r, p, c)
                and not label.endswith(rest[-2:])
                and not _PENDING_RE.match(label)  # (其他结果2起，尚未审结1起: the ones not yet decided)
                and not any(words.remainder_re.match(r.frame(q).label) for q in cands if q.start > c.start)
            ):  # (…其他文件信息4条；政策解读1条；…其他主动公开类信息4条: the list's own remainder comes later)
                # …其它纠纷54件；防止民间纠纷转化为刑事案件1件: the list ended at its remainder (not when
                # the enumeration goes on, 其它54宗、一般投诉类1697宗, or a parallel item follows, 其他事项审查
                # 1件，镇村合同审查1077件)
                break
            if _intake_halves(rest, label):
                parts.append(c)  # (the intake's other half, not a later step)
                continue
            among = _AMONG_PART_RE.match(label)
            if among and rest.endswith(among.group(1)):
                continue  # 企业4200.0万户，…，企业中的外商投资企业64.1万户: among the part before, nested in it
            # a figure opening its clause after a part named by words before its figure
            # (but not one still under way after those done, their sibling: 其中撤回3件，复议维持1件，1件正在办理中; after a
            # rating, 办结363件，其中满意330件，比较满意33件；还有2件正在办理之中, those are of all 365)
            named_after = bool(
                not label.strip(OPENING_MARKS)
                and rest.strip(OPENING_MARKS)
                and not (_STILL_UNDER_WAY_RE.match(r.frame(c).pred) and words.stage(rest) in words.concludes)
            )
            if named_after and words.stage(r.frame(c).pred) is not None and words.stage(rest) is None:
                continue  # 其中有效信件770件，662件已转有关部门办理: a step the part before went on to, no sibling
            if named_after and _NAMED_AFTER_RE.match(r.frame(c).pred):
                break  # 其中…退休干部9名，274名人民陪审员、11名人民监督员: others named after their figures, not parts
            prev = words.stage(r.frame(p).label)
            same_segment = not SEGMENT_END.search(r.norm, p.end, c.start)
            if (
                step is not None
                and prev is not None
                and step > prev
                and (same_segment or words.bare_stage(label) or _same_thing(words, label, rest))
                and not _DIRECT_RE.match(label)
                # (其中办理诉前程序案件1668件、提起诉讼案件42件: kinds side by side; not 收案84390件、结案78730件)
                and not (_enumerated(r, p, c) and not words.bare_stage(label))
                # (其中，受理1968件，不予受理或作其他处理403件: the step the part before took, negated, is its sibling)
                and not _negates_the_step_of(words, label, r.frame(p).label)
                # (其中未受理0件、受理中0件、已办结6件: the part before is a status, still under way, no step taken)
                and not _UNDER_WAY_RE.search(r.frame(p).label)
                # (已经办理完毕的…30件，…已采纳且正在办理的…34件: two statuses of one set, side by side)
                and words.complementary([label, r.frame(p).label], whole=False) is None
                # (判决…，裁定…，调解982件，移送38件: the ways the cases ended, side by side)
                and not words.ended_alike(label, [r.frame(q).label for q in parts])
            ):
                continue  # 受理2345件，调处2283件: nested in the part before
            if (
                not same_segment
                and step is not None
                and prev is not None
                and step > prev
                and _NEW_SUBJECT_RE.match(label)
            ):
                break  # 其中受理数2005件…；全市审结行政复议案件1629件: a later step of a new subject, after the list
            if (
                not same_segment
                and words.stage(label[:_STEP_NEAR]) is not None
                and all(words.stage(r.frame(q).label) is None for q in parts)
                and not _one_kind_by_tail(label, rest)
                and not words.ended_alike(label, [r.frame(q).label for q in parts])
                # (…；限产、停产案件633件；移送行政拘留1078起: the next kind of one closed set, a step word in its name)
                and not words.of_one_whole_set([*(r.frame(q).label for q in parts), label])
            ):
                break  # 其中刑事诉讼代理66万多件…；办理非诉讼法律事务67万多件: a new clause does something else
            if (
                step is not None
                and words.stage(named[-_STEP_NEAR:]) is not None
                # (承办省平台交办件452件: the items a step brought, a channel named by a noun, no step taken)
                and not label.endswith(f"{words.step_word(label)}件")
                and all(words.stage(r.frame(q).label) is None for q in parts)
                # (审结146件，其中补正过期9件，不予受理11件，决定维持49件…: a step not taken is a way the cases ended too)
                and not any(_step_not_taken(words, r.frame(q).label) for q in parts)
                and not _enumerated(r, p, c)
                and not _parallel(r, c, p)
                and not _kinds_go_on(r, words, cands, c)
                and not _one_kind_by_tail(label, rest)
                # (其中责令改正违法行为11起，责令整改并处罚款5起: one verb, two kinds of what it ordered)
                and not _same_opening(label, rest)
                # (前台直接办结70件，网络转办101件: the tickets closed at once and those passed on, two paths)
                and not any(handled_at_once(r.frame(q).label) for q in parts)
                # (判决26件，撤诉35件: two ways the cases ended)
                and not words.ended_alike(label, [r.frame(q).label for q in parts])
                # (…限产、停产案件624件，移送行政拘留717起: the kinds of one closed set, a step word in a name)
                and not words.of_one_whole_set([*(r.frame(q).label for q in parts), label])
            ):
                # 咨询类1160条、投诉类1859条，处理答复3055条: another dimension; a step word further back
                # only describes the kind (通过登记的住所无法联系3户); not an item enumerated with the
                # others (工作动态类信息11条、双随机一公开信息2条)
                break
        parts.append(c)
    return _without_a_split_of_a_part(r, words, parts)


_QUOTED_NAME_RE = re.compile(r"“[^”]{1,16}”")


def _without_a_split_of_a_part(r: Reading, words: Words, parts: list[Fact]) -> list[Fact]:
    """The parts without a pair that splits the part before them (上诉15件，除2件…改判外，其他13件均维持: the 2 and the
    13 are the 15's), told by 除…外 and the rest, adding up to it exactly."""
    for k in range(1, len(parts) - 1):
        prev, a, b = parts[k - 1], parts[k], parts[k + 1]
        if (
            "除" in r.norm[r.clause_start(a.start) : a.start]
            and words.remainder_re.match(r.frame(b).label)
            and sums_exactly(prev, [a, b])
        ):
            return parts[:k] + parts[k + 2 :]
    return parts


# (a bracket comparing with another period, 870件(比去年同期的929件下降6.35%), holds no part either)
_OTHER_PERIOD_RE = re.compile(
    r"\s*(?:(?:比|较|与|同比|环比)?(?:\d{4}年|上年|去年|上一年|同期|上期|上月|上周|上季度|上半年)|(?:同比|环比))"
)
_BASE_OF_SHARE_RE = re.compile(r"的\s*\d[\d.]*\s*%")
_NESTED_IN_RE = re.compile(r"在([\u4e00-\u9fff]{2,10})中(?:有|，|,)?")


def _intake_halves(first: str, second: str) -> bool:
    """Do two parts' words name an intake's two halves, what came in from before and what is new, in either order
    (其中旧存100件，新收900件 / 其中，本年度新接收91件，2020年结转办理1件)?"""
    return bool(
        (
            CARRIED_PART_RE.search(first)
            and (
                NEW_ONLY_RE.search(second)
                or _later_years_intake(first, second)
                or _YEAR_INTAKE_RE.search(second)
            )
        )
        or ((NEW_ONLY_RE.search(first) or _YEAR_INTAKE_RE.search(first)) and CARRIED_IN_RE.search(second))
    )


# the intake of a year the text names, beside what came in from the year before (包括2016年受理的1968件和上年结转
# 的150件): the new half
_YEAR_INTAKE_RE = re.compile(r"\d{4}\s*年度?(?:新)?受理")


def _later_years_intake(carried: str, other: str) -> bool:
    """含2020年度结转1宗，2021年受理4宗: the intake of a year after the one the carry-over came from is the new half."""
    a, b = YEAR_RE.search(carried), YEAR_RE.search(other)
    words = load_words()
    return bool(a and b and int(b.group(1)) > int(a.group(1)) and words.stage(other) in words.intake)


# the branch not taken, with all else (不予受理或作其他处理, 不予受理、告知…以转送等方式处理)
_REST_OF_THE_BRANCH_RE = re.compile(r"(?:或|及)(?:作)?其[他它]|等方式")


def _taken_or_handled_otherwise(r: Reading, words: Words, a: Fact, b: Fact) -> bool:
    """Does the second part name the first's step not taken, or taken otherwise, whatever its 、 hold (…；不予受理、
    告知受理机关、以转送等方式处理1245件, which the label after the last 、 does not show)?"""
    step = words.step_word(r.frame(a).label)
    between = r.norm[a.end : b.start]
    return (
        step is not None
        # (依法受理 is 受理: its negation names the verb alone)
        and any(neg + w in between for neg in ("不予", "不") for w in {step, step[-2:]})
        and _REST_OF_THE_BRANCH_RE.search(between) is not None
    )


def _whole_by(r: Reading, words: Words, total: Fact, parts: list[Fact], labels: list[str]) -> str:
    """Why the parts are all of the total, if the text says so: a last part 其他 (`remainder`), kinds of
    one closed set (`complement`), every usual kind of a classification that has rarer ones besides
    (`classification`), the total named by the parts' nouns together (`named`), the two paths each takes
    (`paths`), the bodies each is sent to (`handlers`), the years of a span (`years`); "" if not. The
    reasons of LIKELY_WHOLE make a list likely whole, the others whole."""
    rest = next((k for k in range(len(labels) - 1, -1, -1) if words.remainder_re.match(labels[k])), None)
    if rest is not None and _rest_of_a_kind(r, words, total, labels[rest], labels[:rest]):
        rest = None
    if rest == len(labels) - 1:
        return "remainder"
    if rest is not None and all(_PENDING_RE.match(label) for label in labels[rest + 1 :]):
        return "remainder"  # (…其他4件，结转至下年度继续办理4件: the rest, then those not yet done)
    # (not when the sentence goes on with another of its unit: 予以公开2件，部分公开1件，本机关不掌握…6件)
    unit = parts[-1].q.unit
    # (past changes: …非税收入321,824万元，同比增收57,935万元。)
    after = next(
        (
            f
            for f in r.facts
            if f.start >= parts[-1].end and f.q.unit == unit and not _CHANGE_RE.search(r.lead(f, 8))
        ),
        None,
    )
    ends = (
        after is None
        or after.sentence != parts[-1].sentence
        or r.bracketed(after, r.period_span(after.start)[1])
        # (…行政1件，农民工175件，妇女103件: groups of people after the kinds, another dimension)
        or (
            words.overlapping_re.search(r.frame(after).label) is not None
            and not any(words.overlapping_re.search(label) for label in labels)
        )
    ) and not _cut_off(r, parts[-1])
    if _named_together(r, total, parts):
        return "named"  # (said first: the total's own name is the plainest reason)
    for members, of, likely in words.whole_sets:
        # (every member named, each part by one: 经济建设类…，政治建设类…，…生态文明建设类…)
        named = members_named(members, labels)
        if (
            None not in named
            and set(named) == set(members)
            and len(labels) == len(members)
            and ends
            # (the total's words, or its clause's: 共不起诉67件70人, the persons of the 67 cases)
            and (not of or any(w in r.frame(total).label or w in r.lead(total, 16) for w in of))
        ):
            return "classification" if likely else "complement"
    if words.step_and_negation(labels) and ends:
        return "complement"  # 受理40件，不予受理25件: a step taken or not, all of them
    if len(labels) == 2 and _and_its_negation(*labels) and ends:
        return "complement"  # 广州户籍2825人，非广州户籍930人: what the first names, and what it does not
    if len(parts) == 2 and _taken_or_handled_otherwise(r, words, *parts):
        return "remainder"  # 受理1968件，不予受理或作其他处理403件: taken, and not taken or handled otherwise
    if (
        len(labels) == 2  # (a closed pair: whatever follows in the sentence, 旧存210件，新收11411件，结案…)
        and _intake_halves(*labels)
    ):
        return "complement"
    if ends and words.one_set_names_all(labels, of=r.frame(total).label):
        return "complement"
    if two_paths(labels) and ends:
        return "paths"  # 其中直接办结124件，转派106件: the two paths each one takes
    if sent_to_bodies(labels) and ends:
        return "handlers"  # 77件中，有72件交市政府办理，5件交有关机关和组织办理: each to one body
    if _every_year_of_the_span(r, total, parts):
        return "years"
    return ""


def _and_its_negation(first: str, second: str) -> bool:
    """Is the second label the first with 非 before it (本地户籍 and 非本地户籍; 公益性 and 非公益性)?"""
    a, b = first.strip(OPENING_MARKS + "其中：:，, "), second.strip(OPENING_MARKS + "：:，, ")
    return len(a) >= 2 and b == "非" + a


# the heads a remainder may name and still be the rest of the whole, whatever its kind (其他54件, 其他类, 其他方面,
# 其它案件, 其他权利事项)
_GENERIC_HEADS = frozenset(
    {
        "类",
        "件",
        "方面",
        "领域",
        "案件",
        "事项",
        "情况",
        "问题",
        "类型",
        "原因",
        "内容",
        "部门",
        "单位",
        "工作",
        "事务",
        "诉求",
        "信息",
        "处理",  # (拘留107人，罚款23人，警告37人，其他处理225人: the rest of how those punished were dealt with)
        "处罚",
    }
)

# the heads of a remainder that names the rest of the ways, not a kind (以其它方式结案, 通过其他途径化解)
_WAY_HEADS = ("方式", "途径", "形式", "方法", "渠道")


_PERSON_HEADS = ("工作人员", "人员", "干部", "负责人", "领导")  # (其他工作人员: the rest of some people)


def _rest_of_a_kind(r: Reading, words: Words, total: Fact, label: str, before: list[str]) -> bool:
    """Does a remainder name a kind neither the total's words nor the parts before it name (其他劳资纠纷91宗 after
    工伤案件96宗… in a list of 民事案件387宗: the rest of the labour disputes, not of the whole; not 其它提案 after
    经济建设方面提案…)?"""
    if total.mention.kind != "count":
        return False  # (…等其他费用1.41万元: money's rest is the rest, whatever it is spent on)
    noun = words.rest_word_re.split(label.strip(" ，,、；;：:"))[-1].strip("的")
    if len(noun) < 2 or noun[-1:] in _GENERIC_HEADS or noun[-2:] in _GENERIC_HEADS:
        return False
    if noun.startswith(_WAY_HEADS):
        return False  # (以其它方式结案681件, 通过其他途径化解: the rest of the ways the whole ended)
    if noun.startswith(_PERSON_HEADS) and total.q.unit not in (*HEAD_UNITS, "人次"):
        # (诉讼案件404件…负责人出庭57件，其他工作人员出庭154件: the rest of who appeared, not of the cases)
        return True
    named = [r.frame(total).label, *before]
    # (其他传统媒体报道 after 政务新媒体: of the media named before, the rest)
    return not any(noun[k : k + 2] in b for k in range(len(noun) - 1) for b in named)


def _cut_off(r: Reading, f: Fact) -> bool:
    """Does the text end in the figure's sentence, with no mark that closes it (an excerpt cut off mid-list:
    …无法提供的33件，申请信息属于信访举报投诉类、重复申请、要求行政机关确)? Its list may go on."""
    end = len(r.norm.rstrip())
    return (
        r.period_span(f.start)[1] >= end
        and r.norm[end - 1 : end] not in _CLOSING
        and not r.facts_between(f.end, end)  # (a figure after it: the sentence went on past the list)
    )


_CLOSING = tuple('。！？!?；;）)”"')
_YEAR_LED_RE = re.compile(r"((?:19|20)\d\d)年(?:度)?")
_SPAN_RE = re.compile(r"((?:19|20)\d\d)年?(?:度)?\s*(?:至|到|—|–|-|~|～)\s*((?:19|20)\d\d)年")


def _every_year_of_the_span(r: Reading, total: Fact, parts: list[Fact]) -> bool:
    """2018年至2021年，…共受理…421841件。其中，2018年收案84390件…，2019年…，2020年…，2021年…: a part led by each
    year of the span the total's sentence states, in turn, and no other: the years divide it."""
    start = r.period_span(total.start)[0]
    # (the last span before the total is its own)
    span = next(reversed(list(_SPAN_RE.finditer(r.norm, start, total.start))), None)
    if span is None:
        return False
    first, last = int(span.group(1)), int(span.group(2))
    years = []
    for p in parts:
        led = _YEAR_LED_RE.match(r.norm, r.clause_start(p.start))
        if led is None:
            return False
        years.append(int(led.group(1)))
    return last > first and years == list(range(first, last + 1))


def _a_series_by_year(r: Reading, parts: list[Fact]) -> bool:
    """Do the parts' own clauses name two years or more, each its own (2013年…为1346.9万对，…2022年降至683.5万对)?"""
    years = {y.group(1) for p in parts if (y := _last_year(r.norm, r.clause_start(p.start), p.start))}
    return len(years) >= 2


def _last_year(norm: str, lo: int, hi: int) -> re.Match[str] | None:
    return next(reversed(list(YEAR_RE.finditer(norm, lo, hi))), None)


def _named_together(r: Reading, total: Fact, parts: list[Fact]) -> bool:
    """Is the total named by the parts' nouns joined, in order (建议提案1009件(人大建议406件,政协委员提案603件);
    共接收消费者投诉、举报、咨询347595件。其中，投诉…；举报…；咨询…)?"""
    heads = [r.head(p) for p in parts]
    return (
        all(len(h) == 2 for h in heads)
        and len(set(heads)) == len(heads)
        and _JOINERS_RE.sub("", r.frame(total).label).endswith("".join(heads))
    )


_JOINERS_RE = re.compile(r"[、和及与]")


_SHARE_OF_RE = re.compile(r"[，,]\s*占([\u4e00-\u9fff]{4,16}?)(?:总数|总量|的)")  # (its share's whole)


def _names_the_total(r: Reading, total: Fact, words: str) -> bool:
    """Do the words a share names its whole by (受理咨询总数) name the total, every character in order in its words?"""
    core = _WHOLE_WORD_RE.sub("", words)
    return len(core) >= 2 and subsequence_words(core, r.frame(total).label) == len(core)


_WHOLE_WORD_RE = re.compile(r"(?:总数|总量|总额)$")


def _share_of_an_earlier_part(r: Reading, f: Fact, parts: list[Fact]) -> bool:
    """Is the figure stated as a share of a whole that an earlier part's words name in full (…，占代表建议内容
    公开总数的54.8% after 有792件代表建议内容公开)? Then it is that part's part, not the list's."""
    stop = min(r.period_span(f.start)[1], f.end + 40)
    end = SEGMENT_END.search(r.norm, f.end, stop)
    m = _SHARE_OF_RE.search(r.norm, f.end, end.start() if end else stop)
    if m is None:
        return False
    named = m.group(1)
    return any(named in r.frame(p).label + r.frame(p).pred for p in parts)


def _target_of_share(r: Reading, f: Fact) -> bool:
    """Is the figure the base a figure before it is a share of (…，占年初预算8465万元的41.5%)?"""
    if _BASE_OF_SHARE_RE.match(r.norm, f.end) is not None and "占" in r.lead(f, 10):
        return True
    # (…，占广东全省收到评价数(8486万条)四分之一以上: the base of the share restated in brackets after its name)
    return (
        r.norm[f.start - 1 : f.start] in ("（", "(") and "占" in r.norm[r.clause_start(f.start - 1) : f.start]
    )


def _whole_the_shares_name(r: Reading, words: Words, total: Fact, parts: list[Fact], lo: int) -> Fact | None:
    """The figure before the list named by the step every part's share names as its whole, when that is not
    the figure chosen (立案169件，…实际应提交承办142件。其中，…提案66件，占立案总数的39%；…34件，占立案总数的20%…: of
    the 169), else None."""
    if len(parts) < 2:
        return None
    said = set()
    for p in parts:
        m = _SHARE_OF_RE.match(r.norm, p.end)  # (，占立案总数的: the words naming its whole)
        step = words.step_word(m.group(1)) if m else None
        if step is None:
            return None
        said.add(step)
    if len(said) != 1:
        return None
    step = said.pop()
    if words.step_word(r.frame(total).label) == step:
        return None
    return next(
        (
            f
            for f in reversed(_counts(r.facts_between(lo, parts[0].start)))
            if f.start <= total.start
            and words.step_word(r.frame(f).label) == step
            and counted_alike(f.q.unit, parts[0].q.unit)
        ),
        None,
    )


def _past_a_bracketed_list(r: Reading, nested: re.Match[str], end: int) -> int:
    """Where a list goes on to past a 其中 list in brackets of its last part (审结3842件，其中判决1817件，裁定1005件(其中
    驳回起诉17件、撤诉929件、终结3件)，调解982件，移送38件: the 982 and the 38 are the list's next parts): the next
    marker after the bracket or the period's end; 0 if the marker opens no bracket closing in the period."""
    opening = nested.start() - 1
    if r.norm[opening : nested.start()] not in ("(", "（"):
        return 0
    close = r.bracket_close(nested.start(), end)
    if close >= end:
        return 0
    nxt = next(iter(_markers(r.norm, close + 1, end)), None)
    return nxt.start() if nxt else end


def _past_a_nested_list(r: Reading, words: Words, start: int, nested: re.Match[str], end: int) -> int:
    """Where a list goes on to past the 其中 list of its last part, when the figure after that list's ；
    is that part's sibling, the two named as kinds of one closed set (在立案的提案中，委员个人提案133件，其中委员
    联名提案11件；党派团体提案7件: the 7 is the list's next part): the next marker or the period's end; 0 if not."""
    last = _counts(r.facts_between(start, nested.start()))
    seg = SEGMENT_END.search(r.norm, nested.end(), end)
    if not last or seg is None or r.norm[seg.start()] not in "；;":
        return 0
    after = _counts(r.facts_between(seg.end(), end))
    if not after or SEGMENT_END.search(r.norm, seg.end(), after[0].start):
        return 0
    pair = [r.frame(last[-1]).label, r.frame(after[0]).label]
    if words.complementary(pair, whole=False) is None:
        return 0
    nxt = next(iter(_markers(r.norm, after[0].end, end)), None)
    return nxt.start() if nxt else end


def _nested_spans(r: Reading, cands: list[Fact]) -> list[tuple[int, int]]:
    """Stretches of a list that break down one of its parts (在医院中有…, to the end of its ；-clause)."""
    if not cands:
        return []
    out = []
    lo, hi = cands[0].start, cands[-1].end
    for m in _NESTED_IN_RE.finditer(r.norm, lo, hi):
        named = m.group(1)
        if any(c.end <= m.start() and r.frame(c).label.endswith(named[-2:]) for c in cands):
            end = SEGMENT_END.search(r.norm, m.end(), hi)
            out.append((m.end(), end.start() if end else hi))
    # (…案件中，法院审结773件，其中一审770件，二审3件: a 其中 after a part breaks that part down)
    for k in range(len(cands) - 1):
        q = r.norm.find("其中", cands[k].end, cands[k + 1].start)
        if q >= 0 and not SEGMENT_END.search(r.norm, cands[k].end, q):
            end = SEGMENT_END.search(r.norm, q, hi)
            stop = end.start() if end else hi
            if r.norm[q - 1 : q] in ("（", "("):
                stop = min(
                    stop, r.bracket_close(q, hi)
                )  # (三级医院2996个（其中：…1580个），二级医院…: to its close)
            out.append((q, stop))
    return out


def _years_apart(r: Reading, total: Fact, parts: list[Fact]) -> bool:
    """Are the parts of several years, and the total of one of them (a series of a year each, no breakdown)? Not
    when the total's sentence states the span the parts go through year by year (2007年至2011年共审结…109件，其中，2007年
    审结18件…: the span's, its last year named too)."""
    year = r.clause_year(total)
    years = {r.clause_year(p) for p in parts}
    return (
        year is not None
        and None not in years
        and len(years) >= 2
        and year in years
        and not _every_year_of_the_span(r, total, parts)
    )


def _an_earlier_year(r: Reading, f: Fact, before: list[Fact]) -> bool:
    """Is the figure stated for an earlier year than another before the list (2018年…434件，2017年的440件
    基本持平。其中…: the comparison, not the whole the list breaks down)?"""
    year = r.clause_year(f)
    return year is not None and any((y := r.clause_year(g)) is not None and y > year for g in before)


def _compared(r: Reading, f: Fact, before: list[Fact]) -> bool:
    """Is the figure's clause a comparison that opens with 同期 (同期广东省法院共判处…34884人), after a figure of
    the sentence's own subject?"""
    lo = r.period_span(f.start)[0]
    clause = r.comma_clause_start(lo, f.start)
    return r.norm.startswith("同期", clause) and any(lo <= g.start < clause for g in before)


def _of_a_rate_between(r: Reading, total: Fact, parts: list[Fact], pos: int) -> bool:
    """Does a rate stand between the total and 其中 in 其中's sentence, named like the parts and like no count
    of that sentence (败诉12件，…负责人出庭率为100%，其中…出庭应诉共计31件: the cases the heads appeared in,
    not the 12 lost)?"""
    if not parts:
        return False
    start = r.period_span(pos)[0]
    first = r.frame(parts[0]).label
    counts = [r.frame(g).label for g in r.facts_between(start, pos) if g.mention.kind != "percent"]
    for f in r.facts_between(max(total.end, start), pos):
        if f.mention.kind == "percent":
            name = r.frame(f).label
            if shared_words(name, first) and not any(shared_words(name, label) for label in counts):
                return True
    return False


def _other_channel_ends(r: Reading, words: Words, total: Fact, parts: list[Fact]) -> list[Fact]:
    """Cut a list at a clause after ； that names another channel than its total (网站发布信息4583条，其中…；通过
    新浪微博发布6012条: the total's sibling, not its part)."""
    mine = words.channel_re.search(r.frame(total).label)
    if mine is None:
        return parts
    for k in range(1, len(parts)):
        if SEGMENT_END.search(r.norm, parts[k - 1].end, parts[k].start):
            other = words.channel_re.search(r.frame(parts[k]).label)
            if other is not None and other.group() != mine.group():
                return parts[:k]
    return parts


def apart_in_another_unit(r: Reading, f: Fact, unit: str) -> bool:
    """Is f a count of a list in another unit than the list's, standing on its own (not paired with the
    figure right before it: 刑事案件10件15人)?"""
    if _same_counter(f.q.unit, unit) or f.mention.kind != "count":
        return False  # (移送行政拘留717起 in a list in 件: cases alike)
    i = r.fact_index().position.get(id(f), 0)
    return i == 0 or bool(r.norm[r.facts[i - 1].end : f.start].strip())


def _kinds_go_on(r: Reading, words: Words, cands: list[Fact], c: Fact) -> bool:
    """Do kinds named without a step word go on right after c in its sentence (…计划总结1条，会议公开3条，
    行政权力2条…: 公开 names a kind among kinds, not another dimension of the list)?"""
    later = [q for q in cands if q.start > c.start]
    label = r.frame(c).label
    if not later or len(label) > _KIND_NAME_MOST or words.bare_stage(label):
        return False  # (办结14937件；社会化服务类事项…: a bare step is of the kind before it)
    # (the next two kinds, in its sentence, short and named by no step: 自行处置3491件，共派遣案件7720件，应结案…
    # goes on to a new sum and the steps after it)
    for n in later[:2]:
        nxt = r.frame(n).label
        if "。" in r.norm[c.end : n.start]:
            break
        if (
            n.q.unit != c.q.unit
            or len(nxt) > _KIND_NAME_MOST
            or words.stage(nxt) is not None
            or _sum_led(r, n)
        ):
            return False
    return True


# a clause stating a sum (not 共产党员, 共享, 共同…: words of their own)
_SUM_LEAD_RE = re.compile(r"\s*(?:共(?![产享同建治性青])|合计|总计|累计)")


def _negates_the_step_of(words: Words, label: str, before: str) -> bool:
    """Does a label open with the negation of the step the label before names (不予受理 after 受理)?"""
    step = words.step_word(before)
    return step is not None and label.lstrip(OPENING_MARKS).startswith(
        ("不予" + step, "不" + step, "未" + step)
    )


def _sum_led(r: Reading, f: Fact) -> bool:
    """Is the figure's clause led by a word of a sum (共派遣案件7720件; a frame's label leaves it out)?"""
    return _SUM_LEAD_RE.match(r.norm, r.frame(f).label_start) is not None


_KIND_NAME_MOST = 6  # the length of a kind's short name in a list (会议公开, 政务公开基础建设 is longer)


def _parallel(r: Reading, c: Fact, p: Fact) -> bool:
    """Are two parts' words built alike (…达成和解协议的4件，…撤回复议申请的9件: each a 的 clause; 限产、停产
    案件629件，移送拘留案件2815件: kinds of one noun, whatever step word a kind's name holds)?"""
    last = r.norm[c.start - 1 : c.start]
    if last in ("的", "类") and r.norm[p.start - 1 : p.start] == last:
        return True
    noun = r.frame(c).label[-2:]
    return len(noun) == 2 and noun in _KIND_NOUNS and r.frame(p).label.endswith(noun)


def _enumerated(r: Reading, p: Fact, c: Fact) -> bool:
    """Is c the next item of the enumeration p is in (an enumeration comma between them)?"""
    between = r.norm[p.end : c.start]
    return "、" in between and not any(ch in between for ch in "，,；;。")


# a bound a figure sets on what its clause goes on to count (超过1万人的省有18个, 标的额100万元以上的案件12件)
_BOUND_WORDS = ("超过", "超出", "不足", "不到", "低于", "高于", "达到", "满", "在")
_BOUND_BEFORE_RE = re.compile(f"(?:{'|'.join(_BOUND_WORDS)})$")
_BOUND_AFTER_RE = re.compile(r"(?:及?以上|及?以下|以内)?的[^，,；;。！？\d]{1,14}?\d")


def _threshold(r: Reading, f: Fact) -> bool:
    """Is the figure a bound of what the rest of its clause counts (律师人数超过1万人的省有18个: the 1万人 is no count
    of the clause; the 18 is)?"""
    after = _BOUND_AFTER_RE.match(r.norm, f.end)
    if after is None:
        return False
    return (
        bool(_BOUND_BEFORE_RE.search(r.norm, max(0, f.start - 2), f.start))
        or f.mention.text.startswith(_BOUND_WORDS)  # (超过1万人: the bound word read into the figure)
        or after.group().startswith(("以上", "以下", "以内", "及以"))
    )


def _qualifies(r: Reading, f: Fact, g: Fact, wholes: list[Fact]) -> bool:
    """Does f count the things the next figure g is about, or say how long, in one clause (17个地市差评工单
    1249个, 涉及21个地市的185个事项; 判处三年以上有期徒刑134人)? Persons count those who did what g counts
    where g, not f, is in the whole's counter (其中，2204名代表提出建议9008件，24个代表团…提出建议195件)."""
    between = r.norm[f.end : g.start]
    if not between or _CLAUSE_MARK_RE.search(between):
        return False
    if f.q.unit in PERSON_UNITS:
        units = {w.q.unit for w in wholes}
        return g.q.unit in units and f.q.unit not in units
    return f.q.unit in _QUALIFYING_UNITS


_OWN_TOTAL_RE = re.compile(r"总(?:收入|支出|额|量|数)$")
_KIND_NOUNS = (
    "案件",
    "纠纷",
    "事项",
    "问题",
    "诉求",
    "信件",
    "工单",
    "收入",
    "支出",
    "资金",
)  # nouns a list of kinds shares

# a kind of a noun a list of kinds shares, and its whole (行政案件受理总数)
_KIND_TOTAL_RE = re.compile(r"(?:案件|纠纷|事项|问题|诉求|信件|工单)[\u4e00-\u9fff]{0,4}总(?:数|量)$")

_QUALIFYING_UNITS = ("个", "级", "年", "个月", "月", "天", "日", "小时", "周")  # (两级人民调解委员会1282个)


_CLAUSE_MARK_RE = re.compile(r"[，,；;。、：:（()）]")


def _pair_end(r: Reading, f: Fact) -> int:
    """The end of the persons stated right after a count of cases (522件655人), else of the count."""
    i = r.fact_index().position.get(id(f), -1)
    nxt = r.facts[i + 1] if 0 <= i < len(r.facts) - 1 else None
    return nxt.end if nxt is not None and nxt.start == f.end else f.end


def _of_several(r: Reading, totals: list[Fact], parts: list[Fact]) -> bool:
    """Does each part name, in its last words, a different one of the totals before the list (and each
    only that one)?"""
    if len(parts) < 2 or len(totals) < 2:
        return False
    owners = []
    for p in parts:
        label = r.frame(p).label
        mine = [
            t for t in totals if len(_noun(r.frame(t).label)) == 2 and label.endswith(_noun(r.frame(t).label))
        ]
        if len(mine) != 1:
            return False
        owners.append(mine[0].id)
    return len(set(owners)) == len(owners)


def _exceeds(parts: list[Fact], total: Fact) -> bool:
    return sum(fact_interval(p).lo for p in parts) > fact_interval(total).hi + 1e-9


def _numbered_with(r: Reading, total: Fact) -> list[Fact]:
    """The figures of the total's unit that open-numbered segments of its sentence state, the total's among them,
    when the total's own segment is numbered (一是…共10起；二是…共6起；三是…共4起): the kinds of one whole; else []."""
    period = r.period_span(total.start)

    def opening(f: Fact) -> int:  # (where the ；-segment of a figure begins)
        return max(max(r.norm.rfind(c, period[0], f.start) for c in "；;：:") + 1, period[0])

    out: list[Fact] = []
    for f in r.facts_between(period[0], total.end):
        if f.q.unit == total.q.unit and f.mention.kind == "count" and _NUMBERED_RE.match(r.norm, opening(f)):
            if out and opening(out[-1]) == opening(f):
                return []  # (two figures of one numbered segment: no one figure per kind)
            out.append(f)
    return out if len(out) > 1 and out[-1] is total else []


_NUMBERED_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|[（(][一二三四五六七八九十\d][)）])"
)


def _summed_earlier(r: Reading, parts: list[Fact], before: int, unit: str) -> Fact | None:
    """A figure of the last few sentences before the list that its parts add up to exactly, nearest first
    (立案582件…。立案提案中，委员提案446件，集体提案136件。其中，经济…150件…42件: the 582, not the 136 the
    parts exceed): when the figure before the marker cannot hold them, the text has gone back to a whole
    stated earlier. Exact values only, so that an error in a part is still found against the nearest."""
    if any(p.q.qualifier != "=" for p in parts):
        return None
    total = sum(p.q.value for p in parts)
    first = r.seg.sentence_at(before) - _SUMMED_REACH
    for f in reversed(r.facts_between(0, before)):
        if f.sentence < first:
            break
        if (
            f.q.unit == unit
            and f.mention.kind == "count"
            and f.q.qualifier == "="
            and abs(f.q.value - total) < 1e-9
            and not r.bracketed(f, before)
        ):
            return f
    return None


_SUMMED_REACH = 3  # sentences
_FAR_BEYOND = (
    10  # a part this many times a total is not its part (a one-digit slip changes a figure at most 9×)
)


_ENTITY_UNITS = ("个", "家", "所")


def _names_another_body(r: Reading, part: Fact, noun: str) -> bool:
    """Is a part named, right after its figure, by another noun than the whole's (34个人民法庭 in 16个法院中)?"""
    body = _BODY_RE.match(r.frame(part).pred)
    # (a place in one character: 54个县中，有16个县的教育部门及学校共142个单位, the 142 are no 县)
    return (len(noun) == 2 or noun in _PLACES) and body is not None and noun not in body.group()


_PLACES = frozenset("省市县区乡镇村")


# a body named right after a figure (34个人民法庭, 5家企业): not a status (85个已整改到位)
_BODY_RE = lazy_compile(
    r"[\u4e00-\u9fff]{0,4}?(?:法院|法庭|单位|部门|企业|公司|机构|组织|学校|医院|社区|乡镇|街道|村|站|所|局)"
)


_SIBLING_TAIL = 3  # the fewest characters of the total's name a sibling past a ； repeats
# words before a total's name that say when, where or that it is all (年末全省共有…): no qualifier of a kind
_WHOLE_LEAD_RE = re.compile(
    r"(?:年末|目前|截至目前|现有|共有|共计|共|总计|合计|累计|全[省市县区镇国]|本[级年])+"
)


def _before_a_sibling_of(r: Reading, total: Fact, parts: list[Fact]) -> list[Fact]:
    """The parts up to one past a ； that repeats more of the total's name than the parts before it, under
    another qualifier (在编执法人员27名，其中持证人员24名；辅助执法人员15名: the 15 are beside the 27, not in it),
    or that the total's name and its own name as two kinds of one closed set (structures.yaml `complements`)."""
    whole = r.frame(total).label
    longest = 0
    for k, p in enumerate(parts):
        label = r.frame(p).label
        tail = _shared_tail(label, whole)
        if (
            k > 0
            # (not a total named as all of its kind: 年末全省共有医疗卫生机构…；基层医疗卫生机构9400个 is a part)
            and _WHOLE_LEAD_RE.sub("", whole[: len(whole) - tail])
            and tail >= _SIBLING_TAIL
            and tail > longest
            and tail < min(len(label), len(whole))
            and SEGMENT_END.search(r.norm, parts[k - 1].end, p.start)
            # (a qualifier of its own, not a step only: 审判执行案件851万件…；受理执行案件265.7万件 is one kind)
            and load_words().stage_re.sub("", label[: len(label) - tail]).strip(OPENING_MARKS)
        ):
            return parts[:k]
        if (
            k > 0
            and SEGMENT_END.search(r.norm, parts[k - 1].end, p.start)
            and load_words().complementary([whole, label], whole=False) is not None
        ):
            # (委员个人提案133件，其中委员联名提案11件；党派团体提案7件: two kinds of one set)
            return parts[:k]
        longest = max(longest, tail)
    return parts


def _measured_alike(r: Reading, words: Words, totals: list[Fact], parts: list[Fact]) -> list[Fact]:
    """The totals named by the bulletin's measure (structures.yaml `measures`: 死亡, 受伤) the first part's words end
    with, when there are such totals and other totals too ([] otherwise)."""
    if not parts:
        return []
    label = r.frame(parts[0]).label
    measure = next((m for m in words.measures if label.endswith(m)), None)
    if measure is None:
        return []
    alike = [t for t in totals if r.frame(t).label.endswith(measure[-1])]
    return alike if alike and len(alike) < len(totals) else []


_NOW_RE = re.compile(r"\s*" + NOW_WORDS)  # a clause saying the state now
_NOW_AFTER_RE = re.compile(r"[^，,；;。\d]{0,12}[，,]\s*" + NOW_WORDS)  # one right after a list's last part


def _restates(part: Fact, total: Fact) -> bool:
    """Is a figure after a list's first part the total said again (the same exact count, in its unit)?"""
    return part.q.unit == total.q.unit and sums_exactly(total, [part])


# the flows of a fund or a budget: what comes in, what goes out, and what is left never add up together
_FLOW_RE = re.compile(r"收入|支出|结余|结存")


def _of_one_flow(r: Reading, parts: list[Fact]) -> list[Fact]:
    """The parts up to one naming another flow than the first (…基金收入32829亿元，其中保险费收入24664亿元，
    财政补贴收入7180亿元；支出27913亿元；本年收支结余4915亿元…: the income's parts end at the 支出)."""
    first = None
    for k, p in enumerate(parts):
        flows = _FLOW_RE.findall(r.frame(p).label[-4:])
        if not flows:
            continue
        if first is None:
            first = flows[-1]
        elif flows[-1] != first:
            return parts[:k]
    return parts


def _before_another_thing(r: Reading, total: Fact, parts: list[Fact]) -> list[Fact]:
    """The parts up to one whose counter names another thing after it than the total's and the parts'
    before it (11个一级指标当中，有8个一级指标…增长，同时有97个城市…: the 97 count cities, not indicators)."""
    thing = r.counted_thing(total)
    if thing is None:
        return parts
    for k, p in enumerate(parts):
        mine = r.counted_thing(p)
        if (
            k > 0
            and mine is not None
            and not shared_words(thing, mine)
            and any((t := r.counted_thing(q)) is not None and shared_words(thing, t) for q in parts[:k])
        ):
            return parts[:k]
    return parts


_SHARE_NEXT_RE = re.compile(r"[，,]?\s*约?占")


def _before_a_shared_sibling(r: Reading, last: Fact, parts: list[Fact]) -> list[Fact]:
    """…社会建设类提案158件，占26.3%。其中，教育事业类44件，医疗健康类41件，社会保障类73件；生态文明建设类提案96件，
    占15.9%: past a ；, a count with a share of its own after parts with none, where the count before 其中 has one
    too, is an item of the list that count belongs to, its sibling: the parts end before it. (Not 主动公开…154条。
    其中，机构信息1条；…工作信息103条，占66.9%: the whole has no share, its parts may.)"""
    if not _SHARE_NEXT_RE.match(r.norm, last.end):
        return parts
    for k in range(1, len(parts)):
        if (
            SEGMENT_END.search(r.norm, parts[k - 1].end, parts[k].start)
            and _SHARE_NEXT_RE.match(r.norm, parts[k].end)
            and not any(_SHARE_NEXT_RE.match(r.norm, q.end) for q in parts[:k])
        ):
            return parts[:k]
    return parts


_SIBLING_KEY = 6  # the characters ending a sibling's words that name it (…停产整治案件)


def _names_siblings_of(r: Reading, total: Fact, before: list[Fact], lo: int, hi: int) -> bool:
    """Do the words of a list after 其中 name two or more of the counts stated beside its total (…查封、扣押案件19件，
    实施限制生产、停产整治案件27件，行政拘留案件共19件，案件移送共9件。其中，1月份实施限制生产、停产整治案件最多，
    共计15件；…行政拘留案件5月和6月较多，分别是6件和7件)? Then it is of the run, each part of the count it names, not
    of the last of them."""
    own = r.frame(total).label
    keys = {
        label[-_SIBLING_KEY:]
        for f in before
        if f is not total
        and f.sentence == total.sentence
        and len(label := r.frame(f).label) >= _SIBLING_KEY
        and label[-_SIBLING_KEY:] not in own
    }
    return sum(k in r.norm[lo:hi] for k in keys) >= 2


def _before_all_kinds_again(r: Reading, words: Words, total: Fact, parts: list[Fact]) -> list[Fact]:
    """全年主动公开各类政府信息70条。其中…检查结果14条，在…微信公众号上主动公开各类信息115条: a count of all kinds
    (各类, 全部) by the total's own step in a setting of its own (在…) is a whole of its own, no part: the list ends
    before it. (Not 其中，市中院受理各类案件5807件: all kinds of one body's cases, a part of all the courts'.)"""
    step = words.step_word(r.frame(total).label)
    if step is None:
        return parts
    for k, p in enumerate(parts):
        label = r.frame(p).label
        if label.startswith("在") and ALL_INSTANCES_RE.search(label) and words.step_word(label) == step:
            return parts[:k]
    return parts


def _things_in_the_totals(r: Reading, total: Fact, part: Fact) -> bool:
    """Does a part count other things in the total's (进入网格的党组织数 under 划分综合网格): its words hold the total's
    noun, then 的 and a noun of their own?"""
    noun = _noun(r.frame(total).label)
    label = r.frame(part).label
    at = label.find(noun + "的") if len(noun) == 2 else -1
    return at >= 0 and _CJK_RUN_RE.fullmatch(label, at + 3) is not None and not label.endswith(noun)


_CJK_RUN_RE = lazy_compile(r"[\u4e00-\u9fff]{2,}")


def _shared_tail(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _named_from(r: Reading, words: Words, f: Fact, part: Fact) -> int:
    """Where the words naming what a figure counts begin: at the figure's own words, or, when they are only a
    step (收到提案1190件，审查立案893件) and the part names a kind, no step (其中委员提案670件), at its sentence's
    start (the thing named with the step before; not 不起诉2712人。其中，对…决定起诉6285人: a step of a subset)."""
    if words.bare_stage(r.frame(f).label) and words.stage(r.frame(part).label) is None:
        return r.period_span(f.start)[0]
    return f.start


def _noun(label: str) -> str:
    return label[-2:] if len(label) >= 2 else ""


# a 其中 right after a figure in its clause, and the words naming the first item (…12篇，其中负责人解读)
_RIGHT_AFTER_RE = re.compile(r"\s*[，,]\s*其中\s*[：:，,]?\s*[^，,；;。\d]*")
# a 其中 or 包括 right after a figure in its clause (行政诉讼案件1件，其中…; 通过其中24件，包括…)
_MARKER_RIGHT_AFTER_RE = re.compile(r"\s*[，,]\s*(?:其中|包括)\s*[：:，,]?\s*[^，,；;。\d]*")
# the same, or across a full stop (…立案26699件。其中，委员提案…; a mirror page's doubled marks, 26699件,。其中)
_MARKER_AFTER_RE = re.compile(r"\s*[，,]?[，,。]\s*(?:其中|包括)\s*[：:，,]?\s*[^，,；;。\d]*")


def _of_the_field_named(r: Reading, totals: list[Fact], end: int, parts: list[Fact]) -> list[Fact]:
    """The candidate wholes, those of the field the parts' words name first (…办理行政复议案件25万余件、行政应诉案件
    4.5万余件。其中，通过行政复议决定…直接纠错的案件达4.6万余件: of the 复议 cases, not the 应诉 ones nearer)."""
    if len(totals) < 2 or not parts:
        return totals
    field = {f.id: f.family or (r.clause_fields(f.start) or (None,))[0] for f in totals}
    families = {fam for fam in field.values() if fam is not None}
    if len(families) < 2:
        return totals
    i = bisect.bisect_left(r.kw_starts, end)
    named: set[str] = set()
    while i < len(r.kw) and r.kw[i][1] <= parts[0].start:
        named.update(r.kw[i][2])
        i += 1
    named &= families
    if len(named) != 1:
        return totals
    return sorted(totals, key=lambda f: field[f.id] not in named)  # (stable: nearest first within each)


def _of_the_things_not_a_step(
    r: Reading, words: Words, totals: list[Fact], parts: list[Fact], listed_from: int
) -> list[Fact]:
    """The candidate wholes, the count of the things themselves first when a lone part counts them by no step and the
    nearest candidate counts a step taken on them (网民留言量18804件，…回复网民留言为11330件。…其中医疗方面留言量最多，
    达到5145条: of the 18804 messages, not of the 11330 replied to)."""
    if len(totals) < 2 or len(parts) != 1:
        return totals
    # (其中医疗方面留言量最多，达到5145条: the part's words, from the marker)
    own = r.norm[listed_from : parts[0].start]
    near = r.frame(totals[0]).label
    step = words.step_word(near)
    if step is None or words.step_word(own) is not None:
        return totals
    acted_on = near[near.rfind(step) + len(step) :]  # (回复网民留言: 网民留言)
    nouns = (_pairs_of(acted_on) & _pairs_of(own)) - set(_GENERIC_HEADS)  # (not 案件: a noun of anything)
    plain = next(
        (
            f
            for f in totals[1:]
            if words.step_word(r.frame(f).label) is None and any(n in r.frame(f).label for n in nouns)
        ),
        None,
    )
    return totals if plain is None else [plain, *(f for f in totals if f is not plain)]


def _pairs_of(words: str) -> set[str]:
    """The two-character runs of Chinese in some words (the nouns two labels may share)."""
    return {
        words[k : k + 2]
        for k in range(len(words) - 1)
        if all("\u4e00" <= c <= "\u9fff" for c in words[k : k + 2])
    }


def _choose_total(
    r: Reading, cands: list[Fact], parts: list[Fact], parent_of: dict[str, Fact] | None = None
) -> Fact | None:
    """The figure the parts break down, among those before the marker (nearest first): one that shares
    the parts' noun (留言), else the nearest, else the total of the list the nearest is a part of
    (罚款93583件，…；其中适用简易程序69757件，一般程序24740件: another dimension of 承办94497件), else one
    stated as a whole (共…); the first of these the parts do not exceed is the total, else a figure further
    back they add up to exactly, else the first."""
    cands = [f for f in cands if not _target_of_share(r, f)] or cands
    if not cands:
        return None
    parent = (parent_of or {}).get(cands[0].id)
    if parent is not None and parts and _RIGHT_AFTER_RE.fullmatch(r.norm, cands[0].end, parts[0].start):
        # …；政策解读12篇，其中负责人解读4篇、其他解读4篇…: a 其中 right after a part, in its clause, divides that part
        parent = None
    if parent is not None and sum(1 for v in (parent_of or {}).values() if v is parent) == 1:
        # 在审结的一审行政案件中，以实体判决方式结案3301件，其中…败诉1124件: the only part named of its whole is no
        # item of a list beside others; the list after it divides it
        parent = None
    nouns = Counter(_noun(r.frame(p).label) for p in parts)
    noun, n = nouns.most_common(1)[0] if nouns else ("", 0)
    common = noun if len(noun) == 2 and n * 2 >= len(parts) and len(parts) >= 2 else ""
    sharing = [f for f in cands if common and common in r.frame(f).label + r.frame(f).pred[:6]]
    whole = [f for f in cands if TOTAL_WORDS_RE.search(r.lead(f, 16))]
    first = [cands[0], parent] if parent is not None else [cands[0]]
    if len(parts) >= 2 and sums_exactly(cands[0], parts):
        return cands[
            0
        ]  # 共提交提案270件，经审查，立案257件，其中个人提案211件、集体提案46件: the nearest, exactly
    own = list(itertools.takewhile(lambda p: not SEGMENT_END.search(r.norm, parts[0].start, p.start), parts))
    if 2 <= len(own) < len(parts) and sums_exactly(cands[0], own):
        # 上报信息229条，审发推送213条，其中工作动态210条、其他信息3条；通过…微博发布信息121条…: the nearest, exactly by
        # the parts of the marker's own ；-segment (the figures past it are not yet cut off the list)
        return cands[0]
    ranked = list({id(f): f for f in [*sharing, *first, *whole]}.values())  # only these, in order
    low = sum(fact_interval(p).lo for p in parts)
    if (
        parts
        and _MARKER_AFTER_RE.fullmatch(r.norm, cands[0].end, parts[0].start)
        and low <= 2 * fact_interval(cands[0]).hi
    ):
        # 通过其中24件，包括制定法律6件，修改法律14件…: the figure the marker follows at once is the whole, whether or
        # not the parts fit it (a slip in a part is to be reported, not read as a list of a figure further back)
        return cands[0]
    for f in ranked:
        if low <= fact_interval(f).hi + 1e-9:
            return _nearer_made_up(cands, f, parts) or f
    if len(parts) >= 2 and (exact := next((f for f in cands if sums_exactly(f, parts)), None)) is not None:
        return exact  # 同意立案118件，不予立案的11件…。其中：…26件…5件 (118 in all): the figure they make up
    if (
        len(cands) >= 2
        and CARRY_RE.search(r.frame(cands[0]).label)
        and low <= fact_interval(cands[0]).hi + fact_interval(cands[1]).hi + 1e-9
    ):
        # 收到申请12件，上年结转申请1件，其中：当面申请4件，邮寄申请1件，网络申请8件: of the two together, a
        # whole the text does not state as one figure
        return None
    chosen = parent or ranked[0]  # (none holds them: the whole the nearest belongs to, not that part)
    if low > 2 * fact_interval(chosen).hi:
        # 违规金额19.98亿元，管理不规范金额12827万元；其中应上交财政10.82亿元: many times the nearest, the parts
        # are of a figure further back in its sentence that holds them (a slip seldom doubles a sum)
        back = next(
            (
                f
                for f in cands[1:]
                if f.sentence == cands[0].sentence
                and f.mention.kind == parts[0].mention.kind
                and low <= fact_interval(f).hi + 1e-9
            ),
            None,
        )
        if back is not None:
            return back
    if max(fact_interval(p).lo for p in parts) > _FAR_BEYOND * fact_interval(chosen).hi:
        return (
            None  # …交通运输类198件，占比7.42%。其中，…批转2578件: no figure before is what 其中 breaks down
        )
    lead = r.lead(parts[0], 12)
    if (
        len(parts) == 1
        and low > fact_interval(chosen).hi
        and TOTAL_WORDS_RE.search(lead)
        and (_WHOLE_SPAN_RE.search(lead) or WHOLE_AREA_RE.search(lead))
    ):
        # …安保勤务14.3万起；其中全年共处置虚假警16.4万起: a whole of the year's, of all the calls, not of the last
        # (not …案件数量突出，共计1491件: a part's own subtotal of its kinds)
        return None
    return chosen


_WHOLE_SPAN_RE = re.compile(r"全年|全月|全季|全期|本年度|全年度")
_DOC_UNITS = frozenset({"件", "条"})  # counters of documents and items of information, used alike


_BODY_UNITS = frozenset(("个", "家"))  # bodies (units, firms, sites) counted in either


def _same_counter(unit: str, first: str) -> bool:
    """Does a figure count in the list's counter (cases counted in 件, 起, 宗 or 例 alike)?"""
    return (
        unit == first
        or (unit in CASE_UNITS and first in CASE_UNITS)
        or (unit in PUBLISHED_UNITS and first in PUBLISHED_UNITS)
        or (unit in FINDING_UNITS and first in FINDING_UNITS)
        or (unit in HEAD_UNITS and first in HEAD_UNITS)  # (在矫3755人中，管制37名，缓刑3399名…)
    )


# the words between a count and the first of its parts that say the list gives it item by item
_ENUMERATED_RE = re.compile(r"\s*[，,]\s*(?:具体为|具体是|分别为|分别是)[：:]?[^\d，,。；;：:]{1,12}")
_EXAMPLES_RE = re.compile(r"(?<![平同对均相])等(?![级候待同于])")  # 涉食药安全等刑事案件: named by examples


def _segment_heads(r: Reading, parts: list[Fact]) -> list[tuple[Fact, list[Fact]]]:
    """Each ；-segment's first part and those after it that break it down, when every segment's do (引发行政争议11件，
    其中，行政复议7件，结果维持6件，尚未审结1件；行政诉讼4件，结果维持2件，尚未审结2件: 7 and 4, each itemised in its own
    segment); empty when the segments are not so."""
    segments: list[list[Fact]] = []
    for p in parts:
        if segments and not SEGMENT_END.search(r.norm, segments[-1][-1].end, p.start):
            segments[-1].append(p)
        else:
            segments.append([p])
    if len(segments) < 2 or not all(_itemises_its_first(s) for s in segments):
        return []
    return [(s[0], s[1:]) for s in segments]


def _itemises_its_first(figures: list[Fact]) -> bool:
    """Do a ；-segment's figures after its first add up to it (存在环保问题企业34家，已整改27家，其余7家): the first is
    the segment's part of a whole before it, the rest that part's own list?"""
    return len(figures) >= 3 and sums_exactly(figures[0], figures[1:])


def _wholes_side_by_side(r: Reading, before: list[Fact], parts: list[Fact]) -> list[tuple[Fact, list[Fact]]]:
    """The parts after 其中 by the count before it whose things each names, when they name those of two or more,
    each count put before its noun (对5个部门、5个镇乡街道开展…评价，15个专项开展…评价，其中：良好部门5个；优秀镇乡街道
    3个…；良好专项14个…): each part is of the count its noun names, not all of the last one. Empty when they do not."""
    keys = {m.group(): g for g in before if (m := _NOUN_KEY_RE.match(r.frame(g).pred)) is not None}
    if len(keys) < 2:
        return []
    mine: dict[str, list[Fact]] = {}
    for p in parts:
        key = next((k for k in keys if k in r.frame(p).label), None)
        if key is None:
            return []  # (a part naming none of them: no such lists)
        mine.setdefault(key, []).append(p)
    return [(keys[k], ps) for k, ps in mine.items()] if len(mine) >= 2 else []


_NOUN_KEY_RE = re.compile(r"[\u4e00-\u9fff]{2}")  # (5个部门: the first two characters of a count's noun)


def _wholes_named_in_turn(r: Reading, before: list[Fact], cands: list[Fact]) -> list[tuple[Fact, list[Fact]]]:
    """Two wholes or more stated side by side, each after its noun, then the parts of each in turn, each part
    naming its whole's noun (政府网站共有50个，政务微信、政务微博共有75个。其中：县级政府网站16个，州直部门政府网站34个；
    县级政务微博、政务微信32个，州直部门政务微博、政务微信43个): each whole with its own run. Empty when they are not."""
    wholes = [g for g in before if g.sentence == before[-1].sentence]
    keys: dict[str, Fact] = {}
    for g in wholes:
        noun = _WHOLE_VERB_RE.sub("", r.frame(g).label)
        if len(noun) < 2 or not _NOUN_KEY_RE.fullmatch(noun[-2:]) or noun[-2:] in keys:
            return []  # (a whole with no noun of its own, or two of one noun: no such lists)
        keys[noun[-2:]] = g
    if len(keys) < 2:
        return []
    runs: list[tuple[Fact, list[Fact]]] = []
    for c in cands:
        named = [g for k, g in keys.items() if k in r.frame(c).label]
        if len(named) != 1:
            return []
        if not runs or runs[-1][0] is not named[0]:
            if any(whole is named[0] for whole, _ in runs):
                return []  # (a whole's parts apart: not lists in turn)
            runs.append((named[0], []))
        runs[-1][1].append(c)
    order = [whole for whole, _ in runs]
    return runs if len(runs) >= 2 and order == [g for g in wholes if g in order] else []


def _respective_wholes(
    r: Reading, at: int, before: list[Fact], cands: list[Fact]
) -> list[tuple[Fact, list[Fact]]]:
    """分别收到2330宗及2103宗…，其中分别有52宗(…)和43宗…: a list said 分别, then 其中分别 as many parts: the i-th part is
    of the i-th whole (some of it). Empty when the text says no such pairs."""
    if not _RESPECTIVE_AFTER_RE.match(r.norm, at) or len(cands) < 2 or len(before) < len(cands):
        return []
    # (the parts: the figures of their own clause run, brackets aside: 52宗(占2011年总数的2.2%)和43宗)
    parts = [
        c for c in cands if c.sentence == cands[0].sentence and not r.bracketed(c, r.period_span(c.start)[1])
    ]
    wholes = before[-len(parts) :]
    if (
        len(parts) < 2
        or any(w.q.unit != parts[0].q.unit or w.sentence != wholes[0].sentence for w in wholes)
        or any(not _LIST_GAP_RE.fullmatch(r.norm, a.end, b.start) for a, b in itertools.pairwise(wholes))
        or not RESPECTIVE_RE.search(r.norm, r.clause_start(wholes[0].start), wholes[0].start)
    ):
        return []
    return [(w, [p]) for w, p in zip(wholes, parts, strict=True)]


_RESPECTIVE_AFTER_RE = re.compile(r"[，,：:]?\s*(?:分别|各)(?:有|为|是)?")
_LIST_GAP_RE = re.compile(r"\s*(?:、|与|和|及|以及)\s*")


_WHOLE_VERB_RE = re.compile(r"(?:共有|共计|总计|合计|累计|共|有|为|达到|达)$")


def _up_to_the_rest(r: Reading, words: Words, parts: list[Fact]) -> list[Fact]:
    """The parts up to one named as the rest (其他…, 其余…), which a list names last: what follows it is no part
    (一般转移支付收入1478万元(含均衡性…166万元、…、其他一般转移支付收入212万元，专项转移支付收入406万元): the 406 is
    the whole's sibling)."""
    for k in range(1, len(parts) - 1):
        if (
            words.remainder_re.match(r.frame(parts[k]).label.lstrip(OPENING_MARKS + "：:，, "))
            and "、" in r.norm[parts[k - 1].end : parts[k].start]
            and "、" not in r.norm[parts[k].end : parts[k + 1].start]
        ):
            # (a run joined by 、 ends at it; not 其他文件2179条、微博13970条: a kind mid-run)
            return parts[: k + 1]
    return parts


def _group(r: Reading, words: Words, total: Fact, parts: list[Fact], marker: str, lead: str) -> Group:
    parts = _up_to_the_rest(r, words, parts)
    parts = parts + _past_the_remainder(r, words, total, parts)
    head = r.head(total)
    labels = [r.frame(p).label for p in parts]
    why = _whole_by(r, words, total, parts, [status_words(r, p) for p in parts]) if len(parts) >= 2 else ""
    if why in LIKELY_WHOLE:
        complete = "likely"  # (as when no 其中 marks them: partition.py)
    elif why:
        complete = "yes"  # …其他3件 / 有效信件497件，无效信件56件 / 建议提案1009件(人大建议…，政协委员提案…)
    elif (
        len(parts) >= 2
        and _ENUMERATED_RE.fullmatch(r.norm, total.end, parts[0].start)
        and not words.partial_re.search(r.norm, total.end, parts[0].start)
        and not words.some_of_a_set(labels)
    ):
        # (受理依申请公开9件，具体为土地征收类6件，… / 发布各类信息452条，分别是案件报导182条、…: the count, item by
        # item, whatever the words of the count itself: 各类)
        complete = "likely"
    elif words.partial_re.search(lead) or words.some_of_a_set(labels):
        complete = "no"
    elif len(parts) >= 2 and any(p.q.value == 0 and p.q.qualifier == "=" for p in parts):
        # (其中来电举报13件，来信举报0件 / 予以公开21件，部分公开0件…: a kind none of the whole is of, named all the
        # same: the list goes kind by kind through all of it)
        complete = "likely"
    elif (
        len(parts) >= 2
        and len(head) == 2
        and all(r.head(p) == head for p in parts)
        and total.q.unit != "元"
        and not any(_EXAMPLES_RE.search(label) for label in labels)
        # (对生产经营单位行政处罚379次，对主要负责人行政处罚135次: those it was done to, of whom others may be left out)
        and not all(label.lstrip(OPENING_MARKS + "其中：:，, ").startswith("对") for label in labels)
    ):  # (审结涉食药安全等刑事案件226件，…赡养等涉老纠纷案件1982件: kinds named by examples are a selection)
        complete = (
            "likely"  # (not amounts: 组织收入93.12亿元，其中税收收入…，社会保险基金收入… lists the main ones)
        )
    else:
        complete = "no"
    if complete != "no" and _unread_item_after(r, parts[-1]):
        complete = (
            "no"  # (…其余为其他方式结案396件、尚未审结11 (the page cut off): an item the list holds unread)
        )
    rated = sum(1 for p in parts if _rated(r, p))
    attrs: dict[str, object] = {"complete": complete, "marker": marker}
    if why:
        attrs["whole_by"] = why
    # (not kinds of the group the total counts: 农民工总量29251万人。其中，本地农民工…；外出农民工…)
    counted = r.frame(total).label
    # (the same word in every part, 一般程序共罚款…；简易程序共罚款…, names no group: the parts are split otherwise)
    named = [
        o.group()
        for label in labels
        if (o := words.overlapping_re.search(label[-8:])) is not None and o.group() not in counted
    ]
    people = len(named) if len(set(named)) >= 2 else 0
    # (not the channels of what is published: each posting counts once in its channel, so 主动公开政府信息671条，
    # 其中网站65条，微信497条，抖音157条 adds up to 719, an error; of the real reports' lists of channels, those adding
    # up exactly are many, those beyond their whole none but errors)
    # 18项指标…其中13项优于最高法设置合理区间值，14项优于全国平均值: each a property of some of them
    compared = sum(1 for p in parts if _COMPARED_PRED_RE.match(r.frame(p).pred))
    # 核实安置残疾人361人，其中312人依法签订劳动合同，262人缴纳社会保险: people named by what each did or had
    # done, two things one person may both have (not 120人为专职, nor 60人未参加: what they are, or did not)
    acted = sum(
        1
        for p, label in zip(parts, labels, strict=True)
        if p.q.unit in PERSON_UNITS
        and not label.strip(OPENING_MARKS)
        and _ACTED_RE.match(r.frame(p).pred)
        and not words.any_status_re.search(r.frame(p).pred)
    )
    # (对办理工作满意或基本满意的526件，对办理结果满意或基本满意的519件: two questions asked of the same ones)
    # (the words since the figure before, not its label: a hard-wrapped line may cut a label short,
    # …占77.02%；基本⏎⏎满意的204份)
    clauses = [
        r.norm[max(a.end, b.start - 30) : b.start] for a, b in zip([total, *parts], parts, strict=False)
    ]
    if (
        rated >= 2
        or people >= 2
        or compared >= 2
        or acted == len(parts) >= 2
        or words.repeats_rating(clauses)
    ):
        # 其中及时报备100件，及时率51%；规范144件，规范率73%… / 其中残疾人169件、老年人197件、妇女492件、农民工544件
        attrs["overlap"] = True
    return Group(
        kind=KIND,
        facts={"total": [total.id], "parts": [p.id for p in parts]},
        span=(min(total.start, parts[0].start), max(total.end, parts[-1].end)),
        attrs=attrs,
    )


# one more item of a list, its figure written with no unit (、尚未审结11): the counter left unsaid or cut off
_UNREAD_ITEM_RE = re.compile(r"[、，,；;][^\d、，,；;。！？\n]{1,12}\d+(?:\.\d+)?(?![\d.年月日号])")


def _unread_item_after(r: Reading, last: Fact) -> bool:
    """Does the list go on after its last part with an item whose figure was read as no fact?"""
    m = _UNREAD_ITEM_RE.match(r.norm, last.end)
    return m is not None and not any(f.start < m.end() for f in r.facts_between(last.end, m.end() + 16))


def _past_the_remainder(r: Reading, words: Words, total: Fact, parts: list[Fact]) -> list[Fact]:
    """The figures of a list that goes on past a part named 其他 to the end of its sentence, when with them
    the parts add up to the total exactly and without them they do not (…其他文件1条，“政”在解读3条，…政府信息
    公开目录3条: 100 in all; …其他43件，预约挂号501件: 681): the 其他 was a kind of its own, not the list's end.
    [] otherwise."""
    if len(parts) < 2 or not words.remainder_re.match(r.frame(parts[-1]).label):
        return []
    summed = sum(p.q.value for p in parts)
    if math.isclose(summed, total.q.value):
        return []
    last = parts[-1]
    end = r.period_span(last.start)[1]
    rest = [  # (not a bracket's: 其余67项已完成(其中48项…)，…15项正在推进: a part of the figure before it)
        f
        for f in r.facts_between(last.end, end)
        if f.mention.kind == "count" and f.q.unit == last.q.unit and not r.bracketed(f, end)
    ]
    if not rest or not math.isclose(summed + sum(f.q.value for f in rest), total.q.value):
        return []
    return rest


_ACTED_RE = lazy_compile(r"(?![为是属系在有])(?![^，,；;。]{0,3}[未不无没])[\u4e00-\u9fff]{3,}")
# (and what some of them have: 其中，1400个事项具备全程网办能力；1839个事项具备“最多跑一次”能力 — both may)
_COMPARED_PRED_RE = re.compile(
    r"(?:指标)?(?:优于|高于|低于|好于|超过|达到|排名|位居|居)|[\u4e00-\u9fff]{0,4}?(?:具备|具有)"
)


def _rated(r: Reading, f: Fact) -> bool:
    """Is the figure followed in its segment by a rate of its own (…100件，备案及时率51%)?"""
    i = r.fact_index().position.get(id(f))
    if i is None or i + 1 >= len(r.facts):
        return False
    g = r.facts[i + 1]
    return (
        g.mention.kind == "percent"
        and not SEGMENT_END.search(r.norm, f.end, g.start)
        and "率" in r.frame(g).label
        and "占" not in r.frame(g).label
    )


# words in a bracket that say the figures after them are among the figure before it (其中, 含, 包括…)
_IN_BRACKET_PART_RE = re.compile(r"其中|含|包括|包含")
_ITEM_OF_WHAT_RE = re.compile(r"\s*(?:其中)?[，,：:]?\s*涉及")  # a list's item opening with 涉及
_ITEM_MOST = 80  # characters back to where an item's clause opens


def _concerning_item(r: Reading, f: Fact) -> bool:
    """Does the figure's clause (up to ，；, whatever 、 it holds) open with 涉及: an item named by what it concerns?"""
    lo = max(0, f.start - _ITEM_MOST)
    opening = max(r.norm.rfind(c, lo, f.start) for c in "，,；;。：:") + 1
    return "涉及" in r.lead(f, 24) or bool(_ITEM_OF_WHAT_RE.match(r.norm, max(lo, opening)))


# a bracket counting the same things again after an operation on them (分解后, 合并后, 去重后)
_RECOUNTED_RE = re.compile(r"\s*(?:分解|拆分|合并|并案|去重|调整|核减|核实|修正|归并)后")
# right after a bracket: a rate of the figure and the one in the bracket (…(生效275件)，败诉率15.27%)
_RATE_NEXT_RE = lazy_compile(r"\s*[，,]?\s*[\u4e00-\u9fff]{0,8}率")


_NOUN_BEFORE_BRACKET_RE = re.compile(r"(?:宗|件|起)?案件(?=[（(])")  # (11件案件(含…), not any words: 11件(…))


def _matching_close(norm: str, at: int, hi: int) -> int:
    """Where the parenthesis open at `at` closes before `hi`, past those nested in it (1起工商贸其他(火灾)，…), or -1."""
    depth = 0
    for k in range(at, min(hi, len(norm))):
        ch = norm[k]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if depth == 0:
                return k
    return -1


def _bracketed_parts(r: Reading) -> list[Group]:
    """6件（1件为书面审理结案）: a parenthesis right after a figure gives part of it, unless it says
    what the figure leaves out (2531宗(不含未结案件87宗))."""
    words = load_words()
    excluding = words.excluding_re
    facts = r.facts
    groups: list[Group] = []
    ends = r.fact_index().ends
    for i, f in enumerate(facts[:-1]):
        # (抽取了11件案件(含6件民事案件、5件刑事案件): the parenthesis may follow the figure's noun)
        noun = _NOUN_BEFORE_BRACKET_RE.match(r.norm, f.end)
        at = noun.end() if noun is not None else f.end
        after = r.norm[at : at + 1]
        if (
            after in "（("
            and f.mention.kind != "percent"
            and not excluding.match(r.norm, at + 1)
            and not _OTHER_PERIOD_RE.match(r.norm, at + 1)  # 7976件(2019年6593件): last year's, no part
        ):
            # (a list of four labelled parts runs past 40 characters: 环卫处1707人(在职在编132人、…聘用人员1155人))
            # (before a blank line: a page's summary cut off after 11.4万余起( closes nothing in the text below)
            blank = _BLANK_LINE_RE.search(r.norm, at, at + 100)
            close = _matching_close(r.norm, at, blank.start() if blank else at + 100)
            if close > 0 and words.merged_re.search(r.norm, at, close):
                continue  # 重点提案11件(36件提案并案): the 36 were merged into the 11
            first_in = r.facts_between(at, close)[:1] if close > 0 else []
            if first_in and (
                TOTAL_WORDS_RE.search(r.norm, at, first_in[0].start)
                or _own_list_after(r, first_in[0].end, close)
            ):
                # 立案查处2件(全市共查处野生动物违法案件56件，其中…), 案件92件(…检索到…案件473件，其中，…胜诉案件381件，败诉
                # 案件92件): an aside with a total of its own
                continue
            if close > 0 and _ARITHMETIC_RE.search(r.norm, at, close):
                # 支出178,731万元(…补助收入142,507万元，调入基金10,000万元，减去上解支出4,916万元，平衡预算): worked out
                continue
            last = bisect.bisect_right(ends, close) if close > 0 else i + 1
            # (群体访42宗933人次(其中，群体重访17宗302人次，同比减少16宗200人次): a change is no part)
            # (执法主体56个(包括32家区直单位，24个街镇): bodies in 个 or 家 alike, inside the figure's own bracket; not a
            # name's numeral, 立案7627家(含执行四个配套办法…))
            inner = [
                g
                for g in facts[i + 1 : last]
                if (
                    g.q.unit == f.q.unit
                    or ({g.q.unit, f.q.unit} <= _BODY_UNITS and g.mention.text[:1].isdigit())
                )
                and not _CHANGE_RE.search(r.lead(g))
            ]
            under = _UNDER_RE.search(r.norm, f.end, close) if close > 0 else None
            if under is not None:
                # 61个(当时，全市共有14个基层法院，下辖58个基层人民法庭，3个中院直属法庭): the bodies before 下辖 hold
                # those the figure counts; the parts are from there on
                inner = [g for g in inner if g.start >= under.end()]
            inner = _up_to_the_rest(r, words, inner)
            if (
                len(inner) == 1
                and inner[0].q.value > f.q.value
                and close > 0
                and not _IN_BRACKET_PART_RE.search(r.norm, f.end, inner[0].start)
                and (
                    _RATE_NEXT_RE.match(r.norm, close + 1)
                    or _RECOUNTED_RE.match(r.norm, at + 1, inner[0].start)
                )
            ):
                # 败诉42件(生效275件)，败诉率15.27%: what the figure is out of, no part of it; 累计交办3314件(分解后交办
                # 3336件): the same count after splitting (but 共上报3013件（事件3200件）is a part over its whole)
                continue
            if inner:
                # (主办9件、会办30件; 建议提案1009件(人大建议406件,政协委员提案603件))
                labels = [r.frame(g).label for g in inner]
                why = _whole_by(r, words, f, inner, labels) if len(inner) >= 2 else ""
                complete = "likely" if why in LIKELY_WHOLE else "yes" if why else "no"
                if why == "remainder" and _INCLUDES_RE.match(r.norm, at + 1):
                    # (案件总计5074件(含执行案件1件、其他案件6件): kinds it includes, 其他 among them, may be a few of it;
                    # a list that covers most of it still reads as whole)
                    complete = "likely"
                step = words.step_word(r.frame(f).label)
                if (
                    not why
                    and len(inner) >= 2
                    and not words.partial_re.search(r.norm, f.end, inner[0].start)
                    # (其中投诉类7.1万件、咨询类28.6万件: two of a hotline's kinds)
                    and not words.some_of_a_set(labels)
                    # (办理1187件(含上年度结转申请57件，另有52件…顺延到下年度): the carry-over it includes, and more
                    # besides; not 规章13件(含新制定5件，修改4件，废止4件), which it itemises)
                    and not any(CARRY_RE.search(label) or "另有" in label for label in labels)
                    # (结案440件（调解结案211件，撤诉97件）: ways of its own step, some of them; not the channels an
                    # intake came by, 受理市民诉求42172件(热线受理42037件，多媒体受理135件), which itemise it)
                    and not (
                        step
                        and words.stage_of.get(step) not in words.intake
                        and any(step in label for label in labels)
                    )
                    and not _EXAMPLES_RE.search(r.norm, f.end, close if close > 0 else inner[-1].end)
                ):
                    # 办理法律援助案件245件(刑事189件,民事55件,行政1件): a count itemised in its own parenthesis
                    # is itemised whole, unless the words make it a selection (主要…, …等)
                    complete = "likely"
                attrs: dict[str, object] = {"complete": complete, "marker": "（）"}
                if why:
                    attrs["whole_by"] = why
                # (处分286人(其中党纪处分275人；政务处分23人): both may fall on one person, as in _group)
                if sum(1 for label in labels if words.overlapping_re.search(label[-8:])) >= 2:
                    attrs["overlap"] = True
                roles = {"total": [f.id], "parts": [g.id for g in inner]}
                groups.append(Group(kind=KIND, facts=roles, span=(f.start, inner[-1].end), attrs=attrs))
    return groups


def _own_list_after(r: Reading, pos: int, close: int) -> bool:
    """Does a 其中 open a list of the bracket's first figure, after it and in the bracket itself (not in a bracket
    inside it: (其中:政务公开类信息1462条(其中,招商引资类…)) lists the outer figure's parts)?"""
    k = r.norm.find(_QIZHONG[0], pos, close)
    return k >= 0 and not _OPENING_BRACKET_RE.search(r.norm, pos, k)


_OPENING_BRACKET_RE = re.compile(r"[（(]")
_BLANK_LINE_RE = re.compile(r"\n[ \t\u3000]*\n")
_INCLUDES_RE = re.compile(r"\s*(?:含|包括|包含)")
_ARITHMETIC_RE = re.compile(r"减去|扣除|抵减")  # (a bracket working a figure out, no list of its parts)


_REPEATED_LEAST = 4  # characters of a figure's words that, repeated before 中, name it (涉及人身保险公司)


def _named_total(r: Reading, before: list[Fact], unit: str, lo: int, hi: int) -> Fact | None:
    """The figure among `before` whose metric the words in [lo, hi) name."""
    metrics = {k for h in r.hits_within(lo, hi) for k in h.metrics}
    return next((f for f in reversed(before) if f.metric in metrics and f.q.unit == unit), None)


def _list_parts(r: Reading, words: Words, total: Fact, cands: list[Fact]) -> list[Fact]:
    """Where a list ends: the sentence goes on after its parts (案件87件，其中新收72件，上年结转15件，
    审结70件…). Stop after the parts that add up to the total exactly when more figures follow, unless
    the next is the list's own remainder (…39件，…7件，其他3件: a list does not end before its 其他), what it
    carries into the next year (…其他4件，结转至下年度继续办理4件: the list's last status), one more of the kinds
    named alike, the next item of a run set apart by 、 alone (_one_enumeration), or one more item of the parts' own
    run (_one_more_in_its_run)."""
    parts: list[Fact] = []
    running = 0.0
    # (a figure shown to its digits, 7.71亿元 of 5.93亿元 and 1.78亿元, is reached within its rounding)
    t = fact_interval(total)
    # (共计79件,(其中交通管理类5件,…文体科教类8件,卫生健康类2件): a list in brackets ends at the bracket, whatever its
    # first parts add up to — else a part edited up would end the list where the sum is reached)
    exact = total.q.qualifier == "=" and not _in_one_bracket(r, cands)
    for k, f in enumerate(cands):
        parts.append(f)
        running += f.q.value
        exact = exact and f.q.qualifier == "="
        if len(parts) >= 2 and exact and t.lo - 1e-9 <= running <= t.hi + 1e-9:
            nxt = cands[k + 1] if k + 1 < len(cands) else None
            if nxt is None or not (
                words.remainder_re.match(r.frame(nxt).label)
                or _CARRIED_ON_RE.match(r.frame(nxt).label)
                or _named_like_every(r, words, nxt, parts)
                or _one_enumeration(r, [*parts, nxt])
                or _one_more_of_the_set(r, words, parts, nxt)
                or _remainder_ahead(r, words, parts, cands[k + 1 :])
                or _one_more_way_it_ended(r, words, parts, nxt)
                or _one_more_in_its_run(r, words, parts, nxt)
            ):
                break
    return parts


def _one_more_in_its_run(r: Reading, words: Words, parts: list[Fact], nxt: Fact) -> bool:
    """审理结果是维持46件，驳回7件，…终止13件，放弃申请2件: the next figure stands in the parts' own run (in their sentence,
    after the one mark that sets every part apart, its words no count of another step beside theirs), one more item
    though the parts reach the total before it (a part edited up makes them). Not after parts that are a closed set
    already (专职80人，兼职40人，女性50人: another dimension) nor after a run of two (新收72件，上年结转15件，审结70件)."""
    if len(parts) < 3 or r.period_span(nxt.start) != r.period_span(parts[0].start):
        return False
    marks = {_mark_between(r, a, b) for a, b in itertools.pairwise([*parts, nxt])}
    if len(marks) != 1 or None in marks:
        return False
    labels = [r.frame(p).label for p in parts]
    label = r.frame(nxt).label
    if not label or TOTAL_WORDS_RE.match(label) or label.startswith("其中") or _CHANGED_TO_RE.search(label):
        return False  # (…10件直接销号，高风险存量锐减至1件: what is left after the change, no item)
    if r.norm.startswith("/", nxt.end):
        return False  # (抽检量达到5.36批次/千人: a figure per head, no item)
    step = words.stage(label)
    if step is not None and step not in {words.stage(x) for x in labels}:
        return False
    return words.complementary(labels) is None and not words.of_one_whole_set(labels)


_CHANGED_TO_RE = re.compile(r"[减降增升涨]至$")  # (锐减至, 下降至: the level a figure changed to)


def _mark_between(r: Reading, a: Fact, b: Fact) -> str | None:
    """The one clause mark between two figures of a run (，、；), else None."""
    found = _CLAUSE_MARK_RE.findall(r.norm, a.end, b.start)
    return found[0] if len(found) == 1 and found[0] in "，,、；;" else None


def _qualify_the_alike(r: Reading, cands: list[Fact], alike: list[Fact]) -> bool:
    """Does every figure of another counter among the candidates stand in an item's words, before a figure in the
    counter of the figures before the marker, in its clause (补助资金1200万元，其中…完成6艘近海渔船更新改造600万元，
    用于建设1个…装备箱600万元: the boats and the box say what each amount is for)? Then the list is in that counter,
    whatever its amounts add up to."""
    ids = {a.id for a in alike}
    others = [c for c in cands if c.id not in ids and c.start < alike[-1].start]
    return bool(others) and all(
        any(a.start > c.end and not CLAUSE_END.search(r.norm, c.end, a.start) for a in alike) for c in others
    )


def _one_more_way_it_ended(r: Reading, words: Words, parts: list[Fact], nxt: Fact) -> bool:
    """Does the list go on, past a comma in its sentence and unit, with one more way a case ended (其中：判决26件，撤诉
    35件，裁定不予受理9件，裁定驳回起诉1件，移送2件: a part edited up reaches the total before the list ends)? (Not kinds
    named by no step alike: 其中民事278件、刑事459件，…460件 goes on to another dimension.)"""
    last = parts[-1]
    if (
        nxt.sentence != last.sentence
        or not _same_counter(nxt.q.unit, last.q.unit)
        or not _COMMA_GAP_RE.fullmatch(r.norm, last.end, nxt.start)
        or _sum_led(r, nxt)
    ):
        return False
    return words.ended_alike(r.frame(nxt).label, [r.frame(p).label for p in parts])


# what stands between one item of a list and the next in a run of them: a comma or 、 and the next item's words
_COMMA_GAP_RE = re.compile(r"[，,、][^，,、；;。：:！？!?\d（()）]{1,16}")


def _remainder_ahead(r: Reading, words: Words, parts: list[Fact], later: list[Fact]) -> bool:
    """Does the list go on, in its sentence and its unit, to its own remainder (…予以公开5件，部分公开2件，属于
    四类过程性信息1件，…2件，其他1件: a part edited up reaches the total before the list ends at its 其他)? Not past a
    new sum or a 其中 (…审结70件，其中…其他3件: the remainder of another list)."""
    last = parts[-1]
    for f in later:
        if f.sentence != last.sentence or not _same_counter(f.q.unit, last.q.unit):
            return False
        if _sum_led(r, f) or "其中" in r.norm[last.end : f.start]:
            return False
        if words.remainder_re.match(r.frame(f).label):
            return True
        last = f
    return False


def _one_more_of_the_set(r: Reading, words: Words, parts: list[Fact], nxt: Fact) -> bool:
    """Is the next figure named by a word of the set of statuses the parts are named by (提起公诉461件；不起诉129件；
    附条件不起诉7件: a third outcome, even where the first two reach the total)?"""
    statuses = words.complementary([r.frame(p).label for p in parts], whole=False)
    return statuses is not None and statuses.search(r.frame(nxt).label) is not None


def _in_one_bracket(r: Reading, cands: list[Fact]) -> bool:
    """Do the figures all stand inside one parenthesis, which closes after the last of them?"""
    if len(cands) < 2:
        return False
    span = r.norm[cands[0].end : cands[-1].start]
    if any(c in span for c in "()（）"):
        return False
    return r.bracketed(cands[-1], len(r.norm)) and r.bracketed(cands[0], len(r.norm))


_ENUM_GAP_RE = re.compile(r"[^，,；;。：:！？\n()（）]*、[^，,；;。：:！？\n()（）]*")


def _one_enumeration(r: Reading, figures: list[Fact]) -> bool:
    """Are the figures one run of items set apart by 、 alone (…规章制度类2条、…、处罚强制类9条、…年报1条)? Such a
    run goes on to its end whatever its first items add up to. A bracket between ends the run (其中：税收收入4.31亿元、
    非税收入2.21亿元）、上级补助收入…: the aside of the parts closes there)."""
    return all(
        _ENUM_GAP_RE.fullmatch(r.norm, a.end, b.start) is not None for a, b in itertools.pairwise(figures)
    )


_ALIKE_TAIL = 4  # the fewest characters of a name every part repeats for the next to be one more of them


def _named_like_every(r: Reading, words: Words, nxt: Fact, parts: list[Fact]) -> bool:
    """Is the next figure one more of the kinds listed: its name ends as every part's does, in four
    characters or more (or in a head noun of two that is no word of any count, 解读; or in 类, each a class), and
    none names a step (…驻华代表机构265家，…驻内地代表机构65家，…驻大陆代表机构9家: the third is a part even when the
    first two reach the total; not 新收72件，上年结转15件，审结70件)?"""
    label = r.frame(nxt).label
    # (…投诉举报类12件，行政处罚类21件，行政强制类1件，行政确权类2件: each named a class, 类, is one more of them)
    # (the first's words may open with the whole's step, 受理案件中投诉举报类: a class names a kind, not a step)
    classed = label.endswith(_CLASS) and len(label) > len(_CLASS)
    # (文字解读144篇，图片解读61篇，视频解读1篇: a head noun every name ends in)
    headed = len(label) > _HEAD and bool(_thing_head(words, label))
    least = 1 if classed else _HEAD if headed else _ALIKE_TAIL
    return (
        all(
            _shared_tail(label, r.frame(p).label) >= least
            and (classed or words.step_word(r.frame(p).label) is None)
            for p in parts
        )
        and words.step_word(label) is None
    )


_CLASS = "类"  # the word naming a kind as a class (咨询类, 行政处罚类)
_HEAD = 2  # characters of a head noun the kinds of a list share (解读)
_AMOUNT_HEADS = frozenset({"收入", "支出", "资金", "经费", "金额"})


def _thing_head(words: Words, label: str) -> str:
    """The head noun (two characters) a figure's words end with when it names a thing of its own kind (解读, 账号), else
    "": not a head any count may have (案件, 事项), nor a budget's amount (收入, 支出: 税收收入…、非税收入…)、上级补助收入
    adds to the whole, a level above), nor a verb (…支出累计完成287998万元: 完成 names no thing)."""
    head = label[-_HEAD:]
    if (
        len(head) < _HEAD
        or head in _GENERIC_HEADS
        or head in _AMOUNT_HEADS
        or words.stage_re.search(head)
        or head in words.progress_verbs
    ):
        return ""
    return head


# a percent sign with no figure before it: the page lost a number there (热线%，)
_LOST_FIGURE_RE = lazy_compile(r"[\u4e00-\u9fff”\"」]%")


def _shares_complete(ctx: Context, total: Fact, parts: list[Fact]) -> bool | None:
    """Does every part come with a share, and do the shares add up to 100% (within rounding)? Then the
    list covers its whole (依法受理4955件，占79.9%；不予受理1245件，占20.1%): True. When they add up to
    less (电话端…占85.19%；互联网端…占13.60%), the list leaves something out: False. None: not every
    part has a share, or the parts fall short of the total by no more than the shares' rounding allows
    (share.shares_cover). A part's rate over the total says the same (审结163件，其中批准逮捕134件，逮捕率
    为79.57%；不捕29件，不捕率为20.43%)."""
    rate_of: dict[str, Fact] = {}
    for g in ctx.ex.groups:
        if "part" not in g.facts:
            continue
        if g.kind == "share" and _of_another_whole(ctx, g, total):
            continue  # (受理190件…其中…维持26件，占已审结总数的27.7%…: the shares cover the 94 concluded, not this)
        if g.kind == "share" or (g.kind == "rate" and g.facts.get("base") == [total.id]):
            rate_of.setdefault(g.facts["part"][0], ctx.fact(g.facts["rate"][0]))
    rates = [rate_of[p.id] for p in parts if p.id in rate_of]
    if len(parts) < 2 or len(rates) < len(parts):
        return None
    if fact_interval(total).lo > _FAR_BEYOND * sum(fact_interval(p).hi for p in parts) and not any(
        share_fits(rt, p, total) for rt, p in zip(rates, parts, strict=True)
    ):
        # 共收集案件线索1.9万余件，其中，提起民事公益诉讼17件，占4.58%；…196件，占52.83%: shares of the suits' own
        # sum (371), over ten times smaller, none of the clues: they say nothing of the clues' whole (not 受理284406件。
        # 其中咨询类124599件，占63.72%…, shares of 195532: a list that disagrees with its total)
        return False
    return shares_cover(total, parts, rates)


def _of_another_whole(ctx: Context, share: Group, total: Fact) -> bool:
    """Is the share of another figure its words name (占已审结总数的27.7% of 办结94件), and does it fit it?"""
    base = share.facts.get("base", [total.id])
    if base == [total.id] or not share.attrs.get("tied"):
        return False
    return share_fits(ctx.fact(share.facts["rate"][0]), ctx.fact(share.facts["part"][0]), ctx.fact(base[0]))


def _nearer_made_up(cands: list[Fact], chosen: Fact, parts: list[Fact]) -> Fact | None:
    """A figure between the chosen whole and the marker that the parts add up to exactly, in the same counter,
    when the whole itself is not: 共设有人民法庭151个，目前已实际运行的有147个，另有4个法庭已批待建。其中城区法庭4个、
    城乡结合法庭33个、乡村法庭110个 divides the 147 running; a slip rarely makes parts match another figure."""
    if len(parts) < 2 or chosen not in cands or sums_exactly(chosen, parts):
        return None
    unit = parts[0].q.unit
    return next(
        (
            c
            for c in cands[: cands.index(chosen)]
            if c.q.unit == unit and c.sentence == chosen.sentence and sums_exactly(c, parts)
        ),
        None,
    )


_CHANGED_RE = re.compile(r"同比|比上年|较上年|比去年|较去年")  # (a comparison with the year before)


def _changed_in_its_segment(r: Reading, f: Fact) -> bool:
    """Does the figure's ；-segment go on to say how it changed on the year before (…2222件，同比上升1.7倍)?"""
    hi = r.period_span(f.start)[1]
    seg = SEGMENT_END.search(r.norm, f.end, hi)
    return _CHANGED_RE.search(r.norm, f.end, seg.start() if seg else hi) is not None


_PAIR_JOINS = ("和", "与", "、")


def _paired_columns(r: Reading, total: Fact, cands: list[Fact]) -> tuple[Fact, list[Fact], list[Fact]] | None:
    """受理和审结…案件77463件和74200件。其中，受理和审结专利案件18521件和17764件，商标案件11598件和10743件…: a total
    paired with the next figure, and the list's figures in pairs alike: the first of each pair is a part of the
    total, the second of its partner. (The partner, the first column and the second; None if not so.)"""
    after = r.facts_between(total.end, total.end + 8)
    if not after or r.norm[total.end : after[0].start] not in _PAIR_JOINS or after[0].q.unit != total.q.unit:
        return None
    if len(cands) < 4 or len(cands) % 2:
        return None
    firsts, seconds = cands[0::2], cands[1::2]
    if any(r.norm[a.end : b.start] not in _PAIR_JOINS for a, b in zip(firsts, seconds, strict=True)):
        return None
    return after[0], firsts, seconds


def _before_a_larger_sibling(r: Reading, total: Fact, parts: list[Fact]) -> list[Fact]:
    """The parts up to the first after a ；-segment ends that alone exceeds the total and is named like it, not like
    the part before (违规使用资金26.93亿元，其中用于建房买车5837.4万元；不规范管理资金45.75亿元: another amount beside
    the whole, not its part; not 检查企业1000家，其中危险化学品企业300家；工贸企业1700家, a kind like the one before, a
    part above its whole to report), or that names the whole again with a step of its own (…财政性资金当年支出…)."""
    whole = r.frame(total).label
    for k in range(1, len(parts)):
        if not SEGMENT_END.search(r.norm, parts[k - 1].end, parts[k].start):
            continue
        if fact_interval(parts[k]).lo > fact_interval(total).hi and r.head(parts[k]) == r.head(
            total
        ) != r.head(parts[k - 1]):
            return parts[:k]
        label = r.frame(parts[k]).label
        at = label.find(whole[-_WHOLE_NAMED:]) if len(whole) >= _WHOLE_NAMED else -1
        if at >= 0 and len(label) > at + _WHOLE_NAMED:
            # 筹集…财政性资金4128.74亿元，其中中央…1861.65亿元；…财政性资金当年支出3543.75亿元: the whole named again
            # with a step of its own after it, a statement of the whole, no part of it
            return parts[:k]
        # 共接报刑事案件72宗，治安案件110宗，其中“两抢一盗”案件64宗；破刑事案件7宗，查处治安案件73宗: the whole (or a whole
        # enumerated with it) named in full again, a verb before it, after a first part that named it not
        kinds = {r.frame(w).label.removeprefix("共")[-_KIND_NAMED:] for w in enumerated_with(r, total)}
        named = next((w for w in kinds if len(w) == _KIND_NAMED and label.endswith(w)), None)
        if (
            named
            and 0 < len(label) - len(named) <= _VERB_MOST  # (not 城市低保累计支出, a kind of 累计支出)
            and not r.frame(parts[0]).label.endswith(named)
            # (a verb of its own: not 受理执行案件 among the kinds of 受理各类审判执行案件)
            and label[: -len(named)] not in whole
        ):
            return parts[:k]
    return parts


_WHOLE_NAMED = 6  # characters of the words naming a whole, at least, that name it again
# characters of a whole's last words that, ending a part's with a verb before them, name it again; of that verb
_KIND_NAMED, _VERB_MOST = 4, 2


# the share of its total a list whose completeness is only likely must reach to be read as all of it
_SELECTION_COVERS = 2 / 3


def check(rule: Rule, ctx: Context) -> None:
    persons = persons_of(ctx)
    totals = {g.facts["total"][0] for g in ctx.ex.groups if g.kind == KIND}
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        total = ctx.fact(g.facts["total"][0])
        parts = [ctx.fact(i) for i in g.facts["parts"]]
        if (
            total.id in ctx.covered
            and not _unnamed_beside_checked(ctx, total, parts)
            # (a list whole by a closed set is summed here: a metric rule may only bound the total by its parts,
            # 行政处罚案件42起，其中适用简易程序案件30起，适用普通程序案件2起 by HC509; not one whole by 其他: 承办行政处罚
            # 94497件，其中罚款93583件，其他处罚104件 leaves some out, the rule's bound is all that holds)
            and g.attrs.get("whole_by") not in _SET_WHOLE
            # (审结…102件，其中直接纠错56件，以调解、和解等方式结案51件: the metric rules hold each part to the total,
            # none their sum; a partial list of parts all of the total's field is still summed, at most the total)
            and (
                g.attrs.get("complete", "no") != "no"
                or len(parts) < 2
                or not all(p.metric and p.family == total.family for p in parts)
            )
        ) or (
            len(parts) >= 2
            and all(p.id in ctx.covered for p in parts)
            # (共793件(新收案件649件,旧存案件144件): no rule sums the two halves of a closed pair to their whole)
            and g.attrs.get("whole_by") not in _SET_WHOLE
        ):
            continue  # a metric rule already checks this total (or these parts: 新收 + 旧存 ≥ 审结 + 未结)
        if total.id in ctx.covered and any(total.id in f.facts for f in ctx.findings):
            continue  # the metric rule has flagged this total already: one finding says it
        if any(f.q.value < 0 for f in (total, *parts)):
            continue  # 同比 | -13.71: a column of changes, no counts of things (which are never below 0)
        if (
            len(parts) >= 3
            and _BESIDES_RE.search(ctx.ex.norm, parts[-2].end, parts[-1].start)
            and sums_exactly(total, parts[:-1])
        ):
            # 在编人员50名，其中行政28人、事业22人；另有编外用工32人: the parts before 另有 make the whole exactly, what
            # 另有 adds is besides it (另有 may also name the rest: 其中办结100件，另有20件正在办理)
            continue
        if g.attrs.get("overlap") or _shares_confirm_each(ctx, total, parts):
            _check_each(rule, ctx, total, parts)
            if g.attrs.get("overlap") and g.attrs.get("whole_by") == "remainder":
                _check_cover(rule, ctx, total, parts)
            continue
        complete = str(g.attrs.get("complete", "no"))
        marker = str(g.attrs.get("marker", ""))
        why = str(g.attrs.get("whole_by", ""))  # (what the finding says made the list whole)
        by_shares = _shares_complete(ctx, total, parts)
        if by_shares is not None and not (
            by_shares is False and why == "remainder" and _shares_fit_each(ctx, total, parts)
        ):
            # (not down to the rest with each share of this total: 来访3483件次，占比79.68%；…其他65件，占比1.49%
            # of 4371, adding up to 99.93%: the list is whole, and its parts fall short of the total)
            complete, why = ("yes", "shares") if by_shares else ("no", "")
        # …热线%，网上举报2365件，约12.0%，其他渠道132件: a figure lost from the list, which is then no whole list
        lo = max(total.end, ctx.ex.seg.paragraph_at(parts[0].start).start)
        if complete == "yes" and _LOST_FIGURE_RE.search(ctx.ex.norm, lo, parts[-1].end):
            complete, why = "no", ""
        # 审结597件712人，其中提起公诉461件550人；不起诉129件154人…: the persons make the same breakdown
        paired = [persons.get(f.id) for f in (total, *parts)]
        ptotal, pparts = paired[0], [p for p in paired[1:] if p is not None]
        if "carry" in g.attrs:
            _check_sum(rule, ctx, total, parts, complete, marker, why, plus=ctx.fact(str(g.attrs["carry"])))
            continue
        if ptotal is None or len(pparts) < len(parts) or ptotal.id in totals:
            _check_sum(rule, ctx, total, parts, complete, marker, why)
            continue
        if len(parts) >= 2 and (sums_exactly(total, parts) or sums_exactly(ptotal, pparts)):
            complete, why = "yes", "paired"  # one count adding up exactly says the list is whole
        _check_sum(rule, ctx, total, parts, complete, marker, why)
        if ptotal.id not in ctx.covered:
            _check_sum(rule, ctx, ptotal, pparts, complete, marker, why)
    for (
        g
    ) in ctx.ex.groups:  # amounts beside a list's parts (节约金额 of each kind of trade): at most their whole
        for whole_id, part_ids in g.attrs.get("beside", []) if g.kind == KIND else []:
            amounts = [ctx.fact(i) for i in part_ids]
            if g.attrs.get("overlap"):
                # (救助未成年人146人，发放救助金270.56万元；救助困难妇女160人，…: groups that overlap, and their amounts)
                _check_each(rule, ctx, ctx.fact(whole_id), amounts)
            else:
                _check_sum(rule, ctx, ctx.fact(whole_id), amounts, "no", "其中")


# lists whole by a closed set of words (a status and its complement; the members of a classification: 直接纠错374件，
# 其中确认违法70件，撤销209件，变更10件，责令履行85件): summed here, where a metric rule only bounds the total by them
_SET_WHOLE = ("complement", "classification")


def _unnamed_beside_checked(ctx: Context, total: Fact, parts: list[Fact]) -> bool:
    """Does the list hold, in one clause run (no ；), parts its total's metric rule checked and parts no
    metric of the total's field names (审结59件，其中维持42件，改判10件，驳回17件: the rule sums 维持 and 驳回, not
    改判)? Then the list says more than the rule: it is summed too."""
    checked = [p.id in ctx.covered for p in parts]
    return (
        any(checked)
        and not all(checked)
        and all(
            p.metric is None or p.family != total.family for p, c in zip(parts, checked, strict=True) if not c
        )
        and not SEGMENT_END.search(ctx.ex.norm, parts[0].end, parts[-1].start)
    )


def _shares_confirm_each(ctx: Context, total: Fact, parts: list[Fact]) -> bool:
    """Does the text give each part its share of the total, each fitting, while the parts add up to more
    than it (诉讼案件已结241件，占已结案件96.7%，律师办理案件202件，占已结案件81.1%)? Then the parts overlap:
    two attributes of the cases, not a list of kinds."""
    if len(parts) < 2 or sum(fact_interval(p).lo for p in parts) <= fact_interval(total).hi + 1e-9:
        return False
    return _shares_fit_each(ctx, total, parts)


def _shares_fit_each(ctx: Context, total: Fact, parts: list[Fact]) -> bool:
    """Does the text give each part its share of the total, each fitting it?"""
    fitting = set()
    for g in ctx.ex.groups:
        if g.kind == "share" and g.facts.get("base") == [total.id] and "part" in g.facts:
            part, rate = ctx.fact(g.facts["part"][0]), ctx.fact(g.facts["rate"][0])
            if share_fits(rate, part, total):
                fitting.add(part.id)
    return all(p.id in fitting for p in parts)


def _check_each(rule: Rule, ctx: Context, total: Fact, parts: list[Fact]) -> None:
    """Parts that are attributes of the total (each with its own rate) may overlap: each alone cannot
    exceed it."""
    for p in parts:
        rel = Relation("<=", Ref("p"), Ref("t"), "p <= t")
        keys = {"p": p, "t": total}
        ok = fact_interval(p).lo <= fact_interval(total).hi + 1e-9
        record(ctx, rule, rel, keys, None if ok else rule.severity)
        if not ok:
            emit(
                ctx,
                rule,
                rule.severity,
                f"{name_zh(total, ctx)}，但其中{name_zh(p, ctx)}多于总数",
                f"{name_en(total)}, but its part {name_en(p)} exceeds it",
                [(total, "total"), (p, "part")],
                f"≤ {fmt_number(total.q.value)}",
                fmt_number(p.q.value),
            )


def _check_cover(rule: Rule, ctx: Context, total: Fact, parts: list[Fact]) -> None:
    """Parts that may overlap, closed by the rest (拘留107人，罚款23人，警告37人，其他处理225人 of 处罚违法人员392人): each
    of the whole is in one of them at least, so together they cannot fall short of it."""
    rel = Relation(">=", Sum(tuple(Ref(f"p{k}") for k in range(len(parts)))), Ref("t"), "sum(parts) >= t")
    keys = {"t": total, **{f"p{k}": p for k, p in enumerate(parts)}}
    short = sum(fact_interval(p).hi for p in parts) + 1e-9 < fact_interval(total).lo
    record(ctx, rule, rel, keys, rule.severity if short else None)
    if short:
        got = sum(p.q.value for p in parts)
        emit(
            ctx,
            rule,
            rule.severity,
            f"{name_zh(total, ctx)}，其中各项（可能有重叠，并以“其他”收尾）之和仅为{fmt_number(got)}，少于总数",
            f"{name_en(total)}, yet its parts (which may overlap, closed by the rest) add up to only {fmt_number(got)}",
            [(total, "total"), *((p, "part") for p in parts)],
            f"≥ {fmt_number(total.q.value)}",
            fmt_number(got),
        )


def _each(text: str, parts: list[Fact]) -> list[Fact]:
    """The parts with a figure that counts each of several kinds written once (房管、人事各3件: 3 + 3)."""
    out: list[Fact] = []
    prev = -1
    for p in parts:
        n = 1
        if text[p.start - 1 : p.start] == "各":
            # (the kinds since the part before: 警察局5件、工务处4件、建设及环保类各3件 names two, not four)
            lo = max(prev - 1, *(text.rfind(ch, 0, p.start) for ch in "，,；;：:。（("))
            items = [x for x in text[lo + 1 : p.start - 1].split("、") if x]
            n = max(1, len(items) + sum(1 for x in items if _AND_RE.search(x, 1)))
        out += [p] * n
        prev = p.end
    return out


_AND_RE = re.compile(r"[和及与](?!其他)")  # 地震和公路管理各1件: three kinds


def _truncates(total: Fact, parts: list[Fact], s: Interval) -> bool:
    """Is an amount shown to fewer places than its parts their sum cut short (月发低保金877.74万元 of 373.9052万元 and
    503.8417万元, 877.7469万元: ../DOMAIN.md, figures are truncated as often as rounded)?"""
    if total.mention.kind != "money" or total.q.qualifier != "=" or not parts:
        return False
    if not all(p.q.step < total.q.step for p in parts):
        return False
    return total.q.value - 1e-9 <= s.lo and s.hi < total.q.value + total.q.step


_BESIDES_RE = re.compile(r"另有|另外|此外")


def _check_sum(
    rule: Rule,
    ctx: Context,
    total: Fact,
    parts: list[Fact],
    complete: str,
    marker: str,
    whole_by: str = "",
    plus: Fact | None = None,
) -> None:
    """The parts cannot exceed the total; a complete list must reach it (`whole_by`: why it is whole). With
    `plus` (a carry-over stated after the total), the parts are of the two together."""
    parts = _each(ctx.ex.text, parts)
    equal = complete in ("yes", "likely")
    op = "==" if equal else ">="
    whole = Bin("+", Ref("t"), Ref("c")) if plus is not None else Ref("t")
    rel = Relation(op, whole, Sum(tuple(Ref(f"p{i}") for i in range(len(parts)))), f"t {op} sum(parts)")
    keys = {
        "t": total,
        **({"c": plus} if plus is not None else {}),
        **{f"p{i}": p for i, p in enumerate(parts)},
    }
    e = env(keys, "usual", {})
    t, s = evaluate(rel.left, e), evaluate(rel.right, e)
    if plus is None and _truncates(total, parts, s):
        record(ctx, rule, rel, keys, None, "total truncated")
        return
    terms = "+".join(fmt_like(p.q.value, p) for p in parts)  # (as written: 56.59亿+29.17亿)
    stated = sum(p.q.value for p in parts)  # (shown as written; the test above allows for rounding)
    # sums at the parts' scale when they share one (85.76亿), else plain (173769 beside a total of 173769万)
    like = parts[0] if len({scale_of(p) for p in parts}) == 1 else total
    u = total.q.unit
    whole_value = total.q.value + (plus.q.value if plus is not None else 0)
    name, name_e = name_zh(total, ctx), name_en(total)
    if plus is not None:  # (收到申请12件与上年结转1件合计13件)
        name = f"{name}与{name_zh(plus, ctx)}合计{fmt_like(whole_value, total)}{u}"
        name_e = f"{name_e} and {name_en(plus)} together ({fmt_like(whole_value, total)}{u})"
    if s.lo > t.hi + 1e-9:
        # parts listed after 其中 may overlap (涉企…, 重大…): their sum exceeding the total is certain
        # only when one part alone does, or when the list reads as one exhaustive breakdown
        alone = any(e[f"p{i}"].lo > t.hi + 1e-9 for i in range(len(parts)))
        sev = rule.severity if alone or equal else SOFTER[rule.severity]
        zh = f"{name}，但其中列出的各项之和为{fmt_like(stated, like)}{u}（{terms}），超过总数"
        en = f"{name_e}, but the parts listed add up to {fmt_like(stated, like)}{u} ({terms}), more than the total"
        if sev != rule.severity:
            zh += "（除非各项互有重叠）"
            en += " (unless the parts overlap)"
    elif (
        equal
        and s.hi < t.lo - 1e-9
        and (
            complete == "yes"
            or s.hi >= t.lo * _SELECTION_COVERS
            or marker not in ("其中", "中", "（）")
            or whole_by == "classification"
        )
    ):
        # (a "likely" 其中 list that covers less than two thirds of its total reads as a selection: 其中医患纠纷
        # 36件…; 新收…2956件中，发明和实用新型专利侵权案件1583件…技术秘密侵权案件73件…植物新品种侵权案件134件; so does
        # a bracket's: 受理各类案件7983487件(含诉前调解成功案件1487838件、涉诉信访案件93639件) names what it includes;
        # not a list naming every kind of a classification, which is no selection however little it covers: 发布信息
        # 23117条，其中概况类信息更新量1条，政务动态信息更新量7279条，信息公开目录信息更新量38条)
        sev = rule.severity if complete == "yes" else str(rule.params.get("shortfall_severity", "warning"))
        d = fmt_like(whole_value - stated, like)
        why, why_en = (
            ("各项是互补的状态，合起来应为总数", "the parts are complementary statuses of it")
            if marker == "状态"
            else _WHOLE_WHY["paths"]
            if marker == "路径"
            else _WHOLE_WHY["handlers"]
            if marker == "承办"
            else ("表中的合计应为各项之和", "a table's total is the sum of its items")
            if marker in _TABLE_MARKERS
            else _WHOLE_WHY.get(whole_by, ("分项已列全", "the breakdown is complete"))
            if complete == "yes" or whole_by in LIKELY_WHOLE
            else ("分项看来是完整的", "the breakdown looks complete")
        )
        zh = f"{name}，但其中各项之和为{fmt_like(stated, like)}{u}（{terms}）：{why}，少了{d}{u}"
        en = f"{name_e}, but its parts add up to {fmt_like(stated, like)}{u} ({terms}): {why_en}, {d} short"
    else:
        record(ctx, rule, rel, keys, None)
        return
    record(ctx, rule, rel, keys, sev)
    emit(
        ctx,
        rule,
        sev,
        zh,
        en,
        [(total, "total")] + ([(plus, "total")] if plus is not None else []) + [(p, "part") for p in parts],
        fmt_number(whole_value),
        fmt_number(s.lo),
    )
