"""The number grammar: find every numeral in a text and decide what it is.

A numeral is a *quantity* (a count, an amount of money, a percentage) only when the text says what
it counts: a unit or classifier (件, 人次, 万元, %…). Everything else — years, dates, file numbers,
ordinals (第十次, 一是, 二十大), heading numbers, numbers inside fixed phrases and names (三项制度,
“八五”普法, 12345热线) — is recorded as a non-quantity so coverage can say what was set aside.

Quantities become intervals (see `Quantity`): the qualifier (余, 近, 约…) and the displayed precision
(24% covers [23.5, 24.5]; 1016.6万 covers ±500) bound the true value.

The scanner works on the normalised view (textnorm.normalize), which has the same offsets as the
original text. All regexes here are linear: no nested quantifiers over overlapping classes.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .model import Mention, Quantity
from .tables import find_tables
from .textnorm import normalize

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL) + "".join(CN_BIG)

# Units and classifiers, longest first. Kept conservative: a character that is usually part of a word
# (部, 点, 道, 线, 面, 门, 节) is not a unit, so 统一部署, 一点, 一道 are not read as quantities.
COUNT_UNITS = (
    "个百分点",
    "平方米",
    "人次",
    "件次",
    "场次",
    "批次",
    "户次",
    "余次",
    "个月",
    "小时",
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
    "页",
    "卷",
    "幅",
    "间",
    "栋",
    "例",
    "单",
    "亩",
    "米",
    "吨",
    "倍",
    "枚",
    "堂",
    "课时",
    "学时",
    "万人",
)
MONEY_UNITS = ("元",)
UNIT_RE = "|".join(sorted(COUNT_UNITS + MONEY_UNITS, key=len, reverse=True))

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
    "不少于": ">=",
    "不低于": ">=",
    "多于": ">=",
    "高于": ">=",
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

_PRE_RE = "|".join(sorted(PRE_QUAL, key=len, reverse=True))
_POST_RE = "|".join(sorted(POST_QUAL, key=len, reverse=True))

# ---------------------------------------------------------------------------------------------------
# Passes over the text for numerals that are not quantities. Their spans are claimed first.

_Y = r"(?:1[89]\d\d|20\d\d)"
_CNY = r"[〇零一二三四五六七八九]{4}"
# Each pass says where its matches can begin, so the scan tries it only there (see _Starts): "run" at
# the start of a run of digits (every digit-led pattern refuses a digit before it), "run+1" one
# character later, "cn4" inside a run of four or more Chinese digits, "x" at a placeholder letter,
# "any" anywhere (patterns that begin with a literal or a character class, which re scans for fast).
_NONQ_PATTERNS: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    # garbled figures, too damaged to trust: digits split by a stray space before a unit ("1 6件"),
    # anonymised placeholders (XX件)
    ("unread", re.compile(r"(?<![\d.])\d{1,3} \d{1,3}(?=[ \t]?(?:" + UNIT_RE + r"|%))"), ("run",)),
    ("unread", re.compile(r"(?<![A-Za-z])(?:[XxＸｘ×*]{1,4})[ \t]?(?=(?:" + UNIT_RE + r"|%))"), ("x",)),
    # a list marker glued to a year: "(2)2021年" copied as "22021年"
    ("year", re.compile(r"(?<=(?<![\d.])[1-9])" + _Y + r"\s*年"), ("run+1",)),
    ("doc_number", re.compile(r"[〔\[［【(（]\s*" + _Y + r"\s*[〕\]］】)）]\s*\d{1,4}\s*号"), ("any",)),
    (
        "date",
        re.compile(
            r"(?<!\d)(?:" + _Y + r"|" + _CNY + r")\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
            r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?"
        ),
        ("run", "cn4"),
    ),
    ("date", re.compile(r"(?<![\d.])\d{1,2}\s*月\s*\d{1,2}\s*[日号]"), ("run",)),
    ("date", re.compile(r"(?<![\d.个])(?:1[0-2]|0?[1-9])\s*月份?(?![\d])"), ("run",)),
    ("date", re.compile(r"(?<![\d.])" + _Y + r"[01]\d[0-3]\d(?!\d)"), ("run",)),  # 20250228
    ("date", re.compile(r"(?<![\d.])" + _Y + r"[1-9][0-3]\d(?!\d)"), ("run",)),  # 2025228: separators lost
    ("year", re.compile(r"(?<![\d.])" + _Y + r"(?=\s*[—–\-~～至到]\s*" + _Y + r"\s*年)"), ("run",)),
    ("year", re.compile(r"(?<![\d.])" + _Y + r"\s*年"), ("run",)),
    ("year", re.compile(_CNY + r"\s*年"), ("any",)),
    ("other", re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)"), ("run",)),  # phone numbers
    ("name", re.compile(r"(?<!\d)(?:12345|12348|12315|12309|110|119|120)(?![\d件次个人%])"), ("run",)),
]
# any "run" pass that matches at a position: most digit runs (counts such as 35件) match none
_ANY_RUN_PASS = re.compile("|".join(f"(?:{p.pattern})" for _, p, where in _NONQ_PATTERNS if "run" in where))
_DIGIT_RUN_RE = re.compile(r"\d+")
_CN4_RUN_RE = re.compile(r"[〇零一二三四五六七八九]{4,}")
_PLACEHOLDER_RE = re.compile(r"[XxＸｘ×*]")


class _Starts:
    """Where the passes of _NONQ_PATTERNS can begin in one text, each list sorted."""

    def __init__(self, t: str) -> None:
        runs = [(m.start(), m.end()) for m in _DIGIT_RUN_RE.finditer(t)]
        self.lists: dict[str, list[int]] = {
            "run": [s for s, _ in runs if _ANY_RUN_PASS.match(t, s)],
            "run+1": [s + 1 for s, e in runs if e - s >= 5],  # [1-9] then a four-digit year
            "cn4": [i for m in _CN4_RUN_RE.finditer(t) for i in range(m.start(), m.end() - 3)],
            "x": [m.start() for m in _PLACEHOLDER_RE.finditer(t)],
        }

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


_SECTION_RE = re.compile(
    r"^[ \t]*(?:\*\*)?(?P<sec>[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])",
    re.MULTILINE,
)

# Fixed phrases: numerals inside the names of policies, campaigns and slogans of these reports.
_FIXED_NAMES = (
    r"三项制度|一网通办|一网统管|一件事|一把手|两委|一站式|一门式|一窗[式通受]|一次性|一次办|最多跑一次|"
    r"[一两二三四五六]级联动|[一二三四五]所联动|[二三四五]方联动|[六七八九]五普法|[六七八九]五”|十[一二三四五]五|"
    r"两个维护|两个确立|四个意识|四个自信|三重一大|一岗双责|三会一课|一规划两纲要|一条龙|一张网|"
    r"最后一公里|两法衔接|一成不变|一体化|一盘棋|五位一体|四个全面|一带一路|"
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


_FIXED_NAME_RE = re.compile(_literal_led(_FIXED_NAMES))
# the lookbehind starts a match only where a numeral run starts: same matches, no quadratic retries
_CAMPAIGN_RE = re.compile(
    r"(?<![一二三四五六七八九十\d])[一二三四五六七八九十\d]+年(?=专项|行动|计划|规划|攻坚|提升行动|三年)"
)
_CAMPAIGN_HINT = re.compile(r"年(?:专项|行动|计划|规划|攻坚|提升行动|三年)")  # literal-led: a fast test

_WORD_BEFORE_YI = set("统唯逐进同之合万第单专划归如某每任另其这那哪再又始终周星新上下")
_ORDINAL_AFTER = re.compile(r"(?:是|届|大|审|中全会|中、|把手|线|流|等奖|级行政区)")

_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.·]\d+)?"
_CORE_RE = re.compile(
    r"(?P<pct>百分之(?P<pctnum>"
    + _ARABIC
    + r"|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?))"
    r"|(?P<ar>(?<![\d.A-Za-z])(?:" + _ARABIC + r")(?![\dA-Za-z]))"
    r"|(?P<cn>[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*)"
)
# where _CORE_RE can begin: 百 (百分之), a digit not after a digit, point or letter, a Chinese numeral.
# A character class first, so re scans for it in C (_CORE_RE itself begins with groups).
_CORE_START_RE = re.compile(r"[百\d零〇一二两三四五六七八九十](?<![\d.A-Za-z]\d)")
_TAIL_RE = re.compile(
    r"[ \t]{0,2}(?P<a1>余|多)?(?P<mult>万亿|千万|百万|万|亿)?(?P<a2>余|多)?[ \t]{0,2}"
    r"(?:(?P<pctsign>%|‰)|(?P<unit>" + UNIT_RE + r")|(?P<cheng>成)(?=[以左多的，。；、）)\s]|$))"
    r"(?P<post>" + _POST_RE + r")?"
)
_POST_AT = re.compile(_POST_RE)
_UNIT_AT = re.compile(UNIT_RE)
_PRE_TAIL_RE = re.compile(r"(?:" + _PRE_RE + r")[ \t]{0,2}$")
_FRACTION_RE = re.compile(
    r"(?P<frac>(?<![百千万])(?P<cn_den>[一二三四五六七八九十]{1,3})分之(?P<cn_num>[一二三四五六七八九十]+)"
    r"|(?<![\d./])(?P<num>\d{1,2})/(?P<den>\d{1,3})(?![\d/]))(?P<post>左右|以上|以下|强|弱)?"
)
_OPEN_QUOTE_RE = re.compile('[“‘《「『"]')
_CELL_NUMBER_RE = re.compile(r"(?P<num>" + _ARABIC + r")[ \t]*(?P<pct>%)?")
_QUOTES = {"“": "”", "‘": "’", "《": "》", "「": "」", "『": "』", '"': '"'}


@dataclass
class _Claim:
    start: int
    end: int


def parse_cn_number(s: str) -> float | None:
    """Chinese numerals to a number: 三万 → 30000, 一千 → 1000, 二〇二三 → 2023, 十二 → 12."""
    if not s:
        return None
    if all(c in CN_DIGITS for c in s):
        if len(s) == 1:
            return float(CN_DIGITS[s])
        return float("".join(str(CN_DIGITS[c]) for c in s))
    total = 0
    section = 0
    number = 0
    for c in s:
        if c in CN_DIGITS:
            number = CN_DIGITS[c]
        elif c in CN_SMALL:
            section += (number if number else 1) * CN_SMALL[c]
            number = 0
        elif c in CN_BIG:
            section += number
            if CN_BIG[c] == 100_000_000:
                total = (total + section) * 100_000_000
            else:
                total += section * 10_000
            section = 0
            number = 0
        else:
            return None
    return _as_float(total + section + number)


# --- issue 15: a figure too large to be a real quantity (309+ digits overflow a float, 一亿亿亿…) is
# counted as unread, never checked: it would otherwise stop the check of its whole document.
MAX_QUANTITY = 1e15  # 1000万亿: above any figure of these reports, and below 2**53 (exact integers)


def _as_float(n: int) -> float:
    return float(n) if n < 10**300 else math.inf


def _too_large(value: float) -> bool:
    return not abs(value) <= MAX_QUANTITY  # also NaN and infinities


def _arabic_value(s: str) -> tuple[float, int]:
    s = s.replace(",", "").replace("·", ".")  # 97·3%: a middle dot typed for the decimal point
    decimals = len(s.split(".", 1)[1]) if "." in s else 0
    return float(s), decimals


_MULT = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千万": 1e7, "百万": 1e6}


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
        low, high = value * (1 - ABOUT_SLACK) - half, value * (1 + ABOUT_SLACK) + half
    if low is not None and low < 0:
        low = 0.0
    return Quantity(
        value=value, low=low, high=high, qualifier=qualifier, unit=unit, step=step, integer=integer
    )


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


class _Scanner:
    def __init__(self, text: str, norm: str | None = None):
        self.raw = text
        self.t = norm if norm is not None else normalize(text)
        self.claimed = bytearray(len(text))
        self.mentions: list[Mention] = []
        self.quoted = self._quoted_spans()
        self._quote_starts = [s for s, _ in self.quoted]  # sorted, spans disjoint: bisect in _in_quote
        self.learned_names = self._learn_names()

    # -- helpers ------------------------------------------------------------------------------------
    def _quoted_spans(self) -> list[tuple[int, int]]:
        """Inner spans of quotes and titles closed within 60 characters and without a full stop;
        the scan jumps from one opening mark to the next."""
        spans: list[tuple[int, int]] = []
        t = self.t
        n = len(t)
        i = 0
        while True:
            m = _OPEN_QUOTE_RE.search(t, i)
            if m is None:
                return spans
            i = m.start()
            j = t.find(_QUOTES[t[i]], i + 1, min(n, i + 60))
            if j > 0 and "。" not in t[i:j]:
                spans.append((i + 1, j))
                i = j + 1
            else:
                i += 1

    def _in_quote(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i >= 0 and pos < self.quoted[i][1]:
            return self.quoted[i]
        return None

    def _learn_names(self) -> set[str]:
        """A numeral phrase quoted or titled once (《…十二条》, “三项制度”) is a name everywhere."""
        names: set[str] = set()
        for s, e in self.quoted:
            inner = self.t[s:e]
            for m in re.finditer(r"[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*", inner):
                tail = inner[m.start() :]
                if len(tail) >= 2 and not re.fullmatch(r"[零〇一二两三四五六七八九十百千]+", tail):
                    names.add(tail[:6])
        return names

    def claim(self, start: int, end: int, kind: str, number_start: int = -1, number_end: int = -1) -> None:
        self.mentions.append(
            Mention(
                start=start,
                end=end,
                text=self.raw[start:end],
                kind=kind,  # type: ignore[arg-type]
                number_start=number_start,
                number_end=number_end,
            )
        )
        self.claimed[start:end] = b"\x01" * (end - start)

    def free(self, start: int, end: int) -> bool:
        return self.claimed.find(1, start, end) < 0  # claimed bytes are 0 or 1

    # -- passes -------------------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        t = self.t
        starts = _Starts(t)
        for kind, pat, where in _NONQ_PATTERNS:
            for m in starts.matches(pat, t, where):
                if self.free(m.start(), m.end()):
                    self.claim(m.start(), m.end(), kind)
        for m in _SECTION_RE.finditer(t):
            s, e = m.span("sec")
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
        for m in _matches_at(_CORE_RE, t, (c.start() for c in _CORE_START_RE.finditer(t))):
            if not self.free(m.start(), m.end()):
                continue
            self._core(m)
        self.mentions.sort(key=lambda x: x.start)
        return self.mentions

    def _fractions(self) -> None:
        """三分之一, 1/4左右: shares written as fractions, read as percentages (about, when so worded)."""
        if "分之" not in self.t and "/" not in self.t:
            return  # every fraction has one or the other
        for m in _FRACTION_RE.finditer(self.t):
            if m.group("cn_den"):
                den, num = parse_cn_number(m.group("cn_den")), parse_cn_number(m.group("cn_num"))
            else:
                den, num = float(m.group("den")), float(m.group("num"))
                if not (m.group("post") or self._prefix(m.start())[1]):
                    continue  # a bare 1/4 may be anything (a date, a ratio of pages): only worded ones
            if not den or num is None or num > den * 10:
                continue
            start, pre = self._prefix(m.start())
            post = {"强": ">=", "弱": "<="}.get(m.group("post") or "") or POST_QUAL.get(m.group("post") or "")
            qual = _combine([q for q in (pre, post) if q])
            value = round(num / den * 100, 6)
            q = make_quantity(value, "%", qual, 0.1, True, False)
            self._emit_quantity(start, m.end(), "percent", q, m.start(), m.end("frac"))

    def _table_cells(self) -> None:
        """Bare numbers in table cells take their unit from the column header (受理（件） → 件)."""
        for table in find_tables(self.raw):
            for row in table.rows:
                for col, cell in enumerate(row):
                    m = _CELL_NUMBER_RE.match(self.t, cell.start, cell.end)
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
                            scale > 1,
                            decimals == 0 and kind == "count",
                        )
                    self._emit_quantity(cell.start, cell.end, kind, q, cell.start, m.end("num"))

    def _core(self, m: re.Match[str]) -> None:
        t = self.t
        s, e = m.start(), m.end()
        if m.group("pct"):
            num = m.group("pctnum")
            if num[0].isdigit():
                value, decimals = _arabic_value(num)
                step = 10.0**-decimals
            else:
                if "点" in num:
                    ip, fp = num.split("点", 1)
                    iv = parse_cn_number(ip) or 0.0
                    value = iv + float("0." + "".join(str(CN_DIGITS[c]) for c in fp))
                    step = 10.0 ** -len(fp)
                else:
                    v = parse_cn_number(num)
                    if v is None:
                        return
                    value, step = v, 1.0
            post = _POST_AT.match(t, e)
            qual = [POST_QUAL[post.group(0)]] if post else []
            end = post.end() if post else e
            start, pre = self._prefix(s)
            if pre:
                qual.insert(0, pre)
            q = make_quantity(value, "%", _combine(qual), step, True, False)
            self._emit_quantity(start, end, "percent", q, s, e)
            return

        is_cn = m.group("cn") is not None
        numtxt = m.group(0)
        tail = _TAIL_RE.match(t, e)
        kind_nonq = self._nonquantity_kind(s, e, numtxt, is_cn, tail)
        if kind_nonq:
            if kind_nonq != "skip":
                end = e
                if kind_nonq == "ordinal":
                    um = _UNIT_AT.match(t, e)
                    end = um.end() if um else e
                self.claim(s, end, kind_nonq)
            return
        assert tail is not None
        if is_cn:
            v = parse_cn_number(numtxt)
            if v is None:
                return
            value, decimals = v, 0
        else:
            value, decimals = _arabic_value(numtxt)
        quals: list[str] = []
        if tail.group("a1"):
            quals.append(APPROX_MID[tail.group("a1")])
        mult = tail.group("mult")
        if mult and is_cn and numtxt[-1] in CN_BIG:
            return  # 三万万: not a number of these reports
        scale = _MULT.get(mult or "", 1.0)
        if tail.group("a2"):
            quals.append(APPROX_MID[tail.group("a2")])
        if tail.group("post"):
            quals.append(POST_QUAL[tail.group("post")])
        start, pre = self._prefix(s)
        if pre:
            quals.insert(0, pre)
        qualifier = _combine(quals)
        number_end = tail.end("mult") if mult else e
        approx = tail.group("a1") or tail.group("a2")
        if tail.group("pctsign"):
            q = make_quantity(value, "%", qualifier, 10.0**-decimals, True, False)
            self._emit_quantity(start, tail.end(), "percent", q, s, number_end)
            return
        if tail.group("cheng"):  # 八成 = 80%
            q = make_quantity(value * 10, "%", qualifier, 10.0, True, False)
            self._emit_quantity(start, tail.end(), "percent", q, s, number_end)
            return
        unit = tail.group("unit")
        value *= scale
        if is_cn and numtxt[-1] in CN_BIG and not mult:
            # 三万 written in characters: rounded to its last unit
            step = CN_BIG[numtxt[-1]]
        else:
            step = 10.0**-decimals * scale
        rounded = scale > 1 or (is_cn and numtxt[-1] in CN_BIG and len(numtxt) > 1)
        if unit == "元":
            q = make_quantity(value, "元", qualifier, step, rounded, False)
            kind = "money"
        else:
            integer = decimals == 0 and unit not in (
                "倍",
                "个百分点",
                "亩",
                "米",
                "公里",
                "平方米",
                "吨",
                "小时",
            )
            q = make_quantity(value, unit, qualifier, step, rounded, integer)
            kind = "percent" if unit == "个百分点" else "count"
        if approx and qualifier == ">=" and not pre:
            q = dataclasses.replace(q, cap=value + _cap_unit(value, decimals, scale))
        self._emit_quantity(start, tail.end(), kind, q, s, number_end)

    def _prefix(self, s: int) -> tuple[int, str | None]:
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

    def _nonquantity_kind(
        self, s: int, e: int, numtxt: str, is_cn: bool, tail: re.Match[str] | None
    ) -> str | None:
        t = self.t
        before = t[s - 1] if s > 0 else ""
        after = t[e : e + 4]
        if before == "第":
            return "ordinal"
        if is_cn:
            if _ORDINAL_AFTER.match(after) and (after.startswith("是") or len(numtxt) <= 3):
                if after.startswith(("线", "流")):
                    return "skip"
                return "ordinal"
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
        else:
            q = self._in_quote(s)
            if q is not None and (tail is None or not (tail.group("unit") or tail.group("pctsign"))):
                return "name"
        if tail is None:
            return "other"
        return None

    def _emit_quantity(self, start: int, end: int, kind: str, q: Quantity, ns: int, ne: int) -> None:
        if not self.free(start, end):
            # a claimed span (e.g. a fixed phrase) overlaps: keep only what is free
            if not self.free(ns, ne):
                return
            start = ns
            while not self.free(start, end) and end > ne:
                end -= 1
        if _too_large(q.value) or (q.cap is not None and _too_large(q.cap)):
            self.claim(start, end, "unread", ns, ne)  # issue 15: see MAX_QUANTITY
            return
        self.mentions.append(
            Mention(
                start=start,
                end=end,
                text=self.raw[start:end],
                kind=kind,  # type: ignore[arg-type]
                quantity=q,
                number_start=ns,
                number_end=ne,
            )
        )
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
