"""Trends the text states in words: 行政复议机关由375个减少到42个 / 收案数分别为2.64万件、2.54万件、2.30万件，
连续两年下降.

Recognised here:
  由(从、较)A…减少(下降、降、增加…)到(至、为)B  B is below (above) A (B may follow a few words: 至2022年的…)
  A，上升(下降…)至…B                           the same, of the figure the clause before ends with
  分别为A、B、C，逐年上升 (连续两年下降, 持续…)   each figure is above (below) the one before
  排名前五位的是：A 371件，B 369件，…          a ranking: each at most the one before (ties allowed)
  X最多，共315件…；其次是Y，共302件；Z第三…    the same, stated as first, next and third

Roles: `series` (the figures in the order stated); attrs `sign` (1 rising, -1 falling), `ties` (a
ranking: equal figures pass). The check (rule kind `trend`): each figure moves from the one before in the
direction stated, beyond the rounding each displays (a ranking: not above the one before, as displayed).
A move whose size is stated too (由76.8%提高到89.4%，提高12.6个百分点) is change.py's.
"""

from __future__ import annotations

import itertools
import re

from ..expr import Ref, Relation, holds
from ..findings import Context, emit, env, record
from ..lazyre import lazy_compile
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule
from .words import load_words

KIND = "trend"
AFTER = ("change",)  # (the moves change.py checks by their size are its own)

_UP = "增加|增长|上升|提高|提升|攀升|扩大"
_DOWN = "减少|下降|降低|缩减|缩小|压缩|回落"
# (较2022年的31.18%下降至10.98%: compared with a figure, then where it went; 降为69.16%, 下降为…的55833人: 为 as 至)
_MOVE_RE = re.compile(rf"[由从较](?P<a>[^，,；;。：:]{{0,16}}?)(?P<dir>{_UP}|{_DOWN}|降)了?(?:到|至|为)")
# after a 分别为 list: ，逐年上升 / ，呈逐年下降趋势 / ，连续两年下降 / ，均逐年增长
_MOVED_ON_RE = re.compile(rf"[，,]\s*(?P<dir>{_UP}|{_DOWN})了?(?:到|至)")
# what every match of the two above holds: a fast test (led by literals, re scans for them in C; the two
# patterns, led by a class, try each 由/从 and each comma; one text in hundreds has a move)
# (and a verb's one-character form: 增至534项, 降至…, as literals too: an alternative led by a class
# leaves re no first characters to scan for, and the test took 5× as long)
MOVED_TO_RE = re.compile(rf"(?:{_UP}|{_DOWN}|增|减|升|降)了?(?:到|至|为)")
_LIST_RE = re.compile(r"分别(?:为|是|达到|达)")
_SERIES_RE = re.compile(
    rf"[，,]?\s*(?:呈|均|总体|总体呈)?(?:逐年|连年|逐月|连续[两二三四五六七八九十\d]+年|持续)(?P<dir>{_UP}|{_DOWN})"
)
_KINDS = ("count", "money", "percent")


def _sign(word: str) -> int:
    return 1 if re.fullmatch(_UP, word) else -1  # (降 alone: down)


def recognise(r: Reading) -> list[Group]:
    facts = r.facts
    moved = {g.facts["current"][0] for g in r.groups_of("pp_change")}
    out: list[Group] = []
    has_move = MOVED_TO_RE.search(r.norm) is not None
    for m in _MOVE_RE.finditer(r.norm) if has_move else ():
        a = next((f for f in reversed(facts) if m.start("a") <= f.start and f.end <= m.end("a")), None)
        b = _moved_to(r, m.end())
        if a is None or b is None or b.id in moved or a.q.unit != b.q.unit or a.mention.kind not in _KINDS:
            continue
        if r.norm[a.end : m.start("dir")].strip(" 的，,"):
            continue  # 由375个减少到: the figure moved is what the verb follows, not a figure of its words
        out.append(_series([a, b], _sign(m.group("dir")), m.start(), b.end))
    for m in _MOVED_ON_RE.finditer(r.norm) if has_move else ():
        # 首月值班律师574人，上升至现时每月值班律师逾1200人: the figure the clause before ends with, moved
        a = next((f for f in reversed(facts) if f.end <= m.start()), None)
        b = _moved_to(r, m.end())
        if a is None or b is None or r.norm[a.end : m.start()].strip() or b.id in moved:
            continue
        if a.q.unit != b.q.unit or a.mention.kind not in _KINDS or a.sentence != b.sentence:
            continue
        out.append(_series([a, b], _sign(m.group("dir")), a.start, b.end))
    for m in _LIST_RE.finditer(r.norm):
        values = [f for f in facts if m.end() <= f.start <= m.end() + 1][:1]
        while values:  # 2.64万件、2.54万件和2.30万件: the figures in a row
            nxt = next((f for f in facts if f.start > values[-1].end), None)
            if nxt is None or r.norm[values[-1].end : nxt.start].strip() not in (
                "、",
                "和",
                "与",
                "及",
                ",",
                "，",
            ):
                break
            values.append(nxt)
        s = _SERIES_RE.match(r.norm, values[-1].end) if len(values) >= 2 else None
        if s is None or len({v.q.unit for v in values}) != 1 or values[0].mention.kind not in _KINDS:
            continue
        out.append(_series(values, _sign(s.group("dir")), m.start(), s.end()))
    return out + _rankings(r) + _firsts(r) + _ranked_rows(r)


# 排名前五位的是： / 前五名依次为 / 位居前三的: the top N of a ranking, listed
_TOP_RE = re.compile(
    # (排名前…: 前 first, scanned; not 前三季度…分别为, the first three quarters of a year, in time order)
    r"前(?P<n>[二三四五六七八九十]|\d{1,2})(?!个?(?:季度|月|年|天|周|日|期|批|轮|届|次))"
    r"(?:位|名|类)?(?:的)?[^，,。；;：:\d]{0,12}?"
    r"(?:(?:是|为|分别是|分别为|依次为|依次是|如下)[:：]?|[:：])"  # (位于前三的市直部门:住建局99件;…: the colon)
)
_CN_SMALL = {c: i for i, c in enumerate("零一二三四五六七八九十")}
# the first of a ranking (最多, 居榜首…), the next (其次), the third (第三, 再次)
# (最高, 最大, 最低… naming a rank: followed by what or which, 最高的是…, 最少，39件, not 最大限度)
# (led by 最 or 居, 位, 排 alone: re scans for the first character in C)
_FIRST_RE = re.compile(
    r"最(?:多|(?:高|大|(?P<low>低|少|小))(?=的?(?:是|为)|[，,：:]|\s*[（(]?\s*\d))"
    r"|居首|居榜首|位居第一|排名第一|排第一|居第一"
)
# (其他依次为…: the ranks after the first, in order; 依次 alone follows a first in its own sentence)
_NEXT_RE = re.compile(r"其次|次之|依次")
_THIRD_RE = re.compile(r"第三|再次")
_CLAUSE_RE = re.compile(r"[，,；;。]")


def _moved_to(r: Reading, pos: int) -> Fact | None:
    """The figure a move goes to: right after 到/至, or past a few words naming when or which (至2022年的5114件,
    至现时日均接近2000通), with no other figure between."""
    b = next((f for f in r.facts if f.start >= pos), None)
    if b is None or b.start - pos > _MOVED_TO_WORDS or _MOVED_TO_GAP_RE.search(r.norm, pos, b.start):
        return None
    return b


_MOVED_TO_WORDS = 12
_MOVED_TO_GAP_RE = re.compile(r"[，,；;。、]")


def _rankings(r: Reading) -> list[Group]:
    """排名前五位的是：…371件…369件…: the figures of the top N, in order (N of one unit, or no ranking)."""
    out: list[Group] = []
    for m in _TOP_RE.finditer(r.norm):
        n = m.group("n")
        size = int(n) if n.isdigit() else _CN_SMALL[n]
        end = r.norm.find("。", m.end())
        end = len(r.norm) if end < 0 else end
        items = [
            f
            for f in r.facts
            if m.end() <= f.start < end
            and f.mention.kind in _KINDS
            and (not r.bracketed(f, end) or _alone_in_brackets(r, f))
        ]
        # (…市场主体登记注册127件；其他1213件等: the rest is no rank, though it makes the ten)
        rest = [f for f in items if load_words().remainder_re.match(r.frame(f).label)]
        items = [f for f in items if f not in rest]
        ranked = []
        for series in _by_unit(r, items):
            # (前三位的是：…(98.2分)、杨林寨乡(97.8分)和三塘镇(97.8分): a tie for the last place lists one more)
            tied_last = size >= 2 and len(series) > size and len({f.q.value for f in series[size - 1 :]}) == 1
            if len(series) == size or tied_last or (rest and len(series) == size - len(rest)):
                ranked.append(series)
        # (a series of the items' shares, 占…%, ranks them as their counts do)
        measures = [series for series in ranked if series[0].mention.kind != "percent"]
        if len(measures) > 1:
            chosen = _ranked_by(r, r.norm[r.period_span(m.start())[0] : m.start()], measures)
            ranked = [series for series in ranked if series not in measures or series is chosen]
        out += [_series(series, -1, m.start(), series[-1].end, ties=True) for series in ranked]
    return out


def _ranked_by(r: Reading, heading: str, measures: list[list[Fact]]) -> list[Fact]:
    """Of several measures listed for one ranking (受案4363件,争议额43亿元 in each row), the one ranked: that its
    heading names (案件受理数量前十位 ranks the 受案), else the one each row states first."""
    words = load_words()
    said = words.stage(heading)

    def named(series: list[Fact]) -> bool:
        label = r.frame(series[0]).label
        step = words.stage(label)
        if step is not None and said is not None and (step == said or {step, said} <= words.intake):
            return True
        return len(label) >= 2 and label[-2:] in heading

    by_name = [series for series in measures if named(series)]
    return by_name[0] if len(by_name) == 1 else measures[0]


def _alone_in_brackets(r: Reading, f: Fact) -> bool:
    """Is a figure all its brackets hold (岳阳县(4383件)、岳阳楼区(4048件): each name's own figure)?"""
    return r.norm[f.start - 1 : f.start] in ("(", "（") and r.norm[f.end : f.end + 1] in (")", "）")


# a row of a ranking table: its rank, then its name, then its figures (1／食肆及娱乐／6,922宗／5,810宗…)
_RANKED_ROW_RE = re.compile(r"^[ \t]*(?P<rank>\d{1,2})[ \t]*[／/|][ \t]*[^\d\n／/|]{1,20}[／/|]", re.M)
_RANK_HEAD_RE = re.compile(r"排名|名次|排行")


def _ranked_rows(r: Reading) -> list[Group]:
    """排名／投诉类别／2025年…¶1／食肆及娱乐／6,922宗／…¶2／旅游事务／3,255宗／…: under a header naming the
    rank, rows numbered 1, 2, 3… in order; each row's figure of the column ranked by at most the one before."""
    out: list[Group] = []
    if not ("排名" in r.norm or "名次" in r.norm or "排行" in r.norm):  # (_RANK_HEAD_RE's words, by str.find)
        return out
    run: list[Fact] = []
    last_rank, last_end, at = 0, -1, 0
    for m in _RANKED_ROW_RE.finditer(r.norm):
        rank = int(m.group("rank"))
        line_end = r.norm.find("\n", m.end())
        line_end = len(r.norm) if line_end < 0 else line_end
        if rank == 1:
            at = _ranked_column(r, m.start())
        counts = [f for f in r.facts if m.end() <= f.start < line_end and f.mention.kind == "count"]
        figure = counts[at] if at < len(counts) else None
        gap = r.norm[last_end : m.start()] if last_end >= 0 else ""
        if figure is None or rank != last_rank + 1 or (run and gap.count("\n") > 3):
            if len(run) >= 3:
                out.append(_series(run, -1, run[0].start, run[-1].end, ties=True))
            run, last_rank = [], 0
            if figure is None or rank != 1:
                last_end = -1
                continue
        if run and figure.q.unit != run[0].q.unit:
            continue
        run.append(figure)
        last_rank, last_end = rank, line_end
    if len(run) >= 3:
        out.append(_series(run, -1, run[0].start, run[-1].end, ties=True))
    return out


_HEAD_CELL_RE = re.compile(r"[／/|]")
_YEAR_IN_RE = re.compile(r"(?:19|20)\d\d")


def _ranked_column(r: Reading, row_start: int) -> int:
    """Which figure of a row the ranking is by: that of the latest year its header names (排名 | 投诉性质 |
    2023年量 | 2024年量: the second), else the first."""
    end = r.norm.rfind("\n", 0, row_start)
    for _ in range(_HEAD_LINES):
        start = r.norm.rfind("\n", 0, max(0, end)) + 1
        line = r.norm[start : max(start, end)]
        if _RANK_HEAD_RE.search(line):
            cells = [c.strip() for c in _HEAD_CELL_RE.split(line)][2:]
            years = [(int(y.group()), k) for k, c in enumerate(cells) if (y := _YEAR_IN_RE.search(c))]
            return min(years, key=lambda yk: (-yk[0], yk[1]))[1] if years else 0
        if start <= 0:
            break
        end = start - 1
    return 0


_HEAD_LINES = 4  # lines above the first row in which its header may stand (blank lines between)


def _firsts(r: Reading) -> list[Group]:
    """X最多，共315件…；其次是Y，共302件 / …居榜首，…432宗，其次为A及B，分别有323宗及213宗: first, next, third."""
    out: list[Group] = []
    for m in _FIRST_RE.finditer(r.norm):
        para = r.seg.paragraph_at(m.start())
        nxt = _NEXT_RE.search(r.norm, m.end(), min(para.end, m.end() + 80))
        if nxt is None or ("。" in r.norm[m.end() : nxt.start()] and nxt.group() != "依次"):
            continue  # (X最多，有1951家。其他依次为…: the run goes on in the next sentence)
        if nxt.group() == "依次" and r.norm.count("。", m.end(), nxt.start()) > 1:
            continue
        top = [f for f in r.facts if _clause_of(r, m.start()) <= f.start < nxt.start()]
        second = _segment(r, nxt.start(), para.end)
        third = _THIRD_RE.search(r.norm, second[1], min(para.end, second[1] + 40))
        ranks = [second]
        if third is not None and "。" not in r.norm[second[1] : third.start()]:
            ranks.append(_segment(r, _clause_of(r, third.start()), para.end))
        # (比例最低的是上海(21.82%)，其次是陕西(25.00%): a ranking of a ratio, its percentages its figures)
        ratios = _RATIO_RANKED_RE.search(r.norm, _clause_of(r, m.start()), m.start()) is not None
        for unit_top in _by_unit(r, top, ratios):
            first = unit_top[0]
            series = [first]
            for lo, hi in ranks:
                alike = [f for f in r.facts if lo <= f.start < hi and f.q.unit == first.q.unit]
                alike = [f for f in alike if _share_alike(r, f, first)]
                own_end = _CLAUSE_RE.search(r.norm, lo, hi)  # (where the rank's own clause ends)
                said = r.norm.find("分别", lo, hi)
                if said >= 0 and not any(f.start < (own_end.start() if own_end else hi) for f in alike):
                    # 其次为A及B，分别有323宗及213宗: each of the rank's, in the clause of 分别 (not 其次为中级职称(占
                    # 36.6%)，副高级和正高级…分别占9.1%和2.5%，无职称…10.6%: the rank has its own figure, the rest no rank)
                    end = _CLAUSE_RE.search(r.norm, said, hi)
                    series += [f for f in alike if f.start < (end.start() if end else hi)]
                elif alike:
                    # the rank's own figure, the first, and those of the ranks listed after it with 、 (其次是河南(187家)、
                    # 广东(177家); 其他依次为…1233家，…1047家，…930家: each a rank of its own)
                    series.append(alike[0])
                    for f in alike[1:]:
                        if not _RANKS_GAP_RE.fullmatch(r.norm, series[-1].end, f.start) and not (
                            nxt.group() == "依次" and _RUN_GAP_RE.fullmatch(r.norm, series[-1].end, f.start)
                        ):
                            break
                        series.append(f)
            if len(series) >= 2:
                # (最低的是上海(21.82%)，其次是陕西(25.00%): up from the lowest)
                sign = 1 if m.group("low") else -1
                out.append(_series(series, sign, m.start(), series[-1].end, ties=True))
    return out


_SEGMENT_RE = lazy_compile(r"[；;。]")
_RATIO_RANKED_RE = re.compile(r"比例|占比|比重|率")
# between two ranks' figures listed with 、 (…(187家)、广东(177家): a name, no other figure or clause mark)
_RANKS_GAP_RE = re.compile(r"\s*[)）]?\s*、[^，,；;。、\d]{1,12}?[（(]?\s*")
# between two ranks of a 依次 run (…的1233家,建设工程类鉴定1047家): a clause each
_RUN_GAP_RE = re.compile(r"\s*[)）]?\s*[，,、][^，,；;。、\d]{1,16}?[（(]?\s*")


def _segment(r: Reading, start: int, ceiling: int) -> tuple[int, int]:
    """From start to the next ；or 。 (a rank's words and figures: 其次为食环署及地政总署，分别有323宗及213宗)."""
    end = _SEGMENT_RE.search(r.norm, start, ceiling)
    return start, end.start() if end else ceiling


def _clause_of(r: Reading, pos: int) -> int:
    """Where the clause holding pos starts (after the last clause mark before it)."""
    return max(r.norm.rfind(c, 0, pos) for c in "，,；;。") + 1


def _share_alike(r: Reading, f: Fact, g: Fact) -> bool:
    """Are both shares (占…), or both no shares? (A ranking's counts and its shares are two series.)"""
    return ("占" in r.frame(f).label) == ("占" in r.frame(g).label)


def _by_unit(r: Reading, facts: list[Fact], ratios: bool = False) -> list[list[Fact]]:
    """The figures of one unit in order, counts apart from shares (占…%); growth rates and the like left out
    (unless the ranking is of a ratio: `ratios`)."""
    groups: dict[tuple[str, bool], list[Fact]] = {}
    for f in facts:
        share = f.mention.kind == "percent"
        if share and not ratios and "占" not in r.frame(f).label:
            continue  # (同比增长12%: no place in the ranking)
        groups.setdefault((f.q.unit, share), []).append(f)
    return list(groups.values())


def _series(values: list[Fact], sign: int, start: int, end: int, ties: bool = False) -> Group:
    attrs: dict[str, object] = {"sign": sign}
    if ties:
        attrs["ties"] = True
    return Group(kind=KIND, facts={"series": [f.id for f in values]}, span=(start, end), attrs=attrs)


_RISES = Relation(">", Ref("b"), Ref("a"), "b > a")
_FALLS = Relation("<", Ref("b"), Ref("a"), "b < a")
_NOT_ABOVE = Relation("<=", Ref("b"), Ref("a"), "b <= a")
_NOT_BELOW = Relation(">=", Ref("b"), Ref("a"), "b >= a")


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        rising = g.attrs["sign"] == 1
        ranked = bool(g.attrs.get("ties"))
        # (a ranking from the lowest, 最低的是…其次是…, goes up: each no lower than the one before)
        rel = (_NOT_BELOW if rising else _NOT_ABOVE) if ranked else _RISES if rising else _FALLS
        pairs = list(itertools.pairwise(ctx.fact(i) for i in g.facts["series"]))
        out_of_order = sum(1 for a, b in pairs if not holds(rel, env({"a": a, "b": b}, "usual", {})))
        # (前8名为…1674件、1186件、192件、273件、220件、159件、235件…: a list out of order in more than one place, and
        # in order in others, names its top places without listing them by rank; one slip breaks the order in one
        # place, and a list wholly reversed is still said against its ranking)
        unordered = ranked and out_of_order > 1 and len(pairs) - out_of_order > 1
        for a, b in pairs:
            keys = {"a": a, "b": b}
            if holds(rel, env(keys, "usual", {})) or unordered:
                record(ctx, rule, rel, keys, None)
                continue
            record(ctx, rule, rel, keys, rule.severity)
            said = _quoted(ctx.ex.text, g.span)
            if ranked:
                more, more_en = ("低于", "below") if rising else ("高于", "above")
                emit(
                    ctx,
                    rule,
                    rule.severity,
                    f"文中按名次排列（“{said}”），但排在后面的{b.mention.text}{more}排在前面的{a.mention.text}",
                    f"the text ranks them (“{said}”), but {b.mention.text} ranked after is {more_en} {a.mention.text}",
                    [(a, "before"), (b, "after")],
                    None,
                    b.mention.text,
                )
                continue
            more, more_en = ("高于", "above") if rising else ("低于", "below")
            emit(
                ctx,
                rule,
                rule.severity,
                f"文中说“{said}”，但{b.mention.text}并不{more}之前的{a.mention.text}",
                f"the text says “{said}”, but {b.mention.text} is not {more_en} {a.mention.text} before it",
                [(a, "before"), (b, "after")],
                None,
                b.mention.text,
            )


def _quoted(text: str, span: tuple[int, int], most: int = 40) -> str:
    said = text[span[0] : span[1]]
    return said if len(said) <= most else "…" + said[-most:]
