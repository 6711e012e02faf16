"""Every supported format and encoding reads to the text the report's offsets point into."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hecha.ingest import collect, read_document
from hecha.pipeline import Checker
from hecha.report.build import build_report

from .pdfmake import make_pdf

ROOT = Path(__file__).resolve().parents[2]
FIX = ROOT / "fixtures" / "hostile"
TEXT = "一、行政复议工作。全年受理行政复议案件35件，审结25件，其中维持8件，驳回8件，确认违法6件，和解终止3件，纠错率24%。"
TRAD = "一、行政復議工作。全年受理行政復議案件35件，審結25件，其中維持8件，駁回8件，確認違法6件，和解終止3件，糾錯率24%。"
HECHA = [sys.executable, "-m", "hecha.cli"]


def _assert_offsets(checker: Checker, path: Path) -> dict[str, object]:
    """Check one file and assert text == document[start:end] for every fact and piece of evidence."""
    doc = read_document(path)
    assert doc.error is None, doc.error
    assert doc.text is not None
    rep = build_report([checker.check_document(doc)])
    d = rep["documents"][0]
    assert d["status"] == "checked"
    assert d["facts"]
    for f in d["facts"]:
        assert doc.text[f["start"] : f["end"]] == f["text"]
    for fi in d["findings"]:
        for e in fi["evidence"]:
            assert doc.text[e["start"] : e["end"]] == e["text"]
    return d


@pytest.mark.parametrize(
    "name, data",
    [
        ("utf8.txt", TEXT.encode("utf-8")),
        ("utf8bom.txt", b"\xef\xbb\xbf" + TEXT.encode("utf-8")),
        ("utf16le.txt", TEXT.encode("utf-16")),  # Python writes a BOM (little-endian here)
        ("utf16be.md", b"\xfe\xff" + TEXT.encode("utf-16-be")),
        ("utf32.txt", TEXT.encode("utf-32")),
        ("gb18030.txt", TEXT.encode("gb18030")),
        ("gbk.md", TEXT.encode("gbk")),
        ("big5.txt", TRAD.encode("big5")),
    ],
)
def test_encodings(tmp_path: Path, checker: Checker, name: str, data: bytes) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    doc = read_document(p)
    assert doc.error is None and doc.text is not None
    assert doc.text == (TRAD if name.startswith("big5") else TEXT)
    d = _assert_offsets(checker, p)
    assert [f["value"] for f in d["facts"]][:2] == [35, 25]


def test_docx_paragraphs_and_tables(tmp_path: Path, checker: Checker) -> None:
    import docx

    p = tmp_path / "report.docx"
    document = docx.Document()
    document.add_heading("某区2023年法治政府建设年度报告", level=1)
    document.add_paragraph(TEXT)
    table = document.add_table(rows=2, cols=3)
    for i, row in enumerate([("项目", "受理", "审结"), ("行政复议", "35件", "25件")]):
        for j, v in enumerate(row):
            table.cell(i, j).text = v
    document.add_paragraph("二、行政应诉工作。全年办理行政应诉案件12件。")
    document.sections[0].footer.paragraphs[0].text = "第1页 共9页"  # not part of the text
    document.save(str(p))
    doc = read_document(p)
    assert doc.text == (
        "某区2023年法治政府建设年度报告\n" + TEXT + "\n项目\t受理\t审结\n行政复议\t35件\t25件\n"
        "二、行政应诉工作。全年办理行政应诉案件12件。"
    )
    d = _assert_offsets(checker, p)
    assert any(f["metric"] == "review.concluded" and f["value"] == 25 for f in d["facts"])  # type: ignore[index, union-attr]


def test_pdf_text_layer(tmp_path: Path, checker: Checker) -> None:
    p = tmp_path / "report.pdf"
    p.write_bytes(make_pdf([["一、行政复议工作", TEXT], ["二、行政应诉工作。全年办理行政应诉案件12件。"]]))
    doc = read_document(p)
    assert doc.text == "一、行政复议工作\n" + TEXT + "\n\n二、行政应诉工作。全年办理行政应诉案件12件。"
    _assert_offsets(checker, p)


def test_scanned_pdf_without_text_layer_is_a_clear_error(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    w.add_blank_page(width=595, height=842)
    p = tmp_path / "scan.pdf"
    with p.open("wb") as fh:
        w.write(fh)
    doc = read_document(p)
    assert doc.text is None
    assert doc.error is not None and doc.error.startswith("no text layer") and "2 page(s)" in doc.error


@pytest.mark.parametrize(
    "name, data, expect",
    [
        ("broken.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "PDF"),
        ("text.pdf", "审结25件".encode(), "PDF"),
        ("broken.docx", b"PK\x03\x04 not really a zip", ".docx"),
        ("text.docx", "审结25件".encode(), ".docx"),
    ],
)
def test_broken_docx_and_pdf_are_errors(tmp_path: Path, name: str, data: bytes, expect: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    doc = read_document(p)
    assert doc.text is None
    assert doc.error and expect in doc.error


def test_html_keeps_the_article_and_drops_the_page_around_it(checker: Checker) -> None:
    p = FIX / "gov_page.html"
    doc = read_document(p)
    assert doc.text is not None
    assert "全年受理行政复议案件35件，审结25件" in doc.text  # a line break in the source between 汉字 is gone
    assert "受理\t35件" in doc.text
    for boiler in (
        "扫一扫",
        "首页",
        "当前位置",
        "分享到",
        "打印本页",
        "版权所有",
        "ICP备",
        "浏览次数",
        "siteId",
        "color",
    ):
        assert boiler not in doc.text, boiler
    d = _assert_offsets(checker, p)
    assert any(f["rule"] == "HC201" for f in d["findings"])  # type: ignore[attr-defined, index]


def test_html_in_gbk_with_declared_charset(tmp_path: Path) -> None:
    page = (FIX / "gov_page.html").read_text(encoding="utf-8").replace("charset=utf-8", "charset=gb2312")
    p = tmp_path / "page.htm"
    p.write_bytes(page.encode("gbk"))
    assert read_document(p).text == read_document(FIX / "gov_page.html").text


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "nav_only.html"
    p.write_text('<html><body><div class="nav"><a>首页</a></div><p>扫一扫在手机打开当前页</p></body></html>')
    doc = read_document(p)
    assert doc.text is None and doc.error and "no article text" in doc.error


def test_folders_are_searched_recursively_for_every_format(tmp_path: Path) -> None:
    import docx

    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a" / "two.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a" / "b" / "three.PDF").write_bytes(make_pdf([[TEXT]]))
    (tmp_path / "a" / "b" / "four.html").write_text(f"<p>{TEXT}</p>", encoding="utf-8")
    (tmp_path / "a" / "five.htm").write_text(f"<p>{TEXT}</p>", encoding="utf-8")
    document = docx.Document()
    document.add_paragraph(TEXT)
    document.save(str(tmp_path / "a" / "b" / "six.docx"))
    (tmp_path / "a" / "notes.csv").write_text("not a report", encoding="utf-8")
    docs = collect([str(tmp_path)])
    assert sorted(d.doc_id for d in docs) == ["five", "four", "one", "six", "three", "two"]
    for d in docs:
        assert d.error is None and d.text is not None and TEXT in d.text


def test_cli_reports_offsets_into_the_extracted_text(tmp_path: Path) -> None:
    """Through the command line: the JSON offsets index the extracted HTML text."""
    p = subprocess.run(
        [*HECHA, "check", str(FIX / "gov_page.html"), "-j", "1"], capture_output=True, timeout=120
    )
    assert p.returncode == 1, p.stderr  # the page holds a real error (8+8+6+4 != 25)
    rep = json.loads(p.stdout)
    text = read_document(FIX / "gov_page.html").text
    assert text is not None
    for f in rep["documents"][0]["facts"]:
        assert text[f["start"] : f["end"]] == f["text"]
