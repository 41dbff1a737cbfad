"""`ai-strategy inspect FILE.pdf [--pages 4-6] --out DIR`: a picture of what was read.

Per page, DIR/page-NNN.png: the page with what the reader decided drawn over it — headings
(level and numbering system), body lines, item starts, goal labels, captions, contents lines,
table cells, the footnote area, furniture by kind, and each line's reading-order number; and
DIR/lines.csv: page, line (reading order on the page), x0, y0, x1, y1, text, role, evidence.

The boxes are drawn on a copy of the document in memory (opened from the file's bytes, never
saved), each page turned as the reader read it (a page whose /Rotate turns its text sideways is
read unturned); the input file is only read. Text from the PDF goes only into lines.csv
(through the project's CSV writer), never into the picture's labels or anything run.

The file is read as extract reads it: in a forked worker under the same budgets of memory and
time (extractors/budgets.py, pipeline/isolation.py), so a bomb or a pathological page costs one
line (the line extract prints for it, after "error: ") and exit 1, never the machine.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import regex

from pipeline.exit_codes import ExitCode

COLUMNS = ["page", "line", "x0", "y0", "x1", "y1", "text", "role", "evidence"]
COLOURS = {   # stroke colour of each role (RGB 0..1)
    "heading": (0.85, 0.1, 0.1), "body": (0.55, 0.65, 0.8), "item_start": (0.1, 0.6, 0.2),
    "goal_label": (0.8, 0.1, 0.7), "caption": (0.6, 0.4, 0.1), "contents": (0.5, 0.5, 0.5),
    "table_cell": (0.0, 0.65, 0.75), "footnote": (0.45, 0.2, 0.75), "furniture": (0.95, 0.55, 0.0),
}
SCALE = 2   # pixels per point of the picture (144 dpi)
_PAGES = regex.compile(r"^\s*([0-9]{1,5})\s*(?:-\s*([0-9]{1,5})\s*)?$")


def page_range(spec: str | None, count: int) -> range | None:
    """Pages N or N-M (1-based, inclusive, within the document), or None when the spec is wrong."""
    if spec is None:
        return range(1, count + 1)
    m = _PAGES.match(spec)
    if not m:
        return None
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    return range(first, min(last, count) + 1) if 1 <= first <= last and first <= count else None


def _label(r) -> str:
    """The picture's label of a line: role, and for a heading its level (ASCII only: no PDF text)."""
    short = {"heading": f"H{r.level}" if r.level else "H+", "item_start": "item", "goal_label": "goal",
             "table_cell": "", "footnote": "", "furniture": r.evidence, "body": ""}
    return short.get(r.role, r.role)


def _draw_page(page, reports: list, vertical: bool = False) -> None:
    """What was read drawn over `page` (of an in-memory copy): boxes given as the page is shown
    upright are turned back into the page's own space (drawing takes unrotated coordinates); a page
    set vertically was read turned a quarter (layout: x' = y, y' = width - x), turned back first,
    its labels written down the page as its lines are."""
    import pymupdf

    m, turn = page.derotation_matrix, page.rotation
    if vertical:
        m, turn = pymupdf.Matrix(0, 1, -1, 0, page.rect.width, 0) * m, (turn + 270) % 360

    def text(x: float, y: float, words: str, size: float, colour: tuple) -> None:
        page.insert_text(pymupdf.Point(x, y) * m, words, fontsize=size, color=colour, rotate=turn)

    notes = [r.box for r in reports if r.role == "footnote"]
    if notes:   # the footnote area: around all its lines
        area = pymupdf.Rect(min(b[0] for b in notes) - 2, min(b[1] for b in notes) - 2,
                            max(b[2] for b in notes) + 2, max(b[3] for b in notes) + 2)
        page.draw_rect(area * m, color=COLOURS["footnote"], width=1.2, dashes="[3 2] 0")
        text(area.x0, area.y0 - 1, "footnote area", 6, COLOURS["footnote"])
    for r in reports:
        colour = COLOURS.get(r.role, (0, 0, 0))
        page.draw_rect(pymupdf.Rect(r.box) * m, color=colour, width=1.0 if r.role == "heading" else 0.5)
        label = _label(r)
        if r.order and r.role != "table_cell":
            label = f"{r.order} {label}".strip()
        if label:
            text(max(r.box[0] - 1, 0), max(r.box[1] - 0.5, 5), label, 5, colour)


def _rows(reports: list) -> list[dict]:
    """lines.csv rows: per page, lines numbered in reading order (the lines set aside after)."""
    seen: Counter = Counter()
    rows = []
    for r in sorted(reports, key=lambda r: (r.page, r.order == 0, r.order, r.box[1], r.box[0])):
        seen[r.page] += 1
        rows.append({"page": r.page, "line": seen[r.page], "x0": f"{r.box[0]:.1f}", "y0": f"{r.box[1]:.1f}",
                     "x1": f"{r.box[2]:.1f}", "y1": f"{r.box[3]:.1f}", "text": r.text, "role": r.role,
                     "evidence": r.evidence})
    return rows


def read_roles(path: str) -> tuple[list, int, set[int], set[int]]:
    """Every line's role and evidence in a PDF (read in full: the body style and running lines
    are the whole document's), its page count, the pages read unturned (a /Rotate that
    turned their text sideways) and those read turned (set vertically)."""
    from extractors.cover import read_cover
    from extractors.goals import find_goals
    from extractors.headings import find_headings
    from extractors.line_roles import describe
    from extractors.page_flow import build_flow
    from pipeline.reading import open_document
    doc = open_document(path)
    flow = build_flow(doc)
    cover = read_cover(doc)
    index = find_headings(flow, cover)   # as extract reads them: the title is none
    _, used = find_goals(flow, index)
    unturned = {page for page, what, _ in doc.warnings if page is not None and what == "rotated_over_text"}
    return describe(flow, index, used), doc.page_count, unturned, {p.number for p in doc.pages if p.turned}


def _roles_or_error(path: str) -> tuple[list, int, set[int], set[int]] | str:
    """Worker task: read_roles, or the line extract prints for a file that cannot be read."""
    from extractors.errors import InputError
    from pipeline.reading import shown

    try:
        return read_roles(path)
    except InputError as exc:
        return shown(str(exc))


def read_in_worker(path: str) -> tuple[list, int, set[int], set[int]] | str:
    """read_roles in a forked worker with extract's budgets (memory, time per file); a
    worker over budget, killed or failing is the line extract prints for it."""
    from extractors import budgets
    from pipeline.isolation import Failure, Task, run_tasks
    from pipeline.reading import shown

    [(_, res)] = list(run_tasks([Task(path, _roles_or_error, (path,), budgets.SECONDS_PER_FILE)], 1,
                                budgets.WORKER_MEMORY_BYTES))
    if isinstance(res, Failure):
        return f"{shown(path)}: {res.reason}; the file is not read"
    assert isinstance(res, (tuple, str))
    return res


def run_inspect(path: str, pages: str | None, out: Path) -> int:
    import pymupdf

    from pipeline.writers import csv_bytes, write_atomic

    from pipeline.reading import shown

    if Path(path).is_dir():
        print(f"error: {shown(path)}: a folder, not a PDF; give one PDF file", file=sys.stderr)
        return ExitCode.FAILED
    read = read_in_worker(path)
    if isinstance(read, str):
        print(f"error: {read}", file=sys.stderr)
        return ExitCode.FAILED
    reports, count, unturned, vertical = read
    wanted = page_range(pages, count)
    if wanted is None:
        print(f"error: --pages {pages!r}: give N or N-M within the document's {count} pages", file=sys.stderr)
        return ExitCode.USAGE
    reports = [r for r in reports if r.page in wanted]
    try:
        out.mkdir(parents=True, exist_ok=True)
        write_atomic(out / "lines.csv", csv_bytes(COLUMNS, _rows(reports)))
        with pymupdf.open(stream=Path(path).read_bytes(), filetype="pdf") as copy:   # drawn on, never saved
            for number in wanted:
                page = copy[number - 1]
                if number in unturned:
                    page.set_rotation(0)
                _draw_page(page, [r for r in reports if r.page == number], number in vertical)
                pix = page.get_pixmap(matrix=pymupdf.Matrix(SCALE, SCALE))
                write_atomic(out / f"page-{number:03d}.png", pix.tobytes("png"))
    except OSError as exc:
        print(f"error: {shown(str(out))}: cannot write the pictures there ({exc.strerror or exc}); "
              "give a writable folder with --out", file=sys.stderr)
        return ExitCode.FAILED
    print(f"{out}: lines.csv ({len(reports)} lines) and {len(wanted)} page pictures")
    return ExitCode.OK
