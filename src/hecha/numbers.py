"""The number grammar: find every numeral in a text and decide what it is.

A numeral is a *quantity* (a count, an amount of money, a percentage) only when the text says what
it counts: a unit or classifier (件, 人次, 万元, %…). Everything else — years, dates, file numbers,
ordinals (第十次, 一是, 二十大), heading numbers, numbers inside fixed phrases and names (三项制度,
“八五”普法, 12345热线, 拨打110) — is recorded as a non-quantity so coverage can say what was set aside.

Quantities become intervals (see `Quantity`): the qualifier (余, 近, 约, 至少…), the displayed
precision (24% covers [23.5, 24.5]; 1016.6万 covers ±500) and the wording (二三十, 数十, 十几,
20~100) bound the true value. Chinese numerals are parsed strictly (cn_numerals.py): an ill-formed
run is read up to its longest well-formed prefix, never as a wrong value.

The scanner works on the normalised view (textnorm.normalize), which has the same offsets as the
original text. All regexes here are linear: no nested quantifiers over overlapping classes.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import re
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from .cn_numerals import AMBIGUOUS_FINANCIAL, DIGITS, FINANCIAL, cn_decimal, cn_few, cn_span
from .cn_numerals import parse_cn_number as parse_cn_number  # re-exported: the grammar's public parser
from .lazyre import lazy_compile
from .model import Mention, Quantity
from .tables import Cell, find_tables
from .textnorm import normalize

# Chinese numeral characters as the scanner sees them (the normalised view: traditional forms are simplified)
_CN_START = "零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾"  # where a Chinese numeral may begin
_CN_CONT = _CN_START + "○百千万亿佰仟几兆"  # ○ typed for 〇; 几 for a digit (十几); 兆 to set aside
_CN_DEC = "零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖"  # digits after 点
# a Chinese numeral, spaces between its characters allowed (PDF text: 一 百 五 十), an optional 点 part
_CN_NUM = rf"[{_CN_START}](?:[ \t]*[{_CN_CONT}])*(?:[ \t]*点[ \t]*[{_CN_DEC}]+)?"

# Units and classifiers, longest first. Kept conservative: a character that is usually part of a word
# (部, 点, 道, 线, 面, 门, 节) is not a unit, so 统一部署, 一点, 一道 are not read as quantities.
COUNT_UNITS = (
    "个百分点",
    "平方公里",
    "平方米",
    "立方米",  # (用水总量18.9768亿立方米: volumes of water, of earth)
    "车次",  # (检测货车32万车次, 卸载15万车次)
    "辆次",
    "人次",
    "件次",
    "场次",
    "批次",
    "户次",
    "家次",  # (检查企业1200家次, 重点场所部位413万家次: visits, not the places)
    "项次",  # (发现违法行为492项次: each finding of each inspection)
    "余次",
    "个月",
    "小时",
    "分钟",  # 通话时长7045分钟: a span of time (structures.words.DURATION_UNITS)
    "公里",
    "次",
    "件",
    "个",
    "项",
    "份",
    "本",
    "场",
    "家",
    "条",
    "宗",
    "批",
    "册",
    "支",
    "人",
    "名",
    "位",
    "起",
    "户",
    "所",
    "处",
    "座",
    "套",
    "台",
    "辆",
    "篇",
    "期",
    "轮",
    "类",
    "种",
    "级",
    "天",
    "年",
    "张",
    "票",
    "页",
    "卷",
    "幅",
    "间",
    "栋",
    "例",
    "单",
    "笔",  # 办结业务7,878,562笔: transactions, payments
    "通",  # 话务量114939通: calls (not 通过, 通知…: see _UNIT_GUARDS)
    "亩",
    "公顷",
    "艘",  # (采(运)砂船108艘)
    "对",  # 结婚登记5081对: couples (not 对接, 对于, 对比…: see _UNIT_GUARDS)
    "米",
    "吨",
    "倍",
    "枚",
    "堂",
    "课时",
    "学时",
    "万人",
    "封",  # 书记县长信箱信件102封: letters (not 封闭, 封存…: see _UNIT_GUARDS)
)
MONEY_UNITS = ("元",)
# 个百分点 also spelled out with spaces (PDF text: 六 个 百 分 点); the unit is read without them
# units that begin common words: a unit only when no such word follows (接通量110441通, not 3通过)
_UNIT_GUARDS = {
    "通": "通(?![过知报道讯行信用车])",
    "对": "对(?![于接比照象待外口应标话策症\\d一])",
    "封": "封(?![闭面存条顶装控锁建堵号底印口山禁停])",
}
UNIT_RE = r"个[ \t]*百[ \t]*分[ \t]*点|" + "|".join(
    _UNIT_GUARDS.get(u, u) for u in sorted(COUNT_UNITS + MONEY_UNITS, key=len, reverse=True)
)

PRE_QUAL = {
    "约": "about",
    "大约": "about",
    "近": "<=",
    "将近": "<=",
    "接近": "<=",
    "不足": "<=",
    "不到": "<=",
    "不超过": "<=",
    "少于": "<=",
    "低于": "<=",
    "超过": ">=",
    "超": ">=",
    "逾": ">=",
    "突破": ">=",  # 收案首次突破5万件: past a round mark
    "不少于": ">=",
    "不低于": ">=",
    "多于": ">=",
    "高于": ">=",
    # bounds stated in words: the figure is one end of an interval, not a point
    "至少": ">=",
    "最少": ">=",
    "不小于": ">=",
    "大于": ">=",
    "大于等于": ">=",
    "最多": "<=",
    "至多": "<=",
    "不多于": "<=",
    "不大于": "<=",
    "不高于": "<=",
    "小于": "<=",
    "小于等于": "<=",
}
POST_QUAL = {
    "以上": ">=",
    "之多": ">=",
    "多": ">=",
    "余": ">=",
    "以下": "<=",
    "以内": "<=",
    "左右": "about",
    "上下": "about",
}
APPROX_MID = {"余": ">=", "多": ">="}

# 约/近 loosely: the interval a reviewer would still accept for "about".
ABOUT_SLACK = 0.15
ABOUT_SLACK_3 = 0.05  # (of a figure shown to three significant digits: 约19.2%)
ABOUT_SLACK_4 = 0.02  # (to four or more: 约12.85%, 约8632.04万元)

_PRE_RE = "|".join(sorted(PRE_QUAL, key=len, reverse=True))
_POST_RE = "|".join(sorted(POST_QUAL, key=len, reverse=True))

# ---------------------------------------------------------------------------------------------------
# Passes over the text for numerals that are not quantities. Their spans are claimed first.

_Y = r"(?:1[89]\d\d|20\d\d)"
# 45 317份 (thin or plain spaces between groups of three, as print layouts and journals write them;
# only where the figure runs into a word, so that a row of numbers 35 125 90 stays three)
_GROUP_SPACES = " \u00a0\u2009\u202f"
_GROUPED = rf"\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}})+(?:[.·]\d+)?(?=[ \t]?[^\s\d.,，·])"
_CNY = r"[〇○零一二三四五六七八九]{4}"  # ○ (a white circle) is often typed for 〇
# Each pass says where its matches can begin, so the scan tries it only there (see _Starts): "run:4"
# (or "run:1-2"…) at the start of a run of that many digits (every digit-led pattern refuses a digit
# before it, and its digits end where the run ends: 2023年 is tried at no run but one of four digits),
# "run+1" one character later, "cn4" inside a run of four or more Chinese digits, "x" at a placeholder letter,
# "bracket" at an opening bracket, "any" anywhere.
_NONQ_PATTERNS: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    # garbled figures, too damaged to trust: digits split by a stray space before a unit ("1 6件", but
    # not 45 317份: groups of three are thousands, see _ARABIC), anonymised placeholders (XX件)
    (
        "unread",
        re.compile(
            r"(?<![\d.])(?!" + _GROUPED + r")\d{1,3} \d{1,3}"
            r"(?=[ \t]?(?:" + UNIT_RE + r"|%))"
        ),
        ("run:1-3",),
    ),
    ("unread", re.compile(r"(?<![A-Za-z])(?:[XxＸｘ×*]{1,4})[ \t]?(?=(?:" + UNIT_RE + r"|%))"), ("x",)),
    # a list marker glued to a year: "(2)2021年" copied as "22021年"
    ("year", re.compile(r"(?<=(?<![\d.])[1-9])" + _Y + r"\s*年"), ("run+1",)),
    ("doc_number", re.compile(r"[〔\[［【(（]\s*" + _Y + r"\s*[〕\]］】)）]\s*\d{1,4}\s*号"), ("bracket",)),
    (
        "date",
        re.compile(
            r"(?<!\d)(?:" + _Y + r"|" + _CNY + r")\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
            r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?"
        ),
        ("run:4", "cn4"),
    ),
    ("date", re.compile(r"(?<![\d.])\d{1,2}\s*月\s*\d{1,2}\s*[日号]"), ("run:1-2",)),
    ("date", re.compile(r"(?<![\d.个])(?:1[0-2]|0?[1-9])\s*月份?(?![\d])"), ("run:1-2",)),
    ("date", re.compile(r"(?<![\d.])" + _Y + r"[01]\d[0-3]\d(?!\d)"), ("run:8",)),  # 20250228
    ("date", re.compile(r"(?<![\d.])" + _Y + r"[1-9][0-3]\d(?!\d)"), ("run:7",)),  # 2025228: separators lost
    ("year", re.compile(r"(?<![\d.])" + _Y + r"(?=\s*[—–\-~～至到]\s*" + _Y + r"\s*年)"), ("run:4",)),
    ("year", re.compile(r"(?<![\d.])" + _Y + r"\s*年"), ("run:4",)),
    ("year", re.compile(_CNY + r"\s*年"), ("cn4",)),
    # a year of the 民国 calendar Taiwan's pages count by (109年 is 2020): 100–119, not a span (近110年来)
    (
        "year",
        re.compile(r"(?<![\d.])1[01]\d(?=\s*年(?!来|以来|以上|以下|左右|之久|多|的历史|历史))"),
        ("run:3",),
    ),
    ("other", re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)"), ("run:3-4",)),  # phone numbers
]
# the run lengths "run:…" names: (fewest, most) digits
_RUN_LENGTHS = {
    w: (int(lo), int(hi or lo))
    for _, _, where in _NONQ_PATTERNS
    for w in where
    if w.startswith("run:")
    for lo, _, hi in [w.removeprefix("run:").partition("-")]
}
# any "run" pass that matches at a position: most digit runs (counts such as 35件) match none
_ANY_RUN_PASS = re.compile(
    "|".join(f"(?:{p.pattern})" for _, p, where in _NONQ_PATTERNS if any(w in _RUN_LENGTHS for w in where))
)
_CN_DIGITS = "〇○零一二三四五六七八九"
_QUOTES = {"“": "”", "‘": "’", "《": "》", "「": "」", "『": "』", '"': '"'}
# The landmarks of a text in one scan: runs of digits, Chinese numeral characters (runs of four or more
# Chinese digits in one piece), placeholder letters, opening brackets and opening quotes
# (_Scanner._quoted_spans). Any scan of a whole text costs re tens of instructions a character, so one
# scan for all beats one each. A character class first lets re scan for it in C; what follows the
# first character tells the kinds apart. The classes are disjoint, so each kind is found as its own
# scan would find it.
_LANDMARK_KINDS = {c: "cn" for c in _CN_DIGITS + _CN_START + "百"} | {c: "x" for c in "XxＸｘ×*"}
_LANDMARK_KINDS |= {c: "bracket" for c in "〔[［【(（"} | {c: "quote" for c in _QUOTES}
# A run of digits where a "run" pass can match is followed (after spaces) by 年, 月, a dash, 至 or 到,
# or by one space (1 6件), or is seven or eight digits long (20250228): the group `may` says which runs
# _ANY_RUN_PASS is tried at.
_LANDMARK_RE = re.compile(
    r"[\d"
    + re.escape("".join(_LANDMARK_KINDS))
    + rf"](?:(?<=\d)\d*(?P<may>(?=\s*[年月—–\-~～至到]| ))?|(?<=[{_CN_DIGITS}])[{_CN_DIGITS}]{{3,}}|)"
)
_NO_DIGIT_NUMERAL_AFTER = frozenset("." + string.ascii_letters)


# the places of a ranking after 前 (前十名, 前三位, 前20强), unless 前 ends a word of time (目前5名, 此前3位)
_TOP_UNITS = ("名", "位", "强")
_BEFORE_QIAN_RE = re.compile(
    r"(?:目|此|之|提|以|当|日|生|事|会|庭|诉|审|节|年|月|眼|空|考|赛|岗|面|门|上|向|超|先|从)前$"
)
_BY_START = operator.attrgetter("start")  # a sort key in C, not a lambda called a mention
_SESSION_RE = re.compile(r"次(?:会议|全会|全体会议|大会|常委会)")
# 一次重报28件: 次, a few words and a figure in the same clause (the nth time of a step, not a count of times)
_NTH_TIME_RE = re.compile(r"次[\u4e00-\u9fff]{2,8}\d")


class _Starts:
    """Where the passes of _NONQ_PATTERNS can begin in one text, each list sorted (and where quotes
    open, "quote", and where a numeral can begin, "core": what _CORE_START_RE finds)."""

    def __init__(self, t: str) -> None:
        runs: list[tuple[int, int, int | None]] = []
        core: list[int] = []
        self.run_ends: dict[int, int] = {}  # where the run of digits at each such "core" start ends
        lists: dict[str, list[int]] = {"cn4": [], "x": [], "bracket": [], "quote": [], "core": core}
        kinds = _LANDMARK_KINDS
        for m in _LANDMARK_RE.finditer(t):
            s, e = m.span()
            c = t[s]
            kind = kinds.get(c)
            if kind is None:  # a run of digits
                runs.append((s, e, m.lastindex))
                if s == 0 or t[s - 1] not in _NO_DIGIT_NUMERAL_AFTER:
                    core.append(s)
                    self.run_ends[s] = e
            elif kind == "cn":  # each may begin a numeral but ○, typed for 〇 in years only (_CN_START)
                if e - s == 1:
                    if c != "○":
                        core.append(s)
                else:
                    lists["cn4"].extend(range(s, e - 3))
                    core.extend(i for i in range(s, e) if t[i] != "○")
            else:
                lists[kind].append(s)
        run = [(s, e - s) for s, e, may in runs if (may or 7 <= e - s <= 8) and _ANY_RUN_PASS.match(t, s)]
        lists["run"] = [s for s, _ in run]
        for name, (lo, hi) in _RUN_LENGTHS.items():  # (a handful of runs a text: most are years)
            lists[name] = [s for s, n in run if lo <= n <= hi]
        lists["run+1"] = [s + 1 for s, e, _ in runs if e - s >= 5]  # [1-9] then a four-digit year
        self.lists = lists

    def matches(self, pat: re.Pattern[str], t: str, where: tuple[str, ...]) -> Iterator[re.Match[str]]:
        """What pat.finditer(t) yields, trying pat only where it can begin."""
        if "any" in where:
            return pat.finditer(t)
        starts = (
            self.lists[where[0]] if len(where) == 1 else sorted({i for w in where for i in self.lists[w]})
        )
        return _matches_at(pat, t, starts)


def _matches_at(pat: re.Pattern[str], t: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What pat.finditer(t) yields, given every position where pat can match (ascending; more is
    fine). finditer tries every position, and re cannot skip ahead when a pattern begins with a
    lookbehind or with an alternation of groups."""
    end = 0
    for i in starts:
        if i < end:
            continue  # finditer resumes after a match: no overlapping matches
        m = pat.match(t, i)
        if m is not None:
            end = m.end()
            yield m


# matched at line starts only (segment.line_starts): no newline inside
_SECTION_RE = re.compile(
    r"^[ \t]*(?:\*\*)?(?P<sec>[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])",
    re.MULTILINE,
)

# _SECTION_RE at every other line start: led by the newline before it, which re finds in C (no match
# tried at the lines that begin no section)
_SECTION_AFTER_NEWLINE_RE = re.compile("\n" + _SECTION_RE.pattern.removeprefix("^"))

# Fixed phrases: numerals inside the names of policies, campaigns and slogans of these reports.
_FIXED_NAMES = (
    r"三项制度|一网通办|一网统管|一件事|一把手|两委|一站式|一门式|一窗[式通受]|一次性|一次办|最多跑一次|"
    r"跑零次|零跑腿|零跑动|零见面|零距离|零等待|零门槛|"  # (slogans of 政务服务: 跑零次实现率95.4%)
    r"[一两二三四五六]级联动|[一二三四五]所联动|[二三四五]方联动|[六七八九]五普法|[六七八九]五”|十[一二三四五]五|"
    r"两个维护|两个确立|四个意识|四个自信|三重一大|一岗双责|三会一课|一规划两纲要|一条龙|一张网|"
    r"最后一公里|两法衔接|一成不变|一体化|一盘棋|五位一体|四个全面|一带一路|"
    r"三类内部事务|四类过程性|三安全一稳定|"  # (the 信息公开 template's grounds: 属于四类过程性信息1件)
    r"[两三四]位数|"  # (保持两位数以上增长: double digits, no count of persons)
    r"一票否决|[一二两]次退查|[一二两]次退回补充侦查|[一二两]次退补|"  # (the first or second return of a case, a name)
    r"24\s*小时(?=自助|服务|在线|值守|不打烊|营业|全天|热线|不间断|畅通)|365\s*天"
)


def _literal_led(alternatives: str) -> str:
    """The same alternation with a leading character class spelled out ([一两]级 → 一级|两级): when
    every alternative begins with a literal, re skips straight to the positions of those characters."""
    out: list[str] = []
    for alt in alternatives.split("|"):
        m = re.match(r"\[([^\]\\]+)\](.*)", alt)
        if m:
            out.extend(c + m.group(2) for c in m.group(1))
        else:
            out.append(alt)
    return "|".join(out)


def _by_first_char(alternation: str) -> str:
    """The same alternation with the alternatives that begin with one character (each begins with a
    literal one) gathered behind it (一(?:网通办|件事|…)|两(?:…)|…): where such a character is not
    followed by the rest of one, re tries a dozen branches rather than seventy. Alternatives that
    begin with different characters cannot match at one position, and those that begin with the same
    one keep their order: every match is the same."""
    alts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            alts.append(alternation[start:i])
            start = i + 1
        i += 1
    alts.append(alternation[start:])
    groups: dict[str, list[str]] = {}
    for alt in alts:
        if not alt or alt[0] in "\\[(.^$*+?{|" or alt[1:2] in ("*", "+", "?", "{"):
            raise ValueError(f"an alternative that does not begin with a literal character: {alt!r}")
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())


_FIXED_NAME_RE = re.compile(_by_first_char(_literal_led(_FIXED_NAMES)))
# the lookbehind starts a match only where a numeral run starts: same matches, no quadratic retries;
# it follows the run's first character, so that re scans for that character class in C rather than
# trying the lookbehind at every position ((?<![…]) there is (?<![…]).) after it)
_CAMPAIGN_RE = re.compile(
    r"[一二三四五六七八九十\d](?<![一二三四五六七八九十\d].)[一二三四五六七八九十\d]*年"
    r"(?=专项|行动|计划|规划|攻坚|提升行动|三年)"
)
_CAMPAIGN_HINT = re.compile(r"年(?:专项|行动|计划|规划|攻坚|提升行动|三年)")  # literal-led: a fast test

_WORD_BEFORE_YI = set("统唯逐进同之合万第单专划归如某每任另其这那哪再又始终周星新上下")
_GRADE_NOUN_RE = lazy_compile(r"[\u4e00-\u9fff]")  # (after 二级: the noun it grades)
_ORDINAL_AFTER = re.compile(r"(?:是|届|大|审|中全会|中、|把手|线|流|等奖|级行政区)")
_ORDINAL_AFTER_FIRST = frozenset("是届大审中把线流等级")  # the first characters of its words

# Arabic figures: 1,559,714 and 9，999 (a full-width comma: read as grouping only where the figure is a
# percentage, see _arabic), 97·3 (a middle dot typed for the decimal point)
# and 45 317 (_GROUPED)
_ARABIC = (
    r"\d{1,3}(?:[,，]\d{3})+(?:[.·]\d+)?"
    rf"|(?<!\d[{_GROUP_SPACES}]){_GROUPED}"
    r"|\d+(?:[.·]\d+)?"
)
_ARABIC_PLAIN_RE = re.compile(r"\d+(?:[.·]\d+)?")
_LETTER = "A-Za-zＡ-Ｚａ-ｚ"
_CORE_RE = re.compile(
    r"(?P<pct>百分之(?P<pctnum>(?:" + _ARABIC + rf")(?![\d{_LETTER}]|\.\d)|{_CN_NUM}|百(?!姓)))"
    rf"|(?P<ar>(?<![\d.A-Za-z])(?:{_ARABIC})(?![\d{_LETTER}]))"
    rf"|(?P<cn>{_CN_NUM})"
)
# where _CORE_RE can begin: 百 (百分之), a digit not after a digit, point or letter, a Chinese numeral
# (_Starts finds these positions in its one scan: "core")
_CORE_START_RE = re.compile(rf"[百\d{_CN_START}](?<![\d.A-Za-z]\d)")
# _Scanner.run reads a numeral without _CORE_RE where what follows it cannot extend it (a test turns
# this off to compare)
_CORE_FAST = True
_AFTER_PLAIN_RUN = frozenset(",，.·" + _GROUP_SPACES + string.ascii_letters) | {
    chr(c) for r in ("ＡＺ", "ａｚ") for c in range(ord(r[0]), ord(r[1]) + 1)
}
_CN_START_SET = frozenset(_CN_START)
_AFTER_CN_ALONE = frozenset(_CN_CONT + " \t点")
_MULT_RE = r"万亿|万万|千万|百万|万|亿"
_FORM_LETTERS = frozenset("甲乙丙丁")  # the columns of words of a statistical form, numbered so
# the four digits after 万 in 7万9691家 (grouped, as Taiwan's and Hong Kong's pages write them: 1万8,272件)
_WAN_REST_RE = re.compile(r"(?:\d{4}|\d,\d{3})(?![\d.．]|[,，]\d)")
_TAIL_RE = re.compile(
    rf"[ \t]{{0,2}}(?P<a1>余|多)?(?P<mult>{_MULT_RE})?(?P<a2>余|多)?[ \t]{{0,2}}"
    r"(?:(?P<pctsign>%|‰)|(?P<unit>"
    + UNIT_RE
    + r")|(?P<cheng>成)(?![ \t]*[\d"
    + _CN_DEC
    + r"两])(?=[以左多的，。；、）)\s,.;:!?”’\"']|$))"
    r"(?P<post>" + _POST_RE + r")?"
)
_POST_AT = re.compile(_POST_RE)
_UNIT_AT = re.compile(UNIT_RE)
_CITED_BEFORE = frozenset("第款条项目")  # (第(2)项, 第一款(3)项: a provision cited, no blank filled in)
_UNIT_FIRST = frozenset(u[0] for u in COUNT_UNITS + MONEY_UNITS)  # where _UNIT_AT can match
_PRE_TAIL_RE = re.compile(r"(?:" + _PRE_RE + r")[ \t]{0,2}$")
# the last character of a window _PRE_TAIL_RE finds something in ($ matches before a final newline too)
_PRE_LAST = frozenset(" \t\n" + "".join(w[-1] for w in PRE_QUAL))
# a span of figures: 20~100个, 3至5万元, 一千件到一千五百件, 10%-20% (the second figure follows)
_RANGE_RE = lazy_compile(
    rf"(?P<mult>{_MULT_RE})?(?:(?P<pctsign>%)|(?P<unit>{UNIT_RE}))?"
    rf"[ \t]{{0,2}}(?P<sep>[~～\-—–－]|至|到)[ \t]{{0,2}}(?=[\d{_CN_START}])"
)
# 从/由 A 到 B is a change from A to B, not a span
_CHANGE_FROM_RE = re.compile(r"[从由自][^，。；、,;：:\n]*$")
# 数十家, 几百人: at least the unit, below ten times it
_FEW_RE = re.compile(r"[数几](?P<u>十|百|千|万|亿)")  # literal-led: re skips from one 数 or 几 to the next
# 数 ending a noun (人数十五人 is 15) or 几 inside a numeral (二十几万, read whole) is no 数十
_NOT_BEFORE_FEW = frozenset("人件户次总案个例倍分指系基参函位岁") | frozenset(_CN_CONT)
_FRACTION_RE = lazy_compile(
    r"(?P<frac>(?:(?<![百千万])(?P<per>百万|千万|万万|千|仟|万)|(?<!["
    + _CN_CONT
    + r"\d.])(?P<den>["
    + _CN_START
    + r"]["
    + _CN_CONT
    + r"]*|\d+))分之(?P<num>\d+(?:\.\d+)?(?!\d|\.\d)|["
    + _CN_START
    + r"]["
    + _CN_CONT
    + r"]*(?:点["
    + _CN_DEC
    + r"]+)?)"
    r"|(?<![\d./])(?P<snum>\d{1,2})/(?P<sden>\d{1,3})(?![\d/]))(?P<post>左右|以上|以下|以内|强|弱)?"
)
_FEW_UNITS = {"十": 10.0, "百": 100.0, "千": 1e3, "万": 1e4, "亿": 1e8}
_PER_DEN = {"千": 1e3, "仟": 1e3, "万": 1e4, "百万": 1e6, "千万": 1e7, "万万": 1e8}
_URL_RE = lazy_compile(r"(?:https?|ftp)://[!-~]+|www\.[!-~]+")  # percent-encoding (%28) is not a figure
_CELL_NUMBER_RE = re.compile(r"(?P<num>[-−－]?(?:" + _ARABIC + r"))[ \t]*(?P<pct>%)?")
_CELL_GROUPED_RE = re.compile(
    rf"(?P<num>[-−－]?\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}})+(?:[.·]\d+)?)[ \t]*(?P<pct>%)?"
)
_MINUS_CHARS = "-−－"  # hyphen-minus, minus sign, full-width minus
_MINUS = frozenset(_MINUS_CHARS)
_MULT_CHARS = frozenset("万亿千百")
_SPAN_NEXT = frozenset("~～-—–－至到 \t")  # what may follow the first figure's unit in a span
# the longest Chinese numeral read (四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二 has 32
# characters): parsing and the fallback to a prefix stay bounded on a page of numeral characters
MAX_CN_NUMERAL = 40
_WORDS_RE = re.compile(r"[^ \t]+")
# hotlines and service numbers: a name unless a unit follows (受理120起, 投入110万元 are figures)
_HOTLINES = frozenset(("12345", "12348", "12315", "12309", "12366", "110", "119", "120", "122"))
_CLASS_NAME_RE = re.compile(r"类(?=占|的|[、，,])")
_HOTLINE_KIND_RE = re.compile(r"类(?:有效)?(?:报警|警情|接警|求助|电话|来电)")
# what a minus sign cannot follow (then it is a dash: 5-10人, A-3): a digit, a letter, a closing mark
_NOT_BEFORE_MINUS = frozenset("0123456789.%‰)）]】" + string.ascii_letters)
# a numeral right after these continues one hecha does not read: 2^5, 7.7×104, 16/5, 3万40, 5万4千, 千三; after 零
# only when a numeral comes before it (1千零1, not 清零15件)
_UNREAD_BEFORE = frozenset("^/／百千万亿×")  # (7.7×104人: 7.7×10⁴ flattened; 5×3米: a product)
# a bare count a step's word names, its unit dropped in print (调处8438，): _Scanner._bare_counts
_BARE_STEP_RE = re.compile(r"(?:调处|调解成功|成功调解|化解|办结|结案|审结|受理|立案|排查)(?:案件)?$")
_BARE_AFTER = frozenset("，,；;")
_BARE_MOST = 7  # digits
_BARE_NEAR = 24  # characters to the count of cases beside it
_CASE_COUNTERS = frozenset({"件", "起", "宗", "例"})
_SHARE_NEXT_RE = re.compile(r"\s*[，,]\s*(?:约)?占")  # (…类374，占比5.0%: its share next)
_KIND_ITEM_NEAR = 40  # characters to the neighbouring item of the run
_BARE_FIGURE_RE = re.compile(r"\d{1,7}(?:\.\d{1,3})?")  # (a figure the unit after the run names too)
_PLAIN_COUNT_RE = re.compile(r"\d{1,7}(?:\.\d{1,3})?[^\d万亿千百十.]{1,3}")
_NUMERAL_CHARS = frozenset("0123456789" + _CN_CONT)
_SIGNS = frozenset("+负" + _MINUS_CHARS)
# what may precede a numeral _continues_unread sets aside (a quick test before the full one)
_MAY_CONTINUE = _UNREAD_BEFORE | _SIGNS | frozenset("零〇点之 \t")
_EXPONENT_BEFORE_SIGN = frozenset("eE^+" + _MINUS_CHARS)


@dataclass
class _Claim:
    start: int
    end: int


# --- issue 15: a figure too large to be a real quantity (309+ digits overflow a float, 一亿亿亿…) is
# counted as unread, never checked: it would otherwise stop the check of its whole document.
MAX_QUANTITY = 1e15  # 1000万亿: above any figure of these reports, and below 2**53 (exact integers)


def _as_float(n: int) -> float:
    return float(n) if n < 10**300 else math.inf


def _too_large(value: float) -> bool:
    return not abs(value) <= MAX_QUANTITY  # also NaN and infinities


class _Value(NamedTuple):
    """A numeral's value: `value` as written (the low end of a span), `high` the high end of a span
    (二三十, 20~100), `below` the bound 十几 and 数十 stay under. (A tuple: made for every figure.)"""

    value: float
    decimals: int
    high: float | None = None
    below: float | None = None


def _arabic_value(s: str) -> tuple[float, int]:
    if s.isascii() and s.isdigit():
        return float(s), 0  # most figures: 35
    s = s.replace(",", "").replace("，", "").replace("·", ".")  # 97·3%: a middle dot for the point
    s = "".join(s.split())  # 45 317: spaces between groups of three
    neg = s[0] in _MINUS
    s = s.lstrip(_MINUS_CHARS)
    decimals = len(s.split(".", 1)[1]) if "." in s else 0
    return (-float(s) if neg else float(s)), decimals


_MULT = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "万万": 1e8, "千万": 1e7, "百万": 1e6}


# a ratio of two counts (复议诉讼比): the figure after the words naming it (比值, 之比, 诉讼比…, and 比例 when
# the figure is written X:1), with at most a verb and 约 between
_RATIO_FIGURE_RE = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
_RATIO_NAME_RE = re.compile(
    r"(比值|之比|诉讼比|案件比|比例)((?:已|均)?(?:为|是|达到|达|超过)?\s*(?:约为|约|大约)?\s*)$"
)
_RATIO_ONE_RE = re.compile(r"\s*[:：∶比]\s*(?:1(?![\d.]))?")


def make_quantity(
    value: float, unit: str, qualifier: str, step: float, rounded: bool, integer: bool
) -> Quantity:
    """The interval a stated figure allows: its qualifier, then the rounding of its last digit."""
    half = step / 2 if rounded else 0.0
    low: float | None
    high: float | None
    if qualifier == "=":
        low, high = value - half, value + half
    elif qualifier == ">=":
        low, high = value, None  # 98%以上, 3万余: the stated figure is itself the bound
    elif qualifier == "<=":
        low, high = None, value
    else:  # about
        slack = _about_slack(value, step)
        a, b = value * (1 - slack), value * (1 + slack)
        low, high = min(a, b) - half, max(a, b) + half
    if value >= 0 and low is not None and low < 0:
        low = 0.0  # a positive figure's interval stays non-negative; -3.9% is read as stated
    return Quantity(value, low, high, qualifier, unit, step, integer)  # positional: cheaper to call


def _about_slack(value: float, step: float) -> float:
    """How far "about" reaches, by the significant digits shown: 约1.2万人 or 约200人 loosely (ABOUT_SLACK), 约19.2%
    less so, 约12.85% or 约8632.04万元 little — a figure shown to four digits hedges its rounding, not its size."""
    if step <= 0 or value == 0:
        return ABOUT_SLACK
    digits = str(round(abs(value) / step)).rstrip("0")
    return ABOUT_SLACK if len(digits) <= 2 else ABOUT_SLACK_3 if len(digits) == 3 else ABOUT_SLACK_4


def _span_quantity(low: Quantity, high: Quantity) -> Quantity:
    """One interval from its two ends (20~100个, 二三十家): from the low end's low to the high end's high."""
    lo = low.low if low.low is not None else low.value
    hi = high.high if high.high is not None else high.value
    return Quantity(low.value, lo, hi, "range", high.unit, high.step, high.integer)


def _capped(q: Quantity, cap: float) -> Quantity:
    """dataclasses.replace(q, cap=cap), without its walk over the fields and call by keywords."""
    return Quantity(q.value, q.low, q.high, q.qualifier, q.unit, q.step, q.integer, cap)


def _cap_unit(value: float, decimals: int, scale: float) -> float:
    """余/多 stand for less than one more of the last stated digit: 30余 < 40, 280余 < 290, 3万余 < 4万."""
    if decimals:
        return 10.0**-decimals * scale
    if _too_large(value):
        return math.inf  # issue 15: the figure is dropped as unread (_emit_quantity)
    v = round(value / scale)
    unit = 1
    while v and v % 10 == 0 and unit < 10**12:
        v //= 10
        unit *= 10
    return unit * scale


def _combine(quals: list[str]) -> str:
    """约200余亿: 'about' wins; otherwise the first bound stated."""
    if "about" in quals:
        return "about"
    for q in quals:
        if q != "=":
            return q
    return "="


def _compact(s: str) -> str:
    if " " not in s and "\t" not in s:
        return s
    return s.replace(" ", "").replace("\t", "")


def _numeral_value(numtxt: str, is_cn: bool) -> _Value | None:
    return _parse_cn(_compact(numtxt)) if is_cn else _Value(*_arabic_value(numtxt))


@functools.lru_cache(maxsize=4096)
def _parse_cn(s: str) -> _Value | None:
    """A compact Chinese numeral as a value: a span (二三十), 几 (十几), or a plain number; None if
    ill-formed."""
    if "几" in s:
        few = cn_few(s)
        return _Value(few[0], 0, below=few[1]) if few else None
    span = cn_span(s)
    if span is not None:
        return _Value(span[0], 0, high=span[1])
    v = cn_decimal(s)
    return _Value(v[0], v[1]) if v is not None else None


_BIG_STEP = {"万": 1e4, "亿": 1e8}


def _cn_step(s: str, decimals: int) -> tuple[float, bool]:
    """The unit of a Chinese numeral's last stated digit, and whether it is a rounded figure: 三万 is
    rounded to 万, 一万三 to 千 (like 1.3万); 一千三 and 三千 are exact."""
    if decimals:
        return 10.0**-decimals, False
    if s[-1] in _BIG_STEP and len(s) > 1:
        return _BIG_STEP[s[-1]], True
    if len(s) > 1 and s[-2] in _BIG_STEP and s[-1] not in "零〇":
        return _BIG_STEP[s[-2]] / 10, True
    return 1.0, False


def _financial_ok(t: str, s: int, run: str) -> bool:
    """A run that begins with 伍/拾/陆/肆 is a numeral only beside another financial numeral (伍拾元)
    or at a word boundary: 队伍五十人 is 五十人, 收拾 and 大陆 are words."""
    if sum(c in FINANCIAL for c in run) >= 2:
        return True
    if len(run) == 1:
        return False
    before = t[s - 1] if s > 0 else ""
    return not ("\u4e00" <= before <= "\u9fff")


_FIGURE_REF_BEFORE = ("如图", "见图", "如表", "见表", "附图", "附表", "下图", "下表", "上图", "上表")
_NAME_NUMERAL_RE = re.compile(r"[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*")
_ALL_NUMERAL_RE = re.compile(r"[零〇一二两三四五六七八九十百千]+")


class _Scanner:
    def __init__(self, text: str, norm: str | None = None):
        self.raw = text
        self.t = norm if norm is not None else normalize(text)
        self.claimed = bytearray(len(text))
        self.mentions: list[Mention] = []
        self.starts = _Starts(self.t)
        self.quoted = self._quoted_spans()
        self._quote_starts = [s for s, _ in self.quoted]  # sorted, spans disjoint: bisect in _in_quote
        self.learned_names = self._learn_names()

    # -- helpers ------------------------------------------------------------------------------------
    def _quoted_spans(self) -> list[tuple[int, int]]:
        """Inner spans of quotes and titles closed within 60 characters and without a full stop;
        the scan goes from one opening mark to the next, skipping those inside a quote."""
        spans: list[tuple[int, int]] = []
        t = self.t
        n = len(t)
        after = 0
        for i in self.starts.lists["quote"]:
            if i < after:
                continue
            j = t.find(_QUOTES[t[i]], i + 1, min(n, i + 60))
            if j > 0 and t.find("。", i, j) < 0:  # (no copy of the quote to look in)
                spans.append((i + 1, j))
                after = j + 1
        return spans

    def _in_quote(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i >= 0 and pos < self.quoted[i][1]:
            return self.quoted[i]
        return None

    def _learn_names(self) -> set[str]:
        """A numeral phrase quoted or titled once (《…十二条》, “三项制度”) is a name everywhere."""
        names: set[str] = set()
        t = self.t
        for s, e in self.quoted:
            if _NAME_NUMERAL_RE.search(t, s, e) is None:
                continue  # most quotes hold no numeral: no copy of them to look in
            inner = t[s:e]
            for m in _NAME_NUMERAL_RE.finditer(inner):
                tail = inner[m.start() :]
                if len(tail) >= 2 and not _ALL_NUMERAL_RE.fullmatch(tail):
                    names.add(tail[:6])
        return names

    def claim(self, start: int, end: int, kind: str, number_start: int = -1, number_end: int = -1) -> None:
        # positional (start, end, text, kind, quantity, number_start, number_end): cheaper to call
        self.mentions.append(Mention(start, end, self.raw[start:end], kind, None, number_start, number_end))  # type: ignore[arg-type]
        self.claimed[start:end] = b"\x01" * (end - start)

    def free(self, start: int, end: int) -> bool:
        return self.claimed.find(1, start, end) < 0  # claimed bytes are 0 or 1

    # -- passes -------------------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        t = self.t
        if "://" in t or "www." in t:
            for m in _URL_RE.finditer(t):
                self.claimed[m.start() : m.end()] = b"\x01" * (m.end() - m.start())  # no figure in a URL
        starts = self.starts
        lists = starts.lists
        for kind, pat, where in _NONQ_PATTERNS:
            if len(where) == 1 and not lists.get(where[0], True):  # ("any" is no list)
                continue  # nowhere it can begin (most texts have no placeholder, few a bracket)
            for m in starts.matches(pat, t, where):
                if self.free(m.start(), m.end()):
                    self.claim(m.start(), m.end(), kind)
        first = _SECTION_RE.match(t)
        for sec in itertools.chain((first,) if first else (), _SECTION_AFTER_NEWLINE_RE.finditer(t)):
            s, e = sec.span("sec")
            if self.free(s, e):
                self.claim(s, e, "section")
        for m in _FIXED_NAME_RE.finditer(t):
            if self.free(m.start(), m.end()):
                self.claim(m.start(), m.end(), "name")
        for m in _CAMPAIGN_RE.finditer(t) if _CAMPAIGN_HINT.search(t) else ():
            if self.free(m.start(), m.end()):
                self.claim(m.start(), m.end(), "name")
        self._table_cells()
        self._fractions()
        self._few()
        pos = 0
        n = len(t)
        run_ends = starts.run_ends
        fast = _CORE_FAST
        for i in starts.lists["core"]:
            if i < pos:
                continue  # inside a numeral already read (or set aside)
            # what _CORE_RE finds, without it where that is plain: a run of digits that no comma,
            # point, group space or letter follows is a figure of its own (ar); a Chinese numeral
            # character that no numeral character, space or 点 follows is one alone (cn)
            e = run_ends.get(i, -1)
            found = None
            if fast and e >= 0 and (e == n or t[e] not in _AFTER_PLAIN_RUN):
                group = "ar"
            elif fast and e < 0 and t[i] in _CN_START_SET and (i + 1 == n or t[i + 1] not in _AFTER_CN_ALONE):
                e, group = i + 1, "cn"
            else:
                found = _CORE_RE.match(t, i)
                if found is None:
                    continue
                e, group = found.end(), found.lastgroup  # type: ignore[assignment]  # pct, ar or cn
            k = self.claimed.find(1, i, e)
            if k >= 0:  # a year, a date, a name… claimed already
                if group != "cn" or k == i:
                    pos = e
                    continue
                e = i + len(t[i:k].rstrip(" \t"))  # a Chinese numeral up to the claimed span
            if group == "ar":
                # (a run of digits read without _CORE_RE holds no comma)
                grouped = found is not None and t.find("，", i, e) >= 0
                pos = self._arabic(i, e) if grouped else self._figure(i, e, False)
            elif group == "cn":
                pos = self._chinese(i, e)
            else:
                assert found is not None
                pos = self._percent_words(found, e)
        self.mentions.sort(key=_BY_START)
        self._bare_counts()
        if "、" in t:
            self._shared_units()
        if "比" in t:
            self._ratios()
        return self.mentions

    def _ratios(self) -> None:
        """复议诉讼比值达2.6 / 比例约为2.5:1: a bare figure right after the words naming a ratio of two counts,
        or one written X:1 after them, is that ratio (kind "ratio", unit ":1"), rounded as displayed."""
        ms, t = self.mentions, self.t
        k = 0
        while k < len(ms):
            m = ms[k]
            name = (
                _RATIO_NAME_RE.search(t, max(0, m.start - 12), m.start)
                if m.kind == "other" and _RATIO_FIGURE_RE.fullmatch(m.text)
                else None
            )
            if name is None:
                k += 1
                continue
            one = _RATIO_ONE_RE.match(t, m.end)  # (a second figure of the ratio, 1 or another)
            nxt = ms[k + 1] if k + 1 < len(ms) else None
            written = one is not None and nxt is not None and nxt.end == one.end() and nxt.kind == "other"
            if (one is not None and not written) or (not written and name.group(1) == "比例"):
                k += 1
                continue  # (比例为1:3 is no count over count; 比例为23 without its % is no ratio of counts)
            end = nxt.end if written and nxt is not None else m.end
            step = 10.0 ** -len(m.text.partition(".")[2])
            qualifier = "about" if "约" in name.group(2) else "="
            q = make_quantity(float(m.text), ":1", qualifier, step, True, False)
            ms[k] = Mention(m.start, end, t[m.start : end], "ratio", q, m.start, m.end)
            if written:
                del ms[k + 1]
            k += 1

    def _bare_counts(self) -> None:
        """A bare whole number the print dropped the unit of counts in the unit of a count of cases beside it: after
        a step's word, a clause mark after it (排查8451件，调处8438，调解成功7913件), or after a kind and before its
        share in a run of such items (卫生健康类2652件，占比31.9%；…公共服务类374，占比5.0%；…)."""
        self._take_unit_beside(self._beside_a_step)
        if "类" in self.t:
            self._take_unit_beside(self._beside_in_a_run_of_kinds)

    def _take_unit_beside(self, beside_of: Callable[[int, Mention], list[Mention]]) -> None:
        """Each bare whole number with a count of cases beside it (as `beside_of` finds them) counts in its unit."""
        ms = self.mentions
        for k, m in enumerate(ms):
            if m.kind != "other" or not m.text.isdigit() or len(m.text) > _BARE_MOST:
                continue
            beside = beside_of(k, m)
            if beside:
                assert beside[0].quantity is not None
                q = make_quantity(float(m.text), beside[0].quantity.unit, "=", 1.0, False, True)
                ms[k] = Mention(m.start, m.end, m.text, "count", q, m.start, m.end)

    def _case_count_near(self, x: Mention | None, m: Mention, reach: int) -> bool:
        """Is `x` a count of cases within `reach` characters of `m`, in its sentence?"""
        t = self.t
        return (
            x is not None
            and x.kind == "count"
            and x.quantity is not None
            and x.quantity.unit in _CASE_COUNTERS
            and abs(x.start - m.start) <= reach
            and "。" not in t[min(x.end, m.end) : max(x.start, m.start)]
        )

    def _beside_a_step(self, k: int, m: Mention) -> list[Mention]:
        """排查8451件，调处8438，…: after a step's word, a clause mark after it, the nearest figure on either side
        that is no percentage (…结案5件，占0.15%；以改判方式结案241，占7.1%)."""
        ms, t = self.mentions, self.t
        if t[m.end : m.end + 1] not in _BARE_AFTER or not _BARE_STEP_RE.search(
            t, max(0, m.start - 6), m.start
        ):
            return []
        left = next((x for x in reversed(ms[:k]) if x.kind != "percent"), None)
        right = next((x for x in ms[k + 1 :] if x.kind != "percent"), None)
        return [x for x in (left, right) if x is not None and self._case_count_near(x, m, _BARE_NEAR)]

    def _beside_in_a_run_of_kinds(self, k: int, m: Mention) -> list[Mention]:
        """公共服务类374，占比5.0%: after a kind and before its share, the items of the same shape beside it."""
        ms, t = self.mentions, self.t
        if t[m.start - 1 : m.start] != "类" or not _SHARE_NEXT_RE.match(t, m.end):
            return []
        return [
            x
            for x in (*reversed(ms[max(0, k - 2) : k]), *ms[k + 1 : k + 3])
            if self._case_count_near(x, m, _KIND_ITEM_NEAR)
            and t[x.start - 1 : x.start] == "类"
            and _SHARE_NEXT_RE.match(t, x.end)
        ]

    def _shared_units(self) -> None:
        """分别为3218、3051、2821起: bare figures joined by 、 to a count whose unit (no 万 or 亿 before it) ends the
        run share that unit, as print drops it from all but the last."""
        ms, t = self.mentions, self.t
        for k in range(len(ms) - 1, 0, -1):
            last = ms[k]
            q = last.quantity
            if last.kind != "count" or q is None or not _PLAIN_COUNT_RE.fullmatch(last.text):
                continue
            j = k
            while (
                j > 0
                and ms[j - 1].kind == "other"
                and _BARE_FIGURE_RE.fullmatch(ms[j - 1].text)
                and t[ms[j - 1].end : ms[j].start].strip(" ") == "、"
            ):
                j -= 1
                m = ms[j]
                decimals = len(m.text.partition(".")[2])
                value = float(m.text)
                share = make_quantity(value, q.unit, "=", 10.0**-decimals, False, not decimals)
                ms[j] = Mention(m.start, m.end, m.text, "count", share, m.start, m.end)

    def _fractions(self) -> None:
        """三分之一, 千分之三, 1/4左右: shares written as fractions, read as percentages (about, when so
        worded). 3又3分之1 (a whole and a fraction) is not read."""
        if "分之" not in self.t and "/" not in self.t:
            return  # every fraction has one or the other
        t = self.t
        for m in _FRACTION_RE.finditer(t):
            if not self.free(m.start(), m.end("frac")):
                continue
            decimals = 0
            if m.group("snum"):
                den, num = float(m.group("sden")), float(m.group("snum"))
                if not (m.group("post") or self._prefix(m.start())[1]):
                    continue  # a bare 1/4 may be anything (a date, a ratio of pages): only worded ones
            else:
                if _compact(t[max(0, m.start() - 3) : m.start()]).endswith("又"):
                    continue  # 三百五十又三分之一: a mixed number, not a share
                if m.group("per"):
                    den = _PER_DEN[m.group("per")]
                elif m.group("den")[0].isdigit():
                    den = float(m.group("den"))
                else:
                    den = parse_cn_number(m.group("den")) or 0.0
                numtxt = m.group("num")
                if numtxt[0].isdigit():
                    num, decimals = _arabic_value(numtxt)
                else:
                    v = cn_decimal(numtxt)
                    if v is None:
                        continue
                    num, decimals = v
            if not den or num > den * 10:
                continue
            start, pre = self._prefix(m.start())
            post = {"强": ">=", "弱": "<="}.get(m.group("post") or "") or POST_QUAL.get(m.group("post") or "")
            qual = _combine([q for q in (pre, post) if q])
            value = round(num / den * 100, 6 + len(str(int(den))))
            # per mille and smaller (千分之三) carry the precision of their digits; other fractions
            # (三分之一 = 33.3…%) may be quoted to a tenth of a percent
            step = 10.0**-decimals * 100 / den if den >= 100 and str(int(den)).strip("0") == "1" else 0.1
            q = make_quantity(value, "%", qual, step, True, False)
            self._emit_quantity(start, m.end(), "percent", q, m.start(), m.end("frac"))

    def _few(self) -> None:
        """数十家, 几百人, 数十万元: at least the unit stated, below ten times it."""
        if "数" not in self.t and "几" not in self.t:
            return
        t = self.t
        for m in _FEW_RE.finditer(t):
            before = t[max(0, m.start() - 2) : m.start()].rstrip(" \t")
            if before and before[-1] in _NOT_BEFORE_FEW:
                continue
            tail = _TAIL_RE.match(t, m.end())
            if tail is None or tail.group("cheng") or not self.free(m.start(), tail.end()):
                continue
            base = _FEW_UNITS[m.group("u")]
            self._emit(m.start(), m.end(), m.start() + 1, tail, _Value(base, 0, below=base * 10), True)

    def _table_cells(self) -> None:
        """Bare numbers in table cells take their unit from the column header (受理（件） → 件)."""
        lettered = any(c in self.t for c in _FORM_LETTERS)  # (a fast test: most texts number no columns)
        for table in find_tables(self.raw):
            for row in table.rows:
                if lettered and self._column_numbers(row):
                    continue
                for col, cell in enumerate(row):
                    m = _CELL_NUMBER_RE.match(self.t, cell.start, cell.end)
                    if not m or m.end() != cell.end:
                        # | 10 412 |: groups of three a whole cell (no word after them for _GROUPED to see)
                        m = _CELL_GROUPED_RE.match(self.t, cell.start, cell.end)
                    if not m or m.end() != cell.end or not self.free(cell.start, cell.end):
                        continue
                    value, decimals = _arabic_value(m.group("num"))
                    unit = "%" if m.group("pct") else (table.unit_of(col) or "件")
                    if unit == "%":
                        q = make_quantity(value, "%", "=", 10.0**-decimals, True, False)
                        kind = "percent"
                    else:
                        kind = "money" if unit.endswith("元") else "count"
                        scale = _MULT.get(unit[:-1], 1.0) if kind == "money" else 1.0
                        q = make_quantity(
                            value * scale,
                            "元" if kind == "money" else unit,
                            "=",
                            10.0**-decimals * scale,
                            scale > 1 or (kind == "count" and decimals > 0),
                            decimals == 0 and kind == "count",
                        )
                    self._emit_quantity(cell.start, cell.end, kind, q, cell.start, m.end("num"))

    def _column_numbers(self, row: tuple[Cell, ...]) -> bool:
        """甲 | 丙 | 乙 | 1 | 2 | 3: the row of a statistical form that numbers its columns (甲乙丙 for the
        columns of words, 1, 2, 3… for those of figures): no figures (claimed as ordinals)."""
        texts = [self.t[c.start : c.end].strip() for c in row]
        if not any(x in _FORM_LETTERS for x in texts):
            return False
        numbers = [(c, x) for c, x in zip(row, texts, strict=True) if x.isdigit()]
        if len(numbers) < 2 or [x for _, x in numbers] != [str(k) for k in range(1, len(numbers) + 1)]:
            return False
        for c, _ in numbers:
            if self.free(c.start, c.end):
                self.claim(c.start, c.end, "ordinal")
        return True

    # -- one numeral --------------------------------------------------------------------------------
    def _percent_words(self, m: re.Match[str], e: int) -> int:
        """百分之二十四, 百分之12.5, 百分之二三十, 百分之百."""
        t = self.t
        s, ns = m.start(), m.start("pctnum")
        num = t[ns:e]
        if num == "百":
            val: _Value | None = _Value(100.0, 0)
        elif num[0].isdigit():
            val = _Value(*_arabic_value(num))
        else:
            if len(num) > MAX_CN_NUMERAL:
                return e
            ne = self._cn_end(ns, e)
            if ne is None:
                return ns
            e, val = ne, _parse_cn(_compact(t[ns:ne]))
        assert val is not None
        post = _POST_AT.match(t, e)
        qual = [POST_QUAL[post.group(0)]] if post else []
        end = post.end() if post else e
        start, pre = self._prefix(s)
        if pre:
            qual.insert(0, pre)
        step = 10.0**-val.decimals
        q = make_quantity(val.value, "%", _combine(qual), step, True, False)
        if val.high is not None:
            q = _span_quantity(q, make_quantity(val.high, "%", "=", step, True, False))
        self._emit_quantity(start, end, "percent", q, s, e)
        return end

    def _cn_end(self, s: int, e: int) -> int | None:
        """Where the longest well-formed Chinese numeral in t[s:e] ends: all of it, else the first of
        its space-separated groups that parse together, else the longest prefix of the first group."""
        run = self.t[s:e]
        compact = _compact(run)
        if len(compact) > MAX_CN_NUMERAL:
            return None
        if _parse_cn(compact) is not None:
            return e
        groups = list(_WORDS_RE.finditer(run))
        for k in range(len(groups) - 1, 0, -1):
            if _parse_cn("".join(g.group(0) for g in groups[:k])) is not None:
                return s + groups[k - 1].end()
        first = groups[0].group(0)
        for k in range(len(first) - 1, 0, -1):
            if _parse_cn(first[:k]) is not None:
                return s + k
        return None

    def _chinese(self, s: int, e: int) -> int:
        t = self.t
        if e - s == 1:  # most Chinese numerals are one character (一是, 统一, 三项): no parse to fall back on
            return s + 1 if t[s] in AMBIGUOUS_FINANCIAL else self._figure(s, e, True)
        run = _compact(t[s:e])
        if "兆" in run or len(run) > MAX_CN_NUMERAL:
            # 兆: a million or a million million, by the writer's habit; a longer run is no numeral, but
            # before a unit (一亿亿亿…件, 二零…零五件) it is a figure too large to read (issue 15: unread)
            self.claim(s, e, "unread" if "兆" not in run and _TAIL_RE.match(t, e) else "other")
            return e
        if run[0] in AMBIGUOUS_FINANCIAL and not _financial_ok(t, s, run):
            return s + 1  # 队伍, 收拾: a word, and what follows may still be a numeral
        if _parse_cn(run) is not None:
            return self._figure(s, e, True)
        if all(c in DIGITS for c in run):
            # digits written one by one (五八, “三零”, 一二九): a name or a code, never a count
            kind = self._nonquantity_kind(s, e, t[s:e], True) or "other"
            if kind != "skip":
                self.claim(s, e, kind)
            return e
        end = self._cn_end(s, e)
        if end is None:
            return s + 1
        return self._figure(s, end, True)

    def _arabic(self, s: int, e: int) -> int:
        """An Arabic figure grouped with a full-width comma: 9，999% is a figure; 4，565件 may be 4565
        cases or 4 and then 565 cases: unread rather than guessed; without a unit the comma
        separates figures."""
        t = self.t
        tail = _TAIL_RE.match(t, e)
        if tail is not None and not (tail.group("pctsign") or _compact(tail.group("unit")) == "个百分点"):
            self.claim(s, e, "unread")
            return e
        if tail is None:
            pm = _ARABIC_PLAIN_RE.match(t, s)
            assert pm is not None
            e = pm.end()
        return self._figure(s, e, False)

    def _continues_unread(self, s: int) -> bool:
        """Whether the numeral at s is part of one hecha does not read: an exponent (2^5, 1.2e-3),
        the numerator of a fraction not read as one (16分之2225), the rest of 3万40 or 千三 (3万4000 is read: _wan_and_rest)."""
        before = _compact(self.t[max(0, s - 8) : s])
        if not before:
            return False
        if before[-1] in "/／":
            # 16/5 continues an unread ratio; 食肆／6,922宗 is a slash between cells
            return len(before) >= 2 and before[-2].isdigit()
        if before[-1] in _UNREAD_BEFORE:
            return True
        if before[-1] in "零〇点" and before[-2:-1] and before[-2] in _NUMERAL_CHARS:
            return True  # 1千零1; 一点两 (两 is no decimal digit)
        if before[-1] in _SIGNS:
            before = before[:-1]  # 2^-1, 1.2e-3, 3分之负157
            if before[-1:] and before[-1] in _EXPONENT_BEFORE_SIGN:
                return True
        return before.endswith("分之")

    def _sign(self, s: int) -> int:
        """Where a figure begins with its minus sign: -3.9%, 负3.9%, －12 (not the dash of 5-10)."""
        if s == 0:
            return s
        b = self.t[s - 1]
        if (b != "负" and b not in _MINUS) or self.claimed[s - 1]:
            return s
        if b == "负" or s == 1 or self.t[s - 2] not in _NOT_BEFORE_MINUS:
            return s - 1
        return s

    def _value(self, s: int, e: int, is_cn: bool) -> _Value | None:
        return _numeral_value(self.t[s:e], is_cn)

    def _figure(self, s: int, e: int, is_cn: bool) -> int:
        """A numeral at [s, e): a quantity when a unit follows, else a non-quantity or nothing."""
        t = self.t
        if s and t[s - 1] in _MAY_CONTINUE and self._continues_unread(s):
            return e
        numtxt = t[s:e]
        if not is_cn and numtxt[:1] == "0" and numtxt[1:2].isdigit():
            self.claim(s, e, "unread")  # 企?026家: a figure with a leading zero lost a digit (never guessed)
            return e
        if not is_cn and t[e : e + 1] == "万" and numtxt.isdigit():
            got = self._wan_and_rest(s, e)
            if got is not None:
                return got
        if is_cn and len(numtxt) == 1 and t[e : e + 1] == "类" and _CLASS_NAME_RE.match(t, e):
            self.claim(s, e + 1, "ordinal")  # 其中一类占88.5%，二类占11.5%: classes one and two, not one kind
            return e
        if numtxt in _HOTLINES and _HOTLINE_KIND_RE.match(t, e):
            self.claim(s, e, "name")  # 110类报警5544起, 122类报警: the kind of call a hotline takes
            return e
        kind_nonq = self._nonquantity_kind(s, e, numtxt, is_cn)
        if kind_nonq:
            if kind_nonq != "skip":
                end = e
                if kind_nonq == "ordinal":
                    um = _UNIT_AT.match(t, e) if t[e : e + 1] in _UNIT_FIRST else None  # (一是: no unit)
                    end = um.end() if um else e
                self.claim(s, end, kind_nonq)
            return e
        if t[e : e + 1] in ")）" and s > 1 and t[s - 1] in "(（":
            filled = self._filled_in(s, e, numtxt, is_cn)
            if filled is not None:
                return filled
        # (the tail after the checks above: four in ten numerals are set aside there, 一是, 统一)
        tail = _TAIL_RE.match(t, e)
        # a span needs a separator right after the first figure or its unit (20~100个, 10%-20%)
        if tail is None:
            after = t[e : e + 1]
            r = _RANGE_RE.match(t, e) if after in _SPAN_NEXT or after in _MULT_CHARS else None
            if r is None:
                self.claim(s, e, "name" if numtxt in _HOTLINES else "other")
                return e
        else:
            te = tail.end()
            r = _RANGE_RE.match(t, e) if t[te : te + 1] in _SPAN_NEXT else None
        if not is_cn and numtxt.isascii() and numtxt.isdigit():
            val: _Value | None = _Value(float(numtxt), 0)  # most figures (35): _arabic_value's first case
        else:
            val = _numeral_value(numtxt, is_cn)
        if val is None:
            return e
        if r is not None:
            span_end = self._span(s, e, val, r)
            if span_end is not None:
                return span_end
        if tail is None:
            self.claim(s, e, "other")
            return e
        if is_cn and _compact(numtxt) == "零" and tail.group("unit") == "件" and tail.end() == e + 1:
            return tail.end()  # 零件: parts, not zero cases
        start = s
        if s and (t[s - 1] in _MINUS or t[s - 1] == "负") and val.high is None and val.below is None:
            start = self._sign(s)
            if start < s:
                val = _Value(-val.value, val.decimals)
        return self._emit(start, e, s, tail, val, is_cn)

    def _filled_in(self, s: int, e: int, numtxt: str, is_cn: bool) -> int | None:
        """发布政务信息(1386)条，其中：概况类信息(22)条: a form's blank filled in, the figure in brackets before its
        unit, right after the words naming it (not an item's number opening a clause, （1）…, nor a provision cited,
        第(2)项). Returns where the quantity ends, or None."""
        t = self.t
        before = t[s - 2]
        if not ("\u4e00" <= before <= "\u9fff") or before in _CITED_BEFORE or is_cn or not numtxt.isdigit():
            return None
        tail = _TAIL_RE.match(t, e + 1)
        if tail is None or not tail.group("unit") or tail.start("unit") != e + 1:
            return None
        if not self.free(s - 1, tail.end()):
            return None
        return self._emit(s - 1, e, s, tail, _Value(float(numtxt), 0), False)

    def _wan_and_rest(self, s: int, e: int) -> int | None:
        """7万9691家, 11万5697家: ten-thousands, then the four digits below them (79691), before a unit
        (not 3万40, 3万4: the rest is not spelled out to its last digit)."""
        t = self.t
        rest = _WAN_REST_RE.match(t, e + 1)
        if rest is None or not self.free(s, rest.end()):
            return None
        tail = _TAIL_RE.match(t, rest.end())
        if tail is None or tail.group("mult") or not (tail.group("unit") or tail.group("pctsign")):
            return None
        val = _Value(float(t[s:e]) * 10_000 + float(rest.group().replace(",", "")), 0)
        return self._emit(s, rest.end(), s, tail, val, False)

    def _emit(self, s: int, e: int, ns: int, tail: re.Match[str], val: _Value, is_cn: bool) -> int:
        """The quantity a numeral at [ns, e) (from s with its sign) and its tail state."""
        a1, mult, a2, pctsign, unit, cheng, post = tail.groups()  # its only groups, in this order
        # (_prefix's own quick test first: no call for most figures)
        start, pre = self._prefix(s) if s and self.t[s - 1] in _PRE_LAST else (s, None)
        if a1 or a2 or post or pre:
            quals = [APPROX_MID[a] for a in (a1, a2) if a]
            if post:
                quals.append(POST_QUAL[post])
            if pre:
                quals.insert(0, pre)
            qualifier = _combine(quals)
        else:
            qualifier = "="  # most figures: no word bounds them
        scale = _MULT[mult] if mult else 1.0
        number_end = tail.end("mult") if mult else e
        value, decimals = val.value, val.decimals
        if is_cn and val.high is None and val.below is None:
            step, rounded = _cn_step(_compact(self.t[ns:e]), decimals)
        else:
            step, rounded = 10.0**-decimals, False
        end = tail.end()
        if pctsign or cheng:
            # 3.2‰ is 0.32%; 八成 is 80%, 八点五成 85%
            factor = 1.0 if pctsign == "%" else 0.1 if pctsign else 10.0
            unit, kind, integer = "%", "percent", False
            exact_words = val.high is not None or val.below is not None  # 七八成: 70% to 80%, not 65% to 85%
            value, step, rounded, scale = value * factor, 10.0**-decimals * factor, not exact_words, factor
        else:
            if " " in unit or "\t" in unit:
                unit = _compact(unit)  # 个 百 分 点
            value *= scale
            step *= scale
            kind = "money" if unit == "元" else "percent" if unit == "个百分点" else "count"
            # (a count shown with decimals is rounded to them: 13091.10 of a table in 万人次)
            rounded = rounded or scale > 1 or (kind == "count" and decimals > 0)
            integer = (
                kind == "count"
                and decimals == 0
                and unit not in ("倍", "亩", "米", "公里", "平方米", "吨", "小时")
            )
        q = make_quantity(value, unit, qualifier, step, rounded, integer)
        if val.high is not None:  # 二三十家
            q = _span_quantity(q, make_quantity(val.high * scale, unit, "=", step, False, integer))
        elif val.below is not None:  # 十几, 数十: at least the first, below the second
            q = _capped(make_quantity(value, unit, ">=", step, False, integer), val.below * scale)
        elif (a1 or a2) and qualifier == ">=" and not pre:
            # (多 after 万 is less than one 万 more: 50万多 < 51万, where 50多万 < 60万)
            below = scale if a2 and mult and not decimals and not a1 else _cap_unit(value, decimals, scale)
            q = _capped(q, value + below)
        self._emit_quantity(start, end, kind, q, ns, number_end)
        return end

    def _span(self, s: int, e: int, val: _Value, r: re.Match[str]) -> int | None:
        """20~100个, 3至5万元, 一千件到一千五百件: one interval from the first figure (at [s, e)) to
        the second, after the separator r. Returns where the span ends, or None if it is no span."""
        t = self.t
        if val.high is not None or val.below is not None or val.value < 0:
            return None
        if r.group("sep") in "至到" and _CHANGE_FROM_RE.search(t, max(0, s - 12), s):
            return None  # 从1000件到1500件: a change, read as two figures
        m2 = _CORE_RE.match(t, r.end())
        if m2 is None or m2.group("pct") or not self.free(m2.start(), m2.end()):
            return None
        is_cn2 = m2.group("cn") is not None
        s2 = m2.start()
        e2 = self._cn_end(s2, m2.end()) if is_cn2 else m2.end()
        if e2 is None:
            return None
        val2 = self._value(s2, e2, is_cn2)
        tail = _TAIL_RE.match(t, e2)
        if val2 is None or val2.high is not None or val2.below is not None or tail is None:
            return None
        if tail.group("cheng") or tail.group("a1") or tail.group("a2") or tail.group("post"):
            return None
        unit1 = _compact(r.group("unit") or "") or ("%" if r.group("pctsign") else "")
        unit2 = _compact(tail.group("unit") or "") or ("%" if tail.group("pctsign") == "%" else "‰")
        if unit1 and unit1 != unit2:
            return None
        mult1, mult2 = r.group("mult"), tail.group("mult")
        scale2 = _MULT.get(mult2 or "", 1.0)
        scale1 = _MULT.get(mult1, 1.0) if mult1 else scale2  # 3至5万元: 3万 to 5万
        low, high = val.value * scale1, val2.value * scale2
        if not low < high:
            return None
        if unit2 == "‰":
            unit2, low, high, scale1, scale2 = "%", low / 10, high / 10, scale1 / 10, scale2 / 10
        kind = "money" if unit2 == "元" else "percent" if unit2 in ("%", "个百分点") else "count"
        integer = kind == "count" and val.decimals == 0 and val2.decimals == 0
        rounded = kind == "percent"
        q1 = make_quantity(low, unit2, "=", 10.0**-val.decimals * scale1, rounded or scale1 > 1, integer)
        q2 = make_quantity(high, unit2, "=", 10.0**-val2.decimals * scale2, rounded or scale2 > 1, integer)
        self._emit_quantity(s, tail.end(), kind, _span_quantity(q1, q2), s, e2)
        return tail.end()

    def _prefix(self, s: int) -> tuple[int, str | None]:
        if s == 0 or self.t[s - 1] not in _PRE_LAST:
            return s, None  # most figures: a quick test before the regex search
        window = self.t[max(0, s - 5) : s]
        m = _PRE_TAIL_RE.search(window)
        if not m:
            return s, None
        word = m.group(0).rstrip(" \t")
        start = s - len(m.group(0))
        if not self.free(start, s):
            return s, None
        # 超 only as a bound before digits or 成 (超六成); 近 not inside 最近/接近 handled by longest match.
        return start, PRE_QUAL[word]

    def _nonquantity_kind(self, s: int, e: int, numtxt: str, is_cn: bool) -> str | None:
        t = self.t
        before = t[s - 1] if s > 0 else ""
        if before == "第":
            return "ordinal"
        if before == "前" and t[e : e + 1] in _TOP_UNITS and not _BEFORE_QIAN_RE.search(t, max(0, s - 3), s):
            return "ordinal"  # 在前十名中, 排名前三位, 位居全省前5名: the top of a ranking, not persons
        if (
            before in "图表"
            and not is_cn
            and len(numtxt) <= 2
            and t[max(0, s - 2) : s] in _FIGURE_REF_BEFORE
            and t[max(0, s - 3) : s] != "意见表"
        ):
            return "ordinal"  # 如图1所示, 见表2: the number of a figure or table (not 意见表527份, forms)
        if is_cn:
            after = t[e : e + 4]
            first = after[:1]  # each regex below begins with a character of its own: a quick test first
            if (
                first == "次"
                and _SESSION_RE.match(t, e)
                and ("届" in t[max(0, s - 6) : s] or t[max(0, s - 2) : s] in ("人大", "政协"))
            ):
                return (
                    "ordinal"  # 市政协八届一次会议, 十七届人大三次会议, 市人大三次会议: a session, not times
                )
            if first == "级" and numtxt in ("一", "二") and _GRADE_NOUN_RE.match(after, 1):
                # 二级责任单位, 二级医院, 一级响应: a grade (a count of levels says 两级, 三级)
                return "ordinal"
            if (
                first in _ORDINAL_AFTER_FIRST
                and _ORDINAL_AFTER.match(after)
                and (after.startswith("是") or len(numtxt) <= 3)
            ):
                if after.startswith(("线", "流")):
                    return "skip"
                return "ordinal"
            if first == "次" and numtxt in ("一", "二", "两", "三") and _NTH_TIME_RE.match(t, e):
                # 一次退回补充侦查30件, 二次重报5件: the first or second time, naming a count
                return "ordinal"
            if after.startswith("次产业") and numtxt in ("一", "二", "三"):
                return "name"  # 第一、二、三次产业: the sectors of an economy, not times
            if after.startswith("个半"):
                return "other"  # 一个半小时, 两个半月: a duration, not a count of things
            if numtxt == "一" and before in _WORD_BEFORE_YI:
                return "skip"
            if numtxt == "一" and after.startswith(("起", "次性")):
                return "skip"
            if numtxt == "一" and after.startswith(("年来", "年以来", "年多来")):
                return "other"
            if numtxt == "一" and (
                t[max(0, s - 3) : s].endswith(("过去的", "过去", "这")) and after[:1] == "年"
            ):
                return "other"
            q = self._in_quote(s)
            if q is not None:
                return "name"
            for name in self.learned_names:
                if t.startswith(name, s):
                    return "name"
        elif self._quote_starts and self._in_quote(s) is not None:  # (most texts quote no figure)
            tail = _TAIL_RE.match(t, e)
            if tail is None or not (tail.group("unit") or tail.group("pctsign")):
                return "name"
        return None

    def _emit_quantity(self, start: int, end: int, kind: str, q: Quantity, ns: int, ne: int) -> None:
        if self.claimed.find(1, start, end) >= 0:  # not self.free(start, end), inline: every figure
            # a claimed span (e.g. a fixed phrase) overlaps: keep only what is free
            if not self.free(ns, ne):
                return
            start = ns
            while not self.free(start, end) and end > ne:
                end -= 1
        cap = q.cap
        if not abs(q.value) <= MAX_QUANTITY or (cap is not None and not abs(cap) <= MAX_QUANTITY):
            # _too_large, inline
            self.claim(start, end, "unread", ns, ne)  # issue 15: see MAX_QUANTITY
            return
        self.mentions.append(Mention(start, end, self.raw[start:end], kind, q, ns, ne))  # type: ignore[arg-type]
        self.claimed[start:end] = b"\x01" * (end - start)


def scan(text: str, norm: str | None = None) -> list[Mention]:
    """Every numeral mention in `text`, sorted by position, spans not overlapping (`norm`: the
    normalised view, when the caller has it already)."""
    return _Scanner(text, norm).run()


def parse_quantity(text: str) -> Quantity | None:
    """The quantity stated by a short phrase ('3万余份', '98%以上'), or None."""
    for m in scan(text):
        if m.quantity is not None:
            return m.quantity
    return None
