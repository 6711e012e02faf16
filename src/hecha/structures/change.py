"""Changes against a stated prior figure: 受理449件，较上年412件增加了37件 / 比上年的412件增长9.0% /
同比增长8.6%（2022年为4201件） / 由76.8%提高到89.4%，提高12.6个百分点; and a change stated both as an
amount and as a rate, with no prior: 收入67154亿元，比上年增加13592亿元，增长25.4%.

Group kinds `growth` (a difference in the prior's unit), `growth_rate` (a % change of a count),
`pp_change` (a rate moved, in 个百分点 or written as %) and `growth_both` (roles `current`, `amount`,
`delta`: the prior is the current less the amount). Roles: `current`, `prior`, `delta`; attrs `sign`.
The check (rule kind `change`): the delta fits the two figures; a rate change written as % that fits
only as percentage points is softer.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable

from ..expr import INF, Bin, Interval, Num, Ref, Relation, holds
from ..findings import SOFTER, Context, emit, env, name_zh, record
from ..frames import shared_words
from ..intervals import display_percent, fact_interval, fmt_number
from ..lazyre import lazy_compile
from ..model import Fact, Group
from ..reading import SEGMENT_END, Reading
from ..rulepack import Rule
from .persons import PERSON_UNITS
from .words import (
    AVERAGE_RE,
    CASE_UNITS,
    DURATION_UNITS,
    MOVED_BY_RE,
    YEAR_RE,
    Words,
    counted_alike,
    load_words,
)

KIND = "change"
AFTER: tuple[str, ...] = ()

# (与去年同期相比增长346.8%, 与上年同期上升42.86%: the year before named with 与, 同期 and 相比 or not)
_YOY_RE = re.compile(
    r"(?:同比|比上年|较上年|较去年|比去年|与(?:上年|去年)(?:同期)?(?:相比)?)"
    r"(?P<dir>增长|增加|上升|提高|提升|下降|减少|降低)了?"
)
# a year-on-year rate with no prior figure: 受理46件，受理案件同比去年上升32.5% / 比2023年上升2.8%
_YOY_ALONE_RE = re.compile(
    r"(?:同比|比上年|较上年|较去年|比去年|与(?:上年|去年)(?:同期)?(?:相比)?|比上一年|比\d{4}年|较\d{4}年"
    r"|环比|比上月|较上月|与上月相比|比上周|较上周|与上周相比)(?:去年|上年)?(?:同期)?"
    r"(?P<dir>增长|增加|上升|提高|提升|下降|减少|降低|增幅|涨幅|减幅|降幅)了?(?:为|达)?"
)
# 2013年为874件，年增长率1%: a rise (not 年均增长率, 复合年增长率: checked before it). Apart from _YOY_ALONE_RE: one
# alternative not led by its literals would cost that pattern its fast scan (18 → 173 µs a report)
_ANNUAL_RATE_RE = re.compile(r"年(?P<dir>增长)率(?:为|达)?")
_DOWN_WORDS = frozenset(
    {
        "减少",
        "下降",
        "降低",
        "少",
        "降幅",
        "减幅",
        "回落",
        "缩短",
        "缩减",
        "低出",
        "净减",
        "净减少",
        "减收",
        "减支",
    }
)  # a change's words for going down
_MONTH_RE = re.compile(r"环比|上月|上周")  # (against the month or week before, not the year)
# a change right after a count, its comparison said before or not at all (其中，涉及土地的278件，上升35.0%；林业的41件，
# 上升20.6%): against whatever period, its prior is a whole number
_BARE_YOY_RE = re.compile(r"[，,](?P<dir>上升|下降|增长|减少|增加)了?(?=\d)")
_PRIOR_AFTER_RE = re.compile(r"[（(](?:上年|去年|上一年|\d{4}年)(?:同期)?(?:为|是)?")
# the period compared against, and what the prior figure is named there when the words say it again
# (比上年决算数14.94亿元, 比今年上半年平均接通率98.12%, 较2022年7月（95.97%）): no change word in the name
_PRIOR_RE = re.compile(
    r"(?:比|较之?|与)(?P<period>(?:上年|去年)\d{1,2}月份?|上年|去年|上一年|上年度|\d{4}年(?:\d{1,2}月(?:份)?)?|\d{1,2}月份?|今年上半年|上半年|"
    r"今年一季度|一季度|前三季度|上周|上月|上季度)(?:同期)?(?:的)?"
    r"(?:(?:(?![增减升降提高多少达为比较])[\u4e00-\u9fff]){1,8}?(?:的|为)?(?=[（(]?\d))?"
)
_LAST_YEAR = ("上年", "去年", "上一年", "上年度")
_PERIOD_RE = re.compile(r"上周|上月|上季度|上届|上期")
_CHANGE_VERB_RE = lazy_compile(
    # (较之2023年同期17.35%的增幅，下降12.58个百分点: the prior rate named as the growth it was)
    r"(?:的(?:增幅|增速|涨幅|降幅|减幅))?(?:相比)?[，,]?(?P<verb>增加|增长|上升|提高|提升|高出|回升|延长|多|增收|增支|减少|下降|降低|低出|回落|缩短|缩减|少|减收|减支)了?"
)
# what may stand between 到/至 and the figure (2018年的, 2018年底, 6月份的: from 1月的920人 to 6月份的2127人)
_YEAR_TO_RE = re.compile(r"\s?(?:(?:\d{4}年(?:底|末|度)?|(?:\d{4}年)?\d{1,2}月(?:份|底|末)?)的?)?")
_MOVED = ("percent", "count", "money")  # figures a 由…到 sentence moves
# (由76.8%提高到89.4%; 从2017年的149,609件减少至2018年的132,373件; 从2018年顶峰时期的314276件下降至…): the
# verb and 到 found first, then the 由 or 从 before them (a scan from every 从 would cost ~20 µs a report)
# (从2012年的7.6万件增至2016年的11.8万件: 增至, 升至, 降至, 减至 as well)
_MOVED_TO_RE = re.compile(r"(?:提高|提升|上升|增加|增长|下降|降低|减少|增|升|降|减)(?:到|至)")
_MOVED_FROM = 20  # characters between 由/从 and the verb, at most
_CLAUSE_MARK_RE = re.compile(r"[，；;。]|,(?!\d{3})|(?<!\d),")  # (not the comma grouping digits: 149,609)
# between the figure moved to and the amount it moved by: a few words at most, then the change's own verb
_MOVED_BY_RE = re.compile(
    r"[^，,；;。\d]{0,2}[，,]?\s*[^，,；;。\d]{0,4}?(?:提高|提升|上升|增加|增长|下降|降低|减少|增幅|降幅|减幅|涨幅|幅度)"
    r"(?:率|速度)?(?:了|为|达到|达|约|近|超过)*\s*"  # (增长速度为1340%: the rate of the move)
)
CHANGE_KINDS = ("growth", "growth_rate", "pp_change")
_ADJUSTED_RE = re.compile(r"(?:排除|剔除|扣除|除去|去除|不含|不计)[^。；;]{0,24}?后")
_DELTA_RE = re.compile(r"(?:增加|增长|减少|下降|上升|多|少)了?$|^(?:比|较)")


def recognise(r: Reading) -> list[Group]:
    """Year-on-year changes stated against a prior figure: 受理449件，较上年412件增加了37件 / 增长9%;
    and rates moved by percentage points: 由76.8%提高到89.4%，提高12.6个百分点."""
    facts = r.facts
    groups: list[Group] = []
    for m in _PRIOR_RE.finditer(r.norm):
        prior = next((f for f in facts if m.end() <= f.start <= m.end() + 1), None)
        if prior is None or r.norm[m.end() : prior.start] not in ("", " ", "（", "("):
            continue  # (比上年多16件，上升11.8%: the 16 is the change, not last year's figure)
        sent_start = r.sentence_span(prior.sentence)[0]
        # (来信256件，较去年同期237件次: the items counted either way)
        before = [
            f for f in facts if sent_start <= f.start < m.start() and counted_alike(f.q.unit, prior.q.unit)
        ]
        if not before:
            before = _named_before(r, prior, sent_start, m.start())
        if not before:
            continue
        current = before[-1]
        # (比去年同期(29起)下降93.1%: the prior in brackets, the verb after them)
        shut = r.norm[prior.end : prior.end + 1] in ("）", ")") and r.norm[prior.start - 1 : prior.start] in (
            "（",
            "(",
        )
        v = _CHANGE_VERB_RE.match(r.norm, prior.end + shut)
        delta = None
        if v:
            delta = next((f for f in facts if v.end() <= f.start <= v.end() + 1), None)
        if delta is None:
            continue
        sign = -1 if v and v.group("verb") in _DOWN_WORDS else 1
        # the nearest figure before is the current one, unless only one further back fits (基金支出总额72,716
        # 万元，完成年初预算31,700万元的229.39%，比上年42,895万元增加29,821万元: the 72,716)
        current = next((c for c in reversed(before) if _fits(c, prior, delta, sign)), current)
        if _ADJUSTED_RE.search(r.norm, current.end, m.start()):
            continue  # 受理群众诉求716535件，排除新冠疫情相关诉求后，受理量与去年同期…相比: of a figure not stated
        group = _change_group(current, prior, delta, sign)
        if group is not None:
            period = _PERIOD_RE.search(m.group())
            if period is not None:
                group.attrs["period"] = period.group()  # (较上周2774起: a week's change, not a year's)
            elif m.group("period") not in _LAST_YEAR:
                group.attrs["period"] = m.group("period")  # (较2022年7月（95.97%）, 比今年上半年…98.12%)
            groups.append(group)
            rate = _rate_after(r, delta) if delta.q.unit != "%" else None
            if rate is not None and (again := _change_group(current, prior, rate, sign)) is not None:
                again.attrs.update(group.attrs)
                groups.append(again)  # 比上年120万元增加100万元，增长83.33%: the rate of that change too
    # 同比增长8.6%（2022年为4201件） / 提高1.3个百分点（上年为95.2%）: the prior figure in brackets after
    for m in _YOY_RE.finditer(r.norm):
        delta = next((f for f in facts if m.end() <= f.start <= m.end() + 1), None)
        if delta is None:
            continue
        p = _PRIOR_AFTER_RE.match(r.norm, delta.end)
        prior = next((f for f in facts if p and p.end() <= f.start <= p.end() + 1), None) if p else None
        if p is None or prior is None:
            continue
        sent_start = r.sentence_span(delta.sentence)[0]
        before = [f for f in facts if sent_start <= f.start < m.start() and f.q.unit == prior.q.unit]
        if not before:
            continue
        current = before[-1]
        named = YEAR_RE.search(p.group())
        year = year_of(r, current) if named else None
        if named and year is not None and int(named.group(1)) != year - 1:
            # 2018年…29008件，同比上升13.1%（2016年22494件…；2017年25647件…）: the prior is the bracket's figure of
            # the year before, not the first one
            close = r.norm.find(")" if p.group()[0] == "(" else "）", p.end())
            prior = next(
                (
                    f
                    for f in r.facts_between(p.end(), close if close > 0 else p.end())
                    if f.q.unit == current.q.unit and year_of(r, f) == year - 1
                ),
                None,
            )
            if prior is None:
                continue
        sign = -1 if m.group("dir") in _DOWN_WORDS else 1
        group = _change_group(current, prior, delta, sign)
        if group is not None:
            groups.append(group)
    groups += _moved_from_to(r)
    groups += _amount_and_rate(r)
    groups += _named_amount_and_rate(r, {g.facts["delta"][0] for g in groups})
    groups += _prior_then_rates(r, {g.facts["delta"][0] for g in groups})
    groups += _bracketed_priors(r, {g.facts["delta"][0] for g in groups})
    groups += _cases_and_persons_yoy(r, {g.facts["delta"][0] for g in groups})
    groups += _respective_yoy(r, {g.facts["delta"][0] for g in groups})
    alone = _yoy_alone(r, {g.facts["delta"][0] for g in groups})
    later = _of_the_year_after(r, alone)
    # (the change of the later year's figure: no change of its own)
    moved = {g.facts["delta"][0] for g in later}
    alone = [g for g in alone if g.facts["delta"][0] not in moved]
    stated = _stated_year_before(r, alone)
    series = {g.facts["delta"][0] for g in stated if "tie" not in g.attrs}  # (its prior in the sentence)
    groups += [g for g in alone if g.facts["delta"][0] not in series] + stated + later
    return groups


def _moved_from_to(r: Reading) -> list[Group]:
    """由76.8%提高到89.4%，提高12.6个百分点 / 从2017年的149,609件减少至2018年的132,373件，同比下降达11.52%: the figure
    moved from, the one moved to and the change after them."""
    facts = r.facts
    groups: list[Group] = []
    for start, end in _moved_spans(r.norm):
        # 由76.8%提高到89.4%，提高12.6个百分点 / 由上年的816件上升到1087件，增长33.21%
        a = next((f for f in facts if start < f.start < end and f.mention.kind in _MOVED), None)
        b = next((f for f in facts if end <= f.start <= end + 12 and f.mention.kind in _MOVED), None)
        if b is not None and not _YEAR_TO_RE.fullmatch(r.norm, end, b.start):
            b = None  # (…减少至2018年的132,373件: the year the figure moved to, then the figure)
        if a is None or b is None or not counted_alike(a.q.unit, b.q.unit):
            continue  # (从1996年的2634件增加至2016年的37939起: cases in 件 and 起 alike)
        sent_end = r.sentence_span(b.sentence)[1]
        d = next((f for f in facts if b.end < f.start < sent_end and f.q.unit in ("个百分点", "%")), None)
        if d is None or d.start - b.end > 14 or not _MOVED_BY_RE.fullmatch(r.norm, b.end, d.start):
            continue  # (由1033项减少到495项，使审批效率提速80%: the rate of another measure)
        sign = -1 if re.search(r"下降|降低|减少|降[到至]|减[到至]", r.norm[start:end]) else 1
        group = _change_group(b, a, d, sign)
        if group is not None:
            year = _FROM_WHEN_RE.search(r.norm, start, a.start)
            if year is not None:
                group.attrs["period"] = (
                    year.group()
                )  # (从2018年…的314276件, 从1月的920人: then, not last year)
            groups.append(group)
    return groups


def _moved_spans(norm: str) -> list[tuple[int, int]]:
    """From the 由 or 从 to the end of the 到/至 of each move the text states, the 由/从 nearest before its verb in
    the same clause."""
    out = []
    for m in _MOVED_TO_RE.finditer(norm):
        lo = max(0, m.start() - _MOVED_FROM - 1)
        k = max(norm.rfind("由", lo, m.start()), norm.rfind("从", lo, m.start()))
        if k >= 0 and not _CLAUSE_MARK_RE.search(norm, k + 1, m.start()):
            out.append((k, m.end()))
    return out


def _rate_after(r: Reading, amount: Fact) -> Fact | None:
    """The rate of a change stated right after its amount (…增加100万元，增长83.33%), if any."""
    nxt = next((f for f in r.facts_between(amount.end, amount.end + 12) if f.q.unit == "%"), None)
    if nxt is None or _RATE_AFTER_RE.match(r.norm[amount.end : nxt.start]) is None:
        return None
    return nxt


def _named_before(r: Reading, prior: Fact, sent_start: int, at: int) -> list[Fact]:
    """有效报警2846起，日均406.6起。有效报警较上周2774起增加72起: a sentence opening with the name of a
    figure of the sentence before, then the comparison: that figure is the current one."""
    subject = r.norm[sent_start:at].strip()
    if not 2 <= len(subject) <= _SUBJECT_MOST or sent_start == 0:
        return []
    before = r.facts_between(r.sentence_span(prior.sentence - 1)[0], sent_start)
    return [f for f in before if f.q.unit == prior.q.unit and r.frame(f).label.endswith(subject)][-1:]


_SUBJECT_MOST = 8  # characters of a sentence's subject restating a figure's name

# the prior after the current (去年同期为34件46人), then the rates (分别同比下降…; 同比件数下降…、人数下降…)
_PRIOR_SAME_RE = re.compile(r"[，,；;]\s*(?:去年|上年|上一年)同期(?:为|是|有)?\s*")
_RATES_AFTER_RE = re.compile(r"[，,]?[^，,。；;\d]{0,10}?(?:分别)?同比")
# (not the name of a rate: …分别上升66.9%和67.6%，年均增长率11.2%)
_RATE_DIR_RE = re.compile(r"(增长|增加|上升|提高|下降|减少|降低)(?!率)了?")
_BRACKET_PRIOR_RE = re.compile(r"[（(]\s*(?:\d{4}年|上年|去年|上年同期|去年同期)(?:同期)?(?:为|是)?\s*")


def _bracketed_priors(r: Reading, taken: set[str]) -> list[Group]:
    """审结7982件(2019年6803件)…，中院收案1577件(2019年1224件)，审结1561件(2019年1254件)，同比分别增长28.84%和
    24.48%: each figure with last year's in brackets after it, then the rates, one for each in order (the
    pairs since the last rate of the sentence)."""
    facts = r.facts
    out: list[Group] = []
    pairs: list[tuple[Fact, Fact]] = []
    for i, f in enumerate(facts[:-1]):
        if f.q.unit == "%":
            if pairs and f.start > pairs[-1][1].end:
                lead = _RATES_AFTER_RE.match(r.norm, pairs[-1][1].end + 1)
                if lead is not None:
                    rates = _rates_from(r, lead.end(), len(pairs))
                    if len(rates) == len(pairs) and not any(d.id in taken for d, _ in rates):
                        for (c, p), (d, sign) in zip(pairs, rates, strict=True):
                            group = _change_group(c, p, d, sign)
                            if group is not None:
                                out.append(group)
                pairs = []
            continue
        m = _BRACKET_PRIOR_RE.match(r.norm, f.end)
        prior = facts[i + 1]
        if m is None or prior.start > m.end() + 1 or prior.q.unit != f.q.unit:
            continue
        if pairs and r.sentence_span(pairs[-1][0].sentence) != r.sentence_span(f.sentence):
            pairs = []
        pairs.append((f, prior))
    return out


def _rates_from(r: Reading, start: int, most: int) -> list[tuple[Fact, int]]:
    """The rates after a 同比 at `start`, each after its direction word or in a row after one (分别增长
    28.84%和24.48%), with its sign; at most `most`."""
    facts = r.facts
    index = r.fact_index().position
    end = r.period_span(start)[1]
    # (within the ；-clause: …同比分别上升76.9%和60.5%；出庭应诉率…比2015年上升13.4%: the next clause's own rate)
    semi = SEGMENT_END.search(r.norm, start, end)
    if semi is not None:
        end = semi.start()
    rates: list[tuple[Fact, int]] = []
    for word in _RATE_DIR_RE.finditer(r.norm, start, end):
        rate = next(
            (f for f in facts if word.end() <= f.start <= word.end() + 1 and f.q.unit in _MOVE_UNITS), None
        )
        if rate is None:
            break
        sign = -1 if word.group(1) in _DOWN_WORDS else 1
        rates.append((rate, sign))
        k = index[id(rate)] + 1
        while k < len(facts) and facts[k].q.unit == "%" and r.norm[rate.end : facts[k].start] in _RATE_SEPS:
            rate = facts[k]
            rates.append((rate, sign))  # 分别同比下降47.06%、56.52%
            k += 1
        if len(rates) >= most:
            break
    return rates


_RATE_SEPS = ("、", "和", "，", ",")
_MOVE_UNITS = ("%", "个百分点")  # a rate's move (减少8.22个百分点) among the rates of the measures


def _prior_then_rates(r: Reading, taken: set[str]) -> list[Group]:
    """受理18件20人，去年同期为34件46人，件数和人数分别同比下降47.06%、56.52%: the figures right before 去年同期,
    the prior ones after it, then the rates, one for each in order. The priors may each have their words, and
    the rates close a list of measures, a rate's move in 个百分点 among them (受理198件，结案18件，结案率9.09%；
    去年同期共收案208件，结案36件，结案率17.31%；收案数、结案数及结案率同比分别下降4.80%、50.00%及减少8.22个百分点)."""
    facts = r.facts
    index = r.fact_index().position
    out: list[Group] = []
    if "同期" not in r.norm:
        return out  # (a fast test: str.find in C, where the pattern, led by a class, tries every comma)
    for m in _PRIOR_SAME_RE.finditer(r.norm):
        period_end = r.period_span(m.start())[1]
        lead = _RATES_LEAD_RE.search(r.norm, m.end(), period_end)
        if lead is None:
            continue
        priors = r.facts_between(m.end(), lead.start())
        if not priors or priors[0].start > m.end() + _PRIOR_WORDS or len(priors) > _PRIORS_MOST:
            continue
        if priors[0].mention.kind not in ("count", "money"):
            continue
        k = index[id(priors[0])] - len(priors)
        currents = facts[k : k + len(priors)] if k >= 0 else []
        if len(currents) != len(priors) or r.norm[currents[-1].end : m.start()].strip(" ，,；;"):
            continue  # (the current figures end right where 去年同期 begins)
        if currents[0].sentence != currents[-1].sentence:
            continue  # (this year's figures of one clause run, as last year's are)
        if any(c.q.unit != p.q.unit for c, p in zip(currents, priors, strict=True)):
            continue
        rates = _rates_from(r, lead.end(), len(priors))
        if len(rates) != len(priors) or any(f.id in taken for f, _ in rates):
            continue
        for c, p, (delta, sign) in zip(currents, priors, rates, strict=True):
            group = _change_group(c, p, delta, sign)
            if group is not None:
                out.append(group)
    return out


_PRIOR_WORDS = 8  # characters of words (全院共收案) between 去年同期 and the first prior figure
_PRIORS_MOST = 4  # figures stated for last year, each against this year's in order
# where the rates begin after the priors: a clause naming the measures, then 同比 (，件数和人数分别同比下降)
_RATES_LEAD_RE = re.compile(r"[，,；;][^，,。；;\d]{0,16}?(?:分别)?同比")


# the amount of a change against the year before (比上年增加13592亿元), and the rate after it (，增长25.4%)
_AMOUNT_LEAD_RE = re.compile(
    r"(?:同比|环比|比上年|较上年|比去年|较去年|比上一年|比\d{4}年|较\d{4}年|比上月|较上月|比上周|较上周|比上届|较上届"
    r"|比上期|较上期|较“[^”]{1,8}”末"
    r"|(?:比|较)(?P<month>\d{1,2}月份?)"  # (比10月份增加33件，环比增加率为10.12%: the month before, named)
    # (与2019年相比增加了1325件, 与上月相比减少了31件)
    r"|与(?:上年|去年|上一年|\d{4}年|上月|上季度|上周)(?:同期)?相比[，,]?)(?:同期|末|底)?"
    # (较上月办件增加263件: the step the change is of, named between)
    r"(?P<named>[\u4e00-\u9fff]{1,4}(?=增加|增长|上升|减少|下降|降低))?"
    # (同比多收1863件, 多结1719件: more received, more concluded)
    # (比上年净增480人: the net change, an amount all the same)
    r"(?P<dir>净增加?|净减少?|增加|增长|增多|上升|多|减少|下降|降低|少)(?<=[多少])?(?:收|结|办|审|执)?了?$"
)
_BARE_AMOUNT_LEAD_RE = re.compile(
    # (…670件，收案数量增加429件，同比增长178%: the figure's measure named again before its change)
    r"[，,]\s*(?:(?P<stem>[\u4e00-\u9fff]{0,4}?)(?:总量|总数|数量|量|数))?(?P<dir>增加|减少|增长)了?"
)
_YOY_NAMED_RE = re.compile(
    r"[，,]\s*同比(?:增长|上升|增加|下降|减少)"
)  # (…，同比增长12%: the rate's comparison)
_RATE_AFTER_RE = re.compile(  # (比上年同期增加1419件，同比增长率为28.18%: 增长率 names the rate; 增加2,383件或10.3%)
    # (…增加594.2万人次(增长1.6%): the rate in brackets; 比去年同期增加433件，举报量增长12%: the measure named again)
    r"^(?:或|[，,、（(]?(?:[\u4e00-\u9fff]{1,4}[量数])?(?:同比|环比)?"
    r"(?P<dir>增长|增幅|上升|提高|下降|降幅|减幅|减少|降低|增加)率?(?:了|为|达到|达|是)?)$"
)
_ASIDE_RE = re.compile(r"[（(][^（）()]{0,40}[）)]")  # a bracketed aside after a figure


def _amount_and_rate(r: Reading) -> list[Group]:
    """收入67154亿元，比上年增加13592亿元，增长25.4%: the amount of a change and its rate, with no prior
    stated: the prior is the current less the amount, and the rate must be the amount over it
    (kind `growth_both`; roles `current`, `amount`, `delta`)."""
    words = load_words()
    facts = r.facts
    out: list[Group] = []
    by_delta: dict[str, Group] = {}  # each change read so far, by its rate
    for i in range(1, len(facts) - 1):
        amount, current, rate = facts[i], facts[i - 1], facts[i + 1]
        gap_from = None  # where the gap between the current figure and the amount's words is read from
        if (before := by_delta.get(current.id)) is not None and _NEXT_CHANGE_RE.fullmatch(
            r.norm, current.end, amount.start
        ) is not None:
            # 受理举报270件，与去年同期相比增加33件，同比增长13.9%；与上月相比增加27件，环比增长6.7%: the same figure
            # against another period, right after its first change
            current = next(f for f in facts[: i - 1] if f.id == before.facts["current"][0])
            gap_from = facts[i - 1].end
        elif (
            i >= 3
            and current.q.unit == "%"
            and _COMPLETED_RE.fullmatch(r.norm, facts[i - 3].end, current.end)
        ):
            # 总收入380,869万元，完成年初预算391,267万元的97.34%，比上年增加了37,581万元: past the plan's share
            current = facts[i - 3]
        elif (
            i >= 2
            and current.q.unit == "%"
            and _SHARE_CLAUSE_RE.fullmatch(r.norm, facts[i - 2].end, current.end)
        ):
            # 专兼职律师14216人，占81.05%，较上年增长1189人: past the figure's share of a whole
            current = facts[i - 2]
        elif i >= 2 and r.bracketed(current, amount.start) and not r.bracketed(facts[i - 2], amount.start):
            # 律所959家(注：…不合并计算则为1005家)，较上年增加49家: past a figure in an aside
            current = facts[i - 2]
        if rate.q.unit != "%" or amount.q.unit == "%" or not counted_alike(amount.q.unit, current.q.unit):
            continue  # (来信来访1011件次，较2009年同期减少152件: 件次 and 件 count alike)
        if current.mention.kind not in ("count", "money"):
            continue
        lead = _AMOUNT_LEAD_RE.search(r.norm, gap_from or current.end, amount.start)
        if (lead is None or lead.end() != amount.start) and gap_from is None:
            # 律师7546人，增长870人，同比增长12%: a bare amount right after the figure, the rate after it says 同比
            lead = _BARE_AMOUNT_LEAD_RE.fullmatch(r.norm, current.end, amount.start)
            if lead is not None and (
                not _YOY_NAMED_RE.match(r.norm, amount.end, rate.start)
                or (lead.group("stem") is not None and not _restates(r, current, lead.group("stem")))
            ):
                lead = None
        if lead is None or lead.end() != amount.start:
            continue
        if _names_another_step(words, lead, current, r):
            continue  # (结案1100件。与上年相比，收案数增加120件: of the 收案, named after the comparison)
        # (卫生人员总数786380人(包括村卫生室人员数,下同),比上年增加…: an aside in brackets is no gap)
        gap = _ASIDE_RE.sub("", r.norm[gap_from or current.end : lead.start()])
        if current is not facts[i - 1] and gap_from is None:
            gap = _SHARE_CLAUSE_RE.sub("", _COMPLETED_RE.sub("", gap))
        gap = _restated_measure(r, current, gap)
        if gap_from is not None:
            if gap.strip(
                " ，,；;"
            ):  # (…同比增长13.9%；与上月相比增加27件: the first change's clause ends it)
                continue
        # (the amount's words follow the current figure at once: 67154亿元，比上年增加; or open the next
        # sentence, of no subject of its own: 共受理工单6455件。比上年同期增加1419件)
        elif gap.strip(" ，,") if amount.sentence == current.sentence else gap.strip(" ") != "。":
            continue
        after = _RATE_AFTER_RE.match(r.norm[amount.end : rate.start])
        if after is None:
            continue
        sign = -1 if lead.group("dir") in _DOWN_WORDS else 1
        if after.group("dir") is not None and (after.group("dir") in _DOWN_WORDS) != (sign < 0):
            continue
        attrs: dict[str, object] = {"sign": sign}
        period = _PERIOD_RE.search(lead.group())
        if period is not None:
            attrs["period"] = period.group()  # (较上月减少5件，环比下降5%: a month's change)
        elif lead.groupdict().get("month"):
            attrs["period"] = lead.group("month")
        elif "环比" in lead.group():
            attrs["period"] = "上期"  # (环比增加229件: against the period before)
        if before is not None and gap_from is not None and before.attrs.get("period") == attrs.get("period"):
            continue  # (a second change against the same period is no change of the same figure)
        out.append(_growth_both(current, amount, rate, attrs))
        by_delta[rate.id] = out[-1]
    return out + _rate_then_amount(r)


def _names_another_step(words: Words, lead: re.Match[str], current: Fact, r: Reading) -> bool:
    """Do the words between a change's comparison and its verb name a step other than the figure's own
    (较上月办件增加263件 names the figure's; 结案1100件。与上年相比，收案数增加120件, another)?"""
    named = lead.groupdict().get("named")
    if not named:
        return False
    step = words.stage(named)
    return step is not None and step != words.stage(r.frame(current).label)


# between a change's rate and a change of the same figure against another period: a clause mark, and the
# comparison's words (；与上月相比增加27件 / ，环比增加27件 / ，比上月增加27件)
_NEXT_CHANGE_RE = re.compile(r"\s*[；;，,]\s*(?:与|较|比|环比)[^，,。；;\d]{0,10}")


# the figure's own measure said again before its change: 受理信访举报461件，受理量与去年同期相比增加245件
_MEASURE_NOUN_RE = lazy_compile(r"[，,]\s*(?P<stem>[\u4e00-\u9fff]{0,4}?)(?:总量|总数|数量|量|数)\s*$")


def _restated_measure(r: Reading, current: Fact, gap: str) -> str:
    """The gap between a figure and its change, less a noun of its measure that restates it (受理量 after 受理…461件,
    总量 after any figure); a noun of another measure (办结量 after 受理…461件) stays: the change is of that."""
    m = _MEASURE_NOUN_RE.search(gap)
    if m is None:
        return gap
    return gap[: m.start()] if _restates(r, current, m.group("stem")) else gap


def _restates(r: Reading, current: Fact, stem: str) -> bool:
    """Does a measure noun's stem (受理 of 受理量; none for 总量) name the figure's own measure: words of its clause,
    or a word of its step (收案数量 after 新收…670件)?"""
    if not stem or stem in r.norm[r.clause_start(current.start) : current.start]:
        return True
    words = load_words()
    step = words.stage(stem)
    return step is not None and step == words.stage(r.frame(current).label)


# a clause of how much of a plan a figure is, between the figure and its change: ，完成年初预算391,267万元的97.34%
# a clause of the share a figure is of a whole, between the figure and its change: ，占81.05% / ，占全市律所75.82%
_SHARE_CLAUSE_RE = re.compile(r"[，,]\s*占[^，,。；;\d%]{0,12}[\d.]+%")
_COMPLETED_RE = re.compile(r"[，,]完成[^，,。；;\d]{0,12}[\d,.]+[万亿]?元的[\d.]+%")


def _named_amount_and_rate(r: Reading, stated: set[str]) -> list[Group]:
    """受理各类案件1803件，结案894件…。与上年同比，受案增加167件，上升10.21%，结案增加34件，上升3.95%: after a
    comparison that opens its sentence, an amount named by its step and its rate are of the count of that step
    stated before in the paragraph (kind `growth_both`)."""
    words = load_words()
    out: list[Group] = []
    for amount, rate in itertools.pairwise(r.facts):
        if rate.q.unit != "%" or rate.id in stated or amount.mention.kind not in ("count", "money"):
            continue
        lead = _NAMED_AMOUNT_RE.search(r.norm, max(0, amount.start - 12), amount.start)
        after = _RATE_AFTER_RE.match(r.norm[amount.end : rate.start])
        if lead is None or lead.end() != amount.start or after is None:
            continue
        opening = _comparison_opening(r, amount.start)
        if opening is None:
            continue
        sign = -1 if lead.group("dir") in _DOWN_WORDS else 1
        if (after.group("dir") in _DOWN_WORDS) != (sign < 0):
            continue
        named = _named_by(r, words, lead.group("noun"), amount.q.unit)
        if named is None:
            continue
        para = r.seg.paragraph_at(amount.start).start
        current = next(
            (
                f
                for f in reversed(r.facts_between(para, opening))
                if f.mention.kind == amount.mention.kind
                and counted_alike(f.q.unit, amount.q.unit)
                and named(f)
                # (收案数量增加986件，同比增长102%；新收…670件，收案数量增加429件: an amount is no count of the step)
                and not MOVED_BY_RE.search(r.norm, max(0, f.start - 4), f.start)
            ),
            None,
        )
        if current is None:
            continue
        out.append(_growth_both(current, amount, rate, {"sign": sign}))
    return out


def _comparison_opening(r: Reading, pos: int) -> int | None:
    """Where a comparison with the year before that opens a clause of pos's sentence begins (。与上年同比，受案增加…;
    ；与去年同期相比，事故起数减少…; ，和去年春节同期相比事故起数减少…), the last before pos; None if there is none."""
    sent_start = r.period_span(pos)[0]
    found = None
    for m in _COMPARED_OPENING_RE.finditer(r.norm, sent_start, pos):
        if (
            m.start() == sent_start or r.norm[m.start() - 1] in _OPENING_AFTER
        ) and not _RATE_FOLLOWS_RE.match(r.norm, m.end()):
            found = m.start()
    return found


# (…986件，同比增长102%；: 同比 that says a figure's own rate opens no comparison of the clauses after it)
_RATE_FOLLOWS_RE = re.compile(r"(?:增长|下降|上升|减少|增加|降低)了?\s*[\d.]+\s*%")


_OPENING_AFTER = frozenset("，,；;。 \n")


def _named_by(r: Reading, words: Words, noun: str, unit: str) -> Callable[[Fact], bool] | None:
    """Which figure stated before a noun naming a change's measure names: by its step (受案, 收案数, 结案数:
    the step of the figure's words), else by the words of its measure (事故起数 → 道路交通事故378781起, 死亡人数 →
    89455人死亡, 直接财产损失 → 直接财产损失14.9亿元: the noun less its counter, said around the figure; 死人 →
    死亡13人: less the amount's unit), else, the noun a counter's alone (起数减少1起), by the unit (any figure
    counted alike is named: the last before the comparison is taken)."""
    if _COMPARED_OPENING_RE.search(noun) or noun.startswith(("比", "较")):
        return None  # (，同比增加120件: no measure named, the comparison's own words)
    step = words.stage(noun)
    if step is not None:
        return lambda f: (s := words.stage(r.frame(f).label)) == step or {s, step} <= words.intake
    stem = _COUNTER_SUFFIX_RE.sub("", noun)
    if not stem and noun in _COUNTER_NOUNS:
        return lambda f: True
    if len(stem) == 2 and stem.endswith(unit):
        stem = stem[0]  # (死人, 伤人: the measure's verb and its counter)
    elif len(stem) < 2:
        return None

    def says(f: Fact) -> bool:
        lo = r.clause_start(f.start)
        return stem in r.norm[lo : f.start] or r.norm.startswith(stem, f.end)

    return says


# after a comparison that opens its sentence, a change named by its step or measure: ，受案增加 / ；死亡人数减少
_NAMED_AMOUNT_RE = re.compile(
    r"(?:[，,；;]\s*|(?:相比|同比)[，,]?)(?P<noun>[\u4e00-\u9fff]{2,8}?)(?P<dir>增加|减少|上升|下降)了?$"
)
_COUNTER_SUFFIX_RE = re.compile(r"(?:总数|总量|数量|人数|起数|件数|宗数|次数|数|量)$")
_COUNTER_NOUNS = frozenset({"人数", "起数", "件数", "宗数", "次数"})  # a counter's noun alone (起数减少1起)
_COMPARED_OPENING_RE = lazy_compile(
    r"与上年同比|同比|(?:与|和|同)(?:上年|去年|上一年|\d{4}年)[\u4e00-\u9fff]{0,4}?(?:同期)?相比|较上年|比上年"
)


def _growth_both(current: Fact, amount: Fact, rate: Fact, attrs: dict[str, object]) -> Group:
    """A change stated by its amount and its rate, no prior (roles `current`, `amount`, `delta`)."""
    roles = {"current": [current.id], "amount": [amount.id], "delta": [rate.id]}
    span = (min(current.start, amount.start), max(rate.end, amount.end))
    return Group(kind="growth_both", facts=roles, span=span, attrs=attrs)


# a margin over another body's figure between a change's rate and its amount (，比全省平均高出19.81%)
_MARGIN_RE = re.compile(
    r"[，,]\s*(?:比|较|高于|低于)(?:全国|全省|全市|全区|全州|全县)?(?:平均|平均水平|均值)?(?:水平)?"
    r"(?:高出|高|低|低出|多|少)?了?\s*"
)


def _rate_then_amount(r: Reading) -> list[Group]:
    """执行案件2018件，同比下降5.21%，同比减少111件: the rate first, then the amount, both right after the
    current figure and moving the same way (no prior stated: as _amount_and_rate)."""
    facts = r.facts
    out: list[Group] = []
    for i, (current, rate) in enumerate(itertools.pairwise(facts)):
        k, after = i + 2, rate.end
        margin = _MARGIN_RE.match(r.norm, rate.end) if k + 1 < len(facts) and facts[k].q.unit == "%" else None
        if margin is not None and margin.end() == facts[k].start:
            # (受理50101件，同比增长34.11%，比全省平均高出19.81%，增加12077件: past the margin over the province's)
            k, after = k + 1, facts[k].end
        if k >= len(facts):
            break
        amount = facts[k]
        if (
            rate.q.unit != "%"
            or amount.q.unit != current.q.unit
            or current.mention.kind not in ("count", "money")
        ):
            continue
        if not current.sentence == rate.sentence == amount.sentence:
            continue
        first = _YOY_ALONE_RE.search(r.norm, current.end, rate.start)
        if first is None or first.end() != rate.start or r.norm[current.end : first.start()].strip(" ，,"):
            continue
        then = _AMOUNT_LEAD_RE.search(r.norm, after, amount.start)
        if then is None or then.end() != amount.start or r.norm[after : then.start()].strip(" ，,"):
            # (结案45728件，同比增长36.18%，增加12958件: right after the rate, its comparison goes without saying)
            then = _BARE_AMOUNT_LEAD_RE.fullmatch(r.norm, after, amount.start)
            if then is None:
                continue
        sign = -1 if then.group("dir") in _DOWN_WORDS else 1
        if (first.group("dir") in _DOWN_WORDS) != (sign < 0) or _MONTH_RE.search(
            first.group() + then.group()
        ):
            continue
        out.append(_growth_both(current, amount, rate, {"sign": sign}))
    return out


def _check_amount_and_rate(rule: Rule, ctx: Context, g: Group) -> None:
    cur, amount, delta = (ctx.fact(g.facts[k][0]) for k in ("current", "amount", "delta"))
    sign = int(g.attrs.get("sign", 1))
    prior = Bin("-", Ref("current"), Ref("amount")) if sign > 0 else Bin("+", Ref("current"), Ref("amount"))
    rel = Relation("==", Ref("delta"), Bin("/", Ref("amount"), prior), "delta == amount / (current ∓ amount)")
    keys = {"current": cur, "amount": amount, "delta": delta}
    if any(holds(rel, env(keys, reading, {})) for reading in ("usual", "truncated")):
        record(ctx, rule, rel, keys, None, "amount and rate")
        return
    para = ctx.ex.seg.paragraph_at(cur.start)
    before = cur.q.value - sign * amount.q.value
    # a figure further back it is of: the whole of a list the figure is in (not any figure of the paragraph the
    # amount happens to fit, 发生3起同比增多1起上升100% beside 2起 elsewhere in a bulletin of small counts), or,
    # when the figure is smaller than its rise (注销机构数为25家，比去年增加53家), any figure before it it fits
    wholes = {
        x.facts["total"][0] for x in ctx.ex.groups if x.kind == "breakdown" and cur.id in x.facts["parts"]
    }
    for other in ctx.ex.facts:
        if other.start >= cur.start:
            break
        okeys = {"current": other, "amount": amount, "delta": delta}
        if (
            other.start >= para.start
            and (other.id in wholes or before < 0)
            and other.q.exact  # (not 余: a bound fits many an amount)
            and other.q.unit == cur.q.unit
            and other.mention.kind == cur.mention.kind
            and holds(rel, env(okeys, "usual", {}))
        ):
            # …的机构为2473家，…其中，新审核登记机构数为87家，注销机构数为25家，比去年增加53家，增长率为2.2%: the
            # change is of a figure further back (53 of 2420), the subject of the list
            record(ctx, rule, rel, okeys, None, "amount and rate, of a figure further back")
            return
    if before == 0:
        # (发生1起同比增多1起上升100%: from none the year before no rate follows, and bulletins print one all the
        # same; nothing to hold it to. Below none, the amount cannot be: an error)
        record(ctx, rule, rel, keys, "info", "amount and rate, from none")
        return
    record(ctx, rule, rel, keys, rule.severity, "amount and rate")
    then = str(g.attrs.get("period", "上年"))
    exp = display_percent(amount.q.value / before) if before > 0 else "—"
    verb = "增加" if sign > 0 else "减少"
    emit(
        ctx,
        rule,
        rule.severity,
        f"{name_zh(cur, ctx)}比{then}{verb}{amount.mention.text}，{then}应为{_as_written(before, cur)}，"
        f"变化率应为{exp}，报告为{delta.mention.text}",
        f"{cur.mention.text}, {amount.mention.text} more or less than last year, implies last year's "
        f"{_as_written(before, cur)} and a change of {exp}, not {delta.mention.text}",
        [(cur, "current"), (amount, "amount"), (delta, "delta")],
        exp,
        delta.mention.text,
    )


def _as_written(value: float, like: Fact) -> str:
    """A value in the scale a figure is written in (5.36亿元 beside 67154亿元, not 5362000000元)."""
    for word, scale in (("亿", 1e8), ("万", 1e4)):
        if word in like.mention.text:
            return f"{fmt_number(round(value / scale, 4))}{word}{like.q.unit}"
    return f"{fmt_number(value)}{like.q.unit}"


def _bracket_owner(r: Reading, before: list[Fact], delta: Fact) -> Fact | None:
    """The count right before the brackets a rate stands in at their end, if it does."""
    opened = max(r.norm.rfind("(", 0, delta.start), r.norm.rfind("（", 0, delta.start))
    if opened < 0 or any(c in r.norm[opened : delta.start] for c in ")）"):
        return None
    if not re.match(r"\s*[)）]", r.norm[delta.end : delta.end + 3]):
        return None
    owner = next((f for f in reversed(before) if f.end <= opened), None)
    return owner if owner is not None and not r.norm[owner.end : opened].strip() else None


def _bracket_before(r: Reading, pos: int) -> Fact | None:
    """The count a bracket closing right before `pos` follows (303件(其中…)，同比增长27.2%), if any."""
    text = r.norm[:pos].rstrip(" ，,")
    if not text.endswith((")", "）")):
        return None
    opening = max(text.rfind("("), text.rfind("（"))
    # (the bracket may hold a ；, past which the sentence's figures begin: any figure of the text)
    return next((f for f in r.facts if f.end == opening and f.mention.kind == "count"), None)


_COMPARED_BEFORE_RE = re.compile(r"^(?:较|比|与|和)(?:去年|上年|上一年|\d{4}年度?)(?:同期)?(?:相比|比较)?$")


def _yoy_alone(r: Reading, stated: set[str]) -> list[Group]:
    """受理46件，同比上升32.5% with no prior figure stated: the rate of the count right before it."""
    facts = r.facts
    out: list[Group] = []
    starts = [f.start for f in facts]
    annual = [
        m for m in _ANNUAL_RATE_RE.finditer(r.norm) if r.norm[m.start() - 1 : m.start()] not in ("均", "合")
    ]
    bare = _BARE_YOY_RE.finditer(r.norm)
    for m in sorted([*_YOY_ALONE_RE.finditer(r.norm), *annual, *bare], key=lambda m: m.start()):
        k = bisect.bisect_left(starts, m.end())
        delta = facts[k] if k < len(facts) and facts[k].start <= m.end() + 1 else None
        if delta is None or delta.id in stated or delta.q.unit != "%":
            continue
        sent_start = r.sentence_span(delta.sentence)[0]
        before = facts[bisect.bisect_left(starts, sent_start) : bisect.bisect_left(starts, m.start())]
        share_end, share = -1, None
        if before and before[-1].q.unit == "%" and "占" in r.frame(before[-1]).label:
            # 人力资源社会保障类75件，占5.8%，同比增幅39.34%: of the count before its share, as a rule (or of the
            # share: 解决的318件，占比92.7%，同比增长4.09% — 88.61% the year before — which no whole prior count gives)
            share, share_end, before = before[-1], before[-1].end, before[:-1]
        if not before or before[-1].mention.kind != "count":
            continue
        current = before[-1]
        if _DELTA_RE.search(r.frame(current).label):
            continue  # 较上月办件增加263件，同比上升6.11%: a change is no current count
        opens = r.clause_start(current.start)
        if len(before) >= 2 and r.norm[before[-2].end : opens].strip() == "、":
            continue  # 包括咨询1127件、…举报5件、表扬1件，较去年同期下降56.76%: of the whole listed, not its last item
        opened = _bracket_before(r, m.start())
        if opened is not None:
            current = opened  # 援助案件303件(其中：民事案件283件…)，同比增长27.2%: of the figure the bracket follows
        else:
            between = r.norm[max(current.end, share_end) : m.start()]
            # (住房和城乡建设局1468件(同比上升22.03%): a bracket right after the count holds its own rate)
            words = between.strip(" ，,") if between.strip() not in ("(", "（") else ""
            # (受理行政诉讼13件，较去年同比下降31.6%: the year compared against, said before 同比 too)
            words = _COMPARED_BEFORE_RE.sub("", words)
            if "率" in words:
                continue  # 不批准逮捕38人，不批准逮捕率同比上升26.82%: the rate rose, not the count
            # the rate is of that count: nothing but a comma between, or the count's own words again
            if sum(between.count(c) for c in "，,") > 1 or (
                words and not shared_words(words, r.frame(current).label)
            ):
                continue
        sign = -1 if m.group("dir") in _DOWN_WORDS else 1
        year = r.clause_year(current)
        if year and not AVERAGE_RE.search(r.lead(current, 8)):
            # 2017年…一审案件129件，2016年为75件，同比增长72%: the count before is the year's, this one its prior;
            # 2022年…新收17.06万件，2023年新收20.30万件，同比上升19.02%: the count before is the year before's
            years = [
                (f, y)
                for f in reversed(before[:-1])
                if f.mention.kind == "count" and f.q.unit == current.q.unit and (y := r.clause_year(f))
            ]
            later = next((f for f, y in years if y == year + 1), None)
            # (not 2025年1月至7月新收17.47万件 against 2024年新收22.61万件: a part of a year against a whole one)
            part = _part_of_year(r, current)
            earlier = (
                next((f for f, y in years if y == year - 1 and _part_of_year(r, f) == part), None)
                if later is None
                else None
            )
            if later is not None or earlier is not None:
                group = (
                    _change_group(later, current, delta, sign)
                    if later is not None
                    else _change_group(current, earlier, delta, sign)  # type: ignore[arg-type]
                )
                if group is not None:
                    out.append(group)
                continue
        if not current.q.exact or not current.q.integer or AVERAGE_RE.search(r.lead(current, 8)):
            continue  # (日均714件: an average need not be whole, nor its prior)
        roles = {"current": [current.id], "delta": [delta.id]}
        if share is not None:
            roles["or_share"] = [share.id]
        pair = before[-2] if len(before) >= 2 else None
        if pair is not None and pair.mention.kind == "count" and not r.norm[pair.end : current.start].strip():
            roles["or_current"] = [pair.id]  # 来访95件127人次，同比上升63.79%: of the 件 or of the 人次
        owner = _bracket_owner(r, before, delta)
        if owner is not None and "or_current" not in roles:
            # 执行案件315件(包括行政非诉执行案件7件,同比增长42.53%): of the figure the brackets are about
            roles["or_current"] = [owner.id]
        out.append(
            Group(
                kind="yoy",
                facts=roles,
                span=(current.start, delta.end),
                # (against the month or week before: 与上月相比上升44.4%, 环比下降1.11%)
                # (a change said bare, 278件，上升35.0%: against a base period the text names before or not at all)
                attrs={"sign": sign, **({"prior": _prior_period(m)} if _prior_period(m) else {})},
            )
        )
    return out


# how a message says the period a rate is against: the year before, the base period (unsaid), else the one before
_COMPARED_WORD = {"上年": "同比", "基期": ""}
_COMPARED_EN = {"上年": "year on year", "基期": "on its base period"}


def _prior_period(m: re.Match[str]) -> str | None:
    """The period a rate with no prior stated is against, when not the year before: 上期 (环比, 比上月), 基期 (a bare
    上升35.0%)."""
    if m.re is _BARE_YOY_RE:
        return "基期"
    return "上期" if _MONTH_RE.search(m.group()) else None


def _cases_and_persons_yoy(r: Reading, stated: set[str]) -> list[Group]:
    """批准逮捕17件19人，同比分别下降37.04%、44.12% / 起诉38件42人，同比件数下降61.22%、人数下降66.13% /
    判决75件117人，同比下降40%、53.94%: a rate for the cases and one for the persons, each a yoy of its own
    count (no prior stated)."""
    facts = r.facts
    out: list[Group] = []
    for i in range(len(facts) - 3):
        cases, persons, d1, d2 = facts[i : i + 4]
        if (
            (cases.q.unit not in CASE_UNITS and cases.q.unit not in _BATCH_UNITS)
            or persons.q.unit not in PERSON_UNITS
            # (…593起，死亡236人，同比下降14.92%和0.42%: the persons named by a word or two after the cases)
            or not _PAIR_GAP_RE.fullmatch(r.norm, cases.end, persons.start)
            or d1.q.unit != "%"
            or d2.q.unit != "%"
            or {d1.id, d2.id} & stated
        ):
            continue
        m = _PAIRED_YOY_RE.match(r.norm, persons.end, d1.start)
        joint = _PAIR_JOINT_RE.match(r.norm, d1.end, d2.start)
        if m is None or m.end() != d1.start or joint is None or joint.end() != d2.start:
            continue
        if r.norm[cases.end : persons.start].strip() and (
            (
                i + 4 < len(facts)
                and facts[i + 4].q.unit == "%"
                and _PAIR_JOINT_RE.fullmatch(r.norm, d2.end, facts[i + 4].start)
            )
            or (
                i > 0
                and facts[i - 1].mention.kind == "count"
                and _PAIR_GAP_RE.fullmatch(r.norm, facts[i - 1].end, cases.start)
            )
        ):
            continue  # (共423件，审结394件，判处罪犯580人，同比增长13.7%、12.6%和12.8%: three counts, three rates)
        dirs = (m.group("dir"), joint.group("dir2") or m.group("dir"))
        month = _MONTH_RE.search(m.group()) is not None  # (与上月相比: against the month before)
        for current, delta, way in ((cases, d1, dirs[0]), (persons, d2, dirs[1])):
            if not current.q.exact or not current.q.integer:
                continue
            out.append(_own_yoy(current, delta, -1 if way in _DOWN_WORDS else 1, month))
    return out


def _own_yoy(current: Fact, delta: Fact, sign: int, month: bool) -> Group:
    """A year-on-year rate of its own count, no prior stated (`month`: against the month before)."""
    return Group(
        kind="yoy",
        facts={"current": [current.id], "delta": [delta.id]},
        span=(current.start, delta.end),
        attrs={"sign": sign, **({"prior": "上月"} if month else {})},
    )


def _respective_yoy(r: Reading, stated: set[str]) -> list[Group]:
    """受理各类行政诉讼案件69件，结案61件，同比分别上升76.9%和60.5% / 受理案件15985件，审结14135件，比2014年分别
    上升42.6%和43%: as many counts right before the comparison as the rates 分别 gives after it, in order, each a
    yoy of its own count (no prior stated)."""
    if "分别" not in r.norm:
        return []  # (a fast test: str.find in C)
    facts = r.facts
    index = r.fact_index().position
    out: list[Group] = []
    for m in _RESPECTIVE_YOY_RE.finditer(r.norm):
        rates = _rates_from(r, m.start("dir"), _RESPECTIVE_MOST)
        if len(rates) < 2 or any(d.id in stated for d, _ in rates):
            continue
        lo = r.period_span(m.start())[0]
        # (五年来，…受理…188397件，审结187871件，同比分别上升…: a span of time counts nothing)
        before = [f for f in r.facts_between(lo, m.start()) if f.q.unit not in DURATION_UNITS]
        counts = before[-len(rates) :]
        if len(counts) != len(rates) or any(
            c.mention.kind != "count" or not c.q.exact or not c.q.integer or AVERAGE_RE.search(r.lead(c, 8))
            for c in counts
        ):
            continue  # (法官人均新收案件232件，人均结案107件，同比分别上升…: averages need no whole prior)
        # the counts apart, each in its clause or joined by 、 or 和 (受理…69件，结案61件), and no further count
        # in the clause just before them
        if not all(_CLAUSE_GAP_RE.search(r.norm, a.end, b.start) for a, b in itertools.pairwise(counts)):
            continue
        if not _CLAUSE_TAIL_RE.fullmatch(r.norm, counts[-1].end, m.start()):
            continue
        k = index[id(counts[0])]
        if (
            k > 0
            and facts[k - 1].start >= lo
            and facts[k - 1].mention.kind == "count"
            and facts[k - 1] in before
        ):
            continue  # (more counts than rates: which the rates are of is not said)
        month = _MONTH_RE.search(m.group()) is not None
        out += [
            _own_yoy(current, delta, sign, month)
            for current, (delta, sign) in zip(counts, rates, strict=True)
        ]
    return out


_PAIR_GAP_RE = re.compile(r"\s*(?:[，,、]\s*[\u4e00-\u9fff]{1,4})?")
_BATCH_UNITS = ("批", "批次")  # (群众到市走访110批1731人次: visits counted by group and by person)
_YOY_WORDS = (
    r"(?:同比|比上年|较上年|较去年|比去年|与上年同期相比|与去年同期相比|环比|比上月|较上月|与上月相比)(?:同期)?"
    r"(?:批次、人次|件数、人数|案件数、人数)?"
)
_WAY = r"增长|增加|上升|提高|下降|减少|降低"
_PAIRED_YOY_RE = re.compile(rf"[，,]\s*{_YOY_WORDS}(?:分别|件数|案件数)?(?P<dir>{_WAY})了?(?:为|达)?")
_PAIR_JOINT_RE = lazy_compile(rf"(?:、|和|及|，|,)\s*(?:人数(?P<dir2>{_WAY})了?)?")
_RESPECTIVE_MOST = 6
_COMPARED_WITH = (
    r"(?:同比|比上年|较上年|较去年|比去年|比\d{4}年|较\d{4}年|环比|比上月|较上月"
    r"|与(?:上年|去年|上一年|\d{4}年|上月)(?:同期)?相比[，,]?)(?:同期)?"
)
# 分别 before the comparison or after it (分别较去年同期上升了…, 同比分别上升…)
_RESPECTIVE_YOY_RE = re.compile(rf"(?:分别{_COMPARED_WITH}|{_COMPARED_WITH}分别)(?P<dir>{_WAY})")
_CLAUSE_GAP_RE = re.compile(r"[，,；;、和]")
_CLAUSE_TAIL_RE = re.compile(r"\s*[，,]\s*")  # (the last count's clause ends where the comparison begins)


_FROM_WHEN_RE = re.compile(r"\d{4}年(?:\d{1,2}月份?)?|\d{1,2}月份?")  # when a move started (2018年, 1月)
_COMPARED_RE = re.compile(r"[比较与]")  # 比2020年增长11.5%: a year compared with, not the figures' own


MIN_SHARED = 4  # words a figure of the year before must share with the current one (行政机关败诉)


def year_of(r: Reading, f: Fact) -> int | None:
    """The year a figure is stated for: the last year written before it in its paragraph (not one it is
    compared with)."""
    para = r.seg.paragraph_at(f.start)
    years = [
        m
        for m in r.mentions
        if m.kind == "year"
        and para.start <= m.start < f.start
        and not _COMPARED_RE.search(r.norm, max(0, m.start - 1), m.start)
    ]
    if not years or _THIS_YEAR_RE.search(r.norm, years[-1].end, f.start):
        return None  # (2018年…。今年1月-7月…13753件: of a year the text does not write)
    found = YEAR_RE.search(years[-1].text)
    return int(found.group(1)) if found else None


_THIS_YEAR_RE = re.compile(r"今年|本年")
# a part of a year a figure is stated for (1至6月, 上半年, 一季度, 1-9月)
_PART_OF_YEAR_RE = re.compile(
    r"\d{1,2}\s*月?\s*[至到\-—~－]\s*\d{1,2}\s*月|[上下]半年|[一二三四1-4]季度|截[至止]\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
)


def _part_of_year(r: Reading, f: Fact) -> str | None:
    """The part of a year its clause, or the 40 characters before it, says a figure is of, if any."""
    lo = max(r.period_span(f.start)[0], f.start - 40)
    found = _PART_OF_YEAR_RE.findall(r.norm, lo, f.start)
    return found[-1] if found else None  # (not 当年: "that year", the one just written)


def _stated_year_before(r: Reading, alone: list[Group]) -> list[Group]:
    """2015年…行政机关败诉案件1803件 … 2016年…判决行政机关败诉2376件，同比增加45.86%: a year-on-year rate
    whose prior the text stated earlier, for the year before, in the same words (a looser tie than a
    prior in the same sentence: attrs `tie` "year")."""
    by_id = {f.id: f for f in r.facts}
    words = load_words()
    out: list[Group] = []
    for g in alone:
        if g.kind != "yoy" or "prior" in g.attrs:
            continue  # (against the month before: no figure of the year before is its prior; a prior read)
        cur, delta = by_id[g.facts["current"][0]], by_id[g.facts["delta"][0]]
        year = year_of(r, cur)
        if year is None:
            continue
        series = _series_prior(r, cur, year)
        if series is not None:
            # (2012年共计审理32123件，2013年为31953件，比上一年下降0.5%: the year before's figure in the series)
            group = _change_group(cur, series, delta, int(g.attrs["sign"]))
            if group is not None:
                out.append(group)
                continue
        section = r.seg.paragraph_at(cur.start).section
        label = r.frame(cur).label
        step, part = words.stage(label), _part_of_year(r, cur)
        scored = [
            (shared_words(label, r.frame(p).label), p)
            for p in r.facts
            if p.end <= cur.start
            and p.mention.kind == "count"
            and p.q.unit == cur.q.unit
            and r.seg.paragraph_at(p.start).section == section
            and year_of(r, p) == year - 1
            # (2021年…办结行政复议案件1706件 is no prior of 2022年1至6月…收到案件3839件: another step, and a
            # whole year against half of one)
            and (step is None or words.stage(r.frame(p).label) in (None, step))
            and _part_of_year(r, p) == part
        ]
        best = max((s for s, _ in scored), default=0)
        tops = [p for s, p in scored if s == best]
        if (
            best < MIN_SHARED
            and step is not None
            and len(scored) == 1
            and words.stage(r.frame(scored[0][1]).label) == step
        ):
            # 2017年新收劳动人事争议案件28089件；2018年收案35806件，同比上升27.47%: the one figure of the same step
            # the year before, named in other words
            best, tops = MIN_SHARED, [scored[0][1]]
        if best >= MIN_SHARED and len(tops) == 1:
            group = _change_group(cur, tops[0], delta, int(g.attrs["sign"]))
            if group is not None:
                group.attrs["tie"] = "year"
                out.append(group)
    return out


def _of_the_year_after(r: Reading, alone: list[Group]) -> list[Group]:
    """2022年共收到政府信息公开申请7件…。2021年收到政府信息公开申请1件，收到申请的数量同比增加600%: a year-on-year
    rate right after a figure of the year before the one its paragraph stated first, of the same step and counter,
    is that later figure's change, with this one its prior (a looser tie: attrs `tie` "year")."""
    by_id = {f.id: f for f in r.facts}
    words = load_words()
    out: list[Group] = []
    for g in alone:
        if g.kind != "yoy" or "prior" in g.attrs:
            continue
        cur, delta = by_id[g.facts["current"][0]], by_id[g.facts["delta"][0]]
        year = year_of(r, cur)
        if year is None:
            continue
        para = r.seg.paragraph_at(cur.start)
        step = words.stage(r.frame(cur).label)
        later = [
            p
            for p in r.facts
            if p.end <= cur.start
            and p.mention.kind == "count"
            and p.q.unit == cur.q.unit
            and r.seg.paragraph_at(p.start) is para
            and year_of(r, p) == year + 1
            and words.stage(r.frame(p).label) == step
            and shared_words(r.frame(cur).label, r.frame(p).label) >= MIN_SHARED
        ]
        if (
            len(later) == 1
            and (group := _change_group(later[0], cur, delta, int(g.attrs["sign"]))) is not None
        ):
            group.attrs["tie"] = "year"
            out.append(group)
    return out


_SERIES_LABEL_RE = re.compile(r"(?:\d{4}年(?:度|底|末)?)+[为是则]?")


def _series_prior(r: Reading, cur: Fact, year: int) -> Fact | None:
    """The figure of the year before in a series of one measure by year in one sentence, when the current
    figure's words are its year alone (2012年…32123件，2013年为31953件): the nearest count before it."""
    if not _SERIES_LABEL_RE.fullmatch(r.frame(cur).label):
        return None
    i = r.fact_index().position.get(id(cur), 0)
    # (…31953件，比上一年下降0.5%，2014年为31435件: past the rate of the year before)
    prev = next((f for f in reversed(r.facts[:i]) if f.mention.kind == "count"), None)
    if prev is None or prev.sentence != cur.sentence or prev.q.unit != cur.q.unit:
        return None
    return prev if year_of(r, prev) == year - 1 else None


def _fits(current: Fact, prior: Fact, delta: Fact, sign: int) -> bool:
    """Does the change read with this current figure hold (in its usual reading)?"""
    group = _change_group(current, prior, delta, sign)
    if group is None:
        return False
    keys = {"current": current, "prior": prior, "delta": delta}
    return any(holds(rel, env(keys, "usual", {})) for _, rel, _ in _change_relations(group.kind, sign, delta))


def _change_group(current: Fact, prior: Fact, delta: Fact, sign: int) -> Group | None:
    """A change stated against a prior figure, by what its delta is: 个百分点 (or a % beside a prior
    rate) moves a rate, a % beside a prior count is a growth rate, a count of the prior's unit is a
    difference; anything else is not a change we can check."""
    if prior.q.unit == "%":
        kind = "pp_change" if delta.q.unit in ("%", "个百分点") else None
    elif delta.q.unit == "%":
        kind = "growth_rate"
    elif delta.q.unit == prior.q.unit:
        kind = "growth"
    else:
        kind = None
    if kind is None:
        return None
    ids = {"current": [current.id], "prior": [prior.id], "delta": [delta.id]}
    span = (min(current.start, prior.start), max(delta.end, prior.end, current.end))
    return Group(kind=kind, facts=ids, span=span, attrs={"sign": sign})


def _change_relations(kind: str, sign: int, delta: Fact) -> list[tuple[str, Relation, bool]]:
    """(reading, relation, usual?) for a stated change against a prior figure."""
    cur, prior, d = Ref("current"), Ref("prior"), Ref("delta")
    diff = Bin("-", cur, prior) if sign > 0 else Bin("-", prior, cur)
    if kind == "growth":
        return [("差值", Relation("==", diff, d, "current - prior == delta"), True)]
    if kind == "growth_rate":
        return [
            ("增长率", Relation("==", d, Bin("/", diff, prior), "delta == (current - prior) / prior"), True)
        ]
    pp = Relation(
        "==", diff, d if delta.q.unit == "%" else Bin("*", d, Num(0.01)), "current - prior == delta pp"
    )
    if delta.q.unit != "%":  # 个百分点, or a table's change column of bare numbers (同比 | 2.22)
        return [("百分点", pp, True)]
    rel = Relation("==", d, Bin("/", diff, prior), "delta == (current - prior) / prior")
    return [("相对增长", rel, True), ("百分点", pp, False)]


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind == "growth_both":
            _check_amount_and_rate(rule, ctx, g)
            continue
        if g.kind not in CHANGE_KINDS:
            continue
        cur, prior, delta = (ctx.fact(g.facts[k][0]) for k in ("current", "prior", "delta"))
        keys = {"current": cur, "prior": prior, "delta": delta}
        readings = _change_relations(g.kind, int(g.attrs.get("sign", 1)), delta)
        held = [(name, rel, usual) for name, rel, usual in readings if holds(rel, env(keys, "usual", {}))]
        if not held and g.kind != "growth":
            held = [(n, r, u) for n, r, u in readings if holds(r, env(keys, "truncated", {}))]
        rel0 = readings[0][1]
        if held and held[0][2]:
            record(ctx, rule, held[0][1], keys, None, held[0][0])
            continue
        verb = "增加" if int(g.attrs.get("sign", 1)) > 0 else "减少"
        if held:  # only the percentage-point reading fits a change written in %
            sev = SOFTER[rule.severity]
            # (the figures agree as points: the wording is off, no figure is, so none is named as suspect)
            record(ctx, rule, held[0][1], keys, None, held[0][0])
            emit(
                ctx,
                rule,
                sev,
                f"比率由{prior.mention.text}变为{cur.mention.text}，变化的是{delta.q.value:g}个百分点，却写作{delta.mention.text}",
                f"a rate moving from {prior.mention.text} to {cur.mention.text} changed by {delta.q.value:g} percentage points, written as {delta.mention.text}",
                [(prior, "prior"), (cur, "current"), (delta, "delta")],
                f"{delta.q.value:g}个百分点",
                delta.mention.text,
            )
            continue
        sev = rule.severity if g.attrs.get("tie") != "year" else SOFTER[rule.severity]
        record(ctx, rule, rel0, keys, sev)
        b, c = prior.q.value, cur.q.value
        verb = "增加" if c >= b else "减少"  # (what the two figures say, whatever the text's verb)
        then = str(g.attrs.get("period", "上年"))
        then_en = "last year's" if then == "上年" else "the period before's"
        if g.kind == "growth":
            exp = _as_written(abs(c - b), delta)  # (100万元 as the text writes it, not 1000000元)
            zh = f"{cur.mention.text}与{then}{prior.mention.text}相比{verb}{exp}，报告为{delta.mention.text}"
            en = f"{cur.mention.text} against {then_en} {prior.mention.text} is a change of {exp}, not {delta.mention.text}"
        elif g.kind == "growth_rate":
            exp = display_percent(abs(c - b) / b) if b else "—"
            zh = f"{cur.mention.text}与{then}{prior.mention.text}相比{verb}{exp}，报告为{delta.mention.text}"
            en = f"{cur.mention.text} against {then_en} {prior.mention.text} is a {exp} change, not {delta.mention.text}"
        else:
            # (at the figures' own precision: 95.97% to 95.8% is 0.17 points, not 0.2)
            # (two whole percents, 40% to 72%, still shown to one place: max() of one argument would iterate it)
            places = max([1, *(round(-math.log10(f.q.step)) for f in (prior, cur) if 0 < f.q.step < 1)])
            exp = f"{abs(c - b):.{places}f}个百分点"
            zh = f"比率由{prior.mention.text}变为{cur.mention.text}，变化{exp}，报告为{delta.mention.text}"
            en = f"a rate moving from {prior.mention.text} to {cur.mention.text} changed by {exp.replace('个百分点', ' points')}, not {delta.mention.text}"
        if g.attrs.get("tie") == "year":
            zh += "（上年数字取自前文所述上一年的同一数字）"
            en += " (last year's figure is the one stated earlier in the same words)"
        emit(
            ctx,
            rule,
            sev,
            zh,
            en,
            [(prior, "prior"), (cur, "current"), (delta, "delta")],
            exp,
            delta.mention.text,
        )


def _prior_range(cur: Fact, delta: Fact, sign: int, reading: str) -> tuple[float, float]:
    """The prior counts a year-on-year rate allows: current ÷ (1 ± rate), over the rate's interval."""
    d = fact_interval(delta, reading)
    c = fact_interval(cur)
    if sign > 0:
        return c.lo / (1 + d.hi), c.hi / (1 + d.lo)
    if d.hi >= 1:
        return c.lo / max(1e-9, 1 - d.lo), math.inf
    return c.lo / (1 - d.lo), c.hi / (1 - d.hi)


def _whole_prior_of(ctx: Context, g: Group) -> Fact | None:
    """The count (the current one, or the other a rate may be of) some whole prior count gives the rate of."""
    delta, sign = ctx.fact(g.facts["delta"][0]), int(g.attrs.get("sign", 1))
    for c in [ctx.fact(g.facts["current"][0]), *(ctx.fact(i) for i in g.facts.get("or_current", []))]:
        for reading in ("usual", "truncated"):
            lo, hi = _prior_range(c, delta, sign, reading)
            if math.ceil(lo - 1e-9) <= hi + 1e-9 and hi >= 1:
                return c
    return None


# items of its list whose counts' rates fit, at least, for a rate after a share to be its count's (民事…198件，占94.3%，
# 同比增长371.4%；刑事…12件，占5.7%，同比增长140%: the other item's)
_LIST_SIBLINGS = 1
_SIBLING_REACH = 200  # characters between a rate after a share and such an item of its list, at most


def _siblings_of_counts(ctx: Context, g: Group) -> tuple[int, int]:
    """Rates after shares near this one: how many some whole prior count gives the rate of, and how many none does."""
    fit = unfit = 0
    for h in ctx.ex.groups:
        if (
            h.kind == "yoy"
            and h is not g
            and "or_share" in h.facts
            and abs(h.span[0] - g.span[0]) <= _SIBLING_REACH
        ):
            if _whole_prior_of(ctx, h) is not None:
                fit += 1
            else:
                unfit += 1
    return fit, unfit


def check_prior(rule: Rule, ctx: Context) -> None:
    """Rule kind `yoy`: a year-on-year rate of a count with no prior stated must come from some whole
    prior count (a GRIM test on the year before)."""
    for g in ctx.ex.groups:
        if g.kind != "yoy":
            continue
        cur, delta = ctx.fact(g.facts["current"][0]), ctx.fact(g.facts["delta"][0])
        sign = int(g.attrs.get("sign", 1))
        prior = str(g.attrs.get("prior", "上年"))
        if sign < 0 and fact_interval(delta).lo >= 1 and cur.q.value > 0:
            # 其他咨询4件，同比减幅121.43%: a count falls by at most all of it (100%)
            keys = {"delta": delta}
            rel = Relation("<", Ref("delta"), Num(1.0), "a fall below 100%")
            record(ctx, rule, rel, keys, rule.severity, "fall of 100% or more")
            emit(
                ctx,
                rule,
                rule.severity,
                f"{name_zh(cur, ctx)}下降{delta.mention.text}：一个计数最多减少100%（减为零），降幅不能达到或超过100%",
                f"{cur.mention.text} down {delta.mention.text}: a count can fall by less than 100% only",
                [(cur, "current"), (delta, "delta")],
                "低于100%的降幅",
                delta.mention.text,
            )
            continue
        fits = _whole_prior_of(ctx, g)
        ok = fits is not None
        cur = fits or cur
        lo, hi = _prior_range(cur, delta, sign, "usual")
        rel = Relation(
            "==", Ref("delta"), Bin("/", Bin("-", Ref("current"), Ref("prior")), Ref("prior")), "yoy"
        )
        top = math.ceil(hi) if math.isfinite(hi) else INF
        extra = {"prior": Interval(max(1.0, math.floor(lo)), max(1.0, top), True)}
        # a rate after a share may be the share's change, which no whole number need give: a note only, unless
        # another item of its list (专职律师28064人，占78.76%，同比增长10.49%；兼职律师786人，占2.21%，同比增长20.56%)
        # gives its count's rate
        share = ctx.fact(g.facts["or_share"][0]) if "or_share" in g.facts else None
        if share is not None:
            # (the one outlier of a list whose other rates its counts give; not a list most of whose rates no
            # whole prior gives, which are changes of something else: 75件，占5.8%，同比增幅39.34%；71件，占5.5%，…)
            fit, unfit = _siblings_of_counts(ctx, g)
            if fit >= _LIST_SIBLINGS and fit > 2 * unfit:
                share = None
        severity = rule.severity if share is None else "info"
        record(
            ctx,
            rule,
            rel,
            {"current": cur, "delta": delta},
            None if ok else severity,
            "no prior stated",
            extra,
        )
        if ok:
            continue
        verb = "增长" if sign > 0 else "下降"
        near = f"{fmt_number(lo)}～{fmt_number(hi)}" if hi - lo > 0.05 else fmt_number(lo)
        emit(
            ctx,
            rule,
            severity,
            f"{name_zh(cur, ctx)}{_COMPARED_WORD.get(prior, '环比')}{verb}{delta.mention.text}，{prior}应为{near}，"
            f"不是整数：没有哪个{prior}数能得到这一比率"
            + (f"（若这是占比{share.mention.text}的变化则无从核对）" if share is not None else ""),
            f"{cur.mention.text} up/down {delta.mention.text} "
            f"{_COMPARED_EN.get(prior, 'on the period before')} implies a prior of {near}, not a whole number"
            + (f" (unless it is the change of the share {share.mention.text})" if share is not None else ""),
            [(cur, "current"), (delta, "delta")],
            "可由整数上年数得到的比率",
            delta.mention.text,
        )
