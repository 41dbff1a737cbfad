"""Command line: `python -m pipeline extract …` and `python -m pipeline diff …` (see
pipeline/exit_codes.py for what the exit codes mean)."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pipeline.exit_codes import ExitCode
from pipeline.options import DiffOptions, ExtractOptions


EXTRACT_CODES = """exit codes:
  0  every input was extracted: as a strategy edition (DIR/<edition>/) or as a document
     (DIR/documents/<name>/)
  1  an input failed (one stderr line per file says what to do; other inputs are still processed),
     or an edition was kept as it was because the new read lacks a file it had or has under half
     its goals, targets, initiatives or headings (--replace-smaller replaces it)
  2  wrong usage
  3  datasets were written but carry problems (problems.csv): an unknown ministry, a damaged page,
     a page without a text layer (scanned?)
  4  only with --editions-only: some input is not a strategy edition (it was extracted as a document)
  130, 143  stopped by Ctrl-C or SIGTERM (editions already written are complete)
The worst applies when several do (1 before 3 before 4 before 0)."""

DIFF_CODES = """exit codes (as diff(1) and git diff --exit-code):
  0  the diff was written (with --exit-code: and the editions are the same)
  1  with --exit-code: the editions differ (the diff was written)
  2  trouble: an edition folder cannot be used or the output cannot be written (one stderr
     line says why; nothing written), or wrong usage
Editions are compared oldest first whatever order they are given in (a note says so)."""


def _output_options(p: argparse.ArgumentParser, verbose: str) -> None:
    """--out, --bom and -v/-q (one or the other), as extract and diff both take them."""
    p.add_argument("--out", default="outputs", metavar="DIR", help="output folder (default: outputs)")
    p.add_argument("--bom", action="store_true", help="write CSVs with a UTF-8 BOM (for Excel)")
    p.add_argument("--xlsx", action="store_true",
                   help="also write datasets.xlsx, the folder's datasets as one workbook (for Excel: "
                        "labels such as (2) and text such as =A1 stay text)")
    loud = p.add_mutually_exclusive_group()
    loud.add_argument("-v", "--verbose", action="store_true", help=verbose)
    loud.add_argument("-q", "--quiet", action="store_true", help="print errors only")


def _parser() -> argparse.ArgumentParser:
    from pipeline import __version__

    p = argparse.ArgumentParser(prog="ai-strategy",
                                description="Extract Japan's AI Strategy (AI戦略) PDFs into datasets, and diff editions. "
                                            "`ai-strategy extract --help` and `ai-strategy diff --help` say more.")
    p.add_argument("--version", action="version", version=f"ai-strategy {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    raw = argparse.RawDescriptionHelpFormatter
    e = sub.add_parser("extract", help="PDF files or folders → DIR/<edition>/ datasets", formatter_class=raw,
                       epilog=EXTRACT_CODES,
                       description="Read strategy PDFs (main body 本文 and/or appendix 別紙), group them into "
                                   "editions by what their covers say, and write datasets to DIR/<edition>/; "
                                   "any other PDF is extracted as a document into DIR/documents/<name>/. "
                                   "Editions whose inputs did not change are skipped (DIR/manifest.json).")
    e.add_argument("inputs", nargs="+", metavar="INPUT", help="PDF files or folders of PDFs")
    _output_options(e, "print what was found per edition")
    e.add_argument("--edition", metavar="YEAR",
                   help="four-digit edition year for all inputs (default: read from each cover; a warning "
                        "is printed where the cover says otherwise)")
    e.add_argument("--strict", action="store_true", help="fail an edition that has problems (e.g. an unknown ministry)")
    e.add_argument("--force", action="store_true", help="redo editions whose inputs did not change")
    e.add_argument("--editions-only", action="store_true",
                   help="exit 4 when an input is not a strategy edition (it is still extracted as a document)")
    e.add_argument("--replace-smaller", action="store_true",
                   help="replace an edition folder even by a read that lacks one of its files (missing, failed "
                        "or damaged) or has under half its goals, targets, initiatives or headings (default: "
                        "such an edition is kept as it was, exit 1)")
    e.add_argument("-j", "--jobs", type=int, default=default_jobs(), metavar="N",
                   help="files read at once, in as many worker processes (default: the "
                        f"CPU cores this process may use, at most {MAX_DEFAULT_JOBS}; here {default_jobs()})")
    d = sub.add_parser("diff", help="compare edition folders (e.g. outputs/2021 outputs/2022)",
                       formatter_class=raw, epilog=DIFF_CODES,
                       description="Pair the initiatives of consecutive editions and write, per pair, "
                                   "DIR/diff_<old>_<new>/ (changes.csv, target_changes.csv, ministry_summary.csv, "
                                   "report.md, report.html); with three or more editions also "
                                   "DIR/lineage_<first>_<last>/ (lineage.csv, lineage_links.csv, target_lineage.csv, "
                                   "lineage.md). A summary goes to stdout.")
    d.add_argument("editions", nargs="+", metavar="EDITION",
                   help="edition folders written by extract (compared oldest first, by year)")
    _output_options(d, "also name the folders written")
    d.add_argument("--json", action="store_true", help="print the summary as JSON")
    d.add_argument("--exit-code", action="store_true",
                   help="exit 1 when the editions differ and 0 when they do not (like git diff --exit-code)")
    ls = sub.add_parser("ls", help="what an output folder holds: editions, documents, diffs",
                        description="List the editions, documents, diffs and lineages an output folder holds, "
                                    "with status, sources, counts and when each was written (UTC). Exit 1 when "
                                    "the folder is missing or holds none.")
    ls.add_argument("folder", nargs="?", default="outputs", metavar="DIR", help="output folder (default: outputs)")
    ls.add_argument("--json", action="store_true", help="print the list as JSON")
    i = sub.add_parser("inspect", help="a picture of what was read: PNG per page and lines.csv",
                       description="Read one PDF and write, per page, DIR/page-NNN.png with what the reader "
                                   "decided drawn on it (headings with level and numbering system, body, item "
                                   "starts, footnote area, furniture by kind, table cells, reading order) and "
                                   "DIR/lines.csv (page, line, x0, y0, x1, y1, text, role, evidence).")
    i.add_argument("pdf", metavar="FILE.pdf", help="the PDF to inspect")
    i.add_argument("--pages", metavar="N-M", help="only these pages (N or N-M, 1-based; default: all)")
    i.add_argument("--out", required=True, metavar="DIR", help="folder for the pictures and lines.csv")
    return p


MAX_DEFAULT_JOBS = 8   # each worker may hold up to its memory budget (extractors/budgets.py)


def default_jobs() -> int:
    """Workers when -j is not given: the cores this process may run on, at most MAX_DEFAULT_JOBS."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_DEFAULT_JOBS))


def extract_options(args: argparse.Namespace) -> ExtractOptions:
    return ExtractOptions(tuple(args.inputs), Path(args.out), args.edition, args.strict, args.force, args.bom,
                          args.jobs, args.verbose, args.quiet, xlsx=args.xlsx,
                          replace_smaller=args.replace_smaller, editions_only=args.editions_only)


def diff_options(args: argparse.Namespace) -> DiffOptions:
    return DiffOptions(tuple(args.editions), Path(args.out), args.json, args.exit_code, args.bom,
                       args.verbose, args.quiet, xlsx=args.xlsx)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "extract":
        if args.edition is not None and not (args.edition.isascii() and args.edition.isdigit() and len(args.edition) == 4):
            print(f"error: --edition must be a four-digit year, not {args.edition!r}", file=sys.stderr)
            return ExitCode.USAGE
        if args.jobs < 1:
            print("error: -j must be 1 or more", file=sys.stderr)
            return ExitCode.USAGE
        from pipeline.run import run_extract
        return run_extract(extract_options(args))
    if args.command == "inspect":
        from pipeline.inspect import run_inspect
        return run_inspect(args.pdf, args.pages, Path(args.out))
    if args.command == "ls":
        from pipeline.listing import run_ls
        return run_ls(args.folder, args.json)
    if len(args.editions) < 2:
        print("error: diff needs two or more edition folders (e.g. outputs/2021 outputs/2022)", file=sys.stderr)
        return ExitCode.USAGE
    from pipeline.diff.command import run_diff
    return run_diff(diff_options(args))
