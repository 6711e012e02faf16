"""Wholes stated as an enumeration: 共承办人大代表建议49件、政协委员提案66件 / 共提交大会提案950件，平时提案24件.

A list after them (其中已解决的74件…) or a rate of them (立案率84.6%) is often of their sum (115, 974),
which the text does not state. `enumerated_with` gives the figures enumerated with a whole, so that a
structure can try their sum as one more reading before it reports a figure that does not fit.
"""

from __future__ import annotations

import re

from ..expr import Bin, Ref, Relation, Sum, holds
from ..findings import env
from ..model import Fact
from ..reading import Reading
from .words import CHANGE_WORDS_RE, load_words

# what may stand between two wholes of an enumeration: a separator and the next one's own words
_SEPARATOR_RE = re.compile(r"^[、，,和及与]")
_MARK_RE = re.compile(r"[。；;：:（）()]")
_TOTAL_LEAD_RE = re.compile(r"共计|合计|总计|累计|^[，,]共")


def enumerated_with(r: Reading, whole: Fact) -> list[Fact]:
    """The run of counts enumerated with a whole in its sentence, in its unit, in text order (共承办人大代表
    建议49件、政协委员提案66件 for either figure): each joined to the one before by a separator and its own
    words, and naming no step but the first one's ([whole] when it stands alone)."""
    words = load_words()
    facts = r.facts
    i = r.fact_index().position.get(id(whole), -1)
    if i < 0:
        return [whole]

    def joined(a: Fact, b: Fact) -> bool:
        between = r.norm[a.end : b.start]
        return (
            b.sentence == a.sentence
            and a.mention.kind == b.mention.kind == "count"
            and a.q.unit == b.q.unit
            and bool(_SEPARATOR_RE.match(between))
            and not _MARK_RE.search(between)
            and "其中" not in between  # (政协提案96件，其中委员个人提案92件: a part, not another whole)
            and not _TOTAL_LEAD_RE.search(between)  # (…大理336件，共计3316件: the run's total, not one more)
            and not CHANGE_WORDS_RE.search(between)  # (发生事故3起，同比减少1起: a change, no other whole)
            and len(between) <= 12
        )

    lo = i
    while lo > 0 and joined(facts[lo - 1], facts[lo]):
        lo -= 1
    hi = i
    while hi + 1 < len(facts) and joined(facts[hi], facts[hi + 1]):
        hi += 1
    run = facts[lo : hi + 1]
    step = words.step_word(r.frame(run[0]).label)
    for k, g in enumerate(run[1:], 1):
        other = words.step_word(r.frame(g).label)
        if other is not None and other != step:
            run = run[:k]  # 受理100件，办结90件: a later step, not another whole
            break
    return run if whole in run else [whole]


def listed_with_others(r: Reading, f: Fact) -> list[Fact]:
    """The others of a run of counts of one unit joined by 、 or 和 that f is one of (抽查行政处罚案卷30份、行政许可案卷
    30份: what follows is of the run's sum, not of one of them), or []. Not a run joined by commas: a whole and its
    first part read so too."""
    if r.norm[f.end : f.end + 1] not in _LIST_JOINS and not any(
        c in r.norm[max(0, f.start - 14) : f.start] for c in _LIST_JOINS
    ):
        return []  # (a fast test: no 、 or 和 right after it, nor in the words before it)
    run = enumerated_with(r, f)
    if len(run) > 1 and all(r.norm[a.end : a.end + 1] in _LIST_JOINS for a in run[:-1]):
        return [g for g in run if g is not f]
    return []


_LIST_JOINS = "、和及与"


def over_wholes(rate: Fact, part: Fact, wholes: list[Fact]) -> tuple[Relation, dict[str, Fact], bool]:
    """A share or rate over the sum of wholes (rate == part / (w1 + w2…)), its figures, and whether it
    holds in a reading of the rate as displayed (rounded, truncated or rounded twice)."""
    named = {f"b{i}": w for i, w in enumerate(wholes)}
    rel = Relation(
        "==",
        Ref("rate"),
        Bin("/", Ref("part"), Sum(tuple(Ref(n) for n in named))),
        "rate == part / sum of wholes",
    )
    keys = {"rate": rate, "part": part, **named}
    fits = any(holds(rel, env(keys, rd, {})) for rd in ("usual", "truncated", "double_rounded"))
    return rel, keys, fits
