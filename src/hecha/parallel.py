"""Work on several cores with results in input order (so output is byte-identical to one core).

`ordered_map(checker, fn, items, jobs)` is `(fn(checker, x) for x in items)`: items go to a pool of
worker processes in batches; each worker gets the Checker and fn once (inherited on fork, pickled
once per worker otherwise). At most `window` batches are in flight, so memory stays flat however
many items come: a batch is submitted only when an earlier one is consumed. `fn` must be picklable (a
module-level function, or a functools.partial of one) and should return something small to send
back: documents are checked *and serialised* in the workers, so the parent only writes.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import chain, islice
from multiprocessing.pool import AsyncResult
from typing import Any, TypeVar

from .gcpolicy import heap_frozen
from .ingest import Source
from .ontology import FAMILY_LABELS
from .pipeline import Checker
from .report.jsonl import Rendered, render_document

# Items per task: about 80 ms of work for 5 KB texts. Each result wakes the parent (its result thread,
# then the writer), which cost 0.2 s of parent CPU per 2,000 texts with 16; halving the tasks took
# --jobs 2 from 2.6 to 2.4 s on them. Smaller items (a dataset's documents) take bigger batches.
DEFAULT_CHUNK = 32

T = TypeVar("T")
R = TypeVar("R")

# in a worker: the checker, the function ordered_map applies, and its sequence of items (if any)
_worker: tuple[Checker, Callable[[Checker, Any], Any], Sequence[Any] | None] | None = None


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


def _init(checker: Checker, fn: Callable[[Checker, Any], Any], items: Sequence[Any] | None) -> None:
    global _worker
    restore_labels(checker)
    _worker = (checker, fn, items)


def _run_batch(batch: list[Any]) -> list[Any]:
    assert _worker is not None, "worker not initialised"
    checker, fn, _ = _worker
    return [fn(checker, x) for x in batch]


def _run_range(start: int, end: int) -> list[Any]:
    """A batch of the sequence the worker was given when it started: only the bounds are sent."""
    assert _worker is not None, "worker not initialised"
    checker, fn, items = _worker
    assert items is not None, "no sequence given to this pool"
    return [fn(checker, items[i]) for i in range(start, end)]


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
    """fn(checker, item) for every item, in input order; jobs=1 (or a single batch) runs here.

    The checker and fn reach each worker once, when it starts (inherited on fork, pickled once on
    spawn). Items in a sequence already in memory (a dataset's documents) do too, and then each task
    is only the bounds of a batch: with fork nothing about them is pickled at all, which for a
    dataset would cost as much as checking them."""
    if isinstance(items, Sequence):
        n = len(items)
        if jobs <= 1 or n <= chunk:  # one batch: a pool would only add start-up time
            restore_labels(checker)
            yield from (fn(checker, x) for x in items)
            return
        ranges = ((_run_range, (s, min(s + chunk, n))) for s in range(0, n, chunk))
        workers = min(jobs, -(-n // chunk))  # never more workers than batches (a 64-core CI runner)
        yield from _pooled(checker, fn, items, ranges, workers, window)
        return
    batches = _batches(items, chunk)
    head = list(islice(batches, max(jobs, 2)))  # enough to know whether a pool is worth it, and how wide
    if jobs <= 1 or len(head) <= 1:
        restore_labels(checker)
        for b in chain(head, batches):
            yield from (fn(checker, x) for x in b)
        return
    sent = ((_run_batch, (b,)) for b in chain(head, batches))
    yield from _pooled(checker, fn, None, sent, min(jobs, len(head)), window)


def _pooled(
    checker: Checker,
    fn: Callable[[Checker, Any], Any],
    items: Sequence[Any] | None,
    tasks: Iterator[tuple[Callable[..., list[Any]], tuple[Any, ...]]],
    jobs: int,
    window: int | None,
) -> Iterator[Any]:
    """Run tasks on a pool of `jobs` workers, at most `window` in flight, results in task order."""
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    window = window or jobs * 4
    with heap_frozen():  # workers forked here never traverse (so never copy) what they inherit
        pool = ctx.Pool(jobs, initializer=_init, initargs=(checker, fn, items))
    try:
        pending: deque[AsyncResult[list[Any]]] = deque()
        for func, args in tasks:
            pending.append(pool.apply_async(func, args))
            if len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()


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
