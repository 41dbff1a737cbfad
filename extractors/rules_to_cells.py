"""Ruled tables from drawn rules, as a chain of small pure functions:

    split_rules → merge_collinear → group_verticals → grid_of_group → TableGrid

A table is a set of vertical rules whose y-ranges touch; its columns are their x positions and
its rows are the horizontal rules that cross it. Short horizontal rules that do not cross a
column (underlines) are left for extractors/underlines.py.
"""
from __future__ import annotations

from dataclasses import dataclass

from extractors.records import Rule

SNAP = 2.0       # pt: positions closer than this are the same rule
MIN_RULE = 4.0   # pt: shorter strokes are not table rules


@dataclass(frozen=True, slots=True)
class TableGrid:
    xs: tuple[float, ...]   # column boundaries, left to right
    ys: tuple[float, ...]   # row boundaries, top to bottom

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]


def split_rules(rules: list[Rule]) -> tuple[list[Rule], list[Rule]]:
    """Horizontal and vertical rules long enough to be table rules."""
    hs = [r for r in rules if r.horizontal and r.x1 - r.x0 >= MIN_RULE]
    vs = [r for r in rules if not r.horizontal and r.y1 - r.y0 >= MIN_RULE]
    return hs, vs


def merge_collinear(rules: list[Rule], vertical: bool) -> list[Rule]:
    """Join segments on one line that touch or overlap (rules drawn cell by cell)."""
    def pos(r: Rule) -> float:
        return r.x0 if vertical else r.y0

    def start(r: Rule) -> float:
        return r.y0 if vertical else r.x0

    def end(r: Rule) -> float:
        return r.y1 if vertical else r.x1

    out: list[Rule] = []
    for r in sorted(rules, key=lambda r: (round(pos(r)), start(r))):
        if out and abs(pos(out[-1]) - pos(r)) <= SNAP and start(r) <= end(out[-1]) + SNAP:
            last = out[-1]
            if vertical:
                out[-1] = Rule(last.x0, last.y0, last.x1, max(last.y1, r.y1), last.width)
            else:
                out[-1] = Rule(last.x0, last.y0, max(last.x1, r.x1), last.y1, last.width)
        else:
            out.append(r)
    return out


def group_verticals(vs: list[Rule]) -> list[list[Rule]]:
    """Vertical rules whose y-ranges overlap belong to one table."""
    groups: list[list[Rule]] = []
    for r in sorted(vs, key=lambda r: r.y0):
        for g in groups:
            if r.y0 <= max(v.y1 for v in g) + SNAP and r.y1 >= min(v.y0 for v in g) - SNAP:
                g.append(r)
                break
        else:
            groups.append([r])
    return groups


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


def grid_of_group(group: list[Rule], hs: list[Rule]) -> TableGrid | None:
    """Column and row boundaries of one table; None if it is not a grid (a lone box line)."""
    xs = _snap([v.x0 for v in group])
    if len(xs) < 2:
        return None
    top, bottom = min(v.y0 for v in group), max(v.y1 for v in group)
    left, right = xs[0], xs[-1]
    ys = []
    for h in hs:
        if not (top - SNAP <= h.y0 <= bottom + SNAP):
            continue
        # a row rule crosses at least one whole column of this table
        if any(h.x0 <= a + SNAP and h.x1 >= b - SNAP for a, b in zip(xs, xs[1:])) \
                and h.x0 >= left - 3 * SNAP and h.x1 <= right + 3 * SNAP:
            ys.append(h.y0)
    ys = _snap(ys + [top, bottom])
    if len(ys) < 2:
        return None
    return TableGrid(tuple(xs), tuple(ys))


def find_grids(rules: list[Rule]) -> list[TableGrid]:
    """Every ruled table on a page, top to bottom."""
    hs, vs = split_rules(rules)
    hs = merge_collinear(hs, vertical=False)
    vs = merge_collinear(vs, vertical=True)
    grids = [g for g in (grid_of_group(grp, hs) for grp in group_verticals(vs)) if g]
    # a frame around text (a box with no inner column rule) is not a table
    grids = [g for g in grids if len(g.xs) >= 3]
    return sorted(grids, key=lambda g: g.ys[0])
