"""The HTML report in a real browser (Playwright driving Debian's chromium, installed with apt-get
when missing): the index sorts and filters, a click on a finding highlights its evidence and brings it
into view, and a document full of markup shows it as text and runs nothing."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hecha.report.html_browser import CHROMIUM, build_site, launch

from .conftest import SEEDS

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="pip install -e '.[dev]' installs playwright"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and (os.geteuid() != 0 or not shutil.which("apt-get")):
        pytest.skip(f"{CHROMIUM} is missing and apt-get cannot install it here (not root)")
    with playwright_api.sync_playwright() as pw:
        b = launch(pw)  # installs chromium with apt-get when missing
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1200, "height": 800})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("request", lambda r: errors.append(f"request: {r.url}") if not r.url.startswith("file:") else None)
    pg.errors = errors
    yield pg
    ctx.close()


def _in_view(page: Any, selector: str) -> list[bool]:
    return page.eval_on_selector_all(
        selector,
        """els => els.map(e => { const r = e.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0; })""",
    )


def test_index_and_finding_click_highlight_evidence(page: Any, tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert build_site(SEEDS, site) == 1
    page.goto((site / "index.html").as_uri())
    rows = page.locator("#docs tbody tr")
    assert rows.count() == 5
    # sort by the number of figures (ascending, then descending)
    page.click("#docs th:nth-child(5)")
    facts = [int(x) for x in page.locator("#docs tbody tr td:nth-child(5)").all_inner_texts()]
    assert facts == sorted(facts)
    page.click("#docs th:nth-child(5)")
    facts = [int(x) for x in page.locator("#docs tbody tr td:nth-child(5)").all_inner_texts()]
    assert facts == sorted(facts, reverse=True)
    # filter by region, then by state
    page.fill("#filter", "芦淞")
    assert page.locator("#docs tbody tr:visible").count() == 1
    page.fill("#filter", "")
    page.select_option("#state", "error")
    visible = page.locator("#docs tbody tr:visible")
    assert visible.count() == 1 and "002_60197d52abb683d6" in visible.inner_text()
    assert page.locator("svg[data-metric='review.correction_rate'] circle").count() == 1
    # a click on a rule's bar lists the documents with that rule
    page.select_option("#state", "")
    page.click(".rule-bar[data-rule='HC004']")
    assert page.input_value("#filter") == "HC004"
    assert page.locator("#docs tbody tr:visible").all_inner_texts()[0].startswith("001_09ab2a23c5e0d572")
    assert page.locator("#docs tbody tr:visible").count() == 1
    page.fill("#filter", "HC201")
    page.select_option("#state", "error")

    visible.locator("a").click()
    page.wait_for_url(re.compile(r".*/docs/002_60197d52abb683d6\.html$"))
    assert "株洲市芦淞区" in page.inner_text("header.top")
    card = page.locator(".finding", has_text="HC201")
    assert "最可能有误" in card.inner_text() and "维持 8件" in card.inner_text()
    assert page.locator("#text .hl-ev").count() == 0
    card.click()
    evidence = page.locator("#text .hl-ev")
    assert [t for t in evidence.all_inner_texts()] == ["25件", "8件", "8件", "6件", "4件"]
    assert all(_in_view(page, "#text .hl-ev")), "the evidence is scrolled into view"
    top = page.locator("#text .hl-top")
    assert top.count() >= 1 and "8件" in top.all_inner_texts()
    assert page.locator("#text .hl-sus").count() == 5  # every suspect, the top ones styled apart
    assert card.get_attribute("aria-pressed") == "true"
    # hovering a figure shows its metric, value and interval
    page.hover("#text .hl-ev >> nth=0")
    tip = page.locator("#tip")
    assert tip.is_visible() and "行政复议·审结" in tip.inner_text() and "[25, 25]" in tip.inner_text()
    # a second click clears the highlight
    card.click()
    assert page.locator("#text .hl-ev").count() == 0
    assert page.errors == []


def test_markup_in_a_document_is_shown_as_text_and_runs_nothing(page: Any, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    doc_id = "evil\"' onmouseover='window.__pwned=1' <script>window.__pwned=2<\\script>"
    text = (
        "行政复议受理35件，审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。"
        "<script>window.__pwned=3;alert(3)</script>"
        '"><img src=x onerror="window.__pwned=4"> \' onmouseover=\'window.__pwned=5\' x="'
    )
    (src / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    build_site(src, site)
    page.goto((site / "index.html").as_uri())
    link = page.locator("#docs tbody a")
    assert link.inner_text() == doc_id
    link.hover()
    link.click()
    page.wait_for_selector("#text")
    assert page.inner_text("h1") == doc_id
    shown = page.inner_text("#text")
    assert "<script>window.__pwned=3;alert(3)</script>" in shown
    assert "<img src=x onerror=" in shown
    assert page.locator("#text script, #text img, h1 script").count() == 0
    for el in page.locator("#text span").all():
        el.hover()
    page.locator(".finding").first.click()
    assert page.locator("#text .hl-ev").count() == 5
    assert page.evaluate("window.__pwned") is None
    assert page.errors == []


def test_markdown_link_to_a_finding_opens_it_highlighted(page: Any, tmp_path: Path) -> None:
    import subprocess
    import sys

    site, md = tmp_path / "site", tmp_path / "comment.md"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "hecha.cli",
            "check",
            str(SEEDS),
            "-f",
            "markdown",
            "--html-dir",
            str(site),
            "-o",
            str(md),
        ],
        capture_output=True,
        timeout=120,
    )
    link = re.search(r"\]\(<([^>]*002_60197d52abb683d6\.html#finding-\d+)>\)", md.read_text(encoding="utf-8"))
    assert link is not None
    page.goto((tmp_path / link.group(1).split("#")[0]).resolve().as_uri() + "#" + link.group(1).split("#")[1])
    assert page.locator("#text .hl-ev").count() == 5
    assert all(_in_view(page, "#text .hl-ev"))
    assert page.locator(".finding.active .rule").inner_text() == "HC201"
    assert page.errors == []
