"""Dataset mode: check tables of figures extracted from reports (CSV, JSON lines, Parquet).

load → validate (pandera, lazily: every problem at once, with its row) → facts (one synthetic
paragraph per document) → the same rule packs → provenance against the source texts → checks across
the whole table. pandas, pandera and pyarrow are imported only here, so `hecha check` on text files
stays fast.
"""

from __future__ import annotations

from .run import DatasetRun, run_dataset

__all__ = ["DatasetRun", "run_dataset"]
