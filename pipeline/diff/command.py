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


def _pair_files(d, bom: bool) -> dict[str, bytes]:
    from pipeline.diff.render import changes_csv, ministry_summary_csv, report_html, report_md, targets_csv
    from pipeline.schema import datapackage
    from pipeline.writers import json_bytes

    files = {"changes.csv": changes_csv(d, bom), "target_changes.csv": targets_csv(d, bom),
             "ministry_summary.csv": ministry_summary_csv(d, bom), "report.md": report_md(d),
             "report.html": report_html(d)}
    files["datapackage.json"] = json_bytes(datapackage(f"ai-strategy-diff-{d.old_edition}-{d.new_edition}",
                                                      sorted(files), bom))
    return files


def _write(out: Path, editions: list, diffs: list, verbose: bool, bom: bool, xlsx: bool = False) -> None:
    """Each pair's folder, and with three or more editions the lineage folder."""
    from pipeline.diff.lineage import lineages
    from pipeline.diff.render import lineage_csv, lineage_md
    from pipeline.schema import datapackage
    from pipeline.workbook import with_workbook
    from pipeline.writers import json_bytes, replace_folder

    for d in diffs:
        folder = _inside(out, f"diff_{d.old_edition}_{d.new_edition}")
        files = _pair_files(d, bom)
        replace_folder(folder, with_workbook(files) if xlsx else files)
        if verbose:
            _say(f"{folder}: {len(d.changes)} rows")
    if len(editions) > 2:
        names = [e.edition for e in editions]
        folder = _inside(out, f"lineage_{names[0]}_{names[-1]}")
        rows = lineages(editions, diffs)
        files = {"lineage.csv": lineage_csv(rows, bom), "lineage.md": lineage_md(rows, names)}
        files["datapackage.json"] = json_bytes(datapackage(f"ai-strategy-lineage-{names[0]}-{names[-1]}",
                                                           sorted(files), bom))
        replace_folder(folder, with_workbook(files) if xlsx else files)
        if verbose:
            _say(f"{folder}: {len({r.lineage_id for r in rows})} lineages")


def run_diff(opts: DiffOptions) -> ExitCode:
    from pipeline.diff.compare import compare
    from pipeline.diff.load import DiffInputError, load_edition
    from pipeline.diff.render import summary_text
    from pipeline.diff.summary import differs, summary

    try:
        editions = [load_edition(Path(f)) for f in opts.editions]
    except DiffInputError as exc:
        _say(str(exc))
        return ExitCode.FAILED
    diffs = [compare(a, b) for a, b in zip(editions, editions[1:])]
    try:
        _write(opts.out, editions, diffs, opts.verbose, opts.bom, opts.xlsx)
    except OSError as exc:
        _say(f"{opts.out}: cannot write the diff there ({exc.strerror or exc}); check the folder and free space")
        return ExitCode.FAILED
    summaries = [summary(d) for d in diffs]
    if opts.json:
        sys.stdout.write(json.dumps(summaries if len(summaries) > 1 else summaries[0], ensure_ascii=False, indent=2) + "\n")
    elif not opts.quiet:
        sys.stdout.write("".join(summary_text(s) for s in summaries))
    return ExitCode.FAILED if opts.exit_code and any(differs(d) for d in diffs) else ExitCode.OK
