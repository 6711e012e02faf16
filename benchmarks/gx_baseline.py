"""Baseline: Great Expectations validating hecha's rule packs on the per-document wide table.

Reuses the dataset mode's pieces: `hecha.dataset.wide.wide_table()` (a row per document, a column per
metric, built by bench.py from hecha's own extraction, so GX gets the figures for free) and
`hecha.dataset.gx.plan_suite()` / `validate_wide()` (the rules GX can express — orders, totals,
bounds — as a GX suite, run through a Checkpoint in an ephemeral context). Rules GX cannot express
(ratios with several definitions, optional terms, the text structures 其中 / 占…的 / 整合为) are left
out, so GX does less work than hecha here.

    python benchmarks/gx_baseline.py WIDE.parquet [TIMINGS.json]

Prints (and writes) the time to import GX, to plan the suite and to validate, and what failed.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

t0 = time.perf_counter()
from hecha.dataset.gx import _import_gx, plan_suite, validate_wide  # noqa: E402

_import_gx()
import pandas as pd  # noqa: E402

from hecha.pipeline import Checker  # noqa: E402

t_import = time.perf_counter() - t0


def main() -> None:
    wide = Path(sys.argv[1])
    t1 = time.perf_counter()
    frame = pd.read_parquet(wide)
    checker = Checker.load()
    plan = plan_suite(checker.active_rules(), frame, checker.onto)
    t_prep = time.perf_counter() - t1
    t2 = time.perf_counter()
    outcome = validate_wide(frame, plan, None)
    t_validate = time.perf_counter() - t2
    out = {
        "rows": len(frame),
        "expectations": len(plan.expectations),
        "not_expressed": len(plan.not_expressed),
        "failed_expectations": sum(1 for r in outcome.results if not r["success"]),
        "failing_documents": len({d for r in outcome.results for d in r["failing"]}),
        "t_import": t_import,
        "t_prep": t_prep,
        "t_validate": t_validate,
    }
    print(json.dumps(out))
    if len(sys.argv) > 2:
        Path(sys.argv[2]).write_text(json.dumps(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
