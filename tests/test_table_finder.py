"""The table finder on tables drawn in other ways (tests/table_conventions.py): what a reader
sees as a table is one, with its cells; what is no table stays text. Where pdfplumber's table
finder reads a table too, its non-empty cell texts are ours."""
from __future__ import annotations

import pdfplumber
import pytest

import table_conventions as tc
from extractors.layout import read_pdf
from extractors.page_flow import build_flow
from extractors.ruled_tables import table_cells


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    return tc.build(tmp_path_factory.mktemp("tables") / "table_conventions.pdf")


@pytest.fixture(scope="module")
def read(pdf):
    flow = build_flow(read_pdf(str(pdf)))
    return flow, table_cells(flow)


def _grid(cells, page):
    ids = sorted({c.table_id for c in cells if c.page_start == page})
    return [[[c.text for c in cells if c.table_id == t and c.row == r] for r in
             range(1, 1 + max(c.row for c in cells if c.table_id == t))] for t in ids]


@pytest.mark.parametrize("name,rows", [("shaded_header", tc.SHADED), ("open_sides", tc.OPEN), ("rotated", tc.ROTATED)])
def test_each_table_is_read_as_drawn(read, name, rows):
    _, cells = read
    page = tc.PAGES.index(name) + 1
    assert _grid(cells, page) == [rows]
    assert all(c.rowspan == 1 and c.colspan == 1 for c in cells if c.page_start == page)


def test_boxes_frames_panels_and_annotations_are_no_tables(read):
    flow, cells = read
    page = tc.PAGES.index("not_tables") + 1
    assert not [c for c in cells if c.page_start == page]
    text = " ".join(it.text for it in flow.items if getattr(it, "page", None) == page and hasattr(it, "text"))
    for words in ("Previous", "a framed remark is no table", "Panel 11", "Highlighted words"):
        assert words in text   # left in the text flow, not lost


def test_label_outside_an_open_table_stays_text(read):
    flow, cells = read
    page = tc.PAGES.index("open_sides") + 1
    assert "Cost" in [it.text.strip() for it in flow.items if getattr(it, "page", None) == page and hasattr(it, "text")]


def test_pdfplumber_reads_the_same_cell_texts(pdf, read):
    _, cells = read
    with pdfplumber.open(pdf) as doc:
        for name in ("shaded_header", "open_sides", "rotated"):
            page = tc.PAGES.index(name) + 1
            theirs = sorted(t for tb in doc.pages[page - 1].extract_tables() for row in tb for t in row if t)
            ours = sorted(c.text for c in cells if c.page_start == page and c.text)
            assert ours == theirs, name
