"""A document's pages as one reading-order flow of text lines and tables.

Per page: ruled tables are filled and their glyphs taken out of the text; page numbers are
dropped; footnotes (small type below the body) are collected; footnote markers in the body
(small raised digits) become [^N]; pieces of one visual line are joined.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

import regex

from extractors.cells import fill_table
from extractors.contents import find_contents
from extractors.reading_order import column_bounds, gutters, in_reading_order, split_at_gutters
from extractors.rules_to_cells import find_grids
from extractors.underlines import glyphs_of
from extractors.underlines import underlined as underlined_glyphs
from extractors.furniture import BARE, line_number_column, running_lines, take_furniture
from extractors.records import Flow, Footnote, Furniture, Line, Page, Rule, SourceDoc, Table, TextLine
from normalizers.text import join_lines

_FOOTNOTE_START = regex.compile(r"^\s*(\d{1,3})\s*(.*)$")
MAX_LOOSE_MARKERS = 200   # raised numbers set apart from their line, looked at per page


def body_style(doc: SourceDoc) -> tuple[float, str]:
    """The size and font that carry most of the document's glyphs."""
    sizes: Counter = Counter()
    fonts: Counter = Counter()
    for page in doc.pages:
        for line in page.lines:
            for s in line.spans:
                n = len(s.text.strip())
                if n:
                    sizes[round(s.size, 1)] += n
                    fonts[s.font] += n
    size = sizes.most_common(1)[0][0] if sizes else 10.0
    font = fonts.most_common(1)[0][0] if fonts else ""
    return size, font


def _marker_spans(line: Line) -> set[int]:
    """Indexes of spans that are footnote markers: small raised digits inside a body line."""
    size = line.size
    base = line.baseline
    out = set()
    for i, s in enumerate(line.spans):
        t = s.text.strip()
        if t.isdigit() and s.size <= 0.75 * size and s.baseline < base - 0.12 * size:
            out.add(i)
    return out


def to_text_line(line: Line, rules: RuleBands | None = None) -> TextLine:
    """A visual line as running text: footnote markers out (kept as [^N] in ref_text), and
    whether it is set in bold and underlined (what marks a title in body size)."""
    markers = _marker_spans(line)
    text = "".join(s.text for i, s in enumerate(line.spans) if i not in markers)
    ref = "".join(f"[^{s.text.strip()}]" if i in markers else s.text for i, s in enumerate(line.spans))
    visible = [s for i, s in enumerate(line.spans) if i not in markers and s.text.strip()]
    total = sum(len(s.text.strip()) for s in visible) or 1
    bold = sum(len(s.text.strip()) for s in visible if s.bold) >= 0.6 * total
    return TextLine(line.page, line.x0, line.y0, line.x1, line.y1, line.size, line.font, text, ref, line,
                    bold, _mostly_underlined(visible, rules))


class RuleBands:
    """A page's thin horizontal rules by height, for finding the few under a line."""

    def __init__(self, rules: list[Rule]):
        flat = sorted(((r.y0 + r.y1) / 2, k) for k, r in enumerate(rules) if r.horizontal and r.y1 - r.y0 <= 1.5)
        self.ys = [y for y, _ in flat]
        self.rules = [rules[k] for _, k in flat]

    def near(self, low: float, high: float) -> list[Rule]:
        return self.rules[bisect_left(self.ys, low):bisect_right(self.ys, high)]


def _mostly_underlined(spans: list, bands: RuleBands | None) -> bool:
    """Seven glyphs in ten or more with a rule under them (a rule may stop short of the last)."""
    if bands is None or not spans:
        return False
    size = max(s.size for s in spans)
    rules = bands.near(min(s.baseline for s in spans) - 0.5, max(s.baseline for s in spans) + 0.3 * size)
    if not rules:
        return False
    glyphs = [g for g in glyphs_of(spans) if not g.c.isspace()]
    flags = underlined_glyphs(glyphs, rules, max_ems=60)
    return bool(flags) and sum(flags) >= 0.7 * len(flags)


def merge_fragments(lines: list[Line]) -> list[Line]:
    """Join pieces of one visual line (same baseline, touching) into one Line. Linear after the
    sort: a joined line's size and baseline are carried along, not recomputed per piece."""
    keyed = sorted(((round(l.baseline), l.x0, l.baseline, l.size, bool(l.text.strip()), l) for l in lines),
                   key=lambda k: k[:2])
    out: list[Line] = []
    size = base = 0.0
    visible = joined = False
    for _, _, b, s, vis, line in keyed:
        last = out[-1] if out else None
        # justified or distributed text sets glyphs of one line far apart: up to 4 ems
        if last is not None and abs(base - b) <= 1.0 and -1 <= line.x0 - last.x1 <= 4 * max(s, 1) and vis and visible:
            if not joined:   # a new record: the page's own Line is never changed
                last = out[-1] = Line(last.page, list(last.spans), last.x0, last.y0, last.x1, last.y1)
                joined = True
            last.spans.extend(line.spans)
            last.x1, last.y0, last.y1 = line.x1, min(last.y0, line.y0), max(last.y1, line.y1)
            if s > size + 0.1:
                size, base = s, b
            elif abs(s - size) <= 0.1:
                base = max(base, b)
            continue
        out.append(line)
        size, base, visible, joined = s, b, vis, False
    return out


def _bare_number(line: Line) -> bool:
    return bool(BARE.match(line.text))


def _raised_over(m: Line, h: Line) -> bool:
    """m is a small number raised over h's text, at its end or inside it."""
    return (m.size <= 0.75 * h.size and h.y0 - 1 <= m.spans[0].baseline < h.baseline
            and h.x0 - 1 <= m.x0 <= h.x1 + 0.5 * h.size)


def attach_raised(lines: list[Line]) -> list[Line]:
    """Small raised numbers that stand as lines of their own (a marker set apart from the text it
    follows) put back into the line they are raised over, in x order, where _marker_spans reads
    them as footnote markers. Everything else is left as it is."""
    numbers = [ln for ln in lines if _bare_number(ln)]
    if not numbers or len(numbers) > MAX_LOOSE_MARKERS:   # a page of bare numbers is a table, not notes
        return lines
    hosts = [ln for ln in lines if not _bare_number(ln)]
    into: dict[int, list[Line]] = {}
    moved: set[int] = set()
    for m in numbers:
        host = next((h for h in hosts if _raised_over(m, h)), None)
        if host is not None:
            into.setdefault(id(host), []).append(m)
            moved.add(id(m))
    return [_with_marks(ln, into.get(id(ln), [])) for ln in lines if id(ln) not in moved] if moved else lines


def _with_marks(line: Line, marks: list[Line]) -> Line:
    """A new line holding the line's spans and the marks' spans in x order (or the line itself)."""
    if not marks:
        return line
    spans = sorted(line.spans + [s for m in marks for s in m.spans], key=lambda s: s.x0)
    return Line(line.page, spans, line.x0, min([line.y0] + [m.y0 for m in marks]),
                max([line.x1] + [m.x1 for m in marks]), line.y1)


def split_footnotes(lines: list[Line], body_size: float) -> tuple[list[Line], list[Line]]:
    """Body lines and footnote lines: the run of small type at the bottom of the page."""
    ordered = sorted(lines, key=lambda l: l.y0)
    cut = len(ordered)
    for i in range(len(ordered) - 1, -1, -1):
        ln = ordered[i]
        if not ln.text.strip():
            continue
        if ln.size <= 0.8 * body_size:
            cut = i
        else:
            break
    notes = [l for l in ordered[cut:] if l.text.strip()]
    if notes and not _FOOTNOTE_START.match(notes[0].text):
        return ordered, []  # small print that does not start with a number is not a footnote
    return ordered[:cut], notes


_NEXT_NOTE = regex.compile(r"^\s*(\d{1,3})[\s\u3000]+(\S.*)$")


def _own_number(ln: Line) -> tuple[int, str] | None:
    """(number, text) when the line opens with a number set as its own smaller span: "18"
    then "2019年…" is note 18, not 182."""
    first = next((s for s in ln.spans if s.text.strip()), None)
    if first is None or not first.text.strip().isdigit():
        return None
    rest = [s.size for s in ln.spans if s is not first and s.text.strip()]
    if rest and first.size >= max(rest) - 0.5:
        return None
    return int(first.text.strip()), "".join(s.text for s in ln.spans[ln.spans.index(first) + 1:])


def _opens_note(ln: Line, numbers: list[int]) -> tuple[int, str] | None:
    """The number and text of a footnote this line opens: a number in its own span, the first
    number on the page, or the next number after the last (footnotes count up)."""
    own = _own_number(ln)
    if own is not None:
        return own
    m = _FOOTNOTE_START.match(ln.text)
    if m and not numbers:
        return int(m.group(1)), m.group(2)
    spaced = _NEXT_NOTE.match(ln.text)   # "30 資本金…" opens note 30; "30%程度…" continues note 29
    if spaced and numbers and int(spaced.group(1)) == numbers[-1] + 1:
        return int(spaced.group(1)), spaced.group(2)
    return None


def parse_footnotes(lines: list[Line], page: int) -> list[Footnote]:
    parts: list[list[str]] = []
    numbers: list[int] = []
    for ln in lines:
        opened = _opens_note(ln, numbers)
        if opened is not None:
            numbers.append(opened[0])
            parts.append([opened[1]])
        elif parts:
            parts[-1].append(ln.text)
    return [Footnote(n, page, join_lines(p)) for n, p in zip(numbers, parts)]


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


def fill_tables(grids: list, lines: list[Line], page: int) -> tuple[list[Table], list[Line]]:
    """Every table filled with the lines in its band (found by bisection, not by looking at
    every line for every table), and the lines no table took, in their order."""
    if not grids:
        return [], lines
    order = sorted(range(len(lines)), key=lambda i: (lines[i].y0 + lines[i].y1) / 2)
    mids = [(lines[i].y0 + lines[i].y1) / 2 for i in order]
    taken: set[int] = set()
    tables = []
    for grid in grids:
        x0, y0, x1, y1 = grid.bbox
        band = [i for i in order[bisect_left(mids, y0):bisect_right(mids, y1)] if i not in taken]
        table, rest = fill_table(grid, [lines[i] for i in band], page)
        kept = {id(ln) for ln in rest}
        taken.update(i for i in band if id(lines[i]) not in kept)
        tables.append(table)
    return tables, [ln for i, ln in enumerate(lines) if i not in taken]


def read_page(page: Page, body_size: float, running: set[str], column_x: float | None = None) -> PageRead:
    """One page: tables filled, furniture out, footnotes split off, lines joined (within a
    column), items in reading order (extractors/reading_order.py)."""
    tables, lines = fill_tables(find_grids(page.rules + page.box_edges), list(page.lines), page.number)
    kept, furniture = take_furniture(lines, page, running, column_x)
    cuts = gutters(kept, body_size)
    notes: list[Line] = []
    joined: list[Line] = []
    for column in split_at_gutters(kept, cuts):   # each column's footnotes at its own foot
        text, small = split_footnotes(column, body_size)
        notes += small
        joined += attach_raised(merge_fragments(text))
    bands = RuleBands(page.rules)
    text_lines = sorted((to_text_line(l, bands) for l in joined), key=lambda t: t.y0)
    text_lines = _trim_blank_ends(text_lines)
    widths = [t.x1 for t in text_lines if not t.blank and t.size >= body_size * 0.9]
    items = in_reading_order(text_lines + tables, cuts, body_size)
    return PageRead(items, parse_footnotes(notes, page.number), furniture, max(widths) if widths else page.width,
                    column_bounds(text_lines, cuts))


def running_style(items: list, default: tuple[float, str]) -> tuple[float, str]:
    """The running text's own size and font (table cells excluded): tells headings from body."""
    sizes: Counter = Counter()
    fonts: Counter = Counter()
    for it in items:
        if isinstance(it, TextLine) and not it.blank:
            n = len(it.text.strip())
            sizes[round(it.size, 1)] += n
            fonts[it.font] += n
    if not sizes:
        return default
    return sizes.most_common(1)[0][0], fonts.most_common(1)[0][0]


def build_flow(doc: SourceDoc) -> Flow:
    """The document's pages read one by one and joined into one flow."""
    body_size, body_font = body_style(doc)
    items: list = []
    footnotes: list[Footnote] = []
    right_edge: dict[int, float] = {}
    columns: dict[int, tuple[tuple[float, float], ...]] = {}
    furniture: list[Furniture] = []
    running, column_x = running_lines(doc), line_number_column(doc)
    for page in doc.pages:
        read = read_page(page, body_size, running, column_x)
        items.extend(read.items)
        footnotes.extend(read.footnotes)
        furniture += read.furniture
        right_edge[page.number] = read.right_edge
        if read.columns:
            columns[page.number] = read.columns
    body_size, body_font = running_style(items, (body_size, body_font))
    return Flow(doc.name, items, footnotes, body_size, body_font, right_edge, furniture, find_contents(items), columns)
