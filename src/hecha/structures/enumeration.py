"""Enumerations: 维持、驳回、撤销分别为8件、7件、3件 — the i-th label names the i-th figure.

The labels give the figures their metrics (a figure after 分别为 has no words of its own), so this runs
first. Roles: `parts`. When a figure of the same unit comes just before the labels (审结18件，维持、驳回、
撤销分别为…), the enumeration also states a breakdown of it (marker 分别).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from ..model import Fact, Group
from ..ontology import AliasHit
from ..reading import Reading
from .words import load_words

KIND = "enumeration"
AFTER: tuple[str, ...] = ()

_ENUM_CLAUSE_END = re.compile(r"[，,；;。！？：:\n]")
_ENUM_RE = re.compile(r"分别(?:为|是|达到|达|有|占)")
_ENUM_SPLIT_RE = re.compile(r"、|和|及|与|以及")
_SEPARATOR_END_RE = re.compile(r"(?:、|和|及|与|以及)\s*$")  # (a label's span runs to past its separator)


@dataclass(frozen=True)
class Run:
    """One enumeration: the words naming each figure (separators dropped) and the figures, in order."""

    spans: tuple[tuple[int, int], ...]  # where each label is (its separator after it included)
    labels: tuple[str, ...]
    values: tuple[Fact, ...]
    start: int  # where the labels begin
    sentence_start: int
    word: str  # the marker: 分别为, 分别占…
    apart: bool = False  # the labels are the clause before 分别's (…、治安类，分别占…)


def runs(r: Reading) -> list[Run]:
    """The enumerations of the text (found once a text: rate.py and share_list.py read them too)."""
    got = r.cache.get(runs)
    if got is not None:
        return got  # type: ignore[return-value]
    facts = r.facts
    out: list[Run] = []
    for m in _ENUM_RE.finditer(r.norm):
        sent = r.seg.sentence_at(m.start())
        s_start, s_end = r.sentence_span(sent)
        lo = max(s_start, r.clause_start(m.start(), _ENUM_CLAUSE_END))
        prev = [f for f in facts if lo <= f.start < m.start()]
        apart = False
        if prev:
            lo = prev[-1].end
        elif lo > s_start and not r.norm[lo : m.start()].strip() and r.norm[lo - 1] in "，,":
            lo = _named_in_the_clause_before(r, lo - 1, s_start)
            apart = True
        label_text = r.norm[lo : m.start()]
        cuts = [lo] + [lo + x.end() for x in _ENUM_SPLIT_RE.finditer(label_text)] + [m.start()]
        spans = tuple((cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1))
        values = [f for f in facts if m.end() <= f.start < s_end][: len(spans)]
        if len(spans) < 2 or len(values) != len(spans):
            continue
        if any(r.norm[a.end : b.start].strip(" 、，,和及与") for a, b in itertools.pairwise(values)):
            continue  # the figures must follow one another: 8件、7件和3件
        labels = tuple(_SEPARATOR_END_RE.sub("", r.norm[a:b]).strip().rstrip("，,") for a, b in spans)
        out.append(Run(spans, labels, tuple(values), lo, s_start, m.group(), apart))
    r.cache[runs] = out
    return out


def _named_in_the_clause_before(r: Reading, comma: int, s_start: int) -> int:
    """Where the labels begin when 分别 opens its clause (消费者维权、治安类，分别占案件总数84.6%、15.6%): the clause before
    the comma, when it names two or more kinds and states no figure; else the comma's own end (no labels)."""
    lo = max(s_start, r.clause_start(comma, _ENUM_CLAUSE_END))
    if r.facts_between(lo, comma) or not _ENUM_SPLIT_RE.search(r.norm, lo, comma):
        return comma + 1
    return lo


def _unmarked_runs(r: Reading, marked: list[Run]) -> list[Run]:
    """新收、审结非诉行政执行案件7702件、7679件: steps named together, then their noun, then as many figures in a row,
    with no 分别: the i-th step names the i-th figure."""
    facts = r.facts
    taken = {f.id for run in marked for f in run.values}
    step_word = load_words().step_word
    out: list[Run] = []
    # (the figures joined to the next by 、 and the like, found by one scan of the text: most texts have few)
    ends = r.fact_index().ends
    norm = r.norm
    joined: set[int] = set()
    for m in _JOINT_RE.finditer(norm):
        lo = m.start()
        while lo > 0 and norm[lo - 1] in " \t":
            lo -= 1
        k = bisect.bisect_left(ends, lo)
        if k < len(facts) - 1 and ends[k] == lo and _JOINED_RE.fullmatch(norm, lo, facts[k + 1].start):
            joined.add(k)
    for i in sorted(joined):
        if i - 1 in joined:
            continue  # (inside a run found from its first)
        k = i
        while k in joined:
            k += 1
        values = facts[i : k + 1]
        if len(values) < 2 or any(f.id in taken for f in values):
            continue
        first = values[0]
        s_start = r.sentence_span(first.sentence)[0]
        lo = max(s_start, r.clause_start(first.start, _ENUM_CLAUSE_END))
        if r.facts_between(lo, first.start):
            continue
        words = r.norm[lo : first.start]
        seps = list(_STEP_SEP_RE.finditer(words))
        if len(seps) != len(values) - 1:
            continue
        cuts = [lo] + [lo + x.end() for x in seps] + [first.start]
        spans = tuple((cuts[j], cuts[j + 1]) for j in range(len(cuts) - 1))
        # (the steps named alone, the first after its subject, the last before the noun they share: 全市法院新收、审结
        # 一审行政案件…; not 审结许可、登记类行政案件1025件, kinds of one figure, or 行政处罚、行政强制类…)
        labels = [_SEPARATOR_END_RE.sub("", r.norm[a:b]).strip() for a, b in spans]
        steps = [step_word(label) for label in labels]
        if (
            any(w is None for w in steps)
            or not labels[0].endswith(str(steps[0]))
            or any(label != w for label, w in zip(labels[1:-1], steps[1:-1], strict=True))
            or not labels[-1].startswith(str(steps[-1]))
            or len(set(steps)) < len(steps)
        ):
            continue
        if any(v.q.unit != first.q.unit or v.mention.kind != "count" for v in values):
            continue
        # (each span holds its step only: the noun after the last names no step of its own, 一审行政案件)
        spans = (*spans[:-1], (spans[-1][0], spans[-1][0] + len(str(steps[-1]))))
        out.append(Run(spans, tuple(labels), tuple(values), lo, s_start, "、"))
    return out


_JOINED_RE = re.compile(r"\s*[、和与及]\s*")  # between two figures of one run (7702件、7679件)
_JOINT_RE = re.compile(r"[、和与及](?=\s*\d)")  # (its mark before a figure, scanned for in C)
_STEP_SEP_RE = re.compile(r"、")  # between two steps named together (新收、审结)


def recognise(r: Reading) -> list[Group]:
    facts = r.facts
    groups: list[Group] = []
    listed: set[str] = set()  # the figures of the enumerations read so far
    marked = runs(r)
    for run in [*marked, *_unmarked_runs(r, marked)]:
        lo, s_start, values = run.start, run.sentence_start, list(run.values)
        for (a, b), f in zip(run.spans, values, strict=True):
            hits = [h for h in r.hits if a <= h.start and h.end <= b] or _own_hits(r, a, b)
            hits.sort(key=lambda h: (h.end, h.literal_len), reverse=True)
            for h in hits:
                metric = r.resolve(h, f.start, f.mention)
                if metric is not None:
                    r.name(f, metric, h)
                    break
        groups.append(Group(kind=KIND, facts={"parts": [f.id for f in values]}, span=(lo, values[-1].end)))
        # 审结18件，维持、驳回、撤销分别为…: the enumeration breaks down the figure just before it
        before = [f for f in facts if s_start <= f.start < lo and f.q.unit == values[0].q.unit]
        if (
            not run.apart  # (已结案共432宗，其次为食环署及地政总署，分别有323宗及213宗: the next in a ranking)
            and before
            and all(v.q.unit == values[0].q.unit for v in values)
            and before[-1].mention.kind != "percent"
            # (2021年新收、审结…分别为362件、288件，2022年新收、审结…分别为400件、343件: the year before's list)
            and before[-1].id not in listed
            # (…环境违法案件11件，…投诉同比下降20.6%，特别是…涉刑案件数量分别达到18件、10件: another figure between,
            # another subject)
            and not r.facts_between(before[-1].end, lo)
        ):
            groups.append(
                Group(
                    kind="breakdown",
                    facts={"total": [before[-1].id], "parts": [f.id for f in values]},
                    span=(before[-1].start, values[-1].end),
                    attrs={"complete": "no", "marker": "分别"},
                )
            )
        listed.update(f.id for f in values)
    return groups


def _own_hits(r: Reading, a: int, b: int) -> list[AliasHit]:
    """The aliases within one label alone: the text's hits may run past it (调解、排查和预防纠纷 is one hit
    of 调解…纠纷, which leaves the label 调解 none)."""
    return [
        AliasHit(h.start + a, h.end + a, h.alias, h.metrics, h.literal_len)
        for h in r.onto.alias_hits(r.norm[a:b])
    ]
