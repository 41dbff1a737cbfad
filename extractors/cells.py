"""Fill the cells of a table grid with the page's glyphs, and take those glyphs out of the
page's text flow. A glyph belongs to the cell that holds its centre, a cell's side being the
middle of the rule drawn there (`ink_middles`)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.rules_to_cells import TableGrid, header_corners, merged_cells
from extractors.geometry import baseline_rows, down_columns
from extractors.numbering import CARD_FIELD
from extractors.records import Cell, Line, Row, Rule, Span, Table
from extractors.settings import Layout, Tables


def _clip_span(span: Span, keep: list[int]) -> Span:
    text = "".join(span.text[i] for i in keep)
    boxes = tuple(span.char_boxes[i] for i in keep)
    return Span(text, span.font, span.size, boxes[0][0], span.y0, boxes[-1][2], span.y1, span.baseline, boxes,
                span.bold)


def cell_lines(spans: list[Span], ls: Layout) -> list[str]:
    """Visual lines of a cell, top to bottom: spans on one baseline joined left to right; a cell written down in
    columns (_written_down), its columns right to left. Read once here for a cell as filled (fill_table) and for the
    cells a merged cell joins (ruled_tables._cell_text)."""
    return _written_down(spans, ls) or ["".join(s.text for s in row) for row in baseline_rows(spans, ls)]


def _written_down(spans: list[Span], ls: Layout) -> list[str]:
    """Convention (a table's head written down, 縦書き, in a narrow column of the header: 例示機関へ送付 down its right
    and 又は連絡 down its left, one glyph a row, as Word sets a vertical text box): a cell whose every glyph stands alone
    on its piece, no figure among them, read into columns as every column written down is (geometry.down_columns: the
    cell bounds them, a short column spread down its height), in
    two columns or more, the tallest holding `upright_glyphs` glyphs at least — more than a letter-spaced word over
    another —, reads its columns right to left, each top to bottom: one line a column. Returns those lines, or []
    (most cells: the first glyph that is no lone letter ends the look)."""
    glyphs = [s for s in spans if s.text.strip()]
    if len(glyphs) < ls.upright_glyphs or any(len(g.text.strip()) != 1 or g.text.strip().isdigit() for g in glyphs):
        return []
    columns = down_columns([((g.x0, g.y0, g.x1, g.y1), g.size) for g in glyphs], ls, bounded=True)
    if len(columns) < 2 or max(map(len, columns)) < ls.upright_glyphs:
        return []
    columns.sort(key=lambda c: glyphs[c[0]].x0 + glyphs[c[0]].x1, reverse=True)
    return ["".join(glyphs[k].text.strip() for k in c) for c in columns]


def _mid(box: tuple[float, float, float, float]) -> float:
    return (box[0] + box[2]) / 2


def _place_span(span: Span, xs: tuple[float, ...], row: list[list[Span]]) -> None:
    """Put a span in the cell (of one row) that holds its glyphs' centres; a span that crosses
    a column rule is cut into one piece per cell. A glyph whose centre lies beyond the table's
    outer side (a line that runs on across the frame) goes to the cell at that side: every
    letter lands somewhere."""
    mid0, mid1 = _mid(span.char_boxes[0]), _mid(span.char_boxes[-1])
    if xs[0] <= mid0 <= mid1 <= xs[-1]:
        c0 = max(bisect_left(xs, mid0) - 1, 0)
        if c0 == max(bisect_left(xs, mid1) - 1, 0):   # the usual case: one span, one cell
            row[c0].append(span)
            return
    per_col: dict[int, list[int]] = {}
    for i, box in enumerate(span.char_boxes):
        mid = min(max(_mid(box), xs[0]), xs[-1])   # the first column band holding mid
        per_col.setdefault(max(bisect_left(xs, mid) - 1, 0), []).append(i)
    for c, keep in per_col.items():
        row[c].append(_clip_span(span, keep))


def beside(line: Line, x0: float, x1: float) -> tuple[list[Span], list[Span]]:
    """A line's spans cut at the table's outer sides: the pieces whose glyph centres lie within
    the frame, and those outside it (text beside the table that the layout ran into one line
    with a cell's text)."""
    if all(x0 <= _mid(s.char_boxes[0]) and _mid(s.char_boxes[-1]) <= x1 for s in line.spans if s.char_boxes):
        return line.spans, []
    inside: list[Span] = []
    outside: list[Span] = []
    for span in line.spans:
        if not span.char_boxes:
            inside.append(span)
            continue
        keep: list[int] = []
        out: list[int] = []
        for i, b in enumerate(span.char_boxes):
            (keep if x0 <= _mid(b) <= x1 else out).append(i)
        if keep:
            inside.append(span if not out else _clip_span(span, keep))
        if out:
            outside.append(span if not keep else _clip_span(span, out))
    return inside, outside


def ink_middles(bounds: tuple[float, ...], rules: tuple[Rule, ...], vertical: bool, row_snap: float,
                lo: float, hi: float) -> tuple[float, ...]:
    """Each boundary of a grid where the ink of its rule is centred (convention: a cell's side
    is the middle of the rule drawn there). A boundary stands at its rule's first edge (a
    rule's x0 or y0); a stroked line lies on its path, so that is its middle, but a rule drawn
    as a thin filled bar (some spreadsheet exports draw every border so) reaches the bar's
    width past it, and a letter cut off by the bar (text clipped at its cell's side, a word
    too long for its column) has its centre between the bar's first edge and its middle: it is
    the cell's before the bar, as a reader sees it, not the start of the next cell's text. The
    bar is the one nearest the boundary (within row_snap) along the grid's extent (lo to hi
    across it); a boundary of stroked lines only stays where it is."""
    def bar(r: Rule) -> bool:
        thick, start, end = (r.x1 - r.x0, r.y0, r.y1) if vertical else (r.y1 - r.y0, r.x0, r.x1)
        return thick > 0 and start < hi and end > lo

    def pos(r: Rule) -> float:
        return r.x0 if vertical else r.y0

    bars = [r for r in rules if bar(r)]
    out = []
    for b in bounds:
        near = [r for r in bars if abs(pos(r) - b) <= row_snap]
        r = min(near, key=lambda r: abs(pos(r) - b)) if near else None
        out.append(b if r is None else ((r.x0 + r.x1) / 2 if vertical else (r.y0 + r.y1) / 2))
    return tuple(out)


def fill_table(grid: TableGrid, lines: list[Line], page: int, ls: Layout, t: Tables) -> tuple[Table, dict[int, Line]]:
    """The table with its cells filled, and what it left of the lines (by their index in
    `lines`): a line outside it whole, the piece beside its frame of a line it took in part."""
    x0, y0, x1, y1 = grid.bbox
    nrows = len(grid.ys) - 1
    buckets: list[list[list[Span]]] = [[[] for _ in range(len(grid.xs) - 1)] for _ in range(nrows)]
    rest: dict[int, Line] = {}
    sides_x = ink_middles(grid.xs, grid.verticals, True, t.row_snap, y0, y1)     # where glyphs are sorted
    sides_y = ink_middles(grid.ys, grid.horizontals, False, t.row_snap, x0, x1)  # into cells; the grid stays
    for k, line in enumerate(lines):
        cy = (line.y0 + line.y1) / 2
        if not (y0 <= cy <= y1 and line.x1 > x0 and line.x0 < x1):
            rest[k] = line
            continue
        inside, outside = beside(line, x0, x1)
        if outside:   # a label set on the table's row but outside its frame (4月 left of a calendar) stays text
            rest[k] = Line(line.page, outside, outside[0].x0, line.y0, outside[-1].x1, line.y1, line.slanted,
                             line.annotation)
        for span in inside:   # each span in the row band holding its centre: one text line
            mid = (span.y0 + span.y1) / 2   # of the layout may reach across a row rule
            r = min(max(bisect_left(sides_y, mid) - 1, 0), nrows - 1)
            _place_span(span, sides_x, buckets[r])
    for r, c in header_corners(grid, t):   # a header L's corner: its text is the header's (rules_to_cells.header_corners)
        buckets[r - 1][c] += buckets[r][c]
        buckets[r][c] = []
    rows = [Row(page, grid.ys[r], grid.ys[r + 1], [Cell(cell_lines(b, ls), b) for b in buckets[r]])
            for r in range(nrows)]
    merged = merged_cells(grid, t) if grid.cells is None else list(grid.cells)   # closed_parts found a whole grid's
    return Table(page, x0, y0, x1, y1, list(zip(grid.xs, grid.xs[1:])), rows, None, merged), rest


def filled_share(table: Table) -> float:
    """Share of the table's cells as drawn (a merged cell once) that hold any glyph."""
    cells = table.cells_as_drawn()
    filled = sum(1 for r, c, rs, cs in cells
                 if any(table.rows[rr].cells[cc].spans for rr in range(r, r + rs) for cc in range(c, c + cs)))
    return filled / len(cells) if cells else 0.0


def _holds_text(table: Table, cell: tuple[int, int, int, int]) -> bool:
    r, c, rs, cs = cell
    return any(s.text.strip() for rr in range(r, r + rs) for cc in range(c, c + cs) for s in table.rows[rr].cells[cc].spans)


def boxes_apart(table: Table) -> bool:
    """Two or more cells hold text and no two of them share a side: framed boxes of a figure,
    an arrow, a gap or a box's shadow between any two of them (boxes joined by arrows are no
    table). A table's cells stand side by side (a header over its column, a label beside its
    value); a table's fragment on the next page may hold one cell of text."""
    filled = [cell for cell in table.cells_as_drawn() if _holds_text(table, cell)]
    return len(filled) >= 2 and not _side_by_side(filled)


def every_side_drawn(table: Table, ruled: "Ruling", snap: float, row_snap: float) -> bool:
    """Convention (a form's boxes: a title row over a label and a blank to fill in, 第１受報者 over 機関名 | ＿＿, the two
    words meeting at a corner only): every cell as drawn has its four sides drawn — a rule running along each side
    over its middle (`ruled`: the grid's rules) —, one closed grid, a table whatever cells hold text. A figure's
    boxes (boxes_apart) stand apart, a gap or an arrow between them, no rule drawn there."""
    for r, c, rs, cs in table.cells_as_drawn():
        x0, x1 = table.columns[c][0], table.columns[c + cs - 1][1]
        y0, y1 = table.rows[r].y0, table.rows[r + rs - 1].y1
        xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
        if not all(_drawn_across(ruled, True, y, xm, snap, row_snap) for y in (y0, y1)) \
                or not all(_drawn_across(ruled, False, x, ym, snap, row_snap) for x in (x0, x1)):
            return False
    return True


def _side_by_side(filled: list[tuple[int, int, int, int]]) -> bool:
    """Two of the cells (row, col, rowspan, colspan) share a side."""
    for k, (r, c, rs, cs) in enumerate(filled):
        for r2, c2, rs2, cs2 in filled[k + 1:]:
            rows_meet = r < r2 + rs2 and r2 < r + rs
            cols_meet = c < c2 + cs2 and c2 < c + cs
            if (rows_meet and (c + cs == c2 or c2 + cs2 == c)) or (cols_meet and (r + rs == r2 or r2 + rs2 == r)):
                return True
    return False


Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Ruling:
    """A grid's rules read once (each rule's direction, middle line and span asked once, not once per cell
    or per rule): those running down and those across, each as (middle, first edge, start, end) — for a
    rule running down (x middle, x0, y0, y1), across (y middle, y0, x0, x1) — sorted by their middle line,
    with those middles (`down_at`, `across_at`) to find the rules near a line by bisection. The figure
    tests box text by the rules' first edges (_ruled_box, as cells are cut), the connector test finds
    rules by their middle lines (crossed_by_connector, _drawn_across, _runs_past)."""
    down: tuple[tuple[float, float, float, float], ...]
    across: tuple[tuple[float, float, float, float], ...]
    down_at: tuple[float, ...]
    across_at: tuple[float, ...]

    def near(self, horizontal: bool, at: float, within: float) -> list[tuple[float, float, float, float]]:
        """The rules running `horizontal` (or down) whose middle line lies within `within` of `at`."""
        rules, mids = (self.across, self.across_at) if horizontal else (self.down, self.down_at)
        # the window twice as wide, the rules in it then tested as a scan tests each (abs(middle - at) <=
        # within): float rounding at the window's edge loses no rule
        lo, hi = bisect_left(mids, at - 2 * within), bisect_right(mids, at + 2 * within)
        return [r for r in rules[lo:hi] if abs(r[0] - at) <= within]


def ruling(rules: Sequence[Rule]) -> Ruling:
    """The grid's rules (`rules`: its verticals and horizontals), each rule's direction asked once."""
    down: list[tuple[float, float, float, float]] = []
    across: list[tuple[float, float, float, float]] = []
    for r in rules:
        if r.horizontal:
            across.append(((r.y0 + r.y1) / 2, r.y0, r.x0, r.x1))
        else:
            down.append(((r.x0 + r.x1) / 2, r.x0, r.y0, r.y1))
    down.sort(key=lambda e: e[0])
    across.sort(key=lambda e: e[0])
    return Ruling(tuple(down), tuple(across), tuple(e[0] for e in down), tuple(e[0] for e in across))


def _own_box(spans: list[Span], panels: list[Box], snap: float, ruled: Ruling | None = None) -> Box | None:
    """The smallest panel (a filled box or a stroked rectangle) holding the middle of each of the
    spans' glyphs, within snap (a large glyph's box may reach past the frame it is set in); with
    no such panel, the box the nearest rules (`ruled`) close around them (_ruled_box)."""
    x0, y0, x1, y1 = _middles(spans)
    around = [p for p in panels if p[0] - snap <= x0 and p[1] - snap <= y0 and x1 <= p[2] + snap and y1 <= p[3] + snap]
    own = min(around, key=lambda p: (p[2] - p[0]) * (p[3] - p[1]), default=None)
    return own if own is not None or ruled is None else _ruled_box((x0, y0, x1, y1), ruled, snap)


def _middles(spans: list[Span]) -> Box:
    """The extent of the middles of the spans' glyphs."""
    xs = [_mid(b) for s in spans for b in s.char_boxes] or [(s.x0 + s.x1) / 2 for s in spans]
    ys = [(b[1] + b[3]) / 2 for s in spans for b in s.char_boxes] or [(s.y0 + s.y1) / 2 for s in spans]
    return min(xs), min(ys), max(xs), max(ys)


def tabbed_boxes(table: Table, texts: list[tuple[tuple[int, int, int, int], list[Span]]], ruled: Ruling | None = None,
                 snap: float = 0.0, row_snap: float = 0.0) -> bool:
    """Convention (a slide's or a report's captioned box: a short filled tab at the top left of a frame holds
    the box's caption — 金融行政上の課題, 本事務年度の主な実績 — on one line, the rest of the tab's row left empty,
    and the frame's text stands under it across the whole frame): a grid whose rows pair so — a row holding
    one line of text in its first column alone, over a row holding one cell spanning every column — is
    captioned boxes stacked one under another, no table (`texts`: text_cells). Text in the rest of the tab's
    row with no rule drawn over it (a slide's date set beside the tab, 令和2年1月24日) stands outside the
    frame, above its top edge, no cell's (`ruled`: the grid's rules; without them the row must be empty)."""
    n = len(table.columns)
    if n < 2 or len(table.rows) % 2 or not texts:
        return False
    by_row: dict[int, list[tuple[tuple[int, int, int, int], list[Span]]]] = {}
    for cell, spans in texts:
        by_row.setdefault(cell[0], []).append((cell, spans))
    for r in range(0, len(table.rows), 2):
        tab, body = by_row.get(r, []), by_row.get(r + 1, [])
        beside = [cs for cs in tab[1:] if ruled is not None and _open_above(table, cs, ruled, snap, row_snap)]
        if len(tab) != 1 + len(beside) or len(body) != 1 or not _tab_over(tab[0], body[0], n):
            return False
    return True


def _tab_over(tab: tuple[tuple[int, int, int, int], list[Span]], body: tuple[tuple[int, int, int, int], list[Span]],
              n: int) -> bool:
    """One line of text in the first column alone (the tab), over one cell spanning all `n` columns (tabbed_boxes)."""
    (_, c, rs, cs), spans = tab
    return c == 0 and rs == 1 and cs < n and body[0][3] == n and len({round(sp.baseline) for sp in spans}) == 1


def _open_above(table: Table, cell: tuple[tuple[int, int, int, int], list[Span]], ruled: Ruling, snap: float,
                row_snap: float) -> bool:
    """No rule drawn along the top of the cell's row over the middle of any of its text (tabbed_boxes)."""
    top = table.rows[cell[0][0]].y0
    return not any(_drawn_across(ruled, True, top, (sp.x0 + sp.x1) / 2, snap, row_snap) for sp in cell[1])


def record_card(table: Table, least: int) -> bool:
    """Convention (a data model's example, a slide showing a catalogue record as it is held — 名称：刀 /
    サイズ：68.1弱 / 和暦：長禄2 stacked in framed rows, cards side by side joined by arrows): a record drawn as a
    card is a picture of the record, a figure, no table. Each of its cells opens with an item's name and its
    value parted by a colon (項目：値, numbering.CARD_FIELD: a value too long wraps on in its cell), `least` of
    them or more, and a column holds at most one cell besides (the card's caption band at its head or foot:
    共通情報). A table sets the names and the values in columns of their own: a cell holding a name alone, no
    colon, makes none of a card's rows."""
    fields = 0
    captions: dict[int, int] = {}   # cells no field opens, by column
    for r, c, rs, cs in table.cells_as_drawn():
        lines = [ln.strip() for rr in range(r, r + rs) for cc in range(c, c + cs) for ln in table.rows[rr].cells[cc].text_lines
                 if ln.strip()]
        if not lines:
            continue
        if (":" in lines[0] or "：" in lines[0]) and CARD_FIELD.match(lines[0]) is not None:
            fields += 1
        else:
            captions[c] = captions.get(c, 0) + 1
    return fields >= least and all(n <= 1 for n in captions.values())


def text_cells(table: Table) -> list[tuple[tuple[int, int, int, int], list[Span]]]:
    """Each cell as drawn (row, column, rows and columns it spans) that holds text, with its spans that
    hold any: what the figure tests (boxed_apart, shaped_apart, boxed_beyond) read, gathered once."""
    out = []
    for r, c, rs, cs in table.cells_as_drawn():
        spans = [s for rr in range(r, r + rs) for cc in range(c, c + cs) for s in table.rows[rr].cells[cc].spans
                 if s.text.strip()]
        if spans:
            out.append(((r, c, rs, cs), spans))
    return out


def boxed_beyond(table: Table, texts: list[tuple[tuple[int, int, int, int], list[Span]]], ruled: Ruling,
                 snap: float, row_snap: float) -> bool:
    """Convention (a figure's boxes: a box's title over a dashed box nested in it with a margin on
    every side, beside another box's text; an org chart's box of two lines with a connector run into
    it between them): in most of the cells that hold text (`texts`: text_cells; more than half, two at
    least), the nearest rules around the text (_ruled_box) stand beyond the cell, more than `row_snap`
    past one of its sides — the grid's boundary there is drawn along no side of that text (a connector,
    or another box's side lined up with it, is), so its cells are no table's. A table's cell is
    closed by its own sides. The cells are read until the count is decided."""
    total, beyond = len(texts), 0
    if total < 2:
        return False
    for k, ((r, c, rs, cs), spans) in enumerate(texts):
        if 2 * (beyond + total - k) <= total:
            return False   # too few cells left to make most
        box = _ruled_box(_middles(spans), ruled, snap)
        x0, x1, y0, y1 = table.columns[c][0], table.columns[c + cs - 1][1], table.rows[r].y0, table.rows[r + rs - 1].y1
        beyond += box is not None and (box[0] < x0 - row_snap or box[1] < y0 - row_snap
                                       or box[2] > x1 + row_snap or box[3] > y1 + row_snap)
        if 2 * beyond > total:
            return True
    return False


def _ruled_box(text: Box, ruled: Ruling, snap: float) -> Box | None:
    """The box the nearest drawn lines close around the text (its glyphs' middles): the nearest
    rule above and below it running across the whole text, and left and right of it running down
    its whole height. None where a side has no such rule. A table's cell is such a box, its
    sides the rules it shares with its neighbours; a figure's box drawn apart is one of its own
    (a box stroked as one path, its sides no other box's)."""
    x0, y0, x1, y1 = text
    across = [p for _, p, a, b in ruled.across if a - snap <= x0 and x1 <= b + snap]   # running over the text's width
    down = [p for _, p, a, b in ruled.down if a - snap <= y0 and y1 <= b + snap]   # and down its height
    left, top, right, foot = _nearest(down, x0, -1), _nearest(across, y0, -1), _nearest(down, x1, 1), _nearest(across, y1, 1)
    if left is None or top is None or right is None or foot is None:
        return None
    return left, top, right, foot


def _nearest(at: list[float], edge: float, way: int) -> float | None:
    """The position of `at` nearest the edge on its side `way` (-1: before it, 1: after it)."""
    beyond = [p for p in at if (p - edge) * way >= 0]
    if not beyond:
        return None
    return min(beyond) if way > 0 else max(beyond)


def shaped_apart(texts: list[tuple[tuple[int, int, int, int], list[Span]]], shapes: list[Box], snap: float) -> bool:
    """Convention (a diagram's blocks: ハードウェア / ミドルウェア / ソフトウェア drawn as 3-D boxes one on
    another over a cylinder for データ): two or more cells hold text and each cell's text stands in
    a figure shape of its own (Page.shapes: a path with slanted or curved sides — a bevelled block,
    a cylinder, a rounded box — the smallest enclosing its glyphs' middles; no two cells in one).
    The cells are the shapes, drawn one by one, touching or overlapping, not a grid's: a table's
    cells meet in square corners, its text in no shape."""
    own: list[Box] = []
    for _, spans in texts:
        box = _own_box(spans, shapes, snap)
        if box is None or box in own:
            return False
        own.append(box)
    return len(own) >= 2


def boxed_apart(texts: list[tuple[tuple[int, int, int, int], list[Span]]], panels: list[Box], touch: float, snap: float,
                ruled: Ruling | None = None) -> bool:
    """Convention: boxes that share no edge are a diagram, not a grid. Two or more cells hold
    text, each cell's text stands in a box of its own (a panel: filled or framed, the smallest
    enclosing it; no two cells in one), and every two of those boxes stand a gap wider than
    `touch` apart (layout.panel_touch: boxes closer than that touch): separate boxes of a figure
    whose sides the grid's snapping laid on one boundary (a tall box beside a stack of boxes, a
    point or two between them), however the rules around them close cells. A table's cells
    share their sides: one rule between two cells, or boxes laid edge to edge. `texts`: text_cells;
    read until a cell's text has no box of its own or its box touches one before."""
    boxes: list[Box] = []
    for _, spans in texts:
        box = _own_box(spans, panels, snap, ruled)
        if box is None or box in boxes or any(max(box[0] - a[2], a[0] - box[2], box[1] - a[3], a[1] - box[3]) <= touch
                                              for a in boxes):
            return False
        boxes.append(box)
    return len(boxes) >= 2


def crossed_by_connector(grid: TableGrid, ruled: Ruling, lines: Sequence[Line], snap: float, row_snap: float) -> bool:
    """Convention (an org chart, a flow chart: boxes joined by connector lines — a line run from a
    bus down into each box, or through a box on to the next; a box's white fill painted over the
    part inside it): a line on one of the grid's inner boundaries (within `snap`) that crosses a
    side of its frame where the frame closes — the side drawn across it, the frame's two other
    sides ending there, the line running on more than `row_snap` past it between no text on both
    its sides — is a connector leaving a box, so the grid is the box (or boxes) it joins, not a
    table. A table's inner rules end at its frame; where its column rules run on below a ruled
    head (a body with no row rules), its outer sides run on with them, or the column rule divides
    the words of the rows under it; a frame's side running past a table nested in it crosses no
    side of the table's. `ruled`: the grid's rules (ruling), each boundary's rules found there by
    their middle line, not by a scan of all of them."""
    for horizontal, inner in ((True, grid.ys[1:-1]), (False, grid.xs[1:-1])):
        seen: set[tuple[float, float, float, float]] = set()
        for p in inner:
            for r in ruled.near(horizontal, p, snap):
                if r not in seen and _leaves_box(grid, horizontal, r, ruled, lines, snap, row_snap):
                    return True
                seen.add(r)
    return False


def _leaves_box(grid: TableGrid, horizontal: bool, r: tuple[float, float, float, float], ruled: Ruling,
                lines: Sequence[Line], snap: float, row_snap: float) -> bool:
    """The rule r (running `horizontal` or down: its middle, first edge, start and end) runs into the
    grid and on past one of its sides (more than row_snap) that is drawn across it, the grid's sides
    beside that one ending there (_runs_past), and divides no text there (_divides)."""
    x0, y0, x1, y1 = grid.bbox
    on, _, a, b = r
    lo, hi, sides = (x0, x1, (y0, y1)) if horizontal else (y0, y1, (x0, x1))
    if a >= hi - row_snap or b <= lo + row_snap:
        return False
    ends = [(end, way) for end, way, out in ((lo, -1, a < lo - row_snap), (hi, 1, b > hi + row_snap)) if out]
    return any(_drawn_across(ruled, not horizontal, end, on, snap, row_snap)
               and not any(_runs_past(ruled, horizontal, side, end, way, snap, row_snap) for side in sides)
               and not _divides(lines, horizontal, on, (a, end) if way < 0 else (end, b), sides, snap)
               for end, way in ends)


def _divides(lines: Sequence[Line], horizontal: bool, on: float, run: tuple[float, float], sides: tuple[float, float],
             snap: float) -> bool:
    """Along `run` (a rule's stretch outside the grid, at `on`), a line of text on each side of it,
    within the grid's `sides`: the rule is a column (or row) rule dividing their words."""
    near, far = False, False
    for ln in lines:
        a0, a1, c0, c1 = (ln.x0, ln.x1, ln.y0, ln.y1) if horizontal else (ln.y0, ln.y1, ln.x0, ln.x1)
        if not (run[0] <= (a0 + a1) / 2 <= run[1] and sides[0] - snap <= c0 and c1 <= sides[1] + snap):
            continue
        near |= c1 <= on + snap
        far |= c0 >= on - snap
    return near and far


def _drawn_across(ruled: Ruling, horizontal: bool, at: float, over: float, snap: float, row_snap: float) -> bool:
    """A rule running `horizontal` (or down) at `at` (within row_snap) over the point `over` (within snap)."""
    return any(a - snap <= over <= b + snap for _, _, a, b in ruled.near(horizontal, at, row_snap))


def _runs_past(ruled: Ruling, horizontal: bool, at: float, end: float, way: int, snap: float, row_snap: float) -> bool:
    """A rule running `horizontal` (or down) at `at` (within snap) from `end` (within row_snap) on
    past it, more than row_snap (before it: way -1, after it: 1): the grid's side running on past
    its corner there, in one stroke or in the next one drawn from the corner."""
    return any(a < end - row_snap <= b if way < 0 else a <= end + row_snap < b
               for _, _, a, b in ruled.near(horizontal, at, snap))
