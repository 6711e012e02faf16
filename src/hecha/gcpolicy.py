"""Garbage-collector settings for phases that build large, long-lived structures (a dataset's rows,
facts and jobs). CPython's cyclic collector runs a full collection whenever enough new containers
have survived, and each one traverses every live container: while a 90,000-row dataset was being
planned, that was 40% of the time. Nothing built there needs the collector (what is not kept is
freed by reference counting), so it is paused, and the plan is then frozen out of later collections.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic collections inside the block (cycles made there are collected after it)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_FROZEN_BLOCKS: list[None] = []  # heap_frozen blocks open (a list: no global statement)


@contextmanager
def heap_frozen() -> Iterator[None]:
    """Objects alive on entry are left out of collections until the outermost such block ends: they
    are not traversed again and again, and processes forked inside do not copy the memory pages a
    traversal would write to (a full collection in a worker otherwise made private, at once, every
    page it shared with its parent)."""
    _FROZEN_BLOCKS.append(None)
    gc.freeze()
    try:
        yield
    finally:
        _FROZEN_BLOCKS.pop()
        if not _FROZEN_BLOCKS:  # gc has one permanent generation: only the outermost block may empty it
            gc.unfreeze()  # (and with it what freeze_start_up froze: collected again, as before it)


def freeze_start_up() -> None:
    """Leave what start-up built (modules, the command line's parameters) out of later collections:
    it lives until the process ends. A run that builds the checker and reads one report otherwise
    traversed it in a full collection while loading the rules and again at exit (20-40 ms of a
    0.4 s start). Cycles made before this are not collected either; a heap_frozen block that ends
    unfreezes everything, as before."""
    gc.freeze()


def release_free_memory() -> None:
    """Give the C heap's free pages back to the system (glibc's malloc_trim; elsewhere nothing).
    Reading a table chunk by chunk frees most of what each chunk allocated, but in pieces spread
    over the heap, which glibc keeps: at a million rows some 70 MB the process no longer used, which
    the next phase's peak stood on and forked workers inherited."""
    if not _TRIM:
        _TRIM.append(_malloc_trim())
    trim = _TRIM[0]
    if trim is not None:
        trim(0)


_TRIM: list[Callable[[int], int] | None] = []


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        import ctypes
        import ctypes.util

        name = ctypes.util.find_library("c")
        fn = getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except OSError:
        return None
    if fn is None:
        return None
    fn.argtypes, fn.restype = [ctypes.c_size_t], ctypes.c_int
    return fn


_TEARDOWN: list[bool] = []  # [True] once a phase built what the process holds until it ends


def skip_teardown() -> None:
    """The heap built so far lives until the process ends (a dataset's plan, pandas and pyarrow
    imported for it; asked for by gate once `hecha check --dataset` has planned): exit_now may then
    leave without the interpreter's teardown, which frees it all object by object and module by
    module (~0.15 s after a million-row dataset, every byte of the report long written)."""
    if not _TEARDOWN:
        _TEARDOWN.append(True)


def exit_now(code: object) -> None:
    """End the process with `code` (a SystemExit's) at once, once stdout and stderr are flushed,
    when skip_teardown was asked for; otherwise (or when a flush fails, or the code is not an
    integer) return, for the interpreter's own exit."""
    if not _TEARDOWN:
        return
    if code is None:
        code = 0
    if type(code) is not int:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # (a closed pipe: the interpreter's exit reports it as it always has)
        return
    os._exit(code)
