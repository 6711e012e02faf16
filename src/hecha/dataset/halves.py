"""A Parquet table read and validated on two cores: the later half of its row groups by a child
forked once the first chunk is validated, the earlier half here, at the same time.

The plan otherwise reads and validates chunk after chunk on one core while the others wait for it
(at a million rows ~1.3 s of the plan's ~1.9). A chunk's validation depends on the chunks before it
only through the duplicate-row hashes, and what the row store keeps of it only through its
vocabularies' order of first appearance, so:

- the child inherits the validator as the first chunk left it (its hashes, the missing columns
  reported with it), reads its row groups itself from the file (nothing is pickled but its
  answer), validates each chunk and keeps its valid rows in a row store of its own, and sends back
  its problems, that store, the number of rows it read and each row's duplicate-row hashes;
- here, once the earlier half is done, a row of the later half that repeats a row of the earlier
  half's chunks after the first (which the child never saw) and was not reported as a repeat by
  the child means the child's answer is not what one core would have found: the later half is
  then read and validated here, as without a child. Otherwise its problems are added to ours and
  its store merged into ours (`RowStore.merge`: its values coded anew in our vocabularies, in the
  order it first met them, which is the order one core would have met them in);
- a child that fails, dies or answers nothing usable is the same: the later half is read here.

Findings and reports are therefore those of one core, whatever happens to the child (the tests
compare plans made both ways, with duplicates across the halves and a child that dies).
"""

from __future__ import annotations

import os
import pickle
import signal
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .load import RowProblem, Source
    from .rows import RowStore
    from .schema import Validator

# fewer rows than this in the later half: a child costs more than it saves
MIN_HALF_ROWS = 20_000
# rows a chunk of either half (half load.py's Parquet chunks: two processes hold one each at once,
# and a million-row table's peak memory is made while they do)
CHUNK_ROWS = 32_768


def split(source: Source) -> int | None:
    """The first row group of the later half (about half the rows from there on), or None when the
    table is not worth halving: not Parquet, one row group, an empty group, too few rows."""
    if source.fmt != "parquet" or not hasattr(os, "fork"):
        return None
    sizes = source.row_groups()
    if len(sizes) < 2 or min(sizes) <= 0:
        return None
    total, before = sum(sizes), 0
    for g, n in enumerate(sizes):
        if g and before + n / 2 > total / 2:
            return g if total - before >= MIN_HALF_ROWS else None
        before += n
    return None


@dataclass
class Answer:
    """What the child found in the later half."""

    problems: list[RowProblem]
    store: RowStore
    records: int
    hashes: list[tuple[Any, Any]]  # each chunk's duplicate-row hashes (h1, h2), in order
    first_row: int  # the later half's first row number


class Later:
    """The child reading and validating row groups `groups` (forked when made)."""

    def __init__(self, source: Source, validator: Validator, store: RowStore, groups: range):
        self.groups = groups
        self.pid: int | None = None
        r, w = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(r)
            os.close(w)
            self.reader = None
            return
        if pid == 0:  # the child
            os.close(r)
            _child(w, source, validator, store, groups)  # never returns
        os.close(w)
        self.pid = pid
        self.reader = os.fdopen(r, "rb")

    def answer(self) -> Answer | None:
        """The child's answer (None: it failed or died), once it has sent it; the child is reaped."""
        if self.reader is None:
            return None
        got: Any = None
        try:
            with self.reader:
                got = pickle.load(self.reader)
        except Exception:  # (EOFError: it died; anything unpickling raises)
            got = None
        self._reap()
        return got if isinstance(got, Answer) else None

    def stop(self) -> None:
        """The child is not needed (the plan failed here): killed and reaped."""
        if self.pid is not None:
            with suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
            self._reap()
        if self.reader is not None:
            self.reader.close()

    def _reap(self) -> None:
        if self.pid is not None:
            with suppress(OSError):
                os.waitpid(self.pid, 0)
            self.pid = None


def _child(w: int, source: Source, validator: Validator, store: RowStore, groups: range) -> None:
    """Read, validate and keep the rows of `groups`; send the answer on `w`; exit without running
    anything the parent registered (atexit handlers, buffered output)."""
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops us
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        from .rows import RowStore

        mine = RowStore(keep_quotes=store.keep_quotes)
        problems: list[RowProblem] = []
        validator.dups.record = []
        source.records = 0
        first_row = 0
        for chunk in source.chunks(CHUNK_ROWS, groups):
            if not first_row and len(chunk):
                first_row = chunk.rows[0]
            valid, found = validator.validate(chunk)
            problems.extend(found)
            mine.add(chunk, valid, validator.codes)
            del chunk, valid, found
        answer = Answer(problems, mine, source.records, validator.dups.record, first_row)
        with os.fdopen(w, "wb") as out:
            pickle.dump(answer, out, protocol=pickle.HIGHEST_PROTOCOL)
        code = 0
    except BaseException:  # the parent reads the later half itself
        code = 1
    finally:
        os._exit(code)


def accepted(answer: Answer, validator: Validator) -> bool:
    """Is the child's answer what one core would have found? Every later row this side's hashes
    have seen (in the earlier half) must be one the child reported as a repeat already (of a row
    of the first chunk, which it knew, or of its own)."""
    import numpy as np

    if not answer.hashes:
        return True
    h1 = np.concatenate([h for h, _ in answer.hashes])
    h2 = np.concatenate([h for _, h in answer.hashes])
    seen = validator.dups.seen(h1, h2)
    validator.dups._order = None  # (seen remembers an order for add: not this one's)
    if not seen.any():
        return True
    repeats = {p.row for p in answer.problems if p.code == "DS008"}
    return all(answer.first_row + int(i) in repeats for i in np.flatnonzero(seen).tolist())
