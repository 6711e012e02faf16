"""Where `hecha check --dataset TABLE --format json` spends its CPU, stage by stage, in one process
(time.process_time()): imports, loading the rules, planning (reading and validating the chunks, the
rows sorted, the checks across documents, the screen), then each document checked and rendered (in
UTF-8 bytes, as the JSON report goes to a file or stdout: render.render_encoded) —
the flagged ones (the full engine: check_job, then the JSON) apart from those the screen passed
(JSON from templates), each with its DocJob made from the table, with the heap frozen as
`hecha check` has it then (a collection walking the plan's objects used to inflate both).

    python benchmarks/dataset_stages.py benchmarks/_corpus/n10000_kb5_long.parquet
"""

from __future__ import annotations

import sys
import time

T0 = time.process_time()

from functools import partial  # noqa: E402

import pandas  # noqa: E402, F401  (imported by `hecha check --dataset` before anything is read)

from hecha.dataset.schema import _pandera  # noqa: E402

_pandera()  # as `hecha check --dataset` imports pandera (pyspark read as not installed)
T_IMPORT = time.process_time()

from hecha.dataset import run as dataset_run  # noqa: E402
from hecha.dataset.jobs import PassedJob  # noqa: E402
from hecha.dataset.render import render_job  # noqa: E402
from hecha.gate import _rendered  # noqa: E402
from hecha.gcpolicy import heap_frozen  # noqa: E402
from hecha.pipeline import Checker  # noqa: E402

try:  # as `hecha check --format json` writes them to a file or stdout: in UTF-8 bytes
    from hecha.dataset.render import render_encoded as render_doc
except ImportError:  # (a version from before them)
    render_doc = render_job


def main() -> None:
    path = sys.argv[1]
    t0 = time.process_time()
    checker = Checker.load()
    t1 = time.process_time()
    plan = dataset_run.plan_dataset(path, checker)
    t2 = time.process_time()
    finish = partial(_rendered, verbose=False, baseline=None)
    flagged = passed = 0.0
    n_flagged = 0
    size = 0
    jobs = plan.jobs
    with heap_frozen():  # as gate._documents checks them: collections never walk the plan
        for i in range(len(jobs)):
            a = time.process_time()
            job = jobs[i]  # (made from the compact rows when asked for: part of each document's cost)
            r = render_doc(checker, job, finish, False, None)
            d = time.process_time() - a
            size += len(r.text)
            if not isinstance(job, PassedJob) and job.choices is None:
                flagged += d
                n_flagged += 1
            else:
                passed += d
    n = len(plan.jobs)
    print(
        f"{path}: {n} documents, {n_flagged} flagged, {size / 1e6:.0f} MB of JSON (bytes; characters before render_encoded)"
    )
    print(f"imports (pandas, pandera)  {T_IMPORT - T0:7.2f} s  (and hecha.dataset.schema's own)")
    print(f"imports (hecha)            {t0 - T_IMPORT:7.2f} s")
    print(f"rules loaded               {t1 - t0:7.2f} s")
    print(f"plan                       {t2 - t1:7.2f} s")
    print(f"flagged documents          {flagged:7.2f} s  ({flagged / max(1, n_flagged) * 1e3:.3f} ms each)")
    print(f"passed documents           {passed:7.2f} s  ({passed / max(1, n - n_flagged) * 1e3:.3f} ms each)")


if __name__ == "__main__":
    main()
