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


def test_a_raised_call_at_a_lines_end_stays_there_at_any_size(tmp_path):
    """A header cell's note call raised after its second line at the text's own size (13.3 pt on 14 pt, not smaller
    as a superscript usually is) is read at that line's end — "Comprehensive Economic Measures1" —, not as a line
    between the two (it stood between them: "Comprehensive 1 Economic Measures")."""
    out = _extract(tc.build_called_header(tmp_path / "called.pdf"))
    cells = [c["text"] for c in read_csv(out / "tables.csv") if c["row"] == "1"]
    assert cells[0] == " ".join(tc.HEADER) + tc.CALL


def test_a_call_is_a_mark_of_a_character_or_two_set_where_the_ink_ends():
    """The raised call joins the line it ends (geometry.raised_on): not a word set apart after a gap, nor a longer
    run raised on the line (a second line's text), nor a mark set lower than the line's baseline."""
    from extractors.geometry import raised_on
    from extractors.records import Span
    from extractors.settings import Settings
    ls = Settings().layout

    def span(text, x0, baseline, size=14.0):
        w = size * 0.55
        boxes = tuple((x0 + i * w, baseline - size * 0.8, x0 + (i + 1) * w, baseline + size * 0.2) for i in range(len(text)))
        return Span(text, "Helvetica-Bold", size, x0, baseline - size * 0.8, boxes[-1][2], baseline + size * 0.2, baseline, boxes)

    line = span("Economic Measures", 80.0, 137.0)
    end = line.char_boxes[-1][2]
    assert raised_on(span("1", end, 131.0, 13.3), line, ls) and raised_on(line, span("*2", end, 131.0, 13.3), ls)
    assert not raised_on(span("1", end + 10, 131.0, 13.3), line, ls)        # set apart: a word of its own
    assert not raised_on(span("Total", end, 131.0, 13.3), line, ls)        # a run of letters, no call
    assert not raised_on(span("1", end, 140.0, 13.3), line, ls)            # below the baseline: no raised call


def test_a_tab_on_a_frame_with_a_date_beside_it_is_no_table(tmp_path):
    """A tab on a frame's top edge with the slide's date set at the right of its row, no rule drawn over the date:
    the date stands outside the frame, so tab and frame stay a captioned box, no 2-row table (cells.tabbed_boxes)."""
    out = _extract(tc.build_tab_with_date(tmp_path / "tab.pdf"))
    assert read_csv(out / "tables.csv") == []
    text = " ".join(p["text"] for p in read_csv(out / "paragraphs.csv"))
    assert tc.DATE_BESIDE in text and "of stations and airports." in text
