"""PDF: the text layer, page by page (pypdf). Pages are separated by a blank line. A PDF without a
text layer (a scan) is an error saying so: hecha does not guess figures from images.

A 16 MB PDF can declare 100,000 (empty) pages, and pypdf spends about half a millisecond on each: pages
are read until the character limit is reached, and at most MAX_PAGES of them (real reports have a few
hundred); a document cut short says so in its error and the pages read are still checked.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import BinaryIO

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
        n = len(reader.pages)
        chars = 0
        for page in reader.pages:
            if len(pages) == MAX_PAGES or chars > limit:
                break
            pages.append((page.extract_text() or "").strip("\n"))
            chars += len(pages[-1]) + 2
    except FormatError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as e:
        raise FormatError(f"not a readable PDF: {type(e).__name__}: {e}") from e
    except Exception as e:  # a damaged or hostile PDF: anything pypdf raises is this file's error
        raise FormatError(f"cannot read the PDF: {type(e).__name__}: {e}") from e
    if not any(p.strip() for p in pages):
        read = (
            f"the first {len(pages)} of its {n} pages have"
            if len(pages) < n
            else f"the PDF has {n} page(s) but"
        )
        raise FormatError(f"no text layer: {read} no extractable text (a scanned image?); run OCR first")
    text = "\n\n".join(pages)
    if len(pages) < n and chars <= limit:  # stopped by the page limit, not by the text's length
        return PdfText(text, f"too many pages: {n}; only the first {len(pages)} were read", more=False)
    return PdfText(text, more=len(pages) < n)
