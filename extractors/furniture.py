"""Page furniture: what is printed on a page but is not the document's text. Each is taken out
of the page's lines before they are read, and reported (furniture.csv), never mixed into text:

- page numbers: a bare number (−3−, 3/20; a front matter's ii) in the top or bottom margin, not one hung before
  text on its row (a note's number at the foot);
- margin line numbers: a column of bare numbers left (or right) of the text, counting up down
  the page, as drafts for deliberation print them (reported once per page as a range);
- meeting-material stamps: 資料２－１, 参考資料3, 別添 at the top of a page, as the labels pass marked them
  (labels.label_lines: Line.label), and one framed as a table (stamp_tables);
- running headers and footers: the same line (digits aside) in the top or bottom margin of
  at least half the pages (three or more); in a deck, a short label (a section tab, a breadcrumb)
  at the same place on consecutive slides;
- chapter tabs (thumb index): a word set vertically, one or two characters to a row, outside
  the text block at the page's side, printed on several pages (第/３/章 at a white paper's
  outer edge on every other page);
- watermarks: text set at a slant across the page (案, DRAFT, 取扱注意);
- annotations' words: a FreeText note or a stamp (APPROVED) drawn over the page by a reader;
- ruby (furigana): small kana set as lines of their own right over the kanji they gloss, within
  their word's width (ひなんしじ over 避難指示), reported once per word with its letters in order.
"""
from __future__ import annotations

from collections import Counter

import regex

from extractors.labels import STAMPS, framed_stamp
from extractors.numbering import KANJI_NUMBER, ROW_VALUE
from extractors.records import Furniture, Line, Page, Row, SourceDoc, Table
from extractors.settings import SAME_SIZE, Margins
from normalizers.text import SPACES as _SPACES, fold_width

# Convention: a page set vertically (縦書き) numbers its pages in kanji numerals (一, 十二), as its text writes numbers.
# A page's number may stand between dashes of any kind, the horizontal bar (U+2015) too: a budget system's ― 138 ―
KANJI_PAGE = regex.compile(rf"^\s*[-－‐—–―]?\s*{KANJI_NUMBER}\s*[-－‐—–―]?\s*$")
_DASH = regex.compile(r"^\s*[-－‐—–―]\s*$")   # a dash alone on its line (a page number's ornament: flanking_dashes)
NUMBER = regex.compile(r"^\s*[-－‐—–―]?\s*[0-9０-９]{1,4}\s*[-－‐—–―]?\s*(?:/\s*[0-9０-９]{1,4})?\s*$")
# Convention (a report's front matter: its purpose, its contents): pages numbered in small Roman numerals
# (i, ii, iii, as Word's page-number format prints them, or ⅰ ⅱ ⅲ), the body's pages in digits after them
ROMAN_PAGE = regex.compile(r"^\s*[-－‐—–―]?\s*(?:(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})|[ⅰ-ⅻ])\s*[-－‐—–―]?\s*$")
BARE = regex.compile(r"^\s*([0-9０-９]{1,3})\s*$")   # a number alone on its line
_DIGITS = regex.compile(r"[0-9０-９]+")
_KANA_ONLY = regex.compile(r"^[\p{Hiragana}\p{Katakana}ー\s]+$")   # ruby is written in kana alone
_HAS_KANJI = regex.compile(r"\p{Han}")   # ruby glosses kanji

def _in_margin(line: Line, page: Page, ms: Margins) -> bool:
    if page.turned:   # set vertically, read turned (layout): the page's head is the frame's left end, its foot the
        # right; a column reaches from the text's head towards its foot, so a line in a margin also keeps to its
        # half of the page
        # half of the page. A page set across, read turned as /Rotate 90 shows it, has its foot at the left end
        middle = page.width / 2
        right, left = (ms.margin, ms.margin + ms.footer_reach) if page.across else (ms.margin + ms.footer_reach, ms.margin)
        return (line.x1 > page.width * (1 - right) and line.x0 > middle) or (line.x0 < page.width * left and line.x1 < middle)
    return line.y1 > page.height * (1 - ms.margin - ms.footer_reach) or line.y0 < page.height * ms.margin


def page_numbers(lines: list[Line], page: Page, ms: Margins, running: set[str] | None = None) -> list[Line]:
    """Bare numbers in the top or bottom margin, but not one that text follows on its row
    within a few of its letters (a note's or an item's number hung before its text).
    Convention (a book's left-hand pages): the number printed at the outer corner right before
    the running footer (46　令和6年版 情報通信白書) is the page's number, the running line no text
    it is hung before (`running`: the shapes of the document's running lines)."""
    return [ln for ln in lines if ln.text.strip() and _in_margin(ln, page, ms)
            and (NUMBER.match(ln.text) or ROMAN_PAGE.match(ln.text) or (page.turned and KANJI_PAGE.match(ln.text)))
            and not _hung_before_text(ln, lines, ms, running or set())]


def _hung_before_text(number: Line, lines: list[Line], ms: Margins, running: set[str]) -> bool:
    reach = number.x1 + ms.hung_number * number.size
    ornaments = {id(d) for d in flanking_dashes(number, lines, ms)}
    return any(ln is not number and id(ln) not in ornaments and ln.text.strip() and number.x1 <= ln.x0 <= reach
               and abs(ln.baseline - number.baseline) <= ms.same_row and not _in_running(_shape(ln.text), running)
               for ln in lines) or _hung_over_text(number, lines, ms)


def flanking_dashes(number: Line, lines: list[Line], ms: Margins) -> list[Line]:
    """Convention (a page number set between dashes, each dash a run of its own: ― 2 ― as three pieces on one row, where
    the next sheet prints ― 4 ― as one): a dash alone right before the number and one right after it on its row, each
    within `margins.hung_number` of its letters, are the number's ornaments — no text it is hung before —, taken with it
    (take_furniture). A number with a dash on one side only keeps it as text."""
    reach = ms.hung_number * number.size
    # the row first, then the dash: the pattern asked of the few lines on the number's row, not of every line of its page
    row = [ln for ln in lines if ln is not number and abs(ln.baseline - number.baseline) <= ms.same_row and _DASH.match(ln.text)]
    before = [ln for ln in row if 0 <= number.x0 - ln.x1 <= reach]
    after = [ln for ln in row if 0 <= ln.x0 - number.x1 <= reach]
    return before[:1] + after[:1] if before and after else []


def _hung_over_text(number: Line, lines: list[Line], ms: Margins) -> bool:
    """Convention (a Word footnote whose text is too long to follow its number — a bare URL —: the number stands alone
    on its row, raised and small, and the note's text starts on the row under it, set in at the number's place): a
    small number over the row right under it, that row's text starting within the number's hung reach and set
    larger than the number (hung_over_size), is a note's number hung before its text, no page number."""
    reach = number.x1 + ms.hung_number * number.size
    return any(ln is not number and ln.text.strip() and number.x0 - ms.same_row <= ln.x0 <= reach
               and number.size <= ms.hung_over_size * ln.size
               and 0 < ln.baseline - number.baseline <= ms.hung_over_rows * ln.size for ln in lines)


def _in_running(shape: str, running: set[str]) -> bool:
    """A piece of that shape is (a piece of) a running line's row (running_lines: shapes of whole rows)."""
    return shape in running or any(shape in row for row in running)


def _row_shapes(lines: list[Line], page: Page, ms: Margins) -> dict[int, str]:
    """Convention (a running line repeats as printed, its whole row; a slide's source line under its figure,
    （出典：https://… and its tail より一部抜粋・追記） set an em apart, differs from slide to slide): the shape of the
    row each line in the page's margins stands on — its pieces on one baseline (`same_row`), each at most
    `row_piece_gap` ems (the larger piece's) after the one before; the pieces' shapes sorted, so a header whose
    pieces swap sides on facing pages (第1 節 and its title, left on one page, right on the next) is one row.
    A bare number (the page's) is no piece of a row. By id."""
    pieces = sorted((ln for ln in lines if ln.text.strip() and _in_margin(ln, page, ms) and not NUMBER.match(ln.text)),
                    key=lambda ln: ln.baseline)
    bands: list[list[Line]] = []
    for ln in pieces:
        if bands and ln.baseline - bands[-1][-1].baseline <= ms.same_row:
            bands[-1].append(ln)
        else:
            bands.append([ln])
    out: dict[int, str] = {}
    for band in bands:
        rows: list[list[Line]] = []
        for ln in sorted(band, key=lambda ln: ln.x0):
            last = rows[-1][-1] if rows else None
            if last is not None and ln.x0 - last.x1 <= ms.row_piece_gap * max(ln.size, last.size):
                rows[-1].append(ln)
            else:
                rows.append([ln])
        for row in rows:
            shape = "|".join(sorted(_shape(p.text) for p in row))
            out.update((id(p), shape) for p in row)
    return out


# a magazine's issue as its folio prints it: the year and month, 2021.5 or 2021年5月号
_ISSUE = regex.compile(r"^((?:19|20)[0-9]{2})(?:[.．]([0-9]{1,2})|年([0-9]{1,2})月号)$")


def folio_row(page: Page, ms: Margins) -> tuple[list[Line], str]:
    """Convention (a city's public-relations magazine, 広報誌: its folio at the foot of each page — the page's number at
    the outer end, then the magazine's name and its issue, 8　広報○○　2021.5 —, printed on every page of the issue,
    so a page cut out of it prints it too): a row in the bottom margin whose pieces (each at most `row_piece_gap` ems
    after the one before) are a bare page number at one end, words, and the issue's year and month (_ISSUE) at the
    other end is the page's folio, a running line even on a page alone (running_lines): its number the page's, the
    rest a running footer. The folio's issue dates the page where nothing else does (cover._dated_cover).
    Returns the row's pieces but the number, and the issue as YYYY-MM ([] and "" when the page prints no folio)."""
    for row in _foot_rows(page, ms):
        for number, issue in ((row[0], row[-1]), (row[-1], row[0])):
            if len(row) >= 3 and NUMBER.match(number.text) and (iso := _issue(issue.text)):
                return [ln for ln in row if ln is not number], iso
    return [], ""


def _foot_rows(page: Page, ms: Margins) -> list[list[Line]]:
    """The rows of the page's bottom margin, each its pieces left to right, a piece at most `row_piece_gap` ems (the
    larger piece's) after the one before (a row with a wider gap is no one printed line: left out)."""
    foot = sorted((ln for ln in page.lines if ln.text.strip() and ln.y0 > page.height / 2 and _in_margin(ln, page, ms)),
                  key=lambda ln: ln.x0)
    rows: list[list[Line]] = []
    for ln in foot:
        row = next((r for r in rows if abs(r[0].baseline - ln.baseline) <= ms.same_row), None)
        if row is None:
            rows.append([ln])
        else:
            row.append(ln)
    return [r for r in rows if all(b.x0 - a.x1 <= ms.row_piece_gap * max(a.size, b.size) for a, b in zip(r, r[1:]))]


def _issue(text: str) -> str:
    """The issue a folio's piece names (_ISSUE), as YYYY-MM; "" when it names none."""
    m = _ISSUE.match(_SPACES.sub("", fold_width(text)))
    month = int(m.group(2) or m.group(3)) if m else 0
    return f"{m.group(1)}-{month:02d}" if m and 1 <= month <= 12 else ""


def spread_gutter(page: Page, ms: Margins) -> tuple[float, float] | None:
    """Two pages printed side by side on one sheet (a 2-up spread, an InDesign book exported by
    spreads): a landscape sheet with a page number at the foot of each half and no line crossing
    its middle. The strip between the halves' text (left half's right edge, right half's left edge),
    or None for any other page."""
    middle = page.width / 2
    if not page.landscape:   # (a page read turned is set vertically, shown upright: no sheet of two)
        return None
    numbers = [ln for ln in page_numbers(page.lines, page, ms) if ln.y0 > page.height / 2]
    if not (any(ln.x1 < middle for ln in numbers) and any(ln.x0 > middle for ln in numbers)):
        return None
    text = [ln for ln in page.lines if ln.text.strip()]
    if any(ln.x0 < middle < ln.x1 for ln in text):
        return None
    left = max((ln.x1 for ln in text if ln.x1 <= middle), default=middle)
    right = min((ln.x0 for ln in text if ln.x0 >= middle), default=middle)
    return (left, right)


def line_numbers(lines: list[Line], page: Page, column_x: float | None, ms: Margins) -> list[Line]:
    """A column of bare numbers outside the text block that mostly count up down the page; on
    a page with only one or two, those that stand where the document's column is (column_x)."""
    column = _outside_numbers(lines, page, ms)
    if len(column) < ms.line_numbers:
        if column_x is None:
            return []
        return [ln for ln in column if abs(ln.x1 - column_x) <= ms.line_number_column and not _in_margin(ln, page, ms)]
    values = [int(fold_width(BARE.match(ln.text).group(1))) for ln in column]   # type: ignore[union-attr]
    rising = sum(b > a for a, b in zip(values, values[1:]))
    return column if rising >= ms.rising * (len(values) - 1) and _steady(values, ms) else []


def _steady(values: list[int], ms: Margins) -> bool:
    """Convention: margin line numbers count in one step (every line: 1 2 3; every fifth: 5 10 15), a
    table of contents' page numbers set flush right beside its entries (69 69 74 83 86…) repeat and jump
    as the chapters run: the most common step is `ms.steady` of the steps at least."""
    steps = Counter(b - a for a, b in zip(values, values[1:]))
    return not steps or steps.most_common(1)[0][1] >= ms.steady * (len(values) - 1)


def _shape(text: str) -> str:
    return _DIGITS.sub("#", _SPACES.sub("", text))


def bare_number(text: str) -> bool:
    """A number alone on its line (BARE), asked only of a text that opens with a digit (after its
    spaces): most lines open otherwise."""
    return text.lstrip()[:1].isdigit() and BARE.match(text) is not None


def _outside_numbers(lines: list[Line], page: Page, ms: Margins) -> list[Line]:
    """Bare numbers left or right of the text block, top to bottom."""
    words = [ln for ln in lines if len(ln.text.strip()) > ms.min_words]
    left = min((ln.x0 for ln in words), default=page.width)
    right = max((ln.x1 for ln in words), default=0.0)
    outside = [ln for ln in lines if (ln.x1 <= left + 1 or ln.x0 >= right - 1) and bare_number(ln.text)]   # (where first)
    return sorted(outside, key=lambda ln: ln.y0)


def line_number_column(doc: SourceDoc, ms: Margins) -> float | None:
    """Where a document that numbers its lines prints the numbers (right edge of the column),
    when it does so on two pages or more."""
    edges = sorted(col[0].x1 for page in doc.pages if (col := line_numbers(page.lines, page, None, ms)))
    return edges[len(edges) // 2] if len(edges) >= 2 else None


def running_lines(doc: SourceDoc, ms: Margins, titles: dict[int, tuple[Line, ...]] | None = None,
                  deck: bool = False) -> set[str]:
    """Shapes (digits as #) of lines repeated in the top or bottom margin of half the pages.
    `titles`: a deck's slide titles by page (typography.slide_titles). A line that is the title
    of every slide that repeats it is no running header (convention: a topic spread over
    consecutive slides carries its title on each of them, 「…の概要」 on slides 1–3; a running
    header is set apart from the slide's title, a tab or a deck name in small type). In a deck
    (`deck`: typography.slide_deck), its labels too (_deck_labels). Convention (a price list or
    a fee schedule: each row's value set at the right, 1,740点 or 460円): a value alone on its line recurs near
    the foot of many pages with its digits masked — a row of the list run down to the foot, no running line
    (numbering.ROW_VALUE; a running line repeats words, a page's number is NUMBER)."""
    labels = (_deck_labels(doc, ms, titles or {}) if deck else set()) | _stacked_labels(doc, ms) | _folios(doc, ms)
    if len(doc.pages) < ms.running_pages:
        return labels
    seen: Counter = Counter()
    titled: Counter = Counter()   # by shape: the pages where a line of that shape is the slide's title
    for page in doc.pages:
        shapes = set(_row_shapes(page.lines, page, ms).values())
        seen.update(shapes)
        titled.update(shapes & {_shape(t.text) for t in (titles or {}).get(page.number, ())})
    return labels | {s for s, n in seen.items() if n >= max(ms.running_pages, len(doc.pages) // 2)
                     and not NUMBER.match(s.replace("#", "1")) and not ROW_VALUE.fullmatch(s.replace("#", "1"))
                     and titled[s] < n}


def _folios(doc: SourceDoc, ms: Margins) -> set[str]:
    """The shapes of the rows (_row_shapes) that are a page's folio (folio_row): running lines, however few pages."""
    out: set[str] = set()
    for page in doc.pages:
        pieces, issue = folio_row(page, ms)
        if issue:
            rows = _row_shapes(page.lines, page, ms)
            out.update(rows[id(ln)] for ln in pieces if id(ln) in rows)
    return out


def continued_titles(doc: SourceDoc, ms: Margins, running: set[str], first_grids: dict[int, tuple[float, float, float]],
                     title_size: float, columns_match: float) -> dict[int, set[str]]:
    """Convention (a list's title printed again at the top of each page its table runs over: a prefecture's day's
    patient list, its title over the list on each of its pages): a running row over a table continued page after
    page heads the table where it first appears — on that page it is the table's title, no running head; on the
    pages after it it repeats as one. The row is set in a title's type (`title_size`: larger than the body, which no
    running head is) and stands over the page's first grid on every page it is printed on, on consecutive pages,
    those grids one table (`first_grids`: each page's first grid's left and right edges and its top; the edges the
    same within `columns_match` — a note framed over its cells may add inner columns on one page). Per page, the
    running shapes read there as a title (furniture leaves them in the text). Not neighbours.printed_again's question
    (is this line printed again at its height on the page next to it: ruled_tables' and headings' one test): whether a
    row repeats is running_lines' answer here (its shape, digits masked, in a margin of half the pages); this decides
    only on which page such a row is a title rather than a running head."""
    printed: dict[str, list[int]] = {}
    apart: set[str] = set()   # printed once where it stands over no such grid
    for page in doc.pages:
        grid = first_grids.get(page.number)
        rows = _row_shapes(page.lines, page, ms) if any(ln.size >= title_size for ln in page.lines) else {}
        for ln in page.lines:
            shape = rows.get(id(ln)) if ln.size >= title_size else None
            if shape not in running:
                continue
            printed.setdefault(shape, []).append(page.number)
            if grid is None or ln.y1 > grid[2]:
                apart.add(shape)
    out: dict[int, set[str]] = {}
    for shape, pages in printed.items():
        if shape not in apart and len(pages) > 1 and pages == list(range(pages[0], pages[0] + len(pages))) \
                and _one_table([first_grids[n] for n in pages], columns_match):
            out.setdefault(pages[0], set()).add(shape)
    return out


def _one_table(edges: list[tuple[float, float, float]], columns_match: float) -> bool:
    """The grids' left and right edges are the same within `columns_match`: one table continued."""
    return all(abs(e[0] - edges[0][0]) <= columns_match and abs(e[1] - edges[0][1]) <= columns_match for e in edges)


def _stacked_labels(doc: SourceDoc, ms: Margins) -> set[str]:
    """Convention (a handout: a deck printed two slides to a page, one over the other): each slide prints its
    layout's labels — the office's name by its logo on the title band — where the layout places them, so a page
    prints such a line twice, at one place of each half's margin (_twin). A short line (at most `label_chars`, no bare
    number) so printed on `stacked_pages` pages or more is running furniture of each slide, wherever on the page
    it stands (_running takes both copies). Only a scan is asked (Page.ocr: a handout printed, then scanned); a
    deck's own PDF prints a slide a page, its labels _deck_labels' — on a page of text, a bullet or a chart's tick
    printed at one place of each half is no label."""
    seen: Counter = Counter()
    for page in doc.pages:
        if page.ocr:   # (a text PDF's pages: no line looked at)
            seen.update({_shape(ln.text) for ln in page.lines if _twin(ln, page, ms) is not None})
    return {s for s, n in seen.items() if n >= ms.stacked_pages and not NUMBER.match(s.replace("#", "1"))}


def handout_pages(doc: SourceDoc, ms: Margins) -> frozenset[int]:
    """The scanned pages that print a handout's slide label twice (_stacked_labels): a deck printed two slides to a
    page, one over the other — each half of such a page is a slide, its top band a slide's title band."""
    labels = _stacked_labels(doc, ms)
    return frozenset(page.number for page in doc.pages if labels and page.ocr and any(
        _shape(ln.text) in labels and _twin(ln, page, ms) is not None for ln in page.lines))


def _twin(line: Line, page: Page, ms: Margins) -> Line | None:
    """The line's twin: the short line (two characters to `label_chars`) stands in a margin of its half of the page
    (within `margin` of the page's height of the half's top or foot: a slide's title band, its foot) and the page
    prints it again at the same place of its other half — the same text, its corner within `label_place` across and
    half the page's height down or up, within the margin (a line of a slide's text repeated on the other slide is no
    label) —: that line, else None."""
    text, half, reach = line.text.strip(), page.height / 2, ms.margin * page.height
    if len(text) < 2 or len(text) > ms.label_chars or min(line.y0 % half, half - line.y0 % half) > reach:
        return None
    return next((ln for ln in page.lines if ln is not line and ln.text.strip() == text and abs(ln.x0 - line.x0) <= ms.label_place
                 and abs(abs(ln.y0 - line.y0) - half) <= reach), None)


def _deck_labels(doc: SourceDoc, ms: Margins, titles: dict[int, tuple[Line, ...]]) -> set[str]:
    """Convention (a deck's section tab, a breadcrumb: 第１章　… printed at the top left of each slide of
    its chapter): a short label (at most label_chars characters) in a slide's top margin, printed at the
    same place (its corner within label_place) on the next slide too, is running furniture, however
    few slides the deck has or the chapter runs over — the slides of a chapter are its run, and a
    label's place is fixed by the slide layout that prints it. Neither slide's title is one (a
    topic's title repeated over consecutive slides heads each), nor a bare number (a slide's
    number: page_numbers). The labels stand over the slide's title; at its foot, a figure's word
    redrawn at one place on two slides (the same diagram) is the figure's. Convention (a title band of two rows, the
    second a short phrase repeated on the slides of one kind — 別添1 B. … / 主な記載内容 in the title's 25.9 pt): a label
    set in its slide's title type (the title's size) is the title's row, no label (a tab or breadcrumb is set small)."""
    def labels(page: Page) -> dict[str, list[Line]]:
        heads = titles.get(page.number, ())
        own = {_shape(t.text) for t in heads}
        out: dict[str, list[Line]] = {}
        for ln in page.lines:
            if 0 < len(_SPACES.sub("", ln.text)) <= ms.label_chars and ln.y0 < page.height * ms.margin \
                    and not any(abs(ln.size - t.size) <= SAME_SIZE for t in heads) \
                    and (s := _shape(ln.text)) not in own and not NUMBER.match(s.replace("#", "1")):
                out.setdefault(s, []).append(ln)
        return out

    found: set[str] = set()
    pages = [labels(page) for page in doc.pages]
    for here, after in zip(pages, pages[1:]):
        found.update(s for s, lines in here.items() if s in after and any(
            abs(a.x0 - b.x0) <= ms.label_place and abs(a.y0 - b.y0) <= ms.label_place for a in lines for b in after[s]))
    return found


def _stacks(lines: list[Line], ms: Margins) -> list[list[Line]]:
    """Words set vertically outside the text block (left or right of every line of text): rows
    of one or two characters stacked at one place, each within a few points under the last.
    Convention (a chapter's emblem on its tab: 第/4/章, the digit set larger): a tab's rows stand on
    one axis — their middles meet, not their left edges — so a row joins the stack whose last row
    it follows, taken top to bottom, wherever its own left edge stands."""
    stacks: list[list[Line]] = []
    for ln in sorted(_short_outside(lines, ms), key=lambda ln: ln.y0):
        stack = next((st for st in reversed(stacks) if _stacks_under(st[-1], ln, ms)), None)
        if stack is not None:
            stack.append(ln)
        else:
            stacks.append([ln])
    return [st for st in stacks if len(st) >= ms.tab_rows]


def _stacks_under(last: Line, ln: Line, ms: Margins) -> bool:
    """`ln` is the next row of a tab under `last`: on its axis, within a few points under it."""
    return abs((ln.x0 + ln.x1) - (last.x0 + last.x1)) <= last.size \
        and 0 <= ln.y0 - last.y0 <= last.y1 - last.y0 + ms.tab_leading * last.size


def _short_outside(lines: list[Line], ms: Margins) -> list[Line]:
    """Rows of one or two characters left or right of every line of text, by place."""
    words = [ln for ln in lines if len(ln.text.strip()) > ms.min_words]
    if not words:
        return []
    left, right = min(ln.x0 for ln in words), max(ln.x1 for ln in words)
    return sorted((ln for ln in lines if (ln.x0 >= right or ln.x1 <= left)   # its place first: most lines are inside
                   and 0 < len(_SPACES.sub("", ln.text)) <= ms.tab_chars), key=lambda ln: (round(ln.x0), ln.y0))


def _tab_text(stack: list[Line]) -> str:
    return "".join(_SPACES.sub("", ln.text) for ln in stack)


def thumb_tabs(doc: SourceDoc, ms: Margins) -> set[str]:
    """Chapter tabs: words set vertically outside the text block (_stacks) that the document
    prints on several pages (a chapter's every other page, at its outer edge)."""
    seen: Counter = Counter()
    for page in doc.pages:
        seen.update({_tab_text(st) for st in _stacks(page.lines, ms)})
    return {t for t, n in seen.items() if n >= ms.tab_pages}


def _tab_stacks(lines: list[Line], tabs: set[str], ms: Margins) -> list[list[Line]]:
    """The page's chapter tabs (a stack whose word `tabs` holds), each with the rows set on its axis near it
    (_tab_rows), top to bottom: the one decision, asked by the tabs and by the margin line numbers. A document that
    prints no tab (most) has its pages' stacks read no more (thumb_tabs read them once: each page's were read again
    twice, for nothing)."""
    if not tabs:
        return []
    short = _short_outside(lines, ms)
    return [_tab_rows(st, short, ms) for st in _stacks(lines, ms)
            if _tab_text(st) in tabs and not fold_width(_tab_text(st)).isdigit()]   # digits alone: line numbers


def _tab_rows(stack: list[Line], short: list[Line], ms: Margins) -> list[Line]:
    """Convention (a white paper's part tab: 第/3/部 over 令和6年度の例示に関する計画 written down the outer margin, the
    emblem's digit set larger and a little apart, the year's 6 set sideways — its box off its place): the rows of one
    or two characters outside the text block (`short`) set on a tab's axis (their middles within an em of its rows')
    and within tab_reach em of a row of it, taken row by row, are the tab's — pieces of one tab the stacking
    (_stacks_under) split where their leading widens."""
    rows = list(stack)
    grown = True
    while grown:
        near = [ln for ln in short if all(ln is not r for r in rows) and any(_tab_near(r, ln, ms) for r in rows)]
        rows += near
        grown = bool(near)
    return sorted(rows, key=lambda ln: ln.y0 + ln.y1)   # (by their middles: a sideways digit's box rides high)


def _tab_near(row: Line, ln: Line, ms: Margins) -> bool:
    """`ln` stands on `row`'s axis (their middles within tab_axis em of `row`'s size across), its box within
    tab_reach em (the larger size) above or below it."""
    reach = ms.tab_reach * max(row.size, ln.size)
    return abs((ln.x0 + ln.x1) - (row.x0 + row.x1)) <= 2 * ms.tab_axis * row.size \
        and ln.y0 - row.y1 <= reach and row.y0 - ln.y1 <= reach


def _tabs(lines: list[Line], page: Page, tabs: set[str], taken: dict[int, str], ms: Margins) -> list[Furniture]:
    found = []
    for st in _tab_stacks([ln for ln in lines if id(ln) not in taken], tabs, ms):
        if any(id(ln) in taken for ln in st):   # (a stack the extension of another took already)
            continue
        taken.update((id(ln), "thumb_index") for ln in st)
        found.append(Furniture(page.number, "thumb_index", _tab_text(st)))
    return found


def _strips(lines: list[Line], page: Page, taken: dict[int, str], ms: Margins) -> list[Furniture]:
    """Convention (a gazette, 官報; a newspaper): a page set across carries a strip written down its side
    margin — the date, the paper's name, the issue and the page number —, pieces on one axis (middles
    within strip_axis em) outside the text block (left or right of every line set across) near the
    page's edge, at least one written down (taller than two of its glyphs are wide), together over
    strip_reach of the page's height. It is a running header, read along the strip (top to bottom
    as read here)."""
    outside = _outside_across(lines, page, taken, ms)
    found = []
    while outside:
        axis = (outside[0].x0 + outside[0].x1) / 2
        strip = [ln for ln in outside if abs((ln.x0 + ln.x1) / 2 - axis) <= ms.strip_axis * ln.size]
        outside = [ln for ln in outside if all(ln is not s for s in strip)]
        if _a_strip(strip, page, ms):
            taken.update((id(ln), "running_header") for ln in strip)
            found.append(Furniture(page.number, "running_header", " ".join(ln.text.strip() for ln in strip)))
    return found


def margin_strips(lines: list[Line], page: Page, ms: Margins) -> set[int]:
    """The ids of the lines a margin strip holds (_strips): the one decision, asked by the cover too."""
    taken: dict[int, str] = {}
    _strips(lines, page, taken, ms)
    return set(taken)


def _a_strip(strip: list[Line], page: Page, ms: Margins) -> bool:
    down = any(ln.y1 - ln.y0 >= 2 * (ln.x1 - ln.x0) and len(ln.text.strip()) >= 2 for ln in strip)
    return down and strip[-1].y1 - strip[0].y0 >= ms.strip_reach * page.height


def _set_across(free: list[Line], lines: list[Line], ms: Margins) -> list[Line]:
    """The free lines set across (wider than tall, more than min_words letters) where they hold all but
    strip_rest of the page's letters; else none (a page not set across)."""
    across = [ln for ln in free if ln.x1 - ln.x0 > ln.y1 - ln.y0 and len(ln.text.strip()) > ms.min_words]
    held = sum(len(ln.text.strip()) for ln in across)
    return across if held >= (1 - ms.strip_rest) * sum(len(ln.text.strip()) for ln in lines) else []


def _near_a_side(lines: list[Line], width: float, side: float) -> bool:
    """Some line stands within `side` of the page's left or right edge."""
    return any(ln.x1 <= side or ln.x0 >= width - side for ln in lines)


def _outside_across(lines: list[Line], page: Page, taken: dict[int, str], ms: Margins) -> list[Line]:
    """The lines left or right of every line set across, near the page's edge, top to bottom — on a
    page set across (its lines set across hold all but strip_rest of its letters); none on another.
    Asked first: whether any line stands near a side edge at all (none on most pages)."""
    side = ms.strip_side * page.width
    if page.turned or not _near_a_side(lines, page.width, side):
        return []
    free = [ln for ln in lines if id(ln) not in taken]
    across = _set_across(free, lines, ms)
    if not across:
        return []
    left, right = min(ln.x0 for ln in across), max(ln.x1 for ln in across)
    return sorted((ln for ln in free if (ln.x1 <= min(left, side)) or ln.x0 >= max(right, page.width - side)),
                  key=lambda ln: ln.y0)


def take_furniture(lines: list[Line], page: Page, running: set[str], column_x: float | None, ms: Margins,
                   tabs: set[str] | None = None) -> tuple[list[Line], list[Furniture], list[tuple[Line, str]]]:
    """The page's lines without its furniture, the furniture found, and the lines taken with
    their kind (for a picture of what was read). The stamps are the lines the labels pass marked so
    (Line.label in STAMPS: labels.label_lines, before the cover and the flow read the document)."""
    found, level, aside = _off_the_page(lines, page)
    taken: dict[int, str] = {}
    numbers = _numbers_off_tabs(level, page, column_x, ms, tabs or set())
    if numbers:
        taken.update((id(ln), "line_numbers") for ln in numbers)
        found.append(Furniture(page.number, "line_numbers",
                               f"{numbers[0].text.strip()}-{numbers[-1].text.strip()}"))
    for kind, pick in (("page_number", lambda ls, p, m: page_numbers(ls, p, m, running)),
                       ("doc_label", lambda ls, p, m: [ln for ln in ls if ln.label in STAMPS])):
        for ln in pick([ln for ln in level if id(ln) not in taken], page, ms):
            taken[id(ln)] = kind
            found.append(Furniture(page.number, kind, ln.text.strip()))
            if kind == "page_number":   # the dashes it is set between as pieces of their own (― 2 ―) go with it
                taken.update((id(d), kind) for d in flanking_dashes(ln, level, ms))
    found += _running(level, page, running, taken, ms)
    found += _tabs(level, page, tabs or set(), taken, ms)
    found += _strips(level, page, taken, ms)
    aside += [(ln, taken[id(ln)]) for ln in level if id(ln) in taken]
    return [ln for ln in level if id(ln) not in taken], found, aside


def _numbers_off_tabs(level: list[Line], page: Page, column_x: float | None, ms: Margins, tabs: set[str]) -> list[Line]:
    """The page's margin line numbers (line_numbers) among the lines no chapter tab holds (_tab_stacks): a tab's
    digit (第/3/部, a year's 6 written down its name) counts no lines."""
    tabbed = {id(ln) for st in _tab_stacks(level, tabs, ms) for ln in st}
    return line_numbers([ln for ln in level if id(ln) not in tabbed], page, column_x, ms)


def _off_the_page(lines: list[Line], page: Page) -> tuple[list[Furniture], list[Line], list[tuple[Line, str]]]:
    """Words not set in the page's own text: a watermark at a slant, an annotation's words; and
    the lines that remain."""
    off = [(ln, "annotation" if ln.annotation else "watermark") for ln in lines if ln.slanted or ln.annotation]
    found = [Furniture(page.number, kind, ln.text.strip()) for ln, kind in off if ln.text.strip()]
    return found, [ln for ln in lines if not (ln.slanted or ln.annotation)], off


def _ruby_base(ln: Line, lines: list[Line], ms: Margins, largest: float) -> Line | None:
    """The word `ln` glosses as ruby (furigana): a line holding kanji, at least 1/ruby_size times
    its size, whose letters' top it stands right over (its foot between the base's top less
    ruby_reach of its ems and the base's middle), `ln` within the base's width (to an em).
    `largest`: the largest type among `lines` — a line set larger than ruby_size of it glosses none (most
    lines: 13,696 of the corpus's 14,794), its letters not asked whether they are kana (_KANA_ONLY)."""
    if ln.size > ms.ruby_size * largest or not _KANA_ONLY.match(ln.text) or not ln.text.strip():
        return None
    for base in lines:
        top = base.baseline - base.size
        if base is not ln and _HAS_KANJI.search(base.text) and ln.size <= ms.ruby_size * base.size \
                and top - ms.ruby_reach * ln.size <= ln.y1 <= base.baseline - base.size / 2 \
                and base.x0 - ln.size <= ln.x0 and ln.x1 <= base.x1 + ln.size:
            return base
    return None


def ruby_lines(lines: list[Line], ms: Margins) -> list[tuple[Line, Line]]:
    """The lines that are ruby (furigana, _ruby_base), each with the word it glosses."""
    largest = max((ln.size for ln in lines), default=0.0)
    found = ((ln, _ruby_base(ln, lines, ms, largest)) for ln in lines)
    return [(ln, base) for ln, base in found if base is not None]


def ruby(page: Page, ms: Margins) -> tuple[list[Line], list[Furniture], list[tuple[Line, str]]]:
    """The page's lines without its ruby (furigana), the ruby as furniture, and the ruby lines with their
    kind (for a picture of what was read). Ruby is no line of text, in the running text or in a table's
    cell alike: it is taken out of the page's lines before its tables are filled (page_flow.read_page),
    its letters kept as furniture, one record per word (the runs on one row less than a letter of their
    base apart: a word's ruby set letter by letter, or over each of its kanji, is one reading)."""
    found = ruby_lines([ln for ln in page.lines if not (ln.slanted or ln.annotation)], ms)
    if not found:
        return page.lines, [], []
    taken = {id(ln) for ln, _ in found}
    words: list[list[Line]] = []
    for ln, base in sorted(found, key=lambda f: (f[0].baseline, f[0].x0)):
        last = words[-1][-1] if words else None
        if last is not None and abs(ln.baseline - last.baseline) <= ms.same_row and ln.x0 - last.x1 <= base.size:
            words[-1].append(ln)
        else:
            words.append([ln])
    return [ln for ln in page.lines if id(ln) not in taken], \
        [Furniture(page.number, "ruby", "".join(r.text.strip() for r in w)) for w in words], \
        [(ln, "ruby") for ln, _ in found]


def _running(lines: list[Line], page: Page, running: set[str], taken: dict[int, str], ms: Margins) -> list[Furniture]:
    """Running headers and footers among the lines not yet taken (marked taken as found): those of the margins'
    rows, and a handout's slide labels printed in each half of the page (_stacked_labels); a document that
    repeats none (`running` empty) has no line looked at."""
    found: list[Furniture] = []
    rows = _row_shapes(lines, page, ms) if running else {}
    for ln in lines if running else ():
        if id(ln) in taken:
            continue
        twin = _twin(ln, page, ms) if page.ocr and id(ln) not in rows and _shape(ln.text) in running else None
        if rows.get(id(ln)) in running or twin is not None:
            top = min(ln.y0, twin.y0) if twin is not None else ln.y0   # (a slide's label: as the upper slide's)
            kind = "running_header" if top < page.height / (4 if twin is not None else 2) else "running_footer"
            taken[id(ln)] = kind
            found.append(Furniture(page.number, kind, ln.text.strip()))
    return found


def stamp_tables(tables: list[Table], page: Page, ms: Margins) -> tuple[list[Table], list[Furniture]]:
    """The page's tables but those that frame a label of the document (labels.framed_stamp, the one rule: a framed
    資料１ told as the line 資料１ is, a one-row box at the first page's top — 研究会資料 | １ —, boxes stacked at a
    page's top right), and those as the document's label (doc_label), one record a row: moved, not judged here."""
    stamps = [t for t in tables if framed_stamp(t, page, ms)]
    found = [Furniture(page.number, "doc_label", text) for t in stamps for row in t.rows if (text := _row_text(row))]
    return [t for t in tables if all(t is not s for s in stamps)], found


def _row_text(row: Row) -> str:
    """A framed stamp's row as one text: its cells' texts, each joined, the non-empty ones spaced."""
    return " ".join(text for c in row.cells if (text := "".join(c.text_lines).strip()))
