"""PDF: the text layer, page by page (pypdf). Pages are separated by a blank line. A PDF without a
text layer (a scan) is an error saying so: hecha does not guess figures from images.

A 16 MB PDF can declare 100,000 (empty) pages, and pypdf spends about half a millisecond on each: pages
are read until the character limit is reached, and at most MAX_PAGES of them (real reports have a few
hundred); a document cut short says so in its error and the pages read are still checked.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from . import FormatError

MAX_PAGES = 2_000


@dataclass
class PdfText:
    text: str
    error: str | None = None
    more: bool = False  # the text goes on past what was read


def read_pdf(fh: BinaryIO, limit: int) -> PdfText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every small oddity
    pages: list[str] = []
    try:
        reader = PdfReader(fh)
        if reader.is_encrypted and not reader.decrypt(""):
            raise FormatError("encrypted PDF (a password is needed to read its text)")
        chars = 0
        stopped = False
        for page in _iter_pages(reader):
            if len(pages) == MAX_PAGES or chars > limit:
                stopped = True
                break
            pages.append((page.extract_text() or "").strip("\n"))
            chars += len(pages[-1]) + 2
        declared = _declared_pages(reader)
    except FormatError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as e:
        raise FormatError(f"not a readable PDF: {type(e).__name__}: {e}") from e
    except Exception as e:  # a damaged or hostile PDF: anything pypdf raises is this file's error
        raise FormatError(f"cannot read the PDF: {type(e).__name__}: {e}") from e
    n = len(pages) if not stopped else max(declared or 0, len(pages) + 1)
    if not any(p.strip() for p in pages):
        read = f"the first {len(pages)} of its {n} pages have" if stopped else f"the PDF has {n} page(s) but"
        raise FormatError(f"no text layer: {read} no extractable text (a scanned image?); run OCR first")
    text = "\n\n".join(pages)
    if stopped and chars <= limit:  # stopped by the page limit, not by the text's length
        of = f"{declared} pages" if declared and declared > len(pages) else "more pages"
        return PdfText(text, f"too many pages: the PDF has {of}; only the first {len(pages)} were read")
    return PdfText(text, more=stopped)


_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")  # page attributes a parent may hold


def _iter_pages(reader: Any) -> Iterator[Any]:
    """The pages in order, read one by one as the page tree is walked. (`reader.pages` first reads
    every page object of the file: 24 s for a 16 MB PDF declaring 100,000 pages.) Attributes a page
    inherits from its parents are copied in, as pypdf does; a tree that loops is walked once."""
    from pypdf import PageObject
    from pypdf.generic import IndirectObject, NameObject

    root = reader.trailer["/Root"].get_object()["/Pages"]
    stack: list[tuple[Any, dict[str, Any]]] = [(root, {})]
    seen: set[Any] = set()
    while stack:
        ref, inherited = stack.pop()
        node = ref.get_object()
        key = (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else id(node)
        if key in seen:
            continue
        seen.add(key)
        if "/Kids" in node:
            inherit = dict(inherited)
            inherit.update({k: node[k] for k in _INHERITED if k in node})
            stack.extend((kid, inherit) for kid in reversed(node["/Kids"].get_object()))
            continue
        page = PageObject(reader, ref if isinstance(ref, IndirectObject) else None)
        page.update(node)
        for k, v in inherited.items():
            if k not in page:
                page[NameObject(k)] = v
        yield page


def _declared_pages(reader: Any) -> int | None:
    try:
        n = reader.trailer["/Root"].get_object()["/Pages"].get_object().get("/Count")
        return int(n) if n is not None else None
    except Exception:  # only for the message
        return None
