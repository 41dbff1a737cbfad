"""`diff E1 E2 [E3 …]`: load edition folders, compare each with the next, write the change
lists, reports and summary of each pair, and the lineage across all of them."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline.exit_codes import ExitCode
from pipeline.options import DiffOptions


def _say(line: str) -> None:
    print(line, file=sys.stderr)


def _inside(out: Path, name: str) -> Path:
    """DIR/name, refused unless it resolves inside DIR (names come from validated editions)."""
    target = (out / name).resolve()
    if target.parent != out.resolve():
        raise ValueError(f"{name}: not a folder name inside {out}")
    return target


def edition_meta(folder: Path, edition: str) -> dict:
    """What datapackage.json of a diff records of one edition compared: its folder's title,
    printed date and source PDFs with their SHA-256 (from its document.json)."""
    from pipeline.schema import source

    try:
        doc = json.loads((folder / "document.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        doc = {}
    doc = doc if isinstance(doc, dict) else {}
    sources = [s for s in doc.get("sources") or [] if isinstance(s, dict)]
    return {"edition": edition, "title": str(doc.get("title") or f"AI戦略{edition}"), "date": str(doc.get("date") or ""),
            "sources": [source(f"{edition}: {s.get('name', '')}", str(s.get("name", "")), sha256=str(s.get("sha256", "")))
                        for s in sources]}


def _package_meta(title: str, compared: list[dict]) -> dict:
    from pipeline.schema import created

    dates = [c for c in (created(m["date"]) for m in compared) if c]
    return {"title": title, "created": max(dates) if dates else None,
            "editions": [{"edition": m["edition"], "title": m["title"]} for m in compared],
            "sources": [s for m in compared for s in m["sources"]]}


def _pair_files(d, bom: bool, compared: list[dict] | None = None) -> dict[str, bytes]:
    from pipeline.diff.render import (changes_csv, ministry_summary_csv, report_html, report_md, report_sections,
                                      targets_csv)
    from pipeline.schema import datapackage
    from pipeline.writers import json_bytes

    sections = report_sections(d)   # the 新旧対照表's rows and word runs, once for both reports
    files = {"changes.csv": changes_csv(d, bom), "target_changes.csv": targets_csv(d, bom),
             "ministry_summary.csv": ministry_summary_csv(d, bom), "report.md": report_md(d, sections),
             "report.html": report_html(d, sections)}
    meta = _package_meta(f"新旧対照 AI戦略{d.old_edition} → AI戦略{d.new_edition}", compared or [])
    files["datapackage.json"] = json_bytes(datapackage(f"ai-strategy-diff-{d.old_edition}-{d.new_edition}",
                                                      sorted(files), bom, meta))
    return files


def _write(out: Path, editions: list, diffs: list, verbose: bool, bom: bool, xlsx: bool = False,
           compared: list[dict] | None = None) -> None:
    """Each pair's folder, and with three or more editions the lineage folder."""
    from pipeline.diff.lineage import lineages, links, target_lineages
    from pipeline.diff.render import lineage_csv, lineage_links_csv, lineage_md, target_lineage_csv
    from pipeline.schema import datapackage
    from pipeline.workbook import with_workbook
    from pipeline.writers import json_bytes, replace_folder

    metas = compared or [{"edition": e.edition, "title": "", "date": "", "sources": []} for e in editions]
    for n, d in enumerate(diffs):
        folder = _inside(out, f"diff_{d.old_edition}_{d.new_edition}")
        files = _pair_files(d, bom, metas[n:n + 2])
        replace_folder(folder, with_workbook(files) if xlsx else files)
        if verbose:
            _say(f"{folder}: {len(d.changes)} rows")
    if len(editions) > 2:
        names = [e.edition for e in editions]
        folder = _inside(out, f"lineage_{names[0]}_{names[-1]}")
        rows = lineages(editions, diffs)
        files = {"lineage.csv": lineage_csv(rows, bom), "lineage.md": lineage_md(rows, names),
                 "lineage_links.csv": lineage_links_csv(links(diffs), bom),
                 "target_lineage.csv": target_lineage_csv(target_lineages(editions, diffs), bom)}
        meta = _package_meta(f"系譜 AI戦略{names[0]} → AI戦略{names[-1]}", metas)
        files["datapackage.json"] = json_bytes(datapackage(f"ai-strategy-lineage-{names[0]}-{names[-1]}",
                                                           sorted(files), bom, meta))
        replace_folder(folder, with_workbook(files) if xlsx else files)
        if verbose:
            _say(f"{folder}: {len({r.lineage_id for r in rows})} lineages")


def in_order(editions: list) -> tuple[list, list[str]]:
    """The editions oldest first (by year; one year given twice stays as given), and a line
    when they were given in another order."""
    years = [e.edition for e in editions]
    ordered = sorted(editions, key=lambda e: e.edition)
    if years == [e.edition for e in ordered]:
        return editions, []
    return ordered, [f"note: editions given as {' '.join(years)}; compared oldest first: "
                     f"{' → '.join(e.edition for e in ordered)}"]


def _load(opts: DiffOptions) -> tuple[list, dict[int, Path]] | None:
    """The editions oldest first and the folder of each (by id); None after the one line that
    says why an input cannot be used."""
    from pipeline.diff.load import DiffInputError, load_edition

    try:
        loaded = [(load_edition(Path(f)), Path(f)) for f in opts.editions]
        editions, notes = in_order([e for e, _ in loaded])
    except DiffInputError as exc:
        _say(str(exc))
        return None
    if not opts.quiet:
        for line in notes:
            _say(line)
    return editions, {id(e): f for e, f in loaded}


def run_diff(opts: DiffOptions) -> ExitCode:
    """run_diff_now, stopped cleanly by SIGINT/SIGTERM wherever they land (exit 130/143; a
    folder being written is left as it was)."""
    from pipeline.stopping import stoppable

    return stoppable(lambda: run_diff_now(opts), opts.out, "diff folders written so far are complete, the one "
                                                           "being written was left as it was")


def run_diff_now(opts: DiffOptions) -> ExitCode:
    """Exit 0 written (with --exit-code: and the editions are the same), 1 with --exit-code when
    they differ, 2 trouble (an input that cannot be used, a folder that cannot be written),
    as diff(1) and git diff --exit-code do."""
    from extractors.memory import gc_paused

    with gc_paused():   # the editions, their pairing and reports hold no reference cycle (extractors/memory.py)
        return _diff_and_write(opts)


def _diff_and_write(opts: DiffOptions) -> ExitCode:
    from pipeline.diff.compare import compare
    from pipeline.diff.render import summary_text
    from pipeline.diff.summary import differs, summary

    loaded = _load(opts)
    if loaded is None:
        return ExitCode.TROUBLE
    editions, folders = loaded
    diffs = [compare(a, b) for a, b in zip(editions, editions[1:])]
    try:
        compared = [edition_meta(folders[id(e)], e.edition) for e in editions]
        _write(opts.out, editions, diffs, opts.verbose, opts.bom, opts.xlsx, compared)
    except OSError as exc:
        _say(f"{opts.out}: cannot write the diff there ({exc.strerror or exc}); check the folder and free space")
        return ExitCode.TROUBLE
    summaries = [summary(d) for d in diffs]
    if opts.json:
        sys.stdout.write(json.dumps(summaries if len(summaries) > 1 else summaries[0], ensure_ascii=False, indent=2) + "\n")
    elif not opts.quiet:
        sys.stdout.write("".join(summary_text(s) for s in summaries))
    return ExitCode.DIFFER if opts.exit_code and any(differs(d) for d in diffs) else ExitCode.OK
