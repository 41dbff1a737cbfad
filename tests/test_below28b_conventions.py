"""Tables under a bar (below28b).

A table shaded cell by cell — a box of its own filling every cell, the white between the boxes its only rules — is a
table, however far apart its boxes stand (page_flow._shaded_cell_by_cell). (A stacked bar chart over its value
scale, page_flow._value_row, is held by a real slide deck of survey charts in
tests/test_real_documents.py: false pages 0; a drawn chart small enough for a test was read as no table already.)"""
from __future__ import annotations

import pymupdf

from pipeline.reading import open_document
from extractors.page_flow import build_flow
from extractors.records import Table


def _tables(path, draw) -> list[Table]:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((50, 60), "Read the figures below before the meeting.", fontsize=10)
    draw(page)
    page.insert_text((50, 700), "Send your notes to the office by the end of the month.", fontsize=10)
    doc.save(str(path))
    return [it for it in build_flow(open_document(str(path))).items if isinstance(it, Table)]


def _shaded(page: pymupdf.Page) -> None:
    """A committee's list as a word processor shades it cell by cell: grey boxes 2 pt apart, the white between them
    painted as white strips (its borders), a dark header row."""
    xs, ys = [(66, 98), (100, 197), (199, 530)], [(221, 245), (247, 279), (281, 313), (315, 347)]
    for left, right in ((64, 66), (98, 100), (197, 199), (530, 532)):
        page.draw_rect(pymupdf.Rect(left, 219, right, 349), color=None, fill=(1, 1, 1))
    for top, foot in ((219, 221), (245, 247), (279, 281), (313, 315), (347, 349)):
        page.draw_rect(pymupdf.Rect(64, top, 532, foot), color=None, fill=(1, 1, 1))
    for r, (top, foot) in enumerate(ys):
        for c, (left, right) in enumerate(xs):
            page.draw_rect(pymupdf.Rect(left, top, right, foot), color=None, fill=(0.5, 0.5, 0.5) if r == 0 else (0.9, 0.9, 0.9))
            if c:
                page.insert_text((left + 6, top + 16), "氏名" if r == 0 and c == 1 else "所属" if r == 0 else f"例示{r}{c}",
                                 fontname="japan", fontsize=10)


def test_a_table_shaded_cell_by_cell_is_a_table(tmp_path):
    tables = _tables(tmp_path / "shaded.pdf", _shaded)
    assert [(len(t.rows), len(t.columns)) for t in tables] == [(4, 3)]
