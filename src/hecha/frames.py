"""The clause frame of a figure: the words that name it and what the text says of it around it.

    全市受理调解案件6368件，调解成功6217件，成功率达97.6%。
    label(6368件) = 全市受理调解案件   label(6217件) = 调解成功   label(97.6%) = 成功率达

The label runs from the start of the figure's clause (after ，；。：, a line break, or the figure before
it in the clause) to the number, without closed brackets (检查通过(含整改后通过)45家 → 检查通过),
connectives that only open a clause (其中, 另有, 此外…) or filler before the number (共, 达, 为, 有…).
The predicate is what follows the figure's unit in its clause (有5件案件的负责人出庭应诉 → 案件的负责人出庭应诉;
95件重点矛盾风险中 → 重点矛盾风险中). Both are read on the normalised view.

Structures compare labels to tie figures the text names alike: a rate's name and its numerator
(调解成功率 ↔ 调解成功), a share's base words and the base (占受理总数 ↔ 受理), parts and their total.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

MARK_CHARS = "，,；;。！？!?：:\n"
_BRACKETS_RE = re.compile(r"[（(][^（()）]*[)）]")
# connectives that only open a clause (其他/其余 name a part: they stay; so does 并案, merged cases)
# (当中: 其中 as Hong Kong and Macau write it, 当中七百三十四宗为投诉个案)
_LEAD_RE = re.compile(
    r"^(?:其中|当中|包括|另外|此外|以及|还有|同时|并(?!案)|及|和|与|共有|共|合计|总计|累计)+"
)
_LEAD_FIRST = frozenset("其当包另此以还同并及和与共合总累")  # a label beginning otherwise has none
# (也, 亦, 仍: 结案率也为100%, 结案率也均为100%: an adverb before the verb, no word of the name)
_TRAILERS = "共计|合计|总计|累计|共|达到|达|为|是|有|约|计|已|了|的|分别|均|都|也|亦|仍|近|超过|逾|不足|仅"
# a trailer that ends a word is no trailer (转达128条 is 转达, 违法行为325件 is 违法行为, 统计 stays)
_IN_WORD = {
    "达": "转送传下表通抵",
    "为": "行作认",
    "计": "统会设估预审",
    "均": "人平",
    "有": "所拥具没持享",
    "了": "为除",
}
TRAIL_RE = re.compile(  # the words between a name and its figure (findings.own_words drops them too)
    "(?:" + "|".join(f"(?<![{_IN_WORD[w]}]){w}" if w in _IN_WORD else w for w in _TRAILERS.split("|")) + ")+$"
)
_TRAIL_LAST = frozenset(w[-1] for w in _TRAILERS.split("|"))  # a label ending otherwise has none
_GENERIC = frozenset(
    [
        "案件",
        "行政",
        "政府",
        "全市",
        "全省",
        "全县",
        "全区",
        "各类",
        "工作",
        "信息",
        "数量",
        "总数",
        "总量",
        "合计",
        "全部",
        "全年",
        "其中",
        "情况",
        "共计",
        "方面",
        "部门",
        "单位",
        "人员",
        "事项",
        "问题",
        "年度",
        "本年",
        "同比",
    ]
)


class Frame(NamedTuple):  # (a tuple: built for every figure, and cheaper to build than a dataclass)
    label: str  # the words naming the figure, before it in its clause
    label_start: int
    pred: str  # the words after it in its clause


MARK_RE = re.compile("[" + re.escape(MARK_CHARS) + "]")


def frame_of(norm: str, start: int, end: int, floor: int, ceiling: int, marks: list[int]) -> Frame:
    """The frame of a figure spanning [start, end) in `norm`; `floor`/`ceiling` bound its clause from
    outside (the end of the previous figure, the start of the next one, the sentence); `marks` are
    the positions of MARK_RE in `norm`, ascending."""
    # (asked for every figure: tests before regexes, and no calls to max or min)
    k = bisect.bisect_left(marks, start) - 1
    lo = marks[k] + 1 if k >= 0 else 0
    if floor > lo:
        lo = floor
    raw = norm[lo:start]
    open_at, narrow = raw.rfind("（"), raw.rfind("(")
    if narrow > open_at:
        open_at = narrow
    if open_at >= 0 and ")" not in raw[open_at:] and "）" not in raw[open_at:]:
        lo, raw = lo + open_at + 1, raw[open_at + 1 :]  # inside an open bracket: 6件（1件为…
    label = (_BRACKETS_RE.sub("", raw) if "(" in raw or "（" in raw else raw).strip()
    lead = _LEAD_RE.match(label) if label[:1] in _LEAD_FIRST else None
    if lead:
        label = label[lead.end() :]
    if label[-1:] in _TRAIL_LAST:  # (the regex alone tries every position of the label)
        label = TRAIL_RE.sub("", label)
    label = label.strip(" 、")
    k = bisect.bisect_left(marks, end)
    hi = marks[k] if k < len(marks) else len(norm)
    if ceiling < hi:
        hi = ceiling
    pred = norm[end:hi].strip() if hi > end else ""
    return Frame(label, lo, pred)


def shared_words(a: str, b: str) -> int:
    """How strongly two labels name the same thing: the length of their longest common run of
    characters, not counting runs that are only generic words (案件, 行政, 全市…). 0 below two."""
    best = 0
    for i in range(len(a)):
        for j in range(i + 2, len(a) + 1):
            piece = a[i:j]
            if piece not in b:
                break
            if j - i > best and piece not in _GENERIC:
                best = j - i
    return best if best >= 2 else 0


def subsequence_words(stem: str, label: str) -> int:
    """Characters of `stem` found in order in `label` (报备 in 报送备案: 2), counted only when the
    first two are found; a weaker tie than shared_words, for abbreviated rate names."""
    k = 0
    for c in label:
        if k < len(stem) and c == stem[k]:
            k += 1
    return k if k >= 2 else 0
