"""Dataset mode: check tables of figures extracted from reports (CSV, JSON lines, Parquet).

load (in chunks of rows) → schema (pandera, lazily, chunk by chunk: every problem, with its row) →
rows (the valid rows, a few integers each) → table (checks across documents) → screen (which
documents the rule packs would report on: the rest pass in a few vector operations) → facts (one
synthetic paragraph per document) → the rule engine for the flagged ones → provenance against the
source texts → render (the JSON of a document, from templates). Modules: load, schema, rows, table,
screen, jobs, facts, provenance, findings, run, render; wide and gx for Great Expectations. pandas,
pandera and pyarrow are imported only here, so `hecha check` on text files stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .run import DatasetRun, run_dataset

__all__ = ["DatasetRun", "run_dataset"]


def __getattr__(name: str) -> Any:
    # imported on first use: the rule ids of dataset.findings are read by every `hecha check`, and
    # the package's run module (its loaders, schema and screen) costs ~30 ms of start-up
    if name in __all__:
        from . import run

        return getattr(run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
