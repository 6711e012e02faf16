"""PDF: the text layer, page by page (pypdf). Pages are separated by a blank line. A PDF without a
text layer (a scan) is an error saying so: hecha does not guess figures from images."""

from __future__ import annotations

import logging
from pathlib import Path

from . import FormatError


def read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every small oddity
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FormatError("encrypted PDF (a password is needed to read its text)")
        pages = [(page.extract_text() or "").strip("\n") for page in reader.pages]
    except FormatError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as e:
        raise FormatError(f"not a readable PDF: {type(e).__name__}: {e}") from e
    except Exception as e:  # a damaged or hostile PDF: anything pypdf raises is this file's error
        raise FormatError(f"cannot read the PDF: {type(e).__name__}: {e}") from e
    if not any(p.strip() for p in pages):
        raise FormatError(
            f"no text layer: the PDF has {len(pages)} page(s) but no extractable text "
            "(a scanned image?); run OCR first"
        )
    return "\n\n".join(pages)
