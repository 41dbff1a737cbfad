"""`extract`: find the PDFs, group them into editions, process each edition (in worker
processes with -j), write its datasets as one swap, and keep a manifest for reruns."""
from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from pipeline.exit_codes import ExitCode, worse
from pipeline.manifest import Manifest
from pipeline.writers import recover, replace_folder

if TYPE_CHECKING:
    from extractors.cover import Cover


def expand(inputs: list[str]) -> tuple[list[str], list[str]]:
    """PDF paths in a stable order, and the error lines for inputs that do not exist."""
    files: list[str] = []
    errors: list[str] = []
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            files.extend(str(f) for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() == ".pdf")
        elif p.is_file():
            files.append(str(p))
        else:
            errors.append(f"{raw}: no such file or folder; check the path")
    seen, out = set(), []
    for f in files:
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out, errors


def safe_name(name: str) -> str:
    """A folder name made from an untrusted string: never a path, never hidden, never empty."""
    s = regex.sub(r"[^A-Za-z0-9._-]+", "_", Path(name).stem).strip("._") or "document"
    return s[:80]


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
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label[:40]:40}")
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


def read_covers(paths: list[str], edition: str | None) -> tuple[list[Member], list[str]]:
    """Open every file and read its first page: the checks that fail fast (not a PDF, empty,
    truncated, password), the sha256 for the manifest, and the cover that groups the files into
    editions. Errors are returned, not raised. The full read happens per edition, in process_group."""
    from extractors.cover import read_cover
    from extractors.errors import InputError
    from extractors.layout import read_pdf

    members, errors = [], []
    for path in paths:
        try:
            head = read_pdf(path, first_pages=1)
        except InputError as exc:
            errors.append(str(exc))
            continue
        cover = read_cover(head)
        members.append(Member(path, head.name, head.size, head.sha256, head.page_count, cover,
                              edition or cover.edition))
    return members, errors


@dataclass(slots=True)
class GroupResult:
    key: str
    files: dict | None          # dataset name → bytes; None when no member could be read
    report: dict | None
    problem_lines: list[str]    # errors found in the datasets (e.g. unknown ministry)
    input_errors: list[str]     # members that failed their full read
    used: list[str]             # paths of the members the datasets were made from


def process_group(key: str, members: list[Member]) -> GroupResult:
    """Read one edition's files in full, assemble it and render its datasets. Runs in a worker
    process with -j; only paths go in and only bytes and reports come out."""
    from extractors.memory import gc_paused

    with gc_paused():  # and the edition's records are all freed before it runs again
        return _read_and_assemble(key, members)


def _read_and_assemble(key: str, members: list[Member]) -> GroupResult:
    from extractors.errors import InputError
    from extractors.layout import read_pdf
    from pipeline.datasets import dataset_files
    from pipeline.edition import assemble

    docs, input_errors, used = [], [], []
    for m in members:
        try:
            doc = read_pdf(m.path)
        except InputError as exc:
            input_errors.append(str(exc))
            continue
        if doc.sha256 != m.sha256:
            input_errors.append(f"{m.path}: the file changed while it was being read; run again")
            continue
        docs.append((doc, m.cover))
        used.append(m.path)
    if not docs:
        return GroupResult(key, None, None, [], input_errors, [])
    try:
        ed = assemble(docs, key if key.isdigit() else "")
        files = dataset_files(ed)
    except Exception as exc:  # a bug met on one edition must not cost the others their datasets
        return GroupResult(key, None, None, [], input_errors + [_internal_error(members, exc)], [])
    return GroupResult(key, files, ed.report(),
                       [p.as_row()["what"] + ": " + p.raw for p in ed.problems if p.severity == "error"],
                       input_errors, used)


def _internal_error(members: list[Member], exc: BaseException) -> str:
    names = ", ".join(m.path for m in members)
    return (f"{names}: internal error, no datasets written for this edition "
            f"({type(exc).__name__}: {exc}); please report it with the file")


def _inputs_of(members: list[Member]) -> list[dict]:
    return [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in members]


def execute(todo: list[tuple[str, list[Member]]], jobs: int, quiet: bool):
    """process_group over the editions to do, in worker processes when jobs > 1. Results come
    in the order of todo, each as soon as it and those before it are done, so that finished
    editions are written while later ones are still being read."""
    if jobs > 1 and len(todo) > 1:
        import multiprocessing

        import pipeline.edition  # noqa: F401  (imported once here, inherited by forked workers)

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else methods[0])
        # the biggest editions first, so that no worker is left with a long one at the end
        order = sorted(range(len(todo)), key=lambda i: -sum(m.page_count for m in todo[i][1]))
        with ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=context) as pool:
            futures = {i: pool.submit(process_group, *todo[i]) for i in order}
            for n in range(len(todo)):
                try:
                    result = futures[n].result()
                except Exception as exc:  # the worker died (killed, out of memory)
                    result = GroupResult(todo[n][0], None, None, [], [_internal_error(todo[n][1], exc)], [])
                if not quiet:
                    _progress(n + 1, len(todo), result.key)
                yield result
        return
    for n, (k, m) in enumerate(todo, start=1):
        result = process_group(k, m)
        if not quiet:
            _progress(n, len(todo), k)
        yield result


@dataclass(slots=True)
class Plan:
    """What a run will do: the editions to read, and what the first look already found."""
    todo: list[tuple[str, list[Member]]]
    lines: list[str]          # messages for stderr, in input order
    code: ExitCode


def group_members(members: list[Member]) -> dict[str, list[Member]]:
    """Files grouped into editions by what their cover says; a file with no edition is its own."""
    groups: dict[str, list[Member]] = {}
    for m in members:
        key = m.edition if m.edition else f"_unrecognized/{safe_name(m.name)}"
        groups.setdefault(key, []).append(m)
    return groups


def plan_run(args, manifest: Manifest) -> Plan:
    """Expand the inputs, read every file's first page, group the files into editions, and keep
    the editions whose inputs or datasets changed since the manifest was written."""
    paths, missing = expand(args.inputs)
    lines, code = list(missing), ExitCode.FAILED if missing else ExitCode.OK
    if not paths and not missing:
        return Plan([], ["no PDF files found in the inputs; give PDF files or folders that hold them"],
                    ExitCode.FAILED)
    members, errors = read_covers(paths, args.edition)
    lines += errors
    code = worse(code, ExitCode.FAILED) if errors else code
    todo = []
    for key, group in sorted(group_members(members).items()):
        if args.force or not manifest.is_current(key, _inputs_of(group), Path(args.out) / key):
            todo.append((key, group))
            continue
        if not args.quiet:
            lines.append(f"{key}: unchanged, skipped (use --force to redo)")
        if manifest.status(key) == "partial":
            code = worse(code, ExitCode.PROBLEMS)
    return Plan(todo, lines, code)


@dataclass(slots=True)
class Outcome:
    """What one edition's result means: lines for stderr, its exit code, and where its datasets
    go (None: nothing is written)."""
    lines: list[str]
    code: ExitCode
    folder: str | None


def outcome(res: GroupResult, members: list[Member], out: Path, strict: bool) -> Outcome:
    """Pure: the messages, exit code and destination of one processed edition."""
    lines = list(res.input_errors)
    code = ExitCode.FAILED if res.input_errors else ExitCode.OK
    if res.files is None or res.report is None:
        return Outcome(lines, code, None)
    status, folder = res.report["status"], res.key
    names = ", ".join(m.name for m in members)
    if status == "failure":
        lines.append(f"{names}: not a strategy document ({'; '.join(res.report['missing'])}); "
                     f"what was found is in {out / '_unrecognized'}; check that this is an AI戦略 PDF")
        code = ExitCode.FAILED
        if not folder.startswith("_unrecognized/"):
            folder = f"_unrecognized/{safe_name(members[0].name)}"
    lines += [f"{names}: {e} (kept as printed; add it to normalizers/ministries.csv if it is a real body)"
              for e in res.problem_lines]
    if status == "partial" and strict:
        lines.append(f"{names}: --strict: edition {folder} has problems, datasets not written")
        return Outcome(lines, ExitCode.FAILED, None)
    if status == "partial":
        code = worse(code, ExitCode.PROBLEMS)
    return Outcome(lines, code, folder)


def _found_line(folder: str, status: str, report: dict, out: Path, verbose: bool) -> str:
    if verbose:
        return f"{folder}: {status} {json.dumps(report['found'], ensure_ascii=False)}"
    return (f"{folder}: {status} ({report['found']['initiatives']} initiatives, "
            f"{report['found']['headings']} headings) → {out / folder}")


def _say(lines: list[str]) -> None:
    for line in lines:
        print(line, file=sys.stderr)


def run_extract(args) -> ExitCode:
    out = Path(args.out)
    lock = _lock(out)
    if lock is None:
        _say([f"{out}: another extract run is writing here; wait for it to finish or use another --out"])
        return ExitCode.FAILED
    started = time.perf_counter()
    try:
        recover(out)
        manifest = Manifest(out / "manifest.json")
        plan = plan_run(args, manifest)
        _say(plan.lines)
        code = plan.code
        members_of = dict(plan.todo)
        for res in execute(plan.todo, args.jobs, args.quiet):
            members = [m for m in members_of[res.key] if m.path in res.used]
            o = outcome(res, members, out, args.strict)
            _say(o.lines)
            code = worse(code, o.code)
            if o.folder is None or res.files is None or res.report is None:
                continue
            replace_folder(out / o.folder, res.files)
            manifest.record(o.folder, _inputs_of(members), res.report["status"], res.files)  # after every edition
            if not args.quiet:
                _say([_found_line(o.folder, res.report["status"], res.report, out, args.verbose)])
        if args.verbose:
            _say([f"done in {time.perf_counter() - started:.2f}s"])
        return code
    finally:
        lock.close()
