"""Open a file to read without ever blocking on something that is not a file.

Opening a FIFO for reading waits for a writer, for ever if none comes. Every input hecha reads (texts,
rule packs, configs, baselines) is therefore opened non-blocking and checked with `fstat` on the
open descriptor: what was checked is what is read, so a file swapped for a FIFO between a `stat`
and the `open` cannot hang the run either. Callers that must not even open a device (opening some
has side effects) `stat` first as well.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

_os_open = os.open  # tests replace it to make a file unreadable even for root


class NotRegularFile(OSError):
    """The path is a FIFO, socket, device or folder; it was not read."""

    def __init__(self, kind: str):
        super().__init__(f"not a regular file (a {kind}); not read")
        self.kind = kind


def file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "device"


def open_regular(path: str | Path) -> BinaryIO:
    """`path` opened for binary reading, after making sure it is a regular file (NotRegularFile if
    not; other OSErrors as `open` raises them)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = _os_open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(file_kind(mode))
        if flags & getattr(os, "O_NONBLOCK", 0):
            import fcntl

            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular_text(path: str | Path, limit: int | None = None) -> str:
    """A small text file (a rule pack, a config, a baseline) as UTF-8, refusing anything that is not
    a regular file; with `limit`, a file longer than `limit` bytes is refused (ValueError)."""
    with open_regular(path) as fh:
        data = fh.read() if limit is None else fh.read(limit + 1)
    if limit is not None and len(data) > limit:
        raise ValueError(f"larger than {limit // (1 << 20)} MiB; not read")
    return data.decode("utf-8")
