"""Stated sums: 新收84件，上年结转6件，共计90件 — a figure named only by 共计/合计/总计 sums the figures of its
unit listed before it in the sentence (a breakdown that reads as complete, marker 共计)."""

from __future__ import annotations

import re

from ..frames import MARK_RE
from ..lazyre import lazy_compile
from ..model import Fact, Group
from ..reading import Reading
from .breakdown import apart_in_another_unit
from .trend import MOVED_TO_RE
from .words import load_words

KIND = "sum"
AFTER: tuple[str, ...] = ()

_MOVED_FROM_RE = lazy_compile(
    r"[^，,。；;\d]{0,8}?(?:" + MOVED_TO_RE.pattern + ")"
)  # (a move's words: trend.py)
_SUM_WORD_RE = re.compile(r"(?:共计|合计|总计|累计共|共)(?:达到|达|为|有)?")
_SUM_LAST = frozenset("计共到达为有")  # the characters _SUM_WORD_RE can end with


_BLANK_LINE_RE = re.compile(r"\n[ \t\u3000]*\n")


def recognise(r: Reading) -> list[Group]:
    facts = r.facts
    groups: list[Group] = []
    for i, f in enumerate(facts):
        if f.mention.kind not in ("count", "money") or i < 2:
            continue
        k = f.start  # (a fast test: the words of a sum end right before the figure, spaces aside)
        while k > 0 and r.norm[k - 1] == " ":
            k -= 1
        named = k > 0 and r.norm[k - 1] in _SUM_LAST
        if not named and r.norm[r.clause_start(f.start, MARK_RE)] not in _OPENS_SUM:
            continue  # (共办理…31件: a sum named with its noun, see _sums_a_closed_list; 两项合计…)
        # (across brackets: 维持(以驳回…等方式结案)共93件 is 维持's own figure, no sum of what came before)
        clause = r.norm[r.clause_start(f.start, MARK_RE) : f.start].strip(" ")
        sent_start = r.sentence_span(f.sentence)[0]
        # (not past a blank line: a title restating the sum, 原标题:…问题148件⏎⏎4月15日，…来电75件，来信73件，共148件)
        sent_start = max(
            (m.end() for m in _BLANK_LINE_RE.finditer(r.norm, sent_start, f.start)), default=sent_start
        )
        counted = _COUNTED_SUM_RE.match(clause)
        if (
            not _SUM_WORD_RE.fullmatch(clause)
            and not counted
            and not _SUM_NAMED_RE.fullmatch(clause)
            and not _sums_a_closed_list(r, facts[:i], f, clause, sent_start)
        ):
            continue
        if r.bracketed(f, r.period_span(f.start)[1] + 1):
            continue  # 差评工单798个，涉及21个地市的185个事项(共798个工单): an aside restating a figure
        parts = [g for g in facts[:i] if g.start >= sent_start and g.q.unit == f.q.unit]
        if len(parts) == 1:
            # 办案补贴96.74万元；…值班补贴18.16万元，共计114.9万元: a sum of one figure is of those before the ； too
            lo = r.period_span(f.start)[0]
            parts = [g for g in facts[:i] if g.start >= lo and g.q.unit == f.q.unit]
        # (由2013年的1128条增加到2014年的1887条，…514条，总计2401条: the figure a change starts from is no part)
        parts = [g for g in parts if not _MOVED_FROM_RE.match(r.norm, g.end)]
        plus = r.norm.rfind("加上", parts[0].end if parts else f.start, f.start)
        if plus >= 0:
            # 其余13件议案全部转为建议，加上会议期间收到的67件建议，共80件: what came before 加上 is the
            # figure right before it, not the whole sentence (议案14件 split into 1件 and 其余13件)
            before = [g for g in parts if g.end <= plus]
            parts = before[-1:] + [g for g in parts if g.start > plus]
        pred = r.frame(f).pred
        if len(_CJK_RE.findall(pred)) > _SUM_PRED_MOST and not _SHARE_OF_SUM_RE.match(pred):
            continue  # 共有24名社区服刑人员在矫正期内再犯罪: a statement of its own, no sum of what came before
        if not counted and not _SUM_WORD_RE.fullmatch(clause) and parts:
            # 新收到申请779件，上年结转37件，共计办结774件，结转下年办理42件: a sum named by a step none of the figures
            # before it took (共计办结 after 收到 and 结转) counts that step's own, no sum of them
            # (but 立案17件…，共办理…31件 and 受理1243件，上期结转226件，合计审理…1369件 sum them: handling is what came in)
            vocab = load_words()
            step = vocab.stage(clause)
            if step in vocab.concludes and not any(vocab.stage(r.frame(g).label) == step for g in parts):
                continue
        if counted and counted.group(1) in _HOW_MANY:
            if len(parts) < _HOW_MANY[counted.group(1)]:
                continue
            parts = parts[-_HOW_MANY[counted.group(1)] :]  # 两项合计: the last two
        if parts and _PER_UNIT_RE.search(r.lead(parts[-1], 16)):
            continue  # 采伐1500立方米…每立方米收取更新费10元，共计15000元: a product, no sum
        if parts and _unread_run_before(r, parts[-1]):
            continue  # 分别为1.5、2.3万起，共计3.8万起: figures the unit after the last names too, left unread

        if len(parts) >= 2:
            complete = "yes" if counted else "likely"
            if (
                not counted
                and f.mention.kind
                == "count"  # (454人次的值班补贴18.16万元: a count naming an amount's items)
                and any(
                    apart_in_another_unit(r, g, f.q.unit) for g in r.facts_between(parts[0].start, f.start)
                )
            ):
                # 游泳池6家、…集中空调通风系统10个、饭馆5家…，合计抽检45家: an item counted in another unit is
                # in the sum too, uncounted here: the parts in its unit are not all
                complete = "no"
            groups.append(
                Group(
                    kind="breakdown",
                    facts={"total": [f.id], "parts": [g.id for g in parts]},
                    span=(parts[0].start, f.end),
                    # (两项合计: the text says the figures add up to it)
                    attrs={"complete": complete, "marker": "共计"},
                )
            )
    return groups + _named_items_sum(r)


# 县级政府部门和乡镇政府合计败诉案件1531件: the items named before 合计 (its clause's words), each a figure stated before
# by that name (found by the literal words first: a pattern led by a class would try every position of the text)
_BARE_RUN_RE = re.compile(r"\d\s*、\s*$")


def _unread_run_before(r: Reading, f: Fact) -> bool:
    """Does a figure no fact reads end a 、-run right before f (1.5、2.3万起: the grammar shares a unit with bare
    figures only where no 万 or 亿 scales it)?"""
    m = _BARE_RUN_RE.search(r.norm, max(0, f.start - 12), f.start)
    return m is not None and not any(
        g.end == m.start() + 1 for g in r.facts_between(max(0, m.start() - 12), f.start)
    )


_ITEMS_SUM_WORD_RE = re.compile(r"合计|共计|总计")
_ITEMS_RE = re.compile(r"[\u4e00-\u9fff、和及与]{5,40}")
_BOTH_RE = re.compile(r"(?:两项|二者|两者)$")
_ITEM_SPLIT_RE = re.compile(r"[、和及与]")


def _named_items_sum(r: Reading) -> list[Group]:
    """县级政府部门780件，乡镇政府751件。县级政府部门和乡镇政府合计败诉案件1531件: a sum of items named by the words of
    figures stated before it in the paragraph (one figure each, the last so named, in the sum's unit) is their sum
    (marker 合计; complete: the text names every item it adds)."""
    out: list[Group] = []
    for m in _ITEMS_SUM_WORD_RE.finditer(r.norm):
        lo = r.clause_start(m.start())
        items = _BOTH_RE.sub("", r.norm[lo : m.start()].strip())
        if not _ITEMS_RE.fullmatch(items):
            continue  # (the items named, and nothing else, open the sum's clause)
        names = [x for x in _ITEM_SPLIT_RE.split(items) if x]
        if len(names) < 2 or any(len(x) < 2 for x in names):
            continue
        after = r.facts_between(m.end(), r.period_span(m.end())[1])
        total = after[0] if after else None
        if (
            total is None
            or total.mention.kind not in ("count", "money")
            or r.clause_start(total.start) > m.end()
        ):
            continue
        para = r.seg.paragraph_at(m.start()).start
        before = [f for f in r.facts_between(para, m.start()) if f.q.unit == total.q.unit]
        parts = []
        for name in names:
            named = [f for f in before if r.frame(f).label.endswith(name)]
            if not named:
                break
            parts.append(named[-1])
        if len(parts) != len(names) or len({p.id for p in parts}) != len(parts):
            continue
        out.append(
            Group(
                kind="breakdown",
                facts={"total": [total.id], "parts": [p.id for p in parts]},
                span=(min(p.start for p in parts), total.end),
                attrs={"complete": "yes", "marker": "合计"},
            )
        )
    return out


_CJK_RE = lazy_compile(r"[\u4e00-\u9fff]")
_PER_UNIT_RE = re.compile(r"每")  # (每立方米收取…10元, 每年投入…: an amount per unit or period)
# 两项合计共受理…4342件 / 以上合计…: a sum that says how many figures before it it adds up (or all of them)
_COUNTED_SUM_RE = re.compile(
    r"^(两|二|三|四|五|六|以上|上述)(?:项|类|者|部分)?(?:合计|共计|总计|共)[\u4e00-\u9fff]{0,14}$"
)
_HOW_MANY = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_OPENS_SUM = frozenset("共合总两二三四五六以上")  # the first character of a clause that may name a sum
# 受理1243件，上期结转126件，合计审理案件1369件: a sum word opening its clause, then what the sum counts
_SUM_NAMED_RE = re.compile(r"(?:合计|共计|总计)[\u4e00-\u9fff]{1,8}")
# …责令履行4件，共48件 占已审结案件4.18%: the sum's share of a whole after it, no statement of its own
_SHARE_OF_SUM_RE = re.compile(r"\s*占")
_SUM_PRED_MOST = (
    4  # characters after a sum's figure in its clause (共90件案件): more make a statement of its own
)
_NAMED_SUM_RE = re.compile(r"^(?:共计|合计|总计|共)[\u4e00-\u9fff]{1,12}$")


def _sums_a_closed_list(r: Reading, before: list[Fact], f: Fact, clause: str, sent_start: int) -> bool:
    """在食品药品安全领域立案12件，环境和资源保护领域10件，其他领域9件，共办理行政公益诉讼案件31件: a figure whose
    clause opens with 共 after a list of its unit that ends with the rest (其他…) sums that list."""
    if not _NAMED_SUM_RE.match(clause):
        return False
    last = next((g for g in reversed(before) if g.start >= sent_start and g.q.unit == f.q.unit), None)
    return last is not None and load_words().remainder_re.match(r.frame(last).label) is not None
