"""Progress of a long run on a terminal: documents done of total, rate, time left.

Drawn on stderr, on one line rewritten in place, only when stderr is a terminal and the environment
variable CI is not set (CI logs and pipes stay clean). Nothing is drawn for the first `delay` seconds,
so short runs never flicker, and at most every `interval` seconds after that.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TextIO

LABELS = {
    "zh": ("核查", "份", "份/秒", "剩余", "用时"),
    "en": ("checked", "documents", "docs/s", "left", "took"),
}


def _clock(seconds: float) -> str:
    s = max(0, round(seconds))
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


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


class Progress:
    """`with Progress(total) as p: ... p.advance()` — draws "核查 12/100 份 · 3.4 份/秒 · 剩余 0:26";
    with `total` None (documents read lazily), "核查 12 份 · 3.4 份/秒"."""

    def __init__(
        self,
        total: int | None,
        stream: TextIO | None = None,
        enabled: bool | None = None,
        lang: str = "zh",
        delay: float = 0.5,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.stream = sys.stderr if stream is None else stream
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self.labels = LABELS.get(lang, LABELS["en"])
        self.delay, self.interval, self.clock = delay, interval, clock
        self.done = 0
        self.start = clock()
        self._last_draw: float | None = None

    def line(self, now: float | None = None) -> str:
        """The progress line for the current state (also used by tests)."""
        verb, unit, rate_unit, left, took = self.labels
        elapsed = (self.clock() if now is None else now) - self.start
        of = "" if self.total is None else f"/{self.total}"
        parts = [f"{verb} {self.done}{of} {unit}"]
        rate = self.done / elapsed if elapsed > 0 else 0.0
        if self.done and elapsed > 0:
            parts.append(f"{rate:.1f} {rate_unit}")
        if self.finished:
            parts.append(f"{took} {_clock(elapsed)}")
        elif rate > 0 and self.total is not None:
            parts.append(f"{left} {_clock((self.total - self.done) / rate)}")
        return " · ".join(parts)

    @property
    def finished(self) -> bool:
        return self.total is not None and self.done >= self.total

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = self.clock()
        if now - self.start < self.delay:
            return
        if self._last_draw is not None and now - self._last_draw < self.interval and not self.finished:
            return
        self._draw(self.line(now))
        self._last_draw = now

    def _draw(self, text: str) -> None:
        # \x1b[K clears the rest of the line (the previous text may have been wider: CJK cells)
        self.stream.write("\r" + text + "\x1b[K")
        self.stream.flush()

    def echo(self, message: str) -> None:
        """Print a line of its own (e.g. an unreadable file) without mangling the progress line."""
        if self.enabled and self._last_draw is not None:
            self.stream.write("\r\x1b[K" + message + "\n")
            self._draw(self.line())
        else:
            self.stream.write(message + "\n")
            self.stream.flush()

    def close(self) -> None:
        """End the line if anything was drawn (the final state, then a newline)."""
        if self.enabled and self._last_draw is not None:
            self._draw(self.line())
            self.stream.write("\n")
            self.stream.flush()
            self._last_draw = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
