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


def test_tally_with_baseline_marks_as_counted_one_by_one() -> None:
    """A Tally works out what each kind of document adds once: its worst finding the baseline does
    not accept, findings, accepted ones and matched keys must be those counted document by document."""
    from hecha.baseline import Baseline
    from hecha.model import SEVERITY_RANK

    rng = random.Random(9)
    tally = Tally(Baseline(frozenset({("d", "x")})))
    worst = findings = accepted = 0
    matched: set[tuple[str, str]] = set()
    for i in range(3000):
        sev = tuple(rng.choice(["error", "warning", "info"]) for _ in range(rng.choice([0, 1, 2, 3])))
        marks = tuple(rng.random() < 0.6 for _ in sev) if rng.random() < 0.7 else ()
        keys = (("d", f"k{i % 7}"),) if marks and any(marks) else ()
        tally.add(Rendered("", "checked", sev, f"p{i}", None, None, marks, keys))
        ok = marks or (False,) * len(sev)
        worst = max([worst, *(SEVERITY_RANK[s] for s, b in zip(sev, ok, strict=True) if not b)])
        findings += len(sev)
        accepted += sum(ok)
        matched.update(keys)
        assert (tally.worst, tally.findings, tally.baselined, tally.matched) == (
            worst,
            findings,
            accepted,
            matched,
        ), i
