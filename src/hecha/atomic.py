"""Where a report goes (`--output`), opened before anything is checked and written safely.

- A regular file (or a new one) is written under a temporary name in its folder and renamed when
  complete, so an interrupted run never leaves half a report, with the permissions an ordinary file
  would get (the umask), not a temporary file's owner-only mode. Through a symbolic link, the link's
  target is replaced and the link kept.
- Anything else that exists — a FIFO, a terminal, a character device, `/dev/stdout` (a link through
  /proc to whatever stdout is) — is written through in place, never replaced by a file.
- A folder, a socket, a place that cannot be created or written: `OutputError` with `usable=False`,
  found when the output is opened, i.e. before the run (exit 2). A write that fails later (disk full,
  file too large, a closed pipe) is `OutputError` with `usable=True` (exit 5), and the temporary file
  is removed.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, TextIO, cast

from .textsafe import display_path


class OutputError(Exception):
    """The report cannot be written: one line for the user. `usable` is False when this was found
    before anything was checked (a bad --output: a usage error), True when a write failed later."""

    def __init__(self, target: str, reason: str, usable: bool = True):
        super().__init__(f"cannot write {target}: {reason}")
        self.usable = usable


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _reason(e: OSError) -> str:
    return e.strerror or str(e)


class _Guarded:
    """A text stream whose write errors become OutputError (so they are one line and exit 5, and never
    the OSError that the command-line framework would turn into exit 1)."""

    def __init__(self, fh: IO[str], name: str):
        self._fh, self._name = fh, name

    def write(self, s: str) -> int:
        try:
            return self._fh.write(s)
        except OSError as e:
            raise OutputError(self._name, _reason(e)) from e

    def flush(self) -> None:
        try:
            self._fh.flush()
        except OSError as e:
            raise OutputError(self._name, _reason(e)) from e

    def bytes_writer(self) -> Callable[[bytes], object] | None:
        """A write for text the caller encoded as this stream encodes it — UTF-8, its own error
        handler, no newline translated (POSIX) — straight to the stream's buffer, its errors
        OutputError as write()'s; None for a stream of another kind. The text written so far is
        flushed to the buffer first, and nothing may be written as text afterwards."""
        import codecs

        fh = self._fh
        buffer = getattr(fh, "buffer", None)
        encoding = getattr(fh, "encoding", None)
        if buffer is None or not isinstance(encoding, str) or os.linesep != "\n":
            return None
        try:
            if codecs.lookup(encoding).name != "utf-8":
                return None
        except LookupError:
            return None
        self.flush()
        name = self._name

        def write(b: bytes) -> object:
            try:
                return buffer.write(b)
            except OSError as e:
                raise OutputError(name, _reason(e)) from e

        return write

    def __getattr__(self, name: str) -> object:  # encoding, isatty, fileno…: as the stream has them
        return getattr(self._fh, name)


def guard_stdout() -> None:
    """From here on, a failed write to stdout (a closed pipe, a full disk) is an OutputError wherever
    it happens — a report, `hecha rules`, a progress line —, never an OSError the command-line
    framework would report as exit 1."""
    if not isinstance(sys.stdout, _Guarded):
        sys.stdout = cast(TextIO, _Guarded(sys.stdout, "the report to stdout"))


def _through_proc(path: Path) -> bool:
    """Whether `path` is a chain of symbolic links that passes through /proc or /dev/fd: /dev/stdout
    and its kind, which name an open file of this process rather than a place in the file system."""
    p = str(path)
    for _ in range(40):
        if not os.path.islink(p):
            return False
        p = os.path.normpath(os.path.join(os.path.dirname(p), os.readlink(p)))
        if p.startswith(("/proc/", "/dev/fd/")):
            return True
    return False


@contextmanager
def open_output(path: Path | None) -> Iterator[IO[str]]:
    """The report's stream: stdout when `path` is None, else `path` as the module docstring says.
    Opened on entry (a bad target fails here, before the caller checks anything); on a normal exit
    the report is complete (renamed into place); on an exception nothing is left behind."""
    if path is None:
        yield from _stdout()
        return
    name = display_path(str(path))
    try:
        st: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        st = None  # a new file (or a dangling link: its target is created, as a shell would)
    except OSError as e:
        raise OutputError(name, _reason(e), usable=False) from e
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError(name, "is a folder", usable=False)
    if st is not None and (not stat.S_ISREG(st.st_mode) or _through_proc(path)):
        yield from _write_through(path, name, stat.S_ISREG(st.st_mode))
        return
    yield from _write_atomic(Path(os.path.realpath(path)), name)


def _stdout() -> Iterator[IO[str]]:
    out = _Guarded(sys.stdout, "the report to stdout")
    try:
        yield cast(IO[str], out)
        out.flush()
    except OutputError:
        silence_stdout()
        raise


def silence_stdout() -> None:
    """After stdout failed (a closed pipe), point it at /dev/null so that the interpreter's final
    flush does not print a second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _write_through(path: Path, name: str, regular: bool) -> Iterator[IO[str]]:
    # a regular file reached through /proc (/dev/stdout redirected to a file) is appended to: the
    # shell truncated it already for `>`, and `>>` means append
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | (os.O_APPEND if regular else 0)
    try:
        fd = os.open(path, flags)  # a FIFO waits here for its reader, as a shell redirection does
    except OSError as e:
        raise OutputError(name, _reason(e), usable=False) from e
    fh = os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="\n")
    try:
        yield cast(IO[str], _Guarded(fh, name))
        try:
            fh.close()
        except OSError as e:
            raise OutputError(name, _reason(e)) from e
    except BaseException:
        _close_quietly(fh)
        raise


def _write_atomic(target: Path, name: str) -> Iterator[IO[str]]:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        raise OutputError(name, _reason(e), usable=False) from e
    fh = None
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        fh = os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="\n")
        yield cast(IO[str], _Guarded(fh, name))
        try:
            fh.flush()
            os.fsync(fh.fileno())  # a full disk may say so only now
            fh.close()
            os.replace(tmp, target)
        except OSError as e:
            raise OutputError(name, _reason(e)) from e
    except BaseException:
        if fh is not None:
            _close_quietly(fh)
        else:
            os.close(fd)
        Path(tmp).unlink(missing_ok=True)
        raise


def _close_quietly(fh: IO[str]) -> None:
    """Close after a failure: the buffer may fail to flush again, which is already being reported."""
    try:
        fh.close()
    except OSError:
        with suppress(OSError, ValueError):
            os.close(fh.fileno())


@contextmanager
def open_atomic(path: Path) -> Iterator[IO[str]]:
    """`open_output` for a path (kept for callers that name it so)."""
    with open_output(path) as fh:
        yield fh


def write_atomic(path: Path, data: str) -> None:
    with open_output(path) as fh:
        fh.write(data)
