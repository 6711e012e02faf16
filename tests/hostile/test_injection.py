"""What a document controls stays inert in every output (issue 15, items 7 and 8).

doc ids, messages that echo document text,      Markdown (a PR comment): no link, image, autolink,
symlink targets in errors                       @mention, #123 reference, raw HTML or bidi control
control characters (\\x01, \\x0b, NUL, ESC)       JUnit XML stays well-formed; SARIF parses and fits
                                                its schema; GitHub annotations carry no control
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from markdown_it import MarkdownIt

from hecha.report.github import render_github
from hecha.report.junit import render_junit
from hecha.report.markdown import render_markdown
from hecha.report.sarif import render_sarif

from .inert import assert_inert_markdown
from .procs import HECHA, ROOT

SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

HOSTILE = [
    "![](https://evil.example/pixel.png)",
    "[click](https://evil.example/)",
    "<https://evil.example/>",
    "<img src=x onerror=alert(1)>",
    "https://evil.example/bare",
    "www.evil.example",
    "mail me: someone@evil.example",
    "cc @octocat and @org/team",
    "see #123",
    "[ref]: https://evil.example",
    "`code` and ``two`` ticks",
    "a|b||c",
    "rtl \u202etxt.exe and \u2066isolate\u2069",
    "ctl \x01\x0b\x00\x1b[31m\x7f",
    "line\nbreak\r\n# heading",
]


def _report(texts: list[str]) -> dict[str, Any]:
    docs = []
    for i, t in enumerate(texts):
        finding = {
            "rule": "HC201",
            "severity": "error",
            "title": "总数与分项",
            "kind": "total",
            "message": f"审结{t}与分项不符",
            "message_en": f"total {t}",
            "facts": ["f1"],
            "evidence": [{"start": 0, "end": len(t), "text": t}],
            "expected": "7",
            "observed": "8",
            "suspects": [{"fact": "f1", "text": t, "fix": t, "score": 1.0, "hint": t}],
            "location": {"path": f"{t}.txt", "line": 1, "column": 1},
            "fingerprint": f"fp{i}",
        }
        docs.append(
            {
                "doc_id": t,
                "path": f"{t}.txt",
                "status": "checked",
                "error": None,
                "facts": [],
                "findings": [finding],
            }
        )
        docs.append(
            {
                "doc_id": f"{t}-bad",
                "path": t,
                "status": "error",
                "error": f"dangling symbolic link (target {t!r})",
                "facts": [],
                "findings": [],
            }
        )
    summary = {
        "documents": len(docs),
        "checked": len(texts),
        "failed": len(texts),
        "error": len(texts),
        "warning": 0,
        "info": 0,
    }
    return {"tool": {"name": "hecha", "version": "0"}, "documents": docs, "summary": summary}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_markdown_is_inert(lang: str) -> None:
    report = _report(HOSTILE)
    md = render_markdown(report, lang=lang)
    assert_inert_markdown(md)
    # with links to the HTML pages: the only links are hecha's own, whatever the doc id
    linked = render_markdown(report, {HOSTILE[0]: "docs/x.html", "": "index.html"}, lang=lang)
    html = MarkdownIt("commonmark").enable("table").render(linked)
    assert set(re.findall(r'<a href="([^"]*)"', html)) == {
        "docs/x.html",
        "docs/x.html#finding-0",
        "index.html",
    }
    # each document is still one row of the table: no cell was broken out of
    rows = [
        line for line in md.splitlines() if line.startswith("| ") and ("已核查" in line or "checked" in line)
    ]
    assert len(rows) == len(HOSTILE)
    assert all(len(re.findall(r"(?<!\\)\|", r)) == 8 for r in rows)  # seven columns


def test_markdown_from_the_command_line_with_hostile_names(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.symlink("https://evil.example/x @octocat", folder / "linked.txt")  # its target lands in the error
    (folder / "cc @octocat see www.evil.example #1.txt").write_text(
        "审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。", encoding="utf-8"
    )
    p = subprocess.run(
        [*HECHA, "check", str(folder), "-j", "1", "-f", "markdown"], capture_output=True, timeout=120
    )
    assert p.returncode == 3, p.stderr
    md = p.stdout.decode("utf-8")
    assert "evil" in md and "octocat" in md
    assert_inert_markdown(md)


def test_junit_is_well_formed_whatever_the_names() -> None:
    xml = render_junit(_report(HOSTILE))
    root = ET.fromstring(xml.encode("utf-8"))
    assert len(root.findall("testsuite")) == 2 * len(HOSTILE)
    from junitparser import JUnitXml

    suites = JUnitXml.fromstring(xml.encode("utf-8"))
    assert sum(1 for _ in suites) == 2 * len(HOSTILE)
    assert "\\x01\\x0b\\x00\\x1b[31m" in xml  # spelled out, not dropped


def test_sarif_parses_and_fits_its_schema_whatever_the_names() -> None:
    text = render_sarif(_report([*HOSTILE, "lone \ud800 surrogate"]))
    text.encode("utf-8")  # encodable
    sarif = json.loads(text)
    jsonschema.validate(sarif, SCHEMA)
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]
    ]
    assert all(re.fullmatch(r"[A-Za-z0-9/:._~%-]+", u) for u in uris), uris


def test_github_annotations_carry_no_control_characters() -> None:
    out = render_github(_report(HOSTILE))
    lines = out.splitlines()
    assert len(lines) == 2 * len(HOSTILE)  # one per finding, one per unreadable document: no line breaks
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]", out)
