"""Where a page's footnotes begin when their type is not small: below a separator.

The convention of word processors (Word, Ichitaro, InDesign): a short horizontal rule at the
left of the column's foot, and below it the notes, each opening with its number set smaller or
raised, at any type size (a note may be set in the body size; only its number is small).
A note may keep the body's first-line indent (its number a few characters right of the rule's
start): under a separator the document has drawn before, a marked number there still opens a note.
Everything below the separator is notes; lines there that open no note continue the last note
(on the page before, when the first line below a page's separator opens none).
"""
from __future__ import annotations

from extractors.furniture import bare_number
from extractors.geometry import group_rows
from extractors.numbering import FOOTNOTE_START, note_mark
from extractors.records import Line, Rule, Span
from extractors.settings import SAME_SIZE, Footnotes, Underlines


def shape(rule: Rule) -> tuple[int, int]:
    """A separator's left edge and length: a document draws the same one on every page."""
    return round(rule.x0), round(rule.x1 - rule.x0)


def separator(column: list[Line], rules: list[Rule], page_height: float, body_size: float,
              known: set[tuple[int, int]], fn: Footnotes, u: Underlines) -> Rule | None:
    """The column's footnote separator, or None: the lowest short horizontal rule in the page's
    lower part with no text beside it or over it (an underline: a note's URL is often one),
    starting where the first line below it starts, which opens a note, or, shaped as a separator
    the document has drawn before (`known`), with less text below it than above: a note run on
    from the page before."""
    text = [ln for ln in column if ln.text.strip()]
    if not text:
        return None
    right = max(ln.x1 for ln in text)
    rules = sorted((r for r in rules if _short_rule(r, right, page_height, fn) and not _under_text(r, text, u)),
                   key=lambda r: -r.y0)
    return next((r for r in rules if _separates(r, text, body_size, known, fn)), None)


def _separates(rule: Rule, text: list[Line], body_size: float, known: set[tuple[int, int]], fn: Footnotes) -> bool:
    y = (rule.y0 + rule.y1) / 2
    if _through_text(y, text):
        return False
    rows = _row_pieces([ln for ln in text if ln.y0 >= y], fn)   # the rows below: only the first is read, joined
    if not rows:
        return False
    first = _joined_row(rows[0], fn)
    offset = first[0].x0 - rule.x0
    if abs(offset) > fn.separator_left * body_size:
        return _indented_note(rule, first, offset, body_size, known, fn)
    return opens_note(*first, fn) or (shape(rule) in known and 2 * len(rows) <= len(text))


def _through_text(y: float, text: list[Line]) -> bool:
    """A rule at height y runs through a line of text: an underline or a strike, no rule over notes."""
    return any(ln.y0 < y < ln.y1 for ln in text)


def _indented_note(rule: Rule, first: tuple[Line, list[Line]], offset: float, body_size: float,
                   known: set[tuple[int, int]], fn: Footnotes) -> bool:
    """A note paragraph that keeps the body's first-line indent (a Word footnote style based on an
    indented body style): its number stands a few characters right of the separator's start. Taken
    only under a separator the document has drawn before, and only when the row opens a note."""
    return shape(rule) in known and 0 < offset <= fn.separator_indent * body_size and opens_note(*first, fn)


def opens_note(row: Line, pieces: list[Line], fn: Footnotes) -> bool:
    """The row opens a note: its number is set apart as a mark (smaller or raised), or hung
    before its text as a piece of its own (a number in another face, tabbed to the text).
    Convention (a typeset truth table under its header rule: 0 0 1 1, each digit a piece): a row
    of numbers alone has no text for a number to hang before — a table's row, no note."""
    return marked_number(row, fn) is not None or (len(pieces) > 1 and bare_number(pieces[0].text)
                                                  and not all(bare_number(p.text) for p in pieces))


def _under_text(rule: Rule, text: list[Line], u: Underlines) -> bool:
    """The rule runs under a line's glyphs, where an underline lies (from just above its baseline
    to a little below it)."""
    y = (rule.y0 + rule.y1) / 2
    return any(ln.x0 < rule.x1 and rule.x0 < ln.x1
               and ln.baseline - u.above_baseline <= y <= ln.baseline + u.below_baseline * ln.size for ln in text)


def low_rules(rules: list[Rule], page_height: float, fn: Footnotes) -> list[Rule]:
    """The page's rules a separator may be (as _short_rule asks, its length against a column's
    width aside): thin horizontal strokes in the page's lower part. Found once per page, for the
    notes set under all its columns and for each column's own (most of a page's rules are none)."""
    return [r for r in rules if r.horizontal and r.y1 - r.y0 <= fn.separator_thickness and r.y0 >= fn.separator_below * page_height]


def _short_rule(r: Rule, right: float, page_height: float, fn: Footnotes) -> bool:
    width = max(right - r.x0, 1)
    return (r.horizontal and r.y1 - r.y0 <= fn.separator_thickness and r.y0 >= fn.separator_below * page_height
            and fn.separator_min * width <= r.x1 - r.x0 <= fn.separator_max * width)


def marked_number(line: Line, fn: Footnotes) -> tuple[int, str] | None:
    """(number, text) when the line opens with a number set apart as a note's mark: in a span
    of its own, smaller than the text after it or raised above its baseline. The mark may be
    closed by ")" (1), 2)) or be a lower-case roman numeral (i, ii, iii: Word's footnote style):
    numbering.note_mark."""
    spans = [s for s in line.spans if s.text.strip()]
    number = note_mark(spans[0].text) if len(spans) >= 2 else None
    if number is None:
        return None
    first, rest = spans[0], spans[1:]
    size = max(s.size for s in rest)
    base = max(s.baseline for s in rest if s.size >= size - SAME_SIZE)
    if first.size < size - fn.own_number or first.baseline < base - fn.marker_raised * size:
        start = line.spans.index(first) + 1
        return number, "".join(s.text for s in line.spans[start:])
    return None


def split_below(column: list[Line], rule: Rule, fn: Footnotes) -> tuple[list[Line], list[Line]]:
    """The column's lines above the separator, and the note rows below it, top to bottom."""
    y = (rule.y0 + rule.y1) / 2
    return sorted((ln for ln in column if ln.y0 < y), key=lambda ln: ln.y0), [row for row, _ in visual_rows([ln for ln in column if ln.y0 >= y
                                                                                 and ln.text.strip()], fn)]


def visual_rows(lines: list[Line], fn: Footnotes) -> list[tuple[Line, list[Line]]]:
    """Pieces of one visual row (a note's number and its text set as separate lines) joined,
    rows top to bottom, pieces left to right; each row with its pieces."""
    return [_joined_row(row, fn) for row in _row_pieces(lines, fn)]


def _row_pieces(lines: list[Line], fn: Footnotes) -> list[list[Line]]:
    """The pieces of each visual row (visual_rows), rows top to bottom, not yet joined."""
    return group_rows(lines, lambda l: (l.baseline, l.x0), lambda row, ln: abs(row[0].baseline - ln.baseline) <= fn.row_slack)


def _joined_row(row: list[Line], fn: Footnotes) -> tuple[Line, list[Line]]:
    """One visual row's pieces (_row_pieces) sorted left to right, in place, and joined into one line; with them."""
    row.sort(key=lambda l: l.x0)
    spans = list(row[0].spans)
    for prev, ln in zip(row, row[1:]):   # pieces set apart are words apart: "2" then "Association…"
        if ln.x0 - prev.x1 > fn.row_slack and ln.spans:
            first = ln.spans[0]
            spans.append(Span(" ", first.font, first.size, prev.x1, first.y0, ln.x0, first.y1, first.baseline,
                              ((prev.x1, first.y0, ln.x0, first.y1),)))
        spans += ln.spans
    joined = row[0] if len(row) == 1 else Line(row[0].page, spans, row[0].x0, min(l.y0 for l in row),
                                               max(l.x1 for l in row), max(l.y1 for l in row))
    return joined, row




def notes_under_a_long_rule(lines: list[Line], rules: list[Rule], body_size: float, fn: Footnotes,
                            u: Underlines) -> tuple[list[Line], list[Line]] | None:
    """Convention (a white paper set by DTP in two columns: a page's notes set under a thin rule drawn across the
    whole text width, in small type, each opened by its number — (1) グローバル・ガバナンス：… —, a wrapped line hung
    under the text; the folio further down): under the lowest rule of the page's foot (`rules`: low_rules) longer
    than a separator (`separator_max` of the text's width), crossing no line and underlining none (a reference's
    underlined address is no rule over notes: _under_text; it touches its line, a rule over notes stands clear of
    the text above by `rule_clear`), the rows in small type (at most
    `small` of the body) that follow one another at a note's leading (`notes_leading`), the first opening a note
    (numbering.FOOTNOTE_START) — and called by its mark in the text above (page_flow._page_wide_notes asks
    footnotes.called_above: small print under a form's rule is none) —, are the page's notes. The lines above the
    rule, and those past the notes (the folio), and the note rows; None when no such rule stands over such rows."""
    text = [ln for ln in lines if ln.text.strip()]
    longer = _separator_length(text, fn)
    for rule in sorted(rules, key=lambda r: -r.y0):
        if rule.x1 - rule.x0 <= longer or not _rule_over_notes(rule, text, body_size, fn, u):
            continue
        y = (rule.y0 + rule.y1) / 2
        notes = _small_rows([ln for ln in text if ln.y0 >= y], body_size, fn)
        if notes and FOOTNOTE_START.match(notes[0][0].text):
            taken = {id(piece) for _, pieces in notes for piece in pieces}
            return [ln for ln in lines if id(ln) not in taken], [row for row, _ in notes]
    return None


def _separator_length(text: list[Line], fn: Footnotes) -> float:
    """The longest a separator may be over the page's text (`separator_max` of its width): the text's width is the
    page's, not a rule's, so it is measured once, and a rule no longer (most of a page's foot rules) is passed over
    before any line is looked at for it (notes_under_a_long_rule)."""
    return fn.separator_max * (max((ln.x1 for ln in text), default=0.0) - min((ln.x0 for ln in text), default=0.0))


def _rule_over_notes(rule: Rule, text: list[Line], body_size: float, fn: Footnotes, u: Underlines) -> bool:
    """The rule, longer than a separator (notes_under_a_long_rule asks that first), may stand over a page's
    notes: through no line, under none, clear of the text above it."""
    y = (rule.y0 + rule.y1) / 2
    if _through_text(y, text) or _under_text(rule, text, u):
        return False
    above = max((ln.y1 for ln in text if ln.y1 <= y), default=None)
    return above is None or y - above >= fn.rule_clear * body_size


def _small_rows(lines: list[Line], body_size: float, fn: Footnotes) -> list[tuple[Line, list[Line]]]:
    """The visual rows from the top of `lines` in small type, each at most a note's row's leading below the one
    before (`notes_leading` of its size): where a larger or a further row stands, the notes end."""
    out: list[tuple[Line, list[Line]]] = []
    for row, pieces in visual_rows(lines, fn):
        if row.size > fn.small * body_size or (out and row.baseline - out[-1][0].baseline > fn.notes_leading * row.size):
            break
        out.append((row, pieces))
    return out
