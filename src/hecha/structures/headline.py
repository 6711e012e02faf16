"""A headline and the article under it: 前三季度全国海关共立案侦办走私犯罪案件3122起 / 挽回直接经济损失14亿元 /
提供法律援助1500余件, then the body, which states the same figure with the same words (…全国海关共立案侦办走私犯罪
案件3122起; 挽回直接经济损失13.94亿元; 办理法律援助案件1503件).

The headline is the block of short lines a page opens with (none holds 。, none is longer than a heading), before
the first line of body text. A figure of the headline is the body's figure whose words end as the headline's do:
the last words before the headline's figure (four characters at least, read in order, possibly with words between
them: 查办案件 in 查办各类案件) end the words before the body's figure, in a unit counted alike. A headline rounds (14亿元
for 13.94亿元), truncates (1.8万起 for 18556起) and bounds (超90亿元, 1500余件, 近700万人次), so the two agree when the
body's figure lies in what the headline's allows; of several body figures named alike, one agreeing is enough (a
headline may name the year's total where the body also gives a quarter's). With none agreeing, the figure named
alike nearest in value is the one the headline restates.

Roles: `headline`, `body`; attrs `words` (the headline's words before its figure). The check (rule kind `headline`).
"""

from __future__ import annotations

import math
import re

from ..expr import Interval, Ref, Relation
from ..findings import Context, name_en
from ..frames import shared_words
from ..intervals import fact_interval
from ..lazyre import lazy_compile
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule
from .restated import check_stated_twice
from .words import WHOLE_AREA_RE, counted_alike, load_words

KIND = "headline"
AFTER: tuple[str, ...] = ()

_HEADING_MOST = 60  # characters of a headline's line, at most
_HEADING_LINES = (
    10  # short lines a page opens with, at most (a site's name and menu, a title, a subtitle, a date…)
)
_BODY_MARK_RE = re.compile(r"[。；;！？]")  # a line holding one is body text
# a line that says what follows it (共受理群众诉求事项2390件,具体办理情况如下:): body text, the sections after it its parts
_LEAD_IN_RE = re.compile(r"如下[：:]?$")
_LEAST_WORDS = 4  # characters of the headline's words the body's must hold, in order, right before its figure
_REACH = (
    2  # characters of the body's words after the headline's last one, before the figure (案件 in 援助案件)
)
_NOUN = 2  # characters of the headline's noun (提案, 案件) a figure that agrees may share with it alone
_SPAN = 2  # the headline's words may lie across at most twice their length in the body's (查办各类案件)
# where a headline's clause begins: a space or a mark between its phrases (今年查办案件31.5万件 罚没金额17亿元)
_PHRASE_MARK_RE = re.compile(r"[\s\u3000，,、：:“”\"|]")
# words that qualify a figure without naming it (共, 达, 超, 逾, 为…), dropped from the end of the words before it
_QUALIFIERS = frozenset("共计达到为超逾近约有了的是累")
_AMOUNTS = ("count", "money", "percent")
# a place the headline names, not the whole area (西安地区, 浦东新区: not 全市, 本市, 我省)
_PLACE_RE = lazy_compile(r"(?<=[\u4e00-\u9fff])(?<![全本我各该])(?:地区|新区|市|县|区|州|盟|旗)")
_REL = Relation("==", Ref("headline"), Ref("body"), "a headline's figure is the body's")


def recognise(r: Reading) -> list[Group]:
    body = _body_start(r.norm)
    if body <= 0:
        return []
    heads = [f for f in r.facts if f.start < body and _restatable(f)]
    if not heads:
        return []
    # (each body figure with the words naming it, read once)
    later: list[tuple[Fact, str]] = []
    for fig in r.facts:
        if fig.start < body or not _restatable(fig):
            continue
        named = _named(r.norm[_listed_from(r, fig) : fig.start])
        if later and _PAIRED_RE.fullmatch(r.norm, later[-1][0].end, fig.start):
            named = later[-1][1]  # (分别增加4万对和12.7万对: the second named as the first)
        later.append((fig, named))
    out: list[Group] = []
    vocab = load_words()
    for f in heads:
        lo = max(_phrase_start(r.norm, f.start), r.norm.rfind("\n", 0, f.start) + 1)
        words = _named(r.norm[lo : f.start])
        if len(words) < _LEAST_WORDS - 1:
            continue
        alike_unit = [
            (g, w) for g, w in later if g.mention.kind == f.mention.kind and counted_alike(g.q.unit, f.q.unit)
        ]
        said_alike = [g for g, w in alike_unit if _shared_ending(words, w)]
        if not _SPAN_OF_YEARS_RE.search(r.norm, r.norm.rfind("\n", 0, f.start) + 1, f.start):
            # (去年全区法院受理案件86.7万件 over 五年来，全区法院共受理案件391.8万件: the five years' total is no year's)
            said_alike = [
                g
                for g in said_alike
                if not _SPAN_OF_YEARS_RE.search(r.norm, r.period_span(g.start)[0], g.start)
            ]
        # (本署共接获21 173宗法援申请 over 该组共接获42 232宗查询: the things each says after it counts differ)
        said_alike = [g for g in said_alike if not _things_apart(r, f, g)]
        if not said_alike:
            continue
        # (全国政协…共提交提案5641件 over 大会共收到提案5641件: a figure that agrees, its noun said alike, is the one
        # restated, though its verb differs)
        noun_alike = [g for g, w in alike_unit if w.endswith(words[-_NOUN:])]
        cands = [*said_alike, *noun_alike]
        g = next((g for g in cands if fact_interval(f).intersects(fact_interval(g))), None) or next(
            (g for g in cands if _agrees(f, g)),
            None,  # (else one the headline truncates)
        )
        if g is None and any(
            fact_interval(f).intersects(fact_interval(h))
            and shared_words(words, r.norm[r.period_span(h.start)[0] : h.start]) >= _LEAST_WORDS
            for h, _ in alike_unit
        ):
            continue  # (转办第9批信访举报问题148件 over 转办第9批…问题，来电75件，来信73件，共148件: restated so)
        if g is None and _sums_them(f, said_alike):
            continue  # (共追回医保基金27亿元 over 国家飞检…追回医保基金7.2亿元 and 省级飞检…追回医保基金19.8亿元: of both)
        if g is None:
            # (审结行政案件1983件 over …受理一审行政案件1990件，审结1983件: none named alike agrees; the body figure its
            # step names, not one of another step that shares its noun)
            stage = vocab.stage(words)
            if stage is not None:
                words_of = {id(g): w for g, w in alike_unit}
                said_alike = [g for g in said_alike if vocab.stage(words_of[id(g)]) in (stage, None)]
                step = vocab.step_word(words) or ""
                named_by_step = [g for g, w in alike_unit if step and w.endswith(step)]
                g = next((g for g in named_by_step if _agrees(f, g)), None)
                said_alike = said_alike or named_by_step
            if g is None and _PLACE_RE.search(words):
                # (西安地区共有律所338家 over 全省共有…律师事务所614家: a place's figure, not the whole area's)
                said_alike = [
                    g
                    for g in said_alike
                    if not WHOLE_AREA_RE.search(r.norm, r.period_span(g.start)[0], g.start)
                ]
            if g is None and not said_alike:
                continue
            # (with none agreeing, the one named alike nearest the headline's value: a figure edited or mistyped, not
            # the part of one channel that shares its words)
            g = g or min(said_alike, key=lambda g: _apart(f, g))
        roles = {"headline": [f.id], "body": [g.id]}
        said = r.norm[lo : f.start].strip()  # (as the headline writes them, for the message)
        out.append(Group(kind=KIND, facts=roles, span=(f.start, g.end), attrs={"words": said}))
    return out


def _body_start(norm: str) -> int:
    """Where the body begins: after the short lines without a sentence's end that open the text."""
    at = lines = 0
    while at < len(norm) and lines <= _HEADING_LINES:
        end = norm.find("\n", at)
        end = len(norm) if end < 0 else end
        line = norm[at:end].strip()
        if line:
            if len(line) > _HEADING_MOST or _BODY_MARK_RE.search(line) or _LEAD_IN_RE.search(line):
                return at if lines else 0
            lines += 1
        at = end + 1
    return 0  # (no body after the short lines, or more of them than a headline has: a list, a table)


_THING_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{2,}")


def _things_apart(r: Reading, f: Fact, g: Fact) -> bool:
    """Do both figures say after them what they count, in words that share no two characters (宗法援申请, 宗查询)?"""
    a, b = _THING_AFTER_RE.match(r.frame(f).pred), _THING_AFTER_RE.match(r.frame(g).pred)
    if a is None or b is None:
        return False
    return shared_words(a.group()[:6], b.group()[:6]) == 0


def _restatable(f: Fact) -> bool:
    return f.mention.kind in _AMOUNTS and f.modality == "actual" and bool(f.q.unit)


def _phrase_start(norm: str, pos: int) -> int:
    k = pos
    while k > 0 and not _PHRASE_MARK_RE.match(norm, k - 1):
        k -= 1
    return k


# words of a span of several years (五年来, 近三年; not 2021年以来, since the start of a year): a total of them, not of one
_SPAN_OF_YEARS_RE = re.compile(
    r"(?<!\d)[一二三四五六七八九十两\d]{1,2}年(?:来|以来|间)|近[一二三四五六七八九十两\d]{1,2}年"
)
_PAIRED_RE = re.compile(r"\s*[和及与]\s*")  # two figures of one words, joined (…分别增加4万对和12.7万对)


def _listed_from(r: Reading, g: Fact) -> int:
    """Where the words naming a body figure begin: its clause, or the clause of the first figure of the 、-joined
    run it is in (不合格率分别为0.52%、0.80%、…0.13%: each named by 不合格率)."""
    lo = r.clause_start(g.start)
    while lo > 0 and r.norm[lo - 1] == "、":
        lo = r.clause_start(lo - 1)
    return lo


def _named(words: str) -> str:
    """The words before a figure that name it: its characters, less the qualifiers right before it (共, 达, 为,
    分别为)."""
    w = "".join(c for c in words if "\u4e00" <= c <= "\u9fff")
    while True:
        if w.endswith("分别"):
            w = w[:-2]
        elif w and w[-1] in _QUALIFIERS:
            w = w[:-1]
        else:
            return w


def _shared_ending(head: str, body: str) -> str:
    """The longest ending of the headline's words (at least _LEAST_WORDS characters, or one less held together)
    that the body's words hold in order, ending at most _REACH characters before their end and spread over at most
    twice their length; "" if none."""
    for n in range(len(head), _LEAST_WORDS - 2, -1):
        ending = head[-n:]
        # (matched from the end: the last character as near the figure as it can be)
        k = len(body)
        first = None
        for c in reversed(ending):
            k = body.rfind(c, 0, k)
            if k < 0:
                break
            first = k if first is None else first
        else:
            spread = first + 1 - k if first is not None else 0
            # (three characters only together: 罚没款 in 罚没款金额)
            if (
                first is not None
                and len(body) - 1 - first <= _REACH
                and spread <= (_SPAN * n if n >= _LEAST_WORDS else n)
            ):
                return ending
    return ""


def _allowed(f: Fact) -> list[Interval]:
    """What a headline's figure allows: as displayed, and truncated where it is shown to a step (1.8万起 for
    18556起, 40% for 40.8%)."""
    usual = fact_interval(f)
    out = [usual]
    if (f.q.qualifier == "=" and f.q.step > 1) or f.q.unit == "%":
        scale = 0.01 if f.q.unit == "%" else 1.0
        out.append(Interval(f.q.value * scale, (f.q.value + f.q.step * (1 - 1e-6)) * scale, False))
    if f.q.qualifier == "=" and f.q.unit != "%" and f.q.integer:
        # (每千名老人有养老床位30张 over 30.3张: a whole number that rounds a figure with decimals)
        out.append(Interval(f.q.value - 0.5, f.q.value + 0.5, False))
    return out


def _apart(f: Fact, g: Fact) -> float:
    """How far apart two figures are, as a ratio (for choosing the figure a headline restates)."""
    a, b = abs(f.q.value), abs(g.q.value)
    return max(a, b) / min(a, b) if min(a, b) > 0 else math.inf


def _sums_them(f: Fact, named: list[Fact]) -> bool:
    """Does a headline's figure agree with the sum of the body's figures named alike, two or more (a total of the
    parts the body states apart: 国家和省级飞行检查共追回27亿元 over 7.2亿元 and 19.8亿元)?"""
    if len(named) < 2:
        return False
    total = fact_interval(named[0])
    for g in named[1:]:
        total = total + fact_interval(g)
    return any(a.intersects(total) for a in _allowed(f))


def _agrees(f: Fact, g: Fact) -> bool:
    body = fact_interval(g)
    return any(a.intersects(body) for a in _allowed(f))


def check(rule: Rule, ctx: Context) -> None:
    check_stated_twice(
        rule,
        ctx,
        KIND,
        _REL,
        "headline",
        _agrees,
        lambda g, head, body: (
            f"标题说“{g.attrs['words']}”{head.mention.text}，正文为{body.mention.text}：标题与正文的同一数字不一致",
            f"the headline states {head.mention.text} and the body {body.mention.text} for {name_en(body)}",
        ),
    )
