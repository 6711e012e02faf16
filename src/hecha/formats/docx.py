"""Word .docx: the body's paragraphs and tables in document order (headers, footers, comments and
text boxes are not part of the report's text). A table row becomes one line, its cells separated by
tabs, so a row such as `行政复议 | 35 | 25` keeps its figures together.

The main document part is parsed as a stream (lxml's pull parser, with python-docx's element classes,
so a paragraph's and a row's text are exactly what python-docx gives) and each paragraph or table is
dropped once read: memory does not grow with the document, and reading stops at the character limit.
A small file can hold a lot: 85 KB of zipped XML is 400,000 empty paragraphs, and a zip can expand a
thousandfold. So besides the character limit, at most MAX_XML_BYTES of XML are decompressed and at most
MAX_PENDING paragraphs or rows are held at once (one table of a million rows is not a report).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from typing import IO, Any, BinaryIO

from . import FormatError

MAX_XML_BYTES = 256 << 20  # decompressed XML of the main part read at most
MAX_PENDING = 200_000  # paragraphs and rows of one body-level element (a table) held at most
_CHUNK = 1 << 16
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OFFICE_DOCUMENT = re.compile(
    rb"""Type="[^"]*/officeDocument"[^>]*?Target="([^"]+)"|Target="([^"]+)"[^>]*?Type="[^"]*/officeDocument\""""
)


def _main_part(zf: zipfile.ZipFile) -> str:
    """The name of the main document part, as the package relationships say (word/document.xml)."""
    try:
        with zf.open("_rels/.rels") as fh:
            rels = fh.read(1 << 20)
    except KeyError:
        rels = b""
    m = _OFFICE_DOCUMENT.search(rels)
    if m is None:
        return "word/document.xml"
    target = (m.group(1) or m.group(2)).decode("utf-8", "replace")
    return posixpath.normpath(target.lstrip("/"))


@dataclass
class DocxText:
    text: str  # up to about `limit` characters
    error: str | None = None  # why reading stopped before the end, other than the text's length
    more: bool = False  # the text goes on past what was read


def read_docx(fh: BinaryIO, limit: int) -> DocxText:
    try:
        zf = zipfile.ZipFile(fh)
        name = _main_part(zf)
        part = zf.open(name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, NotImplementedError) as e:
        raise FormatError(f"not a valid .docx file: {type(e).__name__}: {e}") from e
    try:
        with part:
            return _stream_body(part, limit)
    except FormatError:
        raise
    except Exception as e:  # lxml errors on corrupt XML, zlib errors, a bad CRC and the like
        raise FormatError(f"cannot read the .docx file: {type(e).__name__}: {e}") from e


def _stream_body(part: IO[bytes], limit: int) -> DocxText:
    from docx.oxml.parser import element_class_lookup
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml import etree

    parser = etree.XMLPullParser(
        events=("end",),
        tag=(f"{_W}p", f"{_W}tbl", f"{_W}tr"),
        remove_blank_text=True,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
    )
    parser.set_element_class_lookup(element_class_lookup)
    lines: list[str] = []
    chars = fed = pending = 0
    while chunk := part.read(_CHUNK):
        fed += len(chunk)
        if fed > MAX_XML_BYTES:
            cut = f"its text is more than {MAX_XML_BYTES >> 20} MiB of XML; only the first {MAX_XML_BYTES >> 20} MiB were read"
            return DocxText("\n".join(lines), cut)
        parser.feed(chunk)
        for _, el in parser.read_events():
            pending += 1
            parent = el.getparent()
            if parent is None or parent.tag != f"{_W}body":
                if pending > MAX_PENDING:  # inside one table (or a paragraph) that never ends
                    cut = (
                        f"a table of more than {MAX_PENDING} rows or paragraphs; the text before it was read"
                    )
                    return DocxText("\n".join(lines), cut)
                continue
            pending = 0
            if el.tag == f"{_W}p":
                new = [Paragraph(el, None).text if len(el) else ""]  # type: ignore[arg-type]
            elif el.tag == f"{_W}tbl":
                new = _table_lines(Table(el, None))  # type: ignore[arg-type]
            else:
                new = []
            lines.extend(new)
            chars += sum(len(s) + 1 for s in new)
            _drop(el)
            if chars > limit:
                return DocxText("\n".join(lines), more=True)
    parser.close()
    return DocxText("\n".join(lines))


def _drop(el: Any) -> None:
    """Free a body-level element once read, and anything before it (the iterparse idiom)."""
    el.clear()
    parent = el.getparent()
    while el.getprevious() is not None:
        del parent[0]


def _table_lines(table: object) -> list[str]:
    from docx.table import Table

    assert isinstance(table, Table)
    out: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text for p in cell.paragraphs).strip())
        out.append("\t".join(cells))
    return out
