"""Compound categories: 54个村（社区） … 26个行政村、28个社区 — a count of a compound category P（Q） and,
later in the paragraph, counts of P and of Q side by side: the compound is their sum (a breakdown that
reads as complete, marker （）合称)."""

from __future__ import annotations

import itertools
import re

from ..model import Group
from ..reading import Reading

KIND = "compound"
AFTER: tuple[str, ...] = ()

_COMPOUND_RE = re.compile(r"([\u4e00-\u9fff]{1,3})（([\u4e00-\u9fff]{1,3})）")
_NOUN_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?=[、和及与，,；;。（]|均|都|全)")


def recognise(r: Reading) -> list[Group]:
    facts = r.facts
    groups: list[Group] = []
    for i, f in enumerate(facts):
        m = _COMPOUND_RE.match(r.norm, f.end)
        if f.mention.kind != "count" or not m:
            continue
        p, q = m.group(1), m.group(2)
        para = f.paragraph
        later = []
        for k in range(i + 1, len(facts)):  # facts are in text order, so paragraph order
            if facts[k].paragraph != para:
                break
            if facts[k].q.unit == f.q.unit:
                later.append(facts[k])
        for a, b in itertools.pairwise(later):
            na = _NOUN_RE.match(r.norm, a.end)
            nb = _NOUN_RE.match(r.norm, b.end)
            if not na or not nb or r.norm[na.end() : b.start].strip(" 、和及与") != "":
                continue
            if na.group(0).endswith(p) and nb.group(0).endswith(q) and na.group(0) != p + "（":
                groups.append(
                    Group(
                        kind="breakdown",
                        facts={"total": [f.id], "parts": [a.id, b.id]},
                        span=(f.start, b.end),
                        attrs={"complete": "likely", "marker": "（）合称"},
                    )
                )
                break
    return groups
