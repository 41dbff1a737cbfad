"""Convention (a statistics release's table, 統計表, as a ministry's statistics office sets it: its row rules drawn
from margin to margin, its column rules inside only, no side drawn — the last column, ○○率 or 計, standing
between the last column rule and the rules' end, the first column's band labels, 実数 / 前年比, between the
margin and the first): a reader sees the table end where its rules end. The sides a reader so sees are drawn here
(implied_sides), for the grid reader (rules_to_cells) to read the strip beyond the outermost column rule as a
column of its own, as it reads a ruled one:

    at each end of the row rules where no side is drawn, a side from the table's top rule to its foot,

where `side_rules` rules or more of one extent (at least `open_width` long) cross two column rules or more drawn
between them, every column rule there running from a row rule to a row rule and the first and the last of those rules
at the column rules' top and foot (headings' underlines across the text over and under a ruled table of its own, a
diagram's lines, close none), and `side_lines` lines of text stand wholly in the strip between the outermost column
rule and that end (a column's heading and its figures). A strip where no line stands wholly (the label of a row set from the
margin across the first column rule: 令和○年 over the 計・男・女 rows) is the first column's margin, no column:
no side is drawn there.
"""
from __future__ import annotations

from extractors.geometry import by_extent
from extractors.records import Line, Rule
from extractors.settings import Tables


def _extents(rules: list[Rule], t: Tables) -> list[list[Rule]]:
    """The long drawn horizontal rules grouped by extent (both ends within `snap` of the group's first: geometry.by_extent), each group top to bottom, one rule
    a height (a rule drawn twice, as a double stroke or a cell's border over its neighbour's, counts once towards
    `side_rules`)."""
    hs = sorted((r for r in rules if r.horizontal and not r.box and r.x1 - r.x0 >= t.open_width), key=lambda r: r.y0)
    groups = [_one_a_height(g, t.snap) for g in by_extent(hs, t.snap)]
    return [g for g in groups if len(g) >= t.side_rules]


def _one_a_height(group: list[Rule], snap: float) -> list[Rule]:
    """The group's rules (top to bottom) less each standing within `snap` under the last one kept: one a height."""
    kept = group[:1]
    for h in group[1:]:
        if h.y0 - kept[-1].y0 > snap:
            kept.append(h)
    return kept


def _columns(rules: list[Rule], x0: float, x1: float, y0: float, y1: float, snap: float) -> list[Rule]:
    """The vertical rules (drawn lines and box sides alike) standing inside x0..x1 within y0..y1."""
    return [r for r in rules if not r.horizontal and x0 - snap <= r.x0 <= x1 + snap
            and min(r.y0, r.y1) >= y0 - snap and max(r.y0, r.y1) <= y1 + snap and r.y1 - r.y0 > snap]


def _met(v: Rule, hs: list[Rule], snap: float) -> bool:
    """The column rule runs from a row rule to a row rule: a horizontal rule crosses its x at its top and one at its
    foot (a table's column rule ends on the rules that close its cells; a figure's stroke or a box beside the text
    ends anywhere)."""
    def at(y: float) -> bool:
        return any(abs(h.y0 - y) <= snap and h.x0 - snap <= v.x0 <= h.x1 + snap for h in hs)
    return at(min(v.y0, v.y1)) and at(max(v.y0, v.y1))


def _filled(lines: list[Line], a: float, b: float, y0: float, y1: float, snap: float) -> int:
    """How many lines of text stand wholly between a and b, inside y0..y1."""
    return sum(1 for ln in lines if ln.text.strip() and a - snap <= ln.x0 and ln.x1 <= b + snap
               and y0 < (ln.y0 + ln.y1) / 2 < y1)


def _table_band(group: list[Rule], rules: list[Rule], hs: list[Rule], t: Tables) -> tuple[list[Rule], list[Rule]] | None:
    """The column rules the group's row rules close and those row rules (top to foot): None where fewer than two column
    rules stand inside, one of them ends off a row rule (_met), or the first and the last row rules of the group within
    their reach do not stand at their top and foot."""
    x0, x1 = group[0].x0, group[0].x1
    vs = _columns(rules, x0, x1, group[0].y0, group[-1].y0, t.snap)
    inner = {round(v.x0) for v in vs if x0 + t.snap < v.x0 < x1 - t.snap}
    if len(inner) < 2 or not all(_met(v, hs, t.snap) for v in vs):
        return None
    top, foot = min(min(v.y0, v.y1) for v in vs), max(max(v.y0, v.y1) for v in vs)
    rows = [h for h in group if top - t.snap <= h.y0 <= foot + t.snap]
    ends = len(rows) >= t.side_rules and abs(rows[0].y0 - top) <= t.snap and abs(rows[-1].y0 - foot) <= t.snap
    return (vs, rows) if ends else None


def implied_sides(rules: list[Rule], lines: list[Line], t: Tables) -> list[Rule]:
    """The sides the tables ruled without them imply (the module's convention): at each end of a group of row rules
    closing a table's column rules (_table_band) where no side is drawn and the strip beyond the outermost column rule
    holds a column's text (_filled); [] where none stands."""
    hs = [r for r in rules if r.horizontal]
    out: list[Rule] = []
    for group in _extents(rules, t):
        band = _table_band(group, rules, hs, t)
        if band is None:
            continue
        vs, rows = band
        x0, x1, top, foot = group[0].x0, group[0].x1, rows[0].y0, rows[-1].y0
        xs = [v.x0 for v in vs if x0 + t.snap < v.x0 < x1 - t.snap]
        for end, near in ((x0, min(xs)), (x1, max(xs))):
            drawn = any(abs(v.x0 - end) <= t.snap and min(v.y0, v.y1) < foot - t.snap and max(v.y0, v.y1) > top + t.snap
                        for v in rules if not v.horizontal)   # a side drawn on past the band's rules is drawn too
            if not drawn and abs(end - near) > t.min_cell and \
                    _filled(lines, min(end, near), max(end, near), top, foot, t.snap) >= t.side_lines:
                out.append(Rule(end, top, end, foot, group[0].width))
    return out
