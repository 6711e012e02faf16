"""Driving a running `hecha check` from a test: start it so that it stops at a known point, find its
worker processes. Nothing depends on timing: the run is made to wait by reading stdin ("-" after a
folder of more than two batches), and the test polls (bounded) until the kernel says it is there."""

from __future__ import annotations

import os
import platform
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "fixtures" / "seeds"
HECHA = [sys.executable, "-m", "hecha.cli"]
_READ = {"x86_64": 0, "aarch64": 63}.get(platform.machine())  # the read(2) system call number


def corpus(tmp_path: Path, copies: int = 15) -> Path:
    """More than two batches of 32 documents (so `-j 2` starts its pool before reading on)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copy(seed, folder / f"{i:02d}_{seed.name}")
    return folder


@contextmanager
def started_blocked_on_stdin(*args: str) -> Iterator[subprocess.Popen[bytes]]:
    """`hecha check …` started in a new session, with `-` last: once its pool runs it reads stdin,
    which the test keeps open; `wait_reading_stdin` returns when it is blocked there. Whatever the
    test's outcome, the session (hecha and any worker) is killed on the way out."""
    if _READ is None or not Path("/proc/self/syscall").exists():
        pytest.skip("needs Linux /proc/<pid>/syscall on x86_64 or aarch64")
    proc = subprocess.Popen(
        [*HECHA, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        yield proc
    finally:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)


def _syscall(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/syscall").read_text().split()
    except OSError:
        return []


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def wait_reading_stdin(proc: subprocess.Popen[bytes], workers: int, polls: int = 12_000) -> list[int]:
    """Wait until `proc` has `workers` children and is blocked in read(0, …); return the children.
    (Polled every 10 ms, a bound of two minutes for a loaded machine; nothing is timed.)"""
    for _ in range(polls):
        assert proc.poll() is None, proc.communicate()
        sc = _syscall(proc.pid)
        kids = children(proc.pid)
        if len(sc) > 1 and sc[0] == str(_READ) and int(sc[1], 16) == 0 and len(kids) >= workers:
            return kids
        time.sleep(0.01)
    raise AssertionError(f"hecha never blocked on stdin: {proc.communicate()}")
