"""Our ruled tables against pdfplumber's on a folder of PDFs (pdfplumber's own test PDFs: fetch
github.com/jsvine/pdfplumber and point this at its tests/pdfs; they are not in this repository).

    .venv/bin/python bench/pdfplumber_tables.py PDF_FOLDER [--max-pages N] [--verbose]

For each PDF, the non-empty cell texts of every table (NFKC, whitespace removed) as a multiset:
ours from extractors (read_pdf → build_flow → table_cells), pdfplumber's from
page.extract_tables() with its default settings. recall = shared cells / pdfplumber's cells,
precision = shared cells / our cells, summed over the folder. A PDF either reader cannot open
(encrypted, malformed) is listed and left out. Exit status 1 when recall < 0.9 or precision < 0.98
(issue 19's bar).
"""
from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.layout import read_pdf  # noqa: E402
from extractors.page_flow import build_flow  # noqa: E402
from extractors.ruled_tables import table_cells  # noqa: E402

RECALL, PRECISION = 0.9, 0.98


def _key(text: str | None) -> str:
    return regex.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def ours(pdf: Path, max_pages: int) -> Counter:
    doc = read_pdf(str(pdf), first_pages=max_pages)
    return Counter(k for c in table_cells(build_flow(doc)) if (k := _key(c.text)))


def theirs(pdf: Path, max_pages: int) -> Counter:
    import pdfplumber

    cells: Counter = Counter()
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages[:max_pages]:
            for table in page.extract_tables():
                cells.update(k for row in table for cell in row if (k := _key(cell)))
    return cells


def compare(folder: Path, max_pages: int, verbose: bool) -> tuple[int, int, int]:
    shared = our_total = their_total = 0
    for pdf in sorted(folder.glob("*.pdf")):
        try:
            a, b = ours(pdf, max_pages), theirs(pdf, max_pages)
        except Exception as exc:   # an encrypted or broken test PDF: listed, left out
            print(f"{pdf.name}: left out ({type(exc).__name__}: {str(exc)[:80]})")
            continue
        both = sum((a & b).values())
        shared, our_total, their_total = shared + both, our_total + sum(a.values()), their_total + sum(b.values())
        if verbose or a != b:
            print(f"{pdf.name}: pdfplumber {sum(b.values())} cells, ours {sum(a.values())}, shared {both}")
            if verbose:
                print("   missed:", list((b - a).elements())[:8], "\n   extra:", list((a - b).elements())[:8])
    return shared, our_total, their_total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="folder of PDFs (pdfplumber's tests/pdfs)")
    ap.add_argument("--max-pages", type=int, default=50, help="pages read per PDF (default 50)")
    ap.add_argument("--verbose", action="store_true", help="list missed and extra cells per PDF")
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"{args.folder}: not a folder; give the folder of PDFs to compare", file=sys.stderr)
        return 2
    shared, our_total, their_total = compare(args.folder, args.max_pages, args.verbose)
    recall = shared / their_total if their_total else 1.0
    precision = shared / our_total if our_total else 1.0
    print(f"cells: pdfplumber {their_total}, ours {our_total}, shared {shared}; "
          f"recall {recall:.3f} (bar {RECALL}), precision {precision:.3f} (bar {PRECISION})")
    return 0 if recall >= RECALL and precision >= PRECISION else 1


if __name__ == "__main__":
    sys.exit(main())
