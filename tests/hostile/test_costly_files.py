"""Small files that used to cost minutes or gigabytes (issue 15, items 6 and 10). Nothing here is
timed: a hang is bounded by a subprocess timeout, memory by RLIMIT_AS in the child.

  .docx of 400,000 or 4,000,000 empty paragraphs   streamed: read to the character limit, then
  (36 KB zipped)                                    "too long: more than …"; tens of MB
  .docx whose XML expands past the cap, or one      read up to there; the error says what was cut
  table of endless rows
  PDF declaring 100,000 pages (16 MB)               the first 2,000 pages: "too many pages: …"
  HTML with 100,000 unclosed tags and 100,000       linear (was quadratic: hours)
  stray end tags
  a run of thousands of links or cells before       the article is still read (the run-length cut
  the article                                       used to drop everything after it)
  HTML larger than 32 MiB                           its first 32 MiB are read, the error says so
"""

from __future__ import annotations

import json
import resource
import subprocess
import zipfile
from pathlib import Path

import pytest

import hecha.formats as formats
import hecha.formats.docx as docx_mod
from hecha.ingest import read_document

from .procs import HECHA

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIRST = "<w:p><w:r><w:t>全年受理行政复议案件35件，审结25件。</w:t></w:r></w:p>"
LAST = "<w:p><w:r><w:t>最后一段：维持8件。</w:t></w:r></w:p>"


def write_docx(path: Path, body: str) -> Path:
    """A .docx by hand: the parts Word needs to open it, and `body` inside <w:body>."""
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
        'document.main+xml"/></Types>'
    )
    doc = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
    return path


def _limited_memory() -> None:  # in the child: 700 MB of address space (the 4M file took 932 MB)
    resource.setrlimit(resource.RLIMIT_AS, (700 << 20, 700 << 20))


def check(*args: str, **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*HECHA, "check", "-j", "1", *args],
        capture_output=True,
        timeout=300,
        preexec_fn=_limited_memory,
        **kw,
    )


@pytest.mark.parametrize("empty", [400_000, 4_000_000])
def test_docx_of_empty_paragraphs(tmp_path: Path, empty: int) -> None:
    p = write_docx(tmp_path / "empty.docx", FIRST + "<w:p/>" * empty + LAST)
    assert p.stat().st_size < 100_000
    r = check(str(p))
    doc = json.loads(r.stdout)["documents"][0]
    assert {f["text"] for f in doc["facts"]} >= {"35件", "25件"}  # the first paragraph was checked
    if empty < formats.MAX_CHARS:
        assert r.returncode == 0 and doc["error"] is None and "8件" in {f["text"] for f in doc["facts"]}
    else:
        assert r.returncode == 3
        assert doc["error"].startswith("too long: more than 510001 characters; only the first")


def test_docx_xml_past_the_cap_is_read_up_to_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_mod, "MAX_XML_BYTES", 1 << 20)
    p = write_docx(tmp_path / "bomb.docx", FIRST + "<w:p>" + " " * (3 << 20) + "</w:p>" + LAST)
    doc = read_document(p)
    assert doc.text == "全年受理行政复议案件35件，审结25件。"
    assert doc.error == "its text is more than 1 MiB of XML; only the first 1 MiB were read"


def test_docx_endless_table_is_read_up_to_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_mod, "MAX_PENDING", 100)
    rows = "<w:tr><w:tc><w:p><w:r><w:t>1件</w:t></w:r></w:p></w:tc></w:tr>" * 1000
    p = write_docx(tmp_path / "table.docx", FIRST + f"<w:tbl>{rows}</w:tbl>" + LAST)
    doc = read_document(p)
    assert doc.text == "全年受理行政复议案件35件，审结25件。"
    assert doc.error == "a table of more than 100 rows or paragraphs; the text before it was read"


def _pdf(pages: int) -> bytes:
    """A PDF declaring `pages` pages that share one content stream (16 MB for 100,000)."""
    content = b"BT /F1 12 Tf 72 720 Td (Total 25) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /Kids [%s] >>"
        % (pages, b" ".join(b"%d 0 R" % i for i in range(5, 5 + pages))),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    objs += [page] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_pdf_of_100000_pages(tmp_path: Path) -> None:
    p = tmp_path / "pages.pdf"
    p.write_bytes(_pdf(100_000))
    r = check(str(p))
    doc = json.loads(r.stdout)["documents"][0]
    assert r.returncode == 3
    assert doc["error"] == "too many pages: the PDF has 100000 pages; only the first 2000 were read"


def test_pdf_page_tree_is_read_as_pypdf_reads_it(tmp_path: Path) -> None:
    """The same text as pypdf's own page list, inherited resources included (nested /Pages)."""
    from pypdf import PdfReader

    from hecha.formats.pdf import _iter_pages

    p = tmp_path / "few.pdf"
    p.write_bytes(_pdf(3))
    reader = PdfReader(str(p))
    assert [pg.extract_text() for pg in _iter_pages(reader)] == [pg.extract_text() for pg in reader.pages]


def test_html_with_stray_end_tags_is_linear(tmp_path: Path) -> None:
    p = tmp_path / "tags.html"
    n = 100_000  # quadratic, this was some 10^10 steps
    p.write_text(
        "<html><body>" + "<div>" * n + "</span>" * n + "<p>全年受理行政复议案件35件，审结25件。</p>",
        encoding="utf-8",
    )
    r = subprocess.run([*HECHA, "check", "-j", "1", str(p)], capture_output=True, timeout=120)
    doc = json.loads(r.stdout)["documents"][0]
    assert doc["status"] == "checked" and {f["text"] for f in doc["facts"]} == {"35件", "25件"}


@pytest.mark.parametrize(
    "before",
    [
        "<div>" + '<a href="/x">首页</a>' * 6000 + "</div>",
        "<table><tr>" + "<td>1</td>" * 12000 + "</tr></table>",
        "<div>" + "<span>·</span>" * 12000 + "</div>",
    ],
)
def test_a_long_run_of_tags_before_the_article_keeps_the_article(tmp_path: Path, before: str) -> None:
    p = tmp_path / "page.html"
    p.write_text(
        f"<html><body>{before}<p>全年受理行政复议案件35件，审结25件。</p></body></html>", encoding="utf-8"
    )
    doc = read_document(p)
    assert (
        doc.error is None
        and doc.text is not None
        and doc.text.endswith("全年受理行政复议案件35件，审结25件。")
    )


def test_html_past_the_size_cap_is_read_in_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "MAX_HTML_BYTES", 4096)
    p = tmp_path / "big.html"
    p.write_text(
        "<p>全年受理行政复议案件35件，审结25件。</p>\n" + "<p>很长的页面。</p>\n" * 1000, encoding="utf-8"
    )
    doc = read_document(p)
    assert doc.text is not None and doc.text.startswith("全年受理行政复议案件35件，审结25件。")
    assert doc.error is not None and doc.error.startswith("larger than 4096 bytes: only its first")
