"""Documents per CPU-second of `hecha check --jobs 1` for two versions, alternated (issue 13's measure):

    git archive 077291f src checks schemas | tar -x -C /tmp/before
    git archive HEAD src checks schemas | tar -x -C /tmp/after
    python benchmarks/alternate_docs.py /tmp/before/src /tmp/after/src --rounds 6

Each round runs both versions on the generated corpus (benchmarks/generate.py, as bench.py makes it) with
`--format json`, stdout discarded, their order swapped every round; CPU is user + sys of the process (os.wait4).
Bytecode is written (PYTHONDONTWRITEBYTECODE unset), as an installed package has it: each version's first run
compiles its source. Prints each round's ratio, after ÷ before in documents per CPU-second, and their median.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402


def cpu_seconds(src: str, corpus: Path) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = src
    cmd = [sys.executable, "-m", "hecha.cli", "check", str(corpus), "--format", "json", "--jobs", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{src}: hecha check exited {os.waitstatus_to_exitcode(status)}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before", help="a src/ folder (PYTHONPATH) of the version before")
    ap.add_argument("after", help="a src/ folder of the version after")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--docs", type=int, default=2000)
    a = ap.parse_args()
    corpus = HERE / "_corpus" / f"n{a.docs}_kb5"
    if not corpus.is_dir():
        generate(corpus, a.docs)
    ratios = []
    for i in range(a.rounds):
        order = [("before", a.before), ("after", a.after)]
        if i % 2:
            order.reverse()
        cpu = {name: cpu_seconds(src, corpus) for name, src in order}
        ratios.append(cpu["before"] / cpu["after"])
        print(
            f"round {i}: before {cpu['before']:.2f} s, after {cpu['after']:.2f} s CPU: {ratios[-1]:.3f}",
            flush=True,
        )
    print(f"median after/before documents per CPU-second: {statistics.median(ratios):.3f}")


if __name__ == "__main__":
    main()
