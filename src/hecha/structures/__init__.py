"""The structures a text states between its figures, one module each: its recogniser (what it reads in
the text), the roles of the figures it ties, what it must run after, and the check of its rule kind.

Recognisers run in STRUCTURES order (each after the ones it declares in AFTER, checked here), over a
Reading whose facts are named (cues.py); each adds its Groups to the reading. Rule kinds that check
structures are dispatched to CHECKS by the engine.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from types import ModuleType

from ..findings import Context
from ..model import Group
from ..reading import Reading
from ..rulepack import Rule
from . import (
    all_claims,
    average,
    breakdown,
    budget,
    change,
    comparison,
    completion,
    compound,
    dated,
    enumeration,
    flows,
    headline,
    named_count,
    partition,
    periods,
    persons,
    progress,
    rate,
    reduction,
    respective,
    restated,
    share,
    share_list,
    steps,
    subset,
    summed_share,
    sums,
    table,
    trend,
)

STRUCTURES: tuple[ModuleType, ...] = (
    enumeration,
    reduction,
    breakdown,
    partition,
    budget,
    share,
    share_list,
    summed_share,
    rate,
    respective,
    subset,
    compound,
    sums,
    all_claims,
    change,
    completion,
    trend,
    table,
    steps,
    progress,
    persons,
    average,
    named_count,
    flows,
    restated,
    headline,
    comparison,
    periods,
    dated,
)

# rule kind → the check that reads its groups
CHECKS: dict[str, Callable[[Rule, Context], None]] = {
    "average": average.check,
    "flow": flows.check,
    "named_count": named_count.check,
    "breakdown": breakdown.check,
    "share": share.check,
    "share_sum": share.check_sum,
    "share_list": share_list.check,
    "summed_share": summed_share.check,
    "rate": rate.check,
    "step": steps.check,
    "persons": persons.check,
    "reduction": reduction.check,
    "subset": subset.check,
    "change": change.check,
    "yoy": change.check_prior,
    "all": all_claims.check,
    "balance": table.check_balance,
    "ranked": table.check_ranked,
    "completion": completion.check,
    "trend": trend.check,
    "restated": restated.check,
    "headline": headline.check,
    "comparison": comparison.check,
    "period_part": periods.check,
    "dated": dated.check,
}


def _check_order() -> None:
    seen: set[str] = set()
    for mod in STRUCTURES:
        missing = [k for k in mod.AFTER if k not in seen]
        if missing:
            raise RuntimeError(f"structure {mod.KIND} must run after {missing}")
        seen.add(mod.KIND)


_check_order()


def recognise_all(r: Reading) -> list[Group]:
    repeats = _repeated_spans(r.norm)
    if repeats:
        # a clause or sentence printed twice in a row (a page's artefact) states its figures once: the
        # structures read the first copy only (其中…34件，占总数的46.6%，…34件，占总数的46.6%。)
        r.facts = [f for f in r.facts if not any(a <= f.start < b for a, b in repeats)]
    for mod in STRUCTURES:
        r.groups.extend(mod.recognise(r))
    return r.groups


_PIECE_RE = re.compile(r"([^，,；;。！？\n]+)[，,；;。！？]?")
_REPEAT_RUN = 4  # the most clauses a repeated run holds
_REPEAT_LEAST = 8  # Chinese characters: a short piece (共计5件，) or a table's row of 0s may well repeat
_WORD_RE = re.compile(r"[\u4e00-\u9fff]")


def _repeated_spans(text: str) -> list[tuple[int, int]]:
    """Spans of clauses (or runs of clauses up to a sentence) that repeat, figures and all, the run right
    before them."""
    texts = _PIECE_RE.findall(text)  # (each clause's words, without the mark that ends it)
    if not any(any(map(operator.eq, texts, texts[n:])) for n in range(1, _REPEAT_RUN + 1)):
        return []  # (a fast test, in C: most texts repeat no clause within a few of it)
    spans = [m.span() for m in _PIECE_RE.finditer(text)]
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(texts):
        for n in range(1, _REPEAT_RUN + 1):  # runs of up to four clauses
            if k - n < 0 or k + n > len(texts) or texts[k] != texts[k - n]:
                continue
            mine = texts[k : k + n]
            joined = "".join(mine)
            if (
                mine == texts[k - n : k]
                and len(_WORD_RE.findall(joined)) >= _REPEAT_LEAST
                and any(c.isdigit() for c in joined)
            ):
                out.append((spans[k][0], spans[k + n - 1][1]))
                k += n - 1
                break
        k += 1
    return out
