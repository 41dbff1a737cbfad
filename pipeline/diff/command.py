"""`diff OLD NEW`: load two edition folders, compare them, write the change lists and reports."""
from __future__ import annotations

import sys
from pathlib import Path

from pipeline.exit_codes import ExitCode


def run_diff(args) -> ExitCode:
    from pipeline.diff.compare import compare
    from pipeline.diff.load import load_edition
    from pipeline.diff.render import changes_csv, report_html, report_md, targets_csv
    from pipeline.writers import replace_folder

    for folder in (args.old, args.new):
        if not (Path(folder) / "initiatives.csv").is_file():
            print(f"{folder}: no initiatives.csv here; give an edition folder written by extract (e.g. outputs/2022)",
                  file=sys.stderr)
            return ExitCode.FAILED
    d = compare(load_edition(Path(args.old)), load_edition(Path(args.new)))
    target = Path(args.out) / f"diff_{d.old_edition}_{d.new_edition}"
    replace_folder(target, {"changes.csv": changes_csv(d), "target_changes.csv": targets_csv(d),
                            "report.md": report_md(d), "report.html": report_html(d)})
    print(f"{target}: {len(d.changes)} rows", file=sys.stderr)
    return ExitCode.OK
