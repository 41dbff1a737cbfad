"""plan: what an `extract` run will do, before anything is merged or written. Expand the inputs
→ look at their bytes (size, SHA-256) → drop duplicates → skip the editions the manifest shows
current → read every other file once, in full, in a worker (pipeline/reading.py,
pipeline/isolation.py) → group the files into editions by their covers.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import regex

from extractors import budgets
from extractors.settings import Settings
from pipeline.exit_codes import ExitCode, worse
from pipeline.isolation import Failure, Task, run_tasks
from pipeline.manifest import Manifest
from pipeline.options import ExtractOptions
from pipeline.reading import FileRead, Member, read_file, read_head, shown, warm

DOCUMENTS = "documents"
EDITION = regex.compile(r"[0-9]{4}")


def expand(inputs: list[str]) -> tuple[list[str], list[str]]:
    """PDF paths in a stable order (each real file once), and the error lines for inputs that
    do not exist (in a folder: a .pdf name that is a link to nothing)."""
    files: list[str] = []
    errors: list[str] = []
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            found = [f for f in sorted(p.rglob("*")) if f.suffix.lower() == ".pdf" and not f.is_dir()]
            files.extend(str(f) for f in found if f.is_file())
            errors.extend(_nowhere(str(f)) for f in found if not f.is_file())
        elif p.is_file():
            files.append(str(p))
        else:
            errors.append(_nowhere(raw))
    seen: set[str] = set()
    out = []
    for f in files:
        real = os.path.realpath(f)
        if real not in seen:
            seen.add(real)
            out.append(f)
    return out, errors


def _nowhere(raw: str) -> str:
    """The line for a path that names no file: a link to nothing (a loop or a missing target)
    says so, since the name itself is there to see."""
    if Path(raw).is_symlink():
        return (f"{shown(raw)}: a symbolic link to nothing (its target is missing, or a loop); "
                "point it at the PDF or remove it")
    return f"{shown(raw)}: no such file or folder; check the path"


def non_pdf(inputs: list[str], out: Path) -> int:
    """Files in the input folders that are no PDF (by name): skipped, and counted in the summary;
    the output folder's own files are not counted when it lies inside an input folder."""
    own = os.path.realpath(out)
    return sum(1 for raw in inputs if Path(raw).is_dir()
               for f in Path(raw).rglob("*") if f.is_file() and f.suffix.lower() != ".pdf"
               and os.path.commonpath([own, os.path.realpath(f)]) != own)


def safe_name(name: str) -> str:
    """A folder name made from an untrusted file name: ASCII letters, digits, . _ - only,
    never a path, never hidden, never empty; where characters had to be replaced, 8 hex digits
    of the name's SHA-256 keep two different names apart (二つの資料.pdf, 別の資料.pdf)."""
    stem = Path(name).stem
    s = regex.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._")[:60]
    if s != stem or not s:
        s = f"{s or 'document'}-{hashlib.sha256(stem.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
    return s



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
    same = all(f is not None and inputs_of([f]) == [x] for f, x in zip(files, listed))
    return [f for f in files if f is not None] if same else None


def settled(inputs: list[Input], manifest: Manifest, out: Path, written: dict,
            settings: Settings) -> dict[str, list[Input]]:
    """Editions the manifest lists whose inputs are all among these files, unchanged, with their
    datasets intact, read with these settings and written with these options: they need no
    reading. A file listed under two editions settles neither."""
    by_sha = {i.sha256: i for i in inputs if i.sha256}
    found: dict[str, list[Input]] = {}
    for key, entry in manifest.editions.items():
        files = _listed_files(entry, by_sha)
        if files and manifest.is_current(key, inputs_of(files), out / key, written, settings):
            found[key] = files
    uses = Counter(f.path for fs in found.values() for f in fs)
    return {k: fs for k, fs in found.items() if all(uses[f.path] == 1 for f in fs)}


def read_inputs(inputs: list[Input], opts: ExtractOptions, lock_fd: int | None,
                on_read: Callable[[FileRead], None] | None = None) -> tuple[list[FileRead], list[str]]:
    """Every file read once, in full, with the run's settings, in a worker
    (pipeline/reading.py, pipeline/isolation.py), biggest first. A file whose worker died or ran out of time has its first page read in another, so
    that its edition is known. The reads in input order, and a line for each file skipped.
    on_read: called with each full read as it comes, while the workers read on: the tasks are
    listed in the order they are handed out (biggest first), since run_tasks gives the results on
    in task order (listed in input order, a document read first waited for every file before it
    in the input, and with one worker the parent built nothing while the worker read)."""
    jobs, quiet = opts.jobs, opts.quiet
    tasks = [Task(i.path, read_file, (i.path, i.sha256, opts.settings), budgets.SECONDS_PER_FILE, i.size)
             for i in sorted(inputs, key=lambda i: -i.size)]
    if tasks:
        warm()
    reads: dict[str, FileRead] = {}
    errors: dict[str, str] = {}
    failed: dict[str, str] = {}
    for n, (task, res) in enumerate(run_tasks(tasks, jobs, budgets.WORKER_MEMORY_BYTES, lock_fd), start=1):
        if not quiet:
            _progress(n, len(tasks), Path(task.key).name)
        if isinstance(res, FileRead):
            reads[task.key] = res
            if on_read is not None:
                on_read(res)
        elif isinstance(res, Failure):
            failed[task.key] = f"{shown(task.key)}: {res.reason}; the file is not read"
        else:
            errors[task.key] = str(res)
    heads = [Task(p, read_head, (p, opts.settings), budgets.SECONDS_PER_COVER) for p in failed]
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


def _held_sha(folder: Path) -> str | None:
    """The SHA-256 of the file a document folder was read from (its document.json); None when
    there is no such folder, "" when it cannot be told."""
    if not folder.is_dir():
        return None
    try:
        return str(json.loads((folder / "document.json").read_text(encoding="utf-8"))["sources"][0]["sha256"])
    except (OSError, ValueError, KeyError, IndexError, TypeError, RecursionError):
        return ""


def document_key(m: Member, taken: dict[str, str], out: Path | None) -> str:
    """DIR/documents/<name> for a document, keyed by content: a file whose name is taken by
    another file (in this run, or in the folder already there) gets <name>-<8 hex digits of its
    SHA-256>; two different files are never one document."""
    base = f"{DOCUMENTS}/{safe_name(m.name)}"
    for key in (base, f"{base}-{m.sha256[:8]}", f"{base}-{m.sha256}"):
        held = taken[key] if key in taken else (_held_sha(out / key) if out is not None else None)
        if held is None or held == m.sha256:
            taken[key] = m.sha256
            return key
    return f"{base}-{m.sha256}"


def is_document(m: Member) -> bool:
    """A file no edition holds, whatever else is read with it (its cover names no edition, or
    it is neither a main body nor an appendix): a group of its own, DIR/documents/<name>."""
    return not (m.edition and m.cover.role in ("main", "appendix"))


def group_members(members: list[Member], out: Path | None = None) -> dict[str, list[Member]]:
    """Files grouped into editions by what their cover says: a main body and its appendices.
    A file with no edition, an overview (概要) or reference material, or a second main body of
    an edition is a document of its own (DIR/documents/<name>, document_key); of two main
    bodies, one read whole is the edition's before a damaged one, else the first given."""
    keys: dict[int, str] = {}
    mains: set[str] = set()
    for i in sorted(range(len(members)), key=lambda k: (members[k].damaged, k)):
        m = members[i]
        key = "" if is_document(m) else m.edition
        if key and m.cover.role == "main":
            key = "" if key in mains else key
            mains.add(key or m.edition)
        keys[i] = key
    taken: dict[str, str] = {}
    for i, m in enumerate(members):
        keys[i] = keys[i] or document_key(m, taken, out)
    groups: dict[str, list[Member]] = {}
    for i, m in enumerate(members):   # each group's members in input order
        groups.setdefault(keys[i], []).append(m)
    return groups


def inputs_of(members: list) -> list[dict]:
    """The manifest's record of an edition's input files."""
    return [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in members]



@dataclass(slots=True)
class Plan:
    """What a run will do: the editions to build from the files read, and what reading found."""
    todo: list[tuple[str, list[FileRead]]]
    lines: list[str]          # messages for stderr, in input order
    code: ExitCode
    unchanged: int = 0        # editions and documents skipped as current
    failed: int = 0           # inputs missing, unreadable or failed in their worker


_STATUS_CODE = {"partial": ExitCode.PROBLEMS, "document": ExitCode.DOCUMENTS}   # a skipped edition's exit


def plan_run(opts: ExtractOptions, manifest: Manifest, lock_fd: int | None,
             on_read: Callable[[FileRead], None] | None = None) -> Plan:
    """Expand the inputs, look at their bytes, skip the editions the manifest shows current,
    read every other file once, in full, in workers, and group the files into editions (an
    edition a new file joins is read again whole). A skipped edition reports the status it was
    written with, so a rerun exits as the first run did. on_read: see read_inputs."""
    paths, missing = expand(list(opts.inputs))
    if not paths and not missing:
        return Plan([], ["no PDF files found in the inputs; give PDF files or folders that hold them"],
                    ExitCode.FAILED, 0, 0)
    inputs, unreadable = look(paths)
    inputs, notes = unique(inputs)
    current = {} if opts.force or opts.edition else settled(inputs, manifest, opts.out, opts.written(), opts.settings)
    reads, errors, skipped = _read_around(inputs, current, opts, lock_fd, on_read)
    reads, warnings = with_edition(reads, opts.edition)
    lines = missing + unreadable + warnings + errors + notes
    code = ExitCode.FAILED if missing or unreadable or errors else ExitCode.OK
    for key in sorted(skipped):
        status = manifest.status(key)
        if not opts.quiet:
            lines.append(f"{key}: unchanged, skipped (use --force to redo); status {status}")
        code = worse(code, _STATUS_CODE.get(status, ExitCode.OK) if status != "document" or opts.editions_only
                     else ExitCode.OK)
    by_path = {r.member.path: r for r in reads}
    todo = [(key, [by_path[m.path] for m in members])
            for key, members in sorted(group_members([r.member for r in reads], opts.out).items())]
    return Plan(todo, lines, code, len(skipped), len(missing) + len(unreadable) + len(errors))


def _read_around(inputs: list[Input], current: dict[str, list[Input]], opts: ExtractOptions,
                 lock_fd: int | None, on_read: Callable[[FileRead], None] | None = None) -> tuple[list[FileRead], list[str], set[str]]:
    """Read the files no current edition holds; where one of them joins a current edition
    (a new appendix beside a main body read before), that edition is read again whole. The
    reads in input order, the error lines, and the editions that stay skipped."""
    order = {i.path: k for k, i in enumerate(inputs)}
    held = {i.path for fs in current.values() for i in fs}
    reads, errors = read_inputs([i for i in inputs if i.path not in held], opts, lock_fd, on_read)
    skipped = set(current)
    while True:
        joined = skipped & set(group_members(sorted((r.member for r in reads), key=lambda m: order[m.path])))
        if not joined:
            break
        skipped -= joined
        more, more_errors = read_inputs([i for k in sorted(joined) for i in current[k]], opts, lock_fd, on_read)
        reads, errors = reads + more, errors + more_errors
    reads.sort(key=lambda r: order[r.member.path])
    return reads, errors, skipped


