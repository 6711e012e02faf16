"""Progress on stderr: drawn on a terminal, silent in CI and in pipes; done/total, rate, time left."""

from __future__ import annotations

import io
import subprocess
import sys

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


def test_line_shows_done_total_rate_and_time_left() -> None:
    clock = Clock()
    p = Progress(100, stream=Tty(), enabled=True, clock=clock, lang="en")
    assert p.line() == "checked 0/100 documents"
    clock.t += 10
    p.done = 25
    assert p.line() == "checked 25/100 documents · 2.5 docs/s · left 0:30"
    clock.t += 3590
    p.done = 50
    assert p.line() == "checked 50/100 documents · 0.0 docs/s · left 1:00:00"
    p.done = 100
    assert p.line().endswith("took 1:00:00")
    zh = Progress(4, stream=Tty(), enabled=True, clock=clock)
    zh.done = 1
    clock.t += 2
    assert zh.line() == "核查 1/4 份 · 0.5 份/秒 · 剩余 0:06"


def test_draws_on_a_terminal_after_the_delay_and_ends_the_line() -> None:
    clock, out = Clock(), Tty()
    with Progress(10, stream=out, clock=clock, delay=0.5, interval=0.1, lang="en") as p:
        assert p.enabled
        p.advance()  # within the delay: nothing
        assert out.getvalue() == ""
        clock.t += 1
        p.advance()
        assert out.getvalue().startswith("\rchecked 2/10 documents")
        drawn = out.getvalue()
        clock.t += 0.01
        p.advance()  # within the interval: not redrawn
        assert out.getvalue() == drawn
        clock.t += 1
        for _ in range(7):
            p.advance()
    text = out.getvalue()
    assert "checked 10/10 documents" in text and text.endswith("\n")
    assert "\x1b[K" in text  # each redraw clears what a longer previous line left


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
    with Progress(None, stream=out, clock=clock, delay=0, lang="en") as p:
        clock.t += 4
        for _ in range(10):
            p.advance()
        assert p.line() == "checked 10 documents · 2.5 docs/s"
    assert out.getvalue().endswith("checked 10 documents · 2.5 docs/s\x1b[K\n")


def test_echo_keeps_the_progress_line_intact() -> None:
    clock, out = Clock(), Tty()
    with Progress(4, stream=out, clock=clock, delay=0, lang="en") as p:
        p.echo("before any drawing")
        clock.t += 1
        p.advance()
        p.echo("hecha: bad.txt: binary file")
        assert out.getvalue().endswith(
            "\r\x1b[Khecha: bad.txt: binary file\n\rchecked 1/4 documents · 1.0 docs/s · left 0:03\x1b[K"
        )
    assert out.getvalue().startswith("before any drawing\n")
    plain = io.StringIO()
    Progress(4, stream=plain).echo("hecha: x")
    assert plain.getvalue() == "hecha: x\n"
