"""Typed records that flow between stages. Each stage takes records and returns new ones.

layout:     SourceDoc → Page → Line → Span (text with positions), Rule (drawn lines)
structure:  Heading, Goal, Footnote, Paragraph (main body); Table → Row (appendix)
appendix:   Target, Initiative, MinistryRef
report:     Problem (everything that could not be read is one of these, never dropped)
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from collections.abc import Callable
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

from extractors.settings import DEFAULT, SAME_SIZE, Settings

_Record = TypeVar("_Record")


def pickled_by_fields(cls: type[_Record]) -> type[_Record]:
    """A frozen slots dataclass pickled as dataclasses pickles it — its fields' values in their order, set back one by
    one past the frozen __setattr__ — but read by one attrgetter made once per class, where dataclasses' own
    __getstate__ and __setstate__ (Python 3.11: frozen slots classes only; the others pickle in C) call
    dataclasses.fields() at each record. Convention (a worker's part crosses to the parent pickled, reading.read_file:
    the frozen records of the corpus's 13 parts, 2,433 of them table cells): dumps of the parts 139.8 M -> 104.6 M
    instructions, loads 126.0 M -> 94.8 M. Applied over @dataclass."""
    names = tuple(f.name for f in fields(cls))   # type: ignore[arg-type]
    get, put = attrgetter(*names), object.__setattr__

    def __getstate__(self: Any) -> tuple:
        return get(self) if len(names) > 1 else (get(self),)

    def __setstate__(self: Any, state: tuple) -> None:
        for name, value in zip(names, state):
            put(self, name, value)

    setattr(cls, "__getstate__", __getstate__)
    setattr(cls, "__setstate__", __setstate__)
    return cls


# ---------------------------------------------------------------- layout
@dataclass(slots=True)
class Span:
    text: str
    font: str
    size: float
    x0: float
    y0: float
    x1: float
    y1: float
    baseline: float
    char_boxes: tuple[tuple[float, float, float, float], ...]  # (x0, y0, x1, y1) of each character
    bold: bool = False   # set in a bold face (font flags or a bold font name)
    inked: bool = False   # printed in another ink than its page's running text: read off an OCR'd scan's picture,
                          # whose layer keeps no face (scan_rules.picture_inks)

    def part(self, a: int, b: int) -> Span:
        """Characters a to b of the span (a < b), as a span of their own."""
        boxes = self.char_boxes[a:b]
        return Span(self.text[a:b], self.font, self.size, boxes[0][0], self.y0, boxes[-1][2], self.y1, self.baseline,
                    boxes, self.bold, self.inked)


@dataclass(slots=True)
class Line:
    """A text line as read. Its spans are not changed once it is made: its text, size and
    baseline are worked out once, here (every stage reads them, many times)."""
    page: int  # 1-based page index in its source file
    spans: list[Span]
    x0: float
    y0: float
    x1: float
    y1: float
    slanted: bool = False   # set at a slant (neither across nor down the page): a watermark
    annotation: bool = False   # drawn by an annotation (a FreeText note, a stamp), not the page
    label: str = ""   # the label of the document it is, decided once by the labels pass (labels.label_lines, the one
                      # module that sets it): "" for none, else one of labels.LABELS — a stamp, a council paper's
                      # number, a status tag, a category tag, an attachment label that opens its attachment
    text: str = field(init=False, repr=False, compare=False)    # the spans' text, joined
    size: float = field(init=False, repr=False, compare=False)  # the size of the line's main text (the
                                                                # largest span carrying visible text)
    baseline: float = field(init=False, repr=False, compare=False)   # the baseline of its main text
                                                                     # (raised markers and small print left out)

    def __post_init__(self) -> None:
        if len(self.spans) == 1:   # most lines: one span, its text, size and baseline the line's
            s = self.spans[0]
            self.text, self.size = s.text, s.size
            self.baseline = s.baseline if s.size >= self.size - SAME_SIZE else self.y1
            return
        self.text = "".join([s.text for s in self.spans])
        sizes = [s.size for s in self.spans if s.text.strip()]
        self.size = max(sizes) if sizes else (self.spans[0].size if self.spans else 0.0)
        floor = self.size - SAME_SIZE
        self.baseline = max((s.baseline for s in self.spans if s.size >= floor), default=self.y1)

    def part(self, a: int, b: int) -> Line:
        """The piece of the line from its a-th character to its b-th (in its text), its spans cut there (a < b, the
        piece holding a character at least): footnotes' several notes on one line, a piece of a row cut at a gutter
        (reading_order.cut_at_gutters)."""
        spans: list[Span] = []
        at = 0
        for s in self.spans:
            lo, hi = max(a - at, 0), min(b - at, len(s.text))
            if lo < hi:
                spans.append(s.part(lo, hi))
            at += len(s.text)
        return Line(self.page, spans, spans[0].x0, self.y0, spans[-1].x1, self.y1)

    def letters_where(self, chosen: Callable[[Span], bool]) -> tuple[int, int]:
        """(the visible letters of the spans `chosen` holds for, the visible letters of all the line's spans):
        how much of the line a kind of span holds (ocr_layer.picture_letters, typography.in_another_ink)."""
        some = every = 0
        for s in self.spans:
            n = sum(1 for c in s.text if not c.isspace())
            every += n
            some += n if chosen(s) else 0
        return some, every

    @property
    def letters_size(self) -> float:
        """The size most of the line's letters are set in (the larger on a tie), where `size` is its largest text's.
        Conventions: a glyph or two set larger raise the line's size but not its type (a Word document printed through
        DocuWorks: 週休２日 with its ２ in 11 pt among 10.4 pt letters — a paragraph's row with one is still its row:
        line_roles.continues_paragraph); a label set larger than its title does not lift the title out of a figure's
        small type (a flow diagram's step, 1 発見者は、… with its number set large: heading_candidate). A line of one span
        (most lines) is set in its size; a line with no visible letter in `size`. A span's letters are counted by str's
        own loops (str.split drops the white str.isspace names), not a Python step per character."""
        if len(self.spans) == 1:
            return self.size
        count: dict[float, int] = {}
        for s in self.spans:
            n = sum(map(len, s.text.split()))
            if n:
                count[s.size] = count.get(s.size, 0) + n
        return max(count, key=lambda k: (count[k], k)) if count else self.size

    @property
    def font(self) -> str:
        """The font that sets the most of the line's visible letters, its spans' counted together (the first of those
        with as many). Convention (a TeX booklet's English line, each word a span of its own: (1) Write the function
        below, which returns …, the function's long name the one word in the typewriter face): the line is read in the
        face of its words, not in that of its one longest word."""
        if len(self.spans) == 1:
            return self.spans[0].font if self.spans[0].text.strip() else ""
        count: dict[str, int] = {}
        for s in self.spans:
            n = len(s.text.strip())
            if n:
                count[s.font] = count.get(s.font, 0) + n
        return max(count, key=lambda f: count[f]) if count else ""


class Pixels(NamedTuple):
    """An image XObject as its dictionary writes it: its pixels across and down, and whether it
    names a soft mask (/SMask). Read once per document and image (layout._page_xobjects)."""
    width: int
    height: int
    soft_mask: bool


@dataclass(slots=True, frozen=True)
class Rule:
    """A drawn straight line or thin filled rectangle (table rules and underlines), or a side
    of a filled box (`box`: a cell boundary only where drawn lines make a table too, or where
    boxes laid edge to edge share it: `tiled`)."""
    x0: float
    y0: float
    x1: float
    y1: float
    width: float
    box: bool = False
    tiled: bool = False   # a side two filled boxes share, edge to edge: it divides cells as a drawn line does
    horizontal: bool = field(init=False, repr=False, compare=False)   # runs across (no shorter across than down):
                          # decided here once, as the rule is made; the stages split a page's rules by it
                          # ~150k times over a corpus, a slot read where a property call cost eight times as much

    def __post_init__(self) -> None:
        object.__setattr__(self, "horizontal", (self.x1 - self.x0) >= (self.y1 - self.y0))


# a page's grids (rules_to_cells: read_grids, grids_and_figures, page_grids), read with the page (Page.grids)
@dataclass(frozen=True, slots=True)
class TableGrid:
    xs: tuple[float, ...]   # column boundaries, left to right
    ys: tuple[float, ...]   # row boundaries, top to bottom
    verticals: tuple[Rule, ...] = ()     # the rules drawn inside it: where one is missing
    horizontals: tuple[Rule, ...] = ()   # between two grid cells, the cells are merged
    cells: tuple[tuple[int, int, int, int], ...] | None = field(default=None, compare=False)   # its merged_cells, where
    # closed_parts found them on this very grid (a grid kept whole): fill_table reads them, not found a second
    # time; None on any grid made anew (cut, stacked, named over: its own cells are found by fill_table)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]


class RawGrids(NamedTuple):
    """A page's grids (raw_grids) with the horizontal rules they were read from (dashes joined,
    long enough, by height): grids_and_figures reads both, the rules to tell a chart's lines laid
    over a grid (_chart), so the page's rules are split and joined once for both."""
    grids: list[TableGrid]
    across: list[Rule]


class PageGrids(NamedTuple):
    """A page's grids read off its table rules once, with the page (table_rules.with_table_rules: Page.grids): the
    raw grids (read_grids: the flow's page breaks, titled runs and asides read them) and the ruled tables and figures
    grids_and_figures cuts from those (the cover's grids, cover._grids, and the flow's tables where no page break
    draws a rule). Convention (one computation per page: the cover and the flow each read the first page's grids,
    and the cover the next page's, from the same rules)."""
    raw: RawGrids
    tables: list[TableGrid]
    figures: list[tuple[float, float, float, float]]


@dataclass(slots=True)
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]
    rules: list[Rule]   # stroked lines and thin filled rectangles: table rules and underlines
    box_edges: list[Rule] = field(default_factory=list)   # sides of filled boxes (shaded cells): table rules only
    overprints: list[str] = field(default_factory=list)   # the copies of glyphs struck again (fake bold), taken out: one text per page
    pictures: list[tuple[float, float, float, float]] = field(default_factory=list)   # image boxes: a cover's title, a slide's title band
    panels: list[tuple[float, float, float, float]] = field(default_factory=list)   # filled boxes and stroked
                                       # rectangles (x0, y0, x1, y1): a band or a frame that may set a line apart
    shapes: list[tuple[str, tuple[float, float, float, float]]] = field(default_factory=list)   # figure shapes
                                       # ("arrow": a slanted side, "rounded": a curve, "staircase": a slanted stroke
                                       # filled step by step) with their boxes: a diagram's pieces
    ocr: bool = False   # its text an OCR's invisible layer over a scan of the page (ocr_layer): read by position,
                        # indentation and numbering, every span at one size
    turned: bool = False   # set vertically (縦書き) and read turned a quarter: x = the page's y, y = its width - x,
                           # so each column is a row, the rightmost on top (layout._vertical_lines); or set across
                           # (layout._printed_across) and read turned as /Rotate 90 shows it: either way the sheet's
                           # head and foot (its page number) stand at the frame's ends, and it is no 2-up spread
    specks: list[str] = field(default_factory=list)   # marks an OCR made of dirt (ocr_layer), taken out: one text a line
    across: bool = False   # turned because set across (layout._printed_across): the sheet's foot is the frame's left
                           # end (a 縦書き page read turned has its head there)
    table_rules: list[Rule] = field(default_factory=list)   # the rules its tables are drawn with (table_rules: the
                                       # drawn lines but text's underlines and outlined letters, the shaded boxes' sides,
                                       # the rules an open-bodied table implies), made once by layout.read_pdf: the
                                       # cover's grids and the flow's read them alike
    grids: PageGrids | None = None   # its grids and ruled tables read off table_rules (rules_to_cells.PageGrids), made
                                     # with them by layout.read_pdf: the cover and the flow read them, neither again

    @property
    def landscape(self) -> bool:
        """Set wider than tall as shown (a page read turned is set vertically and shown upright)."""
        return self.width > self.height and not self.turned


@dataclass(slots=True)
class SourceDoc:
    path: str
    name: str
    sha256: str
    size: int
    page_count: int
    pages: list[Page]
    warnings: list[tuple[int | None, str, str]] = field(default_factory=list)  # (page, what, said) while reading
    outline: list[tuple[int, str, int]] = field(default_factory=list)   # the PDF's bookmarks: (level, title, page)
    body: tuple[float, str] | None = None   # its body style (size, font): typography.document_body, computed once
    info: dict[str, str] = field(default_factory=dict)   # the PDF's document information (title, author), as written
    deck: tuple[float, Settings, bool] | None = None   # whether it is a slide deck, with the body size and settings it was
                                                       # told with (typography.slide_deck: once, for the cover and the flow)


# ---------------------------------------------------------------- problems and reports
@pickled_by_fields
@dataclass(slots=True, frozen=True)
class Problem:
    file: str
    page: int | None
    what: str          # a short code: unknown_ministry, registry_note, unparsed_row, ...
    raw: str           # the raw value concerned
    severity: str = "error"  # error | warning | note

    def as_row(self) -> dict[str, str]:
        return {"file": self.file, "page": "" if self.page is None else str(self.page),
                "severity": self.severity, "what": self.what, "raw": self.raw}


@pickled_by_fields
@dataclass(slots=True, frozen=True)
class Furniture:
    """Printed on a page but not the document's text: page number, margin line numbers,
    a meeting-material stamp, a running header or footer, a watermark, an annotation's text."""
    page: int
    kind: str     # page_number | line_numbers | doc_label | running_header | running_footer | thumb_index | watermark | annotation | table_header | overprint
    text: str


# ---------------------------------------------------------------- main body
@dataclass(slots=True)
class Heading:
    seq: int
    level: int
    kind: str    # part | chapter | section | item | band
    label: str
    title: str
    page: int
    source: str = ""


@dataclass(slots=True)
class HeadingIndex:
    """The headings found in a flow, by where they are."""
    at: dict[int, Heading] = field(default_factory=dict)   # flow index of a heading's line → heading
    continuations: set[int] = field(default_factory=set)   # flow indexes of lines a title runs on to
    labelled: set[int] = field(default_factory=set)   # flow indexes of lines whose opening label a heading took
    # (第１条　… under its caption (通則): the article's heading holds the number, its text starts after it)
    running: set[int] = field(default_factory=set)   # flow indexes of titles printed again over a page (headings.
    # _running_heads): no heading, a paragraph of their own (paragraphs._paragraphs), never words of the text round them
    figures: dict[int, str] = field(default_factory=dict)   # flow index of a heading's line → the figure its row
    # closes on (deck_headings.row_figure: Ⅱ Transfer … ¥125.9bn), or the unit of the table under it typed after its
    # title (headings._row_unit: …件数␣␣(単位：件)), no word of its title: the first paragraph under it

    def __contains__(self, index: int) -> bool:
        return index in self.at

    def headings(self) -> list[Heading]:
        return list(self.at.values())


@dataclass(slots=True)
class Goal:
    seq: int      # the block
    kind: str     # 戦略目標 | 大目標 | 具体目標 | 目標
    label: str
    heading_seq: int | None
    item_no: int
    text: str
    page: int
    footnotes: str = ""   # numbers of the footnote markers in the item, "|"-joined


@dataclass(slots=True)
class Footnote:
    number: int
    page: int
    text: str


@dataclass(slots=True)
class Paragraph:
    seq: int
    heading_seq: int | None
    page: int
    text: str
    listed: bool = False   # read from an appendix's lists' file, outside its lists (a note, a cover's subtitle):
                           # document.md writes it after the lists, not in the main body's text


# ---------------------------------------------------------------- appendix
@dataclass(slots=True)
class Context:
    """Where a table sits: the headings and goal text above it."""
    part: str = ""
    chapter: str = ""
    section: str = ""
    subsection: str = ""
    band: str = ""
    major_goal: str = ""
    part_title: str = ""   # the part heading's title (差し迫った危機への対処); `part` is its label alone


@dataclass(slots=True)
class Cell:
    text_lines: list[str]
    spans: list[Span]   # the spans (clipped to the cell) for underline detection


@dataclass(slots=True)
class Row:
    page: int
    y0: float
    y1: float
    cells: list[Cell]


@dataclass(slots=True)
class Table:
    """One ruled table fragment on one page."""
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    columns: list[tuple[float, float]]
    rows: list[Row]
    header: list[str] | None = None   # header texts when the fragment starts with a header row
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)   # (row, col, rowspan, colspan) as drawn
    open_top: bool = False    # no rule drawn at its top: the page break closes it (page_flow.page_breaks)
    open_foot: bool = False   # no rule drawn at its foot: its last row runs on to the next page
    page_end: int = 0         # a table printed across a spread, its halves side by side: the right half's page
                              # (ruled_tables._beside); 0: the fragment's own page

    def cells_as_drawn(self) -> list[tuple[int, int, int, int]]:
        """(row, col, rowspan, colspan) of each cell as drawn: a merged cell once."""
        return self.merged or [(r, c, 1, 1) for r in range(len(self.rows)) for c in range(len(self.columns))]


@pickled_by_fields
@dataclass(slots=True, frozen=True)
class ContentsEntry:
    """A line of the printed table of contents."""
    seq: int
    label: str
    title: str
    printed_page: int | None
    pdf_page: int | None   # where the heading it names is (matched by title), if found
    page: int              # where the contents line is printed


@pickled_by_fields
@dataclass(slots=True, frozen=True)
class TableCell:
    """One cell of a ruled table as drawn (tables.csv): a merged cell once, at its top left."""
    table_id: int
    page_start: int
    page_end: int
    row: int
    col: int
    rowspan: int
    colspan: int
    text: str
    source: str = ""   # the file the table was read from (not in tables.csv: document.md places tables by it)


@dataclass(slots=True)
class MinistryRef:
    printed: str
    ministry_id: str   # empty when the registry does not know the abbreviation
    is_lead: bool


@dataclass(slots=True)
class Target:
    target_id: str
    seq: int
    context: Context
    label: str
    text: str
    page: int
    reposted: bool = False
    reposted_from: str = ""


@dataclass(slots=True)
class Initiative:
    initiative_id: str
    seq: int
    target_seq: int
    text: str
    ministries: list[MinistryRef]
    page_start: int
    page_end: int
    source: str
    extra: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------- page flow
@dataclass(slots=True)
class TextLine:
    """One visual line of running text (tables, footnotes and page furniture taken out)."""
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    font: str
    text: str       # raw glyphs, footnote markers removed
    ref_text: str   # raw glyphs, footnote markers as [^N]
    source: Line
    bold: bool = False         # most of its glyphs in a bold face
    underlined: bool = False   # most of its glyphs underlined (a title set off by a rule)
    in_figure: bool = False    # inside a drawn figure (a frame holding shaded panels), or on an OCR'd page letters
                               # read off a picture (ocr_layer.picture_letters): no heading
    on_panel: bool = False     # alone on a shaded band or in a frame of its own spanning its column (set apart by it)
    on_tab: bool = False       # alone on a tab set on a frame's top edge (typography.tab_on_frame): it names the
                               # frame's content — no figure's word, and it shares no row with text beyond its tab
    caption_band: tuple[float, float, float, float] | None = None   # the band across a region's top it is a caption
                               # row on (typography.mark_panels): the rows on one band are one title
    boxed: bool = False        # its words framed tight by four rules of their own, at its start (a boxed title)
    ruled_row: bool = False    # a cell of a list ruled row by row (typography.mark_ruled_rows: between two of its
                               # row rules, no vertical rule): no heading
    side_note: bool = False    # a side note in the margin beyond the running text, behind a vertical rule
                               # (reading_order.side_note_gutters): set by page_flow, no neighbour of a heading
    column: int | None = 0     # the column of its page it stands in, left to right (Flow.columns[page][column]), by
                               # page_flow (reading_order.column_bounds); None where it reaches across a gutter
    face: str = ""             # the font it is read in, for its typeface (typography.letters_face): decided once, as
                               # typography.to_text_line makes the line, and read by every later stage (page_faces,
                               # gothic_titles, line_roles.style_of, headings); a line made without one reads in `font`
    blank: bool = field(init=False, repr=False, compare=False)   # no visible glyph (its text is not changed)

    def __post_init__(self) -> None:
        self.blank = not self.text.strip()
        if not self.face:
            self.face = self.font


@dataclass(slots=True)
class Flow:
    """A document's running text and tables in reading order, with what was taken out."""
    source: str
    items: list[TextLine | Table]   # in reading order
    footnotes: list[Footnote]
    body_size: float
    body_font: str
    right_edge: dict[int, float]    # page → right edge of running text
    furniture: list[Furniture] = field(default_factory=list)   # taken out of the pages, in page order
    contents: set[int] = field(default_factory=set)  # indexes of table-of-contents lines in items
    columns: dict[int, tuple[tuple[float, float], ...]] = field(default_factory=dict)   # page → (left, right) per column
    settings: Settings = DEFAULT   # what the flow was read with; the stages that read it use the same
    roles: list = field(default_factory=list)   # per item: line_roles.LineRole (None for a table), read once
    set_aside: list = field(default_factory=list)   # (Line, kind): footnote-area and furniture lines taken out
    deck: bool = False   # a slide deck (typography.slide_deck): each page a slide, its title in a band at the top
    page_heights: dict[int, float] = field(default_factory=dict)   # page → its height (upright)
    slide_titles: dict[int, tuple[Line, ...]] = field(default_factory=dict)   # in a deck: page → its title's line (a spread's: one per half), read
                                   # from all the slide's lines (typography.slide_title), tables' included
    text_left: dict[int, float] = field(default_factory=dict)   # page → where its running text starts (line_roles.text_left):
                                   # read once, for the line roles and the headings
    ocr_pages: frozenset[int] = frozenset()   # pages whose text is an OCR layer over a scan (Page.ocr): no blank line,
                                   # no leading space
    handouts: frozenset[int] = frozenset()   # scanned pages printing a deck two slides to a page, one over the other
                                   # (furniture.handout_pages): each half a slide
    page_faces: dict[int, str] = field(default_factory=dict)   # page → the font its running text is set in, where that is
                                   # another family than body_font's (typography.page_faces): a part set in its own face
    gothic_titles: bool = False   # the document's Gothic over its Mincho text stands only on centred lines: the face it
                                  # keeps for its titles (typography.gothic_titles), read by the headings
    positioned: frozenset[int] = frozenset()   # pages whose layer writes no blank line and no leading space, each line
                                   # only placed (an OCR layer; a word processor that places every line, 一太郎):
                                   # their paragraphs read by position (paragraphs._positioned_break; page_flow.positioned_pages)

    def bounds(self, line: TextLine) -> tuple[float, float]:
        """Where the running text of the line's column starts and ends (on a page of one column:
        the page's left and the running text's right edge)."""
        cols = self.columns.get(line.page, ())
        if line.column is not None and line.column < len(cols):
            return cols[line.column]
        return 0.0, self.right_edge.get(line.page, line.x1)

    def across_gutter(self, a: TextLine, b: TextLine) -> bool:
        """The two lines stand in two columns of their page (TextLine.column), the gutter between them:
        level by chance, no row. A slide has no columns of running text: what stands side by side on it
        are a figure's boxes (two panels, each captioned on its border) on one row."""
        return not self.deck and a.column is not None and b.column is not None and a.column != b.column

    def line(self, index: int) -> TextLine:
        """The text line at `index` (callers know it is one)."""
        it = self.items[index]
        assert isinstance(it, TextLine), index
        return it
