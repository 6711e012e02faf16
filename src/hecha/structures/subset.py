"""Subsets: 督促全区28个行政执法单位…，对4个重点执法部门… — a 重点 subset of a set named earlier in the
sentence. Roles: `part`, `whole`. The check (rule kind `subset`): part ≤ whole."""

from __future__ import annotations

from ..expr import Ref, Relation
from ..findings import Context
from ..model import Group
from ..reading import Reading
from ..rulepack import Rule
from .pairs import check_pairs

KIND = "subset"
AFTER: tuple[str, ...] = ()


def recognise(r: Reading) -> list[Group]:
    facts = r.facts
    groups: list[Group] = []
    for i, f in enumerate(facts):
        if f.mention.kind != "count" or not r.norm.startswith("重点", f.end):
            continue
        noun = r.norm[f.end + 2 : f.end + 8]
        sent_start = r.sentence_span(f.sentence)[0]
        for g in reversed(facts[:i]):
            if g.start < sent_start:
                break
            if g.q.unit != f.q.unit or g.mention.kind != "count":
                continue
            other = r.norm[g.end : g.end + 8]
            if any(noun[k : k + 2] in other for k in range(len(noun) - 1)):
                groups.append(
                    Group(kind=KIND, facts={"part": [f.id], "whole": [g.id]}, span=(g.start, f.end))
                )
                break
    return groups


_SUBSET_REL = Relation("<=", Ref("part"), Ref("whole"), "part <= whole")


def check(rule: Rule, ctx: Context) -> None:
    check_pairs(
        rule,
        ctx,
        KIND,
        _SUBSET_REL,
        lambda part, whole, g: (
            f"重点对象{part.mention.text}多于其所属的{whole.mention.text}",
            f"the key subset {part.mention.text} exceeds the set it belongs to, {whole.mention.text}",
        ),
    )
