"""Work on several cores with results in input order (so output is byte-identical to one core).

`ordered_map(checker, fn, items, jobs)` is `(fn(checker, x) for x in items)`: items go to a pool of
worker processes in small batches; each worker has the Checker once (inherited on fork, passed once
per worker otherwise). At most `window` batches are in flight, so memory stays flat however many
items come: a batch is submitted only when an earlier one is consumed. `fn` must be picklable (a
module-level function, or a functools.partial of one) and should return something small to send
back: documents are checked *and serialised* in the workers, so the parent only writes.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import TypeVar

from .ingest import Source
from .ontology import FAMILY_LABELS
from .pipeline import Checker
from .report.jsonl import Rendered, render_document

DEFAULT_CHUNK = 16

T = TypeVar("T")
R = TypeVar("R")

_worker_checker: Checker | None = None


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


def _init(checker: Checker) -> None:
    global _worker_checker
    restore_labels(checker)
    _worker_checker = checker


def _run_batch(fn: Callable[[Checker, T], R], batch: list[T]) -> list[R]:
    assert _worker_checker is not None, "worker not initialised"
    checker = _worker_checker
    return [fn(checker, x) for x in batch]


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ordered_map(
    checker: Checker,
    fn: Callable[[Checker, T], R],
    items: Iterable[T],
    jobs: int = 1,
    chunk: int = DEFAULT_CHUNK,
    window: int | None = None,
) -> Iterator[R]:
    """fn(checker, item) for every item, in input order; jobs=1 (or a single batch) runs here."""
    batches = _batches(items, chunk)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if jobs <= 1 or second is None:  # one batch: a pool would only add start-up time
        restore_labels(checker)
        for b in _chain_batches(first, second, batches):
            yield from (fn(checker, x) for x in b)
        return

    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    window = window or jobs * 4
    pool = ctx.Pool(jobs, initializer=_init, initargs=(checker,))
    try:
        pending: deque[AsyncResult[list[R]]] = deque()
        for b in _chain_batches(first, second, batches):
            pending.append(pool.apply_async(_run_batch, (fn, b)))
            if len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _chain_batches(first: list[T], second: list[T] | None, rest: Iterator[list[T]]) -> Iterator[list[T]]:
    yield first
    if second is not None:
        yield second
        yield from rest


def _render_source(checker: Checker, source: Source, fmt: str, verbose: bool) -> Rendered:
    return render_document(checker.check_document(source.read()), fmt, verbose)


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
    render = partial(_render_source, fmt=fmt, verbose=verbose)
    return ordered_map(checker, render, sources, jobs, chunk, window)
