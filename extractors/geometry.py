"""Geometry shared by the stages that read positions: where a span's ink starts, and spans
grouped into visual lines by their baselines."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from math import inf
from typing import Any, TypeVar

from extractors.records import Span, TextLine
from extractors.settings import Layout

T = TypeVar("T")
Box = tuple[float, float, float, float]   # a piece's box on its page (x0, y0, x1, y1): cover.Box


def is_white(color, ls: Layout) -> bool:
    """A drawing's colour (fill or stroke, as PyMuPDF gives it) that is white: every component at least `ls.white`
    (layout's white boxes and lines, painted_over's covers)."""
    return bool(color) and all(v >= ls.white for v in color)


def opaque_white_fill(d: dict, ls: Layout) -> bool:
    """A drawn path (get_cdrawings) filled white and opaque (`ls.opaque`; no opacity given: opaque): it hides what was
    drawn under it (layout's white boxes over frames and grids, painted_over's covers)."""
    opacity = d.get("fill_opacity")
    return "f" in d.get("type", "") and is_white(d.get("fill"), ls) and (opacity is None or opacity >= ls.opaque)


def group_rows(items: Iterable[T], order: Callable[[T], Any], joins: Callable[[list[T], T], bool]) -> list[list[T]]:
    """Items taken in `order`, each joining the row before when `joins(row, item)`, else opening
    a row of its own: the one loop behind every grouping of pieces into visual rows."""
    rows: list[list[T]] = []
    for item in sorted(items, key=order):
        if rows and joins(rows[-1], item):
            rows[-1].append(item)
        else:
            rows.append([item])
    return rows


def same_extent(a: Any, b: Any, tol: float) -> bool:
    """Two horizontal rules (or bars: anything with x0 and x1) of one extent: their left ends within `tol` and their
    right ends within `tol` (edges included). The one test behind every grouping of rules by span — a list's ruled rows
    (typography._ruled_runs), a table's row rules without sides (open_sides), an open table's header rules
    (open_tables)."""
    return abs(a.x0 - b.x0) <= tol and abs(a.x1 - b.x1) <= tol


def by_extent(rules: Iterable[T], tol: float) -> list[list[T]]:
    """The rules in groups of one extent, in their order: each joins the first group whose FIRST rule is of its extent
    (same_extent within `tol`), else opens a group — so a group's ends are its first rule's, give or take `tol`, and
    never drift rule by rule."""
    groups: list[list[T]] = []
    for r in rules:
        home = next((g for g in groups if same_extent(g[0], r, tol)), None)
        if home is None:
            groups.append([r])
        else:
            home.append(r)
    return groups


def ink_x(span: Span) -> float:
    """Where a span's first visible glyph starts (leading spaces can overlap the span before)."""
    for c, box in zip(span.text, span.char_boxes):
        if not c.isspace():
            return box[0]
    return span.x0


def baseline_rows(spans: list[Span], ls: Layout) -> list[list[Span]]:
    """Spans grouped into visual lines, top to bottom, each left to right by ink: a span joins
    the line above when its baseline is within `ls.row_tolerance` × its size (at least
    `ls.row_tolerance_min`) of the
    baseline of the line's last span (fonts of one line sit on slightly different baselines),
    or when one of the two is a mark raised or lowered on the other (raised_on)."""
    if len(spans) < 2:   # a cell or a line of one span: its one row, nothing to order
        return [list(spans)] if spans else []
    ink = {id(s): ink_x(s) for s in spans}   # each span's ink read once, for both orders
    rows = group_rows(spans, lambda s: (s.baseline, ink[id(s)]), lambda row, s: abs(row[-1].baseline - s.baseline)
                      <= max(ls.row_tolerance_min, ls.row_tolerance * s.size) or raised_on(row[-1], s, ls))
    return [sorted(r, key=lambda s: ink[id(s)]) for r in rows]


def raised_on(a: Span, b: Span, ls: Layout) -> bool:
    """One span is a mark raised or lowered on the other's line (a superscript †, #, + or a
    subscript 2, set smaller): set at most `ls.raised_size` of the other's size, its middle
    stands between the other's top and its baseline (a subscript's, `ls.row_tolerance` of the
    other's size below it at most), so it is read on that line where it stands, not as a line
    of its own. A mark raised on the next line stands below this line's baseline, however
    tight the leading. A note call raised at a line's end is that line's at any size (_called_at_end)."""
    small, large = (a, b) if a.size < b.size else (b, a)
    if small.size > ls.raised_size * large.size:
        return _called_at_end(a, b, ls) or _called_at_end(b, a, ls)
    middle = (small.y0 + small.y1) / 2
    return large.y0 <= middle <= large.baseline + ls.row_tolerance * large.size


def holds(box: Box, x0: float, y0: float, x1: float, y1: float, reach: float) -> bool:
    """`box` encloses x0..x1, y0..y1, grown by `reach` each way: the one test of "this piece lies wholly in that box"
    (a panel round a line, a box round another, a grid round a rule)."""
    return box[0] - reach <= x0 and box[1] - reach <= y0 and x1 <= box[2] + reach and y1 <= box[3] + reach


def meets(a: Box, b: Box, reach: float) -> bool:
    """The two boxes touch: grown by `reach` each way, they overlap (edges included). The one test of "these two pieces
    meet", whatever they are: two rules chained into a grid (rules_to_cells._connected), a block drawing's boxes, heads
    and lines (rules_to_cells._block_drawings), a dashed frame and the arrow starting at it (layout._notes_out)."""
    return a[0] - reach <= b[2] and b[0] - reach <= a[2] and a[1] - reach <= b[3] and b[1] - reach <= a[3]


def middle_in(item: Any, box: Box) -> bool:
    """The middle of `item` (anything with x0, y0, x1, y1: a span, a line) stands inside `box`, edges included:
    the one test of "this piece is in that box" that figures, frames, tables and the cover's pieces ask."""
    x0, y0, x1, y1 = box
    return x0 <= (item.x0 + item.x1) / 2 <= x1 and y0 <= (item.y0 + item.y1) / 2 <= y1


def spans_inside(line: TextLine, at: tuple[Box, ...]) -> list[tuple[Span, bool]]:
    """The line's visible spans, each with whether its middle stands inside one of the boxes `at`."""
    return [(sp, any(middle_in(sp, b) for b in at)) for sp in line.source.spans if sp.text.strip()]


def on_the_cover(line: TextLine, at: tuple[Box, ...]) -> bool:
    """The line is one of the first page's the cover read a piece from (`at`: the pieces' boxes, Cover.title_at,
    labels_at): each of its visible spans has its middle inside one of those boxes (the flow may join a row's
    pieces, or part them). The paragraphs and the headings find the cover's lines so, never by its words."""
    inside = spans_inside(line, at) if line.page == 1 else []
    return bool(inside) and all(on for _, on in inside)


def _called_at_end(mark: Span, text: Span, ls: Layout) -> bool:
    """Convention (a note call raised at a line's end, a slide's header cell "Economic Measures¹" as PowerPoint
    sets it: the mark's size kept near its text's, only its baseline raised): a mark of at most `ls.call_chars`
    characters set where the text's ink ends (within `ls.call_gap` of its size), its baseline above the text's,
    its middle between the text's top and baseline, is raised on that line, at its end."""
    call = mark.text.strip()
    if not call or len(call) > ls.call_chars or len(text.text.strip()) <= len(call) or mark.baseline >= text.baseline:
        return False
    end = max((box[2] for c, box in zip(text.text, text.char_boxes) if not c.isspace()), default=text.x1)
    middle = (mark.y0 + mark.y1) / 2
    return abs(ink_x(mark) - end) <= ls.call_gap * text.size and text.y0 <= middle <= text.baseline


def components(n: int, joined: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The indices 0..n-1 in the sets the pairs `joined` chain (a union-find): each set in index order,
    the sets in the order of their first index."""
    root = list(range(n))

    def find(k: int) -> int:
        while root[k] != k:
            root[k] = root[root[k]]
            k = root[k]
        return k

    for a, b in joined:
        root[find(a)] = find(b)
    sets: dict[int, list[int]] = {}
    for k in range(n):
        sets.setdefault(find(k), []).append(k)
    return list(sets.values())


def down_columns(glyphs: list[tuple[Box, float]], ls: Layout, bounded: bool = False) -> list[list[int]]:
    """Convention (letters written down in a column, 縦書き: a box written in a font in vertical mode, a table's head
    set one glyph a row): glyphs, each its box and size, read into columns, each top to bottom. Taken from the top
    (left first on one top), a glyph goes on the first column whose last glyph's middle across is within
    `ls.vertical_align` of its size of its own and whose top is above its own — by at most `ls.vertical_pitch` of
    its size on a page (glyphs further down are another text's), by any height where the glyphs are `bounded`
    already (a table's cell: a short column is spread down the cell's height, 均等割り付け); else it opens a column.
    The one reader of columns written down: layout's 縦書き boxes on a page set across (_down_columns), the glyphs
    set one by one down a page in a font set across (layout._stacked) and a table's head written down
    (cells._written_down). Returns the glyphs' indices per column, the columns in the order their
    first glyph was met."""
    columns: list[list[int]] = []
    for k in sorted(range(len(glyphs)), key=lambda k: (glyphs[k][0][1], glyphs[k][0][0])):
        box, size = glyphs[k]
        middle, reach = box[0] + box[2], inf if bounded else ls.vertical_pitch * size
        column = next((c for c in columns if abs(sum(glyphs[c[-1]][0][::2]) - middle) / 2 <= ls.vertical_align * size
                       and 0.0 < box[1] - glyphs[c[-1]][0][1] <= reach), None)
        if column is None:
            columns.append([k])
        else:
            column.append(k)
    return columns


def union_box(boxes: list) -> tuple[float, float, float, float]:
    """The smallest box holding every box of `boxes` (x0, y0, x1, y1 each)."""
    return min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)


def cut_span(span: dict, chars: list[dict]) -> None:
    """A text layer's span (PyMuPDF rawdict) cut to the glyphs `chars` it keeps, in place: its box and origin theirs
    (left as they were when it keeps none: refit_line drops it)."""
    span["chars"] = chars
    if chars:
        span["bbox"] = union_box([c["bbox"] for c in chars])
        span["origin"] = chars[0]["origin"]


def refit_line(line: dict) -> bool:
    """A text layer's line (rawdict) after some of its spans were cut (cut_span), in place: the spans left empty
    dropped, its box its spans'. False when no span is left (the caller drops the line)."""
    line["spans"] = [s for s in line["spans"] if s["chars"]]
    if line["spans"]:
        line["bbox"] = union_box([s["bbox"] for s in line["spans"]])
    return bool(line["spans"])
