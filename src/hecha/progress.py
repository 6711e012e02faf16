"""Progress of a long run on a terminal: documents done of total, a bar, rate and time left.

Drawn on stderr with rich's progress display, only when stderr is a terminal and the environment
variable CI is not set (CI logs and pipes stay clean). Nothing is drawn for the first `delay` seconds,
so short runs never flicker, and at most every `interval` seconds after that: the display is refreshed
by `advance`, never by a thread of rich's, so what is drawn depends only on the documents done and
the clock (which tests replace).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress

LABELS = {
    "zh": ("核查", "份", "份/秒", "剩余", "用时"),
    "en": ("checked", "documents", "docs/s", "left", "took"),
}


def wanted(stream: TextIO, environ: dict[str, str] | None = None) -> bool:
    """Whether progress should be drawn on `stream`: a terminal, and not in CI."""
    env = os.environ if environ is None else environ
    if env.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):
        return False


def _rich_bar(
    verb: str,
    unit: str,
    rate_unit: str,
    left: str,
    took: str,
    console_kw: dict[str, Any],
    clock: Callable[[], float],
) -> RichProgress:
    """rich's progress display with hecha's columns (rich is imported only for a run that draws)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        ProgressColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as RichProgress
    from rich.text import Text

    class _Rate(ProgressColumn):
        """Documents a second, over rich's speed estimate (the last 30 s)."""

        def __init__(self, unit: str) -> None:
            super().__init__()
            self.unit = unit

        def render(self, task: Task) -> Text:
            return Text(f"{task.speed:.1f} {self.unit}" if task.speed else "", style="progress.data.speed")

    class _Count(ProgressColumn):
        """12/100 份 with a total, 12 份 without one."""

        def __init__(self, unit: str) -> None:
            super().__init__()
            self.unit, self.of = unit, MofNCompleteColumn()

        def render(self, task: Task) -> Text:
            if task.total is None:
                return Text(f"{int(task.completed)} {self.unit}", style="progress.download")
            shown = self.of.render(task)
            shown.append(f" {self.unit}")
            return shown

    class _Left(ProgressColumn):
        """剩余 0:00:26 while running (with a total), 用时 0:01:02 once finished."""

        def __init__(self, left: str, took: str) -> None:
            super().__init__()
            self.left, self.took = left, took
            self.remaining, self.elapsed = TimeRemainingColumn(), TimeElapsedColumn()

        def render(self, task: Task) -> Text:
            if task.finished:
                return Text(f"{self.took} ").append_text(self.elapsed.render(task))
            if task.total is None or not task.speed:
                return Text("")
            return Text(f"{self.left} ").append_text(self.remaining.render(task))

    return RichProgress(
        TextColumn(verb),
        BarColumn(bar_width=24),
        _Count(unit),
        _Rate(rate_unit),
        _Left(left, took),
        console=Console(**console_kw),
        auto_refresh=False,  # drawn by advance(), at most every `interval`: no thread, no timer
        get_time=clock,
        redirect_stdout=False,
        redirect_stderr=False,
    )


class Progress:
    """`with Progress(total) as p: ... p.advance()` — draws "核查 ━━━━╸─── 12/100 份 3.4 份/秒 剩余 0:00:26";
    with `total` None (documents read lazily and not counted), "核查 12 份 3.4 份/秒"."""

    def __init__(
        self,
        total: int | None,
        stream: TextIO | None = None,
        enabled: bool | None = None,
        lang: str = "zh",
        delay: float = 0.5,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
        width: int | None = None,
    ) -> None:
        self.total = total
        self.stream = sys.stderr if stream is None else stream
        self.enabled = wanted(self.stream) if enabled is None else enabled
        verb, unit, rate_unit, left, took = LABELS.get(lang, LABELS["en"])
        self.delay, self.interval, self.clock = delay, interval, clock
        self.start = clock()
        self._last_draw: float | None = None
        self._done = 0  # (counted here: a run that draws nothing never builds rich's display)
        self._bar: RichProgress | None = None
        if self.enabled:
            console_kw = {
                "file": self.stream,
                "force_terminal": True,
                "width": width,
                "highlight": False,
                "color_system": "auto" if width is None else None,
            }
            self._bar = _rich_bar(verb, unit, rate_unit, left, took, console_kw, clock)
            self._task = self._bar.add_task(verb, total=total)

    @property
    def done(self) -> int:
        return self._done

    @property
    def finished(self) -> bool:
        return self.total is not None and self.done >= self.total

    def advance(self, n: int = 1) -> None:
        self._done += n
        if self._bar is None:
            return
        self._bar.advance(self._task, n)
        now = self.clock()
        if now - self.start < self.delay:
            return
        if self._last_draw is None:
            self._bar.start()
        elif now - self._last_draw < self.interval and not self.finished:
            return
        self._bar.refresh()
        self._last_draw = now

    def echo(self, message: str) -> None:
        """Print a line of its own (e.g. an unreadable file) above the progress display."""
        if self._bar is not None and self._last_draw is not None:
            self._bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            self.stream.write(message + "\n")
            self.stream.flush()

    def close(self) -> None:
        """Leave the final state on its line if anything was drawn."""
        if self._bar is not None and self._last_draw is not None:
            self._bar.refresh()
            self._bar.stop()
            self._last_draw = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
