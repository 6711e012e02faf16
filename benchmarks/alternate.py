"""Alternate two versions of hecha and GX on one table, through bench.py's own measure() (wall, CPU
of the process tree, summed PSS sampled every 0.5 s), as the dataset rounds of issue 17 measure:

    git archive main src checks schemas | tar -x -C /tmp/before
    python benchmarks/alternate.py benchmarks/_corpus/rows1000000 --before /tmp/before/src --rounds 5

TABLE is the prefix of bench.py's `TABLE_long.parquet` (hecha check --dataset … --format json, stdout
discarded, default --jobs) and `TABLE_wide.parquet` (benchmarks/gx_baseline.py). Each round runs
before, GX and after (their order swapped every round) and notes the load average; the medians are
printed at the end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

from bench import measure

HERE = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("table")
    ap.add_argument("--before", required=True, help="a src/ folder (PYTHONPATH) of the version before")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    long_, wide = f"{args.table}_long.parquet", f"{args.table}_wide.parquet"
    base = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    envs = {"before": {**base, "PYTHONPATH": args.before}, "after": base}
    cmd = [sys.executable, "-m", "hecha.cli", "check", "--dataset", long_, "--format", "json"]
    gx = [sys.executable, str(HERE / "gx_baseline.py"), wide]
    res: dict[str, list[tuple[float, float, float]]] = {"before": [], "after": [], "gx": []}
    for r in range(args.rounds):
        load = os.getloadavg()[0]
        first, last = ("before", "after") if r % 2 == 0 else ("after", "before")
        for name in (first, "gx", last):
            run = measure(name, gx if name == "gx" else cmd, 0, 0, base if name == "gx" else envs[name])
            res[name].append((run.wall, run.cpu, run.peak_mb))
            print(
                f"round {r} {name:6s} wall {run.wall:6.2f} s  cpu {run.cpu:6.2f} s  peak {run.peak_mb:6.1f} MB"
                f"  exit {run.exit}  load {load:.2f}",
                flush=True,
            )
    for name, rs in res.items():
        walls, cpus, peaks = ([x[i] for x in rs] for i in range(3))
        print(
            f"{name:6s} median wall {statistics.median(walls):.2f} s cpu {statistics.median(cpus):.2f} s"
            f" peak {statistics.median(peaks):.1f} MB (walls {min(walls):.2f}-{max(walls):.2f},"
            f" peaks {min(peaks):.0f}-{max(peaks):.0f})"
        )


if __name__ == "__main__":
    main()
