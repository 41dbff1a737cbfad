"""Running the command line on a pseudo-terminal, as a person at a terminal would see it."""
from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def on_a_terminal(args: list[str]) -> tuple[int, bytes]:
    """`python -m pipeline ARGS` with stderr on a terminal: its exit code and all it drew there."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:   # the terminal closes when the process ends (EIO on Linux)
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    return proc.wait(), seen
