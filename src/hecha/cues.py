"""What each figure measures: its cue (the ontology alias that names it) and so its metric.

The cue is the alias ending nearest before the number in its clause (审结25件), else one right after its
unit (1421人参加…考试); a table cell is named by its column header. The *family* of an ambiguous cue
(受理 is used by 行政复议, 人民调解, 法律援助…) comes from the topic: a family keyword inside the cue
itself, else the nearest keyword earlier in the sentence or paragraph (reset at 一是/二是 and at
headings), else the heading above, else the figures of its sentence (维持, 驳回 make an unlabelled 审结 a
行政复议 one). A quantity whose cue cannot be resolved is still a fact, with metric None. Figures under
不少于/力争… or in sections on plans and shortcomings are targets, not results.
"""

from __future__ import annotations

import bisect
import operator
import re

from .lazyre import lazy_compile
from .model import Fact, Mention
from .ontology import AliasHit
from .reading import CLAUSE_END, Reading
from .structures.words import (
    AVERAGE_RE,
    CHANGE_WORDS_RE,
    COMPARED_PRIOR_RE,
    LEVEL_UNITS,
    PRIOR_PERIOD_RE,
    TOTAL_WORDS_RE,
    load_words,
    way_before,
)
from .tables import Table, locate, row_id

_TARGET_RE = re.compile(r"不少于|不低于|力争|确保|争取|目标|应当|必须")


# what may stand between a step and the generic noun it qualifies: the kind of case (开庭审理行政案件)
_KIND_GAP_RE = re.compile(r"(?:的|行政|民事|刑事|民商事|执行|一审|二审|各类)*")


def table_cue(r: Reading, m: Mention, table: Table, row: int, col: int) -> tuple[AliasHit | None, str | None]:
    """A figure in a table cell is named by its column header; its topic is the row's first cell,
    else the header row, else the text above the table."""
    head = table.header[col] if col < len(table.header) else None
    if head is None:
        return None, None
    first = table.rows[row][0] if table.rows[row] else None
    topic = None
    for span in ([first] if first else []) + list(table.header):
        kws = [k for k in r.kw if span.start <= k[0] and k[1] <= span.end]
        if kws:
            topic = kws[-1][2][0]
            break
    if topic is None:
        prev = r.seg.paragraph_at(table.header[0].start).index - 1
        if prev >= 0:
            p = r.seg.paragraphs[prev]
            kws = [k for k in r.kw if p.start <= k[0] and k[1] <= p.end]
            topic = kws[-1][2][0] if kws else None
    negated = _negated(r)
    # (不受理量 is no 受理: an alias right after a negation names the cases not taken, as in the text)
    hits = [h for h in r.hits if head.start <= h.start and h.end <= head.end and h.start not in negated]
    hits.sort(key=_END_LEN, reverse=True)
    for h in hits:
        metric = r.resolve(h, m.start, m, topic)
        if metric is not None:
            return h, metric
    return (hits[0] if hits else None), None


_ASIDE_CLOSE = "）)"
_ASIDE_OPEN = {"）": "（", ")": "("}


# sort keys in C (a lambda is a Python call per hit)
_END_LEN = operator.attrgetter("end", "literal_len")
_END_LEN_START = operator.attrgetter("end", "literal_len", "start")


def _before_aside(norm: str, pos: int, floor: int) -> int:
    """Where the words naming a figure end when a closed aside in brackets stands right before it:
    全年结案(包括上年受理后结转)68件 is named by 结案, not by the 结转 inside the aside."""
    k = pos
    while k > floor and norm[k - 1] in " \t":
        k -= 1
    if k <= floor or norm[k - 1] not in _ASIDE_CLOSE:
        return pos
    opened = norm.rfind(_ASIDE_OPEN[norm[k - 1]], max(floor, k - 40), k - 1)
    inner = norm[opened + 1 : k - 1] if opened >= 0 else ""
    if opened < 0 or any(c in inner for c in "（()）") or not inner.strip():
        return pos  # no opening bracket near, or nested / empty brackets: read as before
    return opened


_INSTANCES_LISTED_RE = re.compile(r"[一二](?:审)?、[二三]审|一审、再审|二审、再审")  # (一、二审: instances)
_KIND_AFTER_LIST_RE = re.compile(r"[\u4e00-\u9fff]{1,6}类")  # (许可、登记类…: kinds listed before 类)
_BY_WAY_RE = re.compile(r"经[\u4e00-\u9fff]{0,2}$")  # (经诉前调解…, 经调解…: by way of)
_OUTCOME_AFTER_RE = lazy_compile(r"[\u4e00-\u9fff]{4,16}的(?:有|为|共)?")  # (…和好或解除婚姻关系的有)
_AMONG_GAP_RE = lazy_compile(r"[，,]?[\u4e00-\u9fff]{2,12}")  # (…案件中当事人上诉: words of what is counted)
# 在庭审活动中发言的共计663件: the alias names the setting the counted thing happens in (在…中), what follows 中 the
# thing counted
_IN_SETTING_BEFORE_RE = re.compile(r"在$")
_IN_SETTING_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}中[\u4e00-\u9fff]{2,10}")


_NON_SUIT_NEAR = 8  # characters before a generic head noun in which 非诉 qualifies it


def _non_suit(r: Reading, head: int) -> bool:
    """Does 非诉 qualify a generic head noun (审查行政非诉执行案件: applications to enforce a decision without
    a suit, not cases of a suit, nor of any metric the figures around name)?"""
    return "非诉" in r.norm[max(0, head - _NON_SUIT_NEAR) : head]


def _gap_words(norm: str, start: int, end: int) -> str:
    """What stands between an alias and a light frame after it, but for 等 (和解等方式结案)."""
    return norm[start:end].replace("等", "").strip()


def cue_for(
    r: Reading, m: Mention, win_start: int, anchor: int, post_end: int
) -> tuple[AliasHit | None, str | None]:
    """The cue before the figure (ending at `anchor`, in the window), else just after it."""
    assert m.quantity is not None
    # (by starts, which ascend: the ends do not where a long alias overlaps shorter ones)
    hi = bisect.bisect_right(r.hit_starts, anchor)
    lo = bisect.bisect_left(r.hit_starts, win_start)
    negated = _negated(r)
    if lo > 0 and "(" in r.hits[lo - 1].alias and win_start < r.hits[lo - 1].end <= anchor:
        lo -= 1  # (不批准(决定)逮捕2453人: an alias spelled with its bracket, which ends a clause for the window)
        win_start = r.hits[lo].start
    cands = [
        h for h in r.hits[lo:hi] if h.start >= win_start and h.end <= anchor and h.start not in negated
    ]  # (未调解成功41件 counts the failures: no figure of 调解成功)
    cands.sort(key=_END_LEN_START, reverse=True)
    if len(cands) >= 2 and r.norm[anchor - 1 : anchor] == "等":
        # 审结…不服…收取年租金申请复议案等18件 / 受理行政处罚、行政许可等18件: what comes before 等 are examples of what
        # the figure counts; the step the clause opens with names it
        steps = [h for h in cands if load_words().step_word(h.alias) is not None]
        if steps:
            first = min(steps, key=lambda h: h.start)
            cands = [first, *(h for h in cands if h is not first)]
    around = next(
        (
            k
            for k in range(1, len(cands))
            if cands[k].end == cands[0].end and cands[k].start < cands[0].start and "…" in cands[k].alias
        ),
        None,
    )
    if around is not None and load_words().step_word(cands[0].alias) is None:
        # 审结行政诉讼案件879件 / 办结农民工法律援助案件1762件: a verb and its head noun around a noun alias (审结…案件
        # around 诉讼案件, and the shorter 援助案件 in it) name the figure by the verb
        cands = [cands[around], *cands[:around], *cands[around + 1 :]]
    if r.onto.light and cands and cands[0].alias in r.onto.light:
        # 作出纠错决定 / 以调解、和解等方式结案: the alias inside the light frame, or right before it, first
        frame = cands[0]
        named = [
            h
            for h in cands[1:]
            if (frame.start < h.start and h.end < frame.end)  # in its gap (作出纠错决定)
            or (h.end <= frame.start and not _gap_words(r.norm, h.end, frame.start))  # right before it
            or (h.start < frame.start and h.end == frame.end and "…" in h.alias)  # around it (调解…结案)
        ]
        cands = named + [h for h in cands if h not in named]
    if len(cands) >= 2 and cands[0].alias in r.onto.generic and cands[1].alias not in r.onto.generic:
        gap = r.norm[cands[1].end : cands[0].start]
        if cands[1].end <= cands[0].start and _KIND_GAP_RE.fullmatch(gap) and r.resolve(cands[1], m.start, m):
            # (also across the kind of case between them: 开庭审理行政案件14638件 is 开庭审理, not 案件)
            # 行政机关败诉的案件87宗: the words qualifying a generic head noun name the figure (败诉, not 案件)
            cands = [cands[1], cands[0], *cands[2:]]
    if (
        cands
        and cands[0].alias in r.onto.generic
        and r.norm.startswith("中", cands[0].end)
        and _AMONG_GAP_RE.fullmatch(r.norm, cands[0].end + 1, anchor)
    ):
        # 审结的117件案件中当事人上诉58件: the set the figure is counted among, not what it counts (nor, by
        # association, the metric of a figure near it)
        return None, None
    if (
        cands
        and _IN_SETTING_BEFORE_RE.search(r.norm, max(0, cands[0].start - 1), cands[0].start)
        and _IN_SETTING_AFTER_RE.fullmatch(r.norm, cands[0].end, anchor)
    ):
        return None, None  # (在庭审活动中发言的共计663件 counts those who spoke, not hearings)
    if cands and _BY_WAY_RE.search(r.norm, max(0, cands[0].start - 3), cands[0].start):
        rest = _OUTCOME_AFTER_RE.match(r.norm, cands[0].end, anchor)
        if rest is not None and rest.end() == anchor:
            # 经诉前调解和好或解除婚姻关系的有337件: by way of mediation, what came of it (no count of 调解)
            return None, None
    if cands and cands[0].alias in r.onto.generic and _non_suit(r, cands[0].start):
        return cands[0], None  # 审查行政非诉执行案件7896件: no cases of a suit
    if cands and cands[0].alias in r.onto.generic and _concluded_kind(r, cands[0].start):
        # 达成行政和解或撤诉案件10件: the cases of an outcome the ontology does not name, not all the cases
        return cands[0], None
    for k, h in enumerate(cands):
        metric = r.resolve(h, m.start, m)
        if metric is not None:
            if k and r.names_another_field(h.end, anchor, r.onto.metrics[metric].family):
                # 对行政处罚结果…申请行政复议案件3件: the field the words nearer the figure name (复议) is what it
                # counts; the cue before them (行政处罚) is what those cases are about, and no neighbour names it
                return None, None
            return h, metric
    lo = bisect.bisect_left(r.hit_starts, m.end)
    post = []
    for k in range(lo, len(r.hits)):  # (islice would step through the first lo hits)
        h = r.hits[k]
        if h.start > m.end + 3:  # hits are in order of start: no later one can qualify
            break
        if m.end <= h.start and h.end <= post_end and h.start not in negated:
            post.append(h)
    post.sort(key=lambda h: (h.start, -h.literal_len))
    for h in post:
        metric = r.resolve(h, m.start, m)
        if metric is not None:
            return h, metric
    if cands:
        return cands[0], None
    return None, None


def _concluded_kind(r: Reading, head: int) -> bool:
    """Do the words right before a generic head noun (…撤诉案件) name a way cases ended, one no alias
    names (an alias there would have been the cue)?"""
    words = load_words()
    if not words.concluding_end_re.search(r.norm, max(0, head - 6), head):
        return False  # (a fast test: most generic heads follow no concluding word)
    lo = max(0, head - 8)
    for mark in "，,；;。：:、（(":
        k = r.norm.rfind(mark, lo, head)
        lo = max(lo, k + 1)
    step = words.step_word(r.norm[lo:head])
    return step is not None and words.stage_of[step] in words.concludes and r.norm.endswith(step, lo, head)


def _negated(r: Reading) -> frozenset[int]:
    """Where no alias may start: inside a negated or awaited step word, or one before 前 (未审结, 未调解成功, 待受理,
    受理前: 审结, 结案, 调解成功 and 受理 there name the cases not concluded or not yet received) and right after a
    negation (非诉讼)."""
    got = r.cache.get(_negated)
    if got is None:
        words = load_words()
        out: set[int] = set()
        # (from each negation, few in a text, rather than from every step word)
        for m in re.finditer(words.negation_re.pattern.removesuffix("$"), r.norm):
            out.add(m.end())
            step = words.stage_re.match(r.norm, m.end())
            if step is not None:
                out.update(range(m.end(), step.end()))
        # (1件待受理, 待办结: awaiting a step is not yet having taken it; 待 alone negates nothing: 接待来访)
        at = r.norm.find("待")
        while at >= 0:
            step = words.stage_re.match(r.norm, at + 1)
            if step is not None:
                out.update(range(at + 1, step.end()))
            at = r.norm.find("待", at + 1)
        # (复议受理前协商化解案件17件: what was done before a step names no count of it)
        at = r.norm.find("前")
        while at >= 0:
            for k in (2, 3, 4):
                if at >= k and words.stage_re.fullmatch(r.norm, at - k, at):
                    out.update(range(at - k, at))
                    break
            at = r.norm.find("前", at + 1)
        got = r.cache[_negated] = frozenset(out)
    return got  # type: ignore[return-value]


def by_association(r: Reading, pending: dict[str, AliasHit]) -> None:
    """An ambiguous cue with no topic (审结 alone) takes the family of the figures around it
    (维持, 驳回 are 行政复议 only): the nearest resolved fact in its sentence."""
    facts = r.facts
    ix = r.fact_index()
    starts, sorted_starts = ix.starts, ix.ordered
    for f in facts:
        hit = pending.get(f.id)
        if hit is None:
            continue
        assert f.mention.quantity is not None
        cands = {
            r.onto.metrics[k].family: k
            for k in hit.metrics
            if r.onto.metrics[k].accepts(f.mention.kind, f.mention.quantity.unit)
        }
        lo = bisect.bisect_right(starts, f.start - 200) if sorted_starts else 0
        hi = bisect.bisect_left(starts, f.start + 200) if sorted_starts else len(facts)
        near = [
            g
            for g in facts[lo:hi]
            if g.family
            and g.id not in pending
            and g.sentence == f.sentence  # only the figures of its own sentence vouch for its topic
        ]
        near.sort(key=lambda g: (g.sentence != f.sentence, abs(g.start - f.start)))
        g = next((g for g in near if g.family in cands), None)
        if g is None:
            # 已结126927件，未结31644件；结案率80.04%: a ；-segment goes on with the topic of its sentence's
            # figures before it (the nearest of a field), when its own segment has none
            p_start = r.period_span(f.start)[0]
            g = next(
                (
                    g
                    for g in reversed(facts[lo:hi])
                    if p_start <= g.start < f.start and g.family in cands and g.id not in pending
                ),
                None,
            )
        if g is not None and not _field_of_clause_apart(r, f, cands):
            key = cands[g.family]  # type: ignore[index]
            f.metric, f.family, f.label = key, g.family, r.onto.label(key)


def _field_of_clause_apart(r: Reading, f: Fact, cands: dict[str, str]) -> bool:
    """Do the figure's own clause's words name a field its cue has no metric of (办理行政复议案件25万余件、行政应诉
    案件4.5万余件: 案件 of 复议, which the neighbour's 应诉 does not make a count of 应诉)?"""
    fields = r.clause_fields(f.start)
    return fields is not None and not any(fam in cands for fam in fields)


_IN_PROGRESS_RE = re.compile(r"正在|尚在|仍在")
_REST_RE = re.compile(r"(?:其他|其它|其余)$")


def name_figures(r: Reading) -> list[Fact]:
    """A fact for every quantity of the text, named where a cue resolves (r.facts is set to them)."""
    facts: list[Fact] = []
    pending: dict[str, AliasHit] = {}
    qs = r.quantities
    text, norm = r.text, r.norm
    n_text = len(text)
    # (what the loop asks for every figure, looked up once: Segmentation.sentence_at, sentence_span,
    # paragraph_at, by bisection on their lists)
    sentence_starts = r.seg.sentence_starts
    last_sentence = len(sentence_starts) - 1
    para_starts, paragraphs = r.seg.para_starts, r.seg.paragraphs
    bisect_right = bisect.bisect_right
    clause_start, has_tables = r.clause_start, r.has_tables
    label, metrics, generic = r.onto.label, r.onto.metrics, r.onto.generic
    clause_end_search = CLAUSE_END.search
    stage_re = load_words().stage_re
    run_start = 0  # first figure of the run of figures that follow one another directly
    for i, m in enumerate(qs):
        m_start = m.start
        sent = bisect_right(sentence_starts, m_start) - 1
        if sent < 0:
            sent = 0
        s_start = sentence_starts[sent]
        s_end = sentence_starts[sent + 1] if sent < last_sentence else n_text
        anchor = m_start
        # 308批589人次, 2批次1421人: a figure right after another shares its words
        if i == 0 or norm[qs[i - 1].end : m_start].strip(" \t"):
            run_start = i
        j = run_start
        if j != i:
            anchor = qs[j].start
        k = j - 1
        # (交办二级责任单位2388件: a level qualifies the noun; the verb before it names the figure)
        while k >= 0 and (q := qs[k].quantity) is not None and q.unit in LEVEL_UNITS:
            k -= 1
        prev_end = qs[k].end if k >= 0 else 0
        floor = s_start if s_start > prev_end else prev_end
        anchor = _before_aside(norm, anchor, floor)
        win_start = clause_start(anchor)
        if norm[win_start - 1 : win_start] == "、" and (
            _KIND_AFTER_LIST_RE.match(norm, win_start, anchor)
            or _INSTANCES_LISTED_RE.match(norm, win_start - 2)
            or (
                stage_re.match(norm, clause_start(win_start - 1))
                and not stage_re.search(norm, win_start, anchor)
            )
        ):
            # 审结许可、登记类行政案件1025件 / 开庭审理各类一、二审行政诉讼案件3322件 / 审结市政府、市直部门案件536件:
            # the verb before the kinds, instances or subjects listed names the figure
            win_start = clause_start(win_start - 1)
        if norm[win_start - 1 : win_start] == "、":
            win_start = _alias_across(r, win_start, anchor)
        if win_start < floor:
            win_start = floor
        next_start = qs[i + 1].start if i + 1 < len(qs) else n_text
        boundary = clause_end_search(norm, m.end, s_end)
        post_end = min(s_end, next_start, boundary.start() if boundary else s_end)
        cell = locate(text, m_start) if has_tables else None
        if cell is not None:
            hit, metric = table_cue(r, m, *cell)
        else:
            hit, metric = cue_for(r, m, win_start, anchor, post_end)
            if hit is not None and (
                (hit.end <= m_start and _IN_PROGRESS_RE.search(norm, hit.end, m_start))
                or (
                    "在" in norm[max(0, hit.start - 2) : hit.start]
                    and _IN_PROGRESS_RE.match(norm, hit.start - 2)
                )
            ):
                hit, metric = None, None  # 处于办结时限内正在办理568件, 正在调处中的纠纷1件: in progress
            elif (
                hit is not None
                and m.kind == "percent"
                and hit.end <= m_start
                and CHANGE_WORDS_RE.search(norm, hit.end, m_start)
            ):
                hit, metric = None, None  # 一审败诉率同比下降17.65%: the rate's change, not the rate
            elif m.kind == "percent" and PRIOR_PERIOD_RE.search(norm, win_start, m_start):
                hit, metric = None, None  # 与上年的受理率87.92%基本持平: last year's rate, not this year's
            elif COMPARED_PRIOR_RE.search(norm, win_start, m_start):
                hit, metric = None, None  # 对比2011年度受理案件数9728件: last year's count, compared with
            elif hit is not None and hit.start >= m.end and _RATED_AS_RE.match(norm, hit.end):
                hit, metric = None, None  # 70件答复为满意: the answers rated so, not the answers
            elif (
                hit is not None
                and m.kind != "percent"  # (平均核减率9.45%: the rate over all, still the rate)
                and "均" in norm[max(win_start, hit.start - 3) : m_start]
                and AVERAGE_RE.search(norm, max(win_start, hit.start - 3), m_start)
            ):
                hit, metric = None, None  # 日均受理7.5件: an average of the metric, not its count
        rest = hit is not None and _REST_RE.search(norm, max(0, hit.start - 2), hit.start) is not None
        # (达成行政和解或撤诉案件10件: cases of one outcome, named by no alias: not all the cases either)
        rest = rest or (
            hit is not None
            and hit.alias in generic
            and (_concluded_kind(r, hit.start) or _non_suit(r, hit.start))
        )
        if rest:
            metric = None  # 其中…其他案件20301件: the rest of the cases, not the cases
        elif (
            hit is not None
            and hit.end <= m_start
            and (way := way_before(norm, max(win_start, hit.start - 12), hit.end)) is not None
            and not any(w in hit.alias for w in re.split("[、和及与或]", way["way"]) if w)
        ):  # (unless the alias names that way: 以调解和解方式结案 is what 调解…结案 counts)
            metric = None  # 审结170件，以判决方式结案95件: those concluded one way, not all concluded
        k = bisect_right(para_starts, m_start) - 1
        para = paragraphs[k if k > 0 else 0]
        row = row_id(text, m_start) if cell is not None else None
        modality = "actual"
        # words of a target in the figure's own clause (a fast test first): 有32个未达到…预期目标，占…的37% is none
        lo = max(s_start, m_start - 12)
        if para.plan or (
            _TARGET_RE.search(norm, lo, m_start)
            and _TARGET_RE.search(norm, r.comma_clause_start(lo, m_start), m_start)
        ):
            modality = "target"
        facts.append(
            Fact(  # (positional: the interpreter makes a dataclass from keywords far more slowly)
                f"f{i + 1}",  # id
                m,  # mention
                metric,
                label(metric),  # label
                text[hit.start : hit.end] if hit else None,  # cue
                (hit.start, hit.end) if hit else None,  # cue_span
                metrics[metric].family if metric else None,  # family
                row if row is not None else para.index,  # paragraph
                sent,  # sentence
                modality,
            )
        )
        if hit is not None and metric is None and not rest:
            pending[facts[-1].id] = hit
    r.facts = facts
    by_association(r, pending)
    _channel_parts(r, facts)
    return facts


# a rating said of what the words after a figure name (70件答复为满意, 4件答复为基本满意)
_RATED_AS_RE = re.compile(r"(?:均)?(?:为|是)(?:非常|比较|基本)?(?:不)?满意")
_LONGEST_ALIAS = 40  # characters an alias spans at most (判决撤销、部分撤销、变更、确认违法或者确认无效: 23)


def _alias_across(r: Reading, win_start: int, anchor: int) -> int:
    """The start of an alias that spans the 、 a cue window opens after and ends by the figure (复议决定撤销、变更或者
    确认违法2宗: the national template's words for all corrections, one name), else the window's start."""
    # (the hits that start before the window, an alias's length back at most, and end by the figure)
    lo = bisect.bisect_left(r.hit_starts, win_start - _LONGEST_ALIAS)
    hi = bisect.bisect_left(r.hit_starts, win_start)
    spans = [h.start for h in r.hits[lo:hi] if win_start < h.end <= anchor and "、" in h.alias]
    return min(spans, default=win_start)


def _channel_parts(r: Reading, facts: list[Fact]) -> None:
    """Figures of one metric that each name the channel they came by, two or more in a sentence,
    count parts of the metric's whole, not the whole a rule reads (网站有效受理25件 is no hotline's 受理):
    they keep their words but not the metric."""
    channel_re = load_words().channel_re
    seen: dict[tuple[int, str], list[Fact]] = {}
    for f in facts:
        if f.metric and f.cue_span and _named_by_channel(r.norm, f.cue_span[0], channel_re):
            seen.setdefault((f.sentence, f.metric), []).append(f)
    for group in seen.values():
        if len(group) >= 2:
            for f in group:
                f.metric = f.family = f.label = None
                r.channel_parts.add(f.id)


def _named_by_channel(norm: str, cue_start: int, channel_re: re.Pattern[str]) -> bool:
    """Is a channel named in the few words before a cue, within its clause (微信有效受理)?"""
    lo = max(0, cue_start - 8)
    last = None
    for m in channel_re.finditer(norm, lo, cue_start):
        last = m
    return (
        last is not None
        and cue_start - last.end() <= 4
        and not _CLAUSE_MARK_RE.search(norm, last.end(), cue_start)
        # (平台共受理市民诉求42172件(热线受理…，多媒体受理…): a figure said to be all of them is the whole)
        and not TOTAL_WORDS_RE.search(norm, last.end(), cue_start)
    )


_CLAUSE_MARK_RE = re.compile(r"[，,；;。]")
