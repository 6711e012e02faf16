"""The number grammar against an earlier version of itself, side by side in one process.

    python benchmarks/grammar_ab.py --base 077291f                      # benchmarks/_corpus/n2000_kb5
    python benchmarks/grammar_ab.py --base 077291f --corpus DIR --rounds 5

`src/hecha/numbers.py` at the git revision BASE is loaded as a second module (it must import the
same names from the rest of the package as today's does). Both scan the same texts, already
normalised, in chunks of 20 documents, alternating which goes first; each chunk keeps its fastest
time of `--rounds` (time.process_time(): load from other processes only ever adds time), and the sums
give milliseconds per document and the ratio. The scans' results are compared too: the mentions that
differ are counted, so a speed-up that changes the output shows.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hecha import numbers
from hecha.textnorm import normalize

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "benchmarks" / "_corpus" / "n2000_kb5"


def load_base(rev: str, folder: Path) -> Any:
    source = subprocess.run(
        ["git", "show", f"{rev}:src/hecha/numbers.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    path = folder / "numbers_base.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("hecha.numbers_base", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="git revision of the grammar to compare with")
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(
            f"{args.corpus}: no corpus (python benchmarks/generate.py --docs 2000 --out {args.corpus})"
        )
    with tempfile.TemporaryDirectory() as tmp:
        base = load_base(args.base, Path(tmp))
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.rglob("*.txt"))]
    views = [normalize(t) for t in texts]
    chunks = [list(zip(texts[k : k + 20], views[k : k + 20], strict=True)) for k in range(0, len(texts), 20)]
    scans: list[Callable[[str, str], list[Any]]] = [base.scan, numbers.scan]
    best = [[float("inf")] * len(chunks) for _ in scans]
    for r in range(args.rounds):
        for i, chunk in enumerate(chunks):
            for j in (0, 1) if (i + r) % 2 == 0 else (1, 0):
                t0 = time.process_time()
                for text, view in chunk:
                    scans[j](text, view)
                best[j][i] = min(best[j][i], time.process_time() - t0)

    def key(m: Any) -> tuple[Any, ...]:
        q = m.quantity
        return (m.start, m.end, m.kind) + (() if q is None else (q.value, q.low, q.high, q.qualifier, q.unit))

    differ = sum(
        len({key(m) for m in base.scan(t, v)} ^ {key(m) for m in numbers.scan(t, v)})
        for t, v in zip(texts, views, strict=True)
    )
    b, n = sum(best[0]), sum(best[1])
    print(
        f"{len(texts)} documents, fastest of {args.rounds} per chunk: {args.base} {b / len(texts) * 1e3:.3f} ms, "
        f"this tree {n / len(texts) * 1e3:.3f} ms per document; ratio {n / b:.3f}; mentions that differ: {differ}"
    )


if __name__ == "__main__":
    main()
