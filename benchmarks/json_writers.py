"""The JSON report writer against libraries: hecha's indented_json.dumps, the stdlib's
json.dumps(indent=2) and orjson (OPT_INDENT_2, if installed), on every document object of a generated
corpus (benchmarks/generate.py). Prints milliseconds per document (time.process_time(), the fastest
of --repeat interleaved rounds) and how many documents each writes byte-identically to the stdlib:
the report's bytes are a contract (tests/test_indented_json.py), so a faster writer that differs
does not qualify.

    python benchmarks/generate.py --docs 2000 --out benchmarks/_corpus/n2000_kb5
    python benchmarks/json_writers.py benchmarks/_corpus/n2000_kb5 --repeat 5
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hecha.ingest import iter_sources
from hecha.pipeline import Checker
from hecha.report import indented_json
from hecha.report.build import document_json

DEFAULT = Path(__file__).resolve().parent / "_corpus" / "n2000_kb5"


def writers() -> dict[str, Callable[[Any], str]]:
    out: dict[str, Callable[[Any], str]] = {
        "indented_json (hecha)": indented_json.dumps,
        "json.dumps(indent=2)": lambda o: json.dumps(o, ensure_ascii=False, indent=2),
    }
    try:
        import orjson

        out["orjson OPT_INDENT_2"] = lambda o: orjson.dumps(o, option=orjson.OPT_INDENT_2).decode("utf-8")
    except ImportError:
        pass
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path, nargs="?", default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(
            f"{args.corpus}: no corpus (python benchmarks/generate.py --docs 2000 --out {args.corpus})"
        )
    checker = Checker.load()
    objs = [document_json(checker.check_document(s.read())) for s in iter_sources([str(args.corpus)])]
    ws = writers()
    reference = [json.dumps(o, ensure_ascii=False, indent=2) for o in objs]
    best = dict.fromkeys(ws, float("inf"))
    for _ in range(args.repeat):
        for name, w in ws.items():
            t = time.process_time()
            for o in objs:
                w(o)
            best[name] = min(best[name], time.process_time() - t)
    n = len(objs)
    print(f"{n} documents, {sum(map(len, reference)) / n / 1024:.1f} KB of JSON each on average")
    for name, w in ws.items():
        same = sum(w(o) == r for o, r in zip(objs, reference, strict=True))
        print(f"{name:24} {1000 * best[name] / n:6.3f} ms/doc   byte-identical {same}/{n}")
    # values a report may carry where a writer departs from the stdlib (a figure of 0.00005%, a score)
    edges: list[Any] = [5e-05, 1e-05, float("nan"), float("inf"), 10**20, {1: "int key"}, "\udcff"]
    for name, w in ws.items():
        differs = []
        for v in edges:
            try:
                got = w(v)
            except Exception as e:
                got = f"raises {type(e).__name__}"
            if got != json.dumps(v, ensure_ascii=False, indent=2):
                differs.append(f"{json.dumps(v)} -> {got}")
        print(f"{name:24} differs from the stdlib on: {'; '.join(differs) or 'none of the edge values'}")


if __name__ == "__main__":
    main()
