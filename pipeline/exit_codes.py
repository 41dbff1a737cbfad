"""Exit codes of the command, and the one rule that combines two outcomes into one.

0 every input became complete datasets; 3 datasets were written but carry problems
(problems.csv); 1 an input failed; 2 wrong usage; 130/143 stopped by SIGINT/SIGTERM.
Severity is not numeric order (1 is worse than 3): `worse` says which of two outcomes wins.
"""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1
    USAGE = 2
    PROBLEMS = 3
    INTERRUPTED = 130
    TERMINATED = 143


_SEVERITY = {ExitCode.OK: 0, ExitCode.PROBLEMS: 1, ExitCode.FAILED: 2, ExitCode.USAGE: 3,
             ExitCode.TERMINATED: 4, ExitCode.INTERRUPTED: 4}


def worse(a: ExitCode, b: ExitCode) -> ExitCode:
    """The outcome that a run with both outcomes reports (the first one on a tie)."""
    return b if _SEVERITY[b] > _SEVERITY[a] else a
