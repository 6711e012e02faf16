"""Optional extras (pyproject's [project.optional-dependencies]): a command that needs one that is not
installed is a usage error (exit 2) naming the install command, found before anything is checked —
not a traceback, not an unread input (exit 3) or a failure of hecha (exit 4)."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import warnings
from typing import Any

# the modules each extra provides that hecha imports (pyarrow only for Parquet, so not required here)
EXTRAS = {
    "dataset": ("pandas", "pandera"),
    "gx": ("pandas", "pandera", "great_expectations"),
    "spark": ("pandas", "pyspark"),
}


class MissingExtra(RuntimeError):
    pass


def require(extra: str, what: str) -> None:
    """Raise MissingExtra when a module of `extra` cannot be imported (imported here: whoever asks
    is about to use it)."""
    missing: list[str] = []
    for module in EXTRAS[extra]:
        try:
            if missing:  # one is missing already: only look for the others, import nothing more
                if importlib.util.find_spec(module) is None:
                    missing.append(module)
                continue
            if module == "pandera":
                import_pandera()  # as the dataset mode imports it
            else:
                importlib.import_module(module)
        except (ImportError, ValueError):
            missing.append(module)
        except SystemExit:  # a broken install can exit while importing (pyspark.testing does, 0 too)
            missing.append(module)
    if missing:
        raise MissingExtra(
            f"{what} needs the '{extra}' extra ({', '.join(missing)} not installed): pip install 'hecha[{extra}]'"
        )


def import_pandera() -> Any:
    """pandera.pandas. pandera probes for pyspark when first imported (pyspark.pandas and pyspark.sql:
    a tenth of a second, and a FutureWarning about pandas 3) to support pyspark DataFrames, which
    hecha never validates, and for hypothesis when it first validates (its data-synthesis strategies,
    which hecha never asks for: another tenth of a second where hypothesis is installed, as in a
    development environment): while pandera and its checks' backend are first imported, pyspark and
    hypothesis read as not installed (each probe is an `import` in a try block), unless something
    imported them already."""
    first = "pandera" not in sys.modules
    block = [m for m in ("pyspark", "hypothesis") if first and m not in sys.modules]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        for m in block:
            sys.modules[m] = None  # type: ignore[assignment]
        try:
            import pandera.pandas as pa

            if first:  # (imported by pandera's first validation otherwise, with hypothesis's probe)
                import pandera.backends.pandas.builtin_checks  # noqa: F401
        finally:
            for m in block:
                if sys.modules.get(m, 0) is None:
                    del sys.modules[m]
    return pa
