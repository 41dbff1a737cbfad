"""Reading order of a page set in columns:

    gutters (vertical strips few text lines cross, with running text on both sides) →
    bands (the page cut across at every line or table that spans a gutter, or beside which
           every other column breaks off: a heading set in the first column) →
    columns (in each band, each column top to bottom, left to right)

A gutter needs columns of running text on both of its sides, side by side: at least three
lines each of at least eight letters, over a shared stretch of the page, most of them running
to their column's right edge. A table of contents (titles and page numbers), terms beside their
explanations, a label beside its text or a lone aside do not make one, and a page with no
gutter keeps its plain top-to-bottom order.
"""
from __future__ import annotations

from bisect import bisect_left
from math import inf
from collections.abc import Sequence
from typing import Protocol

from extractors.geometry import holds
from extractors.numbering import note_line, row_value
from extractors.settings import Columns


class Boxed(Protocol):
    x0: float
    y0: float
    x1: float
    y1: float


def _letters(item) -> int:
    """Characters other than white space (a table has none: it is no line of text)."""
    text = getattr(item, "text", "")
    return len("".join(text.split())) if isinstance(text, str) else 0


def _has_letters(item) -> bool:
    """_letters(item) > 0, without counting them: some character other than white space (asked wherever a
    line's letters are only asked whether there are any: str.strip and str.split part at the same spaces)."""
    text = getattr(item, "text", "")
    return isinstance(text, str) and bool(text.strip())


def _gaps(items: list, left: float, right: float, min_gap: float, allowed: int) -> list[tuple[float, float]]:
    """Vertical strips between left and right crossed by at most `allowed` items (a title or
    a rule across the page does not close a gutter), at least min_gap wide."""
    events = sorted([(max(it.x0, left), 1) for it in items if it.x1 > left and it.x0 < right]
                    + [(min(it.x1, right), -1) for it in items if it.x1 > left and it.x0 < right])
    gaps: list[tuple[float, float]] = []
    depth, start = 0, left
    for x, step in events:
        if depth <= allowed < depth + step:   # the strip ends here
            if x - start >= min_gap and start > left:
                gaps.append((start, x))
        depth += step
        if depth - step > allowed >= depth:   # a strip starts here
            start = x
    return gaps


def _columns_hold(lines: list, cuts: list[tuple[float, float]], left: float, right: float, cs: Columns) -> int | None:
    """None when every column between the cuts holds running text side by side with the next;
    else the index of a cut to drop (beside the first column that does not)."""
    text = [ln for ln in lines if _letters(ln) >= cs.min_letters]
    edges = [left] + [x for cut in cuts for x in cut] + [right]
    slack = cs.slack
    columns = [[ln for ln in text if ln.x0 >= a - slack and ln.x1 <= b + slack] for a, b in zip(edges[::2], edges[1::2])]
    for k, col in enumerate(columns):
        a, b = edges[2 * k], edges[2 * k + 1]
        ok = len(col) >= cs.min_lines and _fills(col, a, b, cs.fill) and (k == 0 or _side_by_side(columns[k - 1], col, cs))
        if not ok:
            return min(k, len(cuts) - 1)
    return None


def _side_by_side(left: list, right: list, cs: Columns) -> bool:
    """Enough lines of both sides lie in the stretch of the page that both sides cover."""
    if not left or not right:
        return False
    top = max(min(ln.y0 for ln in left), min(ln.y0 for ln in right))
    bottom = min(max(ln.y1 for ln in left), max(ln.y1 for ln in right))
    shared = sum(1 for ln in left + right if ln.y0 >= top - 1 and ln.y1 <= bottom + 1)
    return bottom > top and shared >= 2 * cs.min_lines


def _fills(lines: list, x0: float, x1: float, fill: float) -> bool:
    """Most lines run (nearly) to the column's right edge, as running text does; a list of
    terms beside their explanations, or titles beside page numbers, do not."""
    ends = sorted(ln.x1 for ln in lines)
    return ends[len(ends) // 2] >= x1 - fill * (x1 - x0)


def _text_edges(text: list, min_letters: int) -> tuple[float, float]:
    """Left and right of the lines, of those with at least `min_letters` letters when there are
    any (the running text: a thumb index or a page number in the margin widens no column)."""
    running = ([ln for ln in text if _letters(ln) >= min_letters] or text) if min_letters > 0 else text
    return min(ln.x0 for ln in running), max(ln.x1 for ln in running)


def gutters(lines: list, body_size: float, cs: Columns, main_share: float = 0) -> list[tuple[float, float]]:
    """The page's gutters, left to right: strips crossed by few lines (a title across the page
    does not close one) with running text in every column they make; cuts whose columns do not
    hold are dropped one by one. With `main_share`, the gutters of the running text: lines in
    type smaller than that share of the body (notes set across the foot of a page in two columns,
    captions) are left out, they do not close one, and the columns end where lines of running text do."""
    text = [ln for ln in lines if _has_letters(ln) and ln.size >= main_share * body_size]
    if len(text) < 2 * cs.min_lines:
        return []
    left, right = _text_edges(text, cs.min_letters if main_share else 0)
    found = _gaps(text, left, right, cs.min_gap * body_size, len(text) // cs.gap_crossers)
    found = sorted(sorted(found, key=lambda g: g[0] - g[1])[:cs.max_gutters])
    while found:
        drop = _columns_hold(text, found, left, right, cs)
        if drop is None:
            break
        del found[drop]
    found = [cut for k, cut in enumerate(found) if not _values_beside_rows(text, found, k, right, cs.slack)]
    crossing = sum(1 for ln in text for g in found if ln.x0 < g[0] and ln.x1 > g[1])
    return found if found and crossing <= len(text) // cs.crossing_share else []


def _values_beside_rows(text: list, cuts: list[tuple[float, float]], k: int, right: float, slack: float) -> bool:
    """Convention (a price list or a fee schedule set as running text: 診療報酬点数表's rows "１ 上行大動脈 …
    114,510点", each value flush right, level with its row): a column right of cut `k` holding only values
    (numbering.row_value), each standing level with a line of the column left of the cut (its middle within
    that line's height), is no column of its own — each value is read with its row, not after all the rows.
    A table's cells are out of the page's lines by then (the table pass reads them)."""
    edges = [-inf] + [x for cut in cuts for x in cut] + [right]
    a = edges[2 * k]                                     # the column before the cut's left (a row's label may
    c, d = edges[2 * k + 2], edges[2 * k + 3]            # stand left of the text's edge), the values' column
    values = [ln for ln in text if ln.x0 >= c - slack and ln.x1 <= d + slack]
    rows = [ln for ln in text if ln.x0 >= a - slack and ln.x1 <= c + slack]   # a row may reach into the gutter
    return bool(values) and all(row_value(ln.text) and any(r.y0 <= (ln.y0 + ln.y1) / 2 <= r.y1 for r in rows)
                                for ln in values)


def in_side_margin(x0: float, x1: float, size: float, sides: list[tuple[float, float]], small: float, width: float) -> bool:
    """A line from x0 to x1 in type `size` is a side note: smaller than `small` and beyond one of the side-note gutters
    (side_note_gutters) on the margin's side of it (a left margin's gutter in the page's left half). Asked by the flow
    (page_flow._mark_side_notes) and by the cover (cover._page_rows: a side note is no row of the title)."""
    return size < small and any((x1 <= a) if a + b < width else (x0 >= b) for a, b in sides)


def side_note_gutters(lines: list, rules: list, body_size: float, cs: Columns, main_share: float) -> list[tuple[float, float]]:
    """Convention (side notes: the cross-references an examination guideline or a commentary sets in
    small type in the page's outer margin, beside the paragraph they concern, behind a vertical rule —
    特許・実用新案審査基準's "HB2202 請求項の記載形式…"): lines in type smaller than the running text
    (below `main_share` of the body size), `side_note_lines` or more of them standing wholly beyond the
    running text's left or right edge (its lines of `min_letters` letters in the body's type), with a
    vertical rule drawn between them and the running text beside them, are a column of their own (a
    chart's or a table's small labels past the running text have no such rule). The gutter is the strip
    between them and the running text: a note is never joined with the running text's line on its row,
    and it is read after (or, left of it, before) the lines it stands beside, not between them."""
    running = [ln for ln in lines if ln.size >= main_share * body_size and _letters(ln) >= cs.min_letters]
    if len(running) < cs.min_lines:
        return []
    left, right = min(ln.x0 for ln in running), max(ln.x1 for ln in running)
    small = [ln for ln in lines if _has_letters(ln) and ln.size < main_share * body_size]
    cuts = []
    for notes, cut in _margin_notes(small, left, right):
        if len(notes) >= cs.side_note_lines and _ruled_beside(cut, notes, rules, cs.slack) \
                and _beside_running_text(notes, running):
            cuts.append(cut)
    return cuts


def _margin_notes(small: list, left: float, right: float) -> list[tuple[list, tuple[float, float]]]:
    """The small lines wholly left of the running text and those wholly right of it, each side with the
    strip between them and the running text (empty sides left out)."""
    before = [ln for ln in small if ln.x1 < left]
    after = [ln for ln in small if ln.x0 > right]
    return ([(before, (max(ln.x1 for ln in before), left))] if before else []) \
        + ([(after, (right, min(ln.x0 for ln in after)))] if after else [])


def _ruled_beside(cut: tuple[float, float], notes: list, rules: list, slack: float) -> bool:
    """Vertical rules in the strip `cut` run beside the notes over at least half their height."""
    top, bottom = min(ln.y0 for ln in notes), max(ln.y1 for ln in notes)
    along = sum(max(0.0, min(r.y1, bottom) - max(r.y0, top)) for r in rules
                if not r.horizontal and cut[0] - slack <= (r.x0 + r.x1) / 2 <= cut[1] + slack)
    return 2 * along >= bottom - top


def _beside_running_text(notes: list, running: list) -> bool:
    """Running text stands beside the notes, on their rows (a note beside its paragraph, not a
    chart's legend beside its plot)."""
    top, bottom = min(ln.y0 for ln in notes), max(ln.y1 for ln in notes)
    return any(ln.y0 < bottom and ln.y1 > top for ln in running)


def known_gutter(lines: list, seen: set[tuple[float, float]], body_size: float, larger: float,
                 cs: Columns) -> list[tuple[float, float]]:
    """Convention (a book set on one grid: its pages share their columns): a page whose running text is
    too short to show its columns (a section's head over a figure, three or four lines a side: gutters
    asks for more) keeps a gutter an earlier page showed (`seen`), where the page's running text — lines
    in the body's type (within `larger` of `body_size`) of `min_letters` or more — leaves it open (no
    line across it) and stands on both sides of it side by side, on two rows or more."""
    text = [ln for ln in lines if abs(ln.size - body_size) <= larger and _letters(ln) >= cs.min_letters]
    return next(([cut] for cut in sorted(seen) if _open_gutter(text, cut, cs)), [])


def _open_gutter(text: list, cut: tuple[float, float], cs: Columns) -> bool:
    """Every line of the running text stands on one side of the gutter, and lines of both sides stand
    side by side on two rows or more."""
    a, b = cut
    left = [ln for ln in text if ln.x1 <= a + cs.slack]
    right = [ln for ln in text if ln.x0 >= b - cs.slack]
    if len(left) + len(right) < len(text):
        return False
    return sum(1 for ln in left if any(abs(ln.y0 - r.y0) <= ln.size / 2 for r in right)) >= 2


class RuledCut(tuple):
    """A gutter a column rule keeps: (left, right) as any gutter, and the rule's top and bottom —
    beside the rule the columns stand apart; a line above or below it (a chapter's title spread
    over the page's width, letter-spaced into pieces) is no column's."""
    top: float
    bottom: float

    def __new__(cls, left: float, right: float, top: float, bottom: float) -> "RuledCut":
        cut = super().__new__(cls, (left, right))
        cut.top, cut.bottom = top, bottom
        return cut


def parts_a_row(cut: tuple[float, float], y0: float, y1: float) -> bool:
    """The gutter parts the pieces of a row standing from y0 to y1: always, but a column rule's
    only beside the rule."""
    return not isinstance(cut, RuledCut) or (y0 < cut.bottom and y1 > cut.top)


def ruled_gutters(lines: list, rules: list, body_size: float, cs: Columns) -> list[tuple[float, float]]:
    """Convention (a column rule: a budget explanation, a gazette, a newsletter set in two columns with
    a drawn vertical line between them): a free vertical rule — touching no horizontal rule, so no
    table's — beside which at least `min_lines` lines stand on each side, those of one side running
    text (`min_letters` letters), and which no line crosses, is a gutter, whether or not the columns'
    lines run to their edges (lists of amounts, short headings). The gutter is the strip between the
    nearest lines on its two sides."""
    text = [ln for ln in lines if _has_letters(ln)]
    horizontal = [r for r in rules if r.horizontal]
    found: list[tuple[float, float]] = [cut for r in rules if _free_vertical(r, horizontal, body_size, cs)
                                        and (cut := _column_rule_cut(r, text, cs)) is not None]
    return sorted(found)[:cs.max_gutters]


def ruled_block_gutters(lines: list, bars: list, body_size: float, cs: Columns) -> list[tuple[float, float]]:
    """Convention (a statistics release printed from a spreadsheet: two blocks of rows set side by side — counts by
    age on the left, by place on the right —, each ruled row by row with a bar under every row and no vertical rule
    anywhere): where the rules of `min_lines` rows or more stop and start again level, leaving one gap at least
    `min_gap` wide between the same two blocks row after row, and no line crosses that gap beside those rows (but a
    piece of the text layer with a blank in it, cut there: cut_at_gutters), the gap is a gutter over the rows (a
    RuledCut from the first such rule to the last): a left row's last count, set flush against its block's end, is
    never joined with the right row's first word across it (1 | 例示市 read as a numbered heading), and each block is
    read whole. A rule touching a vertical one is a grid's (its table is read as one): none of these — `bars` are the
    page's row_bars, read once by page_flow.read_page (typography.mark_ruled_rows reads the same). Rows ruled
    across in one piece leave no gap."""
    gaps = _row_gaps(bars, cs.min_gap * body_size, cs.rule_touch)
    text = [ln for ln in lines if (ln.text or "").strip()]
    found: list[tuple[float, float]] = [cut for a, b, top, bottom, rows in _level_gaps(gaps) if rows >= cs.min_lines
                                        and (cut := _block_cut(text, a, b, top, bottom, cs)) is not None]
    return sorted(found)[:cs.max_gutters]


def row_bars(rules: list, min_length: float, touch: float) -> list:
    """The horizontal rules at least `min_length` long that no vertical rule meets (a grid's), by height then left."""
    vertical = [r for r in rules if not r.horizontal]
    return sorted((r for r in rules if r.horizontal and r.x1 - r.x0 >= min_length and not _meets_vertical(r, vertical, touch)),
                  key=lambda r: ((r.y0 + r.y1) / 2, r.x0))


def _block_cut(text: list, a: float, b: float, top: float, bottom: float, cs: Columns) -> "RuledCut | None":
    """The gutter a gap the rows' rules leave from a to b (rows from top to bottom) keeps: lines stand beside it on
    both sides, `min_lines` at least each, and none crosses it but on a blank inside it."""
    beside = [ln for ln in text if top - cs.slack <= ln.y0 and ln.y1 <= bottom + cs.slack]
    if any(ln.x0 < a - cs.slack and ln.x1 > b + cs.slack and _blank_in(ln, a, b) is None for ln in beside):
        return None
    left, right = _sides(beside, (a + b) / 2, cs.slack)
    return RuledCut(a, b, top, bottom) if min(len(left), len(right)) >= cs.min_lines else None


def _blank_in(line, a: float, b: float) -> int | None:
    """The index (in the line's text) of the first blank the line sets in the strip from a to b (its middle there), else
    None."""
    at = 0
    for s in line.spans:
        for k, (ch, box) in enumerate(zip(s.text, s.char_boxes)):
            if ch.isspace() and a <= (box[0] + box[2]) / 2 <= b:
                return at + k
        at += len(s.text)
    return None


def cut_at_gutters(lines: list, cuts: list[tuple[float, float]]) -> list:
    """The lines, each piece of the text layer that runs across a ruled gutter (RuledCut) on a blank set inside it cut
    there in two, the blank dropped (ruled_block_gutters: the layer wrote a left row's last count and the right row's
    ※-marked place as one piece, 0 ※ 例示地区); every other line as it is."""
    ruled = [c for c in cuts if isinstance(c, RuledCut)]
    if not ruled:
        return lines
    out: list = []
    for ln in lines:
        cut = next((c for c in ruled if ln.x0 < c[0] and ln.x1 > c[1] and parts_a_row(c, ln.y0, ln.y1)), None)
        k = None if cut is None else _blank_in(ln, cut[0], cut[1])
        if k is None or not ln.text[:k].strip() or not ln.text[k + 1:].strip():
            out.append(ln)
        else:
            out += [ln.part(0, k), ln.part(k + 1, len(ln.text))]
    return out


def _meets_vertical(r, vertical: list, touch: float) -> bool:
    """A vertical rule ends on the horizontal rule `r` or crosses it (a grid's)."""
    y = (r.y0 + r.y1) / 2
    return any(r.x0 - touch <= (v.x0 + v.x1) / 2 <= r.x1 + touch and v.y0 - touch <= y <= v.y1 + touch for v in vertical)


def _row_gaps(bars: list, min_gap: float, touch: float) -> list[tuple[float, float, float]]:
    """(left, right, y) of each gap between two rules standing level (their middles within `touch`), the left one
    ending at least `min_gap` before the right one starts; pieces of one rule drawn end to end leave none."""
    gaps: list[tuple[float, float, float]] = []
    k = 0
    while k < len(bars):
        y = (bars[k].y0 + bars[k].y1) / 2
        row = [bars[k]]
        k += 1
        while k < len(bars) and (bars[k].y0 + bars[k].y1) / 2 - y <= touch:
            row.append(bars[k])
            k += 1
        row.sort(key=lambda r: r.x0)
        reach = row[0].x1
        for r in row[1:]:
            if r.x0 - reach >= min_gap:
                gaps.append((reach, r.x0, y))
            reach = max(reach, r.x1)
    return gaps


def _level_gaps(gaps: list[tuple[float, float, float]]) -> list[tuple[float, float, float, float, int]]:
    """The gaps that overlap row after row, gathered: (left, right) the strip they all leave open, the first and last
    rows' heights and how many rows."""
    groups: list[list[float]] = []   # [left, right, top, bottom, rows]
    for a, b, y in sorted(gaps, key=lambda g: g[2]):
        group = next((g for g in groups if a < g[1] and b > g[0]), None)
        if group is None:
            groups.append([a, b, y, y, 1])
        else:
            group[0], group[1] = max(group[0], a), min(group[1], b)
            group[3], group[4] = y, group[4] + 1
    return [(a, b, top, bottom, int(n)) for a, b, top, bottom, n in groups]


def _free_vertical(r, horizontal: list, body_size: float, cs: Columns) -> bool:
    """A vertical rule at least `min_lines` body sizes long whose ends meet no horizontal rule."""
    x, touch = (r.x0 + r.x1) / 2, cs.rule_touch
    return not r.horizontal and r.y1 - r.y0 >= cs.min_lines * body_size and not any(
        h.x0 - touch <= x <= h.x1 + touch and r.y0 - touch <= h.y0 <= r.y1 + touch for h in horizontal)


def _column_rule_cut(r, text: list, cs: Columns) -> "RuledCut | None":
    """The gutter the rule keeps, when lines stand beside it on both sides and none crosses it.
    Convention (官報, text justified to the column's edge): a line whose last glyph's box reaches the
    rule by less than `slack` (a full-width 、 set flush against it) stands beside it, not across."""
    x, slack = (r.x0 + r.x1) / 2, cs.slack
    beside = [ln for ln in text if r.y0 <= (ln.y0 + ln.y1) / 2 <= r.y1]
    if any(ln.x0 < x - slack and x + slack < ln.x1 for ln in beside):
        return None
    left, right = _sides(beside, x, slack)
    running = max(sum(_letters(ln) >= cs.min_letters for ln in side) for side in (left, right))
    if min(len(left), len(right)) < cs.min_lines or running < cs.min_lines:
        return None
    return RuledCut(max(ln.x1 for ln in left), min(ln.x0 for ln in right), r.y0, r.y1)


def _sides(beside: list, x: float, slack: float) -> tuple[list, list]:
    """The lines left of x and those right of it, each allowed `slack` over it (_column_rule_cut)."""
    return ([ln for ln in beside if ln.x1 <= x + slack and ln.x0 < x],
            [ln for ln in beside if ln.x0 >= x - slack and ln.x1 > x])


def column_of(item: Boxed, cuts: list[tuple[float, float]]) -> int | None:
    """The column an item stands in, left to right from 0 (by its middle, between the gutters), or
    None when it reaches across a gutter; 0 on a page without gutters. The one place a line's column
    is decided: page_flow keeps it on the line (TextLine.column), the stages after read it there."""
    col = 0
    for a, b in cuts:
        if item.x0 < a and item.x1 > b:
            return None
        col += (item.x0 + item.x1) / 2 > (a + b) / 2
    return col


def spans_gutter(item: Boxed, cuts: list[tuple[float, float]]) -> bool:
    """The item reaches across a gutter (set over the width of two columns or more)."""
    return column_of(item, cuts) is None


class _Column:
    """One column's text lines by height, to ask quickly whether it breaks off beside an item."""

    def __init__(self, spans: list[tuple[float, float]]):
        spans.sort()
        self.tops = [y0 for y0, _ in spans]
        self.reach: list[float] = []   # the lowest bottom among the lines so far
        for _, y1 in spans:
            self.reach.append(max(y1, self.reach[-1]) if self.reach else y1)

    def breaks_off(self, item, size: float, slack: float) -> bool:
        """No line of this column beside the item, lines of it below, and the nearest lines above
        and below further apart than the item's height and a line (not a paragraph break)."""
        i = bisect_left(self.tops, item.y1 - slack)
        above = self.reach[i - 1] if i else None
        if above is not None and above > item.y0 + slack:
            return False   # text beside it
        if i == len(self.tops):
            return False   # the column has ended: the item ends its own column
        return above is None or self.tops[i] - above >= (item.y1 - item.y0) + size

    def set_off(self, item, size: float, slack: float) -> bool:
        """The item stands a line's space or more below the line above it in this, its own,
        column (or first in it): a heading is set off; a line of running text follows the one
        above at the leading."""
        i = bisect_left(self.tops, item.y0 - slack)
        return i == 0 or item.y0 - self.reach[i - 1] >= size


def in_reading_order(items: list, cuts: list[tuple[float, float]], body_size: float, slack: float,
                     boxes: Sequence[tuple[float, float, float, float]] = (), reach: float = 0.0,
                     note: tuple[float, float] = (0.0, 0.0)) -> list:
    """Items (text lines, tables) in reading order: top to bottom without gutters (each note whole where
    it starts: notes_whole, with `note` its leading and size slack; box by box: box_by_box, `boxes` the
    page's, within `reach`); with them, band by band, and in a band column by column. An item starts a
    new band when it reaches across a gutter, or when it is set off from the line above it and every other column breaks
    off beside it (a heading set in the first column, the columns running on under it; a line of
    running text beside another column's space before a heading is none), or when it starts inside the box
    of its column's last line read so and the other columns break off beside it (a masthead's issue number
    under its huge date: _under_across)."""
    by_top = sorted(items, key=lambda it: (it.y0, it.x0))
    if not cuts:
        return box_by_box(notes_whole(by_top, *note), boxes, reach)
    cols = [column_of(it, cuts) for it in by_top]
    spans: dict[int, list[tuple[float, float]]] = {}
    for c, it in zip(cols, by_top):
        if c is not None and _has_letters(it):
            spans.setdefault(c, []).append((it.y0, it.y1))
    columns = {c: _Column(v) for c, v in spans.items()}
    out: list = []
    band: list[tuple[int, object]] = []
    last: dict[int | None, tuple[object, bool]] = {}   # per column: its last line so far, and whether it was read across
    for col, it in zip(cols, by_top):
        across = col is None or _reads_across(it, col, columns, last.get(col), body_size, slack)
        if _has_letters(it):
            last[col] = (it, across)
        if across:
            out.extend(i for _, i in sorted(band, key=lambda ci: (ci[0], ci[1].y0, ci[1].x0)))  # type: ignore[attr-defined]
            band.clear()
            out.append(it)
        else:
            band.append((col, it))  # type: ignore[arg-type]
    out.extend(i for _, i in sorted(band, key=lambda ci: (ci[0], ci[1].y0, ci[1].x0)))  # type: ignore[attr-defined]
    return out


def _reads_across(it, col: int, columns: dict, last: tuple | None, body_size: float, slack: float) -> bool:
    """The line in column `col` starts a band of its own: it holds letters, is set off in its column (or starts
    inside the box of its column's last line, read across: _under_across), and every other column breaks off
    beside it."""
    return _has_letters(it) and (columns[col].set_off(it, body_size, slack) or _under_across(it, last)) \
        and all(other.breaks_off(it, body_size, slack) for c, other in columns.items() if c != col)


def _under_across(it, last: tuple | None) -> bool:
    """Convention (a masthead: the issue's number No.1692 set under its date printed huge, 1/20, inside the date's
    box): the line starts inside the box of its column's last line, read across as a band of its own: it is read
    with it, not with the column under the band."""
    return last is not None and last[1] and it.y0 < last[0].y1


def notes_whole(items: list, gap: float, same: float) -> list:
    """Convention (a statistics sheet's notes: ※１… and ＊… under the table at the left, ※２… in four short lines
    flush right under the box it explains, a boxed figure with its note ※３ under it between them — notes set
    side by side under a row of tables, on a page with no gutter): each note is read whole where it starts, not
    row by row across the notes beside it. A note: a line opening with a note's mark (numbering.note_line), with
    the lines hung under it — in its size (at most `same` apart), overlapping the line above across (and no other
    note's), opening below its middle (no piece of its row), at most `gap` of their size below it —, a next note
    set right under it among them (※１… / ＊…: one block), and the pieces of their rows (_piece_of_a_row). `items`:
    top to bottom; an item in no note of two lines or more keeps its place."""
    of = _notes(items, gap, same) if gap else {}   # no leading given (a caller's own order): nothing is moved
    if not any(len(b) >= 2 for b in of.values()):
        return items
    return _notes_read(items, of, _under_tables(items, of, gap))


def _notes_read(items: list, of: dict[int, list], after: dict[int, list[list]]) -> list:
    """The items in reading order, each note whole where it starts (`of`: notes_whole) or, a note under a table
    (`after`: _under_tables), once the lines inside or beside the table's upper rows are read (_past_box)."""
    moved = {id(b[0]) for blocks in after.values() for b in blocks}
    out: list = []
    done: set[int] = set()
    pending: list[tuple[object, list[list]]] = []   # (table, its notes): read once the lines inside its box are
    for it in items:
        block = of.get(id(it), [it])
        if id(block[0]) in done or id(block[0]) in moved:
            continue
        for table, notes in [p for p in pending if _past_box(it, p[0])]:
            out.extend(ln for b in notes for ln in b)
            pending.remove((table, notes))
        done.add(id(block[0]))
        out.extend(block)
        if id(it) in after:
            pending.append((it, after[id(it)]))
    out.extend(ln for _, notes in pending for b in notes for ln in b)
    return out


def _past_box(it, table) -> bool:
    """The item stands outside the table's box and reaches down to its foot (within a letter of it, or below):
    the notes under the table are read before it. A line inside the box (a line set within its frame, no
    cell's), or beside its upper rows (a column's head level with the table's top), keeps its place before them."""
    inside = _overlap(table, it.x0, it.x1) > 0 and it.y0 < table.y1 and table.y0 < it.y1
    return not inside and it.y1 > table.y1 - (it.size if _is_line(it) else 0.0)


def _under_tables(items: list, of: dict[int, list], gap: float) -> dict[int, list[list]]:
    """Convention (a statistics sheet: a box of one figure, 都外からの検体持ち込み※３ / 41, its note ※３… set right
    under it, a heading of the next part at the left level with the box): a note of two lines or more whose first
    line stands under a table — its top within `gap` of its size under the table's foot (a letter over it at
    most), its lines overlapping the table's width (the table they overlap most, of those) — is read right after
    that table, not after the lines that start between them. By the table's id, the notes read after it."""
    tables = [it for it in items if not _is_line(it)]
    after: dict[int, list[list]] = {}
    seen: set[int] = set()
    for block in of.values():
        first = block[0]
        if id(first) in seen or len(block) < 2:
            continue
        seen.add(id(first))
        x0, x1 = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
        under = [t for t in tables if -first.size <= first.y0 - t.y1 <= gap * first.size and _overlap(t, x0, x1) > 0]
        if under:
            after.setdefault(id(max(under, key=lambda t: _overlap(t, x0, x1))), []).append(block)
    return after


def _overlap(table, x0: float, x1: float) -> float:
    """How far the table's width and the span x0–x1 overlap (negative: the gap between them)."""
    return min(table.x1, x1) - max(table.x0, x0)


def _notes(items: list, gap: float, same: float) -> dict[int, list]:
    """The note each line of one belongs to (notes_whole), by the line's id: its lines in reading order, a blank
    opening one of them (the space a paragraph of the note opens with) read with it."""
    blocks: list[list] = []
    of: dict[int, list] = {}
    for it in items:
        if not _is_line(it) or not _has_letters(it):   # a table, or a blank line, keeps its place
            continue
        under = [b for b in blocks if _hung_under(it, b[-1], gap, same)]
        if len(under) > 1:   # under two notes at once (their rows run together): neither's, it keeps its place
            continue
        at = (under[0], len(under[0]) - 1) if under else _piece_of_a_row(it, blocks, gap)
        if at is None and note_line(it.text):
            blocks.append([])
            at = (blocks[-1], -1)
        if at is not None:
            at[0].insert(at[1] + 1, it)   # under the note's last line, or right after the line whose row it carries on
            of[id(it)] = at[0]
    for it in items:
        if _is_line(it) and not _has_letters(it) and (blank := _opening_blank(it, blocks)) is not None:
            blank[0].insert(blank[1], it)
            of[id(it)] = blank[0]
    return of


def _hung_under(it, above, gap: float, same: float) -> bool:
    """Line `it` hangs under line `above`: in its size (at most `same` apart), overlapping it across, opening below
    its middle and at most `gap` of its own size below its foot."""
    return abs(above.size - it.size) <= same and above.x0 < it.x1 and it.x0 < above.x1 \
        and (above.y0 + above.y1) / 2 < it.y0 and it.y0 - above.y1 <= gap * it.size


def _piece_of_a_row(it, blocks: list[list], gap: float) -> tuple[list, int] | None:
    """The note and the index of its line whose row `it` carries on: level with it (its middle inside the line's
    height) and starting where the line ends, at most `gap` of its size after it; None when it is no such piece."""
    mid = (it.y0 + it.y1) / 2
    for b in blocks:
        for k, ln in enumerate(b):
            if _is_line(ln) and ln.y0 < mid < ln.y1 and -ln.size <= it.x0 - ln.x1 <= gap * ln.size:
                return b, k
    return None


def _opening_blank(it, blocks: list[list]) -> tuple[list, int] | None:
    """The note and the index of its line that the blank `it` opens: level with it, left of it, standing at the
    note's own left edge (where its mark stands, within a letter); None when it opens none."""
    mid = (it.y0 + it.y1) / 2
    for b in blocks:
        for k, ln in enumerate(b):
            if _has_letters(ln) and ln.y0 < mid < ln.y1 and it.x0 < ln.x0 and abs(it.x0 - b[0].x0) <= ln.size:
                return b, k
    return None


def _is_line(item) -> bool:
    """A line of text (a table has no text of its own)."""
    return isinstance(getattr(item, "text", None), str)


def box_by_box(items: list, boxes: Sequence[tuple[float, float, float, float]], reach: float) -> list:
    """Convention (a poster, a one-page briefing, an org chart: text set in boxes drawn apart — a filled
    or framed panel, a figure shape — beside other boxes and loose words at the same height): the
    text in a box is read box by box, the box's items (those it holds whole, within `reach`)
    together, where the box stands (its top, then its left side, among the loose items' tops: a
    label's box beside a box of items is read before them), the words beside it after; in a box, the
    boxes it holds so in turn. A box whose side runs through an item (a line or a table reaching out of it: a
    background shape, a picture's outline) holds no text of its own and is passed over. `items`: top
    to bottom; those in no box keep their order."""
    if not boxes:
        return items
    boxes, held = _text_boxes(items, boxes, reach)
    if not any(len(h) >= 2 and h[-1] - h[0] >= len(h) for h in held):
        return items   # no box whose items other items part: the order stands
    units: list[tuple[tuple[float, float], list]] = []   # where each is read (a box: its top left corner), what it reads
    done: set[int] = set()
    for k, it in enumerate(items):
        if k in done:
            continue
        around = [(b, h) for b, h in zip(boxes, held) if k in h]
        if not around:
            units.append(((it.y0, it.x0), [it]))
            continue
        box, members = max(around, key=lambda bh: (bh[0][2] - bh[0][0]) * (bh[0][3] - bh[0][1]))   # the outermost
        members = [j for j in members if j not in done]
        done.update(members)
        units.append(((box[1], box[0]), box_by_box([items[j] for j in members], _inside(box, boxes, reach), reach)))
    return [it for _, read in sorted(units, key=lambda u: u[0]) for it in read]


def _text_boxes(items: list, boxes: Sequence[tuple[float, float, float, float]], reach: float
                ) -> tuple[list[tuple[float, float, float, float]], list[list[int]]]:
    """The boxes whose sides run through no item (_straddles), each with the indexes of the items it holds
    (an item as its glyphs' middles stand: _extent, measured only for an item some box comes near: one no
    box reaches is neither held nor crossed by any, and its frame stands for it)."""
    near = [(b[0] - reach, b[1] - reach, b[2] + reach, b[3] + reach) for b in boxes]
    ext = [_extent(it) if any(it.x0 <= n[2] and n[0] <= it.x1 and it.y0 <= n[3] and n[1] <= it.y1 for n in near)
           else (it.x0, it.y0, it.x1, it.y1) for it in items]
    kept: list[tuple[float, float, float, float]] = []
    held: list[list[int]] = []
    for b in boxes:   # each item looked at once per box: held, or met (straddled: the box is passed over), or apart
        inside = _held(b, ext, reach)
        if inside is not None:
            kept.append(b)
            held.append(inside)
    return kept, held


def _held(box: tuple[float, float, float, float], ext: list[tuple[float, float, float, float]], reach: float
          ) -> list[int] | None:
    """The indexes of the extents the box holds (geometry.holds), or None where one of them straddles it (_straddles)."""
    x0, y0, x1, y1 = box[0] - reach, box[1] - reach, box[2] + reach, box[3] + reach
    out = []
    for k, e in enumerate(ext):
        if x0 <= e[0] and y0 <= e[1] and e[2] <= x1 and e[3] <= y1:
            out.append(k)
        elif _straddles(box, e, reach):
            return None
    return out


def _extent(item) -> tuple[float, float, float, float]:
    """Where an item stands as a reader sees it: a line, the extent of its visible glyphs' middles (as a
    glyph belongs to the cell holding its centre: a space run past a box's side, a letter's box reaching
    over it, is no text across it); a table (or a line without glyphs), its frame."""
    source = getattr(item, "source", None)
    mids = [((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for span in getattr(source, "spans", ())
            for ch, b in zip(span.text, span.char_boxes) if not ch.isspace()]
    if not mids:
        return item.x0, item.y0, item.x1, item.y1
    xs, ys = [m[0] for m in mids], [m[1] for m in mids]
    return min(xs), min(ys), max(xs), max(ys)


def _inside(box: tuple[float, float, float, float], boxes: Sequence[tuple[float, float, float, float]],
            reach: float) -> list[tuple[float, float, float, float]]:
    """The boxes `box` holds (within `reach`), itself left out."""
    return [b for b in boxes if b is not box and holds(box, *b, reach)]


def _straddles(box: tuple[float, float, float, float], it: tuple[float, float, float, float], reach: float) -> bool:
    """The extent `it` reaches both into the box and out of it (past `reach`)."""
    inside = it[0] < box[2] - reach and box[0] + reach < it[2] and it[1] < box[3] - reach and box[1] + reach < it[3]
    return inside and not holds(box, *it, reach)


def side_notes_after_their_sentence(items: list, gap: float) -> list:
    """Convention (side notes: reading_order.side_note_gutters, TextLine.side_note set by page_flow): a note
    is read after the sentence it stands beside, never between the lines of its paragraph nor ahead of it.
    The page's items in reading order (`items`), each note — its rows stacked at most `gap` of its size
    apart — moved after the last line of running text on its rows (or, with none there, the last above
    them) and on to the line that closes that line's sentence (。 at its end), within the page's running
    text (a blank line, a table, another note or a line opening a paragraph ends the search). A note with no running text on its rows
    or above it opens the page."""
    notes = _side_note_blocks(items, gap)
    if not notes:
        return items
    noted = {id(ln) for note in notes for ln in note}
    out = [it for it in items if id(it) not in noted]
    for note in notes:
        at = _sentence_end(out, _beside_last(out, note))
        while at + 1 < len(out) and getattr(out[at + 1], "side_note", False):
            at += 1   # after the notes already read after that sentence, in their order
        out[at + 1:at + 1] = note
    return out


def _side_note_blocks(items: list, gap: float) -> list[list]:
    """The side notes among the items: runs of side-note lines in reading order, a run broken where the
    next row stands more than `gap` of the note's size under the rows before (a line on their row runs on)."""
    blocks: list[list] = []
    for it in items:
        if not getattr(it, "side_note", False):
            continue
        if blocks and it.y0 - max(ln.y1 for ln in blocks[-1]) <= gap * blocks[-1][-1].size:
            blocks[-1].append(it)
        else:
            blocks.append([it])
    return blocks


def _running(it) -> bool:
    return getattr(it, "blank", True) is False and not it.side_note and _has_letters(it)


def _beside_last(out: list, note: list) -> int:
    """The index of the last running line on the note's rows, else the last one above its top; -1: none."""
    top, bottom = note[0].y0, max(ln.y1 for ln in note)
    beside = [k for k, it in enumerate(out) if _running(it) and it.y0 < bottom and it.y1 > top]
    above = [k for k, it in enumerate(out) if _running(it) and it.y1 <= top]
    return beside[-1] if beside else (max(above, key=lambda k: out[k].y1) if above else -1)


def _sentence_end(out: list, at: int) -> int:
    """From the running line at `at`, the line that closes its sentence, or the last running line read
    before a blank line, a table, a note or a line opening a paragraph ends the text it runs in (a heading
    beside the note, the text under it indented) (at -1: -1)."""
    if at < 0:
        return at
    while not out[at].text.rstrip().endswith(("。", "．")) and at + 1 < len(out) and _running(out[at + 1]) \
            and not out[at + 1].text[:1].isspace():   # a line opening with a space opens a paragraph (line_roles' opens_space)
        at += 1
    return at


def split_at_gutters(lines: list, cuts: list[tuple[float, float]]) -> list[list]:
    """The lines of each column (and those that span), so that pieces of one visual line are
    joined within a column only."""
    if not cuts:
        return [lines]
    groups: dict[int, list] = {}
    for ln in lines:
        col = column_of(ln, cuts)
        groups.setdefault(-1 if col is None else col, []).append(ln)
    return [groups[k] for k in sorted(groups)]


def column_bounds(items: list, cuts: list[tuple[float, float]]) -> tuple[tuple[tuple[float, float], ...], list[int | None]]:
    """(left, right) of each column's text, left to right (nothing for a page without gutters), and
    each item's column among them (column_of; 0 on a page without gutters, None where it reaches
    across a gutter or stands where no column's text does)."""
    if not cuts:
        return (), [0] * len(items)
    cols = [column_of(it, cuts) for it in items]
    bounds: dict[int, tuple[float, float]] = {}
    for col, it in zip(cols, items):
        if col is not None and _has_letters(it):
            a, b = bounds.get(col, (it.x0, it.x1))
            bounds[col] = (min(a, it.x0), max(b, it.x1))
    index = {c: k for k, c in enumerate(sorted(bounds))}
    return tuple(bounds[k] for k in sorted(bounds)), [None if c is None else index.get(c) for c in cols]
