"""screen.pattern: what dataset/quick.py reads of a flagged document's choices, made once per distinct
row of choices, against the same things read from the row directly (as quick.py did before)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from hecha.dataset.screen import UNDECIDED, Screen, pattern
from hecha.pipeline import Checker


@pytest.fixture(scope="module")
def screen() -> Screen:
    checker = Checker.load()
    return Screen.compile(checker.active_rules(), checker.onto)


def _direct(screen: Screen, row: list[int]) -> tuple[list[int], list[tuple[str, int]], frozenset[str]]:
    rules = screen.metric_rules
    undecided = [j for j, c in enumerate(row) if c == UNDECIDED]
    holding = [(rules[j].rule.id, rules[j].defs[c].index) for j, c in enumerate(row) if c >= 0]
    held = [rules[j].defs[c].held_keys for j, c in enumerate(row) if c >= 0]
    return undecided, holding, frozenset(k for keys in held for k in keys)


def test_pattern_matches_the_row(screen: Screen) -> None:
    rng = random.Random(17)
    rules = screen.metric_rules
    assert rules
    rows = []
    for _ in range(300):
        row = [rng.choice([-1, UNDECIDED, *range(len(cr.defs))]) for cr in rules]
        rows.append(row)
    rows += rows[:50]  # asked again: from the cache
    screen.patterns.clear()
    for row in rows:
        for dtype in (np.int16, np.int64):
            p = pattern(screen, np.asarray(row, dtype=dtype))
            undecided, holding, held = _direct(screen, row)
            assert p.undecided == undecided
            assert [(cr.rule.id, d.index) for cr, d in p.holding] == holding
            assert all(
                cr is rules[j]
                for (cr, _), j in zip(p.holding, [j for j, c in enumerate(row) if c >= 0], strict=True)
            )
            assert p.held == held
    # one pattern per distinct row and dtype
    assert len(screen.patterns) == 2 * len({tuple(r) for r in rows})


def test_pattern_keys_by_dtype(screen: Screen) -> None:
    """The same bytes under two dtypes are two rows: never the other's pattern."""
    n = len(screen.metric_rules)
    screen.patterns.clear()
    a = np.full(n * 4, -1, dtype=np.int16)
    b = np.frombuffer(a.tobytes(), dtype=np.int64)
    assert pattern(screen, a) is not pattern(screen, b)
