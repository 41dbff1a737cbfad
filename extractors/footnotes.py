"""Footnotes: the area of small type at the foot of a page (or of a column), the notes in it,
and the markers in the body that point to them (small raised digits, kept as [^N]).

    split_footnotes (the run of small type at the bottom, opening with a number — not a callout's
                     words laid on a picture, whose number no marker calls: _callout, nor a chart's
                     tick labels: _axis_labels; or, at any
                     size, what lies below a separator rule: extractors/footnote_zone.py) →
    parse_footnotes (notes by their numbers: own span, first on the page, or the next one)

A marker set apart from its line (a raised number that is a line of its own) is put back into the
line it is raised over (attach_raised), where marker_spans reads it.

Convention (white papers' starred notes, ＊1 … ＊39): a starred note's marker in the text is a
star and number set smaller and raised over the line it stands in, as a digit marker is (alone,
as ＊5 or ＊6＊7, or opening the piece of the line that follows it); the note itself opens its row
with its mark. A starred piece raised over text that runs before it on its row is a marker, never
a note (starred_notes), and the note's mark and text set as separate pieces of one row are one.
"""
from __future__ import annotations

from collections.abc import Sequence

import regex

from extractors.footnote_zone import marked_number, visual_rows
from extractors.furniture import bare_number
from extractors.numbering import CIRCLED_ORDER, ENDNOTES_HEAD, FOOTNOTE_START, LABEL_CALL, MARK_NUMBER, NEXT_NOTE, NOTE_MARK_HEADS, REFERENCE_MARK, REFERENCE_NOTE, \
    STAR_MARKS, STARRED, STARS, labelled_note, match_opening, note_mark
from extractors.records import Footnote, Line, Span, Table, TextLine
from extractors.settings import SAME_SIZE, Footnotes
from normalizers.text import fold_width, join_lines


_STAR_HEADS = tuple(STARS)   # the characters a starred marker opens with (a tuple: "" is none of them)


def _starred_mark(text: str) -> bool:
    """A starred marker (＊5, ＊6＊7), its pattern asked only of a text opening with a star."""
    return text.lstrip()[:1] in _STAR_HEADS and STAR_MARKS.match(text) is not None


def _mark_text(text: str) -> bool:
    """The text of a marker: a number, a number closed by ")" (5), Word's note style), a star
    and number (＊5, ＊6＊7), or a circled number alone (①: a note labelled so, labelled_called).
    Each is asked only of a text opening as it must (a digit, a star): most spans open with neither."""
    head = text.lstrip()[:1]
    return ((head.isdigit() or head in NOTE_MARK_HEADS) and note_mark(text) is not None) or _starred_mark(text) or _circled(text)


def _circled(text: str) -> bool:
    """A circled number alone (①), a labelled note's marker when raised."""
    mark = text.strip()
    return len(mark) == 1 and mark in CIRCLED_ORDER


def _numbered_mark(text: str) -> int | None:
    """The number of a marker set as a number, closed by ")" or not, or in brackets (5, 5), (5)): numbering.note_mark."""
    head = text.strip()[:1]
    return note_mark(text) if head.isdigit() or (head != "" and head in NOTE_MARK_HEADS) else None


def marker_ref(text: str) -> str:
    """A marker's span as the note references it points to: [^5] for 5 or 5), [^6][^7] for ＊6＊7."""
    if (number := _numbered_mark(text)) is not None:
        return f"[^{number}]"
    if _circled(text):
        return f"[^{CIRCLED_ORDER.index(text.strip()) + 1}]"
    return "".join(f"[^{fold_width(n)}]" for n in MARK_NUMBER.findall(text))


def marker_spans(line: Line, fn: Footnotes) -> set[int]:
    """Indexes of spans that are footnote markers: small raised digits (or starred numbers,
    ＊5) inside a body line. A line of one span has none: its span's size and baseline are the line's
    (records.Line), never smaller nor raised over them (a size of 0 or more; the text is not looked at)."""
    if len(line.spans) == 1 and line.size >= 0:
        return set()
    digits = [i for i, s in enumerate(line.spans) if _mark_text(s.text)]
    if not digits:   # most lines: no size or baseline to measure
        return set()
    size = line.size
    base = line.baseline
    return {i for i in digits
            if line.spans[i].size <= fn.marker_size * size and line.spans[i].baseline < base - fn.marker_raise * size}


def _bare_number(line: Line) -> bool:
    """A number (or a starred marker, ＊5, or a circled number, ①) alone on its line; the starred
    marker's pattern asked only of a line opening with a star."""
    return bare_number(line.text) or _starred_mark(line.text) or _circled(line.text)



def _raised_over(m: Line, h: Line, fn: Footnotes) -> bool:
    """m is a small number raised over h's text (as far as marker_spans asks), at its end or inside it."""
    return (m.size <= fn.marker_size * h.size and h.y0 - 1 <= m.spans[0].baseline < h.baseline - fn.marker_raise * h.size
            and h.x0 - 1 <= m.x0 <= h.x1 + fn.marker_reach * h.size)


def attach_raised(lines: list[Line], fn: Footnotes) -> list[Line]:
    """Small raised numbers that stand as lines of their own (a marker set apart from the text it
    follows) put back into the line they are raised over, in x order, where _marker_spans reads
    them as footnote markers. Everything else is left as it is."""
    bare = [_bare_number(ln) for ln in lines]   # each line asked once
    numbers = [ln for ln, b in zip(lines, bare) if b]
    if not numbers or len(numbers) > fn.max_loose_markers:   # a page of bare numbers is a table, not notes
        return lines
    hosts = [ln for ln, b in zip(lines, bare) if not b]
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


def split_footnotes(lines: list[Line], body_size: float, fn: Footnotes,
                    pictures: Sequence[tuple[float, float, float, float]] = (),
                    tables: Sequence[tuple[float, float, float, float]] = ()) -> tuple[list[Line], list[Line]]:
    """Body lines and footnote lines: the run of small type at the bottom of the page, from its
    first visual row that opens a note (small captions above the notes stay in the body; so do a
    callout's words laid on a picture: _callout, and a table's head over its grid: _over_table);
    a note's number and text set as separate pieces are one row. `tables`: the boxes of the page's
    ruled tables, whose lines are out of `lines`."""
    ordered = sorted(lines, key=lambda l: l.y0)
    cut = _foot_run(ordered, lambda ln: ln.size <= fn.small * body_size)
    rows = visual_rows([l for l in ordered[cut:] if l.text.strip()], fn)
    first = _first_note(rows, [l for l in ordered[cut:] if l.text.strip()], Calls(ordered[:cut], fn), pictures, fn,
                        tables)
    if first is None:
        cut, rows, first = _bracketed_foot(ordered, fn)
    if first is None:
        return ordered, []  # small print that does not start with a number is not a footnote
    taken = {id(piece) for _, pieces in rows[first:] for piece in pieces}
    return [l for l in ordered if id(l) not in taken], [row for row, _ in rows[first:]]


def _foot_run(ordered: list[Line], small) -> int:
    """The index of the first line of the run at the bottom (lines by y) that `small` admits (blank lines go with it)."""
    cut = len(ordered)
    for i in range(len(ordered) - 1, -1, -1):
        ln = ordered[i]
        if not ln.text.strip():
            continue
        if not small(ln):
            break
        cut = i
    return cut


def _bracketed_foot(ordered: list[Line], fn: Footnotes) -> tuple[int, list, int | None]:
    """Convention (a slide's or a leaflet's notes labelled in brackets at its foot, （注１）…, called by the same
    label set inline in smaller type, 直近１か月分（注１）の: numbering.LABELLED_NOTE): on a page whose type sizes
    are its own (a slide set larger than the document's body), the notes are the run at the bottom in the size of
    the lowest line, set smaller than the lines that call them, from its first row that opens a note so called.
    (cut, rows, first row) — first None where no row at the foot opens such a note (most pages)."""
    visible = [ln for ln in ordered if ln.text.strip()]
    if not any("注" in ln.text for ln in visible):   # most pages: no 注 at all
        return len(ordered), [], None
    size = visible[-1].size
    cut = _foot_run(ordered, lambda ln: abs(ln.size - size) <= SAME_SIZE)
    above = Calls(ordered[:cut], fn)
    hosts = [ln.size for ln in ordered[:cut] if any(s.size <= fn.marker_size * ln.size and "注" in s.text for s in ln.spans)]
    if not hosts or size > fn.small * min(hosts):
        return cut, [], None
    rows = visual_rows([l for l in ordered[cut:] if l.text.strip()], fn)
    first = next((k for k, (row, _) in enumerate(rows) if _bracket_label(row.text) and labelled_called(row, above)), None)
    return cut, rows, first


def _bracket_label(text: str) -> bool:
    """The row opens with a label in brackets (（注１）…: numbering.LABELLED_NOTE's kind "（注")."""
    got = labelled_note(text) if text.lstrip()[:1] in ("（", "(") else None
    return got is not None and got[1] == "（注"


def _first_note(rows: list[tuple[Line, list[Line]]], small: list[Line], above: Calls,
                pictures: Sequence[tuple[float, float, float, float]], fn: Footnotes,
                tables: Sequence[tuple[float, float, float, float]] = ()) -> int | None:
    """The index of the first visual row of the small type at the foot that opens a note: a callout's words
    (_callout), a chart's tick labels (_axis_labels) and a table's head (_over_table) open none; a note labelled
    注１ or ① opens one where the text above calls it (labelled_called). The calls of the text above are read once
    for all the rows."""
    return next((k for k, (row, pieces) in enumerate(rows) if not _over_table(row, tables) and (
                 (FOOTNOTE_START.match(row.text) and not _callout(row, pictures, above) and not _axis_labels(row, pieces, small))
                 or labelled_called(row, above))), None)


def _over_table(row: Line, tables: Sequence[tuple[float, float, float, float]]) -> bool:
    """Convention (a budget's tables set in small type, each part numbered over its grid: 第３表 債務負担行為補正 /
    １　追加 …（単位：千円） / the grid to the page's foot): a note sits under the text at the page's foot, so a
    small row with a ruled table under it, across its width, heads that table — a part's number and name, the
    unit —, no note; the table's cells are out of the page's lines, which leaves that row the lowest one."""
    return any(t[1] >= row.y1 and t[0] < row.x1 and row.x0 < t[2] for t in tables)


class Calls:
    """The calls of notes the lines above a page's (or a column's) notes carry, each kind read once, at its first
    question, for every row at the foot asked about: the references of their markers ([^5][^6]…: _marks_called)
    and the numbers of the labels 注１ in their words (numbering.LABEL_CALL). Most feet ask neither."""
    __slots__ = ("lines", "_fn", "_marks", "_labels", "_small")

    def __init__(self, lines: list[Line], fn: Footnotes) -> None:
        self.lines, self._fn = lines, fn
        self._marks: str | None = None
        self._labels: frozenset[int] | None = None
        self._small: frozenset[int] | None = None

    def marks(self) -> str:
        """The note references of the lines' markers ([^5][^6]…)."""
        if self._marks is None:
            self._marks = _marks_called(self.lines, self._fn)
        return self._marks

    def labels(self) -> frozenset[int]:
        """The numbers of the notes the lines call by a label in their words (注１, （注２）)."""
        if self._labels is None:
            self._labels = frozenset(int(fold_width(m.group(1))) for ln in self.lines for m in LABEL_CALL.finditer(ln.text))
        return self._labels

    def small_labels(self) -> frozenset[int]:
        """The numbers of the notes the lines call by a label in brackets set in smaller type than their line
        (直近１か月分（注１）の: the call a span of its own, at most marker_size of the line's size)."""
        if self._small is None:
            self._small = frozenset(int(fold_width(m.group(1))) for ln in self.lines for s in ln.spans
                                    if s.text.lstrip()[:1] in ("（", "(") and s.size <= self._fn.marker_size * ln.size
                                    and (m := LABEL_CALL.search(s.text)) is not None)
        return self._small


def _axis_labels(row: Line, pieces: list[Line], small: list[Line]) -> bool:
    """Convention (a chart's axis under its plot, drawn in vectors, its tick labels in the notes' small type:
    18 19 20 … 24 年, 24/3 5 7 9 月): a row level with two values or more set as pieces of their own beside it
    (other rows of the same band, a baseline off), or made of such values alone (70 −60 0 0: the ticks of
    charts side by side), is a tick label, no note — a note's row stands alone in its band."""
    own = {id(p) for p in pieces}
    if len(pieces) >= 2 and all(_TICK.match(p.text) for p in pieces):   # the row is ticks alone: 70 -60 0 0
        return True
    return sum(1 for ln in small if id(ln) not in own and row.y0 <= (ln.y0 + ln.y1) / 2 <= row.y1
               and _TICK.match(ln.text)) >= 2


_TICK = regex.compile(r"^\s*[-−－]?[0-9０-９][0-9０-９,.]*\s*$")   # a tick label: a value alone, signed or not


def _callout(row: Line, pictures: Sequence[tuple[float, float, float, float]], above: Calls) -> bool:
    """Convention (a callout, no note): words laid on a picture (a figure's label, a balloon pasted
    over a chart: its glyphs' middles within the picture's box) that open with a number no marker in
    the text above calls (a balloon "12 件を移行" over a pasted schedule, a count: no raised 12 anywhere)
    open no note. A note sits under the text in a footnote area, and its number is the mark some line
    above carries; a note's row on a picture printed across the page, called by its mark, is one."""
    boxes = [b for s in row.spans for b in s.char_boxes]
    if not pictures or not boxes:
        return False
    x0, x1 = min((b[0] + b[2]) / 2 for b in boxes), max((b[0] + b[2]) / 2 for b in boxes)
    y = (row.y0 + row.y1) / 2
    if not any(p[0] <= x0 and x1 <= p[2] and p[1] <= y <= p[3] for p in pictures):
        return False
    m = FOOTNOTE_START.match(row.text)
    return m is not None and f"[^{int(m.group(1))}]" not in above.marks()


def called_above(above: list[Line], row: Line, fn: Footnotes) -> bool:
    """The note the row opens (numbering.FOOTNOTE_START) is called by a marker in the lines (its number raised
    or set apart in their text: _marks_called)."""
    m = FOOTNOTE_START.match(row.text)
    return m is not None and f"[^{int(m.group(1))}]" in _marks_called(above, fn)


def labelled_called(row: Line, above: Calls) -> bool:
    """Convention (notes numbered by a label, numbering.LABELLED_NOTE: 注１ …, ① …): the row opens a note by its
    label, and the text above calls that note — 注１ in its words (set inline, （注１）, or raised), a label in
    brackets by the same label set in smaller type (Calls.small_labels: （注１） in the text's own size calls an
    annotation under a table, no footnote), or the circled number raised over a line as a marker is
    (_marks_called: a circled number in the running text's own size is an item's, no call). The calls are read
    once for all the rows at the foot (Calls)."""
    got = labelled_note(row.text) if row.text.lstrip()[:1] in _LABEL_HEADS else None
    if got is None:
        return False
    number, kind, _ = got
    if kind == "注":
        return number in above.labels()
    return number in above.small_labels() if kind else f"[^{number}]" in above.marks()


_LABEL_HEADS = "注（(" + CIRCLED_ORDER   # the characters a labelled note opens with: most rows open with none


def _marks_called(lines: list[Line], fn: Footnotes) -> str:
    """The note references the markers of the lines carry ([^5][^6]…), raised numbers set as lines of
    their own put back into the line they are raised over first (attach_raised)."""
    return "".join(marker_ref(ln.spans[i].text) for ln in attach_raised(lines, fn) for i in marker_spans(ln, fn))


def _referenced(ln: Line) -> tuple[int, str] | None:
    """(number, text) of a note opened by ※ and its number (run_together_notes)."""
    m = REFERENCE_NOTE.match(ln.text)
    return (int(fold_width(m.group(1))), m.group(2)) if m else None


def _starred(ln: Line) -> tuple[int, str] | None:
    m = STARRED.match(ln.text)
    return (int(fold_width(m.group(1))), m.group(2)) if m else None


def starred_notes(lines: list[Line], body_size: float, fn: Footnotes) -> tuple[list[Line], list[Line]]:
    """Body lines, and notes marked with an asterisk and their number (*1, ＊2:, the number raised
    or not) in the body's type or smaller, where they stand (at the foot, or right under the
    frame or figure they explain), each with the rows in its type that follow it closely below.
    Pieces of one row (a note's mark and its text set apart) are read as one row; a starred
    piece raised over text running before it on its row is a marker in that text, no note."""
    ordered = sorted(lines, key=lambda l: l.y0)
    if not _starred_page(ordered):
        return ordered, []   # no asterisk on the page (most pages): no row can open a starred note
    rows = visual_rows([ln for ln in ordered if ln.text.strip()], fn)
    taken: list[Line] = []
    keep: set[int] = set()
    for row, pieces in rows:
        last = taken[-1] if taken else None
        if row.size <= body_size + SAME_SIZE and _starred(row) is not None and not _marks_row(pieces[0], ordered, fn):
            taken.append(row)
        elif (last is not None and abs(row.size - last.size) <= SAME_SIZE
              and 0 < row.baseline - last.baseline <= fn.note_leading * last.size and row.x0 >= taken[0].x0 - fn.row_slack):
            taken.append(row)
        else:
            continue
        keep.update(id(piece) for piece in pieces)
    return [ln for ln in ordered if id(ln) not in keep], taken


def run_together_notes(lines: list[Line], body_size: float, fn: Footnotes) -> tuple[list[Line], list[Line]]:
    """Body lines, and the notes run together on the column's last line. Convention (a briefing's
    sources at its foot: "出典：総務省 ※１自治体ＤＸ推進計画 ※２自治体ＤＸ推進手順書 ※３…"): the lowest line,
    in small type, that after a lead-in holds ※ marks numbered 1, 2, … in order (two at least) sets one
    note after each mark, its text up to the next mark; the lead-in stays in the text."""
    visible = [ln for ln in lines if ln.text.strip()]
    if not visible or "※" not in "".join(ln.text for ln in visible):
        return lines, []   # most columns: no ※ at all
    last = max(visible, key=lambda ln: ln.y0)
    marks = _counted_marks(last, visible, body_size, fn)
    if not marks:
        return lines, []
    cuts = [m.start() for m in marks] + [len(last.text)]
    lead = last.part(0, cuts[0])
    notes = [last.part(a, b) for a, b in zip(cuts, cuts[1:])]
    return [ln for ln in lines if ln is not last] + ([lead] if lead.text.strip() else []), notes


def _counted_marks(last: Line, visible: list[Line], body_size: float, fn: Footnotes) -> list:
    """The ※ marks of the column's lowest line, when it is in small type, nothing stands under it and
    they count 1, 2, … (two at least); else none."""
    marks = list(REFERENCE_MARK.finditer(last.text))
    if last.size > fn.small * body_size or len(marks) < 2 or any(ln is not last and ln.y0 >= last.y1 for ln in visible):
        return []
    return marks if [int(fold_width(m.group(1))) for m in marks] == list(range(1, len(marks) + 1)) else []


def _starred_page(lines: list[Line]) -> bool:
    """Some line holds an asterisk (STARS), which a starred note's mark opens with."""
    return any(star in ln.text for ln in lines for star in STARS)


def _marks_row(piece: Line, lines: list[Line], fn: Footnotes) -> bool:
    """The piece opens with a mark (its first span) set smaller and raised over a line of its
    row that runs before it or around it: a marker in that line's text, not a note's start."""
    first = next((s for s in piece.spans if s.text.strip()), None)
    if first is None:
        return False
    return any(h is not piece and first.size <= fn.marker_size * h.size
               and h.y0 - 1 <= first.baseline < h.baseline - fn.marker_raise * h.size
               and h.x0 - 1 <= piece.x0 <= h.x1 + fn.marker_reach * h.size for h in lines)


def _own_number(ln: Line, fn: Footnotes) -> tuple[int, str] | None:
    """(number, text) when the line opens with a number set as its own smaller span: "18"
    then "2019年…" is note 18, not 182."""
    first = next((s for s in ln.spans if s.text.strip()), None)
    number = None if first is None else note_mark(first.text)
    if first is None or number is None:
        return None
    start = ln.spans.index(first) + 1
    if start < len(ln.spans) and ln.spans[start].text.strip() in _CLOSING:   # "1" then "）": both the mark's
        start += 1
    rest = [s.size for s in ln.spans[start:] if s.text.strip()]
    if rest and first.size >= max(rest) - fn.own_number:
        return None
    return number, "".join(s.text for s in ln.spans[start:])


# Convention (a Word report's notes marked "1）": the number in Times and the full-width bracket in Mincho, two runs
# set small): the bracket after the number's own span closes the mark, no letter of the note's text
_CLOSING = (")", "）")


def _opens_note(ln: Line, numbers: list[int], fn: Footnotes, kinds: list[str]) -> tuple[int, str] | None:
    """The number and text of a footnote this line opens: a number in its own span, the first
    number on the page, or the next number after the last (footnotes count up); or a note opened
    by its label (_labelled)."""
    own = _own_number(ln, fn) or marked_number(ln, fn) or _starred(ln) or _referenced(ln)
    if own is not None:
        return own
    m = FOOTNOTE_START.match(ln.text)
    if m and not numbers:
        return int(m.group(1)), m.group(2)
    spaced = NEXT_NOTE.match(ln.text)   # "30 資本金…" opens note 30; "30%程度…" continues note 29
    if spaced and numbers and int(spaced.group(1)) == numbers[-1] + 1:
        return int(spaced.group(1)), spaced.group(2)
    return _labelled(ln, numbers, kinds)


def _labelled(ln: Line, numbers: list[int], kinds: list[str]) -> tuple[int, str] | None:
    """A note opened by its label (numbering.LABELLED_NOTE: 注１, 注2), ①): the page's first note, or the
    next number after a note opened by a label of the same kind (`kinds`: the kind of each labelled note so
    far) — an item ① inside a note numbered 1, 2 … goes on in it."""
    got = labelled_note(ln.text) if ln.text.lstrip()[:1] in _LABEL_HEADS else None
    if got is None:
        return None
    number, kind, text = got
    if numbers and not (kinds and kinds[-1] == kind and number == numbers[-1] + 1):
        return None
    kinds.append(kind)
    return number, text


def parse_footnotes(lines: list[Line], page: int, fn: Footnotes) -> tuple[list[Footnote], list[Line]]:
    """The notes the lines open, and the lines before the first of them (the run-on of the
    last note of an earlier page: page_flow.read_document decides where they go)."""
    parts: list[list[str]] = []
    numbers: list[int] = []
    before: list[Line] = []
    kinds: list[str] = []
    for ln in lines:
        opened = _opens_note(ln, numbers, fn, kinds)
        if opened is not None:
            numbers.append(opened[0])
            parts.append([opened[1]])
        elif parts:
            parts[-1].append(ln.text)
        else:
            before.append(ln)
    return [Footnote(n, page, join_lines(p)) for n, p in zip(numbers, parts)], before


def endnotes(items: list, footnotes: list[Footnote], fn: Footnotes) -> tuple[list, list[Footnote], list[Line]]:
    """Convention (endnotes: a chapter's or a document's notes gathered after its text, under a line of their own —
    注, 脚注, 【注】, Notes: numbering.ENDNOTES_HEAD —, each opening with its number, 1, 2, … counting up, the
    numbers raised as markers in the text before them): the rows under such a line that open notes 1, 2, … and
    the rows each note's text wraps onto (in the notes' type: a larger line, a table or another such head ends
    them) are the notes, printed on the page each opens on; every note is called by its marker ([^N]) in the text
    before the head, and no note at a page's foot has taken its number. The head stays in the text, a title.
    The items without the notes' rows, the notes, and the rows taken (their lines, set aside as notes')."""
    heads = [k for k, it in enumerate(items) if isinstance(it, TextLine) and match_opening(ENDNOTES_HEAD, it.text)]
    if not heads:   # most documents: no line heads notes
        return items, [], []
    taken: set[int] = set()
    notes: list[Footnote] = []
    numbered = {f.number for f in footnotes}
    for head in heads:
        rows, found = _endnote_rows(items, head, fn)
        if found and _called_before(items[:head], found, numbered):
            taken.update(rows)
            notes += found
    if not notes:
        return items, [], []
    return [it for k, it in enumerate(items) if k not in taken], notes, [items[k].source for k in sorted(taken)]


def _called_before(before: list, found: list[Footnote], numbered: set[int]) -> bool:
    """Every note is called by its marker ([^N]) in the text before its head, and no note at a page's foot
    (`numbered`) has its number."""
    called = "".join(it.ref_text for it in before if isinstance(it, TextLine))
    return all(f"[^{f.number}]" in called and f.number not in numbered for f in found)


def _endnote_rows(items: list, head: int, fn: Footnotes) -> tuple[list[int], list[Footnote]]:
    """The indexes of the rows under the head that open notes 1, 2, … and go on in them (endnotes), and the notes;
    none when the first row under the head opens no note 1. The notes end where a row neither opens the next note
    nor goes on in the last one (_goes_on)."""
    rows: list[int] = []
    parts: list[tuple[int, int, list[str]]] = []
    first: TextLine | None = None   # the first note's row: the notes' type, face and left edge
    for k in range(head + 1, len(items)):
        it = items[k]
        if isinstance(it, Table) or ENDNOTES_HEAD.match(it.text):
            break
        if it.blank:
            continue
        opened = _next_endnote(it, len(parts) + 1, fn)
        if opened is None and (first is None or not _goes_on(it, items[rows[-1]], first, fn)):
            break
        if opened is not None:
            first = first or it
            parts.append((opened[0], it.page, [opened[1]]))
        else:
            parts[-1][2].append(it.text)
        rows.append(k)
    return rows, [Footnote(n, page, join_lines(texts)) for n, page, texts in parts]


def _goes_on(row: TextLine, last: TextLine, first: TextLine, fn: Footnotes) -> bool:
    """Convention (an endnote's text wraps onto rows of its own type and face; the text that follows the notes — a
    closing paragraph, a new part's head — is set as the running text is): the row goes on in the last note when
    it is in the notes' size and face (bold or not: a head set bold or larger ends them) and it does not open a
    paragraph of its own after a note's closing 。 — a row set at the notes' left edge, where their numbers stand
    (a note's wrapped rows hang under its text or, run to the edge, go on in its sentence), or opening with a
    space (a paragraph's indent)."""
    if abs(row.size - first.size) > SAME_SIZE or row.bold != first.bold:
        return False
    if not last.text.rstrip().endswith(_SENTENCE_END):
        return True
    return not (row.x0 <= first.x0 + fn.endnote_edge or row.text[:1].isspace())


_SENTENCE_END = ("。", "．")   # a note's sentence closed: the next row may open a paragraph of the text


def _next_endnote(it: TextLine, number: int, fn: Footnotes) -> tuple[int, str] | None:
    """(number, text) when the row opens the note numbered `number`: its number set apart (in its own smaller
    span, or raised), or set before its text and a space or a bracket (NEXT_NOTE), or its label (注1, ①)."""
    line = it.source
    got = _own_number(line, fn) or marked_number(line, fn)
    if got is None:
        m = NEXT_NOTE.match(it.text)
        got = (int(m.group(1)), m.group(2)) if m else None
    if got is None and it.text.lstrip()[:1] in _LABEL_HEADS and (lab := labelled_note(it.text)) is not None:
        got = lab[0], lab[2]
    return got if got is not None and got[0] == number else None
