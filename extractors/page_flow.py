"""A document's pages as one reading-order flow of text lines and tables.

Per page: ruled tables are filled and their glyphs taken out of the text; furniture (page
numbers, running lines, stamps) is set aside; footnotes (extractors/footnotes.py) are split off
at the foot of each column; pieces of one visual line are joined; each line is read as running
text with its style (extractors/typography.py); items are put in reading order. Footnotes sit
below a separator rule at any type size (extractors/footnote_zone.py) or are small type at the
foot; a note run on to the next page is joined to its start.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

import regex

from extractors.cells import Box, beside, boxed_apart, boxed_beyond, boxes_apart, crossed_by_connector, every_side_drawn, fill_table, filled_share, \
    record_card, ruling, shaped_apart, tabbed_boxes, text_cells
from extractors.contents import find_contents
from extractors.geometry import holds, middle_in
from extractors.footnote_zone import low_rules, notes_under_a_long_rule, separator, shape, split_below
from extractors.footnotes import attach_raised, called_above, endnotes, parse_footnotes, run_together_notes, split_footnotes, starred_notes
from extractors.furniture import continued_titles, handout_pages, line_number_column, ruby, running_lines, spread_gutter, stamp_tables, \
    take_furniture, thumb_tabs
from extractors.reading_order import column_bounds, cut_at_gutters, gutters, in_reading_order, known_gutter, parts_a_row, ruled_block_gutters, ruled_gutters, row_bars, \
    in_side_margin, side_note_gutters, side_notes_after_their_sentence, spans_gutter, split_at_gutters
from extractors.records import Flow, Footnote, Furniture, Line, Page, Rule, SourceDoc, Span, Table, TextLine
from extractors.rules_to_cells import RawGrids, TableGrid, asides, block_diagrams, diagrams, flow_steps, grids_and_figures, merged_cells, \
    open_ends, picture_tags, top_sides
from extractors.settings import DEFAULT, SAME_SIZE, Joining, Margins, Settings, Tables, Typography
from extractors.table_rules import grids_of
from extractors.line_roles import letters_right, line_roles, text_left
from extractors.numbering import ITEM_START, encloses_next, kerned_marks, decimal_alone, label_alone
from extractors.ocr_layer import picture_letters
from extractors.typography import RuleBands, boxed_frames, gothic_titles, document_body, mark_boxed, mark_panels, mark_ruled_rows, page_faces, running_style, slide_body, slide_deck, slide_titles, to_text_line
from normalizers.text import fold_width, join_lines


def merge_fragments(lines: list[Line], typo: Typography, j: Joining,
                    cuts: Sequence[tuple[float, float]] = ()) -> list[Line]:
    """Join pieces of one visual line (same baseline, touching) into one Line, never across a
    gutter (`cuts`: lines of two columns at one height stay apart). Linear after the sort: a
    joined line's size and baseline are carried along, not recomputed per piece. Convention
    (Word's 囲い文字): a piece ending with a circle or a square set over the next piece's first letter
    (○ over ア, numbering.encloses_next) overlaps that piece by the glyph's width and is one line with it
    (○ア 直接工事費…, …基礎となった○ア・○イ…)."""
    keyed = sorted(((round(l.baseline), l.x0, l.baseline, l.size, bool(l.text.strip()), l) for l in lines),
                   key=lambda k: k[:2])
    # the size most of the page's letters are set in, a title's floor: counted over the page's spans only when two
    # one-letter pieces meet on a row (_spread_letters asks it last), once per page; most pages never ask
    title_size = cache(lambda: slide_body(lines, 0.0) + j.spread_size)
    pairs = _letter_pairs(keyed, j)
    keyed = _typed_blanks(keyed, typo, j)
    runs: list[list[Line]] = []   # the pieces of each visual line, left to right
    size = base = 0.0
    visible = False
    for _, _, b, s, vis, line in keyed:
        last = runs[-1][-1] if runs else None
        # justified or distributed text sets glyphs of one line far apart: up to 4 ems
        if last is not None and abs(base - b) <= j.join_baseline \
                and (_abuts(last, line, s, typo, j) or _spread_letters(last, line, s, title_size, j)
                     or id(line) in pairs) \
                and vis and visible and not _across_a_gutter(last, line, cuts):
            runs[-1] += _joining(last, line, pairs, j)
            if s > size + SAME_SIZE:
                size, base = s, b
            elif abs(s - size) <= SAME_SIZE:
                base = max(base, b)
            continue
        runs.append([line])
        size, base, visible = s, b, vis
    return _labels_beside_titles(_near_joined([run[0] if len(run) == 1 else _joined(run) for run in runs], typo, j, cuts),
                                 typo, j, cuts)


def _abuts(last: Line, line: Line, size: float, typo: Typography, j: Joining) -> bool:
    """`line` starts where `last` ends on their row: touching, a little apart (justified text), or
    under the glyph closing `last` when that glyph encloses its first letter (囲い文字), or inside the em box of
    a punctuation mark set closer to its neighbour than its box (約物の詰め: numbering.kerned_marks)."""
    em = max(size, typo.min_size)
    overlap = j.enclosed_overlap * em if encloses_next(last.text) else \
        j.kerned_overlap * em if kerned_marks(last.text, line.text) else j.join_overlap
    return -overlap <= line.x0 - last.x1 <= j.join_gap * em


def _typed_blanks(keyed: list[tuple], typo: Typography, j: Joining) -> list[tuple]:
    """Convention (a budget overview typed in Word, each ○ item's amount set flush right on its row by typed spaces:
    ○ 検疫における水際対策の着実な実施 … ６３億円): the blanks typed across a row may be written as a piece of their
    own between the row's words and its figure. Such a piece of blanks, abutting a visible piece on either side in
    their face and size, is part of the row's line: `keyed` (merge_fragments' sort) with those pieces visible, so
    what they bridge is one line. A piece of blanks elsewhere (a rule's line of spaces, a form's empty field at a
    row's end) stays apart, as before."""
    rows: dict[int, list[Line]] = {}
    for key, *_, line in keyed:
        rows.setdefault(key, []).append(line)
    typed = {id(b) for row in rows.values() if len(row) >= 3 for a, b, c in zip(row, row[1:], row[2:])
             if not b.text.strip() and a.text.strip() and c.text.strip() and _one_face(a, b, c)
             and _abuts(a, b, b.size, typo, j) and _abuts(b, c, b.size, typo, j)}
    return [(*k[:4], True, k[5]) if id(k[5]) in typed else k for k in keyed] if typed else keyed


def _one_face(a: Line, b: Line, c: Line) -> bool:
    """The blank piece `b` is set in the face and size of the last span of `a` and the first of `c`."""
    return a.spans[-1].font == b.spans[0].font == c.spans[0].font \
        and abs(a.spans[-1].size - b.size) <= SAME_SIZE and abs(c.spans[0].size - b.size) <= SAME_SIZE


def _spread_letters(last: Line, line: Line, size: float, title_size: Callable[[], float], j: Joining) -> bool:
    """Convention (a title letter-spaced to a width: 第1　総　　説, its two letters set across both columns
    of the page): `line` is one letter after a piece ending in one letter, in a title's type (larger
    than the page's commonest: `title_size()`, asked only of two such pieces), further apart than
    justified text sets glyphs: one word per run."""
    a, b = last.text.strip(), line.text.strip()
    if len(a) != 1 or len(b) != 1:   # most pieces: the page's sizes are not counted
        return False
    floor = title_size()
    return (size >= floor > j.spread_size and last.size >= floor and _letter(a) and _letter(b)
            and 0 <= line.x0 - last.x1 <= j.spread_gap * size)


def _letter_pairs(keyed: list[tuple], j: Joining) -> set[int]:
    """Convention (a judgment's parts, 主　　文 and 理　　由, as a court's converter sets them: two letters in the
    body's type, each a run of its own, far apart on a row that holds nothing else): the second letter of
    such a row (id of its Line) joins the first — one word letter-spaced across the row, as _spread_letters
    joins one in a title's type. `keyed`: merge_fragments' pieces sorted by baseline, then x."""
    rows: dict[int, list[Line]] = {}
    for key, *_, vis, line in keyed:
        if vis:
            rows.setdefault(key, []).append(line)
    return {id(b) for a, b in (row for row in rows.values() if len(row) == 2)
            if len(x := a.text.strip()) == len(y := b.text.strip()) == 1 and _letter(x) and _letter(y)
            and abs(a.size - b.size) <= SAME_SIZE
            and 0 <= b.x0 - a.x1 <= j.spread_gap * a.size}


def _joining(last: Line, line: Line, pairs: set[int], j: Joining | None = None) -> list[Line]:
    """The pieces `line` adds to the run `last` ends: itself, after the space a letter-spaced pair leaves (主　文), or
    after the word space a layer left unwritten between two words set apart (_word_gap)."""
    if id(line) in pairs:
        return [_space_between(last, line), line]
    return [_space_between(last, line, " "), line] if j is not None and _word_gap(last, line, j) else [line]


# a list's label set as a piece of its own before its title ((i), 1., (2), a)): the gap after it is the label's tab,
# read by the line roles (LineRole.numbering's spaced), no word space
_LABEL_PIECE = regex.compile(r"^[(（]?[0-9A-Za-z]{1,4}[.)）]$")


def _word_gap(last: Line, line: Line, j: Joining) -> bool:
    """Convention (a typesetting engine's justified line written word by word, no space character between —
    Arbortext APP: as / an / intermediary / with …): two pieces of Latin text on one row, a word's last letter and
    the next word's first apart by `word_gap` ems or more, stand a word space apart — but for a label's piece
    (_LABEL_PIECE: the tab after (i) or 1. is read as the label's gap)."""
    a, b = last.text.rstrip(), line.text.lstrip()
    return bool(a) and bool(b) and a == last.text and b == line.text and a[-1].isascii() and b[0].isascii() \
        and not _LABEL_PIECE.match(a) \
        and (a[-1].isalnum() or a[-1] in ",.;:)]") and (b[0].isalnum() or b[0] in "([") \
        and line.x0 - last.x1 >= j.word_gap * max(last.size, line.size)


def _in_labels_type(label: Line, title: Line, boxed: bool, j: Joining) -> bool:
    """The title piece is set in its label's type (_labels_beside_titles): its size; or, beside a section's number N-N
    in a box of its own (`boxed`: numbering.decimal_alone), up to `j.boxed_label` smaller — the box sets its number in
    a heavier face a size up (2-1 in 10.6 pt beside 例示に関する調査研究 in 9.9 pt on a band)."""
    return abs(title.size - label.size) <= SAME_SIZE or (boxed and j.boxed_label * label.size <= title.size < label.size)


def _space_between(a: Line, b: Line, space: str = "\u3000") -> Line:
    """A space (ideographic unless told) filling the white from piece a to piece b on their row, in a's type."""
    span = a.spans[-1]
    box = (a.x1, span.y0, b.x0, span.y1)
    return Line(a.page, [Span(space, span.font, span.size, a.x1, span.y0, b.x0, span.y1, span.baseline, (box,), span.bold)],
                a.x1, a.y0, b.x0, a.y1)


def _letter(ch: str) -> bool:
    """A kanji or kana (a word's letter, not a digit, a mark or a bracket)."""
    return "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"


def _across_a_gutter(last: Line, line: Line, cuts: Sequence[tuple[float, float]]) -> bool:
    """A gutter stands between the piece `last` and the next piece `line` of a row (a column rule's
    only beside the rule: reading_order.parts_a_row)."""
    return any(last.x1 <= cut[1] and line.x0 >= cut[0] and parts_a_row(cut, line.y0, line.y1) for cut in cuts)


def _near_joined(lines: list[Line], typo: Typography, j: Joining,
                 cuts: Sequence[tuple[float, float]] = ()) -> list[Line]:
    """Convention: a label set in a box of its own just left of its title (a spreadsheet's
    cells: （１） | 事業の現況) is one line with it, its baseline a little off the title's
    (within join_baseline, but on the other side of a whole point, so merge_fragments kept them
    apart): pieces this close (join_near em) join; farther apart (a row's label beside its
    cell) they stay two."""
    order = sorted(range(len(lines)), key=lambda i: lines[i].baseline)
    gone: set[int] = set()
    out = list(lines)
    for k, i in enumerate(order):
        for m in order[k + 1:]:
            a, b = out[i], lines[m]
            if b.baseline - a.baseline > j.join_baseline:
                break
            if m in gone or round(a.baseline) == round(b.baseline) or not (a.text.strip() and b.text.strip()):
                continue
            left, right = (a, b) if a.x0 <= b.x0 else (b, a)
            if -j.join_overlap <= right.x0 - left.x1 <= j.join_near * max(left.size, right.size, typo.min_size) \
                    and not _across_a_gutter(left, right, cuts):   # never across a gutter, as merge_fragments
                out[i] = _joined([left, right])
                gone.add(m)
    return [ln for i, ln in enumerate(out) if i not in gone]


def _labels_beside_titles(lines: list[Line], typo: Typography, j: Joining,
                          cuts: Sequence[tuple[float, float]] = ()) -> list[Line]:
    """Convention (a white paper's section band: 第１節 in a box of its own, its title beside it in the same
    type — or a section's number 2-1 boxed at a band's head, its title a size smaller: _in_labels_type —, the
    layer setting the two a point or so off one baseline — 第１節 | ＡＩとは, the title's baseline
    1.1pt above the label's): a label of 第N部 / 第N章 / 第N節 alone on its piece (numbering.label_alone)
    and the piece in its type that starts right of it on its row — baselines at most `j.label_row` of an em
    apart, at most `j.join_gap` ems away — are one line, the label first. Farther off one baseline than
    join_baseline and farther apart than join_near, merge_fragments and _near_joined keep them two, and the
    title, its top a point higher, would be read before its label."""
    gone: set[int] = set()
    out = list(lines)
    for i, label in enumerate(lines):
        boxed = decimal_alone(label.text)
        if i in gone or (label_alone(label.text) is None and not boxed):
            continue
        em = max(label.size, typo.min_size)
        for m, title in enumerate(lines):
            if m != i and m not in gone and title.text.strip() and _in_labels_type(label, title, boxed, j) \
                    and abs(title.baseline - label.baseline) <= j.label_row * em \
                    and 0 <= title.x0 - label.x1 <= j.join_gap * em and label_alone(title.text) is None \
                    and not _across_a_gutter(label, title, cuts):
                out[i] = _joined([label, title])
                gone.add(m)
                break
    return [ln for i, ln in enumerate(out) if i not in gone]


def _joined(pieces: list[Line]) -> Line:
    """One new Line of a visual line's pieces (the page's own Lines are never changed)."""
    first = pieces[0]
    return Line(first.page, [s for p in pieces for s in p.spans], first.x0, min(p.y0 for p in pieces),
                pieces[-1].x1, max(p.y1 for p in pieces))


def _mark_figure_words(lines: list[TextLine], figures: Sequence[tuple[float, float, float, float]], page: Page,
                       settings: Settings) -> None:
    """Set `in_figure` on a figure's words: a line whose middle stands inside a drawn figure, or, on an OCR'd
    page, one the OCR read off a picture (ocr_layer.picture_letters). A tab on a frame (TextLine.on_tab:
    typography.tab_on_frame) names the frame's content, a figure's or a text's: no word of it, wherever its frame
    was read as a figure (a captioned box of text whose grid holds too few cells, a map's arrow inside it)."""
    for t in lines:
        t.in_figure = not t.on_tab and any(middle_in(t, f) for f in figures) or page.ocr and picture_letters(t.source, settings.layout)


def _trim_blank_ends(text_lines: list[TextLine]) -> list[TextLine]:
    """Blank lines at the top and bottom of a page (running headers of spaces, the footnote
    rule's line of spaces) separate nothing: a paragraph runs on across the page break."""
    lo, hi = 0, len(text_lines)
    while hi > lo and text_lines[hi - 1].blank:
        hi -= 1
    while lo < hi and text_lines[lo].blank:
        lo += 1
    return text_lines[lo:hi]


@dataclass(slots=True)
class PageRead:
    items: list              # TextLine | Table, top to bottom
    footnotes: list[Footnote]
    furniture: list[Furniture]
    right_edge: float
    columns: tuple[tuple[float, float], ...] = ()   # (left, right) of each column; () for one column
    aside: list[tuple[Line, str]] = field(default_factory=list)   # footnote-area and furniture lines, with their kind
    run_on: list = field(default_factory=list)   # below the separator, before the first note (TextLine, as parsed):
                                                 # the last page's note goes on, or, with none before, the page's own text


def _framed_in_lines(grid: TableGrid, band: list[Line], rules: Sequence[Rule], t: Tables) -> bool:
    """Every row of the grid shares its line with text outside it (an arrow, a lead-in), set
    apart from it or in the same text line (→ 別紙６ one line across the frame's side): the
    frames are phrases set in running lines, not a table. Convention: text walled off from the
    frame by a drawn vertical line of its own between them (the side of another frame: a chart
    panel's labels, the next block of a form) is no running line the frame sits in (`rules`: the
    page's table rules, those at least `min_rule` long; the frame's own sides, within `snap`, wall
    off nothing). A line of spaces only (a form's blank header line beside the frame) is no text
    beside it. Convention (a statistics sheet's small boxes, notes set in blocks beside them): the
    words of a running line stand within `running_gap` ems of the frame's side; text farther off
    is another block set beside the frame, and a frame with text in every row (a label over its
    figure) no phrase of its line. A frame with a row left empty (a step of a diagram) stays as it was."""
    x0, _, x1, _ = grid.bbox
    inside = [(ln.y0 + ln.y1) / 2 for ln in band if ln.text.strip() and x0 <= ln.x0 and ln.x1 <= x1]
    full = all(any(top <= y <= bottom for y in inside) for top, bottom in zip(grid.ys, grid.ys[1:]))
    reach = t.running_gap if full else float("inf")
    walls = [r for r in rules if not r.horizontal and r.y1 - r.y0 >= t.min_rule and not (x0 - t.snap <= r.x0 <= x1 + t.snap)]

    def walled(a: float, b: float, y: float) -> bool:   # a drawn vertical between a..b and the frame
        return any(r.y0 <= y <= r.y1 and (b <= r.x0 < x0 if b <= x0 else x1 < r.x0 <= a) for r in walls)

    def outside(ln: Line) -> bool:   # wholly beside the frame, or letters of it beyond its sides
        pieces = [(ln.x0, ln.x1)] if ln.x1 <= x0 or ln.x0 >= x1 else \
            [(s.x0, s.x1) for s in beside(ln, x0, x1)[1] if s.text.strip()]
        y, gap = (ln.y0 + ln.y1) / 2, reach * ln.size
        return bool(ln.text.strip()) and any(not walled(a, b, y) and (x0 - b if b <= x0 else a - x1) <= gap
                                             for a, b in pieces)   # a blank line sets nothing beside it
    return all(any(top <= (ln.y0 + ln.y1) / 2 <= bottom and outside(ln) for ln in band)
               for top, bottom in zip(grid.ys, grid.ys[1:]))


def _tick(line: Line) -> bool:
    """The line is a number alone (an axis's tick label: 0, 4.0, 10, 25%)."""
    return _number_alone(line.text)


def _number_alone(text: str) -> bool:
    """The text is a number alone (0, 4.0, 10, 25%)."""
    text = text.strip().replace(".", "").replace(",", "").rstrip("%")
    return text.isascii() and text.isdigit()


def _ticks(lines: list[Line]) -> list[Line]:
    """The page's lines that are a number alone (_tick: its charts' tick labels)."""
    return [ln for ln in lines if _tick(ln)]


def _spaced_ticks(line: Line) -> list[Line]:
    """Convention (a value axis's labels the text layer set as one line: 20% 40% 60% 80% 100%, each label a word of
    its own under its gridline): a line of two words or more (spaced apart), every one a number alone (_number_alone),
    is that many tick labels, each the piece of the line it is (Line.part); any other line none."""
    text = line.text
    if " " not in text.strip():
        return []
    words = text.split()
    if len(words) < 2 or not all(_number_alone(w) for w in words):
        return []
    pieces, at = [], 0
    for w in words:
        at = text.index(w, at)
        pieces.append(line.part(at, at + len(w)))
        at += len(w)
    return pieces


def _gridlines(grid: TableGrid, columns: bool, t: Tables) -> tuple[list[float], float, float]:
    """The grid's drawn rules one way (column rules, or row rules) that run across it from end
    to end (a chart's gridlines, not the sides of its bars nor a label's leader line), their
    positions and the stretch they run over."""
    lo, hi = (grid.ys[0], grid.ys[-1]) if columns else (grid.xs[0], grid.xs[-1])
    ends = [((r.x0, r.y0, r.y1) if columns else (r.y0, r.x0, r.x1))
            for r in (grid.verticals if columns else grid.horizontals) if not r.box]
    across = [e for e in ends if e[1] <= lo + t.snap and e[2] >= hi - t.snap]
    at: list[float] = []
    for v in sorted(e[0] for e in across):
        if not at or v - at[-1] > t.row_snap:
            at.append(v)
    return at, min((e[1] for e in across), default=lo), max((e[2] for e in across), default=hi)


def _on_axes(grid: TableGrid, ticks: list[Line], t: Tables) -> bool:
    """Convention: the grid is a chart's plot area: a number stands at each of its rules along
    one side, just outside it (within `tick_offset` em; tick labels centred on the rules, not
    in the cells: 0 | 4.0 | 7.0 | 10.0 under a grid of three columns) — along its foot or its
    head for the column rules (a bar chart may set its value axis above the bars: 0% … 100%),
    along its left or right side for the row rules. The rules that carry the labels: the grid's
    boundaries, or its drawn gridlines alone (the lines run across the plot area end to end)
    where the sides of filled boxes (its bars) give it boundaries between them. `ticks`: the page's
    lines that are a number alone (_tick), found once per page."""
    offset = t.tick_offset

    def labelled(at: float, columns: bool, side: int, lo: float, hi: float) -> bool:
        for ln in ticks:
            em = ln.y1 - ln.y0
            if columns and abs((ln.x0 + ln.x1) / 2 - at) <= em and (
                    hi - em / 2 <= ln.y0 <= hi + offset * em if side else lo - offset * em <= ln.y1 <= lo + em / 2):
                return True
            if not columns and abs((ln.y0 + ln.y1) / 2 - at) <= em / 2 and (
                    hi - em / 2 <= ln.x0 <= hi + offset * em if side else lo - offset * em <= ln.x1 <= lo + em / 2):
                return True
        return False
    x0, y0, x1, y1 = grid.bbox
    axes: list[tuple[list[float], bool, float, float, tuple[int, ...]]] = [
        (list(grid.xs), True, y0, y1, (1,)), (list(grid.ys), False, x0, x1, (0,))]   # foot, left side
    for columns in (True, False):   # the gridlines: head or foot, left or right
        at, lo, hi = _gridlines(grid, columns, t)
        axes.append((at, columns, lo, hi, (0, 1)))
    return any(len(bounds) >= 3 and any(all(labelled(b, columns, side, lo, hi) for b in bounds) for side in sides)
               for bounds, columns, lo, hi, sides in axes) or _value_scale(grid, ticks, t)


def _value_scale(grid: TableGrid, ticks: list[Line], t: Tables) -> bool:
    """Convention (a line chart in a frame with no gridlines drawn, divided only by a marker line — the day a
    figure was published —: 108 104 … 88 down its left side): a column of three numbers or more just outside a
    side of the grid, the first level with its top rule and the last with its foot, is the chart's value
    scale: the grid is its plot area, no table (a table's row numbers stand level with its rows' middles)."""
    x0, y0, x1, y1 = grid.bbox
    for side in (0, 1):
        column = [ln for ln in ticks if y0 - (ln.y1 - ln.y0) <= (ln.y0 + ln.y1) / 2 <= y1 + (ln.y1 - ln.y0)
                  and (x0 - t.tick_offset * (ln.y1 - ln.y0) <= ln.x1 <= x0 + (ln.y1 - ln.y0) / 2 if side == 0
                       else x1 - (ln.y1 - ln.y0) / 2 <= ln.x0 <= x1 + t.tick_offset * (ln.y1 - ln.y0))]
        level = [any(abs((ln.y0 + ln.y1) / 2 - y) <= (ln.y1 - ln.y0) / 2 for ln in column) for y in (y0, y1)]
        if len(column) >= 3 and all(level):
            return True
    return False


def _value_row(grid: TableGrid, ticks: list[Line], t: Tables) -> bool:
    """Convention (a bar chart laid across the page, its bars stacked to 100%, their ends and the bars' gaps ruling a
    "grid" of number cells: 0% 50% 100% under the bars): a row of three numbers or more just under the grid's foot or
    over its head (within `scale_offset` em outside it, `scale_align` em inside: the plot area's foot lies a little under
    its last bar; centred within `scale_reach` em of its sides; level within `scale_align` em), evenly spaced and
    counting by one step (0% 50% 100%: a row of a table's figures set over another table by chance counts by none),
    the first centred on its left side and the last on its right, is the chart's value scale: the grid is its plot
    area, no table (a table's column numbers stand centred in its columns, not on its sides)."""
    x0, y0, x1, y1 = grid.bbox
    reach, align = t.scale_reach, t.scale_align
    for side in (0, 1):
        near = [ln for ln in ticks if x0 - reach * (ln.y1 - ln.y0) <= (ln.x0 + ln.x1) / 2 <= x1 + reach * (ln.y1 - ln.y0)
                and (y1 - align * (ln.y1 - ln.y0) <= ln.y0 <= y1 + t.scale_offset * (ln.y1 - ln.y0) if side
                     else y0 - t.scale_offset * (ln.y1 - ln.y0) <= ln.y1 <= y0 + align * (ln.y1 - ln.y0))]
        if not near:
            continue
        first = min(near, key=lambda ln: abs((ln.x0 + ln.x1) / 2 - x0))   # the row: the numbers level with the first
        row = sorted(((ln.x0 + ln.x1) / 2, ln.size, _value(ln.text)) for ln in near   # (centred within `align` of it)
                     if abs((ln.y0 + ln.y1) / 2 - (first.y0 + first.y1) / 2) <= align * (first.y1 - first.y0))
        if len(row) >= 3 and abs(row[0][0] - x0) <= align * row[0][1] and abs(row[-1][0] - x1) <= align * row[-1][1] \
                and _one_step(row, align):
            return True
    return False


def _one_step(row: list[tuple[float, float, float]], align: float) -> bool:
    """The numbers (centre, size, value; left to right) stand evenly spaced (within `align` of the first's size) and
    count by one step, not naught (a figure that reads as none, nan, takes no step)."""
    steps = [b[0] - a[0] for a, b in zip(row, row[1:])]
    values = {round(b[2] - a[2], 6) for a, b in zip(row, row[1:])}
    return max(steps) - min(steps) <= align * row[0][1] and len(values) == 1 and all(v > 0 or v < 0 for v in values)


def _value(text: str) -> float:
    """The number a tick label reads (_number_alone: 1,000 → 1000, 25% → 25); nan for none (1.2.3)."""
    try:
        return float(text.strip().replace(",", "").rstrip("%"))
    except ValueError:
        return float("nan")


def _no_table(table: Table, settings: Settings, grid: TableGrid, ticks: list[Line], panels: Sequence[Box] = (),
              shapes: Sequence[Box] = (), lines: Sequence[Line] = (), marks: Sequence[Line] = ()) -> bool:
    """A grid with text in too few of its cells (a chart's gridlines, an empty frame), or whose
    cells of text all stand apart (framed boxes of a figure: cells.boxes_apart — but a closed grid, every cell's
    sides drawn, is a form's boxes: cells.every_side_drawn —; each in a box of
    its own, a gap between any two boxes: cells.boxed_apart, `panels`: the page's, else the box
    the grid's nearest rules close around the text — boxes drawn one by one, a gap between them,
    however the grid's snapping laid their sides on one boundary), or each in a figure shape of
    its own (cells.shaped_apart, `shapes`: the page's), or divided by a connector line drawn across
    its frame (an org chart's boxes: cells.crossed_by_connector; `lines`: the page's), or a chart's plot area (tick labels on
    its rules: _on_axes; `ticks`: the page's lines that are a number alone; or a value scale under it: _value_row, `marks`
    the page's numbers with those of a line of numbers spaced: _scale_marks), or captioned boxes: a tab over
    each box's text (cells.tabbed_boxes), or a figure's heads: one row a panel hangs from (_heads_over_panel),
    or a record drawn as a card: every cell an item's name and its value, 名称：刀 (cells.record_card)."""
    t = settings.tables
    if filled_share(table) < t.min_filled or record_card(table, t.card_fields):
        return True
    ruled, texts = ruling(grid.verticals + grid.horizontals), text_cells(table)
    if boxes_apart(table) and not every_side_drawn(table, ruled, t.snap, t.row_snap):
        return True
    return tabbed_boxes(table, texts, ruled, t.snap, t.row_snap) \
        or (boxed_apart(texts, list(panels), settings.layout.panel_touch, t.snap, ruled) and not _shaded_cell_by_cell(grid, table, panels, t)) \
        or shaped_apart(texts, list(shapes), t.snap) or boxed_beyond(table, texts, ruled, t.snap, t.row_snap) \
        or crossed_by_connector(grid, ruled, lines, t.snap, t.row_snap) or _on_axes(grid, ticks, t) \
        or _value_row(grid, list(marks), t) or _heads_over_panel(grid, panels, t.snap) or _crossing_lines(grid, t)


def _scale_marks(ticks: list[Line], lines: Sequence[Line]) -> list[Line]:
    """The numbers a value scale may be read from (found once a page, as `ticks` are): the lines that are a number
    alone (`ticks`), and the numbers of each other line of numbers spaced (_spaced_ticks)."""
    alone = {id(ln) for ln in ticks}
    return ticks + [p for ln in lines if id(ln) not in alone for p in _spaced_ticks(ln)]


def _shaded_cell_by_cell(grid: TableGrid, table: Table, panels: Sequence[Box], t: Tables) -> bool:
    """Convention (a committee's member list shaded cell by cell: a dark box for each head, a pale box for each cell,
    the white between them 2 pt wide — painted as white strips — its only rules): a grid of `shaded_rows` rows or more
    and two columns or more, no cell merged, every cell filled by a box of its own (a panel within `cell_gap` of each of
    its sides, none across two), is a table whose rules are the gaps between its boxes, however far apart the boxes
    stand (cells.boxed_apart reads boxes apart as a diagram's: a tall box beside a stack of boxes merges cells)."""
    if len(grid.ys) - 1 < t.shaded_rows or len(grid.xs) < 3 or any(rs > 1 or cs > 1 for _, _, rs, cs in table.cells_as_drawn()):
        return False
    gap = t.cell_gap
    for top, foot in zip(grid.ys, grid.ys[1:]):
        for left, right in zip(grid.xs, grid.xs[1:]):
            if not any(left - gap <= p[0] <= left + gap and right - gap <= p[2] <= right + gap
                       and top - gap <= p[1] <= top + gap and foot - gap <= p[3] <= foot + gap for p in panels):
                return False
    return True


def _crossing_lines(grid: TableGrid, t: Tables) -> bool:
    """Convention (a scanned handout's map, its roads and its frame read off the picture as rules: a road down the
    map and the frame's right side closing a "grid" round the map's labels between the frame's top and foot, a
    short road across between them): a table's rules are drawn to one measure — its frame closes at its corners, or,
    with open sides, every row rule runs across past them alike (rules across the page over a label column). A grid
    whose top and foot both run on past one of its sides by more than `side_run_on` while a rule between them stops
    at or inside that side is where a picture's lines cross, no table."""
    x0, x1 = grid.xs[0], grid.xs[-1]

    def ends(y: float) -> tuple[float, float]:
        along = [h for h in grid.horizontals if abs(h.y0 - y) <= t.row_snap and h.x1 > x0 and h.x0 < x1]
        return (min(h.x0 for h in along), max(h.x1 for h in along)) if along else (x0, x1)
    rows = [ends(y) for y in grid.ys]
    (a0, a1), (b0, b1), inner, run = rows[0], rows[-1], rows[1:-1], t.side_run_on
    return (a0 < x0 - run and b0 < x0 - run and any(e0 >= x0 - run for e0, _ in inner)) \
        or (a1 > x1 + run and b1 > x1 + run and any(e1 <= x1 + run for _, e1 in inner))


def _framed_text(grid: TableGrid, table: Table, band: list[Line], rules: Sequence[Rule], panels: Sequence[Box],
                 t: Tables) -> bool:
    """A grid of one column framing text, no table nor figure: phrases framed in running lines (_framed_in_lines),
    or a captioned panel (_captioned_list)."""
    return len(grid.xs) == 2 and (_framed_in_lines(grid, band, rules, t) or _captioned_list(table, grid, panels, t))


def _captioned_list(table: Table, grid: TableGrid, panels: Sequence[Box], t: Tables) -> bool:
    """Convention (a slide's panel: the band 法人・個人事業主共通 filled across a frame's top, a bulleted list of what to
    hand in framed under it): a frame of one column and two rows, its top row one line set on a band drawn over that
    row's whole extent (a shaded box, `panels`: the page's) and its other cell text — `list_items` lines or more
    opening as an item (numbering.ITEM_START: a bullet, a circled number; a symbol font's bullet folded) or closing
    a sentence (。) — is a captioned panel of text: no table, nor a figure (its words are the page's text:
    fill_tables reads it as framed, _framed_text). A table's box of one head over one cell holds a value there
    (発表者 over the offices' names, 重症者 on its tint over 0, 再質問の方式 over the two ways to choose from)."""
    if len(grid.xs) != 2 or len(grid.ys) != 3:
        return False
    x0, y0, x1, y1 = grid.xs[0], grid.ys[0], grid.xs[1], grid.ys[1]
    head, body = table.rows[0].cells[0].text_lines, table.rows[1].cells[0].text_lines
    return len([ln for ln in head if ln.strip()]) == 1 \
        and len([ln for ln in body if ITEM_START.match(fold_width(ln)) or ln.rstrip().endswith("。")]) >= t.list_items \
        and any(abs(p[0] - x0) <= t.snap and abs(p[2] - x1) <= t.snap and abs(p[1] - y0) <= t.snap
                and abs(p[3] - y1) <= t.snap for p in panels)


def _heads_over_panel(grid: TableGrid, panels: Sequence[Box], snap: float) -> bool:
    """A grid of one row whose bottom edge a filled panel hangs from, within its width and taller than
    the row: a figure's column heads set on bands (情報種別 | 利用条件 | 利用イメージ over a diagram of boxes,
    arrows and pictures, a discussion paper's 図表), no table — a table's rows go on in its own rules."""
    if len(grid.ys) != 2:
        return False
    x0, y0, x1, y1 = grid.bbox
    return any(abs(p[1] - y1) <= snap and x0 - snap <= p[0] and p[2] <= x1 + snap and p[3] - p[1] > y1 - y0
               for p in panels)


def _frames_around(grid: TableGrid, panels: Sequence[Box], ticks: list[Line], t: Tables) -> list[Box]:
    """The panels enclosing the grid and a tick label outside it, smallest first."""
    x0, y0, x1, y1 = grid.bbox
    beside_it = [ln for ln in ticks if not (x0 <= ln.x0 and ln.x1 <= x1 and y0 <= ln.y0 and ln.y1 <= y1)]
    around = [p for p in panels if holds(p, x0, y0, x1, y1, t.snap)
              and any(holds(p, ln.x0, ln.y0, ln.x1, ln.y1, t.snap) for ln in beside_it)]
    return sorted(around, key=lambda p: (p[2] - p[0]) * (p[3] - p[1]))


def _mid_in(p: Box, q: TableGrid) -> bool:
    return p[0] <= (q.xs[0] + q.xs[-1]) / 2 <= p[2] and p[1] <= (q.ys[0] + q.ys[-1]) / 2 <= p[3]


def _chart_frames(plots: list[tuple[TableGrid, bool]], panels: Sequence[Box], ticks: list[Line], t: Tables) -> list[Box]:
    """Convention: a chart set in frames of its own (an Excel chart: the chart area's box around
    the plot area's, its axes between them) holds its title, legend and labels too: the whole
    frame is the figure, whose words are no headings. A plot area's frames: the panels enclosing
    it (within `snap`) and a tick label beside it (a panel behind the plot area alone is none); the
    figure is the outermost of them that holds no other chart (nor the middle of a grid outside
    its innermost frame: a frame around several charts is their container). `plots`: the grids
    that are no table, each with whether it counts only when framed so (a frame in running
    lines, which is text otherwise); a grid with no such frame is the figure itself. `ticks`: the
    page's lines that are a number alone (_tick)."""
    out: list[Box] = []
    for grid, framed_only in plots:
        around = _frames_around(grid, panels, ticks, t)
        if not around:
            out += [] if framed_only else [grid.bbox]
            continue
        others = [q for q, _ in plots if q is not grid and not _mid_in(around[0], q)]
        out.append(next(p for p in reversed(around) if p is around[0] or not any(_mid_in(p, q) for q in others)))
    return out


def _callouts_words(line: Line, grid: TableGrid, callouts: Sequence[Box], snap: float) -> bool:
    """Convention: a callout laid over a table (a closed outline with a pointer: layout's
    "callout" shape; a text box with a dashed border and a pointer: its "note") is no part of it:
    a line set inside a callout (its glyphs' middles within the
    callout's box) across one of the table's column rules or sides is the callout's words, text of
    the page, not cut into the cells under it. The table's own marks under the callout, each
    within its cell, stay in their cells."""
    if not callouts or not any(line.x0 + snap < x < line.x1 - snap for x in grid.xs):
        return False
    xs = [(b[0] + b[2]) / 2 for s in line.spans for b in s.char_boxes]
    y = (line.y0 + line.y1) / 2
    return bool(xs) and any(c[0] <= min(xs) and max(xs) <= c[2] and c[1] <= y <= c[3] for c in callouts)


def fill_tables(grids: list, lines: list[Line], page: int, settings: Settings,
                charts: list | None = None, rules: Sequence[Rule] = (),
                panels: Sequence[Box] = (), callouts: Sequence[Box] = (),
                shapes: Sequence[Box] = ()) -> tuple[list[Table], list[Line]]:
    """Every table filled with the lines in its band (found by bisection, not by looking at
    every line for every table), and the lines no table took, in their order. A grid with text
    in too few of its cells is no table: its bbox goes to `charts` (a figure, whose labels are
    no headings). A callout's words laid over a table (`callouts`: the page's) stay text.
    `shapes`: the boxes of the page's figure shapes (_no_table)."""
    if not grids:
        return [], lines
    order = sorted(range(len(lines)), key=lambda i: (lines[i].y0 + lines[i].y1) / 2)
    mids = [(lines[i].y0 + lines[i].y1) / 2 for i in order]
    left = dict(enumerate(lines))   # what no table took of each line (the piece beside a frame)
    ticks = _ticks(lines)   # found once, for every grid
    marks = _scale_marks(ticks, lines)   # (and the value scales' numbers)
    tables = []
    plots: list[tuple[TableGrid, bool]] = []
    for k, grid in _held_first(grids):
        x0, y0, x1, y1 = grid.bbox
        band = [i for i in order[bisect_left(mids, y0):bisect_right(mids, y1)]
                if i in left and not _callouts_words(left[i], grid, callouts, settings.tables.snap)]
        in_band = [left[i] for i in band]
        table, rest = fill_table(grid, in_band, page, settings.layout, settings.tables)
        # phrases framed one under another in running lines (→ 別紙６): text; a chart's gridlines
        # or an empty frame: its few labels stay text
        no_table = _no_table(table, settings, grid, ticks, panels, shapes, lines, marks)
        framed = _framed_text(grid, table, in_band, rules, panels, settings.tables)
        if framed or no_table:
            plots += [(grid, framed)] if no_table else []
            continue
        for k, i in enumerate(band):
            if k in rest:
                left[i] = rest[k]
            else:
                del left[i]
        tables.append((k, table))
    if charts is not None:
        charts += _chart_frames(plots, panels, ticks, settings.tables)
    return _in_grid_order(tables), [left[i] for i in sorted(left)]


def _in_grid_order(tables: list[tuple[int, Table]]) -> list[Table]:
    """The tables filled (_held_first's order), by the index of their grid."""
    return [table for _, table in sorted(tables, key=lambda kt: kt[0])]


def _held_first(grids: list) -> list[tuple[int, TableGrid]]:
    """The grids with their indices, each grid standing inside another's frame (a table nested in a cell of
    another: rules_to_cells._nested_apart) before the others, in their order: the nested table takes its lines,
    and the cell holding it keeps only its own (fill_tables gives the tables back in the grids' order)."""
    def held(g: TableGrid) -> bool:
        x0, y0, x1, y1 = g.bbox
        return any(h is not g and h.xs[0] < x0 and x1 < h.xs[-1] and h.ys[0] < y0 and y1 < h.ys[-1] for h in grids)
    return sorted(enumerate(grids), key=lambda kg: not held(kg[1]))


def _page_wide_notes(kept: list[Line], cuts: list[tuple[float, float]], page: Page, body_size: float,
                     known: set[tuple[int, int]], settings: Settings, low: list[Rule]) -> tuple[list[Line], list[list[Line]]]:
    """Notes set across the columns' width under a separator at the left of the page's foot
    (some note reaches across a gutter), and the lines above them by column; no notes, and
    the page's lines by column, when the notes (if any) sit at each column's own foot. `low`: the
    page's rules a separator may be (footnote_zone.low_rules)."""
    ruled = notes_under_a_long_rule(kept, low, body_size, settings.footnotes, settings.underlines)
    if ruled is not None and called_above(ruled[0], ruled[1][0], settings.footnotes):   # a note is called by its mark
        return ruled[1], split_at_gutters(ruled[0], cuts)
    columns = split_at_gutters(kept, cuts)
    if not cuts:
        return [], columns
    rule = separator(kept, low, page.height, body_size, known, settings.footnotes, settings.underlines)
    y = 0.0 if rule is None else (rule.y0 + rule.y1) / 2
    if rule is None or not any(ln.y0 >= y and spans_gutter(ln, cuts) for ln in kept):
        return [], columns
    known.add(shape(rule))
    text, notes = split_below(kept, rule, settings.footnotes)
    return notes, split_at_gutters(text, cuts)


def _text_band(page: Page, ms: Margins) -> tuple[float, float]:
    """The middle of the page's first and of its last line of text between its margins (a
    running head or a page number in a margin bounds nothing)."""
    lo, hi = page.height * ms.margin, page.height * (1 - ms.margin)
    mids = [m for m in ((ln.y0 + ln.y1) / 2 for ln in page.lines if ln.text.strip()) if lo <= m <= hi]
    return min(mids, default=hi), max(mids, default=lo)


def _same_columns(a: TableGrid, b: TableGrid, t: Tables) -> bool:
    return len(a.xs) == len(b.xs) >= 3 and all(abs(x - y) <= t.columns_match for x, y in zip(a.xs, b.xs))


def _open_sides(grid: TableGrid, lines: list[Line], t: Tables) -> tuple[bool, bool]:
    """Whether the grid is left open at its top, and at its foot (rules_to_cells.open_ends),
    with text standing in the open stretch: a row the page break cut."""
    x0, x1 = grid.xs[0], grid.xs[-1]

    def text_in(stretch: tuple[float, float] | None) -> bool:
        return stretch is not None and any(stretch[0] <= (ln.y0 + ln.y1) / 2 <= stretch[1] and ln.x1 > x0 and ln.x0 < x1
                                           for ln in lines if ln.text.strip())
    top, foot = open_ends(grid, t)
    return text_in(top), text_in(foot)


def _break_rule(grid: TableGrid, y: float) -> Rule:
    return Rule(grid.xs[0], y, grid.xs[-1], y, min(v.width for v in grid.verticals))


def _titled_runs(doc: SourceDoc, running: set[str], grids: dict[int, RawGrids], body_size: float,
                 settings: Settings) -> dict[int, set[str]]:
    """Per page, the running rows read there as a continued table's title (furniture.continued_titles), each page's
    first grid its edges and top, a title's type larger than the body."""
    if not running:
        return {}
    firsts = {n: (raw.grids[0].xs[0], raw.grids[0].xs[-1], raw.grids[0].ys[0]) for n, raw in grids.items() if raw.grids}
    return continued_titles(doc, settings.margins, running, firsts, body_size + settings.typography.larger,
                            settings.tables.columns_match)


def page_breaks(doc: SourceDoc, grids_of: dict[int, list[TableGrid]], settings: Settings) -> dict[int, list[Rule]]:
    """The rules a page break draws. Convention (a table broken across pages, as Word sets a
    comparison table, 新旧対照表, whose one row runs on over many pages): the last grid of a page
    runs to the foot of the page's text, the next page's first grid starts above its first line
    of text, both have the same column edges (two columns at least), and at the break one of
    them is left open (no rule across its columns): one table, its open side closed by the break
    (a row that runs on, not a row of its own). A grid open at a break is no table alone.
    grids_of: each page's raw_grids of its table rules (read_page finds its tables in the same
    grids where no break is drawn on the page)."""
    t = settings.tables
    ends: dict[int, tuple[TableGrid | None, TableGrid | None]] = {}
    sides: dict[int, tuple[bool, bool]] = {}
    for page in doc.pages:
        grids = grids_of[page.number]
        top, foot = _text_band(page, settings.margins)
        first = grids[0] if grids and grids[0].ys[0] <= top else None
        last = grids[-1] if grids and grids[-1].ys[-1] >= foot else None
        ends[page.number] = (first, last)
        sides[id(first)] = _open_sides(first, page.lines, t) if first else (False, False)
        sides[id(last)] = _open_sides(last, page.lines, t) if last else (False, False)
    out: dict[int, list[Rule]] = {}
    for page in doc.pages:
        last, first = ends[page.number][1], ends.get(page.number + 1, (None, None))[0]
        if last is None or first is None or not _same_columns(last, first, t):
            continue
        foot_open, top_open = sides[id(last)][1], sides[id(first)][0]
        if foot_open:
            out.setdefault(page.number, []).append(_break_rule(last, last.ys[-1]))
        if top_open:
            out.setdefault(page.number + 1, []).append(_break_rule(first, first.ys[0]))
    return out


def _mark_breaks(tables: list[Table], breaks: Sequence[Rule], snap: float) -> None:
    """Tables closed by a page break (page_breaks) at their top or foot say so."""
    for table in tables:
        table.open_top = any(abs(b.y0 - table.y0) <= snap and b.x0 < table.x1 and b.x1 > table.x0 for b in breaks)
        table.open_foot = any(abs(b.y0 - table.y1) <= snap and b.x0 < table.x1 and b.x1 > table.x0 for b in breaks)


def _notes_out(kept: list[Line], cuts: list[tuple[float, float]], page: Page, body_size: float,
               known: set[tuple[int, int]], settings: Settings,
               tables: Sequence[tuple[float, float, float, float]] = ()) -> tuple[list[Line], list[Line]]:
    """The page's notes (set under all its columns, or at each column's own foot) and the
    lines above them; `tables`: the boxes of the page's ruled tables (small type over one heads it)."""
    fn = settings.footnotes
    low = low_rules(page.rules, page.height, fn)   # where a separator may be: found once for all the columns
    notes, columns = _page_wide_notes(kept, cuts, page, body_size, known, settings, low)
    page_wide = bool(notes)
    body: list[Line] = []
    for column in columns:   # each column's footnotes at its own foot
        text = column   # (the notes set under all the columns are out already)
        if not page_wide:
            rule = separator(column, low, page.height, body_size, known, fn, settings.underlines)
            text, small = split_below(column, rule, fn) if rule is not None \
                else split_footnotes(column, body_size, fn, page.pictures, tables)
            if rule is not None:
                known.add(shape(rule))
            small, together = run_together_notes(small, body_size, fn)   # (the lead-in stays in the notes)
            notes += small + together
        text, starred = starred_notes(text, body_size, fn)
        text, together = run_together_notes(text, body_size, fn)
        notes += starred + together
        body += text
    return notes, body


def _mark_panels(text_lines: list[TextLine], main: list[TextLine], page: Page,
                 columns: tuple[tuple[float, float], ...], right: float, settings: Settings) -> None:
    """The lines alone on a band or in a frame of their own (typography.mark_panels), each
    measured against its column: on a page in one column, from the running text's (`main`)
    left edge to its right."""
    rounded = [box for kind, box in page.shapes if kind == "rounded"]
    if page.panels or rounded:
        left = min((t.x0 for t in main), default=0.0)
        mark_panels(text_lines, page.panels, columns or ((left, right),), settings.headings, rounded, page.rules)


def _stacked_rows(grids: list[TableGrid], lines: list[Line], t: Tables) -> list[TableGrid]:
    """Convention: rows framed one by one (each row its own frame or set of boxes, as text
    boxes or strips of a chart are drawn), with the same columns and stacked closer than
    `stack_gap` with no text between them, are one table; the gap goes to the lower row (its
    top is the upper row's foot), no row of its own."""
    out: list[TableGrid] = []
    for g in sorted(grids, key=lambda g: g.ys[0]):
        prev = out[-1] if out else None
        if prev is not None and _same_columns(prev, g, t) and 0.0 <= g.ys[0] - prev.ys[-1] < t.stack_gap \
                and not any(prev.ys[-1] < (ln.y0 + ln.y1) / 2 < g.ys[0] and ln.x1 > g.xs[0] and ln.x0 < g.xs[-1]
                            for ln in lines if ln.text.strip()):
            out[-1] = TableGrid(prev.xs, prev.ys + g.ys[1:], prev.verticals + g.verticals, prev.horizontals + g.horizontals)
        else:
            out.append(g)
    return out


def _rule_over(grid: TableGrid, page: Page, size: float, t: Tables) -> Rule | None:
    """The lowest drawn line across the grid's width, at most `names_over` em of `size` above
    its top and further than a sliver (`min_cell`) from it."""
    x0, top, x1, _ = grid.bbox
    over = [r for r in page.rules if r.horizontal and top - t.names_over * size <= r.y1 < top - t.min_cell
            and min(r.x1, x1) - max(r.x0, x0) >= t.covered * (x1 - x0)]
    return max(over, key=lambda r: r.y1, default=None)


def _column_of(line: Line, xs: tuple[float, ...], snap: float) -> int:
    """The column the line sits within, -1 where it crosses a column's side."""
    return next((c for c, (a, b) in enumerate(zip(xs, xs[1:])) if a - snap <= line.x0 and line.x1 <= b + snap), -1)


def _ruled_between(page: Page, y0: float, y1: float, x0: float, x1: float, t: Tables) -> bool:
    """A vertical line crosses the band y0..y1 (over more than a sliver, `min_cell`) inside
    x0..x1: the lines set in the band are ruled between (a values row under a band of names,
    the band's column rule run on through it), not names over a frame."""
    return any(not r.horizontal and x0 + t.snap < r.x0 < x1 - t.snap and min(r.y1, y1) - max(r.y0, y0) > t.min_cell
               for r in page.rules)


def _names_over(grid: TableGrid, page: Page, t: Tables) -> TableGrid:
    """Convention: a header row ruled above and below but not between its names (the table's
    frame and column rules start under it, and no vertical line crosses the band of names:
    `_ruled_between`): a rule across the table's width, at most `names_over` em above its top,
    and between the two only lines that each sit within one column, every column of two or
    more named. The names become the grid's first row, its columns those of the frame."""
    x0, top, x1, _ = grid.bbox
    names = [ln for ln in page.lines if ln.text.strip() and ln.y1 <= top and ln.x1 > x0 and ln.x0 < x1]
    rule = _rule_over(grid, page, max((ln.size for ln in names), default=0.0), t) if len(grid.xs) >= 3 else None
    if rule is None or _ruled_between(page, rule.y1, top, x0, x1, t):
        return grid
    columns = {_column_of(ln, grid.xs, t.snap) for ln in names if ln.y0 >= rule.y1}
    if -1 in columns or len(columns) != len(grid.xs) - 1:
        return grid
    y = (rule.y0 + rule.y1) / 2
    sides = tuple(Rule(x, y, x, top, rule.width) for x in grid.xs)
    return TableGrid(grid.xs, (y,) + grid.ys, grid.verticals + sides, grid.horizontals + (Rule(x0, y, x1, y, rule.width),))


def _text_box_under(grid: TableGrid, lines: Sequence[Line], settings: Settings) -> TableGrid:
    """Convention (minutes written on a form and scanned: the header table 日時 | 場所 | 出席者 | 配布資料, and the page's
    frame run on from the table's sides round the minutes under it — a page's border, a box of text): a table whose
    rows are each divided by its column rules but the last, one cell across every column, which holds more than
    `page_text_share` of its page's lines of text (`lines`: the page's) and `text_box_rows` of them or more running
    to its side (within `headings.edge` of it: paragraphs set across the box), is a table over a box of the page's
    running text. The box is no row: the table ends at its top, and its lines are the page's text (its headings, its
    paragraphs). A form's last field of one cell under fields of one cell (記入欄 stacked down a page) is a row: its
    rows above are no table's columns; so is a paste field (貼付欄) holding framed specimens, whose lines run to no
    side of it; a notes row under a table (留意事項) holds fewer of the page's lines."""
    t = settings.tables
    if not _last_row_across(grid, t):
        return grid
    texts = [ln for ln in lines if ln.text.strip()]
    x0, y0, x1, y1 = grid.xs[0], grid.ys[-2], grid.xs[-1], grid.ys[-1]
    boxed = [ln for ln in texts if x0 <= (ln.x0 + ln.x1) / 2 <= x1 and y0 <= (ln.y0 + ln.y1) / 2 <= y1]
    across = [ln for ln in boxed if x1 - ln.x1 <= settings.headings.edge * ln.size]
    if len(boxed) <= t.page_text_share * len(texts) or len(across) < t.text_box_rows:
        return grid
    return TableGrid(grid.xs, grid.ys[:-1], grid.verticals, grid.horizontals)


def _last_row_across(grid: TableGrid, t: Tables) -> bool:
    """The grid's last row is one cell across its columns, two or more, which divide every row above it (_text_box_under)."""
    ncols, last = len(grid.xs) - 1, len(grid.ys) - 2
    if ncols < 2 or last < 1:
        return False
    cells = merged_cells(grid, t) if grid.cells is None else list(grid.cells)
    return (last, 0, 1, ncols) in cells and not any(cs == ncols for r, _, _, cs in cells if r < last)


def _boxed_titles_out(figures: list, rules: list[Rule], page: Page, settings: Settings) -> list:
    """The figures but those that a boxed title's frame alone makes one. Convention (a word
    processor's shaded paragraph with a boxed title on it, 囲み見出し on a tinted band: the frame is
    the title's, typography.boxed_frames): a shaded panel whose only drawn lines frame a title
    is running text on a band, no figure; read without those frames, it is none."""
    if not figures:
        return figures
    inside = [(t, sides) for t, sides in boxed_frames(page.lines, page.rules, settings.headings)
              if any(_encloses(f, t) for f in figures)]
    if not inside:   # most pages: no boxed title in a figure
        return figures
    frames = {(r.x0, r.y0, r.x1, r.y1) for _, sides in inside for r in sides}
    kept = grids_and_figures([r for r in rules if (r.x0, r.y0, r.x1, r.y1) not in frames], settings.tables)[1]
    return [f for f in figures if f in kept or not any(_encloses(f, t) for t, _ in inside)]


def _encloses(box: tuple[float, float, float, float], line: Line) -> bool:
    x0, y0, x1, y1 = box
    return x0 <= line.x0 and line.x1 <= x1 and y0 <= line.y0 and line.y1 <= y1


def _page_tables(page: Page, settings: Settings, breaks: Sequence[Rule]
                 ) -> tuple[list[Table], list[Line], list[Furniture], list]:
    """The page's tables filled (those closed by a page break marked so), the lines they left,
    the stamps framed as tables, and the figures. The page's grids, ruled tables and figures are those read off its
    table rules with the page (Page.grids: page_breaks read the same grids, and so does the cover on its first
    pages); they are found again only with the rules its page breaks add."""
    rules, ruled = page.table_rules, grids_of(page, settings.tables)
    grids, figures = grids_and_figures(rules + list(breaks), settings.tables) if breaks else (ruled.tables, list(ruled.figures))
    figures = _boxed_titles_out(figures, rules + list(breaks), page, settings)
    grids, steps = flow_steps(grids, page.shapes, settings.tables)
    grids, blocks = block_diagrams(grids, page.shapes, rules, settings.tables)
    figures += steps + blocks + diagrams(page.shapes + [("framed", box) for box in page.panels], settings.tables)   # boxes square or rounded
    figures += asides(ruled.raw.grids, page.lines, settings.tables) + picture_tags(page.pictures, page.shapes, settings.tables)
    grids = [_text_box_under(_names_over(g, page, settings.tables), page.lines, settings)
             for g in _stacked_rows(grids, page.lines, settings.tables)]
    tables, lines = fill_tables(grids, list(page.lines), page.number, settings, figures, rules, page.panels,
                                [box for kind, box in page.shapes if kind in ("callout", "note")], [box for _, box in page.shapes])
    tables, stamps = stamp_tables(tables, page, settings.margins)
    _mark_breaks(tables, breaks, settings.tables.snap)
    return tables, lines, stamps, figures


def _page_gutters(kept: list[Line], page: Page, body_size: float, settings: Settings,
                  spread: tuple[float, float] | None, bars: list[Rule]) -> list[tuple[float, float]]:
    """The page's gutters: those its column rules draw (reading_order.ruled_gutters: where rules
    are drawn between the columns, they are the columns, whatever strips a list of amounts leaves
    inside one), else those its text leaves (reading_order.gutters); where it has none, on a 2-up
    spread, whose halves are two pages, its middle (`spread`: furniture.spread_gutter, found once per
    page by build_flow): the left page read, then the right. bars: the page's row_bars (read_page's, read once)."""
    cuts = ruled_gutters(kept, page.rules, body_size, settings.columns) or gutters(kept, body_size, settings.columns) \
        or ruled_block_gutters(kept, bars, body_size, settings.columns)
    return [spread] if spread and not cuts else cuts


def _taken_out(page: Page) -> list[Furniture]:
    """What the layout stage took out of the page's text, kept as its furniture: the copies of glyphs
    struck again (overprint, one text a page) and the marks an OCR made of dirt (ocr_speck, one a line)."""
    return [Furniture(page.number, "overprint", t) for t in page.overprints] \
        + [Furniture(page.number, "ocr_speck", t) for t in page.specks]


def _underline_bands(page: Page, table_boxes: list[tuple[float, float, float, float]], figures: list,
                     settings: Settings) -> RuleBands:
    """The page's rules that may underline a line, by height: all but those drawn along the top of a
    table (`table_boxes`), a frame or a figure's grid (rules_to_cells.top_sides: the line standing on such a rule — a
    table's caption, a label over a framed box — is set on the grid, not underlined)."""
    closing = top_sides(page.rules, table_boxes + page.panels + figures,
                        settings.tables.snap, settings.underlines.thickness)
    return RuleBands([r for r in page.rules if id(r) not in closing] if closing else page.rules, settings.underlines.thickness)


def read_page(page: Page, body_size: float, running: set[str], column_x: float | None,
              settings: Settings, separators: set[tuple[int, int]] | None = None, deck: bool = False,
              tabs: set[str] | None = None,
              breaks: Sequence[Rule] = (), spread: tuple[float, float] | None = None,
              seen_gutters: set[tuple[float, float]] | None = None) -> PageRead:
    """One page: tables filled, furniture out, footnotes split off (below a separator rule, or
    small type at the foot), lines joined (within a column), items in reading order
    (extractors/reading_order.py). separators: the shapes of the separators met so far (the
    page adds its own). On a slide of a deck, notes are small beside the slide's own text (its
    body size, not the deck's: a slide of 13 pt table rows holds no notes in 13 pt). breaks: the rules its page
    breaks draw;
    spread: the middle of a 2-up spread (furniture.spread_gutter), None for any other page;
    seen_gutters: the gutters the pages before showed (reading_order.known_gutter; the page adds its own)."""
    fn = settings.footnotes
    known = set() if separators is None else separators
    kept_lines, glosses, glossing = ruby(page, settings.margins)   # ruby is no text, in a table's cell too
    page = replace(page, lines=kept_lines) if glosses else page
    tables, lines, stamps, figures = _page_tables(page, settings, breaks)
    kept, furniture, aside = take_furniture(lines, page, running, column_x, settings.margins, tabs)
    furniture = stamps + furniture + glosses + _taken_out(page)
    aside += glossing
    # the rules ruling rows apart, read once: the gutters they leave (ruled_block_gutters), the lists they rule
    bars = row_bars(page.rules, settings.columns.min_gap * body_size, settings.columns.rule_touch)
    cuts = _page_gutters(kept, page, body_size, settings, spread, bars)
    kept = cut_at_gutters(kept, cuts)
    table_boxes = [(t.x0, t.y0, t.x1, t.y1) for t in tables]   # (the notes' and the underlines' question)
    notes, body = _notes_out(kept, cuts, page, slide_body(kept, body_size) if deck else body_size, known, settings,
                             table_boxes)
    # notes set across the foot of a page in two columns close its gutter: once they are out, the
    # columns above them show (the running text's type only)
    cuts = _body_cuts(cuts, body, body_size, settings, None if spread else seen_gutters)
    sides = side_note_gutters(body, page.rules, body_size, settings.columns, settings.typography.main_text_share)
    cuts = sorted(cuts + sides)
    joined: list[Line] = []
    for column in split_at_gutters(merge_fragments(body, settings.typography, settings.joining, cuts), cuts):
        joined += attach_raised(column, fn)
    bands = _underline_bands(page, table_boxes, figures, settings)
    text_lines = sorted((to_text_line(l, bands, settings) for l in joined), key=lambda t: t.y0)
    _mark_side_notes(text_lines, sides, body_size * settings.typography.main_text_share, page.width)
    _mark_callout_words(text_lines, page.shapes)
    text_lines = _trim_blank_ends(text_lines)
    main = [t for t in text_lines if not t.blank and t.size >= body_size * settings.typography.main_text_share]
    columns = _columns(text_lines, cuts)
    right = _measure_right(main, [] if columns else tables, page.width, settings.columns.table_reach * body_size)
    _mark_panels(text_lines, main, page, columns, right, settings)
    _mark_figure_words(text_lines, figures, page, settings)   # (after the panels: a tab on a frame is none)
    mark_ruled_rows(text_lines, bars, settings.headings)
    mark_boxed(text_lines, page.rules, settings.headings)
    items = side_notes_after_their_sentence(in_reading_order(text_lines + tables, cuts, body_size, settings.columns.slack,
                                                             _text_boxes(page), settings.columns.box_reach,
                                                             (settings.columns.note_block_gap, settings.columns.note_size)),
                                            settings.columns.side_note_gap)
    footnotes, before = parse_footnotes(notes, page.number, fn)
    return PageRead(items, footnotes, furniture, right if len(main) > settings.columns.few_lines else 0.0, columns,
                    aside + [(ln, "footnote") for ln in notes], [to_text_line(ln, bands, settings) for ln in before])


def _run_on(read: PageRead, footnotes: list[Footnote], items: list) -> None:
    """The lines under a page's footnote separator before its first note run on the last note of an earlier
    page. Convention (a typeset exam: a small truth table's header rule taken for a separator, the next
    question under the table, no note anywhere before it): with no note before them they run on to nothing
    and are the page's own text, its last items — never dropped (they were: letters in no dataset)."""
    text = join_lines([t.source.text for t in read.run_on])
    if text and footnotes:
        last = footnotes[-1]
        footnotes[-1] = Footnote(last.number, last.page, join_lines([last.text, text]))
    elif text:
        items.extend(sorted(read.run_on, key=lambda t: t.y0))


def _measure_right(main: list[TextLine], tables: list[Table], width: float, reach: float) -> float:
    """The right edge of a page's running text: its lines' furthest, and on a page of one column its tables'
    where one set across the column runs further than a line's ragged end (past the lines by more than `reach`,
    in points): a table is set in the text's measure — a slide's lines wrapped short of the table set across
    it, a title centred over both centred on the table's span, as on a page of tables alone (_measured_by_tables).
    Convention (a budget overview typed in Word: its rows padded with spaces to the amounts set flush right, some
    padded on past the margin to the paper's edge): a line's reach is where its letters end (line_roles.letters_right),
    its trailing white no part of the measure."""
    right = max(map(letters_right, main), default=width)
    return max([right, *(t.x1 for t in tables if t.x0 < right and t.x1 > right + reach)]) if main else right


def _text_boxes(page: Page) -> list[Box]:
    """The boxes text may be set in (reading_order.box_by_box): the page's panels (filled boxes, stroked
    rectangles) and its figure shapes (rounded boxes, arrows, callouts)."""
    return page.panels + [box for _, box in page.shapes]


def _mark_side_notes(text_lines: list[TextLine], sides: list[tuple[float, float]], small: float, width: float) -> None:
    """The lines beyond a side-note gutter (reading_order.side_note_gutters), in type smaller than `small`, on
    the margin's side of it (a left margin's gutter in the page's left half), are side notes (TextLine.side_note)."""
    for t in text_lines:
        if in_side_margin(t.x0, t.x1, t.size, sides, small, width):
            t.side_note = True


def _mark_callout_words(text_lines: list[TextLine], shapes: Sequence[tuple[str, Box]]) -> None:
    """Convention (a form's 記載例: an explanation in a text box with a dashed border and a pointer, laid beside
    the form's title or over its ledger): the words inside such a box (layout's "note" shape: the line's middle
    within it) are a note on the page, as a side note is (TextLine.side_note): a paragraph of their own, never run
    into the text they stand beside (the form's title, a field under it)."""
    callouts = [box for kind, box in shapes if kind == "note"]
    if not callouts:
        return
    for t in text_lines:
        x, y = (t.x0 + t.x1) / 2, (t.y0 + t.y1) / 2
        if not t.blank and any(c[0] <= x <= c[2] and c[1] <= y <= c[3] for c in callouts):
            t.side_note = True


def _columns(text_lines: list[TextLine], cuts: list[tuple[float, float]]) -> tuple[tuple[float, float], ...]:
    """The (left, right) of the page's columns (reading_order.column_bounds), each line's column kept
    on it (TextLine.column): decided here once, the stages after read it (Flow.bounds, Flow.across_gutter)."""
    columns, where = column_bounds(text_lines, cuts)
    for t, col in zip(text_lines, where):
        t.column = col
    return columns


def _body_cuts(cuts: list[tuple[float, float]], body: list[Line], body_size: float, settings: Settings,
               seen: set[tuple[float, float]] | None) -> list[tuple[float, float]]:
    """The page's gutters once its notes are out: those found before (`cuts`), else those its running
    text shows (reading_order.gutters), else one the pages before showed that it leaves open
    (reading_order.known_gutter; `seen`, which the page's own join: None on a 2-up spread's page)."""
    cuts = cuts or gutters(body, body_size, settings.columns, settings.typography.main_text_share)
    if seen is None:
        return cuts
    cuts = cuts or known_gutter(body, seen, body_size, settings.typography.larger, settings.columns)
    seen.update((a, b) for a, b in cuts)
    return cuts


def _measured_by_tables(flow: Flow) -> None:
    """Convention (a budget book, 予算書: tables from cover to end, no running text — typography.running_style):
    a page's measure is its tables' span, where the text would run — a title centred over the page's table
    (歳入歳出予算事項別明細書) is centred on it, a caption flush with its left edge is not."""
    spans: dict[int, tuple[float, float]] = {}
    for t in flow.items:
        if isinstance(t, Table):
            x0, x1 = spans.get(t.page, (t.x0, t.x1))
            spans[t.page] = (min(x0, t.x0), max(x1, t.x1))
    for page, (x0, x1) in spans.items():
        flow.text_left[page], flow.right_edge[page] = x0, x1


def _usual_edges(right_edge: dict[int, float], doc: SourceDoc) -> None:
    """A page of a few lines (a section's tail, a page of figures) ends its lines where its text
    ends, not at the edge of the running text: the document's usual edge (the median of the
    pages that have one) holds there, the page's width where none has."""
    edges = sorted(e for e in right_edge.values() if e)
    widths = {page.number: page.width for page in doc.pages}
    for number, edge in right_edge.items():
        if not edge:
            right_edge[number] = edges[len(edges) // 2] if edges else widths[number]


def positioned_pages(flow: Flow) -> frozenset[int]:
    """The pages whose paragraphs are read by position (Flow.positioned). Convention (a layer that places
    each line and writes nothing between: an OCR layer over a scan, Flow.ocr_pages; a word processor that
    sets its indents and blank lines by where it places a line, 一太郎): no blank line and no line opening
    with a space anywhere in the document's text, so where a paragraph ends is said only by a gap wider than
    the line pitch or a first line set in (字下げ). A slide deck's text is in boxes, no running paragraphs:
    none of its pages is read so."""
    if flow.deck:
        return flow.ocr_pages
    lines = [it for it in flow.items if isinstance(it, TextLine) and it.page not in flow.ocr_pages]
    if any(ln.blank or ln.text[:1].isspace() for ln in lines):
        return flow.ocr_pages
    return flow.ocr_pages | frozenset(ln.page for ln in lines)


def build_flow(doc: SourceDoc, settings: Settings = DEFAULT) -> Flow:
    """The document's pages read one by one and joined into one flow."""
    body_size, body_font = document_body(doc, settings.typography)
    items: list = []
    footnotes: list[Footnote] = []
    right_edge: dict[int, float] = {}
    columns: dict[int, tuple[tuple[float, float], ...]] = {}
    furniture: list[Furniture] = []
    aside: list[tuple[Line, str]] = []
    deck = slide_deck(doc, body_size, settings)
    # a 2-up spread's middle, found once per page: the page's gutters and a deck's slide titles read it
    spreads = {page.number: spread_gutter(page, settings.margins) for page in doc.pages}
    titles = slide_titles(doc, body_size, settings, spreads) if deck else {}
    running, column_x = running_lines(doc, settings.margins, titles, deck), line_number_column(doc, settings.margins)
    tabs = thumb_tabs(doc, settings.margins)
    separators: set[tuple[int, int]] = set()
    grids = {page.number: grids_of(page, settings.tables).raw for page in doc.pages}
    breaks = page_breaks(doc, {number: raw.grids for number, raw in grids.items()}, settings)
    titled = _titled_runs(doc, running, grids, body_size, settings)
    seen_gutters: set[tuple[float, float]] = set()
    for page in doc.pages:   # each page's grids found once: by page_breaks, and its tables where no break is drawn
        read = read_page(page, body_size, running - titled.get(page.number, set()), column_x, settings, separators, deck, tabs,
                         breaks.get(page.number, ()), spreads[page.number], seen_gutters)
        items.extend(read.items)
        _run_on(read, footnotes, items)
        footnotes.extend(read.footnotes)
        furniture += read.furniture
        aside += read.aside
        right_edge[page.number] = read.right_edge
        if read.columns:
            columns[page.number] = read.columns
    items, gathered, noted = endnotes(items, footnotes, settings.footnotes)   # notes gathered after the text
    if gathered:
        footnotes = sorted(footnotes + gathered, key=lambda f: f.page)
        aside += [(ln, "footnote") for ln in noted]
    _usual_edges(right_edge, doc)
    heights = {p.number: p.height for p in doc.pages}
    body_size, body_font, tabled = running_style(items, (body_size, body_font), settings.typography.body_line_letters,
                                                 heights, settings.typography.body_area, settings.typography.running_lines,
                                                 settings.typography.title_page_lines)
    flow = Flow(doc.name, items, footnotes, body_size, body_font, right_edge, furniture, find_contents(items, settings.typography.near_size, body_size), columns,
                settings, deck=deck, page_heights=heights,
                slide_titles=titles, ocr_pages=frozenset(p.number for p in doc.pages if p.ocr),
                handouts=handout_pages(doc, settings.margins))
    flow.positioned = positioned_pages(flow)
    flow.page_faces = page_faces(items, body_font, settings.typography)   # the roles judge a line's face against its page's
    flow.text_left = text_left(flow)   # the roles and the headings read it: found once
    if tabled:
        _measured_by_tables(flow)
    flow.roles, flow.set_aside = line_roles(flow), aside
    flow.gothic_titles = gothic_titles(flow)
    return flow
