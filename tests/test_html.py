"""The HTML report without a browser: safe file names, escaping, the marked text, region/year,
outliers, the command line (html, --html-dir, --lang) and determinism."""

from __future__ import annotations

import html as htmlmod
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hecha.model import Document
from hecha.pipeline import Checker
from hecha.report.build import build_report
from hecha.report.html import (
    CHROME,
    _marked_text,
    outliers,
    page_names,
    render_site,
    write_site,
)
from hecha.report.html_assets import DOC_JS, INDEX_JS
from hecha.report.markdown import render_markdown
from hecha.report.places import derive_region_year

from .conftest import ROOT, SEEDS

HECHA = [sys.executable, "-m", "hecha.cli"]
SAFE = re.compile(r"^docs/[a-z0-9_-]+\.html$")
HOSTILE_IDS = [
    "../../etc/passwd",
    "/etc/passwd",
    "..",
    ".",
    "",
    "a/b",
    "a?b",
    "A",
    "a",
    "CON",
    "nul",
    'x"><script>alert(1)</script>',
    "芦淞区 报告",
    "docs/../index",
    "C:\\Windows\\win.ini",
    "a" * 300,
    "doc",
    "doc",
]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*HECHA, *args], capture_output=True, cwd=cwd, timeout=120)


def _report(checker: Checker, docs: list[Document]) -> dict[str, Any]:
    return build_report([checker.check_document(d) for d in docs])


def test_page_names_are_safe_unique_and_stable() -> None:
    names = page_names(HOSTILE_IDS)
    assert len(names) == len(HOSTILE_IDS)
    assert all(SAFE.match(n) for n in names), names
    assert len({n.lower() for n in names}) == len(names)  # unique even on case-insensitive disks
    assert names == page_names(HOSTILE_IDS)
    assert page_names(["002_60197d52abb683d6"]) == ["docs/002_60197d52abb683d6.html"]
    # a changed id carries a hash of the original, so ids that sanitise alike stay apart
    assert page_names(["a/b"])[0] != page_names(["a?b"])[0]
    assert not page_names(["CON"])[0].startswith("docs/con.")


def test_hostile_doc_ids_never_leave_the_output_folder(checker: Checker, tmp_path: Path) -> None:
    docs = [Document(did, f"{did}.txt", "行政复议受理35件，审结25件。") for did in HOSTILE_IDS]
    report = _report(checker, docs)
    out = tmp_path / "deep" / "site"
    site = render_site(report, [d.text for d in docs])
    write_site(site, out)
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert len(written) == len(HOSTILE_IDS) + 1
    assert all(w.startswith("deep/site/") for w in written)
    assert (out / "index.html").is_file()
    index = (out / "index.html").read_text(encoding="utf-8")
    for page in site.pages:
        assert f'href="{page}"' in index


def test_write_site_refuses_paths_outside(tmp_path: Path) -> None:
    from hecha.report.html import Site

    with pytest.raises(ValueError):
        write_site(Site(files={"../escape.html": "x"}, pages=[]), tmp_path / "out")
    assert not (tmp_path / "escape.html").exists()


EVIL_TEXT = (
    "行政复议受理35件，审结45件。<script>window.__pwned=1</script>"
    "\"><img src=x onerror=\"window.__pwned=2\"> ' onmouseover='window.__pwned=3' &amp; \x00\x07"
    "审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。"
)
EVIL_ID = "evil\"'><script>window.__pwned=4</script>"


def _scripts(page: str) -> list[str]:
    return re.findall(r"<script\b", page, flags=re.I)


def test_everything_from_a_document_is_escaped(checker: Checker) -> None:
    doc = Document(EVIL_ID, f"/tmp/{EVIL_ID}<b>.txt", EVIL_TEXT)
    report = _report(checker, [doc])
    assert report["documents"][0]["findings"], "need findings so messages and evidence are rendered"
    report["documents"][0]["findings"][0]["message"] += "<script>window.__pwned=5</script>"
    site = render_site(report, [doc.text])
    for name, page in site.files.items():
        assert len(_scripts(page)) == 1, name  # only the page's own script
        assert "onerror=" not in page.replace("onerror=&quot;", "")
        assert "<img" not in page and "\x00" not in page
        assert "onmouseover='" not in page
    page = site.files[site.pages[0]]
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "&amp;amp;" in page  # text that looks like an entity stays text


def test_content_security_policy_allows_only_the_pages_own_script(checker: Checker) -> None:
    import base64
    import hashlib

    docs = [Document("t", "t.txt", "审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。")]
    site = render_site(_report(checker, docs), [d.text for d in docs])
    for page, js in ((site.files["index.html"], INDEX_JS), (site.files[site.pages[0]], DOC_JS)):
        digest = base64.b64encode(hashlib.sha256(js.encode()).digest()).decode()
        csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
        assert csp is not None
        policy = htmlmod.unescape(csp.group(1))
        assert f"script-src 'sha256-{digest}'" in policy
        assert "default-src 'none'" in policy and "connect-src 'none'" in policy
        assert f"<script>{js}</script>" in page
        assert "http://" not in page and "https://" not in page  # nothing fetched from anywhere


def _visible(marked: str) -> str:
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", marked))


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("审结25件<>&\"'\n 。")), min_size=0, max_size=40),
    spans=st.lists(st.tuples(st.integers(-3, 45), st.integers(-3, 45)), max_size=8),
)
def test_marked_text_keeps_the_text_exactly(text: str, spans: list[tuple[int, int]]) -> None:
    facts = [{"id": f"f{i}", "start": a, "end": b, "metric": None} for i, (a, b) in enumerate(spans)]
    findings = [
        {
            "severity": "error",
            "evidence": [{"start": b, "end": a} for a, b in spans[:3]]
            + [{"start": a, "end": b} for a, b in spans],
            "suspects": [{"fact": f["id"], "text": "", "fix": "1", "score": 1.0} for f in facts[:2]],
        }
    ]
    marked = _marked_text(text, {"facts": facts, "findings": findings}, CHROME["zh"])
    assert _visible(marked) == text


def test_marked_text_marks_facts_evidence_and_suspects(checker: Checker) -> None:
    text = "审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。"
    report = _report(checker, [Document("t", "t.txt", text)])
    doc = report["documents"][0]
    f = doc["findings"][0]
    marked = _marked_text(text, doc, CHROME["zh"])
    for e in f["evidence"]:
        # every evidence span is a marked piece that says which finding it belongs to
        assert re.search(rf'data-ev=" 0 "[^>]*>{re.escape(e["text"])}</span>', marked), e
    top = f["suspects"][0]
    assert re.search(rf'data-top=" 0 "[^>]*>{re.escape(top["text"])}</span>', marked)
    assert 'data-tip="指标: 行政复议·审结' in marked


def test_region_and_year_from_the_title(checker: Checker) -> None:
    expected = {
        "000_9db8e3a5b4f51b7d": ("株洲市天元区", "2023"),
        "001_09ab2a23c5e0d572": ("岳麓区", "2024"),
        "002_60197d52abb683d6": ("株洲市芦淞区", "2022"),
        "003_28362a96fe5117c7": ("屈原管理区", "2023"),
        "004_6f8987072a526bb6": ("卫滨区", "2023"),
    }
    for stem, want in expected.items():
        assert derive_region_year((SEEDS / f"{stem}.txt").read_text(encoding="utf-8")) == want
    assert derive_region_year("二〇二三年长沙县法治政府建设年度报告\n正文") == ("长沙县", "2023")
    assert derive_region_year("行政复议受理35件。") == ("", "")
    assert derive_region_year(None) == ("", "")
    # 我区/全市 are not names; a line that only mentions 依法治区 names no region
    assert derive_region_year("我区全面依法治区委员会报告") == ("", "")


def test_outliers() -> None:
    assert outliers([24, 25, 26, 27, 80]) == [False, False, False, False, True]
    assert outliers([100, 100, 100, 100, 80]) == [False, False, False, False, True]
    assert outliers([50, 60, 70]) == [False, False, False]  # too few values for fences
    assert outliers([120]) == [True]  # no rate exceeds 100%


def test_rates_chart_marks_outliers(checker: Checker) -> None:
    values = [24, 25, 26, 27, 80]
    docs = [Document(f"d{i}", f"d{i}.txt", f"行政复议纠错率{v}%。") for i, v in enumerate(values)]
    report = _report(checker, docs)
    assert [f["metric"] for d in report["documents"] for f in d["facts"]] == ["review.correction_rate"] * 5
    index = render_site(report, [d.text for d in docs]).files["index.html"]
    chart = re.search(r'data-metric="review.correction_rate">(.*?)</svg>', index, flags=re.S)
    assert chart is not None
    flagged = re.findall(r'<a href="(docs/[^"]+)" class="dot outlier">', chart.group(1))
    assert flagged == ["docs/d4.html"]


def test_index_rows_and_charts_from_the_seeds(checker: Checker) -> None:
    from hecha.ingest import collect

    docs = collect([str(SEEDS)])
    report = _report(checker, docs)
    index = render_site(report, [d.text for d in docs]).files["index.html"]
    rows = re.findall(r"<tr data-state=\"(\w+)\"", index)
    assert len(rows) == 5 and rows.count("error") == 1 and rows.count("findings") == 1
    assert "株洲市芦淞区" in index and "HC201" in index and "HC004" in index
    for _metric, zh, _en in (("", "纠错率", ""), ("", "出庭率", ""), ("", "调解成功率", "")):
        assert zh in index


def test_cli_html_site_markdown_links_and_determinism(tmp_path: Path) -> None:
    out = tmp_path / "site"
    p = run("check", str(SEEDS), "--format", "html", "--output", str(out))
    assert p.returncode == 1, p.stderr  # the seeds hold an error
    assert p.stdout == b""
    first = {q.relative_to(out).as_posix(): q.read_bytes() for q in out.rglob("*") if q.is_file()}
    assert "index.html" in first and "docs/002_60197d52abb683d6.html" in first
    assert len(first) == 6
    run("check", str(SEEDS), "--format", "html", "--output", str(out))
    again = {q.relative_to(out).as_posix(): q.read_bytes() for q in out.rglob("*") if q.is_file()}
    assert again == first  # byte-identical

    md_file = tmp_path / "comment" / "summary.md"
    html_dir = tmp_path / "pages"
    p = run("check", str(SEEDS), "--format", "markdown", "--html-dir", str(html_dir), "-o", str(md_file))
    assert p.returncode == 1, p.stderr
    md = md_file.read_text(encoding="utf-8")
    links = re.findall(r"\]\(<([^>]+)>\)", md)
    assert "../pages/docs/002_60197d52abb683d6.html#finding-0" in links
    for link in links:
        assert (md_file.parent / link.split("#")[0]).resolve().is_file(), link

    p = run(
        "check",
        str(SEEDS),
        "-f",
        "markdown",
        "--html-dir",
        str(html_dir),
        "--html-base-url",
        "https://ci.example/r/1/",
    )
    assert "(<https://ci.example/r/1/docs/002_60197d52abb683d6.html#finding-0>)" in p.stdout.decode()


def test_cli_html_usage_errors(tmp_path: Path) -> None:
    assert run("check", str(SEEDS), "--format", "html").returncode == 2
    afile = tmp_path / "report.html"
    afile.write_text("x", encoding="utf-8")
    assert run("check", str(SEEDS), "--format", "html", "-o", str(afile)).returncode == 2
    assert afile.read_text(encoding="utf-8") == "x"
    assert (
        run("check", str(SEEDS), "--format", "html", "-o", "a", "--html-dir", "b", cwd=tmp_path).returncode
        == 2
    )


def test_cli_json_with_html_dir_writes_both(tmp_path: Path) -> None:
    p = run("check", str(SEEDS / "002_60197d52abb683d6.txt"), "--html-dir", str(tmp_path / "h"))
    assert json.loads(p.stdout)["documents"][0]["doc_id"] == "002_60197d52abb683d6"
    assert (tmp_path / "h" / "docs" / "002_60197d52abb683d6.html").is_file()


def test_english_pages_use_message_en_and_title_en(checker: Checker) -> None:
    docs = [Document("t", "t.txt", "审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。")]
    report = _report(checker, docs)
    f = report["documents"][0]["findings"][0]
    titles = {r.id: (r.title_zh, r.title_en) for r in checker.rules}
    site = render_site(report, [d.text for d in docs], lang="en", rule_titles=titles)
    page = site.files[site.pages[0]]
    assert '<html lang="en">' in page and "Most likely wrong" in page and "Findings" in page
    assert f.get("message_en"), "the engine gives English messages"
    assert htmlmod.escape(f["message_en"]) in page
    assert htmlmod.escape(titles[f["rule"]][1]) in page
    # without an English message the Chinese one is shown, never nothing
    del f["message_en"]
    page = render_site(report, [d.text for d in docs], lang="en").files[site.pages[0]]
    assert htmlmod.escape(f["message"]) in page
    zh = render_site(report, [d.text for d in docs]).files[site.pages[0]]
    assert '<html lang="zh-CN">' in zh and "最可能有误" in zh


def test_unreadable_document_gets_a_page(checker: Checker) -> None:
    doc = Document("bad", "bad.txt", None, error="binary file (NUL bytes), not text")
    site = render_site(_report(checker, [doc]), [None])
    assert "binary file (NUL bytes), not text" in site.files[site.pages[0]]
    assert 'data-state="unreadable"' in site.files["index.html"]


def test_markdown_summary_escapes_and_links(checker: Checker) -> None:
    docs = [Document("a|<img src=x>", "a.txt", "审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。")]
    report = _report(checker, docs)
    md = render_markdown(report, {"a|<img src=x>": "docs/a.html", "": "index.html"})
    assert "<img" not in md and "a\\|&lt;img src=x&gt;" in md
    assert "](<docs/a.html#finding-0>)" in md and "(index.html)" in md
    assert "## 主要问题" in md and "最可能有误" in md
    en = render_markdown(report, lang="en")
    assert "## Top findings" in en and report["documents"][0]["findings"][0]["message_en"][:20] in en


def test_write_site_does_not_follow_planted_symlinks(checker: Checker, tmp_path: Path) -> None:
    docs = [Document("a", "a.txt", "审结25件。")]
    site = render_site(_report(checker, docs), [d.text for d in docs])
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "site"
    (out / "docs").mkdir(parents=True)
    (out / "docs" / "a.html").symlink_to(outside / "victim.html")  # a page that points away
    (out / "docs" / f".a.html.{__import__('os').getpid()}.tmp").symlink_to(outside / "victim2.html")
    write_site(site, out)
    assert not (outside / "victim.html").exists() and not (outside / "victim2.html").exists()
    assert not (out / "docs" / "a.html").is_symlink()
    assert "审结" in (out / "docs" / "a.html").read_text(encoding="utf-8")
    # a folder that is a symlink to elsewhere is refused
    linked = tmp_path / "linked"
    (linked).mkdir()
    (linked / "docs").symlink_to(outside, target_is_directory=True)
    with pytest.raises(ValueError):
        write_site(site, linked)
    assert list(outside.iterdir()) == []


def test_cli_lang_en(tmp_path: Path) -> None:
    seed = str(SEEDS / "002_60197d52abb683d6.txt")
    md = run("check", seed, "-f", "markdown", "--lang", "en").stdout.decode()
    assert md.startswith("# hecha anomaly report") and "## Top findings" in md
    assert (
        "审结" not in md.split("## Documents")[0].split("| HC201 |")[1].split("|")[0]
    )  # the English message
    run("check", seed, "-f", "html", "-o", str(tmp_path / "en"), "--lang", "en")
    page = (tmp_path / "en" / "docs" / "002_60197d52abb683d6.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Most likely wrong" in page
    assert run("check", seed, "--lang", "fr").returncode == 2


def test_document_read_in_part_shows_its_text_and_the_error(checker: Checker) -> None:
    doc = Document("part", "part.txt", "审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。")
    res = checker.check_document(doc)
    doc.error = "damaged bytes after offset 40 (shown as U+FFFD)"
    report = build_report([res])
    assert report["documents"][0]["status"] == "error" and report["documents"][0]["findings"]
    page = render_site(report, [doc.text]).files["docs/part.html"]
    assert "damaged bytes after offset 40" in page
    assert 'id="text"' in page and 'class="finding sev-error"' in page


def test_odd_numbers_do_not_break_pages(checker: Checker) -> None:
    docs = [Document("t", "t.txt", "行政复议受理35件。")]
    report = _report(checker, docs)
    f = report["documents"][0]["facts"][0]
    f["value"], f["low"], f["high"] = float("nan"), float("-inf"), 1e300
    page = render_site(report, [d.text for d in docs]).files["docs/t.html"]
    assert "nan" in page and "−∞" in page


@pytest.mark.parametrize(
    "extra",
    [["--format", "jsonl"], ["--format", "sarif"], ["--engine", "spark"]],
)
def test_html_is_refused_where_it_would_be_ignored(tmp_path: Path, extra: list[str]) -> None:
    p = run("check", str(SEEDS), *extra, "--html-dir", str(tmp_path / "h"), "-o", str(tmp_path / "o"))
    assert p.returncode == 2, p.stderr
    assert b"HTML pages" in p.stderr
    assert not (tmp_path / "h").exists()
    p = run("check", str(SEEDS), "--format", "html", "--engine", "spark", "-o", str(tmp_path / "s"))
    assert p.returncode == 2 and not (tmp_path / "s").exists()


def test_a_reused_site_loses_the_pages_of_documents_that_are_gone(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name in ("a", "b"):
        (corpus / f"{name}.txt").write_text("行政复议受理35件，审结25件。", encoding="utf-8")
    out = tmp_path / "site"
    assert run("check", str(corpus), "--format", "html", "--output", str(out)).returncode == 0
    assert (out / "docs" / "b.html").is_file()
    mine = out / "docs" / "notes.html"  # a page hecha did not write stays
    mine.write_text("<html>my notes</html>", encoding="utf-8")
    (corpus / "b.txt").unlink()
    assert run("check", str(corpus), "--format", "html", "--output", str(out)).returncode == 0
    assert (out / "docs" / "a.html").is_file() and not (out / "docs" / "b.html").exists()
    assert mine.read_text(encoding="utf-8") == "<html>my notes</html>"


class _Parsed(HTMLParser):
    """What a browser would see of a page: its tags, and its text and attribute values unescaped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.seen: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.seen.extend(v or "" for _, v in attrs)

    def handle_data(self, data: str) -> None:
        self.seen.append(data)


def _hostile(field: str) -> str:
    return f'<script>alert("{field}")</script>\'"&amp;{field}'


def test_hostile_text_is_escaped_wherever_it_appears() -> None:
    """Every string a report carries into the pages (names, paths, errors, messages, titles, figures,
    suspects, evidence, the text) comes out as text: each is seen whole by a parser, none makes a tag."""
    text = f"行政复议纠错率24%。{_hostile('text')}"
    fact = {
        "id": "f1",
        "metric": "review.correction_rate",
        "label": _hostile("label"),
        "value": 24,
        "low": 23.5,
        "high": 24.5,
        "unit": _hostile("unit"),
        "qualifier": _hostile("qualifier"),
        "start": 7,
        "end": 10,
        "text": _hostile("fact_text"),
        "cue": _hostile("cue"),
        "modality": _hostile("modality"),
    }
    finding = {
        "rule": _hostile("rule"),
        "severity": "error",
        "title": _hostile("title"),
        "title_en": _hostile("title_en"),
        "message": _hostile("message"),
        "message_en": _hostile("message_en"),
        "facts": ["f1"],
        "evidence": [{"start": 7, "end": 10, "text": _hostile("evidence"), "fact": "f1", "role": "rate"}],
        "expected": _hostile("expected"),
        "observed": _hostile("observed"),
        "suspects": [
            {
                "fact": "f1",
                "text": _hostile("suspect"),
                "fix": _hostile("fix"),
                "score": 1.0,
                "hint": _hostile("hint"),
            },
            {"fact": "f1", "text": _hostile("other_suspect"), "fix": _hostile("other_fix"), "score": 0.5},
        ],
    }
    coverage = {"quantities": 1, "with_metric": 1, "without_metric": 0, "bound_in_rules": 1}
    docs = [
        {
            "doc_id": _hostile("doc_id"),
            "path": _hostile("path"),
            "status": "error",
            "error": _hostile("partial_error"),
            "facts": [fact],
            "findings": [finding],
            "coverage": coverage,
            "meta": {"region": _hostile("region"), "year": _hostile("year")},
        },
        {
            "doc_id": "bad",
            "path": "bad.txt",
            "status": "error",
            "error": _hostile("error"),
            "facts": [],
            "findings": [],
        },
    ]
    report = {"tool": {"name": "hecha", "version": _hostile("version")}, "documents": docs, "summary": {}}
    for lang, only in (("zh", {"message_en", "title_en"}), ("en", {"message", "title", "hint"})):
        site = render_site(report, [text, None], lang=lang)
        seen: list[str] = []
        for name, page in site.files.items():
            parsed = _Parsed()
            parsed.feed(page)
            assert parsed.tags.count("script") == 1, name  # the page's own script, nothing else
            assert "\x00" not in page and "<script>alert" not in page, name
            seen += parsed.seen
        everything = "\n".join(seen)
        for field in [
            "text", "label", "unit", "fact_text", "cue", "modality", "rule", "title", "title_en", "message",
            "message_en", "evidence", "expected", "observed", "suspect", "fix", "hint", "other_suspect",
            "other_fix", "doc_id", "path", "partial_error", "error", "region", "year", "version",
        ]:  # fmt: skip
            if field not in only:
                assert _hostile(field) in everything, (lang, field)


def test_a_dataset_gets_the_html_site_too(tmp_path: Path) -> None:
    """--dataset with --format html: an index and a page per document (its figures in their synthetic
    paragraph, marked, with its findings) and one for the table itself (its schema problems)."""
    data = ROOT / "fixtures" / "datasets"
    table = tmp_path / "t.csv"
    table.write_text(
        (data / "review_next.csv").read_text(encoding="utf-8") + "cityA_2024,review.accepted,,abc,件,,,\n",
        encoding="utf-8",
    )
    out = tmp_path / "site"
    p = run(
        "check", "--dataset", str(table), "--texts", str(data / "texts"), "--format", "html", "-o", str(out)
    )
    assert p.returncode == 1, p.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    pages = sorted(x.name for x in (out / "docs").glob("*.html"))
    assert len(pages) == 3 and all(f'href="docs/{x}"' in index for x in pages)
    doc = next((out / "docs").glob("citya_2023*.html")).read_text(encoding="utf-8")
    assert "HC206" in doc and "DS102" in doc and 'class="fact"' in doc and "审结26件" in doc
    table_page = next((out / "docs").glob("t_csv*.html")).read_text(encoding="utf-8")
    assert "DS003" in table_page and 'class="cited"' in table_page  # the bad cell marked in the file's text
    # and alongside Markdown, whose rows link the pages
    md = tmp_path / "s.md"
    p = run(
        "check",
        "--dataset",
        str(table),
        "--format",
        "markdown",
        "--html-dir",
        str(tmp_path / "h"),
        "-o",
        str(md),
    )
    assert p.returncode == 1 and "(<h/docs/citya_2023" in md.read_text(encoding="utf-8")
