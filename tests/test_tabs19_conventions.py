"""A slide's stacked bars are a chart, no table (tests/tabs19_conventions.py)."""
from __future__ import annotations

import tabs19_conventions as tc
from conftest import read_csv, extract_document as _extract


def test_stacked_bar_segments_each_in_a_colour_of_its_own_are_no_table(tmp_path):
    """Two bars split into segments by value — boxes of one width laid edge to edge, no stroke, each in a colour of its
    own — read as no table: their labels are the page's text (they were a 4 × 1 and a 2 × 1 table)."""
    out = _extract(tc.build_stacked_bars(tmp_path / "bars.pdf"))
    assert read_csv(out / "tables.csv") == []
    text = " ".join(p["text"] for p in read_csv(out / "paragraphs.csv"))
    assert all(label in text for label in tc.SERIES)


def test_boxes_in_repeated_tints_still_meet_as_cells(tmp_path):
    """The same boxes shaded in bands (two tints taking turns, as a table's rows are) still share their sides as
    cells do: the segments' rule is about colours each of their own, not about boxes stacked edge to edge."""
    from extractors.layout import box_sides
    from extractors.settings import Settings
    boxes = [(c, (482.0, y0, 688.0, y1)) for c, (y0, y1) in zip(tc.BANDED, [(171, 189), (189, 233), (233, 379), (379, 424)])]
    ls = Settings().layout
    assert sum(r.tiled for r in box_sides(boxes, 780, 540, ls)) == 6   # three meetings, two sides each
    chart = [(c, box) for c, (_, box) in zip(tc.CHART_COLOURS, boxes)]
    assert not any(r.tiled for r in box_sides(chart, 780, 540, ls))
