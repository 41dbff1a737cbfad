"""The document's type: its body style (size, typeface, weight), and each visual line as
running text with its style (bold, underlined, footnote markers as [^N]).

The body style is what most glyphs are set in (body_style, over the whole document, before the
pages are read: footnote type and headings are told from it); running_style narrows it to the
running text once tables and furniture are out (it is the flow's body_size and body_font). A
typeface family (Mincho, Gothic) is read from the font name: Japanese documents set headings in
Gothic over Mincho text.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

import regex

from extractors.footnotes import marker_ref, marker_spans
from extractors.furniture import spread_gutter
from extractors.geometry import by_extent, middle_in
from extractors.records import Flow, Line, Page, Rule, SourceDoc, Table, TextLine
from extractors.rules_to_cells import TableGrid
from extractors.settings import KANJI_SCALE, Headings, Layout, Settings, Typography, Underlines
from extractors.table_rules import grids_of
from extractors.underlines import underlined_count
from normalizers.text import unspaced

_GOTHIC = regex.compile(r"(?i)gothic|goth|ゴシック|sans|hei|kaku|arial|helvetica|meiryo|メイリオ|yugoth|游ゴシック|UD.*Sans|サンセリフ")
_ROUNDED = regex.compile(r"(?i)丸ゴシック|maru.?goth|rounded")
_MINCHO = regex.compile(r"(?i)mincho|明朝|serif|song|ming|times|century|yumin|游明朝")


@lru_cache(maxsize=1024)   # a document sets its lines in a few fonts
def family(font: str) -> str:
    """The typeface family of a font name: gothic, rounded (丸ゴシック, a Gothic of its own
    design: its strokes end round), mincho or other. The name is read as its maker wrote it
    (font_name: ＭＳ 明朝 stored in Shift-JIS), its half-width kana folded (HG丸ｺﾞｼｯｸM-PRO)."""
    name = unicodedata.normalize("NFKC", font_name(font))
    if _ROUNDED.search(name):
        return "rounded"
    if _GOTHIC.search(name):
        return "gothic"
    return "mincho" if _MINCHO.search(name) else "other"


def another_typeface(font: str, body: str) -> bool:
    """Convention: a font sets its text apart from the body's when it is of another family (a
    Gothic over a Mincho, or the reverse). Another font of the body's family looks the same to a
    reader: ＭＳ Ｐ明朝 (its proportional cut) beside ＭＳ 明朝, ＭＳ Ｐゴシック beside ＭＳ ゴシック, 游明朝
    beside ＭＳ 明朝 — a word processor switches between them for a pasted passage or an attachment
    set in the other cut. Where either family is unknown, any other font."""
    ours, theirs = family(font), family(body)
    if "other" in (ours, theirs):
        return font != body
    return ours != theirs


def in_another_ink(line: Line) -> bool:
    """Most of the line's letters printed in another ink than its page's running text (Span.inked: an OCR'd scan's,
    scan_rules.picture_inks)."""
    if not any(s.inked for s in line.spans):   # (every line of a text PDF: no letter counted)
        return False
    inked, total = line.letters_where(lambda s: s.inked)
    return 2 * inked > total


def gothic_over_mincho(font: str, body: str) -> bool:
    """Convention (ゴシック見出し: Japanese typesetting weights a heading by its face, a Gothic over Mincho text, as
    Latin type does by its bold — a TeX booklet's 見出し in IPAexGothic at the body's size over IPAexMincho): the
    font (a line's letters_face, TextLine.face) is a Gothic and the body's a Mincho, the heavier face of the pair."""
    return family(font) == "gothic" and family(body) == "mincho"


def gothic_titles(flow: Flow) -> bool:
    """Convention (ゴシック見出し in a booklet set in Mincho — a TeX booklet's subjects centred in IPAexGothic, the only
    Gothic it prints): every line of the flow set in a Gothic over the body's Mincho is centred (LineRole.centred),
    at least one stands after the first page — the document keeps the Gothic for its titles. A document that sets
    numbered headings, lists or notes in its Gothic too (most 公用文) keeps no face for its titles alone."""
    gothic = [r.centred for it, r in zip(flow.items, flow.roles)
              if isinstance(it, TextLine) and r is not None and it.text.strip()
              and gothic_over_mincho(it.face, flow.body_font)]
    return bool(gothic) and all(gothic)


def kanji_sized(line: Line | TextLine, size: float) -> bool:
    """Convention (TeX's kanji scaled to ~0.96 of the Latin: settings.KANJI_SCALE): a line whose every piece is
    Japanese, set at most that factor smaller than `size` (the body's, read on lines that mix in the Latin face),
    is of that size."""
    spans = [s for s in (line.source.spans if isinstance(line, TextLine) else line.spans) if s.text.strip()]
    return bool(spans) and line.size * KANJI_SCALE >= size and all(_japanese_letters(s.text) for s in spans)


def letters_face(line: Line, font: str | None = None) -> str:
    """The font a line is read in, for its typeface: that of its Japanese letters where it has any.
    Convention (a Japanese word processor sets half-width digits and Latin letters in its Latin face —
    Century, Times, Arial — beside the Japanese one): ① 区分Ａ　α=0.85、β＝1.10 in a Gothic
    with its digits in Century is a Gothic line, however many digits it holds. A line of Latin letters
    and digits alone is read in the font that sets most of them (Line.font; `font`: that font where the
    caller holds it, TextLine.font, not counted again). Asked once per line, as to_text_line makes it: the line's
    TextLine.face, which page_faces, gothic_titles, line_roles.style_of and the headings read (it was asked 2.6 times
    a line)."""
    spans = line.spans
    if len(spans) < 2 or len({s.font for s in spans}) < 2:   # most lines: one span, no set of fonts made
        # set in one font: that font (Line.font), the letters need no counting
        return line.font if font is None else font
    counts: Counter[str] = Counter()
    for s in spans:   # a span of ASCII alone (the digits and Latin letters in the Latin face) holds no such letter
        counts[s.font] += 0 if s.text.isascii() else _japanese_letters(s.text)
    most, n = max(counts.items(), key=lambda kv: kv[1], default=("", 0))
    return most if n else line.font if font is None else font


# punctuation (brackets, commas, stops: \p{P}) — full-width marks a Japanese face sets round Latin words too — and
# mathematical symbols (≥, ±, →: \p{Sm}), which a formula sets in a symbol face among Latin words
_MARKS = regex.compile(r"[\p{P}\p{Sm}]+")


def _japanese_letters(text: str) -> int:
    """How many characters of `text` are neither ASCII nor white (str.isspace) nor marks (_MARKS: punctuation and
    mathematical symbols), counted by str's own loops, not a Python step per character: str.split() drops the same
    white str.isspace names, and an ASCII encoding that ignores the rest keeps the ASCII ones of what is left.
    Convention (a pLaTeX booklet's English page: （a）Interrupt, the label's full-width brackets in the Japanese
    face, its letter and the words in Computer Modern): marks are no letters of a face — the line reads in its words'.
    Convention (the same booklet's English sentence holding a formula, … for every k ≥ 2, …, its ≥ in a TeX symbol
    face): a mathematical symbol is no letter of a face either (below26)."""
    solid = _MARKS.sub("", "".join(text.split()))
    return len(solid) - len(solid.encode("ascii", "ignore"))


def font_name(font: str) -> str:
    """A font name as its maker wrote it. Japanese word processors store the name in the
    system's code page (Shift-JIS) or in UTF-8, and a PDF reader that takes the bytes for
    Latin-1 (or Windows-1252, once more) shows ‚l‚r –¾’© for ＭＳ 明朝: the bytes are read
    again, as UTF-8 where they are valid UTF-8 (each reading shortens the name, so it ends),
    else as Shift-JIS (cp932); a name in plain ASCII or not so encoded is returned as it is."""
    while not font.isascii():
        raw = _as_bytes(font)
        if raw is None:
            return font
        try:
            font = raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                return raw.decode("cp932")
            except UnicodeDecodeError:
                return font
    return font


def _as_bytes(text: str) -> bytes | None:
    """The bytes a name shown in Latin-1 or Windows-1252 was read from (None: it holds other
    characters, it was read rightly)."""
    for codec in ("latin-1", "cp1252"):
        try:
            return text.encode(codec)
        except UnicodeEncodeError:
            continue
    return None


def body_style(doc: SourceDoc, default_size: float, upper: float = 1, letters: int = 0, least: int = 0,
               title_lines: int = 0) -> tuple[float, str]:
    """The size and font that carry most of the document's glyphs above the foot of its pages
    (the top `upper` share of each page: notes set small at the foot can outnumber the body's
    glyphs in a heavily annotated document), counted in lines of at least `letters` letters —
    running text: a budget's lists of short names and amounts, set smaller, can outnumber its
    paragraphs' glyphs; all glyphs when none stand there. Convention (a budget book of tables bound
    behind a cover and a part's title page, each a line or two in 20 pt display type): a title page
    (title_page_numbers: `title_lines` lines or fewer) holds no running text, and fewer than `least`
    such lines in all are none (running_style's test): its body is the size most of its text is set in."""
    titles = title_page_numbers(((p.number, ln.text) for p in doc.pages for ln in p.lines), title_lines)
    for share, fewest, least_lines in ((upper, letters, least), (upper, 0, 0), (1, 0, 0)):   # running text at the top of the pages, else any
        sizes: Counter = Counter()
        fonts: Counter = Counter()
        counted = 0
        for page in doc.pages:
            if share < 1 and page.number in titles:
                continue
            for line in page.lines:
                if line.y1 > share * page.height or (fewest and len("".join(line.text.split())) < fewest):
                    continue
                counted += 1
                for s in line.spans:
                    n = len(s.text.strip())
                    if n:
                        sizes[round(s.size, 1)] += n
                        fonts[s.font] += n
        if sizes and counted >= least_lines:
            return sizes.most_common(1)[0][0], fonts.most_common(1)[0][0]
    return default_size, ""


def title_page_numbers(lines: Iterable[tuple[int, str]], most: int, tabled: Iterable[int] = ()) -> set[int]:
    """The pages (of (page, text) lines) whose whole text is one to `most` lines and no table (`tabled`):
    a cover or a part's title page (令和８年度 / 西野市…予算に関する説明書 alone on its page), which holds no
    running text."""
    count: Counter = Counter(page for page, text in lines if text.strip())
    return {page for page, n in count.items() if n <= most} - set(tabled)


def document_body(doc: SourceDoc, ty: Typography) -> tuple[float, str]:
    """The document's body style (body_style over its pages), computed once and kept on the
    document: the cover and the flow are told from the same body type. A document read for its
    cover only knows its first page."""
    if doc.body is None:
        doc.body = body_style(doc, ty.default_body_size, ty.body_area, ty.body_line_letters, ty.running_lines,
                              ty.title_page_lines)
    return doc.body


def slide_deck(doc: SourceDoc, body_size: float, settings: Settings) -> bool:
    """Whether the document is a slide deck (PowerPoint and the like), told from its pages'
    geometry and type, never its name: most pages are set wider than tall, and most pages after
    the first are headed the way a slide is (slide_headed): a title in the band at their top
    (slide_title), or a picture across that band (a title drawn as an image), or, a section
    slide, a few lines one of them larger than the body. A deck opens with its slides: a document whose first pages
    (`slides.portrait_opening`) are all set taller than wide — a report's cover and its running text, a 補正予算's
    report sheet and its articles — is no deck, whatever landscape sheets follow (its tables turned to fit). Told
    once per document, body size and settings, and kept on it (SourceDoc.deck): the cover (a deck's first slide)
    and the flow ask it of one document."""
    if doc.deck is not None and doc.deck[0] == body_size and doc.deck[1] == settings:
        return doc.deck[2]
    sl = settings.slides
    pages = doc.pages
    deck = bool(pages) and (sum(p.landscape for p in pages) >= sl.landscape * len(pages)
                            and any(p.landscape for p in pages[:sl.portrait_opening])   # opened by slides, not a report's pages
                            or slides_outlined(doc))
    if deck:
        titled = sum(slide_headed(p, body_size, settings) for p in pages[1:])
        deck = titled >= sl.min_slides and titled >= sl.titled * (len(pages) - 1) \
            and not _print_titled(doc, body_size, settings)
    doc.deck = (body_size, settings, deck)
    return deck


def _print_titled(doc: SourceDoc, body_size: float, settings: Settings) -> bool:
    """Convention (blind28c: a prefecture's case list printed from a spreadsheet on landscape pages, its title and its
    header rows set again at the top of every page — the sheet's print titles): every page carries the same title in
    its top band (slide_title), at the same height (within `tables.snap`), over a ruled grid whose left and right
    edges are the same on every page (within `tables.columns_match`: one table run on from page to page) and which
    holds `slides.sheet_share` of the page's lines (_titled_sheet) — a sheet printed over its pages, no deck. A deck's
    slides each set a title of their own over what they show; a topic carried over a few slides repeats its title,
    not one table."""
    tables = settings.tables
    pages = [_titled_sheet(page, body_size, settings) for page in doc.pages]
    if len(pages) < 2 or any(p is None for p in pages):
        return False
    first = pages[0]
    assert first is not None
    return all(p is not None and p[0] == first[0] and abs(p[1] - first[1]) <= tables.snap
               and abs(p[2] - first[2]) <= tables.columns_match and abs(p[3] - first[3]) <= tables.columns_match
               for p in pages)


def _titled_sheet(page: Page, body_size: float, settings: Settings) -> tuple[str, float, float, float] | None:
    """The page's title (its text without spaces, its top) and its tallest ruled grid's left and right edges, when the
    grid holds `slides.sheet_share` of the page's lines (_print_titled); None when the page has no such title or grid."""
    title = slide_title(page.lines, page.height, body_size, settings)
    grids = grids_of(page, settings.tables).tables if page.table_rules else []
    if title is None or not grids:
        return None
    grid = max(grids, key=lambda g: g.ys[-1] - g.ys[0])
    if not _lines_between(page, grid.ys[0], grid.ys[-1], settings.slides.sheet_share):
        return None
    return unspaced(title.text), title.y0, grid.xs[0], grid.xs[-1]


def slides_outlined(doc: SourceDoc) -> bool:
    """Convention (a presentation program's export: one bookmark for each slide, スライド 1 … or the slide's title): the
    PDF's outline is one entry at its top level for each page, in the pages' order — a deck, whatever its pages' shape
    (slides set up taller than wide). A report's bookmarks name its chapters, not each of its pages."""
    return len(doc.pages) > 1 and [(lv, page) for lv, _, page in doc.outline] == [(1, k) for k in range(1, len(doc.pages) + 1)]


def slide_title(lines: Sequence[Line], height: float, body_size: float, settings: Settings) -> Line | None:
    """A slide's title (convention: a slide sets its title in the band at its top): the line set
    largest (the topmost of those — sizes within `typography.near_size` are one size: a lead box under
    the title in the title's 18 pt, stored 18.02, is not larger) among the lines starting in that band,
    when it is larger than the slide's own body type (slide_body: a title of 28 pt over a table of 14 pt
    is the title; figure labels lower on the slide, larger still, are the figure's words) or than the
    document's body. `lines`: the slide's lines (a Line or a TextLine, whose source is one)."""
    sl, larger = settings.slides, settings.typography.larger
    visible = [ln for ln in lines if ln.text.strip()]
    if not visible:
        return None
    own = slide_body([getattr(ln, "source", ln) for ln in visible], body_size)
    floor = min(own, body_size) + larger
    band = [ln for ln in visible if ln.y0 < sl.title_band * height and ln.size > floor]
    if not band:
        return None
    largest = max(ln.size for ln in band) - settings.typography.near_size
    return min((ln for ln in band if ln.size >= largest), key=lambda ln: ln.y0)


def slide_titles(doc: SourceDoc, body_size: float, settings: Settings,
                 spreads: dict[int, tuple[float, float] | None] | None = None) -> dict[int, tuple[Line, ...]]:
    """Each slide's title line (slide_title over all its lines), by page; on a sheet of two pages
    side by side (furniture.spread_gutter: a 2-up spread), each half's title (each half a page).
    `spreads`: each page's spread_gutter, when the caller found them (build_flow: once per page)."""
    out = {}
    for p in doc.pages:
        cut = spread_gutter(p, settings.margins) if spreads is None else spreads[p.number]
        halves = [p.lines] if cut is None else [[ln for ln in p.lines if ln.x1 <= cut[0]],
                                                [ln for ln in p.lines if ln.x0 >= cut[1]]]
        titles = tuple(t for half in halves if (t := slide_title(half, p.height, body_size, settings)) is not None)
        if titles:
            out[p.number] = titles
    return out


def slide_headed(page: Page, body_size: float, settings: Settings) -> bool:
    """Whether a page is headed as a slide: a title in its band (slide_title), a picture that
    starts in the band and spans most of the slide's width (a title drawn as an image, a
    PowerPoint title band), or a section slide (at most slides.section_lines lines, one set
    larger than the body)."""
    sl, larger = settings.slides, settings.typography.larger
    if _sheet(page, settings):
        return False
    if slide_title(page.lines, page.height, body_size, settings) is not None:
        return True
    top = sl.title_band * page.height
    if any(y0 < top and x1 - x0 >= sl.picture_band * page.width for x0, y0, x1, _ in page.pictures):
        return True
    visible = [ln for ln in page.lines if ln.text.strip()]
    return 0 < len(visible) <= sl.section_lines and any(ln.size > body_size + larger for ln in visible)


def _sheet(page: Page, settings: Settings) -> bool:
    """Convention (blind25c: a ministry's published list printed landscape, one ruled grid per bureau across the page
    under a caption row — the bureau, the update date — and the list's title over a bureau's first page; a budget
    book's page of tables stacked down it, each under its caption): a page whose text stands, all but a few lines
    over it (`slides.sheet_share`), between the top and the foot of the ruled grids running across
    `slides.sheet_width` of the page, one of `slides.sheet_rows` rows at least, each grid's left side drawn down its
    height (a line, not the edge of a shaded cell: a sheet printed from a table rules its cells), is a sheet printed
    from a table, headed as no slide — a slide sets its table among its text, under a title of its own; bands and
    frames of a slide make no grid of rows. The grids are the table reader's, read with the page (Page.grids,
    table_rules.grids_of): what a grid is is decided there once, not again here from the rules, nor read again."""
    sl = settings.slides
    if not page.table_rules or not any(ln.text.strip() for ln in page.lines):
        return False
    grids = [g for g in grids_of(page, settings.tables).tables
             if g.xs[-1] - g.xs[0] >= sl.sheet_width * page.width and _left_drawn(g, page.rules, settings)]
    if not any(len(g.ys) - 1 >= sl.sheet_rows for g in grids):
        return False
    return _lines_between(page, min(g.ys[0] for g in grids), max(g.ys[-1] for g in grids), sl.sheet_share)


def _lines_between(page: Page, top: float, foot: float, share: float) -> bool:
    """`share` of the page's lines with text or more stand, by their middles, between `top` and `foot`: the one count of
    a page's text held by its grids (_sheet: a sheet printed from a table; _titled_sheet: a print-titled sheet's page)."""
    lines = [(ln.y0 + ln.y1) / 2 for ln in page.lines if ln.text.strip()]
    return sum(top <= y <= foot for y in lines) >= share * len(lines)


def _left_drawn(grid: TableGrid, rules: list[Rule], settings: Settings) -> bool:
    """The grid's left side is drawn as lines (the page's rules, in pieces or one, within `tables.snap` of it) down
    `slides.sheet_share` of its height at least."""
    snap, x, top, foot = settings.tables.snap, grid.xs[0], grid.ys[0], grid.ys[-1]
    drawn = sum(r.y1 - r.y0 for r in rules if not r.horizontal and abs(r.x0 - x) <= snap
                and top - snap <= r.y0 and r.y1 <= foot + snap)
    return drawn >= settings.slides.sheet_share * (foot - top)


def slide_body(lines: list[Line], default: float) -> float:
    """A slide's own body size: the size that carries most of its glyphs (a slide sets its text
    in its own size, a table of 13 pt on one, bullets of 18 pt on the next)."""
    sizes: Counter = Counter()
    for ln in lines:
        for s in ln.spans:
            if s.text.strip():
                sizes[round(s.size, 1)] += len(s.text.strip())
    return sizes.most_common(1)[0][0] if sizes else default


def to_text_line(line: Line, rules: RuleBands | None, settings: Settings) -> TextLine:
    """A visual line as running text: footnote markers out (kept as [^N] in ref_text), and
    whether it is set in bold and underlined (what marks a title in body size)."""
    markers = marker_spans(line, settings.footnotes)
    if markers:
        text = "".join([s.text for i, s in enumerate(line.spans) if i not in markers])
        ref = "".join([marker_ref(s.text) if i in markers else s.text for i, s in enumerate(line.spans)])
    else:
        text = ref = line.text   # the spans' text, joined once when the line was made
    visible = []
    total = heavy = 0   # visible glyphs, and those in a bold face: one pass over the spans
    for i, s in enumerate(line.spans):
        n = 0 if i in markers else len(s.text.strip())
        if n:
            visible.append(s)
            total += n
            heavy += n if s.bold else 0
    bold = heavy >= settings.typography.bold_share * (total or 1)
    font = line.font
    return TextLine(line.page, line.x0, line.y0, line.x1, line.y1, line.size, font, text, ref, line,
                    bold, _mostly_underlined(visible, rules, settings.underlines, settings.layout),
                    face=letters_face(line, font))


def mark_panels(lines: list[TextLine], panels: list[tuple[float, float, float, float]],
                columns: tuple[tuple[float, float], ...], h: Headings,
                rounded: Sequence[tuple[float, float, float, float]] = (), rules: Sequence = ()) -> None:
    """Set `on_panel` on each line printed alone on a shaded band or in a frame of its own
    (no other line of the page inside it, the band no more than a few of its heights tall)
    that spans most of its column: a heading set apart by the band or frame as by a bold face
    (a report's 参照文献 on a coloured band). A box around a word in a line, one holding a
    paragraph, or a figure's frame around its picture and source line sets no line apart.
    `columns`: the (left, right) of the page's columns, one for a page in one column; each line's is
    TextLine.column's (the first where it reaches across a gutter). `rounded`: the page's boxes with
    rounded corners, bands and regions as well (_caption_bands), and tabs (_tab: a report's section box,
    分析の概要 white on a blue rounded box at the column's left edge). Convention (a newsletter's section banner,
    広報すずか's お知らせ white on a green rounded band across the top of its column, a megaphone drawn beside it, the
    column's items under it; a white paper's numbered section on a rounded band across the page): a line alone on
    a rounded band across its column is a caption of the text under it (TextLine.caption_band: it heads that text,
    headings.keep_headings, and a line under the band is none of its subtitles, headings._subtitle) — on no panel:
    its style, and so its level, stays its type's. A band heading rows ruled one by one under it (heads_ruled_rows,
    of the page's `rules`) is their list's header row: no panel."""
    visible = [t for t in lines if not t.blank]
    panels = _not_header_rows(panels, rules, h)
    for k, box in enumerate([*panels, *rounded]):
        line = _alone_in(box, visible, h.panel_pad)
        if line is None:
            continue
        left, right = columns[line.column] if line.column is not None and line.column < len(columns) else columns[0]
        across = box[2] - box[0] >= h.panel_span * (right - left)
        if box[3] - box[1] > h.panel_height * line.size:
            continue
        if (k < len(panels) and across) or (not across and _tab(box, line, left, panels, h)):
            line.on_panel = True
            line.on_tab = line.on_tab or (not across and tab_on_frame(box, panels, h))
        elif across and line.caption_band is None:
            line.caption_band = box   # a section's banner across its column (headings._under_band)
    _caption_bands(visible, [*panels, *rounded], h)


def mark_ruled_rows(lines: list[TextLine], bars: Sequence, h: Headings) -> None:
    """Set `ruled_row` on each line standing in a row of a list ruled row by row (a statistics release printed from a
    spreadsheet: 例示区分の調整中 12 between the bar over its row and the bar under it): `bars`, the page's horizontal
    rules no vertical rule meets (reading_order.row_bars); a run of `h.ruled_rows` or more of one span (their ends
    within `panel_pad` of its first rule's: geometry.by_extent), each a whole number of the run's steps below the one before
    (rows left unruled between, within `h.ruled_row_slack` of a step), whose rows hold cells — most of its rows with text two lines side by side or more —
    rules a list, and a line whose middle stands between two of them, within their span — or in the row under its
    last, one step tall (the total closing it) — is a cell of it. Lines ruled one to a row (a note's lined text, a
    title between two rules) are none, nor is a line over the run's first rule (the list's heading)."""
    for run, step in _ruled_runs(bars, h):
        ys = [(r.y0 + r.y1) / 2 for r in run] + [(run[-1].y0 + run[-1].y1) / 2 + step]
        rows = [[ln for ln in lines if ya <= (ln.y0 + ln.y1) / 2 <= yb and run[0].x0 - h.panel_pad <= ln.x0
                 and ln.x1 <= run[0].x1 + h.panel_pad] for ya, yb in zip(ys, ys[1:])]
        filled = [row for row in rows if row]
        if 2 * sum(_side_by_side(row) for row in filled) > len(filled):
            for row in filled:
                for ln in row:
                    ln.ruled_row = True


def _side_by_side(row: list[TextLine]) -> bool:
    """Two of the row's lines stand side by side (one wholly right of the other): cells."""
    return any(b.x0 >= a.x1 for a in row for b in row if a is not b)


def _ruled_runs(bars: Sequence, h: Headings) -> list[tuple[list, float]]:
    """The runs of rules of one span, row under row at a steady step or a whole number of steps (mark_ruled_rows),
    `h.ruled_rows` rules long or more, each with its step. A span is the rules whose two ends stand each within
    `panel_pad` of the ends of the span's first rule (bars come by height: the topmost); the rest open spans of
    their own (geometry.by_extent)."""
    runs: list[tuple[list, float]] = []
    for rules in by_extent(bars, h.panel_pad):
        rules.sort(key=lambda r: r.y0)
        run, step = rules[:1], 0.0
        for r in rules[1:]:
            gap = r.y0 - run[-1].y0
            step = step or gap
            steps = round(gap / step) if step > h.panel_pad else 0
            if steps < 1 or abs(gap - steps * step) > h.ruled_row_slack * step:
                runs.append((run, step))
                run, step = [run[-1]], gap
            run.append(r)
        runs.append((run, step))
    return [(run, step) for run, step in runs if len(run) >= h.ruled_rows and step > h.panel_pad and _mostly_ruled(run, step)]


def _mostly_ruled(run: list, step: float) -> bool:
    """Most of the run's rows are ruled: more of its rules stand one step below the one before than further down (a
    list's row left unruled is the exception; full-width rules round a circular's parts, far apart, each fall a whole
    number of steps ± half a step below the last, and rule no list)."""
    ones = sum(round((b.y0 - a.y0) / step) == 1 for a, b in zip(run, run[1:]))
    return 2 * ones > len(run) - 1


def _not_header_rows(panels: list[tuple[float, float, float, float]], rules: Sequence,
                     h: Headings) -> list[tuple[float, float, float, float]]:
    """The panels but the bands heading rows ruled one by one under them (heads_ruled_rows)."""
    return [b for b in panels if not heads_ruled_rows(b, rules, h)]


def heads_ruled_rows(box: tuple[float, float, float, float], rules: Sequence, h: Headings) -> bool:
    """Convention (a statistics release printed from a spreadsheet: a grey band 例示の区分 over rows parted by a bar
    under each, no vertical rule): a shaded band whose foot stands on a horizontal rule of its own span, with more
    such rules under it row after row (`h.ruled_rows` in all, rows about the band's height: each rule the band's height
    below the one before, within `h.ruled_row_slack` of it), is the header row of a list ruled row by row — its words the list's
    first row, set apart by no band. A frame over rows of another height (a slide's box over its table) is none."""
    pad, tall, slack = h.panel_pad, box[3] - box[1], h.ruled_row_slack * (box[3] - box[1])
    ys = sorted((r.y0 + r.y1) / 2 for r in rules if r.horizontal and abs(r.x0 - box[0]) <= pad and abs(r.x1 - box[2]) <= pad)
    at, count = box[3], 0
    for y in ys:
        if count == 0 and abs(y - at) <= pad:
            count = 1   # the rule the band's foot stands on
        elif count and abs(y - at - tall) <= slack + pad:
            at, count = y, count + 1
        elif count and y - at > tall + slack + pad:
            break
    return count >= h.ruled_rows


def _tab(box: tuple[float, float, float, float], line: TextLine, left: float,
         panels: list[tuple[float, float, float, float]], h: Headings) -> bool:
    """Convention (a slide's or a report's captioned box: 金融行政上の課題 in bold white on a short blue tab at
    the top left of the box it names, the box's text under it; 本事務年度の主な実績 on the same tab over the
    slide's text at its left edge): a shaded box holding one line alone set from the column's left edge
    (`left`) or further out, or whose bottom edge sits on the top edge of a wider shaded box, their left edges together,
    is a tab — its caption set apart as a band across the column sets one, however short the tab (a tab is
    short: a rounded band across the column is a band, read by _caption_bands where it heads a region). A tab
    holds words: a number alone in its badge (a white paper's section number, 1, in a rounded box before
    its title) is the label of the line it opens, no tab."""
    if not regex.search(r"\p{L}", line.text):
        return False
    return box[0] <= left + h.panel_pad or tab_on_frame(box, panels, h)


def tab_on_frame(box: tuple[float, float, float, float], panels: Sequence[tuple[float, float, float, float]],
                 h: Headings) -> bool:
    """Convention (a slide's or a report's captioned frame, in a deck or not: 現状・経緯 / 在留邦人の状況 in bold white
    on a short blue tab whose foot sits on the top edge of the frame holding the part's text; 新たな検疫等の対策強化
    パッケージの実施 on a tab set astride the frame's top edge, the edge running behind it): a box whose foot meets
    the top edge of a wider box, or which that edge crosses, their left edges together (within `pad`), is a tab on
    that frame: its words name the frame's content (TextLine.on_tab). A tab is short: a band across the most of the
    frame's top (`h.panel_span` of its width or more) is the frame's caption band (_caption_bands)."""
    pad = h.panel_pad
    return any(box[2] - box[0] < h.panel_span * (b[2] - b[0]) and abs(b[0] - box[0]) <= pad
               and box[1] + pad < b[1] <= box[3] + pad for b in panels)


def _caption_bands(visible: list[TextLine], boxes: list[tuple[float, float, float, float]], h: Headings) -> None:
    """Set `on_panel` and `caption_band` on the rows of a caption set on a band across the top of a
    region. Convention (a designed leaflet's page of panels: each quadrant a box of its own, headed by
    its caption — 行政が指定した避難場所 / への立退き避難 — in bold on a filled band, square or rounded, set
    across the quadrant's top, the quadrant's text under it): a band holding one caption alone, its
    rows one under another (no other line's middle in it, the band at most `panel_height` of their
    size tall), that spans `panel_span` of the region it stands across the top of (_region_under)
    heads that region, however narrow beside the page's column."""
    for band in boxes:
        rows = _caption_rows(band, visible, h)
        region = _region_under(band, boxes, visible, rows, h) if rows else None
        if region is not None and min(band[2], region[2]) - max(band[0], region[0]) >= h.panel_span * (region[2] - region[0]):
            for t in rows:
                t.on_panel, t.caption_band = True, band


def _caption_rows(box: tuple[float, float, float, float], lines: list[TextLine], h: Headings) -> list[TextLine]:
    """The rows inside the box, top to bottom, when they are all that stands in it, one under
    another, and the box stands no more than `panel_height` of their size taller than they do
    ([] otherwise)."""
    inside = sorted(_inside(box, lines, h.panel_pad), key=lambda t: t.y0)
    if not inside or any(all(t is not o for o in inside) for t in _inside(box, lines, None)) \
            or box[3] - box[1] - (inside[-1].y1 - inside[0].y0) > h.panel_height * min(t.size for t in inside):
        return []
    stacked = all(b.y0 >= (a.y0 + a.y1) / 2 for a, b in zip(inside, inside[1:]))
    return inside if stacked else []


def _inside(box: tuple[float, float, float, float], lines: list[TextLine], pad: float | None) -> list[TextLine]:
    """The lines inside the box within `pad`, or (pad None) those with their middle in it."""
    x0, y0, x1, y1 = box
    if pad is None:
        return [t for t in lines if middle_in(t, box)]
    return [t for t in lines if x0 - pad <= t.x0 and t.x1 <= x1 + pad and y0 - pad <= t.y0 and t.y1 <= y1 + pad]


def _region_under(band: tuple[float, float, float, float], boxes: list[tuple[float, float, float, float]],
                  lines: list[TextLine], rows: list[TextLine], h: Headings) -> tuple[float, float, float, float] | None:
    """The smallest box larger than the band holding its middle, the band across its top (its top at
    most `panel_height` of the caption's size under the region's) with text of its own under the
    band: the region the band heads, or None."""
    mx, my = (band[0] + band[2]) / 2, (band[1] + band[3]) / 2
    area = (band[2] - band[0]) * (band[3] - band[1])
    around = [b for b in boxes if b[0] <= mx <= b[2] and b[1] <= my <= b[3] and (b[2] - b[0]) * (b[3] - b[1]) > area]
    if not around:
        return None
    region = min(around, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
    size = rows[0].size
    under = any(region[0] <= (t.x0 + t.x1) / 2 <= region[2] and band[3] <= (t.y0 + t.y1) / 2 <= region[3] for t in lines)
    return region if under and region[1] - h.panel_pad <= band[1] <= region[1] + h.panel_height * size else None


# a note's mark set after a boxed title, outside its frame (定義 ※１, 経過 *2)
_NOTE_MARK = regex.compile(r"^\s*(?:[※＊*]\s*[0-9０-９]{1,2})?\s*$")


def mark_boxed(lines: list[TextLine], rules: list[Rule], h: Headings) -> None:
    """Set `boxed` on each line whose words a frame of four rules encloses tight (boxed_frames)."""
    for t, _ in boxed_frames(lines, rules, h):
        t.boxed = True


def boxed_frames(lines: Sequence[Line | TextLine], rules: list[Rule], h: Headings) -> list[tuple]:
    """Each line whose words a frame of four rules encloses tight, alone, with the rules of its
    frame: the frame's left side at the line's first letter, its right side just past its last
    word (a note's mark, ※１, may follow outside), its top and bottom over and under the line and
    no taller than `panel_height` of its size, no other line's middle in it. Convention (a poster
    or a one-page briefing printed from a word processor, Microsoft Print To PDF: every border a
    hairline filled rectangle, no face bold): a section's title is boxed (囲み見出し), its frame
    drawn around its words alone, however short, where a band runs across the column
    (mark_panels). A word boxed inside a sentence has text after its frame; a table's cell is no
    running line. `lines`: Lines or TextLines."""
    vs = [r for r in rules if not r.horizontal]
    hs = [r for r in rules if r.horizontal]
    if not vs or not hs:
        return []
    visible = [t for t in lines if t.text.strip()]
    # the verticals by x, once a page: each line's left sides found by bisection (_frame_of); a side at no x
    # (NaN, which no order holds) is none
    order = sorted((k for k, v in enumerate(vs) if v.x0 == v.x0), key=lambda k: vs[k].x0)
    xs = [vs[k].x0 for k in order]
    out = []
    for t in visible:
        reach = 2 * h.boxed_reach * t.size   # (twice the reach: the test of a left side is _frame_of's, the window
        near = sorted(order[bisect_left(xs, t.x0 - reach):bisect_right(xs, t.x0 + reach)])   # only holds it)
        frame = _frame_of(t, [vs[k] for k in near], vs, hs, visible, h)
        if frame is not None:
            out.append((t, frame))
    return out


def _frame_of(t: Line | TextLine, lefts: list[Rule], vs: list[Rule], hs: list[Rule], visible: Sequence[Line | TextLine],
              h: Headings) -> list[Rule] | None:
    """The four sides of the frame boxing the line's words alone (boxed_frames), or None. `lefts`: the page's
    verticals `vs` that stand near the line's left (boxed_frames filed them by x), in the page's order — a left side
    stands within `boxed_reach` of the line's first letter, so the others were never one: a page of a table's
    rules and a few hundred lines looked at every vertical for every line (17,562 lines over tests/real)."""
    pad, reach, tall = h.panel_pad, h.boxed_reach * t.size, h.panel_height * t.size
    for left in lefts:
        if abs(left.x0 - t.x0) <= reach and left.y0 <= t.y0 + pad and left.y1 >= t.y1 - pad and left.y1 - left.y0 <= tall:
            for right in vs:
                frame = _boxed_frame(t, left, right, hs, pad, reach)
                if frame is not None and _alone_in_frame(frame[0], t, visible):
                    return frame[1]
    return None


def _boxed_frame(t: Line | TextLine, left: Rule, right: Rule, hs: list[Rule], pad: float,
                 reach: float) -> tuple[tuple[float, float, float, float], list[Rule]] | None:
    """The frame a left and a right side close around the line's words, with its four sides: the
    right side of the left's height past the line's first letter, rules over and under from side to
    side; the words outside it a note's mark at most, the last inside it close to its right side."""
    y0, y1 = left.y0, left.y1
    if right.x0 <= left.x1 + reach or abs(right.y0 - y0) > pad or abs(right.y1 - y1) > pad:
        return None
    x0, x1 = left.x0, right.x1
    top, foot = _across(hs, y0, x0, x1, pad), _across(hs, y1, x0, x1, pad)
    if top is None or foot is None or not _words_in(t, x0, right.x0, reach):
        return None
    return (x0, y0, x1, y1), [left, right, top, foot]


def _across(hs: list[Rule], y: float, x0: float, x1: float, pad: float) -> Rule | None:
    """A horizontal rule at y from side to side of a frame."""
    return next((r for r in hs if abs((r.y0 + r.y1) / 2 - y) <= pad and r.x0 <= x0 + pad and r.x1 >= x1 - pad), None)


def _words_in(t: Line | TextLine, x0: float, side: float, reach: float) -> bool:
    """The line's words stand left of a frame's right side (`side`), the last close to it (no
    sentence's comma or stop), a note's mark at most after it."""
    glyphs = [(c, (box[0] + box[2]) / 2, box[2]) for s in (t.source if isinstance(t, TextLine) else t).spans for c, box in zip(s.text, s.char_boxes)]
    inside = "".join(c for c, middle, _ in glyphs if middle <= side)
    outside = "".join(c for c, middle, _ in glyphs if middle > side)
    last = max((right for c, middle, right in glyphs if not c.isspace() and middle <= side), default=x0)
    return bool(inside.strip()) and bool(_NOTE_MARK.match(outside)) and not inside.rstrip().endswith(tuple("、。，,")) \
        and side - last <= reach


def _alone_in_frame(frame: tuple[float, float, float, float], t: Line | TextLine, lines: Sequence[Line | TextLine]) -> bool:
    return all(o is t or not middle_in(o, frame) for o in lines)


def _alone_in(box: tuple[float, float, float, float], lines: list[TextLine], pad: float) -> TextLine | None:
    """The one line inside the box (within `pad`), when no other line has its centre in it."""
    x0, y0, x1, y1 = box
    inside = [t for t in lines if x0 - pad <= t.x0 and t.x1 <= x1 + pad and y0 - pad <= t.y0 and t.y1 <= y1 + pad]
    if len(inside) != 1:
        return None
    near = [t for t in lines if middle_in(t, box)]
    return inside[0] if all(t is inside[0] for t in near) else None


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
    if bands is None or not bands.ys or not spans:   # most pages draw no thin rule at all
        return False
    first = spans[0]   # the spans' largest size, lowest and highest baselines, left and right: one pass
    size, low, high, x0, x1 = first.size, first.baseline, first.baseline, first.x0, first.x1
    for s in spans[1:]:
        size, low, high = max(size, s.size), min(low, s.baseline), max(high, s.baseline)
        x0, x1 = min(x0, s.x0), max(x1, s.x1)
    rules = bands.near(low - u.above_baseline, high + u.below_baseline * size)
    # a rule can mark a glyph only if it is short enough for an underline and runs under the
    # spans (within its reach; a size of slack besides): on a page of many rules (a form's dashed
    # borders, a table's row rules), most lines have rules at their height but none under them,
    # and their glyphs are not looked at one by one
    left, right = x0 - u.reach - size, x1 + u.reach + size
    longest = u.title_length * size
    if not any(r.x0 <= right and r.x1 >= left and 0 < r.x1 - r.x0 <= longest for r in rules):
        return False
    total, hit = underlined_count(spans, rules, u, ls, u.title_length)   # span by span, no glyph records
    return total > 0 and hit >= u.line_share * total


def running_style(items: list, default: tuple[float, str], letters: int = 0,
                  heights: dict[int, float] | None = None, upper: float = 1, least: int = 1,
                  title_lines: int = 0) -> tuple[float, str, bool]:
    """The running text's own size and font (table cells excluded): tells headings from body. Counted
    in lines of at least `letters` letters where there are such (body_style: a list's short entries
    and amounts, set smaller, do not make the body), above the foot of their pages (the top `upper`
    share of each page's height, `heights`, as body_style counts: small type at the foot that is no
    note — a poster's glossary — can outnumber the body's glyphs), all lines where none stand there.
    Convention (a budget book, 予算書: tables from cover to end, the one long line outside them the
    centred title of a part, 歳入歳出予算事項別明細書): a document with fewer than `least` such lines
    outside its tables has no running text, and its body is `default` — the size most of its text is
    set in, cells included (body_style) —; a line set larger than that is a title. So has a sheet of small
    tables whose cells outweigh its text set smaller than them (_cells_outweigh): its body counts the cells. The
    third value says so (True: no running text; its pages are measured by their tables,
    page_flow._measured_by_tables). A title page's lines (title_page_numbers: a cover or a part's title
    page, a line or two alone on a page with no table) are no running lines."""
    lines = [it for it in items if isinstance(it, TextLine) and not it.blank]
    if heights:
        lines = [it for it in lines if it.y1 <= upper * heights.get(it.page, it.y1)] or lines
    running = _long_lines(lines, letters, _title_pages_of(items, title_lines))
    if 0 < len(running) < least and any(isinstance(it, Table) for it in items):
        return default[0], default[1], True
    sheet = _cells_outweigh(items, running)
    sizes, fonts = _glyphs_by_style([*((lines if sheet else running) or lines), *sheet])
    if not sizes:
        return default[0], default[1], False
    return sizes.most_common(1)[0][0], fonts.most_common(1)[0][0], bool(sheet)


def page_faces(items: list, body_font: str, ty: Typography) -> dict[int, str]:
    """Convention (a prefectural bureau's covering letter bound over the ministry's notice it forwards, set in Mincho,
    and the guideline that notice issues, set in Gothic from its title to its last line): a typeface sets a line apart
    only against the running text of its own part. A page whose running lines (`ty.body_line_letters` letters or more,
    at least `ty.part_face_lines` of them) are set, `ty.part_face_share` of their letters and more, in another family
    than the document's body is set in that family: page → the font most of them are in. Pages set in the body's
    family — Gothic headings over Mincho paragraphs, a page of a few lines — are not listed (the body's font stands);
    a page of fewer lines right after a listed page of that face (a part's last page) goes on in it."""
    body = family(body_font)
    faces: dict[int, str] = {}
    if body == "other":   # a body in no family: the pages set in another font (_pages_in_other_fonts)
        return _pages_in_other_fonts(_running_lines(items, ty), body_font, ty)
    by_page = _running_lines(items, ty)
    for page in sorted(by_page):
        lines = by_page[page]
        if len(lines) < ty.part_face_lines and page - 1 not in faces:   # neither a part's page nor its last: not
            continue                                                      # listed whatever its faces
        families: Counter = Counter()
        fonts: Counter = Counter()
        for it in lines:
            face, n = it.face, len(it.text.strip())
            families[family(face)] += n
            fonts[face] += n
        top, n = families.most_common(1)[0]
        # a part's last page, a few rows, goes on in the face of the page before it
        going_on = page - 1 in faces and family(faces[page - 1]) == top
        if (len(lines) >= ty.part_face_lines or going_on) and top != body and "other" not in (top, body) \
                and n >= ty.part_face_share * sum(families.values()):
            faces[page] = next(font for font, _ in fonts.most_common() if family(font) == top)
    return faces


def _pages_in_other_fonts(by_page: dict[int, list[TextLine]], body_font: str, ty: Typography) -> dict[int, str]:
    """Convention (a bilingual examination booklet in pLaTeX: each question on a Japanese page set in Ryumin-Light, then
    on an English page in Computer Modern — the English pages' CMR10 the document's body, a face of no family): where
    the body's font is of no known family, a page whose running lines (`ty.part_face_lines` of them and more) are read,
    `ty.part_face_share` of their letters and more, in one other font is set in that font (page_faces) — a Japanese
    line is judged against the Japanese text around it, not against a Latin face that sets no Japanese letter.
    Convention (below24: the Japanese page of such a booklet printing a program's listing, a formula or English terms
    in Computer Modern — CMTT10, CMMI10, CMR10 —): the letters set in faces of no family are the body's kin, no other
    running text: where the page's font has a family, its share is of the letters set in faces with one."""
    faces: dict[int, str] = {}
    for page, lines in sorted(by_page.items()):
        fonts: Counter = Counter()
        for it in lines:
            fonts[it.face] += len(it.text.strip())
        top, n = fonts.most_common(1)[0]
        kin = sum(v for font, v in fonts.items() if family(font) == "other") if family(top) != "other" else 0
        if len(lines) >= ty.part_face_lines and top != body_font and n >= ty.part_face_share * (sum(fonts.values()) - kin):
            faces[page] = top
    return faces


def _running_lines(items: list, ty: Typography) -> dict[int, list[TextLine]]:
    """page → its running lines (page_faces): `ty.body_line_letters` letters and more, white aside (counted only of a
    line as long as that with its white)."""
    by_page: dict[int, list[TextLine]] = {}
    for it in items:
        if isinstance(it, TextLine) and not it.blank and len(it.text) >= ty.body_line_letters \
                and len("".join(it.text.split())) >= ty.body_line_letters:
            by_page.setdefault(it.page, []).append(it)
    return by_page


def _long_lines(lines: list[TextLine], letters: int, titles: set[int]) -> list[TextLine]:
    """The lines of at least `letters` letters off the title pages (`titles`): running text."""
    return [it for it in lines if len("".join(it.text.split())) >= letters and it.page not in titles]


def _title_pages_of(items: list, most: int) -> set[int]:
    """The flow's title pages (title_page_numbers): pages of one to `most` text lines and no table."""
    lines = ((it.page, it.text) for it in items if isinstance(it, TextLine) and not it.blank)
    return title_page_numbers(lines, most, (it.page for it in items if isinstance(it, Table)))


def _glyphs_by_style(pieces: list) -> tuple[Counter, Counter]:
    """The glyphs of the pieces (lines or spans) counted by size (to a tenth of a point) and by font."""
    sizes: Counter = Counter()
    fonts: Counter = Counter()
    for it in pieces:
        n = len(it.text.strip())
        sizes[round(it.size, 1)] += n
        fonts[it.font] += n
    return sizes, fonts


def _cells_outweigh(items: list, running: list[TextLine]) -> list:
    """Convention (a statistics sheet, ○○都's 患者の発生について 別紙: a dozen small ruled tables under numbered
    section lines, the text outside them a few remarks and the tables' notes in a smaller type): where the
    tables' cells hold more glyphs than the running lines outside them (those of running_style's length: the
    notes and remarks) and those lines are mostly set smaller than the cells (running text is set no smaller
    than the tables it holds — a guide's or a plan's cells are set smaller than its text; notes are set smaller
    than the cells they annotate), the sheet has no running text: its body is the size most of its text is set
    in, cells included (as a budget book's is), never its notes'. The cells' spans, [] where it has running text."""
    spans = [s for it in items if isinstance(it, Table) for row in it.rows for cell in row.cells for s in cell.spans]
    cells, lines = _glyphs_by_style(spans)[0], _glyphs_by_style(running)[0]
    if not cells or not lines or cells.total() <= lines.total():
        return []
    return spans if lines.most_common(1)[0][0] < cells.most_common(1)[0][0] else []
