from __future__ import annotations

from pathlib import Path

import pytest

from hecha.pipeline import Checker

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fixtures" / "seeds"
GOLD = ROOT / "fixtures" / "gold"


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker.load()


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
