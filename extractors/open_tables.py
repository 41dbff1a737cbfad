"""Convention (a statistics table, 統計表, set as a 統計書 sets it: 年次 | 全市 | 東区 | … over one row per year): the
header is ruled — a rule over it, its column rules, a rule under it, each header rule spanning the table's width —
while the body is open: no rule between its rows, none between its columns but the stub's (the 年次 column's) at most,
the sides open, one rule closing it at its foot (a few more may part its blocks). A reader reads the body's rows and
columns off the header: each column under its header cell, each row a line of text. The rules a reader so sees are
drawn here (implied_rules), for the grid reader (rules_to_cells) to read the table as it reads a ruled one:

    the header's column rules carried down to the closing rule, the table's two sides where its rules end, and a rule
    between each two rows of the body's text.

A header is a band at most `open_header` tall under a rule as wide as its foot's, holding column rules that reach its
foot (two at least); the body holds `open_rows` rows of text at least (and as many per block its rules part), and one
column rule at most, the stub's, standing where a header's does (a body ruled into columns is a ruled table's; a rule
standing in the body elsewhere is a figure's or a frame's: no such table).
"""
from __future__ import annotations

from typing import NamedTuple

from extractors.geometry import same_extent
from extractors.records import Line, Rule
from extractors.settings import Tables


def _horizontals(rules: list[Rule], t: Tables) -> list[Rule]:
    return sorted((r for r in rules if r.horizontal and r.x1 - r.x0 >= t.open_width), key=lambda r: r.y0)


def _verticals(rules: list[Rule], x0: float, x1: float, y0: float, y1: float, snap: float) -> list[Rule]:
    """The vertical rules standing between x0 and x1 that overlap y0..y1 (beyond `snap` at either end)."""
    return [r for r in rules if not r.horizontal and x0 - snap <= r.x0 <= x1 + snap
            and min(r.y0, r.y1) < y1 - snap and max(r.y0, r.y1) > y0 + snap]


def _rows(lines: list[Line], x0: float, x1: float, y0: float, y1: float) -> list[tuple[float, float]]:
    """The visual rows of text (top, foot) between y0 and y1 within x0..x1: lines whose middles overlap are one row."""
    boxes = sorted((ln.y0, ln.y1) for ln in lines if ln.text.strip() and x0 <= (ln.x0 + ln.x1) / 2 <= x1
                   and y0 < (ln.y0 + ln.y1) / 2 < y1)
    rows: list[tuple[float, float]] = []
    for top, foot in boxes:
        if rows and (top + foot) / 2 < rows[-1][1]:
            rows[-1] = (rows[-1][0], max(rows[-1][1], foot))
        else:
            rows.append((top, foot))
    return rows


def _down(x: float, rows: list[tuple[float, float]], lines: list[Line], foot: Rule, last: Rule,
          snap: float) -> list[tuple[float, float]]:
    """The stretches of a header's column rule carried down the body at x: from the header's foot to the closing
    rule, broken at each row a line of text runs across x (a block's label centred over the columns, 人口動態
    （人口増減数）: one cell spanning them, as a reader reads it)."""
    crossed = [(a, b) for a, b in rows if any(ln.x0 < x - snap and ln.x1 > x + snap and a <= (ln.y0 + ln.y1) / 2 <= b
                                               for ln in lines if ln.text.strip())]
    out, start = [], foot.y0
    for k, (a, b) in enumerate(rows):
        if (a, b) in crossed:
            above = (rows[k - 1][1] + a) / 2 if k else foot.y0
            if above > start:
                out.append((start, above))
            start = (b + rows[k + 1][0]) / 2 if k + 1 < len(rows) else last.y0
    if last.y0 > start:
        out.append((start, last.y0))
    return out


def _header(foot: Rule, above: list[Rule], rules: list[Rule], t: Tables) -> tuple[Rule, list[float]] | None:
    """The header over the rule `foot`: the rule over it as wide (within `open_header`) and the xs of the column
    rules that reach `foot` from inside the band (two at least); None when no such header stands there."""
    top = next((h for h in reversed(above) if 0 < foot.y0 - h.y0 <= t.open_header and same_extent(h, foot, t.snap)), None)
    if top is None:
        return None
    inner = [v for v in _verticals(rules, foot.x0 + t.snap, foot.x1 - t.snap, top.y0, foot.y0, t.snap)
             if max(v.y0, v.y1) >= foot.y0 - t.snap]
    xs = sorted({round(v.x0, 1) for v in inner})
    return (top, xs) if len(xs) >= 2 else None


class _Open(NamedTuple):
    """An open-bodied table found on a page: its header's top rule and foot rule, the header's column xs, the
    closing rule and the body's rows of text (top, foot)."""
    top: Rule
    foot: Rule
    xs: list[float]
    last: Rule
    rows: list[tuple[float, float]]


def _stub_only(foot: Rule, last: Rule, xs: list[float], rules: list[Rule], t: Tables) -> bool:
    """Between the header's foot and the rule `last` stands one column rule at most, the stub's where a header's
    stands: the body down to `last` is open (a body that is not stays not when it runs further down)."""
    body = {round(v.x0) for v in _verticals(rules, foot.x0 - t.snap, foot.x1 + t.snap, foot.y0, last.y0, t.snap)}
    return len(body) <= 1 and not any(all(abs(x - h) > t.snap for h in xs) for x in body)


def _open_body(top: Rule, foot: Rule, xs: list[float], below: list[Rule], lines: list[Line], t: Tables) -> _Open | None:
    """The table under the header (top, foot, xs) whose body, open down to the lowest rule as wide (`below`'s last;
    the rules between part its blocks — _table_under asks only of a rule the body stays open down to: _stub_only),
    holds `open_rows` rows of text at least, as many per block; None when it holds fewer."""
    last = below[-1]
    rows = _rows(lines, foot.x0, foot.x1, foot.y0, last.y0)
    parts = sum(1 for h in below[:-1] if h.y0 > foot.y0 + t.snap)
    return _Open(top, foot, xs, last, rows) if len(rows) >= t.open_rows * (parts + 1) else None


def _drawn_for(table: _Open, hs: list[Rule], lines: list[Line], t: Tables) -> list[Rule]:
    """The rules the open table implies: the header's column rules carried down (_down), its two sides, a rule
    between each two rows of its body's text where none is drawn."""
    foot, last, width = table.foot, table.last, table.foot.width
    out = [Rule(x, a, x, b, width) for x in table.xs for a, b in _down(x, table.rows, lines, foot, last, t.snap)]
    out += [Rule(x, table.top.y0, x, last.y0, width) for x in (foot.x0, foot.x1)]
    drawn = [h.y0 for h in hs if same_extent(h, foot, t.snap)]
    return out + [Rule(foot.x0, (a + b) / 2, foot.x1, (a + b) / 2, width) for (_, a), (b, _) in zip(table.rows, table.rows[1:])
                  if not any(a - t.snap <= y <= b + t.snap for y in drawn)]


def _opens_band(h: Rule, rules: list[Rule], t: Tables) -> bool:
    """A column rule hangs down from the horizontal rule h (within its extent): h is the top of a ruled band — a ruled
    table's row, another table's header —, no open body's closing rule."""
    return any(not v.horizontal and h.x0 - t.snap <= v.x0 <= h.x1 + t.snap and abs(min(v.y0, v.y1) - h.y0) <= t.snap
               and max(v.y0, v.y1) > h.y0 + t.snap for v in rules)


def _table_under(top: Rule, foot: Rule, xs: list[float], below: list[Rule], rules: list[Rule], lines: list[Line],
                 t: Tables) -> _Open | None:
    """The open-bodied table under the header (top, foot, xs): its body closed by the lowest rule of `below` (the rules
    under it as wide, in order) that leaves it open (_stub_only), opens no ruled band under it (_opens_band: the
    next table's top, a ruled table's row) and closes rows enough (_open_body) — the rules between part its blocks;
    None where no rule does."""
    reach = 0   # how many of `below` the body stays open down to (_stub_only): a ruled table's body none
    while reach < len(below) and _stub_only(foot, below[reach], xs, rules, t):
        reach += 1
    for k in range(reach - 1, -1, -1):
        if not _opens_band(below[k], rules, t) and (table := _open_body(top, foot, xs, below[:k + 1], lines, t)):
            return table
    return None


def _inside(foot: Rule, read: list[_Open], snap: float) -> bool:
    """The rule stands inside a table already read: across its columns, from its header's top down to its closing
    rule (a ruled band or a block's rule of its body, no header of a table of its own)."""
    return any(foot.x0 < r.foot.x1 - snap and foot.x1 > r.foot.x0 + snap and r.top.y0 - snap <= foot.y0 <= r.last.y0 + snap
               for r in read)


def implied_rules(rules: list[Rule], lines: list[Line], t: Tables) -> list[Rule]:
    """The rules the open-bodied statistics tables on a page imply (the module's convention), each such table's (two
    tables one under the other or side by side, each read: _table_under); a header standing inside a table already
    read opens none (_inside); [] where none stands."""
    hs = _horizontals(rules, t)
    out: list[Rule] = []
    read: list[_Open] = []
    for k, foot in enumerate(hs):
        below = [h for h in hs[k + 1:] if same_extent(h, foot, t.snap)] if not _inside(foot, read, t.snap) else []
        header = _header(foot, hs[:k], rules, t) if below else None
        table = _table_under(header[0], foot, header[1], below, rules, lines, t) if header is not None else None
        if table is not None:
            out += _drawn_for(table, hs, lines, t)
            read.append(table)
    return out
