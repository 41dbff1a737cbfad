"""A run killed (SIGKILL) at every point where it writes leaves, per edition, the previous
complete datasets or the new complete ones, never a mix; the next run finishes the job.

The runs happen in a child process whose os.fsync / os.replace / os.rename kill the process on
their N-th call, for every N up to the number of such calls in a whole run: every moment
between two durable steps of writing is a moment the test kills the run in.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.writers import recover

ROOT = Path(__file__).resolve().parents[1]

DRIVER = """
import os, signal, sys
kill_at, calls = int(sys.argv[1]), [0]
def counted(fn):
    def call(*args, **kwargs):
        calls[0] += 1
        if calls[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return fn(*args, **kwargs)
    return call
os.fsync, os.replace, os.rename = counted(os.fsync), counted(os.replace), counted(os.rename)
from pipeline.cli import main
code = main(sys.argv[2:])
print(calls[0])
sys.exit(code)
"""


def _extract(kill_at: int, inputs: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", DRIVER, str(kill_at), "extract", str(inputs),
                           "--out", str(out), "-q", *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def _snapshot(out: Path) -> dict[str, dict[str, str]]:
    """edition folder → {file name: sha256} for every visible edition folder."""
    snap = {}
    for folder in sorted(p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")):
        snap[folder.name] = {f.name: hashlib.sha256(f.read_bytes()).hexdigest()
                             for f in sorted(folder.iterdir())}
    return snap


@pytest.fixture(scope="module")
def two_editions(tmp_path_factory) -> Path:
    from samples.build_samples import build

    root = tmp_path_factory.mktemp("kill_inputs")
    for edition in ("2098", "2099"):
        (root / edition).mkdir()
        build(root / edition, edition)
    return root


def test_killed_at_every_write_leaves_old_or_new_complete(two_editions, tmp_path):
    inputs = two_editions
    # the new datasets: what an uninterrupted run writes
    fresh = tmp_path / "fresh"
    done = _extract(0, inputs, fresh)
    assert done.returncode == 0, done.stderr
    writes = int(done.stdout.split()[-1])
    new = _snapshot(fresh)
    assert sorted(new) == ["2098", "2099"]
    # the previous datasets: the same folders, every file different (as after a code change)
    previous = tmp_path / "previous"
    shutil.copytree(fresh, previous)
    for folder in previous.iterdir():
        if folder.is_dir():
            for f in folder.iterdir():
                f.write_bytes(f.read_bytes() + b"previous run\n")
    old = _snapshot(previous)
    assert all(old[e][n] != new[e][n] for e in new for n in new[e])

    assert writes >= 2 * len(new["2098"]) + 4  # a staged file each, the swaps, the manifests
    for kill_at in range(1, writes + 1):
        out = tmp_path / f"killed_{kill_at}"
        shutil.copytree(previous, out)
        killed = _extract(kill_at, inputs, out, "--force")
        assert killed.returncode == -signal.SIGKILL, (kill_at, killed.returncode, killed.stderr)
        # right after the kill: no edition folder is a mix (one may be absent mid-swap)
        for edition, files in _snapshot(out).items():
            assert files in (old[edition], new[edition]), (kill_at, edition)
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        assert sorted(manifest["editions"]) == ["2098", "2099"]
        # what the next run does first: every edition is complete again, old or new
        recover(out)
        after = _snapshot(out)
        assert sorted(after) == ["2098", "2099"], kill_at
        for edition, files in after.items():
            assert files in (old[edition], new[edition]), (kill_at, edition)
        assert not [p.name for p in out.iterdir() if p.name.startswith(".") and p.name != ".lock"], kill_at
        # and a plain rerun (no --force) brings every edition to the new datasets
        rerun = _extract(0, inputs, out)
        assert rerun.returncode == 0, (kill_at, rerun.stderr)
        assert _snapshot(out) == new, kill_at
