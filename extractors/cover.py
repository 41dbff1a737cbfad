"""What the first page says about the document: title, edition, date, issuer, deciding body
and role — read from its typography, not from the first words.

The page's pieces are gathered into visual rows (covers often set a date one glyph per text
line, or an issuer's names far apart on one row); stamps (資料２－１) and bare numbers (page and
margin line numbers) are furniture. The title is the row(s) in the largest type (at most four),
stacked within a few blank lines, opened by rows in a smaller display type centred over them (a
title block whose sizes step), with a bracketed qualifier set right under it (（第1.0版）); on a first page all in one size, the
row(s) above a date among its first rows, unless they open an outline or a list (a single row
listed with ○ over its dates is the title, without the mark); with no date there, the few rows
set over the ruled table the page opens with (a comparison table, 新旧対照表); on a first page in body size and face
with no date on top, the row(s) centred over the text with a blank line under them. A slide deck's cover opens with a
few rows in its largest type over smaller ones: the title, though that type holds most letters.
A bracketed tag closing the title that repeats the series named above it is no part of it; a
plan's ordinal set under the title (第２次) is read first. Names set one glyph per piece at even
steps (内　閣　府) are one word; a row set right beside a stamp (its other cell) is stamp.
The date is a row that is mostly a date (a date the text cites sits inside a sentence), after a
label (作成日：, 第１ 日時) and before its weekday, hours, bracketed notes or the act it dates
(…第一小法廷判決), or a date in brackets closing the title's row ("… (May 4, 2020)", …について（令和２年５月４日）: the
document's date, no word of its title); 令和6年5月 with no day gives 2024-05; of a stack of dates naming the enactment
and the amendments, the last amendment's; a notice's date stands over its subject, a public notice's
(公告) under it, after the enacting sentence (…次のとおり公告する。).
The issuer is extractors.issuer's to read (its docstring names the chain, in order): the layout readers here hand it
the rows, and read_cover asks it once, last (issuer.read_issuer).
A cover whose title is a picture (an image in the top half of the page
and no text row there; the rows under it are a caption or a slogan) is titled by the PDF's own
title as the text prints it (its longest printed run), its issuer the PDF's author as that title
opens with it; when the text does not print the PDF's title, it has no title the text holds (the
rows under the picture name its issuer, when they name one).
The page after the cover is read for its head (before its text begins): a title it repeats there on
one row is the cover's rows that row joins, whatever their sizes step, and a cover that prints no
date takes the first date row there (a rule's body page: title, variant, the date it was made).
"""
from __future__ import annotations

import math
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import takewhile
from typing import NamedTuple

import regex

from extractors.contents import is_contents_title
from extractors.cover_row import (_DATE_LABEL, _EXAM_BOOKLET, _EXAM_NAMED, _GLOSS, _MADE, _SEAL, _SENTENCE, NO_DATE, Box, CoverRow, Dated,
                                  _closing, _compact, _date_row, _latin, _name_row, _printed, _row_date, _stacked, _unspaced,
                                  PARTICULAR, REVISED, filing_row, first_dated, printed_text, published)
from extractors.furniture import NUMBER, folio_row, margin_strips, ruby_lines
from extractors.issuer import _PUBLISHER, _issuer, _issuer_under, _notice_issuer, letter_senders, read_issuer, title_page_issuer
from extractors.labels import CATEGORY_LABEL, PAPER_LABEL, STAMP_LABEL, STAMPS, STATUS_LABEL, STATUS_TAGS, is_status_tag
from extractors.line_roles import dating_line
from extractors.geometry import group_rows, on_the_cover
from extractors.numbering import COVER_NOT_A_NAME as _NOT_A_NAME   # a row opening an outline or a list
from extractors.numbering import APPENDIX_ROW as _APPENDIX   # a cover row opening with 別紙
from extractors.numbering import ATTACHED_FORM as _ATTACHED_FORM
from extractors.numbering import LATIN_SENTENCE_END as _LATIN_SENTENCE_END   # an English sentence's close
from extractors.numbering import (wholly_bracketed, ARTICLE, ARTICLE_CAPTION, BARE_FIGURE_OPENING, CHAPTER_ROW, CONTACT_BAND,
                                  DIGIT_ALONE, DISPLAY_NUMERAL, DOC_NUMBER, BLANK_DOC_NUMBER, FORM_SUBJECT,
                                  GLUED_ARTICLE, HEADING_MARKS, INSTRUMENT_NUMBER, ITEM_START, LABEL_OPENING, LISTED_MARK,
                                  LATIN_TEXT, NO_LETTER, PART_LABEL_ALONE, PART_ROW,
                                  SCHEDULE_ALONE, SUBJECT_LINE, breadcrumb, match_numbering, law_name_words)
from extractors.reading_order import gutters, in_side_margin, ruled_gutters, side_note_gutters, spans_gutter, split_at_gutters
from extractors.records import Flow, HeadingIndex, Line, Page, Rule, SourceDoc, Table, TextLine
from extractors.rules_to_cells import TableGrid
from extractors.table_rules import grids_of
from extractors.title_lines import join_rows
from extractors.settings import QUALIFIER_LETTERS, SAME_SIZE, DEFAULT, CoverPage, Settings
from extractors.typography import another_typeface, document_body, slide_deck, slide_title
from normalizers.bodies import ADDRESSED_TO, MINUTES_KIND, MINUTES_KIND_ALONE, names_body, series_body
from normalizers.bodies import ADDRESSEE as _ADDRESSEE   # 各都道府県衛生主管部（局）薬務主管課 御中; 各 位 (to all it concerns)
from normalizers.dates import DATE, ERAS, YEAR_ALONE, may_hold_date, to_iso
from normalizers.numbers import kanji_to_int
from normalizers.text import SPACES as _SPACES, clean, fold_width, unspace_letterspaced, visible


# 附則's enacting sentence: この規約は、令和５年２月15日から施行する。 (a date, then the rules take effect) — or, the
# sentence going on to the day the rules lapse, in the verb's continuative form: この要綱は令和７年…から施行し、…その効力を失う。
_TAKES_EFFECT = regex.compile(rf"({DATE.pattern})から施行(?:する|し[、，])")
_EDITION = regex.compile(r"(?:AI|ＡＩ)\s*戦略\s*((?:19|20)[0-9][0-9])")
# Convention (a statistics sheet's title over its scope: 緊急小口資金等の…実施状況（速報値） / （８月１５日までの貸付状況）):
# a bracketed row naming a day states what the figures run to (as of, until), no qualifier of the title's name
_DAY_SCOPE = regex.compile(r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日")
# Convention (a budget table's unit over its right end, (billion yen), （単位：億円）, set right under the title of a
# cover that is a table): a bracketed row naming only the unit of the figures is the table's, no qualifier of the title —
# its colon may be a space ((単位 千円): the text is read unspaced), blind26a
_UNIT = regex.compile(r"^[（(](?:単位[:：]?)?(?:(?:千|百万|十億|億|兆|万)?円|(?i:(?:thousand|million|billion|trillion)?yen))[）)]$")
_OUT_OF_ROWS = STAMPS | {STATUS_LABEL}   # the labels of the document no cover row holds: stamps and status tags


@dataclass(frozen=True, slots=True)
class DateEvidence:
    """Every date that may date a document, as read where each stands (Dated: NO_DATE when none):
    `document_date` decides the document's date from them, in the order of DATE_CHAIN."""
    printed: Dated = NO_DATE        # the cover's own: its date rows, the next page's head, a stamp over the title
    dating_line: Dated = NO_DATE    # a form's dating line at the cover's foot (_dating_line_date)
    revision: Dated = NO_DATE       # a revision stamp at the first page's foot (_revision_stamp)
    takes_effect: Dated = NO_DATE   # the day the 附則 says the rules take effect (effective_date: read after the headings)
    closing: Dated = NO_DATE        # a judgment's date over its signers at the text's close (closing_date: read with the flow)


# One chain for a document's date, tried in this order, each filling only an empty date (never overriding
# one the cover prints): the nearer a date stands to the cover and the more surely it dates this paper,
# the earlier — the cover's own date; a form's dating line (on the cover, the day it was filed); a revision
# stamp at the first page's foot (the edition the page belongs to); last the day the rules take effect, read
# from the text after the headings (a day the text names, which may lie after the paper was made); then the date a
# text signs off with at its close (a judgment's, over its court and judges: read from the flow's last lines).
DATE_CHAIN = ("printed", "dating_line", "revision", "takes_effect", "closing")


def document_date(evidence: DateEvidence) -> str:
    """The document's date: the first date of the chain (DATE_CHAIN) the evidence holds, "" when none."""
    return _dating(evidence).iso


def _dating(evidence: DateEvidence) -> Dated:
    """The first date of the chain (DATE_CHAIN) the evidence holds, NO_DATE when none."""
    return next((d for name in DATE_CHAIN if (d := getattr(evidence, name)).iso), NO_DATE)


@dataclass(slots=True)
class Cover:
    title: str
    edition: str        # four digits, or "" when the document does not say
    date: str           # ISO (YYYY-MM-DD, or YYYY-MM when no day is printed), or "": document_date(dated_by)
    decided_by: str
    role: str           # main | appendix | overview (概要, 参考資料: kept apart from the edition)
    issuer: str = ""
    dated_by: DateEvidence = field(default_factory=DateEvidence)   # what `date` was decided from (dated)
    labels: tuple[str, ...] = ()   # the status tags the first page prints ([Provisional Translation], 【仮訳】, （案）): status_labels
    crumbs: tuple[str, ...] = ()   # the breadcrumb trail the first page prints (a web page printed from the browser): _trail
    subtitle: str = ""   # the row under the title set between wave dashes (～人・産業・地域・政府全てにＡＩ～): _subtitle_row
    date_as_printed: str = ""   # the date as printed (令和元年６月１１日) by the reader that read `date` (Dated): dated
    title_at: tuple[Box, ...] = ()      # the first page's pieces the title was read from (their boxes): the flow leaves
                                        # those lines out of the text by where they stand (paragraphs), never by its words
    subtitle_at: tuple[Box, ...] = ()   # the subtitle's row's pieces (_subtitle_row), the same way
    labels_at: tuple[Box, ...] = ()     # the lines and rows status_labels read the labels from, the same way
    kept_at: tuple[tuple[Box, str], ...] = ()   # a title's piece that prints words no title's, which stay text: the
                                                # reading note closing a 新旧対照表's title row (_MARKS_NOTE), its box and words
    issuer_at: tuple[Box, ...] = ()     # the first page's row over the title that names the issuer read (_issuer_at): no heading
    head_at: tuple[Box, ...] = ()       # a notice's head over its subject (number, date, addressees, senders and their
                                        # seals: _notice), the cover's: no heading, found by place as issuer_at
    booklet: bool = False   # the first page is an examination booklet's cover (_booklet_cover): its notes head nothing


def pieces_at(rows: list[CoverRow]) -> tuple[Box, ...]:
    """The boxes of every piece of these rows: where the cover read a piece of the document (its title) from."""
    return tuple(b for r in rows for b in r.boxes)


def dated(cover: Cover, evidence: DateEvidence) -> Cover:
    """The cover dated from `evidence` by the one chain (document_date): the one place a document's
    date is decided, by read_cover from what the first page holds and again by the structure stage
    once the 附則 is read (pipeline/edition.read_part: `evidence` is then the cover's with takes_effect and
    closing). The date as printed is the one the reader of that date read with it (Dated.as_printed)."""
    d = _dating(evidence)
    return replace(cover, date=d.iso, date_as_printed=d.as_printed, dated_by=evidence)


def cover_rows(lines: list[Line], cp: CoverPage, cuts: list[tuple[float, float]] | None = None,
               boxes: list[tuple[float, float, float, float]] | None = None) -> list[CoverRow]:
    """The page's lines gathered into rows by vertical overlap, pieces joined left to right
    (pieces far apart — more than two ems — with ・, as names of several issuers are set). `cuts`:
    the page's gutters — a row whose pieces stand in two columns, none across a gutter, is one row
    per column (_by_column). `boxes`: the page's ruled tables — convention (a form: its title in large
    type beside a small ruled box of options, 再質問の方式 | １ … | ２ …): a line inside a ruled table's
    box joins no row with lines outside it, a cell's text is no piece of the title beside it."""
    def box_of(ln: Line) -> int:
        return next((k for k, (x0, y0, x1, y1) in enumerate(boxes or []) if x0 <= ln.x0 and ln.x1 <= x1
                     and y0 <= (ln.y0 + ln.y1) / 2 <= y1), -1)
    rows = group_rows((l for l in lines if l.text.strip()), lambda l: ((l.y0 + l.y1) / 2, l.x0),
                      lambda row, ln: row[0].y0 - 1 <= (ln.y0 + ln.y1) / 2 <= row[0].y1 + 1
                      and box_of(row[0]) == box_of(ln))
    out = []
    for row in (side for row in rows for part in _by_column(row, cuts or []) for side in _side_pieces_apart(part, cp)):
        size = max(l.size for l in row)
        text, apart = _row_text(row, size, cp)
        out.append(CoverRow(min(l.y0 for l in row), max(l.y1 for l in row), size, clean(text).strip(),
                            row[0].x0, row[-1].x1, row[0].font, tuple((l.size, l.x0) for l in row),
                            tuple(clean(l.text).strip() for l in row), in_table=box_of(row[0]) >= 0, boxes=_boxes(row),
                            apart=apart, dating=(d := _row_dating(row))[0], after_addressee=d[1],
                            outline=BARE_FIGURE_OPENING.match(opening := visible(row[0].text).strip()) is not None,
                            particular=PARTICULAR.match(opening) is not None))
    return out


def _row_dating(row: list[Line]) -> tuple[str, str]:
    """The date of the row's dating line and what follows its addressee (line_roles.dating_line, on its pieces as
    printed, each set apart from the next by a space); ("", "") when the row is none."""
    d = dating_line(" ".join(ln.text for ln in row))
    return (d.date, d.after) if d else ("", "")


def _row_text(row: list[Line], size: float, cp: CoverPage) -> tuple[str, bool]:
    """A row's text, its pieces left to right (those far apart — more than `piece_gap` ems of the row's `size` —
    joined with ・, unless the row is letter-spaced or filled in), and whether any stand so far apart."""
    text, apart = _filled_in(row), False
    if text:
        return text, apart
    spaced = _letter_spaced(row, cp.even_steps)
    text = row[0].text
    for prev, ln in zip(row, row[1:]):
        far = ln.x0 - prev.x1 > cp.piece_gap * size and not spaced
        text, apart = text + ("・" if far else "") + ln.text, apart or far
    return text, apart


def _side_pieces_apart(row: list[Line], cp: CoverPage) -> list[list[Line]]:
    """Convention (a budget paper's slide: its title in 24 pt, and far right of it on its row a box of the year's
    sums in 10 to 14 pt; a guideline's chapter title with the side column's 8 pt references, HB附属書A, beside it):
    pieces of a row set further than `piece_gap` ems from the row's largest type and at most `side_piece` of it
    stand beside those pieces — a side note, a box of figures —, no piece of their row: a row of their own (each
    run of them between the largest type's pieces). Convention (an 入札説明書's title spread letter by letter, 入　札　説
    明　書, the tender's method set smaller after it: 一般競争入札総合評価方式（施工体制確認型）): a title spread over its
    row (three letters or more, each a piece of its own) is one word the spacing closes — a smaller piece after it
    stands beside it however near. The row's pieces left to right when none stands so."""
    row = sorted(row, key=lambda l: l.x0)
    size = max(l.size for l in row)
    small = [l.size <= cp.side_piece * size for l in row]
    if all(small[k] == small[0] for k in range(len(row))):
        return [row]
    spread = sum(1 for k, l in enumerate(row) if not small[k] and len(l.text.strip()) == 1) >= cp.spread_letters
    parts = [[row[0]]]
    for k in range(1, len(row)):
        far = row[k].x0 - row[k - 1].x1 > cp.piece_gap * size or (spread and small[k])
        if far and small[k] != small[k - 1]:
            parts.append([])
        parts[-1].append(row[k])
    return parts


def _boxes(row: list[Line]) -> tuple[Box, ...]:
    """Each piece's box, left to right (CoverRow.boxes)."""
    return tuple((l.x0, l.y0, l.x1, l.y1) for l in row)


def _by_column(row: list[Line], cuts: list[tuple[float, float]]) -> list[list[Line]]:
    """The row's pieces by column when each stands within one and they stand in two or more (a
    section's title beside the other column's running text), else the row whole."""
    columns = split_at_gutters(row, cuts)
    return columns if len(columns) > 1 and not any(spans_gutter(ln, cuts) for ln in row) else [row]


def _filled_in(row: list[Line]) -> str:
    """Convention (a form's blanks filled in: 令　和　　年　　月 printed with spaces, the numerals 2 and 4
    set into them as pieces of their own; 第　　回国会 with 201): where a piece stands inside another's
    extent, the row reads glyph by glyph from left to right. "" when no piece does."""
    if not any(_in_blank(a, b) for a, b in zip(row, row[1:])):
        return ""
    glyphs = sorted((box[0], ch) for ln in row for span in ln.spans
                    for ch, box in zip(span.text, span.char_boxes) if not ch.isspace())
    return "".join(ch for _, ch in glyphs)


def _in_blank(a: Line, b: Line) -> bool:
    """Piece b stands inside piece a, on its baseline, where a prints only spaces."""
    if not (a.x0 < b.x0 and b.x1 <= a.x1 and abs(a.baseline - b.baseline) <= b.size / 2):
        return False
    under = [ch for span in a.spans for ch, box in zip(span.text, span.char_boxes) if box[2] > b.x0 and box[0] < b.x1]
    return bool(under) and all(ch.isspace() for ch in under)


def _letter_spaced(row: list[Line], even: float) -> bool:
    """One glyph per piece, set at even steps (内　閣　府 spread to the width of a longer name):
    one word, not names set apart."""
    glyphs = [ln for ln in row if len(ln.text.strip()) == 1]
    if len(row) < 2 or len(glyphs) < len(row) - 1:   # the last piece may carry a trailing glyph or two
        return False
    steps = [b.x0 - a.x0 for a, b in zip(row, row[1:])]
    return max(steps) - min(steps) <= even * max(ln.size for ln in row)


def is_furniture(text: str) -> bool:
    """A bare number: furniture, whatever row it stands in."""
    return bool(NUMBER.match(_unspaced(text)))


def _in_margin(ln: Line, width: float, height: float, settings: Settings) -> bool:
    """A stamp or a status tag (a label of the document as the labels pass marked it: status_labels)
    anywhere, or a bare number in the page's outer margins (page and line numbers); a digit of a date set one
    glyph per line sits inside the type area and stays."""
    if ln.label in _OUT_OF_ROWS or _runs_up(ln):
        return True
    cs = settings.cover
    outer = ln.x1 < cs.side_margin * width or ln.x0 > (1 - cs.side_margin) * width \
        or ln.y1 < settings.margins.margin * height or ln.y0 > cs.bottom_margin * height
    return outer and bool(NUMBER.match(ln.text))


def _runs_up(ln: Line) -> bool:
    """Convention (a preprint's identifier set up the left margin, arXiv:2203.00274v2 [cs.CL] 3 May 2022, in larger
    type than the title; a filing stamp turned a quarter): a line whose glyphs step UP the page — its last glyph wholly
    above its first; no script is written upward (layout._printed_across turns a page most of whose letters run so) —
    is a label set along the margin: no row of the cover, however large its type (a row gathered by its height
    would take in every line level with it)."""
    first, last = ln.spans[0].char_boxes, ln.spans[-1].char_boxes
    return bool(first) and bool(last) and last[-1][3] < first[0][1]
# an amendment's date: a 告示's (最終改正) note, or a date row closed by a revision's word (cover_row.REVISED:
# 令和8年1月11日作成 / 令和8年4月1日更新: the paper as last updated)
_AMENDED = regex.compile(rf"[(](?:最終)?改正[)]|(?:{REVISED})$")


def _beside(row: CoverRow, stamp: Line, cp: CoverPage) -> bool:
    """A row set right beside a stamp, on its line (the body's name in the stamp's other cell:
    商法部会 | 参考資料２－２): part of the stamp."""
    return row.y0 < (stamp.y0 + stamp.y1) / 2 < row.y1 and min(abs(stamp.x0 - row.x1), abs(row.x0 - stamp.x1)) \
        <= cp.piece_gap * stamp.size


def _document_date(rows: list[CoverRow], share: float) -> Dated:
    """The date of the first date row; of a stack of date rows naming the enactment and the
    amendments ((制定), (最終改正)), or the making and the revisions (…作成 / …更新, …改訂, …修正), the last
    amendment's: the text as last amended."""
    run = list(takewhile(lambda r: _date_row(r, share), rows))
    amended = [r for r in run if _AMENDED.search(_unspaced(r.text))]
    return _row_date(amended[-1] if amended else run[0], share) if run else NO_DATE


_NO_TITLE: tuple[str, int, tuple[Box, ...]] = ("", -1, ())


def _title(rows: list[CoverRow], body: float, settings: Settings) -> tuple[str, int, tuple[Box, ...]]:
    """The title (rows in the largest type, when that type is larger than the document's body
    type, and a bracketed qualifier right under them) and the index of its last row (-1: no
    title, as on a first page that is all text in body type). A row that is a date (_date_row) is the
    cover's date, never its title, whatever its size (a deck's cover drawing its title as a picture or in
    outlined letters prints its date, 2023年６月, in the largest type its text holds).
    Convention (a council member's motion typed in a spreadsheet: 議案第86号 / its title / the sentence filing it /
    the date / the addressee / the members, every row in 12 pt where the 別紙 after it is set in 11 pt): a first page
    of more than a title's rows set in one size throughout is in its own body type — its largest type names no
    title; the readers of a page in body type read it (_title_centred_alone).
    Convention (a daily figures sheet: 1　病床使用率等 in 10 pt under its as-of line in 7.7 pt): a row opening with a bare
    figure and a space before a word (CoverRow.outline) heads an outline's first section — the largest type names no
    title then."""
    largest = _largest_worded(rows, settings)
    if largest is None:
        return _NO_TITLE
    biggest, first = largest
    first = _past_part_label(rows, first, biggest, settings)
    near, most = settings.typography.near_size, settings.cover.max_title_rows
    if _in_text_type(rows, biggest, body, settings):
        return _NO_TITLE
    last, passed = _run_on(rows, first, biggest - near, body, settings)
    if last - first + 1 - len(passed) > most:
        last, passed = first, ()
    while first > 0 and last - first + 1 < most and _steps_up(rows[first - 1], rows[first], body, settings):
        first -= 1
    own = last + 1 - (last > first and _series_tag(rows[last], rows[:first]))
    picked = [i for i in _headline(rows, first, last, body, settings) or range(first, own) if i not in passed]
    if _remark(rows[picked[0]].text) or rows[picked[0]].outline:   # a remark, or an outline's first heading
        return _NO_TITLE
    return _with_rows_under(join_rows([rows[i].text for i in _braced_choice(rows, picked)]), rows,
                            max(picked[-1], last), settings, picked)


def _run_on(rows: list[CoverRow], first: int, floor: float, body: float, settings: Settings) -> tuple[int, tuple[int, ...]]:
    """The index of the title's last row, from its first, and the rows passed over on the way (_renders_above): the
    title runs on while the next row does (_title_runs_on) and no issuer stands under it (_issuer_under).
    Convention (a 公募要領's cover: the project's name, its English rendering in 12 pt, (EXAMPLE), 公 募 要 領 and
    （第１回） in 22 pt, centred one under another): a row in Latin letters alone set smaller than the title's type,
    between two rows in that type, renders the name above it in English — it is no row of the title and ends nothing;
    the title runs on to the row under it."""
    last, passed = first, []
    while last + 1 < len(rows) and not _issuer_under(rows, first, last, settings):
        nxt = last + 1
        if _renders_above(rows[nxt], rows[last], floor) and nxt + 1 < len(rows) \
                and _title_runs_on(rows[last], rows[nxt + 1], floor, body, settings):
            passed.append(nxt)
            nxt += 1
        elif not _title_runs_on(rows[last], rows[nxt], floor, body, settings):
            break
        last = nxt
    return last, tuple(passed)


def _renders_above(row: CoverRow, above: CoverRow, floor: float) -> bool:
    """A row in Latin letters alone (numbering.LATIN_TEXT), set smaller than the title's type (`floor`), under a
    title row that is not (Japanese words): the English rendering of the name over it (_run_on). Under an English
    title's row (an English version's cover: Example Measures for… / Decision on… / (Summary)) a row in
    Latin letters is no rendering: it ends the title as any smaller row does."""
    return row.size < floor and LATIN_TEXT.match(row.text) is not None and LATIN_TEXT.match(above.text) is None


def _braced_choice(rows: list[CoverRow], picked: list[int]) -> list[int]:
    """The title's rows in reading order. Convention (a 様式's title naming a choice: the items stacked in braces,
    ｛甲診療料 / 乙診療料｝, the rest of the title set right of the braces, level with the stack's middle — の施設基準に
    係る届出書添付書類): a title row standing right of where the rows over and under it end, its middle between theirs,
    and those two stacked (one over the other, overlapping across), is read after the row under it — the choice
    first, then the words that follow it. A title's rows otherwise read top to bottom."""
    out = list(picked)
    for k in range(1, len(out) - 1):
        a, b, c = rows[out[k - 1]], rows[out[k]], rows[out[k + 1]]
        if b.x0 >= max(a.x1, c.x1) and a.y0 <= b.y0 and b.y1 <= c.y1 \
                and (a.y0 + a.y1) / 2 < (b.y0 + b.y1) / 2 < (c.y0 + c.y1) / 2 and min(a.x1, c.x1) > max(a.x0, c.x0):
            out[k], out[k + 1] = out[k + 1], out[k]
    return out


def _in_text_type(rows: list[CoverRow], biggest: float, body: float, settings: Settings) -> bool:
    """The page's largest type (`biggest`) is its text's, naming no title: more than a title's rows, and that type
    no larger than the document's body or every row set in it (a page in one size throughout: _title), unless the
    page opens in display type (_display_title)."""
    one_size = all(abs(r.size - biggest) <= settings.typography.near_size for r in rows)
    return (biggest <= body + settings.typography.larger or one_size) and len(rows) > settings.cover.max_title_rows \
        and not _display_title(rows, settings)


def _dated_over_title(rows: list[CoverRow], biggest: float, settings: Settings) -> bool:
    """Convention (a deck's cover whose title is drawn — a picture, outlined letters —: 2023年6月 in 18 pt, the
    agency's name Financial / Services / Agency in 14 pt in a corner by its emblem): a cover dates its title in type
    no larger than the title's, so a date row set larger than every worded row (`biggest`, _largest_worded) says
    the title is drawn where no text holds it; the smaller rows name the issuer or caption a picture, no title."""
    share, near = settings.cover.date_share, settings.typography.near_size
    return any(r.size > biggest + near and _date_row(r, share) for r in rows)   # (the date asked of the larger rows only)


def _past_part_label(rows: list[CoverRow], first: int, biggest: float, settings: Settings) -> int:
    """Convention (a manual issued as a set of volumes, one file a volume: 第六編 alone on the cover's first row,
    the volume's title under it in the same type with a blank line between, the set listed in its first
    section): a row that is a part's or a volume's label alone (numbering.PART_LABEL_ALONE: 第N編, 第N部, no
    word after it) numbers the volume in its set — the title is the first row in the title's type under it
    (no date). So does 付録 alone over an appendix's title, the appendix of a paper printed as a file of its own.
    `first` itself when the row is no bare label or nothing in that type stands under it."""
    if not PART_LABEL_ALONE.match(_unspaced(rows[first].text)):
        return first
    floor, share = biggest - settings.typography.near_size, settings.cover.date_share
    return next((i for i in range(first + 1, len(rows)) if rows[i].size >= floor and not _date_row(rows[i], share)), first)


def _remark(text: str) -> bool:
    """Convention (a statistics sheet's head, ○○都's 患者の発生について 別紙: "◆速報値のため、今後の調査状況により、
    変動の可能性があります。" set bold in the cells' size over its tables): a row opening with a list's mark
    (numbering.HEADING_MARKS) and closing a sentence (。) is a remark on what follows — a bulleted statement, a
    caution —, never the document's title; a page whose largest type opens with one has no title in it."""
    t = _unspaced(text)
    return t[:1] in HEADING_MARKS and t.endswith(("。", "．"))


def _largest_worded(rows: list[CoverRow], settings: Settings) -> tuple[float, int] | None:
    """The largest type among the rows that are no date (_date_row: a date row is the cover's date) and
    hold a word (a row of figures alone, 166・101・1・64 — a report's key figures set large in the cells of
    its first table — titles nothing), and the index of the first row set in it; None when no row is one. The date
    (_date_row, a few patterns a row) is asked of the largest rows only, largest first: it was asked of every row of
    every cover, twice (10,934 calls over tests/real's 198 covers read so, 4% of the cover's cProfile)."""
    over, share = _over_its_table(rows), settings.cover.date_share
    worded = [(i, r) for i, r in enumerate(rows) if r.text and NO_LETTER.match(r.text) is None and not (over and r.in_table)]
    biggest = next((r.size for _, r in sorted(worded, key=lambda ir: -ir[1].size) if not _date_row(r, share)), None)
    if biggest is None:
        return None
    return biggest, next(i for i, r in worded if r.size >= biggest - settings.typography.near_size and not _date_row(r, share))


def _over_its_table(rows: list[CoverRow]) -> bool:
    """Convention (a council's schedule, 一般質問日程表: its session line and its name centred over a ruled table whose
    day cells, 12月11日 … 12月15日, are set larger than the name): the page opens with rows outside any table and a
    ruled table follows them — the cells are the table's, and their type names no title (a cover framed whole, its
    title inside a box from the first row, keeps its rows)."""
    first = next((i for i, r in enumerate(rows) if r.in_table), None)
    return first is not None and first > 0 and any(r.text.strip() for r in rows[:first])


def _words_only(row: CoverRow, cs: CoverPage, step: int) -> bool:
    """A row that can be a headline's: under its largest row (`step` 1) no date (a cover dates its title
    under it; over it, in display type, a date opens the headline: 令和３年５月２０日から / …), no label of a
    numbering system, no plan's ordinal (第２次) nor bracketed qualifier (those _with_rows_under reads)."""
    text = _unspaced(row.text)
    return not (step > 0 and _date_row(row, cs.date_share)) and match_numbering(row.text) is None \
        and not _ORDINAL.match(text) and not _qualifier(text)


def _headline(rows: list[CoverRow], first: int, last: int, body: float, settings: Settings) -> list[int]:
    """Convention (a designed leaflet's headline: 令和３年５月２０日から / 避難指示で必ず避難 / 避難勧告は廃止です in
    35, 51 and 45 pt, a small badge set beside it): the headline is the rows in display type round its
    largest (at least `headline_share` of that type and `display` ems of the body), within its block,
    the rows beside it (no letter under or over its rows) passed over; the indices of its rows ([]: none
    round first..last, or more than a title's rows); a date, a numbered row, an ordinal or a
    qualifier closes it (_words_only)."""
    cs = settings.cover
    big = rows[first].size
    x0, x1 = min(r.x0 for r in rows[first:last + 1]), max(r.x1 for r in rows[first:last + 1])
    picked = list(range(first, last + 1))
    for step, edge in ((-1, first), (1, last)):
        i, near = edge + step, rows[edge]
        while 0 <= i < len(rows) and (rows[i].x1 < x0 or rows[i].x0 > x1):   # beside the headline
            i += step
        while 0 <= i < len(rows) and rows[i].size >= max(cs.headline_share * big, cs.display * body) \
                and _in_block(*((rows[i], near) if step < 0 else (near, rows[i])), settings) and _words_only(rows[i], cs, step) \
                and not (step > 0 and _issuer_under(rows, first, i - 1, settings)):
            picked.append(i)
            near, i = rows[i], i + step
    return sorted(picked) if last - first + 1 < len(picked) <= cs.max_title_rows else []


def _title_runs_on(a: CoverRow, b: CoverRow, floor: float, body: float, settings: Settings) -> bool:
    """b, right under the title's row a, is its next row: in the largest type (at least `floor`)
    or in the type of a's title beside an emblem (_runs_beside), within the block. Convention (a
    cabinet decision's cover sheet, all in one size: 「…」について / 令和２年４月７日 / 閣議決定 / 「…」を
    別紙のとおり定める。): a row that is a date closes the title block — a cover dates its title
    under it, never inside it. Convention (a section of a guideline printed on its own, its title over
    its first heading in the same size: 第5節　… / (特許法…) / 1. 概要): a row that opens with a label of
    a numbering system (numbering.match_numbering) closes it too — a title is never numbered by the outline
    under it; nor is it run on into the contents' title (目次 under the name of a gazette's edition:
    contents.is_contents_title)."""
    return (b.size >= floor or _runs_beside(a, b, body, settings)) and _in_block(a, b, settings) \
        and not _date_row(b, settings.cover.date_share) and match_numbering(b.text) is None \
        and not is_contents_title(b.text)


def _runs_beside(a: CoverRow, b: CoverRow, body: float, settings: Settings) -> bool:
    """Convention (a chapter opener: "第4章" in an emblem, its 4 set huge, and beside it the title in
    display type over two rows): b continues a title row a whose largest glyph is not the title's
    own type — b is set in the type of one of a's pieces, larger than the body, and starts where
    that piece does."""
    near = settings.typography.near_size
    return len(a.pieces) > 1 and b.size > body + settings.typography.larger and any(
        abs(size - b.size) <= near and abs(x0 - b.x0) <= settings.cover.aligned for size, x0 in a.pieces)


def _in_block(a: CoverRow, b: CoverRow, settings: Settings) -> bool:
    """b stands in a's title block: at most `title_gap` ems under it (a Word cover spaces its
    title rows with blank lines; the issuer at the page's foot stands far further down). Convention (a
    手引き's cover: the series ○○県…申請の手引き printed between two rules drawn across the page, the
    title in larger type below): a row set between rules (_between_rules) is a band of its own — the
    series the document belongs to, or the issuer's band at the foot —, never in one block with a row
    outside it."""
    return b.y0 - a.y1 <= settings.cover.title_gap * a.size and a.banded == b.banded


class _BandRules(NamedTuple):
    """A page's rules that may draw a band line (thin, no box's side: _between_rules), sorted by their foot and by
    their top, once a page (_band_rules)."""
    by_foot: list[Rule]
    feet: list[float]
    by_top: list[Rule]
    tops: list[float]


def _band_rules(rules: list[Rule], cp: CoverPage) -> _BandRules:
    thin = [r for r in rules if not r.box and r.y1 - r.y0 <= cp.band_rule]
    by_foot, by_top = sorted(thin, key=lambda r: r.y1), sorted(thin, key=lambda r: r.y0)
    return _BandRules(by_foot, [r.y1 for r in by_foot], by_top, [r.y0 for r in by_top])


def _banded(rows: list[CoverRow], rules: list[Rule], cp: CoverPage) -> list[CoverRow]:
    """The rows, those set between two of the page's `rules` (_between_rules) made banded (most are not: as they are)."""
    bands = _band_rules(rules, cp)
    return [replace(r, banded=True) if _between_rules(r, bands, cp) else r for r in rows]


def _between_rules(row: CoverRow, bands: _BandRules, cp: CoverPage) -> bool:
    """A row framed by two horizontal rules, one over it and one under it, each within `band_gap` ems
    of its letters and drawn across its whole width (a band line; no box's side: a framed box is no
    band). Only the page's band rules (_band_rules) whose foot, or top, stands near the row's top, or foot, are
    asked — found by bisection, in a window a gap wider each side than the test's, which then decides: every row of a
    cover asked every rule of its page (1.4 M tests over tests/real's covers, 15% of the cover's cProfile)."""
    def across(r: Rule) -> bool:
        return r.x0 <= row.x0 + cp.aligned and r.x1 >= row.x1 - cp.aligned
    gap = cp.band_gap * row.size
    over = bands.by_foot[bisect_left(bands.feet, row.y0 - 2 * gap):bisect_right(bands.feet, row.y0 + gap)]
    under = bands.by_top[bisect_left(bands.tops, row.y1 - gap):bisect_right(bands.tops, row.y1 + 2 * gap)]
    return any(0 <= row.y0 - r.y1 <= gap and across(r) for r in over) \
        and any(0 <= r.y0 - row.y1 <= gap and across(r) for r in under)


def _steps_up(a: CoverRow, b: CoverRow, body: float, settings: Settings) -> bool:
    """a, right over the title's first row b, opens the title in a smaller display type (a title
    block whose sizes step: 中小企業…補助金 in 12 pt over 交付規程 in 14 pt): larger than the body,
    centred on b's axis, within the block. Convention (a gazette's masthead: 発行　内閣府（原稿作成　国立印刷局）
    over the edition's name): a row that says who publishes (発行 and an office's name) is the issuer's,
    never the title's first row."""
    return a.size > body + settings.typography.larger and abs(a.x0 + a.x1 - b.x0 - b.x1) <= 2 * settings.cover.aligned \
        and _in_block(a, b, settings) and not _PUBLISHER.match(_unspaced(a.text))


def _commonest_size(rows: list[CoverRow]) -> float:
    """The size most of these rows' letters are set in (not the body type: the rows under an
    ordinal, to tell whether it is set in display type over them)."""
    weight: dict[float, int] = {}
    for r in rows:
        weight[r.size] = weight.get(r.size, 0) + len(r.text)
    return max(weight, key=lambda k: weight[k])


def _with_rows_under(title: str, rows: list[CoverRow], last: int, settings: Settings,
                     picked: list[int]) -> tuple[str, int, tuple[Box, ...]]:
    """The title with a bracketed qualifier set right under it (（第1.0版）), and the plan's ordinal
    under that in display type (第２次, read first: larger than the rows under it), the index of its
    last row, and the indices of the rows it was read from (`picked`, and those two)."""
    used = list(picked)
    if last + 1 < len(rows) and _qualifier(q := _unspaced(rows[last + 1].text)) and not _day_scope(rows[last + 1]) \
            and not _UNIT.match(q) and not _article_caption(rows, last + 1):
        last += 1
        title += _unspaced(rows[last].text)
        used.append(last)
    if last + 1 < len(rows) and _ORDINAL.match(_unspaced(rows[last + 1].text)) \
            and rows[last + 1].size > _commonest_size(rows[last + 2:] or rows) + settings.typography.larger:
        last += 1
        title = _unspaced(rows[last].text) + title
        used.append(last)
    return unspace_letterspaced(title), last, pieces_at([rows[i] for i in used])


_ORDINAL = regex.compile(r"^第[0-9０-９一二三四五六七八九十]+[次期]$")   # 第２次: the plan's ordinal, read first


def _article_caption(rows: list[CoverRow], k: int) -> bool:
    """Convention (a 要綱 whose first article stands right under its title: …設置要綱 / （趣旨） / 第１条 この要綱は…):
    a bracketed row right over a row that opens an article (第Ｎ条, its number run into its text or not) is that
    article's caption, never a qualifier of the title over it."""
    return k + 1 < len(rows) and _opens_article(rows[k + 1])


def _opens_article(row: CoverRow) -> bool:
    """The row opens an article: 第Ｎ条, its number run into its text or not (ARTICLE, GLUED_ARTICLE)."""
    s = fold_width(_unspaced(row.text))
    return ARTICLE.match(s) is not None or GLUED_ARTICLE.match(s) is not None


def _display_title(rows: list[CoverRow], settings: Settings) -> bool:
    """A cover in display type (a slide deck's): the page opens with a few rows in its largest
    type over rows in a smaller one, though the largest holds the most letters."""
    biggest, near = max(r.size for r in rows), settings.typography.near_size
    big = [i for i, r in enumerate(rows) if r.size >= biggest - near]
    return big == list(range(len(big))) and len(big) <= settings.cover.max_title_rows \
        and all(r.size < biggest - settings.typography.larger for r in rows[len(big):])


def _series_tag(row: CoverRow, above: list[CoverRow]) -> bool:
    """A bracketed row closing the title that repeats the series named in a row above it (…ディスカッ
    ションペーパー over the title, （ディスカッションペーパー） under it): a tag, not the title's."""
    m = regex.match(r"^[(]([^()]{2,})[)]$", _unspaced(row.text))
    return bool(m) and any(m.group(1) in _unspaced(r.text) for r in above)


def _title_in_body_type(rows: list[CoverRow], settings: Settings) -> tuple[str, int, tuple[Box, ...]]:
    """A first page set in one size throughout: the title is the row(s) above the date that
    opens the page (a date among its first rows), when they name no part of an outline; a date
    closing a row there (date_closing_row) closes the title's row (_title_dated_on_its_row).
    Convention (a circular typed in one size: No.11 / 回覧 over its date): rows over the date holding the circulation
    stamp are the circular's head, no title — its subject under the head is (_circular)."""
    top = rows[:settings.cover.max_title_rows + 1]
    at = next((i for i, r in enumerate(top) if _date_row(r, settings.cover.date_share) or date_closing_row(r.text)), None)
    if at is not None and not _date_row(rows[at], settings.cover.date_share):
        return _title_dated_on_its_row(rows, at, settings)
    if not at:
        return _NO_TITLE
    start = _off_the_axis(rows[:at], rows[at], settings)
    texts = _rows_over_date(rows, start, at, settings)
    if any(_NOT_A_NAME.match(_unspaced(t)) or _SENTENCE.search(t) and
           t.rstrip().endswith(("。", "．")) or _CIRCULATED.match(_unspaced(t)) for t in texts):
        return _NO_TITLE
    return unspace_letterspaced(join_rows(texts)), at - 1, pieces_at(rows[start:start + len(texts)])


def _rows_over_date(rows: list[CoverRow], start: int, at: int, settings: Settings) -> list[str]:
    """The texts of the rows start..at-1 over the date that opens the page (rows[at]) that may name the title: a listed
    name's mark out, a field's caption over the date (_caption_over_value) and an announcing formula out."""
    texts = [r.text for r in rows[start:at]]
    if at == 1:   # a name listed with its mark over its dates (官報: ○名称 / 平成９年…（告示第N号）)
        texts[0] = LISTED_MARK.sub("", texts[0])
    if len(texts) > 1 and _caption_over_value(rows[at - 2], rows[at - 1], rows[at], settings):
        texts.pop()   # a record's field caption over the date, its value (１ 開催日時 / 令和５年６月６日…)
    while len(texts) > 1 and _ANNOUNCES.match(_unspaced(texts[-1])):
        texts.pop()   # a public notice's announcing formula under its name (一般競争入札公告 / 次のとおり…付します。)
    return texts


def _caption_over_value(above: CoverRow, row: CoverRow, value: CoverRow, settings: Settings) -> bool:
    """Convention (minutes typed in one size: the meeting's name centred on top, then the record's fields — "１ 開催日時"
    at the text's left edge, its value "令和５年６月６日（火）…" set in under it by a character, "２ 場所" over the
    venue …): a row the date under it is set in from (by CoverPage.value_set_in to value_set_in_most), shorter than that date's row and not
    starting where the row above it starts, is the field's caption — no row of the title above it (a title's wrap,
    …条 / 例 over a bill's filing line set in, continues from the title's own start)."""
    least, most = settings.cover.value_set_in, settings.cover.value_set_in_most
    return least * row.size <= value.x0 - row.x0 <= most * row.size and row.x1 < value.x1 \
        and abs(row.x0 - above.x0) > settings.cover.aligned


# Convention (a paper dated on its title's row: "… and Recommendations (May 4, 2020)", …について（令和２年５月４日）):
# a bracketed date closing a row of the cover's title is the document's date, no word of its title
_CLOSING_DATE = regex.compile(rf"\s*[(（]\s*({DATE.pattern})\s*[)）]\s*$")


def date_closing_row(text: str) -> str:
    """The date (ISO) a bracketed date closing the text prints (_CLOSING_DATE), "" when none closes it."""
    return _closing_dated(text).iso


def _closing_dated(text: str) -> Dated:
    """The bracketed date closing the text (_CLOSING_DATE), NO_DATE when none closes it."""
    m = _CLOSING_DATE.search(text)
    iso = (to_iso(m.group(1)) or "") if m else ""
    return Dated(iso, _printed(m.group(1))) if iso else NO_DATE


def _undated(title: str) -> str:
    """The title without the bracketed date closing its row (_CLOSING_DATE: the document's date)."""
    return _CLOSING_DATE.sub("", title)


def _title_dated_on_its_row(rows: list[CoverRow], at: int, settings: Settings) -> tuple[str, int, tuple[Box, ...]]:
    """The title whose row `at` closes with its date (_CLOSING_DATE): that row, and the rows right over it
    it wraps from — a wrapped title's earlier row is stacked over it and wider (it was broken where the
    measure was full); a narrower row over it ended short, a line of its own (the body that issues the
    paper, "Expert Meeting on …"). None of them a sentence or part of an outline."""
    first = at
    while first > 0 and at - first + 1 < settings.cover.max_title_rows \
            and _stacked(rows[first - 1], rows[first], settings) \
            and rows[first - 1].x1 - rows[first - 1].x0 > rows[first].x1 - rows[first].x0:
        first -= 1
    texts = [r.text for r in rows[first:at + 1]]
    if any(_NOT_A_NAME.match(_unspaced(t)) or _SENTENCE.search(t) and t.rstrip().endswith(("。", "．"))
           or _LATIN_SENTENCE_END.search(t) for t in texts):
        return _NO_TITLE
    return unspace_letterspaced(join_rows(texts)), at, pieces_at(rows[first:at + 1])


def _off_the_axis(above: list[CoverRow], date: CoverRow, settings: Settings) -> int:
    """How many of the rows above the date, from the top, stand off the axis the rows under them share
    with the date. Convention (an English version's first page, all in body type: "Expert Meeting on …"
    flush left, then the title centred over its centred date "(April 1, 2020)"): a title is centred as
    the date set under it; a row over it at the margin heads the page (the body that issues it) and is
    no part of the title. None is passed when no row or every row stands off the axis.
    Convention (a council bill in one size: its title running to the text's right edge and wrapping onto a short row
    from the same left edge, the filing line set in by a character under it, its centre falling on the short row's): a
    row's wrap (_wraps_onto) is on the axis of the row it wraps from — the centring is the wrap's by chance — so the
    rows it wraps from are passed with it."""
    axis, near = date.x0 + date.x1, 2 * settings.cover.centred * date.size
    on = [abs(r.x0 + r.x1 - axis) <= near for r in above]
    k = next((i for i, o in enumerate(on) if o), len(on))
    if k >= len(on) or not all(on[k:]):
        return 0
    while k > 0 and _wraps_onto(above[k - 1], above[k], date, settings):
        k -= 1
    return k


def _wraps_onto(above: CoverRow, row: CoverRow, date: CoverRow, settings: Settings) -> bool:
    """`row` is the wrap of `above` over the date under them: in its type, from its left edge, shorter, and no further
    under it than the date is under `row` (a page typed with wide line spacing sets its rows that far apart:
    CoverPage.stacked_gap at least)."""
    gap = row.y0 - above.y1
    return abs(row.x0 - above.x0) <= settings.cover.aligned and row.x1 < above.x1 \
        and abs(row.size - above.size) <= settings.typography.near_size \
        and 0 < gap <= max(settings.cover.stacked_gap * above.size, date.y0 - row.y1 + settings.cover.aligned)


# Convention of a public notice (公告): its name on the first row, then the formula that announces it
# (次のとおり一般競争入札に付します。 / 下記のとおり公告する。), then its date — the formula is no part of the name
_ANNOUNCES = regex.compile(r"^(?:次|下記|以下|左記)のとおり.{0,40}[。．]$")


# a date left blank to fill in, alone on its row, white space out (令和　年　月　日 → 令和年月日): a cover row's text may
# hold no blank between 年, 月 and 日 (a form's 年　　月　　日 row reads 年月日 there), so it is read unspaced —
# numbering.FORM_BLANK, which asks for the typed blanks on a line, cannot stand for it
_BLANK_DAY = regex.compile(rf"^(?:{'|'.join(ERAS)})?年月日$")


def _title_over_table(rows: list[CoverRow], table_top: float | None, settings: Settings) -> tuple[str, int, tuple[Box, ...]]:
    """A document that opens with its table (an amendment comparison table, 新旧対照表; a list),
    its first page in body type and dated nowhere above the table: the title is the row(s) set
    over the table, when they are a few and none is a sentence, a date or part of an outline.
    `table_top`: the top of the first page's first ruled table (None: no table).
    Convention (a blank form: 別紙様式１ — a stamp — over its centred title, and under it at the right the date left
    blank to fill in, 年　月　日, then the ruled grid of fields): the blank date (_BLANK_DAY) is the form's, no row of
    its title — the title ends over it."""
    if table_top is None:
        return _NO_TITLE
    above = [r for r in rows if r.y1 <= table_top]
    blank = next((k for k, r in enumerate(above) if k and _BLANK_DAY.match(_unspaced(r.text))), None)
    above = above[:blank] if blank is not None else above
    if not above or len(above) > settings.cover.max_title_rows or rows[:len(above)] != above:
        return _NO_TITLE
    above = _before_labelled_blank(above)
    for r in above:
        s = _unspaced(r.text)
        if _NOT_A_NAME.match(s) or _SENTENCE.search(r.text) or _date_row(r, settings.cover.date_share):
            return _NO_TITLE
    named = _before_blank(above, settings)
    return _MARKS_NOTE.sub("", unspace_letterspaced(_named(named))), len(named) - 1, _naming(named)


# a date left blank to fill in, labelled and bracketed, the last piece of a row (white space out: (記入日：　年　月　日）)
_LABELLED_BLANK_DAY = regex.compile(rf"^[(（][^()（）:：]{{1,8}}[:：](?:{'|'.join(ERAS)})?年月日[)）]$")


def _before_labelled_blank(rows: list[CoverRow]) -> list[CoverRow]:
    """Convention (a blank form whose title shares its row with the date left blank to fill in, labelled and bracketed
    at the right: ○○計画書　初回用 … (記入日：　年　月　日)): the labelled blank date (_LABELLED_BLANK_DAY, the row's last
    piece, after another) is the form's, no word of its title — the title ends before it, on that row; the rows under
    it are the form's fields."""
    for k, r in enumerate(rows):
        if len(r.words) > 1 and _LABELLED_BLANK_DAY.match(_unspaced(r.words[-1])):
            kept = r.words[:-1]
            row = replace(r, text="・".join(kept) if r.apart else "".join(kept), words=kept, boxes=r.boxes[:-1],
                          pieces=r.pieces[:-1], x1=r.boxes[-2][2] if len(r.boxes) > 1 else r.x1,
                          apart=r.apart and len(kept) > 1)
            return rows[:k] + [row]
    return rows


def _named(rows: list[CoverRow]) -> str:
    """The title the rows print, but a row naming the day the figures run to (_day_scope)."""
    return "".join(r.text for r in rows if not _day_scope(r))


def _naming(rows: list[CoverRow]) -> tuple[Box, ...]:
    """The pieces of the rows _named reads the title from."""
    return pieces_at([r for r in rows if not _day_scope(r)])


def _qualifier(text: str) -> bool:
    """A row wholly bracketed, short (numbering.wholly_bracketed, at most QUALIFIER_LETTERS): a title's qualifier
    ((第1.0版), (一般選抜)), as _with_rows_under, _with_qualifier, _day_scope and _words_only read it."""
    return wholly_bracketed(text, most=QUALIFIER_LETTERS)


def _day_scope(row: CoverRow) -> bool:
    """A bracketed row naming a day (_DAY_SCOPE: （８月１５日までの貸付状況）): the figures' scope, not the title's."""
    q = _unspaced(row.text)
    return _qualifier(q) and _DAY_SCOPE.search(q) is not None


# Convention of 新旧対照表: a reading note on the marks that closes the title's row ((傍線部分は改訂部分),
# (下線の部分は改正部分)) says how to read the table, no part of its name
_MARKS_NOTE = regex.compile(r"\s*[（(](?:傍線|下線|網掛け|太字)[^（）()]{0,20}[）)]\s*$")


def _before_blank(rows: list[CoverRow], settings: Settings) -> list[CoverRow]:
    """Convention of 新旧対照表: over the table its title, then after a blank line the name of the text it
    compares (中小企業省力化投資補助事業 公募要領 over 改訂後 | 現行) — the rows up to the first blank line
    (a gap of `blank_under_title` or more) are the title."""
    for k in range(1, len(rows)):
        if rows[k].y0 - rows[k - 1].y1 >= settings.cover.blank_under_title * rows[k - 1].size:
            return rows[:k]
    return rows


def _title_in_heading_face(rows: list[CoverRow], body_font: str, settings: Settings) -> tuple[str, int, tuple[Box, ...]]:
    """A first page set in the body's size throughout, no date on top (an attachment's excerpt of a
    statute in 游明朝, its title in ＭＳ ゴシック): the title is the rows at the top set in another typeface
    than the body's, before the first row in the body's, when they are a few and none is a sentence,
    a date or part of an outline. A bracketed row among them (（Model Law on …：…モデル法）, the name it
    abbreviates spelled out) glosses the title, no part of it: the title ends above it. The last of two or more such
    rows, right over an article, names the law the articles are of (_over_first_article): no row of the title."""
    top = list(takewhile(lambda r: bool(body_font) and another_typeface(r.font, body_font), rows))
    if not top or len(top) == len(rows) or len(top) > settings.cover.max_title_rows:
        return _NO_TITLE
    for r in top:
        if _NOT_A_NAME.match(_unspaced(r.text)) or _SENTENCE.search(r.text) or _date_row(r, settings.cover.date_share):
            return _NO_TITLE
    own = list(takewhile(lambda r: not _GLOSS.match(_unspaced(r.text)), top))
    if len(own) > 1 and _over_first_article(rows, len(own) - 1):
        own.pop()
    if not own:
        return _NO_TITLE
    return unspace_letterspaced(join_rows([r.text for r in own])), len(own) - 1, pieces_at(own)


def _over_first_article(rows: list[CoverRow], k: int) -> bool:
    """Convention (a standard's page of the provisions it applies: ＜関連規定＞ / 特許法 / (特許の要件) / 第29条 …, every row
    in Gothic but the articles): a row under the title's right over an article — over its caption in brackets over
    第Ｎ条, or over the row 第Ｎ条 opens — names the law whose articles follow (the flow's heading of them), no row of
    the title. Its words are a name as numbering.law_name_words reads one, the test the flow's article_headings.law_name
    asks of a line (the cover reads rows before the flow's lines and roles exist, so what stands under the name each
    reads of its own records)."""
    if k + 1 >= len(rows) or not law_name_words(fold_width(clean(rows[k].text)).strip()):
        return False
    return _opens_article(rows[k + 1]) or (ARTICLE_CAPTION.match(fold_width(_unspaced(rows[k + 1].text))) is not None
                                           and _article_caption(rows, k + 1))


def _title_centred_alone(rows: list[CoverRow], settings: Settings) -> tuple[str, int, tuple[Box, ...]]:
    """A first page set in the body's size and face throughout, no date on top (a policy, a rule
    printed from Word with its name centred over the text): the title is the row(s) at the top
    centred on the text below them, clear of its edges, with a blank line or more under them
    before the text — when they are a few and none is a sentence, a date, a part of an outline
    or an attachment's label. Convention (a programme's attachment typed in one size: 【別紙５】北野販売の考え方について
    centred over its text): the label in brackets opening the row of the name it labels (numbering.LABEL_OPENING) is
    no attachment's label alone — the row is the title, the label taken off it after (_label_off_title)."""
    cp = settings.cover
    if len(rows) < 2:
        return _NO_TITLE
    last = 0
    while last + 1 < min(len(rows), cp.max_title_rows) and _stacked(rows[last], rows[last + 1], settings) \
            and _centred_or_wrapped(rows, last + 1, rows[last + 2:], settings):
        last += 1
    text = rows[last + 1:]
    if not text or not all(_centred_or_wrapped(rows, k, text, settings) for k in range(last + 1)) \
            or text[0].y0 - rows[last].y1 < cp.blank_under_title * rows[last].size:
        return _NO_TITLE
    if not all(_name_alone(r, settings, labelled=True) for r in rows[:last + 1]):
        return _NO_TITLE
    return unspace_letterspaced(_named(rows[:last + 1])), last, _naming(rows[:last + 1])


def _name_alone(row: CoverRow, settings: Settings, labelled: bool = False) -> bool:
    """The row can be a title's name set in the body's type: no outline's or list's row (_NOT_A_NAME), no attachment's
    label (_APPENDIX; `labelled`: but one opening its name's row, LABEL_OPENING), no sentence, no date, no longer than
    a body's name (`max_issuer`). The one test of such a row (_title_centred_alone, _rule_over_its_articles)."""
    s = _unspaced(row.text)
    return not (_NOT_A_NAME.match(s) or _APPENDIX.match(s) and not (labelled and LABEL_OPENING.match(s))
                or _SENTENCE.search(row.text) or _date_row(row, settings.cover.date_share) or len(s) > settings.cover.max_issuer)


def _rule_over_its_articles(rows: list[CoverRow], settings: Settings) -> tuple[str, int, tuple[Box, ...]]:
    """Convention (a 要綱 or 規則 as a town's 例規 page prints it, every row in one size and face: ○○町○○補助金要綱,
    indented but not centred, then （趣旨） / 第１条 この要綱は… with no blank line between): the page's first row, when it
    names the rule whose articles follow right under it (_over_first_article: its caption over 第Ｎ条, or the row 第Ｎ条
    opens) and is no sentence, date, outline's row or attachment's label, is the paper's title — the articles are its
    own. Read after every other reader: a name under a title in its own type is the law quoted (_title_in_heading_face)."""
    if not rows or not _over_first_article(rows, 0) or not _name_alone(rows[0], settings):
        return _NO_TITLE
    return unspace_letterspaced(_named(rows[:1])), 0, _naming(rows[:1])


# Convention (a petition typed in one size: 件名 alone on its first row, the subject under it, then 紹介議員 and 請願理由 over
# their own values): the caption naming the paper's subject (its spaces out)
_SUBJECT_CAPTION = regex.compile(r"^(?:件名|題名|標題|表題)$")


def _captioned_subject(rows: list[CoverRow], settings: Settings) -> tuple[str, int, tuple[Box, ...]]:
    """Convention (a petition typed in one size: 件名 alone on the first row, its subject set in under it on a row
    running to the text's right edge and wrapping back to the margin, …について, then 紹介議員 over the members
    introducing it): the subject under its caption (_SUBJECT_CAPTION) is the paper's title — the row right under the
    caption and the rows it wraps onto (_runs_on_under: each row over them reaching the text's right edge), up to
    `max_title_rows`, when none is a date or closes a sentence (。: a subject holds 、). Read last: a title any other reader finds is the paper's own."""
    if len(rows) < 2 or not _SUBJECT_CAPTION.match(_unspaced(rows[0].text)):
        return _NO_TITLE
    right = max(r.x1 for r in rows)
    last = 1
    while last + 1 < min(len(rows), settings.cover.max_title_rows + 1) \
            and _runs_on_under(rows[last], rows[last + 1], right, settings):
        last += 1
    value = rows[1:last + 1]
    if any(_date_row(r, settings.cover.date_share) or r.text.rstrip().endswith(("。", "．")) for r in value) \
            or not _runs_on_under(rows[0], rows[1], float("inf"), settings, caption=True):
        return _NO_TITLE
    return join_rows([r.text for r in value]), last, pieces_at(value)


def _runs_on_under(above: CoverRow, row: CoverRow, right: float, settings: Settings, caption: bool = False) -> bool:
    """`row` is set right under `above` in its type (at most CoverPage.stacked_gap ems below it) and `above` reaches
    the text's right edge `right` (within a character): the text runs on from `above` to `row`. With `caption`, `row`
    is the caption's value instead: under it, set in from it or level with it, the edge not asked."""
    stacked = abs(above.size - row.size) <= settings.typography.near_size and above.y0 < row.y0 \
        and row.y0 - above.y1 <= settings.cover.stacked_gap * above.size
    if caption:
        return stacked and row.x0 >= above.x0 - settings.cover.aligned
    return stacked and above.x1 >= right - above.size


def _part_printed_alone(rows: list[CoverRow], body: float, settings: Settings) -> tuple[str, int, tuple[Box, ...]]:
    """Convention (a statute's or a 告示's schedule issued part by part, one file a part: 診療報酬点数表's
    "第10部　手術" over its 通則, all in the body's type): a first page set in one size whose first row holds
    only a part's label (第N部, 第N編) and its short title, no sentence, is that part printed alone — the part
    is the file's title; so it is under its chapter's label and name on the row over it (第２章　特掲料 / 第１部　管理等:
    numbering.CHAPTER_ROW, the part's place). So is a statute's schedule printed alone (別表第二 / 歯科診療報酬点数表 / ［目次］ …): its label alone
    on the first row (numbering.SCHEDULE_ALONE) places it, the next row, its name, is the title.
    Convention (a fee schedule's chapter printed as a file of its own: 第３章　北野施設入所者に係る診療料 over its
    通則's text, its parts later on the page): a chapter after the first whose label and name open the first row, the
    text under it, is that chapter printed alone — its row is the file's title (_chapter_alone; a first chapter
    opens a whole text's body, 第１章　総則, no file of its own)."""
    if not rows or any(abs(r.size - body) > settings.typography.larger for r in rows):
        return _NO_TITLE
    if SCHEDULE_ALONE.match(_unspaced(rows[0].text)) and len(rows) > 1:
        name = _unspaced(rows[1].text)
        if _SENTENCE.search(rows[1].text) or _NOT_A_NAME.match(name) or len(name) > settings.cover.max_issuer:
            return _NO_TITLE
        return rows[1].text.strip(), 1, rows[1].boxes
    at = int(len(rows) > 1 and CHAPTER_ROW.match(_unspaced(rows[0].text)) is not None)   # the part under its chapter's row
    if at and not PART_ROW.match(_unspaced(rows[1].text)) and _chapter_alone(rows[0], settings):
        return rows[0].text.strip(), 0, rows[0].boxes
    s = _unspaced(rows[at].text)
    if not PART_ROW.match(s) or _SENTENCE.search(rows[at].text) or len(s) > settings.cover.max_issuer:
        return _NO_TITLE
    return rows[at].text.strip(), at, rows[at].boxes


def _chapter_alone(row: CoverRow, settings: Settings) -> bool:
    """The row holds a chapter's label (numbering's 第N章) numbered past the first and its short name, no sentence
    (_part_printed_alone)."""
    numbered = match_numbering(row.text)
    if numbered is None or numbered[0] != "chapter_kanji" or not numbered[3]:
        return False
    number = kanji_to_int(_unspaced(numbered[2]).strip("第章"))
    return number is not None and number > 1 and not _SENTENCE.search(row.text) \
        and len(_unspaced(row.text)) <= settings.cover.max_issuer


def _bill_titled(rows: list[CoverRow], paper: bool, settings: Settings) -> tuple[str, int, tuple[Box, ...]]:
    """Convention (a council's bill set out on one page in one size: 議案第１号 at the top left — a stamp, read out of
    the rows —, its title set in from the text's edge, the articles, then the filing line 令和４年６月１０日提出 and the
    mayor signing under it): on a page printing a council paper's number (`paper`, labels.PAPER_LABEL) and its filing
    line (a date closed by 提出 alone on its row, cover_row.filing_row), the first row is the bill's title — when it
    is a name row (cover_row._name_row: no sentence, no date, no outline's part, no note or number, no longer than
    `max_issuer`)."""
    if not paper or len(rows) < 2 or not any(filing_row(r) for r in rows[1:]):
        return _NO_TITLE
    first = rows[0]
    if not _name_row(first, settings, settings.cover.max_issuer):
        return _NO_TITLE
    return first.text.strip(), 0, first.boxes


def _centred_or_wrapped(rows: list[CoverRow], k: int, text: list[CoverRow], settings: Settings) -> bool:
    """rows[k] stands centred over `text`, or is the wrap of the row over it (_wrapped_under)."""
    return _centred_over(rows[k], text, settings.cover) or (k > 0 and _wrapped_under(rows[k - 1], rows[k], settings))


def _wrapped_under(above: CoverRow, row: CoverRow, settings: Settings) -> bool:
    """Convention (a council's 意見書 titled in two rows set in over its text: 安全性が確認できるまで…接種の centred, its wrap
    中止を求める意見書 under it from the same left edge): a shorter row stacked under a title's row and starting where it
    starts is that row's wrap, the title's too, centred or not."""
    return abs(row.x0 - above.x0) <= settings.cover.aligned and row.x1 < above.x1 and _stacked(above, row, settings)


def _centred_over(row: CoverRow, text: list[CoverRow], cp: CoverPage) -> bool:
    """The row stands centred on the text's column (its axis within `centred` ems of the column's),
    clear of both its edges by `clear_of_edges` ems."""
    if not text:
        return False
    left, right = min(r.x0 for r in text), max(r.x1 for r in text)
    em = row.size
    return abs(row.x0 + row.x1 - left - right) <= 2 * cp.centred * em \
        and row.x0 - left >= cp.clear_of_edges * em and right - row.x1 >= cp.clear_of_edges * em


def _role(title: str, rows: list[CoverRow]) -> str:
    """appendix when the title names 別紙 or a row at the top opens with it (a reference to
    one, → 別紙１ in the text, is none; a form's number set as an attachment, read out of the rows as a stamp, makes the
    file an appendix too: _stamped_appendix); overview for a 概要 or 参考資料."""
    compact = _unspaced(title)
    if "別紙" in compact or any(_APPENDIX.match(_unspaced(r.text)) for r in rows[:8]):
        return "appendix"
    if any(w in compact for w in ("概要", "参考資料", "説明資料")):
        return "overview"
    return "main"


def _page_rows(page: Page, settings: Settings, body: float, grids: list[TableGrid]) -> list[CoverRow]:
    """A page's visual rows, stamps, the rows set beside them, side notes and margin numbers out. Convention (a
    chapter or a section opening mid-page in a book set in columns, its title beside the other column's
    running text): a row stays in its column (reading_order.gutters, of the page's text in the
    document's body type `body`), the columns read in turn; lines across a gutter are read with the first.
    Convention (a notice sent on as a copy, the copy mark 写 in its circle drawn at the top left by a stamp annotation;
    a reader's FreeText note): an annotation's words (Line.annotation, as the layout marks them) are not the page's own
    text — no row of the cover, as the flow takes them out (furniture._off_the_page). `grids`: the page's ruled
    tables (_grids: the first page's say where its first table starts too, _table_top)."""
    strip = margin_strips(page.lines, page, settings.margins)   # a gazette's strip down the side: furniture
    lines = [ln for ln in _worded(page.lines, settings, body) if not _in_margin(ln, page.width, page.height, settings)
             and id(ln) not in strip and not ln.annotation]
    lines = _off_side_notes(lines, page, settings, body)
    stamps = [ln for ln in page.lines if ln.label in (STAMP_LABEL, PAPER_LABEL)]
    boxes = [g.bbox for g in grids]
    # the columns as page_flow._page_gutters reads them: those the column rules draw (a gazette's), on a page
    # with no ruled table (a table's rules part no columns: a comparison table's sides under its title)
    cuts = (ruled_gutters(lines, page.rules, body, settings.columns) if not boxes else []) \
        or gutters(lines, body, settings.columns, settings.typography.main_text_share)
    rows = _banded(cover_rows(lines, settings.cover, cuts, boxes), page.rules, settings.cover)
    if _split_at_a_gutter(rows, lines, cuts, boxes, settings.cover):   # the columns read in turn
        rows.sort(key=lambda r: (_column_of(r, cuts), r.y0))
    return [r for r in rows if not is_furniture(r.text) and not any(_beside(r, st, settings.cover) for st in stamps)]


def _split_at_a_gutter(rows: list[CoverRow], lines: list[Line], cuts: list[tuple[float, float]],
                       boxes: list[tuple[float, float, float, float]], cp: CoverPage) -> bool:
    """A row of the page split at a gutter: its rows read with the gutters `cuts` (_page_rows) more than without.
    They are read again without them only where there are some — with none, cover_rows reads the same rows (they
    were read twice on every page, of every cover)."""
    return bool(cuts) and len(rows) > len(cover_rows(lines, cp, boxes=boxes))


def _off_side_notes(lines: list[Line], page: Page, settings: Settings, body: float) -> list[Line]:
    """`lines` less the side notes (reading_order.side_note_gutters, in_side_margin, as the flow marks them). Convention
    (an examination guideline's chapter: its HB附属書A / HB附属書B cross-references boxed in small type in the outer
    margin, level with the chapter's title centred on two rows, 第1章 … / (特許法第29条第1項柱書)): a side note is no
    row of the cover — set between the title's two rows, it would part them."""
    share = settings.typography.main_text_share
    sides = side_note_gutters(lines, page.rules, body, settings.columns, share)
    return [ln for ln in lines if not in_side_margin(ln.x0, ln.x1, ln.size, sides, body * share, page.width)]


def _worded(lines: list[Line], settings: Settings, body: float) -> list[Line]:
    """The lines that can be read into the cover's rows. Convention (a designed leaflet's headline,
    its kanji glossed with ruby, the level numbers 5 4 3 set huge behind its boxes): ruby
    (furniture.ruby_lines) is no row of the title, and display numerals — single digits spaced apart
    alone on their line in display type, `display` ems of the body (numbering.DISPLAY_NUMERAL) — hold
    no words: neither is the largest type of a title, nor joins the rows it stands behind into one."""
    glosses = {id(ln) for ln, _ in ruby_lines(lines, settings.margins)}
    return [ln for ln in lines if id(ln) not in glosses and not _badge_numeral(ln, lines)
            and not (DISPLAY_NUMERAL.match(ln.text) and ln.size >= settings.cover.display * body)]


def _badge_numeral(ln: Line, lines: list[Line]) -> bool:
    """Convention (a leaflet's badge, 警戒レベル over a huge ４, beside its headline): one digit alone on its
    line, set larger than a line of words right over it (touching it) whose width holds it, is that
    label's numeral — no piece of the row it stands level with."""
    return bool(DIGIT_ALONE.match(ln.text)) and any(
        lb is not ln and lb.size < ln.size and lb.x0 <= ln.x0 and ln.x1 <= lb.x1 and (lb.y0 + lb.y1) / 2 < ln.y0 <= lb.y1
        and not DIGIT_ALONE.match(lb.text) for lb in lines)


def _column_of(row: CoverRow, cuts: list[tuple[float, float]]) -> int:
    """The column a row stands in, a row across a gutter read with the first."""
    return sum((row.x0 + row.x1) / 2 > (a + b) / 2 and row.x0 >= b for a, b in cuts)


def read_cover(doc: SourceDoc, settings: Settings = DEFAULT) -> Cover:
    """The document's cover from its first page: a notice's subject line (_notice), else the title
    by the readers _cover_title tries in order, with its date and issuer (_cover_of); a title set as
    a picture is then named by the PDF's own title (_pictured)."""
    page = doc.pages[0] if doc.pages else None
    settings = _as_scanned(page, settings)
    body, body_font = document_body(doc, settings.typography)
    grids = _grids(page, settings)
    rows = _page_rows(page, settings, body, grids) if page else []
    labels = status_labels(page.lines if page else [], rows)
    labels_at = _labels_at(page.lines if page else [], rows)
    rows = [r for r in rows if _unspaced(r.text) not in labels]
    if not rows:
        return Cover("", "", "", "", "main", labels=labels, labels_at=labels_at)
    # the page after the cover: the first that prints anything (a blank verso behind a printed cover is none)
    after = next((head for p in doc.pages[1:] if (head := _page_rows(p, settings, body, _grids(p, settings)))), [])
    opening = _opening(after, settings)
    placed, named = _off_running_place(rows, page, body, settings, doc)
    paper = _paper_numbered(page)
    cover = _notice(placed, settings, paper) or _letter(placed, settings) \
        or _cover_of(placed, body, settings, opening, _table_top(grids), body_font,
                     _filing_line(after, settings.cover.date_share), paper)
    cover = _named_by_place(_circular(placed, cover, settings, _circulation_stamped(page)) if not cover.title else cover, named)
    cover = _label_off_title(replace(_dated_cover(cover, page, placed, body, settings, doc.pages[1:]), labels=labels,
                                     labels_at=labels_at,
                                     crumbs=tuple(_trail(rows, settings.cover)[1])))
    cover = _running_head_of_title(cover, rows, page, settings)
    if _numbered_first_slide(doc, body, settings):
        return replace(cover, title="", title_at=())
    if page is not None and _title_pictured(page, rows, settings.cover):
        cover = _pictured(cover, doc, rows, settings)
    issuer = read_issuer(cover, doc, rows, after, body, settings)   # extractors.issuer's chain, step 2
    cover = _stamped_appendix(cover, page)
    return replace(cover, issuer=issuer, issuer_at=_issuer_at(rows, issuer, cover.title_at), booklet=_booklet_cover(rows))


def _stamped_appendix(cover: Cover, page: Page | None) -> Cover:
    """The cover an appendix where its rows named none (_role: main) and its page prints a stamp numbering a form set
    as an attachment (_stamped)."""
    return replace(cover, role="appendix") if cover.role == "main" and _stamped(page) else cover


def _stamped(page: Page | None) -> bool:
    """Convention (a form's number set as an attachment, （別紙様式54）, at the page's top right): the page prints a stamp
    (labels.STAMP_LABEL: read out of the cover's rows) numbering such a form (_ATTACHED_FORM, a 別紙 label: _APPENDIX) —
    the file is that attachment; other stamps (資料２, a bill's 別紙 at the top right) make it none."""
    return page is not None and any(ln.label == STAMP_LABEL and _ATTACHED_FORM.match(_unspaced(ln.text)) for ln in page.lines)


def _circulation_stamped(page: Page | None) -> bool:
    """The page prints the circulation stamp (回覧, 供覧) read as a stamp (labels.STAMP_LABEL: out of the cover's rows)."""
    return page is not None and any(ln.label == STAMP_LABEL and _CIRCULATED.match(_unspaced(ln.text)) for ln in page.lines)


def _booklet_cover(rows: list[CoverRow]) -> bool:
    """Convention (an examination's question booklet, 問題冊子: its first page names the booklet on a row of its own —
    修士課程 知能情報学専攻 入学者選抜試験問題, 令和２年度 専門科目 試験問題, 入学試験問題 — over the date and hours, then
    the candidate's instructions, 【注意】 or 解答上の注意 and their numbered notes, and the boxes for the candidate's
    number): that page is the booklet's cover, the questions start on the pages after it. Its notes, numbered and
    wrapped as a text's sections would be, head nothing (headings.heading_candidates asks Cover.booklet)."""
    return any(_EXAM_BOOKLET.search(_unspaced(r.text)) for r in rows)


def _issuer_at(rows: list[CoverRow], issuer: str, title_at: tuple[Box, ...]) -> tuple[Box, ...]:
    """Convention (an expert meeting's paper: 新型コロナウイルス感染症対策専門家会議 on its own row over
    「新型コロナウイルス感染症対策の状況分析・提言」（2020年5月1日） and the text): the first page's row over the title
    that prints the issuer the cover read, whole, is the paper's masthead — the cover's, no heading. Where it stands
    (its pieces' boxes), handed on as the title's are (Cover.title_at), so the heading stage finds it by place."""
    if not issuer or not title_at:
        return ()
    top, name = min(b[1] for b in title_at), _unspaced(issuer)
    return pieces_at([r for r in rows if r.y1 <= top and _unspaced(r.text) == name])


# the month or the day of an issue, set alone on its line in display type
_DAY_OR_MONTH = regex.compile(r"^\s*[0-9０-９]{1,2}\s*$")


def _masthead(page: Page, body: float, settings: Settings) -> tuple[Dated, float]:
    """Convention (a municipal newsletter's masthead, 広報誌: 令和8年（2026年） in small type over the issue's month
    and day set apart in display type — a huge 1, then 20 lower right of it, a slash drawn between them): a line
    holding a year alone (normalizers.dates.YEAR_ALONE) with two numerals right under it in display type
    (CoverPage.display ems of the body), each centred within the year's width, dates the issue — the one right
    under the year its month, the one lower right of it (starting level with it) its day. The masthead's date is
    the cover's, before any date its text names.
    Returns the date (NO_DATE when the page has no such masthead) and the masthead's foot (the day numeral's)."""
    big = [ln for ln in page.lines if _DAY_OR_MONTH.match(ln.text) and ln.size >= settings.cover.display * body]
    for year in (ln for ln in page.lines if YEAR_ALONE.match(_unspaced(fold_width(ln.text)))):
        if issued := _issue_day(year, [ln for ln in big if year.x0 <= (ln.x0 + ln.x1) / 2 <= year.x1]):
            return Dated(issued[0], _masthead_printed(page.lines, issued[0])), issued[1]
    return NO_DATE, 0.0


def _masthead_printed(lines: list[Line], iso: str) -> str:
    """The issue's date as the page prints it in text type (2026.1.20 in small type at a newsletter's foot): the
    masthead's display numerals spell a month and a day set apart, no date's text; the page's line that holds the
    issue's date in text gives its printed form ("" when none does)."""
    return next((_printed(m.group(0)) for ln in lines if may_hold_date(ln.text)
                 for m in DATE.finditer(_printed(ln.text)) if to_iso(m.group(0)) == iso), "")


def _issue_day(year: Line, within: list[Line]) -> tuple[str, float] | None:
    """The date the year line and the display numerals under it (`within` its width) spell, with the day
    numeral's foot: the month right under the year, the day alone lower right of it, starting level with it."""
    for month in (ln for ln in within if year.y0 <= ln.y0 <= year.y1 + ln.size):
        days = [ln for ln in within if month.y0 < ln.y0 <= month.y1 and ln.x0 + ln.x1 > month.x0 + month.x1]
        if len(days) == 1 and (iso := to_iso(f"{_unspaced(year.text)}{_unspaced(month.text)}月{_unspaced(days[0].text)}日")):
            return iso, days[0].y1
    return None


def _dated_cover(cover: Cover, page: Page | None, rows: list[CoverRow], body: float, settings: Settings,
                 later: list[Page] | tuple[Page, ...] = ()) -> Cover:
    """The cover dated from what its first page holds (dated): a newsletter's masthead date (_masthead) before
    the rows' date — under such a masthead the rows are the issue's text (_under_masthead) —, else a masthead row's
    issue date among the first rows (cover_row.published: 【発行】令和8年3月 北野市自治会連合会, 令和8年2月20日発行), then
    the issue a magazine page's folio prints at its foot (furniture.folio_row: 8　広報○○　2021.5), then a
    form's dating line, then a revision stamp at the page's foot — or, where the first page prints none, the latest a
    later page (`later`) prints (_revision_stamp)."""
    issued, foot = _masthead(page, body, settings) if page is not None else (NO_DATE, 0.0)
    if issued.iso:
        cover = _under_masthead(cover, rows, foot)
    revision = _revision_stamp(page, settings) if page is not None else NO_DATE
    if not revision.iso:
        revision = max((_revision_stamp(p, settings) for p in later), key=lambda d: d.iso, default=NO_DATE)
    printed = issued if issued.iso else cover.dated_by.printed
    if not printed.iso:   # a masthead row's issue date (【発行】令和8年3月 …, 令和8年2月20日発行): the cover's own
        printed = next((d for r in rows[:settings.cover.masthead_rows] if (d := published(r)[0]).iso), NO_DATE)
    if not printed.iso and page is not None:   # a magazine page's folio: its issue (furniture.folio_row)
        printed = Dated(folio_row(page, settings.margins)[1])
    return dated(cover, DateEvidence(printed, _dating_line_date(rows), revision))


def _under_masthead(cover: Cover, rows: list[CoverRow], foot: float) -> Cover:
    """Convention (a newsletter's page under its masthead, _masthead): the masthead names the newsletter — in
    outlined letters or a picture when no text row over its foot holds the title the readers found, and then no
    title is read (the title is the masthead's, which no text holds) —; the rows under it are the issue's text
    (a section banner, お知らせ, and its items), so neither the title nor the issuer is read from them."""
    over = [_unspaced(r.text) for r in rows if r.y0 < foot]
    if any(s and s in _unspaced(cover.title) for s in over):
        return cover
    return replace(cover, title="", issuer="", decided_by="", title_at=())


def _as_scanned(page: Page | None, settings: Settings) -> Settings:
    """The cover's settings for its first page: on an OCR'd scan (Page.ocr) a row counts as centred within the
    scan's wider margin (CoverPage.ocr_centred), and rows as aligned within its wider tolerance (CoverPage.ocr_aligned)
    — it stands where the paper stood, fed a little askew, each word boxed to its ink."""
    if page is None or not page.ocr:
        return settings
    return replace(settings, cover=replace(settings.cover, centred=settings.cover.ocr_centred,
                                           aligned=settings.cover.ocr_aligned))


def _label_off_title(cover: Cover) -> Cover:
    """Convention (a programme's attachment printed as a file of its own: 【別紙１】旅費支給に関する基準 boxed at the
    first page's top left, the label and the document's name on one row): a bracketed attachment label opening the
    title's row (numbering.LABEL_OPENING: 別紙１, 別添２, 参考資料３) labels the file, as it does alone on its row
    (labels.stamps, read into Cover.labels): the title is the name after it."""
    m = LABEL_OPENING.match(cover.title)
    if m is None:
        return cover
    return replace(cover, title=m.group(2).strip(), labels=cover.labels + (_unspaced(m.group(1)),))


def status_labels(lines: list[Line], rows: list[CoverRow]) -> tuple[str, ...]:
    """The first page's status tags (numbering.STATUS_TAG): the texts, spaces out, of its lines that are one
    (labels.label_lines: a tag set beside the title on its row is no piece of it, _in_margin), and of its rows
    ([ / Draft / ]: labels.is_status_tag); and the category tag of the lines on its top row (CATEGORY_LABEL:
    【創業型】 over a form's title)."""
    texts = [_unspaced(ln.text) for ln in lines if ln.label in STATUS_TAGS]
    texts += [s for r in rows if is_status_tag(s := _unspaced(r.text))]
    tags = [_unspaced(ln.text) for ln in lines if ln.label == CATEGORY_LABEL]
    return tuple(dict.fromkeys(texts + tags))


def _labels_at(lines: list[Line], rows: list[CoverRow]) -> tuple[Box, ...]:
    """Where the first page prints the labels status_labels reads (its lines marked a status or category tag,
    its rows that are a status tag): the flow leaves them out of the text (Cover.labels_at)."""
    marked = [(ln.x0, ln.y0, ln.x1, ln.y1) for ln in lines if ln.label in STATUS_TAGS or ln.label == CATEGORY_LABEL]
    return tuple(marked) + pieces_at([r for r in rows if is_status_tag(_unspaced(r.text))])


def _running_head_of_title(cover: Cover, rows: list[CoverRow], page: Page | None, settings: Settings) -> Cover:
    """Convention (a white paper's chapter, 外交青書: the chapter's title printed again small at the first page's
    top as its running head, over the title set in display type): a row in the page's top margin that prints
    the title the cover read, spaces out, is that title printed again — its pieces are the title's too
    (Cover.title_at): no text. The cover decides it where it reads the title, once."""
    if page is None or not cover.title or not cover.title_at:
        return cover
    top, title = settings.margins.margin * page.height, _compact(cover.title)
    again = [r for r in rows if r.y1 < top and _compact(r.text) == title and not set(r.boxes) & set(cover.title_at)]
    return replace(cover, title_at=cover.title_at + pieces_at(again)) if again else cover


def _off_running_place(rows: list[CoverRow], page: Page | None, body: float,
                       settings: Settings, doc: SourceDoc | None = None) -> tuple[list[CoverRow], CoverRow | None]:
    """Convention (a standard's section, 特許・実用新案審査基準: its place in the whole — 第I部 第2章 第5節 査定 — printed
    small at the top right of every page, over the section's title 第5節 査定 set in the body's size): a row in the
    page's top margin, set smaller than the body, whose last words open one of the first rows under it (the title it
    places, _places) is a running head, no row the cover's readers read — the title is the row it names (returned
    with the rows: _named_by_place); the head stays the flow's (furniture: a running header). Nor is an ornament
    (_ornament: a row of ※※※…) such a row. Convention (a newsletter's masthead row set small at the top right,
    【発行】令和8年3月　北野市自治会連合会, over its tagline opening with the same name): a row that prints an issue's date
    or its publisher (cover_row.published) is the cover's own masthead, no running head, whatever its last words open.
    Convention (a standard's page of the provisions it applies, ＜関連規定＞: its place, 第V部 優先権, set so at the top
    right of every page, or of the odd ones, naming no row under it): such a row printed again in the top margin of a
    later page of `doc` (those pages' top rows, _later_heads: read only for a small top row that names no row under it)
    is the running head too — no row of the title —, unless it prints the paper's date or names its issuer
    (_running_only). Convention (a standard's part contents, 目次: its place 第II部 明細書… at the top right of every
    page, the contents' first row printing the same part): a row among the first under such a head that prints it
    whole is the row it names — the file is the part's, titled by it (_named_by_place)."""
    rows = [r for r in rows if not _ornament(r, settings.cover)]
    if page is None or not rows or rows[0].y1 >= settings.margins.margin * page.height \
            or rows[0].size >= body - settings.typography.near_size or published(rows[0]) != (NO_DATE, ""):
        return rows, None
    head = _compact(rows[0].text)
    named = next((u for u in rows[1:1 + settings.cover.max_title_rows] if _places(head, _compact(u.text), settings.cover)), None)
    if named is not None:
        return rows[1:], named
    if doc is not None and _running_only(rows[0]) and head in _later_heads(doc, settings):
        return rows[1:], next((u for u in rows[1:1 + settings.cover.max_title_rows] if _compact(u.text) == head), None)
    return rows, None


def _running_only(row: CoverRow) -> bool:
    """A head printed again on later pages that the cover's readers read nothing from: no date (令和４年２月24日北野市企画課作成
    dates a plan on every page) and no body or series naming its issuer (北野市政策研究所ディスカッションペーパー)."""
    s = _unspaced(fold_width(row.text))
    return not may_hold_date(s) and not names_body(s) and not series_body(s)


def _later_heads(doc: SourceDoc, settings: Settings) -> frozenset[str]:
    """The rows each page after the first prints in its top margin (`margins.margin`), compacted: a running head is
    printed again there (_off_running_place). Not furniture.running_lines' answer: the cover is read before the flow
    that asks it (and from the first page alone by read_head), and its bar — a row on `margins.running_pages` pages and
    half of them — is too high for a short file whose head a later page prints once (a standard's two- and three-page
    ＜関連規定＞ files: measured on the sweep, asking running_lines here changes four covers, two of them for the worse)."""
    heads: set[str] = set()
    for p in doc.pages[1:]:
        top = sorted((ln for ln in p.lines if ln.y1 < settings.margins.margin * p.height), key=lambda ln: ln.x0)
        heads.update(_compact(ln.text) for ln in top)
        heads.add(_compact("".join(ln.text for ln in top)))   # a head set in pieces along one row
    return frozenset(heads)


def _named_by_place(cover: Cover, named: CoverRow | None) -> Cover:
    """A cover whose readers read no title (a section's title in the body's size and face, not centred on a text its
    side notes widen) is titled by the row its running head names (_off_running_place). Convention (a standard's first
    section of a chapter, one file a section: 第III部 第2章 第1節 新規性 at every page's top, the first page printing the
    chapter's heading 第2章 新規性・進歩性(…) over the section's 第1節 新規性): the running head names the file's own place,
    so the row it names, standing under the title the readers read and no row of it, is the title — the heading over
    it is the whole the section belongs to."""
    if named is None or cover.title and (not cover.title_at or set(named.boxes) & set(cover.title_at)
                                         or named.y0 < max(b[3] for b in cover.title_at)):
        return cover
    return replace(cover, title=named.text.strip(), title_at=named.boxes)


def _ornament(row: CoverRow, cp: CoverPage) -> bool:
    """Convention (a report's cover: its title set between two rows of ※※※… — an ornament typed as a rule — under the
    fiscal year in display type, 令和３年度 / ※※※ / 事業及び決算報告書 / ※※※): a row of one mark repeated, `ornament_marks`
    times or more, no letter and no digit, is an ornament: no row of the cover (the title block runs on over it)."""
    s = _unspaced(row.text)
    return len(s) >= cp.ornament_marks and len(set(s)) == 1 and unicodedata.category(s[0])[0] not in "LNZ"


def _places(head: str, title: str, cp: CoverPage) -> bool:
    """`head` (compact) ends with the opening of `title` (compact), `place_letters` of it at least, after a place of
    its own (the part and chapter before the section: 第I部第2章 + 第5節査定)."""
    return any(len(head) > k and head.endswith(title[:k])
               for k in range(min(len(title), len(head)), cp.place_letters - 1, -1))


# a revision stamp: the year and month in brackets, (2024.5), as a standard or a manual prints at its pages' foot
_REVISION = regex.compile(r"^[(（]((?:19|20)[0-9]{2})[.．]([0-9]{1,2})[)）]$")


def _revision_stamp(page: Page, settings: Settings) -> Dated:
    """Convention (a standard's chapter, 審査基準: the revision it belongs to, "(2024.5)", printed alone at the
    foot of every page, beside the page number; no date on the cover): a line in the first page's bottom
    margin holding only the year and month in brackets dates the document (YYYY-MM) when nothing else does.
    The stamp is a revision's number, no date as printed (its text is furniture's). Convention (a standard's page of the
    provisions it applies, 第VI部's ＜関連規定＞: "(2024.1)" at the foot of the pages that revision changed, pp3 and 6, none on
    p1): where the first page prints no stamp, the latest any later page prints dates the document as last revised
    (_dated_cover asks each page)."""
    foot = settings.cover.bottom_margin * page.height   # (asked of every page where the first prints no stamp)
    for ln in page.lines:
        if ln.y0 > foot and "(" in (f := _unspaced(ln.text).translate(_BRACKETS)):
            m = _REVISION.match(f)
            if m and 1 <= int(m.group(2)) <= 12:
                return Dated(f"{m.group(1)}-{int(m.group(2)):02d}")
    return NO_DATE


_BRACKETS = str.maketrans("（）．", "().")


def _numbered_first_slide(doc: SourceDoc, body: float, settings: Settings) -> bool:
    """Convention: a deck's cover slide sets its title apart on the slide (a picture, a title block
    mid-slide), not as the slides of its body do theirs. A deck (typography.slide_deck) whose first
    slide is headed as they are — its title in the band at its top (typography.slide_title) — and
    numbered as they are, 1 in its margin where the second prints 2 (within `slide_number_at`), opens
    on a slide of its body: it has no cover, and that slide's title names the slide, not the deck."""
    if len(doc.pages) < 2 or not slide_deck(doc, body, settings):
        return False
    first, second = doc.pages[0], doc.pages[1]
    if slide_title(first.lines, first.height, body, settings) is None:
        return False

    def numbered(page: Page, n: int) -> list[Line]:
        return [ln for ln in page.lines if _in_margin(ln, page.width, page.height, settings)
                and NUMBER.match(ln.text) and _unspaced(ln.text) == str(n)]
    at = settings.cover.slide_number_at
    return any(abs(a.x1 - b.x1) <= at and abs(a.y0 - b.y0) <= at for a in numbered(first, 1) for b in numbered(second, 2))


def _opening(rows: list[CoverRow], settings: Settings) -> list[CoverRow]:
    """The head of the page after the cover, before its text begins: the rows (at most a few) that
    hold no sentence and open no outline or list (a rule's body page repeats its title, the
    variant and the date the rule was made, then （通則） 第１条 …)."""
    head = rows[:settings.cover.opening_rows]
    opened = list(takewhile(lambda r: not (_SENTENCE.search(r.text) or _NOT_A_NAME.match(_unspaced(r.text))), head))
    return [r for k, r in enumerate(opened) if not _dates_an_entry(rows, k, settings)]



def _dates_an_entry(rows: list[CoverRow], k: int, settings: Settings) -> bool:
    """Convention (a revision history opening the page after a cover that prints no date: ２０２５年２月２８日 / ・新規作成 /
    ２０２５年３月２４日 / ・「…」の内容を改訂。): a date row over a list's item (numbering.ITEM_START) set in under it dates that
    entry — the day a change was made, one of the list's — no date of the paper's head (_opening)."""
    return k + 1 < len(rows) and bool(_date_row(rows[k], settings.cover.date_share)) \
        and bool(ITEM_START.match(rows[k + 1].text)) and rows[k + 1].x0 > rows[k].x0


def _repeated_title(rows: list[CoverRow], opening: list[CoverRow], body: float,
                    settings: Settings) -> tuple[str, int, tuple[Box, ...]]:
    """A title the page after the cover repeats at its head on one row (a rule's body page:
    中小企業…補助金交付規程 over 通常枠 and the date): the cover's rows in display type (larger than
    the body: a running header or a table's header row repeated is no title) that row joins are
    the title, whatever their sizes step (12 pt over 14 pt), and a row under them is not (the
    variant, 通常枠, set on a row of its own in both places). The rows hold the cover's largest type
    (a contents entry the next page opens with again is none); -1: no such repetition.
    Convention (a statute's title page after its cover: ELECTRONIC TRANSACTIONS ACT in bold capitals at the
    body's size among the cover's rows, Electronic Transactions Act in 24 pt over the contents of the next
    page): a row of the next page's head set in display type itself, whatever stands over it there (the
    chapter's number), repeats the title in any case — Latin capitals on the cover are its letters set so —
    and being set so there, it is no running header: the cover's rows it repeats need no display type."""
    if not opening:
        return _NO_TITLE
    top = rows[:settings.cover.max_title_rows + 1]
    compact = [_unspaced(r.text) for r in top]
    biggest = max(r.size for r in rows) - settings.typography.near_size
    for again, display in _repeats(opening, body, settings):
        for i in range(len(compact)):
            for j in range(i, min(i + settings.cover.max_title_rows, len(compact))):
                if all(display or r.size > body + settings.typography.larger for r in top[i:j + 1]) \
                        and any(r.size >= biggest for r in top[i:j + 1]) and _case_kept(compact[i:j + 1], display) == again:
                    return unspace_letterspaced(join_rows([r.text for r in rows[i:j + 1]])), j, pieces_at(rows[i:j + 1])
    return _NO_TITLE


def _repeats(opening: list[CoverRow], body: float, settings: Settings) -> list[tuple[str, bool]]:
    """The rows of the next page's head that may repeat the cover's title (_repeated_title), each as compared
    and whether it is set in display type there: its first row as printed; then each row set larger than the
    body, its letters case-folded (a title page's title case against the cover's capitals)."""
    first = [(_unspaced(opening[0].text), False)]
    return first + [(_unspaced(r.text).casefold(), True) for r in opening
                    if r.size > body + settings.typography.larger and any(_latin(ch) for ch in r.text)]


def _case_kept(texts: list[str], folded: bool) -> str:
    """The cover's rows joined as _repeated_title compares them: case-folded against a display row (_repeats)."""
    joined = "".join(texts)
    return joined.casefold() if folded else joined


def _grids(page: Page | None, settings: Settings) -> list[TableGrid]:
    """The page's ruled tables (Page.grids: read off its table rules with the page, the flow reads the same; none
    without a page). Convention (one decision taken once: the cover's first page is read for its rows' boxes,
    _page_rows, and for where its first table starts, _table_top: found twice, the second time ≈10% of the cover's
    cProfile over tests/real)."""
    return grids_of(page, settings.tables).tables if page is not None else []


def _table_top(grids: list[TableGrid]) -> float | None:
    """Where the page's first ruled table starts (None: no table); `grids`: the page's (_grids)."""
    return grids[0].ys[0] if grids else None


def _title_pictured(page: Page, rows: list[CoverRow], cp: CoverPage) -> bool:
    """A cover whose title is a picture (a municipal plan's title designed as an image): a picture
    stands in the title area (the top of the page) and no text row does; the rows under the
    picture are a caption or a slogan, not the title."""
    top = cp.title_area * page.height
    return any(y0 < top for _, y0, _, _ in page.pictures) and all(r.y0 >= top for r in rows)


def _pictured(cover: Cover, doc: SourceDoc, rows: list[CoverRow], settings: Settings) -> Cover:
    """The cover of a title set as a picture: the PDF's own title names the document, as its text
    prints it (the longest run of it the text holds: a prefecture the PDF's title adds before a
    village's name is not printed); the issuer is the PDF's author as the title opens with it (a
    municipal plan is titled by its body's name: 山川村まちづくり総合計画 by ○○県山川村). When the text
    does not print the PDF's title (none, or a file name), the title is the picture's, which no text
    holds: none (the rows under the picture are no title — a caption, a slogan, or the issuer a slide
    deck's cover names there, its issuer when the cover read none)."""
    text = printed_text(doc)
    title = _printed_run(doc.info.get("title", ""), text, settings.cover.printed_name)
    if not title:
        issuer = cover.issuer or _issuer(rows, settings)[1]
        return replace(cover, title="", role=_role("", rows), issuer=issuer, title_at=())
    author = _compact(doc.info.get("author", ""))
    named = next((author[i:] for i in range(len(author) - 1) if title.startswith(author[i:])), "")
    issuer = named or cover.issuer
    return replace(cover, title=title, role=_role(title, rows), issuer=issuer, title_at=())


def _printed_run(name: str, text: str, share: float) -> str:
    """The longest run of `name` that `text` prints, when it is at least `share` of the name."""
    name = _compact(name)
    for n in range(len(name), max(math.ceil(share * len(name)), 1) - 1, -1):
        for i in range(len(name) - n + 1):
            if name[i:i + n] in text:
                return name[i:i + n]
    return ""


def _quotation(title: str, quoted: regex.Match[str] | None) -> str:
    """The title without its date: the quotation where the row names its body before it (_body_quoting)."""
    return quoted.group(2) if quoted else _undated(title)


def _subject_off(title: str, title_at: tuple[Box, ...], opening: list[CoverRow]) -> tuple[str, tuple[Box, ...]]:
    """The title with the next page's subject taken off (_page_subject_off) and where it was read: where the subject
    came off, the row is the first page's own title and the subject the page's — no line is the title's alone."""
    subject = _page_subject_off(title, opening)
    return (title, title_at) if subject == title else (subject, ())


def _cover_of(rows: list[CoverRow], body: float, settings: Settings, opening: list[CoverRow],
              table_top: float | None = None, body_font: str = "", filed: Dated = NO_DATE, paper: bool = False) -> Cover:
    """Title (repeated at the head of the next page, largest type, or above the date on a page in
    body type, or over the table the page opens with), edition, date, issuer; `body`: the
    document's body size (typography.document_body); `opening`: the head of the next page (its date
    is the document's where the cover has none); `table_top`: where the page's first ruled table
    starts; `filed`: the filing line of the bill on the next page, _filing_line; `paper`: the page prints a council
    paper's number as its stamp, _paper_numbered)."""
    share = settings.cover.date_share
    title, last, title_at = _cover_title(rows, body, settings, opening, table_top, body_font, paper)
    rows = _entries_out(rows, last, title)
    on_its_row = _closing_dated(title)   # the date closing the title's row: the paper's, no word of its title
    quoted = _body_quoting(_undated(title))   # 〇〇会議「…の見解」: the body the issuer, the quotation the title
    title, rows, kind = _with_minutes_kind(_unquoted(_quotation(title, quoted)), rows, last, settings)
    title, title_at = _subject_off(title, title_at, opening)
    flat = _unspaced("".join(r.text for r in rows))
    m = _EDITION.search(_unspaced(title)) or _EDITION.search(flat)
    at = next((i for i, r in enumerate(rows[last + 1:]) if _date_row(r, share)), None)
    date, made = _date_or_stamp(rows, last, at, opening, share, on_its_row, filed, paper)
    if not date.iso and _EXAM_NAMED.search(_unspaced(title)):
        date = _booklet_day(rows[:last + 1], share)
    decided, issuer = title_page_issuer(rows, last, at, made, title, quoted, settings)
    subtitle = _subtitle_row(rows, last)
    return dated(Cover(title, m.group(1) if m else "", "", decided, _role(title, rows), issuer, subtitle=subtitle,
                       title_at=title_at + pieces_at(kind), subtitle_at=pieces_at(rows[last + 1:last + 2] if subtitle else []),
                       kept_at=_note_kept(rows, last, title)),
                 DateEvidence(date))


def _note_kept(rows: list[CoverRow], last: int, title: str) -> tuple[tuple[Box, str], ...]:
    """A reading note on the marks closing the title's last row that the title was read without (_MARKS_NOTE,
    _title_over_table): that piece's box and the note's words, which stay text (Cover.kept_at)."""
    note = _MARKS_NOTE.search(rows[last].text) if last >= 0 and rows[last].boxes else None
    words = note.group(0).strip() if note else ""
    return ((rows[last].boxes[-1], words),) if words and words not in title else ()


# Convention (a strategy's or a plan's cover: its title, then a subtitle set between wave dashes or dashes on
# the row right under it, ～人・産業・地域・政府全てにＡＩ～, ―新たな日常に向けて―): that row is the title's
# subtitle, no word of the title and no date or issuer (document.json's `subtitle`)
_SUBTITLE = regex.compile(r"^\s*([～〜~―－—])\s*\S.*?\s*\1\s*$")


def _subtitle_row(rows: list[CoverRow], last: int) -> str:
    """The subtitle right under the title's last row (`last`), "" when that row is none (_SUBTITLE)."""
    if last < 0 or last + 1 >= len(rows):
        return ""
    text = rows[last + 1].text.strip()
    return text if _SUBTITLE.match(text) else ""


def _entries_out(rows: list[CoverRow], last: int, title: str) -> list[CoverRow]:
    """Convention (a form: its title over the ruled grid of fields the applicant fills in — a founding date,
    an amount, an address, a note on what to write): the cells of a ruled table under a title set outside it
    are the form's entries, no date or issuer of the document; they are left out of the rows read after the
    title. A title read inside a table's box (a cover framed whole) keeps every row.
    Convention (minutes whose head is a ruled table of the meeting's particulars — 日時 | 令和4年3月28日（月）…,
    場所 | …, 出席者 | … — under a title naming the record's kind, …会議要録): the meeting's 日時 row is no entry to
    fill in, it dates the minutes; it alone of the table's rows stays.
    Convention (a petition typed in one size, its subject under the caption 件名, _captioned_subject): the rows under
    the subject are the paper's other captioned fields — 紹介議員 over the members introducing it, 請願理由 over the
    text —, entries of the form, no date or issuer of the paper."""
    if last >= 1 and _SUBJECT_CAPTION.match(_unspaced(rows[0].text)):
        return rows[:last + 1]
    if last < 0 or any(r.in_table for r in rows[:last + 1]):
        return rows
    minutes = bool(_MINUTES_TITLE.search(_unspaced(title)))
    under = rows[last + 1:]
    return rows[:last + 1] + [r for k, r in enumerate(under)
                              if not (r.in_table or _within_table(under, k))
                              or (minutes and _MEETING_DAY.match(_unspaced(r.words[0] if r.words else r.text)))]


def _within_table(rows: list[CoverRow], k: int) -> bool:
    """Convention (a spreadsheet printed as a list under its title: a cell's name set a point or two past the grid's
    left rule, its row's other cells inside): a row between two rows inside a table's box, the one right over it and
    the one right under it, is one of the table's rows, though a piece of it sticks out of the box — no date or issuer
    of the paper (_entries_out). Between them on the page, not in the rows' order only: its middle within their
    height (a date set over a list's grid, which the text layer writes after the grid's rows, stands above both and
    stays)."""
    if not (0 < k < len(rows) - 1 and rows[k - 1].in_table and rows[k + 1].in_table):
        return False
    over, under = rows[k - 1], rows[k + 1]
    return min(over.y0, under.y0) <= (rows[k].y0 + rows[k].y1) / 2 <= max(over.y1, under.y1)


_MINUTES_TITLE = regex.compile(rf"{MINUTES_KIND}$")   # a title closing on the record's kind: minutes
_MEETING_DAY = regex.compile(r"^(?:開催)?日時[:：]?$")   # the particulars' label of the meeting's day and hours


def _date_or_stamp(rows: list[CoverRow], last: int, at: int | None, opening: list[CoverRow],
                   share: float, on_its_row: Dated = NO_DATE, filed: Dated = NO_DATE,
                   paper: bool = False) -> tuple[Dated, str]:
    """The date the cover prints (the date rows from `at` under the title, else the date closing the
    title's row, `on_its_row`, else the next page's head), and where none gives one, the date and maker a
    stamp over the title prints (`_made_stamp`): (date, maker — '' but for a stamp). Where none is printed,
    read_cover's chain (document_date) dates it. Convention (an examination's booklet revised after it was set: 令和4年
    7月12日修正 at the top right over its title, no date under it): a date row over the title closed by a revision's
    word (_AMENDED) dates the paper as revised."""
    rest = rows[last + 1:]
    date = _document_date(rest[at:], share) if at is not None \
        else on_its_row if on_its_row.iso else _opening_date(rows, opening, share, filed, paper)
    stamp = _made_stamp(rows[:last + 1], share) if at is None and not date.iso else None
    made = _made(stamp) if stamp is not None else None
    if stamp is not None and made:
        return _row_date(stamp, share), made.group(1)
    return (date, "") if at is not None or date.iso else _date_read_over_title(rows, last, share)


def _date_read_over_title(rows: list[CoverRow], last: int, share: float) -> tuple[Dated, str]:
    """Where no date follows the title (its last row `last`) nor closes its row: a revision stamp over the title
    (令和4年7月12日修正: the paper as revised) or a labelled day (掲載日：), else a date level with the title
    (_dated_beside_title), else a date over a contact band (_dated_over_contact), else a date and sender heading the
    cover (_dated_and_sent_over_title): (date, sender — '' but for the last)."""
    date = next((d for r in rows[:last + 1] if _dates_over_title(r) and (d := _row_date(r, share)).iso), NO_DATE)
    if not date.iso and last >= 0:
        date = _dated_beside_title(rows[:last], rows[last], share)
    if not date.iso and last >= 0:
        date = _dated_over_contact(rows[:last], share)
    if not date.iso and last >= 0:
        return _dated_and_sent_over_title(rows[:last], rows[last], share)
    return date, ""


def _dated_and_sent_over_title(over: list[CoverRow], title: CoverRow, share: float) -> tuple[Dated, str]:
    """Convention (blind26c: a programme's 募集要項 whose head, set small at the top right, is its date and its sender —
    令和8年4月 / 例示事務局 — over the title set large and centred, no date under it): the cover's first row a date alone,
    the rows under it down to the title each a body's name (names_body), every one smaller than the title's last row
    (`title`), date the paper and name its sender: (date, sender — the names joined); (NO_DATE, "") for any other head."""
    head = list(takewhile(lambda r: r.size < title.size, over))
    if len(head) < 2 or not _date_row(head[0], share) \
            or not all(names_body(r.text) and not _date_row(r, share) for r in head[1:]):
        return NO_DATE, ""
    return _row_date(head[0], share), "".join(_unspaced(r.text) for r in head[1:])


def _dated_over_contact(over: list[CoverRow], share: float) -> Dated:
    """Convention (a ministry's press release, 報道発表資料: a box at the cover's top right holding the day of release over
    【照会先】 and the office that answers, its officers and telephone numbers, the title centred under it): a date row
    standing right over a contact band (numbering.CONTACT_BAND) among the rows read over the title (`over`) dates the
    paper; NO_DATE where none stands so."""
    return next((d for a, b in zip(over, over[1:]) if CONTACT_BAND.match(_unspaced(b.text)) and (d := _row_date(a, share)).iso),
                NO_DATE)


def _dates_over_title(row: CoverRow) -> bool:
    """A row over the title that dates the paper: a revision stamp (令和4年7月12日修正, _AMENDED), or — convention
    (blind25c: a ministry's published list, its division at the cover's top right over 掲載日：令和元年8月30日, the
    title centred under them) — a date after a label naming the paper's own day (cover_row._DATE_LABEL: 掲載日：,
    作成日：, 公表日：)."""
    text = _unspaced(row.text)
    return _AMENDED.search(text) is not None or _DATE_LABEL.match(text) is not None


def _dated_beside_title(over: list[CoverRow], title: CoverRow, share: float) -> Dated:
    """Convention (a neighbourhood circular's head: its masthead 組からのお知らせ centred in large type, the date set small at
    the top right level with it and the signer under the date — 2026年3月15日 / 組長 …): a date row standing to the
    right of the title's last row (`title`), level with it (their heights overlap), dates the paper, though it sorts
    over the title by starting higher; NO_DATE when no row among those read over the title (`over`) stands so."""
    return first_dated([r for r in over if r.x0 >= title.x1 and r.y0 < title.y1 and title.y0 < r.y1], share)


def _booklet_day(over: list[CoverRow], share: float) -> Dated:
    """Convention (an examination's question booklet, _booklet_named: the day of the examination set alone at the
    cover's top right, 平成30年8月4日（土）, over the school's name and the booklet's title, no date under them): the
    date row among the rows over the title, down to its last (`over`), dates the booklet; NO_DATE when none."""
    return first_dated(over, share)


def _dating_line_date(rows: list[CoverRow]) -> Dated:
    """Convention (a filing form, no date on top): the date of its dating line at its foot — the date,
    the addressee (…議長　殿) and the signer on one line (CoverRow.dating: line_roles.dating_line decides it where the
    row is made); NO_DATE when it has none."""
    return next((Dated(to_iso(r.dating) or "", _printed(r.dating), r) for r in rows if r.dating), NO_DATE)


_WAVE_SUBJECT = regex.compile(r"^(.+?)\s*[～〜~]([^～〜~]+)[～〜~]$")


def _page_subject_off(title: str, opening: list[CoverRow]) -> str:
    """Convention (a briefing or poster titled page by page: 北野市ＤＸ推進方針 ～国の動向～ over the
    first page, 北野市ＤＸ推進方針 ～本市の取組～ over the next): a title closing on a subject between
    wave dashes, where the head of the next page repeats the name with another subject, names
    the document by the name alone; the subjects are the pages' own — the row is the page's title (a heading,
    as the next page's is), so no line is the document's title alone: the cover hands on no title_at."""
    m = _WAVE_SUBJECT.match(title)
    if not m:
        return title
    name = _compact(m.group(1))
    for r in opening:
        n = _WAVE_SUBJECT.match(_compact(r.text))
        if n and _compact(n.group(1)) == name and _compact(n.group(2)) != _compact(m.group(2)):
            return m.group(1).strip()
    return title


_SETTING_OFF = (("「", "」"), ("【", "】"), ("＜", "＞"), ("<", ">"),   # brackets a title is set whole in (_unquoted)
                ("－", "－"), ("―", "―"), ("-", "-"))   # and the dashes a title is set whole between


def _unquoted(title: str) -> str:
    """A title printed whole in corner brackets (「次なる波に備えた…について」, a paper naming itself as
    quoted) is what the brackets hold: they quote it, no part of it. A title that only opens or
    closes with a quotation (「…」の見直し) keeps it. Convention (a works office's notice to residents:
    【国道23号…における自然環境調査のお知らせ】): so is a subject set whole in lenticular brackets — they set
    the row off, as its centring does (a status tag alone in them, 【速報】, is a label: status_labels). Convention (a
    standard's page of the provisions it applies, titled ＜関連規定＞ in Gothic over the laws it quotes): so is a title set
    whole in angle brackets. Convention (a statistics release's cover, －令和４年例示調査結果の概況－ centred under the
    ministry's logo): so is a title set whole between two dashes — they set the row off; a subtitle closed by dashes
    (…について－公表サイト－) keeps them."""
    inner = title[1:-1]
    return inner if (title[:1], title[-1:]) in _SETTING_OFF and title[0] not in inner \
        and title[-1] not in inner else title


def _cover_title(rows: list[CoverRow], body: float, settings: Settings, opening: list[CoverRow],
                 table_top: float | None, body_font: str = "", paper: bool = False) -> tuple[str, int, tuple[Box, ...]]:
    """The title, the index of its last row (-1: none) and the indices of the rows it was read from (each
    reader knows them: the flow leaves those rows out of the text, Cover.title_at), read by the first of these conventions
    that finds one, in this order (a 事務連絡/通知's subject line, _notice, and a title set as a
    picture, _pictured, are read in read_cover around this):
    0. on a web page printed from the browser, the rows that spell its breadcrumb's last crumb, _breadcrumb_title;
    1. the rows the next page repeats at its head (a rule's body page), _repeated_title;
    1b. a 告示's 件名, the rows over its number, _instrument_titled;
    2. the rows in the largest type, larger than the body, _title;
    3. on a page in body type, the rows over the date that opens it, or the row a bracketed date closes (the
       date no word of the title: _title_dated_on_its_row), _title_in_body_type;
    4. the rows over the ruled table the page opens with, _title_over_table;
    5. on a page in body size, the rows at its top set in another typeface than the body's, _title_in_heading_face;
    6. on a page in body size and face, the rows at its top centred over the text with a blank line under
       them, _title_centred_alone;
    7. on a page in body size, a part's label and title opening it alone on its row, _part_printed_alone;
    8. on a council paper's page (its number a stamp: `paper`, _paper_numbered) that files it (…提出), the row under
       the number, _bill_titled;
    9. on a page in body size, its first row naming the rule whose first article stands right under it,
       _rule_over_its_articles;
    10. a subject under its caption 件名 alone on the first row, _captioned_subject.
    Convention (a 官報 listing's ○名称, an Excel sheet's caption ○住居確保給付金の申請件数…): a title row that
    opens with the mark a list sets its entries apart with holds the title after it; the mark is not the title's.
    Convention (a leaflet's panels side by side, each captioned on its band: 行政が指定した避難場所 … 安全な親戚・知人宅
    on one row; a table's head row, 評価項目 … 配点 … 評価基準): pieces of one type set far apart on a row
    (CoverRow.apart) are items side by side, none the title — a reader reading its title across two of them
    finds none. A cover whose date is set larger than any worded row draws its title (_dated_over_title): none."""
    readers = (lambda: _breadcrumb_title(rows, settings),
               lambda: _repeated_title(rows, opening, body, settings),
               lambda: _instrument_titled(rows, settings),
               lambda: _title(rows, body, settings),
               lambda: _title_in_body_type(rows, settings),
               lambda: _title_over_table(rows, table_top, settings),
               lambda: _title_in_heading_face(rows, body_font, settings),
               lambda: _title_centred_alone(rows, settings),
               lambda: _part_printed_alone(rows, body, settings),
               lambda: _bill_titled(rows, paper, settings),
               lambda: _rule_over_its_articles(rows, settings),
               lambda: _captioned_subject(rows, settings))
    largest = _largest_worded(rows, settings)
    if largest is not None and _dated_over_title(rows, largest[0], settings):
        return _NO_TITLE
    apart = [set(r.boxes) for r in rows if r.apart]
    for read in readers:
        title, last, at = _booklet_named(rows, *read())
        if last >= 0 and not any(len(pieces & set(at)) > 1 for pieces in apart):
            return LISTED_MARK.sub("", title), last, at
    return _NO_TITLE


def _instrument_titled(rows: list[CoverRow], settings: Settings) -> tuple[str, int, tuple[Box, ...]]:
    """Convention (a 告示 as the gazette prints it, set down in columns read right to left — the page read turned, its
    columns as rows — or across: its 件名 ○○の一部を改正する件 opening the page, then its number alone on its row,
    ○例示省告示第十号, the enacting sentence, the date and the minister signing, every column in the text's one size):
    the row right over the instrument's number (numbering.INSTRUMENT_NUMBER, the whole row, among the first rows a
    title and its number take), closing with 件, is its title, whatever its type, with the rows it wraps from (stacked
    right over it, aligned: _stacked)."""
    most = settings.cover.max_title_rows
    k = next((i for i, r in enumerate(rows[:most + 1]) if _instrument_row(_unspaced(r.text))), 0)
    if not k or not _unspaced(rows[k - 1].text).endswith("件"):
        return _NO_TITLE
    first = k - 1
    while first > 0 and _stacked(rows[first - 1], rows[first], settings):
        first -= 1
    return join_rows([r.text for r in rows[first:k]]), k - 1, pieces_at(rows[first:k])


def _instrument_row(s: str) -> bool:
    """`s` (a row, spaces out) is an instrument's number alone: ○例示省告示第十号, 例示省訓令第1号."""
    m = INSTRUMENT_NUMBER.match(s)
    return m is not None and m.end() == len(s)


def _booklet_named(rows: list[CoverRow], title: str, last: int, at: tuple[Box, ...]) -> tuple[str, int, tuple[Box, ...]]:
    """Convention (an examination's question booklet, 問題冊子: its cover names in rows one under another, all in one
    type, the school — 北野大学大学院経済学院 —, the examination — 修士課程（博士コース，専修コース）入学試験 — and the
    booklet — 令和２年度　専門科目　試験問題 —, then its date and hours as fields): of the title's rows, the last one
    naming the booklet (_EXAM_BOOKLET) is the title; the rows over it name who sets the examination and which it is,
    its series, and the rows under it its subject (平成１９年度大学院前期課程入試問題 over （数学） in a smaller type) —
    but a bracketed row right under it in its own type is its qualifier, the title's (…入学試験問題 / （一般選抜）).
    The title as read when none of its rows names a booklet, or it is one row.
    Convention (北野大学 情報学府's booklet: five rows in one display type — 平成２８（２０１６）年度 / the school / the
    course / 入学試験問題 / 専 門 科 目 —, more than a title's rows, so read as its first row alone): a title read as one
    row over rows in its type names the booklet by the last of those rows that does, its subject under it (_type_run)."""
    rows_at = [r for r in rows if r.boxes and set(r.boxes) <= set(at)]
    if len(rows_at) == 1:
        named = [r for r in _type_run(rows, rows_at[0]) if _EXAM_BOOKLET.search(_unspaced(r.text))]
        return (named[-1].text, rows.index(named[-1]), named[-1].boxes) if named else (title, last, at)
    naming = [k for k, r in enumerate(rows_at) if _EXAM_BOOKLET.search(_unspaced(r.text))]
    if len(rows_at) < 2 or not naming:
        return title, last, at
    booklet = _with_qualifier(rows_at, naming[-1])
    return "".join(r.text for r in booklet), last, tuple(b for r in booklet for b in r.boxes)


def _with_qualifier(rows: list[CoverRow], k: int) -> list[CoverRow]:
    """Row k, the booklet's (_booklet_named), with the bracketed row right under it in its own type, its qualifier
    (…入学試験問題 / （一般選抜）); a bracketed row in a smaller type is the subject's (（数学）), no part of it."""
    under = rows[k + 1:k + 2]
    if under and _qualifier(under[0].text.strip()) and abs(under[0].size - rows[k].size) <= SAME_SIZE:
        return rows[k:k + 2]
    return rows[k:k + 1]


def _type_run(rows: list[CoverRow], row: CoverRow) -> list[CoverRow]:
    """The rows right under `row`, one after another, set in its size (within SAME_SIZE)."""
    run: list[CoverRow] = []
    for r in rows[rows.index(row) + 1:]:
        if abs(r.size - row.size) > SAME_SIZE:
            break
        run.append(r)
    return run


def _breadcrumb_title(rows: list[CoverRow], settings: Settings) -> tuple[str, int, tuple[Box, ...]]:
    """Convention (a web page printed from the browser — Chrome's "Save as PDF" of a ministry's page): the
    page prints its breadcrumb trail over its text (Home > Policy > Ongoing Topics > page name), whose
    last crumb names the page; the rows under the trail that spell that crumb are the title — not the
    site's section banner set larger above it (Ongoing Topics, a crumb of the trail). The title is the
    crumb as the trail prints it (on one line); (_, -1) when no trail or no rows spell its last crumb."""
    cp = settings.cover
    k, crumbs = _trail(rows, cp)
    name = _compact(crumbs[-1]) if crumbs else ""
    for j in range(k + 1, len(rows)) if crumbs else ():
        last, boxes = _spelt(rows, j, name, cp.max_title_rows)
        if last >= 0:
            return crumbs[-1], last, boxes
    return _NO_TITLE


def _trail(rows: list[CoverRow], cp: CoverPage) -> tuple[int, list[str]]:
    """The first page's breadcrumb trail (numbering.breadcrumb: Home > Policy > Ongoing Topics > page name, at
    least `breadcrumb_crumbs` crumbs on one row): the index of its row and its crumbs, (-1, []) with none. The
    one place the trail is found: the cover's title is its last crumb (_breadcrumb_title), and its crumbs are
    Cover.crumbs, which the headings read (a section's banner repeating a crumb is no heading)."""
    return next(((k, crumbs) for k, row in enumerate(rows) if (crumbs := breadcrumb(row.text, cp.breadcrumb_crumbs))), (-1, []))


def _spelt(rows: list[CoverRow], j: int, name: str, most: int) -> tuple[int, tuple[Box, ...]]:
    """The last of the rows from `j` on whose texts (or, for a row with a piece beside it — a side
    column's link —, whose first pieces) spell `name` (compact) from its start, and the boxes of the pieces
    that spell it (a side column's link beside them is none); (-1, ()) when they do not."""
    spelt, boxes = "", tuple[Box, ...]()
    for m in range(j, min(len(rows), j + most)):
        texts = ((_compact(rows[m].text), rows[m].boxes), (_compact(rows[m].text.split("・")[0]), rows[m].boxes[:1]))
        t, at = next(((t, at) for t, at in texts if t and name.startswith(spelt + t)), ("", ()))
        if not t:
            return -1, ()
        spelt, boxes = spelt + t, boxes + at
        if spelt == name:
            return m, boxes
    return -1, ()


def _opening_date(rows: list[CoverRow], opening: list[CoverRow], share: float, filed: Dated = NO_DATE,
                  paper: bool = False) -> Dated:
    """A cover that prints no date and no text (title and issuer only): the document's date is
    the first date row at the head of the next page, above its text (the date a rule was made,
    set under its title repeated); none there, the filing line of the bill that page carries
    (`filed`, _filing_line); none either, no date.
    Convention (a bill set from its first page — 議案第６号 / its title / 第１条 … — whose articles and their amount
    lists run onto the next page and close there with the filing line, 令和８年２月２７日提出 / 北野市長　…): a first page
    that is a council paper's (`paper`, _paper_numbered) and prints text but no date is dated by that filing line."""
    if any("。" in r.text for r in rows):
        return filed if paper else NO_DATE
    return first_dated(opening, share, filed)


def _filing_line(rows: list[CoverRow], share: float) -> Dated:
    """Convention (a budget book: its cover prints the year, the title and the city, no date; the bill it
    carries follows on the next page — 議案第８６号 / its title / 第１条 … / 令和７年１２月１日提出 / 北野市長　…): the
    bill's filing line, a date closed by 提出 alone on its row (cover_row.filing_row), dates the book. `rows`: the next page's;
    NO_DATE when it prints no such line."""
    return next((d for r in rows if filing_row(r) and (d := _row_date(r, share)).iso),
                NO_DATE)


def _with_minutes_kind(title: str, rows: list[CoverRow], last: int,
                      settings: Settings) -> tuple[str, list[CoverRow], list[CoverRow]]:
    """Convention (minutes set in body type): the meeting's name on the first rows, its 日時 and 場所 on
    the rows under it, and the record's kind — 議事録, 議事要旨 — alone on a row under those, centred:
    the kind closes the title (第10回 …研究会 / 議事録 → …研究会議事録), it names no issuer (its row
    is left out of the rows the issuer is read from). Returns the title, the rows left, and the kind's row."""
    for k in range(last + 1, min(len(rows), last + 2 + settings.cover.max_title_rows)):
        if title and MINUTES_KIND_ALONE.match(_unspaced(rows[k].text)):
            return title + _unspaced(rows[k].text), rows[:k] + rows[k + 1:], [rows[k]]
    return title, rows, []


# Convention (an advisory council's paper naming itself after its body on one row: 新型コロナウイルス感染症対策専門家会議
# 「新型コロナウイルス感染症対策の見解」): the body the row opens with issues the paper, the quotation closing it is its title
_BODY_QUOTING = regex.compile(r"^(.{2,40}?(?:会議|本部|委員会|審議会|部会|分科会|研究会|協議会|懇談会|検討会))(「[^「」]+」)$")


def _body_quoting(title: str) -> regex.Match | None:
    """The body (group 1) and the quoted title (group 2) of a title row that names its body before the quotation."""
    return _BODY_QUOTING.match(_unspaced(title))


def _made(row: CoverRow) -> regex.Match | None:
    """The office a dated stamp says made the paper (令和４年２月24日北野市企画課作成 → 北野市企画課)."""
    s = _unspaced(row.text)
    m = DATE.search(s)
    return _MADE.match(s[m.end():]) if m else None


def _made_stamp(rows: list[CoverRow], share: float) -> CoverRow | None:
    """Convention (a briefing for a council's study session, a poster page): a stamp at the head
    of the first page, over its title, giving the date and the office that made the paper
    (令和４年２月24日 西野市企画課作成) — where no date follows the title, the document's date and
    issuer. A date over the title without a maker (a series' date line) is not asked here."""
    return next((r for r in rows if _date_row(r, share) and _made(r)), None)


_OFFICE_NOTE = regex.compile(r"^事務連絡$")   # an office communication: 事務連絡 stands in the number's place


def _notice(rows: list[CoverRow], settings: Settings, paper: bool = False) -> Cover | None:
    """A notice (通知) opens with its number (…第N号), or with 事務連絡 in its place (an office
    communication, set out as a notice), and its date, its addressees (…殿, …御中) and senders
    (each over （公印省略）); its title is the subject, the first row ending as one does (SUBJECT_LINE: …について), with the rows
    it wraps from (stacked right over it, aligned). The number is never the title. Its date stands
    over the subject, or, in a public notice (公告), under it after the enacting sentence (_dated_after).
    Convention (a council paper set out as a notice: 議員提出議案第３８号 over …意見書提出について, one sentence,
    the 提出 date and the members filing it): the paper's number, a stamp out of the rows (`paper`:
    _paper_numbered), stands for the notice's number.
    Convention (two senders, each centred over its own （公 印 省 略）, 例示局長 / （公印省略） / 例示課長 / （公印省略）):
    the head over the subject — number, date, addressees, senders, seals — is the cover's, decided here once; the
    flow reads no heading from it (Cover.head_at: its rows' pieces, found by place as Cover.issuer_at's)."""
    compact = [_unspaced(r.text) for r in rows]
    form = _form_head(compact)
    if not (paper or form or _numbered_head(compact)):
        return None
    at = next((i for i, c in enumerate(compact[:settings.cover.notice_rows]) if (SUBJECT_LINE.search(c) or form and FORM_SUBJECT.search(c))
               and not _SENTENCE.search(c)), None)
    if at is None:
        return None
    first = _form_subject_start(rows, at, settings) if form else _subject_start(rows, at, settings)
    date = first_dated(rows[:first], settings.cover.date_share)
    date = date if date.iso else _dated_after(rows[at + 1:], settings)
    issuer = "" if form else _notice_issuer(rows, first, at, date, settings)   # a form's senders are left to fill in
    return dated(Cover("".join(r.text.strip() for r in rows[first:at + 1]), "", "", "", "main",
                       issuer, title_at=pieces_at(rows[first:at + 1]),
                       head_at=pieces_at(rows[:first])), DateEvidence(date))


def _numbered_head(compact: list[str]) -> bool:
    """One of the first three rows (spaces out) is a notice's number (…第N号) or 事務連絡 in its place."""
    return any(DOC_NUMBER.match(c) or _OFFICE_NOTE.match(c) for c in compact[:3])


def _form_head(compact: list[str]) -> bool:
    """Convention (a notice's form, 様式 — a grant's 交付申請書 to be sent with 文書番号 / 年　月　日 / 例示大臣　殿 / 機関名
    over its subject): one of the first three rows (spaces out) is the notice's number left blank (BLANK_DOC_NUMBER) —
    a notice's head, its subject the row closing with the paper's kind (FORM_SUBJECT: …申請書, …届出書) as well as
    one closing as a subject does, the head over it the cover's."""
    return any(BLANK_DOC_NUMBER.match(c) for c in compact[:3])


def _paper_numbered(page: Page | None) -> bool:
    """The first page prints a council paper's number alone on its line at its top (PAPER_LABEL, as
    labels.label_lines marked it: 議案第３号, 議員提出議案第３８号): a stamp, read out of the cover's rows."""
    return page is not None and any(ln.label == PAPER_LABEL for ln in page.lines)


def _letter(rows: list[CoverRow], settings: Settings) -> Cover | None:
    """Convention (a letter: a secretariat's 依頼 or お知らせ, typed in Word): its head set flush right
    over the text — the date, then the sender on the row(s) right-aligned under it, with the addressee
    flush left between them where the letter names one (令和３年６月●日 / 各 位 / ○○省例示局参事官室) — then its subject
    on a row of its own centred over the text, white above and under it, then the text. The subject is
    the title, the date and the sender are the head's (a notice with a number is _notice's); senders one a row, an
    organisation's units under it one with it (issuer.letter_senders)."""
    cp = settings.cover
    date = _row_date(rows[0], cp.date_share) if len(rows) >= cp.letter_rows else NO_DATE
    if not date.iso:
        return None
    first = 1   # a letter to others than the secretariat's own members names them flush left under the date (各位)
    while first < len(rows) - 1 and _ADDRESSEE.search(_unspaced(rows[first].text)):
        first += 1
    k = first
    while k < min(len(rows), first + cp.max_title_rows) and abs(rows[k].x1 - rows[0].x1) <= cp.aligned \
            and _name_row(rows[k], settings, cp.max_issuer):
        k += 1
    subject, text = rows[k], rows[k + 1:]
    white = cp.blank_under_title * subject.size
    if k == first or not text or not _centred_over(subject, text, cp) or subject.y0 - rows[k - 1].y1 < white \
            or text[0].y0 - subject.y1 < white or not _name_row(subject, settings, cp.max_letter_subject):
        return None
    return dated(Cover(_unquoted(subject.text.strip()), "", "", "", "main", "・".join(letter_senders([_unspaced(r.text) for r in rows[first:k]])),
                       title_at=pieces_at([subject])), DateEvidence(date))


# what a circular's head holds: the circulation stamp (回覧, 供覧), a date, addressees (…各位, …殿, …御中)
_CIRCULATED = regex.compile(r"^\W*(?:回覧|供覧)\W*$")
# an office's name, as a sender opening a subject row: …消防署, …道路整備課, …事務局, …委員会
_OFFICE = regex.compile(r"^\S{1,24}(?:署|課|局|部|室|所|係|班|グループ|センター|委員会|事務局)$")


def _circular(rows: list[CoverRow], cover: Cover, settings: Settings, stamped: bool = False) -> Cover:
    """Convention (a circular handed round a neighbourhood, 回覧 — a city office's request or notice
    typed as a one-page letter with no number and no letterhead): a short head of rows that are no
    sentence — among them the circulation stamp 回覧, a date (令和８年７月吉日) or the addressees (自治会会員
    各位) — then the subject on a row of its own centred over the text, white above and under it,
    ending as a subject does (…について（依頼）, …のお知らせ); the sender signs at the foot (連絡先, 担当),
    or opens the subject row set apart from it by a wide space (北野市中央消防署　…について（依頼））: the
    issuer, the rest the title. The subject may be a bare word centred alone (お知らせ) under a head of a few rows
    (No.11, 回覧, the date, the addressees, the association's name and its officers); `stamped`: the page's circulation
    stamp was read as a stamp (taken out of the rows), the head holds it all the same. `cover`, read by the other
    conventions with no title, is kept otherwise."""
    k = next((k for k, r in enumerate(rows[:settings.cover.circular_head_rows + 1])
              if _SENTENCE.search(r.text) or k and (SUBJECT_LINE.search(_unquoted(_unspaced(r.text)))
                                                    or _bare_subject(rows, k, settings, stamped))), None)
    if k is None or not _circular_subject(rows, k, settings, stamped):
        return cover
    subject = rows[k]
    date = next((Dated(iso, _printed(m.group(0)), r) for r in rows[:k]
                 if (m := DATE.search(_unspaced(r.text))) and (iso := to_iso(m.group(0)))), NO_DATE)
    sender, title = _sender_opening(subject)   # an issuer read from the subject's row is the subject's
    issuer = sender or ("" if _unspaced(cover.issuer) in _unspaced(subject.text) else cover.issuer)
    return dated(replace(cover, title=_unquoted(title), issuer=issuer, title_at=pieces_at([subject])),
                 DateEvidence(cover.dated_by.printed if cover.date else date))


def _bare_subject(rows: list[CoverRow], k: int, settings: Settings, stamped: bool) -> bool:
    """Row k is a circular's subject set as a bare word centred alone (お知らせ: _circular_subject) under a head that holds
    the circulation stamp (回覧, or `stamped`) — no body's name (a school named alone, centred under an examination's
    date, is its issuer, no subject), and no head of a date alone (an examination booklet's (小論文) under its date).
    Convention (a letter whose circulation stamp the scan's text layer garbles: its date, 北野地区各自治会の皆様へ, the
    sender, then 御　礼 centred): a head that holds a date and an addressee is a letter's head as well (_letter_head)."""
    return _circular_subject(rows, k, settings, stamped) and not names_body(rows[k].text) \
        and (stamped or any(_CIRCULATED.match(_unspaced(r.text)) for r in rows[:k]) or _letter_head(rows[:k]))


def _letter_head(head: list[CoverRow]) -> bool:
    """The rows hold a date and an addressee (…殿, …各位, …の皆様へ: normalizers.bodies.ADDRESSED_TO): a letter's head."""
    texts = [_unspaced(r.text) for r in head]
    return any(DATE.search(t) for t in texts) and any(_ADDRESSEE.search(t) or ADDRESSED_TO.search(t) for t in texts)


def _circular_subject(rows: list[CoverRow], k: int, settings: Settings, stamped: bool = False) -> bool:
    """Row k is a circular's subject (_circular): no sentence, centred over the text under it with white
    above and under it, short, under a head that holds 回覧, a date or the addressees."""
    cp, subject = settings.cover, rows[k]
    text, white = rows[k + 1:], cp.blank_under_title * subject.size
    if k == 0 or _SENTENCE.search(subject.text) or not text or not _centred_over(subject, text, cp) \
            or subject.y0 - rows[k - 1].y1 < white or text[0].y0 - subject.y1 < white \
            or len(_unspaced(subject.text)) > cp.max_letter_subject:
        return False
    return stamped or any(_CIRCULATED.match(h) or DATE.search(h) or _ADDRESSEE.search(h)
                          for h in (_unspaced(r.text) for r in rows[:k]))


def _sender_opening(subject: CoverRow) -> tuple[str, str]:
    """(sender, subject) of a subject row that opens with an office's name set apart by a wide space
    (a piece of its own, or an ideographic space) before the subject proper; ("", the row) otherwise."""
    words = list(subject.words) if len(subject.words) > 1 else regex.split(r"\u3000+|\s{2,}", subject.text.strip(), 1)
    rest = "".join(words[1:])
    if len(words) > 1 and _OFFICE.match(_unspaced(words[0])) and SUBJECT_LINE.search(_unspaced(rest)):
        return _unspaced(words[0]), rest.strip()
    return "", subject.text.strip()


def _dated_after(rows: list[CoverRow], settings: Settings) -> Dated:
    """A public notice (公告: 東野市公告 第21号, ○○県一般競争入札公告 教施第３８６号) prints no date over its
    subject: it dates itself after the subject and the enacting formula (…次のとおり公告する。), right over
    the signer (…市長 …) — the first row that is mostly a date among the few rows under the subject."""
    cp = settings.cover
    return first_dated(rows[:cp.notice_date_rows], cp.date_share)


def _subject_start(rows: list[CoverRow], at: int, settings: Settings) -> int:
    """The first row of a notice's subject that ends on row `at`: the rows it wraps from stand
    stacked right over it, aligned, no sentence and no seal."""
    first = at
    while first > 0 and _stacked(rows[first - 1], rows[first], settings) and not _SENTENCE.search(rows[first - 1].text) \
            and not _SEAL.match(_unspaced(rows[first - 1].text)):
        first -= 1
    return first


def _form_subject_start(rows: list[CoverRow], at: int, settings: Settings) -> int:
    """The first row of a form's subject that ends on row `at` (_form_head): the rows it wraps from, as _subject_start's,
    or a row in its size right over it (within `stacked_gap` ems) that runs to the right edge of the text under the
    subject (within an em of the first row there: a centred subject too long for one row fills the first and centres the
    rest under it), no sentence."""
    first = _subject_start(rows, at, settings)
    while first > 0 and at + 1 < len(rows) and not _SENTENCE.search((above := rows[first - 1]).text) \
            and abs(above.size - rows[first].size) <= settings.typography.near_size \
            and 0 <= rows[first].y0 - above.y1 <= settings.cover.stacked_gap * above.size \
            and abs(rows[at + 1].x1 - above.x1) <= above.size:
        first -= 1
    return first


def effective_date(flow: Flow, index: HeadingIndex) -> Dated:
    """Convention of 規約・規程・要綱 (…利用規約, an association's or a committee's rules): an instrument
    that prints no date of its own — none on its cover, nor at the head of its text — is dated by the
    day its supplementary provisions say it takes effect (附則 / この規約は、令和５年２月15日から施行する。):
    the date read from the first lines under its 附則 heading (`effective_rows`), NO_DATE when none. Its text is
    a paragraph's, no cover's piece: no date as printed (Dated.as_printed). Convention (blind26c: a 要項 amended a dozen
    times, each amendment's 附則 — この改正は、…から施行する。 — printed one under the other after the first's この要項は、…から
    施行する。): the rules as printed are the version the last 附則 puts in force, so the last 附則 that says a day dates
    them, not the first."""
    starts = [i for i in sorted(index.at) if (role := flow.roles[i]) is not None and role.numbering is not None
              and role.numbering[0] == "supplementary"]
    rows = flow.settings.cover.effective_rows
    for start in reversed(starts):
        text = "".join(it.text for it in flow.items[start + 1:start + 1 + rows] if isinstance(it, TextLine))
        m = _TAKES_EFFECT.search(fold_width(_unspaced(text)))
        if m and (iso := to_iso(m.group(1))):
            return Dated(iso)
    return NO_DATE


def closing_date(flow: Flow) -> Dated:
    """Convention (a judgment — 判決 — and any text that signs off at its end: an 答申, an 意見書): a
    text that prints no date at its head dates itself at its close, on a line of its own right above
    the body that made it and its members (令和八年六月二五日 / 例示地方裁判所 / 裁判長裁判官 …): the date
    of that line when only name rows (no sentence, no date) follow it to the end of the text; "" when
    the text ends otherwise. Convention (a flyer's or a leaflet's foot: 令和8年4月作成): a date that says the paper
    was made then (…作成, _made_on) — or, a manual's last line (2026年4月1日改訂), revised then — dates it on the
    text's last line, no signer under it. Its line is a paragraph's, no cover's piece: no date as printed
    (Dated.as_printed)."""
    return _closing(flow)[0]


NO_COVER = Cover("", "", "", "", "main")   # a flow read without its cover (tests, a part read alone): no title, no labels


@dataclass(frozen=True)
class PrintedTitle:
    """Where the flow prints the title the cover read (printed_title): the first page's lines the cover read its
    pieces from, in reading order (`lines`, flow indexes), and their words as printed, spaces out (`text`: what a
    later page printing the title again repeats). The heading stage takes this, never the cover's title string:
    the cover decides the title once, and hands on where it read it (tests/test_architecture.py COVER_TEXTS)."""
    lines: tuple[int, ...] = ()
    text: str = ""


def printed_title(flow: Flow, cover: Cover) -> PrintedTitle:
    """The first page's lines the cover read its title from (Cover.title_at: each visible span's middle inside one
    of its pieces' boxes, geometry.on_the_cover), found by where they stand, and their words as printed. A title
    no line of the first page prints (read from the PDF's info, _pictured) has none."""
    if not cover.title_at:
        return PrintedTitle()
    lines = tuple(i for i, it in enumerate(flow.items) if isinstance(it, TextLine) and it.page == 1 and not it.blank
                  and on_the_cover(it, cover.title_at))
    return PrintedTitle(lines, "".join(_unspaced(clean(flow.line(i).text)) for i in lines))


def cover_lines(flow: Flow) -> tuple[bool, set[str]]:
    """Whether the first page is a cover (a few lines: title, date, issuer), and the texts of
    its lines: neither the cover nor a repetition of its title (above the contents, say) is a
    heading. The lines of a table count: a first page holding a long table is the text's first
    page, not a cover (a stamp's one-row table is part of a cover)."""
    first = [it for it in flow.items if isinstance(it, TextLine) and it.page == 1 and not it.blank]
    cells = sum(len(cell.text_lines) for it in flow.items if isinstance(it, Table) and it.page == 1
                for row in it.rows for cell in row.cells)
    if not first or len(first) + cells > flow.settings.headings.cover_lines:
        return False, set()
    return True, {_SPACES.sub("", clean(it.text)) for it in first}
