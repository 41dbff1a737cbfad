"""SIGINT and SIGTERM wherever they land (reading, merging, rendering, writing, diffing): a
Stopped exception that no `except Exception` catches (it derives from BaseException, as
KeyboardInterrupt does), one line, and exit 130 or 143."""
from __future__ import annotations

import signal
import sys
from collections.abc import Callable

from pipeline.exit_codes import ExitCode


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived: stop cleanly with the signal's exit code."""

    def __init__(self, code: ExitCode):
        super().__init__(code.name)
        self.code = code


def _on_signal(signum, _frame):
    raise Stopped(ExitCode.INTERRUPTED if signum == signal.SIGINT else ExitCode.TERMINATED)


def stoppable(work: Callable[[], ExitCode], where: object, left: str) -> ExitCode:
    """work() with SIGINT/SIGTERM turned into Stopped; on a stop, one line (`left` tells what is
    left on disk, under `where`) and the signal's exit code; a second signal while it is said is ignored."""
    handlers = {s: signal.signal(s, _on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        return work()
    except Stopped as stop:
        for s in handlers:
            signal.signal(s, signal.SIG_IGN)
        print(f"{where}: stopped by {'Ctrl-C' if stop.code == ExitCode.INTERRUPTED else 'SIGTERM'}; {left}",
              file=sys.stderr)
        return stop.code
    finally:
        for s, h in handlers.items():
            signal.signal(s, h)
