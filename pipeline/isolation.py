"""Work on untrusted files in forked worker processes, with budgets.

A task runs in a child (fork) that reads tasks in turn: its address space is capped
(RLIMIT_AS: what it inherited at the fork plus the memory budget) and the parent kills it when a task's wall time is up. Whatever happens to one child
(a bomb, a crash, SIGKILL) costs that task only: it comes back as a Failure with a reason (after
a second try in a fresh child when the first had read other tasks before), and every other task
goes on.
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


def _inherited() -> int:
    """The address space the child already holds, inherited from its parent at the fork (Linux: /proc/self/statm's
    first field, in pages; 0 where it cannot be read). The budget is what a task may add to it: a parent grown large
    (a long test session, a batch's caches) leaves its worker no less room to read a file in."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _child(conn: Connection, tasks: list[Task], memory: int, close_fd: int | None) -> None:
    """A worker: reads task numbers from the parent and answers each with its result, until told
    to stop (None) or a task fails (a worker whose task failed is not trusted with another)."""
    # The objects inherited from the parent are frozen out of the cyclic collector's reach, and
    # it does not run during a task (its first pass would scan every record the task built, for
    # nothing); between tasks it frees what the last one left in cycles.
    gc.disable()
    gc.freeze()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if close_fd is not None:
        os.close(close_fd)
    try:
        cap = _inherited() + memory
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        while (i := conn.recv()) is not None:
            try:
                conn.send(("ok", tasks[i].fn(*tasks[i].args)))
            except MemoryError:
                conn.send(("failed", f"over the memory budget of {memory // 2**20} MB"))
                break
            except BaseException as exc:  # a bug met on this input: reported, never raised in the parent
                conn.send(("failed", f"internal error ({type(exc).__name__}: {exc})"))
                break
            gc.collect()
    except (EOFError, OSError):   # the parent is gone
        pass
    finally:
        conn.close()
        os._exit(0)


@dataclass(slots=True)
class _Worker:
    process: Any
    conn: Connection
    task: int | None = None   # the task it is reading (None: idle)
    deadline: float = 0.0
    read: int = 0             # tasks it has answered


def _result(w: _Worker) -> tuple[str, object]:
    """What the busy worker answered: ("ok", value), ("failed", reason) or ("died", None)."""
    try:
        return w.conn.recv() if w.conn.poll() else ("died", None)
    except (EOFError, OSError):
        return "died", None


def _death(w: _Worker) -> Failure:
    w.process.join(timeout=5)
    code = w.process.exitcode
    if code == 0:
        return Failure("its worker ended without sending its result (out of memory while sending it?)")
    how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"
    return Failure(f"its worker died ({how}); it may have run out of memory")


def _retire(w: _Worker, ending: list) -> None:
    """An idle worker is told to stop and left to end on its own (joined when the run is over):
    the next task need not wait while the system takes its memory back."""
    try:
        w.conn.send(None)
    except OSError:
        pass
    w.conn.close()
    ending.append(w.process)


def _kill(w: _Worker) -> None:
    if w.process.is_alive():
        w.process.kill()
    w.process.join(timeout=5)
    w.conn.close()


def run_tasks(tasks: list[Task], jobs: int, memory: int, close_fd: int | None = None) -> Iterator[tuple[Task, object]]:
    """(task, result or Failure) for every task, in task order; at most `jobs` workers at a time,
    each reading tasks in turn (a fork per file costs a tenth of the time: every child faults in
    its memory anew). A task that fails in a worker that had read others is read once more in a
    fresh worker, so that what an earlier file left behind (memory, a broken state) never costs
    another file; a task over its time budget is not read again."""
    pool = _Pool(tasks, max(jobs, 1), memory, close_fd)
    emitted = 0
    try:
        while emitted < len(tasks):
            pool.hand_out()
            _step(tasks, pool.workers, pool.done, pool.queue, pool.fresh, pool.ending)
            pool.hand_out()   # the next task goes out before the answers are given on: a worker
            # reads it while the caller works on those (pipeline.run renders a document's datasets)
            while emitted in pool.done:
                yield tasks[emitted], pool.done.pop(emitted)
                emitted += 1
    finally:
        pool.close()


class _Pool:
    """The workers of one run_tasks, the tasks waiting, and the answers not yet emitted."""

    def __init__(self, tasks: list[Task], jobs: int, memory: int, close_fd: int | None):
        self.tasks, self.jobs, self.memory, self.close_fd = tasks, jobs, memory, close_fd
        self.ctx = get_context("fork")
        self.queue = sorted(range(len(tasks)), key=lambda i: -tasks[i].weight)
        self.fresh: set[int] = set()   # tasks to read again, in a new worker
        self.workers: list[_Worker] = []
        self.done: dict[int, object] = {}
        self.ending: list = []   # workers told to stop

    def fork(self) -> _Worker:
        mine, theirs = self.ctx.Pipe(duplex=True)
        p = self.ctx.Process(target=_child, args=(theirs, self.tasks, self.memory, self.close_fd), daemon=True)
        p.start()
        theirs.close()
        w = _Worker(p, mine)
        self.workers.append(w)
        return w

    def _worker_for(self, i: int) -> _Worker | None:
        """An idle worker, or a new one (always for a task read again); None when all are busy."""
        idle = [w for w in self.workers if w.task is None]
        if idle and i not in self.fresh:
            return idle[0]
        if len(self.workers) >= self.jobs:
            if not idle:
                return None
            self.workers.remove(idle[0])
            _retire(idle[0], self.ending)
        return self.fork()

    def hand_out(self) -> None:
        """Tasks to workers while some are free; with none left, the idle workers are told to stop."""
        while self.queue and (w := self._worker_for(self.queue[0])) is not None:
            i = self.queue.pop(0)
            try:
                w.conn.send(i)
            except OSError:   # it ended while idle: the task goes to a new worker
                self.workers.remove(w)
                _kill(w)
                self.queue.insert(0, i)
                continue
            w.task, w.deadline = i, time.monotonic() + self.tasks[i].seconds
        if not self.queue:
            for w in [w for w in self.workers if w.task is None]:
                self.workers.remove(w)
                _retire(w, self.ending)

    def close(self) -> None:
        for w in self.workers:
            _kill(w) if w.task is not None else _retire(w, self.ending)
        for p in self.ending:
            p.join(timeout=5)


def _step(tasks: list[Task], workers: list[_Worker], done: dict[int, object], queue: list[int], fresh: set[int], ending: list) -> None:
    """Wait for a busy worker to answer, end or run out of time."""
    busy = [w for w in workers if w.task is not None]
    if not busy:
        return
    now = time.monotonic()
    timeout = max(0.0, min(w.deadline for w in busy) - now)
    ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=timeout))
    now = time.monotonic()
    for w in busy:
        i = w.task
        assert i is not None
        if w.conn in ready or w.process.sentinel in ready:
            status, value = _result(w)
            if status == "ok":
                done[i], w.task, w.read = value, None, w.read + 1
                continue
            workers.remove(w)
            if status == "failed":
                _retire(w, ending)
            else:
                value = _death(w)
                w.conn.close()
            if w.read and i not in fresh:   # the worker had read other files: once more, alone
                fresh.add(i)
                queue.insert(0, i)
            else:
                done[i] = Failure(str(value)) if status == "failed" else value
        elif now >= w.deadline:
            workers.remove(w)
            _kill(w)
            done[i] = Failure(f"over the time budget of {tasks[i].seconds:.0f} s")
