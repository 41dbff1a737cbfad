"""Ruled tables from drawn rules, as a chain of small pure functions:

    split_rules → merge_collinear → long_enough → group_verticals → grid_of_group → closed_parts

A grid is a set of vertical rules whose y-ranges touch; its columns are their x positions and
its rows are the horizontal rules that cross it. A table is a connected part of a grid made of
at least two closed cells (ruled on all four sides): boxes standing side by side (buttons,
framed notes) are no table, and neither is one box. The sides of filled boxes (shaded cells)
count as rules only in a grid that drawn lines are part of, or where boxes laid edge to edge
share them (a table shaded cell by cell: the shared sides divide its cells). Short horizontal
rules that do not cross a column (underlines) are left for extractors/underlines.py. A box
standing on a table's top edge, narrower than the table and one line high, is its framed title
(caption), no row.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

from extractors.geometry import components, holds, meets, union_box
from extractors.records import Line, PageGrids, RawGrids, Rule, TableGrid
from extractors.settings import Tables


def split_rules(rules: list[Rule], t: Tables) -> tuple[list[Rule], list[Rule]]:
    """Horizontal and vertical strokes. A dot (short both ways) goes to both: a dotted or dashed
    rule drawn piece by piece is joined first (merge_collinear), its length judged after. A
    shaded bar too thin to hold a line of text is one stroke (_bars_as_lines)."""
    rules = _bars_as_lines(rules, t)
    hs = [r for r in rules if r.horizontal or _dot(r, t.dot)]
    vs = [r for r in rules if not r.horizontal or _dot(r, t.dot)]
    return hs, vs


def _bars_as_lines(rules: list[Rule], t: Tables) -> list[Rule]:
    """Convention (a diagram's bracket and its connectors drawn as filled bars 2–3 pt thick, a
    thick line drawn as a filled rectangle): a shaded box thinner than `bar_line` one way holds no
    line of text; it is a line, one stroke along its middle (its thickness the stroke's width), not
    the four sides of a box. Its two long sides would else stand as two rules a sliver apart (a
    column or row of no width, with a cell closed between each pair of connectors), and a shaded
    box's side touching the bar's end would count as a side shared by boxes laid edge to edge. A
    bar along whose long side another shaded box stands (a border of boxes laid edge to edge: an
    aside's band, its label box under the band's top bar) stays a box (_bordered). The sides are
    parted by direction once per direction (long sides, caps across them), and a side's partners are
    read from the sorted long sides in place (not from a copy of those after it, side by side)."""
    sides = [r for r in rules if r.box]
    if len(sides) < 4:
        return rules
    drop: set[int] = set()
    lines: list[Rule] = []
    for vertical in (True, False):
        long = sorted((r for r in sides if r.horizontal != vertical), key=lambda r: _along(r, vertical)[1:] + (_along(r, vertical)[0],))
        short = [r for r in sides if r.horizontal == vertical]
        for i, a in enumerate(long):
            bar = None if id(a) in drop else _bar_of(long, i, short, vertical, drop, t)
            if bar is not None:
                drop |= bar[0]
                lines.append(bar[1])
    return rules if not drop else [r for r in rules if id(r) not in drop] + lines


def _along(r: Rule, vertical: bool) -> tuple[float, float, float]:
    """A rule's position across, and where it starts and ends along."""
    return (r.x0, r.y0, r.y1) if vertical else (r.y0, r.x0, r.x1)


def _bar_of(long: list[Rule], i: int, short: list[Rule], vertical: bool, drop: set[int],
            t: Tables) -> tuple[set[int], Rule] | None:
    """The bar whose long side is a = long[i]: a side of the same extent (one after it in `long`, the
    long sides sorted by start) closer than `bar_line`, with the two short sides (caps, of `short`:
    the sides across) between them; its sides (by id) and the line along its middle."""
    a = long[i]
    pa, sa, ea = _along(a, vertical)
    for k in range(i + 1, len(long)):
        b = long[k]
        pb, sb, eb = _along(b, vertical)
        if sb - sa > t.snap:
            return None
        if id(b) in drop or abs(eb - ea) > t.snap or not 0 < abs(pb - pa) < t.bar_line:
            continue
        lo, hi = min(pa, pb), max(pa, pb)
        caps = [c for c in short if id(c) not in drop and _cap(c, vertical, lo, hi, (sa, ea), t.snap)]
        if len(caps) >= 2 and not _bordered((a, b), long, vertical, t):
            mid = (lo + hi) / 2
            line = Rule(mid, sa, mid, ea, hi - lo, True) if vertical else Rule(sa, mid, ea, mid, hi - lo, True)
            return {id(a), id(b)} | {id(c) for c in caps}, line
    return None


def _bordered(bar: tuple[Rule, Rule], long: list[Rule], vertical: bool, t: Tables) -> bool:
    """Another shaded box's side runs along one of the bar's long sides for more than `bar_line`
    (not a cap of a bar meeting it, no longer than a bar is thick): a box laid edge to edge on it.
    `long`: the shaded boxes' sides along the bar."""
    for c in long:
        if c is bar[0] or c is bar[1]:
            continue
        pc, sc, ec = _along(c, vertical)
        for side in bar:
            ps, ss, es = _along(side, vertical)
            if abs(pc - ps) <= t.snap and min(ec, es) - max(sc, ss) > t.bar_line:
                return True
    return False


def _cap(c: Rule, vertical: bool, lo: float, hi: float, ends: tuple[float, float], snap: float) -> bool:
    """c is an end of the bar lo..hi across (its short side at one of `ends` along)."""
    at, a, b = _along(c, not vertical)
    return abs(a - lo) <= snap and abs(b - hi) <= snap and min(abs(at - ends[0]), abs(at - ends[1])) <= snap


def _dot(r: Rule, dot: float) -> bool:
    return r.x1 - r.x0 <= dot and r.y1 - r.y0 <= dot


def long_enough(rules: list[Rule], vertical: bool, t: Tables) -> list[Rule]:
    """Rules long enough to be table rules."""
    return [r for r in rules if (r.y1 - r.y0 if vertical else r.x1 - r.x0) >= t.min_rule]


def merge_collinear(rules: list[Rule], vertical: bool, t: Tables) -> list[Rule]:
    """Join segments on one line that touch or overlap (rules drawn cell by cell): positions
    within SNAP of a line's first are that line, and along it segments join in the order they
    start (a segment never reaches back over a gap another segment left)."""
    def pos(r: Rule) -> float:
        return r.x0 if vertical else r.y0

    def start(r: Rule) -> float:
        return r.y0 if vertical else r.x0

    def end(r: Rule) -> float:
        return r.y1 if vertical else r.x1

    lines: list[list[Rule]] = []
    for r in sorted(rules, key=pos):
        if lines and pos(r) - pos(lines[-1][0]) <= t.snap:   # within snap of the line's first: no drift
            lines[-1].append(r)
        else:
            lines.append([r])
    out: list[Rule] = []
    for line in lines:
        runs: list[list] = []   # per joined run: its first segment, where it ends, box, tiled, how many
        for r in sorted(line, key=start):
            if runs and start(r) <= runs[-1][1] + t.join:
                run = runs[-1]
                run[1], run[2], run[3], run[4] = max(run[1], end(r)), run[2] and r.box, run[3] or r.tiled, run[4] + 1
            else:
                runs.append([r, end(r), r.box, r.tiled, 1])
        # one Rule per joined run, made once (not once per segment joined: a dashed rule drawn piece
        # by piece has hundreds); a segment joined to none is kept as it is
        out += [first if n == 1 else Rule(first.x0, first.y0, first.x1, stop, first.width, box, tiled) if vertical
                else Rule(first.x0, first.y0, stop, first.y1, first.width, box, tiled) for first, stop, box, tiled, n in runs]
    return out


def group_verticals(vs: list[Rule], t: Tables) -> list[list[Rule]]:
    """Vertical rules whose y-ranges overlap (chained) belong to one table: one sweep down
    the page, O(n log n)."""
    groups: list[list[Rule]] = []
    bottom = float("-inf")
    for r in sorted(vs, key=lambda r: r.y0):
        if groups and r.y0 <= bottom + t.join:
            groups[-1].append(r)
            bottom = max(bottom, r.y1)
        else:
            groups.append([r])
            bottom = r.y1
    return groups


def _snap(values: list[float], row_snap: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > row_snap:
            out.append(v)
    return out


def grid_of_group(group: list[Rule], hs: list[Rule], t: Tables, hs_y: list[float] | None = None,
                  picture: bool = True) -> TableGrid | None:
    """Column and row boundaries of one table; None if it is not a grid (a lone box line).
    `hs` sorted by y0 (with their y0s in `hs_y`): only the rules in the table's band are looked at.
    `picture`: a picture's strokes in a cell taken out first (_pictures_out)."""
    xs = _snap([v.x0 for v in group], t.row_snap)
    if len(xs) < 2:
        return None
    top, bottom = min(v.y0 for v in group), max(v.y1 for v in group)
    hs_y = hs_y if hs_y is not None else [h.y0 for h in hs]
    band = _inset_shading(hs[bisect_left(hs_y, top - t.snap):bisect_right(hs_y, bottom + t.snap)], False, t)
    if picture:
        group, band = _pictures_out(group, band, t)
    group = _column_rules(_inset_shading(group, True, t), band, xs[0], xs[-1], t)
    xs = _snap([v.x0 for v in group], t.row_snap)
    if len(xs) < 2:
        return None
    ys = []
    used = []
    for h in band:
        # a row rule crosses at least one whole column of this table (it may run on past it:
        # a table open at its sides, its rules drawn across the page)
        if _spans_a_column(h, xs, t.snap):
            ys.append(h.y0)
            used.append(h)
    ys = _snap(ys + [top, bottom], t.row_snap)
    if len(ys) < 2:
        return None
    return TableGrid(tuple(xs), tuple(ys), tuple(group), tuple(used))


def _pictures_out(group: list[Rule], band: list[Rule], t: Tables) -> tuple[list[Rule], list[Rule]]:
    """The table's rules less the strokes of a picture drawn in a cell. Convention (a designed leaflet's
    table of levels, each row a filled rectangle stroked grey in 1 pt, a line drawing of the scene in
    its middle cell — a building, people, the frame round it standing on the row's foot — drawn in
    0.14–0.67 pt strokes): strokes much finer than the table's heaviest rules (`stroke_share`), a set
    of them that meet (chained `snap` apart at most), standing inside one cell of the grid the heavier
    rules make, are the cell's content, no rule (`_in_a_cell`) — unless they make a table of their own
    (two closed cells or more: a small table in a frame, in hairlines), or reach from side to side of
    their cell (a divider drawn finer than the frame), or stand within `double_frame` of its four sides
    (the table's inner grid in a heavier frame). `band`: the horizontals in the group's band."""
    fine, frame = _by_weight(group + band, t)
    if not fine or all(r.horizontal for r in frame):
        return group, band
    out: set[int] = set()
    for part in _connected(fine, t.snap):
        if _in_a_cell(part, frame, t) and not _tabled(part, t) and not _divides(part, group + band, t.snap):
            out.update(id(r) for r in part)
    return (group, band) if not out else (_without(group, out), _without(band, out))


def _divides(part: list[Rule], rules: list[Rule], snap: float) -> bool:
    """Convention (a DTP checklist's header cell 結果 over 優先度: a fine L drawn in its lower right corner, a rule
    from the cell's right side to a stroke down to the cell's foot): strokes whose ends land on two rules or more
    of the table outside them (within `snap`) divide their cell, a sub-row and a sub-column, whatever their
    weight — a picture in a cell stands free of its sides or on one of them (its frame on the row's foot)."""
    mine = {id(r) for r in part}
    met = {id(o) for r in part for end in _ends(r) for o in rules if id(o) not in mine and _on(end, o, snap)}
    return len(met) >= 2


def _ends(r: Rule) -> tuple[tuple[float, float], tuple[float, float]]:
    """A stroke's two ends (a horizontal's left and right, a vertical's top and foot)."""
    return ((r.x0, r.y0), (r.x1, r.y0)) if r.horizontal else ((r.x0, r.y0), (r.x0, r.y1))


def _on(point: tuple[float, float], r: Rule, snap: float) -> bool:
    """The point lies on the rule (within `snap` of it, inside its length)."""
    x, y = point
    if r.horizontal:
        return abs(y - r.y0) <= snap and r.x0 - snap <= x <= r.x1 + snap
    return abs(x - r.x0) <= snap and r.y0 - snap <= y <= r.y1 + snap


def _by_weight(rules: list[Rule], t: Tables) -> tuple[list[Rule], list[Rule]]:
    """The rules much finer than the heaviest (at most `stroke_share` of its weight), and the others."""
    heavy = max(r.width for r in rules)
    fine = [r for r in rules if r.width <= t.stroke_share * heavy]
    return fine, [r for r in rules if r.width > t.stroke_share * heavy]


def _without(rules: list[Rule], out: set[int]) -> list[Rule]:
    return [r for r in rules if id(r) not in out]


def _tabled(part: list[Rule], t: Tables) -> bool:
    """The rules make a table of their own: two closed cells or more (closed_parts)."""
    vs = [r for r in part if not r.horizontal]
    hs = sorted((r for r in part if r.horizontal), key=lambda h: h.y0)
    grid = grid_of_group(vs, hs, t, picture=False) if len(vs) >= 2 and len(hs) >= 2 else None
    return grid is not None and bool(closed_parts(grid, t))


def _in_a_cell(part: list[Rule], frame: list[Rule], t: Tables) -> bool:
    """The set's strokes stand inside one cell of the grid the frame's rules make (_cell_gaps),
    clear of at least one of the cell's sides by more than `double_frame`, and reaching across the
    cell neither way."""
    gaps = _cell_gaps(_box(part), frame, t)
    if gaps is None:
        return False
    across = (gaps[0] <= t.snap and gaps[1] <= t.snap) or (gaps[2] <= t.snap and gaps[3] <= t.snap)
    return max(gaps) > t.double_frame and not across


def _cell_gaps(box: tuple[float, float, float, float], frame: list[Rule], t: Tables) -> tuple[float, ...] | None:
    """How far the box stands in from the sides (left, right, top, foot) of the one cell of the
    frame's grid that holds it: a rule of the frame level with it (within `snap`) on each side, none
    crossing it (None: no such cell)."""
    x0, y0, x1, y1 = box
    snap = t.snap   # the rules level with it, or ending at it (a row's rule at a column's end)
    xs = [r.x0 for r in frame if not r.horizontal and r.y0 <= y1 + snap and r.y1 >= y0 - snap]
    ys = [r.y0 for r in frame if r.horizontal and r.x0 <= x1 + snap and r.x1 >= x0 - snap]
    across, down = _between(x0, x1, xs, t.snap), _between(y0, y1, ys, t.snap)
    return None if across is None or down is None else across + down


def _between(lo: float, hi: float, at: list[float], snap: float) -> tuple[float, float] | None:
    """How far lo..hi stands in from the nearest positions `at` before and after it, none inside it."""
    if any(lo + snap < v < hi - snap for v in at):
        return None
    before, after = [v for v in at if v <= lo + snap], [v for v in at if v >= hi - snap]
    return (lo - max(before), min(after) - hi) if before and after else None


def _box(rules: list[Rule]) -> tuple[float, float, float, float]:
    return min(r.x0 for r in rules), min(r.y0 for r in rules), max(r.x1 for r in rules), max(r.y1 for r in rules)


def _connected(rules: list[Rule], snap: float) -> list[list[Rule]]:
    """The rules in sets that meet (each touching another of its set, chained): one sweep by x, every
    pair whose x-ranges overlap compared (geometry.meets, on the rules' boxes taken once)."""
    boxes = [(r.x0, r.y0, r.x1, r.y1) for r in rules]

    def touching() -> Iterator[tuple[int, int]]:
        active: list[int] = []
        for k in sorted(range(len(rules)), key=lambda k: rules[k].x0):
            r = rules[k]
            active = [j for j in active if rules[j].x1 + snap >= r.x0]
            yield from ((j, k) for j in active if meets(boxes[k], boxes[j], snap))
            active.append(k)
    return [[rules[k] for k in part] for part in components(len(rules), touching())]


def _inset_shading(rules: list[Rule], vertical: bool, t: Tables) -> list[Rule]:
    """The rules less the sides of shaded boxes set just inside a drawn rule: a side that a
    drawn rule parallel to it runs along, closer than `double_frame` (no line of type and its
    padding fits between: a sliver, no cell), is the edge of shading inside the ruled cell (a word
    processor's character shading, a highlight inset from the cell's sides by its padding, a DTP
    header cell's fill inset 2 mm from its rules), the cell's content and no boundary of it.
    Convention: a box inside a cell is the cell's content."""
    def pos(r: Rule) -> float:
        return r.x0 if vertical else r.y0

    def span(r: Rule) -> tuple[float, float]:
        return (r.y0, r.y1) if vertical else (r.x0, r.x1)

    drawn = [r for r in rules if not r.box]
    if not drawn or all(not r.box or r.tiled for r in rules):
        return rules
    return [r for r in rules if not r.box or r.tiled or not any(
        t.snap < abs(pos(d) - pos(r)) < t.double_frame and span(d)[0] <= span(r)[0] + t.snap and span(d)[1] >= span(r)[1] - t.snap
        for d in drawn)]


def _column_rules(group: list[Rule], band: list[Rule], left: float, right: float, t: Tables) -> list[Rule]:
    """The verticals that rule the table's columns. Where rules run across the whole table
    between its rows, two verticals of one height within one such row, each covering less than
    `box_share_open` of it (or `box_share`, with no rule leading out of the box they stand on),
    are the sides of a box in a cell (a framed phrase): the cell's content. A side that two
    shaded boxes laid edge to edge share (`tiled`: a sub-header's cells under a header spanning
    them) divides two cells, and is never a framed phrase's."""
    rows = _snap([h.y0 for h in band if h.x0 <= left + t.snap and h.x1 >= right - t.snap], t.row_snap)
    if len(rows) < 3:   # one row, or none ruled across
        return _without_lone_boxes(group, band, rows, t)

    def cover(v: Rule) -> float:
        above = bisect_right(rows, v.y0 + t.row_snap) - 1   # the row rule at or above its top
        below = bisect_left(rows, v.y1 - t.row_snap)        # the row rule at or below its bottom
        if v.tiled or above < 0 or below != above + 1 or below >= len(rows):
            return 1   # (a side shaded boxes share divides cells: as if it ruled its whole row)
        a, b = rows[above], rows[below]   # a dotted rule broken by shading is one rule: add its pieces
        drawn = sum(min(w.y1, b) - max(w.y0, a) for w in group if abs(w.x0 - v.x0) <= t.snap and w.y1 > a and w.y0 < b)
        return drawn / (b - a)

    shorts = [v for v in group if cover(v) < t.box_share]
    sides = {id(v) for v in shorts for w in shorts if abs(w.x0 - v.x0) > t.snap
             and abs(w.y0 - v.y0) <= t.snap and abs(w.y1 - v.y1) <= t.snap
             and (cover(v) < t.box_share_open or _closed_box(v, w, band, t.snap))}
    return _kept_sides(group, sides, shorts, band, t)


def _kept_sides(group: list[Rule], sides: set[int], shorts: list[Rule], band: list[Rule], t: Tables) -> list[Rule]:
    """The group's verticals less the framed phrases' sides (`sides`, by id), those parting a sub-row kept."""
    return [v for v in group if id(v) not in sides or _parts_a_sub_row(v, shorts, band, t)]


def _parts_a_sub_row(v: Rule, shorts: list[Rule], band: list[Rule], t: Tables) -> bool:
    """Convention (a header's first row divided only at its top, レベル１ | レベル２ | レベル３ | レベル４ over one cell of
    the row under it): three or more verticals of one height side by side in a row, the rules at their top and at their
    foot each running on unbroken from the first to the last, divide a row of cells (a sub-row of the header), no
    framed phrases — a phrase's box stands alone, its top and foot its own (_column_rules)."""
    level = sorted(w.x0 for w in shorts if abs(w.y0 - v.y0) <= t.snap and abs(w.y1 - v.y1) <= t.snap)
    if len(level) < 3:
        return False
    first, last = level[0], level[-1]
    return all(any(abs(h.y0 - y) <= t.snap and h.x0 <= first + t.snap and h.x1 >= last - t.snap for h in band)
               for y in (v.y0, v.y1))


def _without_lone_boxes(group: list[Rule], band: list[Rule], rows: list[float], t: Tables) -> list[Rule]:
    """Convention (a 新旧対照表's row that Word frames again on the next page, ruled across only at that
    page's top and foot; a sub-heading of the compared text framed in a small box inside a cell): in a
    one-row grid, two verticals of one height, each shorter than `box_share_open` of the row, alone at that
    height between two of the grid's long verticals (its column rules), sides of a closed box, are a framed
    phrase: the cell's content. Three or more at one height in a column are a grid's cells (a small table
    inside a frame), never a phrase's box. `rows`: the rules across the grid (fewer than two: no row, as is)."""
    if len(rows) != 2:
        return group
    height = rows[1] - rows[0]
    edges = sorted(v.x0 for v in group if v.y1 - v.y0 >= t.box_share * height)
    shorts = [v for v in group if v.y1 - v.y0 < t.box_share_open * height and not v.tiled]

    def column(v: Rule) -> int:
        return bisect_right(edges, v.x0 + t.snap)

    def level(v: Rule) -> list[Rule]:
        return [w for w in shorts if column(w) == column(v) and abs(w.y0 - v.y0) <= t.snap and abs(w.y1 - v.y1) <= t.snap]

    sides = {id(v) for v in shorts if len(pair := level(v)) == 2 and 0 < column(v) < len(edges)
             and _closed_box(pair[0], pair[1], band, t.snap)}
    return [v for v in group if id(v) not in sides]


def _closed_box(v: Rule, w: Rule, hs: list[Rule], snap: float) -> bool:
    """No rule leads out of the box v and w stand on: a horizontal that ends at either side
    (at its top or bottom) ends at the other side too (one that runs through is a row rule)."""
    xs = (v.x0, w.x0)
    for h in hs:
        if min(abs(h.y0 - v.y0), abs(h.y0 - v.y1)) > snap:
            continue
        ends = [any(abs(e - x) <= snap for x in xs) for e in (h.x0, h.x1)]
        if any(ends) and not all(ends):
            return False
    return True


Segments = tuple[list[float], list[tuple[float, float, float]]]


def _segments(rules: tuple[Rule, ...], vertical: bool) -> Segments:
    """Rules as (position across, start, end), sorted by position, with the positions apart: a
    side is looked up by bisection, not by a pass over every rule of the grid."""
    rows = sorted(_along(r, vertical) for r in rules)
    return [p for p, _, _ in rows], rows


def _covered(segments: Segments, at: float, lo: float, hi: float, t: Tables) -> bool:
    """A rule runs along `at` (x for a vertical one, y for a horizontal one) over most of lo..hi.
    A boundary is the first of the positions it gathers (_snap: up to row_snap after it), so a
    rule that far after it draws it: a box's side 2.3 pt right of a connector's elbow is still the
    box's side (else two framed boxes of a figure, a gap between them, merge into a table's row)."""
    need = (hi - lo) * t.covered
    keys, rows = segments
    for pos, a, b in rows[bisect_left(keys, at - t.snap):bisect_right(keys, at + t.row_snap)]:
        if min(b, hi) - max(a, lo) >= need:
            return True
    return False


class GridSides:
    """A grid's sides, named by its boundaries' indexes: its rules as segments (_segments), made once for the grid,
    and each side asked of them once (_covered). Convention (a decision taken once: closed_parts finds the grid's
    cells as drawn, merged_cells' owners asking the side between each two neighbouring grid cells, then asks each
    drawn cell's four sides — a one-cell's are those its owners asked —, a header band's and a caption's; the
    segments were made twice and 820,216 sides asked over tests/real)."""
    __slots__ = ("grid", "t", "vs", "hs", "asked")

    def __init__(self, grid: TableGrid, t: Tables) -> None:
        self.grid, self.t = grid, t
        self.vs, self.hs = _segments(grid.verticals, True), _segments(grid.horizontals, False)
        self.asked: dict[tuple[bool, int, int, int], bool] = {}

    def drawn(self, vertical: bool, at: int, lo: int, hi: int) -> bool:
        """A rule runs along boundary `at` (xs[at] for a vertical side, ys[at] for a horizontal one) over most of
        the way from boundary lo to boundary hi across it (_covered)."""
        key = (vertical, at, lo, hi)
        got = self.asked.get(key)
        if got is None:
            xs, ys = self.grid.xs, self.grid.ys
            got = self.asked[key] = _covered(self.vs, xs[at], ys[lo], ys[hi], self.t) if vertical \
                else _covered(self.hs, ys[at], xs[lo], xs[hi], self.t)
        return got


def merged_cells(grid: TableGrid, t: Tables, sides: GridSides | None = None) -> list[tuple[int, int, int, int]]:
    """(row, col, rowspan, colspan) of each cell as drawn: grid cells with no rule between
    them are one cell (a header spanning columns, a label spanning rows). `sides`: the grid's, where the caller
    asks them again (closed_parts)."""
    return _cells_of(_owners(sides or GridSides(grid, t)), _stubs(grid, t))


def _owners(sides: GridSides) -> list[list[tuple[int, int]]]:
    """Each grid cell's owner: the first grid cell of the region it is one with, no rule drawn between them."""
    nrows, ncols = len(sides.grid.ys) - 1, len(sides.grid.xs) - 1
    owner = [[(r, c) for c in range(ncols)] for r in range(nrows)]
    for r in range(nrows):
        for c in range(ncols):
            if c + 1 < ncols and not sides.drawn(True, c + 1, r, r + 1):
                owner[r][c + 1] = owner[r][c]
            if r + 1 < nrows and owner[r + 1][c] == (r + 1, c) and not sides.drawn(False, r + 1, c, c + 1):
                owner[r + 1][c] = owner[r][c]
    return owner


def _stubs(grid: TableGrid, t: Tables) -> list[int]:
    """The columns narrow enough to be a tree's stub (_tree_stub)."""
    return [c for c in range(len(grid.xs) - 1) if t.double_frame <= grid.xs[c + 1] - grid.xs[c] <= t.tree_stub]


def header_corners(grid: TableGrid, t: Tables) -> list[tuple[int, int]]:
    """The corner cell (row, column) of each header L that merged_cells splits in two (_header_corner: the header
    across its columns, the corner under its left end). Convention (a spreadsheet's header 入院治療等を / 要する者 /
    （人） over a sub-column ruled off for うち重症 only, its last line set down into the corner the L runs into): the
    text set in the corner is the header's — one drawn cell —, and the corner stays blank (cells.fill_table)."""
    owner = _owners(GridSides(grid, t))
    spans, count = _regions(owner)
    stubs = _stubs(grid, t)
    return [(r + 1, c) for o, (r, c, r2, c2) in spans.items() if count[o] != (r2 - r + 1) * (c2 - c + 1)
            and _tree_stub(owner, o, [r, c, r2, c2], count[o], stubs) is None   # merged_cells asks _tree_stub first
            and _header_corner(owner, o, [r, c, r2, c2], count[o]) is not None]


def _tree_stub(owner: list[list[tuple[int, int]]], o: tuple[int, int], box: list[int], count: int,
               stubs: Sequence[int]) -> list[tuple[int, int, int, int]] | None:
    """Convention (a table of budget items, 事業一覧, 組織表 drawn in Excel or Word, its first column an
    indented tree): a group's row spans the name column and the narrow stub columns left of it with
    no rule between them, and the stub under the group's row is merged down the group, no rule across
    it where it meets that row — one region shaped as an L. It is two cells: the group's row, and
    the stub under it (the indentation of the names beside it). `stubs`: the columns narrow enough to
    be one (`tree_stub`), and wider than the sliver between frames drawn twice or offset (`double_frame`:
    a stack of cards in a figure is no tree). Convention (a spreadsheet's accounts grouped under a label set down a
    narrow strip at their left, 企業会計 one letter a row, the total's row under them spanning the strip and the name
    column with no rule between): the L turned up — the strip merged down the group's rows, then the row under them
    spanning it — is two cells too, the strip (the group's label) and the total's row; only at the table's left edge
    and foot (the strip its first column, the total its last row: a diagram's boxes drawn as a grid turn Ls anywhere)
    (blind26a)."""
    r, c, r2, c2 = box
    if c not in stubs or r2 == r or c2 == c or count != (c2 - c + 1) + (r2 - r):
        return None
    if all(owner[r][cc] == o for cc in range(c, c2 + 1)) and all(owner[rr][c] == o for rr in range(r + 1, r2 + 1)):
        return [(r, c, 1, c2 - c + 1), (r + 1, c, r2 - r, 1)]
    if c == 0 and r2 == len(owner) - 1 and all(owner[r2][cc] == o for cc in range(c, c2 + 1)) \
            and all(owner[rr][c] == o for rr in range(r, r2)):
        return [(r, c, r2 - r, 1), (r2, c, 1, c2 - c + 1)]   # the L turned up: a label's strip over the total's row
    return None


def _header_corner(owner: list[list[tuple[int, int]]], o: tuple[int, int], box: list[int],
                   count: int) -> list[tuple[int, int, int, int]] | None:
    """Convention (a DTP checklist's header: 結果 over two columns, its lower right corner ruled off for 優先度, the
    corner under its left column left open): the table's first row spanning columns, its region running down into
    its first column's cell of the second row only — an L, rules missing round no corner of a box — is two cells:
    the header cell across the columns (its text, with any line set down into the corner: header_corners) and the
    cell under its left end (blank), as a tree's group row over its stub is (_tree_stub)."""
    r, c, r2, c2 = box
    if r != 0 or r2 != 1 or c2 == c or count != c2 - c + 2:
        return None
    if any(owner[0][cc] != o for cc in range(c, c2 + 1)) or owner[1][c] != o:
        return None
    return [(0, c, 1, c2 - c + 1), (1, c, 1, 1)]


def _regions(owner: list[list[tuple[int, int]]]) -> tuple[dict[tuple[int, int], list[int]], dict[tuple[int, int], int]]:
    """Each owner's bounding box [row, col, last row, last col] and how many grid cells it owns."""
    spans: dict[tuple[int, int], list[int]] = {}
    count: dict[tuple[int, int], int] = {}
    for r, row in enumerate(owner):
        for c, o in enumerate(row):
            box = spans.setdefault(o, [r, c, r, c])
            box[2], box[3] = max(box[2], r), max(box[3], c)
            count[o] = count.get(o, 0) + 1
    return spans, count


def _cells_of(owner: list[list[tuple[int, int]]], stubs: Sequence[int] = ()) -> list[tuple[int, int, int, int]]:
    """(row, col, rowspan, colspan) of each region of grid cells with one owner; a region that
    is no rectangle (rules missing around a corner) gives its grid cells one by one, so that no
    two cells overlap — but a tree's group row over its stub (_tree_stub) is those two cells."""
    spans, count = _regions(owner)
    cells = []
    for o, (r, c, r2, c2) in spans.items():
        if count[o] == (r2 - r + 1) * (c2 - c + 1):
            cells.append((r, c, r2 - r + 1, c2 - c + 1))
        elif (tree := _tree_stub(owner, o, [r, c, r2, c2], count[o], stubs) or _header_corner(owner, o, [r, c, r2, c2],
                                                                                              count[o])) is not None:
            cells += tree
        else:
            cells += [(rr, cc, 1, 1) for rr in range(r, r2 + 1) for cc in range(c, c2 + 1) if owner[rr][cc] == o]
    return sorted(cells)


def _spans_a_column(h: Rule, xs: list[float], snap: float) -> bool:
    """The rule covers at least one column from boundary to boundary (xs sorted): the first
    boundary at or right of its start, and the next one, both lie within it."""
    i = bisect_left(xs, h.x0 - snap)
    return i + 1 < len(xs) and xs[i + 1] <= h.x1 + snap


def _closed(cell: tuple[int, int, int, int], sides: GridSides) -> bool:
    """The cell is ruled on all four sides (`sides`: its grid's)."""
    r, c, rs, cs = cell
    return (sides.drawn(False, r, c, c + cs) and sides.drawn(False, r + rs, c, c + cs)
            and sides.drawn(True, c, r, r + rs) and sides.drawn(True, c + cs, r, r + rs))


def _a_cell(cell: tuple[int, int, int, int], sides: GridSides) -> bool:
    """The cell counts towards a table: closed on all four sides, or the header band left open on one (_open_sided_band)."""
    return _closed(cell, sides) or _open_sided_band(cell, sides)


def _open_sided_band(cell: tuple[int, int, int, int], sides: GridSides) -> bool:
    """Convention (an Excel sheet's header band, 基本情報 merged across every column over the column
    headings, its border set on the left only: the column rules start under it and the right side is
    left undrawn): the grid's first row, one cell across all its columns, ruled along its whole top and
    bottom and on one of its two sides, is the table's first row though one side stays open."""
    r, c, rs, cs = cell
    last = len(sides.grid.xs) - 1
    if r != 0 or c != 0 or c + cs != last or rs != 1 or len(sides.grid.ys) < 3:
        return False
    return (sides.drawn(False, 0, 0, last) and sides.drawn(False, 1, 0, last)
            and (sides.drawn(True, 0, 0, 1) or sides.drawn(True, last, 0, 1)))


def closed_parts(grid: TableGrid, t: Tables) -> list[TableGrid]:
    """The grid's tables: each connected group of two or more closed cells (cells touching
    along a side), cut to its own rows and columns."""
    sides = GridSides(grid, t)
    drawn = merged_cells(grid, t, sides=sides)
    cells = [cell for cell in drawn if _a_cell(cell, sides)]
    caption = _standing_caption(grid, cells, t, sides)   # once: it was asked again for every cell
    cells = [cell for cell in cells if cell != caption]
    if len(cells) == len(drawn):
        return _whole(grid, cells, t, drawn)
    owner = {}
    for i, (r, c, rs, cs) in enumerate(cells):
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                owner[rr, cc] = i
    joined = ((owner[nb], i) for (rr, cc), i in owner.items() for nb in ((rr + 1, cc), (rr, cc + 1)) if nb in owner)
    parts = [[cells[i] for i in part] for part in components(len(cells), joined)]
    return [_cut(grid, part, t) for part in parts if _a_table(grid, part, t)]


def _a_table(grid: TableGrid, part: list[tuple[int, int, int, int]], t: Tables) -> bool:
    """A connected part of closed cells is a table: two cells or more that can hold a line, not runs of text
    framed line by line (_framed_runs)."""
    return _holding(grid, part, t) >= 2 and not _framed_runs(grid, part, t)


def _framed_runs(grid: TableGrid, part: list[tuple[int, int, int, int]], t: Tables) -> bool:
    """Convention (a word processor's character border, 囲み線, drawn round runs of text line by line: an entry of
    a list framed across the column and its wrapped rest framed under it, 本書 after the frame; the words of a URL
    to fill in — バージョン, アプリケーションID — each framed in its line, the frames of one line apart): boxes one
    row high and no taller than a line (`caption_frame`), none touching another of its row, no two at one extent,
    frame runs of text — no table. A table's cells of one row share their sides, and a one-column table's boxes
    stand one over another at one width (a tab 売上状況 over rows of one box each across the table is a table);
    a tab over a framed note (注意 over the note's frame) frames more than a line below it."""
    if any(rs != 1 or grid.ys[r + 1] - grid.ys[r] > t.caption_frame for r, _, rs, _ in part):
        return False
    ends = {(r, c + cs) for r, c, _, cs in part}
    return not any((r, c) in ends for r, c, _, _ in part) and len({(c, cs) for _, c, _, cs in part}) == len(part) > 1


def _whole(grid: TableGrid, cells: list[tuple[int, int, int, int]], t: Tables,
           drawn: list[tuple[int, int, int, int]]) -> list[TableGrid]:
    """A grid closed in every cell: one table (none if fewer than two cells could hold a line), its
    columns those a rule rules (`_ruling_rows`). Kept as it is, it carries its merged cells (`drawn`,
    merged_cells of this grid) on to fill_table."""
    if _holding(grid, cells, t) < 2:
        return []
    xs = _ruling_rows(grid.xs, grid.verticals, grid.ys, t)
    return [TableGrid(grid.xs, grid.ys, grid.verticals, grid.horizontals, tuple(drawn)) if xs == grid.xs
            else TableGrid(xs, grid.ys, grid.verticals, grid.horizontals)]


def _gutters_only(grid: TableGrid, t: Tables) -> bool:
    """Convention (a framed account in two halves: 歳出 | 歳入, each a list of items with their
    figures set by tab stops): a frame of one row whose dividers all float inside it — each
    stops short of both the frame's top and its bottom by more than `gutter_gap` — holds text
    set in columns, no table: a cell's side meets the rules it closes on."""
    if len(grid.ys) != 2 or len(grid.xs) < 3:
        return False
    top, bottom, gap = grid.ys[0], grid.ys[-1], t.gutter_gap
    for x in grid.xs[1:-1]:
        along = [v for v in grid.verticals if abs(v.x0 - x) <= t.row_snap]
        if not along or any(v.y0 <= top + gap or v.y1 >= bottom - gap for v in along):
            return False
    return True


def _standing_caption(grid: TableGrid, closed: list[tuple[int, int, int, int]], t: Tables,
                      sides: GridSides) -> tuple[int, int, int, int] | None:
    """A box standing on a table's top edge (its bottom side on the rule that runs across the
    whole table), narrower than the table (reaching neither of its sides), alone in the grid's top
    row and no taller than a caption line (`caption_frame`): the table's framed title (お問い合わせ先
    over the table of contacts), not its first row. Its sides rule no column of the table."""
    top = [cell for cell in closed if cell[0] == 0]
    if len(top) != 1 or len(grid.ys) < 3:
        return None
    r, c, rs, cs = top[0]
    if rs != 1 or c == 0 or c + cs == len(grid.xs) - 1 or grid.ys[1] - grid.ys[0] > t.caption_frame:
        return None
    return top[0] if sides.drawn(False, 1, 0, len(grid.xs) - 1) else None


def _holding(grid: TableGrid, cells: list[tuple[int, int, int, int]], t: Tables) -> int:
    """How many of the cells could hold a line of text: a sliver (narrower or lower than
    `min_cell`) is the gap between frames drawn over one another, offset (a stack of cards in a
    figure), no cell."""
    return sum(1 for r, c, rs, cs in cells
               if grid.xs[c + cs] - grid.xs[c] >= t.min_cell and grid.ys[r + rs] - grid.ys[r] >= t.min_cell)


def _cut(grid: TableGrid, part: list[tuple[int, int, int, int]], t: Tables) -> TableGrid:
    """The part as a table of its own: its rows and columns, keeping only the boundaries that a
    rule inside the part draws (a column rule of a neighbouring table is none of its own)."""
    r0, c0 = min(p[0] for p in part), min(p[1] for p in part)
    r1, c1 = max(p[0] + p[2] for p in part), max(p[1] + p[3] for p in part)
    xs, ys = grid.xs[c0:c1 + 1], grid.ys[r0:r1 + 1]
    xs = _ruling_rows(_drawn_within(xs, grid.verticals, ys[0], ys[-1], True, t), grid.verticals, ys, t)
    ys = _drawn_within(ys, grid.horizontals, xs[0], xs[-1], False, t)
    return TableGrid(xs, ys, grid.verticals, grid.horizontals)


def _ruling_rows(xs: tuple[float, ...], verticals: tuple[Rule, ...], ys: tuple[float, ...], t: Tables) -> tuple[float, ...]:
    """The column boundaries (the outer two always) whose rules rule at least one of the part's
    rows down most of its height (`box_share`), each where its longest such rule stands (two
    boundaries that one rule serves are one). Convention: a short stroke inside a cell — a dash
    of an arrow drawn in it, the side of a highlight inset in it — is the cell's content, no
    column rule, however it lines up with a rule of a figure over the table."""
    def ruling(at: float) -> float | None:
        near = [r for r in verticals if abs(r.x0 - at) <= t.row_snap]
        best, most = None, 0.0
        for r in near:
            length = max((min(r.y1, b) - max(r.y0, a)) / (b - a) for a, b in zip(ys, ys[1:]))
            if length >= t.box_share and length > most:
                best, most = r.x0, length
        return best
    inner = [x for at in xs[1:-1] if (x := ruling(at)) is not None]
    return (xs[0],) + tuple(x for k, x in enumerate(inner) if k == 0 or x - inner[k - 1] > t.row_snap) + (xs[-1],)


def _drawn_within(bounds: tuple[float, ...], rules: tuple[Rule, ...], lo: float, hi: float,
                  vertical: bool, t: Tables) -> tuple[float, ...]:
    """The boundaries (the outer two always) along which a rule runs somewhere between lo and hi."""
    def drawn(at: float) -> bool:
        for r in rules:
            pos, a, b = _along(r, vertical)
            if abs(pos - at) <= t.row_snap and min(b, hi) - max(a, lo) > t.snap:
                return True
        return False
    inner = tuple(v for v in bounds[1:-1] if drawn(v))
    return (bounds[0],) + inner + (bounds[-1],)


def _stacked(grid: TableGrid, t: Tables) -> TableGrid:
    """Convention: rows framed one by one, each its own set of boxes, stacked with a gap
    narrower than a cell (`min_cell`) between them, are one table: the gap is no row, its two
    edges one boundary (the outer edge kept at the table's foot). A column boundary ruled only in
    such a gap (the side of a label box laid across the frame's edge, a tag at a slide's corner) rules
    no row left: it is no column (_ruling_rows)."""
    ys = [grid.ys[0]]
    for y in grid.ys[1:]:
        if y - ys[-1] >= t.min_cell:
            ys.append(y)
        elif len(ys) > 1 and y == grid.ys[-1]:
            ys[-1] = y
    if len(ys) == len(grid.ys) or len(ys) < 2:
        return grid
    return TableGrid(_ruling_rows(grid.xs, grid.verticals, tuple(ys), t), tuple(ys), grid.verticals, grid.horizontals)


def _frame_only(grid: TableGrid, t: Tables) -> bool:
    """The grid's drawn lines (not the sides of shaded boxes, but those that boxes laid edge to
    edge share: cells shaded one by one) make one box at most. Convention: a box framed twice
    (a dashed frame around a ruled one, a double border), its parallel sides closer than
    `double_frame`, is one box: the slivers between its frames hold no text."""
    xs = _snap([r.x0 for r in grid.verticals if not r.box or r.tiled], t.double_frame)
    ys = _snap([r.y0 for r in grid.horizontals if not r.box or r.tiled], t.double_frame)
    return len(xs) <= 2 and len(ys) <= 2


def _lines_both_ways(grid: TableGrid) -> bool:
    """The grid's drawn lines (not a shaded box's sides) run both ways: a frame. Convention (a newsletter set in
    columns, 広報すずか: a rule down each gutter, a shaded box at a column's foot): lines drawn one way only are
    column rules, no frame — the box beside them makes no figure of the columns' running text."""
    return any(not r.box for r in grid.verticals) and any(not r.box for r in grid.horizontals)


def _frames_drawn_twice(grid: TableGrid, rules: list[Rule], t: Tables) -> bool:
    """Convention (an API manual's XML sample drawn in two frames, the header part's and the data part's, each
    labelled in its top right corner, each frame drawn twice — an outline and one inside it, `double_frame` in,
    joined at the corners —, the second set on the first's foot): boxes stacked in one column, each closed by
    its own frame drawn twice, are frames of their own (as one such box is: _frame_only), no table. A table
    rules its rows once: a double rule under its header leaves its other rows framed once."""
    if len(grid.xs) != 2 or len(grid.ys) < 3:
        return False
    (x0, x1), gap = grid.xs, t.double_frame
    across = [((r.y0 + r.y1) / 2, r.x0, r.x1) for r in rules if r.x1 - r.x0 > r.y1 - r.y0]
    down = [((r.x0 + r.x1) / 2, r.y0, r.y1) for r in rules if r.y1 - r.y0 > r.x1 - r.x0]

    def twice(at: float, lo: float, hi: float, lines: list[tuple[float, float, float]]) -> bool:
        """Two lines or more, at distinct places `gap` about `at`, each running from lo to hi."""
        return len({round(p, 1) for p, a, b in lines if abs(p - at) <= gap and a <= lo + gap and b >= hi - gap}) >= 2
    return all(twice(lo, x0, x1, across) and twice(hi, x0, x1, across) and twice(x0, lo, hi, down)
               and twice(x1, lo, hi, down) for lo, hi in zip(grid.ys, grid.ys[1:]))


def _panel_inside(grid: TableGrid, t: Tables) -> bool:
    """A shaded panel's side stands inside the drawn frame (a caption band in a figure), not
    on it (a heading set on a shaded band in a frame)."""
    x0, y0, x1, y1 = grid.bbox
    return any(r.box and x0 + t.snap < r.x0 < x1 - t.snap for r in grid.verticals) or \
        any(r.box and y0 + t.snap < r.y0 < y1 - t.snap for r in grid.horizontals)


def open_ends(grid: TableGrid, t: Tables) -> tuple[tuple[float, float] | None, tuple[float, float] | None]:
    """The stretch (top, bottom) above the grid's first drawn row rule, and below its last,
    where every column rule runs on to the grid's edge and no rule closes it: a table left open
    there (Word breaks a row across pages and may draw no border at the break). None where a
    rule closes it, or where only the outer rules overshoot the frame (crossing past its
    corners: the column rules inside stop at the frame)."""
    hs, vs = _segments(grid.horizontals, False), _segments(grid.verticals, True)
    drawn = [y for y in grid.ys if any(_covered(hs, y, a, b, t) for a, b in zip(grid.xs, grid.xs[1:]))]
    top, foot = (drawn[0], drawn[-1]) if drawn else (grid.ys[-1], grid.ys[0])

    def stretch(a: float, b: float) -> tuple[float, float] | None:
        ruled = b - a > t.min_cell and all(_covered(vs, x, a, b, t) for x in grid.xs)
        return (a, b) if ruled else None
    return stretch(grid.ys[0], top), stretch(foot, grid.ys[-1])


def read_grids(rules: list[Rule], t: Tables) -> RawGrids:
    """Every grid of vertical rules on a page, closed or not, top to bottom (before
    closed_parts keeps the tables), and the page's horizontal rules as they were read."""
    hs, vs = split_rules(rules, t)
    hs = sorted(long_enough(merge_collinear(hs, False, t), False, t), key=lambda h: h.y0)
    hs_y = [h.y0 for h in hs]
    vs = long_enough(merge_collinear(vs, True, t), True, t)
    hs, vs = _floating_met(hs, vs, t)
    hs_y = [h.y0 for h in hs]
    groups = [part for grp in group_verticals(vs, t) for part in _nested_apart(grp, hs, hs_y, t)]
    grids = [g for g in (grid_of_group(grp, hs, t, hs_y) for grp in groups) if g]
    return RawGrids(sorted(grids, key=lambda g: g.ys[0]), hs)


def _in_a_cell_clear(part: list[Rule], rules: list[Rule], t: Tables) -> bool:
    """The part's rules make a table of their own (_tabled) standing inside one cell of the grid the other
    `rules` make, clear of all four of its sides (further than `snap`), of one of them by more than `double_frame`."""
    if not _tabled(part, t):
        return False
    apart = {id(r) for r in part}
    gaps = _cell_gaps(_box(part), [r for r in rules if id(r) not in apart], t)
    return gaps is not None and min(gaps) > t.snap and max(gaps) > t.double_frame


def _read_into_a_table(group: list[Rule], hs: list[Rule], hs_y: list[float], nested: list[list[Rule]],
                       t: Tables) -> list[list[Rule]]:
    """Of the nested grids' verticals, those the grid of the whole group reads into a larger table: one of its
    closed parts stands round the nested grid, clear of it by more than `snap` on every side. Where no closed
    part holds it (a frame round a page, a figure's boxes: their cells left open by the nested grid's rules), the
    closed parts read it on its own already, and the group is left whole."""
    whole = grid_of_group(group, hs, t, hs_y)
    parts = [] if whole is None else [p.bbox for p in closed_parts(whole, t)]
    s = t.snap

    def held(inner: list[Rule]) -> bool:
        x0, y0, x1, y1 = _box(inner)
        return any(a < x0 - s and x1 + s < c and b < y0 - s and y1 + s < d for a, b, c, d in parts)
    return [inner for inner in nested if held(inner)]


def _nested_apart(group: list[Rule], hs: list[Rule], hs_y: list[float], t: Tables) -> list[list[Rule]]:
    """The group's verticals, those of each grid nested in a cell of another set apart. Convention (a check
    list whose row for the ledger holds a small ruled grid of the ledger's items, 4 × 3, drawn in that cell in
    the list's own 1 pt lines): rules that meet among themselves but none of the others (`_connected`), making
    a table of their own (two closed cells or more: _tabled) and standing inside one cell of the grid the other
    rules make — clear of all four of its sides, further than `double_frame` from one of them at least (a
    table's inner grid in a frame drawn twice round it is one table) — are a table of their own nested in that
    cell: their columns and rows are no columns and rows of the grid holding them — where the whole group's grid
    reads them into a larger table (_read_into_a_table). `hs` sorted by y0 (their y0s in `hs_y`). Groups of fewer than `nest_min` verticals (a frame and a nested grid's two sides) hold none."""
    if len(group) < t.nest_min:
        return [group]
    top, bottom = min(v.y0 for v in group), max(v.y1 for v in group)
    band = hs[bisect_left(hs_y, top - t.snap):bisect_right(hs_y, bottom + t.snap)]
    mine = {id(v) for v in group}
    nested = [inner for part in _connected(group + band, t.snap)
              if 2 <= len(inner := [r for r in part if id(r) in mine]) < len(group) and _in_a_cell_clear(part, group + band, t)]
    nested = _read_into_a_table(group, hs, hs_y, nested, t) if nested else nested
    if not nested:
        return [group]
    out = {id(r) for inner in nested for r in inner}
    return [[v for v in group if id(v) not in out]] + nested


class _Lines:
    """Drawn rules of one direction sorted by their position across (shaded boxes' sides left out),
    to find those standing within a stretch of positions by bisection."""
    def __init__(self, rules: list[Rule], vertical: bool) -> None:
        self.vertical = vertical
        self.marks = sorted((_along(r, vertical), r) for r in rules if not r.box)
        self.at = [m[0][0] for m in self.marks]

    def within(self, lo: float, hi: float) -> list[tuple[float, float, float]]:
        return [m[0] for m in self.marks[bisect_left(self.at, lo):bisect_right(self.at, hi)]]


def _reached(lines: _Lines, end: float, pos: float, lo: float, hi: float, snap: float) -> tuple[float, float, float] | None:
    """The rule of `lines` standing between lo and hi, nearest `end`, that runs past `pos`."""
    near = [m for m in lines.within(lo, hi) if m[1] - snap <= pos <= m[2] + snap]
    return min(near, key=lambda m: abs(m[0] - end)) if near else None


def _met_inside(lines: _Lines, target: tuple[float, float, float], snap: float) -> bool:
    """A rule of `lines` ends on the rule `target` (across them) away from its two ends: a row rule
    of a ruled table meeting its side. One crossing it (a tag's box laid over a frame's corner) does not."""
    at, a, b = target
    return any(abs(m[1] - at) <= snap or abs(m[2] - at) <= snap for m in lines.within(a + snap, b - snap))


def _floating_ends(rules: list[Rule], across: list[Rule], vertical: bool,
                   t: Tables) -> dict[int, tuple[tuple[float, float, float], tuple[float, float, float]]]:
    """Of `rules` (one direction), by index, the two rules across (position, start, end) that a rule
    floating at both ends stops short of (_floating_met)."""
    mine, others = _Lines(rules, vertical), _Lines(across, not vertical)
    out = {}
    for k, r in enumerate(rules):
        pos, a, b = _along(r, vertical)
        lo = None if r.box or _reached(others, a, pos, a - t.snap, a + t.snap, t.snap) \
            or _reached(others, b, pos, b - t.snap, b + t.snap, t.snap) else _reached(others, a, pos, a - t.float_gap, a, t.snap)
        hi = _reached(others, b, pos, b, b + t.float_gap, t.snap) if lo else None
        if lo is not None and hi is not None and b - a >= t.float_share * (hi[0] - lo[0]) \
                and not _met_inside(mine, lo, t.snap) and not _met_inside(mine, hi, t.snap):
            out[k] = (lo, hi)
    return out


def _floating_met(hs: list[Rule], vs: list[Rule], t: Tables) -> tuple[list[Rule], list[Rule]]:
    """The rules with each that floats drawn on to the rules it stops short of.
    Convention (a slide's table in PowerPoint's style of floating rules: a frame, a divider between
    the columns stopping short of the frame's top and foot, header and total rules stopping short of
    the frame's sides and of the divider): a drawn rule whose two ends both meet no rule across, each
    standing within `float_gap` of one that runs past it, covering `float_share` of the stretch
    between those two (a margin left at each end, no stroke standing in a gap), and no other rule ending
    on either of those two away from its ends (a frame, or a divider, that nothing else meets: a rule
    inset in a cell of a ruled table, whose sides the table's rows meet, is the cell's own), is drawn
    to meet them — the grid a reader sees — where the floating rules make a grid among themselves: one
    of the two it stops short of floats too, or a floating rule of the other direction stops short of it
    (a chart's lone axis floating in its frame makes no table). Ends are read against the rules as
    drawn, so the result does not hang on the order."""
    ends = (_floating_ends(hs, vs, False, t), _floating_ends(vs, hs, True, t))
    rules = (hs, vs)
    floating = [{_along(rules[d][k], d == 1) for k in ends[d]} for d in (0, 1)]
    targets = [{e for pair in ends[d].values() for e in pair} for d in (0, 1)]
    out: tuple[list[Rule], list[Rule]] = ([], [])
    for d in (0, 1):
        for k, r in enumerate(rules[d]):
            pair = ends[d].get(k)
            if pair is None or not (pair[0] in floating[1 - d] or pair[1] in floating[1 - d]
                                    or _along(r, d == 1) in targets[1 - d]):
                out[d].append(r)
            elif d == 1:
                out[d].append(Rule(r.x0, pair[0][0], r.x1, pair[1][0], r.width, r.box, r.tiled))
            else:
                out[d].append(Rule(pair[0][0], r.y0, pair[1][0], r.y1, r.width, r.box, r.tiled))
    return out


def raw_grids(rules: list[Rule], t: Tables) -> list[TableGrid]:
    """Every grid of vertical rules on a page, closed or not, top to bottom (read_grids)."""
    return read_grids(rules, t).grids


def _drawn_over(grid: TableGrid, hs: list[Rule], t: Tables) -> int:
    """How many horizontal rules inside the grid cross one of its column rules while dividing no
    cell: a rule that covers no column from boundary to boundary, both its ends in the middle of
    cells. Convention (a timeline chart drawn on a grid of years × cases: a step line of treads
    and risers, each tread crossing a year's rule and stopping halfway into the next): a table's
    rules meet at its cells' corners — every row rule runs from a column boundary to another,
    whatever the columns of each row (the boundaries are all of the grid's verticals) — so rules
    laid across its column rules are a chart's lines drawn over the grid (`Tables.chart_lines`)."""
    x0, y0, x1, y1 = grid.bbox
    n = 0
    for h in hs[bisect_left([h.y0 for h in hs], y0 + t.snap):]:
        if h.y0 >= y1 - t.snap:
            break
        if h.x0 < x0 - t.snap or h.x1 > x1 + t.snap or _spans_a_column(h, list(grid.xs), t.snap):
            continue
        n += any(h.x0 + t.snap < v.x0 < h.x1 - t.snap and v.y0 - t.snap <= h.y0 <= v.y1 + t.snap for v in grid.verticals)
    return n


def _bars(grid: TableGrid, parts: list[TableGrid], t: Tables) -> bool:
    """Convention (a bar chart drawn as outlined boxes, a stacked bar as boxes one on another): the
    grid's closed parts are separate columns of boxes, `min_bars` or more, every one standing on the
    grid's foot (the chart's axis) — bars side by side, no table cut into pieces (a table's parts
    stand one under another, or beside one another at its top). A chart draws its bars at one width:
    parts of several widths that start at one top as well as end on one foot are tables set side by
    side on one sheet (a report's key figures: 総数 | 65歳以上 | 重症者 boxes in a row: _side_by_side).
    Bars that hang below the axis as well as stand on it are ruled at the axis, wherever their feet
    stand (_across_one_axis)."""
    return len(parts) >= t.min_bars and (all(abs(p.ys[-1] - grid.ys[-1]) <= t.snap for p in parts)
                                         and not _side_by_side(parts, t.snap) or _across_one_axis(parts, t.snap))


def _across_one_axis(parts: list[TableGrid], snap: float) -> bool:
    """Convention (a stacked bar chart of gains and losses: each year's bar stands on the axis and
    hangs below it, the axis drawn across the bars): the parts stand side by side (no two share a
    stretch across: a table's pieces stand one under another), every one ruled at one level — the
    axis — and they reach up to heights of their own (tables set side by side start at one top)."""
    spans = sorted((p.xs[0], p.xs[-1]) for p in parts)
    if any(b[0] < a[1] - snap for a, b in zip(spans, spans[1:])):
        return False
    if _level_tops(parts, snap):
        return False
    return any(all(any(abs(y - level) <= snap for y in p.ys) for p in parts[1:]) for level in parts[0].ys)


def _side_by_side(parts: list[TableGrid], snap: float) -> bool:
    """The parts start at one top and are not all of one width (an ionogram's bars start level too,
    being of equal totals, but a chart's bars share one width)."""
    widths = [p.xs[-1] - p.xs[0] for p in parts]
    return _level_tops(parts, snap) and max(widths) - min(widths) > snap


def _level_tops(parts: list[TableGrid], snap: float) -> bool:
    """Every part starts at the first one's top (within `snap`)."""
    return all(abs(p.ys[0] - parts[0].ys[0]) <= snap for p in parts)


def _stepped(grid: TableGrid, t: Tables) -> bool:
    """Convention (a step chart, an area chart drawn as bars side by side, touching: a bond
    balance year by year): each bar's sides are column rules standing on the grid's foot and
    reaching up to the bar's top, every bar to a height of its own, so the rules between the
    columns stop at many heights — `bar_tops` or more, and at least half as many as there are such
    rules. A table's column rules run its whole height, or stop at its header's few levels (a
    header spanning columns over its sub-headers)."""
    vs = _segments(grid.verticals, True)
    inner = grid.xs[1:-1]
    tops = set()
    for x in inner:
        r = len(grid.ys) - 1
        while r > 0 and _covered(vs, x, grid.ys[r - 1], grid.ys[r], t):
            r -= 1
        if r < len(grid.ys) - 1:   # it stands on the foot
            tops.add(r)
    return len(tops) >= t.bar_tops and 2 * len(tops) >= len(inner)


def _axis_in_frame(part: TableGrid, t: Tables) -> bool:
    """Convention (a chart set in a frame: bars drawn from an axis line, its labels left of it): a
    frame of one row whose inner dividers all stand free of its top and its foot (each further
    than `row_snap` from both: drawn between the frame's sides, meeting no rule across) is a
    chart's panel, the divider its axis. A table's rules meet at its cells' corners: the rule
    between two cells of a row runs from the row's top to its foot."""
    if len(part.ys) != 2 or len(part.xs) < 3:
        return False
    top, foot = part.ys
    for x in part.xs[1:-1]:
        drawn = [v for v in part.verticals if abs(v.x0 - x) <= t.row_snap and v.y1 > top and v.y0 < foot]
        if not drawn or min(v.y0 for v in drawn) <= top + t.row_snap or max(v.y1 for v in drawn) >= foot - t.row_snap:
            return False
    return True


def _chart(grid: TableGrid, parts: list[TableGrid], across: list[Rule], t: Tables) -> bool:
    """The grid is a chart's (its closed parts no tables): lines laid over its cells (_drawn_over),
    separate bars on its foot (_bars), or bars side by side each to its own height (_stepped)."""
    return _drawn_over(grid, across, t) >= t.chart_lines or _bars(grid, parts, t) or _stepped(grid, t)


def top_sides(rules: Sequence[Rule], boxes: Sequence[tuple[float, float, float, float]], snap: float,
              thin: float) -> set[int]:
    """ids of the horizontal rules drawn along the top side of a box (`boxes`: the page's tables, its
    frames and panels): at the box's top, within `snap`, between its sides. Convention (a table's caption
    or a title set right on the table's top rule, 表１　… over its grid; a label over a framed box): such a
    rule belongs to the grid or the frame it closes, no underline of the line standing on it. Only boxes
    taller than `thin` count: a bar that thin is a rule itself, maybe an underline."""
    tops = sorted((b[1], b[0], b[2]) for b in boxes if b[3] - b[1] > thin)
    if not tops:
        return set()
    ys = [y for y, _, _ in tops]
    out = set()
    for r in rules:
        if not r.horizontal:
            continue
        y = (r.y0 + r.y1) / 2
        if any(x0 - snap <= r.x0 and r.x1 <= x1 + snap for _, x0, x1 in tops[bisect_left(ys, y - snap):bisect_right(ys, y + snap)]):
            out.add(id(r))
    return out


def find_grids(rules: list[Rule], t: Tables) -> list[TableGrid]:
    """Every ruled table on a page, top to bottom."""
    return grids_and_figures(rules, t)[0]


def page_grids(rules: list[Rule], t: Tables) -> PageGrids:
    """The grids of a page whose table rules are `rules` (PageGrids)."""
    raw = read_grids(rules, t)
    tables, figures = grids_and_figures(rules, t, raw)
    return PageGrids(raw, tables, figures)


Shape = tuple[str, tuple[float, float, float, float]]


def _joined(a: Shape, b: Shape, near: float) -> bool:
    """Two figure shapes that touch, an arrow joining only a box larger than itself."""
    (ka, (ax0, ay0, ax1, ay1)), (kb, (bx0, by0, bx1, by1)) = a, b
    if not meets(a[1], b[1], near):
        return False
    area_a, area_b = (ax1 - ax0) * (ay1 - ay0), (bx1 - bx0) * (by1 - by0)
    return ka == kb or (area_a < area_b if ka == "arrow" else area_b < area_a)


def _shape_groups(shapes: list[Shape], near: float) -> list[list[Shape]]:
    """The shapes in groups joined piece to piece (_joined, each asked of a shape and one before it), in the order of
    their first piece, each in the shapes' order (geometry.components: the one union-find, as block_diagrams uses)."""
    joined = ((i, j) for i in range(len(shapes)) for j in range(i) if _joined(shapes[i], shapes[j], near))
    return [[shapes[k] for k in members] for members in components(len(shapes), joined)]


def diagrams(shapes: list[Shape], t: Tables) -> list[tuple[float, float, float, float]]:
    """Convention: a flow diagram is rounded boxes joined by arrows (Page.shapes): pieces that
    touch (`arrow_reach`) make one group, an arrow joining only boxes larger than itself (a
    band's slanted background shapes, larger than the badges on them, join none), and a group
    of two boxes or more with an arrow among them is a figure, whose words (its boxes'
    captions, however large or bold) are no headings. A rounded panel alone (a slide's title
    band, a framed heading) joins no arrow: no figure. Convention: a diagram's boxes may be plain
    rectangles, stroked or shaded with square corners (the page's panels, passed as "framed"): 発見者
    → IPA → ウェブサイト運営者 boxed so and joined by arrows is a diagram, and the numbered steps beside
    its arrows (1 発見者は、IPAに…, the number bold and larger) are its words. Convention (a chart of measures in rows
    of chevrons: who it is for > the measure > what it gives > where to ask, each an arrow-shaped box pointing at the
    next): a row of arrows touching side by side (_chevron_row) is a process chart's row — a figure, its words the
    chart's labels, no headings. A staircase (layout._staircase: the side of a block arrow's head) is no piece of
    such a diagram: whether it makes a drawing of its boxes is block_diagrams' decision alone."""
    pieces = [s for s in shapes if s[0] != "staircase"]
    if len(pieces) > t.max_shapes:
        return []
    out = []
    for members in _shape_groups(pieces, t.arrow_reach):
        arrows = [box for kind, box in members if kind == "arrow"]
        if _boxes_and_arrow(members) and _joined_inside(members, t):
            out.append(union_box([box for _, box in members]))
        elif _chevron_row(arrows, t) >= t.chevron_steps:
            out.append(union_box(arrows))   # the chevrons' own extent: a frame round the chart holds its labels too
    return out


def picture_tags(pictures: list[tuple[float, float, float, float]], shapes: list[Shape],
                 t: Tables) -> list[tuple[float, float, float, float]]:
    """Convention (a magazine page's photographs, each labelled in a small rounded box set right under it — the
    kind of thing it shows, in a bold gothic larger than the body): a rounded box (Page.shapes) whose top stands at most `picture_tag_reach`
    under a picture's foot (Page.pictures), overlapping it across and no wider than it, is the picture's tag — a figure
    (page_flow._page_tables), its words no heading. A band wider than the picture under it heads what follows."""
    return [box for kind, box in shapes if kind == "rounded" and any(
        0 <= box[1] - p[3] <= t.picture_tag_reach and box[0] < p[2] and p[0] < box[2] and box[2] - box[0] <= p[2] - p[0]
        for p in pictures)]


def _boxes_and_arrow(members: list[Shape]) -> bool:
    """Two boxes or more (rounded, or square: "framed") and an arrow among the shapes."""
    kinds = [kind for kind, _ in members]
    return "arrow" in kinds and kinds.count("rounded") + kinds.count("framed") >= 2


def _joined_inside(members: list[Shape], t: Tables) -> bool:
    """Convention (a magazine's section framed in a rounded panel: its heading, a paragraph, photographs' labels in
    rounded boxes, a small arrow drawn on a photograph): a box of the group holding the middle of every other shape
    of it is a frame round them, no box of a diagram — the group is a diagram (diagrams) only if the shapes inside
    still are one, regrouped without the frame (an arrow among two boxes it touches, or a row of chevrons); a frame
    round a flow chart keeps its chart, its caption band inside the frame the chart's. A group no box of which holds the
    rest is asked nothing more. Only a rounded panel is such a frame: a square one (Page.panels, "framed": a warning
    callout holding its icon, a slide's band holding an icon, bullets drawn as arrows and a box) stays the diagram's box."""
    for k, (kind, (x0, y0, x1, y1)) in enumerate(members):
        rest = members[:k] + members[k + 1:]
        if kind == "rounded" and all(x0 <= (b[0] + b[2]) / 2 <= x1 and y0 <= (b[1] + b[3]) / 2 <= y1
                                                 for _, b in rest):
            return any(_boxes_and_arrow(g) or _chevron_row([b for kind, b in g if kind == "arrow"], t) >= t.chevron_steps
                       for g in _shape_groups(rest, t.arrow_reach))
    return True


def _chevron_row(arrows: list[tuple[float, float, float, float]], t: Tables) -> int:
    """The most arrows in one row: each touching the one before side by side (within `arrow_reach`), its top and foot
    level with it (within `arrow_reach`), its middle past the other's right end — chevrons each pointing at the next
    (diagrams), not arrows joined end to end along a line nor a shape drawn twice (a fill and its outline)."""
    row, near = sorted(set(arrows)), t.arrow_reach
    steps = [1] * len(row)
    for k, b in enumerate(row):
        steps[k] += max((steps[m] for m, a in enumerate(row[:k]) if b[0] <= a[2] + near < (b[0] + b[2]) / 2 + near
                         and abs(a[1] - b[1]) <= near and abs(a[3] - b[3]) <= near), default=0)
    return max(steps, default=0)


def flow_steps(grids: list[TableGrid], shapes: list[Shape], t: Tables) -> tuple[list[TableGrid], list[tuple[float, float, float, float]]]:
    """Convention (a procedure's flow: 交付申請 → 交付決定 → 請求 → 交付 → 報告, set in a handbook):
    framed boxes of one column (a title bar over the step's text) stacked one under another, an
    arrow standing in the gap between each two (`arrow_reach` of either box, its middle within
    both), are the steps of a flow chart: a figure, no tables — a table's rows are never set
    apart by arrows. The grids that make no such chain are kept, in their order."""
    arrows = [box for kind, box in shapes if kind == "arrow"]
    single = sorted((g for g in grids if len(g.xs) == 2), key=lambda g: g.ys[0]) if arrows else []
    steps: set[int] = set()
    for a, b in zip(single, single[1:]):
        left, right = max(a.xs[0], b.xs[0]), min(a.xs[-1], b.xs[-1])
        if any(a.ys[-1] - t.arrow_reach <= y0 and y1 <= b.ys[0] + t.arrow_reach and left <= (x0 + x1) / 2 <= right
               for x0, y0, x1, y1 in arrows):
            steps |= {id(a), id(b)}
    return [g for g in grids if id(g) not in steps], [g.bbox for g in grids if id(g) in steps]


def block_diagrams(grids: list[TableGrid], shapes: list[Shape], rules: Sequence[Rule], t: Tables
                   ) -> tuple[list[TableGrid], list[tuple[float, float, float, float]]]:
    """Convention (a flow of amounts drawn with rules alone: boxes ruled as grids, some split by inner rules, joined
    by block arrows — a shaft of two parallel rules ending in a head whose two sides are staircases, layout._staircase
    — and by connector lines meeting at a junction a shaft starts from): the page's lines that lie in no grid
    (shafts, wings, connectors, a box's frame), each longer than `arrow_reach` (a corner's crumb joins nothing its
    neighbours do not), join whatever they touch (within `arrow_reach`), line to line and line to grid, and a
    staircase joins what it touches; grids so joined, two or more, with a block arrow's head among them (a staircase
    such a line ends at: its shaft or its wings) are one drawing's boxes — a figure, no tables, its words no headings
    (diagrams). A table's sides are never reached by an arrow's shaft: grids a line alone joins (a rule run from one
    table to the next), or with a staircase no such line ends at (a cell's diagonal stroke drawn step by step), stay
    tables; a chart's plotted line is no staircase (stroked, a few long pieces), though its markers' sides end at it.
    The grids that make no such drawing are kept, in their order."""
    arrows = [box for kind, box in shapes if kind == "staircase"]
    if len(grids) < 2 or not arrows:
        return grids, []
    nodes = [Rule(*box, 0.0) for box in [g.bbox for g in grids] + arrows] + _wires(grids, rules, t)   # met as rules meet
    if len(nodes) > t.max_shapes:
        return grids, []
    figures: list[tuple[float, float, float, float]] = []
    drawn: set[int] = set()
    for members in _block_drawings(nodes, len(grids), len(grids) + len(arrows), t):
        figures.append(union_box([(nodes[k].x0, nodes[k].y0, nodes[k].x1, nodes[k].y1) for k in members]))
        drawn.update(k for k in members if k < len(grids))
    return [g for k, g in enumerate(grids) if k not in drawn], figures


def _block_drawings(nodes: list[Rule], boxes: int, heads: int, t: Tables) -> list[list[int]]:
    """The sets of `nodes` (the grids' boxes first, up to `boxes`; then the arrows', up to `heads`; then the lines in
    no grid) that touch one another, chained, holding two grids or more and an arrow a line ends at (block_diagrams)."""
    at = [(n.x0, n.y0, n.x1, n.y1) for n in nodes]
    joined = [(i, j) for i in range(boxes, len(nodes)) for j in range(i)
              if meets(at[i], at[j], t.arrow_reach)]   # grids join only through what lies between them
    shafted = {j for i, j in joined if boxes <= j < heads <= i and _ends_at(nodes[i], nodes[j], t.arrow_reach)}
    return [members for members in components(len(nodes), joined)
            if sum(1 for k in members if k < boxes) >= 2 and shafted.intersection(members)]


def _ends_at(line: Rule, box: Rule, near: float) -> bool:
    """Whether one end of the line stands within `near` of the box: a shaft or a wing ending at an arrow's head, not a
    chart's gridline crossing its plotted line."""
    flat = line.x1 - line.x0 >= line.y1 - line.y0
    mx, my = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
    ends = ((line.x0, my), (line.x1, my)) if flat else ((mx, line.y0), (mx, line.y1))
    return any(box.x0 - near <= x <= box.x1 + near and box.y0 - near <= y <= box.y1 + near for x, y in ends)


def _wires(grids: list[TableGrid], rules: Sequence[Rule], t: Tables) -> list[Rule]:
    """The rules lying in no grid (within `snap` of its box), each longer than `arrow_reach` (block_diagrams)."""
    return [r for r in rules if max(r.x1 - r.x0, r.y1 - r.y0) > t.arrow_reach
            and not any(holds(g.bbox, r.x0, r.y0, r.x1, r.y1, t.snap) for g in grids)]


def asides(grids: list[TableGrid], lines: Sequence[Line], t: Tables) -> list[tuple[float, float, float, float]]:
    """Convention (a white paper's column, コラム; an interview, a case study): an aside is set in a
    frame drawn by shaded boxes alone — a title band over a tinted panel, no stroked line, nothing
    dividing it into cells, but a band over the panel — around running text of its own (`aside_lines` lines at least;
    `lines`: the page's, their middles taken only for a page with such a frame). Its lines are the aside's, no headings of
    the document: the interviewee's byline (●氏名), the column's label beside a title set as
    outlines. A heading's band (one line), a single shaded box (a notice framed on a cover: its
    【…】 head its paragraphs) or a ruled figure's frame is none."""
    out = []
    middles: list[tuple[float, float]] | None = None
    for g in grids:
        if len(g.ys) < 3 or not all(r.box for r in g.verticals + g.horizontals) or not _frame_only(g, t):
            continue   # one box (a notice framed on a cover) has no band over its panel
        if middles is None:   # most pages hold no such frame: their lines' middles are never taken
            middles = [((ln.x0 + ln.x1) / 2, (ln.y0 + ln.y1) / 2) for ln in lines if ln.text.strip()]
        x0, y0, x1, y1 = g.bbox
        if sum(1 for x, y in middles if x0 <= x <= x1 and y0 <= y <= y1) >= t.aside_lines:
            out.append(g.bbox)
    return out


def grids_and_figures(rules: list[Rule], t: Tables,
                      raw: RawGrids | None = None) -> tuple[list[TableGrid], list[tuple[float, float, float, float]]]:
    """Every ruled table on a page, top to bottom, and the figures: drawn lines with shaded
    panels (a caption band, coloured boxes) that make no table, whose text is no heading.
    Shaded boxes alone (coloured panels) make no table, nor do shaded bands in one drawn frame:
    drawn lines must divide it. `raw`: read_grids(rules, t) when the caller has them already (the
    horizontal rules the grids were read from are the chart test's: read once)."""
    tables: list[TableGrid] = []
    figures = []
    grids, across = read_grids(rules, t) if raw is None else raw
    for g in grids:
        drawn = [r.box for r in g.verticals + g.horizontals]
        parts = [] if _frame_only(g, t) or _gutters_only(g, t) or _frames_drawn_twice(g, rules, t) else closed_parts(g, t)
        if parts and _chart(g, parts, across, t):   # a chart: a figure, no table
            figures.append(g.bbox)
            continue
        for part in parts:   # a frame divided by a chart's axis alone: a figure
            if _axis_in_frame(part, t):
                figures.append(part.bbox)
            else:
                tables.append(_stacked(part, t))
        if not parts and any(drawn) and not all(drawn) and _panel_inside(g, t) and _lines_both_ways(g):
            figures.append(g.bbox)
    return sorted(tables, key=lambda g: g.ys[0]), figures
