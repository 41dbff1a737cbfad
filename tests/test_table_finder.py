"""The table finder on tables drawn in other ways (tests/table_conventions.py): what a reader
sees as a table is one, with its cells; what is no table stays text. Where pdfplumber's table
finder reads a table too, its non-empty cell texts are ours."""
from __future__ import annotations

from collections import Counter

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import table_conventions as tc
from extractors.layout import read_pdf
from pipeline.reading import open_document
from extractors.page_flow import build_flow
from extractors.records import Rule
from extractors.ruled_tables import repeated_headers, table_cells
from extractors.rules_to_cells import TableGrid, find_grids, merged_cells, raw_grids, split_rules
from extractors.settings import DEFAULT


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    return tc.build(tmp_path_factory.mktemp("tables") / "table_conventions.pdf")


@pytest.fixture(scope="module")
def read(pdf):
    flow = build_flow(open_document(str(pdf)))
    return flow, table_cells(flow)


def _grid(cells, page):
    ids = sorted({c.table_id for c in cells if c.page_start == page})
    return [[[c.text for c in cells if c.table_id == t and c.row == r] for r in
             range(1, 1 + max(c.row for c in cells if c.table_id == t))] for t in ids]


@pytest.mark.parametrize("name,rows", [("shaded_header", tc.SHADED), ("open_sides", tc.OPEN), ("rotated", tc.ROTATED),
                                       ("dotted_rules", tc.DOTTED)])
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


def test_a_table_broken_by_a_page_break_is_one_table_with_its_rows_once(read):
    """The second page's header is the first's printed again (page furniture, not rows), the
    row the break cut goes on under it (its first cell empty), and the link's underline, though
    it runs the cell's width, is no row rule: one table of the rows a reader counts."""
    flow, cells = read
    page = tc.PAGES.index("continued") + 1
    mine = [c for c in cells if c.page_start == page]
    assert {(c.page_start, c.page_end) for c in mine} == {(page, page + 1)}
    assert _grid(cells, page) == [tc.CONTINUED]
    assert [(f.page, f.text) for f in repeated_headers(flow)] == [(page + 1, " | ".join(tc.CONTINUED[0]))]


def test_a_framed_stamp_and_a_charts_gridlines_are_no_tables(tmp_path):
    """A one-row frame at the top of the first page is the document's label (doc_label), the
    table under it is read; a grid with text in few of its cells is a chart: its label stays
    text, set in a figure (no heading)."""
    flow = build_flow(open_document(str(tc.build_stamp_and_chart(tmp_path / "stamp_chart.pdf"))))
    cells = table_cells(flow)
    assert _grid(cells, 1) == [tc.STAMPED] and not [c for c in cells if c.page_start == 2]
    assert [(f.page, f.kind, f.text) for f in flow.furniture if f.kind == "doc_label"] == [(1, "doc_label", " ".join(tc.STAMP))]
    label = [it for it in flow.items if getattr(it, "page", None) == 2 and getattr(it, "text", "").strip() == tc.CHART_LABEL]
    assert label and all(it.in_figure for it in label)
    for page in (3, 4):   # framed phrases in running lines: the arrow a line of its own, or one line with the phrase
        assert not [c for c in cells if c.page_start == page]
        text = " ".join(it.text for it in flow.items if getattr(it, "page", None) == page and hasattr(it, "text"))
        assert all(phrase in text for phrase in tc.FRAMED)


def test_an_outline_tables_blank_group_column_does_not_join_rows_over_a_page_break(tmp_path):
    """An outline table (款 | 項 | 金額) broken between two items of one group: the first column is
    blank under the break and blank above it too (the group's name is on a row of its own above),
    and the row before the break ran not on (one-line cells): the item under the break is a row
    of its own, not the rest of the item above."""
    flow = build_flow(open_document(str(tc.build_outline_break(tmp_path / "outline.pdf"))))
    cells = table_cells(flow)
    assert {c.table_id for c in cells} == {1}
    rows = 1 + sum(len(page) for page in tc.OUTLINE_PAGES)
    assert max(c.row + c.rowspan - 1 for c in cells) == rows
    items = [c.text for c in cells if c.col == 2 and c.text]
    assert items == ["Item"] + [r[1] for page in tc.OUTLINE_PAGES for r in page if r[1]]


def test_a_table_set_across_the_page_reads_turned(tmp_path):
    """Pages whose text runs up (a wide table printed turned a quarter, no /Rotate) are read as a viewer
    turned to them shows them: the table's rows across, its columns down; its page number, upright at the
    sheet's foot, is the page's furniture, so the table continued on the next page is one."""
    doc = read_pdf(str(tc.build_set_across(tmp_path / "across.pdf")))
    flow = build_flow(doc)
    cells = table_cells(flow)
    assert {(c.page_start, c.page_end) for c in cells} == {(1, 2)}
    assert max(c.row + c.rowspan - 1 for c in cells) == 1 + sum(len(rows) - 1 for rows in tc.ACROSS_PAGES)
    assert [c.text for c in cells if c.row == 1] == tc.ACROSS_PAGES[0][0]
    assert [c.text for c in cells if c.col == 1][1:] == [r[0] for rows in tc.ACROSS_PAGES for r in rows[1:]]
    assert [(f.page, f.kind) for f in flow.furniture if f.kind == "page_number"] == [(1, "page_number"), (2, "page_number")]


def test_a_row_broken_by_a_page_break_is_one_row(tmp_path):
    """A row whose paragraph runs on past the page's foot mid-sentence (its last line full, no
    closing mark) goes on in the first row of the next page, though that row's first cell holds
    the rest of a broken label: one row. A row closed at the foot is followed by a row of its own,
    and a label column spanning the rows, empty under the break, spans on over the rows below,
    beside a row that runs on (its sentence open); beside rows of one line each, every row is
    its own."""
    flow = build_flow(open_document(str(tc.build_broken_rows(tmp_path / "broken.pdf"))))
    cells = table_cells(flow)
    shapes = {}
    for c in cells:
        shapes.setdefault(c.table_id, []).append(c)
    assert [(t[0].page_start, t[0].page_end, max(c.row + c.rowspan - 1 for c in t)) for t in shapes.values()] == \
        [(1, 2, 3), (3, 4, 4), (5, 6, 4), (7, 8, 5)]
    broken = {(c.row, c.col): c.text for c in shapes[1]}
    assert broken[2, 1].split() == ["Original", "text"]
    assert broken[2, 2].split() == " ".join(tc.BROKEN_LINES[0] + tc.BROKEN_LINES[1][:1]).split()
    assert [(c.row, c.text) for c in shapes[3] if c.col == 1] == [(1, "Part"), (2, tc.SPANNED[0])]
    assert [c.rowspan for c in shapes[3] if c.col == 1] == [1, 3]
    assert [c.text.split() for c in shapes[3] if c.col == 2][1:] == \
        [tc.SPANNED[1][0].split(), (tc.SPANNED[1][1] + " a) how to reach the vendor " + tc.SPANNED[2][0]).split(), tc.SPANNED[2][1].split()]
    assert [c.text for c in shapes[4] if c.col == 2][1:] == tc.DATED[1] + tc.DATED[2]   # one line each: rows of their own


def test_row_rules_printed_as_thin_images_are_rules(tmp_path):
    """A table whose row rules are raster strips a point high (its frame and column rule drawn
    as lines) is read with every row: an image no thicker than a rule is one."""
    flow = build_flow(open_document(str(tc.build_image_rules(tmp_path / "image_rules.pdf"))))
    assert _grid(table_cells(flow), 1) == [tc.IMAGE_RULED]


def test_cells_shaded_one_by_one_edge_to_edge_are_a_table(tmp_path):
    """A table shaded cell by cell with no dark line drawn (white lines over the sides the
    boxes share): where filled boxes meet edge to edge, their common side divides two cells as
    a drawn line would. The same boxes standing a gap apart share no side, and a paragraph
    shaded line by line (boxes of one colour edge to edge, no line between them) shows one
    panel: no tables."""
    flow = build_flow(open_document(str(tc.build_shaded_cells(tmp_path / "shaded_cells.pdf"))))
    assert _grid(table_cells(flow), 1) == [tc.TILED]
    words = {it.text.strip() for it in flow.items if hasattr(it, "text")}
    assert {"North", "West"} <= words
    text = " ".join(it.text for it in flow.items if hasattr(it, "text"))
    assert all(line in text for line in tc.SHADED_PARAGRAPH)


def test_sub_headings_shaded_under_a_spanning_heading_are_cells(tmp_path):
    """Under group headings that each span two columns, the sub-heading cells (boxes of one
    shade laid edge to edge, a white line between them) are cells of their own: a side that
    shaded boxes share divides two cells and is never the side of a framed phrase."""
    cells = table_cells(build_flow(open_document(str(tc.build_shaded_cells(tmp_path / "shaded_cells.pdf")))))
    assert _grid(cells, 2) == [tc.SPLIT_HEADER]


def test_a_mark_raised_or_lowered_in_a_cell_is_read_where_it_stands(tmp_path):
    """A mark set smaller and raised (#, *, ^) or lowered (the 2 of CO2) on its line is read on
    that line where it stands, not as a line of its own before or after it."""
    cells = table_cells(build_flow(open_document(str(tc.build_raised_marks(tmp_path / "raised.pdf")))))
    assert _grid(cells, 1) == [tc.RAISED + [[tc.RAISED_TWO_LINES, "6.52%"]]]


def test_a_rectangle_filled_as_a_path_of_lines_is_a_box(tmp_path):
    """A filled path of four lines closing a rectangle (a white section background, a shaded
    header cell) is a box, not four rules: the sections' frames do not join their headings and
    both tables into one grid."""
    flow = build_flow(open_document(str(tc.build_filled_paths(tmp_path / "filled_paths.pdf"))))
    assert _grid(table_cells(flow), 1) == [rows for _, rows in tc.SECTIONS]
    words = {it.text.strip() for it in flow.items if hasattr(it, "text")}
    assert {heading for heading, _ in tc.SECTIONS} <= words


def test_a_letter_cut_off_by_a_bar_rule_is_its_cells(tmp_path):
    """Rules drawn as thin filled bars: a cell's side is the bar's middle, not its first edge,
    so a label's last letter cut off by the column bar (text clipped at its cell's side, the
    letter's centre just past the bar's first edge) stays with the label; the value beside it
    is read alone."""
    cells = table_cells(build_flow(open_document(str(tc.build_bar_rules(tmp_path / "bar_rules.pdf")))))
    assert _grid(cells, 1) == [tc.BAR_RULED]


def test_values_ruled_between_under_a_band_are_no_header_row(tmp_path):
    """Column names over a frame are its header row only where nothing rules between them: a
    values row under a band of names, a column rule run on through it, is no header row of
    the table framed under it (a results sheet's skater row over the elements table)."""
    cells = table_cells(build_flow(open_document(str(tc.build_values_under_a_band(tmp_path / "values_under_band.pdf")))))
    assert [grid for grid in _grid(cells, 1) if "# Elements" in grid[0] or tc.BAND_VALUES[0] in grid[0]] == [tc.UNDER_BAND]
    assert not {c.text for c in cells} & set(tc.BAND_VALUES)


def test_row_rules_filled_with_a_pattern_are_rules(tmp_path):
    """A table whose row rules are dashed, each a thin rectangle filled with a tiling pattern
    (MuPDF lists such a fill as a clip to the rectangle, not as a drawing), is read with every
    row: a rectangle no thicker than a rule painted with a pattern is a rule."""
    flow = build_flow(open_document(str(tc.build_pattern_rules(tmp_path / "pattern_rules.pdf"))))
    assert _grid(table_cells(flow), 1) == [tc.PATTERN_RULED]


def test_offset_frames_and_a_chart_on_axes_are_no_tables(tmp_path):
    """Figures are no tables: frames drawn one over another, offset (only slivers between
    them, no two cells a line of text fits in), and a grid with a tick label on each column
    rule under it (a chart's plot area: its labels stay text); the same grid without the tick
    labels is a table."""
    flow = build_flow(open_document(str(tc.build_figures(tmp_path / "figures.pdf"))))
    cells = table_cells(flow)
    assert not [c for c in cells if c.page_start in (1, 2)]
    assert _grid(cells, 3) == [tc.CONTROL]
    words = {it.text.strip() for it in flow.items if hasattr(it, "text")}
    assert {tc.CARD, "Normal", "10.0"} <= words


def test_a_bar_chart_with_its_axis_above_is_no_table(tmp_path):
    """A stacked bar chart as a spreadsheet draws it (grey gridlines from the plot's top to its
    foot, 0% … 100% above them, each bar boxes of three colours laid edge to edge, a share
    written in each): its gridlines and its bars' sides make a grid, but a number stands at
    each gridline along its head: a chart's plot area, its labels stay text."""
    flow = build_flow(open_document(str(tc.build_figures(tmp_path / "figures.pdf"))))
    assert not [c for c in table_cells(flow) if c.page_start == 5]
    text = " ".join(it.text for it in flow.items if hasattr(it, "text") and it.page == 5)
    assert "100%" in text and "24.5%" in text and "52.5%" in text


def test_panels_of_rounded_boxes_are_no_tables(tmp_path):
    """A panel of two boxes with rounded corners, a title band over its body (a slide's or a
    flow chart's boxes), is no table: a path with curves is a figure's shape, its straight
    pieces no rules."""
    flow = build_flow(open_document(str(tc.build_figures(tmp_path / "figures.pdf"))))
    assert not [c for c in table_cells(flow) if c.page_start == 4]
    assert set(tc.PANEL) <= {it.text.strip() for it in flow.items if hasattr(it, "text")}


def test_a_header_band_across_the_first_page_is_a_table(tmp_path):
    """One framed row at the top of the first page but as wide as the page (a results sheet's
    header band) is a table, not a stamp."""
    import pymupdf
    doc = pymupdf.open()
    page = doc.new_page()
    xs, ys = [40, 200, 380, 555], [60, 84]
    tc._grid_lines(page, xs, ys)
    tc._fill(page, [["Rank", "Name", "Total"]], xs, ys)
    doc.save(tmp_path / "band.pdf")
    flow = build_flow(open_document(str(tmp_path / "band.pdf")))
    assert _grid(table_cells(flow), 1) == [[["Rank", "Name", "Total"]]]
    assert not [f for f in flow.furniture if f.kind == "doc_label"]


def test_a_framed_title_on_a_tables_top_edge_is_its_caption(tmp_path):
    """A box standing on a table's top edge, narrower than the table (reaching neither of its
    sides), alone in the top row and one line high, is the table's framed title: the table is read
    without it (its sides rule no column) and its words stay text. A first row of one cell over the
    value columns, reaching the table's side (its corner left open), stays the table's row."""
    flow = build_flow(open_document(str(tc.build_framed_caption(tmp_path / "caption.pdf"))))
    cells = table_cells(flow)
    assert _grid(cells, 1) == [tc.CAPTIONED]
    assert tc.CAPTION in {it.text.strip() for it in flow.items if getattr(it, "page", None) == 1 and hasattr(it, "text")}
    assert [[c.text for c in cells if c.page_start == 2 and c.row == 1]] == [["", "Period"]]


def test_label_outside_an_open_table_stays_text(read):
    flow, cells = read
    page = tc.PAGES.index("open_sides") + 1
    assert "Cost" in [it.text.strip() for it in flow.items if getattr(it, "page", None) == page and hasattr(it, "text")]


def test_pdfplumber_reads_the_same_cell_texts(pdf, read):
    _, cells = read
    with pdfplumber.open(pdf) as doc:
        for name in ("shaded_header", "open_sides", "rotated"):   # dotted columns: pdfplumber drops dots
            page = tc.PAGES.index(name) + 1
            theirs = sorted(t for tb in doc.pages[page - 1].extract_tables() for row in tb for t in row if t)
            ours = sorted(c.text for c in cells if c.page_start == page and c.text)
            assert ours == theirs, name


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 5), st.integers(1, 5), st.data())
def test_cells_never_overlap_whatever_rules_are_missing(nrows, ncols, data):
    """Every grid cell lies in exactly one reported cell, whichever inner rules are drawn (a
    region that is no rectangle is reported cell by cell, never as a box over its neighbours)."""
    xs = tuple(float(40 * k) for k in range(ncols + 1))
    ys = tuple(float(20 * k) for k in range(nrows + 1))
    verticals = [Rule(x, ys[r], x, ys[r + 1], 0.5) for x in xs for r in range(nrows)
                 if x in (xs[0], xs[-1]) or data.draw(st.booleans())]
    horizontals = [Rule(xs[c], y, xs[c + 1], y, 0.5) for y in ys for c in range(ncols)
                   if y in (ys[0], ys[-1]) or data.draw(st.booleans())]
    cells = merged_cells(TableGrid(xs, ys, tuple(verticals), tuple(horizontals)), DEFAULT.tables)
    covered = Counter((rr, cc) for r, c, rs, cs in cells for rr in range(r, r + rs) for cc in range(c, c + cs))
    assert covered == Counter((r, c) for r in range(nrows) for c in range(ncols))


def test_a_rule_never_bridges_a_gap_it_does_not_draw():
    """Two tables one above the other, their left rules a hair apart from the shading's edge:
    the joined rule keeps the gap between the tables (it used to reach back over it)."""
    from extractors.rules_to_cells import merge_collinear

    rules = [Rule(28.1, 18.0, 28.1, 520.7, 1), Rule(28.1, 532.9, 28.1, 586.7, 1), Rule(28.6, 31.7, 28.6, 45.0, 0, True)]
    spans = sorted((r.y0, r.y1) for r in merge_collinear(rules, True, DEFAULT.tables))
    assert spans == [(18.0, 520.7), (532.9, 586.7)]


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 4), st.lists(st.floats(-60.0, 220.0), min_size=1, max_size=12))
def test_every_letter_of_a_line_in_a_table_lands_in_a_cell(ncols, lefts):
    """A text line across a table's row lands in its cells letter for letter, also where it runs
    on past the table's outer side (a glyph beyond the frame used to be dropped unseen)."""
    from extractors.cells import _place_span
    from extractors.records import Span

    xs = tuple(float(40 * k) for k in range(ncols + 1))
    lefts = sorted(lefts)
    boxes = tuple((x, 0.0, x + 10.0, 10.0) for x in lefts)
    text = "".join(chr(0x3042 + k) for k in range(len(lefts)))
    row: list[list[Span]] = [[] for _ in range(ncols)]
    _place_span(Span(text, "f", 10.0, boxes[0][0], 0.0, boxes[-1][2], 10.0, 8.0, boxes), xs, row)
    assert "".join(s.text for cell in row for s in cell) == text


def test_a_label_beside_a_tables_frame_stays_text():
    """A month label set left of a calendar on its header row (the layout reads 4月 and the first
    header cell 日 as one line): the table takes the cell's letters, the label stays text beside
    it (it was lost: neither in the table nor in the page's lines)."""
    from extractors.page_flow import fill_tables
    from extractors.records import Line, Span

    def line(pieces, y):
        spans = [Span(t, "f", 10.0, x, y, x + 10.0 * len(t), y + 10.0, y + 8.0,
                      tuple((x + 10.0 * k, y, x + 10.0 * (k + 1), y + 10.0) for k in range(len(t)))) for t, x in pieces]
        return Line(1, spans, spans[0].x0, y, spans[-1].x1, y + 10.0)

    xs, ys = (100.0, 140.0, 180.0), (0.0, 20.0, 40.0)
    grid = TableGrid(xs, ys, tuple(Rule(x, 0.0, x, 40.0, 0.5) for x in xs), tuple(Rule(100.0, y, 180.0, y, 0.5) for y in ys))
    lines = [line([("4月", 70.0), ("日", 110.0), ("月", 150.0)], 5.0), line([("1", 110.0), ("2", 150.0)], 25.0)]
    tables, rest = fill_tables([grid], lines, 1, DEFAULT)
    assert [["".join(c.text_lines) for c in r.cells] for r in tables[0].rows] == [["日", "月"], ["1", "2"]]
    assert [ln.text for ln in rest] == ["4月"]


def test_a_dashed_rule_printed_as_tiny_images_is_a_rule(tmp_path):
    """A table whose row rules are dashed, each dash a tiny image a few pixels each way (as a
    word processor prints a dashed cell border), is read with every row: such images laid end
    to end, no thicker than a rule, are its dashes."""
    flow = build_flow(open_document(str(tc.build_dash_images(tmp_path / "dash_images.pdf"))))
    assert _grid(table_cells(flow), 1) == [tc.DASH_RULED]


def test_a_row_broken_in_a_padded_cell_runs_on(tmp_path):
    """A cell's text set inside its sides by a wide padding (cell margins) whose last line, open
    mid-sentence at the page's foot, reaches the cell's side less that padding ran on full: the
    next page's first row, its label broken too, is the rest of that row (one row)."""
    cells = table_cells(build_flow(open_document(str(tc.build_padded_break(tmp_path / "padded.pdf")))))
    assert {(c.page_start, c.page_end) for c in cells} == {(1, 2)}
    assert max(c.row for c in cells) == 3
    rows = {(c.row, c.col): c.text for c in cells}
    assert rows[2, 1].split() == ["Original", "text"]
    assert rows[2, 2].split() == " ".join(tc.PADDED_LINES[0] + tc.PADDED_LINES[1][:1]).split()


def test_shading_inside_a_cell_and_a_box_framed_twice_are_no_cells(tmp_path):
    """Shading set inside a ruled cell, a few points in from its sides (a highlight), is the
    cell's content: no column of its own. A box framed twice (its sides drawn again a few
    points inside the frame) is one box around a list: no table, its lines stay text."""
    flow = build_flow(open_document(str(tc.build_highlighted_cell(tmp_path / "highlighted.pdf"))))
    cells = table_cells(flow)
    assert _grid(cells, 1) == [tc.HIGHLIGHTED]
    assert all(c.rowspan == 1 and c.colspan == 1 for c in cells)
    assert not [c for c in cells if c.page_start == 2]
    text = " ".join(it.text for it in flow.items if getattr(it, "page", None) == 2 and hasattr(it, "text"))
    assert all(line in text for line in tc.DOUBLE_FRAMED)


def test_a_callout_laid_over_a_table_is_no_part_of_its_grid(tmp_path):
    """A callout (one closed outline of straight pieces with a slanted pointer, however many
    pieces) drawn over a table's rows and past its side is a shape laid over the page: the
    table is read with its own rows and columns only, its grid ending where its rules end."""
    cells = table_cells(build_flow(open_document(str(tc.build_callout_over_table(tmp_path / "callout.pdf")))))
    assert max(c.row + c.rowspan - 1 for c in cells) == len(tc.CALLED_OUT)
    assert max(c.col + c.colspan - 1 for c in cells) == 3
    assert [c.text for c in cells if c.row == 1] == tc.CALLED_OUT[0]
    assert all(c.rowspan == 1 and c.colspan == 1 for c in cells)


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    return build_flow(open_document(str(tc.build_chart_beside_comments(tmp_path_factory.mktemp("sheet") / "sheet.pdf"))))


def test_a_frame_beside_a_framed_chart_is_a_table(sheet):
    """A comments frame of three stacked cells beside a chart whose tick labels stand at the
    heights of its rows: the labels are walled off from the frame by the chart area's side (a
    drawn line of their own between them), so they are no running line the frame is set in; the
    frame is a 3 x 1 table (it was dropped as phrases framed in running lines)."""
    import unicodedata

    def norm(text: str) -> str:
        return "".join(unicodedata.normalize("NFKC", text).split())
    cells = table_cells(sheet)
    assert [[norm(c.text) for c in cells if c.row == r] for r in (1, 2, 3)] == \
        [[norm(head + "".join(lines))] for head, lines in tc.COMMENTS]


def test_a_charts_title_inside_its_frame_is_no_heading(sheet):
    """A chart in frames of its own (the chart area's box around the plot area's, tick labels
    between them): its title, set in Gothic over a Mincho body at the chart area's top, is the
    chart's (a figure's words), no heading; the sheet's own title is one."""
    from extractors.headings import find_headings
    titles = [h.title for h in find_headings(sheet).headings()]
    assert not [t for t in titles if "収益的収支比率" in t]
    assert any("経営比較分析表" in t for t in titles)


def test_boxes_that_share_no_edge_are_a_diagram(tmp_path):
    """Separate boxes of a slide's diagram (a tall box beside three stacked ones, each box's text
    in a box of its own, a point and a half between any two) make no table, though the grid's
    snapping lays their sides on one boundary and a picture's frame closes cells around them:
    boxes that share no edge are a diagram; their words stay text."""
    flow = build_flow(open_document(str(tc.build_boxes_apart(tmp_path / "boxes.pdf"))))
    assert not table_cells(flow)
    text = " ".join(it.text for it in flow.items if hasattr(it, "text"))
    assert all(word in text for word in tc.BOXES_APART + [tc.TALL_BOX])


def test_a_callouts_words_laid_over_a_table_are_the_pages_text(tmp_path):
    """The words inside a callout laid over a table, set across its column rule, are the
    callout's: text of the page, not cut into the cells under it (they were: half a sentence in
    each of two cells)."""
    flow = build_flow(open_document(str(tc.build_callout_over_table(tmp_path / "callout.pdf"))))
    assert not [c for c in table_cells(flow) if "application" in c.text or "Safety" in c.text]
    assert any(tc.CALLOUT in it.text for it in flow.items if hasattr(it, "text"))


def test_a_chart_drawn_on_a_grid_is_no_table(tmp_path):
    """A grid with a step line laid over its cells (rules crossing its column rules, each ending in
    the middle of a cell: they divide no cell) is a chart drawn on the grid, a figure: no table.
    The ruled table under it is read as before."""
    cells = table_cells(build_flow(open_document(str(tc.build_step_chart(tmp_path / "step_chart.pdf")))))
    assert _grid(cells, 1) == [tc.STEPPED_TABLE]



def _shaded(x0, y0, x1, y1, tiled_left=False):
    """The four sides of a shaded box, as layout.box_sides gives them."""
    return [Rule(x0, y0, x1, y0, 0.0, True), Rule(x0, y1, x1, y1, 0.0, True),
            Rule(x0, y0, x0, y1, 0.0, True, tiled_left), Rule(x1, y0, x1, y1, 0.0, True)]


def _tree(x, tops):
    """A tree of a diagram: a bracket at x and a connector to each box (tops), both filled bars
    (2.6 pt wide, 2.3 pt high), each box shaded and framed, the connector's end on its side."""
    rules = _shaded(x, tops[0] + 8, x + 2.6, tops[-1] + 10.3)
    for top in tops:
        rules += _shaded(x + 1, top + 8, x + 16.8, top + 10.3) + _shaded(x + 16.8, top, x + 90.5, top + 17, True)
        rules += [Rule(x + 16.8, top, x + 90.5, top, 0.3), Rule(x + 16.8, top + 17, x + 90.5, top + 17, 0.3),
                  Rule(x + 16.8, top, x + 16.8, top + 17, 0.3), Rule(x + 90.1, top, x + 90.1, top + 17, 0.3)]
    return rules


def test_a_bar_too_thin_for_text_is_one_line():
    """Convention: a shaded box thinner than a line of text one way (a diagram's bracket and its
    connectors drawn as filled bars 2–3 pt thick) is a line, one stroke along its middle, not a
    box's two sides a sliver apart. Two trees one under another on a tinted panel, their brackets
    2 pt off one axis, gave a grid with a column of no width (384.9 | 389.6), whose strips
    between connectors closed cells beside the boxes (a tree read as a table of 11×3)."""
    rules = _shaded(57, 90, 515, 420) + _tree(155.4, [101.8, 148, 180.6, 220.8, 259]) \
        + _tree(384.9, [100.0, 155.5, 187.8, 221.6]) + _tree(387.0, [300, 330])
    t = DEFAULT.tables
    grids = raw_grids(rules, t)
    assert grids and all(b - a >= t.min_cell for g in grids for a, b in zip(g.xs, g.xs[1:]))
    assert not find_grids(rules, t)
    bracket = [r for r in split_rules(rules, t)[1] if not r.horizontal and r.y1 - r.y0 > 100 and 380 < r.x0 < 390]
    assert [(round(r.x0, 1), round(r.width, 1)) for r in bracket] == [(386.2, 2.6)]


def test_a_step_chart_of_touching_bars_is_no_table(tmp_path):
    """Convention: bars side by side, touching (a step chart: a balance year by year, each bar of
    two shaded parts), stand on the axis each to a height of its own: the sides between them stop
    at many heights, where a table's column rules run its height or stop at its header's levels.
    The chart is a figure (its amounts stay text); the ruled table under it is read as drawn."""
    flow = build_flow(open_document(str(tc.build_stepped_bars(tmp_path / "steps.pdf"))))
    assert _grid(table_cells(flow), 1) == [tc.STEP_TABLE]
    text = " ".join(it.text for it in flow.items if hasattr(it, "text"))
    assert "132" in text and "155" in text


def test_a_frame_divided_by_a_chart_axis_is_no_table(tmp_path):
    """Convention: a frame of one row whose divider stands free of its top and its foot (a bar
    chart's value axis drawn inside the chart's frame, the categories left of it, the bars and
    ticks right of it) is a chart's panel: a table's rule between two cells of a row runs from the
    row's top to its foot. Its words stay text."""
    flow = build_flow(open_document(str(tc.build_axis_in_frame(tmp_path / "axis.pdf"))))
    assert not table_cells(flow)
    words = {it.text.strip() for it in flow.items if hasattr(it, "text")}
    assert "Place of work or study" in " ".join(words) and any("Capital" in w for w in words)


def test_a_tables_first_column_set_as_an_indented_tree_is_one_table(tmp_path):
    """A table of budget items whose first column is an indented tree (事業一覧 drawn in Excel or
    Word): narrow empty stub columns left of the names, each merged down its group, open at its top
    to the group's row, which spans the whole width with no vertical rule. It is one table of the
    grid's four columns — each group's row one cell across, each stub one cell down the group (the
    names' indentation) — not a table cut into pieces at every group row."""
    cells = table_cells(build_flow(open_document(str(tc.build_tree_table(tmp_path / "tree.pdf")))))
    assert {c.table_id for c in cells} == {1}
    got = {(c.row, c.col, c.rowspan, c.colspan, c.text) for c in cells}
    want = {(r + 1, first + 1, 1, last - first + 1, text) for r, row in enumerate(tc.TREE_ROWS) for first, last, text in row}
    want |= {(r + 1, c + 1, n, 1, "") for r, c, n in tc.TREE_STUBS}
    assert got == want


def test_a_box_of_options_beside_a_forms_name_is_a_table(tmp_path):
    """A filing form: its name in 18 pt and beside it, at the same height, a ruled box of one column
    (再質問の方式 over １ …／２ … in 10 pt). The name runs beside the frame, not through it — a phrase
    framed in a running line is set in that line's type — so the box is a table of two rows."""
    import cover_conventions as cc
    flow = build_flow(open_document(str(cc.build_boxed_option_form(tmp_path / "form.pdf"))))
    from real_truth import norm
    assert [[norm(t) for t in row] for row in _grid(table_cells(flow), 1)[0]] == [["再質問の方式"], ["1一括質問一括答弁方式2一問一答方式"]]
