"""SIGINT and SIGTERM wherever they land (reading, merging, rendering, writing, diffing): a
Stopped exception that no `except Exception` catches (it derives from BaseException, as
KeyboardInterrupt does), one line, and exit 130 or 143. A stop that lands while Python is
running a finaliser (an object's __del__, a weakref callback) cannot be raised there: Python
reports it as "Exception ignored" and goes on; the signal is then delivered again, to be raised
at the next point that can."""
from __future__ import annotations

import _thread
import signal
import sys
from collections.abc import Callable

from pipeline.exit_codes import ExitCode


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived: stop cleanly with the signal's exit code."""

    def __init__(self, code: ExitCode, signum: int):
        super().__init__(code.name)
        self.code = code
        self.signum = signum


def _on_signal(signum, _frame):
    raise Stopped(ExitCode.INTERRUPTED if signum == signal.SIGINT else ExitCode.TERMINATED, signum)


def _stop_again(before):
    """sys.unraisablehook while stoppable: a Stopped swallowed by a finaliser is sent again
    (and nothing printed); any other unraisable error goes to the hook that was there before.
    It is sent from a new thread (started without waiting on it): raised here, in the hook, it
    would be swallowed again; the main thread runs the handler once the finaliser is done."""
    def hook(unraisable):
        if isinstance(unraisable.exc_value, Stopped):
            _thread.start_new_thread(signal.raise_signal, (unraisable.exc_value.signum,))
        else:
            before(unraisable)
    return hook


def stoppable(work: Callable[[], ExitCode], where: object, left: str) -> ExitCode:
    """work() with SIGINT/SIGTERM turned into Stopped; on a stop, one line (`left` tells what is
    left on disk, under `where`) and the signal's exit code; a second signal while it is said is ignored."""
    handlers = {s: signal.signal(s, _on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    unraisable, sys.unraisablehook = sys.unraisablehook, _stop_again(sys.unraisablehook)
    try:
        return work()
    except Stopped as stop:
        for s in handlers:
            signal.signal(s, signal.SIG_IGN)
        print(f"{where}: stopped by {'Ctrl-C' if stop.code == ExitCode.INTERRUPTED else 'SIGTERM'}; {left}",
              file=sys.stderr)
        return stop.code
    finally:
        sys.unraisablehook = unraisable
        for s, h in handlers.items():
            signal.signal(s, h)
