"""The heading tree, from numbering and typography together, for any document:

    heading_candidates → keep_headings → nest (depth) → title_lines (titles run on)

This module makes a document's candidates and keeps some (find_headings runs the whole); a deck's candidates
are deck_headings.py's, a statute's articles article_headings.py's, a schedule's priced rows (no headings)
schedule_rows.py's, the depth heading_levels.py's (nest), the lines a title runs on to title_lines.py's; the
Candidate record is heading_candidate.py's and a line's neighbours in the flow neighbours.py's.

Numbering systems (extractors/numbering.py: 第N部, 第N章, 第N節, 第N and N followed by a space (公用文),
Ⅰ./I., 1., 1.1 and 1.1.1 (or 1-1), (1), 1), A., ①, (A), (一), ア.) are recognised at the start of a line, in whatever width the document
prints them. A line is a candidate when it is a line of its own — not the wrapped
continuation of a paragraph, no sentence ending in 。, no bullet, caption, table-of-contents or
goal line. Which candidates are headings is learned per document and per system: where most
candidates of a system are set apart (bold, larger than body type, or underlined), its plain
ones are list items; an unstyled label followed by a space is an enumeration (① 人間の尊厳…),
unless it titles what follows (short, or — a ⑴ of a legal outline — no sentence however long).
Unnumbered titles (はじめに, 関連する用語) count when they are set apart, at the left of the
text, and short.

Depth is the document's own: a system met inside another nests one level below it, a system
met again closes the levels under it; an unnumbered title sits under the nearest heading set
in larger type (at the top when there is none). 【…】 bands and items (①, (A)) share a level.
"""
from __future__ import annotations

from collections import Counter
from itertools import takewhile
from dataclasses import replace

import regex

from extractors.numbering import wholly_bracketed, CIRCLED_ORDER, NOTE_HEAD, BAND_ALONE, ENCLOSED_WHOLE, FORM_BLANK, formula_title, ADDRESS_TAG, FIGURE_TITLE, BAND_IN_ROW, BRACKET_TAG, HEADING_MARKS, QUESTION_ALONE, breaks_off, closes_a_sentence, ends_with_full_stop, english_sentence, has_full_stop, PART_NUMERAL, QUOTED_WHOLE, JAPANESE_TITLE, JUDGED, LATIN_PHRASE, LATIN_TEXT, LABEL_ALONE, NEVER_LISTS, NO_LETTER, note_line, OMITTED, OUTLINE, RANKED, RUNS, SPACED_OR_STYLED, STYLED_ONLY, \
    BY_NAME, CONTACT_BAND, DOC_NUMBER, LATIN_SENTENCE_END, SERVES_PROVISIONS, SUBJECT_LINE, TOP, TOPIC, UNIT_AFTER, UNIT_AT_END, WHOLE_LINE, \
    first_label, folded, label_alone, label_number, number_alone, schedule_entry
from extractors.article_headings import (article_candidate, article_line, caption_above, caption_closed, captioned_above, law_name,
                                         number_line, outside_articles, part_caption)
from extractors.cover import NO_COVER, Cover, PrintedTitle, cover_lines, printed_title
from extractors.geometry import on_the_cover
from extractors.deck_headings import item_rows, row_figure, slide_candidates
from extractors.heading_candidate import Candidate, candidate_text, small_label
from extractors.heading_levels import bracket_alone, date_alone, division, nest
from extractors.line_roles import LineRole, letters_span, text_left
from extractors.ocr_layer import DASHES
from extractors.neighbours import blank, next_item, previous_item, printed_again, share_a_row, shared_rows
from extractors.records import Flow, Heading, HeadingIndex, Table, TextLine
from extractors.schedule_rows import item_of_note, schedule_row
from extractors.typography import gothic_over_mincho, kanji_sized
from extractors.title_lines import after_white, at_indent, continues, join_title, opens_a_paragraph, plain_row, reaches, runs_on, \
    set_like, title_beside, title_lines, title_start
from normalizers.bodies import MINUTES_KIND_ALONE
from normalizers.dates import whole_date
from normalizers.text import SPACES as _SPACES, clean, fold_width, visible



# a word letter-spaced at the line's end (開　会): single letters, each set apart from the next by white
_SPACED_WORD = regex.compile(r"\p{L}(?:\s+\p{L})+\s*$")
# what a published copy prints where it left a block out ((省略), (略), (非公表)): the block's mark of omission
_OMISSION = regex.compile(r"略|非公表|非開示")
# …and an extract's editor's mark where it leaves text out, in a band of its own (【中　略】, 【以下略】, 【後略】, 【省略】):
# a note on the copy, no heading of the text
_OMISSION_BAND = regex.compile(r"^【(?:以下|中|前|後)?省?略】$")


def _line_candidate(i: int, line: TextLine, flow: Flow) -> Candidate | None:
    s = candidate_text(line)
    role = flow.roles[i]
    assert role is not None
    styled = bool(role.style)
    marked = _marked(i, s, line, role, flow)
    if marked is not None:
        return marked
    if _no_title(s, role, flow) or _holds_a_blank(line):
        return None
    m, panel = role.numbering, "panel" in role.style
    if m is None and styled and (alone := _emblem(i, s, line, panel, flow) or _headed_note(i, line, flow)):
        return alone
    if m:
        indented = (role.indented and not _spaced_to_sibling(i, line, m, flow)) \
            or (role.opens_space and not m[4] and role.reaches_edge)
        return None if _label_not_heading(i, line, role, flow) else _numbered_candidate(i, m, s, line, styled, indented, panel)
    if role.letter_spaced and role.centred:
        return _centred_title(i, s, line, styled, flow)
    return _plain_title(i, s, line, role, styled, panel, flow)


def _headed_note(i: int, line: TextLine, flow: Flow) -> Candidate | None:
    """Convention (notes appended after a list or a table, each headed by its label and title on a line of its own —
    注１　○○地区の区域変更に伴う取扱いについて, ＊注３　… in a smaller type — over its paragraphs): a line opened by a
    note's label (numbering.NOTE_HEAD: 注N, a ＊ or ※ before it as printed) and a title that is no sentence, set apart
    as a heading is — in a heavier weight or another typeface than the text under it, white above it, the line under
    it no continuation of it — heads its note, labelled 注N, where another line on its page is a note's head set the
    same way (the notes' heads share their setting, as a document's other headings do; its size may be the notes' own
    smaller type). No numbering system: only the line so set apart is read, never a 注N line of a list or
    a table's notes, nor the lines under it (system "note": its heads are siblings, what they head nests under)."""
    head = _note_head(i, line, flow)
    if head is None:
        return None
    label, title = head
    if not any(j != i and isinstance(it, TextLine) and it.page == line.page and _note_head(j, it, flow)
               for j, it in enumerate(flow.items)):
        return None
    return Candidate(i, "note", "item", label, title, True, True, line.size)


def _note_head(i: int, line: TextLine, flow: Flow) -> tuple[str, str] | None:
    """(label, title) of a note's head set apart (_headed_note), else None."""
    m = NOTE_HEAD.match(line.text)
    role = flow.roles[i]
    if m is None or role is None or not (line.bold or "typeface" in role.style):
        return None
    title = clean(m.group(2)).strip()
    j = next_item(i, flow)
    below = flow.items[j] if j is not None else None
    under = flow.roles[j] if j is not None else None
    if has_full_stop(title) or breaks_off(title) or not isinstance(below, TextLine) or below.page != line.page \
            or under is None or under.continues or below.bold or not _apart_above(i, line, flow):
        return None
    return clean(m.group(1)), title


def _apart_above(i: int, line: TextLine, flow: Flow) -> bool:
    """White above the line (_white_above: a text line and a blank line's white, or a page break), or no text line
    right before it (the page's top, a table or a figure ends there)."""
    k = previous_item(i, flow)
    return k is None or not isinstance(flow.items[k], TextLine) or _white_above(i, line, flow)


def _spaced_to_sibling(i: int, line: TextLine, m: tuple[str, str, str, str, bool], flow: Flow) -> bool:
    """Convention (a specification typed in a word processor: "(1) 例示期間" placed by its paragraph's indent, then
    "　　(2) 例示期限" typed after spaces from the margin to the same place): a labelled line indented by typed spaces
    whose first letter stands where the label numbered one before it in its system stands (within
    settings.headings.sibling_ink), that label at most sibling_lines lines before on the page and on a line opened by
    no space (or itself such a sibling: (3) after (2) after (1)), is that label's sibling: its spaces are no item's
    indent (_numbered_candidate)."""
    hs, number = flow.settings.headings, label_number(m)
    if number is None or number < 2:
        return False
    k = i
    for _ in range(hs.sibling_lines):
        j = previous_item(k, flow)
        if j is None or not isinstance(prev := flow.items[j], TextLine) or prev.page != line.page:
            return False
        r = flow.roles[j]
        if r is not None and r.numbering and r.numbering[0] == m[0] and label_number(r.numbering) == number - 1:
            return abs(letters_span(prev)[0] - letters_span(line)[0]) <= hs.sibling_ink * line.size \
                and (not prev.text[:1].isspace() or _spaced_to_sibling(j, prev, r.numbering, flow))
        k = j
    return False


def _plain_title(i: int, s: str, line: TextLine, role: LineRole, styled: bool, panel: bool, flow: Flow) -> Candidate | None:
    """An unnumbered line: a title set apart (by its type, a band, or its words boxed tight:
    TextLine.boxed, a poster's 囲み見出し in the body's type), else a section's line in body type."""
    framed = panel or line.boxed
    if styled and not framed and (_leads_paragraph(i, line, flow) or _emphasis(i, line, role, flow)):
        return None
    if not ((styled or line.boxed) and (_title_shaped(s, line, flow, framed or _heads_smaller_table(i, line, flow), role.centred,
                                                      _slide_title_ink(line, role, flow))
                                        or _bracketed_section(i, s, line, flow))):
        return _section_line(i, s, line, role, flow)
    return _unnumbered(i, s, line, framed)


def _emphasis(i: int, line: TextLine, role: LineRole, flow: Flow) -> bool:
    """Convention (a 公募要領 in one Gothic, bold runs inside its sentences — 「例示の額以下（直接経費として）」 on a row
    of its own, B) …必要があること over its wrapped row, …を試行的に導入する取組でもあり、 mid-paragraph): in a document
    that makes rows bold inside its paragraphs (a bold row continuing the sentence of the row above, in the body's
    size and face: Flow's emphasis), an unnumbered row set apart by its weight alone — in the body's size and face —
    with no white above it (the row above at the text's pitch) is emphasis in the text, no title."""
    if role.style != ("bold",) or abs(line.size - flow.body_size) > flow.settings.typography.larger \
            or _apart_above(i, line, flow):
        return False
    return any(_bold_run_on(j, flow) for j in range(1, len(flow.items)))


def _bold_run_on(j: int, flow: Flow) -> bool:
    """Row j is bold in the body's size and face, and the sentence of the plain row right above it runs on into it
    (that row, in the same column — starting no further right than a paragraph's indent past it —, runs to the edge
    and closes no sentence): a bold run inside a paragraph (_emphasis). A side column's link on the row above (a web
    page's "Japanese" over its [Provisional Translation]) is no sentence running on."""
    row, above, role, over = flow.items[j], flow.items[j - 1], flow.roles[j], flow.roles[j - 1]
    return isinstance(row, TextLine) and isinstance(above, TextLine) and role is not None and over is not None \
        and row.bold and "typeface" not in role.style and not above.bold and over.reaches_edge \
        and above.page == row.page and abs(row.size - flow.body_size) <= flow.settings.typography.larger \
        and above.x0 <= row.x0 + flow.settings.headings.paragraph_indent * row.size \
        and not above.text.rstrip().endswith(("。", "．", "."))


def _heads_smaller_table(i: int, line: TextLine, flow: Flow, over: int = 1) -> bool:
    """Convention (a map layer's legend sheet: 例示地区 in 10 pt bold Gothic over its ruled table of 7 pt rows, under
    a first page whose 12 pt paragraph sets the body's size): a bold line over a ruled table right under it on its page,
    every cell set smaller than the line, heads the table — a heading is set in the size of the text it heads or
    heavier, and the text it heads is the table's, not the body's —; and so does a bold line right over such a line
    set smaller than itself (例示項目詳細 over the first region's label). A heading so set apart at any size."""
    if not line.bold:
        return False
    j = next_item(i, flow)
    below = flow.items[j] if j is not None else None
    if isinstance(below, Table):
        sizes = [span.size for row in below.rows for cell in row.cells for span in cell.spans if span.text.strip()]
        return below.page == line.page and bool(sizes) and max(sizes) < line.size
    return over > 0 and j is not None and isinstance(below, TextLine) and below.page == line.page \
        and below.size < line.size and _heads_smaller_table(j, below, flow, over - 1)


def _slide_title_ink(line: TextLine, role: LineRole, flow: Flow) -> bool:
    """Convention (a deck printed and scanned, its OCR layer in one size): a slide's title is told by its ink (LineRole.style
    "ink": the deck's blue over black text) where it stands in a slide's title band — the page's top margin (`margin` of
    its height), or, on a handout page (Flow.handouts: two slides to a page), its lower half's too. A line in another
    ink elsewhere (a flyer's coloured phrase, a red 回覧 stamp under a circular's number) is set apart by no type."""
    if "ink" not in role.style:
        return False
    height = flow.page_heights.get(line.page, 0.0)
    tops = (0.0, height / 2) if line.page in flow.handouts else (0.0,)
    return any(abs(line.y0 - top) <= flow.settings.margins.margin * height for top in tops)


def _leads_paragraph(i: int, head: TextLine, flow: Flow) -> bool:
    """Convention (a 審査基準's rule stated at a paragraph's head in a bolder, larger face, its explanation
    in body type starting on the rule's last line: …効果が認め / られない。すなわち、…): an unnumbered line set
    apart that runs to its column's edge, its rows set like it each to the edge as well, ending on a row
    that opens in its type and goes on in the body's, is that paragraph's lead sentence, no title — a
    heading ends where its line ends; a line that continues in body type is no title line."""
    j = i
    while reaches(flow, j):
        k = j + 1
        nxt = flow.items[k] if k < len(flow.items) else None
        if not isinstance(nxt, TextLine) or nxt.page != head.page or nxt.blank \
                or not at_indent(head, nxt, None, flow, weight=False):
            return False
        if not set_like(head, nxt, flow, False, True):
            return _opens_in_then_body(head, nxt, flow)
        j = k
    return False


def _opens_in_then_body(head: TextLine, nxt: TextLine, flow: Flow) -> bool:
    """`nxt` opens in `head`'s face and weight and goes on in the body's face."""
    spans = [s for s in nxt.source.spans if s.text.strip()]
    return bool(spans) and spans[0].font == head.font and spans[0].bold == head.bold \
        and any(s.font == flow.body_font and s.font != head.font for s in spans[1:])


def _label_not_heading(i: int, line: TextLine, role: LineRole, flow: Flow) -> bool:
    """A label that opens no heading: set small beside its line (small_label), or an article's number
    under its caption (第１　… under (目的): the caption heads the article, its number's line is its text)."""
    return small_label(line, flow) or (bool(role.article) and captioned_above(i, flow)) \
        or (not role.style and (schedule_row(i, flow) or item_of_note(i, line, flow)))


def _section_line(i: int, s: str, line: TextLine, role: LineRole, flow: Flow) -> Candidate | None:
    """Convention (a speech's or a report's sections in body type: a 施政方針's 総　務, 危機管理): a short
    line with no label, mark or sentence sign, in the body's size, flush at the text's left edge, with a
    blank line above it (or a page break) and, right under it at the usual pitch, a paragraph opened one
    character in (字下げ) — set apart by its line and the white above it alone, it titles what follows.
    Convention (notes appended to a 規約 or a notice: 「土砂災害警戒区域等」について, 内水浸水想定（…）について):
    a line that names its topic (…について, TOPIC), alone on its line — it stops short of the edge and
    the line under it does not continue it — titles the passage under it however it is set off: a
    sentence never closes so; it may open with the quoted name of its topic and run to `topic_title`."""
    if role.opens_space or role.continues or role.centred or abs(line.size - flow.body_size) > flow.settings.typography.larger:
        return None   # (asked first, of the line's role and size: most lines are none for these alone)
    bare = _SPACES.sub("", s)
    topic = _names_topic(i, bare, role, flow)
    if (len(bare) > flow.settings.headings.short_title and not topic) or any(c in bare for c in "。、，,：:") \
            or bare[:1] in ("（(［[【<＜" if topic else "（(［[【<＜「"):
        return None
    provisions = _opens_division(i, line, flow)
    if not (topic or provisions or (_white_above(i, line, flow) and _paragraph_under(i, line, flow))):
        return None
    return Candidate(i, "title", "title", "", bare, False, False, line.size, apart=True, provisions=provisions)


def _opens_division(i: int, line: TextLine, flow: Flow) -> bool:
    """Convention (a 告示's or a statute's division opening on its general provisions: 第10部 手術 over 通則 over
    its items １ …, 第３款 … over 通則 over its paragraph): a short line in body type at the text's left edge,
    right under the title of a named division (numbering.System.division) and over running text set further
    in that runs to the edge, titles the division's first provisions — as a section's line does after white.
    A column's header there (区分 over a short group label) stands over no running text."""
    k, j = previous_item(i, flow), next_item(i, flow)
    if k is None or j is None:
        return False
    above, below, over, under = flow.items[k], flow.items[j], flow.roles[k], flow.roles[j]
    if not (isinstance(above, TextLine) and isinstance(below, TextLine)) or over is None or under is None \
            or over.numbering is None or below.page != line.page:
        return False
    system, ty = BY_NAME.get(over.numbering[0]), flow.settings.typography
    x = letters_span(line)[0]
    return system is not None and system.division and under.reaches_edge \
        and letters_span(below)[0] - x >= ty.same_indent * line.size \
        and x <= text_left(flow).get(line.page, x) + ty.same_indent * line.size


def _names_topic(i: int, bare: str, role: LineRole, flow: Flow) -> bool:
    """The line names its topic (…について, TOPIC) alone on its line: at most `topic_title` long, short of
    the edge, the line under it no continuation of it."""
    return bool(TOPIC.search(bare)) and len(bare) <= flow.settings.headings.topic_title \
        and not role.reaches_edge and not _continued(i, flow)


def _continued(i: int, flow: Flow) -> bool:
    """The flow item after line i is a line that continues it (a sentence wrapped there)."""
    j = next_item(i, flow)
    role = flow.roles[j] if j is not None else None
    return role is not None and role.continues


def _bracketed_section(i: int, s: str, line: TextLine, flow: Flow) -> bool:
    """Convention (a minister's speech to the Diet, 財政演説 and 施政方針演説: （はじめに）, （むすび）, （令和二年度補正予算
    の大要）): a section's title set wholly in brackets, in bold at the body's size, on a line of its own after a blank
    line, over a paragraph opened one character in. The brackets enclose the whole title (a bracketed remark
    opens or closes a line, never fills one set so), which _title_shaped would take for a parenthesis."""
    return line.bold and bool(ENCLOSED_WHOLE.match(_SPACES.sub("", s))) \
        and abs(line.size - flow.body_size) <= flow.settings.typography.larger \
        and _white_above(i, line, flow) and _paragraph_under(i, line, flow)


def _white_above(i: int, line: TextLine, flow: Flow) -> bool:
    """A text line before it, and a blank line's white between them (or a page break)."""
    k = previous_item(i, flow)
    above = flow.items[k] if k is not None else None
    return isinstance(above, TextLine) and \
        (above.page != line.page or line.y0 - above.y1 > flow.settings.headings.paragraph_gap * line.size)


def _paragraph_under(i: int, line: TextLine, flow: Flow) -> bool:
    """Right under the line, at the usual pitch and in its size, a paragraph opened one character further
    in than the line, which stands at the text's left edge."""
    hs, ty = flow.settings.headings, flow.settings.typography
    j = next_item(i, flow)
    if j is None:
        return False
    below = flow.items[j]
    if not isinstance(below, TextLine) or below.page != line.page or abs(below.size - line.size) > ty.larger \
            or below.y0 - line.y1 > hs.paragraph_gap * line.size:
        return False
    after = flow.roles[j]
    x, under = letters_span(line)[0], letters_span(below)[0]
    return after is not None and not (after.numbering or after.mark or after.continues) \
        and ty.same_indent * line.size <= under - x <= hs.paragraph_indent * line.size \
        and x <= text_left(flow).get(line.page, x) + ty.same_indent * line.size

def _emblem(i: int, s: str, line: TextLine, panel: bool, flow: Flow) -> Candidate | None:
    """A label of 第N章 alone on its line, its title beside it (title_beside): the title is read there.
    Convention (a white paper's section opener: the section's number alone, set large in a box, its
    title beside it — ３ 婚姻・出産の状況): a bare number alone on its line (numbering.number_alone), set
    larger than the title beside it, itself set larger than the body, is that title's label."""
    alone = label_alone(s)
    beside = title_beside(i, flow)
    if alone is None and beside and (number := number_alone(s)) is not None:
        larger = flow.settings.typography.larger
        title = flow.line(beside[0])
        if title.size > flow.body_size + larger and line.size > title.size + larger:
            alone = number
    if alone is None or not beside:
        return None
    return Candidate(i, alone[0], alone[1], alone[2], "", True, True, line.size, panel=panel)


def _centred_title(i: int, s: str, line: TextLine, styled: bool, flow: Flow) -> Candidate:
    """A letter-spaced title centred on its line (主　文); set on two centred rows, one title on its first."""
    above = _centred_row_above(i, flow)
    if above is not None:
        s = clean(flow.line(above).text).strip() + s
    return Candidate(i if above is None else above, "title", "title", "", _SPACES.sub("", s), False, styled,
                     line.size, centred=True)


def _centred_row_above(i: int, flow: Flow) -> int | None:
    """Convention (a form's title, 様式: the programme's name centred over the form's name, letter-spaced —
    中小企業…補助金 / 確　定　通　知　書): a letter-spaced title centred right under a centred row in its size,
    no paragraph's gap between them, a name (no label, no 。), is the second row of one title: the flow
    index of that first row, None where there is none."""
    j = previous_item(i, flow)
    if j is None or not isinstance(flow.items[j], TextLine):
        return None
    line, above, role = flow.line(i), flow.line(j), flow.roles[j]
    return j if role is not None and role.centred and not role.letter_spaced and role.numbering is None \
        and above.page == line.page and abs(above.size - line.size) <= flow.settings.typography.larger \
        and line.y0 - above.y1 <= flow.settings.headings.paragraph_gap * line.size and "。" not in above.text else None


def _no_title(s: str, role: LineRole, flow: Flow) -> bool:
    """The line holds no title: empty or too long, a bullet, a caption, a goal label, a row of
    list items set side by side (４．… ５．…: LineRole.on_a_row), the next item of a list opened after a lead-in
    on the line above (答　１．… / ２．…: LineRole.follows_item), a field (項目：値: LineRole.field), a clause
    that breaks off (numbering.breaks_off: …、 or …を, its sentence running on into the next row), or a row of
    dashes alone (一一一一: a rule or a dashed frame an OCR read as letters, ocr_layer.DASHES)."""
    return not s or _length(s) > flow.settings.headings.max_title or bool(role.mark or role.caption or role.goal or role.on_a_row
                                                                          or role.follows_item or role.field) \
        or breaks_off(s) or not s.strip(DASHES + " \u3000")


def _holds_a_blank(line: TextLine) -> bool:
    """Convention (blind25c: a school's worksheet, 【往路】乗車する駅…（　　　　）, 自宅から例示会場までの所要時間は、
    約　　　　分 set in 14 pt over the body's 12): a line holding a blank to fill in (numbering.FORM_BLANK, read on the line as
    printed: an empty pair of brackets, or a unit after a wide blank closing it) is a form's row, no title."""
    return FORM_BLANK.search(visible(line.text).rstrip()) is not None


def _length(s: str) -> int:
    """A line's length in full-width characters, the measure a heading's limit is set in. Convention (an
    English version's (i) Establish medical service systems to prioritize patients…): its letters are
    half-width, two to a character of a Japanese line, so an English line counts half its letters."""
    return len(s) // 2 if LATIN_TEXT.match(s) else len(s)


def _unnumbered(i: int, s: str, line: TextLine, panel: bool) -> Candidate:
    """An unnumbered line set apart: a title, or, when it holds only a word and its number (記載例１ in
    its frame, as 別紙２ or 付録３ label an annex), a label with no title."""
    if LABEL_ALONE.match(s):
        return Candidate(i, "title", "title", _SPACES.sub("", s), "", False, True, line.size, panel=panel)
    return Candidate(i, "title", "title", "", s, False, True, line.size, panel=panel)


def _numbered_candidate(i: int, m: tuple[str, str, str, str, bool], s: str, line: TextLine, styled: bool,
                        indented: bool, panel: bool = False) -> Candidate | None:
    """A labelled line, unless it closes a sentence or breaks off at a comma (a clause that runs
    on into the list under it: （２）…転換される場合、 over （ａ）（ｂ）), holds no title but a bracketed
    remark ((略): a provision left out of a quotation) or no letter at all (5-35 -4: a figure's
    step numbers run together), is indented in body type (past a paragraph's
    字下げ; or by a space at all when no space follows its label and its line runs to the column's edge, an item's
    sentence wrapping on: （イ）天災事変…; a line so typed that stops short of the edge, 　①情報システムの活用 over its
    paragraph, is judged as any label), or wants a space
    or a style it lacks (a label closed by its own dot, ２－１．草案, is set off as by a space). A
    label one character in with a space after it (　第１　事案の概要) stands where the paragraphs
    start: it is judged as any other. Convention (a prefecture's manual typed in a word processor: 【例示機関】
    over the duties of that body, some of these bands typed after a space, some not): a 【…】 band that is its bracket
    alone, closed on its line (numbering.BAND_ALONE), is a line of its own by its text, as WHOLE_LINE systems are —
    a space before it is no paragraph's 字下げ. `panel`: the line stands alone on a band or in a frame
    (Candidate.panel), made with it (it was made, then copied with dataclasses.replace to set it)."""
    system, kind, label, title, spaced = m
    if system == "article":   # 第１条（目的） alone: headed by article_line, or a contents entry
        return None
    if (kind not in ("part", "band") and _holds_no_title(s, title)) or (kind == "band" and _OMISSION_BAND.match(_SPACES.sub("", title))) \
            or (indented and not styled and _indented_item(system, s, spaced)) \
            or (system in SPACED_OR_STYLED and not (spaced or styled or label.endswith("."))) \
            or (system in STYLED_ONLY and not styled):
        return None
    return Candidate(i, system, kind, label, title, spaced, styled, line.size, panel=panel)


def _indented_item(system: str, s: str, spaced: bool) -> bool:
    """An indented labelled line in body type is an item (_numbered_candidate), unless its system is a whole line's
    (WHOLE_LINE), it is a 第 outline's level typed in (_typed_in), or it is a 【…】 band that is its bracket alone
    (numbering.BAND_ALONE)."""
    return system not in WHOLE_LINE and not _typed_in(system, spaced) and not (system == "band" and BAND_ALONE.fullmatch(s))


def _holds_no_title(s: str, title: str) -> bool:
    """A labelled line that holds no title: it closes a sentence or breaks off at a comma, holds only a
    bracketed remark ((略)) or no letter at all, or only its dates (a schedule's entry:
    numbering.schedule_entry), or a formula (（b）lim over its limit and operand: numbering.formula_title)."""
    return breaks_off(s) or ends_with_full_stop(s) or english_sentence(title) or bool(OMITTED.match(title) or NO_LETTER.match(title)) \
        or schedule_entry(title) or formula_title(title)


def _typed_in(system: str, spaced: bool) -> bool:
    """Convention (a municipal plan typed in a word processor): a level of the 第 outline (第３, a space
    after it) left in body type among its siblings set apart may be indented by spaces typed from the
    margin, as the paragraph under it is (　　　　第３　石綿飛散防災対策 over 　　　被災建築物からの…): its
    indent is no item's; it is judged as its siblings are (_labelled_heading: standing alone)."""
    return spaced and OUTLINE.get(system, ("",))[0] == "第"


def _marked(i: int, s: str, line: TextLine, role: LineRole, flow: Flow) -> Candidate | None:
    """A sub-heading marked with a bullet but set in the heading face: ● in a larger heading face
    over the body (a white paper's ● 設立), or a heading mark (○ ● ◆ ■ …: numbering.HEADING_MARKS) in
    another typeface than the body's at any size over running text (_heads_text). Its own system,
    nested where it is met. A field (項目：値, a contact's row: LineRole.field) holds no title, marked or not."""
    if len(s) < 2 or role.field:
        return None
    if _set_off_mark(i, s, role, line, flow) or ("typeface" in role.style and (
            (role.mark == "●" and "larger" in role.style) or (role.mark and role.mark in HEADING_MARKS and _heads_text(i, s, line, role, flow)))):
        return Candidate(i, "mark", "item", s[0], s[1:].strip(), s[1:2].isspace(), True, line.size)
    return None


def _set_off_mark(i: int, s: str, role: LineRole, line: TextLine, flow: Flow) -> bool:
    """Convention (a body set in one face throughout — a cabinet decision all in MS-Gothic): a heading
    mark's line, no sentence and short of its column's edge, a blank line's space above and under it,
    over a paragraph in the body's type whose first line is indented (字下げ) past the mark, heads that
    paragraph as a line in the heading face would; an item of a list runs on at the leading (its
    wrapped lines hung under its text), has its next item under it, or follows one. On an OCR'd page (Flow.ocr_pages:
    a scanned flyer's red "○保険料の計算方法" over its paragraph at the leading) the blank line's space is not asked:
    the layer keeps no colour, face or size, and the paper set no blank line — the 字下げ under the mark is the cue.
    There a mark's line may close its one sentence (○後期高齢者医療制度の資格確認書等を更新します。 in red over the
    paragraph that tells it: a flyer heads its items with what they announce); a 。 inside it is a sentence run on.
    A row closed by its amount set flush right (LineRole.figured: ○ 検査試薬・検査キットの確保　１７９億円, a budget
    overview's measure) runs to the edge complete: it may head the text under it (_figured_over_paragraph)."""
    if not role.mark or role.mark not in HEADING_MARKS or (role.reaches_edge and not role.figured) \
            or "。" in _sentence_closed(s, line, flow) or len(s) > flow.settings.headings.max_title:
        return False
    j, k = next_item(i, flow), previous_item(i, flow)
    if j is not None and _figured_over_paragraph(line, role, j, flow):
        return True
    if j is not None and _sentence_closed(s, line, flow) != s and not _past_its_words(line, role, j, flow):
        return False
    return j is not None and (_indented_paragraph_under(line, j, flow) or _marked_under(line, role, j, flow)) and (
        k is None or _set_off_under(line, role, k, flow))


def _past_its_words(line: TextLine, role: LineRole, j: int, flow: Flow) -> bool:
    """Convention (an OCR'd flyer): a mark's line closing its sentence heads the paragraph under it where that
    paragraph opens indented past the line's words (字下げ: ○…を更新します。 over 　令和8年7月中旬に…); a line hung
    right under its words is the item's next sentence run on (●主に…を実施します。 / 　昨年度に引き続き…), no paragraph
    it heads."""
    below = flow.items[j]
    boxes = [b for s in line.source.spans for c, b in zip(s.text, s.char_boxes) if not c.isspace()]
    if not isinstance(below, TextLine) or len(boxes) <= len(role.mark):
        return False
    return below.x0 - boxes[len(role.mark)][0] >= flow.settings.typography.same_indent * line.size


def _marked_under(line: TextLine, role: LineRole, j: int, flow: Flow) -> bool:
    """Item j, at the spacing _indented_paragraph_under asks, is a line of another heading mark indented past
    `line`'s start that heads its own paragraph (_set_off_mark): a sub-heading, as ○保険料の軽減措置 over
    ◆低所得世帯に属する方に対する軽減 and its paragraph — the ○ line heads the ◆ items."""
    below, under = flow.items[j], flow.roles[j]
    return isinstance(below, TextLine) and below.page == line.page and under is not None \
        and under.mark in tuple(HEADING_MARKS) and under.mark != role.mark \
        and below.x0 - line.x0 >= flow.settings.typography.same_indent * line.size \
        and (below.y0 - line.y1 >= line.size or line.page in flow.ocr_pages) \
        and _set_off_mark(j, candidate_text(below), under, below, flow)


def _sentence_closed(s: str, line: TextLine, flow: Flow) -> str:
    """A marked line's text without the 。 that closes it on an OCR'd page (_set_off_mark), else as it is."""
    return s[:-1] if line.page in flow.ocr_pages and s.endswith("。") else s


def _figured_over_paragraph(line: TextLine, role: LineRole, j: int, flow: Flow) -> bool:
    """Convention (a budget overview's detail page: "○ 検査試薬・検査キットの確保　　１７９億円" at 13 pt over its
    explanation in the text's 12 pt, the paragraph's first row set in): a mark's row closed by its amount set flush
    right (LineRole.figured: a measure and its sum) right over running text set smaller than the row, whose first
    line is indented past the mark, heads that text — no blank line between asked (a list of such rows
    has the next row under each, no running text)."""
    if not (role.figured and _indented_text_under(line, j, flow)):
        return False
    below = flow.line(j)
    return below.y0 - line.y1 <= flow.settings.headings.paragraph_gap * line.size \
        and line.size - below.size > flow.settings.typography.near_size


def _indented_text_under(line: TextLine, j: int, flow: Flow) -> bool:
    """Item j opens running text on `line`'s page, its first line indented past `line`'s start (same_indent ems of
    its size): what a mark's row heads (_indented_paragraph_under, _figured_over_paragraph)."""
    below = flow.items[j]
    return isinstance(below, TextLine) and below.page == line.page and _running_text(flow.roles[j]) \
        and below.x0 - line.x0 >= flow.settings.typography.same_indent * line.size


def _indented_paragraph_under(line: TextLine, j: int, flow: Flow) -> bool:
    """Item j, a blank line's space under `line`, opens running text in the body's size, its first line
    indented past `line`'s start (_indented_text_under)."""
    if not _indented_text_under(line, j, flow):
        return False
    below = flow.line(j)
    return (below.y0 - line.y1 >= line.size or line.page in flow.ocr_pages) \
        and abs(below.size - flow.body_size) <= flow.settings.typography.larger


def _set_off_under(line: TextLine, role: LineRole, k: int, flow: Flow) -> bool:
    """`line` stands a blank line's space under item k (or k ends another page, or is a table), and k
    is no item of `line`'s mark."""
    above, before = flow.items[k], flow.roles[k]
    if not isinstance(above, TextLine) or above.page != line.page:
        return True
    return (line.y0 - above.y1 >= line.size or line.page in flow.ocr_pages) \
        and not (before is not None and before.mark == role.mark)


def _heads_text(i: int, s: str, line: TextLine, role: LineRole, flow: Flow) -> bool:
    """A marked line in the heading face, alone on its line, with running text in the body's face
    and size right under it (a 対策本部 decision's ○帰国者等への支援 in Gothic over Mincho paragraphs:
    the mark titles the paragraphs under it). A list's items stand one under another or run on; a
    figure's caption has its picture, or a chart's small words, under it."""
    j = _past_byline(i, next_item(i, flow), flow)
    below = None if j is None else flow.items[j]
    if len(s) > flow.settings.headings.max_title or "。" in s or j is None or not isinstance(below, TextLine):
        return False   # a sentence, the end, a table
    if not _running_text(flow.roles[j]):
        return _heads_sub_items(i, role, line, j, flow)   # the next item of a list, or its own line run on
    k = next((k for k in range(i - 1, -1, -1) if not blank(flow.items[k])), None)
    if k is not None and (before := flow.roles[k]) is not None and before.mark == role.mark:
        return False   # the last item of a list of such lines
    over = flow.items[j - 1] if j - 1 > i and isinstance(flow.items[j - 1], TextLine) else line   # the byline, where one stands
    return below.page == line.page and below.y0 - over.y1 <= flow.settings.headings.paragraph_gap * line.size \
        and abs(below.size - flow.body_size) <= flow.settings.typography.larger


def _past_byline(i: int, j: int | None, flow: Flow) -> int | None:
    """Item j, or the item after it where j is a byline: one line set smaller than the body (by more than
    `typography.larger`) right under line i on its page. Convention (a newsletter's item, 広報すずか: "◆第2回総合
    教育会議", then the office to ask in small type — 総合政策課 ☎… FAX… —, then the item's text): the byline
    belongs to the title over it; the text under the byline is what the title heads."""
    if j is None or not isinstance(below := flow.items[j], TextLine) or below.page != flow.line(i).page \
            or below.size >= flow.body_size - flow.settings.typography.larger:
        return j
    k = next_item(j, flow)
    return k if k == j + 1 else j


def _heads_sub_items(i: int, role: LineRole, line: TextLine, j: int, flow: Flow) -> bool:
    """Convention (a budget summary's measures: "◆文化芸術・スポーツ活動への緊急総合支援　580 億円" over its
    sub-measures "○文化芸術・スポーツ活動の継続支援　509 億円", each over its paragraph): a marked line in the
    heading face right over a line marked with another heading mark, in the heading face too, that heads
    running text itself, heads those sub-items."""
    below, under = flow.line(j), flow.roles[j]
    return under is not None and bool(under.mark) and under.mark in HEADING_MARKS and under.mark != role.mark \
        and "typeface" in under.style and not under.continues and below.page == line.page \
        and below.y0 - line.y1 <= flow.settings.headings.paragraph_gap * line.size \
        and _heads_text(j, candidate_text(below), below, under, flow)


def _running_text(role: LineRole | None) -> bool:
    """The line starts running text in the body's face: no item, label or run-on line."""
    return role is not None and not (role.mark or role.numbering or role.continues or "typeface" in role.style)


def _title_shaped(s: str, line: TextLine, flow: Flow, panel: bool = False, centred: bool = False, inked: bool = False) -> bool:
    """An unnumbered title is bold or larger — or, `centred` over Mincho text, in a Gothic at the text's size where
    the document keeps its Gothic for such lines (Flow.gothic_titles: a booklet's subjects; its kanji may be scaled
    as TeX scales them, a little smaller than the text's Latin: typography.kanji_sized) —, never smaller than the
    text (that is a label), and no sentence (no 。 at its end or inside it) or parenthesis — but a bracketed tag may
    open it (BRACKET_TAG: （参考）本対応策の所要額, a reference part's title). On a band or in a frame of its own
    (`panel`) it is set apart at any size: the band marks it, not the type. On an OCR'd scan, whose layer keeps no
    face, size or weight, a line printed in another ink than the text (`inked`: LineRole.style's ink) is set apart
    as a heavier type would set it."""
    larger = flow.settings.typography.larger
    gothic = centred and flow.gothic_titles and gothic_over_mincho(line.face, flow.body_font)
    heavier = panel or inked or line.bold or line.size > flow.body_size + larger or gothic
    sized = line.size >= flow.body_size - larger or gothic and kanji_sized(line, flow.body_size - larger)
    return heavier and (panel or sized) and "。" not in s \
        and (s[:1] not in "（(［[" or bool(BRACKET_TAG.match(s))) and not _dates_or_numbers(s)


def _dates_or_numbers(s: str) -> bool:
    """Convention (a 告示 or a notice opening its text: 内閣告示第二号 / …定める。 / 平成三年六月二十八日 in the preamble's
    larger type): a line that is only the paper's number (numbering.DOC_NUMBER) or only a date dates or numbers the
    paper; it titles nothing."""
    return DOC_NUMBER.match(_SPACES.sub("", folded(s))) is not None or date_alone(s)


def title_pages(flow: Flow) -> set[int]:
    """Convention (a title page after the cover: an attachment's — （別紙） over the plan's name, its
    subtitle and its date — or the document's own behind a cover sheet): a page after the first
    holding no more lines than a cover, one of them a date alone on its line, none a sentence (。),
    repeats a title; its lines are no headings. A section's title page (a part's name alone) has
    no date. Only the lines of pages that hold few enough are cleaned and read (most pages hold more)."""
    lines = [it for it in flow.items if isinstance(it, TextLine) and not it.blank and it.page > 1]
    counts = Counter(it.page for it in lines)
    pages: dict[int, list[str]] = {}
    for it in lines:
        if counts[it.page] <= flow.settings.headings.cover_lines:
            pages.setdefault(it.page, []).append(_SPACES.sub("", clean(it.text)))
    return {p for p, texts in pages.items() if len(texts) <= flow.settings.headings.cover_lines
            and not any("。" in t for t in texts)
            and any(whole_date(t) for t in texts)}


def divider_titles(flow: Flow, titled: set[int], named: set[str]) -> dict[int, Candidate | None]:
    """Convention (a part's title page — a divider: 様式集 before a rule's forms): a page after the first
    that opens by printing the document's title again (`named`: its title and the cover's lines, as the
    first page of its text did) and holds no more lines than a cover, none a sentence (。) and no date
    alone on its line (that is a title page: title_pages), names the part it opens by the short line
    centred alone on its row right under that title, in any type. That line heads a part ranked above
    every other heading (its size the document's largest line's and a step more): what follows up to the
    next such page nests under it. So does a part's title page of a few display rows (_title_page_rows): its
    first row is the candidate, the rows under it its title's runs (Candidate.rows), no candidates (None)."""
    out: dict[int, Candidate | None] = _running_bands(flow)
    pages, rows = _divider_pages(flow, titled, named), _title_page_rows(flow, titled)
    rows += _paper_heads(flow, titled, out)
    if not pages and not rows:   # most documents: no divider page
        return out
    shared = shared_rows(flow)
    top = max(it.size for it in flow.items if isinstance(it, TextLine)) + flow.settings.typography.larger
    for lines in pages:
        i = lines[1]
        s = _SPACES.sub("", clean(flow.line(i).text))
        if _names_a_part(i, s, flow, shared):
            out[i] = Candidate(i, "title", "title", "", s, False, True, top, centred=True)
    for lines in rows:   # the part's name over its rows; its other rows no candidates of their own
        out.update({i: None for i in lines[1:]})
        s = _SPACES.sub("", clean(flow.line(lines[0]).text))
        out[lines[0]] = Candidate(lines[0], "title", "title", "", s, False, True, top, centred=True, rows=tuple(lines[1:]))
    return out


def _running_bands(flow: Flow) -> dict[int, Candidate | None]:
    """Convention (a scanned exam booklet: each page's top row prints the band 修士課程 情報学基礎 【subject】 and the
    question's number, the subject the same on every page of its part): on an OCR'd page (Flow.ocr_pages), the one
    【…】 of the page's top row (read as one line with the band's other words, or alone) — the same printed so on
    two pages or more — is a running band naming the part
    the pages belong to. The page that first prints a subject there opens that part: its band heads it (a band, ranked
    above every other heading, as a divider's title is); wherever it is printed again, it is a running line, no candidate (None)."""
    tops = _band_subjects(flow)
    counts = Counter(s for _, s in tops)
    top = max((it.size for it in flow.items if isinstance(it, TextLine)), default=0.0) + flow.settings.typography.larger
    out: dict[int, Candidate | None] = {}
    seen: set[str] = set()
    for i, s in tops:
        if counts[s] >= 2:
            out[i] = None if s in seen else Candidate(i, "band", "band", "", s, False, False, top)
            seen.add(s)
    return out


def _band_subjects(flow: Flow) -> list[tuple[int, str]]:
    """The lines in the top row of each OCR'd page (what starts above the page's first line's foot) holding one
    【…】, each with it (_running_bands)."""
    pages: dict[int, list[tuple[int, TextLine]]] = {}
    for i, it in enumerate(flow.items):
        if isinstance(it, TextLine) and it.page in flow.ocr_pages and it.text.strip():
            pages.setdefault(it.page, []).append((i, it))
    tops: list[tuple[int, str]] = []
    for lines in pages.values():
        row = min(it.y1 for _, it in lines)
        tops += [(i, found[0]) for i, it in lines if it.y0 < row
                 and len(found := BAND_IN_ROW.findall(_SPACES.sub("", clean(it.text)))) == 1]
    return tops


def _title_page_rows(flow: Flow, titled: set[int]) -> list[list[int]]:
    """Convention (a budget book's part title page, 令和８年度 over 西野市…予算に関する説明書, alone on a page after
    the cover): a page after the first whose whole text is two rows or more but no more than a title page
    holds (`typography.title_page_lines`) and no table, every row centred and set larger than the body, none
    labelled, a sentence or a date alone (a title page: `titled`), names the part it opens in all its rows —
    one title, however far apart they stand. The text lines of each such page."""
    pages: dict[int, list[int]] = {}
    tabled = {it.page for it in flow.items if isinstance(it, Table)}
    for i, it in enumerate(flow.items):
        if isinstance(it, TextLine) and not it.blank and it.page > 1 and it.page not in titled | tabled:
            pages.setdefault(it.page, []).append(i)
    return [lines for lines in pages.values() if 2 <= len(lines) <= flow.settings.typography.title_page_lines
            and all(_display_row(i, flow) for i in lines)]


def _paper_heads(flow: Flow, titled: set[int], out: dict[int, Candidate | None]) -> list[list[int]]:
    """Convention (a paper attached inside another, 別添: an advisory council's 見解 followed by its 「…の考え方」,
    opening a page with the paper's own head — its date alone on the page's first row, then, centred in the
    heading's weight, the body that issues it, 新型コロナウイルス感染症対策専門家会議, and the paper's name quoted
    over one row or more, 「新型コロナウイルス感染症の…リスクが高い / 日常生活における場面についての考え方」): the
    quoted rows are the title of a part of the document, its rows one title; the body's rows over them are the
    paper's issuer, no candidates of their own (None in `out`). The rows of the quoted title of each such page
    (its first the candidate, as a part's title page's: _title_page_rows)."""
    found: list[list[int]] = []
    for lines in _page_openings(flow, titled).values():
        head = list(takewhile(lambda i: _centred_head_row(i, flow), lines[1:]))
        texts = [_SPACES.sub("", flow.line(i).text) for i in head]
        first = next((k for k, t in enumerate(texts) if t.startswith("「")), 0)
        if first and texts[-1].endswith("」") and date_alone(flow.line(lines[0]).text):
            out.update({i: None for i in head[:first]})
            found.append(head[first:])
    return found


def _page_openings(flow: Flow, titled: set[int]) -> dict[int, list[int]]:
    """The first text lines (as many as a cover holds) of each page after the first, no title page (`titled`)."""
    pages: dict[int, list[int]] = {}
    most = flow.settings.headings.cover_lines
    for i, it in enumerate(flow.items):
        if isinstance(it, TextLine) and it.text.strip() and it.page > 1 and it.page not in titled \
                and len(pages.setdefault(it.page, [])) < most:
            pages[it.page].append(i)
    return pages


def _centred_head_row(i: int, flow: Flow) -> bool:
    """Line i is centred alone in a heading's weight (bold, or larger), no label, no sentence."""
    role, line = flow.roles[i], flow.line(i)
    return role is not None and role.centred and role.numbering is None and "。" not in line.text \
        and (line.bold or line.size > flow.body_size + flow.settings.typography.larger)


def _display_row(i: int, flow: Flow) -> bool:
    """Line i is centred alone, set larger than the body, no label, no sentence: a title page's row."""
    role, line = flow.roles[i], flow.line(i)
    return role is not None and role.centred and role.numbering is None and "。" not in line.text \
        and line.size > flow.body_size + flow.settings.typography.larger


def _divider_pages(flow: Flow, titled: set[int], named: set[str]) -> list[list[int]]:
    """The text lines of each page after the first (not a title page: `titled`) holding two lines or more,
    no more than a cover, none a sentence, its first line the document's title (`named`)."""
    pages: dict[int, list[int]] = {}
    for i, it in enumerate(flow.items):
        if isinstance(it, TextLine) and not it.blank and it.page > 1 and it.page not in titled:
            pages.setdefault(it.page, []).append(i)
    most = flow.settings.headings.cover_lines
    return [lines for lines in pages.values() if 2 <= len(lines) <= most and not any("。" in flow.line(i).text for i in lines)
            and _SPACES.sub("", clean(flow.line(lines[0]).text)) in named]


def _names_a_part(i: int, s: str, flow: Flow, shared: dict[int, set[int]]) -> bool:
    """Line i (its text `s`, spaces out) is a part's short name centred alone on its row (`shared`:
    shared_rows): no label, no bracket opening it, no 記 or 以上."""
    role = flow.roles[i]
    return role is not None and role.centred and not role.particulars and role.numbering is None \
        and 2 <= len(s) <= flow.settings.headings.short_title and s[:1] not in "（(［[【<＜「" and i not in shared


def heading_candidates(flow: Flow, cover: Cover = NO_COVER) -> list[Candidate]:
    """Lines that could be headings: by their text, and standing on their own. `cover`: the document's cover as
    read (extractors/cover.py), handing on where it read the title (Cover.title_at: printed_title, the first
    page's lines by where they stand — never its title's words: _the_title), the status tags it read on the
    first page (where it read them, Cover.labels_at: [Provisional Translation], 【仮訳】) — a label of the document, no
    heading, found by where it stands (geometry.on_the_cover) —, the row over the title naming the issuer it read
    (Cover.issuer_at: a paper's masthead, the same way), a notice's head over its subject (Cover.head_at), and the
    breadcrumb trail it read there (Cover.crumbs: _crumbs)."""
    out: list[Candidate] = []
    printed = printed_title(flow, cover)
    is_cover, cover_texts = cover_lines(flow)
    unheaded = _unheaded_pages(is_cover, cover, flow)
    titled = title_pages(flow)
    dividers = divider_titles(flow, titled, cover_texts | {printed.text})
    named = cover_texts | _crumbs(cover.crumbs)
    passed = flow.contents.union(_over_contents(flow), _listed_divisions(flow))   # the contents, and the cover's head over them
    for i, it in enumerate(flow.items):
        if not isinstance(it, TextLine) or i in passed or it.ruled_row or _read_by_cover(it, cover):
            continue
        if it.page not in unheaded and it.page not in titled and not _unread(i, it, flow) \
                and not _wraps_off_the_title(i, printed, flow):
            c = dividers[i] if i in dividers else _off_the_title_over(i, _candidate_of(i, it, flow), printed, flow)
            if c is not None and not _wraps_a_line(i, c, printed, flow) and not _labels(c, i, flow) \
                    and not _is_title(i, c, printed, named, flow) and not _figure_word(i, c, flow):
                out.append(c)
    return out


def _read_by_cover(line: TextLine, cover: Cover) -> bool:
    """The line is one the cover read a piece of the document's head from (Cover.labels_at, issuer_at, head_at), found
    by place (geometry.on_the_cover): the cover's, no heading."""
    return any(on_the_cover(line, at) for at in (cover.labels_at, cover.issuer_at, cover.head_at))


def _listed_divisions(flow: Flow) -> set[int]:
    """Convention (a white paper's part divider: 第3部 and the part's title, then 第１章 / 例示技術の研究 / 第２章 / 例示の予防 …
    — each chapter's label alone on its line over its name, one after the other): labels of one system alone on their
    lines (numbering.label_alone), each over one line naming it and then the next label, `headings.listed_divisions` of
    them or more on one page, list the part's divisions — its contents, no headings: the labels and the names. A
    chapter that opens its text sets its label over its name and then the text, never the next chapter's label."""
    lines = [(i, it) for i, it in enumerate(flow.items) if isinstance(it, TextLine) and not it.blank]
    out: set[int] = set()
    run: list[int] = []   # positions in `lines` of the run's labels
    for k, (_, it) in enumerate(lines):
        alone = label_alone(it.text)
        if alone is None or k + 1 >= len(lines) or lines[k + 1][1].page != it.page or label_alone(lines[k + 1][1].text):
            continue
        if not (run and run[-1] == k - 2 and lines[run[-1]][1].page == it.page
                and label_alone(lines[run[-1]][1].text)[0] == alone[0]):   # type: ignore[index]
            out |= _listed_run(run, lines, flow)
            run = []
        run.append(k)
    return out | _listed_run(run, lines, flow)


def _listed_run(run: list[int], lines: list[tuple[int, TextLine]], flow: Flow) -> set[int]:
    """A run of labels alone, each over its name (_listed_divisions; `run`: their positions in `lines`): the flow
    indexes of the labels and the names when the run is long enough to be a list, none else."""
    if len(run) < flow.settings.headings.listed_divisions:
        return set()
    return {lines[k][0] for k in run} | {lines[k + 1][0] for k in run}


def _off_the_title_over(i: int, c: Candidate | None, printed: PrintedTitle, flow: Flow) -> Candidate | None:
    """Convention (minutes' agenda page after a display cover: the meeting's name 第25回例示教育推進会議 centred over the
    letter-spaced 議 事 次 第, both in 14 pt): a centred row read as the first row of a letter-spaced title under it
    (_centred_title) that prints the opening of the document's title as the first page prints it (`printed`: the
    title 第25回例示教育推進会議議事録 read from the cover's rows) is the title repeated over the page's own heading —
    the heading is the letter-spaced row alone, no word of the title's over it."""
    if c is None or c.system != "title" or not printed.text:
        return c
    if c.index == i:   # the repeated row itself: no heading (the row under it is)
        return None if _opens_the_title(i, printed, flow) else c
    above = _SPACES.sub("", clean(flow.line(c.index).text))
    if not (above in _title_rows_over_kind(printed, flow) and c.title.startswith(above)):
        return c
    return replace(c, index=i, title=c.title[len(above):])


def _title_rows_over_kind(printed: PrintedTitle, flow: Flow) -> set[str]:
    """Minutes' title set in rows over the record's kind (normalizers.bodies.MINUTES_KIND_ALONE: its last row): its first
    rows as the first page prints them, joined, the kind left out (第25回 / 例示教育推進会議 over 議 事 録: 第25回,
    第25回例示教育推進会議) — what the minutes' later page repeats of the title, the meeting's name, over a heading of its
    own. Other titles have none: a rule's programme name over 交付規程 is a form's first row too (例示事業費補助金 over
    交 付 決 定 通 知 書 on a later page: one title of the form, _centred_title)."""
    texts = [_SPACES.sub("", clean(flow.line(j).text)) for j in printed.lines]
    if not texts or not MINUTES_KIND_ALONE.match(texts[-1]):
        return set()
    return {"".join(texts[:k]) for k in range(1, len(texts))}



def _opens_the_title(i: int, printed: PrintedTitle, flow: Flow) -> bool:
    """A later page's centred row printing the title's first rows (_title_rows_over_kind), at least half of it (the
    meeting's name without the record's kind: 第25回例示教育推進会議 of …議事録), over a letter-spaced centred row of its
    own (_off_the_title_over's heading): the title repeated."""
    line, role, j = flow.line(i), flow.roles[i], next_item(i, flow)
    own = _SPACES.sub("", clean(line.text))
    if line.page == 1 or role is None or not role.centred or j is None or not isinstance(flow.items[j], TextLine):
        return False
    under = flow.roles[j]
    return _holds_the_title(own, printed, flow) and own in _title_rows_over_kind(printed, flow) \
        and under is not None and under.centred and under.letter_spaced


def _unheaded_pages(is_cover: bool, cover: Cover, flow: Flow) -> set[int]:
    """The pages that head nothing: the first, where it is a cover (cover_lines: a few lines) or an examination
    booklet's cover, whatever its notes (Cover.booklet, cover._booklet_cover); a booklet's back cover (_back_cover)."""
    return ({1} if is_cover or cover.booklet else set()) | ({_back_cover(flow)} if cover.booklet else set())


_PAGE_MARKS = frozenset({"page_number", "running_footer", "running_header"})


def _back_cover(flow: Flow) -> int:
    """Convention (an examination booklet printed in two languages, 北野大学 情報学府's: the cover's notes printed
    again in English on the booklet's back page — Entrance Examination …, Directions, notes 1.–11., the box for the
    examinee's number): in a booklet (Cover.booklet) whose pages between its covers all carry a page number or a
    running line (furniture), the last page carrying none — unnumbered as the front cover is — is the back cover: it
    heads nothing. 0 when there is none (a booklet of two pages, a page between unnumbered, the last numbered)."""
    marked = {f.page for f in flow.furniture if f.kind in _PAGE_MARKS}
    last = max((it.page for it in flow.items if isinstance(it, TextLine)), default=0)
    between = range(2, last)
    return last if len(between) >= flow.settings.headings.numbered_between and last not in marked and all(p in marked for p in between) else 0


def _candidate_of(i: int, it: TextLine, flow: Flow) -> Candidate | None:
    """Line i's candidate: an article's caption or its number and caption, a law's name over its articles, a part's
    caption, else the line by its text."""
    return article_candidate(i, flow) or article_line(i, flow) or law_name(i, flow) or part_caption(i, flow) \
        or _line_candidate(i, it, flow)


def _figure_word(i: int, c: Candidate, flow: Flow) -> bool:
    """Convention (an expert meeting's 【図6．渋谷駅および難波駅から…】 over heat maps printed as pictures, 渋谷 and 難波
    set larger beside them): an unnumbered line under a figure's caption (LineRole.caption naming a figure by its
    number, numbering.FIGURE_TITLE — a source or a note under a figure is none) on its page, with nothing
    between but the figure's words — lines short of their column's edge, unnumbered, no table —, is a word of the
    figure (a panel's name), no heading: the figure ends at the first line of running text."""
    if c.system != "title":
        return False
    page = flow.line(i).page
    for j in range(i - 1, -1, -1):
        it, role = flow.items[j], flow.roles[j]
        if isinstance(it, TextLine) and it.page == page and role is not None and role.caption:
            return FIGURE_TITLE.match(folded(it.text).strip()) is not None
        if not isinstance(it, TextLine) or it.page != page or role is None or role.reaches_edge or role.numbering:
            return False
    return False


def _wraps_a_line(i: int, c: Candidate, printed: PrintedTitle, flow: Flow) -> bool:
    """Line i continues the line before (LineRole.continues), but for a numbered line right under the title."""
    return continues(flow, i) and not _under_the_title(i, c, printed, flow)


def _wraps_off_the_title(i: int, printed: PrintedTitle, flow: Flow) -> bool:
    """Line i continues the line before where no line stands under the title (_below_the_title): it wraps a line
    (_wraps_a_line) whatever candidate it reads as, so heading_candidates reads none — a third of the flow's lines
    continue one (3,099 of 8,381 over the corpus), each read as a candidate and thrown away before."""
    return continues(flow, i) and not _below_the_title(i, printed, flow)


def _below_the_title(i: int, printed: PrintedTitle, flow: Flow) -> bool:
    """Line i stands where a line may stand right under the title the cover read: on the first page, the title
    printed there (`printed`: the lines the cover read it from)."""
    return bool(printed.lines) and flow.line(i).page == 1


def _under_the_title(i: int, c: Candidate, printed: PrintedTitle, flow: Flow) -> bool:
    """Convention (a study guide exported from Google Docs: its title in the sections' 17 pt, ending 1.2 ems short
    of the edge, right over "1. はじめに：…"): the title the cover read is whole — a numbered line of the first page
    right under the title's last line (`printed`: the lines the cover read it from) opens the text, and continues
    no sentence of the title's (the line before reaching the edge within `headings.edge` is no wrap then)."""
    if c.system == "title" or not _below_the_title(i, printed, flow):
        return False
    before = next((j for j in range(i - 1, -1, -1) if isinstance(it := flow.items[j], TextLine) and not it.blank), None)
    return before is not None and before == printed.lines[-1]


def _over_contents(flow: Flow) -> range:
    """Convention (a gazette's first page: its masthead — 官報, 発行 内閣府（原稿作成 国立印刷局）, the edition's
    title 政府調達公告版 — over the 目次 of the edition): what the page holding the contents prints before
    them is the cover's head (title, issuer, date), no heading. The flow indexes of those lines."""
    if not flow.contents:
        return range(0)
    first = min(flow.contents)
    page = flow.line(first).page
    start = first
    while start > 0 and getattr(flow.items[start - 1], "page", page) == page:
        start -= 1
    return range(start, first)


def _crumbs(trail: tuple[str, ...]) -> set[str]:
    """Convention (a web page printed from the browser): the crumbs of the breadcrumb trail its first page
    prints (Home > Policy > Ongoing Topics > page name: Cover.crumbs, as the cover found it, cover._trail) name
    the site's sections and the page — the section's banner set large over the page (Ongoing Topics) repeats
    one: it names the site's section, no part of the document (cover_lines' texts are such names too)."""
    return {_SPACES.sub("", crumb) for crumb in trail}


def _is_title(i: int, c: Candidate, printed: PrintedTitle, cover_texts: set[str], flow: Flow) -> bool:
    """The candidate at line i is the document's title printed again: whole or as its first row
    (_the_title), or one of the rows it is set in (_title_row, _headline_row)."""
    return _the_title(c, i, printed, cover_texts, flow) or _title_row(i, c, printed, flow) \
        or _headline_row(i, c, printed, flow) or _retitled_table(i, c, printed, flow) or _series_again(i, c, printed, flow)


def _series_again(i: int, c: Candidate, printed: PrintedTitle, flow: Flow) -> bool:
    """Convention (a council's papers bound in one file: 令和5年 第10回 北野市議会（定例会） over 一般質問日程表 on p1, the
    same session line over 一般質問通告書 on p2): a later page's unnumbered line printing the first row of a title the
    cover read from two rows or more is the series line again, over the next paper's name — no heading (the name is)."""
    if c.system != "title" or len(printed.lines) < 2 or i in printed.lines or flow.line(i).page == 1:
        return False
    return _SPACES.sub("", clean(flow.line(i).text)) == _SPACES.sub("", clean(flow.line(printed.lines[0]).text))


def _headline_row(i: int, c: Candidate, printed: PrintedTitle, flow: Flow) -> bool:
    """Convention (a designed leaflet's headline: 令和３年５月２０日から / 避難指示で必ず避難 / 避難勧告は廃止です in
    35, 51 and 45 pt and two colours, a badge set beside it): the rows of the first page in display type
    (`cover.display` ems of the body) the cover read the title from (cover._headline: `printed`), whatever their
    sizes and colours, are the title's rows, no heading as well."""
    line = flow.line(i)
    floor = flow.settings.cover.display * flow.body_size
    if c.system != "title" or i not in printed.lines or len(printed.lines) < 2 or line.size < floor:
        return False
    return all(flow.line(j).size >= floor for j in printed.lines)


def _retitled_table(i: int, c: Candidate, printed: PrintedTitle, flow: Flow) -> bool:
    """Convention (a spreadsheet printed with its title over each of its tables: …議決結果一覧表【議案】 over the
    bills, further down …議決結果一覧表【陳情】 over the petitions): the document's title printed again with
    another bracketed tag closing it, over a table of its page (a legend of `lead_in` lines at most
    between), names that table — its caption, no heading. A heading over a table names a part of the
    document in its own words, never the document's title again."""
    if c.system != "title" or not printed.text:
        return False
    own, whole = _SPACES.sub("", clean(c.title)), printed.text
    if own == whole or not all(t.endswith("】") and "【" in t for t in (own, whole)) \
            or own[:own.rfind("【")] != whole[:whole.rfind("【")] or not whole[:whole.rfind("【")]:
        return False
    k, page = i, flow.line(i).page
    for _ in range(flow.settings.headings.lead_in + 1):
        if (nk := next_item(k, flow)) is None:
            return False
        k = nk
        if isinstance(item := flow.items[k], Table) or item.page != page:
            return isinstance(item, Table) and item.page == page
    return False


def _unread(i: int, line: TextLine, flow: Flow) -> bool:
    """A line no heading is read from: a blank line, a figure's words; or, by the convention of 改め文, the amended text
    an instruction announces (line_roles' `quoted`: …を次のように改める。 then （見出し） / 第１０条の２ …), the
    amended statute's words, no heading of this paper."""
    role = flow.roles[i]
    return line.blank or line.in_figure or (role is not None and role.quoted)


def _the_title(c: Candidate, i: int, printed: PrintedTitle, cover_texts: set[str], flow: Flow) -> bool:
    """An unnumbered line that repeats the cover's (`cover_texts`: above the contents, say) or the title as the
    first page prints it (`printed`: the lines the cover read it from), or, by convention, the document's title
    printed atop the first page of its text (a notice's subject line, …の実施について, over the text it opens): its
    title, no heading — the cover read it so: an unnumbered line of the first page the cover read the title from
    (Cover.title_at), holding at least half of it (the rest wrapped under it: _title_row). Such a title may carry a
    mark before it (○行事等に関する…取扱要領: a 公用文 title's ○, which the cover reads without it): the mark labels
    no item then; or be framed whole in brackets (【…のお知らせ】, a band; ＜関連規定＞, an angle band)."""
    if _numbers_a_question(c):
        return False
    if c.system == "title" and _names(c.title, cover_texts, printed.text):
        return True
    if (c.system not in ("title", "mark") and c.kind != "band") or i not in printed.lines:
        return False
    return c.kind == "band" or _holds_the_title(_SPACES.sub("", clean(flow.line(i).text)), printed, flow)


def _holds_the_title(own: str, printed: PrintedTitle, flow: Flow) -> bool:
    """A line's letters (`own`, white space out) are at least `headings.title_held` of the title as the first page
    prints it: the title's row (_the_title), or its opening repeated on a later page (_opens_the_title)."""
    return len(own) >= flow.settings.headings.title_held * len(printed.text)


def _numbers_a_question(c: Candidate) -> bool:
    """Convention (a sample question of an entrance examination printed alone, Problem 4 in bold over its questions
    I. and II.): a question's number alone on its line (numbering.QUESTION_ALONE: Problem 4, 問題３, 第２問) numbers a
    part of a paper that other files continue — the part's heading, though the cover reads it as the file's title."""
    return QUESTION_ALONE.match(_SPACES.sub(" ", clean(c.title)).strip()) is not None


def _title_row(i: int, c: Candidate, printed: PrintedTitle, flow: Flow) -> bool:
    """Convention (a title set in rows one under another at the top of the first page: ○○交付金 /
    第二次集計の状況　【速報値】, a statistics sheet's): each row the cover read the title from (`printed`) is the
    title's, the last ones too, no heading — all in one type (face, size and weight: a subject line over a part's
    title in bold is a title and a heading, however the cover joined them). Convention (a council's schedule: its session
    line over its name letter-spaced with space characters, 一 般 質 問 日 程 表, whose first letter reads as a kanji
    numeral's label): a letter-spaced row (LineRole.letter_spaced) the cover read into the title is the title's, whatever
    label its first letter seems."""
    role = flow.roles[i]
    spaced = role is not None and role.letter_spaced
    if (c.system != "title" and not spaced) or i not in printed.lines or len(printed.lines) < 2:
        return False
    line = flow.line(i)
    return all(set_like(line, flow.line(j), flow, False, True) for j in printed.lines)


def _names(title: str, cover_texts: set[str], named: str) -> bool:
    """An unnumbered title that names rather than heads: a line of the cover repeated, the
    document's own title printed again, or one quotation whole."""
    text = _SPACES.sub("", title)
    return text in cover_texts or (bool(named) and text == named) or bool(QUOTED_WHOLE.match(title))


def _labels_a_block(i: int, flow: Flow) -> bool:
    """A bracketed label centred over a figure (＜…のイメージ＞), or right above a table or a bulleted
    list (＜主な事業＞), or over a lead-in and its table (_leads_in), names that block; it heads no passage."""
    if (own := flow.roles[i]) is not None and own.centred:
        return True
    j = _next_under(i, flow)
    if j is None:
        return False
    role = flow.roles[j]
    if role is not None and role.mark and _parts_follow(i, j, flow):
        return False
    return role is None or bool(role.mark) or _leads_in(j, flow)   # a table has no role


def _series_heads(i: int, flow: Flow) -> bool:
    """Convention (a slide's box of measures: ＜水際対策＞ / 〇 … / ＜医療体制＞ / ○ … / ＜国内サーベイランス＞ / 〇 …, each band
    underlined at the box's margin over its own list): the ＜…＞ bands of one page set alike — one type (title_lines.set_like),
    one indent — each over a list of items (_over_items: its first line a bullet's or a number's) are one series, all
    headings or all labels. A band over a list that _labels_a_block reads as its label heads its part when another band
    of its series, a heading's candidate (_candidate_of), heads one: the series divides the passage. A band right over
    a table labels it whatever its series (補助金's ＜代表事業者＞ over its table of documents beside a ＜参画事業者＞ over
    ① / ②), and a band over a sentence is of no series with the bands over lists (AI戦略's ＜具体目標＞ over the goal it
    states beside ＜取組＞ over its ・ items, a label)."""
    band = flow.line(i)
    if not _over_items(i, flow):   # a band right over a table or a figure labels it, whatever its series
        return False
    indent = flow.settings.typography.same_indent * band.size
    for k, it in enumerate(flow.items):
        if k == i or not isinstance(it, TextLine) or it.page != band.page or (role := flow.roles[k]) is None \
                or role.numbering is None or role.numbering[0] != "angle_band":
            continue
        if abs(letters_span(it)[0] - letters_span(band)[0]) <= indent and set_like(band, it, flow, False, True) \
                and _over_items(k, flow) and not _labels_a_block(k, flow) and not _inside_item(k, flow) \
                and _candidate_of(k, it, flow) is not None:
            return True
    return False


def _over_items(i: int, flow: Flow) -> bool:
    """The first line under the band i (_next_under) is an item of a list: opened by a bullet or a number."""
    j = _next_under(i, flow)
    role = flow.roles[j] if j is not None else None
    return role is not None and (bool(role.mark) or role.numbering is not None)


def _next_under(i: int, flow: Flow) -> int | None:
    """The first item after the label i that stands under it: convention (a statistics sheet, ○○都's 患者の発生について
    別紙: ＜属性＞ at the left margin, and a box's ※ note set in a block of its own far to the right, read next): a
    line on the label's page that starts right of the label's end stands beside it, in another block — the label
    names what stands under it, never that (None at the end)."""
    band, j = flow.line(i), next_item(i, flow)
    while j is not None and isinstance(it := flow.items[j], TextLine) and it.page == band.page and it.x0 > band.x1:
        j = next_item(j, flow)
    return j


def _inside_item(i: int, flow: Flow) -> bool:
    """Convention (an enumerated list of classes, each item a title, its description and a labelled block:
    1. "Region …" / its text / <Possible response> / its measures / 2. …): a bracketed label set in past
    the label of the enumerated item above it, its block closed by that item's next number at the item's
    indent or by a line set further out than the item (the list's end), is a block of that item — an
    item of a list holds no headings of its own."""
    band = flow.line(i)
    x = letters_span(band)[0] - flow.settings.typography.same_indent * band.size
    item = _set_out(i, x, flow, previous_item)
    if item is None or (own := flow.roles[item]) is None or own.numbering is None \
            or (number := label_number(own.numbering)) is None:
        return False
    after = _set_out(i, x, flow, next_item)
    if after is None:
        return False
    at = letters_span(flow.line(item))[0] - flow.settings.typography.same_indent * band.size
    if letters_span(flow.line(after))[0] < at:
        return True
    role = flow.roles[after]
    return role is not None and role.numbering is not None and role.numbering[0] == own.numbering[0] \
        and label_number(role.numbering) == number + 1


def _set_out(i: int, x: float, flow: Flow, step) -> int | None:
    """The nearest line before or after the band (step) on its page that starts left of x: the line
    the band's passage is set in from, or the one that closes it."""
    page, k = flow.line(i).page, i
    while (k := step(k, flow)) is not None:
        it = flow.items[k]
        if not isinstance(it, TextLine) or it.page != page:
            return None
        if letters_span(it)[0] < x:
            return k
    return None


def _parts_follow(i: int, j: int, flow: Flow) -> bool:
    """Convention (a framed definition in a call for proposals: ＜…の定義＞ / ○ its conditions / ① its
    first class over its table / ② …): a bracketed label over a bulleted list heads a passage, not the
    list alone, when the list is its lead — past the list's items (bullets, their wrapped rows, the
    lines set in under them) the block goes on at the label's indent or further in with the first
    label of a numbering series (①, （１）, 1.): parts under the label. A list followed by the next
    number of a series opened before the label (② after the ① it stands under), a band, a heading
    set further out or the page's turn is all the label names."""
    band, k = flow.line(i), j
    x = letters_span(band)[0] - flow.settings.typography.same_indent * band.size
    while isinstance(it := flow.items[k], TextLine) and it.page == band.page and (role := flow.roles[k]) is not None \
            and (role.mark or role.continues or letters_span(it)[0] > x + band.size):
        if (nk := next_item(k, flow)) is None:
            return False
        k = nk
    after, role = flow.items[k], flow.roles[k]
    return isinstance(after, TextLine) and after.page == band.page and role is not None and role.numbering is not None \
        and role.numbering[1] != "band" and first_label(role.numbering[2]) and letters_span(after)[0] >= x


def _leads_in(j: int, flow: Flow) -> bool:
    """Convention (a call for proposals: ＜提出書類一覧表＞ / 下表のとおり、…提出してください。 / its table): a
    label over a lead-in of one sentence, at most `lead_in` lines, and a table right under it on the page
    names that table, as a label right over the table does."""
    first, k, n = flow.items[j], j, 0
    while isinstance(item := flow.items[k], TextLine) and item.page == first.page:
        role = flow.roles[k]
        n += 1
        if n > flow.settings.headings.lead_in or role is None or (k != j and not role.continues):
            return False
        if clean(item.text).strip().endswith("。"):
            nxt = next_item(k, flow)
            return nxt is not None and isinstance(flow.items[nxt], Table) and flow.items[nxt].page == first.page
        if (nk := next_item(k, flow)) is None:
            return False
        k = nk
    return False


def _labels(c: Candidate, i: int, flow: Flow) -> bool:
    """A band that names a block (＜…＞: _labels_a_block; 【…】 over a table: _over_table, or over a field
    left blank: _over_blank_field; either over a scanned picture: _over_picture), no heading; nor an unnumbered line in body type made bold right above
    a ruled table (改定履歴 over a revision table), or right under an attachment's heading (_under_serving):
    the table's caption, as a 【…】 band over it is."""
    return (c.system == "angle_band" and _angle_band_labels(i, flow)) \
        or (c.system == "band" and (_over_table(i, flow) or _over_links(i, flow) or _over_picture(i, flow))) \
        or (c.kind == "band" and _over_blank_field(i, flow)) \
        or (c.system == "bracket_band" and _set_as_its_value(i, flow)) \
        or (c.system == "title" and _over_table(i, flow) and not _tag_led(i, flow)
            and (_body_type_bold(i, flow) or _under_serving(i, flow)))


def _angle_band_labels(i: int, flow: Flow) -> bool:
    """A ＜…＞ band that labels what it stands over (_labels): inside an item, naming a block none of its series heads
    (_labels_a_block, _series_heads), or over a scanned picture (_over_picture)."""
    return _inside_item(i, flow) or (_labels_a_block(i, flow) and not _series_heads(i, flow)) or _over_picture(i, flow)


def _tag_led(i: int, flow: Flow) -> bool:
    """Convention (a statistics sheet, ○○都's 患者の発生について 別紙: "【参考】区市町村別患者数（都内発生分）" bold at the
    section lines' margin over the ward table): a line opened by a 【…】 tag (numbering.BRACKET_TAG) and going on
    with its own title is a band setting a part apart (the tag says what kind of part), no caption of the table under it — a bare name
    in bold (改定履歴) or a tag alone (【健康】) over a table is its caption."""
    return BRACKET_TAG.match(clean(flow.line(i).text).strip()) is not None


def _under_serving(i: int, flow: Flow) -> bool:
    """Convention of 法令 (別表（第１５条、第１７条関係） / 宿泊費基準額及び宿泊手当 / its table): the line right
    under an attachment's heading that closes with the provisions it serves (numbering.SERVES_PROVISIONS),
    right above the attachment's table, names that table: its caption, no heading."""
    j = previous_item(i, flow)
    return j is not None and isinstance(above := flow.items[j], TextLine) and above.page == flow.line(i).page \
        and SERVES_PROVISIONS.search(folded(above.text).rstrip()) is not None


def _body_type_bold(i: int, flow: Flow) -> bool:
    """Set apart only by its weight: bold, in the body's size (within near_size)."""
    line, role = flow.line(i), flow.roles[i]
    return role is not None and role.style == ("bold",) \
        and abs(line.size - flow.body_size) <= flow.settings.typography.near_size


def _over_blank_field(i: int, flow: Flow) -> bool:
    """Convention (a questionnaire's 【御回答欄】, a form's 【記入欄】 over the box left for the answer): a 【…】
    band over empty rows — at least `headings.field_rows` of them, the box's blank paragraphs — and
    nothing else down to the next text labels the field to fill in; it heads no passage. So does a band
    over a block the published copy left out, its one row the omission's mark ([送付先] / （省略）: OMITTED)."""
    k, rows = i + 1, 0
    while k < len(flow.items) and isinstance(it := flow.items[k], TextLine) and it.blank:
        rows, k = rows + 1, k + 1
    if rows >= flow.settings.headings.field_rows:
        return True
    j = next_item(i, flow)
    return j is not None and isinstance(nxt := flow.items[j], TextLine) and nxt.page == flow.line(i).page \
        and OMITTED.match(clean(nxt.text)) is not None and _OMISSION.search(nxt.text) is not None


def _set_as_its_value(i: int, flow: Flow) -> bool:
    """Convention (a ministry's result sheet bound before a review report, set in 12 pt over the report's 10.5 pt:
    ［審議結果］ alone on its row, its value on the rows under it): a bracketed field label (numbering's bracket_band,
    a candidate only when set apart or letter-spaced) set in the very type of the value under it — the same size,
    face, weight and style, so larger than the body only because its page is — is the field's label, no heading."""
    j = next_item(i, flow)
    if j is None or not isinstance(value := flow.items[j], TextLine) or (under := flow.roles[j]) is None:
        return False
    band, role = flow.line(i), flow.roles[i]
    return role is not None and value.page == band.page and under.style == role.style and value.font == band.font \
        and abs(value.size - band.size) <= flow.settings.typography.larger and under.numbering is None


def _over_links(i: int, flow: Flow) -> bool:
    """Convention (a 公用文 guide's 【関係資料】 box at a page's foot: the band, then the titles of the materials it
    points to, each underlined as a link): a 【…】 band over nothing but underlined lines down to its page's end
    names that list of references, as a caption names a table; it heads no passage."""
    page, k, links = flow.line(i).page, next_item(i, flow), 0
    while k is not None and isinstance(it := flow.items[k], TextLine) and it.page == page:
        if not it.underlined:
            return False
        links, k = links + 1, next_item(k, flow)
    return links > 0 and (k is None or flow.items[k].page != page)


def _over_table(i: int, flow: Flow) -> bool:
    """Convention: a 【…】 band right above a ruled table (【健康】 over its rows) is the table's
    caption, naming it as ＜…＞ names a block; it heads no passage. So is one over a note that qualifies the
    table's rows (【年度の途中で…の納期】 / ※令和7年度に…加入された方 / the table): up to `lead_in` lines
    of notes (numbering.NOTE_LINE: ※, 注) between, on its page."""
    j, page = next_item(i, flow), flow.line(i).page
    for n in range(flow.settings.headings.lead_in):
        if j is None or not (isinstance(item := flow.items[j], TextLine) and item.page == page and _a_note_line(j, n > 0, flow)):
            break
        j = next_item(j, flow)
    return j is not None and isinstance(flow.items[j], Table)


def _over_picture(i: int, flow: Flow) -> bool:
    """Convention (an OCR'd scan, Flow.ocr_pages: ＜位置図＞ over a map, ＜用地調査（イメージ）＞ over photographs, 【R6年度】
    over a flow chart's boxes): a band whose next item on its page is letters the OCR read off a picture (TextLine.in_figure:
    ocr_layer.picture_letters, the lines inside a grid ruled round them) names that picture: its caption, no heading."""
    line, j = flow.line(i), next_item(i, flow)
    return line.page in flow.ocr_pages and j is not None and isinstance(item := flow.items[j], TextLine) \
        and item.page == line.page and item.in_figure


def _a_note_line(j: int, wrapped: bool, flow: Flow) -> bool:
    """Line j opens a note (numbering.NOTE_LINE), or (`wrapped`: a note opened above) continues the line before."""
    role = flow.roles[j]
    return note_line(flow.line(j).text) is not None or (wrapped and role is not None and role.continues)


_LETTERS = regex.compile(r"\p{L}")


def _items_around(i: int, flow: Flow) -> tuple[object, object]:
    """The items right before and right after item i, blank lines passed over."""
    before = next((it for it in reversed(flow.items[:i]) if not (isinstance(it, TextLine) and it.blank)), None)
    after = next((it for it in flow.items[i + 1:] if not (isinstance(it, TextLine) and it.blank)), None)
    return before, after


def _beside_table(i: int, flow: Flow) -> bool:
    """A line between two tables (or table-like fragments of a figure) is a label in them."""
    before, after = _items_around(i, flow)
    return not isinstance(before, TextLine) and before is not None and not isinstance(after, TextLine) and after is not None


def styled_systems(candidates: list[Candidate]) -> set[str]:
    """The systems a document sets apart. In a document that sets its main headings apart, a
    system set apart even once is set apart on purpose (its plain lines are list text);
    elsewhere a system counts when most of its lines are."""
    by_system: dict[str, list[Candidate]] = {}
    for c in candidates:   # items (①, (A)) are judged together
        by_system.setdefault(JUDGED.get(c.system, c.system), []).append(c)
    ranked = [c for c in candidates if c.system in RANKED]
    styled_document = sum(c.styled for c in ranked) * 2 > len(ranked)
    if styled_document:
        return {s for s, cs in by_system.items() if any(c.styled for c in cs)}
    return {s for s, cs in by_system.items() if sum(c.styled for c in cs) * 2 > len(cs)}


def _title_stands(c: Candidate, flow: Flow, left: dict[int, float], shared: dict[int, set[int]]) -> bool:
    """An unnumbered title at the left of the text (_title_indent), alone on its row, not amid
    tables (but a band led by a 【…】 tag: _tag_led), and with at least two letters."""
    line = flow.line(c.index)
    return (line.x0 <= _column_left(line, flow, left) + _title_indent(line, flow, left) and c.index not in shared
            and len(_LETTERS.findall(c.label + c.title)) >= 2
            and not (_beside_table(c.index, flow) and not _tag_led(c.index, flow) and not _larger_between(c.index, flow)))


def _larger_between(i: int, flow: Flow) -> bool:
    """Convention (a weekly report's sheet of tables: ○○市の病原体検出状況 set at 20 pt at the text's left
    between the last case table and the detections table, the tables' captions in the body's size in bold): a line
    between two tables of its own page, set larger than the body (its role "larger") and larger than any word of
    either table (by `typography.larger`), is a part's title, no label in them — a table's label or caption is set
    in its table's size or near it (〇性別 in bold at the heads' size), and a line at a page's top between a
    table ending the page before and one under it (a budget book's 歳出 over its ledger) is the tables' own. So is a bold
    line set smaller than the body that heads the table under it, set smaller still (_heads_smaller_table: a legend
    sheet's region labels, each over its table, between the one before and its own)."""
    role, line = flow.roles[i], flow.line(i)
    if role is None or not ("larger" in role.style or _heads_smaller_table(i, line, flow)):
        return False
    tables = [it for it in _items_around(i, flow) if isinstance(it, Table) and it.page == line.page]
    words = [sp.size for t in tables for row in t.rows for cell in row.cells for sp in cell.spans]
    return len(tables) == 2 and line.size > max(words, default=line.size) + flow.settings.typography.larger


def _column_left(line: TextLine, flow: Flow, left: dict[int, float]) -> float:
    """Where the text of the line's page starts (`left`: text_left), or, on a page set in columns, its column's
    running text (Flow.bounds). Convention (a newsletter in three columns, 広報すずか: an item's title over each
    column's text): a title at its column's left stands at the text's left — as line_roles measures a line's indent."""
    return max(left.get(line.page, line.x0), flow.bounds(line)[0])


def _title_indent(line: TextLine, flow: Flow, left: dict[int, float]) -> float:
    """How far in from the text's left edge an unnumbered title may start. Convention (a word
    processor's heading style): a heading set flush left is indented by characters of its own
    size — 見出し indented two characters at 14 pt starts 28 pt in, past two and a half characters
    of an 11 pt body. A line set larger and centred in its column (its letters' middle near the
    column's, a document's title on its first page) keeps the body's measure: only a flush-left
    line, its middle well left of the column's, is measured in its own size."""
    hs = flow.settings.headings
    if line.size <= flow.body_size + flow.settings.typography.larger:
        return hs.title_left * flow.body_size
    x0, x1 = letters_span(line)
    middle = (_column_left(line, flow, left) + flow.bounds(line)[1]) / 2
    flush_left = (x0 + x1) / 2 < middle - hs.off_centre * line.size
    return hs.title_left * (line.size if flush_left else flow.body_size)


def _page_title(c: Candidate, flow: Flow, shared: dict[int, set[int]]) -> bool:
    """Convention: a title set larger than the body and centred, the first line of a page after the first
    and alone on its row, titles the page it opens (a call's back matter: 本補助事業全体の流れ（概要）,
    お問い合わせ先, 改訂履歴 over their tables): a part of the document, as a title at the text's left is.
    On the first page such a line is the document's own title."""
    role = flow.roles[c.index]
    return role is not None and role.centred and "larger" in role.style and c.index not in shared \
        and flow.line(c.index).page > 1 and c.index in _page_tops(flow)


def _page_title_faces(candidates: list[Candidate], flow: Flow, shared: dict[int, set[int]]) -> frozenset[tuple[str, float]]:
    """The types (font, size) of the unnumbered titles that open a page centred (_page_title)."""
    return frozenset((flow.line(c.index).font, round(c.size * 2) / 2) for c in candidates
                     if c.system == "title" and _page_title(c, flow, shared))


def _set_as_page_title(c: Candidate, flow: Flow, shared: dict[int, set[int]], faces: frozenset[tuple[str, float]]) -> bool:
    """Convention (a 告示's text in parts: 留意事項その1（原則的な事項） centred at a page's top in the body's face set
    larger, 留意事項その2（細則的な事項） centred so mid-page, and the part's first title, 「外来語の表記」に用いる仮名と符号の表,
    centred so right under 本文): a line centred, alone on its row and set in the type of a title that opens a page
    centred is a title of that rank wherever it stands — mid-page, or right under a larger title (no subtitle)."""
    role = flow.roles[c.index]
    return bool(faces) and role is not None and role.centred and "larger" in role.style and c.index not in shared \
        and (flow.line(c.index).font, round(c.size * 2) / 2) in faces


def _part_title_types(candidates: list[Candidate], flow: Flow, shared: dict[int, set[int]]) -> frozenset[tuple[str, float]]:
    """The types (font, size) of the bold part titles (_part_title) that open a page."""
    tops = _page_tops(flow)
    return frozenset((flow.line(c.index).font, round(c.size * 2) / 2) for k, c in enumerate(candidates)
                     if c.system == "title" and c.index in tops and flow.line(c.index).bold
                     and _part_title(c, _next_numbered(candidates, k), flow, shared, _next_of(candidates, k)))


def _set_as_part_title(c: Candidate, flow: Flow, shared: dict[int, set[int]], parts: frozenset[tuple[str, float]]) -> bool:
    """Convention (a review report in parts, each opening its page with its title centred in bold at the body's
    size: 審査報告書 over the report's particulars, 審査結果 over its fields, 審査報告（1） over the review's numbered
    outline): a document sets its part titles alike, so a line centred, alone on its row and opening a page after the
    first, in the bold type of a part title kept over its outline (_part_title, at a page's top: `parts`), is a part's
    title too, though no outline opens under it on its page."""
    role, line = flow.roles[c.index], flow.line(c.index)
    return (line.font, round(c.size * 2) / 2) in parts and role is not None and role.centred and line.bold \
        and c.index not in shared and line.page > 1 and c.index in _page_tops(flow)


def _part_title(c: Candidate, after: Candidate | None, flow: Flow, shared: dict[int, set[int]],
                first: Candidate | None = None) -> bool:
    """Convention (a notice in parts: 入札公告（個別編） / （共通編） centred over each part's numbered
    headings): a title centred on its column and set both larger than the body and bold, alone on its
    row, heads the part that follows wherever it stands — on the first page too, where the document's
    own title was already refused (_the_title: the cover read it), and mid-page — when the part's own
    outline opens under it on its page: the next labelled candidate (`after`: _next_numbered, past
    unnumbered names between — a legend's, グラフ凡例, over a dashboard's charts) is a numbered heading set apart,
    its first label (１, 第１), a title and no sentence (no 、 or 。), in type smaller than the part's.
    A centred bold line over no such outline (a legend or a box's name in a figure or a form, over a
    heading in its own size or a numbered step of a flow chart; a cover's name) is left as it was — but as a
    page's first line (reference matter closing a document: （参考）本対応策の所要額 centred in the headings'
    bold face at the body's size, over its own outline restarting at １．) a bold centred title heads an
    outline set in its own size too: a page that opens with it is that part's. It opens a part as a letter-spaced centred title does
    (Candidate.centred): the headings under it nest below it. The caller keeps it only in a document
    that sets other headings apart. Convention (a budget book set in one face, no bold anywhere: the
    page-top title 歳入歳出予算事項別明細書 centred over the table, １　総　　括 at the left in its size): in a
    document with no bold a page's first line, centred and set larger than the body, heads the
    outline opening under it on its page in its own size. Convention (a review report's 別紙 審査報告（1） centred
    in bold over 申請品目 — the part's first section, unnumbered, bold at the text's left — and its particulars, the
    numbered outline 1. … opening on a later page): an unnumbered first section in the outline's type (`first`: the
    candidate right after it, _first_section) opens the part's outline on its page as the first label would."""
    role = flow.roles[c.index]
    if role is None or not role.centred or c.index in shared or after is None \
            or after.system == "title" or not after.styled or not first_label(after.label) \
            or not _outline_opens_under(c, first, after, flow) \
            or regex.search(r"[、。，．]", after.title):
        return False
    larger, top = flow.settings.typography.larger, c.index in _page_tops(flow)
    if not flow.line(c.index).bold:   # a book set in one face (a budget book, no bold anywhere): a page's larger centred title
        return top and "larger" in role.style and _one_weight(flow) and abs(after.size - c.size) <= larger
    if "larger" in role.style:
        return after.size < c.size - larger
    return top and after.size <= c.size + larger


def _one_weight(flow: Flow) -> bool:
    """No line of the document is set in bold: its titles stand apart by size and place alone."""
    return not any(isinstance(it, TextLine) and it.bold for it in flow.items)


def _subtitle(i: int, flow: Flow) -> bool:
    """Convention (a plan's goals on banners): a line centred under a heading set larger right
    above it — the heading's subtitle, a measure or a target printed on its banner — is part of
    that heading's block, no heading of its own; so is each line centred under such a subtitle.
    Centred, not set flush left: the middles of the two lines meet, their left edges do not."""
    line = flow.line(i)
    hs = flow.settings.headings
    if flow.roles[i].figured:   # a title flush left with its amount flush right on its row: no centred line
        return False
    middle = sum(letters_span(line)) / 2
    j, below = i, line
    while (k := previous_item(j, flow)) is not None:
        above = flow.items[k]
        if not isinstance(above, TextLine) or above.page != line.page or _under_band(above, below) \
                or below.y0 - above.y1 > hs.paragraph_gap * below.size \
                or abs(sum(letters_span(above)) / 2 - middle) > hs.banner_axis * line.size \
                or abs(letters_span(above)[0] - letters_span(below)[0]) <= flow.settings.typography.same_indent * line.size:
            return False
        if above.size > line.size + flow.settings.typography.larger:
            return True
        j, below = k, above
    return False


def _under_band(above: TextLine, below: TextLine) -> bool:
    """Convention (a newsletter's section banner, お知らせ on a rounded band across its column, its first item's
    title centred under the band): a line standing under the band the line above is a caption on
    (TextLine.caption_band) is off the banner — the text the caption heads, no subtitle printed on it."""
    return above.caption_band is not None and below.y0 >= above.caption_band[3]


def keep_headings(candidates: list[Candidate], flow: Flow) -> list[Candidate]:
    """Per system: in a system set apart, plain candidates are list items; a plain label
    followed by a space is an enumeration. Unnumbered titles only in a document that sets
    headings apart."""
    apart = styled_systems(candidates)
    left, shared = flow.text_left or text_left(flow), shared_rows(flow)   # (found once: Flow.text_left)
    out = []
    inside = _outside_sections_text(_outside_amount_lists(
        _outside_listed_divisions(outside_articles(_outside_paper_lists(candidates, flow), flow), flow), flow, shared), flow)
    faces, parts = _page_title_faces(inside, flow, shared), _part_title_types(inside, flow, shared)
    for k, c in enumerate(inside):
        if c.centred or c.apart:
            if not shared.get(c.index, set()) - set(() if c.title else title_beside(c.index, flow)):
                out.append(c)   # (an emblem's label shares its row with its title beside it alone)
        elif c.system == "title" and flow.line(c.index).caption_band is not None:
            out.append(_banner(c, flow))   # a caption on a band across a region's top heads the region, whatever stands beside it
        elif c.system == "title":
            if apart and (kept := _kept_title(c, _next_numbered(inside, k), flow, left, shared, faces, parts, _next_of(inside, k))):
                out.append(kept)
        elif c.system == "article":   # an article's caption heads it whatever its type
            out.append(c)
        elif c.system in RUNS and _listed(c, flow):   # a run of 一 … 二 … is a list in any type
            continue
        elif _labelled_heading(c, flow, apart, shared):
            out.append(c)
    return _first_sections_ranked(_outside_lists(_outside_particulars(out, flow), flow), flow)


def _outside_lists(kept: list[Candidate], flow: Flow) -> list[Candidate]:
    """Convention (items of one list stand at one level: a provision's attachments ア 印鑑証明書 / イ …を証明する書面 /
    ウ 位置図 over its description …, a note's points １ …とする。 / ２ … / ３ … run as sentences): the labelled lines of
    one system at one indent, met one after another with no other heading nor a label of another system at their
    indent or further out between them, are one list or one level of headings; where more than half of them are no
    headings and one of those runs as a sentence (a 、 or a 。 on its row: the list enumerates provisions), none of them
    heads — a short member (ア 印鑑証明書) is an item of that list, not a section. Members that are no headings only as
    names (（２）…条例 / （３）…規則 line under line, a field's 連絡先：) leave a sibling standing over its text a heading."""
    keep = {c.index for c in kept}
    dropped: set[int] = set()
    for c in kept:
        if c.index not in dropped and c.system in BY_NAME:
            members = _list_members(c, keep, flow)
            if 2 * sum(1 for j in members if j in keep) < len(members) \
                    and any(j not in keep and _SENTENCE_SIGN.search(clean(flow.line(j).text)) for j in members):
                dropped.update(members)
    return [c for c in kept if c.index not in dropped]


def _list_members(c: Candidate, keep: set[int], flow: Flow) -> list[int]:
    """The lines labelled in c's system at c's indent around it, counting on (_outside_lists): out from c both ways,
    the contents passed over, up to a kept heading of another system, a label of another system at that indent or
    further out, or a label of c's system that counts again (11 … then １ …: another list)."""
    return [c.index] + _members_toward(c, keep, -1, flow) + _members_toward(c, keep, 1, flow)


def _members_toward(c: Candidate, keep: set[int], step: int, flow: Flow) -> list[int]:
    """_list_members on one side of c: before it (`step` -1) or after it (1)."""
    x = letters_span(flow.line(c.index))[0]
    members, j, last = [], c.index + step, _count(c.label)
    while 0 <= j < len(flow.items):
        at = _list_place(j, c, x, keep, flow)
        if at is False:
            break
        if at:
            role = flow.roles[j]
            number = _count(role.numbering[2]) if role is not None and role.numbering else None
            if number is not None and last is not None and (number - last) * step <= 0:
                break   # its count starts again: another list
            members.append(j)
            last = number if number is not None else last
        j += step
    return members


def _list_place(j: int, c: Candidate, x: float, keep: set[int], flow: Flow) -> bool | None:
    """Item j for _members_toward: True, a label of c's system at c's indent (`x`); False, where the list ends (a kept
    heading of another system, a label of another system at that indent or further out); None, a line passed over.
    A label of c's system printed in the other width (a manual's chapter 4. among the steps １．…３． before it) is no
    member: a series is typed one way."""
    it, role = flow.items[j], flow.roles[j]
    if not isinstance(it, TextLine) or role is None or j in flow.contents or not (j in keep or role.numbering):
        return None
    at, same, tol = letters_span(it)[0], _same_system(flow, j, c), flow.settings.typography.same_indent * flow.body_size
    if same and abs(at - x) <= tol and _full_width(it) == _full_width(flow.line(c.index)):
        return True
    return False if at <= x + tol or (j in keep and not same) else None


def _full_width(line: TextLine) -> bool:
    """The line's first letter (its label's) is printed full-width (１．, （１）), not half-width (1., (1))."""
    first = line.text.lstrip()[:1]
    return first != fold_width(first)


_NOT_A_DIGIT = regex.compile(r"[^0-9]")
_SENTENCE_SIGN = regex.compile(r"[、。]")   # a row holding either runs as a sentence (_outside_lists)
_KANA_COUNT = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"


def _count(label: str) -> int | None:
    """The place a label counts (１．→ 1, (12) → 12, ウ → 3, ③ → 3), None where none is read."""
    folded_label = fold_width(label)
    digits = _NOT_A_DIGIT.sub("", folded_label)
    if digits:
        return int(digits)
    letter = next((ch for ch in label if ch in _KANA_COUNT or ch in CIRCLED_ORDER), None)
    if letter is None:
        return None
    return _KANA_COUNT.index(letter) + 1 if letter in _KANA_COUNT else CIRCLED_ORDER.index(letter) + 1


def _outside_sections_text(candidates: list[Candidate], flow: Flow) -> list[Candidate]:
    """The candidates less the unnumbered lines that are a section's text: all their section holds
    (_sections_only_line), or the value of a field named over them (_field_value)."""
    return [c for k, c in enumerate(candidates)
            if not (c.system == "title" and (_sections_only_line(k, candidates, flow) or _field_value(c, flow)))]


def _field_value(c: Candidate, flow: Flow) -> bool:
    """Convention (a 募集要項's venue: 【所在地】 over the address, 【交通機関】 over "○○線「北野駅」南口　徒歩5分" and the
    next row, those rows in the bands' size — a little larger than the body's): a line set apart by its size alone right
    under a 【…】 label alone on its line in the body's type, read as an item (LineRole.item_start: a field's name),
    is that field's value — the item's text, no title; so is each row of the value set alike under it."""
    role = flow.roles[c.index]
    if role is None or role.style != ("larger",):
        return False
    j = previous_item(c.index, flow)
    while j is not None and (row := flow.roles[j]) is not None and row.style == role.style and not row.item_start \
            and row.numbering is None:
        j = previous_item(j, flow)   # (a row of the value above it: unnumbered — a labelled line, 付　録, is no value's row)
    if j is None or not isinstance(label := flow.items[j], TextLine):
        return False
    above = flow.roles[j]
    return above is not None and above.item_start and not above.style and label.page == flow.line(c.index).page \
        and BAND_ALONE.fullmatch(label.text) is not None


def _sections_only_line(k: int, candidates: list[Candidate], flow: Flow) -> bool:
    """Convention (a 募集要項's sections on black bands, "3. 申込受付期間" over the one line 令和○年○月○日（○）から…まで
    in the bands' size — a little larger than the body's —, then "4. 募集企業"; "6. 参加費用" over 無料 and a ※ note):
    an unnumbered line whose style is its size at most (larger, or none: no weight, no other face, no band), standing
    right under a numbered heading with the next number of that heading's system right under it — or under the line's
    ※ notes (numbering.note_line) — is all that section holds: its text, no title heading nothing."""
    c = candidates[k]
    if not 0 < k < len(candidates) - 1 or (role := flow.roles[c.index]) is None or set(role.style) - {"larger"}:
        return False
    before, after = candidates[k - 1], candidates[k + 1]
    number = label_number((before.system, "", before.label, "", False))
    return number is not None and after.system == before.system \
        and label_number((after.system, "", after.label, "", False)) == number + 1 \
        and next_item(before.index, flow) == c.index and _notes_up_to(c.index, after.index, flow)


def _notes_up_to(i: int, end: int, flow: Flow) -> bool:
    """Every non-blank item after line i and before `end` is a ※ note's line (numbering.note_line)."""
    j = next_item(i, flow)
    while j is not None and j < end:
        if not isinstance(it := flow.items[j], TextLine) or note_line(it.text) is None:
            return False
        j = next_item(j, flow)
    return j == end


def _first_sections_ranked(kept: list[Candidate], flow: Flow) -> list[Candidate]:
    """Convention (a review report's 別紙: 審査報告（1） centred over 申請品目, then 1. … 9.): a part's unnumbered first
    section (_first_section) ranks with the numbered sections after it — their sibling under the part's title, no
    level they nest in: it takes their system (its label stays none)."""
    out = list(kept)
    for k, c in enumerate(out[:-1]):
        after = _next_numbered(out, k)
        if c.centred and after is not None and _first_section(c, out[k + 1], after, flow):
            out[k + 1] = replace(out[k + 1], system=after.system)
    return out


def _outside_listed_divisions(candidates: list[Candidate], flow: Flow) -> list[Candidate]:
    """Convention (an API manual of a six-volume set listing the set in its first section: 第一編 Web-API の
    利用手続について… / 第二編 … / … / 第六編 … 本書 — this volume's entry framed —, each with its wrapped rows): a
    named division (第N編, 第N部, 第N章 …) heads the text of its part, so the next division of its system never
    follows it with nothing but its own wrapped rows between them. Such lines, line under line at one indent
    on one page (a contents page's entry before the division that opens the text is no neighbour of it), whatever
    their face, are the entries of a list naming parts — the volumes of a set — no headings."""
    return [c for c in candidates if not (division(c.system) and _listed_on_its_page(c, flow))]


# a bare amount of an amount list: digits with their thousands commas, a decrease marked △ (６６９，４０２, △６，６５０)
_BARE_AMOUNT = regex.compile(r"^[△▲]?[0-9０-９][0-9０-９,，]*$")


def _outside_amount_lists(candidates: list[Candidate], flow: Flow, shared: dict[int, set[int]]) -> list[Candidate]:
    """Convention (a budget bill's articles amending its amounts: 第２条 … 予定額を次のとおり補正する。 over a list set
    with tabs, no rules — （科目） （既決予定額） （補正予定額） （計） / 第１款　下水道事業収益　６６７，９８６　１，４１６
    ６６９，４０２ / 第１項　営業収益 …): a named division's line (第N款, 第N項 …) whose row carries bare amounts to its right
    and nothing else (_BARE_AMOUNT; shared_rows) is an account of the list, no heading of the text — a division
    heads its part alone on its row."""
    return [c for c in candidates if not (division(c.system) and _amounts_beside(c.index, flow, shared))]


def _outside_paper_lists(candidates: list[Candidate], flow: Flow) -> list[Candidate]:
    """Convention (a council's list of the bills put to its session, 提出議案一覧表: 議案第１号 beside its subject, row under
    row, nothing between the rows nor after the last): the council papers' lines (council_paper) that close the
    document with no passage — a sentence (。) or a table — after any of them, `headings.paper_list` of them or more,
    are a list's entries — the session's papers named, none stated — no headings. A 提案理由 states its papers one by
    one or a few together (議案第３４号 / 議案第３５号 over one paragraph on both): a passage follows every run of them,
    and each heads it; a bill's own first page (議案第１２号 over its title and articles) is one paper."""
    papers = [c.index for c in candidates if c.system == "council_paper"]
    ends = papers[1:] + [len(flow.items)]
    tail = list(takewhile(lambda k: not _passage_in(papers[k], ends[k], flow), reversed(range(len(papers)))))
    listed = {papers[k] for k in tail} if len(tail) >= flow.settings.headings.paper_list else set()
    return [c for c in candidates if c.index not in listed]


def _passage_in(i: int, end: int, flow: Flow) -> bool:
    """A passage stands between flow items i and end: a table, or a line holding a sentence's 。 (_outside_paper_lists)."""
    return any(isinstance(it, Table) or (isinstance(it, TextLine) and "。" in it.text) for it in flow.items[i + 1:end])


def _amounts_beside(i: int, flow: Flow, shared: dict[int, set[int]]) -> bool:
    """Line i shares its row with pieces that are bare amounts only, one at least (_outside_amount_lists)."""
    beside = [flow.items[j] for j in shared.get(i, set())]
    return bool(beside) and all(isinstance(it, TextLine) and _BARE_AMOUNT.match(_SPACES.sub("", it.text))
                                for it in beside)


def _listed_on_its_page(c: Candidate, flow: Flow) -> bool:
    """_listed, the item before or after standing on the candidate's page, and the entries long: this line or
    that item's runs to its column's edge (an entry naming a volume in a sentence wraps; a division's title is
    short — a schedule's deleted divisions, 第12款　削除 / 第13款　臓器提供管理料, follow one another as headings)."""
    prev, _ = _neighbours(c, flow)
    page = flow.line(c.index).page
    return any(_same_system(flow, j, c) and _aligned(flow, j, c) and flow.line(j).page == page
               and (reaches(flow, c.index) or reaches(flow, j))
               for j in (_item_start(prev, flow), _item_end(c.index, flow)) if j is not None)


def _banner(c: Candidate, flow: Flow) -> Candidate:
    """A caption on a band (TextLine.caption_band). Convention (a newsletter's section banner, お知らせ alone on a
    rounded band across its column, no panel: typography.mark_panels): the section opens a part — the items'
    titles under it nest in it (Candidate.centred), though none of them is numbered."""
    return c if flow.line(c.index).on_panel else replace(c, centred=True)


def _next_of(candidates: list[Candidate], k: int) -> Candidate | None:
    """The candidate right after candidates[k], or None."""
    return candidates[k + 1] if k + 1 < len(candidates) else None


def _outline_opens_under(c: Candidate, first: Candidate | None, after: Candidate, flow: Flow) -> bool:
    """The part's outline opens on the page of its title c: its first label there (`after`), or its unnumbered first
    section (`first`: _first_section)."""
    return flow.line(after.index).page == flow.line(c.index).page or _first_section(c, first, after, flow)


def _first_section(c: Candidate, first: Candidate | None, after: Candidate, flow: Flow) -> bool:
    """`first` (the candidate right after the centred title c) is an unnumbered title on c's page, bold at the left
    (no centred line) in the type of the numbered outline that follows (`after`): the part's first section."""
    if first is None or first is after or first.system != "title" or flow.line(first.index).page != flow.line(c.index).page:
        return False
    role, line = flow.roles[first.index], flow.line(first.index)
    return role is not None and not role.centred and line.bold and abs(first.size - after.size) <= flow.settings.typography.larger


def _next_numbered(candidates: list[Candidate], k: int) -> Candidate | None:
    """The first labelled candidate after candidates[k] (the unnumbered ones between passed: a legend's
    or a frame's name on a dashboard under its title), or None."""
    return next((c for c in candidates[k + 1:] if c.system != "title"), None)


def _kept_title(c: Candidate, after: Candidate | None, flow: Flow, left: dict[int, float],
                shared: dict[int, set[int]], faces: frozenset[tuple[str, float]] = frozenset(),
                parts: frozenset[tuple[str, float]] = frozenset(), first: Candidate | None = None) -> Candidate | None:
    """An unnumbered title kept in a document that sets headings apart: a part's title (_part_title,
    opening a part: centred), one at the text's left or a page's centred title, or one set as a page's
    centred title is (`faces`: _page_title_faces) wherever it stands, or one set as a part's title over its outline
    at a page's top is (`parts`: _part_title_types, _set_as_part_title); never a subtitle."""
    if _subtitle(c.index, flow):
        return c if _set_as_page_title(c, flow, shared, faces) else None
    if _part_title(c, after, flow, shared, first) or _centred_in_its_face(c.index, flow, shared) \
            or _set_as_part_title(c, flow, shared, parts):
        return replace(c, centred=True)
    return c if _title_stands(c, flow, left, shared) or _page_title(c, flow, shared) \
        or _set_as_page_title(c, flow, shared, faces) else None


def _centred_in_its_face(i: int, flow: Flow, shared: dict[int, set[int]], over: int = 1) -> bool:
    """Convention (headings set apart by typeface: a gazette's notice titled 入札公告 in Gothic, centred in
    its column over the notice's Mincho text; the part's banner ≡入札公告≡ centred over such a title): a line
    centred in its column in another typeface than the body's, alone on its row, right over running text in
    the body's type (no style, the body's size) on its page — or, `over` once, over a smaller such title — is
    a heading, whatever its size and weight; it opens a part, as a part's title does (_part_title): the
    headings under it nest below it. (A figure's or a table's words in another face stand over more of them,
    a table or nothing.)"""
    role, line = flow.roles[i], flow.line(i)
    if role is None or not role.centred or "typeface" not in role.style or i in shared:
        return False
    j = next_item(i, flow)
    if j is None or not isinstance(after := flow.items[j], TextLine) or after.page != line.page \
            or (under := flow.roles[j]) is None:
        return False
    if not under.style and abs(after.size - flow.body_size) <= flow.settings.typography.near_size:
        return True
    return over > 0 and after.size < line.size and _centred_in_its_face(j, flow, shared, over - 1)


def _labelled_heading(c: Candidate, flow: Flow, apart: set[str], shared: dict[int, set[int]]) -> bool:
    """A labelled candidate heads a passage: set apart; in body type, in a system the document does not
    set apart (`apart`), as _plain_heading judges it. Convention: a level of a legal outline (第Ｎ, １, （１）
    of 公用文; not 一, whose runs are lists: keep_headings) left in body type among siblings set apart (a
    typist's slip: 第４　ガス in 明朝 beside the Gothic 第３　電気; a （１） naming a statute's extract, in the
    regular face over the extract's frame, beside bold （１） titles) is a heading where it stands alone as
    they do — a short title on a line of its own over running text, no item of its system beside it
    (１　電力施設 / ２　ＬＰガス事業者, （２）… / （３）… line under line stay a list). An agenda's item (_agenda_item: its
    title one word letter-spaced, alone on its row: `shared`) heads whatever its neighbours."""
    if c.styled or (JUDGED.get(c.system, c.system) not in apart and _plain_heading(c, flow)) or _agenda_item(c, flow, shared) \
            or _over_its_paragraph(c, flow):
        return True
    return c.system in OUTLINE and c.system not in RUNS and _stands_alone(c, flow)


def _over_its_paragraph(c: Candidate, flow: Flow) -> bool:
    """Convention (a 公募要領's ①応募書類提出期限までに行うべきこと at the text's left edge under （１）, over "　募集期間は、…"
    — its ① under ２． set in bold and further in): a labelled line in body type at the text's left edge, a title of its
    own (no 、 or 。, short of the edge), over a paragraph opened one character further in right under it and run
    past the line's end (_paragraph_under; a wrapped row of a figure's narrow side text runs no further), heads it
    whatever the document sets its system's other lines in: a list's item runs on in its own rows or stands over its
    siblings, never over a paragraph opened so — nor one right under a sibling (１　電力施設 / ２　ＬＰガス事業者 line under
    line, a paragraph after the last: a list). A web address under it (LineRole.address: a reference list's entry
    over its link typed in with spaces) is no paragraph."""
    role, j, line = flow.roles[c.index], next_item(c.index, flow), flow.line(c.index)
    if j is None or role is None or role.reaches_edge or regex.search(r"[、。，．]", c.title) \
            or _same_system(flow, previous_item(c.index, flow), c):
        return False
    under = flow.roles[j]
    return under is not None and not under.address and _paragraph_under(c.index, line, flow) and flow.line(j).x1 > line.x1


def _agenda_item(c: Candidate, flow: Flow, shared: dict[int, set[int]]) -> bool:
    """Convention (a meeting's 議事次第: １．開　会 / ２．議　事 / （１）… / ３．閉　会, in body type, white between): a
    numbered line whose title is one short word letter-spaced (each of its two to `headings.letter_spaced` letters set
    apart by spaces) and stands alone on its row is an item of the order of business — a heading of that system
    however its items follow one another: a word spelled out so is set as a title, never as a list's entry."""
    if not c.label or (role := flow.roles[c.index]) is None or role.numbering is None or c.index in shared:
        return False
    m = _SPACED_WORD.search(flow.line(c.index).text)
    letters = _SPACES.sub("", clean(m.group())) if m else ""
    return 2 <= len(letters) <= flow.settings.headings.letter_spaced and letters == _SPACES.sub("", clean(c.title))


def _opens_part(c: Candidate) -> bool:
    """A heading that opens a part of a statute-like document: an attachment or an appendix, a level
    of the 第 outline (第N章, an article, 附則), a title set apart or centred."""
    return c.system in TOP or OUTLINE.get(c.system, ("",))[0] == "第" or c.centred or (c.system == "title" and c.styled)


def _outside_particulars(kept: list[Candidate], flow: Flow) -> list[Candidate]:
    """Convention (記書き): 記 alone and centred on its line announces the particulars of a notice, a form or
    a pledge — the items it lists (１．変更の内容 / ２．…, （１）暴力団… / （２）…) are what it asks for or
    swears to, no part of the document's outline. When the 記 stands in a part the document has already
    headed (a form or a pledge attached to rules), its particulars hold no headings up to 以上 alone on
    its line or the next heading that opens a part (_opens_part). The 記 of a notice that is the
    document itself comes before its first heading, or under none but the notice's own subject (a
    letter bound after a report's cover, its subject centred over it as its heading: 監査報告について):
    the numbered parts under it are its outline."""
    marks = [(i, r.particulars) for i, r in enumerate(flow.roles) if r is not None and r.particulars]
    out: list[Candidate] = []
    inside, k = False, 0
    for c in kept:
        while k < len(marks) and marks[k][0] < c.index:
            if marks[k][1] == "closes":
                inside = False
            elif any(not _a_subject(o) for o in out):   # a 記 under a heading already kept
                inside = True
            k += 1
        if _opens_part(c):
            inside = False
        if not inside:
            out.append(c)
    return out


def _a_subject(c: Candidate) -> bool:
    """An unnumbered title that reads as a letter's subject (…について, …のお知らせ: numbering.SUBJECT_LINE)."""
    return c.system == "title" and SUBJECT_LINE.search(_SPACES.sub("", c.title)) is not None


def _stands_alone(c: Candidate, flow: Flow) -> bool:
    """A short label and title on a line of its own (no 、 or 。, the line well short of the
    edge) with running text after it and no item of its kind right before or after it (nor ending right
    before it, wrapped under its title: _after_hung_item): a sub-heading set in body type (① 趣旨), not an
    enumeration (① 人材 / ② 研究 … line under line). Convention (a specification's "(1) 例示設備" over its ruled
    table of ○-checked clauses, a guideline's "① 例示の区分" over its table of definitions): a ruled table right
    under it on its page is the passage it heads, as running text is."""
    line = flow.line(c.index)
    if len(c.title) > flow.settings.headings.short_title or regex.search(r"[、。，．]", c.title):
        return False
    left, right = flow.bounds(line)
    if line.x1 > left + flow.settings.headings.fill * (right - left):
        return False
    p, n = _neighbours(c, flow)
    nxt = flow.items[n] if n is not None else None
    if isinstance(nxt, Table) and nxt.page == line.page:   # a ruled table right under it: the passage it heads
        return not (_same_system(flow, p, c) or _after_hung_item(c, p, flow))
    if not isinstance(nxt, TextLine) or not _heads(line, nxt) or _value_beside(line, nxt, flow):   # (its row holds a value)
        return False
    return not (_same_system(flow, n, c) or _same_system(flow, p, c) or _after_hung_item(c, p, flow)) \
        and len(clean(nxt.text)) > 2 * len(c.title)


def _heads(line: TextLine, after: TextLine) -> bool:
    """`after`, the flow's next line, can be the text `line` heads: on its page, or — a heading
    left at the foot of a page (the last line there) — at the top of the next."""
    return after.page in (line.page, line.page + 1)


def _plain_heading(c: Candidate, flow: Flow) -> bool:
    """A label in body type heads what follows — never a key–value item's (_value_runs_on) —: always in
    a system no sentence enumerates with; followed by a space, when it stands alone; else unless it is
    an item of a list."""
    if _value_runs_on(c, flow) or _field_on_its_row(c, flow):   # a key–value item, whatever its numbering, its label
        return False                                             # spaced or not
    if c.system in NEVER_LISTS:
        return True
    if c.system in RUNS:   # 一　主旨 heads its part (a run of 一 … 二 … 三 … is a list: keep_headings)
        return True
    if c.spaced:
        return _stands_alone(c, flow) or (_a_name(c, flow) and _titles_what_follows(c, flow))
    if c.system in RANKED:
        if _below_text(c, flow) and (_listed(c, flow) or _hanging_item(c, flow)):
            return False
        return not _in_a_run(c, flow)
    return not (_listed(c, flow) or _hanging_item(c, flow))


def _value_runs_on(c: Candidate, flow: Flow) -> bool:
    """Convention (a notice's key–value items typed with tabs: （１） 閲覧期間␣␣令和８年…まで, its remark
    wrapped under the value: （ちば電子調達システム…）): a labelled line whose next line, right under it
    (a blank line at most between them: a form may space its values' rows), starts under a word of it
    that a gap opens, well past its title's first letter — under the value after the item's name — is
    an item whose value runs on, no heading: the text a heading opens starts at its title or further out."""
    line = flow.line(c.index)
    hs, indent = flow.settings.headings, flow.settings.typography.same_indent * line.size
    text_x, j = _title_x(line, c.label), next_item(c.index, flow)
    if text_x is None or j is None or not isinstance(nxt := flow.items[j], TextLine) or nxt.page != line.page \
            or nxt.y0 - line.y1 > hs.value_gap * line.size:
        return False
    if _value_beside(line, nxt, flow):
        return True
    gaps, column = _after_gaps(line, hs.word_gap), text_x + hs.value_column * line.size
    for _ in range(2):   # the value's next row; past a remark set further right than the value (…工事 / （電子入札対象案件）),
        x = letters_span(nxt)[0]   # the row after it (②令和…: the value's second entry under its first)
        if x <= column:
            return False
        if any(abs(at - x) <= indent for at in gaps):
            return True
        k = next_item(j, flow)
        if k is None or not isinstance(after := flow.items[k], TextLine) or after.page != line.page \
                or after.y0 - nxt.y1 > hs.value_gap * line.size or _same_system(flow, k, c):   # (the next item)
            return False
        j, nxt = k, after
    return False


# a record's field on its row: a name spread letter by letter, a space apart (日 時, 場 所), or a word (対象生徒), then a
# wider blank (two spaces or more) and its value (２ 場 所␣␣例示合同庁舎…, ３　対象生徒␣␣第２学年…); group 1 the name; a
# word's value holds two letters before any blank (１　目␣␣的, a name spread two spaces apart, is no word and its value)
_SPREAD_FIELD = regex.compile(r"^((?:\S[ \u3000])+\S)[ \u3000]{2,}\S|^(\S+)[ \u3000]{2,}(?:\S[ \u3000]{2,})*\S\S")


def _field_on_its_row(c: Candidate, flow: Flow) -> bool:
    """Convention (minutes' 議事次第: "１ 日 時␣␣令和元年７月26日（金）14：00～15：56", "２ 場 所␣␣例示合同庁舎…"): a
    numbered line whose words after the label are a field's name spread letter by letter to a width (at most
    `headings.field_letters` letters), then a wider blank and the field's value on the same row (_SPREAD_FIELD), is an
    item of the record — a key–value item, no heading: a heading's row holds its title alone (_value_beside reads such a
    value set at a tab stop as a line of its own). The label stands apart by any white space, a word processor's
    全角 space (１　日　時　　令和…) as an ASCII one; the label compared folded as numbering.match_numbering read it
    (fold_width: １ as 1, ① kept ①). Convention (blind25c: a 実施要項's particulars, "３　対象生徒␣␣第１学年
    ９０名", "４　体験先␣␣␣例示市内各事業所…"): the field's name may be a word as well, of as many letters."""
    head, rest = (_SPACES.split(visible(flow.line(c.index).text).strip(), maxsplit=1) + [""])[:2]
    m = _SPREAD_FIELD.match(rest)
    return bool(c.label) and fold_width(head) == c.label and m is not None \
        and len(_SPACES.sub("", m.group(1) or m.group(2))) <= flow.settings.headings.field_letters


def _value_beside(line: TextLine, nxt: TextLine, flow: Flow) -> bool:
    """Convention (an 入札説明書's particulars typed with tabs: （１）工事名␣␣Ｒ６…工事 / （２）工事場所␣␣…): the item's value
    at a tab stop, read as a line of its own on the item's row (`nxt`, the next line, sharing the row and
    starting a word gap or more past the item's name), makes the labelled line a key–value item, as a value
    under it does (_value_runs_on) — a heading's row holds its title alone."""
    return share_a_row(line, nxt, flow) \
        and letters_span(nxt)[0] >= letters_span(line)[1] + flow.settings.headings.word_gap * line.size \
        and not _remark_at_the_end(nxt, flow)


def _remark_at_the_end(nxt: TextLine, flow: Flow) -> bool:
    """Convention (a statistics release's part, １　例示者一覧 over its list, （欠番12例） set flush right on its row): a
    remark wholly in round brackets set in its column's right half notes what the row heads — a count, a unit —: no
    value at a tab stop (_value_beside), the row's title stays its own."""
    left, right = flow.bounds(nxt)
    return wholly_bracketed(nxt.text) and nxt.x0 >= (left + right) / 2


def _after_gaps(line: TextLine, gap: float) -> list[float]:
    """Where the words of a line that follow a space start (the left of each letter after a space,
    or after a blank of at least `gap` ems: a tab stop an OCR layer, or a producer placing each word,
    writes as a jump of the glyphs' positions, no space character)."""
    glyphs = [(ch, box) for span in line.source.spans for ch, box in zip(span.text, span.char_boxes)]
    return [box[0] for (a, was), (ch, box) in zip(glyphs, glyphs[1:])
            if not ch.isspace() and (a.isspace() or box[0] - was[2] >= gap * line.size)]


def _in_a_run(c: Candidate, flow: Flow) -> bool:
    """Convention: labelled lines of one system line under line at one indent, each a row of its own
    (（９） 防災行政無線施設、設備 / （10）飲料水確保施設… / （11）…), are the items of one list, whatever the
    system — the label of a run's two-digit items set close to its text (no space: the width the
    second digit takes) changes nothing. The line right before or after it is such an item (a
    reference in running text, （1）で述べたように…, opens with the paragraph's indent: none)."""
    for j, (a, b) in zip(_neighbours(c, flow), ((None, c.index), (c.index, None))):
        role = flow.roles[j] if j is not None else None
        if role is not None and not role.opens_space and _same_system(flow, j, c) and _aligned(flow, j, c) \
                and not (_spaced_apart(flow, j if a is None else a, j if b is None else b) and _sections(c, flow)):
            return True
    return False


def _below_text(c: Candidate, flow: Flow) -> bool:
    """Convention: a heading is set at least in the size of the text it heads. Labelled lines in
    smaller type one under another at one indent, or hanging (a questionnaire's answer options,
    10 pt under 11 pt text: ２．… / ３．…) are the items of a list, in a main system (1.) too."""
    return c.size < flow.body_size - flow.settings.typography.larger


def _hanging_item(c: Candidate, flow: Flow) -> bool:
    """Convention: a list whose labels hang — ⑦生活衛生同業組合… with the lines that describe it
    set under its text, not under its label, then ⑧… at the label's indent again — is one list,
    as a word processor's hanging indent sets it: a label run into its text (no space), with a
    label of its own system at its indent as the nearest line before or after it that does not
    stand under the text, is an item (as one line under another is: _listed). Sections whose
    text starts further out than their titles (（二）技術基準 over ・… lines) are no such list."""
    line = flow.line(c.index)
    text_x = _title_x(line, c.label)
    if text_x is None:
        return False
    under = text_x - flow.settings.typography.same_indent * line.size
    if _paragraph_under_title(c, flow, text_x):
        return False
    return any(_same_system(flow, j, c) and _aligned(flow, j, c)
               for j in (_past_hanging(c.index, flow, under, -1), _past_hanging(c.index, flow, under, 1)))


def _paragraph_under_title(c: Candidate, flow: Flow, text_x: float) -> bool:
    """Convention (an English version's outline (i) (ii) (iii), each label set apart from its title by a tab, the
    paragraphs under it set at the title's edge, their first rows indented): a Latin title (_latin_title) ending
    short of its column's edge over English running text (_english_text) set in past the title's first letter
    opens a paragraph under it — the title heads that text, no item of a hanging list (whose text runs on from the
    label's row, under its own first letter)."""
    role, j = flow.roles[c.index], next_item(c.index, flow)
    if role is None or role.reaches_edge or j is None or not isinstance(after := flow.items[j], TextLine) \
            or after.page != flow.line(c.index).page or not _latin_title(c.title) or not _english_text(after, j, flow):
        return False
    return letters_span(after)[0] > text_x + flow.settings.typography.same_indent * flow.line(c.index).size


def _title_x(line: TextLine, label: str) -> float | None:
    """Where the text after a line's label starts (the left of its first letter after the
    label's characters and any space), None when the line holds no letter past its label."""
    glyphs = [(ch, box) for span in line.source.spans for ch, box in zip(span.text, span.char_boxes)]
    letters = [(ch, box) for ch, box in glyphs if not ch.isspace()]
    width = len(_SPACES.sub("", label))
    return letters[width][1][0] if len(letters) > width else None


def _past_hanging(i: int, flow: Flow, under: float, step: int) -> int | None:
    """The flow index of the nearest text line before (step -1) or after (step 1) line i that
    does not start under the text of i's item (left of `under`), over a page's turn. An item's
    own text is running text: past a table or a line set under it that opens with a label of its
    own (a goal label, a bullet, a numbered line: blocks of a passage a heading opens), None."""
    j = i + step
    while 0 <= j < len(flow.items):
        it, role = flow.items[j], flow.roles[j]
        if not isinstance(it, TextLine) or role is None:
            return None
        if not it.blank and letters_span(it)[0] < under:
            return j
        if role.goal or role.mark or role.numbering:
            return None
        j += step
    return None


def _a_name(c: Candidate, flow: Flow) -> bool:
    """Convention: a legal outline's label titles what follows whatever its title's length, and so does
    a part's Roman numeral (Ⅱ, the numeral's own character: a document's top level, never a list's item,
    its long title wrapped: Ⅱ 【…対象】…の利用割合に / 関する調査); a label of another system (1), ア.)
    only when its title is a name: one row, no 、 (a clause, as X. 国際的な…を推進し、…推進する, is an item
    of a list)."""
    return c.system in OUTLINE or PART_NUMERAL.match(c.label) is not None \
        or not (title_lines(c.index, flow) or regex.search(r"[、，]", c.title))


def _titles_what_follows(c: Candidate, flow: Flow) -> bool:
    """Convention: a label of a legal outline (⑴ under １, 公用文) in body type heads what follows
    whatever its title's length when the title is no sentence — a provision's name, the statutes
    it concerns (⑺ 商法第765条、第766条及び第767条), a source quoted under it (⑴ 北野一郎『…』（例示書房，1958）12頁):
    a Japanese title, or a Latin phrase over English text (_english_text; a reference list's (1) Zero
    Trust Networks over its URL is a list item); its
    rows (a wrapped title's too) hold no 。 and the last ends short of its column's edge, and short
    of where the next row ends when that row carries on (no paragraph opens there: a block set in
    from both sides, 主文's, has an edge of its own); the text
    it heads starts on the next row, further in than the label (or at its indent, opening a
    paragraph: _opens_paragraph); a title filling its row to the edge does too, over a paragraph whose first row
    is set in from the rows after it (title_lines.opens_a_paragraph); no item of its own system stands
    right before or after it (⑴ 人材 / ⑵ 研究 line under line are a list)."""
    latin = _latin_title(c.title)
    if latin is None:
        return False
    rows = [c.index, *title_lines(c.index, flow)]
    text = c.title + "".join(clean(flow.line(j).text) for j in rows[1:])
    last = flow.roles[rows[-1]]
    if "。" in text or text.rstrip().endswith(("、", "，")) or last is None:
        return False
    line = flow.line(c.index)
    nxt = _text_under(c, rows[-1], latin, flow)
    if nxt is None or last.reaches_edge and not opens_a_paragraph(nxt, flow):   # a title filling its row to the
        return False   # edge ends there over a paragraph whose first row is set in
    after = flow.line(nxt)
    step, here, there = flow.settings.typography.same_indent * line.size, letters_span(line)[0], letters_span(after)[0]
    opens = _opens_paragraph(nxt, flow)
    if abs(letters_span(flow.line(rows[-1]))[1] - letters_span(after)[1]) <= step and not opens:
        return False   # the next row carries on to where the title's last ends: one measure, text wrapped (主文's ⑴, set in from both sides)
    return there > here + step or (abs(there - here) <= step and (opens or latin and _phrase_over_text(text)))


# Convention (an English version's outline in body type: "(1) How to determine the regions …" on a row of its
# own, the paragraph under it flush with the label, "- Although …"): an English text opens its paragraphs at the
# margin, not one character in as a Japanese one does, so a Latin title over English running text (_english_text)
# heads it at the label's indent too when it closes no clause — no full stop, colon, semicolon or comma ends it
# (an item of a list ends with one: "(a) the first measure;") — and no item of its system stands beside it
# (_text_under); siblings far apart, paragraphs between them
_CLAUSE_END = regex.compile(r"[.;:,!?]\s*$")


def _phrase_over_text(title: str) -> bool:
    """The Latin title's rows (`title`, joined) close no clause (_CLAUSE_END): a phrase, a name."""
    return _CLAUSE_END.search(title) is None


def _text_under(c: Candidate, last: int, latin: bool, flow: Flow) -> int | None:
    """The flow index of the line after the title's last row (`last`) when it can be the text the title
    heads: a text line on its page or the next, no item of c's own system beside c, English text under
    a Latin title; else None."""
    prev, _ = _neighbours(c, flow)
    nxt = next_item(last, flow)
    after = flow.items[nxt] if nxt is not None else None
    if not isinstance(after, TextLine) or not _heads(flow.line(c.index), after) or _beside_its_items(c, prev, nxt, flow) \
            or latin and not _english_text(after, nxt, flow):
        return None
    return nxt


def _latin_title(title: str) -> bool | None:
    """False for a Japanese title (after the 【…】 tag of whom it addresses, where one opens it: ADDRESS_TAG),
    True for a Latin phrase (an English version's), None for neither."""
    if JAPANESE_TITLE.match(ADDRESS_TAG.sub("", title, count=1)):
        return False
    return True if LATIN_PHRASE.match(title) else None


def _english_text(after: TextLine, j: int | None, flow: Flow) -> bool:
    """Convention (an English version of a paper, its outline (1) > (i) in body type as a Japanese
    one's ⑴ > ア): a Latin title heads what follows as a Japanese one does when what follows is English
    running text too — not an address (a reference list's (1) Zero Trust Networks over its URL is an
    entry of the list) and not a line in Japanese (a Latin name listed in a Japanese text)."""
    role = flow.roles[j] if j is not None else None
    return role is not None and not role.address and LATIN_TEXT.match(clean(after.text)) is not None


def _beside_its_items(c: Candidate, prev: int | None, nxt: int | None, flow: Flow) -> bool:
    """An item of c's own system stands right after it, or right before it — at its indent, the first row
    of an item wrapped to rows at the label's indent ((５)… / 役員の全て… / (６)…: one list). Convention (a Word
    list of what a bid must state: イ 代理人が入札する場合は、…受任者氏名 run to the edge, （代理人の氏名）及び押印 under
    its title, then ウ 入札金額 over its explanation): an item wrapped with a hanging indent — its rows set in under
    its title, not at its label — ends on its last such row; the item it opens at c's indent stands right before
    c as well (_listed reads it so)."""
    before = _item_start(prev, flow) if _aligned(flow, prev, c) else prev
    if _same_system(flow, nxt, c) or _same_system(flow, before, c):
        return True
    return _after_hung_item(c, prev, flow)


def _after_hung_item(c: Candidate, prev: int | None, flow: Flow) -> bool:
    """The row right before c (`prev`) is the last of an item of c's own system at c's indent, wrapped with a
    hanging indent (its rows set in under its title: _beside_its_items): the item's first row filled to its
    column's edge (within a letter: the text wraps on; a row ended short, 〇 … / → 別紙４ under it, is an item with
    a pointer under it, which may head), and every row after it up to `prev` set in from its label (a row at or left
    of the label — a section's title, 六の三 … over (1) — is no row of the item)."""
    hung = _item_start(prev, flow)
    if hung is None or prev is None or hung == prev or not (_same_system(flow, hung, c) and _aligned(flow, hung, c)):
        return False
    line = flow.line(hung)
    label_x, step = letters_span(line)[0], flow.settings.typography.same_indent * line.size
    under = all(isinstance(flow.items[j], TextLine) and letters_span(flow.line(j))[0] > label_x + step
                for j in range(hung + 1, prev + 1) if not blank(flow.items[j]))
    return under and flow.bounds(line)[1] - line.x1 <= line.size


def _opens_paragraph(j: int | None, flow: Flow) -> bool:
    """Convention of a judgment (判決): its outline's labels (⑴, ア) stand one character in, where
    its paragraphs' first lines start (字下げ, a space at the margin), so the text a label titles
    starts at the label's indent as a paragraph of its own: the line at j opens with that space — or, written with
    no space, its first row is set in from the rows after it (title_lines.opens_a_paragraph)."""
    role = flow.roles[j] if j is not None else None
    return j is not None and role is not None and (role.opens_space or opens_a_paragraph(j, flow))


def _neighbours(c: Candidate, flow: Flow) -> tuple[int | None, int | None]:
    """Flow indexes of the non-blank items right before and after a candidate's line."""
    prev = next((j for j in range(c.index - 1, -1, -1) if not blank(flow.items[j])), None)
    return prev, next_item(c.index, flow)


def _listed(c: Candidate, flow: Flow) -> bool:
    """A plain label of a minor system (1), ア., ①) with an item of its own system right before or
    after it, at its indent (1)… / 2)… line under line) is an item of a list, not a heading. Items wrapped at the
    column's edge are still line under line: the rows an item runs on to (each row before them
    reaching the edge) are passed over (①…向けた / ＯＥＣＤレポート… / ②…)."""
    prev, _ = _neighbours(c, flow)
    end = _item_end(c.index, flow)
    return any(_same_system(flow, j, c) and _aligned(flow, j, c) and not (_spaced_apart(flow, a, b) and _sections(c, flow))
               for j, (a, b) in ((_item_start(prev, flow), (prev, c.index)), (end, (_row_before(end, flow), end))))


def _sections(c: Candidate, flow: Flow) -> bool:
    """The candidate may be parted from its spaced siblings as a section (_spaced_apart): it names no field (_a_field), and
    its run heads running text — some line of its system at its indent is followed, before the next, by a sentence
    (a line holding 。: ４．競争参加資格 over （１）…であること。). Convention (a meeting's 議事次第 set solid: １．開会 / ２．議事 /
    （１）…について / ３．閉会, white between): an order of business lists its items, however spaced; an outline's sections
    head passages."""
    if _a_field(c):
        return False
    line = flow.line(c.index)
    x, same = letters_span(line)[0], flow.settings.typography.same_indent * line.size
    opened = False
    for k, it in enumerate(flow.items):
        if not isinstance(it, TextLine) or it.blank:
            continue
        if _same_system(flow, k, c) and abs(letters_span(it)[0] - x) <= same:
            opened = True
        elif opened and "。" in it.text:
            return True
    return False


def _a_field(c: Candidate) -> bool:
    """The candidate's title names a field by a colon (調査範囲：裏面参照の地域, 連絡先：): a form's key–value item, spaced or
    not — no section's title (_spaced_apart parts sections, not fields)."""
    return regex.search(r"[:：]", c.title) is not None


def _row_before(j: int | None, flow: Flow) -> int | None:
    """The flow index of the non-blank item right before j."""
    return None if j is None else next((k for k in range(j - 1, -1, -1) if not blank(flow.items[k])), None)


def _spaced_apart(flow: Flow, a: int | None, b: int | None) -> bool:
    """Convention (an 入札説明書's sections, each after a blank row: １．公告日␣␣令和６年… / (blank) / ２．契約担当官等 / its
    particulars set in under it): the items of a list stand line under line; two labelled lines with a blank row
    between them (white beyond `headings.run_white` ems between row `a` and row `b`, on one page) are no items of one
    list — each is spaced as a section's heading is."""
    if a is None or b is None or not isinstance(up := flow.items[a], TextLine) or not isinstance(down := flow.items[b], TextLine):
        return False
    return up.page == down.page and down.y0 - up.y1 > flow.settings.headings.run_white * down.size


def _aligned(flow: Flow, j: int | None, c: Candidate) -> bool:
    """The items of one list stand at one indent: a label further in or out is of another list
    (一　適用区分 after a 号 list quoted one character in). The indent is where a line's first letter
    stands: a label set in by space characters (　　一　当該…) stands where its letters do. A table
    (the item before a heading that opens the page after one) stands at no list's indent."""
    line = flow.line(c.index)
    return j is not None and isinstance(flow.items[j], TextLine) and abs(letters_span(flow.line(j))[0] - letters_span(line)[0]) \
        <= flow.settings.typography.same_indent * line.size


def _item_end(i: int, flow: Flow) -> int | None:
    """The flow index of the line after the item that opens at i: past the rows it runs on to
    while each row before reaches its column's edge (a text line of the same page) and opens
    with no label (an item whose one row runs to the edge ends where the next label opens)."""
    j = i
    while _wraps_on(j, flow) and not _numbered(j + 1, flow):
        j += 1
    return next_item(j, flow)


def _item_start(j: int | None, flow: Flow) -> int | None:
    """The flow index of the row that opens the item whose last row is j: back over the rows
    the row above runs on to (while it reaches the edge and the row is no labelled line)."""
    while j is not None and j > 0 and _wraps_on(j - 1, flow) and not _numbered(j, flow):
        j -= 1
    return j


def _wraps_on(j: int, flow: Flow) -> bool:
    """The line at j reaches its column's edge and the next item is a text line of its page."""
    role, it, nxt = flow.roles[j], flow.items[j], flow.items[j + 1] if j + 1 < len(flow.items) else None
    return role is not None and role.reaches_edge and isinstance(it, TextLine) and isinstance(nxt, TextLine) \
        and not nxt.blank and nxt.page == it.page


def _numbered(j: int, flow: Flow) -> bool:
    role = flow.roles[j]
    return role is not None and role.numbering is not None


def _same_system(flow: Flow, j: int | None, c: Candidate) -> bool:
    """The flow item at j is a line numbered in c's system (a neighbour in one list)."""
    role = flow.roles[j] if j is not None else None
    return role is not None and role.numbering is not None and role.numbering[0] == c.system


def _row_carries(line: TextLine, j: int, flow: Flow) -> bool:
    """The row after line `j` carries a sentence on: in its type (any weight) or run to the edge,
    and not after more white — opening with a bracket too where row `j` broke at the edge (runs_on)."""
    return not after_white(j, flow) and (runs_on(line, j + 1, flow, weight=False, wrapped=reaches(flow, j))
                                          or reaches(flow, j + 1, "continues"))


_ATTACHMENTS = ("attachment", "lone_attachment")


def _run_on(c: Candidate, lines: list[int], flow: Flow) -> str:
    """The candidate's title with the lines it runs on to (`lines`: _title_runs); an article's caption run on to the row
    closing its bracket without that bracket (article_headings.caption_closed)."""
    title = c.title
    for j in lines:
        title = join_title(title, clean(flow.line(j).text))
    return caption_closed(title) if c.system == "article" and lines and caption_above(c, flow) else title


def _title_runs(c: Candidate, flow: Flow) -> list[int] | None:
    """The lines the candidate's title runs on to (its title lines under it, beside it, an
    attachment's centred title, a title page's rows: Candidate.rows); None for 別紙 with no number and no centred title under it (no
    part of the document). An unnumbered boxed title (TextLine.boxed) ends at its frame: its words are
    all in it (a label boxed as an emblem takes its title from beside it)."""
    if c.rows:   # a title page's rows (_title_page_rows)
        return list(c.rows)
    if c.system == "band" and BAND_IN_ROW.fullmatch(c.title) and c.title != _SPACES.sub("", clean(flow.line(c.index).text)):
        return []   # a page band's subject read out of its row (_running_bands): the row's other words are the band's
    if c.system in _ENGLISH_DIVISIONS and not c.title:
        return _title_under_label(c.index, flow) or None
    lines = [] if c.system in WHOLE_LINE or (c.system == "title" and flow.line(c.index).boxed) or bracket_alone(c, flow) else _attachment_title(c.index, flow) if c.system in _ATTACHMENTS \
        else title_beside(c.index, flow) if not c.title else item_rows(c.index, flow)
    return None if c.system == "lone_attachment" and not lines else lines


_ENGLISH_DIVISIONS = ("english_part", "english_chapter", "english_division")


def _title_under_label(i: int, flow: Flow) -> list[int]:
    """Convention (an English statute's part: PART I centred alone on its line, its name centred on the lines right
    under it — PRELIMINARY, ELECTRONIC RECORDS, / SIGNATURES AND CONTRACTS): the title of a division's label alone on
    its line is the centred lines right under it, at the lines' pitch, in its type or smaller, names (no label, no
    sentence's close), a few at most. A label whose line under it is set larger is a title page's number over the
    document's name (CHAPTER 88 over the Act's title), no division: none (no heading)."""
    label, out = flow.line(i), list[int]()
    hs, ty = flow.settings.headings, flow.settings.typography
    j, above = next_item(i, flow), label
    while j is not None and len(out) < flow.settings.cover.max_title_rows and isinstance(row := flow.items[j], TextLine) \
            and row.page == label.page and row.y0 - above.y1 <= hs.paragraph_gap * row.size \
            and row.size <= label.size + ty.larger and (role := flow.roles[j]) is not None and role.centred \
            and role.numbering is None and not ("。" in row.text or LATIN_SENTENCE_END.search(row.text)):
        out.append(j)
        j, above = next_item(j, flow), row
    return out


def _attachment_title(i: int, flow: Flow) -> list[int]:
    """Convention (規程・要綱): an attachment's label (別紙２) stands alone at the top of its page and
    its title is the line right under it, centred, a name (no 。): 反社会的勢力排除に関する誓約事項.
    A label with text under it that is no such line (別紙１ over 一 中小企業等は…。) has no title.
    Convention (an attachment taken from another publication keeps the number it had there: 別添２ over
    Ⅳ　高年齢労働者の安全と健康確保のためのチェックリスト, centred): a centred line opening with a number is the title
    when that number opens no sequence — no other line of the document is numbered in its system with another number
    (_lone_number); a numbered line among others of its system (第１ over 第２ …) is the attachment's first heading.
    A title set right over the attachment's table is centred on the table's span (_over_its_table)."""
    j = next_item(i, flow)
    if j is None or not isinstance(flow.items[j], TextLine):
        return []
    role, line = flow.roles[j], flow.line(j)
    if role is None or not (role.centred or _over_its_table(j, flow)) or line.page != flow.line(i).page \
            or "。" in line.text or (role.numbering is not None and not _lone_number(j, flow)):
        return []
    return [j]


def _over_its_table(j: int, flow: Flow) -> bool:
    """Convention (an attachment that is one table, its title set over it: a checklist's page): line j, right over a
    table on its page, has its letters' middle on the table's middle (within `centred_axis` ems of its size) and stands
    in from both of the table's sides — centred as the table is, whatever the page's running text elsewhere."""
    k = next_item(j, flow)
    line = flow.line(j)
    table = flow.items[k] if k is not None else None
    if not isinstance(table, Table) or table.page != line.page:
        return False
    x0, x1 = letters_span(line)
    return table.x0 < x0 and x1 < table.x1 \
        and abs((x0 + x1) / 2 - (table.x0 + table.x1) / 2) <= flow.settings.headings.centred_axis * line.size


def _lone_number(j: int, flow: Flow) -> bool:
    """No line of the flow is numbered in line j's numbering system with another number (Ⅳ with no Ⅰ, Ⅱ, Ⅲ or Ⅴ; the
    same Ⅳ printed again, on a tab, opens no sequence either)."""
    numbering = flow.roles[j].numbering   # type: ignore[union-attr]   # _attachment_title asks of a numbered line
    system, label = numbering[:3:2] if numbering else (None, None)
    return not any(r is not None and r.numbering is not None and r.numbering[0] == system and r.numbering[2] != label
                   for r in flow.roles)


def _row_unit(c: Candidate, lines: list[int], flow: Flow) -> str:
    """Convention (a committee paper typed in Word: （１）例示窓口の受付件数␣␣␣␣␣(単位：件／令和６年度速報値) over its table):
    the unit of the table under a heading, bracketed whole and typed at the right of the heading's row after white space
    (numbering.UNIT_AFTER), is no word of its title — the title ends before it — but the first paragraph under the
    heading, as a deck's row figure is (HeadingIndex.figures). Asked of a title on its row alone (`lines`: none run on)
    that closes on the unit as read (UNIT_AT_END); the unit's text, or ""."""
    m = None if lines or not UNIT_AT_END.search(c.title) else UNIT_AFTER.search(flow.line(c.index).text)
    return clean(m.group(0)).strip() if m else ""


def _unquoted(title: str, label: str) -> str:
    """A title read over its rows printed whole in corner brackets (an attached paper's quoted name: _paper_heads) is
    what the brackets hold: they quote it, as a cover's title so printed (cover._unquoted). A single line so printed
    is no title at all (_names). Convention (blind25c: a guide's numbered item on a phrase to be said, 9．「ありがとうございます」):
    a labelled title so printed is the item's words as printed, its brackets kept — only an unlabelled one names a paper."""
    return title.strip()[1:-1] if not label and QUOTED_WHOLE.match(title) else title


def _a_sentence(c: Candidate, flow: Flow) -> bool:
    """A label (or a line set apart with none) that opens a sentence (（１）ＭＦの利用については、…。;
    本ディスカッションペーパーは、…。 set larger in a box): a labelled one set in body type, its line runs
    to the edge and on into lines like it until its 。 (at a row's end or inside a row) — a
    heading's title never closes so. Convention (an English exam's question: "I. Answer the following questions on
    logic circuits. Fig. 1 shows …", its sentences run in after its roman number): a part's label is judged so on an
    English line (LATIN_TEXT) — a question, no heading —; a Japanese part's title (Ⅲ　【…】…について（…）) may run long."""
    role = flow.roles[c.index]
    if c.kind == "band" or role is None or (c.kind == "part" and LATIN_TEXT.match(flow.line(c.index).text) is None):
        return False
    if not (role.reaches_edge or _pushed_out(c.index, flow)):   # a row short of the edge: a sentence only in a
        return _hung_sentence(c, flow)                             # block set in from both sides
    if _set_apart(c, role.style, flow) and c.system != "title" and not _body_type_bold(c.index, flow):
        return False   # a labelled line set apart may run long; a title set apart never runs into a sentence;
    # a labelled line in the body's type made bold alone is judged as body type is (a boxed model provision
    # set in bold throughout: ２　前項の…とみなす。 is a sentence in bold, no heading)
    return _runs_into_sentence(c, flow)


# a mark that may not open a row (行頭禁則): a closing bracket or stop
_NO_ROW_START = "。、，．）」』】〕！？"


def _pushed_out(i: int, flow: Flow) -> bool:
    """Convention (禁則 by 追い出し, Word: …事務所（港湾空港関係を除 / く。）における…): a row ending short of its column's edge by no
    more than the letters the next row opens with — a letter and the marks after it that may not open a row (く。）) —
    and `headings.pushed_out` ems broke there for those marks: the letter went down with them, so the row is run to
    the edge as a wrapped row is."""
    line = flow.line(i)
    if i + 1 >= len(flow.items) or not isinstance(nxt := flow.items[i + 1], TextLine) or nxt.page != line.page:
        return False
    text = nxt.text.strip()   # (as printed: clean folds the full-width marks)
    if len(text) < 2 or text[0] in _NO_ROW_START or text[1] not in _NO_ROW_START:
        return False
    moved = 1 + len(text[1:]) - len(text[1:].lstrip(_NO_ROW_START))   # the letter and the marks that went down with it
    return line.x1 >= flow.bounds(line)[1] - (moved + flow.settings.headings.pushed_out) * line.size


def _runs_into_sentence(c: Candidate, flow: Flow) -> bool:
    """_a_sentence of a line run to the edge: its rows carry on (on the page, or over its turn) until a 。 (or ．, and
    for a labelled English line a full stop, a dash or a colon: numbering.closes_a_sentence — an unnumbered English
    title in bold runs to the edge over a paragraph and is no sentence)."""
    line, j, text = flow.line(c.index), c.index, c.title
    closes = has_full_stop if c.system == "title" else closes_a_sentence
    if c.system != "title" and opens_a_paragraph(j + 1, flow):   # its words end at its row's end
        return False
    for rows in range(2, flow.settings.headings.sentence_rows + 1):
        if not (_row_carries(line, j, flow) or _carried_over(j, flow)):   # a row the note reference
            return False   # of the row above opens (…措置（注 / ３）がとられている…) still carries the sentence on
        j += 1
        text += clean(flow.line(j).text)
        if closes(text):   # at a row's end or inside it; a question as a title (…か。) has no 、 and two rows at most
            return rows > flow.settings.headings.question_rows or any(comma in text for comma in "、，,") or not _a_question(text)
        if not (reaches(flow, j) or reaches(flow, j + 1, "continues")):   # a row ends short where its
            return False                                                    # next Latin word did not fit
    return False


def _hung_sentence(c: Candidate, flow: Flow) -> bool:
    """Convention (a judgment's 主文, its items set in from both sides: １　原判決のうち…破棄し，同部分に / つき第１審
    判決を取り消す。): a label set well in from the text's left (`set_in_block`) whose text ends short of the
    column's edge and wraps onto rows hung at its title's start — no label, no mark, in its type, on its page,
    no white between, each ending where the first did — until a 。, short of that measure, within
    `sentence_rows` is a sentence, an item of the text: no heading (a title never closes with 。)."""
    if c.system == "title":
        return False
    line = flow.line(c.index)
    start, hs = title_start(line, c.label), flow.settings.headings
    left = (flow.text_left or text_left(flow)).get(line.page)
    if start is None or left is None or letters_span(line)[0] < left + hs.set_in_block * line.size:
        return False   # a block set in from both sides only: a heading at the text's side over its text hung under it is no item
    text, j, step = c.title, c.index, flow.settings.typography.same_indent * line.size
    measure = letters_span(line)[1]   # where the block's rows end: the first row's end
    for _ in range(hs.sentence_rows - 1):
        if not _hung_row(j, start, flow):
            return False
        nxt = flow.line(j + 1)
        text, j, end = text + clean(nxt.text), j + 1, letters_span(nxt)[1]
        if closes_a_sentence(text):   # the sentence closes short of the measure its first row set (a heading's row is the short one)
            return end < measure - step
        if abs(end - measure) > step:   # a row wrapped in the block ends where the first did
            return False
    return False


def _hung_row(j: int, start: float, flow: Flow) -> bool:
    """The row after line j is hung at `start` (a wrapped item's title start) on its page, in its type, no
    label and no mark, no white between."""
    line, nxt = flow.items[j], flow.items[j + 1] if j + 1 < len(flow.items) else None
    role = flow.roles[j + 1] if nxt is not None else None
    if not (isinstance(line, TextLine) and isinstance(nxt, TextLine)) or role is None or role.numbering or role.mark:
        return False
    return nxt.page == line.page and abs(letters_span(nxt)[0] - start) <= flow.settings.typography.same_indent * line.size \
        and abs(nxt.size - line.size) <= flow.settings.typography.near_size and not after_white(j, flow)


def _carried_over(j: int, flow: Flow) -> bool:
    """Convention (a judgment's numbered paragraphs: (1)　被上告人は，…同年８月か / ら同９年７月までを… over a page
    break; (3)　…被爆者援護法施行令 / （平成１４年政令…）３条，… on the next row): a row of running text run to
    the edge carries its sentence on into the next row that starts at the text's left edge, in the row's
    type, with no label, no indent and no mark — on its page, or the next page's first row at the page's
    turn — whatever letter opens it (a bracket opening a row inside a sentence is the sentence's)."""
    line, nxt = flow.items[j], flow.items[j + 1] if j + 1 < len(flow.items) else None
    role = flow.roles[j + 1] if nxt is not None else None
    if not (isinstance(line, TextLine) and isinstance(nxt, TextLine) and reaches(flow, j)) or nxt.blank \
            or not plain_row(role):
        return False
    left = (flow.text_left or text_left(flow)).get(nxt.page)
    return nxt.page in (line.page, line.page + 1) and left is not None \
        and abs(nxt.x0 - left) <= flow.settings.typography.same_indent * nxt.size \
        and abs(nxt.size - line.size) <= flow.settings.typography.near_size and not after_white(j, flow)


def _a_question(text: str) -> bool:
    """The text's first 。 closes it after か: a question, as a title may ask one (…とは何か。); a 。 closing
    a statement (…と同様とする。) or inside a bracket (…に限る。）及び…) ends a sentence."""
    head, _, rest = text.partition("。")
    return head.endswith("か") and not rest.strip()


def _set_apart(c: Candidate, style: tuple[str, ...], flow: Flow) -> bool:
    """Set apart as a heading is: a note's smaller type in another face (（注） provisions) is not, nor a label alone in
    bold (an English statute's section number opening its text in body type: 6. For the avoidance of doubt, …)."""
    smaller = c.size < flow.body_size - flow.settings.typography.larger
    return bool(style) and not (smaller and style == ("typeface",)) and style != ("bold label",)


def _a_reference(c: Candidate, lines: list[int], flow: Flow) -> bool:
    """An entry of a reference list, no heading: a web address on the candidate's line or on a
    line its title runs on to, or opening the line right under it, set in under the label (a
    citation's address: (1) Explainable Artificial Intelligence (XAI) / https://…); a bracketed
    band with an address (web or mail) opening the line right under it, wherever that line starts; a
    band whose words are a contact's key alone (【お問い合わせ先】: numbering.CONTACT_BAND), what it keys a contact."""
    if any(r is not None and r.address for r in (flow.roles[j] for j in (c.index, *lines))):
        return True
    if c.kind == "band" and CONTACT_BAND.match(_SPACES.sub("", c.title)):
        return True
    head = flow.line(c.index)
    j = next_item(max([c.index, *lines]), flow)
    nxt, role = (flow.items[j], flow.roles[j]) if j is not None else (None, None)
    # a bracketed band right over an address (【…窓口】 / info@…, 【…】 / https://…) names what the address
    # reaches — a contact, a page — and heads no text (convention: a contact block closing a notice)
    return isinstance(nxt, TextLine) and role is not None and role.address == "opens" and nxt.page == head.page \
        and (nxt.x0 > head.x0 + head.size or c.kind == "band")


def _page_tops(flow: Flow) -> set[int]:
    """Flow indexes of the first text line of each page."""
    tops: dict[int, int] = {}
    for i, it in enumerate(flow.items):
        if isinstance(it, TextLine) and not it.blank:
            tops.setdefault(it.page, i)
    return set(tops.values())


def _running_heads(candidates: list[Candidate], flow: Flow) -> set[int]:
    """Numbered candidates that repeat an earlier one word for word (label and title) as the
    first line of a later page: a chapter's title printed over each of its pages (a running
    head) opens nothing. (An unnumbered band, 【乙案】, recurs in every section it options.)
    Convention (blind27a: a statement's notes, 財務諸表に対する注記, set as the title at the top of each of its
    pages, the notes numbered on under it): an unnumbered candidate that opens a page where the page before opened
    with the same title, at the same height (within the tables' snap) and in the same size, is that title printed
    again over the part's next page — a running head, no heading (_title_again). Not in a deck: a topic's title repeated
    over consecutive slides heads each (furniture.running_lines), unless printed at another scale (_one_scale)."""
    tops, seen, out = _page_tops(flow), set(), set()
    opened: dict[int, Candidate] = {}
    for c in candidates:
        key = (c.label, _SPACES.sub("", c.title))
        if c.index in tops and ((key in seen and c.label) or _title_again(c, opened, flow)):
            out.add(c.index)
        if c.index in tops:
            opened[flow.items[c.index].page] = c
        seen.add(key)
    return out


def _title_again(c: Candidate, opened: dict[int, Candidate], flow: Flow) -> bool:
    """The unnumbered candidate `c`, opening its page, repeats the candidate that opened the page before (`opened`:
    by page) — the same line at the same height (neighbours.printed_again) in the same size (_running_heads), or at
    another scale (_one_scale)."""
    line = flow.line(c.index)
    before = opened.get(line.page - 1)
    if c.label or before is None or before.label:
        return False
    other = flow.line(before.index)
    if not printed_again(other, line, flow):
        return False
    larger = flow.settings.typography.larger
    if not flow.deck and abs(before.size - c.size) < larger:   # neither set larger than the other
        return True
    return abs(other.size - line.size) >= larger and _one_scale(other, line, flow)


def _one_scale(a: TextLine, b: TextLine, flow: Flow) -> bool:
    """Convention (a spreadsheet's sheet printed to fit each page — landscape sheets read as slides too —: the page of
    more rows shrunk, its title with it): the same title at the same height of two pages, set larger on one by up to
    `sheet_scale` of its size and its width grown by the same factor (within `scale_match`), is one line printed at
    two scales — the sheet's title again over its next page, no heading (_title_again). A slide sets a topic's title
    carried over consecutive slides in one type, each heading its slide (furniture.running_lines): the same words
    at another scale are no slide's."""
    hs = flow.settings.headings
    size, width = a.size / b.size, (a.x1 - a.x0) / max(b.x1 - b.x0, b.size)
    return abs(size - 1) <= hs.sheet_scale and abs(size - width) <= hs.scale_match


def find_headings(flow: Flow, cover: Cover = NO_COVER) -> HeadingIndex:
    """The headings of a flow: candidates, kept per system, nested, titles run on. `cover`: the document's cover as
    read (extractors/cover.py): the lines it read the title from (Cover.title_at: printed_title), and a line printing
    the title again, no heading; the status tags its first page prints (Cover.labels), no headings either; the
    breadcrumb trail it prints there (Cover.crumbs), whose crumbs a section's banner repeats, no heading."""
    index = HeadingIndex()
    runs: dict[int, list[int]] = {}
    kept = []
    candidates = slide_candidates(flow, printed_title(flow, cover).text) if flow.deck \
        else keep_headings(heading_candidates(flow, cover), flow)
    heads = index.running = _running_heads(candidates, flow)
    for c in candidates:
        if c.index not in index.continuations and c.index not in heads and not _a_sentence(c, flow):   # a wrapped title's second line is no heading
            lines = _title_runs(c, flow)
            if lines is None or _a_reference(c, lines, flow):
                continue
            runs[c.index] = lines
            index.continuations.update(lines)
            kept.append(c)
            if c.system == "article" and caption_above(c, flow) and (number := number_line(c.index, flow)) is not None:
                index.labelled.add(number)   # the number from the line under the caption (always there)
    for c, depth in zip(kept, nest(kept, flow)):
        unit = _row_unit(c, runs[c.index], flow)
        title = UNIT_AT_END.sub("", c.title) if unit else _run_on(c, runs[c.index], flow)
        line = flow.line(c.index)
        index.at[c.index] = Heading(len(index.at) + 1, depth, c.kind, c.label, _unquoted(clean(title), c.label), line.page, flow.source)
        if figure := row_figure(c.index, flow) or unit:
            index.figures[c.index] = figure
    return index
