"""Subsets of a set the same sentence counts. Roles: `part`, `whole`; attr `by`. The check (rule kind
`subset`): part ≤ whole.

  重点 (by "key")         督促全区28个行政执法单位…，对4个重点执法部门… — a 重点 subset of a set named
                          earlier in the sentence
  qualifier (by "words")  行政机关败诉的案件共87宗，…经二审改判判决行政机关败诉案件17宗 — a count named by
                          another count's words with a qualifier in front is of a part of that set (not
                          when the words in front are of time or comparison: 上年受理案件 is another set)
  parallel (by "parallel") 发出诉前检察建议24.7万件，提起诉讼2.5万件。其中，…发出诉前检察建议13.6万件，提起诉讼
                          1.5万件 — a 其中 that restates the figures before it by their names, in the same
                          order, takes a part of each (breakdown.py leaves such a list alone)
  scope (by "scope")      全省法院受理案件988665件…省法院受理案件6833件 — a figure of an area's own top-level body
                          (省法院, 中院, 市本级: schemas/structures.yaml `scopes`) is a part of the same measure of all
                          the area's bodies
  crossed (by "crossed")  受理34件：投诉举报类12件，行政处罚类17件…；…其中市场监管领域投诉举报案件13件 — two lists of one
                          whole by two dimensions: a part of the later named by a kind of the earlier, with a
                          qualifier in front, is some of that kind"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..expr import Ref, Relation
from ..findings import Context
from ..frames import MARK_RE
from ..lazyre import lazy_compile
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule
from .pairs import check_pairs
from .words import (
    CHANGE_WORDS_RE,
    FIGURE_MOST,
    RESPECTIVE_RE,
    SAME_PERIOD_RE,
    counted_alike,
    load_words,
    way_before,
)

KIND = "subset"
AFTER: tuple[str, ...] = ("breakdown",)  # two lists of one whole, by two dimensions (_crossed)


def recognise(r: Reading) -> list[Group]:
    facts = r.facts
    groups: list[Group] = []
    for i, f in enumerate(facts):
        if f.mention.kind != "count" or not r.norm.startswith("重点", f.end):
            continue
        noun = r.norm[f.end + 2 : f.end + 8]
        sent_start = r.sentence_span(f.sentence)[0]
        for g in reversed(facts[:i]):
            if g.start < sent_start:
                break
            if g.q.unit != f.q.unit or g.mention.kind != "count":
                continue
            other = r.norm[g.end : g.end + 8]
            if any(noun[k : k + 2] in other for k in range(len(noun) - 1)):
                groups.append(_subset(f, g, "key"))
                break
    for m in _QIZHONG_RE.finditer(r.norm):
        groups += [_subset(part, whole, "parallel") for part, whole in parallel_after(r, m.start())]
    groups += _qualified(r)
    groups += _kinds_of_crime(r)
    groups += _by_way(r)
    groups += _respective(r)
    groups += _crossed(r)
    tied = {(g.facts["part"][0], g.facts["whole"][0]) for g in groups}
    return groups + [
        g for g in (*_scoped(r), *_by_measure(r)) if (g.facts["part"][0], g.facts["whole"][0]) not in tied
    ]


def _subset(part: Fact, whole: Fact, by: str, **attrs: str) -> Group:
    """A group of a part and the whole it is some of, tied as `by` says (attrs: what a message names)."""
    return Group(
        kind=KIND,
        facts={"part": [part.id], "whole": [whole.id]},
        span=(min(part.start, whole.start), max(part.end, whole.end)),
        attrs={"by": by, **attrs},
    )


_QIZHONG_RE = re.compile(r"其中")
# a court's or a procuratorate's criminal cases by a step (审结各类刑事案件582件), and cases of kinds of crime by the
# same step later in its paragraph (审结贪污、贿赂、渎职等职务犯罪案件40件 / 审结危害公共安全犯罪125件)
_CRIMINAL_RE = re.compile(r"(审结|受理|新收|审理)(?:各类|全部)?(?:一审)?刑事案件$")
_CRIME_KIND_RE = re.compile(r"(审结|受理|新收|审理)[^，,；;。]{2,40}?犯罪(?:案件)?$")


def _crossed(r: Reading) -> list[Group]:
    """受理34件…：投诉举报类12件，行政处罚类17件…。…其中市场监管领域投诉举报案件13件，公共资源交易监管领域行政处罚案件
    12件: two lists of one whole, by two dimensions; a part of the later list named by a kind of the earlier one, with
    a qualifier in front of it, is some of that kind (the 13 of the 12)."""
    lists: dict[str, list[Group]] = {}
    for g in r.groups_of("breakdown"):
        lists.setdefault(g.facts["total"][0], []).append(g)
    by_id = {f.id: f for f in r.facts}
    out: list[Group] = []
    for groups in lists.values():
        for a, b in itertools.combinations(sorted(groups, key=lambda g: g.span[0]), 2):
            if set(a.facts["parts"]) & set(b.facts["parts"]):
                continue
            kinds = [(by_id[p], _kind_named(r.frame(by_id[p]).label)) for p in a.facts["parts"]]
            for q in (by_id[i] for i in b.facts["parts"]):
                label = r.frame(q).label
                named = [(p, k) for p, k in kinds if k and k in label and not label.endswith(k + "类")]
                if len(named) != 1 or named[0][0].q.unit != q.q.unit:
                    continue  # (one kind named, in front of which the later list's own dimension stands)
                p, k = named[0]
                qualifier = label[: label.index(k)].removeprefix("其中")
                if len(qualifier) < 2:
                    continue
                out.append(_subset(q, p, "crossed", qualifier=qualifier, words=k))
    return out


_KIND_NAME_RE = lazy_compile(r"([\u4e00-\u9fff]{4,10})类$")  # (投诉举报类12件: the kind, 投诉举报)


def _kind_named(label: str) -> str:
    """The kind a part of a list of kinds is named by (…受理案件中投诉举报类 → 投诉举报), else ""."""
    m = _KIND_NAME_RE.search(label.split("中")[-1])
    return m.group(1) if m is not None else ""


def _crime_named(words: str) -> str:
    """The kind of crime a label names, for a message (…等危害社会治安犯罪案件 → 危害社会治安犯罪)."""
    words = words.removesuffix("案件")
    return words[words.rfind("等") + 1 :] if "等" in words else words[-12:]


def _kinds_of_crime(r: Reading) -> list[Group]:
    """审结刑事案件5820件…。依法审结杀人、抢劫、盗窃等危害社会治安犯罪案件1440件。审结…等职务犯罪案件40件: cases of
    a kind of crime, by the step that counted all criminal cases before them in their paragraph, are some of those."""
    if "刑事案件" not in r.norm or "犯罪" not in r.norm:
        return []  # (a fast test)
    groups: list[Group] = []
    whole: Fact | None = None
    step = ""  # the step the whole's words name
    for f in r.facts:
        if f.mention.kind != "count":
            continue
        label = r.frame(f).label
        m = _CRIMINAL_RE.search(label)
        if m is not None:
            whole, step = f, m.group(1)
            continue
        k = _CRIME_KIND_RE.search(label)
        if (
            whole is None
            or k is None
            or k.group(1) != step
            or whole.paragraph != f.paragraph
            or not counted_alike(whole.q.unit, f.q.unit)
        ):
            continue
        groups.append(_subset(f, whole, "kind", kind=_crime_named(k.group(0)[len(k.group(1)) :])))
    return groups


_OTHER_WAYS_RE = re.compile(
    r"其他|其它|其余"
)  # (以其他方式结案: the rest of a list of ways, not a way of its own)


_RUN_GAP_RE = re.compile(r"\s*[、和与及]\s*[^，,；;。：:\d]{0,24}")  # (58件、市政协…政协提案274件: one run)
_NEXT_GAP_RE = re.compile(r"\s*[、和与及]\s*")  # (分别有47件、237件)
_YEAR_RE = re.compile(r"\d{4}年")
_PERIOD_WORDS_RE = re.compile(
    r"\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月|\d{1,2}月份?|[一二三四]季度|上半年|下半年|前三季度"
)


def _respective(r: Reading) -> list[Group]:
    """代表建议58件、…政协提案274件，截至去年年底，已经解决或列入计划逐步解决的分别有47件、237件: counts said 分别 of
    a later step than the run of as many counts before them in their sentence are each of its own (47 of 58, 237 of
    274)."""
    if "分别" not in r.norm:
        return []  # (a fast test)
    words = load_words()
    out: list[Group] = []
    facts = r.facts
    at = r.fact_index().position
    for m in RESPECTIVE_RE.finditer(r.norm):
        after = [f for f in r.facts_between(m.end(), m.end() + FIGURE_MOST) if f.start == m.end()]
        if not after or after[0].mention.kind != "count":
            continue
        run = [after[0]]
        k = at[id(after[0])] + 1
        while k < len(facts) and _NEXT_GAP_RE.fullmatch(r.norm, run[-1].end, facts[k].start):
            run.append(facts[k])
            k += 1
        j = at[id(after[0])] - 1
        if len(run) < 2 or j + 1 < len(run):
            continue
        wholes = facts[j - len(run) + 1 : j + 1]
        between = r.norm[wholes[-1].end : m.start()]
        if (
            any(f.sentence != run[0].sentence or f.mention.kind != "count" for f in wholes)
            or not all(_RUN_GAP_RE.fullmatch(r.norm, a.end, b.start) for a, b in itertools.pairwise(wholes))
            or any(not counted_alike(a.q.unit, b.q.unit) for a, b in zip(wholes, run, strict=True))
            or CHANGE_WORDS_RE.search(between)
            or _YEAR_RE.search(between)  # (…分别为362件、288件，2022年…分别为400件、343件: another year's)
            or RESPECTIVE_RE.search(r.norm, r.clause_start(wholes[0].start), wholes[0].start)
            or words.stage(between) is None
        ):
            continue  # (the words before 分别 must name a step of those counted: 已经解决…的分别有)
        out += [_subset(part, whole, "respective") for part, whole in zip(run, wholes, strict=True)]
    return out


def _by_way(r: Reading) -> list[Group]:
    """审结170件，以判决方式结案95件: a count of a step taken one way is of the count of that step (any word for it)
    before it in its sentence, the nearest (in the way's unit)."""
    if "方式" not in r.norm:
        return []  # (a fast test)
    words = load_words()
    out: list[Group] = []
    facts = r.facts
    listed = {p for g in r.groups_of("breakdown") for p in g.facts["parts"]}

    def all_concluded(g: Fact) -> bool:
        """A count of all those a step concluded: no outcome (维持), no way (调解结案, 判决), no item of a list."""
        label = r.frame(g).label
        stage = words.stage(label)
        return (
            stage in words.concludes
            and stage not in words.outcomes
            and not words.ended_by_re.search(label)
            and not way_before(r.norm, r.clause_start(g.start), g.start)
            and g.id not in listed
        )

    for i, f in enumerate(facts):
        if f.mention.kind != "count" or f.id in listed:
            continue  # (an item of a list is the list's: 其中…以其他方式结案465件)
        way = way_before(r.norm, r.clause_start(f.start), f.start)
        if (
            way is None
            or words.stage(way["step"]) not in words.concludes
            or _OTHER_WAYS_RE.search(way.group())
        ):
            continue
        lo = r.period_span(f.start)[0]
        whole = next(
            (
                g
                for g in reversed(facts[:i])
                if g.start >= lo and g.q.unit == f.q.unit and g.mention.kind == "count" and all_concluded(g)
            ),
            None,
        )
        if whole is not None:
            out.append(_subset(f, whole, "way", way=way.group()))
    return out


_PARALLEL_SHARED = 3  # the fewest characters of a whole's name a part restating it must end with


def own_total_before(r: Reading, pos: int) -> bool:
    """Does the ；-segment of a 其中 at `pos`, after an earlier segment of its sentence, hold a count before it
    (…；市本级办件数量为9651件，其中…)? Then that count is the list's total."""
    period = r.period_span(pos)
    cut = r.last_segment_end(period[0], pos)
    return cut >= 0 and any(f.mention.kind == "count" for f in r.facts_between(cut, pos))


def parallel_after(r: Reading, pos: int) -> list[tuple[Fact, Fact]]:
    """The figures after a 其中 at `pos` that each restate, for a part, the name of a figure before it, in
    the same order (two or more): (part, whole) pairs; [] when the 其中 opens an ordinary list."""
    # (read once a 其中: breakdown.py asks first, then recognise here)
    key = (parallel_after, pos)
    got = r.cache.get(key)
    if got is None:
        got = r.cache[key] = _parallel_after(r, pos)
    return got  # type: ignore[return-value]


def _parallel_after(r: Reading, pos: int) -> list[tuple[Fact, Fact]]:
    period = r.period_span(pos)
    if r.norm[pos - 1 : pos] in ("(", "（") and any(
        f.end == pos - 1 for f in r.facts_between(pos - 24, pos - 1)
    ):
        # 增长到2018年的269件(其中行政复议案件98件，行政诉讼案件171件): the bracket lists the figure it follows,
        # not parts of the 107's list before it
        return []
    if own_total_before(r, pos):
        # …(A类)共6件，其中人大建议3件…；…(B类)共11件，其中人大建议3件，政协提案8件: a list of its own segment's
        # figure, not parts of the figures of the segment before (B's are no part of A's)
        return []
    opens = period[0] > 0 and not r.norm[period[0] : pos].strip("，,:： ")
    lo = r.period_span(period[0] - 1)[0] if opens else period[0]  # (。其中: the sentence before)
    before = [f for f in r.facts_between(lo, pos) if f.mention.kind == "count"]
    after = [f for f in r.facts_between(pos, period[1]) if f.mention.kind == "count"]
    pairs: list[tuple[Fact, Fact]] = []
    quals: set[str] = set()  # the qualifiers in front of names long enough to tie on their own
    k = 0
    for a in after:
        la = r.frame(a).label
        if CHANGE_WORDS_RE.search(r.lead(a, 8)):
            continue  # 比上年末增加1034万人: a change, not a figure of the set
        for j in range(k, len(before)):
            b = before[j]
            lb = r.frame(b).label
            # the part restates the whole's own name, a qualifier in front at most (…发出诉前检察建议); a
            # shorter name with the qualifier of one that tied (一次退回补充侦查30件，一次重报28件: 重报)
            if b.q.unit == a.q.unit and _named_then_step(la, lb):
                pairs.append(
                    (a, b)
                )  # 事故隐患2365条…其中，事故隐患已整改2312条: those of the whole the step reached
                k = j + 1
                break
            if b.q.unit != a.q.unit or not lb or not la.endswith(lb):
                continue
            qual = la[: -len(lb)]
            if len(lb) >= _PARALLEL_SHARED or (len(lb) >= 2 and qual and qual in quals):
                pairs.append((a, b))
                if len(lb) >= _PARALLEL_SHARED:
                    quals.add(qual)
                k = j + 1
                break
    if len(pairs) < 2:
        return []
    # as many figures as before, those named alike in the same places: each restates its own
    # (受理各类案件7976件…审结7982件。其中，中院收案1577件…审结1561件)
    placed = len(after) == len(before) and all(after.index(a) == before.index(b) for a, b in pairs)
    if placed and all(a.q.unit == b.q.unit for a, b in zip(after, before, strict=True)):
        return list(zip(after, before, strict=True))
    return pairs


def _named_then_step(part: str, whole: str) -> bool:
    """Does a part's name restate the whole's (two characters or more) and then only a step taken or a status
    (事故隐患已整改 of 事故隐患, 火灾隐患已整改 of 火灾隐患)?"""
    whole = whole.removeprefix("共发现").removeprefix("发现").removeprefix("共")
    if len(whole) < 2 or not part.startswith(whole) or part == whole:
        return False
    rest = part[len(whole) :]
    words = load_words()
    return len(rest) <= _MAX_QUALIFIER and (words.stage(rest) is not None or words.names_status(rest))


_MIN_SHARED = 4  # characters of the whole's words the part's must end with
_MAX_QUALIFIER = 8  # longer words in front are a clause of their own, not a qualifier
# words in front that make another set, not a part: another time or period (结转起诉案件: of years before),
# a comparison, a running total, a share or an average; a list of sets, the set's complement, a rate per unit
_OTHER_SET_RE = re.compile(r"同期|上期|季度|同比|环比|累计|全年|本年|今年|结转|旧存|[0-9]|[月年]|占|平均")
# (应进驻事项: the set required, a whole; 办理离婚登记 is 离婚登记, a light verb in front picks out nothing)
_NOT_A_PART_RE = lazy_compile(
    r"[、和及与或]|^[非未不无每]|应$|人均|^(?:共|共计)?(?:办理|完成|开展|实施|进行)$"
)
_AMONG_RE = re.compile(r"^.*[^其集空]中(?![级心院央])")  # …判决中: the set a figure is counted among


def _is_qualifier(words: str) -> bool:
    """Do the words in front of another count's name pick out a part of its set? Not when they are of
    time or comparison, list sets (家庭、邻里纠纷), negate (非咨询类), divide (每千家次), name what should be
    (应进驻事项 holds 进驻事项), or run on (a clause)."""
    return (
        2 <= len(words) <= _MAX_QUALIFIER
        and not _OTHER_SET_RE.search(words)
        and not _NOT_A_PART_RE.search(words)
    )


def _named_set(label: str) -> str:
    """The words naming what a figure counts, without the set it is counted among (…判决中) or 的."""
    if "中" in label:
        label = _AMONG_RE.sub("", label)
    return label.replace("的", "") if "的" in label else label


def _bucket(r: Reading, f: Fact) -> bool:
    """Is a figure a bucket of a distribution, its words qualified by a figure of their own clause (律师10人
    (含)以下的律师事务所2.53万多家, 律师11人至20人的律师事务所8023家)? Then buckets are siblings, never subsets."""
    lo = r.frame(f).label_start  # (the words of a figure start after the figure before it in its clause)
    start = r.clause_start(f.start, MARK_RE)
    return any(
        g.mention.kind == "count" and g.end >= lo and _RANGE_RE.match(r.norm, g.end)
        for g in r.facts_between(start, lo)
    )


def _named_after_a_figure(r: Reading, f: Fact) -> bool:
    """Are a figure's words a few right after another figure of its clause (督促237户用人单位为4063名职工: 用人单位
    is what the 237 count, and the 4063 are 职工)? Then they do not name its set (not so a name of its own:
    两级法院生效一、二审行政判决中行政机关败诉的案件共87宗)."""
    lo = r.frame(f).label_start
    if f.start - lo > _MAX_QUALIFIER:
        return False
    start = r.clause_start(f.start, MARK_RE)
    return any(
        g.mention.kind == "count" and start <= g.start and g.end == lo for g in r.facts_between(start, lo)
    )


# what follows the figure bounding a bucket: (含), 以下, 及以上…
_RANGE_RE = re.compile(r"[（(]含[)）]|以下|以上|及以下|及以上|以内")


def _qualified(r: Reading) -> list[Group]:
    """行政机关败诉的案件共87宗，…经二审改判判决行政机关败诉案件17宗: the 17 are of the 87."""
    in_list = {(g.facts["total"][0], p) for g in r.groups_of("breakdown") for p in g.facts["parts"]}
    listed = {p for _, p in in_list}
    # parts of one list are siblings (民事公益诉讼4件，行政公益诉讼10件，刑事附带民事公益诉讼26件: a kind of its own)
    siblings = {(a, b) for g in r.groups_of("breakdown") for a in g.facts["parts"] for b in g.facts["parts"]}
    facts = [f for f in r.facts if f.mention.kind == "count"]
    labels = {f.id: _named_set(r.frame(f).label) for f in facts}
    by_ending: dict[str, list[Fact]] = {}  # wholes by the last characters of their words, in text order
    for g in facts:
        if len(labels[g.id]) >= _MIN_SHARED:
            by_ending.setdefault(labels[g.id][-_MIN_SHARED:], []).append(g)
    groups: list[Group] = []
    for f in facts:
        lf = labels[f.id]
        # (a figure whose ending no other count shares is a whole of itself only: no bucket test)
        if len(lf) <= _MIN_SHARED or len(by_ending.get(lf[-_MIN_SHARED:], ())) < 2 or _bucket(r, f):
            continue
        period = r.period_span(f.start)
        for g in by_ending[lf[-_MIN_SHARED:]]:
            lg = labels[g.id]
            if (
                g is f
                or g.start
                > f.start  # (the set is named before its part: 调解…2470件 is no part of a later 218件)
                or not period[0] <= g.start < period[1]
                or g.q.unit != f.q.unit
                or len(lf) <= len(lg)
                or not lf.endswith(lg)
                or not _is_qualifier(lf[: -len(lg)])
                or (g.id, f.id) in in_list
                # (批准…地方性法规700余件，其中设区的市新制定地方性法规521件: a part of the 700, listed there, not
                # of the 制定地方性法规386件 before)
                or f.id in listed
                or (g.id, f.id) in siblings
                or _bucket(r, g)
                or _named_after_a_figure(r, g)
                or SAME_PERIOD_RE.search(r.norm, g.end, f.start)  # (…650起，同期，…医调会受理…2525起)
            ):
                continue
            groups.append(_subset(f, g, "words", words=lg, qualifier=lf[: -len(lg)]))
            break
    return groups


# words set aside when comparing the measures of a body and of its area (省法院共受理案件 / 全省法院受理各类案件; the
# 法院 of 全市两级法院, whose 两级 is read as a figure, left in the label)
_FILLER_RE = re.compile(
    r"[、，,\s]|\d{4}年度?|其中|共计|合计|总计|累计|(?<!公)共|各类|去年|今年|全年|本年|此外|另外|同期|分别|已|的|法院|检察院|检察机关"
)
_OWN_BODY_ENDS = (
    "院",
    "级",
    "最高检",
    "最高法",
)  # what every `own` word of yaml `scopes` ends with (本级, 县级)
_OWN_BODY_LONGEST = 8  # characters of the longest own word (市中级人民法院: 7), and one to spare


def _names_own_body(norm: str, own_re: re.Pattern[str]) -> bool:
    """Does the text name an area's own body? Tried only where such a word can end: an alternation of Chinese
    words has no fast scan in `re`, and 市, 省 and 中, where they begin, are everywhere."""
    for end in _OWN_BODY_ENDS:
        at = norm.find(end)
        while at >= 0:
            if own_re.search(norm, max(0, at - _OWN_BODY_LONGEST), at + len(end)):
                return True
            at = norm.find(end, at + 1)
    return False


def _scoped(r: Reading) -> list[Group]:
    """省法院受理案件6833件…；全省法院受理案件988665件 / 全省法院审结208193件，省高院审结3502件: a figure of an area's
    own top-level body (its ；-segment names the body last) is at most the same measure of all the area's bodies
    in its paragraph, the nearest stated (schemas/structures.yaml `scopes`)."""
    words = load_words()
    if not _names_own_body(r.norm, words.own_body_re):
        return []  # (a fast test: most texts name no area's own body, though many name an area)
    norm, scope_of = r.norm, words.scope_of
    listed = {(g.facts["total"][0], p) for g in r.groups_of("breakdown") for p in g.facts["parts"]}
    scoped: list[tuple[Fact, str, str]] = []  # (figure, its scope word, its measure)
    for f in r.facts:
        if f.mention.kind not in ("count", "money") or CHANGE_WORDS_RE.search(r.lead(f, 8)):
            continue
        subject = None
        for m in words.scope_re.finditer(norm, r.sentence_span(f.sentence)[0], f.start):  # (its ；-segment)
            subject = m.group()
        if subject is None:
            continue
        measure = _FILLER_RE.sub("", words.scope_re.sub("", r.frame(f).label))
        if len(measure) >= 2:
            scoped.append((f, subject, measure))
    groups: list[Group] = []
    for p, own, measure in scoped:
        entry, area = scope_of[own]
        if area:
            continue
        para = r.seg.paragraph_at(p.start)
        wholes = [
            (w, word)
            for w, word, m in scoped
            if scope_of[word] == (entry, True)
            and m == measure
            and w.q.unit == p.q.unit
            and para.start <= w.start < para.end
            and (w.id, p.id) not in listed
        ]
        if wholes:
            w, word = min(wholes, key=lambda x: abs(x[0].start - p.start))
            groups.append(_subset(p, w, "scope", own=own, area=word, measure=measure))
    return groups


def _by_measure(r: Reading) -> list[Group]:
    """财政总收入146405万元…。一般公共预算收入完成72777万元: a budget figure named by a measure another holds by
    definition (schemas/structures.yaml `measure_parts`) is at most the nearest figure of that measure in its
    paragraph, of the same subject and period (the words before the measures' names alike, but for the area's own
    name and the verbs; a clause of no subject goes on with the one before it in its sentence): not a change, a
    target or last year's figure, nor a part of a list (其中税收收入…: the gross's taxes, not the local income's)."""
    words = load_words()
    if "收入" not in r.norm:
        return []  # (a fast test: every measure is an income)
    named: list[_Measured] = []
    for f in r.facts:
        if f.mention.kind != "money" or CHANGE_WORDS_RE.search(r.lead(f, 8)):
            continue
        label = _MEASURE_VERB_RE.sub("", r.frame(f).label)
        m = words.measure_re.search(label)
        if m is None or _NOT_STATED_DONE_RE.search(label):
            continue
        subject = label[: m.start()]
        # (1-7月，…: a period its full sentence names before it, in a clause of its own, is its period too)
        period = [x.group() for x in _PERIOD_WORDS_RE.finditer(r.norm, r.period_span(f.start)[0], f.start)]
        year = "".join(_YEAR_RE.findall(subject))
        named.append(_Measured(f, m.group(), _MEASURE_FILLER_RE.sub("", subject), "".join(period[-1:]), year))
    if len(named) < 2:
        return []
    listed = {p for g in r.groups_of("breakdown") for p in g.facts["parts"]}
    groups: list[Group] = []
    for p in named:
        if p.fact.id in listed:
            continue
        para = r.seg.paragraph_at(p.fact.start)
        wholes = [
            w
            for w in named
            if (
                w.subject == p.subject
                or (
                    not p.subject
                    and r.period_span(w.fact.start) == r.period_span(p.fact.start)
                    and w.fact.start < p.fact.start
                )
            )
            and w.period == p.period
            and (not p.year or not w.year or w.year == p.year)
            and w.fact.q.unit == p.fact.q.unit
            and para.start <= w.fact.start < para.end
            and any(w.measure in ws and p.measure in ps for ws, ps in words.measure_parts)
        ]
        if wholes:
            w = min(wholes, key=lambda x: abs(x.fact.start - p.fact.start))
            groups.append(_subset(p.fact, w.fact, "measure", part_measure=p.measure, whole_measure=w.measure))
    return groups


@dataclass(frozen=True)
class _Measured:
    """A budget figure named by a measure of yaml `measure_parts`, with the words that say whose and when."""

    fact: Fact
    measure: str
    subject: str
    period: str
    year: str


# the verbs after a budget measure's name (一般公共预算收入累计完成, 全年实现财政总收入: the name before them)
_MEASURE_VERB_RE = re.compile(r"(?:累计|实际|共)?(?:完成了?|实现|达到|达|为|是)?\s*$")
# a target or another year's figure, not what was done (预算数, 上年, 同期)
_NOT_STATED_DONE_RE = re.compile(r"预算数|预算为|计划|目标|年初预算|调整预算|上年|去年|同期|上划|还原")
_YEAR_RE = re.compile(r"\d{4}年")
_PERIOD_WORDS_RE = re.compile(
    r"\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月|\d{1,2}月份?|[一二三四]季度|上半年|下半年|前三季度"
)
# words of a subject that name the whole area or the year's course, alike for every figure of a report
_MEASURE_FILLER_RE = re.compile(
    r"\d{4}年度?|全年|今年|本年|全(?:市|省|县|区|州|旗|盟)|(?:累计|共)?(?:完成|实现|组织)|[，,、：:\s]"
)


_SUBSET_REL = Relation("<=", Ref("part"), Ref("whole"), "part <= whole")


def check(rule: Rule, ctx: Context) -> None:
    check_pairs(rule, ctx, KIND, _SUBSET_REL, _message)


def _message(part: Fact, whole: Fact, g: Group) -> tuple[str, str]:
    """The reviewer's message (zh) and the log's (en) for a part that exceeds its whole, by how it was tied."""
    by = g.attrs.get("by")
    if by == "key":
        return (
            f"重点对象{part.mention.text}多于其所属的{whole.mention.text}",
            f"the key subset {part.mention.text} exceeds the set it belongs to, {whole.mention.text}",
        )
    if by == "parallel":
        return (
            f"其中{part.mention.text}是前面{whole.mention.text}中的一部分，不应多于它",
            f"{part.mention.text} (其中…) is a part of the {whole.mention.text} before it, yet exceeds it",
        )
    if by == "scope":
        return (
            f"{g.attrs['own']}{g.attrs['measure']}{part.mention.text}是{g.attrs['area']}"
            f"{g.attrs['measure']}{whole.mention.text}中的一部分，不应多于它",
            f"{part.mention.text} ({g.attrs['own']}) is a part of {whole.mention.text} "
            f"({g.attrs['area']}: the area's bodies together), yet exceeds it",
        )
    if by == "measure":
        return (
            f"{g.attrs['part_measure']}{part.mention.text}是{g.attrs['whole_measure']}{whole.mention.text}中的一部分"
            "（按预算口径，前者包含于后者），不应多于它",
            f"{part.mention.text} ({g.attrs['part_measure']}) is a part of {whole.mention.text} "
            f"({g.attrs['whole_measure']}, which holds it by definition), yet exceeds it",
        )
    if by == "respective":
        return (
            f"{part.mention.text}是前面对应的{whole.mention.text}中的一部分（“分别”），不应多于它",
            f"{part.mention.text} is some of the {whole.mention.text} it answers to (分别), yet exceeds it",
        )
    if by == "kind":
        return (
            f"{g.attrs['kind']}案件{part.mention.text}是{whole.mention.text}刑事案件中的一部分，不应多于它",
            f"{part.mention.text} ({g.attrs['kind']}) are some of the {whole.mention.text} criminal cases, yet exceed them",
        )
    if by == "way":
        return (
            f"{g.attrs['way']}{part.mention.text}是前面{whole.mention.text}中的一部分，不应多于它",
            f"{part.mention.text} ({g.attrs['way']}) is some of the {whole.mention.text} before it, yet exceeds it",
        )
    return (
        f"{g.attrs['qualifier']}{g.attrs['words']}{part.mention.text}是{g.attrs['words']}"
        f"{whole.mention.text}中的一部分，不应多于它",
        f"{part.mention.text} ({g.attrs['qualifier']}…) is a part of the {whole.mention.text} "
        f"({g.attrs['words']}), yet exceeds it",
    )
