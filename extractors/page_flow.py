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
from extractors.settings import DEFAULT, SAME_SIZE, Footnotes, Joining, Layout, Settings, Typography, Underlines
from normalizers.text import join_lines

_FOOTNOTE_START = regex.compile(r"^\s*(\d{1,3})\s*(.*)$")


def body_style(doc: SourceDoc, default_size: float) -> tuple[float, str]:
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
    size = sizes.most_common(1)[0][0] if sizes else default_size
    font = fonts.most_common(1)[0][0] if fonts else ""
    return size, font


def _marker_spans(line: Line, fn: Footnotes) -> set[int]:
    """Indexes of spans that are footnote markers: small raised digits inside a body line."""
    size = line.size
    base = line.baseline
    out = set()
    for i, s in enumerate(line.spans):
        t = s.text.strip()
        if t.isdigit() and s.size <= fn.marker_size * size and s.baseline < base - fn.marker_raise * size:
            out.add(i)
    return out


def to_text_line(line: Line, rules: RuleBands | None, settings: Settings) -> TextLine:
    """A visual line as running text: footnote markers out (kept as [^N] in ref_text), and
    whether it is set in bold and underlined (what marks a title in body size)."""
    markers = _marker_spans(line, settings.footnotes)
    text = "".join(s.text for i, s in enumerate(line.spans) if i not in markers)
    ref = "".join(f"[^{s.text.strip()}]" if i in markers else s.text for i, s in enumerate(line.spans))
    visible = [s for i, s in enumerate(line.spans) if i not in markers and s.text.strip()]
    total = sum(len(s.text.strip()) for s in visible) or 1
    bold = sum(len(s.text.strip()) for s in visible if s.bold) >= settings.typography.bold_share * total
    return TextLine(line.page, line.x0, line.y0, line.x1, line.y1, line.size, line.font, text, ref, line,
                    bold, _mostly_underlined(visible, rules, settings.underlines, settings.layout))


class RuleBands:
    """A page's thin horizontal rules by height, for finding the few under a line."""

    def __init__(self, rules: list[Rule], thickness: float):
        flat = sorted(((r.y0 + r.y1) / 2, k) for k, r in enumerate(rules) if r.horizontal and r.y1 - r.y0 <= thickness)
        self.ys = [y for y, _ in flat]
        self.rules = [rules[k] for _, k in flat]

    def near(self, low: float, high: float) -> list[Rule]:
        return self.rules[bisect_left(self.ys, low):bisect_right(self.ys, high)]


def _mostly_underlined(spans: list, bands: RuleBands | None, u: Underlines, ls: Layout) -> bool:
    """Seven glyphs in ten or more with a rule under them (a rule may stop short of the last)."""
    if bands is None or not spans:
        return False
    size = max(s.size for s in spans)
    rules = bands.near(min(s.baseline for s in spans) - u.above_baseline, max(s.baseline for s in spans) + u.below_baseline * size)
    if not rules:
        return False
    glyphs = [g for g in glyphs_of(spans, ls) if not g.c.isspace()]
    flags = underlined_glyphs(glyphs, rules, u, u.title_length)
    return bool(flags) and sum(flags) >= u.line_share * len(flags)


def merge_fragments(lines: list[Line], typo: Typography, j: Joining) -> list[Line]:
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
        if last is not None and abs(base - b) <= j.join_baseline and -j.join_overlap <= line.x0 - last.x1 <= j.join_gap * max(s, typo.min_size) \
                and vis and visible:
            if not joined:   # a new record: the page's own Line is never changed
                last = out[-1] = Line(last.page, list(last.spans), last.x0, last.y0, last.x1, last.y1)
                joined = True
            last.spans.extend(line.spans)
            last.x1, last.y0, last.y1 = line.x1, min(last.y0, line.y0), max(last.y1, line.y1)
            if s > size + SAME_SIZE:
                size, base = s, b
            elif abs(s - size) <= SAME_SIZE:
                base = max(base, b)
            continue
        out.append(line)
        size, base, visible, joined = s, b, vis, False
    return out


def _bare_number(line: Line) -> bool:
    return bool(BARE.match(line.text))


def _raised_over(m: Line, h: Line, fn: Footnotes) -> bool:
    """m is a small number raised over h's text, at its end or inside it."""
    return (m.size <= fn.marker_size * h.size and h.y0 - 1 <= m.spans[0].baseline < h.baseline
            and h.x0 - 1 <= m.x0 <= h.x1 + fn.marker_reach * h.size)


def attach_raised(lines: list[Line], fn: Footnotes) -> list[Line]:
    """Small raised numbers that stand as lines of their own (a marker set apart from the text it
    follows) put back into the line they are raised over, in x order, where _marker_spans reads
    them as footnote markers. Everything else is left as it is."""
    numbers = [ln for ln in lines if _bare_number(ln)]
    if not numbers or len(numbers) > fn.max_loose_markers:   # a page of bare numbers is a table, not notes
        return lines
    hosts = [ln for ln in lines if not _bare_number(ln)]
    into: dict[int, list[Line]] = {}
    moved: set[int] = set()
    for m in numbers:
        host = next((h for h in hosts if _raised_over(m, h, fn)), None)
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


def split_footnotes(lines: list[Line], body_size: float, fn: Footnotes) -> tuple[list[Line], list[Line]]:
    """Body lines and footnote lines: the run of small type at the bottom of the page."""
    ordered = sorted(lines, key=lambda l: l.y0)
    cut = len(ordered)
    for i in range(len(ordered) - 1, -1, -1):
        ln = ordered[i]
        if not ln.text.strip():
            continue
        if ln.size <= fn.small * body_size:
            cut = i
        else:
            break
    notes = [l for l in ordered[cut:] if l.text.strip()]
    if notes and not _FOOTNOTE_START.match(notes[0].text):
        return ordered, []  # small print that does not start with a number is not a footnote
    return ordered[:cut], notes


_NEXT_NOTE = regex.compile(r"^\s*(\d{1,3})[\s\u3000]+(\S.*)$")


def _own_number(ln: Line, fn: Footnotes) -> tuple[int, str] | None:
    """(number, text) when the line opens with a number set as its own smaller span: "18"
    then "2019年…" is note 18, not 182."""
    first = next((s for s in ln.spans if s.text.strip()), None)
    if first is None or not first.text.strip().isdigit():
        return None
    rest = [s.size for s in ln.spans if s is not first and s.text.strip()]
    if rest and first.size >= max(rest) - fn.own_number:
        return None
    return int(first.text.strip()), "".join(s.text for s in ln.spans[ln.spans.index(first) + 1:])


def _opens_note(ln: Line, numbers: list[int], fn: Footnotes) -> tuple[int, str] | None:
    """The number and text of a footnote this line opens: a number in its own span, the first
    number on the page, or the next number after the last (footnotes count up)."""
    own = _own_number(ln, fn)
    if own is not None:
        return own
    m = _FOOTNOTE_START.match(ln.text)
    if m and not numbers:
        return int(m.group(1)), m.group(2)
    spaced = _NEXT_NOTE.match(ln.text)   # "30 資本金…" opens note 30; "30%程度…" continues note 29
    if spaced and numbers and int(spaced.group(1)) == numbers[-1] + 1:
        return int(spaced.group(1)), spaced.group(2)
    return None


def parse_footnotes(lines: list[Line], page: int, fn: Footnotes) -> list[Footnote]:
    parts: list[list[str]] = []
    numbers: list[int] = []
    for ln in lines:
        opened = _opens_note(ln, numbers, fn)
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


def fill_tables(grids: list, lines: list[Line], page: int, settings: Settings) -> tuple[list[Table], list[Line]]:
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
        table, rest = fill_table(grid, [lines[i] for i in band], page, settings.layout, settings.tables)
        kept = {id(ln) for ln in rest}
        taken.update(i for i in band if id(lines[i]) not in kept)
        tables.append(table)
    return tables, [ln for i, ln in enumerate(lines) if i not in taken]


def read_page(page: Page, body_size: float, running: set[str], column_x: float | None,
              settings: Settings) -> PageRead:
    """One page: tables filled, furniture out, footnotes split off, lines joined (within a
    column), items in reading order (extractors/reading_order.py)."""
    fn = settings.footnotes
    tables, lines = fill_tables(find_grids(page.rules + page.box_edges, settings.tables), list(page.lines),
                                page.number, settings)
    kept, furniture = take_furniture(lines, page, running, column_x, settings.margins)
    cuts = gutters(kept, body_size, settings.columns)
    notes: list[Line] = []
    joined: list[Line] = []
    for column in split_at_gutters(kept, cuts):   # each column's footnotes at its own foot
        text, small = split_footnotes(column, body_size, fn)
        notes += small
        joined += attach_raised(merge_fragments(text, settings.typography, settings.joining), fn)
    bands = RuleBands(page.rules, settings.underlines.thickness)
    text_lines = sorted((to_text_line(l, bands, settings) for l in joined), key=lambda t: t.y0)
    text_lines = _trim_blank_ends(text_lines)
    widths = [t.x1 for t in text_lines if not t.blank and t.size >= body_size * settings.typography.main_text_share]
    items = in_reading_order(text_lines + tables, cuts, body_size, settings.columns.slack)
    return PageRead(items, parse_footnotes(notes, page.number, fn), furniture,
                    max(widths) if widths else page.width, column_bounds(text_lines, cuts))


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


def build_flow(doc: SourceDoc, settings: Settings = DEFAULT) -> Flow:
    """The document's pages read one by one and joined into one flow."""
    body_size, body_font = body_style(doc, settings.typography.default_body_size)
    items: list = []
    footnotes: list[Footnote] = []
    right_edge: dict[int, float] = {}
    columns: dict[int, tuple[tuple[float, float], ...]] = {}
    furniture: list[Furniture] = []
    running, column_x = running_lines(doc, settings.margins), line_number_column(doc, settings.margins)
    for page in doc.pages:
        read = read_page(page, body_size, running, column_x, settings)
        items.extend(read.items)
        footnotes.extend(read.footnotes)
        furniture += read.furniture
        right_edge[page.number] = read.right_edge
        if read.columns:
            columns[page.number] = read.columns
    body_size, body_font = running_style(items, (body_size, body_font))
    return Flow(doc.name, items, footnotes, body_size, body_font, right_edge, furniture, find_contents(items), columns,
                settings)
