"""Shares listed without their counts and closed by the rest: 咨询类占77.18%，投诉举报类占12.47%，求助类占
9.61%，意见建议类占0.60%，表扬类占0.13%，其他类0.01%.

Three or more percentages in one sentence, each named as a share (占…) of a kind, with no count among them,
the last named as the rest (其他, 其余: schemas/structures.yaml `remainder`): the list names every kind of
its whole, so its shares add up to 100%, within what each one's displayed rounding allows. (Shares stated
with their counts are share.py's: there the counts and their base say more; but a list of them down to the
rest tied to no stated base adds up to 100% too. Bare shares one of which names kinds and the rest together,
…及其他类投诉占比5.95%, are all of their whole as well.)

Shares of one sentence each 占 the same named whole (占受理数的, or all 占比) but not closed by the rest are
kinds of that whole too: together at most 100% (attr `open`; over it is the rule's `open_severity`, as
kinds may overlap). Rates of one sentence named by the grades of one rating (满意率, 基本满意率) add up to at
most 100% too (attr `rated`: grades do not overlap, the rule's own severity), and a rate and its negation
(逮捕率, 不捕率; attr `pair`) to 100%. The shares of the two sexes of one noun (男性律师占比为68%，女性律师占比为32%;
attr `sexes`) add up to 100%; shares given in turn after as many kinds named together (判决、调解、撤诉案件占比分别为
61.1%和30.2%、8.7%; attr `open`) to at most 100%.

Roles: `shares` (the percentages, in order). The check (rule kind `share_list`).
"""

from __future__ import annotations

import itertools
import re

from ..expr import Interval, Ref, Relation, Sum, holds
from ..findings import Context, emit, env, record
from ..intervals import fmt_number
from ..lazyre import lazy_compile
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule
from . import enumeration
from .rate import rate_stem
from .share import counted_lists
from .words import CHANGE_WORDS_RE, load_words, share_word_at

KIND = "share_list"
AFTER: tuple[str, ...] = ("share",)  # (shares with their counts are share.py's)

_MIN_SHARES = 3
_GAP_RE = re.compile(r"[^\d%％。；;]{1,16}")  # between two shares of a list: words, no figure, no full stop


def _shares_group(shares: list[Fact], **attrs: bool) -> Group:
    return Group(
        kind=KIND,
        facts={"shares": [f.id for f in shares]},
        span=(shares[0].start, shares[-1].end),
        attrs=attrs,
    )


def recognise(r: Reading) -> list[Group]:
    shares = r.groups_of("share")
    counted = {g.facts["rate"][0] for g in shares}
    out = _closed_runs(r, counted) + _closed_counted(r, shares)
    closed = {i for g in out for i in g.facts["shares"]}
    # (a share with no count of its own, only the whole its words name, may lead bare 占 siblings)
    out += _open_runs(r, (counted - {g.facts["rate"][0] for g in shares if "part" not in g.facts}) | closed)
    out += _rates_of_one_set(r, {i for g in out for i in g.facts["shares"]})
    out += _sexes(r, {i for g in out for i in g.facts["shares"]} | counted)
    return out + _respective(r, {i for g in out for i in g.facts["shares"]} | counted)


# the words before 分别 that make a run of percentages shares (判决、调解、撤诉案件占比分别为…; 分别占全部案件的…)
_SHARE_WORD_RE = re.compile(r"(?:占比|所占比例|比例|比重)(?:均|都)?$")


def _respective(r: Reading, taken: set[str]) -> list[Group]:
    """Shares given in turn (分别) after as many kinds named together, with no count among them (an enumeration
    of percentages, enumeration.py): kinds of one whole, together at most 100% (attr `open`, as kinds may
    overlap). Not rates (结案率、调撤率分别为…: each of its own base), nor groups of people that overlap."""
    words = load_words()
    out: list[Group] = []
    for run in enumeration.runs(r):
        named = "".join(run.labels)
        if (
            not (run.word.endswith("占") or _SHARE_WORD_RE.search(run.labels[-1]))
            or "率" in named
            or words.overlapping_re.search(named)
            or any(f.q.unit != "%" or f.mention.kind != "percent" or f.id in taken for f in run.values)
            or _bodies_in_turn(r, run.values)
        ):
            continue
        out.append(_shares_group(list(run.values), open=True))
    return out


def _bodies_in_turn(r: Reading, values: tuple[Fact, ...] | list[Fact]) -> bool:
    """Are as many places or bodies named before 分别 as there are shares (青山湖区、东湖区、青云谱区和西湖区税收收入
    占财政总收入比重分别为97.2%、97%、95.9%和94.3%)? Then each is its own ratio of its own whole, no kind of one."""
    first = values[0]
    start = r.comma_clause_start(r.period_span(first.start)[0], first.start)  # (、 goes on: the names' run)
    clause = r.norm[start : first.start].strip()
    named = _NAMED_BODIES_RE.match(clause)
    return (
        named is not None
        and len(_NAME_SEP_RE.findall(named.group())) + 1 == len(values)
        # (a ratio naming its own whole, which each body has: not 市法院、区法院审结案件占比分别为…, shares of all)
        and _OWN_RATIO_RE.search(clause, named.end()) is not None
    )


_BODY = r"[\u4e00-\u9fff]{1,10}?(?:区|县|市|州|省|镇|乡|街道|局|院|委|厅|公司|单位|部门)"
_NAMED_BODIES_RE = lazy_compile(f"(?:{_BODY}[、和与及])+{_BODY}")
_NAME_SEP_RE = lazy_compile(r"[、和与及]")
_OWN_RATIO_RE = lazy_compile(r"[\u4e00-\u9fff]{2,}占[\u4e00-\u9fff]{2,}?的?(?:比重|比例)")


# a share named by one sex: 男性律师占比为68%, 其中女性占46.1% (the subject's words end with the sex's noun)
_SEX_SHARE_RE = lazy_compile(r"(男性|女性)[\u4e00-\u9fff]{0,6}?(?:占比|所占比例|比例|比重|占)(?:为|是|达)?$")


def _sexes(r: Reading, taken: set[str]) -> list[Group]:
    """男性律师占比为68%，女性律师占比为32%: the shares of the two sexes, in one sentence and of one noun, with no
    count between them, divide the whole by themselves: together 100% (attr `sexes`)."""
    if "男性" not in r.norm or "女性" not in r.norm:
        return []
    by_sentence: dict[tuple[int, int], list[tuple[Fact, str, str]]] = {}
    for f in r.facts:
        if f.id in taken or f.q.unit != "%" or f.mention.kind != "percent":
            continue
        m = _SEX_SHARE_RE.search(r.norm, max(0, f.start - 16), f.start)
        if m is not None:
            noun = r.norm[m.end(1) : m.end()].split("占")[0]
            by_sentence.setdefault(r.period_span(f.start), []).append((f, m.group(1), noun))
    out: list[Group] = []
    for run in by_sentence.values():
        if len(run) != 2 or {sex for _, sex, _ in run} != {"男性", "女性"} or run[0][2] != run[1][2]:
            continue
        a, b = run[0][0], run[1][0]
        if any(g.mention.kind == "count" for g in r.facts_between(a.end, b.start)):
            continue  # (shares with their counts are share.py's)
        out.append(_shares_group([a, b], sexes=True))
    return out


def _rates_of_one_set(r: Reading, taken: set[str]) -> list[Group]:
    """满意率92.47%，基本满意率7.53% / 逮捕率为79.57%；不捕率为20.43%: rates of one sentence named by ratings of
    one scale (together at most 100%, attr `open`), or by a step and its negation (X率 and 不X率, 未X率: of one
    base, together 100%)."""
    words = load_words()
    out: list[Group] = []
    named: dict[tuple[int, int], list[tuple[Fact, str]]] = {}
    for f in r.facts:
        if f.id in taken or f.q.unit != "%" or f.mention.kind != "percent":
            continue
        label = r.frame(f).label
        if "率" in label[-4:]:
            named.setdefault(r.period_span(f.start), []).append((f, label))
    by_period: dict[tuple[int, int], list[tuple[Fact, str]]] = {}
    for period, labelled in named.items():
        if len(labelled) < 2:
            continue  # (a fast test: most sentences state one rate or none)
        for f, label in labelled:
            stem = rate_stem(label)
            if len(stem) >= 2 and not CHANGE_WORDS_RE.search(label):
                by_period.setdefault(period, []).append((f, stem))
    for period, rates in by_period.items():
        # 复议维持率57.67%，…直接纠错率21.6%，…驳回率8.35%: rates of the ways one set of cases ended, each its
        # own outcome (schemas/structures.yaml stages, `outcomes`), together at most all of them
        ended = [(f, w) for f, st in rates if (w := words.step_word(st)) is not None and st.endswith(w)]
        ended = [(f, w) for f, w in ended if words.stage_of[w] in words.outcomes]
        if len(ended) >= 2 and len({w for _, w in ended}) == len(ended):
            out.append(_shares_group([f for f, _ in ended], open=True, outcomes=True))
        for pattern in words.ratings:
            # (初次办理满意率…，基本满意率…: the rating its name ends with, the longest)
            ends = [
                (f, max((m.group() for m in pattern.finditer(st) if m.end() == len(st)), key=len, default=""))
                for f, st in rates
            ]
            rated = [(f, st) for f, st in ends if st]
            if len({st for _, st in rated}) == len(rated) >= 2:
                out.append(_shares_group([f for f, _ in rated], open=True, rated=True))
        for (a, sa), (b, sb) in itertools.combinations(rates, 2):
            yes, no = (sa, sb) if sb[0] in "不未" else (sb, sa)
            if any(p.search(no) for p in words.ratings):
                continue  # (满意率 and 不满意率: two grades of a scale with more, not a rate and its negation)
            if no[0] in "不未" and yes[0] not in "不未" and len(no) >= 2 and yes.endswith(no[1:]):
                if _third_share(r, period, a, b):
                    continue  # (准予执行率57.14%；不准予执行率10.71%，准予撤回申请9件，占32.14%: a third way out)
                out.append(_shares_group([a, b], pair=True))
    return out


def _third_share(r: Reading, period: tuple[int, int], a: Fact, b: Fact) -> bool:
    """Does the sentence of a rate and its negation state a third share (占…) of something else?"""
    return any(
        f.mention.kind == "percent" and f is not a and f is not b and share_word_at(r.frame(f).label) >= 0
        for f in r.facts_between(*period)
    )


def _open_runs(r: Reading, taken: set[str]) -> list[Group]:
    """私营企业占受理数的39.3%，…；股份制企业占受理数的26.7%，…；国有企业占受理数的… : shares of one sentence,
    each 占 the same named whole (or all 占比, or a bare 占 after the first names it), not closed by the rest:
    kinds of one whole, together at most 100% (attr `open`). Not when the kinds are groups of people that
    overlap (妇女, 老年人…), nor when each names its own kind's whole (占同类产品…的)."""
    words = load_words()
    out: list[Group] = []
    by_sentence: dict[tuple[int, int], list[tuple[Fact, str, str]]] = {}  # (by the span up to its 。)
    for f in r.facts:
        if f.id in taken or f.q.unit != "%" or f.mention.kind != "percent":
            continue
        label = r.frame(f).label
        at = label.rfind("占")
        # (占受理数的, 占行政机关败诉案件的: the whole named may take ten characters)
        if at < 0 or len(label) - at > 10 or words.overlapping_re.search(label) or _SEX_RE.search(label):
            continue
        by_sentence.setdefault(r.period_span(f.start), []).append((f, label[at:], label[:at]))
    for run in by_sentence.values():
        # 判决撤销行政行为占行政机关败诉案件的53.8%，判决…履行法定职责占33%…: a bare 占 after the first is of its whole
        if len(run) < 2 or len({w for _, w, _ in run if w not in _BARE}) > 1:
            continue  # (占受理数的… and 占结案数的…: shares of two wholes)
        if any(_OWN_KIND_RE.search(w) for _, w, _ in run):
            continue  # (节能产品…占同类产品采购规模的71.5%；环保产品…81.5%: each of its own kind's whole)
        if run[0][1] in _BARE and any(w not in _BARE for _, w, _ in run):
            continue  # (…占20%，…占受理数的30%: the bare ones name no whole before the one that does)
        if len({subject.endswith("类") for _, _, subject in run}) > 1:
            continue  # (医疗执业类占总数的60.71%；电话举报占总数的70.84%: a kind and a channel, two classifications)
        if len({_measure_named(words.measures, subject) for _, _, subject in run}) > 1:
            continue  # (住宅火灾起数占火灾总数的31.9%，亡人占68%，伤人占53.4%: each of its own measure's whole)
        # (从1996年的调解(占比为52%)和裁决(占比为27.5%)，转变为2015年的裁决(占比为47.0%)…: each year's shares a run)
        for shares in (
            piece for year in _by_year(r, [f for f, _, _ in run]) for piece in _dimensions(r, year)
        ):
            between = r.norm[shares[0].end : shares[-1].start]
            if len(shares) < 2:
                continue
            if any(g.mention.kind == "count" for g in r.facts_between(shares[0].end, shares[-1].start)):
                continue  # (shares with their counts are share.py's)
            if _unread_between(r, shares[0].end, shares[-1].start):
                continue  # (…的7万9千家，占68.88%: counts hecha does not read are counts all the same)
            if "其中" in between or "分别" in between:
                continue  # (a share of a part's own parts, or shares paired with figures elsewhere)
            if len({_own_set(r, f) for f in shares} - {None}) >= 2:
                # 日用百货类投诉中…服装类投诉，占27%；家用电器类投诉中…空调产品投诉，占39%: each of the set its
                # own segment opens with
                continue
            subjects = [subject for f, _, subject in run if f in shares]
            if (
                words.remainder_re.match(subjects[-1]) or any(map(_AND_THE_REST_RE.search, subjects))
            ) and not _goes_on_a_list(r, shares[0]):
                # (…，涉及银行自营理财投诉、代理业务投诉及其他类投诉占比5.95%，对公业务投诉占比1.62%: one kind is
                # the rest, so the kinds are all of the whole; not 其余依次为：其他原因占9%、自燃原因占6.2%…, a run
                # that is itself the rest of a list, nor 此外，…占12.3%…其他…占2.3%, the rest of the sentence before's)
                out.append(_shares_group(shares))
            else:
                out.append(_shares_group(shares, open=True))
    return out


_AND_THE_REST_RE = re.compile(r"(?:及|和|与|以及)(?:其他|其它|其余)")  # kinds and the rest in one share


def _measure_named(measures: frozenset[str], subject: str) -> str:
    """The bulletin's measure a share's words name (亡人: 亡, 受伤人数: 伤), by its last character, or ""."""
    return next((m[-1] for m in sorted(measures) if m in subject), "")


# (其中男性占53.9%，女性占46.1%；企事业单位人员占41.7%…: the sexes divide the whole by themselves, as 女性 among
# the overlapping groups of schemas/structures.yaml does not, and are no kind of the shares beside them)
_SEX_RE = re.compile(r"男性|女性")
_BARE = frozenset({"占", "占比"})  # 占 naming no whole (label[at:] of _open_runs)
_OWN_KIND_RE = re.compile(r"同类|本类|各自")  # a whole each share names of its own kind


def _dimensions(r: Reading, shares: list[Fact]) -> list[list[Fact]]:
    """The shares cut after each ；-segment whose shares (two or more) already add up to 100% within their
    displayed rounding (其中一审占60%，二审占40%；民事占50%，刑事占30%，行政占20%: two classifications of one
    whole, each whole by itself)."""
    pieces: list[list[Fact]] = []
    start, total, slack = 0, 0.0, 0.0
    for k, f in enumerate(shares):
        total, slack = total + f.q.value, slack + f.q.step / 2
        if (
            k + 1 < len(shares)
            and k + 1 - start >= 2
            and abs(total - 100) <= slack + 1e-9
            and shares[k + 1].sentence != f.sentence  # (a ；between: the run is of one period)
        ):
            pieces.append(shares[start : k + 1])
            start, total, slack = k + 1, 0.0, 0.0
    return [*pieces, shares[start:]]


def _own_set(r: Reading, f: Fact) -> str | None:
    """The set a share's own ；-segment opens with (日用百货类投诉中…, 占27%), if any."""
    lo = max(r.period_span(f.start)[0], r.norm.rfind("；", 0, f.start) + 1, r.norm.rfind(";", 0, f.start) + 1)
    m = _OWN_SET_RE.match(r.norm, lo, f.start)
    return m.group(1) if m else None


_OWN_SET_RE = re.compile(r"[\s，,]*([^，,；;。\d%]{2,16}?)中")


def _by_year(r: Reading, shares: list[Fact]) -> list[list[Fact]]:
    """The shares of a sentence cut where the words between two of them state a year other than the one
    in force (the last stated before, in the sentence)."""
    before = r.years_between(r.period_span(shares[0].start)[0], shares[0].start)
    year = before[-1] if before else None
    runs = [[shares[0]]]
    for a, b in itertools.pairwise(shares):
        stated = r.years_between(a.end, b.start)
        if stated and stated[-1] != year:
            year = stated[-1]
            runs.append([])
        runs[-1].append(b)
    return runs


def _unread_between(r: Reading, start: int, end: int) -> bool:
    """Is there a count in [start, end) that hecha did not read (no percentage, no figure it read)?"""
    return any(_UNREAD_COUNT_RE.search(_PERCENT_RE.sub("", p)) for p in r.unread_text(start, end))


# a numeral and a counter after it (7万9千家): a count (not 305530.38㎡, an area in a unit hecha does not read)
_UNREAD_COUNT_RE = re.compile(r"\d[\d万千百.．]*\s*[家个人件户起宗项条次名]")
_PERCENT_RE = re.compile(r"\d+(?:\.\d+)?\s*[%％]")


# a sentence going on with more of the list before it (…分别占比31.5%、23.0%、17.7%。此外，…占12.3%，…其他…占2.3%)
_BESIDES_RE = re.compile(r"\s*(?:此外|另外|除此之外|除此以外)")


def _goes_on_a_list(r: Reading, first: Fact) -> bool:
    """Does the share's sentence open with 此外 after a sentence holding shares: the list began before it?"""
    lo = r.sentence_span(first.sentence)[0]
    if not _BESIDES_RE.match(r.norm, lo) or first.sentence == 0:
        return False
    prev_lo = r.sentence_span(first.sentence - 1)[0]
    return any(f.q.unit == "%" for f in r.facts_between(prev_lo, lo))


def _closed_runs(r: Reading, counted: set[str]) -> list[Group]:
    words = load_words()
    out: list[Group] = []
    run: list[Fact] = []
    aside_end = -1  # where a bracketed sub-share after the run's last share closes
    for f in [*r.facts, None]:
        if f is not None and run and (close := _sub_share(r, run[-1], f)) >= 0:
            aside_end = (
                close  # 购买新房的占75.71%(其中购买保障性住房的占2.46%): a share of that share, no sibling
            )
            continue
        if f is not None and _joins(r, run, f, aside_end) and f.id not in counted:
            run.append(f)
            continue
        if (
            len(run) >= _MIN_SHARES
            and words.remainder_re.match(r.frame(run[-1]).label)
            and not _goes_on_a_list(r, run[0])
        ):
            out.append(_shares_group(run))
        run = [f] if f is not None and _is_share(r, f) and f.id not in counted else []
    return out


def _closed_counted(r: Reading, shares: list[Group]) -> list[Group]:
    """来访3483件(次)，占比79.68%；来电719件(次)，占比16.45%；来信101件(次)，占比2.31%；其他65件，占比1.49%: a list of
    shares with their counts (share.py's), down to the rest, tied to no figure the text states as their base:
    the list names every kind of its whole, so its shares add up to 100% (the counts say nothing of the base,
    and no stated total is there for a breakdown to be held to)."""
    words = load_words()
    by_id = {f.id: f for f in r.facts}
    counted_rates = {g.facts["rate"][0] for g in shares}
    out: list[Group] = []
    for run in counted_lists(shares).values():
        if len(run) < _MIN_SHARES or any(g.attrs.get("bases") for g in run):
            continue
        rates = [by_id[g.facts["rate"][0]] for g in run]
        last_part = by_id[run[-1].facts["part"][0]]
        if _share_before(r, by_id[run[0].facts["part"][0]], counted_rates):
            continue  # (…966件，占66.48%；部分公开67，占4.61%；不予公开81件，占5.57%…: a share whose count went unread)
        if words.remainder_re.match(r.frame(last_part).label) and all(f.q.unit == "%" for f in rates):
            out.append(_shares_group(rates))
    return out


def _share_before(r: Reading, first: Fact, counted: set[str]) -> bool:
    """Is the figure right before a list's first counted share (`first`, its count), in its period, a share with
    no count of its own? Then the list began before it, and its run of counted shares is not all of it."""
    i = r.fact_index().position.get(id(first), 0)
    prev = r.facts[i - 1] if i > 0 else None
    return (
        prev is not None
        and prev.start >= r.period_span(first.start)[0]
        and prev.id not in counted
        # (…分别有5件，各占所有案件的比例为4.9%；…金融纠纷有2件，占…1.9%: a share of two kinds at once, its 占 further back)
        and prev.q.unit == "%"
        and prev.mention.kind == "percent"
        and share_word_at(r.frame(prev).label) >= 0
    )


def _is_share(r: Reading, f: Fact) -> bool:
    """A percentage named as a share: 占 in its own words (投诉举报类占12.47%), or the rest (其他类0.01%)."""
    return f.q.unit == "%" and f.mention.kind == "percent" and "占" in r.frame(f).label[-4:]


def _sub_share(r: Reading, last: Fact, f: Fact) -> int:
    """Is `f` a share in a bracket opened by 其中 right after the share `last` (…占75.71%(其中…占2.46%))? Where
    the bracket closes, else -1."""
    if (
        f.q.unit != "%"
        or r.norm[last.end : last.end + 1] not in "（("
        or not r.norm.startswith("其中", last.end + 1)
    ):
        return -1
    close = min(
        (
            k
            for k in (r.norm.find("）", last.end, f.start + 20), r.norm.find(")", last.end, f.start + 20))
            if k >= f.end
        ),
        default=-1,
    )
    return close


def _joins(r: Reading, run: list[Fact], f: Fact, aside_end: int = -1) -> bool:
    """Does `f` go on the run of shares: the next percentage of its sentence, words only between them, named
    as a share or as the rest (past a bracketed sub-share of the last one, closing at `aside_end`)?"""
    if not run or f.q.unit != "%" or f.sentence != run[-1].sentence:
        return False
    if not _GAP_RE.fullmatch(r.norm, max(run[-1].end, aside_end + 1), f.start):
        return False
    label = r.frame(f).label
    return "占" in label[-4:] or load_words().remainder_re.match(label) is not None


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        shares = [ctx.fact(i) for i in g.facts["shares"]]
        if g.attrs.get("open"):
            _check_open(rule, ctx, shares, bool(g.attrs.get("rated")))
            continue
        rel, keys, fits = _against_all("==", shares)
        if fits:
            record(ctx, rule, rel, keys, None, "shares closed by the rest", extra=_ALL)
            continue
        record(ctx, rule, rel, keys, rule.severity, "shares closed by the rest", extra=_ALL)
        total = fmt_number(sum(s.q.value for s in shares))
        terms = "+".join(s.mention.text for s in shares)
        why, why_en = (
            ("一项比率与其反面（如逮捕率与不捕率）同一基数", "a rate and its negation over one base")
            if g.attrs.get("pair")
            else ("男性与女性的占比", "the shares of men and women")
            if g.attrs.get("sexes")
            else ("各项占比列到了“其他”", "shares listed down to the rest")
        )
        emit(
            ctx,
            rule,
            rule.severity,
            f"{why}，合计应为100%，实际为{total}%（{terms}）",
            f"{why_en} should add up to 100%, not {total}% ({terms})",
            [(s, "rate") for s in shares],
            "100%",
            f"{total}%",
        )


_ALL = {"one": Interval(1.0, 1.0)}  # (100%, the whole the shares are of)


def _against_all(op: str, shares: list[Fact]) -> tuple[Relation, dict[str, Fact], bool]:
    """The relation of the shares' sum to 100% (`op`), its keys, and whether it holds as they are shown (each
    rounded, or rounded twice)."""
    keys = {f"r{k}": s for k, s in enumerate(shares)}
    rel = Relation(op, Sum(tuple(Ref(k) for k in keys)), Ref("one"), f"sum(shares) {op} 100%")
    return rel, keys, any(holds(rel, env(keys, reading, _ALL)) for reading in ("usual", "double_rounded"))


def _check_open(rule: Rule, ctx: Context, shares: list[Fact], rated: bool) -> None:
    rel, keys, fits = _against_all("<=", shares)
    if fits:
        record(ctx, rule, rel, keys, None, "shares of one whole", extra=_ALL)
        return
    if not rated and _by_dimensions(shares):
        # 12345热线…占比65.61%、12315平台…19.80%、来人来电来函…14.59%、投诉…80.62%、举报…10.66%、咨询…8.72%: a
        # flattened table of the whole by channel, then by kind, each run adding up to 100%
        record(ctx, rule, rel, keys, None, "shares of one whole, by several dimensions", extra=_ALL)
        return
    # (grades of one rating cannot overlap: over 100% is the rule's own severity)
    sev = rule.severity if rated else str(rule.params.get("open_severity", "warning"))
    record(ctx, rule, rel, keys, sev, "shares of one whole", extra=_ALL)
    total = fmt_number(sum(s.q.value for s in shares))
    terms = "+".join(s.mention.text for s in shares)
    emit(
        ctx,
        rule,
        sev,
        (
            f"同一次评价的各档比率（满意、基本满意……）合计为{total}%（{terms}），超过100%"
            if rated
            else f"同一总数的各项占比合计为{total}%（{terms}），超过100%（除非各项互有重叠）"
        ),
        (
            f"the grades of one rating add up to {total}% ({terms}), over 100%"
            if rated
            else f"shares of one whole add up to {total}% ({terms}), over 100% (unless the kinds overlap)"
        ),
        [(s, "rate") for s in shares],
        "≤ 100%",
        f"{total}%",
    )


def _by_dimensions(shares: list[Fact]) -> bool:
    """Do the shares, in order, fall into runs of two or more that each add up to 100% (the one whole split
    by one dimension, then by another)?"""
    start, runs = 0, 0
    for end in range(2, len(shares) + 1):
        if end - start >= 2 and _against_all("==", shares[start:end])[2]:
            start, runs = end, runs + 1
    return runs >= 2 and start == len(shares)
