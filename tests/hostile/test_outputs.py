"""Where reports go, and what happens when they cannot be written (issue 15, items 4 and 9). Every
target is made under tmp_path: FIFOs, symbolic links, and device nodes made with mknod (a "full"
device, major 1 minor 7, stands for a full disk; skipped where mknod is not allowed).

  -o a symbolic link to a file               the link stays; its target gets the report, atomically
  -o a FIFO, a device, /dev/stdout            written through; never replaced by a regular file
  -o a folder, or a path under a file         exit 2 before anything is checked, one line
  disk full (a "full" device), file too large  exit 5, one line "hecha: cannot write …: No space left
  (RLIMIT_FSIZE), a closed pipe                on device"; no temporary file, no partial report
"""

from __future__ import annotations

import json
import os
import resource
import select
import signal
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from hecha.exitcodes import EXIT_OUTPUT, EXIT_USAGE

from .procs import HECHA, SEEDS, corpus

SEED = SEEDS / "002_60197d52abb683d6.txt"  # holds a real error: exit 1


def run(*args: str, **kw: Any) -> subprocess.CompletedProcess[bytes]:
    if "stdout" not in kw:
        kw["capture_output"] = True
    return subprocess.run([*HECHA, *args], timeout=300, **kw)


def _device(path: Path, minor: int) -> Path:
    """A character device like /dev/null (minor 3) or /dev/full (minor 7), made under tmp_path."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except (PermissionError, OSError) as e:
        pytest.skip(f"cannot make a device node here: {e}")
    return path


def test_symlink_to_a_file_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real" / "report.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    p = run("check", str(SEED), "-j", "1", "-o", str(link))
    assert p.returncode == 1, p.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["documents"] == 1
    assert not list(target.parent.glob(".*.tmp")) and not list(tmp_path.glob(".*.tmp"))


def _read_fifo_while(proc: subprocess.Popen[bytes], fifo: Path) -> bytes:
    """Everything written into `fifo` while `proc` runs (opened without blocking: if the FIFO were
    replaced by a file, this returns what little came, rather than waiting for ever)."""
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    chunks: list[bytes] = []
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], 0.05)
            data = os.read(fd, 1 << 16) if ready else b""
            if data:
                chunks.append(data)
            elif proc.poll() is not None:
                return b"".join(chunks)
    finally:
        os.close(fd)


@pytest.mark.parametrize("fmt", ["json", "markdown", "sarif"])
def test_a_fifo_is_written_through(tmp_path: Path, fmt: str) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    cmd = [*HECHA, "check", str(SEED), "-j", "1", "-f", fmt, "-o", str(fifo)]
    with subprocess.Popen(cmd, stderr=subprocess.PIPE) as proc:
        try:
            data = _read_fifo_while(proc, fifo)
            assert proc.wait(timeout=300) == 1
        finally:
            proc.kill()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still a FIFO
    assert "HC201" in data.decode("utf-8")


def test_dev_stdout_is_written_through(tmp_path: Path) -> None:
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")  # what /dev/stdout is
    p = run("check", str(SEED), "-j", "1", "-o", str(link))  # stdout is a pipe here
    assert p.returncode == 1 and json.loads(p.stdout)["summary"]["documents"] == 1
    assert link.is_symlink()
    # stdout redirected to a file (`> out.json`, or `>> log`): written into that file, not replaced
    out = tmp_path / "out.log"
    out.write_text("before\n", encoding="utf-8")
    with out.open("ab") as fh:
        p = run(
            "check",
            str(SEED),
            "-j",
            "1",
            "-f",
            "markdown",
            "-o",
            str(link),
            stdout=fh,
            stderr=subprocess.PIPE,
        )
    assert p.returncode == 1, p.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("before\n# hecha 核查报告") and not list(tmp_path.glob(".*.tmp"))


def test_a_device_is_written_through_never_replaced(tmp_path: Path) -> None:
    null = _device(tmp_path / "null", 3)
    for fmt in ("json", "junit"):
        p = run("check", str(SEED), "-j", "1", "-f", fmt, "-o", str(null))
        assert p.returncode == 1, p.stderr
        assert stat.S_ISCHR(os.lstat(null).st_mode)  # as root, -o /dev/null used to become a file


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown", "sarif", "junit", "github"])
def test_disk_full_is_one_line_and_exit_5(tmp_path: Path, fmt: str) -> None:
    full = _device(tmp_path / "full", 7)
    p = run("check", str(SEEDS), "-j", "1", "-f", fmt, "-o", str(full))
    assert p.returncode == EXIT_OUTPUT, p.stderr
    assert p.stderr.decode().splitlines() == [f"hecha: cannot write {full}: No space left on device"]
    assert stat.S_ISCHR(os.lstat(full).st_mode)
    # the same on stdout, and for `hecha baseline`
    with full.open("wb") as fh:
        p = run("check", str(SEEDS), "-j", "1", "-f", fmt, stdout=fh, stderr=subprocess.PIPE)
    assert p.returncode == EXIT_OUTPUT
    assert p.stderr.decode().splitlines() == [
        "hecha: cannot write the report to stdout: No space left on device"
    ]


def test_baseline_to_a_full_disk(tmp_path: Path) -> None:
    full = _device(tmp_path / "full", 7)
    p = run("baseline", str(SEEDS), "-j", "1", "-o", str(full))
    assert p.returncode == EXIT_OUTPUT
    assert p.stderr.decode().splitlines()[-1] == f"hecha: cannot write {full}: No space left on device"


def _small_files() -> None:  # in the child: files over 1 KB fail with EFBIG (SIGXFSZ ignored)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_file_too_large_leaves_no_partial_report(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "r.out"
    out.write_text("the previous report\n", encoding="utf-8")
    p = run("check", str(SEEDS), "-j", "1", "-f", fmt, "-o", str(out), preexec_fn=_small_files)
    assert p.returncode == EXIT_OUTPUT, p.stderr
    assert p.stderr.decode().splitlines() == [f"hecha: cannot write {out}: File too large"]
    assert out.read_text(encoding="utf-8") == "the previous report\n"  # untouched
    assert not list(tmp_path.glob(".r.out.*"))


def test_an_unwritable_output_is_found_before_the_check(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")  # checking it would print an error line
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    for args in (
        ["-o", str(blocker / "r.json")],
        ["-f", "markdown", "-o", str(blocker / "r.md")],
        ["-f", "sarif", "-o", str(blocker / "r.sarif")],
        ["-o", str(tmp_path)],  # a folder
        ["--format", "html", "-o", str(blocker / "site")],
    ):
        p = run("check", str(tmp_path / "empty.txt"), "-j", "1", *args)
        assert p.returncode == EXIT_USAGE, (args, p.stderr)
        lines = p.stderr.decode().splitlines()
        assert len(lines) == 1 and lines[0].startswith("hecha: cannot write "), lines
        assert "Not a directory" in lines[0] or "is a folder" in lines[0] or "File exists" in lines[0]
    p = run("baseline", str(tmp_path / "empty.txt"), "-o", str(blocker / "b.json"))
    assert p.returncode == EXIT_USAGE and b"empty.txt" not in p.stderr


def test_a_closed_pipe_is_one_line_and_exit_5(tmp_path: Path) -> None:
    """`hecha check corpus | head -c 10`: far more than a pipe holds, then the reader is gone."""
    folder = corpus(tmp_path)
    proc = subprocess.Popen(
        [*HECHA, "check", str(folder), "-j", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.read(10) == b'{\n  "tool"'
        proc.stdout.close()
        err = proc.stderr.read()
        assert proc.wait(timeout=300) == EXIT_OUTPUT
    finally:
        proc.kill()
        proc.wait()
    assert err.decode().splitlines() == ["hecha: cannot write the report to stdout: Broken pipe"]
