"""Where one document's time goes: each stage of `hecha check --format json` timed in this process
with time.process_time(), over a generated corpus (benchmarks/generate.py; bench.py makes one).

    python benchmarks/stages.py                                  # benchmarks/_corpus/n2000_kb5
    python benchmarks/stages.py benchmarks/_corpus/n10000_kb5

Stages: reading and decoding; checking (extraction, rules, localisation: Checker.check_document);
the JSON document (report.jsonl.render_document). Checking is then split by running its parts
again on the same texts: the number grammar, alias and keyword matching, the rest of extraction,
the rule engine, localisation. Figures are milliseconds per document.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from hecha import numbers
from hecha.engine import check
from hecha.extract import extract
from hecha.ingest import iter_sources
from hecha.localize import localize
from hecha.pipeline import Checker
from hecha.report.jsonl import render_document
from hecha.textnorm import normalize

DEFAULT = Path(__file__).resolve().parent / "_corpus" / "n2000_kb5"


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not corpus.is_dir():
        raise SystemExit(f"{corpus}: no corpus (python benchmarks/generate.py --docs 2000 --out {corpus})")
    checker = Checker.load()
    onto, rules = checker.onto, checker.active_rules()
    sources = list(iter_sources([str(corpus)]))
    n = len(sources)

    t0 = time.process_time()
    docs = [s.read() for s in sources]
    t1 = time.process_time()
    results = [checker.check_document(d) for d in docs]
    t2 = time.process_time()
    for r in results:
        render_document(r, "json")
    t3 = time.process_time()

    texts = [d.text for d in docs if d.text is not None]
    norms = [normalize(t) for t in texts]
    t4 = time.process_time()
    for t, nt in zip(texts, norms, strict=True):
        numbers.scan(t, nt)
    t5 = time.process_time()
    for nt in norms:
        onto.alias_hits(nt)
        onto.keyword_hits(nt)
    t6 = time.process_time()
    extractions = [extract(t, onto) for t in texts]
    t7 = time.process_time()
    checked = [check(ex, rules, onto) for ex in extractions]
    t8 = time.process_time()
    for ex, (findings, bindings) in zip(extractions, checked, strict=True):
        localize(ex, findings, bindings, onto)
    t9 = time.process_time()

    def ms(seconds: float) -> str:
        return f"{seconds / n * 1e3:6.3f} ms"

    print(f"{n} documents from {corpus}")
    print(f"read and decode      {ms(t1 - t0)}")
    print(f"check                {ms(t2 - t1)}")
    print(f"  number grammar     {ms(t5 - t4)}")
    print(f"  aliases, keywords  {ms(t6 - t5)}")
    print(f"  rest of extraction {ms((t7 - t6) - (t5 - t4) - (t6 - t5))}")
    print(f"  rule engine        {ms(t8 - t7)}")
    print(f"  localisation       {ms(t9 - t8)}")
    print(f"JSON document        {ms(t3 - t2)}")


if __name__ == "__main__":
    main()
