"""Partitions stated without 其中: a whole and the parts that divide it by scope or by a stated key.

  by scope   政府网站主动公开政府信息173769条。市政府及其部门主动公开政府信息75656条，县(区)政府及其部门
             主动公开政府信息98113条 — the same step (主动公开) of a whole and of parts that each name a
             scope (市…, 县…) the whole does not; also 共收到留言3059条，市政府各部门收到1904条，各县收到1155条
  by a key   具体以审级区分，一审案件裁判文书有37164份，二审…69288份，再审…8739份 — 以/按…区分/划分/分类
             says the parts that follow divide the whole the text stated before (共计104960份裁判文书)

  by status  审计发现问题82个，已整改问题38个，…正在整改问题21个，移送问题13个 — counts after a count,
             two of which name statuses of one set (已整改/正在整改, 有效/无效: schemas/structures.yaml
             `complements`), divide it

  by the rest 政务服务事项515项，行政许可事项218项，公共服务等其他事项297项 — counts of the whole's head noun
             right after it, the last named as the rest (其他…)

  by path    形成有效工单11171件，转派各成员单位4898件，在线办结数6273件 — right after a count, the two paths
             a ticket takes: handled where it came in (直接, 在线, 当场…) or passed on (转派, 转办…)

  by handler 这些建议由省政府组织办理950件；由…办理80件 — proposals each sent to one body to handle (承办)

All state breakdowns (markers 分述 / 区分 / 状态 / 其他 / 路径 / 承办): by scope, path or handler the parts should
reach the whole (a shortfall is a warning); by a key or by status the breakdown is complete.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable
from typing import cast

from ..intervals import fact_interval, sums_exactly
from ..lazyre import lazy_compile
from ..model import Fact, Group
from ..reading import CLAUSE_END, SEGMENT_END, Reading
from ..segment import HEADING_START
from .persons import label_or_cases
from .wholes import listed_with_others
from .words import (
    AMONG_OPENING_RE,
    AVERAGE_RE,
    CARRIED_IN_RE,
    CARRY_RE,
    CHANGE_WORDS_RE,
    KEY_RE,
    NOW_WORDS,
    SAME_PERIOD_RE,
    TOTAL_WORDS_RE,
    WHOLE_AREA_RE,
    Words,
    carry_left_out,
    counted_alike,
    load_words,
    overdue_only,
    says_done,
)

KIND = "partition"
# a 其中 list already states its parts; a reduction's figures (原12.4万个…压减到9728个) are before and after, no parts
AFTER = ("breakdown", "reduction")

_SCOPE_RE = re.compile(r"市|县|区|省|州|盟|乡|镇|街道|村|社区|部门|单位|本级|机关|法院|中院|高院")
# a body of its own (市政府), not an area and all in it (全市), nor a body with those under it (市政府及其部门)
_ONE_BODY_RE = re.compile(r"[省市州县区镇乡](?:人民)?政府(?![及和与网])|本级")
_AMOUNTS = ("count", "money")  # (批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元: amounts divide too)


def recognise(r: Reading) -> list[Group]:
    # (not the parts of parallel segments, each split again by its own statuses: breakdown._parallel_segments)
    # (nor the one subset 对其中 names, which the statuses after it divide)
    listed = {
        p
        for g in r.groups_of("breakdown")
        if not g.attrs.get("across") and not g.attrs.get("subset")
        for p in g.facts["parts"]
    }
    listed |= {i for g in r.groups_of("reduction") for i in (*g.facts["before"], *g.facts["after"])}
    groups = _by_merging(r, listed)
    groups += _by_scope(r, listed | {p for g in groups for p in g.facts["parts"]})
    groups += _by_key(r, listed | {p for g in groups for p in g.facts["parts"]})
    groups += _by_status(r, listed | {p for g in groups for p in g.facts["parts"]})
    groups += _by_remainder(r, listed | {p for g in groups for p in g.facts["parts"]})
    groups += _by_paths(r, listed | {p for g in groups for p in g.facts["parts"]})
    groups += _one_and_the_rest(r, listed | {p for g in groups for p in g.facts["parts"]})
    groups += _by_handlers(r, listed | {p for g in groups for p in g.facts["parts"]})
    groups += _by_reference(r, listed | {p for g in groups for p in g.facts["parts"]})
    groups += _by_threshold(r, listed | {p for g in groups for p in g.facts["parts"]})
    groups += _taken_or_not(r, listed | {p for g in groups for p in g.facts["parts"]})
    groups += _kinds_after_a_total(r, listed | {p for g in groups for p in g.facts["parts"]})
    return groups


def _kinds_after_a_total(r: Reading, listed: set[str]) -> list[Group]:
    """累计公布信息69条，工作动态61条，运输管理5条，建设管理3条，航务管理1条: a count said to be all (共, 累计…), or
    followed by classes (形成电子工单189件，咨询类106件，求助类55件…), and, right after it in its sentence, three counts
    or more in its unit each named by a kind, no step taken: some of it at least (at most the whole, complete "no";
    a list the text does not say is whole, unless its kinds are a closed set)."""
    words = load_words()
    facts = r.facts
    groups: list[Group] = []
    i = 0
    while i < len(facts):
        w = facts[i]
        i += 1
        if w.mention.kind != "count" or w.id in listed:
            continue
        said_all = TOTAL_WORDS_RE.search(r.lead(w, 8)) is not None
        if not said_all and (i == len(facts) or not r.frame(facts[i]).label.endswith("类")):
            continue  # (a fast test: no total word, and no class right after it)
        end = r.period_span(w.start)[1]
        run: list[Fact] = []
        for g in facts[i:]:
            label = r.frame(g).label
            if (
                g.start >= end
                or (not run and r.norm[w.end : g.start].lstrip().startswith("、"))  # (共查扣A285台、B128台…)
                or g.mention.kind != "count"
                or g.q.unit != w.q.unit
                or g.id in listed
                or SEGMENT_END.search(r.norm, (run[-1] if run else w).end, g.start)
                or _CELL_BREAK_RE.search(r.norm, (run[-1] if run else w).end, g.start)  # (a table's row)
                or not label
                or words.stage(label) is not None
                or CHANGE_WORDS_RE.search(label)
                or TOTAL_WORDS_RE.search(label)
                or g.q.value > w.q.value
            ):
                break
            run.append(g)
        # (not said to be all, a run of classes: 形成电子工单189件，咨询类106件，求助类55件，投诉类16件…)
        # (not a class itself, the first of a run of siblings: 文体科教类65件，市场管理类19件…)
        classes = not r.frame(w).label.endswith("类") and all(r.frame(g).label.endswith("类") for g in run)
        if (
            len(run) >= _KINDS_LEAST
            and (said_all or classes)
            and not any(words.overlapping_re.search(r.frame(g).label) for g in run)
        ):
            # (共援助妇女42人，残疾人25人，未成年人8人，老年人12人: groups of people, side by side, that overlap)
            # (全市共有政务新媒体45个，微信公众号33个，微博3个，其他9个: a rest last closes the list, the whole)
            rest = words.remainder_re.match(r.frame(run[-1]).label) is not None
            groups.append(_divided(w, run, "likely" if rest else "no", "分述"))
            i += len(run)
    return groups


_KINDS_LEAST = 3  # counts named by kinds after a total, at least, to read them as some of it
_CELL_BREAK_RE = re.compile(r"[|\n]")


def _taken_or_not(r: Reading, listed: set[str]) -> list[Group]:
    """共收到行政许可申请1816568件，受理1816008件，不予受理560件: right after a count of an earlier step, the counts
    of an intake step taken and not taken are some of it (others may be pending or passed on: at most the
    whole, complete "no")."""
    words = load_words()
    facts = r.facts
    groups: list[Group] = []
    for i in range(len(facts) - 2):
        w, a, b = facts[i], facts[i + 1], facts[i + 2]
        if (
            w.id in listed
            or a.id in listed
            or b.id in listed
            or any(f.mention.kind != "count" for f in (w, a, b))
            or not (counted_alike(a.q.unit, w.q.unit) and counted_alike(b.q.unit, w.q.unit))
            or r.period_span(b.start) != r.period_span(w.start)
            or SEGMENT_END.search(r.norm, w.end, b.start)
        ):
            continue
        la, lb = r.frame(a).label, r.frame(b).label
        step = words.stage(la)
        first = words.stage(r.frame(w).label)
        if step is None or first is None or first >= step or not words.step_and_negation([la, lb]):
            continue
        group = _divided(w, [a, b], "no", "状态")
        group.attrs["intake"] = True  # (the step taken is still the base of what follows: rate.py)
        groups.append(group)
    return groups


_MERGED_RE = re.compile(r"(?:并案|合并)(?:处理)?$")  # (并案6件: those merged into others)
_LEFT_RE = re.compile(r"^(?:实际|并案后|合并后|经并案|经合并)")  # (实际立案72件: what the merging left)


def _by_merging(r: Reading, listed: set[str]) -> list[Group]:
    """经审查，立案78件、并案6件，实际立案72件: the count merged and the count the merging left of the same step,
    right after a count in one sentence, divide it (78 = 72 + 6)."""
    if "并案" not in r.norm and "合并" not in r.norm:
        return []  # (a fast test)
    groups: list[Group] = []
    facts = r.facts
    for i in range(len(facts) - 2):
        whole, merged, left = facts[i], facts[i + 1], facts[i + 2]
        if (
            whole.mention.kind == "count"
            and whole.sentence == merged.sentence == left.sentence
            and counted_alike(whole.q.unit, merged.q.unit)
            and counted_alike(whole.q.unit, left.q.unit)
            and _MERGED_RE.search(r.frame(merged).label)
            and _LEFT_RE.match(r.frame(left).label)
            # (the same step after the merging: not 立案169件，合并处理11件，实际应提交承办142件, where each merged
            # one may have taken in several)
            and (step := _step_word(r, whole)) is not None
            and step in r.frame(left).label
            and not {whole.id, merged.id, left.id} & listed
        ):
            groups.append(_divided(whole, [left, merged], "yes", "并案"))
    return groups


# a bound and the things on either side of it: 人均业务收入达到3万元以上的公证处有55个，…不足3万元的…有39个
_AT_LEAST_RE = re.compile(
    r"(?:达到|在|为)?(?P<bound>\d+(?:\.\d+)?[万亿]?[^\d，,；;。、]{0,3}?)(?:以上|及以上)"
)
_BELOW_WORDS = ("不足", "不到", "低于", "未达到", "未满")


def _by_threshold(r: Reading, listed: set[str]) -> list[Group]:
    """总数为95个，…3万元以上的公证处有55个，…不足3万元的公证处有39个: the things at or above a bound and those below
    it, in one sentence after a count of them all, divide it (complete "likely": every thing measured is on one side;
    one the measure does not reach, an office too new for three years' income, would be on neither)."""
    if "以上" not in r.norm or not any(w in r.norm for w in _BELOW_WORDS):
        return []  # (a fast test: str.find in C)
    groups: list[Group] = []
    for m in _AT_LEAST_RE.finditer(r.norm):
        bound = m.group("bound")
        period = r.period_span(m.start())
        after = r.facts_between(m.end(), period[1])
        above = next((f for f in after if f.mention.kind in _AMOUNTS), None)
        if above is None or above.id in listed or r.clause_start(above.start) > m.start():
            continue  # (the count of those above must be in the bound's own clause)
        below_at = next(
            (
                k + len(w + bound)
                for w in _BELOW_WORDS
                if (k := r.norm.find(w + bound, above.end, period[1])) >= 0
            ),
            -1,
        )
        if below_at < 0:
            continue
        below = next((f for f in after if f.start >= below_at and f.mention.kind in _AMOUNTS), None)
        if below is None or below.id in listed or r.clause_start(below.start) >= below_at:
            continue
        wholes = [
            f
            for f in r.facts_between(period[0], m.start())
            if f.mention.kind in _AMOUNTS and counted_alike(f.q.unit, above.q.unit) and f.id not in listed
        ]
        if not wholes or not counted_alike(above.q.unit, below.q.unit):
            continue
        groups.append(_divided(wholes[-1], [above, below], "likely", "以上/不足"))
    return groups


# a sentence opening on what was done to the things of a whole stated before: 收到的行政复议申请中，… /
# 在审结的一审行政诉讼案件中，…
_REFERENCE_RE = re.compile(  # (led by its verbs: found fast)
    r"(?P<verb>收到|受理|审结|办结|办理|结案|立案)的?(?P<noun>[^，,。；;：:\d]{2,12}?)中[，,]"
)
# what may stand between the sentence's start and the verb (从结案方式看，在审结的…中 / 在已立案提案中)
_REFERENCE_LEAD_RE = re.compile(r"\s*(?:从[^，,。；;\d]{1,8}?(?:来看|看)[，,]\s*)?(?:在|从)?(?:已经?)?")
_SENTENCE_START_RE = re.compile(r"[。；;\n]")
_REFERENCE_REACH = 2000  # characters before the sentence the whole may stand


def _by_reference(r: Reading, listed: set[str]) -> list[Group]:
    """收到的行政复议申请中，行政处罚8件，行政确认12件…: counts in a sentence that opens on the things of a whole
    stated before, named by its verb and noun (共收到行政复议申请共计32件), are some of them (complete "no":
    together at most the whole), or all of them when they name the kinds of one closed set."""
    groups: list[Group] = []
    words = load_words()
    for m in _REFERENCE_RE.finditer(r.norm):
        lo = max(0, m.start() - 16)
        starts = [k.end() for k in _SENTENCE_START_RE.finditer(r.norm, lo, m.start())]
        lead_from = starts[-1] if starts else (0 if lo == 0 else -1)
        if lead_from < 0 or not _REFERENCE_LEAD_RE.fullmatch(r.norm, lead_from, m.start()):
            continue  # (the words must open their sentence)
        end = r.period_span(m.end())[1]
        # (…有效立案数共971件，…，其中应结案数为956件: counts within a part)
        nested = r.norm.find("其中", m.end(), end)
        end = nested if nested >= 0 else end
        parts = [
            f
            for f in r.facts_between(m.end(), end)
            if f.mention.kind == "count" and f.id not in listed and not r.bracketed(f, end)
        ]
        if len(parts) < 2 or any(not counted_alike(p.q.unit, parts[0].q.unit) for p in parts):
            continue
        named_again = functools.partial(_named_again, r, m.group("verb"), m.group("noun")[-2:])
        whole = _nearest_whole(
            r, max(0, m.start() - _REFERENCE_REACH), m.start(), parts[0], listed, named_again
        )
        if whole is not None:
            # (在已立案提案中，集体提案593件，委员个人提案2119件: kinds of one closed set, all of the whole)
            labels = [status_words(r, p) for p in parts]
            whole_set = words.one_set_names_all(labels, of=r.frame(whole).label)
            groups.append(_divided(whole, parts, "yes" if whole_set else "no", "回指"))
    return groups


def _named_again(r: Reading, verb: str, head: str, f: Fact) -> bool:
    """Is f the whole a back-reference names: its words hold the verb, its period the noun's head, and it
    is no change (收到行政复议申请共计32件 for 收到的行政复议申请中)?"""
    return (
        verb in r.frame(f).label
        and head in r.norm[r.period_span(f.start)[0] : f.end]
        and not CHANGE_WORDS_RE.search(r.lead(f, 8))
    )


# the body a proposal is sent to: 由省政府组织办理950件, (有)72件交市政府办理
_HANDLER_RE = re.compile(
    r"(?:由|交由|交给|交)[^，,；;。\d]{1,40}?(?:办理|承办)(?:的)?$|^(?:由|交由|交给|交)[^，,；;。\d]{1,40}?(?:办理|承办)"
    # (共转办工单72838件…其中，向区(市)县转办54270件，向部门转办18568件: each passed on to one kind of body)
    r"|(?:^|[，,])\s*向[^，,；;。\d]{1,20}?(?:转办|转交|交办|移交|派发|派单)$"
)
_PROPOSED_RE = re.compile(r"建议|提案|议案|意见")
_BACK_RE = lazy_compile(r"这些|上述|以上|前述")


def _by_handlers(r: Reading, listed: set[str]) -> list[Group]:
    """这些建议由省政府组织办理950件；由省委有关部门…办理80件；由…联合办理4件 / 77件中，有72件交市政府办理，5件交
    有关机关和组织办理: proposals each sent to one body (or bodies together) to handle; counts of two or more
    bodies in a run divide the proposals they follow (complete "likely": a shortfall is a warning)."""
    groups: list[Group] = []
    if "办理" not in r.norm and "承办" not in r.norm:
        return groups  # (a fast test)
    counts = [f for f in r.facts if f.mention.kind == "count"]
    sent = [_HANDLER_RE.search(status_words(r, f)) is not None for f in counts]
    i = 0
    while i < len(counts):
        if not sent[i]:
            i += 1
            continue
        end = r.period_span(counts[i].start)[1]
        j = i
        while j + 1 < len(counts) and sent[j + 1] and counts[j + 1].start < end:
            j += 1
        run, i = counts[i : j + 1], j + 1
        if len(run) < 2 or any(not counted_alike(p.q.unit, run[0].q.unit) or p.id in listed for p in run):
            continue  # (a 中 or 其中 list of them is breakdown.py's, whole by `sent_to_bodies`)
        opening = r.norm[r.period_span(run[0].start)[0] : run[0].start]
        para = r.seg.paragraph_at(run[0].start)
        lo = para.start if not _BACK_RE.search(opening) else r.seg.paragraph_at(max(0, para.start - 1)).start
        whole = _nearest_whole(
            r,
            lo,
            r.period_span(run[0].start)[0],
            run[0],
            listed,
            lambda f: _PROPOSED_RE.search(r.frame(f).label),
        )
        if whole is not None:
            groups.append(_divided(whole, run, "likely", "承办"))
    return groups


def sent_to_bodies(labels: list[str]) -> bool:
    """Does each of two or more labels name a body the things are sent to to handle (有72件交市政府办理，5件交有关
    机关和组织办理)? Then they are all of them (breakdown.py's reason `handlers`)."""
    return len(labels) >= 2 and all(_HANDLER_RE.search(label) for label in labels)


def _nearest_whole(
    r: Reading, lo: int, hi: int, part: Fact, listed: set[str], fits: Callable[[Fact], object]
) -> Fact | None:
    """The last count in [lo, hi) counted like `part`, in no list already, that `fits` says names the whole."""
    return next(
        (
            f
            for f in reversed(r.facts_between(lo, hi))
            if f.mention.kind == "count"
            and counted_alike(f.q.unit, part.q.unit)
            and f.id not in listed
            and fits(f)
        ),
        None,
    )


_REST_ALONE_RE = re.compile(
    r"(?:其余|其他|其它)的?"
)  # the rest, naming no kind of its own (_REST_MARK_RE's words)


def _one_and_the_rest(r: Reading, listed: set[str]) -> list[Group]:
    """与会代表共提出了议案14件，经…审查后，1件议案交由…审议，其余13件议案全部转为建议: a whole stated as one (共…),
    one part of it right after, then the rest (其余, naming no kind): the two are all of it."""
    groups: list[Group] = []
    if not r.marks(_REST_MARK_RE):
        return groups  # (a fast test: most texts name no rest)
    counts = [f for f in r.facts if f.mention.kind == "count"]
    for k in range(2, len(counts)):
        t, a, b = counts[k - 2], counts[k - 1], counts[k]
        if not _REST_ALONE_RE.fullmatch(r.frame(b).label) or {t.id, a.id, b.id} & listed:
            continue
        if not (t.q.unit == a.q.unit == b.q.unit and r.period_span(t.start) == r.period_span(b.start)):
            continue
        if r.facts_between(t.end, a.start) or r.facts_between(a.end, b.start):
            continue  # (a rate or an amount between: no list of one count)
        # (存在问题企业3家，已整改1家，其余2家: those done already and the rest, whatever they add up to)
        done = says_done(r.frame(a).label)
        if not (done or TOTAL_WORDS_RE.search(r.lead(t, 16))) or (
            not done and max(a.q.value, b.q.value) > t.q.value
        ):
            continue  # (A类30件，B类20件，其余50件: items side by side, the first no whole of them)
        groups.append(_divided(t, [a, b], "yes", "其余"))
    return groups


def _by_paths(r: Reading, listed: set[str]) -> list[Group]:
    """形成有效工单11171件，转派各成员单位4898件，在线办结数6273件: a count and the next two counts of its
    sentence, in its unit, one handled where it came in and one passed on, in either order: each ticket takes
    one of the two paths, so they divide it (complete "likely": a shortfall is a warning). So do a dispute
    settled before it is filed and one filed (处理劳动人事争议3864件，仲裁案前调解1164件，立案受理2700件)."""
    groups: list[Group] = []
    paths = load_words().paths
    if not (paths["passed_on"].search(r.norm) or paths["before_filing"].search(r.norm)):
        return groups  # (a fast test: most texts name no second path)
    counts = [f for f in r.facts if f.mention.kind == "count"]
    # (共受理各类诉求83218件，其中当月受理78589件，上月结转4629件。…直接办理41489件，交办服务工单41729件: after a
    # sentence that ends with the parts of its whole, the paths opening the next divide that whole)
    by_id = {f.id: f for f in counts}
    whole_of_last = {
        g.facts["parts"][-1]: by_id[g.facts["total"][0]]
        for g in r.groups_of("breakdown")
        if g.attrs.get("complete") == "yes" and g.facts["total"][0] in by_id
    }
    for w, a, b in zip(counts, counts[1:], counts[2:], strict=False):
        if w.sentence != a.sentence and w.id in whole_of_last and whole_of_last[w.id].sentence == w.sentence:
            w = whole_of_last[w.id]
        if a.sentence != b.sentence or w.id in listed or a.id in listed or b.id in listed:
            continue
        # (本周共受理热线工单506件，比上周增长20.48%。交办相关二级责任单位495件，县热线办直办11件: the paths open
        # the next sentence of the paragraph, of the count that ends the one before)
        if w.sentence != a.sentence and (
            r.seg.paragraph_at(w.start) is not r.seg.paragraph_at(a.start)
            or any(f.mention.kind == "count" for f in r.facts_between(r.period_span(a.start)[0], a.start))
        ):
            continue
        if not (counted_alike(a.q.unit, w.q.unit) and counted_alike(b.q.unit, w.q.unit)):
            continue
        la, lb, lw = r.frame(a).label, r.frame(b).label, r.frame(w).label
        pair = _path_pair(la, lb)
        if pair is None or pair[0](lw) or pair[1](lw) or r.bracketed(a, b.start):
            continue  # (the whole names no path of its own)
        groups.append(_divided(w, [a, b], "likely", "路径"))
    return groups


def handled_at_once(label: str) -> bool:
    """Handled where it came in (前台直接办结, 在线答复; schemas/structures.yaml `paths`)?"""
    paths = load_words().paths
    return paths["at_once"].search(label) is not None and paths["handled"].search(label) is not None


def _passed_on(label: str) -> bool:
    """Passed on, and counted as such (转派各成员单位; not 转派承办单位办结: those concluded after it)."""
    paths = load_words().paths
    ends = [m.end() for m in paths["passed_on"].finditer(label)]
    return bool(ends) and paths["concluded"].search(label, ends[-1]) is None


def _settled_first(label: str) -> bool:
    return load_words().paths["before_filing"].search(label) is not None


def _filed(label: str) -> bool:
    return _FILED_RE.search(label) is not None and not _settled_first(label)


_FILED_RE = re.compile(r"立案(?:受理|审理|处理)?$")
# the two paths each member of a whole takes, as tests of a label (当场协调解决124件，立案116件: settled on
# the spot, or filed)
_PATHS = ((handled_at_once, _passed_on), (_settled_first, _filed), (handled_at_once, _filed))
_Test = Callable[[str], bool]


def _path_pair(la: str, lb: str) -> tuple[_Test, _Test] | None:
    return next((p for p in _PATHS if (p[0](la) and p[1](lb)) or (p[1](la) and p[0](lb))), None)


def two_paths(labels: list[str]) -> bool:
    """Do two labels name the two paths each member of a whole takes (直接办结…，转派…)?"""
    return len(labels) == 2 and _path_pair(labels[0], labels[1]) is not None


def _by_remainder(r: Reading, listed: set[str]) -> list[Group]:
    """政务服务事项515项，行政许可事项218项，公共服务等其他事项297项: a count and, right after it in its
    clause run, counts of the same unit and head noun, the last named as the rest (其他…): the rest says
    the list is all of the whole. Unless the whole is stated as one (共…), parts that exceed it read as
    its siblings (so only a shortfall is found when they are of it)."""
    words = load_words()
    groups: list[Group] = []
    facts = r.facts
    rests = r.marks(_REST_MARK_RE)  # (a fast test: most counts have no 其他 after them in their sentence)
    for i, t in enumerate(facts):
        if t.mention.kind != "count" or t.id in listed or i + 2 >= len(facts):
            continue
        k = bisect.bisect_left(rests, t.end)
        if k == len(rests) or r.seg.sentence_at(rests[k]) != t.sentence:
            continue
        head = r.frame(t).label[-2:]
        if len(head) < 2:
            continue
        period = r.period_span(t.start)
        prev = facts[i - 1] if i else None
        if (
            prev is not None
            and prev.start >= period[0]
            and prev.q.unit == t.q.unit
            and r.frame(prev).label.endswith(head)
        ):
            continue  # 依托科研部门的鉴定机构155家，依托企业的鉴定机构2052家…: an item of a list itself
        seg = SEGMENT_END.search(r.norm, t.end, period[1])
        end = seg.start() if seg is not None else period[1]
        parts: list[Fact] = []
        for g in facts[i + 1 :]:
            if g.start >= end:
                break
            label = r.frame(g).label
            if g.mention.kind != "count" or g.q.unit != t.q.unit or not label.endswith(head):
                break  # (consecutive parts only)
            parts.append(g)
            if _REST_RE.search(label):
                break
        if (
            len(parts) < 2
            or not _REST_RE.search(r.frame(parts[-1]).label)
            or any(p.id in listed for p in parts)
        ):
            continue
        if words.remainder_re.match(r.frame(t).label):
            continue
        rest = _REST_RE.split(r.frame(parts[-1]).label)[-1]
        if len(rest) > 2 and rest not in r.frame(t).label:
            continue  # 违纪行为37件，职务违法犯罪行为7件，其他违法犯罪行为2件: the rest of another kind, no part of it
        if words.stage(head) is not None and len(r.frame(t).label) > len(head) + 1:
            continue  # 调解结案7422件，裁决结案2759件，…其他方式结案1346件: ways of one step, side by side
        if not TOTAL_WORDS_RE.search(r.lead(t, 20)) and sum(p.q.value for p in parts) > t.q.value:
            continue  # 规范性文件42件，人事任免文件106件，其他文件113件: siblings, the first no whole of them
        listed.update(p.id for p in parts)
        groups.append(_divided(t, parts, "yes", "其他"))
    return groups


_REST_RE = re.compile(r"其他|其余|其它")
_REST_MARK_RE = re.compile(r"其(?=[他余它])")  # where a rest word starts (Reading.marks reads one character)


def _intake_before_carry(r: Reading, carry: Fact) -> Fact | None:
    """The count right before a carry-over in its sentence and unit (收到申请7件，上年度结转1件), if any; the whole of
    the list that count ends (收到12件，其中自然人申请件12件，法人或其他组织申请件0件，上年度结转0件: the 12)."""
    i = r.fact_index().position.get(id(carry), 0)
    before = r.facts[i - 1] if i > 0 else None
    if before is None or before.sentence != carry.sentence or not counted_alike(before.q.unit, carry.q.unit):
        return None
    if CARRY_RE.search(r.frame(before).label):
        return None
    whole = next(
        (g.facts["total"][0] for g in r.groups_of("breakdown") if g.facts["parts"][-1:] == [before.id]), None
    )
    return next((f for f in r.facts if f.id == whole), before) if whole is not None else before


def _divided(whole: Fact, parts: list[Fact], complete: str, marker: str) -> Group:
    """The breakdown a partition states (its marker says which reading found it)."""
    return Group(
        kind="breakdown",
        facts={"total": [whole.id], "parts": [p.id for p in parts]},
        span=(whole.start, parts[-1].end),
        attrs={"complete": complete, "marker": marker},
    )


def _step_word(r: Reading, f: Fact) -> str | None:
    """The last step word of a figure's label (主动公开, 收到…), as written."""
    return load_words().step_word(r.frame(f).label)


_FAR_OVER = 1.5  # parts this far over a whole not stated as one (共…) are its siblings


def _by_scope(r: Reading, listed: set[str]) -> list[Group]:
    groups: list[Group] = []
    facts = r.facts
    steps = [_step_word(r, f) if f.mention.kind == "count" else None for f in facts]  # each read once
    later = Counter(steps)  # figures of each step word from here on (a fast test: two must follow)
    for i, t in enumerate(facts):
        word = steps[i]
        later[word] -= 1
        if word is None or later[word] < 2 or t.id in listed or AVERAGE_RE.search(r.lead(t, 8)):
            continue  # (人均调解2.81件: an average, no whole)
        period = r.period_span(t.start)
        para_end = r.seg.paragraph_at(t.start).end
        end = r.period_span(period[1])[1] if period[1] < para_end else period[1]  # this sentence or the next
        parts: list[Fact] = []
        for j in range(i + 1, len(facts)):
            g = facts[j]
            if g.start >= end:
                break
            if g.mention.kind != "count" or g.q.unit != t.q.unit:
                continue
            if steps[j] != word:
                if parts:
                    break  # the run of parts ends at another kind of figure
                continue
            parts.append(g)
        if len(parts) < 2 or any(p.id in listed for p in parts):
            continue
        whole_label = r.frame(t).label
        prefix = whole_label[: whole_label.rfind(word)]
        scoped = all(_SCOPE_RE.search(r.frame(p).label[: r.frame(p).label.rfind(word)]) for p in parts)
        marked = bool(TOTAL_WORDS_RE.search(r.lead(t, 20)))
        if not scoped or not (marked or not _SCOPE_RE.search(prefix)):
            continue  # the parts must each name a scope, and the whole be stated as one
        if _SCOPE_RE.search(prefix) and all(TOTAL_WORDS_RE.search(r.lead(p, 20)) for p in parts):
            continue  # 东兴市共受理838件，上思县共受理733件…: scopes stated alike are siblings
        if _ONE_BODY_RE.search(prefix) and not WHOLE_AREA_RE.search(prefix):
            continue  # 市政府主动公开…共2367条，市直各部门…3666条，镇(区)…2064条: one body beside others, no whole
        tails = {_body_tail(r.frame(p).label[: r.frame(p).label.rfind(word)]) for p in parts}
        if _body_tail(prefix) and _body_tail(prefix) in tails and not WHOLE_AREA_RE.search(prefix):
            # 共办理国家信访局登记…1024件，省信访局登记130件，市信访局登记32件: bodies of one kind at other levels,
            # siblings (but 全市法院共受理…，中级法院受理…，基层法院受理…: the whole area's courts, their whole)
            continue
        if not marked and sum(p.q.value for p in parts) > _FAR_OVER * t.q.value:
            # 海珠新收约20000件…，白云法院新收约15000件，…越秀法院新收约34000件: a sibling, no whole of them
            # (a whole stated as one, or parts a slip puts a little over it, stay a breakdown)
            continue
        groups.append(_divided(t, parts, "likely", "分述"))
    return groups


_BODY_TAIL_RE = re.compile(
    r"(?:信访局|信访办|法院|检察院|政府|司法局|公安局|[\u4e00-\u9fff]{1,3}(?:局|厅|委|办))$"
)


def _body_tail(words: str) -> str:
    """The kind of body the words end by naming (国家信访局 → 信访局), or ""."""
    m = _BODY_TAIL_RE.search(words)
    return m.group()[-3:] if m else ""


def _carried_in_before(r: Reading, whole: Fact) -> Fact | None:
    """The count right before the whole in its sentence when it is what came in from the period before
    (旧存执行案件113万件，新收执行案件345.2万件，结案229.4万件，未结案件228.8万件: the statuses divide both)."""
    i = r.fact_index().position.get(id(whole), -1)
    if i <= 0:
        return None
    prev = r.facts[i - 1]
    if prev.sentence != whole.sentence or not counted_alike(prev.q.unit, whole.q.unit):
        return None
    if not CARRIED_IN_RE.search(r.frame(prev).label):
        return None
    new = r.facts[i - 2] if i >= 2 else None
    if new is not None and new.sentence == whole.sentence and sums_exactly(whole, [new, prev]):
        return None  # (新收案件103件，旧存案件3件，共审理各类案件106件: the whole adds both already)
    return prev


_CHANGED_BY_RE = re.compile(r"(?:比|较)[^，,；;。\d]{0,10}(?:增加|减少|增长|下降|上升|多|少)了?$")
# a stock at a date (在册, 在矫, 现有) against a flow of a stated period (2018年，…累计接收; 2020年7月1日至今累计接收…):
# those there before the period are in the stock too, so the flow's exits and the stock need not add up to it. A
# date the counts run up to (截至2019年8月底) is no such period: they run from the start
_STOCK_RE = re.compile(r"^(?:现?在册|在矫|现有)")
_YEAR_RE = re.compile(r"(截至|截止|至|到)?\s*(?:\d{4}\s*年|当年|本年|今年|全年)")


def _by_status(r: Reading, listed: set[str]) -> list[Group]:
    """审计发现问题82个，已整改问题38个，采纳建议10个，正在整改问题21个，移送问题13个: a count and, after it
    in its sentence, counts of its unit two of which name statuses of one set (schemas/structures.yaml
    `complements`): those counts divide it. The count nearest before them is the whole."""
    words = load_words()
    groups: list[Group] = []
    facts = r.facts
    # (a fast test first: most counts have no two status words after them in their period)
    status = [f.mention.kind in _AMOUNTS and words.names_status(status_words(r, f)) for f in facts]
    later = sum(status)  # status figures after this one (a fast test: two must follow)
    for i, w in enumerate(facts):
        later -= status[i]
        if w.mention.kind not in _AMOUNTS or w.id in listed or later < 2:
            continue
        period = r.period_span(w.start)
        seg = SEGMENT_END.search(r.norm, w.end, period[1])
        while seg is not None and _opens_with_status(r, status, seg.end(), period[1], r.frame(w).label):
            # 抽查回访670件，响应670件，响应率100%；解决663件、未解决7件: a segment that opens with bare statuses
            # divides what the one before it counted (共受理各类案件9471件；审执结各类案件7018件；尚有各类未结案2453件:
            # each segment opening with a status of the whole's own thing)
            seg = SEGMENT_END.search(r.norm, seg.end(), period[1])
        if seg is not None:  # …涉稳突出问题7宗，已化解6宗；…积案5宗，已办结3宗: a new subject after ；
            period = (period[0], seg.start())
        elif (k := _statuses_next(r, status, i, period, listed)) is not None:
            # 共收到提案567件。…对收到的提案进行了认真审查，确定立案544件，不立案23件: the next sentence, with
            # no count of its own before them, divides the last count of this one
            period = r.period_span(facts[k].start)
            seg = SEGMENT_END.search(r.norm, facts[k].end, period[1])
            if seg is not None and _opens_with_status(r, status, seg.end(), period[1]):
                # (立案803件；不予立案28件: one split across the ；)
                seg = SEGMENT_END.search(r.norm, seg.end(), period[1])
            if seg is None and _opens_with_status(r, status, period[1], period[1] + _BARE_STATUS + 1):
                # (立案4438件，合并处理88件。不予立案834件: one split across the full stop)
                period = (period[0], r.period_span(period[1])[1])
                seg = SEGMENT_END.search(r.norm, period[1] - 1, period[1])
            period = (period[0], seg.start() if seg else period[1])
        across = period[0] > w.start  # (the statuses in the next sentence)
        named = 0
        for j in range(i + 1, len(facts)):
            if facts[j].start >= period[1] or named >= 2:
                break
            named += status[j]
        if named < 2:
            continue
        others = listed_with_others(r, w)
        if others and not all(status[r.fact_index().position[id(o)]] for o in others):
            continue  # (抽查行政处罚案卷30份、行政许可案卷30份，…评出优秀案卷5份、合格案卷47份…: of the run's sum; not
            # 发现一般隐患33条、已整改30条，限期整改3条, where what follows the 、 is a status of it)
        parts: list[Fact] = []
        for j in range(i + 1, len(facts)):
            g = facts[j]
            if g.start >= period[1]:
                break
            if len(parts) >= 2 and r.norm.find("其中", parts[-1].end, g.start) >= 0:
                break  # (已办结161件，正在办理20件，其中13件重点关注案件已办结8件…: a subset, its own statuses after it)
            if (
                g.mention.kind == w.mention.kind
                and counted_alike(g.q.unit, w.q.unit)
                and not r.bracketed(g, period[1])
                and not AVERAGE_RE.search(r.frame(g).label)  # (法官人均结案184.55件: an average, no part)
                # (收结案分别比上年度增加了257件: a change, no part)
                and not _CHANGED_BY_RE.search(r.lead(g, 16))
            ):
                parts.append(g)
        # (共收到提案259件，其中委员提案182件，集体提案77件，经审查立案242件，不立案17件: the statuses after a
        # 其中 list of the same whole divide it too, another dimension)
        unlisted = [p for p in parts if p.id not in listed]
        if len(unlisted) < len(parts) and any(words.surveyed_re.search(r.frame(p).label) for p in unlisted):
            continue  # (…其中办结8846件、不予受理867件、满意6197件…: ratings are of those asked, not the whole)
        if _after_a_list_of_an_earlier_whole(r, w, [p for p in parts if p.id in listed]):
            continue
        parts = _before_restated(r, words, w, unlisted)
        if len(parts) < 2:
            continue
        whole_words = label_or_cases(r, i)
        statuses = words.complementary([status_words(r, p) for p in parts], of=whole_words)
        if statuses is None or (statuses.search(whole_words) and statuses not in words.concluded_sets):
            continue  # (评出优秀4273宗，合格14445宗，不合格126宗: 优秀 is a sibling, not the whole; 审结审查起诉案件
            # names its process, 起诉, and is the whole its decisions divide)
        # the statuses divide it from the first of them (受理13件，提前介入2件，批准逮捕10件，不批准逮捕3件)
        first = next(k for k, p in enumerate(parts) if statuses.search(status_words(r, p)))
        carried = [p for p in [w, *parts[:first]] if CARRY_RE.search(r.frame(p).label)]
        if not carried and CARRIED_IN_RE.search(r.frame(w).label) and _intake_before_carry(r, w) is not None:
            # (新收各类案件3964件，旧存194件，未结1578件，已结2580件: 旧存 right after the intake too)
            carried = [w]
        if carried:
            # 共收到信息公开申请7件，上年度结转1件；予以公开3件，无法提供4件，结转下年继续办理1件: of the two together,
            # stated as no one figure: the intake right before the carry-over is the whole, the carry-over added
            intake = _intake_before_carry(r, carried[-1])
            statuses_after = parts[first:]
            if intake is None or len(carried) != 1 or carried[-1] is not w or len(statuses_after) < 2:
                continue
            statuses_after = _to_the_last_status(r, statuses, intake, statuses_after)
            if len(statuses_after) < 2:
                continue
            listed.update(p.id for p in statuses_after)
            group = _divided(intake, statuses_after, "yes", "状态")
            group.attrs["carry"] = w.id
            groups.append(group)
            continue
        whole = _whole_of(r, w, parts[:first], parts[first:])
        parts = parts[first:]
        if any(_STOCK_RE.match(status_words(r, p)) for p in parts) and _of_a_stated_period(r, whole):
            continue
        if (
            across
            and whole is w
            and all(p.q.value > w.q.value for p in parts)
            and not TOTAL_WORDS_RE.search(r.lead(w))
        ):
            # …；其他渠道38件。目前，办结工单750件，794件正在办理: statuses each over the last count of the sentence
            # before divide some whole of their own, not that count (a list's last item; but 共计25件 is a whole)
            continue
        run, parts = parts, _to_the_last_status(r, statuses, whole, parts)
        # (受理45件，办结45件，上年结转3件，结转下年度继续办理3件: what came in from last year is added to the whole,
        # not one of its parts)
        # (but where the statuses are new and old cases, 受理执行案件4697件，新收4526件，旧存171件, those carried in are
        # one of the two parts of the intake)
        carried_in = (
            [] if statuses.search("新收") else [p for p in parts if CARRIED_IN_RE.search(r.frame(p).label)]
        )
        parts = [p for p in parts if p not in carried_in]
        if len(parts) < 2 or len(carried_in) > 1:
            continue
        if _rated_below_all(r, parts, period[1]):
            continue  # (满意173件、基本满意44件，满意和基本满意率88.9%: others were not, the rate says)
        listed.update(p.id for p in parts)  # the nearest whole before them takes them
        # (…and those among them that divide one of them are no whole or part of another partition)
        listed.update(p.id for p in run if p.start < parts[-1].start and p not in parts)
        # (已回复37件，逾期未回复4件 of 工单47件: those not yet due are in neither, the two only some of the whole)
        whole_by_them = "no" if overdue_only([status_words(r, p) for p in parts]) else "yes"
        group = _divided(whole, parts, whole_by_them, "状态")
        carry_in = (
            carried_in[0]
            if carried_in
            else _carried_in_a_part(r, parts) or _carried_in_before(r, whole) or carry_left_out(r, whole)
        )
        if carry_in is not None:
            group.attrs["carry"] = carry_in.id  # 收到申请454件，答复458件(含上年结转8件)，结转下年办理4件
        groups.append(group)
        groups += _next_segments(r, status, whole, period[1], listed)
    return groups


def _after_a_list_of_an_earlier_whole(r: Reading, w: Fact, listed_after: list[Fact]) -> bool:
    """共收到留言3059条，部门收到1904条，县区收到1155条，其中咨询类1160条、投诉类1859条…，答复3055条，还有4条正在处理中:
    statuses after a list that divides a whole stated before `w` are of that whole, not of `w` (one of its
    parts, named before the list)."""
    ids = {p.id for p in listed_after}
    if not ids:
        return False
    starts = {f.id: f.start for f in r.facts}
    return any(
        ids & set(g.facts["parts"]) and starts.get(g.facts["total"][0], w.start) < w.start
        for g in r.groups_of("breakdown")
    )


def _of_a_stated_period(r: Reading, whole: Fact) -> bool:
    """Is the count of a period its sentence states (a year that is no date it runs up to: …，当年重新犯罪率…)?"""
    lo, hi = r.sentence_span(whole.sentence)
    return any(not m.group(1) for m in _YEAR_RE.finditer(r.norm, lo, hi))


def _rated_below_all(r: Reading, parts: list[Fact], end: int) -> bool:
    """Does a rate right after the parts, named by the statuses of two or more of them, say they are not
    all (under 100%)? Then they are some of the whole, the rest unstated. (A rate of one status, 立案率 after
    立案…，转为意见和建议…, is of that one alone.)"""
    said = {status_words(r, p).removeprefix("已") for p in parts}
    for g in r.facts_between(parts[-1].end, min(end, parts[-1].end + 40)):
        if g.mention.kind == "percent" and g.q.value < 100:
            label = r.frame(g).label
            # (不合格样品检出率 names 不合格样品 once: the 合格样品 inside it is no second status; 满意和基本满意率
            # names 满意 on its own too)
            if label.endswith("率") and sum(_named_on_its_own(w, said, label) for w in said) >= 2:
                return True
    return False


def _named_on_its_own(word: str, said: set[str], label: str) -> bool:
    """Does the label name `word` (two characters or more) somewhere not inside a longer word of `said`?"""
    if len(word) < 2:
        return False
    longer = [
        (m.start(), m.end())
        for v in said
        if v != word and word in v
        for m in re.finditer(re.escape(v), label)
    ]
    return any(
        not any(a <= m.start() and m.end() <= b for a, b in longer)
        for m in re.finditer(re.escape(word), label)
    )


def _next_segments(r: Reading, status: list[bool], whole: Fact, end: int, listed: set[str]) -> list[Group]:
    """…解决663件、未解决7件，解决率98.96%；满意614件、基本满意34件、不满意22件: the segments right after a
    partition that open with bare statuses of another set divide the same whole."""
    words = load_words()
    groups: list[Group] = []
    period_end = r.period_span(whole.start)[1]
    while end < period_end and r.norm[end] in "；;" and _opens_with_status(r, status, end + 1, period_end):
        seg = SEGMENT_END.search(r.norm, end + 1, period_end)
        stop = seg.start() if seg else period_end
        parts = [
            g
            for g in r.facts_between(end + 1, stop)
            if g.mention.kind == whole.mention.kind
            and counted_alike(g.q.unit, whole.q.unit)
            and not r.bracketed(g, stop)
        ]
        statuses = (
            words.complementary([status_words(r, p) for p in parts], of=r.frame(whole).label)
            if len(parts) >= 2
            else None
        )
        if (
            statuses is None
            or any(p.id in listed for p in parts)
            or not all(statuses.search(status_words(r, p)) for p in parts)
        ):
            break
        listed.update(p.id for p in parts)
        groups.append(_divided(whole, parts, "yes", "状态"))
        end = stop
    return groups


def _before_restated(r: Reading, words: Words, whole: Fact, parts: list[Fact]) -> list[Fact]:
    """The parts up to a figure that names the whole's own intake step again or opens a clause with 同期 (受理医疗
    纠纷650起，调解成功625起，同期，…两级医调会受理医疗纠纷2525起，…成功调处2288起): that one starts a record of its
    own (not a carry-out: 办理申请61件，…结转下一年办理7件)."""
    step = words.step_word(r.frame(whole).label)
    if step is not None and words.stage_of[step] not in words.intake:
        step = None
    for k, p in enumerate(parts):
        label = r.frame(p).label
        if (
            step is not None and words.step_word(label) == step and not CARRY_RE.search(label)
        ) or SAME_PERIOD_RE.search(r.norm, (parts[k - 1] if k else whole).end, p.start):
            return parts[:k]
    return parts


def _statuses_next(
    r: Reading, status: list[bool], i: int, period: tuple[int, int], listed: set[str]
) -> int | None:
    """Is facts[i] the last figure of its sentence (but for its own 其中 list: 共发生矛盾纠纷38件，其中纠纷14件，
    一般纠纷24件。已成功调解37件，正在调处中的1件), the next figure a bare status in the next sentence of its
    paragraph, and the one after it a status too? The index of that next figure, else None."""
    facts = r.facts
    if facts[i].id in r.channel_parts:
        return None  # (…微信有效受理91件，网站有效受理25件。累计办结3884件，协调办理中59件: not of the last channel)
    k = i + 1
    while k < len(facts) and facts[k].start < period[1] and facts[k].id in listed:
        k += 1
    # (共收到提案400件。其中，委员个人提出328件，…41件。…经初步审查，立案349件: past its own 其中 list)
    own = {p for g in r.groups_of("breakdown") if g.facts["total"] == [facts[i].id] for p in g.facts["parts"]}
    while k < len(facts) and facts[k].id in own:
        k += 1
    # (核查属实3976件，不属实745件。在核查属实的问题中，已完成整改3758件，未完成整改218件: the next sentence opens
    # by naming the set its statuses divide, the 属实, not the last figure, 不属实)
    among = AMONG_OPENING_RE.match(r.norm, period[1])
    if among is not None:
        # (the set's own words, before what they qualify: 核查属实 of 核查属实的问题)
        if not _names_set(r.frame(facts[i]).label, among.group(1).split("的")[0]):
            return None
        while k < len(facts) and facts[k].start < period[1]:
            k += 1
    # (the next status past a share of the first: 立案757件，占总数的89%；不立案94件)
    after = next((j for j in range(k + 1, len(facts)) if facts[j].mention.kind != "percent"), len(facts))
    if after >= len(facts) or facts[k].start < period[1] or not (status[k] and status[after]):
        return None
    nxt = facts[k]
    if len(r.frame(nxt).label.removeprefix("已")) > _BARE_STATUS:  # (已成功调解: a status word alone)
        return None
    same_paragraph = r.seg.paragraph_at(nxt.start) is r.seg.paragraph_at(facts[i].start)
    if r.period_span(nxt.start)[0] <= period[1] + 1 and same_paragraph:
        return k
    # 共提交提案831件。¶…提案委员会对收到的提案进行了认真审查。经审查，立案803件；不予立案28件: past sentences
    # with no figure that name the whole's thing again, in its section
    head = r.frame(facts[i]).label[-2:]
    again = (
        len(head) == 2
        and nxt.start - period[1] <= _STATUS_GAP
        and r.seg.paragraph_at(nxt.start).section == r.seg.paragraph_at(facts[i].start).section
        and head in r.norm[period[1] : nxt.start]
        # (not past a heading of its own: 收到依申请公开信息16件。¶(三)政府信息管理方面¶…规范性文件…继续有效20件，
        # 失效2件、废止4件 divide the documents reviewed, which the section under that heading counts, or not)
        and not any(HEADING_START.match(line) for line in r.norm[period[1] : nxt.start].split("\n")[1:])
    )
    return k if again else None


def _names_set(label: str, key: str) -> bool:
    """Does a count's name hold the words of a set named after 在…中 (核查属实 in 核查属实, not in 不属实)?"""
    at = label.rfind(key[-2:])
    return len(key) >= 2 and at >= 0 and label[at - 1 : at] not in ("不", "未", "非", "无")


_STATUS_GAP = 160  # characters of sentences with no figure between a whole and the statuses dividing it


def _opens_with_status(r: Reading, status: list[bool], start: int, end: int, whole: str = "") -> bool:
    """Does the text from `start` open with a figure named by a status word alone (解决663件、未解决7件), or by
    one and words of the whole's own name (尚有各类未结案2453件 after 共受理各类案件9471件)?"""
    facts = r.facts
    k = bisect.bisect_left(r.fact_index().starts, start) if r.fact_index().ordered else 0
    while k < len(facts) and facts[k].start < start:
        k += 1
    if k >= len(facts) or facts[k].start >= end or not status[k]:
        return False
    if CLAUSE_END.search(r.norm, start, facts[k].start) is not None:
        return False
    label = r.frame(facts[k]).label
    if len(label) <= _BARE_STATUS:
        return True
    rest = _HAS_LEAD_RE.sub("", load_words().any_status_re.sub("", label))
    return bool(whole) and len(rest) >= 2 and rest in whole


_HAS_LEAD_RE = re.compile(r"^(?:尚有|还有|仍有|共有|共|有)")


_BARE_STATUS = 4  # characters of a label that is a status word alone (已解决, 未整改)


def _to_the_last_status(r: Reading, statuses: re.Pattern[str], whole: Fact, parts: list[Fact]) -> list[Fact]:
    """The parts up to the last one a status names, and past it those about the whole's own thing
    (…移送问题13个 after 正在整改问题21个 of 发现问题82个; not …结转下一年办理7件，行政复议7件 of 申请61件)."""
    last = max(
        k
        for k, p in enumerate(parts)
        if statuses.search(status_words(r, p)) or CARRY_RE.search(r.frame(p).label)  # (结转下年办理1件)
    )
    # (a part whose own head is one of them: 正在复议1件 of 复议案件5件; not 因政府信息公开产生的行政复议26件, which
    # names 公开 of 信息公开申请 but is a 复议)
    nouns = set(_CJK2_RE.findall(r.frame(whole).label[-4:]))
    end = last + 1
    while end < len(parts) and r.frame(parts[end]).label[-2:] in nouns:
        end += 1
    if end < len(parts) and load_words().remainder_re.match(r.frame(parts[end]).label):
        end += 1  # (立案686件，不予立案10件，剩余7件尚在修改之中 of 收到提案703件: the rest, in no status of the set)
    # (已办结20件，…满意的19件，比较满意的1件，还有1件正在办理之中: the statuses of another set, two or more
    # of them, are of the 20; so is every figure among them that names none: 已答复119件，属于同意公开的60件，
    # 部分公开13件，不同意公开的6件，…，另2件结转下一年处理)
    others = [p for p in parts[:end] if not statuses.search(status_words(r, p))]
    nested = load_words().complementary([status_words(r, p) for p in others], whole=False)
    if nested is None:
        return parts[:end]
    return [p for k, p in enumerate(parts[:end]) if k > last or statuses.search(status_words(r, p))]


_CJK2_RE = lazy_compile(r"(?=([\u4e00-\u9fff]{2}))")


def _carried_in_a_part(r: Reading, parts: list[Fact]) -> Fact | None:
    """The carry-over a part says in brackets it includes (答复458件(含上年结转8件)): the whole the statuses
    divide is the intake and that carry-over together."""
    for p in parts:
        m = _INCLUDES_CARRY_RE.match(r.norm, p.end)
        if m is None:
            continue
        return next((g for g in r.facts_between(p.end, m.end()) if g.mention.kind == "count"), None)
    return None


_INCLUDES_CARRY_RE = re.compile(
    r"\s*[（(](?:含|包括)(?:" + CARRY_RE.pattern + r")[^（()）]{0,8}?\d[^（()）]*[)）]"
)


_NOW_WORDS_RE = re.compile("^" + NOW_WORDS)


def status_words(r: Reading, f: Fact) -> str:
    """The words that may name a figure's status: its label, or, for a figure opening its clause, the
    words after it (198件正在积极办理中, 1件结转下年度继续办理, 其中17件在法定期限内完成答复)."""
    # (read once a figure: partition's and breakdown's readings ask for the same figures' words again)
    memo = cast("dict[str, str] | None", r.cache.get(status_words))
    if memo is None:
        memo = r.cache[status_words] = {}
    got = memo.get(f.id)
    if got is None:
        got = memo[f.id] = _status_words(r, f)
    return got


def _status_words(r: Reading, f: Fact) -> str:
    fr = r.frame(f)
    # (其中 opens a list: it names no part)
    # (nor does 目前 or 截至目前: 目前5件已办结完成, the state now, says it after the figure)
    named = (
        len(fr.label) > 1
        and len(_NOW_WORDS_RE.sub("", fr.label.strip(_MARKS).removeprefix("其中")).strip(_MARKS)) > 1
    )
    words = fr.label if named else fr.label + fr.pred[:_PRED_STATUS]
    # (结转2020年继续办理的6件 in a report of 2019: carried into the next year, as 结转下年 says)
    if "转" in words:  # (a fast test: str.find in C)
        words = _CARRIED_TO_A_YEAR_RE.sub(r"\1下年", words)
    tag = (
        _TAG_BEFORE_RE.search(r.norm, max(0, f.start - 12), f.start)
        if r.norm[f.start - 1 : f.start] in ")）"
        else None
    )
    # (…基本得到解决的(A类)557件: a class named in brackets right before the figure, which labels leave out)
    return words + tag.group(1) if tag else words


# (结转2020年, 结转次年: carried into the next year, as 结转下年 says)
_CARRIED_TO_A_YEAR_RE = re.compile(r"(结转|转入|转至|结转至|结转到)\s*(?:\d{4}\s*年度?|次年度?)")
_TAG_BEFORE_RE = re.compile(r"[（(]([^（()）\d]{1,8})[)）]\s*$")


_PRED_STATUS = 24  # characters after a figure opening its clause that may name its status
_MARKS = "，,：: \t\n"


_PASSED_BY = 1.05  # the most the statuses may pass the nearest count before them by and still be its parts


def _whole_of(r: Reading, first: Fact, between: list[Fact], statuses: list[Fact]) -> Fact:
    """The whole statuses divide: the nearest count before them that can hold them (…表扬件4件，…批转2578件，
    已办结2574件，在办4件: the 2578; 发现问题50个，约谈…3个，已整改问题30个…: the 50), else a count just before
    them all that they add up to (共办理热线工单2495件。交办…2388件，…直办107件；按期回复2424件、逾期回复71件:
    the 2495 the two paths divide too), else the largest."""
    need = sum(fact_interval(p).lo for p in statuses)
    cands = [*reversed(between), first]
    nearest = fact_interval(cands[0]).hi
    if nearest + 1e-9 >= max(fact_interval(p).lo for p in statuses) and need <= nearest * _PASSED_BY:
        # (对其中…的97504件，经清理，保留46632件，决定修改5491件，废止45777件: the parts pass the nearest by a little —
        # it is their whole, and one of the figures is off, not a figure farther back)
        return cands[0]
    held = next((c for c in cands if fact_interval(c).hi + 1e-9 >= need), None)
    if held is not None:
        return held
    together = sum(c.q.value for c in cands)
    i = r.fact_index().position.get(id(first), 0)
    before = r.facts[i - 1] if i > 0 else None
    if (
        before is not None
        and between
        and before.q.exact
        and before.q.unit == first.q.unit
        and before.q.value == together
        and r.seg.paragraph_at(before.start) is r.seg.paragraph_at(first.start)
    ):
        return before
    return max(cands, key=lambda c: c.q.value)


# a classification of the things a noun names, its classes listed after a colon: 工单分类：求决类1878件、…、其他类210件
_CLASSED_RE = re.compile(r"(?:分类|类型|类别)(?:情况)?[：:]")  # (led by its words: found fast)
_CLASSED_NOUN_RE = lazy_compile(r"[\u4e00-\u9fff]{2,4}$")
_REST_CLASS_RE = lazy_compile(r"^(?:其他|其它|其余)")


def _by_key(r: Reading, listed: set[str]) -> list[Group]:
    groups: list[Group] = []
    keyed = [(m, "") for m in KEY_RE.finditer(r.norm)]
    if "类" in r.norm:
        ends = {m.end() for m, _ in keyed}
        for m in _CLASSED_RE.finditer(r.norm):
            named = _CLASSED_NOUN_RE.search(r.norm, max(0, m.start() - 4), m.start())
            if named is not None and m.end() not in ends:  # (按案件类型分类：is KEY_RE's)
                keyed.append((m, named.group()))
    for m, head in keyed:
        period = r.period_span(m.end())
        parts = [
            f for f in r.facts_between(m.end(), period[1]) if f.mention.kind == "count" and f.id not in listed
        ]
        if len(parts) < 2 or any(p.q.unit != parts[0].q.unit for p in parts):
            continue
        complete = "yes"
        if head:
            # (the noun before 分类 names the whole; the classes are all of it only when the last is the rest,
            # else they may be a selection of it: 工单分类：求决类460件、咨询类38件、…申诉类1件 at most the 工单)
            if not _REST_CLASS_RE.match(r.frame(parts[-1]).label):
                complete = "no"
            elif len(parts) < 3:
                continue
            noun = head
        else:
            noun = _common_noun([r.frame(p).label for p in parts])
        if len(noun) < 2:
            continue
        para = r.seg.paragraph_at(m.start())
        wholes = [
            f
            for f in r.facts_between(para.start, m.start())
            if f.mention.kind == "count"
            and f.q.unit == parts[0].q.unit
            and noun in r.frame(f).label + r.frame(f).pred
            and TOTAL_WORDS_RE.search(r.lead(f, 20))
        ]
        if not wholes:
            continue
        t = wholes[-1]
        groups.append(_divided(t, parts, complete, "区分"))
    return groups


def _common_noun(labels: list[str]) -> str:
    """The longest ending all labels share (一审案件裁判文书, 二审案件裁判文书 → 案件裁判文书), up to 6."""
    n = 0
    while n < 6 and all(len(x) > n for x in labels) and len({x[len(x) - 1 - n] for x in labels}) == 1:
        n += 1
    return labels[0][len(labels[0]) - n :] if n else ""
