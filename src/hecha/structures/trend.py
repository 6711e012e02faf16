"""Trends the text states in words: 行政复议机关由375个减少到42个 / 收案数分别为2.64万件、2.54万件、2.30万件，
连续两年下降.

Recognised here:
  由(从)A…减少(下降、增加…)到(至)B            B is below (above) A
  分别为A、B、C，逐年上升 (连续两年下降, 持续…)   each figure is above (below) the one before

Roles: `series` (the figures in the order stated); attrs `sign` (1 rising, -1 falling). The check (rule
kind `trend`): each figure moves from the one before in the direction stated, beyond the rounding each
displays. A move whose size is stated too (由76.8%提高到89.4%，提高12.6个百分点) is change.py's.
"""

from __future__ import annotations

import itertools
import re

from ..expr import Ref, Relation, holds
from ..findings import Context, emit, env, record
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule

KIND = "trend"
AFTER = ("change",)  # (the moves change.py checks by their size are its own)

_UP = "增加|增长|上升|提高|提升|攀升|扩大"
_DOWN = "减少|下降|降低|缩减|缩小|压缩|回落"
_MOVE_RE = re.compile(rf"[由从](?P<a>[^，,；;。：:]{{0,16}}?)(?P<dir>{_UP}|{_DOWN})了?(?:到|至)")
# after a 分别为 list: ，逐年上升 / ，呈逐年下降趋势 / ，连续两年下降 / ，均逐年增长
_LIST_RE = re.compile(r"分别(?:为|是|达到|达)")
_SERIES_RE = re.compile(
    rf"[，,]?\s*(?:呈|均|总体|总体呈)?(?:逐年|连年|逐月|连续[两二三四五六七八九十\d]+年|持续)(?P<dir>{_UP}|{_DOWN})"
)
_KINDS = ("count", "money", "percent")


def _sign(word: str) -> int:
    return 1 if re.fullmatch(_UP, word) else -1


def recognise(r: Reading) -> list[Group]:
    facts = r.facts
    moved = {g.facts["current"][0] for g in r.groups_of("pp_change")}
    out: list[Group] = []
    for m in _MOVE_RE.finditer(r.norm):
        a = next((f for f in reversed(facts) if m.start("a") <= f.start and f.end <= m.end("a")), None)
        b = next((f for f in facts if m.end() <= f.start <= m.end() + 1), None)
        if a is None or b is None or b.id in moved or a.q.unit != b.q.unit or a.mention.kind not in _KINDS:
            continue
        if r.norm[a.end : m.start("dir")].strip(" 的"):
            continue  # 由375个减少到: the figure moved is what the verb follows, not a figure of its words
        out.append(_series([a, b], _sign(m.group("dir")), m.start(), b.end))
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
    return out


def _series(values: list[Fact], sign: int, start: int, end: int) -> Group:
    return Group(kind=KIND, facts={"series": [f.id for f in values]}, span=(start, end), attrs={"sign": sign})


_RISES = Relation(">", Ref("b"), Ref("a"), "b > a")
_FALLS = Relation("<", Ref("b"), Ref("a"), "b < a")


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != KIND:
            continue
        rising = g.attrs["sign"] == 1
        rel = _RISES if rising else _FALLS
        for a, b in itertools.pairwise(ctx.fact(i) for i in g.facts["series"]):
            keys = {"a": a, "b": b}
            if holds(rel, env(keys, "usual", {})):
                record(ctx, rule, rel, keys, None)
                continue
            record(ctx, rule, rel, keys, rule.severity)
            said = _quoted(ctx.ex.text, g.span)
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
