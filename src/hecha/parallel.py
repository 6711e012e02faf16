"""Work on several cores with results in input order (so output is byte-identical to one core).

`ordered_map(checker, fn, items, jobs)` is `(fn(checker, x) for x in items)`: items go to worker
processes in batches; each worker gets the Checker and fn once (inherited on fork, pickled once per
worker otherwise). At most `window` batches are in flight, so memory stays flat however many items
come: a batch is handed out only when an earlier one is consumed. `fn` must be picklable (a
module-level function, or a functools.partial of one) and should return something small to send
back: documents are checked *and serialised* in the workers, so the parent only writes.

Failures never hang or abort the run. The pool is hecha's own (one pipe per worker), so the parent
knows which batch each worker holds: when a worker dies — killed by a signal, by the out-of-memory
killer on a hostile file — its batch is run again one item at a time on fresh workers, and an item
whose worker dies again becomes `failed(checker, item, "worker died: …")`, a document reported as an
error (exit 4). An exception `fn` raises for one item is that item's `failed(…, "internal error …")`.
Workers ignore SIGINT (Ctrl-C goes to the whole process group; the parent stops them) and die quietly
on SIGTERM; a worker whose parent is gone finds its pipe closed and exits.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar, overload

from .gcpolicy import heap_frozen
from .ingest import Source
from .model import Document
from .pipeline import Checker
from .report.jsonl import Rendered, render_document

# Items per task: about 80 ms of work for 5 KB texts. Each result wakes the parent (its result thread,
# then the writer), which cost 0.2 s of parent CPU per 2,000 texts with 16; halving the tasks took
# --jobs 2 from 2.6 to 2.4 s on them. Smaller items (a dataset's documents) take bigger batches.
DEFAULT_CHUNK = 32

T = TypeVar("T")
R = TypeVar("R")
Failed = Callable[[Checker, Any, str], Any]  # (checker, item, reason) -> the result for a lost item


class WorkerError(RuntimeError):
    """A worker failed and there is no `failed` to turn it into a result (a bug: an internal error)."""


# in a worker: the checker, the function ordered_map applies, what to make of an item that raised,
# and its sequence of items (if any)
_worker: tuple[Checker, Callable[[Checker, Any], Any], Failed | None, Sequence[Any] | None] | None = None
_parent_ends: list[Connection] = []  # the parent's ends of every worker's pipe (closed in children)


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _apply(checker: Checker, fn: Callable[[Checker, Any], Any], failed: Failed | None, x: Any) -> Any:
    try:
        return fn(checker, x)
    except Exception as e:
        if failed is None:
            raise
        return failed(checker, x, f"internal error while checking: {type(e).__name__}: {e}")


def _run_batch(batch: list[Any]) -> list[Any]:
    assert _worker is not None, "worker not initialised"
    checker, fn, failed, _ = _worker
    return [_apply(checker, fn, failed, x) for x in batch]


def _run_range(start: int, end: int) -> list[Any]:
    """A batch of the sequence the worker was given when it started: only the bounds are sent."""
    assert _worker is not None, "worker not initialised"
    checker, fn, failed, items = _worker
    assert items is not None, "no sequence given to this pool"
    return [_apply(checker, fn, failed, items[i]) for i in range(start, end)]


def _serve(
    conn: Connection,
    checker: Checker,
    fn: Callable[[Checker, Any], Any],
    failed: Failed | None,
    items: Sequence[Any] | None,
) -> None:
    """A worker: run the batches the parent sends until it sends None or goes away."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    for other in _parent_ends:  # inherited on fork: holding them would keep other pipes open
        other.close()
    _worker = (checker, fn, failed, items)
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        kind, payload = msg
        try:
            reply: tuple[str, Any] = ("ok", _run_batch(payload) if kind == "batch" else _run_range(*payload))
        except Exception as e:
            reply = ("raise", f"{type(e).__name__}: {e}")
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return
        except Exception as e:  # a result that does not pickle
            conn.send(("raise", f"{type(e).__name__}: {e}"))


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
    failed: Callable[[Checker, T, str], R] | None = None,
    notice: Callable[[str], None] | None = None,
) -> Generator[R, None, None]:
    """fn(checker, item) for every item, in input order; jobs=1 (or a single batch) runs here.

    The checker and fn reach each worker once, when it starts (inherited on fork, pickled once on
    spawn). Items in a sequence already in memory (a dataset's documents) do too, and then each task
    is only the bounds of a batch: with fork nothing about them is pickled at all, which for a
    dataset would cost as much as checking them. `failed(checker, item, reason)` is the result for an
    item hecha failed on (fn raised, or its worker died); without it such a failure raises. `notice`
    hears of a worker's death (one line, for stderr)."""
    if isinstance(items, Sequence):
        n = len(items)
        if jobs <= 1 or n <= chunk:  # one batch: a pool would only add start-up time
            yield from (_apply(checker, fn, failed, x) for x in items)
            return
        ranges = (_Task(i, range(s, min(s + chunk, n))) for i, s in enumerate(range(0, n, chunk)))
        workers = min(jobs, -(-n // chunk))  # never more workers than batches (a 64-core CI runner)
        yield from _pooled(checker, fn, items, ranges, workers, window, failed, notice)
        return
    batches = _batches(items, chunk)
    head = list(islice(batches, max(jobs, 2)))  # enough to know whether a pool is worth it, and how wide
    if jobs <= 1 or len(head) <= 1:
        for b in chain(head, batches):
            yield from (_apply(checker, fn, failed, x) for x in b)
        return
    sent = (_Task(i, b) for i, b in enumerate(chain(head, batches)))
    yield from _pooled(checker, fn, None, sent, min(jobs, len(head)), window, failed, notice)


def ordered_map_here(
    checker: Checker,
    fn: Callable[[Checker, T], R],
    items: Sequence[T],
    here: Sequence[bool],
    jobs: int = 1,
    chunk: int = DEFAULT_CHUNK,
    window: int | None = None,
    failed: Callable[[Checker, T, str], R] | None = None,
    notice: Callable[[str], None] | None = None,
) -> Generator[R, None, None]:
    """ordered_map over a sequence, except that the items `here` marks run in this process, in
    their place between the workers' results: items so cheap that sending their results back
    would cost more than making them (a dataset document the screen passed, written from
    templates, against the 6 KB of JSON a worker would pickle and the parent unpickle)."""
    away = [i for i, h in enumerate(here) if not h]
    if jobs <= 1 or len(away) == len(items):
        yield from ordered_map(checker, fn, items, jobs, chunk, window, failed, notice)
        return
    results = ordered_map(checker, fn, _Picked(items, away), jobs, chunk, window, failed, notice)
    try:
        for i, h in enumerate(here):
            yield _apply(checker, fn, failed, items[i]) if h else next(results)
    finally:
        results.close()  # (a consumer that stops early stops the workers now)


class _Picked(Sequence[T]):
    """The items of a sequence at some indexes: what a pool's workers inherit of it."""

    def __init__(self, items: Sequence[T], indexes: list[int]):
        self.items, self.indexes = items, indexes

    def __len__(self) -> int:
        return len(self.indexes)

    @overload
    def __getitem__(self, i: int) -> T: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[T]: ...

    def __getitem__(self, i: int | slice) -> T | Sequence[T]:
        if isinstance(i, slice):
            return [self.items[j] for j in self.indexes[i]]
        return self.items[self.indexes[i]]


@dataclass
class _Task:
    """A batch to run: `items` themselves, or a range of indexes into the pool's sequence. A batch
    whose worker died is run again as single-item tasks (`part` its position in the batch)."""

    index: int
    items: list[Any] | range
    part: int | None = None

    def message(self) -> tuple[str, Any]:
        if isinstance(self.items, range):
            return "range", (self.items.start, self.items.stop)
        return "batch", self.items

    def singles(self) -> list[_Task]:
        if isinstance(self.items, range):
            return [_Task(self.index, range(i, i + 1), k) for k, i in enumerate(self.items)]
        return [_Task(self.index, [x], k) for k, x in enumerate(self.items)]


@dataclass
class _Worker:
    proc: Any  # multiprocessing.Process (BaseProcess of the context)
    conn: Connection
    task: _Task | None = None


@dataclass
class _Slot:
    """The results of one task, filled when it (or every single-item part of it) comes back."""

    results: list[Any] | None = None
    parts: list[list[Any] | None] = field(default_factory=list)


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = "?"
        hint = ": out of memory, or killed by hand" if -exitcode == signal.SIGKILL else ""
        return f"worker died: killed by signal {-exitcode} ({name}{hint}) while checking it; not checked"
    return f"worker died: exit status {exitcode} while checking it; not checked"


class _Pool:
    """Workers, each with its own pipe: the parent knows which task each one holds."""

    def __init__(
        self, checker: Checker, fn: Callable[[Checker, Any], Any], failed: Failed | None, items: Any
    ):
        methods = mp.get_all_start_methods()
        self.ctx: Any = mp.get_context("fork" if "fork" in methods else "spawn")
        self.args = (checker, fn, failed, items)
        self.workers: list[_Worker] = []
        self.deaths_without_progress = 0

    def start(self) -> _Worker:
        parent_end, child_end = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(target=_serve, args=(child_end, *self.args), daemon=True)
        _parent_ends.append(parent_end)
        with heap_frozen():  # workers forked here never traverse (so never copy) what they inherit
            proc.start()
        child_end.close()  # only the worker holds it now: its death closes the pipe
        w = _Worker(proc, parent_end)
        self.workers.append(w)
        return w

    def remove(self, w: _Worker) -> None:
        self.workers.remove(w)
        _parent_ends.remove(w.conn)
        w.conn.close()
        w.proc.join(timeout=5)

    def close(self, graceful: bool) -> None:
        for w in self.workers:
            if graceful:
                with suppress(OSError, ValueError):
                    w.conn.send(None)
            elif w.proc.is_alive():
                w.proc.terminate()
        for w in list(self.workers):
            w.proc.join(timeout=5 if graceful else 1)
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join()
            self.remove(w)


def _pooled(
    checker: Checker,
    fn: Callable[[Checker, Any], Any],
    items: Sequence[Any] | None,
    tasks: Iterator[_Task],
    jobs: int,
    window: int | None,
    failed: Failed | None = None,
    notice: Callable[[str], None] | None = None,
) -> Iterator[Any]:
    """Run tasks on `jobs` workers, at most `window` unconsumed in flight, results in task order."""
    window = window or jobs * 4
    pool = _Pool(checker, fn, failed, items)
    slots: dict[int, _Slot] = {}
    retry: deque[_Task] = deque()
    next_out = 0  # the task whose results are yielded next
    more = True
    graceful = False

    def hand_out() -> None:
        """Give each idle worker a task: a retry first, a new one while the window allows."""
        nonlocal more
        for w in list(pool.workers):
            if w.task is not None:
                continue
            if retry:
                w.task = retry.popleft()
            elif more and len(slots) < window:
                task = next(tasks, None)
                if task is None:
                    more = False
                    continue
                slots[task.index] = _Slot()
                w.task = task
            else:
                continue
            try:
                w.conn.send(w.task.message())
            except (OSError, ValueError):  # it died while idle: the task was never delivered, so it
                retry.appendleft(w.task)  # does not count as a death on that task; the worker is replaced
                w.task = None
                _lost(pool, w, slots, retry, checker, failed, items, notice)

    try:
        for _ in range(jobs):
            pool.start()
        while True:
            while next_out in slots and slots[next_out].results is not None:
                done = slots.pop(next_out).results or ()
                next_out += 1
                hand_out()  # idle workers start their next task before the consumer takes these results
                yield from done
            if not more and not slots:
                break
            hand_out()
            busy: dict[Any, _Worker] = {w.conn: w for w in pool.workers if w.task is not None}
            if not busy:
                continue  # the window was full until the results above were taken: hand out more
            gone: dict[Any, _Worker] = {w.proc.sentinel: w for w in pool.workers}
            for ready in wait([*busy, *gone]):
                w = busy[ready] if ready in busy else gone[ready]
                if w not in pool.workers:
                    continue  # handled already (its pipe and its sentinel were both ready)
                if w.conn.poll():  # a reply (even from a worker that died right after), or the pipe's end
                    try:
                        status, payload = w.conn.recv()
                    except (EOFError, OSError):
                        status, payload = "died", None
                    if status == "ok" and w.task is not None:
                        _fill(slots[w.task.index], w.task, payload)
                        w.task = None
                        pool.deaths_without_progress = 0
                        continue
                    if status == "raise":  # not one item's exception (those are failed() already)
                        _give_up(w, slots, checker, failed, items, f"internal error in a worker: {payload}")
                        continue
                _lost(pool, w, slots, retry, checker, failed, items, notice)
    except BaseException:
        graceful = False
        raise
    else:
        graceful = True
    finally:
        pool.close(graceful)


def _fill(slot: _Slot, task: _Task, results: list[Any]) -> None:
    if task.part is None:
        slot.results = results
        return
    slot.parts[task.part] = results
    if all(p is not None for p in slot.parts):
        slot.results = [r for p in slot.parts for r in p or ()]


def _lost(
    pool: _Pool,
    w: _Worker,
    slots: dict[int, _Slot],
    retry: deque[_Task],
    checker: Checker,
    failed: Failed | None,
    items: Sequence[Any] | None,
    notice: Callable[[str], None] | None,
) -> None:
    """A worker died: replace it; run its batch again item by item, or give up on its single item."""
    w.proc.join(timeout=5)
    reason = _death(w.proc.exitcode)
    pool.remove(w)
    pool.deaths_without_progress += 1
    if pool.deaths_without_progress > 2 * len(pool.workers) + 4:
        raise WorkerError(f"worker processes keep dying ({reason})")
    replacement = pool.start()
    task = w.task
    died = reason.split(" while ")[0]
    if task is None:
        if notice is not None:  # it held nothing: nothing is lost, but an OOM killer at work is worth a line
            notice(f"{died} between two batches; replaced, nothing was lost")
        return
    if task.part is None and len(task.items) > 1:
        if notice is not None:
            notice(f"{died}; its {len(task.items)} documents are checked again one by one")
        slots[task.index].parts = [None] * len(task.items)
        retry.extend(task.singles())
        return
    replacement.task = task  # only to hand it over to _give_up
    _give_up(replacement, slots, checker, failed, items, reason)
    pool.deaths_without_progress = 0  # that item is settled: progress


def _give_up(
    w: _Worker,
    slots: dict[int, _Slot],
    checker: Checker,
    failed: Failed | None,
    items: Sequence[Any] | None,
    reason: str,
) -> None:
    """Settle the task `w` holds as failed: each of its items becomes failed(checker, item, reason)."""
    task, w.task = w.task, None
    assert task is not None
    if failed is None:
        raise WorkerError(reason)
    lost = (
        [items[i] for i in task.items] if isinstance(task.items, range) and items is not None else task.items
    )
    results = [failed(checker, x, reason) for x in lost]
    if task.part is None:
        slots[task.index].parts = [None]
        task.part = 0
    _fill(slots[task.index], task, results)


def _render_source(checker: Checker, source: Source, fmt: str, verbose: bool) -> Rendered:
    return render_document(checker.check_document(source.read()), fmt, verbose)


def _render_failed(checker: Checker, source: Source, reason: str, fmt: str, verbose: bool) -> Rendered:
    """The rendered document for a source hecha failed on: its error, nothing checked."""
    return render_document(
        checker.check_document(Document(source.doc_id, source.path, None, error=reason)), fmt, verbose
    )


def check_sources(
    checker: Checker,
    sources: Iterable[Source],
    fmt: str,
    verbose: bool = False,
    jobs: int = 1,
    chunk: int = DEFAULT_CHUNK,
    window: int | None = None,
    notice: Callable[[str], None] | None = None,
) -> Iterator[Rendered]:
    """Every source checked and rendered, in input order. jobs=1 runs in this process."""
    render = partial(_render_source, fmt=fmt, verbose=verbose)
    failed = partial(_render_failed, fmt=fmt, verbose=verbose)
    return ordered_map(checker, render, sources, jobs, chunk, window, failed, notice)
