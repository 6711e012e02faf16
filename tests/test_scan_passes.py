"""The scanner tries each non-quantity pass only where it can begin (numbers._Starts) and spells out
the fixed names so re can skip ahead: both must find exactly what a plain full scan finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hecha import numbers
from hecha.textnorm import normalize

ROOT = Path(__file__).resolve().parents[1]

# characters every pass looks at, plus filler, so random texts hit the patterns often
ALPHABET = "0123456789.. 年月日号份个件人次%-—~至到〔〕[]()（）XxＸｘ×*〇零一二三四五六七八九十两级联动五普法”小时服务天审结"


def spans(ms: object) -> list[tuple[int, int]]:
    return [m.span() for m in ms]  # type: ignore[attr-defined]


def assert_same_as_full_scan(t: str) -> None:
    starts = numbers._Starts(t)
    for _kind, pat, where in numbers._NONQ_PATTERNS:
        assert spans(starts.matches(pat, t, where)) == spans(pat.finditer(t)), (pat.pattern, t)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_passes_find_what_a_full_scan_finds(t: str) -> None:
    assert_same_as_full_scan(t)


@pytest.mark.parametrize(
    "t",
    [
        "22021年3月5日，2023年12月，二〇二三年五月，一二〇二三年五月",
        "（2）2021年至2023年，12345热线，0571-87654321，20250228，2025228",
        "1 6件，XX件，ＸＸ人次，3.12月，个12月份",
    ],
)
def test_passes_on_written_examples(t: str) -> None:
    assert_same_as_full_scan(t)


def test_passes_on_every_fixture() -> None:
    for path in sorted((ROOT / "fixtures").rglob("*.txt")) + sorted((ROOT / "tests" / "data").glob("*.txt")):
        assert_same_as_full_scan(normalize(path.read_text(encoding="utf-8")))


def test_fixed_names_spelled_out_match_the_written_alternation() -> None:
    written = re.compile(numbers._FIXED_NAMES)
    text = "深化三项制度，一级联动，两级联动，五所联动，七五普法，“七五”，十四五，24小时自助，365天，一带一路"
    assert spans(numbers._FIXED_NAME_RE.finditer(text)) == spans(written.finditer(text))
    assert numbers._literal_led("[一两]级|三项") == "一级|两级|三项"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="一两二三四五六七八九十级所方联动普法”项制度24小时服务365天最后公里", max_size=30))
def test_fixed_names_on_random_texts(t: str) -> None:
    assert spans(numbers._FIXED_NAME_RE.finditer(t)) == spans(re.compile(numbers._FIXED_NAMES).finditer(t))


CORE_ALPHABET = "0123456789.,·百分之点零〇一二两三四五六七八九十千万亿件%aZ审结 "


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=CORE_ALPHABET, max_size=40))
def test_numerals_found_only_where_they_can_begin(t: str) -> None:
    starts = (c.start() for c in numbers._CORE_START_RE.finditer(t))
    assert spans(numbers._matches_at(numbers._CORE_RE, t, starts)) == spans(numbers._CORE_RE.finditer(t))
