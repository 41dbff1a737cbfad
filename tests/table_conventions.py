"""Ruled tables drawn in ways the corpus does not draw them, each page named for what it shows,
with the cells a reader sees (the truth of tests/test_table_finder.py):

shaded_header     a header of shaded cells set edge to edge (no line between them), padding
                  boxes of the same shade inside each (as Word draws), ruled body rows
open_sides        rules run across the page past the table's outer columns (no side borders)
not_tables        boxes side by side (buttons), one framed note, a figure of coloured panels
                  with white gaps, a square annotation: none of them is a table
rotated           a table on a page with /Rotate 90, read as a viewer shows it
dotted_rules      inner rules drawn dash by dash (1 pt dashes, 1.5 pt gaps) and as rows of
                  tiny square dots, as some spreadsheet exports draw dotted borders
continued         a table broken by a page break (two pages under one running head): its header
                  row printed again on the second page, its last row on the first page going on
                  at the top of the second (first cell empty there), a link in a cell underlined
                  from its first glyph to its last across the whole cell

build_broken_rows (a third file): rows the page breaks (Word lets a row break across pages):
a row whose text runs on past the foot mid-sentence, its label broken too (Original | text);
a row whose last line closes its sentence at the foot (the next page opens a row of its own);
a label column spanning the rows, printed once above the break (empty under it), beside a row
that runs on (its sentence open), and beside rows of one line each (dates: rows of their own).

build_image_rules (a fourth file): a table whose frame, header rule and column rule are drawn
as lines but whose row rules are thin raster images (strips a point high), as some producers
print them.

build_figures (a fifth file), none of them a table: two frames drawn one over the other, offset
(a stack of cards: their overlap leaves slivers no text fits in); a grid of labelled cells on
axes, a number on each column rule under it (a chart's plot area: 0 | 4.0 | 7.0 | 10.0); a
panel of two boxes with rounded corners, a title band over a body (a figure's box); and, as a
control, the same grid without its tick labels: a table. Its fifth page: a stacked bar chart as a
spreadsheet draws one, its value axis above the bars (0% … 100% over eleven grey gridlines drawn
from the plot's top to its foot), each row's bar three filled boxes in three colours laid edge to
edge with its share written in each, and a leader line from a label to a thin segment: its
gridlines and the sides of its bars make a grid, no table.

build_framed_caption (a sixth file): a title framed in a box of its own standing on a table's top
edge (its bottom side on the table's top rule), narrower than the table and centred over it (お問い合わせ先
over a table of contacts): the table's caption, not its first row, and its sides rule no column; as a
control, on page 2 a table whose first row is one cell over its right-hand columns only, the corner
cell left open (a header over the value columns, reaching the table's side): a row of the table.

build_shaded_cells (a seventh file): a table shaded cell by cell, no dark line drawn: each cell a
filled box laid edge to edge with its neighbours (header, label column and value columns in
their own shades), white lines drawn over the sides the boxes share; beside it, as controls,
the same boxes standing a gap apart (coloured panels of a figure) and, under it, a paragraph
shaded line by line (boxes of one colour edge to edge, no line between them: one panel): no
table. Its second page: the same kind of table under a two-row header, each group's heading
spanning two sub-heading cells (Annual | Comparison), all shaded one colour, white lines between,
and a band spanning the table (a section's name) under the header.

build_raised_marks (a ninth file): a ruled table whose cells hold marks raised or lowered on
their line in smaller type (Offset#, Fixed Rate*, CO2 with the 2 lowered) and a cell of two
lines: each mark is read where it stands on its line.

build_pattern_rules (an eighth file): a table whose frame, header rule and column rule are drawn
as lines but whose row rules are dashed, each a thin rectangle filled with a tiling pattern (the
dashes are the pattern's tiles), as some spreadsheet exports print dashed borders.

build_filled_paths (a tenth file): three sections of a form stacked edge to edge, each a white
background filled as a path of four lines (as a rectangle drawn on a landscape page turned by
its content's transform is listed), holding a heading and a ruled table whose header cells are
shaded likewise: the tables alone are tables, the headings text.

build_dash_images (an eleventh file): a table whose row rules are dashed, each dash a tiny image
(2 x 1 pixels) placed a point long, as a word processor prints a table's dashed cell borders.

build_padded_break (a twelfth file): a row broken by the page at its foot mid-sentence, its label
broken too, the clause cell's text set inside its sides by a 14 pt padding (cell margins): its
last line full at the side less the padding, more than an em short of the side itself.

build_highlighted_cell (a thirteenth file): a ruled table one of whose values is shaded inside its
cell, inset a few points from its rules (a highlight: the cell's content, no column); on page 2 a
box framed twice (a dashed frame and, 6 pt inside it, its sides drawn again) around a list: no table.

build_callout_over_table (a fourteenth file): a slide's ruled table with a callout laid over its
lower rows and past its right side (one closed outline of thirteen straight pieces, a pointer).

build_bar_rules (a fifteenth file): a table whose every rule is a thin filled bar (1.6 pt, as some
spreadsheet exports draw borders), a label in each row running up to the column bar and cut off
by it (text clipped at its cell's side, its last letter half under the bar): that letter is the
label's, the value beside it its own cell.

build_values_under_a_band (a sixteenth file): a results sheet's block: a framed band of column names
(Rank | Name ... | Total) with a column rule run on below it, through the values row under the band
(a skater's rank, name, nation and scores, the values unframed), and a ruled table framed under that
row, within three lines of the band: the values row is ruled between its values, so it is no header
row of the table under it; the table is read as drawn.

build_stamp_and_chart (a second file): a meeting-material stamp framed as one row of two cells at
the top of its first page (the document's label, no table) over a real table, and a chart's
gridlines (a 6 x 6 grid, one cell labelled, its axis labels outside): no table either; and two
phrases framed one under another, each in a running line after an arrow (-> Annex 6): text;
again with arrow and phrase as one text line across the frame's side (frames stacked): text.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

FONT = "helv"
SHADED = [["Region", "Budget", "Staff"], ["North", "120", "14"], ["South", "95", "11"]]
OPEN = [["Labor cost", "Parts cost", "Total"], ["85", "0", "85"], ["6,715", "3,790", "10,505"]]
ROTATED = [["Document", "Posted", "Payee", "Amount"], ["D-1", "05/03", "Bain", "37.50"],
           ["D-2", "05/24", "Smith", "21.00"]]
DOTTED = [["項目", "予算", "人員"], ["研究開発", "120", "14"], ["人材育成", "95", "11"]]
LINK = "www.example.org/plan"
CONTINUED = [["Year", "Event", "Link"], ["1931", "Reform proposed and then adopted", LINK], ["1932", "Law passed", "-"]]
CONTINUED_PAGES = ([["Year", "Event", "Link"], ["1931", "Reform proposed", LINK]],
                   [["Year", "Event", "Link"], ["", "and then adopted", ""], ["1932", "Law passed", "-"]])
RUNNING_HEAD = "Chapter 3 Plans"
PAGES = ["shaded_header", "open_sides", "not_tables", "rotated", "dotted_rules", "continued", "continued"]


def _grid_lines(page, xs, ys, width=0.5, full=True):
    for y in ys:
        page.draw_line((xs[0], y), (xs[-1], y), width=width)
    for x in xs if full else xs[1:-1]:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=width)


def _fill(page, rows, xs, ys, size=10):
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            page.insert_text((xs[c] + 6, ys[r] + 16), text, fontname=FONT, fontsize=size)


def shaded_header(page) -> None:
    xs, ys = [72, 222, 372, 522], [100, 124, 148, 172]
    blue = (0.27, 0.45, 0.77)
    for c in range(3):   # header cells: shaded boxes touching, and the same shade again inside
        page.draw_rect(pymupdf.Rect(xs[c], ys[0], xs[c + 1], ys[1]), color=None, fill=blue, width=0)
        page.draw_rect(pymupdf.Rect(xs[c] + 5, ys[0], xs[c + 1] - 5, ys[1] - 2), color=None, fill=blue, width=0)
    for y in ys[1:]:
        page.draw_line((xs[0], y), (xs[-1], y), width=0.5)
    for x in xs:
        page.draw_line((x, ys[1]), (x, ys[-1]), width=0.5)
    _fill(page, SHADED, xs, ys)


def open_sides(page) -> None:
    xs, ys = [190, 300, 410, 520], [100, 124, 148, 172]
    page.insert_text((50, 116), "Cost", fontname=FONT, fontsize=10)   # a label column outside the rules
    for y in ys:
        page.draw_line((40, y), (560, y), width=0.4)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.4)
    _fill(page, OPEN, xs, ys)


def not_tables(page) -> None:
    for i, label in enumerate(["First", "Previous", "Next", "Last"]):   # buttons
        x = 60 + i * 120
        page.draw_rect(pymupdf.Rect(x, 60, x + 80, 80), color=(0, 0, 0), fill=(1, 0, 0), width=0.5)
        page.insert_text((x + 8, 74), label, fontname=FONT, fontsize=10)
    page.draw_rect(pymupdf.Rect(60, 120, 400, 170), color=(0, 0, 0), width=0.5)   # a framed note
    page.insert_text((70, 140), "Note: a framed remark is no table.", fontname=FONT, fontsize=10)
    for r in range(2):   # coloured panels with white gaps, no line drawn
        for c in range(2):
            rect = pymupdf.Rect(60 + c * 170, 220 + r * 60, 225 + c * 170, 275 + r * 60)
            page.draw_rect(rect, color=None, fill=(0.8, 0.9, 1.0), width=0)
            page.insert_text((rect.x0 + 8, rect.y0 + 20), f"Panel {r}{c}", fontname=FONT, fontsize=10)
    page.insert_text((70, 420), "Highlighted words under a square annotation.", fontname=FONT, fontsize=10)
    page.add_rect_annot(pymupdf.Rect(60, 400, 300, 430))
    page.add_rect_annot(pymupdf.Rect(300, 400, 540, 430))


def rotated(doc) -> None:
    src = pymupdf.open()
    land = src.new_page(width=842, height=595)
    xs, ys = [80, 260, 440, 620, 800], [100, 124, 148, 172]
    _grid_lines(land, xs, ys)
    _fill(land, ROTATED, xs, ys)
    page = doc.new_page(width=595, height=842)
    page.show_pdf_page(page.rect, src, 0, rotate=90)
    page.set_rotation(90)


def dotted_rules(page) -> None:
    xs, ys = [72, 222, 372, 522], [100, 124, 148, 172]
    page.draw_rect(pymupdf.Rect(xs[0], ys[0], xs[-1], ys[-1]), color=(0, 0, 0), width=0.5)   # a solid frame
    for y in ys[1:-1]:   # dashed row rules, dash by dash
        x = xs[0]
        while x < xs[-1]:
            page.draw_line((x, y), (min(x + 1.0, xs[-1]), y), width=0.5)
            x += 2.5
    for x in xs[1:-1]:   # dotted column rules: tiny filled squares
        y = ys[0]
        while y < ys[-1]:
            page.draw_rect(pymupdf.Rect(x - 0.4, y, x + 0.4, y + 0.8), color=None, fill=(0, 0, 0), width=0)
            y += 2.4
    for r, row in enumerate(DOTTED):
        for c, text in enumerate(row):
            page.insert_text((xs[c] + 6, ys[r] + 16), text, fontname="japan", fontsize=10)


def continued(page, rows, first: bool) -> None:
    page.insert_text((72, 50), RUNNING_HEAD, fontname=FONT, fontsize=9)
    link = pymupdf.get_text_length(LINK, fontname=FONT, fontsize=10)
    xs = [72, 142, 332, 332 + link + 2]
    ys = [700, 724, 748] if first else [72, 96, 120, 144]   # the first page's part ends at its foot
    _grid_lines(page, xs, ys)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            x = xs[c] + 1 if text == LINK else xs[c] + 6
            page.insert_text((x, ys[r] + 16), text, fontname=FONT, fontsize=10)
            if text == LINK:   # the link's underline: first glyph to last, just under the baseline
                page.draw_line((x, ys[r] + 17.2), (x + link, ys[r] + 17.2), width=0.7)


def build(path: Path) -> Path:
    doc = pymupdf.open()
    for name in PAGES[:3]:
        page = doc.new_page()
        globals()[name](page)
    rotated(doc)
    dotted_rules(doc.new_page())
    continued(doc.new_page(), CONTINUED_PAGES[0], True)
    continued(doc.new_page(), CONTINUED_PAGES[1], False)
    framed_in_lines(doc.new_page())
    doc.save(path)
    return path


STAMP = ["Study group material", "No. 1"]
STAMPED = [["Item", "Value"], ["Alpha", "12"], ["Beta", "7"]]
CHART_LABEL = "Peak"
FRAMED = ["Annex 6", "Annex 7"]


def framed_in_lines(page: pymupdf.Page, one_line: bool = False) -> None:
    """Phrases framed one under another, each in a running line after an arrow (-> Annex 6);
    `one_line`: the arrow and the phrase set as one text line across the frame's side, each
    phrase framed on its own, the frames stacked a hair apart."""
    xs, ys = [100, 160], [100, 118, 136]
    if one_line:
        for top, bottom in zip(ys, ys[1:]):
            page.draw_rect(pymupdf.Rect(xs[0], top, xs[1], bottom - 0.5), width=0.5)
    else:
        _grid_lines(page, xs, ys)
    for r, phrase in enumerate(FRAMED):
        if one_line:
            page.insert_text((80, ys[r] + 13), "->   " + phrase, fontname=FONT, fontsize=10)
            continue
        page.insert_text((80, ys[r] + 13), "->", fontname=FONT, fontsize=10)
        page.insert_text((xs[0] + 4, ys[r] + 13), phrase, fontname=FONT, fontsize=10)


def build_stamp_and_chart(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    xs, ys = [360, 500, 550], [60, 84]
    _grid_lines(page, xs, ys)
    _fill(page, [STAMP], xs, ys)
    page.insert_text((72, 140), "Body text under the stamp.", fontname=FONT, fontsize=10)
    xs, ys = [72, 222, 372], [200, 224, 248, 272]
    _grid_lines(page, xs, ys)
    _fill(page, STAMPED, xs, ys)
    page = doc.new_page()
    xs, ys = [100 + 60 * k for k in range(7)], [100 + 40 * k for k in range(7)]
    _grid_lines(page, xs, ys)
    page.insert_text((xs[3] + 6, ys[1] + 16), CHART_LABEL, fontname=FONT, fontsize=10)
    for k, x in enumerate(xs):
        page.insert_text((x - 4, ys[-1] + 14), str(2018 + k), fontname=FONT, fontsize=8)
    framed_in_lines(doc.new_page())
    framed_in_lines(doc.new_page(), one_line=True)
    doc.save(path)
    return path


BROKEN_HEAD = ["Part", "Clause"]
BROKEN_LINES = (["The parties agree to bring", "the uniform law of the annex into force"],   # page 1: runs on
                ["in their own lands and languages.", "Each may reserve the points named."])   # page 2
CLOSED_LINES = (["The parties agree to bring", "the uniform law of the annex in force."],     # page 3: closed
                ["Each party may reserve points.", "The reserves take effect later."])         # page 4: a new row
SPANNED = ("6 Policy", ["6.1 General duties", "6.2 Minimum aspects"], ["6.2 (continued)", "6.3 Optional aspects"])
DATED = ("Asset sale", ["2017-06-05", "2017-09-17"], ["2018-01-15", "2018-04-10"])


def _wrapped(page, x, y, lines, size=10):
    for k, text in enumerate(lines):
        page.insert_text((x, y + 14 + 12 * k), text, fontname=FONT, fontsize=size)


def _broken_pair(doc, label, lines) -> None:
    """A header and one row at the foot of a page, the row's second column a paragraph whose
    last line fills the cell; on the next page the header again, then the row's rest and one
    more row. `label`: the first column's text on each page."""
    width = max(pymupdf.get_text_length(t, fontname=FONT, fontsize=10) for t in lines[0])
    xs = [72, 152, 152 + 4 + width + 2]
    for n in (0, 1):
        page = doc.new_page()
        ys = [730, 754, 790] if n == 0 else [72, 96, 132, 160]
        _grid_lines(page, xs, ys)
        _fill(page, [BROKEN_HEAD], xs, ys)
        page.insert_text((xs[0] + 6, ys[1] + 14), label[n], fontname=FONT, fontsize=10)
        _wrapped(page, xs[1] + 4, ys[1], lines[n] if n == 0 else lines[n][:1])
        if n:
            page.insert_text((xs[0] + 6, ys[2] + 14), "Other", fontname=FONT, fontsize=10)
            _wrapped(page, xs[1] + 4, ys[2], lines[n][1:])


def _spanned_label(doc, spanned=SPANNED) -> None:
    """A label column spanning the body rows (its rule drawn only on the right), the clause
    column ruled between its rows, the second row broken by the page (SPANNED: it ends open,
    no closing mark; DATED: rows of one line each, none broken)."""
    label, first, second = spanned
    xs = [72, 172, 420] if spanned is SPANNED else [72, 192, 440]   # another table: other columns
    for n, (ys, texts) in enumerate((([720, 744, 768, 800], first), ([72, 100, 128], second))):
        page = doc.new_page()
        page.draw_line((xs[0], ys[0]), (xs[-1], ys[0]), width=0.5)
        page.draw_line((xs[0], ys[-1]), (xs[-1], ys[-1]), width=0.5)
        for x in xs:
            page.draw_line((x, ys[0]), (x, ys[-1]), width=0.5)
        body = ys[1:] if n == 0 else ys
        if n == 0:
            page.draw_line((xs[0], ys[1]), (xs[-1], ys[1]), width=0.5)
            _fill(page, [BROKEN_HEAD], xs, ys)
            page.insert_text((xs[0] + 6, ys[1] + 14), label, fontname=FONT, fontsize=10)
        for k in range(1, len(body) - 1):
            page.draw_line((xs[1], body[k]), (xs[-1], body[k]), width=0.5)
        for k, text in enumerate(texts):
            if n == 0 and k == 1 and spanned is SPANNED:   # the broken row wraps, its sentence open
                page.insert_text((xs[1] + 6, body[k] + 26), "a) how to reach the vendor", fontname=FONT, fontsize=10)
            page.insert_text((xs[1] + 6, body[k] + 14), text, fontname=FONT, fontsize=10)


def build_broken_rows(path: Path) -> Path:
    doc = pymupdf.open()
    _broken_pair(doc, ("Original", "text"), BROKEN_LINES)
    _broken_pair(doc, ("Original", "Reserve"), CLOSED_LINES)
    _spanned_label(doc)
    _spanned_label(doc, DATED)
    doc.save(path)
    return path


OUTLINE_HEAD = ["Group", "Item", "Amount"]
OUTLINE_PAGES = ([["1 Taxes", "", "1,200"], ["", "1 Income tax", "700"], ["", "2 Land tax", "500"],
                  ["2 Transfers", "", "900"], ["", "1 Grants", "400"]],
                 [["", "2 Funds", "500"], ["3 Loans", "", "300"], ["", "1 Loans", "300"]])


def build_outline_break(path: Path) -> Path:
    """An outline table (a budget's 款 | 項 | 金額): a group's name on a row of its own spanning the
    first two columns, its items on the rows below with the first column left blank (no rule across
    it between them), broken by the page between two items of one group, the header printed again."""
    doc = pymupdf.open()
    xs = [72, 172, 372, 472]
    for n, rows in enumerate(OUTLINE_PAGES):
        page = doc.new_page()
        top = 560 if n == 0 else 72
        ys = [top + 24 * k for k in range(len(rows) + 2)]
        page.draw_line((xs[0], ys[0]), (xs[-1], ys[0]), width=0.5)
        page.draw_line((xs[0], ys[1]), (xs[-1], ys[1]), width=0.5)
        for k, row in enumerate(rows, start=1):
            nxt = rows[k] if k < len(rows) else None
            left = xs[0] if nxt is None or nxt[0] else xs[1]   # a blank group column: no rule across it
            page.draw_line((left, ys[k + 1]), (xs[-1], ys[k + 1]), width=0.5)
        for x in (xs[0], xs[2], xs[3]):
            page.draw_line((x, ys[0]), (x, ys[-1]), width=0.5)
        page.draw_line((xs[1], ys[0]), (xs[1], ys[1]), width=0.5)
        for k, row in enumerate(rows, start=1):   # the item column's left rule beside item rows only
            if not row[0]:
                page.draw_line((xs[1], ys[k]), (xs[1], ys[k + 1]), width=0.5)
        _fill(page, [OUTLINE_HEAD] + rows, xs, ys)
    doc.save(path)
    return path


ACROSS_PAGES = ([["Town", "Years", "Other"], ["Abeno", "Two years", "-"], ["Baba", "One year", "Office in town"]],
                [["Town", "Years", "Other"], ["Chiya", "Three years", "-"]])


def build_set_across(path: Path) -> Path:
    """A wide table printed on portrait pages turned a quarter, no /Rotate (a landscape sheet placed
    on A4): its text runs up the page; continued on the next page under its header printed again;
    each page's number upright at the sheet's foot."""
    doc = pymupdf.open()
    for n, rows in enumerate(ACROSS_PAGES):
        src = pymupdf.open()
        land = src.new_page(width=842, height=595)
        xs, ys = [80, 260, 440, 760], [100 + 24 * k for k in range(len(rows) + 1)]
        if n == 0:
            ys = [300 + 24 * k for k in range(len(rows) + 1)]
            ys = [y + 595 - 60 - ys[-1] for y in ys]   # the table down to the sheet's foot
        _grid_lines(land, xs, ys)
        _fill(land, rows, xs, ys)
        page = doc.new_page(width=595, height=842)
        page.show_pdf_page(page.rect, src, 0, rotate=90)
        page.insert_text((290, 825), f"-{n + 1}-", fontname=FONT, fontsize=10)
    doc.save(path)
    return path


IMAGE_RULED = [["Clause", "Where"], ["3.4 Online services", "Part 1"], ["5.5 Summary", "Part 2"],
               ["6 Policy", "Part 3"], ["7 Receipt", "Part 4"]]


def build_image_rules(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    xs, ys = [72, 272, 472], [100 + 24 * k for k in range(len(IMAGE_RULED) + 1)]
    for y in (ys[0], ys[1], ys[-1]):
        page.draw_line((xs[0], y), (xs[-1], y), width=0.5)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.5)
    strip = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 800, 4), False)
    strip.clear_with(0)   # black
    for y in ys[2:-1]:   # the row rules: images one point high, one per column as drawn
        for x0, x1 in zip(xs, xs[1:]):
            page.insert_image(pymupdf.Rect(x0, y - 0.5, x1, y + 0.5), pixmap=strip)
    _fill(page, IMAGE_RULED, xs, ys)
    doc.save(path)
    return path


CARD = "Vendor"
PLOT = [["Normal", "Urgent", "Urgent"], ["Simple", "Normal", "Urgent"], ["Simple", "Simple", "Normal"]]
CONTROL = [["Low", "Mid", "High"], ["1", "2", "3"], ["4", "5", "6"]]
TICKS = ["0", "4.0", "7.0", "10.0"]
PANEL = ["Use AI 502", "Government AI 44"]
BARS = [(24.5, 37.4, 38.1), (15.5, 38.9, 45.6), (16.0, 39.4, 44.6), (12.2, 52.5, 35.3)]   # shares of one bar each


def _bar_chart(page) -> None:
    x0, x1, top, foot = 120.0, 520.0, 300.0, 420.0
    ticks = [x0 + (x1 - x0) * k / 10 for k in range(11)]
    for k, x in enumerate(ticks):   # the value axis above the plot, a grey gridline at each tick
        page.draw_line((x, top), (x, foot), color=(0.85, 0.85, 0.85), width=0.75)
        label = f"{10 * k}%"
        page.insert_text((x - pymupdf.get_text_length(label, fontname=FONT, fontsize=9) / 2, top - 5), label,
                         fontname=FONT, fontsize=9)
    colours = [(0.0, 0.13, 0.38), (0.0, 0.35, 1.0), (0.75, 0.89, 1.0)]
    for r, shares in enumerate(BARS):   # one bar a row, a gap between rows
        y = top + 6 + 28 * r
        left = x0
        for share, colour in zip(shares, colours):
            right = left + (x1 - x0) * share / 100
            page.draw_rect(pymupdf.Rect(left, y, right, y + 16), color=None, fill=colour, width=0)
            page.insert_text((left + 4, y + 12), f"{share}%", fontname=FONT, fontsize=9)
            left = right
    page.draw_line((x0 - 12, top + 2), (x0 + 3, top + 8), color=(0.65, 0.65, 0.65), width=0.75)   # a leader line


def build_figures(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()   # cards: the second frame drawn over the first, 5 pt right and down
    for dx, dy in ((0, 0), (5, 21.5)):   # they overlap by 3.5 pt: slivers, no cells
        page.draw_rect(pymupdf.Rect(180 + dx, 330 + dy, 250 + dx, 355 + dy), color=(0, 0, 0), fill=(1, 1, 1), width=0.6)
    page.insert_text((195, 370), CARD, fontname=FONT, fontsize=10)
    for n, ticks in enumerate((TICKS, None)):   # a chart's plot area on page 2, the grid as a table on page 3
        page = doc.new_page()
        xs, ys = [150, 250, 350, 450], [330 + 60 * n + 50 * k for k in range(4)]
        _grid_lines(page, xs, ys)
        _fill(page, PLOT if ticks else CONTROL, xs, ys)
        for x, tick in zip(xs, ticks or []):
            page.insert_text((x - pymupdf.get_text_length(tick, fontname=FONT, fontsize=9) / 2, ys[-1] + 11), tick,
                             fontname=FONT, fontsize=9)
    page = doc.new_page()   # a panel: a title band over a body, both with rounded corners
    page.draw_rect(pymupdf.Rect(72, 100, 372, 124), color=(0, 0, 0), fill=(0.8, 0.9, 1), width=0.8, radius=0.02)
    page.draw_rect(pymupdf.Rect(72, 124, 372, 220), color=(0, 0, 0), width=0.8, radius=0.02)
    for k, text in enumerate(PANEL):
        page.insert_text((80, 116 + 24 * k), text, fontname=FONT, fontsize=10)
    _bar_chart(doc.new_page())   # a stacked bar chart, its value axis above the bars
    doc.save(path)
    return path


CAPTION = "Contact points"
CAPTIONED = [["", "Contact"], ["Office", "Tokyo 1-3-3"]]
CORNERED = [["", "Period", ""], ["Item", "Start", "End"], ["Audit", "April", "June"]]


def build_framed_caption(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(250, 80, 350, 99), color=(0, 0, 0), width=0.5)   # the caption's frame
    page.insert_text((256, 94), CAPTION, fontname=FONT, fontsize=12)
    xs, ys = [72, 156, 530], [99.5, 113, 160]   # the table's top rule a hairline under the frame
    _grid_lines(page, xs, ys)
    _fill(page, CAPTIONED, xs, [99.5 - 4, 113])
    page = doc.new_page()   # the control: a header cell over the value columns, its corner open
    xs, ys = [72, 200, 330, 460], [100, 124, 148, 172]
    page.draw_line((xs[1], ys[0]), (xs[-1], ys[0]), width=0.5)
    for y in ys[1:]:
        page.draw_line((xs[0], y), (xs[-1], y), width=0.5)
    page.draw_line((xs[0], ys[1]), (xs[0], ys[-1]), width=0.5)
    page.draw_line((xs[1], ys[0]), (xs[1], ys[-1]), width=0.5)
    page.draw_line((xs[2], ys[1]), (xs[2], ys[-1]), width=0.5)
    page.draw_line((xs[3], ys[0]), (xs[3], ys[-1]), width=0.5)
    _fill(page, CORNERED, xs, ys)
    doc.save(path)
    return path


TILED = [["Rate", "Annual", "Comparison"], ["Variable", "5.37%", "5.51%"], ["Fixed", "4.04%", "5.38%"],
         ["Offset", "3.94%", "5.25%"]]
APART = [["North", "South"], ["East", "West"]]
SPLIT_HEADER = [["Loan", "Home rates", "Package rates"], ["Annual", "Comparison", "Annual", "Comparison"], ["Complete"],
                ["Variable", "5.37%", "5.51%", "4.87%", "5.27%"], ["Fixed", "4.04%", "5.38%", "3.89%", "5.18%"]]
SPLIT_COLUMNS = [[0, 1, 3], [1, 2, 3, 4], [0], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4]]
SHADED_PARAGRAPH = ["Summary of the survey: most of those asked agree that the network", "should grow, that its links",
                    "between the districts come first,", "and that its paths be kept safe", "in summer as in winter."]


def build_shaded_cells(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    xs, ys = [60, 160, 240, 320], [100 + 24 * k for k in range(len(TILED) + 1)]
    shades = [(0.35, 0.35, 0.36), (0.9, 0.9, 0.91), (1.0, 0.96, 0.86)]   # header, labels, values
    for r in range(len(TILED)):
        for c in range(len(TILED[0])):
            shade = shades[0] if r == 0 else shades[1] if c == 0 else shades[2]
            page.draw_rect(pymupdf.Rect(xs[c], ys[r], xs[c + 1], ys[r + 1]), color=None, fill=shade, width=0)
    for y in ys[1:-1]:   # white lines over the shared sides
        page.draw_line((xs[0], y), (xs[-1], y), color=(1, 1, 1), width=0.5)
    for x in xs[1:-1]:
        page.draw_line((x, ys[0]), (x, ys[-1]), color=(1, 1, 1), width=0.5)
    _fill(page, TILED, xs, ys)
    for r in range(2):   # the control: the same kind of boxes, 4 pt apart
        for c in range(2):
            rect = pymupdf.Rect(360 + c * 84, 100 + r * 28, 440 + c * 84, 124 + r * 28)
            page.draw_rect(rect, color=None, fill=shades[2], width=0)
            page.insert_text((rect.x0 + 6, rect.y0 + 16), APART[r][c], fontname=FONT, fontsize=10)
    for k, text in enumerate(SHADED_PARAGRAPH):   # one band per line, as Word shades a paragraph
        page.draw_rect(pymupdf.Rect(60, 300 + 14 * k, 520, 314 + 14 * k), color=None, fill=shades[1], width=0)
        page.insert_text((64, 311 + 14 * k), text, fontname=FONT, fontsize=10)
    page = doc.new_page()   # a two-row header: group headings over sub-headings, one shade
    xs, ys = [60, 160, 240, 320, 400, 480], [100, 124, 148, 172, 196, 220]
    boxes = [(0, 0, 1, 2), (1, 0, 3, 1), (3, 0, 5, 1)] + [(c, 1, c + 1, 2) for c in range(1, 5)] \
        + [(0, 2, 5, 3)] + [(c, r, c + 1, r + 1) for r in (3, 4) for c in range(5)]
    for c0, r0, c1, r1 in boxes:
        shade = shades[0] if r0 < 2 else shades[1] if r0 == 2 else shades[2]
        page.draw_rect(pymupdf.Rect(xs[c0], ys[r0], xs[c1], ys[r1]), color=None, fill=shade, width=0)
    for c0, r0, c1, r1 in boxes:   # white lines along each box's right and lower sides
        page.draw_line((xs[c1], ys[r0]), (xs[c1], ys[r1]), color=(1, 1, 1), width=0.5)
        page.draw_line((xs[c0], ys[r1]), (xs[c1], ys[r1]), color=(1, 1, 1), width=0.5)
    for r, row in enumerate(SPLIT_HEADER):
        for text, c in zip(row, SPLIT_COLUMNS[r]):
            page.insert_text((xs[c] + 6, ys[r] + 16), text, fontname=FONT, fontsize=10)
    doc.save(path)
    return path


PATTERN_RULED = [["Flights", "Domestic", "International"], ["Due to weather", "41", "15"],
                 ["Other causes", "273", "188"], ["Diverted", "7", "6"]]


def build_pattern_rules(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    xs, ys = [72, 232, 332, 452], [100 + 24 * k for k in range(len(PATTERN_RULED) + 1)]
    for y in (ys[0], ys[1], ys[-1]):
        page.draw_line((xs[0], y), (xs[-1], y), width=0.7)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.7)
    _fill(page, PATTERN_RULED, xs, ys)
    page.clean_contents()
    tile = doc.get_new_xref()   # a dash 5 pt long in every 8 pt
    doc.update_object(tile, "<</Type/Pattern/PatternType 1/PaintType 1/TilingType 1/BBox[0 0 8 8]"
                            "/XStep 8/YStep 8/Resources<<>>>>")
    doc.update_stream(tile, b"0 g 0 0 5 8 re f")
    kind, value = doc.xref_get_key(page.xref, "Resources")
    if kind == "xref":
        doc.xref_set_key(int(value.split()[0]), "Pattern", f"<</P1 {tile} 0 R>>")
    else:
        doc.xref_set_key(page.xref, "Resources/Pattern", f"<</P1 {tile} 0 R>>")
    height = page.rect.height
    dashes = b"".join(b"q /Pattern cs /P1 scn %.2f %.2f %.2f 0.72 re f Q\n" % (x0, height - y - 0.36, x1 - x0)
                      for y in ys[2:-1] for x0, x1 in zip(xs, xs[1:]))
    xref = page.get_contents()[0]
    doc.update_stream(xref, doc.xref_stream(xref) + b"\n" + dashes)
    doc.save(path)
    return path


RAISED = [["Product", "Rate"], ["Offset#", "5.37%"], ["Fixed Rate*", "4.04%"], ["CO2 per unit", "3.9 t"]]
RAISED_TWO_LINES = "Equity Unlock Loan for Seniors^"


def build_raised_marks(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    xs, ys = [72, 272, 372], [100 + 24 * k for k in range(len(RAISED) + 2)]
    _grid_lines(page, xs, ys)
    for r, (label, value) in enumerate(RAISED):
        y = ys[r] + 16
        page.insert_text((xs[1] + 6, y), value, fontname=FONT, fontsize=10)
        if r == 0:
            page.insert_text((xs[0] + 6, y), label, fontname=FONT, fontsize=10)
            continue
        word, mark, rest = (label[:-1], label[-1], "") if r < 3 else ("CO", "2", " per unit")
        page.insert_text((xs[0] + 6, y), word, fontname=FONT, fontsize=10)
        x = xs[0] + 6 + pymupdf.get_text_length(word, fontname=FONT, fontsize=10)
        shift = -3.5 if r < 3 else 2.0   # raised, or lowered (a subscript)
        page.insert_text((x, y + shift), mark, fontname=FONT, fontsize=6)
        if rest:
            page.insert_text((x + pymupdf.get_text_length(mark, fontname=FONT, fontsize=6), y), rest,
                             fontname=FONT, fontsize=10)
    y = ys[len(RAISED)]   # a cell of two lines, the mark raised at the end of the second
    page.insert_text((xs[0] + 6, y + 11), "Equity Unlock Loan", fontname=FONT, fontsize=9)
    page.insert_text((xs[0] + 6, y + 21), "for Seniors", fontname=FONT, fontsize=9)
    page.insert_text((xs[0] + 6 + pymupdf.get_text_length("for Seniors", fontname=FONT, fontsize=9), y + 18), "^",
                     fontname=FONT, fontsize=5)
    page.insert_text((xs[1] + 6, y + 16), "6.52%", fontname=FONT, fontsize=10)
    doc.save(path)
    return path


SECTIONS = [("Associated claims", [["Claim ID", "Claim type", "Claim date"], ["C-1", "Refund", "06/04"]]),
            ("Supporting documents", [["Document type", "Document name", "Uploaded by"], ["Invoice", "inv-7.pdf", "Smith"]]),
            ("Approval history", [["Action date", "Action taken", "Actor"], ["06/05", "Approved", "Jones"]])]


def _filled_path(page, x0, y0, x1, y1, fill) -> None:
    shape = page.new_shape()   # m l l l l, back to the start: four lines, no rectangle operator
    shape.draw_polyline([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)])
    shape.finish(fill=fill, color=None, closePath=False)
    shape.commit()


def build_filled_paths(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    xs = [60, 200, 340, 480]
    for k, (heading, rows) in enumerate(SECTIONS):
        top = 80 + 130 * k   # the sections stacked edge to edge
        _filled_path(page, 40, top, 540, top + 130, (1, 1, 1))   # the section's white background
        page.insert_text((60, top + 24), heading, fontname=FONT, fontsize=12)
        ys = [top + 40, top + 64, top + 88]
        for c in range(3):
            _filled_path(page, xs[c], ys[0], xs[c + 1], ys[1], (0.81, 0.84, 0.86))
        _grid_lines(page, xs, ys)
        _fill(page, rows, xs, ys)
    doc.save(path)
    return path


DASH_RULED = [["Ingredient", "Amount"], ["Base medium", "500 mL"], ["Amino acid", "2 g/L"], ["Serum", "10 %"]]


def build_dash_images(path: Path) -> Path:
    """A table whose frame and column rule are drawn as lines but whose row rules are dashed,
    each dash a tiny image (2 x 1 pixels, placed a point long and half a point high, a point
    apart), as a word processor prints a table's dashed borders."""
    doc = pymupdf.open()
    page = doc.new_page()
    xs, ys = [72, 272, 472], [100 + 24 * k for k in range(len(DASH_RULED) + 1)]
    for y in (ys[0], ys[1], ys[-1]):
        page.draw_line((xs[0], y), (xs[-1], y), width=0.5)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.5)
    dash = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 2, 1), False)
    dash.clear_with(0)   # black
    xref = 0
    for y in ys[2:-1]:
        for k in range(int((xs[-1] - xs[0]) / 2)):
            rect = pymupdf.Rect(xs[0] + 2 * k, y - 0.25, xs[0] + 2 * k + 1, y + 0.25)
            xref = page.insert_image(rect, xref=xref) if xref else page.insert_image(rect, pixmap=dash)
    _fill(page, DASH_RULED, xs, ys)
    doc.save(path)
    return path


PADDED_HEAD = ["Part", "Clause"]
PADDED_LINES = (["The parties agree to bring", "the uniform law of the annex into force"],
                ["in their own lands and languages.", "Each may reserve the points named."])
PADDING = 14   # pt, each side of the clause column's text: wider cell margins than Word's 5.4 pt


def build_padded_break(path: Path) -> Path:
    """A row broken by the page at its foot mid-sentence, its label broken too (Original |
    text), the clause cell's text set inside its sides by PADDING left and right: its last line
    ends at the cell's right side less that padding (full), more than an em short of the side."""
    doc = pymupdf.open()
    width = max(pymupdf.get_text_length(t, fontname=FONT, fontsize=10) for t in PADDED_LINES[0])
    xs = [72, 152, 152 + PADDING + width + PADDING]
    for n, label in enumerate(("Original", "text")):
        page = doc.new_page()
        ys = [730, 754, 790] if n == 0 else [72, 96, 132, 160]
        _grid_lines(page, xs, ys)
        _fill(page, [PADDED_HEAD], xs, ys)
        page.insert_text((xs[0] + 6, ys[1] + 14), label, fontname=FONT, fontsize=10)
        _wrapped(page, xs[1] + PADDING, ys[1], PADDED_LINES[n] if n == 0 else PADDED_LINES[n][:1])
        if n:
            page.insert_text((xs[0] + 6, ys[2] + 14), "Other", fontname=FONT, fontsize=10)
            _wrapped(page, xs[1] + PADDING, ys[2], PADDED_LINES[n][1:])
    doc.save(path)
    return path


HIGHLIGHTED = [["Time", "Week A", "Week B"], ["8:00", "44:00", "40:15"], ["7:50", "43:05", "39:10"]]


def build_highlighted_cell(path: Path) -> Path:
    """A ruled table one of whose values is shaded inside its cell, the shading inset 4 pt from
    the cell's sides and 2 pt from its rules (character shading, a highlight), as word
    processors print it; on page 2 a box framed twice: a dashed frame, and inside it, 6 pt in,
    a second pair of side rules, around a list (no table)."""
    doc = pymupdf.open()
    page = doc.new_page()
    xs, ys = [72, 172, 272, 372], [100, 124, 148, 172]
    page.draw_rect(pymupdf.Rect(xs[2] + 4, ys[1] + 2, xs[3] - 4, ys[2] - 2), color=None, fill=(0.75, 0.75, 0.75))
    _grid_lines(page, xs, ys)
    _fill(page, HIGHLIGHTED, xs, ys)
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(72, 100, 472, 200), color=(0, 0, 0), width=0.5, dashes="[2] 0")
    for x in (78, 466):
        page.draw_line((x, 100), (x, 200), width=0.5)
    for k, text in enumerate(DOUBLE_FRAMED):
        page.insert_text((90, 122 + 18 * k), text, fontname=FONT, fontsize=10)
    doc.save(path)
    return path


DOUBLE_FRAMED = ["1 Hear the staff's needs first", "2 Agree on the plan together", "3 Keep the total the same"]


CALLED_OUT = [["Section", "Open part", "Closed part"]] + [[f"3.2.S.{k}", "o" if k % 2 else "", "" if k % 2 else "o"]
                                                         for k in range(1, 8)]


def build_callout_over_table(path: Path) -> Path:
    """A slide's ruled table (single stroked rules) with a callout laid over its lower rows: a
    yellow box with a pointer, drawn as one closed outline of thirteen straight pieces (its
    sides in several pieces, as presentation software draws them), reaching past the table's
    right side; the callout's words stand inside it."""
    doc = pymupdf.open()
    page = doc.new_page(width=720, height=540)
    xs, ys = [22, 360, 530, 686], [120 + 28 * k for k in range(len(CALLED_OUT) + 1)]
    _grid_lines(page, xs, ys, width=1)
    _fill(page, CALLED_OUT, xs, ys)
    x0, x1, top, bottom, tip = 350, 700, ys[4] + 6, ys[6] + 8, (450, ys[7] + 20)
    outline = [(x0, top), (410, top), (500, top), (x1, top), (x1, top + 30), (x1, top + 50), (x1, bottom),
               (500, bottom), tip, (410, bottom), (x0, bottom), (x0, top + 50), (x0, top + 30), (x0, top)]
    shape = page.new_shape()
    shape.draw_polyline(outline)
    shape.finish(color=(0, 0, 0), fill=(1, 1, 0), width=3, closePath=False)
    shape.commit()
    page.insert_text((x0 + 12, top + 24), CALLOUT, fontname=FONT, fontsize=11)
    doc.save(path)
    return path


CALLOUT = "Safety data go to the application itself."


BAR_RULED = [["Route", "Count"], ["Returned to airpo", "9"], ["Diverted elsewhe", "0"]]
BAR_WIDTH = 1.6   # under Layout.thin_box: a rule


def build_bar_rules(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    xs, ys = [72, 172, 262], [100 + 24 * k for k in range(len(BAR_RULED) + 1)]
    for x in xs:   # each rule a filled bar, its first edge at x
        page.draw_rect(pymupdf.Rect(x, ys[0], x + BAR_WIDTH, ys[-1] + BAR_WIDTH), color=None, fill=(0, 0, 0))
    for y in ys:
        page.draw_rect(pymupdf.Rect(xs[0], y, xs[-1] + BAR_WIDTH, y + BAR_WIDTH), color=None, fill=(0, 0, 0))
    for r, (label, value) in enumerate(BAR_RULED):
        y = ys[r] + 16
        page.insert_text((xs[1] + BAR_WIDTH + 6, y), value, fontname=FONT, fontsize=10)
        if r == 0:
            page.insert_text((xs[0] + BAR_WIDTH + 6, y), label, fontname=FONT, fontsize=10)
            continue
        # the last letter's centre a quarter of the bar past its first edge: cut off by the bar
        last = pymupdf.get_text_length(label[-1], fontname=FONT, fontsize=10)
        x = xs[1] + BAR_WIDTH / 4 - last / 2 - pymupdf.get_text_length(label[:-1], fontname=FONT, fontsize=10)
        page.insert_text((x, y), label, fontname=FONT, fontsize=10)
    doc.save(path)
    return path


BAND_NAMES = ["Rank Name", "Nation Score", "Total"]
BAND_VALUES = ["8 Anna SMITH / Tom JONES", "FRA 48.35 20.99", "0.00"]
UNDER_BAND = [["# Elements", "Base Value", "Scores"], ["1 2A", "3.30", "3.47"]]


def build_values_under_a_band(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(36, 100, 560, 124), color=(0, 0, 0), width=1.0)   # the band of names
    page.draw_line((330, 100), (330, 142), width=1.0)   # its column rule, run on through the values row
    for x, name in zip((42, 200, 500), BAND_NAMES):
        page.insert_text((x, 116), name, fontname=FONT, fontsize=7)
    for x, value in zip((42, 240, 520), BAND_VALUES):   # the values row, unframed, under the band
        page.insert_text((x, 136), value, fontname=FONT, fontsize=7)
    xs, ys = [36, 180, 480, 560], [144, 160, 176]   # the table framed under it, 20 pt below the band
    page.draw_rect(pymupdf.Rect(xs[0], ys[0], xs[-1], ys[-1]), color=(0, 0, 0), width=1.0)
    for x in xs[1:-1]:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=1.0)
    page.draw_line((xs[0], ys[1]), (xs[-1], ys[1]), width=1.0)
    for r, row in enumerate(UNDER_BAND):
        for c, text in enumerate(row):
            page.insert_text((xs[c] + 3, ys[r] + 11), text, fontname=FONT, fontsize=7)
    doc.save(path)
    return path


# build_chart_beside_comments (a seventeenth file): a comparison sheet as a municipal form prints
# it (Japanese, Mincho body): under a heading and two body lines, a bar chart in a frame of its own
# (an Excel chart: the chart area's box around the plot area's, its title in Gothic at the top of
# the chart area, tick labels left of the plot at each gridline, a row of years under it) and,
# right of it, a comments frame (分析欄) divided into three stacked cells, each a section line and
# its text. The chart's tick labels stand at the heights of the frame's rows, walled off from it
# by the chart area's side: the frame is a 3 x 1 table, not phrases framed in running lines; the
# chart's title is the chart's, no heading.
GOTHIC_JA, MINCHO_JA = "japan", "japan-s"
CHART_TITLE = "①　収益的収支比率（％）"
COMMENTS = [("１．経営の健全性について", ["収益的収支比率は昨年度から", "減少し平均値を下回った。"]),
            ("２．老朽化の状況について", ["管路の更新を計画的に", "進める必要がある。"]),
            ("全体総括", ["施設の更新と料金の見直しを", "早急に検討する。"])]
SHEET_BODY = ["　この表は、経営の状況を類似団体と比べて示すものである。",
              "各指標の推移をもとに、今後の経営の方針を検討する。"]


def build_chart_beside_comments(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_text((60, 60), "経営比較分析表", fontname=GOTHIC_JA, fontsize=16)
    for k, text in enumerate(SHEET_BODY):
        page.insert_text((60, 90 + 16 * k), text, fontname=MINCHO_JA, fontsize=10.5)
    page.draw_rect(pymupdf.Rect(60, 140, 420, 480), color=(0.5, 0.5, 0.5), width=0.75)   # the chart area
    page.insert_text((150, 160), CHART_TITLE, fontname=GOTHIC_JA, fontsize=10.5)
    x0, x1, top, foot = 120.0, 400.0, 180.0, 420.0
    page.draw_rect(pymupdf.Rect(x0, top, x1, foot), color=(0.5, 0.5, 0.5), width=0.75)    # the plot area
    for k in range(7):   # gridlines every 40 pt, a tick label left of each
        y = foot - 40 * k
        page.draw_line((x0, y), (x1, y), color=(0.85, 0.85, 0.85), width=0.75)
        page.insert_text((75, y + 3), f"{60 + 5 * k}.00", fontname=FONT, fontsize=8)
    for k, height in enumerate((150, 210, 215, 148, 120)):
        left = x0 + 20 + 56 * k
        page.draw_rect(pymupdf.Rect(left, foot - height, left + 24, foot), color=None, fill=(0.2, 0.4, 1.0), width=0)
        page.insert_text((left + 2, foot + 14), f"H{24 + k}", fontname=FONT, fontsize=8)
    ys = [140, 253, 366, 480]   # the comments frame: three stacked cells
    for y in ys:
        page.draw_line((440, y), (780, y), width=0.75)
    for x in (440, 780):
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.75)
    for (head, lines), y in zip(COMMENTS, ys):
        page.insert_text((448, y + 18), head, fontname=GOTHIC_JA, fontsize=10.5)
        for j, text in enumerate(lines):
            page.insert_text((448, y + 36 + 16 * j), text, fontname=MINCHO_JA, fontsize=10.5)
    doc.save(path)
    return path


# build_boxes_apart (an eighteenth file): a slide's diagram of separate boxes, no table: a tall box
# (stroked and filled) at the right and, left of it, three boxes stacked with gaps between them, each
# a bevel (a fill with a lighter fill inset a point and a half), standing a point and a half clear of
# the tall box; a picture's frame drawn over the top box's corner. The grid's snapping lays the
# boxes' sides and the tall box's on one boundary, and the picture's frame closes cells around them:
# the boxes share no edge, so they are a diagram, and their words stay text.
BOXES_APART = ["Filing", "Review", "Audit"]
TALL_BOX = "Agency"


def build_boxes_apart(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=720, height=540)
    page.insert_text((60, 60), "Parties and the agency", fontname=FONT, fontsize=20)
    page.draw_rect(pymupdf.Rect(600, 90, 660, 480), color=(0, 0, 0), fill=(0.2, 0.2, 1), width=0.72)
    page.insert_text((606, 280), TALL_BOX, fontname=FONT, fontsize=12)
    for (top, bottom), word in zip(((90, 125), (180, 370), (390, 480)), BOXES_APART):
        page.draw_rect(pymupdf.Rect(514, top, 598.5, bottom), color=None, fill=(0.4, 0.1, 0.6), width=0)
        page.draw_rect(pymupdf.Rect(515.5, top + 1.5, 597, bottom - 1.5), color=None, fill=(0.5, 0.2, 0.7), width=0)
        page.insert_text((530, (top + bottom) / 2 + 4), word, fontname=FONT, fontsize=12)
    page.draw_rect(pymupdf.Rect(575, 40, 640, 110), color=(0, 0, 0), width=0.5)   # a picture's frame
    doc.save(path)
    return path


STEPPED_YEARS = ["FY2024", "FY2025", "FY2026", "FY2027", "FY2028", "FY2029"]
STEPPED_TABLE = [["Year", "Target"], ["FY2026", "+5%"], ["FY2027", "+10%"]]


def build_step_chart(path: Path) -> Path:
    """A timeline chart drawn on a grid (a call for proposals' wage-growth chart): a row of years over
    two rows of cases, ruled as a table, with a step line laid over the cases — each tread a rule from
    the middle of one year's cell across its column rule into the next, a step up from the last —
    and its values (+5%) beside the treads. Under it, a ruled table of two columns."""
    doc = pymupdf.open()
    page = doc.new_page()
    xs = [72 + 75 * k for k in range(len(STEPPED_YEARS) + 1)]
    ys = [100, 124, 184, 244]
    _grid_lines(page, xs, ys)
    _fill(page, [STEPPED_YEARS, ["Accepted"] + [""] * 5, ["Refused"] + [""] * 5], xs[1:], ys)
    for row in (1, 2):
        for k in range(2, 6):   # treads climbing to the right, each crossing a year's rule
            y = ys[row + 1] - 8 - 10 * (k - 2)
            page.draw_line((xs[k] - 30, y), (xs[k] + 30, y), width=0.5)
            page.insert_text((xs[k] + 34, y - 2), "+5%", fontname=FONT, fontsize=7)
    txs, tys = [72, 222, 372], [300, 324, 348, 372]
    _grid_lines(page, txs, tys)
    _fill(page, STEPPED_TABLE, txs, tys)
    doc.save(path)
    return path


STEP_TABLE = [["Year", "Balance"], ["2019", "897"], ["2020", "932"]]


def build_stepped_bars(path: Path) -> Path:
    """A step chart as a finance ministry draws a balance year by year: bars side by side, touching,
    each of two shaded parts (one stacked on the other) standing on the axis, every year's bar taller
    than the last, its amounts written in its parts; under it, a ruled table of two columns."""
    doc = pymupdf.open()
    page = doc.new_page()
    foot, width = 330.0, 24.0
    for k in range(16):
        x = 80 + width * k
        low, high = 20 + 9 * k, 12 + 8 * k
        page.draw_rect(pymupdf.Rect(x, foot - low, x + width, foot), color=None, fill=(1, 0.6, 0.8), width=0)
        page.draw_rect(pymupdf.Rect(x, foot - low - high, x + width, foot - low), color=None, fill=(0.6, 0.8, 1), width=0)
        page.insert_text((x + 3, foot - 4), str(low), fontname=FONT, fontsize=7)
        page.insert_text((x + 3, foot - low - 3), str(high), fontname=FONT, fontsize=7)
    page.draw_line((80, foot), (80 + 16 * width, foot), width=0.75)   # the axis
    txs, tys = [72, 222, 372], [400, 424, 448, 472]
    _grid_lines(page, txs, tys)
    _fill(page, STEP_TABLE, txs, tys)
    doc.save(path)
    return path


AXIS_LABELS = ["Others", "Capital", "Suburb", "Village"]
AXIS_SHARES = [14, 37, 17, 26]


def build_axis_in_frame(path: Path) -> Path:
    """A horizontal bar chart set in a frame (a survey report's chart): the chart's title at the
    top, the categories right-aligned left of the value axis — a line drawn inside the frame, from
    under the title to above the tick labels, meeting neither its top nor its foot — the bars
    (drawn as a picture) and their shares right of it, the ticks 0% … 40% under them."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(94.5, 172.8, 517.5, 368.5), color=(0.5, 0.5, 0.5), width=0.75)
    page.insert_text((200, 195), "Place of work or study", fontname=FONT, fontsize=14)
    page.draw_line((197.5, 213.2), (197.5, 346.3), color=(0.25, 0.25, 0.25), width=1.5)   # the axis
    for k, (label, share) in enumerate(zip(AXIS_LABELS, AXIS_SHARES)):
        y = 230 + 30 * k
        page.insert_text((190 - pymupdf.get_text_length(label, fontname=FONT, fontsize=8), y), label, fontname=FONT, fontsize=8)
        page.insert_text((200 + 7.5 * share, y), f"{share}%", fontname=FONT, fontsize=8)
    for k in range(9):
        page.insert_text((192 + 37 * k, 360), f"{5 * k}%", fontname=FONT, fontsize=7)
    doc.save(path)
    return path


# build_tree_table (a further file): a table of budget items whose first column is an indented
# tree (事業一覧 drawn in Excel or Word): two narrow empty stub columns left of the names, a group's row
# spanning the whole width with no vertical rule, the stub under it merged down the group, a measure
# with sub-measures spanning the names and the stub right of it, its own stub merged down under it.
TREE_XS = [60.0, 76.0, 94.0, 330.0, 540.0]
TREE_ROWS = [   # (first grid column, last grid column, text) per cell that holds text, row by row
    [(0, 2, "Item"), (3, 3, "Office")],
    [(0, 3, "Support for students and artists")],
    [(1, 2, "Grants for students"), (3, 3, "Higher Education Bureau")],
    [(1, 3, "Support for arts and sports")],
    [(2, 2, "Arts continuity"), (3, 3, "Agency for Cultural Affairs")],
    [(2, 2, "Sports events"), (3, 3, "Japan Sports Agency")],
    [(0, 3, "Research and universities")],
    [(1, 2, "Interest subsidies"), (3, 3, "University Support Division")],
    [(1, 2, "Research equipment"), (3, 3, "Research Promotion Bureau")],
]
# the stubs (row, first grid column, rows down): merged down their groups, empty
TREE_STUBS = [(2, 0, 4), (4, 1, 2), (7, 0, 2)]


def build_tree_table(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    xs, ys = TREE_XS, [100.0 + 24 * k for k in range(len(TREE_ROWS) + 1)]
    stub_below = {(r + k, c) for r, c, n in TREE_STUBS for k in range(1, n)} | {(r, c) for r, c, _ in TREE_STUBS}
    for r in range(len(ys)):   # a rule across each column but over a stub (open to its group's row)
        for c in range(4):
            if r in (0, len(ys) - 1) or (r, c) not in stub_below:
                page.draw_line((xs[c], ys[r]), (xs[c + 1], ys[r]), width=0.5)
    starts = {(r, c) for r, row in enumerate(TREE_ROWS) for c, _, _ in row} | {(r, c) for r, c in stub_below}
    for r in range(len(TREE_ROWS)):   # a rule before each cell (a stub's side) and the frame's sides
        for c in range(5):
            if c in (0, 4) or (r, c) in starts:
                page.draw_line((xs[c], ys[r]), (xs[c], ys[r + 1]), width=0.5)
        for c, _, text in TREE_ROWS[r]:
            page.insert_text((xs[c] + 4, ys[r] + 16), text, fontname=FONT, fontsize=9)
    page.insert_text((60, 80), "Offices in charge", fontname=FONT, fontsize=14)
    doc.save(path)
    return path
