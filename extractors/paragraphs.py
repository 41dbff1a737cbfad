"""Body paragraphs: running text that is no heading, goal block or table.

A paragraph starts after a blank line or heading, at an indented first line (leading space),
at a bullet (・, ○, ■, ※ …) or enumeration line, at a slide's title (LineRole.slide_title: in a deck, the page
break before a slide's title — a part's title repeated on its next slide — is a paragraph break), and runs on
across page breaks. Footnote markers stay as [^N].
"""
from __future__ import annotations

from statistics import median

import regex


from normalizers.text import BULLET, join_lines, key
from extractors.numbering import after_article, row_value
from extractors.line_roles import LineRole
from extractors.title_lines import title_start
from extractors.geometry import on_the_cover, spans_inside
from extractors.records import Flow, HeadingIndex, Paragraph, Table, TextLine

Box = tuple[float, float, float, float]   # a piece's box on its page (x0, y0, x1, y1): cover.Box



def find_paragraphs(flow: Flow, headings: HeadingIndex, used: set[int], cover_pages: int = 1,
                    cover_at: tuple[Box, ...] = (), kept_at: tuple[tuple[Box, str], ...] = ()) -> list[Paragraph]:
    """Paragraphs in flow order. The first `cover_pages` pages are the cover (document.json
    holds what it says); text between them and the first heading (a preamble) is kept, with no
    heading_seq; table-of-contents lines are not paragraphs. The title and the subtitle the cover read
    are document.json's: the first page's lines the cover read them from (`cover_at`: Cover.title_at and
    subtitle_at, the boxes of their pieces — the cover's decision, handed on; never found again by their
    words) are no running text, wherever they stand among the paragraphs (a letter's subject over its text,
    a list's name over its table, a title's rows parted by their gap, the rows over and under a cover's
    title, which stay) — but on a first page that holds nothing else (no other paragraph, no table), where
    they are all the text there is (_out_of_text). A piece of the title that prints words no title's (`kept_at`:
    a reading note closing a 新旧対照表's title row, as the cover cut it off) keeps those words in its place.
    Convention (side notes, TextLine.side_note, read after the sentence they stand beside:
    reading_order.side_notes_after_their_sentence): a note is a paragraph of its own, never inside one;
    one read while a paragraph of running text is open (its sentence closes mid-paragraph, or runs on
    over the page) follows that paragraph."""
    out = _paragraphs(flow, headings, used, cover_pages, {})
    held = _out_of_text(flow, cover_at, kept_at, out)
    return _paragraphs(flow, headings, used, cover_pages, held) if held else out


def _out_of_text(flow: Flow, cover_at: tuple[Box, ...], kept_at: tuple[tuple[Box, str], ...],
                 paragraphs: list[Paragraph]) -> dict[int, str]:
    """The flow's lines the cover read its pieces from (on_the_cover), by id, each with the words it keeps
    as text ("" for none: `kept_at`), when other text stands beside them (another paragraph, a table); none
    otherwise."""
    if not cover_at or not (len(paragraphs) > 1 or any(isinstance(it, Table) for it in flow.items)):
        return {}
    lines = [it for it in flow.items if isinstance(it, TextLine) and it.page == 1]
    return {id(ln): words for ln in lines if (words := _words_kept(ln, cover_at, kept_at)) is not None}


def _words_kept(line: TextLine, cover_at: tuple[Box, ...], kept_at: tuple[tuple[Box, str], ...]) -> str | None:
    """What a first-page line the cover read a piece from keeps as text: "" when it is the cover's whole (or the
    words `kept_at` gives it), the words of its spans off the cover where the flow joined a piece of the cover
    with another (a page number beside a running head); None for a line that is none of the cover's."""
    inside = spans_inside(line, cover_at)
    if inside and all(on for _, on in inside):
        return next((words for box, words in kept_at if on_the_cover(line, (box,))), "")
    if any(on for _, on in inside):
        return "".join(sp.text for sp, on in inside if not on).strip()
    return None


def _paragraphs(flow: Flow, headings: HeadingIndex, used: set[int], cover_pages: int,
                held: dict[int, str]) -> list[Paragraph]:
    """The paragraphs (find_paragraphs), the lines `held` (by id) read where they stand, written as the words
    they keep ("": in no paragraph)."""
    skip = set(used) | headings.continuations
    built = _Built(headings, held)
    usual = _usual_gaps(flow)
    for i, it in enumerate(flow.items):
        if i in headings:
            built.heading(i, it.page)
            continue
        if i in skip or not isinstance(it, TextLine) or it.page <= cover_pages or i in flow.contents:
            if not isinstance(it, TextLine) or i in skip:
                built.close()
            continue
        if it.blank or i in headings.running:   # a title printed again: a paragraph of its own (HeadingIndex.running)
            built.close()
            if not it.blank:
                built.add(i, it)
                built.close()
            continue
        if _opens_one(flow.roles[i], it) or built.current and (_after_lead(built, i, flow)
                                                               or _positioned_break(built, it, flow, usual)):
            built.close()
        built.add(i, it)
    built.close()
    return built.out


def _opens_one(role: LineRole | None, line: TextLine) -> bool:
    """The line opens a paragraph by its role: an item's start (LineRole.item_start), or a slide's title (the
    page break before it is a paragraph break); a side note is read apart (_Built.add)."""
    return role is not None and (role.item_start or bool(role.slide_title)) and not line.side_note


def _after_lead(built: "_Built", i: int, flow: Flow) -> bool:
    """Convention (a head line set apart over its block: a statistics sheet's 【参考】　入院・療養等調整中の陽性患者
    について（１２月３１日発表分） in bold over the figures set in body type): the paragraph is one line that opens an
    item (LineRole.item_start) set apart from the body (LineRole.style) and stopping short of its column's edge;
    line `i`, in body type (no style) and no continuation of it (LineRole.continues), opens the next."""
    lead, role = flow.roles[built.at[0]], flow.roles[i]
    return len(built.at) == 1 and lead is not None and role is not None and lead.item_start and bool(lead.style) \
        and not lead.reaches_edge and not role.style and not role.continues


def _usual_gaps(flow: Flow) -> dict[int, float]:
    """Each OCR'd page's usual gap between a line and the next (the median of its text lines' gaps, in
    flow order): the line spacing the paper was typed with."""
    gaps: dict[int, list[float]] = {}
    lines = [it for it in flow.items if isinstance(it, TextLine) and it.page in flow.positioned and not it.blank]
    for a, b in zip(lines, lines[1:]):
        if a.page == b.page and b.y0 > a.y1:
            gaps.setdefault(b.page, []).append(b.y0 - a.y1)
    return {page: median(g) for page, g in gaps.items()}


def _positioned_break(built: "_Built", line: TextLine, flow: Flow, usual: dict[int, float]) -> bool:
    """Convention (a page read by position, Flow.positioned: an OCR layer, or a word processor that places
    each line, 一太郎 — it writes no blank line and no leading space, only where each line stands): a
    paragraph closes where the next line stands a blank line under the one before (`ocr_blank` ems further
    than the page's usual gap, _usual_gaps) or opens indented past it (字下げ: its first letter `ocr_indent`
    ems right of the line before's, which stops short of the edge: a paragraph's last line — a statute's
    lines hung under its article's number run to the edge — and which it stands under: a row the layer cut
    in two, その他詳細は、 / 「入札説明書」による。, is one line), but not where it stands under the text after
    the label or mark that line opens with (a hanging indent: ※その他… / 　支援…, １　原判決… / 　つき…:
    the item wrapped in a box or a block narrower than its column, _hung_under_label). The line before is
    the paragraph's last that reaches over the line's column (to `ocr_margin` ems left of its start at
    least): a speck the OCR read in the margin is none; where none does (a name set flush right under a
    date set in: 令和４年３月４日提出 / 北野市長　…), the gap under the paragraph's last line alone says it — or a
    line standing wholly past where that last line ends (`ocr_margin` ems on: a notice's addressee flush left,
    地域の皆様へ, over its sender set flush right, 国土交通省…事務所), which no wrapped sentence does."""
    if line.page not in flow.positioned or _on_the_row_of(flow.line(built.at[-1]), line) \
            or _value_under(flow.line(built.at[-1]), line, flow):
        return False
    if _set_out(built, line, flow):
        return True
    reach = line.x0 - flow.settings.headings.ocr_margin * line.size
    at = next((i for i in reversed(built.at) if flow.line(i).x1 > reach), built.at[-1])
    prev = flow.line(at)
    if prev.page != line.page:
        return False
    hs = flow.settings.headings
    return line.y0 - prev.y1 > usual.get(line.page, 0.0) + hs.ocr_blank * line.size \
        or line.x0 > prev.x1 + hs.ocr_margin * line.size and line.y0 >= prev.y1 \
        or prev.x1 > reach and line.x0 - prev.x0 >= hs.ocr_indent * line.size and not _reaches_edge(at, flow) \
        and (line.y0 + line.y1) / 2 > prev.y1 and not _hung_under_label(at, line, flow)


def _set_out(built: "_Built", line: TextLine, flow: Flow) -> bool:
    """Convention (a hanging head on a page read by position: a fee schedule's code and its title, Ｋ００２
    デブリードマン, set at the margin over its rows set in — １ 100平方センチメートル未満 … 1,260点 —, the next code
    set out at the margin again): a line that starts left of every line the paragraph holds on its page, by
    more than a paragraph's first-line indent (`paragraph_indent` ems: a 字下げ's next line stands one em
    left of it), is set out of that paragraph: it opens the next, it never closes the one before. A value alone
    (numbering.row_value: a row's points heading the page, its words on the page before) starts no line there."""
    starts = [ln.x0 for ln in map(flow.line, built.at) if ln.page == line.page and not row_value(ln.text)]
    return bool(starts) and line.x0 < min(starts) - flow.settings.headings.paragraph_indent * line.size


def _on_the_row_of(last: TextLine, line: TextLine) -> bool:
    """Convention (a schedule's values flush right, schedule_rows): `line` stands on the row of the paragraph's
    last line `last` (its middle within that line's height): a row's value after its words (２ 動脈管開存閉鎖術
    （直視下） … 22,000点, read beside its row: reading_order._values_beside_rows) runs on the row's paragraph,
    whatever line above reaches over it. So does a line holding only a value (numbering.row_value) set flush
    right on the row under words that fill their line (４ 乳房部分切除術（…を含む。）） / 42,350点): it closes
    that row, it opens no paragraph set in (_positioned_break asks both: _value_under)."""
    return last.page == line.page and last.y0 < (line.y0 + line.y1) / 2 < last.y1


def _closes_on_value(line: TextLine) -> bool:
    """The line's last piece is a value (numbering.row_value): a row closed on its value, or a value alone."""
    spans = [sp for sp in line.source.spans if sp.text.strip()]
    return bool(spans) and row_value(spans[-1].text)


def _value_under(last: TextLine, line: TextLine, flow: Flow) -> bool:
    """`line` holds only a value (numbering.row_value) set flush right on the row right under the paragraph's
    last line `last`: starting right of that line's middle, ending no short of it (less one em), no more than
    a title's gap under it (as schedule_rows._row_value reads a value under its row); a line that closes on a
    value of its own (a panel's 240億円 over its total 341億円) has its value already."""
    return last.page == line.page and line.x0 > (last.x0 + last.x1) / 2 and line.x1 >= last.x1 - line.size \
        and 0 <= line.y0 - last.y1 <= flow.settings.headings.title_gap * line.size and row_value(line.text) \
        and not _closes_on_value(last)


def _reaches_edge(at: int, flow: Flow) -> bool:
    """Line `at` runs to its column's edge (LineRole.reaches_edge, as the line roles decided it)."""
    role = flow.roles[at]
    return role is not None and role.reaches_edge


def _hung_under_label(at: int, line: TextLine, flow: Flow) -> bool:
    """`line` starts under the text after the label (numbering) or the mark that line `at` opens with, and
    that line is wrapped: it leaves its sentence open (a line closing with 。 is an item's last: what is set
    under it opens the next paragraph) and runs as far right as `line` (a title over the text hung under it,
    ◆…に対する軽減 over a longer sentence, stops short of it)."""
    prev, same = flow.line(at), flow.settings.typography.same_indent * line.size
    if _SENTENCE_END.search(prev.text.rstrip()[-1:]) or prev.x1 < line.x1 - same:
        return False
    role = flow.roles[at]
    label = role.numbering[2] if role is not None and role.numbering else role.mark if role is not None else ""
    start = title_start(flow.line(at), label) if label else None
    return start is not None and abs(line.x0 - start) <= flow.settings.typography.same_indent * line.size


_SENTENCE_END = regex.compile(r"[。．]")


class _Built:
    """The paragraphs built so far, the one being read (`current`: running text, or a side note's rows),
    and the side notes read inside it (`held`), which follow it when it closes."""

    def __init__(self, headings: HeadingIndex, held: dict[int, str] | None = None):
        self.headings = headings
        self.held_out = held or {}   # lines read where they stand, by id, written as the words they keep (the cover's)
        self.out: list[Paragraph] = []
        self.current: list[TextLine] = []
        self.at: list[int] = []   # the flow indexes of the current paragraph's lines
        self.first = -1   # flow index of the current paragraph's first line
        self.held: list[list[TextLine]] = []
        self.held_at = -1   # flow index of the side note's row held last
        self.heading_seq: int | None = None

    def add(self, i: int, line: TextLine) -> None:
        note = self.current and self.current[-1].side_note
        if self.current and line.side_note and not note:   # a note read inside running text: held
            if self.held and self.held_at == i - 1:   # the note's next row
                self.held[-1].append(line)
            else:
                self.held.append([line])
            self.held_at = i
            return
        if self.current and note and not line.side_note:   # running text after a note: a paragraph of its own
            self.close()
        if not self.current:
            self.first = i
        self.current.append(line)
        self.at.append(i)

    def heading(self, i: int, page: int) -> None:
        """The heading at flow index i (on `page`) opens what follows; the figure its row closes on
        (HeadingIndex.figures) is the first paragraph under it, one of its own."""
        self.close()
        self.heading_seq = self.headings.at[i].seq
        if i in self.headings.figures:
            self.out.append(Paragraph(len(self.out) + 1, self.heading_seq, page, self.headings.figures[i]))

    def close(self) -> None:
        self._emit(self.current, self.first in self.headings.labelled)
        self.current, self.at = [], []
        for note in self.held:
            self._emit(note, False)
        self.held = []

    def _emit(self, lines: list[TextLine], labelled: bool) -> None:
        lines = [ln for ln in lines if self.held_out.get(id(ln), True)] if self.held_out else lines
        if not lines:
            return
        texts = [self.held_out.get(id(ln)) or ln.ref_text for ln in lines]
        if labelled:   # the heading above holds the number that opens it (第１条)
            texts[0] = after_article(texts[0])
        text = join_lines(texts)
        if text.startswith(BULLET):
            text = text[1:].strip()
        if text:
            self.out.append(Paragraph(len(self.out) + 1, self.heading_seq, lines[0].page, text))


def loose_paragraphs(flow: Flow, headings: HeadingIndex, loose: set[int], cover_at: tuple[Box, ...] = ()) -> list[Paragraph]:
    """Convention (an appendix read for its lists, extractors/appendix.walk_targets): its text outside the
    lists — a note over or under a table ((注) 関係府省庁の略称は以下のとおり。), its cover's subtitle
    (～…の取組一覧～), a heading no target sits under — is its paragraphs (`listed`: document.md writes them
    after the lists), in flow order, no heading_seq: its headings are no part of the main body's tree. Lines
    next to each other in the flow run on into one paragraph; a blank line, any line the lists took, a heading
    or a page turn closes it; a heading is a paragraph of its own (its label and title). A line the cover read
    its title or a label from (`cover_at`, on_the_cover) is none — by where it stands, never by its words:
    document.json holds them."""
    out: list[Paragraph] = []
    run: list[tuple[int, TextLine]] = []   # the paragraph being read: its lines and their flow indexes

    def close() -> None:
        if not run:
            return
        h = headings.at.get(run[0][0])
        texts = [h.label, h.title] if h is not None else [ln.ref_text for _, ln in run]
        if text := join_lines(texts):
            out.append(Paragraph(len(out) + 1, None, run[0][1].page, text, listed=True))
        run.clear()

    for i in sorted(loose):
        it = flow.items[i]
        if not isinstance(it, TextLine) or cover_at and on_the_cover(it, cover_at):
            continue
        if run and (run[-1][0] != i - 1 or run[-1][1].page != it.page or i in headings or run[0][0] in headings):
            close()
        run.append((i, it))
    close()
    return out
