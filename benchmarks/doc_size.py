"""How checking time grows with the length of one report: a seed report repeated 1, 4, 16, 64 times
(to ~250,000 characters, half the input cap), checked in this process. The time per character should
stay flat; a step that compares every figure with every other shows as a rising column.

    python benchmarks/doc_size.py                  # every seed, repeats 1,4,16,64
    python benchmarks/doc_size.py --repeats 1,8,64

Each size is checked three times and the fastest is kept (CPU time, time.process_time()); the last
column is the time per character relative to the 4× size (1× includes per-document fixed costs).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from hecha.model import Document
from hecha.pipeline import Checker

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def cpu_seconds(checker: Checker, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        checker.check_document(Document("size", "size", text))
        best = min(best, time.process_time() - t0)
    return best


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", default="1,4,16,64")
    a = ap.parse_args(argv)
    repeats = [int(x) for x in a.repeats.split(",") if x]
    checker = Checker.load()
    print(f"{'seed':<28} {'x':>4} {'chars':>8} {'ms':>8} {'us/char':>8} {'vs 4x':>6}")
    for seed in sorted(SEEDS.glob("*.txt")):
        base = seed.read_text(encoding="utf-8")
        per_char: dict[int, float] = {}
        for k in repeats:
            text = base * k
            s = cpu_seconds(checker, text)
            per_char[k] = s / len(text) * 1e6
            ref = per_char.get(4)
            rel = f"{per_char[k] / ref:6.2f}" if ref else ""
            print(
                f"{seed.name:<28} {k:>4} {len(text):>8} {s * 1e3:>8.1f} {per_char[k]:>8.2f} {rel:>6}",
                flush=True,
            )


if __name__ == "__main__":
    main()
