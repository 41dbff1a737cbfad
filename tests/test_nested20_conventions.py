"""A small ruled grid inside one cell of a table (a check list whose row for the ledger holds a grid of the
ledger's items, drawn in the list's own lines, clear of the cell's four sides) is a table of its own, nested in
that cell: its rows and columns are none of the list's, and the cell holding it keeps only its own words. A grid
drawn inside a frame twice round it (its sides within `double_frame` of the frame's) stays one table."""
from __future__ import annotations

import pymupdf

from pipeline.reading import open_document
from extractors.page_flow import build_flow
from extractors.ruled_tables import table_cells
from extractors.rules_to_cells import find_grids
from extractors.settings import DEFAULT


def _grid(page: pymupdf.Page, xs: list[float], ys: list[float]) -> None:
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), color=(0, 0, 0), width=1)
    for y in ys:
        page.draw_line((xs[0], y), (xs[-1], y), color=(0, 0, 0), width=1)


def _build(path) -> str:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((50, 70), "Check the papers before sending them.", fontsize=10)
    _grid(page, [50, 130, 480, 540], [90, 110, 130, 230, 250])   # the check list: 4 rows x 3 columns
    for y, row in ((104, ("Paper", "What to check", "Done")), (124, ("Form", "It is signed", "[ ]")),
                   (244, ("Terms", "Hours are given", "[ ]"))):
        for x, words in zip((56, 136, 486), row):
            page.insert_text((x, y), words, fontsize=9)
    page.insert_text((56, 144), "Ledger", fontsize=9)
    page.insert_text((136, 144), "It gives these items:", fontsize=9)
    page.insert_text((486, 144), "[ ]", fontsize=9)
    _grid(page, [140, 250, 360, 470], [152, 172, 192, 212])   # the ledger's items, in the list's third row
    items = (("Name", "Sex", "Period"), ("Days", "Hours", "Overtime"), ("Holidays", "Night", "Pay"))
    for k, row in enumerate(items):
        for x, words in zip((146, 256, 366), row):
            page.insert_text((x, 166 + 20 * k), words, fontsize=9)
    page.insert_text((50, 290), "Send them to the office.", fontsize=10)
    doc.save(str(path))
    return str(path)


def _rows(cells, table_id):
    mine = [c for c in cells if c.table_id == table_id]
    return [[c.text for c in mine if c.row == r] for r in range(1, 1 + max(c.row for c in mine))]


def test_a_grid_in_a_cell_is_a_table_of_its_own(tmp_path):
    cells = table_cells(build_flow(open_document(_build(tmp_path / "nested.pdf"))))
    tables = sorted({c.table_id for c in cells})
    assert [_rows(cells, t) for t in tables] == [
        [["Paper", "What to check", "Done"], ["Form", "It is signed", "[ ]"], ["Ledger", "It gives these items:", "[ ]"],
         ["Terms", "Hours are given", "[ ]"]],
        [["Name", "Sex", "Period"], ["Days", "Hours", "Overtime"], ["Holidays", "Night", "Pay"]]]


def test_a_grid_in_a_frame_drawn_close_round_it_stays_one_table(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((100, 80), "A table in a frame.", fontsize=10)
    _grid(page, [100, 300], [100, 200])            # the frame
    _grid(page, [104, 200, 296], [104, 150, 196])  # the table, 4 pt inside it
    path = tmp_path / "framed.pdf"
    doc.save(str(path))
    grids = find_grids(open_document(str(path)).pages[0].rules, DEFAULT.tables)
    assert len(grids) == 1
