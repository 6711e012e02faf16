"""Progress on stderr: drawn on a terminal, silent in CI and in pipes; done/total, rate, time left."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hecha.progress import Progress, wanted

from .conftest import SEEDS


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(autouse=True)
def _outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests draw as on a developer's terminal; CI sets CI=true, which (rightly) silences
    progress. Tests of the CI behaviour set the variable themselves."""
    monkeypatch.delenv("CI", raising=False)


def test_wanted_only_on_a_terminal_outside_ci() -> None:
    assert wanted(Tty(), {})
    assert not wanted(io.StringIO(), {})
    assert not wanted(Tty(), {"CI": "true"})
    assert not wanted(Tty(), {"CI": "1"})
    assert wanted(Tty(), {"CI": "false"})
    assert wanted(Tty(), {"CI": ""})


def _last(out: io.StringIO) -> str:
    """The progress line as last drawn (rich rewrites it in place after a carriage return)."""
    return out.getvalue().split("\r")[-1].replace("\x1b[2K", "").split("\n")[0].strip()


def test_shows_done_of_total_a_bar_the_rate_and_time_left() -> None:
    clock, out = Clock(), Tty()
    with Progress(100, stream=out, clock=clock, delay=0, interval=0, lang="en", width=100) as p:
        for _ in range(25):
            clock.t += 0.4
            p.advance()
        line = _last(out)
        assert "25/100 documents" in line and "2.5 docs/s" in line
        assert re.search(r"left 0:00:3[01]$", line)  # 75 more at 2.5 a second (rich rounds up)
        assert "━" in line  # rich's bar
        for _ in range(75):
            clock.t += 0.4
            p.advance()
    assert "100/100 documents" in _last(out) and "took 0:00:40" in _last(out)
    zh, clock = Tty(), Clock()
    with Progress(4, stream=zh, clock=clock, delay=0, interval=0, width=100) as p:
        for _ in range(2):  # rich's rate needs two samples
            clock.t += 2
            p.advance()
        assert "核查" in _last(zh) and "2/4 份" in _last(zh) and "0.5 份/秒" in _last(zh)
        assert re.search(r"剩余 0:00:0[45]$", _last(zh))


def test_draws_on_a_terminal_after_the_delay_and_ends_the_line() -> None:
    clock, out = Clock(), Tty()
    with Progress(10, stream=out, clock=clock, delay=0.5, interval=0.1, lang="en", width=100) as p:
        assert p.enabled
        p.advance()  # within the delay: nothing
        assert out.getvalue() == ""
        clock.t += 1
        p.advance()
        assert "2/10 documents" in _last(out)
        drawn = out.getvalue()
        clock.t += 0.01
        p.advance()  # within the interval: not redrawn
        assert out.getvalue() == drawn
        clock.t += 1
        for _ in range(7):
            p.advance()
    text = out.getvalue()
    assert "10/10 documents" in text and text.rstrip("\x1b[?25h").endswith("\n")


@pytest.mark.parametrize("stream", [io.StringIO(), Tty()])
def test_silent_when_not_wanted(stream: io.StringIO, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    clock = Clock()
    with Progress(3, stream=stream, clock=clock, delay=0) as p:
        for _ in range(3):
            clock.t += 5
            p.advance()
    assert stream.getvalue() == ""


def test_short_runs_never_draw() -> None:
    out = Tty()
    with Progress(3, stream=out, clock=Clock(), delay=0.5) as p:
        for _ in range(3):
            p.advance()
    assert out.getvalue() == ""


def test_cli_stderr_is_clean_when_piped() -> None:
    # stderr is a pipe here: no progress line, whatever the CI variable says
    p = subprocess.run(
        [sys.executable, "-m", "hecha.cli", "check", str(SEEDS), "--format", "markdown"],
        capture_output=True,
        timeout=120,
    )
    assert p.returncode == 1
    assert b"\r" not in p.stderr and "核查".encode() not in p.stderr


def test_unknown_total_shows_count_and_rate() -> None:
    clock, out = Clock(), Tty()
    with Progress(None, stream=out, clock=clock, delay=0, interval=0, lang="en", width=100) as p:
        for _ in range(10):
            clock.t += 0.4
            p.advance()
        assert "10 documents" in _last(out) and "2.5 docs/s" in _last(out) and "left" not in _last(out)


def test_echo_prints_above_the_progress_line() -> None:
    clock, out = Clock(), Tty()
    with Progress(4, stream=out, clock=clock, delay=0, interval=0, lang="en", width=100) as p:
        p.echo("before any drawing")
        clock.t += 1
        p.advance()
        p.echo("hecha: bad.txt: [binary] file")  # not rich markup: printed as it is
        clock.t += 1
        p.advance()
    text = out.getvalue()
    assert text.startswith("before any drawing\n")
    assert "hecha: bad.txt: [binary] file\n" in text
    assert text.index("hecha: bad.txt") < text.rindex("2/4 documents")
    plain = io.StringIO()
    Progress(4, stream=plain).echo("hecha: x")
    assert plain.getvalue() == "hecha: x\n"


def test_folders_are_counted_for_a_total(tmp_path: Path) -> None:
    from hecha.cli import _count_sources

    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("审结25件。", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.md").write_text("审结25件。", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b", encoding="utf-8")  # not a report format
    assert _count_sources([str(tmp_path)]) == 4
    assert _count_sources([str(tmp_path), "-"]) is None  # stdin cannot be counted without reading it
