"""The per-document wide table: a row per document, a column per metric key.

`wide_table(results)` works on any checked documents — dataset documents or text reports — taking
for each document and metric the first actual (not target) fact in document order. A document that
states a metric twice with different figures keeps the first here; the dataset checks (DS201)
report the conflict.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..model import DocResult


def wide_records(results: Iterable[DocResult]) -> tuple[list[str], dict[str, dict[str, float]]]:
    """Plain-Python form: (sorted metric keys, doc_id → metric → value)."""
    table: dict[str, dict[str, float]] = {}
    keys: set[str] = set()
    for res in results:
        if res.doc.text is None:
            continue
        row: dict[str, float] = {}
        for f in sorted(res.facts, key=lambda f: f.start):
            if f.metric and f.modality == "actual" and f.metric not in row and f.mention.quantity is not None:
                row[f.metric] = f.q.value
        if not row:
            continue
        table.setdefault(res.doc.doc_id, {}).update(
            {k: v for k, v in row.items() if k not in table.get(res.doc.doc_id, {})}
        )
        keys.update(row)
    return sorted(keys), table


def wide_table(results: Iterable[DocResult]) -> Any:
    """A pandas DataFrame: column `doc_id`, then one float column per metric key (NaN where the
    document does not state it); rows sorted by doc_id."""
    import pandas as pd

    keys, table = wide_records(results)
    rows = [{"doc_id": d, **{k: table[d].get(k, float("nan")) for k in keys}} for d in sorted(table)]
    frame = pd.DataFrame(rows, columns=["doc_id", *keys])
    for k in keys:
        frame[k] = frame[k].astype("float64")
    return frame.reset_index(drop=True)
