"""Instructions per document, this checkout against an earlier revision: a cost that load cannot move.

    python benchmarks/instructions.py                       # against 077291f, 100 generated reports
    python benchmarks/instructions.py --base HEAD~3 --docs 200

On a shared machine CPU time per document moved by 30% from run to run while other work ran; the
number of instructions the interpreter executes does not (two runs of one version agree to 0.05%).
Each version runs under valgrind's cachegrind (no cache simulation, PYTHONHASHSEED=0) twice: once
loading the checker only and once also checking the first N reports of the benchmark corpus
(benchmarks/generate.py); the difference divided by N is the cost of a document, start-up excluded.
Both runs first check one more report, to warm up: what the checker builds once, on its first document
(word lists, patterns compiled on first use), is start-up too, and counted per document it weighed ~0.4 ms
on 100 documents (7% of a report) where bench.py's 2,000 spread it to 0.02 ms. `--cold` skips the warm-up
(the figures in benchmarks/README before 2026-12-03 11:20 UTC were taken so).
The earlier revision's src/, checks/ and schemas/ are taken with `git archive` into a temporary folder. Instructions are a
proxy for CPU time, not the same thing (memory stalls and branch misses are not counted); issue 13
states its target in documents per CPU-second, which benchmarks/bench.py measures. Needs valgrind.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from generate import generate  # noqa: E402

CORPUS = HERE / "_corpus" / "n2000_kb5"
CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from hecha.model import Document
from hecha.pipeline import Checker
ck = Checker.load()
if sys.argv[3] != "-":  # the warm-up report
    ck.check_document(Document("w", sys.argv[3], open(sys.argv[3], encoding="utf-8").read()))
for i, path in enumerate(sys.argv[4:4 + int(sys.argv[2])]):
    ck.check_document(Document(str(i), path, open(path, encoding="utf-8").read()))
"""
_REFS_RE = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(src: Path, paths: list[str], n: int, work: Path, warm: str = "-") -> int:
    out = work / f"cg.{os.getpid()}.{n}.out"
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}"]
    proc = subprocess.run(
        [*cmd, sys.executable, "-c", CHILD, str(src), str(n), warm, *paths],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
    )
    found = _REFS_RE.search(proc.stderr)
    if proc.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def per_doc(src: Path, paths: list[str], work: Path, warm: str) -> float:
    n = len(paths)
    return (instructions(src, paths, n, work, warm) - instructions(src, paths, 0, work, warm)) / n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="077291f", help="git revision to compare with (default: 077291f)")
    ap.add_argument("--docs", type=int, default=100, help="reports of the benchmark corpus to check")
    ap.add_argument(
        "--cold", action="store_true", help="no warm-up report: the first one bears the lazy start-up"
    )
    a = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: this benchmark counts instructions with it", file=sys.stderr)
        return 2
    generate(CORPUS, 2000)
    every = sorted(str(p) for p in CORPUS.rglob("*.txt"))
    paths = every[: a.docs]
    warm = "-" if a.cold else every[-1]  # (a report outside those measured)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        archive = subprocess.run(
            ["git", "archive", a.base, "src", "checks", "schemas"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(work / "base", filter="data")
        base = per_doc(work / "base" / "src", paths, work, warm)
        now = per_doc(ROOT / "src", paths, work, warm)
    print(f"{'version':<24} {'instructions per document':>26}")
    print(f"{a.base:<24} {base:>26,.0f}")
    print(f"{'this checkout':<24} {now:>26,.0f}")
    how = "no warm-up" if a.cold else "after one warm-up report"
    print(f"ratio {now / base:.3f} ({len(paths)} documents of {CORPUS.relative_to(ROOT)}, {how})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
