"""Check documents on several cores, with output in input order (so byte-identical to one core).

Sources (paths, not texts) go to a pool of worker processes in small batches; each worker loads the
Checker once (inherited on fork, passed once per worker otherwise), reads its files, checks them and
serialises the report pieces, so the parent only writes. At most `window` batches are in flight, so
memory stays flat however large the corpus: a batch is submitted only when an earlier one is consumed.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult

from .ingest import Source
from .ontology import FAMILY_LABELS
from .pipeline import Checker
from .report.jsonl import Rendered, render_document

DEFAULT_CHUNK = 16

_worker: tuple[Checker, str, bool] | None = None


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def restore_labels(checker: Checker) -> None:
    """ontology.FAMILY_LABELS is module state filled when the ontology is loaded; a Checker unpickled in
    a fresh process (spawn, Spark executors) did not load it there, so fill it from the Checker."""
    for fam, spec in checker.onto.families.items():
        FAMILY_LABELS.setdefault(fam, spec.get("label", fam))


def _init(checker: Checker, fmt: str, verbose: bool) -> None:
    global _worker
    restore_labels(checker)
    _worker = (checker, fmt, verbose)


def _process(batch: list[Source]) -> list[Rendered]:
    assert _worker is not None, "worker not initialised"
    checker, fmt, verbose = _worker
    return [render_document(checker.check_document(s.read()), fmt, verbose) for s in batch]


def _batches(items: Iterable[Source], size: int) -> Iterator[list[Source]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def check_sources(
    checker: Checker,
    sources: Iterable[Source],
    fmt: str,
    verbose: bool = False,
    jobs: int = 1,
    chunk: int = DEFAULT_CHUNK,
    window: int | None = None,
) -> Iterator[Rendered]:
    """Every source checked and rendered, in input order. jobs=1 runs in this process."""
    batches = _batches(sources, chunk)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if jobs <= 1 or second is None:  # one batch: a pool would only add start-up time
        _init(checker, fmt, verbose)
        yield from _process(first)
        if second is not None:
            yield from _process(second)
            for b in batches:
                yield from _process(b)
        return

    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    window = window or jobs * 4
    pool = ctx.Pool(jobs, initializer=_init, initargs=(checker, fmt, verbose))
    try:
        pending: deque[AsyncResult[list[Rendered]]] = deque()
        for b in _chain_batches(first, second, batches):
            pending.append(pool.apply_async(_process, (b,)))
            if len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _chain_batches(
    first: list[Source], second: list[Source], rest: Iterator[list[Source]]
) -> Iterator[list[Source]]:
    yield first
    yield second
    yield from rest
