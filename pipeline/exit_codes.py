"""Exit codes of the command, and the one rule that combines two outcomes into one.

0 every input was extracted (an edition or a document); 4 only with --editions-only: some input is
not a strategy edition and was extracted as a document (DIR/documents/); 3 datasets were written
but carry problems (problems.csv); 1 an input failed or an edition was kept as it was; 2 wrong
usage; 130/143 stopped by SIGINT/SIGTERM. diff: 0 same, 1 differ (--exit-code), 2 trouble.
Severity is not numeric order (1 is worse than 3): `worse` says which of two outcomes wins.
"""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1
    USAGE = 2
    PROBLEMS = 3
    DOCUMENTS = 4
    DIFFER = 1        # diff --exit-code: the editions differ (an alias of FAILED)
    TROUBLE = 2       # diff: an input cannot be used or the output cannot be written (an alias of USAGE)
    INTERRUPTED = 130
    TERMINATED = 143


_SEVERITY = {ExitCode.OK: 0, ExitCode.DOCUMENTS: 1, ExitCode.PROBLEMS: 2, ExitCode.FAILED: 3,
             ExitCode.USAGE: 4, ExitCode.TERMINATED: 5, ExitCode.INTERRUPTED: 5}


def worse(a: ExitCode, b: ExitCode) -> ExitCode:
    """The outcome that a run with both outcomes reports (the first one on a tie)."""
    return b if _SEVERITY[b] > _SEVERITY[a] else a
