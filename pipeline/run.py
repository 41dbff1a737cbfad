"""`extract`: find the PDFs, read each one once, in full, in a worker, group the files into
editions by their covers, merge and write each edition's datasets as one swap, and keep a
manifest for reruns.

pipeline/plan.py (expand → look → duplicates → skip what is current → read in workers → groups)
→ pipeline/execute.py (merge and render, in the parent; outcome: pure) → write, here, under the
run's lock and signal handlers. Every file is read in a worker with a memory and time budget
(extractors/budgets.py). The options come typed from the CLI (pipeline/options.py).
"""
from __future__ import annotations

import fcntl
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.execute import GroupResult, Outcome, early_documents, execute, outcome, read_previous
from pipeline.exit_codes import ExitCode, worse
from pipeline.manifest import Manifest
from pipeline.options import ExtractOptions
from pipeline.plan import inputs_of, non_pdf, plan_run
from pipeline.reading import Member
from pipeline.workbook import with_workbook
from pipeline.stopping import stoppable
from pipeline.writers import recover, replace_folder

def _lock(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    fh = open(out / ".lock", "w")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        return None
    return fh



def _found_line(folder: str, status: str, report: dict, out: Path, verbose: bool) -> str:
    if verbose:
        return f"{folder}: {status} {json.dumps(report['found'], ensure_ascii=False)}"
    missing = "".join(f"; not extracted: {m}" for m in report["missing"] if report["kind"] == "edition")
    return (f"{folder}: {status} ({report['found']['initiatives']} initiatives, "
            f"{report['found']['headings']} headings{missing}) → {out / folder}")


def _say(lines: list[str]) -> None:
    for line in lines:
        print(line, file=sys.stderr)


def _write(out: Path, o: Outcome, res: GroupResult, members: list[Member], manifest: Manifest,
           opts: ExtractOptions) -> ExitCode:
    assert o.folder is not None and res.files is not None and res.report is not None
    files = with_workbook(res.files) if opts.xlsx else res.files
    try:
        replace_folder(out / o.folder, files)
        manifest.record(o.folder, inputs_of(members), o.status, files, opts.written(), opts.settings)
    except OSError as exc:
        _say([f"{out / o.folder}: cannot write the datasets ({exc.strerror or exc}); check the folder's "
              "permissions and free space, then run again"])
        return ExitCode.FAILED
    if not opts.quiet:
        _say([_found_line(o.folder, o.status, res.report, out, opts.verbose)])
    return ExitCode.OK


@dataclass(slots=True)
class Tally:
    """What a run did, for its summary line."""
    editions: int = 0
    documents: int = 0
    unchanged: int = 0
    failed: int = 0
    non_pdf: int = 0

    def line(self, seconds: float) -> str:
        def n(k: int, one: str, many: str) -> str:
            return f"{k} {one if k == 1 else many}"
        return (f"extract: {n(self.editions, 'edition', 'editions')}, {n(self.documents, 'document', 'documents')} "
                f"written, {self.unchanged} unchanged, {self.failed} failed, "
                f"{n(self.non_pdf, 'non-PDF file', 'non-PDF files')} skipped; {seconds:.1f} s")


def _count(tally: Tally, o: Outcome, res: GroupResult, written: ExitCode) -> None:
    tally.failed += len(res.input_errors)
    if o.folder is None or written != ExitCode.OK:
        tally.failed += 0 if res.input_errors and o.folder is None else 1
    elif o.status == "document":
        tally.documents += 1
    else:
        tally.editions += 1


def _run(opts: ExtractOptions, out: Path, lock_fd: int, tally: Tally) -> ExitCode:
    recover(out)
    manifest = Manifest(out / "manifest.json")
    early, on_read = early_documents(opts)
    plan = plan_run(opts, manifest, lock_fd, on_read)
    _say(plan.lines)
    tally.unchanged, tally.failed, tally.non_pdf = plan.unchanged, plan.failed, non_pdf(list(opts.inputs), opts.out)
    code = plan.code
    members_of = {key: [r.member for r in reads] for key, reads in plan.todo}
    for res in execute(plan, opts.bom, early):
        members = [m for m in members_of[res.key] if m.path in res.used]
        o = outcome(res, members, read_previous(out / res.key), opts)
        _say(([] if opts.quiet else o.notes) + o.lines)
        code = worse(code, o.code)
        written = _write(out, o, res, members, manifest, opts) if o.folder is not None else ExitCode.OK
        _count(tally, o, res, written)
        code = worse(code, written)
    return code


def run_extract(opts: ExtractOptions) -> ExitCode:
    out = opts.out
    try:
        lock = _lock(out)
    except OSError as exc:
        _say([f"{out}: cannot use it as the output folder ({exc.strerror or exc}); give a writable folder with --out"])
        return ExitCode.FAILED
    if lock is None:
        _say([f"{out}: another extract run is writing here; wait for it to finish or use another --out"])
        return ExitCode.FAILED
    started = time.perf_counter()

    def work() -> ExitCode:
        tally = Tally()
        code = _run(opts, out, lock.fileno(), tally)
        if not opts.quiet:
            _say([tally.line(time.perf_counter() - started)])
        return code

    try:
        return stoppable(work, out, "editions written so far are complete, the rest were not started or "
                                    "were left as they were")
    finally:
        lock.close()
