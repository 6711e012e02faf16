"""A flagged document's synthetic text, facts, `rows` and document JSON in UTF-8, timed apart in one
process (issue 17, twelfth round): one by one (as before DocJobs.flagged_pieces: the text joined,
render._assemble without pieces, the document encoded) against its batch's pieces made at once, the
two alternated ROUNDS times over the same findings (those of a first pass over every flagged
document), after checking that both write the same bytes.

    python benchmarks/flagged_assemble.py benchmarks/_corpus/rows1000000_long.parquet 8 [prof]
"""

from __future__ import annotations

import sys
import time
from functools import partial
from typing import Any

from hecha.dataset import render
from hecha.dataset import run as dataset_run
from hecha.gate import _rendered
from hecha.gcpolicy import heap_frozen
from hecha.pipeline import Checker


def main() -> None:
    path, rounds = sys.argv[1], int(sys.argv[2])
    checker = Checker.load()
    plan = dataset_run.plan_dataset(path, checker)
    finish = partial(_rendered, verbose=False, baseline=None)
    jobs = plan.jobs
    calls: list[tuple[Any, ...]] = []
    assemble = render._assemble

    def spy(*a: Any) -> Any:
        calls.append(a)
        return assemble(*a)

    import numpy as np

    render._assemble = spy  # type: ignore[assignment]
    for i in np.flatnonzero(jobs.verdicts.flagged).tolist():
        render.render_encoded(checker, jobs[i], finish, False, None)
    render._assemble = assemble  # type: ignore[assignment]
    print(len(calls), "documents assembled")
    onto = checker.onto

    def one_by_one() -> None:
        for ch, job, _, meta, res, bound, bl, tpl, _ in calls:
            fig = job.figures
            pieces = [
                tpl.texts.get((k, c)) or tpl.piece(k, c, m, onto)
                for k, c, m in zip(fig.metrics, fig.codes, fig.mentions, strict=True)
            ]
            text = "；".join(pieces) + "。"
            assemble(ch, job, text, meta, res, bound, bl, tpl, None).text.encode()

    def blocked() -> None:
        jobs.pieces_ahead = None
        for ch, job, _, meta, res, bound, bl, tpl, _ in calls:
            made = jobs.flagged_pieces(job.index, True)
            assemble(ch, job, made[0].text(made[1], made[2]), meta, res, bound, bl, tpl, made)

    for ch, job, text, meta, res, bound, bl, tpl, _ in calls:  # the same bytes
        want = assemble(ch, job, text, meta, res, bound, bl, tpl, None).text.encode()
        assert (
            assemble(ch, job, text, meta, res, bound, bl, tpl, jobs.flagged_pieces(job.index, True)).text
            == want
        )
    times: dict[str, list[float]] = {"one by one": [], "blocked": []}
    ways = [("one by one", one_by_one), ("blocked", blocked)]
    with heap_frozen():
        for r in range(rounds):
            for name, fn in ways if r % 2 == 0 else ways[::-1]:
                t = time.process_time()
                fn()
                times[name].append(time.process_time() - t)
    for name, v in times.items():
        v.sort()
        print(f"{name}: min {v[0]:.3f} median {v[len(v) // 2]:.3f} s", [round(x, 3) for x in v])
    if len(sys.argv) > 3:
        import cProfile
        import pstats

        pr = cProfile.Profile()
        pr.enable()
        blocked()
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(22)


if __name__ == "__main__":
    main()
