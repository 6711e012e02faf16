"""Parallel lists said 分别 in one sentence, one figure per item named before them: 省、市、区(县)三级网民留言量分别为
51864条、50262条、35451条；回复量分别为34380条、39681条、29512条；回复率分别为：66.29%、78.95%与83.25%. The i-th
figure of each list is of the i-th item, so the i-th rate of a list named …率 is the i-th count of the list its
name's stem names (回复量) over the i-th count of another list of the sentence before it (留言量).

Groups of kind `rate` (rate.py's check reads them: a figure each for `rate`, `part` and `base`, tie
"sentence"); none for a rate another structure already read. Shares of one list with no base, whose words name such
a list stated before (分别占受理审查起诉未成年犯罪嫌疑人总数的9.57%、11.04%、11.1% after …人数分别为54954人、73998人、
78467人), take its counts in turn as their bases (share.py's groups, completed here).
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from ..model import Fact, Group
from ..reading import Reading
from .rate import KIND as RATE
from .words import FIGURE_MOST, RESPECTIVE_RE

KIND = "respective"
AFTER: tuple[str, ...] = (RATE, "share")

_BETWEEN_RE = re.compile(r"\s*(?:、|与|和|及|以及|，|,)\s*")  # between two figures of one list
_LABEL_ENDS = "，,；;：:。！？\n"  # what ends the words before a list's 分别
_RATE_NAME_RE = lazy_compile(r"([\u4e00-\u9fff]{2,8})率$")


def recognise(r: Reading) -> list[Group]:
    if "分别" not in r.norm:
        return []  # (a fast test: most texts say no list so)
    runs = _runs(r)
    _bases_of_respective_shares(r, runs)
    read = {i for g in r.groups_of(RATE, "share") for i in g.facts.get("rate", ())}
    groups: list[Group] = []
    for k, (label, rates) in enumerate(runs):
        name = _RATE_NAME_RE.search(label)
        if name is None or any(f.q.unit != "%" for f in rates) or any(f.id in read for f in rates):
            continue
        stem = name.group(1)[-2:]
        period = r.period_span(rates[0].start)  # (a sentence, past its ；)
        earlier = [
            (lab, run)
            for lab, run in runs[:k]
            if r.period_span(run[0].start) == period
            and len(run) == len(rates)
            and all(f.mention.kind == "count" for f in run)
        ]
        parts = next((run for lab, run in reversed(earlier) if stem in lab), None)
        bases = next((run for lab, run in reversed(earlier) if run is not parts and stem not in lab), None)
        if parts is None or bases is None or parts[0].q.unit != bases[0].q.unit:
            continue
        for rate, part, base in zip(rates, parts, bases, strict=True):
            groups.append(
                Group(
                    kind=RATE,
                    facts={"rate": [rate.id], "part": [part.id], "base": [base.id]},
                    span=(min(part.start, base.start), rate.end),
                    attrs={"stem": stem, "bases": [base.id], "tie": "sentence", "respective": True},
                )
            )
    return groups


def _bases_of_respective_shares(r: Reading, runs: list[tuple[str, list[Fact]]]) -> None:
    """…人数分别为54954人、73998人、78467人。…14至16周岁的…人数分别为5259人、8169人、8710人，分别占受理审查起诉
    未成年犯罪嫌疑人总数的9.57%、11.04%、11.1%: shares of one list with no base found, whose words (less 总数 or 数)
    name a list of as many counts said 分别 before them, in their paragraph or the one before: each share is of the
    count in its place."""
    lists: dict[int, list[Group]] = {}
    for g in r.groups_of("share"):
        lists.setdefault(int(g.attrs.get("list", -1)), []).append(g)
    by_id = {f.id: f for f in r.facts}
    for shares in lists.values():
        words = str(shares[0].attrs.get("base_words", ""))
        named = _BASE_COUNT_SUFFIX_RE.sub("", words)
        if (
            len(shares) < 2
            or len(named) < _RESPECTIVE_NAME
            or any(g.attrs.get("bases") or "part" not in g.facts for g in shares)
            or any(g.attrs.get("base_words") != words for g in shares)
        ):
            continue
        parts = [by_id[g.facts["part"][0]] for g in shares]
        para = r.seg.paragraph_at(parts[0].start).start
        lo = r.seg.paragraph_at(para - 1).start if para > 0 else para
        run = next(
            (
                run
                for label, run in reversed(runs)
                if lo <= run[0].start
                and run[-1].end <= parts[0].start
                and len(run) == len(parts)
                and run[0].q.unit == parts[0].q.unit
                and named in label
            ),
            None,
        )
        if run is None:
            continue
        for g, base in zip(shares, run, strict=True):
            g.facts["base"] = [base.id]
            g.attrs["bases"] = [base.id]
            g.attrs["tied"] = True


_BASE_COUNT_SUFFIX_RE = re.compile(r"(?:总数|总量|总人数|人数|件数|数量|数)$")
_RESPECTIVE_NAME = 4  # characters of a base's name that must name the list of bases


def _runs(r: Reading) -> list[tuple[str, list[Fact]]]:
    """Each list said 分别, with the words naming it (those of its clause before 分别), in text order."""
    facts = r.facts
    position = r.fact_index().position
    out: list[tuple[str, list[Fact]]] = []
    for m in RESPECTIVE_RE.finditer(r.norm):
        first = next(iter(r.facts_between(m.end(), m.end() + FIGURE_MOST)), None)
        if first is None or first.start > m.end() + 1:
            continue
        run = [first]
        for f in facts[position[id(first)] + 1 :]:
            if f.q.unit != first.q.unit or not _BETWEEN_RE.fullmatch(r.norm, run[-1].end, f.start):
                break
            run.append(f)
        if len(run) < 2:
            continue
        lo = max(r.norm.rfind(c, 0, m.start()) for c in _LABEL_ENDS) + 1
        out.append((r.norm[lo : m.start()].strip(), run))
    return out
