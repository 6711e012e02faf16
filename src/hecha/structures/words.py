"""The words the structures read (schemas/structures.yaml), loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import yaml

from ..lazyre import lazy_compile
from ..resources import data_dir

if TYPE_CHECKING:
    from ..model import Fact
    from ..reading import Reading

# words before a figure that state it as a whole (共受理…, 合计…, 总数为…): one list for every structure
# (共 alone, not inside 公共, 中共, 共同, 共享, 共建, 共产…)
TOTAL_WORDS_RE = re.compile(r"共计|合计|总计|累计|(?<![公中])共(?![同享建产治青商识性通])|总数|总量|全部")
# a key that divides a whole (以审级区分，…; 按案涉行政领域划分，…): the parts after it are one dimension of it
# figures said 分别, one per item named before them (分别有47件、237件; 回复率分别为：66.29%、…), and the characters a
# figure spans at most after the words (1,549,926件)
RESPECTIVE_RE = re.compile(r"分别(?:有|为|是|达到|达)?[：:]?\s*")
FIGURE_MOST = 24
KEY_RE = re.compile(r"(?:以|按|按照|从)[^，,。；;]{1,8}?(?:区分|划分|分类|分)[，,：:]")
# a way a step was taken by, then the step (以判决方式结案95件, 通过调解方式化解, 采取和解方式结案): some of those the
# step took, not all of them
BY_WAY_RE = lazy_compile(
    r"(?:以|通过|采取|采用)(?P<way>[\u4e00-\u9fff、]{1,8})方式(?P<step>结案|审结|办结|化解|处理|解决)"
)
_WAY_TAIL = (
    "的共计为"  # (以判决方式结案的共95件: the words that may stand between the way's step and its figure)
)


def way_before(norm: str, lo: int, hi: int) -> re.Match[str] | None:
    """The way a step was taken by that the words in [lo, hi) end with (past 的, 共…), if any."""
    end = hi
    while end > 0 and norm[end - 1] in _WAY_TAIL:  # (norm[:hi].rstrip, without copying the text up to hi)
        end -= 1
    if end - 4 < lo or not norm.startswith("方式", end - 4):
        return None  # (a fast test: a match that ends there ends on 方式 and a step of two characters)
    return next((m for m in BY_WAY_RE.finditer(norm, lo, end) if m.end() == end), None)


# words that make a figure a change against the period before, not a figure of this one (同比增长8.6%)
CHANGE_WORDS_RE = re.compile(
    r"同比|环比|比上年|较上年|比去年|较去年|增长|增加(?!值)|上升|提高|提升|下降|减少|降低|增幅|降幅|增收(?!节支)|减收|增支|减支"
)
# the instance a court figure is of (一审, 二审…; 非诉: non-litigation enforcement, a case type beside the
# litigation instances), and words saying it is of them all
INSTANCE_RE = re.compile(r"一审|二审|再审|申诉|非诉")
# kinds of case a rate or a share may be of (not 行政复议: a procedure, whose cases are of no one kind)
CASE_KINDS = ("民商事", "民事", "刑事", "行政诉讼", "行政案件", "执行案件", "商事", "家事", "知识产权")
ALL_INSTANCES_RE = re.compile(r"各类|全部")
_ANY_INSTANCE_RE = re.compile(f"{INSTANCE_RE.pattern}|{ALL_INSTANCES_RE.pattern}")
_CLAUSE_MARK_RE = re.compile(r"[，,；;。：:（(]")


def instance_before(norm: str, pos: int) -> str | None:
    """The instance the words of a figure's clause give it (the last of 一审, 二审…, 各类 in the 24
    characters before it, back to a clause mark), or None."""
    lo = max(0, pos - 24)
    marks = list(_CLAUSE_MARK_RE.finditer(norm, lo, pos))
    found = _ANY_INSTANCE_RE.findall(norm, marks[-1].end() if marks else lo, pos)
    return found[-1] if found else None


def instance_of_sentence(norm: str, lo: int, pos: int) -> str | None:
    """The last instance (一审, 二审…) named in norm[lo:pos] (a sentence up to a figure), or None."""
    found = _ANY_INSTANCE_RE.findall(norm, lo, pos)
    return found[-1] if found else None


# a change's verb right before its amount (受案数增加82件, 收案数增加120件): by how much a figure moved, no count of its own
MOVED_BY_RE = re.compile(r"(?:增加|减少|上升|下降|增长|降低)了?$")

# the level of courts a clause's figures are of: all of them (全市法院, 两级法院), or one level
_COURT_LEVELS = (
    ("all", re.compile(r"全[省市区县州]法院|全[省市区县州]各级法院|[两三]级法院|各级法院")),
    ("basic", re.compile(r"基层(?:人民)?法院")),
    ("intermediate", re.compile(r"中级(?:人民)?法院|中院")),
    ("high", re.compile(r"高级(?:人民)?法院|高院")),
)
_COURT_LEVEL_RE = re.compile("|".join(f"(?P<{k}>{p.pattern})" for k, p in _COURT_LEVELS))


def court_level(norm: str, lo: int, pos: int) -> str | None:
    """The level of courts the last court named in norm[lo:pos] is of (全市法院 → all, 基层法院 → basic…), or None."""
    found = list(_COURT_LEVEL_RE.finditer(norm, lo, pos))
    return found[-1].lastgroup if found else None


# words that make a rate of a subset of the cases its counts would give (诉前纠纷化解率 is not of all the disputes
# received and resolved; 涉企…率 of the cases of firms)
# 两级法院, 二级责任单位: levels or grades, which qualify a noun (no part, whole or floor)
LEVEL_UNITS = ("级",)
# a count of kinds of things, no count of the things: no share's base (房屋征收、公安…四类案件较多，个人起诉的案件占比
# 91.6%), no rate's count (有30种产品合格率低于80%)
KIND_UNITS = ("类", "种")
# what a count in a general counter may say it counts that are areas or kinds, not things (六个方面, 三个领域)
KIND_THINGS = ("方面", "领域", "环节", "类别", "大类", "板块", "案由", "罪名", "类型")
# an area and all in it (全市, 全省…), not a body of its own (市政府)
WHOLE_AREA_RE = re.compile(r"全(?:区|市|县|省|国|州|旗|镇)")
# what a figure's words hold when it opens its clause (marks only: 其中…，662件已转…)
OPENING_MARKS = "，,、：:；; \t\n"
# a clause opening with 同期 compares another subject in the same period (受理医疗纠纷650起，…，同期，宁波市两级医调会受理
# 医疗纠纷2525起): the figures after it are none of those before
SAME_PERIOD_RE = re.compile(r"[，,；;]\s*同期")
SUBSET_QUALIFIER_RE = re.compile(r"诉前|庭前|诉中|立案前|审前|涉企|涉外|涉农|涉民生|涉法涉诉")


def qualifier_before(norm: str, pos: int) -> str | None:
    """The subset qualifier of a figure's clause (in the 24 characters before it, back to a clause mark),
    or None."""
    lo = max(0, pos - 24)
    marks = list(_CLAUSE_MARK_RE.finditer(norm, lo, pos))
    found = SUBSET_QUALIFIER_RE.findall(norm, marks[-1].end() if marks else lo, pos)
    return found[-1] if found else None


# a bracket saying a figure counts more than its words name (已回复91条，回复率100%(含主动回复))
_INCLUDES_RE = re.compile(r"[（(]\s*(?:含|包括|包含)")
_SEGMENT_END_RE = re.compile(r"[；;。！？!?\n]")


def includes_more(norm: str, pos: int, within: int | None = None) -> bool:
    """Does a bracket opening with 含/包括 follow `pos` before the end of its ；-segment (and within
    `within` characters, if given)?"""
    end = _SEGMENT_END_RE.search(norm, pos)
    hi = end.start() if end else len(norm)
    if within is not None:
        hi = min(hi, pos + within)
    return _INCLUDES_RE.search(norm, pos, hi) is not None


# an average (人均调解2.81件, 日均714件): no whole count, and no claim of all (均)
# words opening a clause that says the state now (目前5件已办结完成，1件正在处理中): a status, not a kind
NOW_WORDS = "(?:截至目前|截止目前|目前|现已|当前|至今)"
# (a median too: 投诉量的中位数为3073.5件 counts no whole)
AVERAGE_RE = re.compile(r"人均|日均|月均|周均|年均|平均|户均|件均|中位数|均值|每(?:分钟|小时|天|日|周|月)")
# the general counter: a count in 件 may hold counts in 个, 条, 项… (50件案件回访，接通电话47个)
GENERAL_UNITS = ("件", "件次", "封")  # (信件102封 among 诉求277件: letters are items too)
CASE_UNITS = ("件", "起", "宗", "例")  # counters of cases, alike
# counters of items published, alike (发布信息306条，其中政府工作报告1篇，…信息公开稿17条)
PUBLISHED_UNITS = ("条", "篇", "则")
FINDING_UNITS = ("项", "项次")  # (发现违法行为492项次，其中…重大事故隐患86项: findings counted either way)
HEAD_UNITS = ("人", "名")  # counters of persons, alike (安置帮教对象584名，…监所释放人数为567人)


def counted_alike(a: str, b: str) -> bool:
    """Do two counters count alike (案例644起 of which 办结446件; 89件次 of which 78件)?"""
    return (
        a == b
        or {a, b} <= set(CASE_UNITS)
        or {a, b} <= set(GENERAL_UNITS)
        or {a, b} <= set(PUBLISHED_UNITS)
        or {a, b} <= set(FINDING_UNITS)
        or {a, b} <= set(HEAD_UNITS)
    )


DURATION_UNITS = frozenset(
    {"年", "天", "日", "周", "个月", "小时", "分钟"}
)  # spans of time: they count nothing
# a court's or courts' statistics (their 受理 may be new cases only, their 审结 holds old ones)
COURT_RE = re.compile(r"法院|法庭|中院|基层院|审判(?!长|员)")
# an intake said to be of new cases only (新收, a court's 收案 or 受案, 当期立案): what was carried over is apart from it
NEW_ONLY_RE = re.compile(r"新收|收案|受案|新受理|新接收|新立案|新增|新发|当期")
YEAR_RE = re.compile(r"(\d{4})年")  # a written year, its digits the group
_HANDLING = frozenset({"处理", "办理"})  # (after an intake step word: the step it takes in for)
# words of cases carried over from the period before (上年结转, 上期未结)
# (not 办结转派: what was concluded among those passed on)
CARRY_RE = re.compile(r"(?:上年|上期|上年度|去年|上一年度?)(?:度)?(?:结转|转结|未结|未办结|遗留)|(?<!办)结转")
# what came in from the period before only (上年结转3件, 旧存案件144件), not what goes on to the next (结转下年度3件)
CARRIED_IN_RE = re.compile(
    r"(?:上年|上期|上年度|去年|上一年度?)(?:度)?(?:结转|转结|未结|未办结|遗留)|旧存"
    r"|\d{4}年度?结转(?![下到至入])"  # (2020年结转办理1件, in a 2021 report; not 2021年结转下年度)
)
# a part of an intake that was carried in (其中旧存100件，新收900件): its old half, no kind of case
CARRIED_PART_RE = re.compile(CARRY_RE.pattern + r"|旧存|积存")
# (占地区生产总值的: a share, not 占地; 占有效报警数的, 占有关部门…的: a share of 有效/有关…, not 占有)
# (not 占用, 占有, 占地面积; but 占地区生产总值, 占地方财政收入: a share of the region's, of the local budget's)
_SHARE_ZHAN_RE = re.compile(r"占(?![用领据压]|有(?!效|关))(?!地(?!区|方))")


def share_word_at(label: str) -> int:
    """Where the last 占 of a share stands in a figure's words (占总数的, 占比), -1 if none: 占用, 占有, 占地
    (违法用地占用耕地比例为14%) are verbs of their own."""
    found = -1
    for m in _SHARE_ZHAN_RE.finditer(label):
        found = m.start()
    return found


# words before a figure that state it for the period before (与上年的受理率87.92%): no figure of this one
PRIOR_PERIOD_RE = re.compile(r"(?:上年|去年|上一年|上年度|前年)(?:同期)?的")
# a clause opening by naming the set its figures are among (在居民生活类问题中，…; 二是在服务投诉中，…): group 1 the set
AMONG_OPENING_RE = re.compile(r"\s*(?:[一二三四五六七八九十]+是)?在([^，,。；;\d]{2,12}?)中[，,]")
# 加 or 加上 adding an amount (加上级补助收入, 加转移性收入, 加调入资金), not a verb or a word of its own (加强, 加工…)
ADD = r"(?:加上|加(?=上级|上年|转移|调入|调出|动用|债务|债券|返还|补助|地方政府|结转|预算))"
# the words right before a figure of the period before (与去年163件相比, 上年同期为2296件)
PRIOR_FIGURE_RE = re.compile(r"(?:上年|去年|上一年|上年度|前年|同期)(?:同期)?(?:的|为|是)?\s*$")
# a figure named in a comparison with the period before, a few words after 与 (与2021年同期收案1364件相比)
# (对比2011年度受理案件数9728件: likewise)
COMPARED_PRIOR_RE = re.compile(
    r"(?:与|对比)(?:\d{4}年度?|上年|去年|上一年|上年度|前年)(?:同期)?[^，,；;。\d]{0,8}$"
)


# between a step putting forward and the step word naming what it put forward: nothing, or how (提出书面纠正)
_PUT_FORWARD_GAP_RE = re.compile(r"(?:书面|口头)?")
# between a ruling and the step word it acts on: nothing, or the party or the original (驳回原告起诉, 维持原处理决定)
_RULED_ON_GAP_RE = re.compile(r"(?:原告|申请人|当事人|上诉人|原审|原)?")


@dataclass(frozen=True)
class Words:
    stage_of: dict[str, int]  # step word → its place in the order of steps
    stage_re: re.Pattern[str]  # every step word and every word that only looks like one, longest first
    intake: frozenset[int]  # steps that count what came in this period
    concludes: frozenset[int]  # steps that may include cases carried over from the period before
    outcomes: frozenset[int]  # steps that name how a concluded case ended (维持, 撤诉…)
    # words naming how a case ended that are no step (判决, 裁定), yaml `ended_by`
    ended_by_re: re.Pattern[str]
    # steps that end a case beside a judgment or a ruling (调解, 移送), yaml `ending_steps`
    ending_steps: frozenset[str]
    # outcomes ruling on the step their words go on to name (驳回原告起诉), yaml `rulings`
    rulings: frozenset[str]
    # steps putting forward what the step word right after them names (提出纠正), yaml `proposing`
    proposing: frozenset[str]
    measures: frozenset[str]  # short words naming a bulletin's measures (亡, 伤), yaml `measures`
    screening: frozenset[str]  # step words of a screening: the earlier step only of concluding steps
    negation_re: re.Pattern[str]  # words before a step word that negate it (不予受理)
    remainder_re: re.Pattern[str]  # a list's last part named 其他/其余…
    rest_word_re: re.Pattern[str]  # the words naming a remainder (其他, 其余…), anywhere
    partial_re: re.Pattern[str]  # words that make a list a selection (主要, 前五…)
    excluding_re: re.Pattern[str]  # matched at a bracket after a figure: it says what the figure leaves out
    merged_re: re.Pattern[str]  # in a bracket after a figure: what was merged into it, not its parts
    # sets a list is whole by only when it names every member, each with the words one of which the total's
    # name must hold (none: any total), and whether it is only likely whole then (a classification that
    # has rarer kinds besides, which a list naming all the usual ones seldom leaves out)
    whole_sets: tuple[tuple[tuple[str, ...], tuple[str, ...], bool], ...]
    open_sets: tuple[tuple[str, ...], ...]  # sets a list naming only some members is a selection of
    complements: tuple[re.Pattern[str], ...]  # each set of status words that divide a whole
    negated_sets: frozenset[
        re.Pattern[str]
    ]  # those whole only with what was not done (yaml `open_complements`)
    whole_with: dict[re.Pattern[str], frozenset[str]]  # sets whole only with one of these members named
    concluded_sets: frozenset[re.Pattern[str]]  # those dividing only what was concluded (审结)
    # those dividing only a whole so named (yaml `complements_of`): the set, then the words the whole must hold
    complement_of: dict[re.Pattern[str], re.Pattern[str]]
    caseload_sets: frozenset[re.Pattern[str]]  # those dividing only a caseload, not new cases (新收)
    top_grades: frozenset[str]  # the upper grades of a scale: a list of only these is a selection (优良)
    any_status_re: re.Pattern[str]  # any word of any of those sets (a fast test)
    overlapping_re: re.Pattern[str]  # groups of people that overlap (妇女, 老年人, 农民工…)
    shared_re: re.Pattern[str]  # words saying things are counted under two parts (合办)
    concluding_end_re: re.Pattern[str]  # a concluding step word at the end of the text searched
    concluded_whole_re: re.Pattern[
        str
    ]  # words naming what was concluded (审结审查起诉案件), yaml `concluded_wholes`
    nested: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]  # (a whole kind, the kinds within it)
    quality_re: re.Pattern[str]  # a quality ending a rate's name (备案及时率 counts 备案 done in time)
    any_quality_re: re.Pattern[str]  # any of those qualities, anywhere (按时结案597件)
    sub_channel_re: re.Pattern[str]  # a sub-channel (网站, 微信…)
    channel_re: re.Pattern[str]  # any channel (those and 平台, 热线…)
    surveyed_re: re.Pattern[str]  # the end of a rate's name over those surveyed (满意率)
    ratings: tuple[re.Pattern[str], ...]  # the sets of `complements` that rate (满意, 基本满意…)
    asked_re: re.Pattern[str]  # words that count those surveyed (回访…)
    over_population_re: re.Pattern[str]  # words of a rate over a population no count states (失业率)
    counted_as: dict[str, tuple[str, ...]]  # a rate's last word → other words for what it counts
    joined: dict[str, tuple[str, ...]]  # a rate's name → the kinds it abbreviates (调撤 → 调解, 撤诉)
    processes: tuple[re.Pattern[str], ...]  # processes run side by side (逮捕; 起诉), each its own steps
    paths: dict[str, re.Pattern[str]]  # the two paths of a ticket or dispute (yaml `paths`), by kind of word
    scope_re: re.Pattern[str]  # every word of yaml `scopes`, longest first (全省法院 before 省法院)
    own_body_re: re.Pattern[str]  # their `own` words only (a fast test: most texts name no such body)
    scope_of: dict[str, tuple[int, bool]]  # such a word → (its entry, whether it names the whole area)
    measure_parts: tuple[tuple[frozenset[str], frozenset[str]], ...]  # (wholes, parts), yaml `measure_parts`
    measure_re: re.Pattern[str]  # any of their words, ending a label (longest first)
    progress_verbs: tuple[str, ...]  # words that end a matter, after 已 (已整改, 已上缴), yaml `progress`
    due_ends: frozenset[str]  # those that end whatever was due (应上缴…，已入库), yaml `progress`
    _steps: dict[str, str | None] = field(default_factory=dict)  # labels repeat: each read once
    _statuses: dict[str, bool] = field(default_factory=dict)  # names_status of each label read

    def stage(self, label: str) -> int | None:
        """The step a label names: that of its last step word (None: no step word, or a negated one)."""
        word = self.step_word(label)
        return self.stage_of[word] if word is not None else None

    def step_word(self, label: str) -> str | None:
        """The last step word of a label, as written (主动公开, 收到…); None as for `stage`."""
        if label in self._steps:
            return self._steps[label]
        last = None
        last_end = -1
        ruling_end = -1  # where a ruling word just read ends (yaml `rulings`)
        for m in self.stage_re.finditer(label):
            if label.startswith(("后", "类"), m.end()) or m.group() not in self.stage_of:
                # 受理后撤回申请: 受理 dates the step; 政府信息公开申请 names a thing, not a step; 许可、登记类行政案件
                # names a kind of act, not the step of registering
                continue
            if last is not None and label.startswith("的", m.end()):
                continue  # 主动公开本年度制发的省政府规章: 制发的 qualifies what the step before it (公开) acts on
            if (
                ruling_end >= 0
                and _RULED_ON_GAP_RE.fullmatch(label, ruling_end, m.start())
                and self.stage_of[m.group()] < self.stage_of[last]  # type: ignore[index]
            ):
                ruling_end = -1  # 驳回原告起诉, 维持原处理决定: what the ruling acts on is no step of its own
                continue  # (but a step after that is: 撤销立案结案 is 结案)
            if (
                last is not None
                and last_end == m.start()
                and m.group() in _HANDLING
                and self.stage_of[last] in self.intake
            ):
                continue  # 立案处理564件: filed to be handled, the 立案
            if last in self.proposing and _PUT_FORWARD_GAP_RE.fullmatch(label, last_end, m.start()):
                continue  # 提出(书面)纠正12545件: the 纠正 put forward, the step is 提出 (已纠正8696件 comes after it)
            last, last_end = m.group(), m.end()
            ruling_end = m.end() if last in self.rulings else -1
            if self.negation_re.search(label, max(0, m.start() - 2), m.start()):
                last = None  # 不予受理, 未办结
        self._steps[label] = last
        return last

    def of_one_whole_set(self, labels: list[str]) -> bool:
        """Does each label name a different member of one whole set (structures.yaml `whole_sets`)?"""
        for members, _of, _likely in self.whole_sets:
            named = members_named(members, labels)
            if None not in named and len(set(named)) == len(named):
                return True
        return False

    def some_of_a_set(self, labels: list[str]) -> bool:
        """Does each label name one member of an open set (咨询, 投诉, …), and the labels fewer than all?"""
        for members in self.open_sets:
            named = set(members_named(members, labels))
            if None not in named and len(named) == len(labels) and len(named) < len(members):
                return True
        return False

    def one_set_names_all(self, labels: list[str], of: str | None = None) -> bool:
        """Does one set of statuses (structures.yaml `complements`) name every label (有效/无效; 集体提案/委员提案)?"""
        statuses = self.complementary(labels, of=of)
        return statuses is not None and all(statuses.search(label) for label in labels)

    def step_and_negation(self, labels: list[str]) -> bool:
        """Do the labels name one intake step and its negation, and only these (受理40件，不予受理25件)?"""
        said: set[tuple[str, bool]] = set()
        for label in labels:
            m = _last(self.stage_re, label)
            if m is None or m.group() not in self.stage_of:
                return False
            said.add(
                (m.group(), self.negation_re.search(label, max(0, m.start() - 2), m.start()) is not None)
            )
        # (an intake decision only: what is received is accepted or not at once; 批准逮捕/不批准逮捕 leave some
        # pending)
        steps = {w for w, _ in said}
        return len(steps) == 1 and len(said) == 2 and self.stage_of[steps.pop()] in self.intake

    def complementary(
        self, labels: list[str], whole: bool = True, of: str | None = None
    ) -> re.Pattern[str] | None:
        """The set of statuses two of the labels name two different words of (有效/无效, 已整改/正在整改),
        if any (with `whole`, only a set the labels name all of: see below; `of`, the words naming the
        whole, when known: a set dividing only what was concluded divides a whole named by a concluding
        step, 审结, not 受理)."""
        # (a fast test: a label with no word of any set, any_status_re, adds nothing to a set's `found`)
        named = [label for label in labels if self.any_status_re.search(label)]
        if not named:
            return _done_and_not(labels)
        for pattern in self.complements:
            if (
                whole
                and pattern in self.concluded_sets
                and (of is None or not self.concluded_whole_re.search(of))
            ):
                continue
            if (
                whole
                and pattern in self.complement_of
                and (of is None or not self.complement_of[pattern].search(of))
            ):
                continue  # (解除矫正…，刑满释放… make up 安置帮教对象, not 接收社区矫正对象)
            if (
                whole
                and pattern in self.caseload_sets
                and (of is None or NEW_ONLY_RE.search(of) or any("期末" in label for label in labels))
            ):
                # (新收100件，结案95件，未结15件: some concluded were carried in; 一季度受理41件，审结40件，期末未结2件:
                # a period's balance, its opening one unstated)
                continue
            # (已办结 and 办结, 已解决 and 已协调解决 are one status)
            # (并案后为1635件: what the merging left, no status of the ones received)
            found = {
                m.group().removeprefix("已")
                for label in named
                if (m := _status(pattern, label)) and not label.startswith("后", m.end())
            }
            if whole and found <= self.top_grades:
                continue  # (评查100件，全部合格，其中优秀9件，良好21件: the 优良 among them, not all)
            if whole and pattern in self.whole_with and not found & self.whole_with[pattern]:
                continue  # (废止60件、拟修改9件: those kept unstated, a selection)
            # (a caseload's words of its concluded side are many, 审结、执结2898件 and 调解结案416件: one status, so
            # whole only with what is not yet concluded, 未结)
            open_only = pattern in self.negated_sets or pattern in self.caseload_sets
            if len(found) >= 2 and (not whole or not open_only or any(_OPEN_RE.search(w) for w in found)):
                # (立案/并案/不予立案 and 已整改/整改到位/未整改 are whole only when the list names what was not done or
                # not yet: 立案4438件，合并处理88件 leaves out those not filed)
                return pattern
        return _done_and_not(labels)

    def repeats_rating(self, labels: list[str]) -> bool:
        """Do two labels end in the same rating (对办理工作满意或基本满意的526件，对办理结果满意或基本满意的519件)?
        Then they rate different questions of the same ones asked: the parts overlap."""
        for pattern in self.ratings:
            # (a hard-wrapped line may split a rating: 基本⏎⏎满意的204份; the two characters before it say
            # its degree: “非常满意” and “满意” are two answers to one question)
            tails = ["".join(label.split())[-12:] for label in labels]
            said = [t[max(0, m.start() - 2) : m.end()] for t in tails if (m := _status(pattern, t))]
            if len(said) != len(set(said)):
                return True
        return False

    def names_status(self, label: str) -> bool:
        """Does a label name a status of some set (已整改, 有效), or a step done or not (已评价, 未评价)?"""
        got = self._statuses.get(label)
        if got is None:
            tail = label[-3:]
            got = bool(
                self.any_status_re.search(label) or _DONE_RE.fullmatch(tail) or _UNDONE_RE.fullmatch(tail)
            )
            if len(self._statuses) >= 100_000:  # (bounded: labels vary with the texts)
                self._statuses.clear()
            self._statuses[label] = got
        return got

    def other_processes(self, a: str, b: str) -> bool:
        """Do two labels name two different processes run side by side (受理提请逮捕 and 提起公诉)?"""
        pa = {k for k, p in enumerate(self.processes) if p.search(a)}
        pb = {k for k, p in enumerate(self.processes) if p.search(b)}
        return bool(pa) and bool(pb) and not (pa & pb)

    def nested_in(self, label: str, earlier: list[str]) -> bool:
        """Does the label name a kind within the kind one of the earlier labels names (听证程序 after
        一般程序)?"""
        return any(
            within.search(label) and not whole.search(label) and any(whole.search(e) for e in earlier)
            for whole, within in self.nested
        )

    def ended_alike(self, label: str, before: list[str]) -> bool:
        """Does a label name an outcome of a concluded case after parts that each name how one ended (撤诉
        after 判决, 裁定)? Then it is their sibling."""
        word = self.step_word(label)
        return (
            word is not None
            # (判决1817件，裁定1005件，调解982件，移送38件: mediated or passed on, two more ways a case ended)
            and (self.stage_of[word] in self.outcomes or word in self.ending_steps)
            and bool(before)
            and all(
                self.ended_by_re.search(b)
                or self.stage(b) in self.outcomes
                or self.step_word(b) in self.ending_steps
                for b in before
            )
        )

    def bare_stage(self, label: str) -> bool:
        """Is the label only a step (结案, 已办结), naming no kind of thing of its own?"""
        return len(self.stage_re.sub("", _SO_FAR_RE.sub("", label)).strip("已共计为的了")) <= 1


# words of time before a step that say "so far" and name no kind of thing (目前审结11件, 截至目前已办结)
_SO_FAR_RE = re.compile(r"^(?:截至|截止|到)?(?:目前|当前|现在|至今|现)")


def members_named(members: tuple[str, ...], labels: list[str]) -> list[str | None]:
    """The member of a set each label names (the first found, in the set's order), or None."""
    return [next((m for m in members if m in label), None) for label in labels]


def _last(pattern: re.Pattern[str], label: str) -> re.Match[str] | None:
    found = None
    for m in pattern.finditer(label):
        found = m
    return found


# a status of what was not done, or not yet (未解决, 不予立案, 正在整改, 办理中, 结转下年度)
# (部分整改 is not done in full; 部分公开 is one way of disclosing, beside 予以公开: no side left undone)
_OPEN_RE = re.compile(
    r"^(?:不|未|无|尚未|正在|在办|在审|部分(?!公开)|(?:责令)?限期)|中$|结转|转下|转至|转入|结余|意见.?建议$"
)


def _done_and_not(labels: list[str]) -> re.Pattern[str] | None:
    """已评价20530件，未评价2016件: a step named done (已W) and not done (未W) in two labels divides what was due
    for it, whatever the step (a set of its own, beside those structures.yaml names)."""
    # (已评价 / 已完成回复: 已 up to two characters before the step)
    done = {
        m.group(1)
        for label in labels
        if (m := _DONE_RE.fullmatch(label[-3:]) or _DONE_LATE_RE.search(label[-5:]))
    }
    undone = {
        m.group(1) for label in labels if (m := _UNDONE_RE.fullmatch(label[-3:])) and label[-4:-3] != "已"
    }
    both = sorted(done & undone)
    return re.compile(f"[已未][\u4e00-\u9fff]{{0,2}}?(?:{'|'.join(map(re.escape, both))})") if both else None


_OVERDUE = ("逾期", "超期", "超时", "过期")


def overdue_only(labels: list[str]) -> bool:
    """Is a status of not done said of those overdue only (工单47件，已回复37件，逾期未回复4件: some not yet due
    are in neither)? Then the statuses divide only some of the whole."""
    return any(_UNDONE_RE.fullmatch(label[-3:]) and label[-5:-3] in _OVERDUE for label in labels)


# (matched against a label's last three characters: a fast test, as every figure's words are asked)
_DONE_RE = re.compile(r"已([\u4e00-\u9fff]{2})")
_UNDONE_RE = re.compile(r"未([\u4e00-\u9fff]{2})")
_DONE_LATE_RE = re.compile(r"已[\u4e00-\u9fff]{1,2}([\u4e00-\u9fff]{2})$")


def _status(pattern: re.Pattern[str], label: str) -> re.Match[str] | None:
    """The status a label names: its last status word, unless an earlier one says more (结转至下一年答复 is
    carried over, not answered)."""
    best = None
    for m in pattern.finditer(label):
        if best is None or len(m.group()) >= len(best.group()):
            best = m
    return best


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))


def _status_alternation(words: list[str]) -> re.Pattern[str]:
    """Status words as one pattern; one ending in 中 (调解中, 办理中: in progress) not where 中心 goes on (调解中心)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) + ("(?!心)" if w.endswith("中") else "") for w in ordered))


# a count said to be done already (已完成整改, 均已办结): 已 or the like, then a word that ends a matter (整改, 办结,
# 上缴…, schemas/structures.yaml `progress`)
_ALREADY = r"(?:已经?|均已|现已|目前已|业已)(?:基本|全部|全面|陆续)?(?:完成|实现)?"


@cache
def done_patterns(verbs: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a count done already: in its own words, near their end (已完成整改, 已上缴财政金额); after a
    count that opens its clause (20项已经完成整改, 1795件已办结). Group `v` is the word that ends the matter."""
    verb = "(?:" + "|".join(sorted(map(re.escape, verbs), key=len, reverse=True)) + ")"
    label = re.compile(_ALREADY + r"(?P<v>" + verb + r")[^，,；;。：:\d]{0,8}$")
    pred = re.compile(r"^[^，,；;。\d]{0,6}?" + _ALREADY + r"(?P<v>" + verb + r")")
    return label, pred


def says_done(label: str) -> bool:
    """Do a figure's own words say it is done already (已整改, 已经办结, 均已上缴)?"""
    return done_patterns(load_words().progress_verbs)[0].search(label) is not None


@lru_cache(maxsize=1)
def load_words() -> Words:
    # (libyaml when present, as the rule packs and the ontology are read: a quarter of the time)
    raw = yaml.load(
        (data_dir("schemas") / "structures.yaml").read_text(encoding="utf-8"),
        Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
    )
    stage_of: dict[str, int] = {}
    for i, step in enumerate(raw["stages"]):
        for w in step["words"]:
            stage_of.setdefault(str(w), i)
    decoys = [str(w) for w in raw.get("not_stages", [])]
    bd = raw["breakdown"]
    status_sets = [*bd["complements"], *bd["concluded_complements"], *bd["caseload_complements"]]
    concludes = {i for i, st in enumerate(raw["stages"]) if st.get("concludes")}
    concluding = _alternation([w for w, k in stage_of.items() if k in concludes])
    rest = "|".join(map(re.escape, map(str, bd["remainder"])))
    return Words(
        stage_of=stage_of,
        stage_re=_alternation(list(stage_of) + decoys),
        intake=frozenset(i for i, step in enumerate(raw["stages"]) if step.get("intake")),
        concludes=frozenset(i for i, step in enumerate(raw["stages"]) if step.get("concludes")),
        outcomes=frozenset(i for i, step in enumerate(raw["stages"]) if step.get("outcomes")),
        ended_by_re=_alternation([str(w) for w in raw["ended_by"]]),
        ending_steps=frozenset(str(w) for w in raw["ending_steps"]),
        rulings=frozenset(map(str, raw["rulings"])),
        proposing=frozenset(map(str, raw["proposing"])),
        measures=frozenset(map(str, raw["measures"])),
        screening=frozenset(map(str, raw["screening"])),
        negation_re=re.compile("(?:" + "|".join(re.escape(str(w)) for w in raw["negations"]) + ")$"),
        # (a last part named 其他…, 以其它方式结案 / 通过其他途径, or 代书、宣传、培训等其他费用: examples, then the rest)
        # (…等其他…, …及其他部门的调委会12个: the named ones and the rest; not 调解、和解以及其他方式, ways among more)
        remainder_re=re.compile(f"^(?:以|通过)?(?:{rest})|^[^，,；;。]{{0,24}}?(?:等|(?<!以)及)(?:{rest})"),
        rest_word_re=re.compile(f"(?:{rest})"),
        partial_re=_alternation([str(w) for w in bd["partial"]]),
        excluding_re=re.compile("|".join(map(re.escape, map(str, bd["excluding"])))),
        merged_re=re.compile("|".join(map(re.escape, map(str, bd["merged"])))),
        whole_sets=tuple(
            (tuple(map(str, s["members"])), tuple(map(str, s.get("of", ()))), bool(s.get("likely")))
            if isinstance(s, dict)
            else (tuple(map(str, s)), (), False)
            for s in bd.get("whole_sets", [])
        ),
        open_sets=tuple(tuple(map(str, s)) for s in bd.get("open_sets", [])),
        complements=tuple(_status_alternation([str(w) for w in words]) for words in status_sets),
        caseload_sets=frozenset(
            _alternation([str(w) for w in words]) for words in bd["caseload_complements"]
        ),
        concluded_sets=frozenset(
            _alternation([str(w) for w in words]) for words in bd["concluded_complements"]
        ),
        complement_of={
            _status_alternation([str(w) for w in s["members"]]): _alternation([str(w) for w in s["of"]])
            for s in bd.get("complements_of", [])
        },
        negated_sets=frozenset(
            _alternation([str(w) for w in words])
            for words in bd["complements"]
            if set(map(str, words)) & set(map(str, bd["open_complements"]))
        ),
        whole_with={
            _status_alternation([str(w) for w in words]): frozenset(map(str, need))
            for words in status_sets
            for need in bd.get("whole_with", [])
            if set(map(str, words)) & set(map(str, need))
        },
        top_grades=frozenset(map(str, bd.get("top_grades", []))),
        any_status_re=_status_alternation([str(w) for words in status_sets for w in words]),
        overlapping_re=_alternation([str(w) for w in bd["overlapping"]]),
        shared_re=_alternation([str(w) for w in bd["shared"]]),
        concluding_end_re=re.compile("(?:" + concluding.pattern + ")$"),
        concluded_whole_re=_alternation([str(w) for w in bd["concluded_wholes"]]),
        nested=tuple(
            (_alternation([str(w) for w in n["whole"]]), _alternation([str(w) for w in n["within"]]))
            for n in bd.get("nested", [])
        ),
        quality_re=re.compile("(?:" + "|".join(map(re.escape, map(str, raw["rates"]["qualities"]))) + ")$"),
        any_quality_re=_alternation([str(w) for w in raw["rates"]["qualities"]]),
        sub_channel_re=_alternation([str(w) for w in raw["channels"]["sub"]]),
        channel_re=_alternation([str(w) for w in (*raw["channels"]["sub"], *raw["channels"]["main"])]),
        surveyed_re=re.compile("(?:" + "|".join(map(re.escape, map(str, raw["rates"]["surveyed"]))) + ")$"),
        ratings=tuple(
            _alternation([str(w) for w in words])
            for words in bd["complements"]
            if set(map(str, words)) & set(map(str, raw["rates"]["surveyed"]))
        ),
        asked_re=_alternation([str(w) for w in raw["rates"]["asked"]]),
        over_population_re=_alternation([str(w) for w in raw["rates"]["over_population"]]),
        counted_as={str(k): tuple(map(str, v)) for k, v in raw["rates"].get("counted_as", {}).items()},
        joined={str(k): tuple(map(str, v)) for k, v in raw["rates"].get("joined", {}).items()},
        paths={str(k): _alternation([str(w) for w in v]) for k, v in raw["paths"].items()},
        processes=tuple(_alternation([str(w) for w in ws]) for ws in raw.get("processes", [])),
        scope_re=_alternation([str(w) for s in raw["scopes"] for w in (*s["area"], *s["own"])]),
        own_body_re=_alternation([str(w) for s in raw["scopes"] for w in s["own"]]),
        scope_of={
            str(w): (i, key == "area")
            for i, s in enumerate(raw["scopes"])
            for key in ("area", "own")
            for w in s[key]
        },
        measure_parts=tuple(
            (frozenset(map(str, m["whole"])), frozenset(map(str, m["parts"]))) for m in raw["measure_parts"]
        ),
        measure_re=re.compile(
            "(?:"
            + _alternation(
                [str(w) for m in raw["measure_parts"] for k in ("whole", "parts") for w in m[k]]
            ).pattern
            + ")$"
        ),
        progress_verbs=tuple(map(str, raw["progress"]["verbs"])),
        due_ends=frozenset(map(str, raw["progress"]["due_ends"])),
    )


def counts_kinds(r: Reading, f: Fact) -> bool:
    """Does a count count kinds or areas, not things (四类案件, 国有资产办理六个方面)?"""
    if f.q.unit in KIND_UNITS:
        return True
    thing = r.counted_thing(f)
    return thing is not None and thing.startswith(KIND_THINGS)


_BRACKET_OPENS_RE = re.compile(r"\s*[（(]")


def carry_left_out(r: Reading, total: Fact) -> Fact | None:
    """The carry-over a bracket right after `total` says the total leaves out (208件(不含上年结转5件), 1500件(另有上年结转
    30件): its statuses, 办结 and 结转下年, divide the two together), in the total's counter, if any."""
    opened = _BRACKET_OPENS_RE.match(r.norm, total.end)
    left_out = load_words().excluding_re.match(r.norm, opened.end()) if opened else None
    carried = CARRIED_IN_RE.match(r.norm, left_out.end()) if left_out else None
    if carried is None:
        return None
    close = r.bracket_close(carried.end(), min(len(r.norm), carried.end() + FIGURE_MOST))
    inside = r.facts_between(carried.end(), close)
    return inside[0] if len(inside) == 1 and counted_alike(inside[0].q.unit, total.q.unit) else None
