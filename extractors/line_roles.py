"""The line-role pass: what each text line of a flow is, with its evidence, decided once per file.

    typography (the body style: size, typeface, weight) → line_roles (per line: numbering system,
    goal label, caption, bullet mark, item start, set apart from the body and how, wrapped
    continuation of the line before, reaches its column's edge, indented past a 字下げ, letter-spaced,
    centred, opens with a space, block label)

Headings (candidates, run-on titles), paragraphs (where one begins), goals (labels, where a block
ends, where an item begins), the appendix (goal labels) read these roles instead of deciding
again; where the items of a block or a list begin (item_starts, list_item_starts) is decided here
too, from the roles of its lines. The footnote area and the furniture are set aside
before the flow is made (Flow.set_aside, with their kind); `describe` turns all of it into one
role and evidence per line, as `ai-strategy inspect` shows it.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple
from itertools import chain, islice
from operator import itemgetter

import regex

from extractors.numbering import a_figure, AMENDED_WORDS, AMENDMENT_ANNOUNCES, AMENDMENT_INSTRUCTION, ARTICLE, ARTICLE_CAPTION, ARTICLE_TITLE, BAND_WITH_WORDS, BLOCK_LABEL, CAPTION, CLOSING, ENCLOSURE, CONTACT_ROW, FIELD_ROW, ITEM_START, PARTICULARS, \
    GLUED_ARTICLE, HEADING_MARKS, UNSUFFIXED_ARTICLE, \
    folded, label_number, match_gapped, match_goal_label, match_numbering, match_opening, may_open_label, next_on_row, previous_label, \
    roman_in_its_list, with_its_figure
from extractors.neighbours import share_a_row
from extractors.records import Flow, HeadingIndex, Line, Span, Table, TextLine
from extractors.settings import Settings
from extractors.typography import another_typeface, family, in_another_ink
from normalizers.bodies import HONORIFIC
from normalizers.dates import DATE, may_open_date
from normalizers.text import BULLET, BULLETS, SPACES as _SPACES, clean, fold_width

# an address: a web address (a citation's, as a reference list prints it) or a mailbox (a contact's: info@…)
_ADDRESS = regex.compile(r"https?://|www\.|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_TERMINAL = ("。", ":", "：", ".", "）", ")", "」", "』", "】")


def closes_sentence(text: str) -> bool:
    """The text ends as a sentence, an item or a bracketed remark ends (。 . ： ） 」 …): not
    broken off mid-sentence."""
    return text.rstrip().endswith(_TERMINAL)


class LineRole(NamedTuple):
    """One text line as read: its numbering, its kind of line, how it stands to the body. A named
    tuple: built once for every line of the flow and never changed (a frozen dataclass cost five
    times as much to build)."""
    numbering: tuple[str, str, str, str, bool] | None   # (system, kind, label, title, spaced)
    goal: tuple[str, str, str] | None   # a goal label (戦略目標, 大目標, 具体目標, 目標): (kind, number, text on its line)
    caption: bool         # 図1, 表2, 資料3 …
    mark: str             # the bullet it opens with ("" for none)
    item_start: bool      # opens an item: indented first line, bullet, circled number, enumeration
    style: tuple[str, ...]   # what sets it apart from the body: bold, underlined, larger, typeface
    continues: bool       # the wrapped continuation of the running text before it
    reaches_edge: bool    # runs to its column's right edge
    family: str           # gothic | rounded | mincho | other
    indented: bool = False        # opens with spaces past a paragraph's one-character indent (字下げ): an item, a quotation
    letter_spaced: bool = False   # a few single characters set apart by spaces (主　文, 議　　事)
    centred: bool = False         # its letters stand clear of both edges of the running text
    opens_space: bool = False     # opens with a space: an indented first line (字下げ), a new paragraph
    block_label: bool = False     # ＜取組＞, ＜参考＞ alone on its line: another block begins
    article: str = ""             # the number (第N条) that opens a 法令 article's first line
    article_caption: str = ""     # a bracketed caption alone on its line ((通則)): an article's, when one opens on the next
    article_title: str = ""       # the caption after an article's number on its line, nothing else on it (第１条（目的） →
                                  # 目的, 第２条　定義 → 定義): the article's heading, its text on the lines under it
    address: str = ""             # a web or mail address: "opens" (the line starts with one), "holds" (one stands inside it)
    particulars: str = ""         # 記書き: "opens" (記 alone, centred: the particulars of a notice or form follow),
    # "closes" (以上 alone on its line), "" for any other line
    on_a_row: bool = False        # its label's next number stands inside it (４．… ５．…): list items side by side
    follows_item: bool = False    # its label's previous number stands on the line above at its label's own x, after a
    # lead-in there (答　１．… / ２．…): the next item of a list whose first item shares a row with the lead-in
    field: bool = False           # 項目：値 (団体名：山川村): a form's or a profile's field, its value after the colon
    slide_title: str = ""         # in a deck: "title" (the largest line in the band at a slide's top) or
    # "section" (the larger line of a section slide: a few lines, none in the band); "" for any other line
    quoted: bool = False          # in a 改め文, the amended text an instruction announces (…を次のように改める。 /
    # 次の１条を加える。 then （見出し） / 第１０条の２ …): the amended statute's words, no part of this paper's outline
    enclosure: bool = False       # an enclosure's label and its name (別紙1 国庫補助事業…, 別添２ …): a line of a letter's
    # list of what it sends with it
    figured: bool = False         # a row closed by its amount set flush right, white between (◆…支援　　580 億円:
    # numbering.with_its_figure): complete on its own, and no centred line


def mark_of(text: str) -> str:
    """The bullet a line opens with, or ""."""
    s = clean(text).strip()
    return s[0] if s[:1] and s[0] in BULLETS else ""


def style_of(line: TextLine, flow: Flow) -> tuple[str, ...]:
    """How the line is set apart from the running text: bold, underlined, larger, in another
    typeface (Gothic headings over Mincho text; judged against its page's running text where its part is set in a face
    of its own, Flow.page_faces), or on a band or in a frame of its own (panel), or, on an
    OCR'd scan, printed in another ink (ink: scan_rules.picture_inks)."""
    larger = line.size > flow.body_size + flow.settings.typography.larger
    return tuple(name for name, on in (("bold", line.bold), ("underlined", line.underlined), ("larger", larger),
                                       ("typeface", another_typeface(line.face, flow.page_faces.get(line.page, flow.body_font))), ("panel", line.on_panel),
                                       ("ink", in_another_ink(line.source))) if on)


def _label_style(numbering: tuple | None, line: TextLine) -> tuple[str, ...]:
    """("bold label",) for a numbered line whose label alone is bold (_label_in_bold), else ()."""
    return ("bold label",) if numbering is not None and _label_in_bold(line) else ()


def _label_in_bold(line: TextLine) -> bool:
    """Convention (a typist's bold that stops at the label): a numbered line whose first word, up to
    its first space, is set in bold and the rest in the body's weight (【第１４条　妊娠・出産…の禁止】
    among siblings bold throughout, the caption's weight left as typed) is set apart by its label's
    weight, as its siblings are by theirs."""
    spans = [s for s in line.source.spans if s.text.strip()]
    if line.bold or not spans or not spans[0].bold:
        return False
    head = line.text.strip().split(maxsplit=1)[0]
    word = ""
    for span in spans:
        if not span.bold:
            return False
        word += span.text.strip()
        if len(word) >= len(head):
            return True
    return False


def reaches_edge(line: TextLine, right: float, flow: Flow) -> bool:
    """The line runs to the right edge of its column's running text (`right`: Flow.bounds, which _role asks
    once per line)."""
    return line.x1 >= right - flow.settings.headings.edge * max(line.size, flow.settings.typography.min_size)


def continues_paragraph(prev: TextLine | None, before: LineRole | None, line: TextLine, flow: Flow,
                        labelled: bool = False, closes: bool | None = None) -> bool:
    """True when `line` is the wrapped continuation of the running text before it (`prev`, whose
    role is `before`): the line before runs to the right edge, or most of the way without
    closing its sentence. A letter-spaced line in the middle (主　文) is a line of its own; a
    line opening with a label (`labelled`) continues only a line that runs to the edge (after a
    list item ending short, （二）設備関連 opens the next part); so does a bracketed caption alone on its
    line (（指定管理者の指定の申請） after an item's last line: a statute's caption of the article below).
    `closes`: _closes_left_open of the line, when the caller found it (_role: once per line)."""
    if prev is None or before is None or _complete(prev, before):
        return False
    if _closes_left_open(prev, before, line) if closes is None else closes:
        return True   # (its label, if it seemed to open with one, was none: _role)
    hs, ty = flow.settings.headings, flow.settings.typography
    if (prev.font != line.font or abs(prev.source.letters_size - line.source.letters_size) > ty.larger or prev.bold != line.bold) \
            and not _left_open(prev.text):
        return False  # a line set in another style does not continue the sentence before — but a
        # bracket the line before leaves open runs on into it, whatever its face: "…（図表" then a
        # figure reference set in the links' Gothic, "Ⅰ-4-1-3）。"
    if not _under(prev, before, line, flow):
        return False
    if line.page == prev.page and line.y0 - prev.y1 > hs.paragraph_gap * line.size:
        return False
    return _wrapped(prev, before, flow, labelled)


def _complete(prev: TextLine, before: LineRole) -> bool:
    """The line before is complete on its own: blank, numbered, letter-spaced in the middle (主　文), or a
    row closed by its amount set flush right — it runs to the edge, but is complete
    (LineRole.figured, a budget's "◆…支援　　　580 億円" over its sub-item "○…")."""
    return prev.blank or before.numbering is not None or (before.letter_spaced and before.centred) or before.figured


_OPENING, _CLOSING = "（(「『［[【〔", "）)」』］]】〕"


_OPENS_ONE = regex.compile(f"[{regex.escape(_OPENING)}]")   # a line that opens no bracket (most lines) leaves none open


def _left_open(text: str) -> bool:
    """The line ends inside a bracket it opens: more brackets opened than closed (counted only on
    a line that opens one: _OPENS_ONE, one search in place of sixteen counts)."""
    return _OPENS_ONE.search(text) is not None and sum(map(text.count, _OPENING)) > sum(map(text.count, _CLOSING))


def _closes_left_open(prev: TextLine | None, before: LineRole | None, line: TextLine) -> bool:
    """Convention (a citation wrapped inside its brackets: 「財政法」（昭22 法 / 34）第4 条第1 項…): a line
    run to the edge that leaves a bracket open breaks off the bracketed remark, and the next line
    whose first bracket closes it goes on with that remark — what stands before its ） is the remark's
    (a law's number), no label, and it continues the line before whatever its face or where the
    row before it was cut (a row split where the closing bracket's glyph box meets the opening
    one's starts far right of the column's edge)."""
    if prev is None or before is None or prev.blank or before.numbering is not None \
            or not (before.reaches_edge and _left_open(prev.text)) or line.page not in (prev.page, prev.page + 1):
        return False
    first = next((c for c in line.text if c in _OPENING or c in _CLOSING), "")
    return first != "" and first in _CLOSING


def _under(prev: TextLine, before: LineRole, line: TextLine, flow: Flow) -> bool:
    """`line` starts under `prev` (back a little from its indent, or up to half an em in); under a
    caption that runs to the edge, anywhere under its text: a caption wraps hung under its title
    (〔例３〕 over a model provision, 図２ over a chart)."""
    hs, ty = flow.settings.headings, flow.settings.typography
    return prev.x0 - hs.indent_before * line.size <= line.x0 <= prev.x0 + ty.same_indent * line.size \
        or (before.caption and before.reaches_edge and prev.x0 < line.x0 < prev.x1) \
        or (before.item_start and before.reaches_edge and _hung_under_bullet(prev, line, ty.same_indent))


def _hung_under_bullet(prev: TextLine, line: TextLine, same_indent: float) -> bool:
    """Convention (a bulleted item wrapped with a hanging indent: "・ 非日本人小児…を" run to the edge over
    "1 日2 回投与することにより…"): a line that starts where the text after the bullet (BULLETS) of the line
    before starts — hung under its text — is that item's wrapped line, whatever it opens with (a number, a
    bracket); the bullet's own column is where the next item starts. Only under a bullet's line run to the
    edge (_under): a ◆ title stopping short has its paragraph set under its text too. Convention (a budget
    overview typed in Word, ○ and a space before each measure: "○ 新型コロナウイルス感染症に関する…休業する妊" run to
    the edge over "婦のための助成制度の創設　９０億円"): the wrapped row may hang one character in from the bullet, short
    of its text — anywhere past the bullet's own column up to the text's start is the item's."""
    x = _after_bullet_x(prev)
    step = same_indent * line.size
    return x is not None and (abs(line.x0 - x) <= step or letters_span(prev)[0] + step < line.x0 < x)


def _after_bullet_x(line: TextLine) -> float | None:
    """Where the text after the line's opening bullet (BULLETS) starts: the first visible glyph after the
    bullet (its white passed over); None for a line opened by no bullet, or holding nothing after it."""
    glyphs = ((ch, box) for s in line.source.spans for ch, box in zip(s.text, s.char_boxes) if not ch.isspace())
    first = next(glyphs, None)
    if first is None or first[0] not in BULLETS:
        return None
    after = next(glyphs, None)
    return after[1][0] if after is not None else None


def _wrapped(prev: TextLine, before: LineRole, flow: Flow, labelled: bool) -> bool:
    """The line before breaks off its sentence: at the edge, or (for a line with no label after
    it) most of the way there without closing it."""
    left, right = flow.bounds(prev)
    text = clean(prev.text)
    return before.reaches_edge and not text.endswith("。") \
        or (not labelled and not text.endswith(_TERMINAL) and prev.x1 > left + flow.settings.headings.fill * (right - left))


def _scanned_mark(line: TextLine, flow: Flow) -> bool:
    """Convention (an OCR'd scan, Flow.ocr_pages): the OCR misreads a sentence's closing 。 (ますb, ますも, ます6),
    so a line stopping short of the edge may seem to break off its sentence; a line opening with a heading mark
    (○ ◆: numbering.HEADING_MARKS) there continues only a line run to the edge, as a labelled line does."""
    return line.page in flow.ocr_pages and mark_of(line.text) in tuple(HEADING_MARKS)


def _label(line: TextLine, f: str, styled: bool, flow: Flow, closes: bool,
           spaced: bool = False) -> tuple[str, str, str, str, bool] | None:
    """The numbering the line opens with (`_numbering`, on its folded text `f`); none where what seems a
    label closes the bracket the line before left open (`closes`: _closes_left_open, ３４）, a statute's number).
    Convention (a council paper's name letter-spaced with space characters: 一 般 質 問 通 告 書): on a letter-spaced
    line (`spaced`: every letter alone between spaces) a kanji numeral's one letter is the spaced word's first letter,
    as _spaced_on reads a word spread by visible gaps (一　般　会　計) — no label. A digit (２ 目 的, 1 総 括) labels its
    spaced title."""
    if not f or closes:
        return None
    hs = flow.settings.headings
    numbering = _numbering(line, f, styled, hs.label_gap, hs.label_chars, hs.tab_gap)
    return None if spaced and numbering is not None and numbering[0] == "kanji" and len(numbering[2]) == 1 else numbering


def _role(line: TextLine, flow: Flow, prev: TextLine | None, before: LineRole | None, left: float, f: str) -> LineRole:
    """The line's role; `f`: its folded text (numbering.folded; "" for a blank line), read once per
    line by line_roles (the roles and the 改め文's sentences read it)."""
    s = clean(line.text)
    hs = flow.settings.headings
    style = style_of(line, flow)
    closes = _closes_left_open(prev, before, line)   # once per line: the label and the continuation read it
    # a letter-spaced line is two words or more (and a few): the pattern is asked only of such a line
    spaced = 2 <= len(line.text.split()) <= hs.letter_spaced and bool(_LETTER_SPACED.match(line.text))
    numbering = _label(line, f, bool(style), flow, closes, spaced)
    style += _label_style(numbering, line)
    clear = hs.centred_clear * min(line.size, flow.body_size)   # (a larger line: _centred measures it)
    # a page set in columns: the running text of the line's column starts at its column's edge, not at
    # the page's first column's (a line of the fourth column is no centred nor indented line for
    # standing right of the first column's text); the column's bounds asked once: the edge and the centring read them
    left = max(left, (bounds := flow.bounds(line))[0])
    opens_space = line.text[:1].isspace()
    first = _first_letter_x(line)
    if not opens_space and first is not None and first < left + clear:
        # most lines: the letters start at the running text's edge (where they start is at most
        # where the first letter does), so the line is neither centred nor indented, and no
        # glyph past its first is looked at
        centred = indented = False
    else:
        x0, x1 = letters_span(line)
        centred = _centred(line, (x0, x1), left, bounds, flow)
        indented = opens_space and x0 - left > hs.paragraph_indent * line.size   # past a 字下げ
    field = _field(s, line.text)   # 項目：値, each field a paragraph of its own
    article, article_title = _article_of(line, f, hs.label_gap, hs.label_chars, hs.tab_gap, before)
    caption = _caption(f)   # a bracketed caption alone on its line continues only a line run to the edge, as a label
    # made from its fields in their order (LineRole._make, whose length it checks): named keywords, matched
    # to 25 fields, cost more than the rest of the line's role
    return LineRole._make((
        numbering,                                                  # numbering
        match_goal_label(line.text, f) if f else None,              # goal
        _captions(s, numbering),                                    # caption
        mark_of(line.text),                                         # mark
        _item_start(s, f, opens_space or field, numbering, bool(style)),   # item_start
        style,                                                      # style
        continues_paragraph(prev, before, line, flow, numbering is not None or bool(caption) or _scanned_mark(line, flow),
                            closes),                        # continues
        reaches_edge(line, bounds[1], flow),                        # reaches_edge
        family(line.font),                                          # family
        indented,                                                   # indented
        spaced,                                                     # letter_spaced
        centred,                                                    # centred
        opens_space,                                                # opens_space
        _block_label(s),                                            # block_label
        article,                                                    # article
        caption,                                                    # article_caption
        article_title,                                              # article_title
        _address(s),                                                # address
        _particulars(f, centred),                                   # particulars
        numbering is not None and next_on_row(numbering),           # on_a_row
        numbering is not None and prev is not None and _follows_item(line, prev, numbering, flow),   # follows_item
        field,                                                      # field
        "",                                                         # slide_title (line_roles sets a slide's)
        False,                                                      # quoted (line_roles: _amended_text)
        bool(f) and match_opening(ENCLOSURE, f) is not None,        # enclosure
        with_its_figure(line.text)))                                # figured (the raw text: clean drops the white)


def _captions(s: str, numbering: tuple[str, str, str, str, bool] | None) -> bool:
    """The line opens as a figure's or a table's caption does (numbering.CAPTION: 図１, 資料３, 別添２ …). Convention (a
    ministry's notice publishing a 指針 as its 別添１): an attachment's label read as one (numbering system attachment: 別添１
    alone on its line at the top of the attachment's first page) labels a part of the document, no caption."""
    return bool(match_opening(CAPTION, s.strip())) and not (numbering is not None and numbering[0] == "attachment")


def _item_start(s: str, f: str, opens: bool, numbering: tuple[str, str, str, str, bool] | None, apart: bool) -> bool:
    """The line opens an item (`opens`: with a space, or as a field), a bullet or an enumeration
    (ITEM_START) — or it is a band alone on its line. Convention (a guide's reference block): 【参考】
    alone on its line names the block under it, so the text above ends there, also where a page break
    (no blank line) stands between them. So does a band with its words after it on a line set apart from the
    body (`apart`: bold, …; BAND_WITH_WORDS): a statistics sheet's 【参考】　重症者の属性 over its table."""
    if opens or match_opening(ITEM_START, s) or apart and match_opening(BAND_WITH_WORDS, s) is not None:
        return True
    return numbering is not None and numbering[1] == "band" and _SPACES.sub("", f) == _SPACES.sub("", numbering[3])


def _field(s: str, raw: str) -> bool:
    """The line (`s`: cleaned; `raw`: as printed, for dating_line) is a field, 項目：値 (FIELD_ROW): asked only of a
    line holding a colon; or a contact's row, its key and whom to ask after it (CONTACT_ROW).
    Convention (a form filed with an office: 令和３年２月１０日　…議長　殿　…議員　氏名　…): a line that
    opens with a date and names its addressee (殿, 御中, 様) after it is the filing's dating line (dating_line) —
    the date, the addressee and the signer — a field of the form, no title."""
    if (":" in s or "：" in s) and FIELD_ROW.match(s.strip()) is not None:
        return True
    if ("合" in s or "連絡先" in s) and CONTACT_ROW.match(s.strip()) is not None:   # a contact's row (numbering.CONTACT_ROW)
        return True
    return dating_line(raw) is not None


class Dating(NamedTuple):
    """A form's dating line as line_roles.dating_line reads it: its date (cleaned) and what follows the addressee's
    honorific (cleaned; "" when the line closes on it) — the filer, where the form names one there."""
    date: str
    after: str


def dating_line(raw: str) -> Dating | None:
    """The date of a form's dating line (`raw`: the line's text as the text layer prints it, its spaces kept; a cover
    row's pieces joined with a space, each set apart from the next) and what follows its addressee: a line that opens
    with a date and names its addressee (殿, 御中, 様: normalizers.bodies.HONORIFIC) after it; None for any other line
    (the pattern asked only of a line that may open with a date: dates.may_open_date). The date is read on the cleaned
    text (Dating.date: the date as cleaned).
    Convention (a member's filing: 令和３年２月１０日　北野市議会議長　殿　　下北野町議会議員　氏名　…): the addressee's
    honorific is set apart by the text layer's spacing — white space or the line's end after it; cleaned, the text runs
    on (議長殿下北野町…), and 殿下, 殿堂, 様式 are words there. So is where the addressee ends (Dating.after: the text
    after the honorific set apart — 令和７年４月１日　様式第１号　北野市議会議長　殿　　北野市議会議員…: after 殿, not after the
    様 of 様式). The one place that decides a dating line: line_roles._field (the line's role) and cover.cover_rows
    (CoverRow.dating: the cover's date; CoverRow.after_addressee: the filer beside the addressee) take its answer."""
    t = clean(raw).strip()
    m = DATE.match(t) if may_open_date(t) else None
    addressed = _ADDRESSED.search(folded := fold_width(raw)) if m is not None else None
    return Dating(m.group(0), clean(folded[addressed.end():]).strip()) if m is not None and addressed is not None \
        else None


# …議長　殿, …御中, …様: the addressee set apart, white space or the line's end after it (殿下, 殿堂, 様式 run on as words)
_ADDRESSED = regex.compile(rf"\S\s*(?:{HONORIFIC})(?!\S)")


def _numbering(line: TextLine, f: str, apart: bool, gap: float, chars: int,
               tab: float) -> tuple[str, str, str, str, bool] | None:
    """The numbering that opens the line (folded `f`): as printed; else with a label set apart from its
    title by a visible gap, not a space character; else, on a line set apart from the body (`apart`),
    with a title that opens as a sentence's particle would (System.apart: 第５　がけ地…). Convention (a budget
    overview's amount set alone on the row under its measure, ○ 医療的ケア児者への… / ９．４億円): a figure alone on its
    line (numbering.a_figure) opens with no label — its digits are the amount's, 9.4 no decimal label."""
    if a_figure(line.text):
        return None
    numbering = match_numbering(line.text, f)
    if numbering is None and may_open_label(f):   # the label a gap sets apart opens as the line does
        gapped = _gap_after_label(line, gap, chars, tab, apart)
        numbering = (match_numbering(gapped) or match_gapped(gapped)) if gapped else None
    if numbering is None and apart:
        numbering = match_numbering(line.text, f, apart=True)
    return numbering


def _follows_item(line: TextLine, prev: TextLine, numbering: tuple[str, str, str, str, bool], flow: Flow) -> bool:
    """Convention (a questionnaire's answers, 答　１．就学… / ２．学校…): a list's first item may share its
    row with a lead-in (答, Q., a question's mark), the next items set under it at that item's label.
    The line's label follows on the list when the label one before it of its system stands on the line
    right above, after the lead-in (not where that line starts: a label there is read on its own
    line), at the line's own first letter. The label above must stand past the lead-in's start by more
    than a step and within a step of the line's first letter: where that letter stands no further in
    than the line above starts (most numbered lines, a list's items under one another), no label can,
    and the previous label's pattern is neither made nor sought."""
    if prev.blank or prev.page != line.page:
        return False
    first, lead = _first_letter_x(line), _first_letter_x(prev)
    if first is None or lead is None or first <= lead:
        return False
    pattern = previous_label(numbering)
    if pattern is None:
        return False
    glyphs = [(fold_width(ch), box) for span in prev.source.spans for ch, box in zip(span.text, span.char_boxes)]
    starts, text = [], ""
    for ch, _ in glyphs:
        starts.append(len(text))
        text += ch
    step = flow.settings.typography.same_indent * line.size
    for m in pattern.finditer(text):
        if m.start() in starts:
            x = glyphs[starts.index(m.start())][1][0]
            if x > lead + step and abs(x - first) <= step:
                return True
    return False


def _block_label(s: str) -> bool:
    """＜取組＞ alone on its line (BLOCK_LABEL); a line with no angle bracket is not looked at further."""
    return ("<" in s or "＜" in s) and BLOCK_LABEL.match(_SPACES.sub("", s)) is not None


def _article(f: str) -> str:
    """The article number (第N条) that opens the folded line `f`, or ""."""
    m = match_opening(ARTICLE, f)
    return m.group(1) if m else ""


def _unsuffixed_article(f: str) -> str:
    """The number 第Ｎ (no 条) opening the folded line `f`, asked only of a line right under an article's
    bracketed caption. Convention (要綱・要領 in 公用文: (目的) / 第１　この要領は…): such a line opens an
    article as 第Ｎ条 does in a statute; elsewhere 第１ alone is a part's label (第１　総則). Under such a caption
    a statute's 第Ｎ条 run into its text with no space (第1条この基準は…, an OCR layer's) opens the article too
    (GLUED_ARTICLE)."""
    m = match_opening(UNSUFFIXED_ARTICLE, f) or match_opening(GLUED_ARTICLE, f)
    return m.group(1) if m else ""


def _article_of(line: TextLine, f: str, gap: float, chars: int, tab: float,
                before: LineRole | None) -> tuple[str, str]:
    """(number, caption) of a 法令 article opening the folded line `f` (_article, _article_title), or,
    right under an article's caption (`before`: the line above's role), of a 要綱's 第Ｎ (_unsuffixed_article).
    Convention (a word processor that places words instead of typing the 全角 space, 一太郎's export):
    the article's number may stand apart from its text by a visible gap with no space in the text
    layer (第１条 and 図書、… as two pieces): read as the number and its text, as if spaced."""
    article, title = _article(f), _article_title(f)
    if not article and before is not None and before.article_caption:
        article = _unsuffixed_article(f)
    if not article and f.startswith("第"):   # most lines: an article's number opens them spaced, or none does
        gapped = _gap_after_label(line, gap, chars, tab)
        if gapped:
            g = folded(gapped)
            article, title = _article(g), title or _article_title(g)
    return article, title


def _centred(line: TextLine, letters: tuple[float, float], left: float, bounds: tuple[float, float], flow: Flow) -> bool:
    """The line's letters (x0 … x1) stand clear of both edges of the running text by `centred_clear` ems
    of its own size. Convention (a page set in columns: a notice's banner ≡入札公告≡ set at 14 pt centred in
    a column 22 ems of the body wide): a line set larger than the body in a narrow column cannot stand
    four of its own ems clear of both edges however it is centred; its letters' middle on its column's
    middle (within `centred_axis` ems of its size), four ems of the body clear of both edges, centre it —
    in a column of a page set in columns (Flow.columns; a page of one column keeps the first measure)."""
    hs = flow.settings.headings
    (x0, x1), (lo, hi) = letters, bounds   # bounds: Flow.bounds of the line, asked once by _role
    if x0 >= left + hs.centred_clear * line.size and x1 <= hi - hs.centred_clear * line.size:
        return True
    clear = hs.centred_clear * flow.body_size
    return line.size > flow.body_size and line.column is not None and bool(flow.columns.get(line.page)) \
        and x0 >= left + clear and x1 <= hi - clear and abs((x0 + x1) / 2 - (lo + hi) / 2) <= hs.centred_axis * line.size


def _particulars(f: str, centred: bool) -> str:
    """記 alone and centred on the folded line `f` opens a notice's particulars ("opens"); 以上 alone closes
    them ("closes")."""
    if "記" not in f and "以" not in f:   # most lines: neither PARTICULARS (記) nor CLOSING (以上) is on them
        return ""
    bare = _SPACES.sub("", f)
    if len(bare) > 2:   # most lines
        return ""
    return "opens" if centred and PARTICULARS.match(bare) else "closes" if CLOSING.match(bare) else ""


def _article_title(f: str) -> str:
    """The caption an article's number is followed by on the folded line `f` (without its brackets), or ""."""
    m = match_opening(ARTICLE_TITLE, f)
    return (m.group(1) or m.group(2)).strip() if m else ""


def _caption(f: str) -> str:
    if "(" not in f:   # most lines: no bracket opens a caption (f is folded: （ reads as "(")
        return ""
    m = ARTICLE_CAPTION.match(_SPACES.sub("", f))
    return m.group(1) if m else ""


def _address(s: str) -> str:
    """Whether the line opens with a web or mail address ("opens"), holds one ("holds"), or none ("")."""
    if "@" not in s and "://" not in s and "www." not in s:   # most lines: none of what each address holds
        return ""
    m = _ADDRESS.search(s)
    return "" if m is None else "opens" if not s[:m.start()].strip() else "holds"


def _gap_after_label(line: TextLine, gap: float, chars: int, tab: float, apart: bool = False) -> str | None:
    """The line's text with a space where its first few glyphs stand apart from the next by a
    visible gap (一　主旨 printed as 一 and 主旨, or with the text layer's space left out): what a
    reader sees is a label and its title. None when there is no such gap, or when the glyph after
    the gap stands apart from its own next one as well: a word letter-spaced across its line
    (一　般　会　計, a title page's name set at even steps) has no label. A space character there is
    such a gap only when the gap is `tab` ems wide (_tab_after; `apart`: the line is set apart from the body)."""
    text, boxes = _first_glyphs(line, chars)
    width = gap * line.size
    for k in range(1, min(len(boxes), chars + 1)):
        if text[k - 1].isspace():
            return None
        if text[k].isspace():
            return line.text if _tab_after(text, boxes, k, tab * line.size, apart) and line.text.startswith(text[:k + 1]) else None
        if boxes[k][0] - boxes[k - 1][2] >= width:
            head = text[:k]
            return head + " " + line.text[k:] if line.text.startswith(head) and not _spaced_on(text, boxes, k, width) else None
    return None


def _first_glyphs(line: TextLine, chars: int) -> tuple[str, Sequence[tuple[float, float, float, float]]]:
    """The line's first glyphs (a few past `chars`) and their boxes."""
    first = line.source.spans[0] if line.source.spans else None
    if first is not None and len(first.char_boxes) > chars and len(first.text) == len(first.char_boxes):
        return first.text, first.char_boxes   # the usual case: one span holds them all
    pairs = list(islice(((ch, box) for s in line.source.spans for ch, box in zip(s.text, s.char_boxes)), chars + 2))
    return "".join(ch for ch, _ in pairs), [box for _, box in pairs]


def _tab_after(text: str, boxes: Sequence[tuple[float, float, float, float]], k: int, width: float,
               apart: bool = False) -> bool:
    """Convention (公用文 typed in Word, 第２⇥条約との関係について): the label's title is set a tab or a 全角
    space after it, which the text layer may keep as one half-width space (its glyph box half an em
    wide, the title's first glyph a full em after the label's last). One space character standing in a
    gap `width` wide is that typed gap — Word's autospace between a digit and the kanji after it
    (第10 条: a quarter em) and a half-width space (half an em) are narrower — so the label stands apart
    from its title as a label set apart by a visible gap does, even before a counter (条約, 年度). A bare
    number in the running text is no such label: before a unit across a space it reads as a quantity (10
    月に開催された…, 3 件の事例), however wide the space is set; a label with its system's mark (第２, ２．)
    is one, and so is a bare number on a line set apart from the body (`apart`: the heading face —
    １⇥条約やモデル法について in Gothic over a Mincho text, a quantity never opens such a line).
    Convention (type set condensed, each glyph advancing less than its em box: ３　月別の公害苦情件数 in a report's
    Gothic heading): the gap is measured from where the space starts when the label's box overhangs it — the space's
    own advance is the typed gap; the label's box edge, past it, would take a 全角 space for a narrower one."""
    if k + 1 >= len(boxes) or text[k + 1].isspace() or not (apart or not text[:k].isdigit()):
        return False
    start = boxes[k][0] if boxes[k - 1][0] < boxes[k][0] < boxes[k - 1][2] else boxes[k - 1][2]
    return boxes[k + 1][0] - start >= width


def _spaced_on(text: str, boxes: Sequence[tuple[float, float, float, float]], k: int, width: float) -> bool:
    """The glyph after a gap (at k) stands apart from its own next one too: the word is letter-spaced
    (every glyph set apart), not a label before a title set solid. Convention (a chapter title spread to
    a width: 第2⇥一 般 会 計): one word per run of even spacing — a label of glyphs set solid (第2) before
    glyphs spread apart is a label before its letter-spaced title; a label's one glyph (一 般 会 計, a
    word letter-spaced across a title page) or glyphs spread as the rest are (第 二 次) is the word's start."""
    if k + 1 >= len(boxes) or text[k + 1].isspace() or boxes[k + 1][0] - boxes[k][2] < width:
        return False
    return k < 2 or any(boxes[j][0] - boxes[j - 1][2] >= width for j in range(1, k))


def text_left(flow: Flow) -> dict[int, float]:
    """Per page, where the running text starts (the commonest left edge of body lines)."""
    edges: defaultdict[int, Counter] = defaultdict(Counter)   # (a page's Counter made once, not once per line)
    for it in flow.items:
        if isinstance(it, TextLine) and not it.blank and abs(it.size - flow.body_size) <= flow.settings.typography.near_size:
            edges[it.page][round(it.x0)] += 1
    share = flow.settings.headings.left_edge_share
    left: dict[int, float] = {}
    for p, c in edges.items():   # the commonest edge's count once per page, not once per edge
        most = max(c.values())
        left[p] = min(x for x, n in c.items() if n >= most / share)
    if left:   # a page of figures has no running text: the document's usual edge holds there
        usual = sorted(left.values())[len(left) // 2]
        for p in {it.page for it in flow.items if isinstance(it, TextLine)} - set(left):
            left[p] = usual
    return left


# letters (or digits) each alone, set apart by spaces, in brackets too: （歳　　入）; a sign is no letter of a spaced
# title (a listing's line "E ;", a blank's letter before its semicolon)
_LETTER_SPACED = regex.compile(r"^\s*[（(]?[\p{L}\p{N}](?:\s+[\p{L}\p{N}])+[）)]?\s*$")


def letters_span(line: TextLine) -> tuple[float, float]:
    """Where the line's visible letters start and end (leading and trailing spaces left out)."""
    boxes = list(chain.from_iterable(_letter_boxes(s) for s in line.source.spans))
    return (min(map(_LEFT, boxes)), max(map(_RIGHT, boxes))) if boxes else (line.x0, line.x1)


_LEFT, _RIGHT = itemgetter(0), itemgetter(2)


def letters_right(line: TextLine) -> float:
    """Where the line's visible letters end: letters_span's right end, its left not measured and no list of
    boxes made (page_flow._measure_right asks it of every line of a page: 7,297 lines over the corpus)."""
    return max(map(_RIGHT, chain.from_iterable(_letter_boxes(s) for s in line.source.spans)), default=line.x1)


def _first_letter_x(line: TextLine) -> float | None:
    """Where the line's first visible glyph starts (the first of letters_span's boxes), or None."""
    for s in line.source.spans:   # the first letter found by the span's text (str.lstrip's white space is
        text = s.text                 # str.isspace's), not glyph by glyph
        lead = len(text) - len(text.lstrip())
        if lead < len(text) and lead < len(s.char_boxes):   # (as a zip of the two would stop)
            return s.char_boxes[lead][0]
    return None


def _letter_boxes(span: Span) -> Sequence[tuple[float, float, float, float]]:
    """The boxes of a span's visible glyphs: when no space stands between its letters (most
    spans: spaces only before or after them), the run between, taken whole rather than glyph
    by glyph."""
    text = span.text
    lead, end = len(text) - len(text.lstrip()), len(text.rstrip())
    if text[lead:end].split() == [text[lead:end]]:
        return span.char_boxes[lead:end]
    return [b for ch, b in zip(text, span.char_boxes) if not ch.isspace()]


def slide_titles(flow: Flow) -> dict[int, str]:
    """Flow indexes of the slides' titles in a deck (Flow.deck), with their kind: on each slide,
    its title in the band at its top (Flow.slide_titles: typography.slide_title, the test that
    also tells a deck: the largest line in the band, larger than the slide's own body or the
    document's, read over all the slide's lines, a table's too), "title";
    on a slide with no title in its band and only a few lines (slides.section_lines), the
    largest of them when it is larger than the body (a word set vertically counting as one row,
    _rows_of_text): a section slide, its title alone in the
    middle ("section"). A title wrapped to a second line runs on to it as any title set apart
    does (title_lines.title_lines)."""
    if not flow.deck:
        return {}
    larger = flow.settings.typography.larger
    slides: dict[int, list[tuple[int, TextLine]]] = {}
    for i, it in enumerate(flow.items):
        if isinstance(it, TextLine) and not it.blank:
            slides.setdefault(it.page, []).append((i, it))
    out: dict[int, str] = {}
    for page, lines in slides.items():
        own = flow.slide_titles.get(page, ())
        titles = [i for i, t in lines if any(_holds(t.source, s) for s in own)]
        if titles:
            out.update((i, "title") for i in titles)
            continue
        big = [(-t.size, t.y0, i) for i, t in lines if t.size > flow.body_size + larger]
        if big and _rows_of_text([t for _, t in lines], flow) <= flow.settings.slides.section_lines:
            out[min(big)[2]] = "section"
    return out


def _holds(line: Line, piece: Line) -> bool:
    """The flow's line is the page's line `piece`, or was joined from it with the other pieces of its row
    (page_flow.merge_fragments: a title set in two runs on one row, 連携フォーマット　②メタデータ登録（1）, one line
    whose spans are the pieces' own): the title the slide's band holds is that line, whichever run it names."""
    return line is piece or bool(piece.spans) and any(s is piece.spans[0] for s in line.spans)


def _rows_of_text(lines: list[TextLine], flow: Flow) -> int:
    """How many rows of text a slide holds, a word set vertically — one or two glyphs to a row,
    stacked at one place (a section's tab at the sheet's edge: 予/算/編/成) — counting as one."""
    ms = flow.settings.margins
    rows, last = 0, None
    for t in sorted(lines, key=lambda t: (round(t.x0), t.y0)):
        short = 0 < len(_SPACES.sub("", t.text)) <= ms.tab_chars
        if short and last is not None and abs(t.x0 + t.x1 - last.x0 - last.x1) <= last.size \
                and 0 <= t.y0 - last.y0 <= last.y1 - last.y0 + ms.tab_leading * last.size:
            last = t
            continue
        rows += 1
        last = t if short else None
    return rows


def line_roles(flow: Flow) -> list[LineRole | None]:
    """Each flow item's role (None for a table). `continues` looks at the text line right
    before, within the running text (a table or a contents line breaks the run)."""
    out: list[LineRole | None] = []
    left = flow.text_left or text_left(flow)   # (build_flow found it once: Flow.text_left)
    titles = slide_titles(flow)
    prev: TextLine | None = None
    before: LineRole | None = None
    folds: dict[int, str] = {}   # each text line's folded text, once: the roles and the 改め文's sentences read it
    for i, it in enumerate(flow.items):
        if not isinstance(it, TextLine):
            out.append(None)
            prev = None
            continue
        f = folds[i] = folded(it.text) if not it.blank else ""
        role = _role(it, flow, None if i in flow.contents else prev, before, left.get(it.page, it.x0), f)
        if i in titles:
            role = role._replace(slide_title=titles[i])
        out.append(role)
        prev, before = (None, None) if i in flow.contents else (it, role)
    for i in _side_by_side(flow, out):
        item = out[i]
        assert item is not None
        out[i] = item._replace(on_a_row=True)
    for i in _after_hanging_rows(flow, out):
        item = out[i]
        assert item is not None
        out[i] = item._replace(follows_item=True)
    for i in _amended_text(flow, out, folds):
        item = out[i]
        assert item is not None
        out[i] = item._replace(quoted=True)
    for i, numbering in _wrapped_bands(flow, out, folds):
        item = out[i]
        assert item is not None
        out[i] = item._replace(numbering=numbering)
    for i, caption in _wrapped_captions(flow, out, folds):
        item = out[i]
        assert item is not None
        out[i] = item._replace(article_caption=caption)
    for i in _roman_letters(out):
        item = out[i]
        assert item is not None and item.numbering is not None
        out[i] = item._replace(numbering=("paren_roman", *item.numbering[1:]))
    return out


def _roman_letters(roles: list[LineRole | None]) -> list[int]:
    """The lines whose label (i), (v) or (x) was read as a letter but counts in its list's roman numerals
    (numbering.roman_in_its_list: (i) followed by (ii)): the label before and after each is the numbered
    line before and after it in the flow."""
    numbered = [(i, r.numbering) for i, r in enumerate(roles) if r is not None and r.numbering is not None]
    out = []
    for k, (i, numbering) in enumerate(numbered):
        if numbering[0] != "paren_letter":
            continue
        before = numbered[k - 1][1] if k else None
        after = numbered[k + 1][1] if k + 1 < len(numbered) else None
        if roman_in_its_list(numbering[2], before, after):
            out.append(i)
    return out


def _wrapped_bands(flow: Flow, roles: list[LineRole | None], folds: dict[int, str]) -> list[tuple[int, tuple[str, str, str, str, bool]]]:
    """Convention (a part's title in corner brackets wrapped over two lines: 【南野オープンデータカタログの…に関す /
    る重要情報】): a line with no numbering that opens a 【 it does not close, whose next line on its page
    continues it and closes the bracket there, is a band as the two lines joined would be (a band's title
    as its first line prints it: the title runs on to the second). `folds`: each text line's folded text
    (line_roles folded it once; a line with a role is a text line, so it has one)."""
    out = []
    for i, role in enumerate(roles):
        if role is None or role.numbering is not None or i + 1 >= len(roles) or (after := roles[i + 1]) is None \
                or not after.continues:
            continue
        line, nxt = flow.line(i), flow.line(i + 1)
        first, second = folds[i], folds[i + 1]
        if not first.startswith("【") or "】" in first or nxt.page != line.page or not second.endswith("】"):
            continue
        joined = match_numbering(line.text + nxt.text, folded(line.text + nxt.text))
        if joined is not None and joined[0] == "band":
            out.append((i, (joined[0], joined[1], joined[2], first, joined[4])))
    return out


def _wrapped_captions(flow: Flow, roles: list[LineRole | None], folds: dict[int, str]) -> list[tuple[int, str]]:
    """Convention (a statute's caption too long for its row: (先の特許出願を参照すべき旨を主張する方法による特許出願をする場合の手続 /
    等) over 第27条の10 …): a line with no numbering that opens a bracket it does not close, whose next line on its page
    continues it and closes the bracket there, right over the line an article's number opens, is that article's
    caption as the two lines joined would be — its first line's words (the title runs on to the second, as a wrapped
    band's does: _wrapped_bands). `folds`: each text line's folded text."""
    out = []
    for i, role in enumerate(roles[:-2]):
        if role is None or role.numbering is not None or role.article_caption or not folds.get(i, "").startswith("(") \
                or (after := roles[i + 1]) is None or not after.continues or (number := roles[i + 2]) is None \
                or not number.article or flow.line(i + 1).page != flow.line(i).page:
            continue
        if ARTICLE_CAPTION.match(_SPACES.sub("", folds[i] + folds[i + 1])) and ")" not in folds[i] and "(" not in folds[i + 1]:
            out.append((i, _SPACES.sub("", folds[i])[1:]))
    return out


_OPENS, _CLOSES = "「(（", "」)）"
_BRACKET = regex.compile(f"[{regex.escape(_OPENS + _CLOSES)}]")


def _bracket_depths(text: str, quote: int, paren: int) -> tuple[int, int]:
    """Convention of 改め文: the words an instruction quotes (「…」) are fragments of the amended statute
    and may open a parenthesis they do not close (中「サウナ室に設ける放熱設備（以下「サウナ設備」という」を…):
    a parenthesis counts only outside the quotes. (quote, paren): the depths of 「…」 and of （…） open at
    the start of `text`; returned as they stand at its end."""
    for ch in _BRACKET.findall(text):
        if ch == "「":
            quote += 1
        elif ch == "」":
            quote = max(0, quote - 1)
        elif not quote:
            paren = max(0, paren + (1 if ch in _OPENS else -1))
    return quote, paren


def _amended_text(flow: Flow, roles: list[LineRole | None], folds: dict[int, str]) -> list[int]:
    """Convention of 改め文 (a bill, rule or notice that amends another): its body is a list of
    instructions on the amended statute (第３条中「…」を「…」に改める。); one that closes with
    次のように改める。 or 次の…を加える。 (numbering.AMENDMENT_ANNOUNCES) is followed by the amended text
    itself — an article with its caption, a chapter, paragraphs, items — set as the statute sets them, but
    quoted: no part of this paper's outline. The amended text runs to the next instruction (a sentence
    that opens with the provision it amends and closes with an amending verb, no article's number set
    apart at its start: AMENDMENT_INSTRUCTION) or to this paper's own 附則 (_sentences). `folds`: each
    line's folded text (line_roles). A sentence's text is joined only where it is read: one that
    opens on a line with no article's number."""
    out: list[int] = []
    quoting = False
    for sentence in _sentences(flow, roles, folds):
        if not sentence:   # this paper's own 附則
            quoting = False
            continue
        first = roles[sentence[0]]
        text = AMENDED_WORDS.sub("", _SPACES.sub("", "".join([folds[j] for j in sentence]))) \
            if first is not None and not first.article else None
        if text is not None and AMENDMENT_INSTRUCTION.match(text):
            quoting = AMENDMENT_ANNOUNCES.search(text) is not None
        elif quoting:
            out.extend(sentence)
    return out


def _sentences(flow: Flow, roles: list[LineRole | None], folds: dict[int, str]) -> list[list[int]]:
    """The flow's text lines read sentence by sentence: a sentence ends with a line that closes with 。
    outside brackets (「…」, and （…） opened outside the quotes: _bracket_depths); a 附則 alone on its line stands as an empty sentence of its own.
    Read on the lines' folded text (`folds`: stripped, so it ends as it does with its spaces out;
    a bracket counts the same with or without them)."""
    out: list[list[int]] = []
    sentence: list[int] = []
    quote = paren = 0
    for i, role in enumerate(roles):
        it = flow.items[i]
        if role is None or not isinstance(it, TextLine) or it.blank or i in flow.contents:
            continue
        if role.numbering is not None and role.numbering[0] == "supplementary":
            out += [sentence, []] if sentence else [[]]
            sentence, quote, paren = [], 0, 0
            continue
        f = folds[i]
        sentence.append(i)
        if _BRACKET.search(f) is not None:   # most lines hold no bracket: their depths are the line before's
            quote, paren = _bracket_depths(f, quote, paren)
        if not quote and not paren and f.endswith("。"):
            out.append(sentence)
            sentence = []
    return out + [sentence] if sentence else out


def _after_hanging_rows(flow: Flow, roles: list[LineRole | None]) -> list[int]:
    """Convention (a definition list, ・③事務室……端末機…を設置して / いる室、店舗… / ④データ等保管室……): an
    item's wrapped rows set under its text, not under its label, belong to it; the next item's label
    follows on the list when the label one before it of its system stands, after the lead-in (a bullet,
    ・), on the first row of the item above — the nearest line up the page that starts no further in than
    this line's first letter — at this line's first letter, as on the line right above (_follows_item):
    the next item of that list, its own bullet left out by a slip."""
    out = []
    for i, role in enumerate(roles):
        if role is None or role.numbering is None or role.follows_item:
            continue
        j = _item_row_above(i, flow, roles)
        if j is not None and _follows_item(flow.line(i), flow.line(j), role.numbering, flow):
            out.append(i)
    return out


def _item_row_above(i: int, flow: Flow, roles: list[LineRole | None]) -> int | None:
    """The first row of the item above line i, past one or more rows set further in than i's first
    letter on its page (its wrapped rows, under its text); None when the line right above is no such
    row (_follows_item reads that line itself) or the rows run back to a table, a contents line or
    another page."""
    line = flow.line(i)
    first, step = _first_letter_x(line), flow.settings.typography.same_indent * line.size
    j = i - 1
    while first is not None and j >= 0 and roles[j] is not None and (above := flow.line(j)).page == line.page \
            and (x := _first_letter_x(above)) is not None and x > first + step:
        j -= 1
    if j == i - 1 or j < 0 or roles[j] is None or j in flow.contents or flow.line(j).page != line.page:
        return None
    return j


def _side_by_side(flow: Flow, roles: list[LineRole | None]) -> set[int]:
    """Convention: items of one list set side by side as lines of their own on one row (chart titles
    ②累積欠損金比率 ③流動比率 over their charts, options set in a row of cells): a labelled line with the
    next label of its system (numbering.label_number one on) on its row, to its right, and that line:
    both are items, as ４．… ５．… inside one line are (LineRole.on_a_row). Lines of two columns at one
    height are no row: on a page set in columns, （６） closing the left column's passage and （７） opening
    the right one's stand level by chance (Flow.across_gutter: each in its own column, TextLine.column)."""
    numbered: dict[int, list[tuple[int, int, str]]] = {}
    for i, role in enumerate(roles):
        m = role.numbering if role is not None else None
        n = label_number(m) if m else None
        if m and n is not None:
            numbered.setdefault(flow.line(i).page, []).append((i, n, m[0]))
    out: set[int] = set()
    for lines in numbered.values():
        for i, n, system in lines:
            a = flow.line(i)
            for j, k, other in lines:
                b = flow.line(j)
                if k == n + 1 and other == system and b.x0 >= a.x1 and share_a_row(a, b, flow) \
                        and not flow.across_gutter(a, b):
                    out.update((i, j))
    return out


def item_starts(lines: list[TextLine], roles: list[LineRole | None], settings: Settings) -> list[bool]:
    """Where the items of a block (a goal block's lines, with their roles) begin: at each of its
    bullets (・), the text before the first an item of its own; without bullets, at a line at the
    block's indent after a line that ends short of its column's edge (deeper lines, ① … or
    1. …, stay in the item they complete)."""
    bullets = [r is not None and r.mark == BULLET for r in roles]
    if any(bullets):
        return [b or k == 0 for k, b in enumerate(bullets)]
    base = min(l.x0 for l in lines)
    out: list[bool] = []
    ended = False   # the item's last line so far ends short of its column's edge
    for l, r in zip(lines, roles):
        at_base = abs(l.x0 - base) <= settings.typography.same_indent * l.size
        out.append(not out or (at_base and ended))
        ended = r is None or not r.reaches_edge
    return out


def list_item_starts(lines: list[TextLine], same_indent: float) -> list[bool]:
    """Where the items of a bulleted list begin (＜取組＞ bullets, read from the lines alone):
    at bullets at the list's own indent; a deeper bullet stays in its item."""
    marked = [mark_of(l.text) == BULLET for l in lines]
    indent = min((l.x0 for l, m in zip(lines, marked) if m), default=0)
    return [k == 0 or (m and l.x0 <= indent + same_indent * l.size) for k, (l, m) in enumerate(zip(lines, marked))]


# ---------------------------------------------------------------- one role per line, for a picture
@dataclass(frozen=True, slots=True)
class LineReport:
    """A line (or a table cell) as read: where, what it says, its role and why."""
    page: int
    order: int            # reading order in the flow (0: set aside, not in the flow)
    box: tuple[float, float, float, float]
    text: str
    role: str             # heading | body | item_start | goal_label | caption | contents | table_cell | footnote | furniture
    evidence: str
    level: int = 0        # a heading's depth


def _heading_evidence(role: LineRole | None, level: int, system: str) -> str:
    how = ", ".join(role.style) if role is not None and role.style else "not set apart"
    where = {"title": "a slide's title (the band at its top)", "section": "a section slide's title"}.get(
        role.slide_title if role is not None else "", "a line of its own")
    return f"level {level}; system {system}; {how}; {where}"


def _system_name(role: LineRole | None) -> str:
    """The numbering system a heading's line is read by, for its evidence."""
    if role is not None and role.numbering:
        return role.numbering[0]
    return "article (its caption on its number's line)" if role is not None and role.article_title else "title (unnumbered)"


def _text_role(i: int, line: TextLine, flow: Flow, headings: HeadingIndex, goal_lines: set[int]) -> tuple[str, str, int]:
    """(role, evidence, level) of a flow text line, once headings and goals are read."""
    role = flow.roles[i]
    if i in headings.at:
        h = headings.at[i]
        system = _system_name(role)
        return "heading", _heading_evidence(role, h.level, system), h.level
    if i in headings.continuations:
        return "heading", "the title above runs on to this line", 0
    if i in flow.contents:
        return "contents", "a line of the table of contents", 0
    if role is None:
        return "body", "", 0
    if role.goal and i in goal_lines:
        return "goal_label", "a goal label opens a goal block", 0
    if role.caption:
        return "caption", "a figure or table caption", 0
    if role.quoted:
        return "body", "the amended text an instruction of a 改め文 announces (quoted, no heading)", 0
    numbered = _list_item(role)
    if role.item_start and not line.text[:1].isspace():
        return "item_start", (f"bullet {role.mark}" if role.mark else "enumeration") + numbered, 0
    if role.item_start:
        return "body", "starts a paragraph: indented first line" + numbered, 0
    return "body", ("continues the line above" if role.continues else "starts a paragraph") + numbered, 0


def _list_item(role: LineRole) -> str:
    """The evidence of a numbered line that heads nothing (a row of items side by side says so)."""
    if not role.numbering:
        return ""
    return f"; numbered ({role.numbering[0]}) but no heading: a list item" + (", the next item on its row" * role.on_a_row) \
        + (", the next item under the one after a lead-in on the line above" * role.follows_item)


def _cells(table: Table, order: int) -> list[LineReport]:
    """A table's cells as drawn (merged cells once), with their text."""
    spans = table.cells_as_drawn()
    out = []
    for r, c, rs, cs in spans:
        if r + rs > len(table.rows) or c + cs > len(table.columns):
            continue
        box = (table.columns[c][0], table.rows[r].y0, table.columns[c + cs - 1][1], table.rows[r + rs - 1].y1)
        cell = table.rows[r].cells[c] if c < len(table.rows[r].cells) else None
        text = " ".join(cell.text_lines) if cell else ""
        out.append(LineReport(table.page, order, box, text, "table_cell", f"row {r + 1}, column {c + 1}"
                              + (f", spans {rs}x{cs}" if rs > 1 or cs > 1 else "")))
    return out


def describe(flow: Flow, headings: HeadingIndex, goal_lines: set[int]) -> list[LineReport]:
    """Every line of the flow (and every table cell) in reading order with its role and evidence,
    then the lines set aside (footnote area, furniture); `headings` is the flow's HeadingIndex,
    `goal_lines` the flow indexes goal blocks use."""
    out: list[LineReport] = []
    for i, it in enumerate(flow.items):
        if isinstance(it, Table):
            out += _cells(it, i + 1)
        elif not it.blank:
            role, why, level = _text_role(i, it, flow, headings, goal_lines)
            out.append(LineReport(it.page, i + 1, (it.x0, it.y0, it.x1, it.y1), it.text, role, why, level))
    for ln, kind in flow.set_aside:
        if ln.text.strip():
            role, why = ("footnote", "the footnote area: small type at the foot") if kind == "footnote" \
                else ("furniture", kind)
            out.append(LineReport(ln.page, 0, (ln.x0, ln.y0, ln.x1, ln.y1), ln.text, role, why))
    return out
