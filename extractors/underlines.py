"""Which glyphs are underlined: a thin horizontal rule drawn just under their baseline.

Older editions mark the lead ministry by underlining its abbreviation. LibreOffice draws the
underline in pieces where the script changes (`IT` | `室`), so each glyph is judged on its own:
a glyph is underlined when a rule lies within its baseline band and covers its centre.

The band's depth is measured in the largest type of the glyph's visual row: a word processor draws
one underline under a whole line at the depth its largest type sets, so a smaller run on the same
baseline (a heading's parenthesised tail set small: （２）…の把握（定点観測（週報）） over one rule)
shares the underline of the rest.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import NamedTuple

from extractors.geometry import baseline_rows
from extractors.records import Rule, Span
from extractors.settings import Layout, Underlines


class Glyph(NamedTuple):
    """One glyph as the underline test reads it: a plain named tuple, built for every glyph of
    each line read for underlines (a frozen dataclass cost three times as much to build)."""
    c: str
    x0: float
    x1: float
    baseline: float
    size: float
    row_size: float = 0.0   # the largest type on its visual row (0: its own size)


def glyphs_of(spans: list[Span], ls: Layout, visible: bool = False) -> list[Glyph]:
    """Glyphs of spans in reading order (top to bottom, left to right); `visible`: the spaces left out,
    no Glyph made for them (a line's underline test reads its visible glyphs only)."""
    glyphs: list[Glyph] = []
    for row in baseline_rows(spans, ls):
        largest = max(s.size for s in row)
        glyphs.extend(Glyph(c, box[0], box[2], s.baseline, s.size, largest)
                      for s in row for c, box in zip(s.text, s.char_boxes) if not (visible and c.isspace()))
    return glyphs


def underline_rules(rules: list[Rule], max_len: float, thickness: float) -> list[Rule]:
    """Thin horizontal strokes short enough to be underlines rather than table rules."""
    return [r for r in rules if r.horizontal and r.y1 - r.y0 <= thickness and 0 < r.x1 - r.x0 <= max_len]


def underlined(glyphs: list[Glyph], rules: list[Rule], u: Underlines, max_ems: float) -> list[bool]:
    """Per glyph, whether a rule no longer than `max_ems` ems runs just under it (a ministry's
    underline is short; a title's runs the title's length)."""
    if not glyphs:
        return []
    size = max(max(g.size, g.row_size) for g in glyphs)
    above, below = u.above_baseline, u.below_baseline
    low = min(g.baseline for g in glyphs) - above          # only rules under these glyphs' lines
    high = max(g.baseline for g in glyphs) + below * size
    in_band = [r for r in rules if low <= (r.y0 + r.y1) / 2 <= high]
    cands = [((r.y0 + r.y1) / 2, r.x0 - u.reach, r.x1 + u.reach) for r in underline_rules(in_band, max_ems * size, u.thickness)]
    if not cands:   # most lines: no rule short enough for an underline under them, no glyph looked at
        return [False] * len(glyphs)
    near_band: dict[tuple[float, float], list[tuple[float, float]]] = {}  # rules under one baseline
    flags = []
    for g in glyphs:
        depth = below * max(g.size, g.row_size)   # in the row's largest type: one underline for the line
        near = near_band.get((g.baseline, depth))
        if near is None:
            near = near_band[g.baseline, depth] = [(a, b) for y, a, b in cands
                                                   if g.baseline - above <= y <= g.baseline + depth]
        if not near:   # no rule under this glyph's baseline
            flags.append(False)
            continue
        mid = (g.x0 + g.x1) / 2
        flags.append(any(a <= mid <= b for a, b in near))
    return flags


def underlined_count(spans: list[Span], rules: list[Rule], u: Underlines, ls: Layout, max_ems: float) -> tuple[int, int]:
    """The spans' visible glyphs, and how many of them `underlined` flags (as it would over
    glyphs_of(spans, visible=True)), counted span by span: a span's glyphs share its baseline and
    its row's largest size, so the rules that may run under them are found once for the span, and a
    span with none under it is counted whole, no glyph looked at (no Glyph made for any)."""
    above, below = u.above_baseline, u.below_baseline
    read = _visible_spans(spans, ls)
    if not read:
        return 0, 0
    cands = _underline_candidates(read, rules, u, max_ems)
    total = hit = 0
    for s, d, n in read:
        total += n
        near = [(a, b) for y, a, b in cands if s.baseline - above <= y <= s.baseline + below * d]
        if near:
            hit += sum(1 for c, box in zip(s.text, s.char_boxes)
                       if not c.isspace() and any(a <= (box[0] + box[2]) / 2 <= b for a, b in near))
    return total, hit


def _visible_spans(spans: list[Span], ls: Layout) -> list[tuple[Span, float, int]]:
    """Each span with a visible glyph (underlined_count), with its row's largest size (glyphs_of's `row_size`,
    at least its own) and how many visible glyphs it holds (as a zip of its text and its boxes reads them)."""
    read: list[tuple[Span, float, int]] = []
    for row in baseline_rows(spans, ls):
        largest = max(s.size for s in row)
        for s in row:
            n = len("".join(s.text[:len(s.char_boxes)].split()))
            if n:
                read.append((s, max(s.size, largest), n))
    return read


def _underline_candidates(read: list[tuple[Span, float, int]], rules: list[Rule], u: Underlines,
                          max_ems: float) -> list[tuple[float, float, float]]:
    """The rules that may underline the spans' glyphs, as `underlined` finds them: (height, reach left, reach right)."""
    size = max(d for _, d, _ in read)
    low = min(s.baseline for s, _, _ in read) - u.above_baseline
    high = max(s.baseline for s, _, _ in read) + u.below_baseline * size
    in_band = [r for r in rules if low <= (r.y0 + r.y1) / 2 <= high]
    return [((r.y0 + r.y1) / 2, r.x0 - u.reach, r.x1 + u.reach) for r in underline_rules(in_band, max_ems * size, u.thickness)]


_BASELINE, _SIZE = attrgetter("baseline"), attrgetter("size")


def text_underlines(rules: list[Rule], spans: list[Span], u: Underlines, min_len: float) -> set[int]:
    """ids of the rules that underline a run of text (a link, an underlined phrase in a cell):
    thin, just under a baseline, starting under one glyph's left edge and ending under another's
    right edge on that baseline. Such a stroke is the text's, never a table's row rule, even where
    it runs the width of a cell (a long link). The glyphs a rule may underline are gathered once
    for all the rules at its height (_glyph_edges: a table's row rule drawn cell by cell, or as
    pieces of a raster strip, is many rules at one height), their edges looked up by bisection."""
    thin = [r for r in rules if r.horizontal and r.y1 - r.y0 <= u.thickness and r.x1 - r.x0 >= min_len]
    if not thin:
        return set()
    rows = sorted(spans, key=_BASELINE)
    keys = list(map(_BASELINE, rows))
    reach = u.below_baseline * max(map(_SIZE, rows)) if rows else 0.0
    edges: dict[float, tuple[list[float], list[float]]] = {}   # by a rule's height
    out = set()
    for r in thin:
        y = (r.y0 + r.y1) / 2
        at = edges.get(y)
        if at is None:
            at = edges[y] = _glyph_edges(rows[bisect_left(keys, y - reach):bisect_right(keys, y + u.above_baseline)], y, u)
        if _near(at[0], r.x0, u.reach) and _near(at[1], r.x1, u.reach):
            out.add(id(r))
    return out


def _glyph_edges(spans: list[Span], y: float, u: Underlines) -> tuple[list[float], list[float]]:
    """The left and the right edges (each sorted) of the glyphs of spans whose baseline band
    holds height y: those a rule at that height may run under."""
    boxes = [b for s in spans if s.baseline - u.above_baseline <= y <= s.baseline + u.below_baseline * s.size
             for b in s.char_boxes]
    return sorted([b[0] for b in boxes if b[0] == b[0]]), sorted([b[2] for b in boxes if b[2] == b[2]])   # no NaN: never near


def _near(xs: list[float], x: float, reach: float) -> bool:
    """Some value of the sorted xs lies within reach of x (abs(v - x) <= reach): the nearest
    above x and the nearest below it are the only ones to look at (the farther, the larger the
    difference)."""
    k = bisect_left(xs, x)
    return (k < len(xs) and xs[k] - x <= reach) or (k > 0 and x - xs[k - 1] <= reach)
