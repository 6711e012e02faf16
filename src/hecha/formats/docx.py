"""Word .docx: the body's paragraphs and tables in document order (headers, footers, comments and
text boxes are not part of the report's text). A table row becomes one line, its cells separated by
tabs, so a row such as `行政复议 | 35 | 25` keeps its figures together."""

from __future__ import annotations

import zipfile
from pathlib import Path

from . import FormatError


def read_docx(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise FormatError(f"not a valid .docx file: {type(e).__name__}: {e}") from e
    except Exception as e:  # lxml errors on corrupt parts and the like
        raise FormatError(f"cannot read the .docx file: {type(e).__name__}: {e}") from e
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    return "\n".join(lines)


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
