"""Fuzzing: the number grammar, the extractor and the whole check never raise and never take long,
whatever Unicode arrives. `nox -s fuzz` runs the same properties with many more examples
(HYPOTHESIS_PROFILE=fuzz, registered in conftest.py)."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hecha.extract import extract
from hecha.model import Document
from hecha.numbers import scan
from hecha.pipeline import Checker

# Characters the grammar cares about, mixed into arbitrary Unicode so examples hit real paths.
ALPHABET = "0123456789０１２３.．,，%％‰一二两三四五六七八九十百千万亿零〇余多近约超过不少于件人次元年月日第号“”《》「」（）()、；。：其中审结受理维持驳回纠错率占比\n\t |—-·"
chars = st.text(
    alphabet=st.one_of(st.sampled_from(ALPHABET), st.characters(codec="utf-8")), max_size=400
) | st.text(max_size=200)
# Report-shaped text: figures, units, cues and structure words in random order.
WORDS = [
    "审结",
    "受理",
    "办结",
    "新收",
    "件",
    "人次",
    "元",
    "万元",
    "亿元",
    "其中",
    "维持",
    "驳回",
    "撤销",
    "确认违法",
    "和解终止",
    "纠错率",
    "出庭应诉率",
    "%",
    "余",
    "多",
    "万",
    "亿",
    "约",
    "近",
    "超过",
    "不少于",
    "同比",
    "增长",
    "下降",
    "个百分点",
    "占",
    "的",
    "分别为",
    "、",
    "和",
    "及",
    "，",
    "。",
    "；",
    "：",
    "（",
    "）",
    "行政复议",
    "行政应诉",
    "人民调解",
    "法律援助",
    "《",
    "》",
    "“",
    "”",
    "第",
    "号",
    "条",
    "年",
    "月",
    "2023年",
    "〔2023〕",
    "一是",
    "二、",
    "|",
    "\n",
]
tokens = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.integers(0, 10**7).map(str),
        st.decimals(0, 1000, places=2).map(str),
        st.sampled_from(ALPHABET),
        st.text(max_size=4),
    ),
    max_size=120,
).map("".join)
text = chars | tokens

BOUND = 2.0  # "well under a second" for 10 KB, with room for a slow CI machine


@pytest.fixture(scope="module")
def chk() -> Checker:
    return Checker.load()


@given(text)
def test_scan_never_raises(s: str) -> None:
    for m in scan(s):
        assert 0 <= m.start < m.end <= len(s)
        assert s[m.start : m.end] == m.text


@given(text)
def test_extract_never_raises(s: str) -> None:
    ex = extract(s)
    for f in ex.facts:
        assert s[f.start : f.end] == f.mention.text


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(text)
def test_check_document_never_fails(s: str) -> None:
    chk = _CHECKER
    res = chk.check_document(Document("fuzz", "fuzz.txt", s))
    assert res.doc.error is None, res.doc.error  # an exception would have become the document's error
    for fi in res.findings:
        for e in fi.evidence:
            assert s[e.start : e.end] == e.text


_CHECKER = Checker.load()

SEED_LINE = "全年受理行政复议案件35件，审结25件，其中维持8件，驳回8件，纠错率24%。"
ADVERSARIAL = {
    "digit run": "1234567890" * 1000,
    "full-width digits": "１２３４５６７８９０" * 1000,
    "digits and dots": "1.2.3.4.5," * 1000,
    "一二三万亿": "一二三万亿" * 2000,
    "十百千 runs": "十百千万亿两零" * 1430,
    "余余余": "30" + "余" * 10000,
    "多多多 then unit": "三" + "多" * 9990 + "件",
    "percent run": "24%" * 3333,
    "per-mille run": "5‰" * 5000,
    "quotes": "“《" * 5000,
    "unclosed quotes": "“审结25件" * 1400,
    "no punctuation": "审结25件其中维持8件驳回" * 770,
    "no punctuation, numerals": "受理三十五件审结二十五件其中维持八件" * 560,
    "years and numbers": "2023年2024年" * 1000,
    "document numbers": "〔2023〕12号" * 1000,
    "nested brackets": "（" * 5000 + "25件" + "）" * 5000,
    "table pipes": "|受理|35|\n" * 1000,
    "one long sentence": SEED_LINE.rstrip("。").replace("，", "") * 300,
    "spaces between digits": "1 2 3 4 5 " * 1000,
    "增长 chains": "增长25%下降10个百分点" * 600,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_10kb_is_fast(name: str, chk: Checker) -> None:
    s = ADVERSARIAL[name][:10_000]
    for fn in (scan, extract, lambda x: chk.check_document(Document("adv", "adv.txt", x))):
        t0 = time.perf_counter()
        fn(s)
        took = time.perf_counter() - t0
        assert took < BOUND, f"{name}: {took:.2f} s for {len(s)} characters"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet=st.sampled_from(ALPHABET), min_size=1, max_size=60).map(lambda u: (u * 10_000)[:10_000])
)
def test_repeated_10kb_is_fast(s: str) -> None:
    """A random snippet of the grammar's characters repeated to 10 KB: the shape of every pathology."""
    t0 = time.perf_counter()
    _CHECKER.check_document(Document("r", "r.txt", s))
    assert time.perf_counter() - t0 < BOUND
