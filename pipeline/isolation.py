"""Work on untrusted files in forked worker processes, one task each, with budgets.

A task runs in its own child (fork): its address space is capped (RLIMIT_AS) and the parent
kills it when its wall time is up. Whatever happens to one child (a bomb, a crash, SIGKILL)
costs that task only: it comes back as a Failure with a reason, and every other task goes on.
Children stay in the parent's process group (a terminal's Ctrl-C reaches them) and close the
run's lock file, so the lock dies with the parent. Results come back in task order, each as
soon as it and those before it are done.
"""
from __future__ import annotations

import gc
import os
import resource
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from typing import Any


@dataclass(frozen=True, slots=True)
class Task:
    key: str
    fn: Callable[..., Any]
    args: tuple
    seconds: float       # wall-time budget
    weight: int = 0      # bigger tasks start first


@dataclass(frozen=True, slots=True)
class Failure:
    reason: str          # what went wrong, for the user's one line


def _child(conn: Connection, task: Task, memory: int, close_fd: int | None) -> None:
    # A worker lives for one task and ends with os._exit: nothing the cyclic collector frees
    # would outlive it, and once a task's pause (extractors/memory.py) ends, its first
    # collection would scan every record the task built, for nothing.
    gc.disable()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if close_fd is not None:
        os.close(close_fd)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        conn.send(("ok", task.fn(*task.args)))
    except MemoryError:
        conn.send(("failed", f"over the memory budget of {memory // 2**20} MB"))
    except BaseException as exc:  # a bug met on this input: reported, never raised in the parent
        conn.send(("failed", f"internal error ({type(exc).__name__}: {exc})"))
    finally:
        conn.close()
        os._exit(0)


@dataclass(slots=True)
class _Running:
    task: Task
    process: Any
    conn: Connection
    deadline: float


def _finish(r: _Running, ending: list) -> object:
    """The task's result, or a Failure saying how its worker ended. A worker that sent its
    result is left to end on its own (`ending`, joined when the run is over): the next task
    need not wait while the system takes its memory back."""
    try:
        status, value = r.conn.recv() if r.conn.poll() else ("died", None)
    except (EOFError, OSError):
        status, value = "died", None
    r.conn.close()
    if status == "ok":
        ending.append(r.process)
        return value
    r.process.join(timeout=5)
    if status == "failed":
        return Failure(str(value))
    code = r.process.exitcode
    if code == 0:
        return Failure("its worker ended without sending its result (out of memory while sending it?)")
    how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"
    return Failure(f"its worker died ({how}); it may have run out of memory")


def _kill(r: _Running) -> None:
    if r.process.is_alive():
        r.process.kill()
    r.process.join(timeout=5)
    r.conn.close()


def run_tasks(tasks: list[Task], jobs: int, memory: int, close_fd: int | None = None) -> Iterator[tuple[Task, object]]:
    """(task, result or Failure) for every task, in task order; at most `jobs` at a time."""
    ctx = get_context("fork")
    queue = sorted(range(len(tasks)), key=lambda i: -tasks[i].weight)
    running: dict[int, _Running] = {}
    done: dict[int, object] = {}
    ending: list = []   # workers that sent their result and are ending
    emitted = 0
    try:
        while emitted < len(tasks):
            while queue and len(running) < max(jobs, 1):
                i = queue.pop(0)
                receive, send = ctx.Pipe(duplex=False)
                p = ctx.Process(target=_child, args=(send, tasks[i], memory, close_fd), daemon=True)
                p.start()
                send.close()
                running[i] = _Running(tasks[i], p, receive, time.monotonic() + tasks[i].seconds)
            _step(running, done, ending)
            while emitted in done:
                yield tasks[emitted], done.pop(emitted)
                emitted += 1
    finally:
        for r in running.values():
            _kill(r)
        for p in ending:
            p.join(timeout=5)


def _step(running: dict[int, _Running], done: dict[int, object], ending: list) -> None:
    """Wait for a worker to answer, end or run out of time."""
    if not running:
        return
    now = time.monotonic()
    timeout = max(0.0, min(r.deadline for r in running.values()) - now)
    ready = set(wait([r.conn for r in running.values()] + [r.process.sentinel for r in running.values()],
                     timeout=timeout))
    now = time.monotonic()
    for i, r in list(running.items()):
        if r.conn in ready or r.process.sentinel in ready:
            done[i] = _finish(r, ending)
            del running[i]
        elif now >= r.deadline:
            _kill(r)
            done[i] = Failure(f"over the time budget of {r.task.seconds:.0f} s")
            del running[i]
