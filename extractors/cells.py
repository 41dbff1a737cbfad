"""Fill the cells of a table grid with the page's glyphs, and take those glyphs out of the
page's text flow. A glyph belongs to the cell that holds its centre."""
from __future__ import annotations

from bisect import bisect_left

from extractors.rules_to_cells import TableGrid
from extractors.underlines import ink_x
from extractors.records import Cell, Line, Row, Span, Table


def _clip_span(span: Span, keep: list[int]) -> Span:
    text = "".join(span.text[i] for i in keep)
    boxes = tuple(span.char_boxes[i] for i in keep)
    return Span(text, span.font, span.size, boxes[0][0], span.y0, boxes[-1][2], span.y1, span.baseline, boxes)


def _cell_lines(spans: list[Span]) -> list[str]:
    """Visual lines of a cell, top to bottom: spans on one baseline joined left to right."""
    rows: list[list[Span]] = []
    for s in sorted(spans, key=lambda s: (s.baseline, ink_x(s))):
        if rows and abs(rows[-1][0].baseline - s.baseline) <= max(1.5, s.size * 0.3):
            rows[-1].append(s)
        else:
            rows.append([s])
    return ["".join(s.text for s in sorted(r, key=ink_x)) for r in rows]


def fill_table(grid: TableGrid, lines: list[Line], page: int) -> tuple[Table, list[Line]]:
    """The table with its cells filled, and the lines that lie outside it."""
    x0, y0, x1, y1 = grid.bbox
    ncols = len(grid.xs) - 1
    nrows = len(grid.ys) - 1
    buckets: list[list[list[Span]]] = [[[] for _ in range(ncols)] for _ in range(nrows)]
    rest: list[Line] = []
    xs = grid.xs
    for line in lines:
        cy = (line.y0 + line.y1) / 2
        if not (y0 <= cy <= y1 and line.x1 > x0 and line.x0 < x1):
            rest.append(line)
            continue
        r = min(max(bisect_left(grid.ys, cy) - 1, 0), nrows - 1)  # the first row band holding cy
        for span in line.spans:
            first, last = span.char_boxes[0], span.char_boxes[-1]
            mid0, mid1 = (first[0] + first[2]) / 2, (last[0] + last[2]) / 2
            if xs[0] <= mid0 and mid1 <= xs[-1]:
                c0 = max(bisect_left(xs, mid0) - 1, 0)
                if c0 == max(bisect_left(xs, mid1) - 1, 0) and mid0 <= mid1:  # the usual case:
                    buckets[r][c0].append(span)                               # one span, one cell
                    continue
            per_col: dict[int, list[int]] = {}
            for i, box in enumerate(span.char_boxes):
                mid = (box[0] + box[2]) / 2
                if xs[0] <= mid <= xs[-1]:  # the first column band holding mid
                    per_col.setdefault(max(bisect_left(xs, mid) - 1, 0), []).append(i)
            for c, keep in per_col.items():
                buckets[r][c].append(_clip_span(span, keep))
    rows = []
    for r in range(nrows):
        cells = [Cell(_cell_lines(b), b) for b in buckets[r]]
        rows.append(Row(page, grid.ys[r], grid.ys[r + 1], cells))
    columns = list(zip(grid.xs, grid.xs[1:]))
    return Table(page, x0, y0, x1, y1, columns, rows), rest
