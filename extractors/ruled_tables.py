"""Every ruled table of a document as cells (tables.csv), wherever it stands:

    table_runs (fragments joined across page breaks) → cells_of_run (merged cells as drawn)

A fragment continues the table before it when that table ended its page, the fragment opens
the next one, and their columns line up. A merged cell is written once, at its top left, with
its row and column spans; its text is read from all the glyphs it holds, line by line.
"""
from __future__ import annotations

from extractors.geometry import baseline_rows
from extractors.records import Flow, Table, TableCell, TextLine
from extractors.row_stitching import columns_match
from extractors.settings import Layout
from normalizers.text import join_lines


def _ends_page(flow: Flow, i: int) -> bool:
    page = flow.items[i].page
    return all(isinstance(it, TextLine) and it.blank for it in flow.items[i + 1:] if it.page == page)


def _opens_page(flow: Flow, i: int) -> bool:
    page = flow.items[i].page
    return all(isinstance(it, TextLine) and it.blank for it in flow.items[:i] if it.page == page)


def table_runs(flow: Flow) -> list[list[Table]]:
    """The document's tables, each as its fragments in page order."""
    runs: list[list[Table]] = []
    last = -1
    for i, it in enumerate(flow.items):
        if not isinstance(it, Table):
            continue
        if runs and last >= 0 and it.page == runs[-1][-1].page + 1 and _ends_page(flow, last) \
                and _opens_page(flow, i) and columns_match(runs[-1][-1], it, flow.settings.tables.columns_match):
            runs[-1].append(it)
        else:
            runs.append([it])
        last = i
    return runs


def _cell_text(table: Table, row: int, col: int, rowspan: int, colspan: int, ls: Layout) -> str:
    spans = [s for r in range(row, row + rowspan) for c in range(col, col + colspan)
             if r < len(table.rows) and c < len(table.rows[r].cells) for s in table.rows[r].cells[c].spans]
    return join_lines(["".join(s.text for s in line) for line in baseline_rows(spans, ls)])


def cells_of_run(table_id: int, run: list[Table], ls: Layout, source: str = "") -> list[TableCell]:
    out: list[TableCell] = []
    offset = 0
    for frag in run:
        merged = frag.merged or [(r, c, 1, 1) for r in range(len(frag.rows)) for c in range(len(frag.columns))]
        for r, c, rs, cs in merged:
            out.append(TableCell(table_id, run[0].page, run[-1].page, offset + r + 1, c + 1, rs, cs,
                                 _cell_text(frag, r, c, rs, cs, ls), source))
        offset += len(frag.rows)
    return out


def table_cells(flow: Flow) -> list[TableCell]:
    """Cells of every ruled table of the flow, tables numbered from 1 (an edition's merge
    numbers them on across its files)."""
    return [cell for n, run in enumerate(table_runs(flow), start=1)
            for cell in cells_of_run(n, run, flow.settings.layout, flow.source)]
