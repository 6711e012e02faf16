"""Fuzzing: the number grammar, the extractor and the whole check never raise, whatever Unicode
arrives; huge figures stay unread; the renderers (Markdown, JUnit, SARIF, GitHub, HTML) stay
well-formed and inert whatever a document names; the relation parser raises only ExprError; the
dataset reader turns any bytes into a report. `nox -s fuzz` runs the same properties with many more
examples (HYPOTHESIS_PROFILE=fuzz, registered in conftest.py). Nothing is timed here (the brief: speed
is for benchmarks): pathological inputs are checked in a subprocess whose timeout bounds a hang."""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hecha.exitcodes import is_internal
from hecha.extract import extract
from hecha.model import Document
from hecha.numbers import scan
from hecha.pipeline import Checker
from hecha.report.build import build_report, document_json

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
    for f in ex.facts:  # offsets index the normalised view (full-width digits, simplified script…)
        assert ex.text[f.start : f.end] == f.mention.text


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(text)
def test_check_document_never_fails(s: str) -> None:
    chk = _CHECKER
    res = chk.check_document(Document("fuzz", "fuzz.txt", s))
    assert res.doc.error is None, res.doc.error  # an exception would have become the document's error
    for fi in res.findings:
        for e in fi.evidence:
            assert s[e.start : e.end] == e.text
    for f in res.facts:  # mapped back: the characters as written (０条, 審結)
        assert s[f.start : f.end] == f.mention.text


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
    "309-digit figures": ("审结" + "9" * 400 + "件，") * 20,
    "二零…零五": "审结二" + "零" * 9000 + "五件",
    "一亿亿…": "收到一" + "亿" * 9000 + "件",
}


def test_adversarial_10kb_never_hangs(tmp_path: Path) -> None:
    """Every pathological 10 KB text checked by the command line; the timeout bounds a hang (how long
    each takes is measured by benchmarks/, not asserted here)."""
    for i, name in enumerate(sorted(ADVERSARIAL)):
        (tmp_path / f"{i:02d}.txt").write_text(ADVERSARIAL[name][:10_000], encoding="utf-8")
    p = subprocess.run(
        [sys.executable, "-m", "hecha.cli", "check", str(tmp_path), "-j", "1", "--fail-on", "never"],
        capture_output=True,
        timeout=600,
    )
    docs = json.loads(p.stdout)["documents"]
    assert len(docs) == len(ADVERSARIAL)
    assert all(d["status"] == "checked" for d in docs), [d["error"] for d in docs if d["error"]]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet=st.sampled_from(ALPHABET), min_size=1, max_size=60).map(lambda u: (u * 10_000)[:10_000])
)
def test_repeated_10kb_never_fails(s: str) -> None:
    """A random snippet of the grammar's characters repeated to 10 KB: the shape of every pathology."""
    res = _CHECKER.check_document(Document("r", "r.txt", s))
    assert res.doc.error is None, res.doc.error


# --- huge figures -------------------------------------------------------------------------------

digits = st.integers(16, 700).map(lambda n: "9" * n)
cn_huge = st.integers(20, 400).map(lambda n: "二" + "零" * n + "五") | st.integers(3, 80).map(
    lambda n: "一" + "亿" * n
)


@given(st.one_of(digits, cn_huge), st.sampled_from(["件", "%", "万元", "余件", "亿元", ""]), text)
def test_huge_figures_never_uncheck_a_document(figure: str, unit: str, rest: str) -> None:
    res = _CHECKER.check_document(Document("h", "h.txt", f"审结{figure}{unit}。{rest}"))
    assert res.doc.error is None, res.doc.error
    d = document_json(res)
    json.dumps(d, allow_nan=False)
    assert all(f["value"] is None or abs(f["value"]) <= 1e15 for f in d["facts"])


# --- renderers ----------------------------------------------------------------------------------

HOSTILE_BITS = [
    "![](",
    "[",
    "](",
    "https://",
    "www.",
    "@",
    "#1",
    "<",
    ">",
    "&",
    "|",
    "`",
    "``",
    "\\",
    "\n",
    "\r",
]
names = st.lists(
    st.one_of(st.sampled_from(HOSTILE_BITS), st.text(max_size=6), st.characters(codec="utf-8")), max_size=12
).map("".join)


def _report(items: list[tuple[str, str, str]]) -> dict[str, Any]:
    docs = []
    for i, (doc_id, message, ev) in enumerate(items):
        f = {
            "rule": "HC201",
            "severity": "error",
            "title": message,
            "message": message,
            "message_en": message,
            "facts": [],
            "evidence": [{"start": 0, "end": len(ev), "text": ev}],
            "expected": None,
            "observed": None,
            "suspects": [{"fact": "f1", "text": ev, "fix": message, "score": 1.0, "hint": message}],
            "location": {"path": doc_id, "line": 1, "column": 1},
            "fingerprint": f"f{i}",
        }
        docs.append(
            {
                "doc_id": doc_id,
                "path": doc_id,
                "status": "checked",
                "error": None,
                "facts": [],
                "findings": [f],
            }
        )
        docs.append(
            {
                "doc_id": doc_id + "~",
                "path": ev,
                "status": "error",
                "error": message,
                "facts": [],
                "findings": [],
            }
        )
    n = len(items)
    return {
        "tool": {"name": "hecha", "version": "0"},
        "documents": docs,
        "summary": {"documents": 2 * n, "checked": n, "failed": n, "error": n, "warning": 0, "info": 0},
    }


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(names, names, names), min_size=1, max_size=4))
def test_renderers_stay_well_formed_and_inert(items: list[tuple[str, str, str]]) -> None:
    from hecha.report.github import render_github
    from hecha.report.junit import render_junit
    from hecha.report.markdown import render_markdown
    from hecha.report.sarif import render_sarif

    from .inert import assert_inert_markdown

    report = _report(items)
    assert_inert_markdown(render_markdown(report))
    ET.fromstring(render_junit(report).encode("utf-8"))
    json.loads(render_sarif(report).encode("utf-8"))
    assert len(render_github(report).splitlines()) == 2 * len(items)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.extend((k, v or "") for k, v in attrs)


def _site_tags(docs: list[Document]) -> _Tags:
    from hecha.report.html import render_site

    report = build_report([_CHECKER.check_document(d) for d in docs])
    parsed = _Tags()
    for page in render_site(report, [d.text for d in docs]).files.values():
        assert page.count("<script") == 1
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\u202a-\u202e\ud800-\udfff]", page)
        parsed.feed(page)
    return parsed


_TEXT = "审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。"
_BENIGN_TAGS = _site_tags([Document("a", "a.txt", _TEXT), Document("b", "b.txt", None, error="x")]).tags


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(names, names), min_size=1, max_size=3))
def test_html_pages_stay_inert(items: list[tuple[str, str]]) -> None:
    docs = [
        Document(doc_id or "x", path, _TEXT if i % 2 else None, error=None if i % 2 else path)
        for i, (doc_id, path) in enumerate(items)
    ]
    parsed = _site_tags(docs)
    assert parsed.tags <= _BENIGN_TAGS  # no element a name brought in
    for k, v in parsed.attrs:
        assert not k.startswith("on") and "javascript:" not in v.lower()


# --- the relation parser ------------------------------------------------------------------------

REL_TOKENS = [
    "review.concluded",
    "review.accepted",
    "review.corrected?",
    "sum(",
    ",",
    "(",
    ")",
    "+",
    "-",
    "*",
    "/",
    "<=",
    ">=",
    "==",
    "<",
    ">",
    "1",
    "2.5",
    " ",
    "?",
    "x",
    ".",
]
relations = st.lists(st.one_of(st.sampled_from(REL_TOKENS), st.text(max_size=3)), max_size=40).map("".join)


@given(relations | st.text(max_size=200))
def test_relation_parser_raises_only_expr_errors(src: str) -> None:
    from hecha.expr import ExprError, Interval, holds, parse_relation

    try:
        rel = parse_relation(src)
    except ExprError:
        return
    env = {r.key: Interval(0.0, 3.0, True) for r in rel.refs()}
    holds(rel, env)  # never raises, whatever the intervals (empty, zero, unbounded)
    holds(rel, {k: Interval(1.0, 0.0) for k in env})
    holds(rel, {k: Interval(0.0, math.inf) for k in env})


@given(st.integers(1, 6000), st.integers(1, 30_000))
def test_relations_nested_or_long_are_refused_cleanly(depth: int, terms: int) -> None:
    from hecha.expr import ExprError, parse_relation

    for src in (
        "(" * depth + "review.concluded" + ")" * depth + " <= review.accepted",
        " + ".join(["review.concluded"] * min(terms, 3000)) + " <= review.accepted",
    ):
        with contextlib.suppress(ExprError):
            parse_relation(src)


# --- the dataset reader -------------------------------------------------------------------------

CSV_BITS = [
    "doc_id",
    "metric",
    "value",
    "unit",
    ",",
    "\n",
    "\r",
    "\r\n",
    '"',
    "review.concluded",
    "25",
    "件",
    "-0",
    "+45",
    "9" * 400,
    "\x00",
    "﻿",
]
csv_bytes = st.lists(st.one_of(st.sampled_from(CSV_BITS), st.text(max_size=5)), max_size=60).map(
    lambda parts: ("doc_id,metric,value,unit\n" + "".join(parts)).encode("utf-8", "surrogatepass")
) | st.binary(max_size=300)
jsonl_bytes = st.lists(
    st.one_of(
        st.sampled_from(
            [
                '{"doc_id": "a", "metric": "review.concluded", "value": 25}',
                "\n",
                "[",
                "{",
                "1" * 400,
                '"\\ud800"',
            ]
        ),
        st.text(max_size=5),
    ),
    max_size=30,
).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass"))


@pytest.mark.skipif(
    os.environ.get("HYPOTHESIS_PROFILE") != "fuzz", reason="the dataset reader is fuzzed by `nox -s fuzz`"
)
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(csv_bytes.map(lambda b: (".csv", b)), jsonl_bytes.map(lambda b: (".jsonl", b))))
def test_dataset_reader_turns_any_bytes_into_a_report(case: tuple[str, bytes]) -> None:
    from hecha import gate

    suffix, data = case
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"d{suffix}"
        path.write_bytes(data)
        report = gate.run(_CHECKER, gate.GateInputs([], dataset=path)).report
    assert report["documents"], "the dataset file itself is always in the report"
    json.loads(json.dumps(report, ensure_ascii=False))
    internal = [d["error"] for d in report["documents"] if is_internal(d["error"])]
    assert not internal, internal  # bad rows are findings or the file's error, never a crash
