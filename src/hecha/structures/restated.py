"""A passage stated again: a report's summary and its body, a lead and the article under it (去年，全省法院受理各类
案件180.36万件，比上年增长22.74%；… again further down, word for word).

A sentence whose first figure's clause has the same words as an earlier sentence's, up to the clause's end (and
the next clause's, when the first holds a single figure), restates it when all but one of the figures in those
words agree, one of those alike of three digits or more (a small figure alike by chance says nothing): the one
that differs is a figure stated twice that does not agree with itself. Where every figure differs
(2019年全省法院受理各类案件170万件，上升5% … 2020年…180万件，上升6%), the same words are of another year, court or
session, and nothing is read. 去年 or 今年 opening the words is set aside; a year written out is not (1981年，发生…
and 1985年，发生… are two years' rows), nor a list's words (其中，一审…: of whatever whole comes before).

Roles: `first`, `again`; attrs `words` (the words before the figure). The check (rule kind `restated`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..expr import Ref, Relation, holds
from ..findings import Context, emit, env, name_en, record
from ..model import Fact, Group
from ..reading import Reading
from ..rulepack import Rule
from ..tables import locate

KIND = "restated"
AFTER: tuple[str, ...] = ()

_LEAST = 7  # characters of words, besides the figures, that the two passages share
# (not a year written out: 1981年，发生… and 1985年，发生… are two years' figures)
_OPENING_RE = re.compile(r"(?:去年|今年|本年|上年|全年|一年来)?[，,、\s]*")
_OPENING_FIRST = frozenset("去今本上全一，,、 \t\n\u3000")
_CLAUSE_END_RE = re.compile(r"[，,；;。！？]")
_NAMING = 5  # characters naming the first figure, besides 其中: what the passage is about
_LIST_OPENING_RE = re.compile(r"^(?:其中|包括|含)[：:，,]?")
_SIGNIFICANT = 3  # digits of a figure that agrees, for the passages to be one passage
_REL = Relation("==", Ref("first"), Ref("again"), "a figure stated again is the same figure")


def recognise(r: Reading) -> list[Group]:
    # the first figure of each sentence and the words of its clause before it: only words said twice open a passage
    # said twice
    openings: list[tuple[Fact, int, str]] = []  # (the figure, where its clause's words begin, those words)
    last = -1
    norm = r.norm
    for f in r.facts:
        if f.sentence != last:
            last = f.sentence
            lo = r.clause_start(f.start)
            if norm[lo : lo + 1] in _OPENING_FIRST:  # (a fast test before the regex)
                lo = _OPENING_RE.match(norm, lo, f.start).end()  # type: ignore[union-attr]
            openings.append((f, lo, _squeezed(norm[lo : f.start])))
    said = Counter(words for _, _, words in openings)
    seen: dict[str, list[tuple[str, Fact]]] = {}
    out: list[Group] = []
    for f, lo, opening in openings:
        if said[opening] < 2 or len(_LIST_OPENING_RE.sub("", opening)) < _NAMING:
            continue  # (其中，一审813件，二审245件 of a city and 其中，一审204件，二审245件 of its court: lists alike)
        passage = _passage(r, f, lo)
        if passage is None:
            continue
        key, figures = passage
        before = seen.get(key)
        if before is None:
            seen[key] = figures
            continue
        differ = [k for k, (a, b) in enumerate(zip(before, figures, strict=True)) if a[0] != b[0]]
        if len(differ) != 1:
            continue  # (the same words, all figures alike or all different: a repeat, or another year's)
        a, b = before[differ[0]][1], figures[differ[0]][1]
        if a.mention.kind not in ("count", "money"):
            continue
        if not any(
            sum(c.isdigit() for c in x) >= _SIGNIFICANT for k, (x, _) in enumerate(figures) if k not in differ
        ):
            continue  # (破案46起 in two years' rows: a small figure alike by chance says nothing)
        words = r.norm[r.clause_start(b.start) : b.start].strip()
        roles = {"first": [a.id], "again": [b.id]}
        out.append(Group(kind=KIND, facts=roles, span=(a.start, b.end), attrs={"words": words}))
    return out


def _passage(r: Reading, f: Fact, lo: int) -> tuple[str, list[tuple[str, Fact]]] | None:
    """The words of a sentence's first figure's clause from `lo` up to its end (and of the next clause, to hold
    two figures), its figures masked (years and other numbers kept as written), and each figure as written with
    its fact; None if too short, or in a table."""
    if f.modality != "actual" or (r.has_tables and locate(r.text, f.start) is not None):
        return None
    hi = r.sentence_span(f.sentence)[1]
    end = _CLAUSE_END_RE.search(r.norm, f.end, hi)
    stop = end.start() if end else hi
    if len(r.facts_between(lo, stop)) < 2 and end is not None:
        then = _CLAUSE_END_RE.search(r.norm, end.end(), hi)
        stop = then.start() if then else hi
    facts = r.facts_between(lo, stop)
    if len(facts) < 2:
        return None
    pieces, at = [], lo
    for g in facts:
        pieces.append(_squeezed(r.norm[at : g.start]))
        at = g.end
    pieces.append(_squeezed(r.norm[at:stop]))
    if sum(map(len, pieces)) < _LEAST:
        return None
    units = "|".join(g.q.unit for g in facts)
    return f"{'#'.join(pieces)}|{units}", [(g.mention.text, g) for g in facts]


def _squeezed(words: str) -> str:
    """Words without the spaces and line breaks a page left inside them."""
    # (isprintable is false for line breaks and tabs: a test in C before splitting)
    return (
        words
        if words.isprintable() and " " not in words and "\u3000" not in words
        else "".join(words.split())
    )


def check(rule: Rule, ctx: Context) -> None:
    check_stated_twice(
        rule,
        ctx,
        KIND,
        _REL,
        "stated again",
        lambda first, again: holds(_REL, env({"first": first, "again": again}, "usual", {})),
        lambda g, first, again: (
            f"“{g.attrs['words']}”前文为{first.mention.text}，后文为{again.mention.text}：同一段话再次出现时，"
            "其余数字都相同，只有这个数字不同",
            f"{name_en(again)} is {first.mention.text} where the passage first appears and "
            f"{again.mention.text} where it is stated again",
        ),
    )


def check_stated_twice(
    rule: Rule,
    ctx: Context,
    kind: str,
    rel: Relation,
    detail: str,
    agrees: Callable[[Fact, Fact], bool],
    messages: Callable[[Group, Fact, Fact], tuple[str, str]],
) -> None:
    """The check of one figure stated twice (a passage again, a headline and its body: `rel` names the two roles,
    first and again): each group of `kind` holds when `agrees`; else the rule's finding, in `messages`' words
    (Chinese, English)."""
    assert isinstance(rel.left, Ref) and isinstance(rel.right, Ref)
    one, other = rel.left.key, rel.right.key
    for g in ctx.ex.groups:
        if g.kind != kind:
            continue
        first, again = ctx.fact(g.facts[one][0]), ctx.fact(g.facts[other][0])
        keys = {one: first, other: again}
        if agrees(first, again):
            record(ctx, rule, rel, keys, None, detail)
            continue
        record(ctx, rule, rel, keys, rule.severity, detail)
        zh, en = messages(g, first, again)
        emit(
            ctx,
            rule,
            rule.severity,
            zh,
            en,
            [(first, one), (again, other)],
            first.mention.text,
            again.mention.text,
        )
