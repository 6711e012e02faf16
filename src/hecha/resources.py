"""Where the bundled data (checks/, schemas/) lives: the repository in a source checkout or an
editable install, `hecha/_data/` in a built wheel."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    repo = _PKG.parents[1] / name
    if repo.is_dir():
        return repo
    return _PKG / "_data" / name
