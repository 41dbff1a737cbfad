"""A statistics sheet's small boxes (a label over its figure, each box its own frame): a header
cell whose text wraps, its tint filled line by line (two boxes of one colour edge to edge, no
line drawn between them, as WPS Office draws them), is one cell — a table's row is bounded by a
drawn line, never by where one line of a cell's text ends. A box whose rows stand level with notes
set in blocks some ems away at its left and right is a table still, no phrase framed in a running line."""
from __future__ import annotations

import pymupdf

from pipeline.reading import open_document
from extractors.page_flow import build_flow
from extractors.ruled_tables import table_cells

TINT = (0.988, 0.894, 0.839)


def _box(page: pymupdf.Page, x0: float, head: list[str], figure: str, y0: float = 100.0) -> None:
    """One framed box: a head of len(head) lines, each line's tint filled on its own, over a figure."""
    x1, step = x0 + 90, 16.0
    for k, words in enumerate(head):   # the tint of each line of the head, edge to edge
        page.draw_rect(pymupdf.Rect(x0, y0 + k * step, x1, y0 + (k + 1) * step), color=None, fill=TINT)
        page.insert_text((x0 + 6, y0 + k * step + 12), words, fontsize=10)
    mid = y0 + len(head) * step
    page.insert_text((x0 + 30, mid + 16), figure, fontsize=12)
    for y in (y0, mid, mid + 22):   # the box's rules, drawn as thin filled rectangles
        page.draw_rect(pymupdf.Rect(x0, y - 0.3, x1, y + 0.3), color=None, fill=(0, 0, 0))
    for x in (x0, x1):
        page.draw_rect(pymupdf.Rect(x - 0.3, y0, x + 0.3, mid + 22), color=None, fill=(0, 0, 0))


def _build(path) -> str:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 70), "Cases reported today, by group of patients.", fontsize=10)
    _box(page, 60, ["Persons aged", "65 or over"], "87")
    _box(page, 200, ["Severe"], "0")
    _box(page, 340, ["Tests done", "on 29 December"], "6,363")
    page.insert_text((60, 220), "Tests take about three days to give a result.", fontsize=10)
    _box(page, 250, ["Brought in", "from outside"], "41", y0=300)   # notes in blocks at its left and right
    for k, words in enumerate(["* A case may count in two", "columns, so the parts and the", "total may differ."]):
        page.insert_text((60, 312 + k * 14), words, fontsize=7)
    for k, words in enumerate(["*2 A test takes three", "days to give its result,", "not the day it was done."]):
        page.insert_text((380, 312 + k * 14), words, fontsize=7)
    doc.save(str(path))
    return str(path)


def _rows(cells, table_id):
    mine = [c for c in cells if c.table_id == table_id]
    return [[c.text for c in mine if c.row == r] for r in range(1, 1 + max(c.row for c in mine))]


def test_a_head_wrapped_in_one_cell_tinted_line_by_line_is_one_row(tmp_path):
    cells = table_cells(build_flow(open_document(_build(tmp_path / "boxes.pdf"))))
    tables = sorted({c.table_id for c in cells})
    assert [_rows(cells, t) for t in tables] == [[["Persons aged 65 or over"], ["87"]], [["Severe"], ["0"]],
                                                  [["Tests done on 29 December"], ["6,363"]],
                                                  [["Brought in from outside"], ["41"]]]
