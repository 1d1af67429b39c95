"""The progress bar `discrep check` shows on a terminal when reading the articles takes a while.

The engine only calls `progress(done, total)` as it takes up each article (the total is the
articles read so far: they are streamed); this module decides whether anyone should see that. A
bar appears on stderr once a second has passed, and only when stderr is a terminal and the CI
environment variable is not set: piped output, files and CI logs stay exactly as they were. It is
transient: once the run is over it is wiped from the terminal.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

DELAY = 1.0  # seconds before a bar appears
_REFRESH = 0.1  # seconds between redraws


def wanted(stream: TextIO) -> bool:
    """A bar only for a person at a terminal: not in CI, not into a pipe or a file."""
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class DelayedProgress:
    """A `progress(done, total)` callback that draws a rich bar after `delay` seconds, if wanted."""

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        delay: float = DELAY,
        clock: Callable[[], float] = time.monotonic,
        enabled: bool | None = None,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self.clock = clock
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self.started = clock()
        self._last = 0.0
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = self.clock()
        if self._bar is None:
            # not `done >= total`: the engine streams, so the total is the articles read so far and
            # one article in, one out keeps them equal for the whole run
            if now - self.started < self.delay:
                return
            console = Console(file=self.stream, force_terminal=True, stderr=True)
            self._bar = Progress(
                TextColumn("discrep: reading articles"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                transient=True,
                auto_refresh=False,
            )
            self._bar.start()
            self._task = self._bar.add_task("articles", total=total)
        assert self._task is not None
        self._bar.update(self._task, completed=done, total=total)
        if now - self._last >= _REFRESH or done >= total:
            self._last = now
            self._bar.refresh()

    @property
    def shown(self) -> bool:
        return self._bar is not None

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()

    def __enter__(self) -> DelayedProgress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
