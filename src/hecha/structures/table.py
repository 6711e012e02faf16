"""What a table states between its cells (tables.py reads the tables):

  a total row       总计 | 983 | 10 | 973    each count column's total is the sum of the rows above it
  a total column    … | 其他 | 总计 / 合计(宗)  each row's total is the sum of its counts before it
  a rate column     办结率 | 98%               the column its name names (已办结) over the row's total
                                               column (总件数, 承办件数; else the first count column)
  a share column    比例 | 74.7%               the row's count over the column's total in the total row
  a row identity    承办件数 = 办结数 + 在办数 + 超时未办数, holding in every other row (at least three
                    of them with two parts or more): the table's own arithmetic, learnt from its rows

The groups are those of the structures they are: breakdowns (complete), rates and shares, checked by
their modules' checks. Marker attrs say which table relation stated them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..expr import Ref, Relation, Sum, holds
from ..findings import Context, emit, env, name_en, name_zh, record
from ..gip_tables import CARRIED_ON_RE, CARRIED_RE, COLUMNS, NEW_RE, OUTCOMES, SUITS_COLUMNS, TOTAL_RE
from ..intervals import fact_interval, fmt_number
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule
from ..tables import Cell, Table, find_tables, repeat_period
from .pairs import check_pairs
from .share import share_fits
from .words import CARRY_RE, counted_alike, load_words

KIND = "table"
AFTER: tuple[str, ...] = ()

_TOTAL_RE = re.compile(r"^(?:合计|总计|小计|总数|共计|全市|全省|全县|全区)")
_TOTAL_NAME_RE = re.compile(r"合计|总计|小计|总数|总量|总件数|共计")
# what is in force or published in all, beside this year's additions (the 政府信息公开 report template of
# 2019: 本年新制作数量 | 本年新公开数量 | 对外公开总数量; 本年制发件数 | 本年废止件数 | 现行有效件数): no row sum
_STOCK_RE = re.compile(r"对外公开总数|现行有效")
_RATE_NAME_RE = re.compile(r"^(.{2,8}?)率")
_SHARE_NAME_RE = re.compile(r"比例|占比|比重")
# the column a rate column is over, the first of them (接受量 before 受理量: all that came in)
_BASE_NAME_RE = re.compile(r"总|合计|件数|承办|交办|接受|接收|受理|收到|数量")
MIN_IDENTITY_ROWS = 3  # rows with two parts or more that an inferred identity must hold in


def recognise(r: Reading) -> list[Group]:
    if not r.has_tables:
        return []
    at = {f.start: f for f in r.facts}
    groups: list[Group] = []
    for t in find_tables(r.text):
        if any(not c.empty for row in t.rows for c in row[len(t.header) :]):
            continue  # (rows of a page's table run together, more figures than its columns: none can be named)
        grid = [[_fact_at(at, c) for c in row[1:]] for row in t.rows]
        names = tuple(c.text for c in t.header[1:])
        if names in (COLUMNS, SUITS_COLUMNS):
            groups += _template(t, grid) if names == COLUMNS else _suits_template(grid)
            continue  # a national template: its own identities, not those guessed from its layout
        # (a table laid out across, 数量 over 占比: the columns' kinds are those of its rows of counts)
        counted = [row for i, row in enumerate(grid) if not _SHARE_NAME_RE.search(_label(t, i))]
        counts = [j for j in range(len(t.header) - 1) if _column_kind(counted, j) == "count"]
        groups += _total_rows(t, grid, counts)
        groups += _outline_sums(t, grid, counts)
        groups += _total_column(t, counted, counts)
        groups += _rate_columns(t, grid, counts, 1000 * (len(groups) + 1), _stated_before(r, t))
        groups += _identities(t, grid, counts)
        groups += _in_force(t, grid)
        groups += _share_rows(t, grid, 1000 * (len(groups) + 1))
        groups += _change_column(t, grid)
        groups += _stage_columns(t, grid, counts)
        groups += _ranked(t, grid)
        totals = [i for i in range(len(grid)) if _is_total_row(t, i)]
        groups += _learnt_columns(grid, groups, totals)
        # (a table laid out across, 年份 | 2019年 | 2020年 ⏎ 收案 | … ⏎ 结案 | … ⏎ 结案率 | …: its rate rows, read the same
        # way down its columns; not sums or differences of rows, which the bodies of a table of many small counts can
        # give by chance: 洋县 12 | 10 | 2 is 住建局 9 | 8 | 1 and 自然资源局 3 | 2 | 1)
        groups += _learnt_columns(_transposed(grid), groups, [], rates_only=True)
    return groups


_CHANGE_NAME_RE = re.compile(
    r"^(?:同比|环比|增减|增/减|增长|增幅|比上年|较上年|比上月|较上月|同比增减|增减幅度|同比增长)"
)
_PRIOR_NAME_RE = re.compile(r"去年同期|上年同期|上年|去年|同期|上月|上期")
_PERIOD_RE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?")


def _current_and_prior(a: str, b: str) -> tuple[int, int] | None:
    """Which of two columns side by side (0 the first, 1 the second) is this period's and which the prior
    one's: the one named as the prior (去年同期, 上月), else the earlier of two named periods (6月受理数 |
    7月受理数; 2023年 | 2024年)."""
    if _PRIOR_NAME_RE.search(b) and not _PRIOR_NAME_RE.search(a):
        return 0, 1
    if _PRIOR_NAME_RE.search(a) and not _PRIOR_NAME_RE.search(b):
        return 1, 0
    pa, pb = _period(a), _period(b)
    if pa is None or pb is None:
        return None
    if not (pa[0] and pb[0]):
        # (7月完成情况 | 2024年6月完成数: a month alone is of the other column's year; compare the months)
        pa, pb = (0, pa[1]), (0, pb[1])
    if pa == pb or (pa[0] == pb[0] and not (pa[1] and pb[1])):
        return None
    return (0, 1) if pa > pb else (1, 0)


def _period(name: str) -> tuple[int, int] | None:
    """The (year, month) a column names (0 for what it leaves out), if any."""
    m = next((m for m in _PERIOD_RE.finditer(name) if m.group()), None)
    if m is None:
        return None
    return int(m.group(1) or 0), int(m.group(2) or 0)


def _change_column(t: Table, grid: list[list[Fact | None]]) -> list[Group]:
    """本期 | 去年同期 | 同比, 6月受理数 | 7月受理数 | 增/减幅(%): in each row the change column's figure is
    this period's less the prior's (of rates, in percentage points: 22.22% | 20.00% | 2.22), the growth over
    the prior (of counts, in %), or the difference (7月 | 6月 | 增/减(宗): 1420 | 1655 | -235): groups of
    change.py's kinds (pp_change, growth_rate, growth), marker 同比列."""
    out: list[Group] = []
    for j in range(2, len(t.header) - 1):
        if not _CHANGE_NAME_RE.match(_name(t, j)):
            continue
        # the two columns it compares: the two before it, or, past a share column between them (2021年新收 |
        # 占比 | 2020年新收 | 增幅), the last two before it of one kind that each name a period
        a, b = j - 2, j - 1
        if _CHANGE_NAME_RE.match(_name(t, b)) and j >= 3:
            a, b = (
                j - 3,
                j - 2,
            )  # (本期 | 同期 | 增减额 | 增减率%: the rate of the two before the amount's column)
        order = _current_and_prior(_name(t, a), _name(t, b))
        if order is None:
            dated = [
                k for k in range(j) if _period(_name(t, k)) is not None or _PRIOR_NAME_RE.search(_name(t, k))
            ]
            if len(dated) >= 2 and _column_kind(grid, dated[-2]) == _column_kind(grid, dated[-1]) == "count":
                a, b = dated[-2], dated[-1]
                order = _current_and_prior(_name(t, a), _name(t, b))
        if order is None:
            continue
        for row in grid:
            if max(a, b, j) >= len(row):
                continue
            cols = (a, b)
            cur, prior, delta = row[cols[order[0]]], row[cols[order[1]]], row[j]
            if cur is None or prior is None or delta is None or cur.q.unit != prior.q.unit:
                continue
            if cur.q.unit == "%" and delta.q.unit != "%":  # (a bare number, read in the page's unit)
                kind = "pp_change"
            elif cur.q.unit != "%" and delta.q.unit == "%":
                kind = "growth_rate"
            elif cur.q.unit != "%" and delta.q.unit == cur.q.unit:
                kind = "growth"
            else:
                continue
            ids = {"current": [cur.id], "prior": [prior.id], "delta": [delta.id]}
            span = (min(cur.start, prior.start), delta.end)
            attrs: dict[str, object] = {"sign": 1, "marker": "同比列"}
            then = _name(t, cols[order[1]])
            named = _PRIOR_NAME_RE.search(then) or next(
                (m for m in _PERIOD_RE.finditer(then) if m.group()), None
            )
            if named is not None:
                attrs["period"] = named.group()  # (与6月1655相比: the prior column's own period)
            out.append(Group(kind=kind, facts=ids, span=span, attrs=attrs))
    return out


def _stage_columns(t: Table, grid: list[list[Fact | None]], counts: list[int]) -> list[Group]:
    """收案数 | 受理数, 受理 | 办结: count columns named by steps of one process (schemas/structures.yaml `stages`).
    In each row a later step's count is at most the count of the column before it, when that is named by an
    earlier step: groups of steps.py's kind (a concluding step after an intake may hold cases carried over,
    unstated row by row: twice the intake bounds it)."""
    if any(CARRY_RE.search(_name(t, j)) for j in range(len(t.header) - 1)):
        return []  # (上年结转 | 受理 | 办结: what is concluded is of the two together, which steps.py reads in text)
    words = load_words()
    named = [
        (j, stage)
        for j in counts
        if not _RATE_NAME_RE.search(_name(t, j)) and (stage := words.stage(_name(t, j))) is not None
    ]
    out: list[Group] = []
    for k, (b, later) in enumerate(named):
        # the column right before it of an earlier step, none of its own step or later between (受理 | 办结 |
        # 即办件办结 | 承诺件办结 | 审批系统办结: the kinds of 办结 after it are of the 办结, no steps after the 受理)
        if k == 0 or (earlier := named[k - 1][1]) >= later:
            continue
        a = named[k - 1][0]
        if any(_SPLIT_NAME_RE.match(_name(t, j)) for j in range(a + 1, b)):
            continue  # (接受量 | 受理量 | 不受理量 | 办结量: the intake split in two, what is concluded is of all that came)
        allowance = "none"
        if later in words.concludes and later not in words.outcomes and earlier in words.intake:
            # what a row concludes may hold its cases carried over, which its row does not state (a month's 受理
            # 16件, 办结17件): only more than twice its intake is beyond it
            allowance = "double"
        for row in grid:
            first, then = row[a], row[b]
            if first is None or then is None or first.q.unit != then.q.unit:
                continue
            out.append(
                Group(
                    kind="step",
                    facts={"earlier": [first.id], "later": [then.id]},
                    span=(first.start, then.end),
                    attrs={"allowance": allowance, "marker": "表列"},
                )
            )
    return out


_SPLIT_NAME_RE = re.compile(r"不|未|非")
_RANK_NAME_RE = re.compile(r"^(?:排名|名次|排序|位次)$")


def _ranked(t: Table, grid: list[list[Fact | None]]) -> list[Group]:
    """单位 | 总工单数 | 得分 | 排名: the rows' ranks order the column right before the rank column (a score, a
    rate): in rank order its figures do not rise. Read only where the rows bear that out (two steps from one
    rank to the next fall at least, and one rises at most, in four rows or more): a ranking from the bottom
    (the fewest complaints first) is no ordering this reads."""
    out: list[Group] = []
    for j in range(1, len(t.header) - 1):
        if not _RANK_NAME_RE.match(_name(t, j)):
            continue
        ranked = [
            (rank.q.value, value, i)
            for i, row in enumerate(grid)
            if not _is_total_row(t, i)
            and (rank := row[j]) is not None
            and (value := row[j - 1]) is not None
            and rank.q.value == int(rank.q.value) >= 1
        ]
        ranked.sort(key=lambda x: (x[0], x[2]))
        steps = [(a, b) for a, b in itertools.pairwise(ranked) if a[0] < b[0]]
        rises = sum(1 for a, b in steps if a[1].q.value < b[1].q.value)
        falls = sum(1 for a, b in steps if a[1].q.value > b[1].q.value)
        if len(ranked) < 3 + rises or rises > 1 or falls < 2:
            continue
        for (ra, higher, _), (rb, lower, _) in steps:
            out.append(
                Group(
                    kind="ranked",
                    facts={"higher": [higher.id], "lower": [lower.id]},
                    span=(min(higher.start, lower.start), max(higher.end, lower.end)),
                    attrs={"ranks": [int(ra), int(rb)], "column": _name(t, j - 1)},
                )
            )
    return out


def check_ranked(rule: Rule, ctx: Context) -> None:
    """Rule kind `ranked`: a row ranked before another has no lower figure in the column its ranks order."""
    check_pairs(rule, ctx, "ranked", _RANKED_REL, _ranked_message)


_RANKED_REL = Relation("<=", Ref("lower"), Ref("higher"), "lower <= higher")


def _ranked_message(lower: Fact, higher: Fact, g: Group) -> tuple[str, str]:
    ra, rb = (int(x) for x in g.attrs.get("ranks", [0, 0]))
    column = str(g.attrs.get("column", ""))
    zh = (
        f"排名第{ra}的{column}{higher.mention.text}低于排名第{rb}的{lower.mention.text}："
        f"排名与{column or '所排序的数字'}不一致，其中一个有误"
    )
    en = (
        f"ranked {ra}, {name_en(higher)} {higher.mention.text} is below the {lower.mention.text} "
        f"ranked {rb}: the ranks and the figures they order disagree"
    )
    return zh, en


def _transposed(grid: list[list[Fact | None]]) -> list[list[Fact | None]]:
    width = max((len(row) for row in grid), default=0)
    return [[row[j] if j < len(row) else None for row in grid] for j in range(width)]


def _learnt_columns(
    grid: list[list[Fact | None]], stated: list[Group], totals: list[int], rates_only: bool = False
) -> list[Group]:
    """A column no name explains that is, row by row, the ratio of two other columns (任务数 | 完成数 | 完成率:
    2600 | 2675 | 102.88%), the growth of one over the other (…| 2696 | … | -0.78%), their difference (…| -21) or,
    beside a total row (`totals`), each row's share of a column's total (…| 1420 | 9.74%): the table's own arithmetic, learnt from its rows as `_identities` learns a sum — holding in
    every row but at most one, in MIN_IDENTITY_ROWS rows or more where it says something (the two columns
    differ, the difference is not 0), and the only such reading of the column. Stated in every row, so the
    one row it fails in is reported (groups of rate.py's and change.py's kinds, marker 表内推算)."""
    # (the columns of a rate or a change a column's name explains: none of them is learnt again from the others)
    explained = {i for g in stated if g.kind in _EXPLAINED for ids in g.facts.values() for i in ids}
    summed = {
        g.facts["total"][0] for g in stated if g.kind == "breakdown"
    }  # (totals a table relation states)
    width = max((len(row) for row in grid), default=0)
    kinds = [_column_kind(grid, j) for j in range(width)]
    amounts = [j for j in range(width) if kinds[j] in ("count", "money")]
    out: list[Group] = []
    differences: set[frozenset[int]] = set()  # the columns one difference ties, read once
    # (a column below 0 somewhere first: of 2675 | 2696 | -21, the -21 is the difference, not the 2696 a sum)
    for j in sorted(range(width), key=lambda k: not any(_negative(row, (k,)) for row in grid)):
        if kinds[j] not in ("percent", "count", "money") or (rates_only and kinds[j] != "percent"):
            continue
        if any(j < len(row) and (f := row[j]) is not None and f.id in explained for row in grid):
            continue  # (a rate or change column its name explains)
        best: list[tuple[tuple[int, ...], str, int, int]] = []  # (the rows it fails in, how, a, b)
        for a in amounts:
            for b in amounts:
                if len({a, b, j}) < 3 or kinds[a] != kinds[b]:
                    continue
                for how in ("ratio", "growth_rate") if kinds[j] == "percent" else ("growth",):
                    if how == "growth" and (kinds[j] != kinds[a] or frozenset((j, a, b)) in differences):
                        continue
                    fits = _column_fits(grid, j, a, b, how)
                    if fits is not None:
                        best.append((fits, how, a, b))
        if kinds[j] == "percent" and totals:
            for a in amounts:
                if a != j and (fits := _share_fits(grid, j, a, totals[0])) is not None:
                    best.append((fits, "share", a, -1))
        if kinds[j] in ("count", "money") and not any(
            j < len(row) and (f := row[j]) is not None and f.id in summed for row in grid
        ):
            # (合计 | 已办结 | 正在办理 | 未办理 beside other columns: a run of three or more right beside it adds up to it)
            for a, b in _runs_beside(j, kinds):
                if (fits := _sum_fits(grid, j, range(a, b))) is not None:
                    best.append((fits, "sum", a, b))
                    break  # (the longest run first)
        if not best:
            continue
        least = min(len(x[0]) for x in best)
        # (a growth before the ratio of a difference column over the prior that states the same)
        chosen = sorted((x for x in best if len(x[0]) == least), key=lambda x: _HOWS.index(x[1]))
        if len({x[0] for x in chosen}) > 1:
            continue  # (two readings failing in different rows: which row is wrong is not the table's to say)
        _, how, a, b = chosen[0]
        if how == "growth":
            differences.add(frozenset((j, a, b)))
        over_100 = any(j < len(row) and (f := row[j]) is not None and f.q.value > 100 for row in grid)
        if how == "share":
            out += _shares_of_the_total(grid, j, a, totals[0])
            continue
        if how == "sum":
            out += _row_sums(grid, j, range(a, b), "表内推算")
            continue
        for row in grid:
            cells = [row[k] if k < len(row) else None for k in (j, a, b)]
            if any(c is None for c in cells):
                continue
            v, x, y = cells
            assert v is not None and x is not None and y is not None
            if how == "ratio":
                if y.q.value > 0 and over_100:
                    # (完成数 over 任务数: a ratio past 100% somewhere is one of a target done, completion.py's)
                    ids = {"done": [x.id], "target": [y.id], "rate": [v.id]}
                    out.append(Group(kind="completion", facts=ids, span=(min(x.start, y.start), v.end)))
                elif y.q.value > 0:
                    out.append(_rate(v, x, y, "表内推算"))
                continue
            if how == "growth" and not any(_negative(row, (j, b)) for row in grid):
                # (总件数 | 处理中 | 已办结: 212 | 4 | 208, a difference never below 0 is a part: the total's breakdown)
                out.append(_breakdown(x, [y, v], "表内推算", "likely"))
                continue
            attrs: dict[str, object] = {"sign": 1, "marker": "表内推算"}
            ids = {"current": [x.id], "prior": [y.id], "delta": [v.id]}
            out.append(Group(kind=how, facts=ids, span=(min(x.start, y.start), v.end), attrs=attrs))
    return out


def _negative(row: list[Fact | None], cols: tuple[int, ...]) -> bool:
    return any(k < len(row) and (f := row[k]) is not None and f.q.value < 0 for k in cols)


_EXPLAINED = ("rate", "share", "growth", "growth_rate", "pp_change")


_HOWS = ("growth_rate", "growth", "ratio", "share", "sum")
_LEAST_RUN = 3  # columns a learnt sum adds, at least (two: a difference, learnt as such)


def _runs_beside(j: int, kinds: list[str | None]) -> list[tuple[int, int]]:
    """The runs of columns of column j's kind right after it or right before it, of _LEAST_RUN or more, longest
    first: (start, end) pairs."""
    after = j + 1
    while after < len(kinds) and kinds[after] == kinds[j]:
        after += 1
    before = j
    while before > 0 and kinds[before - 1] == kinds[j]:
        before -= 1
    runs = [(j + 1, end) for end in range(after, j + _LEAST_RUN, -1)]
    runs += [(start, j) for start in range(before, j - _LEAST_RUN + 1)]
    return sorted(runs, key=lambda r: r[0] - r[1])


def _sum_fits(grid: list[list[Fact | None]], j: int, cols: Sequence[int]) -> tuple[int, ...] | None:
    """The rows in which column j is not the sum of the columns `cols` (in all but one of MIN_IDENTITY_ROWS + 1
    rows or more, MIN_IDENTITY_ROWS of them with two parts or more not 0), else None."""
    rows = telling = 0
    misfits: list[int] = []
    for i, row in enumerate(grid):
        total = row[j] if j < len(row) else None
        parts = [p for k in cols if k < len(row) and (p := row[k]) is not None]
        if total is None or len(parts) < len(cols):
            continue
        rows += 1
        if abs(total.q.value - sum(p.q.value for p in parts)) < 1e-9:
            telling += _busy(parts)
        else:
            misfits.append(i)
            if len(misfits) > 1:
                return None
    return tuple(misfits) if rows >= MIN_IDENTITY_ROWS + 1 and telling >= MIN_IDENTITY_ROWS else None


def _row_sums(grid: list[list[Fact | None]], j: int, cols: Sequence[int], marker: str) -> list[Group]:
    """Each row's column j as the sum of its columns `cols`, where the row has all of them (likely whole)."""
    out = []
    for row in grid:
        total = row[j] if j < len(row) else None
        parts = [p for k in cols if k < len(row) and (p := row[k]) is not None]
        if total is not None and len(parts) == len(cols):
            out.append(_breakdown(total, parts, marker, "likely"))
    return out


def _share_fits(grid: list[list[Fact | None]], j: int, a: int, total_row: int) -> tuple[int, ...] | None:
    """The rows in which column j is not their column a's share of the total row's (in all but one of
    MIN_IDENTITY_ROWS + 1 rows or more, MIN_IDENTITY_ROWS of them not 0), else None."""
    total = grid[total_row][a] if a < len(grid[total_row]) else None
    if total is None or total.q.value <= 0:
        return None
    rows = telling = 0
    misfits: list[int] = []
    for i, row in enumerate(grid):
        if i == total_row or max(a, j) >= len(row) or row[j] is None or row[a] is None:
            continue
        v, x = row[j], row[a]
        assert v is not None and x is not None
        rows += 1
        if _displays(100 * x.q.value / total.q.value, v):
            telling += x.q.value != 0
        else:
            misfits.append(i)
            if len(misfits) > 1:
                return None
    return tuple(misfits) if rows >= MIN_IDENTITY_ROWS + 1 and telling >= MIN_IDENTITY_ROWS else None


def _shares_of_the_total(grid: list[list[Fact | None]], j: int, a: int, total_row: int) -> list[Group]:
    """Each row's share (column j) of column a's total row, one list (share.py's kind, marker 表内推算)."""
    total = grid[total_row][a]
    assert total is not None
    out = []
    for i, row in enumerate(grid):
        if i == total_row or max(a, j) >= len(row) or (rate := row[j]) is None or (part := row[a]) is None:
            continue
        out.append(
            Group(
                kind="share",
                facts={"rate": [rate.id], "part": [part.id], "base": [total.id]},
                span=(part.start, rate.end),
                attrs={"base_words": "", "bases": [total.id], "list": 9000 + j, "marker": "表内推算"},
            )
        )
    return out


def _column_fits(grid: list[list[Fact | None]], j: int, a: int, b: int, how: str) -> tuple[int, ...] | None:
    """The rows in which column j is not column a's `how` (ratio, growth_rate, growth) over column b, if
    it is in all but one of MIN_IDENTITY_ROWS + 1 rows or more, with MIN_IDENTITY_ROWS that say something;
    else None."""
    rows = telling = 0
    misfits: list[int] = []
    for i, row in enumerate(grid):
        if max(a, b, j) >= len(row):
            continue
        v, x, y = row[j], row[a], row[b]
        if v is None or x is None or y is None:
            continue
        if how != "growth" and y.q.value <= 0:
            continue
        rows += 1
        if how == "ratio":
            got = 100 * x.q.value / y.q.value
        elif how == "growth_rate":
            got = 100 * (x.q.value - y.q.value) / y.q.value
        else:
            got = x.q.value - y.q.value
        if _displays(got, v):
            # (a row says something when no figure of it is 0 and the two differ: 0 − 0, 1 − 0, 0 ÷ 5 hold of anything)
            telling += x.q.value != y.q.value and 0 not in (x.q.value, y.q.value, v.q.value)
        else:
            misfits.append(i)
            if len(misfits) > 1:
                return None
    return tuple(misfits) if rows >= MIN_IDENTITY_ROWS + 1 and telling >= MIN_IDENTITY_ROWS else None


def _displays(value: float, shown: Fact) -> bool:
    """Does a figure as shown stand for this value: rounded to its last digit, or (a percentage) cut off there?"""
    step = shown.q.step
    if abs(value - shown.q.value) <= step / 2 + 1e-9:
        return True
    # (a difference of 10.00 and 5.00 is 5.00, not 4.99: only a rate may be cut off)
    return (
        shown.q.unit == "%" and 0 <= (value - shown.q.value) * (1 if shown.q.value >= 0 else -1) < step - 1e-9
    )


def _fact_at(at: dict[int, Fact], cell: Cell) -> Fact | None:
    f = at.get(cell.start)
    return f if f is not None and not cell.empty and f.end <= cell.end else None


def _column_kind(grid: list[list[Fact | None]], j: int) -> str | None:
    kinds = {f.mention.kind for row in grid if j < len(row) and (f := row[j]) is not None}
    return kinds.pop() if len(kinds) == 1 else None


def _name(t: Table, j: int) -> str:
    return "".join(t.header[j + 1].text.split()) if j + 1 < len(t.header) else ""


def _label(t: Table, i: int) -> str:
    return "".join(t.rows[i][0].text.split())  # (合 计, 其 他: a label spaced out to fill its cell)


def _breakdown(total: Fact, parts: list[Fact], marker: str, complete: str = "yes") -> Group:
    return Group(
        kind="breakdown",
        facts={"total": [total.id], "parts": [p.id for p in parts]},
        span=(min(f.start for f in [total, *parts]), max(f.end for f in [total, *parts])),
        attrs={"complete": complete, "marker": marker},
    )


def _total_rows(t: Table, grid: list[list[Fact | None]], counts: list[int]) -> list[Group]:
    """总计 | 983 | 10 | 973: every count column of the rows since the last total row adds up to it. In a
    table laid out in pairs side by side (省份 | 数量 | 省份 | 数量), a row holds several records: a total
    row with one figure for the columns of one name totals them all."""
    out = []
    top = 0
    period = _wrap_period(t)
    totals = [i for i in range(len(grid)) if _is_total_row(t, i)]
    for i in totals:
        below = range(top, i)
        if i == top == 0 and len(totals) == 1 and _leaf_rows(t, range(1, len(grid))):
            # 合计 | 1749823 | 1763199 |, then the kinds: a statistical bulletin's total row opens the table
            below = range(1, len(grid))
        # 市城管直属二大队 | 15 |… ⏎ 市政工程处 | 维修所 | 5 |… ⏎ 路灯所 | 23 |… ⏎ 合计 | 28 |…: a row whose label comes
        # after a group's name (a merged cell) starts what that 合计 totals
        opened = [k for k in below if t.row_starts[k] < t.rows[k][0].start]
        if opened and opened[-1] > below.start:
            below = range(opened[-1], i)
        for j in counts:
            total = grid[i][j] if j < len(grid[i]) else None
            cols: range | tuple[int] = (j,)
            if period:
                alike = range(j % period, len(t.header) - 1, period)
                if sum(1 for k in alike if k < len(grid[i]) and grid[i][k] is not None) == 1:
                    cols = alike  # one total for the columns of one name: of them all
            parts = [p for r in below for k in cols if k < len(grid[r]) and (p := grid[r][k]) is not None]
            if total is not None and len(parts) >= 2:
                out.append(_breakdown(total, parts, "合计行"))
        top = i + 1
    return out


_SUBSET_ROW_RE = re.compile(r"^(?:其中|含|包括|内含)")
# a budget table's outline: sections (一、共享收入) over items numbered from 1 (1、增值税 … 12、教育附加), and a row
# ending in 合计 after the sections (区级财政收入合计)
_SECTION_ROW_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")
_ITEM_ROW_RE = re.compile(r"^(?:(\d{1,2})[、.．](?!\d)|[（(](\d{1,2})[)）])")
_SUM_ROW_RE = re.compile(r"(?:合计|总计|小计)$")


def _outline_sums(t: Table, grid: list[list[Fact | None]], counts: list[int]) -> list[Group]:
    """一、共享收入 | 24039 ⏎ 1、增值税 | 2319 ⏎ … ⏎ 12、教育附加 | 1104 ⏎ 二、区级固定收入 | 20302 ⏎ … ⏎ 区级财政收入合计 |
    44341: in each count column a section's row is the sum of the items numbered 1, 2, 3… under it, and a row ending in
    合计 right after sections is the sum of those sections (each a breakdown, likely whole: the items run unbroken)."""
    labels = [_label(t, i) for i in range(len(grid))]
    sections: list[int] = []  # the section rows since the last sum row
    out: list[Group] = []
    i = 0
    while i < len(grid):
        if _SECTION_ROW_RE.match(labels[i]):
            sections.append(i)
            items: list[int] = []
            k = i + 1
            while (
                k < len(grid)
                and (m := _ITEM_ROW_RE.match(labels[k]))
                and int(m.group(1) or m.group(2)) == len(items) + 1
            ):
                items.append(k)
                k += 1
            if len(items) >= 2:
                out += _column_sums(grid, counts, i, items, "分项行")
            i = k
            continue
        if _SUM_ROW_RE.search(labels[i]) and len(sections) >= 2:
            out += _column_sums(grid, counts, i, sections, "合计行")
        sections = [] if not _SECTION_ROW_RE.match(labels[i]) else sections
        i += 1
    return out


def _column_sums(
    grid: list[list[Fact | None]], counts: list[int], total_row: int, rows: list[int], marker: str
) -> list[Group]:
    """In each count column where the total row and every one of the rows has a figure, the total is their sum."""
    out = []
    for j in counts:
        total = grid[total_row][j] if j < len(grid[total_row]) else None
        parts = [grid[r][j] if j < len(grid[r]) else None for r in rows]
        if total is not None and all(p is not None for p in parts):
            out.append(_breakdown(total, [p for p in parts if p is not None], marker, "likely"))
    return out


def _leaf_rows(t: Table, rows: range) -> bool:
    """Are these rows kinds side by side, none a subset of another (其中…, 刑事 above 刑事一审)?"""
    labels = [_label(t, i) for i in rows]
    if len(labels) < 2 or any(not x or _SUBSET_ROW_RE.match(x) for x in labels):
        return False
    return not any(a != b and b.startswith(a) for a in labels for b in labels)


def _is_total_row(t: Table, i: int) -> bool:
    """Is row i a total row (合计, 全省…), not a row of means (全省平均 | 68 | 18.6 |…: the cities' mean)?"""
    label = _label(t, i)
    return _TOTAL_RE.match(label) is not None and not _NOT_ADDITIVE_RE.search(label)


def _wrap_period(t: Table) -> int:
    """How many columns a record takes when the header repeats its names side by side (省份 | 数量 |
    省份 | 数量: 2), else 0."""
    return repeat_period([c.text for c in t.header])


_NOT_ADDITIVE_RE = re.compile(r"平均|均值|最大|最小|最高|最低|最长|最短|中位")


def _total_column(t: Table, grid: list[list[Fact | None]], counts: list[int]) -> list[Group]:
    """… | 其他 | 总计: each row's total is the sum of its counts before it."""
    named = [j for j in counts if _TOTAL_NAME_RE.search(_name(t, j))]
    if not named:
        return []
    j = named[-1]
    # (平均等待时长(秒) | 最大通话时长(秒) | 全年总计: averages and extremes add up to nothing)
    before = [k for k in counts if k < j and not _NOT_ADDITIVE_RE.search(_name(t, k))]
    if _STOCK_RE.search(_name(t, j)):
        return []  # 本年新制作数量 | 本年新公开数量 | 对外公开总数量: this year's additions beside a stock
    rows: list[tuple[Fact, list[Fact]]] = []
    for row in grid:
        total = row[j] if j < len(row) else None
        parts = [p for k in before if k < len(row) and (p := row[k]) is not None]
        if total is None:
            continue
        # (… | 没收非法财物 | … with a cell of 304册 in a row of 宗: books seized, no count of decisions)
        parts = [
            p for p in parts if not (p.q.unit and total.q.unit and not counted_alike(p.q.unit, total.q.unit))
        ]
        if len(parts) < 2:
            continue
        if _sums(total, parts) is False and total.q.value <= max(p.q.value for p in parts):
            # a total below one of its parts is a row the page shifted (a cell left empty, a value
            # repeated after the total): read the largest value as the total if that holds
            values = [p for k in counts if k < len(row) and (p := row[k]) is not None]
            top = max(values, key=lambda f: f.q.value)
            shifted = values[: values.index(top)]
            if len(shifted) >= 2 and _sums(top, shifted):
                total, parts = top, shifted
        rows.append((total, parts))
    if len(rows) >= 2 and not any(_sums(total, parts) for total, parts in rows):
        # a total column no row adds up to is a header misread, not a slip in every row (有效警情 over 刑事类…小计,
        # then 无效报警, flattened into one line of names: the 小计 before the last column is the rows' total, when it
        # adds up in all rows but one)
        subtotal = [(parts[-1], parts[:-1]) for _, parts in rows if len(parts) >= 3]
        agreeing = sum(1 for total, parts in subtotal if _sums(total, parts))
        if len(subtotal) < len(rows) or agreeing < max(1, len(rows) - 1):
            return []
        rows = subtotal
    return [_breakdown(total, parts, "合计列") for total, parts in rows]


def _sums(total: Fact, parts: list[Fact]) -> bool:
    """Do the parts add up to the total, within what each displays?"""
    lo = sum(fact_interval(p).lo for p in parts)
    hi = sum(fact_interval(p).hi for p in parts)
    t = fact_interval(total)
    return lo <= t.hi + 1e-9 and t.lo <= hi + 1e-9


def _stated_before(r: Reading, t: Table) -> list[Fact]:
    """The counts the text states before the table, nearest first (共新收民事一审案件26059件，…如下表): wholes
    its share columns may be of when it has no total row. The nearest within _LEAD_REACH; further ones,
    within _LEAD_REACH_FAR, for a table of one part of a split stated before it (商品投诉393件，…服务投诉148件。
    投诉商品类排名 | 日用百货 | 75 | 19.1: of the 393)."""
    start = t.header[0].start
    before = [f for f in r.facts_between(max(0, start - _LEAD_REACH_FAR), start) if f.mention.kind == "count"]
    return before[::-1]


_LEAD_REACH = 200  # characters before a table its lead-in count may stand
_LEAD_REACH_FAR = 500  # … and a whole all its shares but one fit


def _rate_columns(
    t: Table, grid: list[list[Fact | None]], counts: list[int], list_no: int, leads: list[Fact]
) -> list[Group]:
    """办结率 over the row's total column; 比例 over the column total of its count column, or the count the
    text states right before a table with no total row (each such column a list of shares, numbered from
    list_no)."""
    out: list[Group] = []
    if not counts:
        return out
    base_cols = [j for j in counts if _BASE_NAME_RE.search(_name(t, j))] or counts[:1]
    base_col = base_cols[0]
    for j in range(len(t.header) - 1):
        name = _name(t, j)
        if _column_kind(grid, j) != "percent":
            continue
        m = _RATE_NAME_RE.match(name)
        if m and _CHANGE_NAME_RE.match(name):
            continue  # (增减率%: a change over the prior column, _change_column's, not a rate over the row's base)
        if m:
            # (样品不合格率 over 不合格样品数量: a rate of what failed names the count of what failed)
            negated = m.group(1)[-3:-2] in ("不", "未")
            stem = m.group(1)[-3:] if negated else m.group(1)[-2:]
            # (承诺件提前办结率, 总按时办结率: of the 承诺件 done early, of those done in time; a count column
            # must name those words too, not only 办结)
            qualifier = _OVERALL_PREFIX_RE.sub("", m.group(1)[: -len(stem)])
            # (结案率 over 完成数: a word the rate's name counts, structures.yaml `counted_as`; not 未完成数)
            said = (stem, *load_words().counted_as.get(stem, ()))
            # (应结案数 | 结案数 | 结案率: what was due for the step is its rate's base, not the row's first count)
            due = [k for k in counts if _name(t, k).startswith("应") and stem in _name(t, k)]
            over = due[0] if due else base_col
            nums = [
                k
                for k in counts
                if k != over
                and any(w in _name(t, k) for w in said)
                and qualifier in _name(t, k)
                and (negated or not _name(t, k).startswith(("未", "不", "应")))
            ]
            if not nums:
                continue
            for row in grid:
                rate, part, base = (row[x] if x < len(row) else None for x in (j, nums[0], over))
                # (延期数 0 | 延期率 0.00% over a base of 0: a rate of nothing, which any figure shows)
                if rate is not None and part is not None and base is not None and base.q.value > 0:
                    out.append(_rate(rate, part, base, "比率列"))
        elif _SHARE_NAME_RE.search(name):
            out += _share_column(t, grid, j, counts, list_no + j, leads)
    return out


_OVERALL_PREFIX_RE = re.compile(r"^(?:总体|总|综合|整体|平均)")


def _rate(rate: Fact, part: Fact, base: Fact, marker: str) -> Group:
    return Group(
        kind="rate",
        facts={"rate": [rate.id], "part": [part.id], "base": [base.id]},
        span=(min(part.start, base.start), rate.end),
        attrs={"stem": marker, "bases": [base.id], "tie": "sentence"},
    )


def _share_column(
    t: Table, grid: list[list[Fact | None]], j: int, counts: list[int], list_no: int, leads: list[Fact]
) -> list[Group]:
    """比例 | 74.7%: the row's count (the count column before it) over that column's total row; the column is
    one list (a share moved by a step so that the column adds up to 100% is a plug, not a slip). With no
    total row, over the count stated right before the table (`lead`) when most of the column's shares fit
    it (共新收民事一审案件26059件，…如下表 | 民间借贷纠纷 | 4159 | 15.96%): the one that does not is the slip."""
    k = max((c for c in counts if c < j), default=None)
    totals = [
        i for i in range(len(grid)) if _is_total_row(t, i)
    ]  # (none: each 比例 is of its own row's whole)
    if k is None:
        return []
    if totals:
        total, rows = grid[totals[0]][k], grid[: totals[0]]
    else:
        lead = _lead_fitted(grid, j, k, leads, t.header[0].start)
        if lead is None:
            return []  # (each 比例 may be of its own row's whole)
        total, rows = lead, grid
    if total is None:
        return []
    out = []
    for row in rows:
        rate, part = row[j] if j < len(row) else None, row[k]
        if rate is not None and part is not None:
            out.append(
                Group(
                    kind="share",
                    facts={"rate": [rate.id], "part": [part.id], "base": [total.id]},
                    span=(part.start, rate.end),
                    attrs={"base_words": "", "bases": [total.id], "list": list_no, "marker": "比例列"},
                )
            )
    return out


def _lead_fitted(
    grid: list[list[Fact | None]], j: int, k: int, leads: list[Fact], table_at: int
) -> Fact | None:
    """The whole stated before the table that column j's shares of column k are of: the nearest count, when
    most shares fit it; else a count further back that all of them but one fit (siblings that agree name
    their base; the one that does not is the slip)."""
    pairs = [(rate, part) for row in grid if j < len(row) and (rate := row[j]) and (part := row[k])]
    if len(pairs) < _LEAD_SHARES_LEAST:
        return None
    for n, lead in enumerate(leads):
        fit = sum(share_fits(rate, part, lead) for rate, part in pairs)
        if n == 0 and table_at - lead.end <= _LEAD_REACH and fit * 2 > len(pairs):
            return lead
        if fit >= len(pairs) - 1:
            return lead
    return None


_LEAD_SHARES_LEAST = 3  # shares of a column, at least, that most must fit the whole stated before the table


def _share_rows(t: Table, grid: list[list[Fact | None]], list_no: int) -> list[Group]:
    """A table laid out across (申请事项 | 举报投诉 | 行政处罚 | … over the rows 数量 | 75件 | 40件 and
    占新受理数比例 | 49.66% | 26.49%): each share over the count above it, all of one base the table
    may not state (one list: they must share a whole-number base and add up to at most 100%)."""
    out: list[Group] = []
    named = [j for j in range(len(t.header) - 1) if _TOTAL_NAME_RE.search(_name(t, j))]
    for i in range(1, len(grid)):
        if not _SHARE_NAME_RE.search(_label(t, i)):
            continue
        above = grid[i - 1]
        # (… | 其他 | 总计 over 数量 and 占比: each share is of the row's total, whose own share is 100%)
        whole = _row_total(above, named[-1]) if named else None
        whole_at = next((k for k, f in enumerate(above) if f is whole), len(above))
        for j, rate in enumerate(grid[i]):
            part = above[j] if j < len(above) else None
            if rate is None or part is None or rate.mention.kind != "percent" or part.mention.kind != "count":
                continue
            if j >= whole_at:
                continue  # (the whole's own 100%, and a value the page repeated past it)
            out.append(
                Group(
                    kind="share",
                    facts={"rate": [rate.id], "part": [part.id]},
                    span=(part.start, rate.end),
                    attrs={
                        "base_words": "",
                        "bases": [whole.id] if whole is not None else [],
                        "list": list_no + i,
                        "marker": "比例行",
                    },
                )
            )
    return out


def _row_total(row: list[Fact | None], j: int) -> Fact | None:
    """The count of a row laid out across that totals it: the one in the total column `j`, unless a count
    exceeds it, where the page shifted the row (… | 15,915 | 110,543 | 33,191 under … | 其他 | 总计: the
    largest, when the counts before it add up to it)."""
    counts = [f for f in row if f is not None and f.mention.kind == "count"]
    named = row[j] if j < len(row) else None
    if named is not None and named in counts and all(f.q.value <= named.q.value for f in counts):
        return named
    if not counts:
        return None
    top = max(counts, key=lambda f: f.q.value)
    before = counts[: counts.index(top)]
    return top if len(before) >= 2 and _sums(top, before) else None


def _identities(t: Table, grid: list[list[Fact | None]], counts: list[int]) -> list[Group]:
    """A count column that is the sum of the other count columns in every row but at most one, and in
    at least MIN_IDENTITY_ROWS rows where two parts or more are not zero: the table's own identity.
    The rows are stated as breakdowns, so the one row it fails in is reported."""
    if len(counts) < 3:
        return []
    body = [row for i, row in enumerate(grid) if not _TOTAL_RE.match(_label(t, i))]
    for total_col in (counts[0], counts[-1]):
        parts_cols = [k for k in counts if k != total_col]
        if _sum_fits(body, total_col, parts_cols) is not None:
            return _row_sums(body, total_col, parts_cols, "表内恒等")
    return []


def _busy(parts: list[Fact]) -> bool:
    return sum(1 for p in parts if fact_interval(p).lo > 0) >= 2


_ROW_NAMES = (
    "本年新收",
    "上年结转",
    "办理结果总计",
    "结转下年度继续办理",
)  # the balance's rows, as messages name them


def _template(t: Table, grid: list[list[Fact | None]]) -> list[Group]:
    """The 政府信息公开 template (gip_tables.py): each row's 总计 is the sum of its applicants; column by
    column, (七)总计 is the sum of the outcome rows above it (all of them read), and the balance the
    template states holds, 一 + 二 = 三 (its 总计) + 四."""
    labels = [row[0].text for row in t.rows]
    out = [g for row in grid if (g := _total_last(row)) is not None]

    def row_of(pattern: re.Pattern[str]) -> int | None:
        return next((i for i, label in enumerate(labels) if pattern.search(label)), None)

    new, carried, total, on = row_of(NEW_RE), row_of(CARRIED_RE), row_of(TOTAL_RE), row_of(CARRIED_ON_RE)
    for j in range(len(COLUMNS)):
        if new is not None and total is not None and total > new + 2:
            top = max(new, carried if carried is not None else new) + 1
            parts = [row[j] for row in grid[top:total]]
            whole = grid[total][j]
            if whole is not None and all(p is not None for p in parts):
                out.append(_breakdown(whole, [p for p in parts if p is not None], "总计行"))
        sides = [grid[i][j] if i is not None else None for i in (new, carried, total, on)]
        if all(f is not None for f in sides):
            a, b, c, d = (f for f in sides if f is not None)
            out.append(
                Group(
                    kind="balance",
                    facts={"left": [a.id, b.id], "right": [c.id, d.id]},
                    span=(a.start, d.end),
                    attrs={
                        "marker": "勾稽关系",
                        "op": "==",
                        "names": [f"{n}（{COLUMNS[j]}）" for n in _ROW_NAMES],
                    },
                )
            )
    return out


_ISSUED_RE = re.compile(r"本年制发")
_ABOLISHED_RE = re.compile(r"本年废止")
_IN_FORCE_RE = re.compile(r"现行有效")


def _in_force(t: Table, grid: list[list[Fact | None]]) -> list[Group]:
    """主动公开 (第二十条第(一)项): 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 — what a row issued this
    year is in force or was abolished: 制发 ≤ 现行有效 + 废止."""
    cols = [
        next((j for j in range(len(t.header) - 1) if rx.search(_name(t, j))), None)
        for rx in (_ISSUED_RE, _IN_FORCE_RE, _ABOLISHED_RE)
    ]
    if any(j is None for j in cols):
        return []
    out = []
    for i, row in enumerate(grid):
        cells = [row[j] if j is not None and j < len(row) else None for j in cols]
        issued, in_force, abolished = cells
        if issued is None or in_force is None or abolished is None:
            continue
        label = _label(t, i)
        out.append(
            Group(
                kind="balance",
                facts={"left": [issued.id], "right": [in_force.id, abolished.id]},
                span=(issued.start, max(in_force.end, abolished.end)),
                attrs={
                    "marker": "制发",
                    "op": "<=",
                    "names": [f"{label}本年制发", "现行有效", "本年废止"],
                },
            )
        )
    return out


def _suits_template(grid: list[list[Fact | None]]) -> list[Group]:
    """The 行政复议、行政诉讼 template: in each of its three blocks 总计 is the sum of the four outcomes."""
    n = len(OUTCOMES)
    blocks = [row[k : k + n] for row in grid for k in range(0, len(row), n)]
    return [g for block in blocks if (g := _total_last(block)) is not None]


def _total_last(cells: list[Fact | None]) -> Group | None:
    """The last cell is the total of the others (a template's 总计 column), when all were read."""
    read = [f for f in cells if f is not None]
    return _breakdown(read[-1], read[:-1], "合计列") if len(read) == len(cells) >= 3 else None


def check_balance(rule: Rule, ctx: Context) -> None:
    """Rule kind `balance`: a table's sums of cells that must agree (attrs `op`): what came in equals
    what went out (一 + 二 = 三 + 四); what was issued this year is in force or abolished (制发 ≤ 有效 + 废止)."""
    for g in ctx.ex.groups:
        if g.kind != "balance":
            continue
        left = [ctx.fact(i) for i in g.facts["left"]]
        right = [ctx.fact(i) for i in g.facts["right"]]
        op = str(g.attrs.get("op", "=="))
        keys = {**{f"l{i}": f for i, f in enumerate(left)}, **{f"r{i}": f for i, f in enumerate(right)}}
        rel = Relation(
            op,
            Sum(tuple(Ref(f"l{i}") for i in range(len(left)))),
            Sum(tuple(Ref(f"r{i}") for i in range(len(right)))),
            f"sum(left) {op} sum(right)",
        )
        ok = holds(rel, env(keys, "usual", {}))
        record(ctx, rule, rel, keys, None if ok else rule.severity)
        if ok:
            continue
        a, b = (sum(f.q.value for f in side) for side in (left, right))
        names = [str(n) for n in g.attrs.get("names", [])]
        shown = [
            f"{names[k]}{fmt_number(f.q.value)}" if len(names) == len(keys) else name_zh(f, ctx)
            for k, f in enumerate([*left, *right])
        ]
        ins, outs = "+".join(shown[: len(left)]), "+".join(shown[len(left) :])
        sums = (f"合计{fmt_number(a)}", f"合计{fmt_number(b)}")
        zh = (
            f"{ins}{sums[0] if len(left) > 1 else ''}，应等于{outs}{sums[1]}（表格注明的勾稽关系）"
            if op == "=="
            else f"{ins}{sums[0] if len(left) > 1 else ''}，多于{outs}{sums[1] if len(right) > 1 else ''}"
            f"（本年制发的文件或现行有效，或已废止）"
        )
        rel_en = "should equal" if op == "==" else "exceeds"
        emit(
            ctx,
            rule,
            rule.severity,
            zh,
            f"{' + '.join(name_en(f) for f in left)} = {fmt_number(a)} {rel_en} "
            f"{' + '.join(name_en(f) for f in right)} = {fmt_number(b)}",
            [*((f, "in") for f in left), *((f, "out") for f in right)],
            f"{'' if op == '==' else '≤ '}{fmt_number(b)}",
            fmt_number(a),
        )
