"""Fast paths of the front layers (normalisation, matching at line starts, the number grammar's scans,
table streams) that must give what the plain code they replaced gave (kept here as the reference;
alias matching is checked in test_first_char_index.py)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from hecha import numbers, tables, textnorm
from hecha.segment import line_starts

# traditional and full-width characters, astral ones among them (the view replaces 𠁞), an astral
# character it keeps, glosses, zero-width characters and plain text
VIEW_CHARS = (
    list(textnorm._MAPPING)[:200]
    + [c for c in textnorm._MAPPING if c > "\uffff"][:20]
    + list("𝐀😀審結审结25件，。%０１\u3000\u200b\ufeff(（)）bàoǎ報萬 abc")
)


def normalize_document_plain(raw: str) -> textnorm.Normalized:
    """normalize_document as it was: set tests on the text's characters."""
    chars = set(raw)
    view = raw if textnorm._CHANGED.isdisjoint(chars) else raw.translate(textnorm._TABLE)
    hint = frozenset(textnorm._TONED + "\u200b\u200c\u200d\u2060\ufeff")
    if hint.isdisjoint(chars) or textnorm._DROP_RE.search(view) is None:
        return textnorm.Normalized(raw, view)
    kept = textnorm._DROP_RE.sub("", view)
    got = textnorm.normalize_document(raw)
    assert got.text == kept  # the cuts are checked by test_textnorm; here only which texts have any
    return got


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(VIEW_CHARS), max_size=40))
def test_normalize_document_as_the_set_tests_gave_it(raw: str) -> None:
    assert textnorm.normalize_document(raw) == normalize_document_plain(raw)
    assert textnorm.normalize(raw) == raw.translate(textnorm._TABLE)


# Chinese digits (with ○ typed for 〇) before 年 and 月, spaces between, filler
CN_YEAR_CHARS = "〇○零一二三四五六七八九十两年月日号 \t\n审结件，0123456789"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=CN_YEAR_CHARS, max_size=40))
def test_passes_at_runs_of_chinese_digits_find_what_a_full_scan_finds(t: str) -> None:
    starts = numbers._Starts(t)
    for _kind, pat, where in numbers._NONQ_PATTERNS:
        got = [m.span() for m in starts.matches(pat, t, where)]
        assert got == [m.span() for m in pat.finditer(t)], (pat.pattern, t)


LINE_CHARS = "\n\n\t 一二三十、.．（()）12345|*审结件，。：abc"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=LINE_CHARS, max_size=60))
def test_patterns_matched_at_line_starts_find_what_finditer_finds(t: str) -> None:
    for pat in (numbers._SECTION_RE, tables._SHORT_LINE_RE, tables._PIPE_LINE_RE):
        at_starts = [pat.match(t, i) for i in line_starts(t)]
        assert [m.span() for m in at_starts if m] == [m.span() for m in pat.finditer(t)], (pat.pattern, t)


LANDMARK_CHARS = '0123456789٣〇○零一二三四五六七八九十XxＸｘ×*〔[［【(（“”‘’《》「」『』"。审结件 '


def quoted_spans_plain(t: str) -> list[tuple[int, int]]:
    """_Scanner._quoted_spans as it was: a regex search from one opening mark to the next."""
    spans = []
    i = 0
    while (m := re.compile('[“‘《「『"]').search(t, i)) is not None:
        i = m.start()
        j = t.find(numbers._QUOTES[t[i]], i + 1, min(len(t), i + 60))
        if j > 0 and "。" not in t[i:j]:
            spans.append((i + 1, j))
            i = j + 1
        else:
            i += 1
    return spans


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=LANDMARK_CHARS, max_size=50))
def test_one_landmark_scan_finds_what_a_scan_for_each_finds(t: str) -> None:
    lists = numbers._Starts(t).lists
    runs = [m.span() for m in re.finditer(r"\d+", t)]
    assert lists["run"] == [s for s, _ in runs if numbers._ANY_RUN_PASS.match(t, s)]
    assert lists["run+1"] == [s + 1 for s, e in runs if e - s >= 5]
    cn4 = re.finditer(r"[〇○零一二三四五六七八九]{4,}", t)
    assert lists["cn4"] == [i for m in cn4 for i in range(m.start(), m.end() - 3)]
    assert lists["x"] == [m.start() for m in re.finditer(r"[XxＸｘ×*]", t)]
    assert lists["bracket"] == [m.start() for m in re.finditer(r"[〔\[［【(（]", t)]
    assert numbers._Scanner(t)._quoted_spans() == quoted_spans_plain(t)


CORE_CHARS = "0123456789٣.,aZx百分之点零〇○一二两三四五六七八九十壹拾千万件%审结“《(XX "


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=CORE_CHARS, max_size=40))
def test_numeral_starts_from_the_landmarks_are_where_core_start_re_finds_them(t: str) -> None:
    assert numbers._Starts(t).lists["core"] == [m.start() for m in numbers._CORE_START_RE.finditer(t)]


PREFIX_CHARS = "约近不足到超过逾少于多高低至最大小等 \t\n审结35件"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=PREFIX_CHARS, max_size=12))
def test_prefix_as_the_plain_search_gives_it(before: str) -> None:
    t = before + "35件"
    s = len(before)
    scanner = numbers._Scanner(t)
    m = numbers._PRE_TAIL_RE.search(t[max(0, s - 5) : s])
    start = s - len(m.group(0)) if m else s
    want = (start, numbers.PRE_QUAL[m.group(0).rstrip(" \t")]) if m and scanner.free(start, s) else (s, None)
    assert scanner._prefix(s) == want


CELL_TEXTS = ["序号", "编号", "单位", "受理（件）", "数量", "比例", "合计", "12", "3,509", "74.7%", ""]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(CELL_TEXTS), max_size=2))
def test_a_stream_of_fewer_than_three_cells_holds_no_table(texts: list[str]) -> None:
    cells = [tables.Cell(i * 10, i * 10 + len(x), x) for i, x in enumerate(texts)]
    assert tables._tables_from_stream(cells) == []
