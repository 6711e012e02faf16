"""The streamed writer's summary, counted document by document (report.jsonl.Tally), is summarize()
of the whole report."""

from __future__ import annotations

import random

from hecha.report.build import summarize
from hecha.report.jsonl import Rendered, Tally


def test_tally_counts_what_summarize_counts() -> None:
    rng = random.Random(5)
    docs = []
    tally = Tally()
    for i in range(3000):
        status = rng.choice(["checked", "checked", "checked", "error"])
        sev = tuple(rng.choice(["error", "warning", "info"]) for _ in range(rng.choice([0, 0, 1, 2, 5])))
        docs.append({"status": status, "findings": [{"severity": s} for s in sev]})
        tally.add(Rendered("", status, sev, f"p{i}", "boom" if status == "error" else None))
    assert tally.summary() == summarize(docs)
