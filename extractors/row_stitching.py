"""Where rows are stitched across pages.

A fragment at the top of a page with no header row continues the table above it when their
columns line up. Its first row continues the last row of the fragment before when:
- its initiative cell is empty (only the ministry list runs on), or
- its ministry cell is empty (only the text runs on), or
- the ministry cell before ends with a separator (、・,), or its own starts with one, so the
  list runs on, or
- the last row before has an empty ministry cell (the list sat below the break).
A continuation fragment may repeat the header row; it is removed before (extractors/tables.with_header,
extractors/appendix.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from extractors.ministry_cells import SEPARATORS
from extractors.tables import cell_text
from extractors.records import Row, Table


@dataclass(slots=True)
class TableRow:
    """One logical row: the pieces of it on each page it spans."""
    pieces: list[Row] = field(default_factory=list)

    @property
    def page_start(self) -> int:
        return self.pieces[0].page

    @property
    def page_end(self) -> int:
        return self.pieces[-1].page

    def lines(self, col: int) -> list[str]:
        return [t for p in self.pieces if col < len(p.cells) for t in p.cells[col].text_lines]

    def spans(self, col: int) -> list[tuple[int, list]]:
        return [(p.page, p.cells[col].spans) for p in self.pieces if col < len(p.cells)]


def columns_match(a: Table, b: Table, tol: float, shift: float = 0.0) -> bool:
    """The two fragments' columns are one table's: as many, each column's two sides within `tol` of the other's once
    `a`'s are moved by `shift` (0: where they stand; a grid printed shifted as a whole on alternate pages moves by the
    offset of its left edge: ruled_tables._shifted_columns)."""
    return len(a.columns) == len(b.columns) and all(
        abs(x0 + shift - y0) <= tol and abs(x1 + shift - y1) <= tol for (x0, x1), (y0, y1) in zip(a.columns, b.columns))


def continues_row(last: TableRow, first: Row, text_col: int, min_col: int | None) -> bool:
    text = cell_text(first, text_col).strip()
    if min_col is None:
        return not text
    mins = cell_text(first, min_col).strip()
    before = "".join(last.lines(min_col)).strip()
    if not text or not mins:
        return True
    if mins[0] in SEPARATORS:   # the list broke before its separator: "総、文" | "、経"
        return True
    return bool(before) and before[-1] in SEPARATORS or not before


def stitch(fragments: list[Table], text_col: int, min_col: int | None) -> list[TableRow]:
    """Logical rows of a table given as its fragments (first with header, rest continuations)."""
    rows: list[TableRow] = []
    for n, frag in enumerate(fragments):
        for k, row in enumerate(frag.rows):
            if not any(c.text_lines for c in row.cells):
                continue
            if n > 0 and k == 0 and rows and continues_row(rows[-1], row, text_col, min_col):
                rows[-1].pieces.append(row)
            else:
                rows.append(TableRow([row]))
    return rows
