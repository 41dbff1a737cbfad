"""`extract`: find the PDFs, read each one once, in full, in a worker, group the files into
editions by their covers, merge and write each edition's datasets as one swap, and keep a
manifest for reruns.

plan (expand → look (size, SHA-256) → duplicates → skip what is current → read in workers
(pipeline/reading.py, pipeline/isolation.py) → groups) → execute (merge and render, in the
parent) → outcome (pure: messages, exit code, destination) → write.
Every file is read in a worker with a memory and time budget (extractors/budgets.py).
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import pickle
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import regex

from extractors import budgets
from pipeline.exit_codes import ExitCode, worse
from pipeline.isolation import Failure, Task, run_tasks
from pipeline.manifest import Manifest
from pipeline.reading import INCOMPLETE, FileRead, Member, read_file, read_head, shown
from pipeline.writers import recover, replace_folder

DOCUMENTS = "documents"
EDITION = regex.compile(r"[0-9]{4}")


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
class Input:
    """An input file as the parent sees it before reading it: its size and SHA-256."""
    path: str
    name: str
    size: int
    sha256: str    # "" for an empty file or one over the size budget (its worker says which)


def _sha256(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def look(paths: list[str]) -> tuple[list[Input], list[str]]:
    """Each file's size and SHA-256 (bytes only, nothing parsed), and a line for each file that
    cannot be opened."""
    inputs, errors = [], []
    for p in paths:
        try:
            size = os.path.getsize(p)
            digest = _sha256(p) if 0 < size <= budgets.MAX_FILE_BYTES else ""
        except OSError as exc:
            errors.append(f"{shown(p)}: cannot read the file ({exc.strerror or exc}); check the path and permissions")
            continue
        inputs.append(Input(p, os.path.basename(p), size, digest))
    return inputs, errors


def unique(inputs: list[Input]) -> tuple[list[Input], list[str]]:
    """Each content once: a file whose sha256 equals an earlier input's is not read again."""
    first: dict[str, Input] = {}
    out, notes = [], []
    for i in inputs:
        if i.sha256 and i.sha256 in first:
            notes.append(f"{shown(i.path)}: note: the same file as {shown(first[i.sha256].path)} "
                         "(same SHA-256); read once")
            continue
        first.setdefault(i.sha256, i)
        out.append(i)
    return out, notes


def _listed_files(entry: object, by_sha: dict[str, Input]) -> list[Input] | None:
    """The files a manifest entry lists, when all of them are among the inputs, unchanged."""
    listed = entry.get("inputs") if isinstance(entry, dict) else None
    if not isinstance(listed, list) or not listed or not all(isinstance(x, dict) for x in listed):
        return None
    files = [by_sha.get(str(x.get("sha256"))) for x in listed]
    same = all(f is not None and _inputs_of([f]) == [x] for f, x in zip(files, listed))
    return [f for f in files if f is not None] if same else None


def settled(inputs: list[Input], manifest: Manifest, out: Path, settings: dict) -> dict[str, list[Input]]:
    """Editions the manifest lists whose inputs are all among these files, unchanged, with their
    datasets intact: they need no reading. A file listed under two editions settles neither."""
    by_sha = {i.sha256: i for i in inputs if i.sha256}
    found: dict[str, list[Input]] = {}
    for key, entry in manifest.editions.items():
        files = _listed_files(entry, by_sha)
        if files and manifest.is_current(key, _inputs_of(files), out / key, settings):
            found[key] = files
    uses = Counter(f.path for fs in found.values() for f in fs)
    return {k: fs for k, fs in found.items() if all(uses[f.path] == 1 for f in fs)}


def read_inputs(inputs: list[Input], jobs: int, quiet: bool, lock_fd: int | None) -> tuple[list[FileRead], list[str]]:
    """Every file read once, in full, in a worker of its own (pipeline/reading.py), biggest
    first. A file whose worker died or ran out of time has its first page read in another, so
    that its edition is known. The reads in input order, and a line for each file skipped."""
    tasks = [Task(i.path, read_file, (i.path, i.sha256), budgets.SECONDS_PER_FILE, i.size) for i in inputs]
    reads: dict[str, FileRead] = {}
    errors: dict[str, str] = {}
    failed: dict[str, str] = {}
    for n, (task, res) in enumerate(run_tasks(tasks, jobs, budgets.WORKER_MEMORY_BYTES, lock_fd), start=1):
        if not quiet:
            _progress(n, len(tasks), Path(task.key).name)
        if isinstance(res, FileRead):
            reads[task.key] = res
        elif isinstance(res, Failure):
            failed[task.key] = f"{shown(task.key)}: {res.reason}; the file is not read"
        else:
            errors[task.key] = str(res)
    heads = [Task(p, read_head, (p,), budgets.SECONDS_PER_COVER) for p in failed]
    for task, res in run_tasks(heads, jobs, budgets.WORKER_MEMORY_BYTES, lock_fd):
        if isinstance(res, Member):
            reads[task.key] = FileRead(res, None, failed[task.key])
        else:
            errors[task.key] = failed[task.key]
    order = [i.path for i in inputs]
    return [reads[p] for p in order if p in reads], [errors[p] for p in order if p in errors]


def with_edition(reads: list[FileRead], edition: str | None) -> tuple[list[FileRead], list[str]]:
    """--edition applied to every file read, and a warning where a cover says otherwise."""
    if not edition:
        return reads, []
    warnings = [f"{shown(r.member.path)}: warning: --edition {edition} given, but the cover says "
                f"{r.member.cover.edition}; using {edition}" for r in reads if r.member.cover.edition not in ("", edition)]
    return [FileRead(replace(r.member, edition=edition), r.part, r.error) for r in reads], warnings


def group_members(members: list[Member]) -> dict[str, list[Member]]:
    """Files grouped into editions by what their cover says: a main body and its appendices.
    A file with no edition, an overview (概要) or reference material, or a second main body of
    an edition is a document of its own (DIR/documents/<name>); of two main bodies, one read
    whole is the edition's before a damaged one, else the first given."""
    keys: dict[int, str] = {}
    mains: set[str] = set()
    for i in sorted(range(len(members)), key=lambda k: (members[k].damaged, k)):
        m = members[i]
        key = m.edition if m.edition and m.cover.role in ("main", "appendix") else ""
        if key and m.cover.role == "main":
            key = "" if key in mains else key
            mains.add(key or m.edition)
        keys[i] = key or f"{DOCUMENTS}/{safe_name(m.name)}"
    groups: dict[str, list[Member]] = {}
    for i, m in enumerate(members):   # each group's members in input order
        groups.setdefault(keys[i], []).append(m)
    return groups


def _inputs_of(members: list) -> list[dict]:
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


def build_group(key: str, reads: list[FileRead], bom: bool) -> GroupResult:
    """One edition's datasets from its members' parts (merged here, in the parent: the reading
    was done in the workers)."""
    from extractors.memory import gc_paused

    with gc_paused():
        return _merge_and_render(key, reads, bom)


def _merge_and_render(key: str, reads: list[FileRead], bom: bool) -> GroupResult:
    parts = [(r.member, pickle.loads(r.part)) for r in reads if r.part is not None]
    input_errors = [r.error for r in reads if r.error]
    edition = key if EDITION.fullmatch(key) else ""
    try:
        ed, files = _render(parts, edition, bom)
    except Exception:   # a bug met on one member must not cost its partners: find it, go on without it
        parts, failed = _without_failing(parts, edition, bom)
        input_errors += failed
        ed, files = _render(parts, edition, bom)
    if ed is None or files is None:
        return GroupResult(key, None, None, [], input_errors, [])
    said = [_said(p) for p in ed.problems if p.severity == "error" and p.what in _SAID]
    damaged = any(p.what in INCOMPLETE for p in ed.problems)
    return GroupResult(key, files, ed.report(), said, input_errors, [m.path for m, _ in parts], damaged)


def _render(parts: list, edition: str, bom: bool):
    """The edition merged from its parts, and its dataset files (None, None without parts)."""
    from pipeline.datasets import dataset_files
    from pipeline.edition import merge

    if not parts:
        return None, None
    ed = merge([p for _, p in parts], edition)
    return ed, dataset_files(ed, bom)


def _said(p) -> str:
    """A problem as its stderr line: the file, what, where and the raw value."""
    if p.what == "unknown_ministry":
        return f"{shown(p.file)}: {p.what}: {p.raw}"
    where = f" on page {p.page}" if p.page else ""
    return f"{shown(p.file)}: {p.what}{where}: {shown(p.raw.splitlines()[0][:120]) if p.raw else ''}"


_SAID = {"unknown_ministry", "damaged_pdf", "drawings_over_budget"}   # problems also said on stderr


def _without_failing(parts: list, edition: str, bom: bool) -> tuple[list, list[str]]:
    """The members' parts that merge and render on their own, and a line for each that does not."""
    from pipeline.datasets import dataset_files
    from pipeline.edition import merge

    ok, failed = [], []
    for member, part in parts:
        try:
            dataset_files(merge([part], edition), bom)
            ok.append((member, part))
        except Exception as exc:
            failed.append(f"{shown(member.path)}: internal error ({type(exc).__name__}: {shown(str(exc))[:200]}); "
                          "the file is left out; please report it with the file")
    return ok, failed


@dataclass(slots=True)
class Plan:
    """What a run will do: the editions to build from the files read, and what reading found."""
    todo: list[tuple[str, list[FileRead]]]
    lines: list[str]          # messages for stderr, in input order
    code: ExitCode


_STATUS_CODE = {"partial": ExitCode.PROBLEMS, "document": ExitCode.DOCUMENTS}   # a skipped edition's exit


def plan_run(args, manifest: Manifest, lock_fd: int | None) -> Plan:
    """Expand the inputs, look at their bytes, skip the editions the manifest shows current,
    read every other file once, in full, in workers, and group the files into editions (an
    edition a new file joins is read again whole). A skipped edition reports the status it was
    written with, so a rerun exits as the first run did."""
    paths, missing = expand(args.inputs)
    if not paths and not missing:
        return Plan([], ["no PDF files found in the inputs; give PDF files or folders that hold them"],
                    ExitCode.FAILED)
    inputs, unreadable = look(paths)
    inputs, notes = unique(inputs)
    current = {} if args.force or args.edition else settled(inputs, manifest, Path(args.out), _settings(args))
    reads, errors, skipped = _read_around(inputs, current, args, lock_fd)
    reads, warnings = with_edition(reads, args.edition)
    lines = missing + unreadable + warnings + errors + notes
    code = ExitCode.FAILED if missing or unreadable or errors else ExitCode.OK
    for key in sorted(skipped):
        status = manifest.status(key)
        if not args.quiet:
            lines.append(f"{key}: unchanged, skipped (use --force to redo); status {status}")
        code = worse(code, _STATUS_CODE.get(status, ExitCode.OK))
    by_path = {r.member.path: r for r in reads}
    todo = [(key, [by_path[m.path] for m in members])
            for key, members in sorted(group_members([r.member for r in reads]).items())]
    return Plan(todo, lines, code)


def _read_around(inputs: list[Input], current: dict[str, list[Input]], args,
                 lock_fd: int | None) -> tuple[list[FileRead], list[str], set[str]]:
    """Read the files no current edition holds; where one of them joins a current edition
    (a new appendix beside a main body read before), that edition is read again whole. The
    reads in input order, the error lines, and the editions that stay skipped."""
    order = {i.path: k for k, i in enumerate(inputs)}
    held = {i.path for fs in current.values() for i in fs}
    reads, errors = read_inputs([i for i in inputs if i.path not in held], args.jobs, args.quiet, lock_fd)
    skipped = set(current)
    while True:
        joined = skipped & set(group_members(sorted((r.member for r in reads), key=lambda m: order[m.path])))
        if not joined:
            break
        skipped -= joined
        more, more_errors = read_inputs([i for k in sorted(joined) for i in current[k]], args.jobs, args.quiet, lock_fd)
        reads, errors = reads + more, errors + more_errors
    reads.sort(key=lambda r: order[r.member.path])
    return reads, errors, skipped


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


def execute(plan: Plan, args):
    """build_group for every edition to do, in the parent (the files were read in workers)."""
    for key, reads in plan.todo:
        yield build_group(key, reads, bool(args.bom))


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
    import pipeline.reading  # noqa: F401


def _run(args, out: Path, lock_fd: int) -> ExitCode:
    _warm()
    recover(out)
    manifest = Manifest(out / "manifest.json")
    plan = plan_run(args, manifest, lock_fd)
    _say(plan.lines)
    code = plan.code
    members_of = {key: [r.member for r in reads] for key, reads in plan.todo}
    for res in execute(plan, args):
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
