"""The labels pass: which lines of a document are a label of the document — a meeting material's stamp at a
page's top (資料２－１, 別紙１２), a council paper's number (議案第３号), a status tag (【仮訳】, （案）, Draft),
a category tag (【創業型】) —, decided once, right after the layout and before every stage that reads the
lines (the cover, the flow):

    open / layout (layout.read_pdf) → LABELS (label_lines) → cover, page flow → line roles → structure …

`label_lines` takes the document and returns a new one whose lines carry their label (`Line.label`, one of
LABELS, "" for none); no other module writes that field (tests/test_architecture.py). The stages after it
read the mark: the flow takes the stamps out as furniture (furniture.take_furniture), the cover keeps them
and the status tags out of its rows, reads the status and category tags as `Cover.labels` and a paper's
number as a notice's. A stamp framed as a table (a box round 資料１ read as a one-cell table) is told by the
same marks (`framed_stamp`: a frame round lines marked as stamps is one, a frame round an attachment label that
opens an attachment is none, as their lines unframed are), then by its shape: furniture.stamp_tables only moves
the tables so told to the furniture.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from extractors.numbering import CATEGORY_TAG, PAPER_NUMBER, SPECIMEN, STAMP, STATUS_TAG, folded, match_numbering, may_open
from extractors.records import Line, Page, SourceDoc, Table
from extractors.settings import Margins
from normalizers.text import SPACES as _SPACES

# The labels of the document a line may be (Line.label), each decided here once and read by every stage after
# (the flow takes the stamps out, the cover reads the status tags as Cover.labels and a council paper's number
# as a notice's number; neither matches the patterns again):
STAMP_LABEL = "stamp"         # a meeting material's stamp, a document's label at a page's top (資料２－１, 別紙１２): furniture
PAPER_LABEL = "paper"         # a council paper's number set as a stamp (議案第１２号): furniture, and the paper's number
TAG_LABEL = "tag"             # a status tag set as a stamp ([Provisional Translation] at a page's top right): furniture
STATUS_LABEL = "status"       # a status tag alone on its line elsewhere (（案）, 【仮訳】 under the title): stays in the text
CATEGORY_LABEL = "category"   # a category tag on the first page's top row (【創業型】 over a form's title)
OPENING_LABEL = "opening"     # an attachment label at a page's top first printed after page 1 (別紙１ over the rules'
                              # first attachment): it opens an attachment there, stays in the flow (attachment_labels)
LABELS = (STAMP_LABEL, PAPER_LABEL, TAG_LABEL, STATUS_LABEL, CATEGORY_LABEL, OPENING_LABEL)
STAMPS = frozenset({STAMP_LABEL, PAPER_LABEL, TAG_LABEL})   # the labels set as stamps: taken out as doc_label
STATUS_TAGS = frozenset({TAG_LABEL, STATUS_LABEL})   # the labels that say what state the paper is in (numbering.STATUS_TAG)


def label_lines(doc: SourceDoc, ms: Margins) -> SourceDoc:
    """The labels pass: the document with every line's label of the document (Line.label) — the stamps
    (stamps: at a page's top, but for the attachment labels that open an attachment, attachment_labels) by
    kind — a council paper's number, a status tag, any other stamp —; a status tag alone on its line anywhere
    else; a category tag on the first page's top row (numbering.CATEGORY_TAG). A new document: its pages
    that hold a labelled line are new pages, those lines new lines (the rest are the layout's own)."""
    found = {page.number: stamps(_top(page, ms), page, ms) for page in doc.pages}
    opening = attachment_labels(doc, found)
    return replace(doc, pages=[_labelled(page, found[page.number], opening) for page in doc.pages])


def _labelled(page: Page, found: list[Line], opening: frozenset[tuple[int, str]]) -> Page:
    """The page with its lines' labels (label_lines); the page itself where no line is a label (most pages)."""
    labels = {id(ln): label for ln in page.lines
              if _may_be_tag(ln.text) and (label := _text_label(_SPACES.sub("", ln.text)))}
    for ln in found:
        text = _SPACES.sub("", ln.text)
        labels[id(ln)] = OPENING_LABEL if (page.number, text) in opening else _stamp_kind(text)
    if page.number == 1:
        labels.update((id(ln), CATEGORY_LABEL) for ln in _category_tags(page.lines, labels))
    if not labels:
        return page
    return replace(page, lines=[replace(ln, label=labels[id(ln)]) if id(ln) in labels else ln for ln in page.lines])


def is_status_tag(text: str) -> bool:
    """The text (its spaces out) is a status tag alone (numbering.STATUS_TAG): asked of a line by label_lines,
    and of a cover's row of pieces ([ / Draft / ]) by the cover."""
    return STATUS_TAG.match(_SPACES.sub("", text)) is not None


def stamps(lines: list[Line], page: Page, ms: Margins) -> list[Line]:
    """Stamps at the top right of the page among `lines` (_top: those starting in its top stamp_top; label_lines
    leaves out the attachment labels that open an attachment there: attachment_labels). Convention (a council's bill): the
    paper's number alone on its row, 議案第１２号, labels the paper at the top left as well (PAPER_NUMBER);
    so does the attachment label a paper opens its first page with, over all its text (a bill's 別紙, the
    意見書 itself: （別紙） at the top left over its title) — the label of the file, not a heading in it; so does a
    specimen's mark in English at the top right (numbering.SPECIMEN: "Sample" boxed over an examination problem)."""
    top = min((ln.y0 for ln in lines if ln.text.strip()), default=0.0)
    found = [ln for ln in lines if ln.y0 < page.height * ms.stamp_top and (s := _SPACES.sub("", ln.text))
             and (ln.x0 > page.width * ms.stamp_right or PAPER_NUMBER.match(s) or (page.number == 1 and ln.y0 == top))
             and (STAMP.match(s) or STATUS_TAG.match(s) or SPECIMEN.match(s))]
    return found + [ln for ln in _wrapped_tags(lines, page, ms) if ln not in found]


def _wrapped_tags(lines: list[Line], page: Page, ms: Margins) -> list[Line]:
    """Convention (a slide deck's status tag boxed at each slide's top right, wrapped in its box: Provisional /
    Translation): two lines at the top right, one under the other (the second overlapping the first's width,
    starting below its top and at most a line's height below its foot), that read as a status tag together (numbering.STATUS_TAG) are
    that tag: a stamp, both."""
    corner = sorted((ln for ln in lines if ln.y0 < page.height * ms.stamp_top and ln.x0 > page.width * ms.stamp_right),
                    key=lambda ln: ln.y0)
    out: list[Line] = []
    for a, b in zip(corner, corner[1:]):
        if a.y0 < b.y0 and b.y0 - a.y1 <= a.y1 - a.y0 and a.x0 <= b.x1 and b.x0 <= a.x1 \
                and STATUS_TAG.match(_SPACES.sub("", a.text + b.text)):
            out += [a, b]
    return out


def _top(page: Page, ms: Margins) -> list[Line]:
    """The lines a stamp may be: those starting in the page's top `stamp_top` (stamps and _wrapped_tags look no
    further down; the first page's top line, when it is a stamp, stands there too), set in the page's own text —
    no watermark at a slant, no annotation's words (take_furniture)."""
    limit = page.height * ms.stamp_top
    return [ln for ln in page.lines if ln.y0 < limit and not (ln.slanted or ln.annotation)]


def _may_be_tag(text: str) -> bool:
    """The line's first character, its spaces aside, may open a status tag (STATUS_TAG read as the start of a match,
    numbering.may_open: a bracket, 案, 仮訳's 仮, draft's d…): asked before the line's spaces are taken out for
    _text_label (most lines open otherwise). Every space the pattern of spaces takes out, str.lstrip takes out too."""
    return may_open(STATUS_TAG, text.lstrip()[:1])


def _text_label(s: str) -> str:
    """A line's label by its words alone, wherever it stands: a status tag (STATUS_LABEL), or none."""
    return STATUS_LABEL if s and STATUS_TAG.match(s) else ""


def _stamp_kind(s: str) -> str:
    """A stamp's kind: a council paper's number, a status tag (or a piece of one wrapped: STAMP_LABEL), any other."""
    return PAPER_LABEL if PAPER_NUMBER.match(s) else TAG_LABEL if STATUS_TAG.match(s) else STAMP_LABEL


def _category_tags(lines: list[Line], labels: dict[int, str]) -> list[Line]:
    """Convention (numbering.CATEGORY_TAG: 【創業型】 at the top left of a form's first page): a category tag among
    the lines on the first page's top row (starting above the foot of its first row), no other label, labels
    the document."""
    worded = [ln for ln in lines if ln.text.strip()]
    top = min((ln.y1 for ln in worded), default=0.0)   # the foot of the page's first row
    return [ln for ln in worded if id(ln) not in labels and ln.y0 < top and CATEGORY_TAG.match(_SPACES.sub("", ln.text))]


def attachment_labels(doc: SourceDoc, found: dict[int, list[Line]]) -> frozenset[tuple[int, str]]:
    """Convention: a label at the top right of a page names the document it stands on. Printed on
    the first page, it is the document's own (a meeting material's 資料２, the 別紙１２ of a dossier,
    repeated on every page): furniture. A numbered attachment label (別紙１, numbering system
    attachment) first printed on a later page opens an attachment of this document there — the
    rules' 別紙１ … 別紙４ after their articles —: it stays in the flow on that page (a heading),
    and is furniture where it is printed again. `found`: the stamps each page prints, by page. Returns
    (page, text) of those that stay."""
    first: dict[str, int] = {}
    for page in doc.pages:
        for ln in found[page.number]:
            first.setdefault(_SPACES.sub("", ln.text), page.number)
    return frozenset((number, text) for text, number in first.items()
                     if number > 1 and (m := match_numbering(folded(text))) is not None and m[0] == "attachment")


def framed_stamp(table: Table, page: Page, ms: Margins) -> bool:
    """A frame drawn round a label of the document and read as a table, which furniture.stamp_tables moves to the
    furniture (doc_label). Judged as its lines are first (the page's lines whose middle stands in the frame): a frame round
    lines this pass marked as stamps is one (a framed 資料１ is the stamp its words are unframed), a frame round an
    attachment label that opens an attachment (OPENING_LABEL) is none (it stays, a heading, as it does unframed).
    Then by its shape, at a page's top (stamp_top), no wider than stamp_width of the page (wider: a header band, a
    table): convention (a meeting material's stamp, the body's name beside the paper's number: 研究会資料 | １,
    会議配布資料 | 民１－１) a box of one row at the first page's top; or boxes stacked in one column at a page's top
    right, a line of words each (_stacked_label)."""
    if table.y0 >= page.height * ms.stamp_top:   # most tables: below the page's top
        return False
    marks = [ln.label for ln in page.lines if ln.text.strip() and table.x0 <= (ln.x0 + ln.x1) / 2 <= table.x1
             and table.y0 <= (ln.y0 + ln.y1) / 2 <= table.y1]
    if OPENING_LABEL in marks:
        return False
    if marks and all(mark in STAMPS for mark in marks):
        return True
    return table.x1 - table.x0 <= page.width * ms.stamp_width \
        and ((len(table.rows) == 1 and page.number == 1) or _stacked_label(table, page, ms)
             or _beside_its_number(table, page, marks, ms))


def _beside_its_number(table: Table, page: Page, marks: list[str], ms: Margins) -> bool:
    """Convention (a meeting material's stamp of two rows: ○○検討会（第６回） over the meeting's day, the paper's
    number 資料４ in a cell of its own beside both): a frame at a page's top right (right of `stamp_right` of its
    width; framed_stamp asks it narrow and at the top) round a line this pass marked as a stamp is the stamp, the
    meeting's name and day with it — a table at the top right holds no stamp in its cells."""
    return table.x0 > page.width * ms.stamp_right and any(mark in STAMPS for mark in marks)


def _stacked_label(table: Table, page: Page, ms: Margins) -> bool:
    """Convention (a flyer's label at the top right of each page, 令和8年度版 / 広報7月号折込: the edition and the
    newsletter issue it was inserted in, framed in two boxes one over the other): a table of one column, at most
    `stamp_rows` rows of one line each, right of `stamp_right` of the page, each row words (a letter in it: no bare figure),
    labels the paper — a table of one column holds a header over its figures (重症者 over 0: a statistics sheet's
    box at the top right), a label names the paper in words."""
    return len(table.columns) == 1 and len(table.rows) <= ms.stamp_rows and table.x0 > page.width * ms.stamp_right \
        and all(len(c.text_lines) == 1 and _A_LETTER.search(c.text_lines[0]) for row in table.rows for c in row.cells)


_A_LETTER = regex.compile(r"\p{L}")   # words hold a letter; a figure (0, 6,363, 12%) none
