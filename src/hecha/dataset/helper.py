"""The chunks' validation on the other core while the plan goes on with the rows it expects valid.

pandera's validation of the chunks is about half of the plan (at a million rows ~1.3 of ~2.7 s),
and the workers that check the flagged documents start only once the plan is made: with `--jobs` 2
or more the other core sat idle meanwhile. Yet in a table fit to check, validation seldom takes a
row away from those the plan would keep anyway (a row whose metric resolves and whose figure
reads): it finds nothing, or only rows that are unreadable anyway. So with helpers the plan forks a
child once the first chunk is read and sends it every chunk (pickled, by a thread of its own so the
plan never waits on the pipe); the child validates them in order, exactly as the plan would have
(the validator inherited fresh at the fork, the same chunks), while the plan keeps each chunk's
rows as validation would if it found no problem on a row fit to keep (Validator.expected) and goes
on: the row store, the checks across documents, the screen, the plan's localisation. Along with
each chunk goes the expectation (the positions of its rows kept); the child compares it with what
validation keeps and says at once when they differ. At the end the plan takes the problems from
the child: the plan is the one the serial reading makes.

When validation keeps other rows than expected (a duplicated row, a unit that does not fit the
metric, a negative figure...), or the child fails in any way (an exception, a signal, a reply that
does not unpickle), `Ahead` raises Mispredicted and the caller plans the table again without a
child — the serial path, which makes the same plan or raises the same error. Only on Linux (fork
with pyarrow's threads is what the worker pool relies on there) and with every required column
present (a missing one empties every chunk); elsewhere, and with `--jobs 1`, the plan validates
every chunk itself. Warnings a child's validation shows are shown by the parent at the end.
"""

from __future__ import annotations

import os
import pickle
import queue
import sys
import threading
import warnings
from collections.abc import Callable
from contextlib import suppress
from multiprocessing.connection import Connection
from typing import Any

from .load import Chunk, RowProblem
from .schema import REQUIRED, Validator

AHEAD = 2  # pickled chunks waiting for the child's pipe


class Mispredicted(Exception):
    """Validation kept other rows than expected, or the child failed: plan again without it."""


def available(columns: list[str]) -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "fork") and set(REQUIRED) <= set(columns)


class Ahead:
    """A child validating the chunks the plan sends it, in order (see the module's text)."""

    def __init__(self, validator: Validator, first: Chunk, expected: Any):
        import multiprocessing as mp

        ctx = mp.get_context("fork")
        chunks_in, chunks_out = ctx.Pipe(duplex=False)  # (receiving end, sending end)
        replies_in, replies_out = ctx.Pipe(duplex=False)
        try:
            pid = os.fork()
        except OSError as e:  # (no process to spare: the plan validates the chunks itself)
            for end in (chunks_in, chunks_out, replies_in, replies_out):
                end.close()
            raise Mispredicted(f"no child to validate the chunks ({e})") from None
        if pid == 0:  # the child: validate, reply, leave without the parent's exit handlers
            code = 1
            try:
                chunks_out.close()
                replies_in.close()
                code = _serve(validator, first, expected, chunks_in, replies_out)
            except BaseException:
                pass
            finally:
                os._exit(code)
        chunks_in.close()
        replies_out.close()
        self.pid: int | None = pid
        self.replies = replies_in
        # (a few chunks ahead of the child at most: a child slower than the plan, on a busy machine,
        # would otherwise have every chunk held here pickled, 4 MB each)
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=AHEAD)
        self.writer = threading.Thread(target=_write, args=(self.queue, chunks_out), daemon=True)
        self.writer.start()

    def send(self, chunk: Chunk, expected: Any) -> None:
        """Validate `chunk` next; `expected`: the positions of its rows the plan keeps. Raises
        Mispredicted when the child has said an earlier chunk kept others, or failed."""
        self._check()
        self._put(pickle.dumps((chunk, expected), protocol=pickle.HIGHEST_PROTOCOL))

    def _put(self, item: bytes | None) -> None:
        """Queue an item for the writer, waiting while AHEAD are queued (unless the child ended)."""
        while True:
            try:
                self.queue.put(item, timeout=0.05)
                return
            except queue.Full:
                self._check()  # (a child that ended has closed its end: poll() says so)
                if not self.writer.is_alive():
                    raise Mispredicted("the writer to the validating child stopped") from None

    def _check(self) -> None:
        if self.replies.poll():  # the child speaks before the end only to say it mispredicted
            raise Mispredicted("validation kept other rows than expected")

    def sent(self) -> None:
        """Every chunk is sent: the child replies when it has validated the last one and ends (its
        memory is not held while the plan goes on)."""
        self._check()
        self._put(None)

    def replied(self) -> bool:
        """Has the child replied (or ended)? (After sent().)"""
        return bool(self.replies.poll())

    def problems(self) -> list[list[RowProblem]]:
        """Each chunk's problems, as Validator.validate gives them; raises Mispredicted. (After
        sent().)"""
        self.writer.join()
        try:
            reply = self.replies.recv()
        except (EOFError, OSError) as e:
            raise Mispredicted(f"the validating child ended without a reply ({e})") from None
        except Exception as e:
            raise Mispredicted(f"the validating child's reply is unreadable ({e})") from None
        if not isinstance(reply, tuple) or reply[0] != "ok":
            raise Mispredicted("validation kept other rows than expected")
        _, found, shown = reply
        self.close()
        for message, category, filename, lineno in shown:
            warnings.warn_explicit(message, category, filename, lineno)
        return found

    def close(self) -> None:
        """Stop the child (if it still runs) and reap it; idempotent."""
        import signal

        if self.pid is None:
            return
        pid, self.pid = self.pid, None
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with suppress(OSError):
            os.waitpid(pid, 0)
        with suppress(queue.Full):  # (the writer stops: its pipe's reader is gone, or it gets to this)
            self.queue.put_nowait(None)
        self.writer.join()
        self.replies.close()


def _write(q: queue.Queue[bytes | None], out: Connection) -> None:
    """The parent's thread writing the pickled chunks to the child (a chunk is megabytes: writing it
    waits for the child to read it, and the plan would wait with it)."""
    try:
        while (item := q.get()) is not None:
            out.send_bytes(item)
        out.send_bytes(b"")  # the end
    except OSError:  # the child is gone: the parent finds out from its replies
        pass
    finally:
        out.close()


def _serve(validator: Validator, first: Chunk, expected: Any, chunks: Connection, replies: Connection) -> int:
    import numpy as np

    found: list[list[RowProblem]] = []
    with warnings.catch_warnings(record=True) as caught:
        chunk: Chunk | None = first
        while chunk is not None:
            valid, problems = validator.validate(chunk)
            if not np.array_equal(valid.positions, expected):
                replies.send("mispredicted")
                return 0
            found.append(problems)
            del chunk, valid
            data = chunks.recv_bytes()
            chunk, expected = pickle.loads(data) if data else (None, None)
        shown = [(w.message, w.category, w.filename, w.lineno) for w in caught]
    replies.send(("ok", found, shown))
    return 0


class Beside:
    """fn(*args) computed by a child forked now, while the plan goes on with other work (the later
    half of the screen's blocks beside the first); result() is its value. A pure function of what the child
    inherits: when the child fails in any way (fn raised, a signal, no process to spare), result()
    computes it here — the same value, or the same exception."""

    def __init__(self, fn: Callable[..., Any], *args: Any):
        self.fn, self.args = fn, args
        self.pid: int | None = None
        r, w = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # (computed here, by result())
            os.close(r)
            os.close(w)
            return
        if pid == 0:  # the child: compute, reply, leave without the parent's exit handlers
            code = 1
            try:
                os.close(r)
                with warnings.catch_warnings(record=True):  # (shown, if at all, when computed here)
                    data = pickle.dumps(fn(*args), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(w, "wb") as fh:
                    fh.write(data)
                code = 0
            except BaseException:
                pass
            finally:
                os._exit(code)
        os.close(w)
        self.pid, self.fd = pid, r

    def result(self) -> Any:
        if self.pid is None:
            return self.fn(*self.args)
        pid, self.pid = self.pid, None
        try:
            with os.fdopen(self.fd, "rb") as fh:
                data = fh.read()
        finally:
            _, status = os.waitpid(pid, 0)
        if status == 0 and data:
            try:
                return pickle.loads(data)
            except Exception:
                pass
        return self.fn(*self.args)

    def close(self) -> None:
        """Stop the child if its result was never asked for (the plan failed meanwhile)."""
        import signal

        if self.pid is None:
            return
        pid, self.pid = self.pid, None
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with suppress(OSError):
            os.close(self.fd)
        with suppress(OSError):
            os.waitpid(pid, 0)
