"""execute: each planned edition merged and rendered in the parent (the files were read in
workers), and what its result means (outcome: pure; messages, exit code, destination).
"""
from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.exit_codes import ExitCode, worse
from pipeline.options import ExtractOptions
from pipeline.plan import DOCUMENTS, EDITION, Plan, document_key, is_document
from pipeline.reading import INCOMPLETE, FileRead, Member, shown

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


_SAID = INCOMPLETE | {"unknown_ministry"}   # problems also said on stderr: a file not read whole, an unknown ministry


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
class Outcome:
    """What one edition's result means: lines for stderr, its exit code, where its datasets
    go (None: nothing is written) and the status to record."""
    lines: list[str]
    code: ExitCode
    folder: str | None
    status: str = ""
    notes: list[str] = field(default_factory=list)   # what was done, not a problem: silenced by -q


def _problem_lines(res: GroupResult) -> list[str]:
    return [f"{e} (kept as printed; add it to normalizers/ministries.csv if it is a real body)"
            if ": unknown_ministry: " in e else
            f"{e}; datasets written but text may be missing (status partial, see problems.csv)"
            for e in res.problem_lines]


@dataclass(frozen=True, slots=True)
class Previous:
    """The folder a result would replace, as its document.json describes it."""
    sources: tuple[tuple[str, str, str], ...]   # (name, sha256, role) of the files it was read from
    found: dict[str, int]                       # what its read found (document.json report.found)


_KEPT_COUNTS = ("goals", "targets", "initiatives", "headings")   # an edition read with under half is smaller


def read_previous(folder: Path) -> Previous | None:
    """The folder's sources and counts; None when there is no folder. A folder whose
    document.json cannot be read is guarded by its existence alone (no sources, no counts)."""
    if not folder.is_dir():
        return None
    try:
        doc = json.loads((folder / "document.json").read_text(encoding="utf-8"))
        sources = tuple((str(s["name"]), str(s["sha256"]), str(s.get("role", ""))) for s in doc["sources"])
        found = {k: int(v) for k, v in doc["report"]["found"].items() if isinstance(v, int)}
        return Previous(sources, found)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return Previous((), {})


def smaller(res: GroupResult, members: list[Member], previous: Previous) -> list[str]:
    """Pure: why this read would make the folder smaller than it is: a file it was read from that
    is not among the files read whole now (neither its name nor its SHA-256), and for an
    edition a count of goals, targets, initiatives or headings under half the previous one."""
    whole = [m for m in members if not m.damaged]
    names, shas = {m.name for m in whole}, {m.sha256 for m in whole}
    why = [f"its {_ROLE_WORD.get(role, 'file')} {shown(name)} is not among the files read whole this time"
           for name, sha, role in previous.sources if name not in names and sha not in shas]
    if EDITION.fullmatch(res.key) and res.report is not None:
        now = res.report["found"]
        why += [f"{now.get(k, 0)} {k} where it had {previous.found[k]}" for k in _KEPT_COUNTS
                if previous.found.get(k, 0) > 0 and 2 * now.get(k, 0) < previous.found[k]]
    return why


_ROLE_WORD = {"main": "main body", "appendix": "appendix", "overview": "overview"}


def _kept(res: GroupResult, why: list[str]) -> Outcome:
    """A complete edition stays when the new read has less: the files' lines, and one line for
    the edition saying why and what to do."""
    return Outcome(res.input_errors + [e for e in res.problem_lines if ": unknown_ministry: " not in e]
                   + [f"{res.key}: partial: kept as it was: {'; '.join(why)}; an edition is only replaced by a "
                      "read with every file it had; give them all, fix or replace the file, or use "
                      "--replace-smaller to replace it anyway"],
                   ExitCode.FAILED, None)


def _guard(res: GroupResult, members: list[Member], previous: Previous | None) -> list[str]:
    """Why the previous folder must stay (empty: the result may replace it)."""
    if previous is None:
        return []
    why = ["a file of this edition could not be read"] if res.input_errors else []
    why += ["a file of this edition is damaged"] if res.damaged else []
    return why + smaller(res, members, previous)


def outcome(res: GroupResult, members: list[Member], previous: Previous | None, opts: ExtractOptions) -> Outcome:
    """The messages, exit code and destination of one processed edition (pure but for the
    name of a document folder, which looks at what DIR/documents holds)."""
    out = opts.out
    code = ExitCode.FAILED if res.input_errors else ExitCode.OK
    if res.files is None or res.report is None:
        return Outcome(list(res.input_errors), code, None)
    why = [] if opts.replace_smaller else _guard(res, members, previous)
    if why:
        return _kept(res, why)
    lines = list(res.input_errors)
    notes: list[str] = []
    status, folder = res.report["status"], res.key
    names = ", ".join(shown(m.name) for m in members)
    if res.report["kind"] == "document":   # no strategy structure: a document of its own
        status = "document"
        folder = folder if folder.startswith(f"{DOCUMENTS}/") else document_key(members[0], {}, out)
        notes = [f"{names}: not an AI戦略 edition ({'; '.join(res.report['missing'])}); "
                 f"extracted as a document into {out / folder}"]
        code = worse(code, ExitCode.DOCUMENTS if opts.editions_only else ExitCode.OK)
    lines += _problem_lines(res)
    if status == "partial" and opts.strict:
        return Outcome(notes + lines + [f"{names}: --strict: edition {folder} has problems, datasets not written"],
                       ExitCode.FAILED, None)
    if status == "partial" or res.input_errors:
        code = worse(code, ExitCode.PROBLEMS)
    return Outcome(lines, code, folder, "partial" if res.input_errors else status, notes)


def execute(plan: Plan, bom: bool, early: dict[str, GroupResult] | None = None):
    """build_group for every edition to do, in the parent (the files were read in workers);
    `early`: a document's result built while the workers read on (early_documents), by its
    file's path, taken as it is."""
    for key, reads in plan.todo:
        done = (early or {}).get(reads[0].member.path) if len(reads) == 1 and not EDITION.fullmatch(key) else None
        yield replace(done, key=key) if done is not None else build_group(key, reads, bom)


def early_documents(opts: ExtractOptions) -> tuple[dict[str, GroupResult], Callable[[FileRead], None]]:
    """Results built as the reads come (plan.read_inputs' on_read), and the function that
    builds them: a file read whole that no edition can hold (plan.is_document; --edition makes
    every file an edition's) is a group of its own, DIR/documents/<name>, whatever else is read:
    its datasets are merged and rendered in the parent while the workers read the next files
    (with one worker, the parent's part of a run no longer waits for the last read). Its result
    is build_group's for its group: a document's key names no edition, so none enters it."""
    built: dict[str, GroupResult] = {}

    def on_read(read: FileRead) -> None:
        if read.part is not None and not opts.edition and is_document(read.member):
            built[read.member.path] = build_group(DOCUMENTS, [read], opts.bom)
    return built, on_read

