"""A run killed (SIGKILL) at every point where it writes leaves, per edition, the previous
complete datasets or the new complete ones, never a mix; the next run finishes the job.

The runs happen in a forked child whose os.fsync / os.replace / os.rename kill the process on
their N-th call, for every N up to the number of such calls in a whole run: every moment
between two durable steps of writing is a moment the test kills the run in. Forking the warm
test process (instead of starting an interpreter per kill point) keeps every kill point cheap.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.writers import recover

def _extract(kill_at: int, inputs: Path, out: Path, *extra: str) -> tuple[int, int]:
    """Run extract in a fork of this (already warm) process whose os.fsync / os.replace /
    os.rename SIGKILL it on their kill_at-th call (0: never). Returns (how it ended as
    os.waitstatus_to_exitcode gives it, number of such calls made)."""
    return _wait(_start(kill_at, inputs, out, *extra))


def _wait(started: tuple[int, int]) -> tuple[int, int]:
    pid, read = started
    _, status = os.waitpid(pid, 0)
    calls = os.read(read, 64).decode() or "0"
    os.close(read)
    return os.waitstatus_to_exitcode(status), int(calls)


def _start(kill_at: int, inputs: Path, out: Path, *extra: str) -> tuple[int, int]:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: count the durable steps, die at the chosen one
        os.close(read)
        calls = [0]

        def counted(fn):
            def call(*args, **kwargs):
                calls[0] += 1
                if calls[0] == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)
                return fn(*args, **kwargs)
            return call

        os.fsync, os.replace, os.rename = counted(os.fsync), counted(os.replace), counted(os.rename)
        code = 1
        try:
            code = main(["extract", str(inputs), "--out", str(out), "-q", *extra])
        finally:
            os.write(write, str(calls[0]).encode())
            os._exit(code)
    os.close(write)
    return pid, read


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
    code, writes = _extract(0, inputs, fresh)
    assert code == 0
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
        shutil.copytree(previous, tmp_path / f"killed_{kill_at}")
    # every kill point, two at a time (one per core): each run has its own output folder
    for pair in (range(k, min(k + 2, writes + 1)) for k in range(1, writes + 1, 2)):
        started = [_start(k, inputs, tmp_path / f"killed_{k}", "--force") for k in pair]
        for k, run in zip(pair, started):
            killed, _ = _wait(run)
            assert killed == -signal.SIGKILL, (k, killed)
    for kill_at in range(1, writes + 1):
        out = tmp_path / f"killed_{kill_at}"
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
        assert main(["extract", str(inputs), "--out", str(out), "-q"]) == 0, kill_at
        assert _snapshot(out) == new, kill_at
