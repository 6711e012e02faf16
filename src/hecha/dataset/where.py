"""How a message names a row of a dataset: by the line it starts on in the file, as editors, `grep -n`
and CI annotations count (the header is line 1), so the 第N行 of a message is the line=N of its SARIF,
GitHub and JUnit location. A Parquet table has no lines: its rows are named by their 1-based row."""

from __future__ import annotations


def row_name(row: int | None, line: int | None) -> str:
    if line is not None:
        return f"第{line}行"
    return f"第{row}行" if row is not None else ""
