"""An Excel sheet's header band left open on one side (tests/newdocsD17_conventions.py): the band merged across every
column over the column headings is the table's first row though its right side is not drawn."""
from __future__ import annotations

import newdocsD17_conventions as nd
from conftest import extract_document as _extract
from real_truth import norm, tables_of


def _band_row() -> str:
    return " | ".join([norm(nd.BAND)] + [""] * (len(nd.HEADER) - 1))


def test_a_header_band_open_on_its_right_is_the_tables_first_row(tmp_path):
    """基本情報 over the five column headings, ruled on top, bottom and left only: one table of 2 header rows and the
    data rows, its first row the band (one cell across the five columns)."""
    out = _extract(nd.build_open_band_list(tmp_path / "open.pdf"))
    assert [(t["shape"], t["first_row"]) for t in tables_of(out)] == [((2 + len(nd.ROWS), 5), _band_row())]


def test_the_same_band_closed_on_both_sides_reads_alike(tmp_path):
    """With its right side drawn the band is a closed cell: the same table, row for row."""
    out = _extract(nd.build_open_band_list(tmp_path / "closed.pdf", right_side=True))
    assert [(t["shape"], t["first_row"]) for t in tables_of(out)] == [((2 + len(nd.ROWS), 5), _band_row())]
