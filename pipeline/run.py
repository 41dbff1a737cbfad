"""`extract`: find the PDFs, read each one's first page, group the files into editions, read
each edition in full, write its datasets as one swap, and keep a manifest for reruns.

plan (expand → covers → duplicates → groups → skip what is current) → execute (workers,
pipeline/isolation.py) → outcome (pure: messages, exit code, destination) → write.
Every file is read in a worker with a memory and time budget (extractors/budgets.py).
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from extractors import budgets
from pipeline.exit_codes import ExitCode, worse
from pipeline.isolation import Failure, Task, run_tasks
from pipeline.manifest import Manifest
from pipeline.writers import recover, replace_folder

if TYPE_CHECKING:
    from extractors.cover import Cover

DOCUMENTS = "documents"
EDITION = regex.compile(r"[0-9]{4}")
_CONTROL = regex.compile(r"[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]")


def shown(text: str) -> str:
    """A file name as it may be printed: control and format characters escaped."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}", text)


def expand(inputs: list[str]) -> tuple[list[str], list[str]]:
    """PDF paths in a stable order (each real file once), and the error lines for inputs that
    do not exist."""
    files: list[str] = []
    errors: list[str] = []
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            files.extend(str(f) for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() == ".pdf")
        elif p.is_file():
            files.append(str(p))
        else:
            errors.append(f"{shown(raw)}: no such file or folder; check the path")
    seen: set[str] = set()
    out = []
    for f in files:
        real = os.path.realpath(f)
        if real not in seen:
            seen.add(real)
            out.append(f)
    return out, errors


def safe_name(name: str) -> str:
    """A folder name made from an untrusted file name: ASCII letters, digits, . _ - only,
    never a path, never hidden, never empty; where characters had to be replaced, 8 hex digits
    of the name's SHA-256 keep two different names apart (二つの資料.pdf, 別の資料.pdf)."""
    stem = Path(name).stem
    s = regex.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._")[:60]
    if s != stem or not s:
        s = f"{s or 'document'}-{hashlib.sha256(stem.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
    return s


def _lock(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    fh = open(out / ".lock", "w")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        return None
    return fh


def _progress(done: int, total: int, label: str) -> None:
    if sys.stderr.isatty():
        width = 24
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {shown(label)[:40]:40}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


@dataclass(frozen=True, slots=True)
class Member:
    """One input file of an edition, as the first read found it."""
    path: str
    name: str
    size: int
    sha256: str
    page_count: int
    cover: Cover
    edition: str


def read_head(path: str) -> Member | str:
    """Worker task: the file's checks that fail fast (not a PDF, empty, truncated, password),
    its sha256 and its cover; or the error line."""
    from extractors.cover import read_cover
    from extractors.errors import InputError
    from extractors.layout import read_pdf

    try:
        head = read_pdf(path, first_pages=1)
    except InputError as exc:
        return str(exc)
    cover = read_cover(head)
    return Member(path, head.name, head.size, head.sha256, head.page_count, cover, cover.edition)


def read_covers(paths: list[str], edition: str | None, jobs: int,
                lock_fd: int | None) -> tuple[list[Member], list[str], list[str]]:
    """Every file's first page, read in workers: members in input order, warning lines (an
    --edition the cover contradicts) and error lines (files that cannot be read)."""
    tasks = [Task(p, read_head, (p,), budgets.SECONDS_PER_COVER) for p in paths]
    members, errors = [], []
    for task, res in run_tasks(tasks, jobs, budgets.WORKER_MEMORY_BYTES, lock_fd):
        if isinstance(res, Failure):
            errors.append(f"{shown(task.key)}: {res.reason} while reading its first page; the file is skipped")
        elif isinstance(res, str):
            errors.append(shown(res))
        elif isinstance(res, Member):
            members.append(res)
    warnings = []
    if edition:
        warnings = [f"{shown(m.path)}: warning: --edition {edition} given, but the cover says "
                    f"{m.cover.edition}; using {edition}" for m in members if m.cover.edition not in ("", edition)]
        members = [Member(m.path, m.name, m.size, m.sha256, m.page_count, m.cover, edition) for m in members]
    return members, warnings, errors


def unique(members: list[Member]) -> tuple[list[Member], list[str]]:
    """Each content once: a file whose sha256 equals an earlier input's is not read again."""
    first: dict[str, Member] = {}
    notes = []
    for m in members:
        if m.sha256 in first:
            notes.append(f"{shown(m.path)}: note: the same file as {shown(first[m.sha256].path)} "
                         "(same SHA-256); read once")
        else:
            first[m.sha256] = m
    return list(first.values()), notes


def group_members(members: list[Member]) -> dict[str, list[Member]]:
    """Files grouped into editions by what their cover says: a main body and its appendices.
    A file with no edition, an overview (概要) or reference material, or a second main body of
    an edition is a document of its own (DIR/documents/<name>)."""
    groups: dict[str, list[Member]] = {}
    for m in members:
        key = m.edition if m.edition and m.cover.role in ("main", "appendix") else ""
        if key and m.cover.role == "main" and any(x.cover.role == "main" for x in groups.get(key, [])):
            key = ""
        groups.setdefault(key or f"{DOCUMENTS}/{safe_name(m.name)}", []).append(m)
    return groups


def _inputs_of(members: list[Member]) -> list[dict]:
    return [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in members]


@dataclass(slots=True)
class GroupResult:
    key: str
    files: dict | None          # dataset name → bytes; None when no member could be read
    report: dict | None
    problem_lines: list[str]    # errors found in the datasets (e.g. unknown ministry)
    input_errors: list[str]     # members that failed their full read
    used: list[str] = field(default_factory=list)   # paths of the members the datasets were made from
    damaged: bool = False       # a member's text layer was damaged or over a page budget: likely incomplete


def process_group(key: str, members: list[Member], bom: bool) -> GroupResult:
    """Worker task: read one edition's files in full, assemble it and render its datasets.
    Only paths go in; only bytes and reports come out."""
    from extractors.memory import gc_paused

    with gc_paused():  # and the edition's records are all freed before it runs again
        return _read_and_assemble(key, members, bom)


def _read_members(members: list[Member]) -> tuple[list, list[str]]:
    """Each member read in full: (doc, cover) pairs, and a line for each that could not be."""
    from extractors.errors import InputError
    from extractors.layout import read_pdf

    docs, errors = [], []
    for m in members:
        try:
            doc = read_pdf(m.path)
        except InputError as exc:
            errors.append(shown(str(exc)))
            continue
        except MemoryError:   # this file's cost, not its partners'
            errors.append(f"{shown(m.path)}: over the memory budget of "
                          f"{budgets.WORKER_MEMORY_BYTES // 2**20} MB while reading it; the file is not read")
            continue
        if doc.sha256 != m.sha256:
            errors.append(f"{shown(m.path)}: the file changed while it was being read; run again")
            continue
        docs.append((doc, m.cover))
    return docs, errors


def _read_and_assemble(key: str, members: list[Member], bom: bool) -> GroupResult:
    from pipeline.datasets import dataset_files
    from pipeline.edition import assemble

    docs, input_errors = _read_members(members)
    edition = key if EDITION.fullmatch(key) else ""
    try:
        ed = assemble(docs, edition) if docs else None
        files = dataset_files(ed, bom) if ed else None
    except Exception:   # a bug met on one member must not cost its partners: find it, go on without it
        docs, failed = _without_failing(docs, edition, bom)
        input_errors += failed
        ed = assemble(docs, edition) if docs else None
        files = dataset_files(ed, bom) if ed else None
    if ed is None or files is None:
        return GroupResult(key, None, None, [], input_errors, [])
    said = [_said(p) for p in ed.problems if p.severity == "error" and p.what in _SAID]
    damaged = any(p.what in _INCOMPLETE for p in ed.problems)
    return GroupResult(key, files, ed.report(), said, input_errors, [d.path for d, _ in docs], damaged)


def _said(p) -> str:
    """A problem as its stderr line: the file, what, where and the raw value."""
    if p.what == "unknown_ministry":
        return f"{shown(p.file)}: {p.what}: {p.raw}"
    where = f" on page {p.page}" if p.page else ""
    return f"{shown(p.file)}: {p.what}{where}: {shown(p.raw.splitlines()[0][:120]) if p.raw else ''}"


_SAID = {"unknown_ministry", "damaged_pdf", "drawings_over_budget"}   # problems also said on stderr
_INCOMPLETE = {"damaged_pdf", "drawings_over_budget"}                 # problems that mean data is missing


def _without_failing(docs: list, edition: str, bom: bool) -> tuple[list, list[str]]:
    """The members that assemble and render on their own, and a line for each that does not."""
    from pipeline.datasets import dataset_files
    from pipeline.edition import assemble

    ok, failed = [], []
    for doc, cover in docs:
        try:
            dataset_files(assemble([(doc, cover)], edition), bom)
            ok.append((doc, cover))
        except Exception as exc:
            failed.append(f"{shown(doc.path)}: internal error ({type(exc).__name__}: {shown(str(exc))[:200]}); "
                          "the file is left out; please report it with the file")
    return ok, failed


@dataclass(slots=True)
class Plan:
    """What a run will do: the editions to read, and what the first look already found."""
    todo: list[tuple[str, list[Member]]]
    lines: list[str]          # messages for stderr, in input order
    code: ExitCode


_STATUS_CODE = {"partial": ExitCode.PROBLEMS, "document": ExitCode.DOCUMENTS}   # a skipped edition's exit


def plan_run(args, manifest: Manifest, lock_fd: int | None) -> Plan:
    """Expand the inputs, read every file's first page, group the files into editions, and keep
    the editions whose inputs or datasets changed since the manifest was written (a skipped
    edition reports the status it was written with, so a rerun exits as the first run did)."""
    paths, missing = expand(args.inputs)
    lines, code = list(missing), ExitCode.FAILED if missing else ExitCode.OK
    if not paths and not missing:
        return Plan([], ["no PDF files found in the inputs; give PDF files or folders that hold them"],
                    ExitCode.FAILED)
    members, warnings, errors = read_covers(paths, args.edition, args.jobs, lock_fd)
    code = worse(code, ExitCode.FAILED) if errors else code
    members, notes = unique(members)
    lines += warnings + errors + notes
    todo = []
    for key, group in sorted(group_members(members).items()):
        if args.force or not manifest.is_current(key, _inputs_of(group), Path(args.out) / key, _settings(args)):
            todo.append((key, group))
            continue
        status = manifest.status(key)
        if not args.quiet:
            lines.append(f"{key}: unchanged, skipped (use --force to redo); status {status}")
        code = worse(code, _STATUS_CODE.get(status, ExitCode.OK))
    return Plan(todo, lines, code)


def _settings(args) -> dict:
    return {"bom": bool(args.bom)}


@dataclass(slots=True)
class Outcome:
    """What one edition's result means: lines for stderr, its exit code, where its datasets
    go (None: nothing is written) and the status to record."""
    lines: list[str]
    code: ExitCode
    folder: str | None
    status: str = ""


def _problem_lines(res: GroupResult) -> list[str]:
    return [f"{e} (kept as printed; add it to normalizers/ministries.csv if it is a real body)"
            if ": unknown_ministry: " in e else
            f"{e}; datasets written but text may be missing (status partial, see problems.csv)"
            for e in res.problem_lines]


def _kept(res: GroupResult) -> Outcome:
    """A complete edition stays when the new one is incomplete."""
    why = "could not be read" if res.input_errors else "is damaged"
    return Outcome(res.input_errors + [e for e in res.problem_lines if ": unknown_ministry: " not in e]
                   + [f"{res.key}: kept as it was: a file of this edition {why}, and an edition is only "
                      "replaced by a complete new one; fix or replace the file and run again"],
                   ExitCode.FAILED, None)


def outcome(res: GroupResult, members: list[Member], out: Path, strict: bool, previous_exists: bool) -> Outcome:
    """Pure: the messages, exit code and destination of one processed edition."""
    code = ExitCode.FAILED if res.input_errors else ExitCode.OK
    if res.files is None or res.report is None:
        return Outcome(list(res.input_errors), code, None)
    if (res.input_errors or res.damaged) and previous_exists:
        return _kept(res)
    lines = list(res.input_errors)
    status, folder = res.report["status"], res.key
    names = ", ".join(shown(m.name) for m in members)
    if res.report["kind"] == "document":   # no strategy structure: a document of its own
        status = "document"
        folder = folder if folder.startswith(f"{DOCUMENTS}/") else f"{DOCUMENTS}/{safe_name(members[0].name)}"
        lines.append(f"{names}: not an AI戦略 edition ({'; '.join(res.report['missing'])}); "
                     f"extracted as a document into {out / folder}")
        code = worse(code, ExitCode.DOCUMENTS)
    lines += _problem_lines(res)
    if status == "partial" and strict:
        return Outcome(lines + [f"{names}: --strict: edition {folder} has problems, datasets not written"],
                       ExitCode.FAILED, None)
    if status == "partial" or res.input_errors:
        code = worse(code, ExitCode.PROBLEMS)
    return Outcome(lines, code, folder, "partial" if res.input_errors else status)


def _found_line(folder: str, status: str, report: dict, out: Path, verbose: bool) -> str:
    if verbose:
        return f"{folder}: {status} {json.dumps(report['found'], ensure_ascii=False)}"
    return (f"{folder}: {status} ({report['found']['initiatives']} initiatives, "
            f"{report['found']['headings']} headings) → {out / folder}")


def _say(lines: list[str]) -> None:
    for line in lines:
        print(line, file=sys.stderr)


class Stopped(Exception):
    """SIGINT or SIGTERM arrived: stop cleanly with the signal's exit code."""

    def __init__(self, code: ExitCode):
        super().__init__(code.name)
        self.code = code


def _on_signal(signum, _frame):
    raise Stopped(ExitCode.INTERRUPTED if signum == signal.SIGINT else ExitCode.TERMINATED)


def _group_result(key: str, res: object) -> GroupResult:
    if isinstance(res, GroupResult):
        return res
    reason = res.reason if isinstance(res, Failure) else "no result"
    return GroupResult(key, None, None, [], [f"{key}: {reason}; no datasets written for it"])


def execute(plan: Plan, args, lock_fd: int | None):
    """process_group for every edition to do, each in a worker with its budgets."""
    tasks = [Task(key, process_group, (key, members, bool(args.bom)),
                  budgets.SECONDS_PER_FILE * len(members), sum(m.page_count for m in members))
             for key, members in plan.todo]
    for n, (task, res) in enumerate(run_tasks(tasks, args.jobs, budgets.WORKER_MEMORY_BYTES, lock_fd), start=1):
        if not args.quiet:
            _progress(n, len(tasks), task.key)
        yield _group_result(task.key, res)


def _write(out: Path, o: Outcome, res: GroupResult, members: list[Member], manifest: Manifest, args) -> ExitCode:
    assert o.folder is not None and res.files is not None and res.report is not None
    try:
        replace_folder(out / o.folder, res.files)
        manifest.record(o.folder, _inputs_of(members), o.status, res.files, _settings(args))
    except OSError as exc:
        _say([f"{out / o.folder}: cannot write the datasets ({exc.strerror or exc}); check the folder's "
              "permissions and free space, then run again"])
        return ExitCode.FAILED
    if not args.quiet:
        _say([_found_line(o.folder, o.status, res.report, out, args.verbose)])
    return ExitCode.OK


def _warm() -> None:
    """Import the reading and structure stages once, here: every forked worker inherits them
    instead of importing them again (0.1–0.2 s a worker)."""
    import extractors.cover  # noqa: F401
    import extractors.layout  # noqa: F401
    import pipeline.datasets  # noqa: F401
    import pipeline.edition  # noqa: F401


def _run(args, out: Path, lock_fd: int) -> ExitCode:
    _warm()
    recover(out)
    manifest = Manifest(out / "manifest.json")
    plan = plan_run(args, manifest, lock_fd)
    _say(plan.lines)
    code = plan.code
    members_of = dict(plan.todo)
    for res in execute(plan, args, lock_fd):
        members = [m for m in members_of[res.key] if m.path in res.used]
        o = outcome(res, members, out, args.strict, (out / res.key).is_dir())
        _say(o.lines)
        code = worse(code, o.code)
        if o.folder is not None:
            code = worse(code, _write(out, o, res, members, manifest, args))
    return code


def run_extract(args) -> ExitCode:
    out = Path(args.out)
    try:
        lock = _lock(out)
    except OSError as exc:
        _say([f"{out}: cannot use it as the output folder ({exc.strerror or exc}); give a writable folder with --out"])
        return ExitCode.FAILED
    if lock is None:
        _say([f"{out}: another extract run is writing here; wait for it to finish or use another --out"])
        return ExitCode.FAILED
    started = time.perf_counter()
    handlers = {s: signal.signal(s, _on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        code = _run(args, out, lock.fileno())
        if args.verbose:
            _say([f"done in {time.perf_counter() - started:.2f}s"])
        return code
    except Stopped as stop:
        _say([f"{out}: stopped by {'Ctrl-C' if stop.code == ExitCode.INTERRUPTED else 'SIGTERM'}; "
              "editions written so far are complete, the rest were not started or were left as they were"])
        return stop.code
    finally:
        for s, h in handlers.items():
            signal.signal(s, h)
        lock.close()
