"""Fast paths of the number grammar's scan (numbers._Starts, _Scanner) give what the plain code gave."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hecha import numbers

# digits (an Arabic-Indic one among them), what the "run" passes look for after a run (年, 月, 日, 号,
# dashes, 至, 到, spaces of every kind, a newline), Chinese digits and filler
RUN_CHARS = "0123456789٣年月份日号—–-~～至到 \t\u3000\n\xa0〇一二十个.件，"


@settings(max_examples=5000, deadline=None)
@given(st.text(alphabet=RUN_CHARS, max_size=40))
def test_runs_where_a_run_pass_is_tried_are_those_it_matches_at(t: str) -> None:
    runs = [m.span() for m in re.finditer(r"\d+", t)]
    want = [s for s, _ in runs if numbers._ANY_RUN_PASS.match(t, s)]
    assert numbers._Starts(t).lists["run"] == want


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "2021",
                "2021年",
                "1 6件",
                "12月",
                "3月份",
                "5月6日",
                "20250228",
                "2025228",
                "010-12345678",
                "2019—2021年",
                "2020至2022年",
                "45 317份",
                " ",
                "\u3000",
                "\n",
                "，",
                "件",
                "月",
                "年",
            ]
        ),
        max_size=8,
    )
)
def test_runs_of_dates_years_and_phone_numbers(parts: list[str]) -> None:
    t = "".join(parts)
    runs = [m.span() for m in re.finditer(r"\d+", t)]
    want = [s for s, _ in runs if numbers._ANY_RUN_PASS.match(t, s)]
    assert numbers._Starts(t).lists["run"] == want


# _CAMPAIGN_RE as it was: the lookbehind first (re tried it at every position)
CAMPAIGN_PLAIN = re.compile(
    r"(?<![一二三四五六七八九十\d])[一二三四五六七八九十\d]+年(?=专项|行动|计划|规划|攻坚|提升行动|三年)"
)
CAMPAIGN_PIECES = [
    "一",
    "二",
    "三",
    "十",
    "2",
    "0",
    "٣",
    "年",
    "专项",
    "行动",
    "计划",
    "三年",
    "提升行动",
    "攻坚",
    "规划",
    "，",
    "\n",
    " ",
    "开展",
    "百",
]


@settings(max_examples=5000, deadline=None)
@given(st.lists(st.sampled_from(CAMPAIGN_PIECES), max_size=14))
def test_campaign_names_as_the_lookbehind_first_found_them(parts: list[str]) -> None:
    t = "".join(parts)
    want = [m.span() for m in CAMPAIGN_PLAIN.finditer(t)]
    assert [m.span() for m in numbers._CAMPAIGN_RE.finditer(t)] == want


FIXED_PLAIN = re.compile(numbers._literal_led(numbers._FIXED_NAMES))  # one branch an alternative
FIXED_PIECES = [
    "一",
    "两",
    "二",
    "三",
    "四",
    "五",
    "六",
    "十",
    "最",
    "2",
    "24",
    "365",
    "网通办",
    "网统管",
    "件事",
    "级联动",
    "所联动",
    "方联动",
    "五普法",
    "五”",
    "个维护",
    "重一大",
    "规划两纲要",
    "小时",
    " ",
    "自助",
    "服务",
    "天",
    "后一公里",
    "多跑一次",
    "窗",
    "式",
    "受",
    "次性",
    "带一路",
    "，",
    "\n",
    "体化",
]


@settings(max_examples=5000, deadline=None)
@given(st.lists(st.sampled_from(FIXED_PIECES), max_size=12))
def test_fixed_names_gathered_by_first_character_match_as_one_branch_each(parts: list[str]) -> None:
    t = "".join(parts)
    assert [m.span() for m in numbers._FIXED_NAME_RE.finditer(t)] == [
        m.span() for m in FIXED_PLAIN.finditer(t)
    ]


def test_gathering_by_first_character_refuses_an_alternative_without_one() -> None:
    import pytest

    with pytest.raises(ValueError, match="literal"):
        numbers._by_first_char("ab|[xy]c")


# digits and what may extend a figure (commas, points, group spaces, letters), Chinese numerals and
# what may follow them (numeral characters, spaces, 点), units, 百分之, qualifiers
CORE_CHARS = (
    "0123456789٣,，.·\u00a0\u2009\u202f aZｘＡ一二两三十百千万亿零〇○点 \t件个元%分之约余第是，。“”年月"
)


def scan_plain(t: str, monkeypatch: pytest.MonkeyPatch) -> list[numbers.Mention]:
    with monkeypatch.context() as m:
        m.setattr(numbers, "_CORE_FAST", False)
        return numbers.scan(t)


@settings(max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(t=st.text(alphabet=CORE_CHARS, max_size=30))
def test_numerals_read_without_core_re_where_plain(t: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert numbers.scan(t) == scan_plain(t, monkeypatch)


def test_the_fixtures_read_alike_without_core_re_where_plain(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.txt"))]
    assert texts
    for t in texts:
        assert numbers.scan(t) == scan_plain(t, monkeypatch)


SECTION_CHARS = "\n\n\t 一二三十、.．（()）12345|*审结件，。：abc"


@settings(max_examples=5000, deadline=None)
@given(st.text(alphabet=SECTION_CHARS, max_size=60))
def test_section_numbers_led_by_their_newline_are_those_at_line_starts(t: str) -> None:
    from hecha.segment import line_starts

    plain = [m.span("sec") for m in (numbers._SECTION_RE.match(t, i) for i in line_starts(t)) if m]
    first = numbers._SECTION_RE.match(t)
    fast = [m.span("sec") for m in ([first] if first else [])]
    fast += [m.span("sec") for m in numbers._SECTION_AFTER_NEWLINE_RE.finditer(t)]
    assert fast == plain


def learn_names_plain(scanner: numbers._Scanner) -> set[str]:
    """_Scanner._learn_names as it was: every quote copied and scanned."""
    names: set[str] = set()
    for s, e in scanner.quoted:
        inner = scanner.t[s:e]
        for m in numbers._NAME_NUMERAL_RE.finditer(inner):
            tail = inner[m.start() :]
            if len(tail) >= 2 and not numbers._ALL_NUMERAL_RE.fullmatch(tail):
                names.add(tail[:6])
    return names


QUOTE_CHARS = '“”《》「」"一二三十百千项条制度普法。，25件'


@settings(max_examples=5000, deadline=None)
@given(st.text(alphabet=QUOTE_CHARS, max_size=40))
def test_names_learned_from_quotes_holding_a_numeral(t: str) -> None:
    scanner = numbers._Scanner(t)
    assert scanner.learned_names == learn_names_plain(scanner)


@settings(max_examples=500, deadline=None)
@given(
    st.floats(allow_nan=False, width=32),
    st.one_of(st.none(), st.floats(allow_nan=False, width=32)),
    st.sampled_from(["=", ">=", "<=", "about", "range"]),
    st.floats(allow_nan=False, width=32),
)
def test_capped_is_replace(value: float, low: float | None, qualifier: str, cap: float) -> None:
    import dataclasses

    q = numbers.Quantity(value, low, None, qualifier, "件", 1.0, True)
    assert numbers._capped(q, cap) == dataclasses.replace(q, cap=cap)


def test_the_quick_tests_before_the_session_and_ordinal_regexes() -> None:
    words = ["是", "届", "大", "审", "中全会", "中、", "把手", "线", "流", "等奖", "级行政区"]
    assert frozenset(w[0] for w in words) == numbers._ORDINAL_AFTER_FIRST
    assert all(numbers._ORDINAL_AFTER.fullmatch(w) for w in words)
    assert numbers._ORDINAL_AFTER.pattern == "(?:" + "|".join(words) + ")"
    assert numbers._SESSION_RE.pattern.startswith("次(?:") and "|" not in numbers._SESSION_RE.pattern[:4]


ORDINAL_CHARS = "一二三十届次会议全体大常委是审中、把手线流等奖级行政区人第，。件"


@settings(max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(t=st.text(alphabet=ORDINAL_CHARS, max_size=30))
def test_ordinals_and_sessions_read_alike(t: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        m.setattr(numbers, "_ORDINAL_AFTER_FIRST", frozenset(ORDINAL_CHARS + "次"))  # every first character
        plain = numbers.scan(t)
    assert numbers.scan(t) == plain


def test_the_tail_regex_has_its_seven_groups_in_the_order_emit_unpacks() -> None:
    names = ("a1", "mult", "a2", "pctsign", "unit", "cheng", "post")
    assert numbers._TAIL_RE.groups == len(names)
    assert numbers._TAIL_RE.groupindex == {name: i for i, name in enumerate(names, 1)}
    for text in ("余万件以上", "多亿元", "%", "成，", " 万 人次左右", "件"):
        m = numbers._TAIL_RE.match(text)
        assert m is not None
        assert m.groups() == m.group(*names)


def test_figures_too_large_are_unread_as_before() -> None:
    # (the check is inline in _emit_quantity now: it must agree with _too_large on value and cap)
    for text, unread in (
        ("1000万亿件", False),
        ("1001万亿件", True),
        ("1000万亿余件", True),  # its cap (below 2000万亿) is too large
        ("999万亿余件", False),
        ("一亿亿亿件", True),
        ("35件", False),
    ):
        kinds = [m.kind for m in numbers.scan(text)]
        assert kinds == (["unread"] if unread else ["count"]), text


def test_unit_first_characters_begin_every_unit() -> None:
    # (an ordinal's unit is looked for only after one of them: _Scanner._figure)
    firsts = {alt[0] for alt in numbers.UNIT_RE.split("|")}
    assert firsts <= numbers._UNIT_FIRST
    for text in ("一是", "二届", "三大", "第一次", "一个", "两项"):
        m = numbers._UNIT_AT.match(text, 1)
        assert (m is not None) == (text[1] in numbers._UNIT_FIRST), text
