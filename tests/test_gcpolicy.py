"""The collector settings around a dataset's plan restore the interpreter's state, even on error."""

from __future__ import annotations

import gc

import pytest

from hecha.gcpolicy import collector_paused, freeze_start_up, heap_frozen


def test_collector_paused_restores_the_previous_state() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()


def test_heap_frozen_unfreezes_and_cycles_made_inside_are_still_collected() -> None:
    class Node:
        pass

    before = gc.get_freeze_count()
    with pytest.raises(RuntimeError), heap_frozen():
        assert gc.get_freeze_count() > before
        with collector_paused():
            a, b = Node(), Node()
            a.other, b.other = b, a  # type: ignore[attr-defined]
            del a, b
        raise RuntimeError
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert not any(type(o) is Node for o in gc.get_objects())


def test_heap_frozen_nests_only_the_outermost_block_unfreezes() -> None:
    # the gate freezes a dataset's plan around the pool, and the pool freezes again before forking
    with heap_frozen():
        outer = gc.get_freeze_count()
        with heap_frozen():
            pass
        assert gc.get_freeze_count() >= outer > 0
    assert gc.get_freeze_count() == 0


def test_a_block_after_the_start_up_freeze_still_unfreezes_at_its_end() -> None:
    # `hecha` freezes its start-up heap (cli.main); a dataset's plan or a pool frozen after it is
    # unfrozen when its block ends, as when nothing was frozen before
    try:
        freeze_start_up()
        assert gc.get_freeze_count() > 0
        with heap_frozen():
            with heap_frozen():
                pass
            assert gc.get_freeze_count() > 0
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
