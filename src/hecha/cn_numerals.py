"""Chinese numerals to numbers: ordinary (三千零五十), financial (叁仟零伍拾) and both mixed
(壹百五十), the last unit left out (一千三 = 1300, 九十二万四 = 924000), 万万 (= 亿), 万亿, decimals
written with 点 (二点五), pairs of neighbouring digits that state a span (二三十 = 20 to 30) and 几
standing for a digit (十几 = 10 to 19).

Parsing is strict: a string that is not a well-formed numeral gives None (九十百 is not 190, 十十 is
not 20), so the scanner can fall back to the longest well-formed prefix instead of reading a wrong
value. The text is the normalised view (textnorm: traditional forms are read as simplified ones);
spaces must be removed by the caller.
"""

from __future__ import annotations

import math

DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,  # a white circle, often typed for 〇
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
    # financial forms (大写), as on invoices and in budgets
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
FINANCIAL = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟")
# financial numerals that are also characters of common words (队伍, 收拾, 大陆, 放肆): such a
# character is read as a numeral only beside another financial one (伍拾) or at a word boundary
AMBIGUOUS_FINANCIAL = frozenset("伍拾陆肆")
# a digit followed by the next one states a span: 二三十 is 20 to 30, 一两个 one or two
_NEXT_DIGIT = {
    "一": "二两",
    "二": "三",
    "两": "三",
    "三": "四",
    "四": "五",
    "五": "六",
    "六": "七",
    "七": "八",
    "八": "九",
}
MAX_LENGTH = 64  # far beyond any numeral; bounds the recursion over 万 and 亿
_DECIMAL_DIGITS = frozenset(c for c in DIGITS if c != "两")  # 一点两小时 is not 1.2


def _section(s: str) -> int | None:
    """A numeral below 万: 三千零五十, 十五, 二百五 (= 250), 零十 (= 10); None if ill-formed."""
    total = 0
    last_unit = 10_000
    digit: int | None = None
    zero = False  # a 零 since the last unit: 一千零五 is 1005, 一千五 is 1500
    for c in s:
        d = DIGITS.get(c)
        if d == 0:
            if digit is not None:
                return None  # 五零
            zero = True
        elif d is not None:
            if digit is not None:
                return None  # two digits in a row: 五六
            digit = d
        else:
            u = SMALL_UNITS.get(c)
            if u is None or u >= last_unit:
                return None  # 九十百: units must fall
            if digit is None:
                if u != 10:
                    return None  # a bare 百 or 千
                digit = 1  # 十五, 零十
            total += digit * u
            last_unit, digit, zero = u, None, False
    if digit is not None:
        # 二百五 = 250: a last digit right after 百 or 千 stands one place lower
        total += digit * (last_unit // 10 if not zero and 100 <= last_unit < 10_000 else 1)
    return total


def _rest(s: str, size: int) -> int | None:
    """What follows 万 or 亿 (size): 一万三 → 3000, 九万零四百 → 400, 五亿零六 → 6."""
    if not s:
        return 0
    if len(s) == 1 and DIGITS.get(s, 0):
        return DIGITS[s] * size // 10  # 一万三 = 13000
    stripped = s.lstrip("零〇○")
    if not stripped:
        return None
    v = cn_integer(stripped)
    return v if v is not None and v < size else None


def cn_integer(s: str) -> int | None:
    """A whole Chinese numeral (三千零五十, 一万五千亿, 四万万, 壹佰伍拾), or None if ill-formed."""
    if not s or len(s) > MAX_LENGTH:
        return None
    for big, size in (("亿", 100_000_000), ("万", 10_000)):
        i = s.rfind(big)
        if i >= 0:
            head = cn_integer(s[:i])  # 一万五千亿: the head may hold 万; 四万万: 万万 is 亿
            rest = _rest(s[i + 1 :], size)
            if not head or rest is None:
                return None
            return head * size + rest
    return _section(s)


def cn_decimal(s: str) -> tuple[float, int] | None:
    """A numeral with an optional 点 fraction: 二点五 → (2.5, 1), 两千三点一 → (2300.1, 1)."""
    whole, point, frac = s.partition("点")
    iv = cn_integer(whole)
    if iv is None:
        return None
    if iv >= 10**300:
        return math.inf, 0  # 一亿亿亿…: beyond a float; the grammar counts it as unread (issue 15)
    if not point:
        return float(iv), 0
    if not frac or any(c not in _DECIMAL_DIGITS for c in frac):
        return None
    return iv + float("0." + "".join(str(DIGITS[c]) for c in frac)), len(frac)


def cn_span(s: str) -> tuple[float, float] | None:
    """Neighbouring digits that state a span: 二三十 → (20, 30), 十七八 → (17, 18), 一两百 → (100, 200)."""
    hits = [i for i in range(len(s) - 1) if s[i + 1] in _NEXT_DIGIT.get(s[i], "")]
    if len(hits) != 1 or "点" in s:
        return None
    i = hits[0]
    low = cn_decimal(s[: i + 1] + s[i + 2 :])
    high = cn_decimal(s[:i] + s[i + 1 :])
    if low is None or high is None or not low[0] < high[0]:
        return None
    return low[0], high[0]


def cn_few(s: str) -> tuple[float, float] | None:
    """几 for the last digit: 十几 → (10, 20), 二十几万 → (200000, 300000), 一百零几 → (100, 110);
    the true value is at least the first and below the second."""
    head, few, big = s.partition("几")
    if not few or not head.endswith(("十", "拾", "零", "〇", "○")):
        return None  # 几 stands for the units digit only (三百几 says nothing precise)
    scale = 1
    for c in big:
        if c not in BIG_UNITS:
            return None
        scale *= BIG_UNITS[c]
    base = cn_integer(head.rstrip("零〇○"))
    if base is None:
        return None
    if base * scale >= 10**300:
        return math.inf, math.inf  # (unread by the grammar, as 一亿亿亿…)
    return float(base * scale), float((base + 10) * scale)


def parse_cn_number(s: str) -> float | None:
    """Chinese numerals to a number: 三万 → 30000, 一千三 → 1300, 二点五 → 2.5, 二〇二三 → 2023
    (a string of digits alone is read digit by digit, as years are written); None if ill-formed."""
    if len(s) > 1 and all(c in DIGITS for c in s):
        return float("".join(str(DIGITS[c]) for c in s))
    v = cn_decimal(s)
    return v[0] if v is not None else None
