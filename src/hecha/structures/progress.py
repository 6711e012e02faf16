"""Progress on what was counted: 群众反映的400个问题，已完成整改336个 / 前二十七批1800件转办件已办结1795件 /
涉及56项问题，20项已经完成整改 / 应上缴财政金额4800万元，已上缴2500万元.

A count said to be done already (已, 已经, 均已…, then a word that ends a matter: 整改, 办结, 销号, 上缴,
入库…) right after a count of the things it acts on, in its sentence and unit, is some of them: it cannot
exceed them. Such a count is no step the process words of schemas/structures.yaml name (steps.py reads
those, with their carry-overs): the earlier count names a kind of thing (问题, 转办件, 隐患, 任务) or what
was due (应上缴, 应整改), never a step of its own. What was due bounds what was done exactly; things
counted before may have been done with some carried in from before, as after an intake (a few per cent
over passes, more is a warning). Not a count of all that was ever done (累计已整改…): that may pass this
period's things. Emitted as the `step` kind's groups (roles `earlier`, `later`), checked by its rule.
"""

from __future__ import annotations

import re

from ..frames import MARK_RE
from ..model import Fact, Group
from ..reading import Reading
from .steps import KIND as STEP
from .words import CARRY_RE, done_patterns, includes_more, load_words

KIND = "progress"
AFTER: tuple[str, ...] = ("breakdown", "step")  # (a part of a list is no set of its own; a step read is kept)

_DUE_RE = re.compile(r"应(?P<v>[\u4e00-\u9fff]{2})")  # 应上缴, 应整改, 应退还: what was due
_TARGET_RE = re.compile(r"目标|计划|任务数|指标")
_CUMULATIVE_RE = re.compile(r"累计|历年|总计|共计|合计|以来")


def recognise(r: Reading) -> list[Group]:
    if "已" not in r.norm:
        return []  # (a fast test: a text saying nothing is done already)
    words = load_words()
    label_re, pred_re = done_patterns(words.progress_verbs)
    facts = r.facts
    stepped: set[tuple[str, str]] | None = None  # (pairs steps.py read already, when first asked)
    listed: set[str] = set()
    out: list[Group] = []
    for i in range(1, len(facts)):
        f = facts[i]
        if f.mention.kind not in ("count", "money") or f.modality != "actual":
            continue
        fr = r.frame(f)
        if "已" not in fr.label and "已" not in fr.pred[:12]:
            continue  # (a fast test before the patterns)
        done = label_re.search(fr.label) if fr.label else None
        if done is None and fr.label.strip("其中，, "):
            continue
        if done is None and (done := pred_re.match(fr.pred)) is None:
            continue
        g = _counted_before(r, facts, i)
        if g is None:
            continue
        if stepped is None:
            stepped = {(x.facts["earlier"][0], x.facts["later"][0]) for x in r.groups if x.kind == STEP}
            listed = {p for x in r.groups_of("breakdown") for p in x.facts["parts"]}
        if g.id in listed or (g.id, f.id) in stepped:
            continue
        mine = r.frame(g)
        theirs = mine.label + mine.pred[:8]
        if (
            label_re.search(mine.label)
            or (pred_re.match(mine.pred) and MARK_RE.search(r.norm, g.end, fr.label_start))
            or words.stage(mine.label) is not None
        ):
            continue  # (已整改30个，已办结20个: two things done; 受理…，已办结: a step steps.py reads)
        if CARRY_RE.search(mine.label) or _TARGET_RE.search(r.lead(g, 12)):
            continue  # (上年结转3件，已办理90件: the carried in only; 完成目标任务数2800件…: a target may be passed)
        if _CUMULATIVE_RE.search(r.lead(f) + fr.pred[:6]) and not _CUMULATIVE_RE.search(r.lead(g) + theirs):
            continue  # 今年新发现问题50个，累计已整改问题300个: all done since a start, not of this period's
        if _years_apart(r, g, f) or includes_more(r.norm, f.end, within=4):
            continue  # (已纠正951件(含积存): of more than those counted)
        thing = fr.label[done.end("v") :].strip() if done.re is label_re else ""
        if len(thing) >= 2 and thing[-2:] not in theirs + r.lead(g):
            continue  # 约谈相关负责人3个，已整改问题30个: the problems are no things of the 3 counted before
        due = _DUE_RE.search(mine.label)
        verb = done.group("v")
        exact = due is not None and (due.group("v") == verb or verb in words.due_ends)
        roles = {"earlier": [g.id], "later": [f.id]}
        out.append(
            Group(
                kind=STEP,
                facts=roles,
                span=(g.start, f.end),
                attrs={"allowance": "none" if exact else "unstated"},
            )
        )
    return out


def _counted_before(r: Reading, facts: list[Fact], i: int) -> Fact | None:
    """The count of things right before facts[i] in its sentence: same unit and kind, past figures in a
    bracket (应上缴财政1211万元(含罚款271万元)，已入库1160万元) and none of its unit between."""
    f = facts[i]
    for j in range(i - 1, -1, -1):
        g = facts[j]
        if g.sentence != f.sentence:
            return None
        if r.bracketed(g, f.start):
            continue
        if g.q.unit == f.q.unit and g.mention.kind == f.mention.kind:
            return g if g.q.value > 0 else None
        if g.q.unit == f.q.unit or g.mention.kind == "count":
            return None  # (another count between: 检查企业57家，发现问题62个，已整改58个 is of the 62)
    return None


def _years_apart(r: Reading, g: Fact, f: Fact) -> bool:
    """Does f's clause name a year other than the one g's sentence names (2023年需办理66件，2024年已办结…)?"""
    before = r.years_between(r.period_span(g.start)[0], g.start)
    between = r.years_between(g.end, f.start)
    return bool(between) and (not before or before[-1] != between[-1])
