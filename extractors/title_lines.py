"""A heading's title on more than one line: which lines under (or beside) a heading's first line its title runs
on to — wrapped at the edge, hung under the title's first letter, centred rows of a band, a figure closing a deck's
item — and where it ends (more white, a paragraph's first row, the bracket naming the provisions an attachment
serves).
"""
from __future__ import annotations

import unicodedata

from extractors.line_roles import LineRole, letters_span
from extractors.neighbours import next_item
from extractors.numbering import FIGURE, SERVES_PROVISIONS, a_figure, closes_a_sentence, folded
from extractors.records import Flow, TextLine
from extractors.typography import in_another_ink
from normalizers.text import SPACES as _SPACES, clean



# a figure set alone at a row's end: an amount (255,655億円, 1,259億円, 18,097 百万円) or a share (12.5%)
_FIGURE = FIGURE


def _title_ends(j: int, wrapped: bool, close_apart: bool, flow: Flow) -> bool:
    """The title ends at line `j`: the next line neither wraps it nor stands close under a title set
    apart (unless that row runs to the edge: a paragraph's first row), or stands after more white, or line
    `j` closes with the bracket naming the provisions an attachment serves (別表（第１５条、第１７条関係）:
    numbering.SERVES_PROVISIONS; the line under it names the attachment's table, no part of its title), or the next
    line opens a paragraph, its first row set in (opens_a_paragraph)."""
    return not (wrapped or (close_apart and not _row_reaches(j + 1, flow))) or after_white(j, flow) \
        or SERVES_PROVISIONS.search(folded(flow.line(j).text).rstrip()) is not None or opens_a_paragraph(j + 1, flow)


def continues(flow: Flow, i: int) -> bool:
    role = flow.roles[i]
    return role is not None and role.continues


def runs_on(line: TextLine, j: int, flow: Flow, apart: bool = False, hang: float | None = None,
             weight: bool = True, centred: bool = False, wrapped: bool = False) -> bool:
    """`nxt` continues the title of the heading set on `line` (same page, style and indent, or
    hung at the title's own start: `hang`), and is no line of its own kind: a numbered line, a
    goal label, a bullet, a bracketed subtitle (under a heading set apart, a bracketed line in
    its type is its title's end, whatever the typeface of its Latin letters). Convention (a budget
    book's captions: 第１表　歳入歳出予算 over 歳　　入, １　総　　括 over （歳　　入）): a row letter-spaced
    (a word, bracketed or not, spread to a width: LineRole.letter_spaced) is a caption of its own — a
    title wrapped early runs on in its words, never spread letter by letter. A heading set
    apart by its typeface ends where its line ends when the next line is in the body's. With
    `weight` off the weight is not compared: a sentence set in bold for emphasis runs on into its
    rows in the body's weight (the emphasis may end before its 。). With `centred` (the heading's line is
    centred), a line centred under it on its axis runs on too (_centred_rows). With `wrapped` (the line
    before reaches the right edge: the words broke there), a row opening with a bracket runs on as well —
    the sentence's own parenthesis (１ 御社が，…以下の書類・電子書類 / （【船主協会】…）について，…), not a
    subtitle, which follows a title ending short of the edge."""
    nxt = flow.items[j] if j < len(flow.items) else None
    if not (isinstance(nxt, TextLine) and not nxt.blank and _on_its_page(line, nxt, hang, flow)
            and set_like(line, nxt, flow, apart, weight)
            and (at_indent(line, nxt, hang, flow, weight) or (centred and _centred_rows(line, nxt, flow.roles[j], flow)))):
        return False
    s, role = clean(nxt.text), flow.roles[j]
    assert role is not None
    return not (role.numbering or role.opens_space or role.mark or role.goal or role.letter_spaced
                or (not apart and not wrapped and s[:1] in "（(【「『［["))


def _centred_rows(line: TextLine, nxt: TextLine, role: LineRole | None, flow: Flow) -> bool:
    """Convention (a title set centred over two rows, the provision it rests on in brackets on the
    second: 第5節　特許請求の範囲の記載に関する委任省令要件 / (特許法第36条第6項第4号)): the next line,
    centred as well, on the heading's axis (within the same indent) and no wider than it, is the
    title's second row — wherever it starts, which at_indent asks of a title wrapped flush."""
    same = flow.settings.typography.same_indent * nxt.size
    return role is not None and role.centred and nxt.x0 >= line.x0 - same and nxt.x1 <= line.x1 + same \
        and abs((nxt.x0 + nxt.x1) - (line.x0 + line.x1)) / 2 <= same


def _on_its_page(line: TextLine, nxt: TextLine, hang: float | None, flow: Flow) -> bool:
    """`nxt` on the heading's page, or — the heading the last line of its page — the next page's first line
    hung at the title's start (a title wrapped over a page break: 報告第４号：…承認につ / いて)."""
    return nxt.page == line.page or (nxt.page == line.page + 1 and _hung(nxt, hang, flow))


def set_like(line: TextLine, nxt: TextLine, flow: Flow, apart: bool, weight: bool) -> bool:
    """`nxt` in `line`'s type: its face (under a title set apart, any face but the body's: body
    type ends a title), its size, and its weight unless `weight` is off. Convention (a letter set in
    one face and size, its headings set off by an underline alone: １．…について（要綱第１関係） over the
    paragraph it opens): a title underlined runs on only to a line underlined as well — its rule ends
    where the title does, however far its line reaches. On an OCR'd scan, whose layer writes one face and size, the
    ink is the type: a title printed in another ink than the text runs on only to a line in that ink (○… in red over
    its paragraph in black)."""
    face = (nxt.font == line.font or (apart and nxt.font != flow.body_font)) and (nxt.bold == line.bold or not weight)
    return (face or _own_face(line, nxt, flow)) \
        and abs(nxt.size - line.size) <= flow.settings.typography.near_size \
        and (nxt.underlined or not line.underlined or not weight) \
        and in_another_ink(nxt.source) == in_another_ink(line.source)


def _own_face(line: TextLine, nxt: TextLine, flow: Flow) -> bool:
    """`nxt` set in one of the faces `line` itself is set in, at that face's weight there, a face not the body's.
    Convention (a word processor's pair of faces, LibreOffice or Word: a heading's Latin letters and digits in one
    face, 3.1 … Query Project_Name in Liberation Sans Bold, its kana and kanji in another, 検索文字列… in HGMinchoB):
    a heading line is set in both, and its wrapped row, all kana (ラメーター）), in its Japanese face alone — the
    heading's own type, though not the face most of its first line's letters are in. Only where the line's main face
    sets Latin letters and digits alone (a pair of faces, not a line pieced from a panel's title and the text beside it)."""
    latin = [s.text for s in line.source.spans if s.font == line.font and s.text.strip()]
    if nxt.font == flow.body_font or not latin or not all(t.isascii() for t in latin):
        return False   # (the pair: the line's main face sets its Latin letters and digits only)
    return any(s.font == nxt.font and s.bold == nxt.bold and s.text.strip() for s in line.source.spans)


def at_indent(line: TextLine, nxt: TextLine, hang: float | None, flow: Flow, weight: bool = True) -> bool:
    """`nxt` starts under `line`'s start (up to a few ems in), or hung at its title's start, or —
    convention (a budget's outline set in its body type: （イ）マスク・アルコール消毒液等生産設 / 備導入経費)
    — under the label, anywhere between the label's start and the title's: the wrapped title set in
    by a fixed indent that a wide label (a bracketed one, a gap after it) reaches past. A sentence's
    next row (`weight` off) starts as a paragraph's wrapped row does (back from its indent)."""
    same = flow.settings.typography.same_indent * nxt.size
    back = line.size * flow.settings.headings.indent_before if not weight else line.size
    return line.x0 - back <= nxt.x0 <= line.x0 + flow.settings.headings.run_on_indent * line.size \
        or _hung(nxt, hang, flow) or (hang is not None and line.x0 < nxt.x0 <= hang + same)


def join_title(title: str, more: str) -> str:
    """A title's next row joined on. Convention (a title in Latin script wrapped over rows: Real-time
    Temporal Stereo Matching / using Iterative …): a typesetter breaks a Latin row at a space it does not
    print, so rows meeting in Latin letters (ASCII, or accented as in barrierefreien / Grundüberlegungen)
    are words and take one space between them; a row closing with a hyphen broke a word there (no space);
    rows meeting in Japanese (or in full-width letters, ＡＩ) join as they are."""
    return title + (" " + more if _latin_end(title[-1:]) and _latin_end(more[:1]) and not title.endswith("-")
                    else more)


def join_rows(texts: list[str]) -> str:
    """Rows of a title joined (join_title), first to last."""
    out = ""
    for t in texts:
        out = join_title(out, t) if out and t else out + t
    return out


def _latin_end(ch: str) -> bool:
    """`ch` is an ASCII character or a Latin letter set half width (ü, é: not ＡＩ)."""
    return bool(ch) and (ch.isascii() or (ch.isalpha() and ord(ch) < 0x2000 and "LATIN" in unicodedata.name(ch, "")))


def title_start(line: TextLine, label: str) -> float | None:
    """Where a numbered line's title starts: the left of its first glyph after the label's (and after a
    colon that separates them as a space would: 議案第１号：令和７年度…)."""
    skip = len(_SPACES.sub("", label))
    for span in line.source.spans:
        for ch, box in zip(span.text, span.char_boxes):
            if ch.isspace() or (skip == 0 and ch in ":："):
                continue
            if skip == 0:
                return box[0]
            skip -= 1
    return None


def _hung(nxt: TextLine, hang: float | None, flow: Flow) -> bool:
    """Convention (a hanging indent): a numbered title's next line set in under the title's
    own start, clear of the label, is the title wrapped, however many lines it takes (while
    it is no sentence)."""
    return hang is not None and abs(nxt.x0 - hang) <= flow.settings.typography.same_indent * nxt.size


def _hung_on(j: int, hang: float | None, flow: Flow) -> bool:
    """The line after `j` carries on a hung title: `j` runs to the edge, holds no 。, and the
    next line stands at the title's start."""
    role = flow.roles[j]
    return role is not None and role.reaches_edge and "。" not in flow.line(j).text \
        and _hung(flow.line(j + 1), hang, flow)


def _band_rows(i: int, flow: Flow) -> list[int]:
    """The rows after line i on the band it is a caption on (TextLine.caption_band), wherever the
    reading order sets them (panels side by side: each caption's second row after the first rows of
    both): one title."""
    head = flow.line(i)
    out: list[int] = []
    if head.caption_band is None:
        return out
    for k in range(i + 1, len(flow.items)):
        it = flow.items[k]
        if isinstance(it, TextLine) and it.page != head.page:
            break
        if isinstance(it, TextLine) and it.caption_band == head.caption_band:
            out.append(k)
    return out


def title_lines(i: int, flow: Flow) -> list[int]:
    """Flow indexes of the lines a heading's title runs on to (at most two, or as many as are
    hung at the title's start under its label: _hung): while the line before reaches the right
    edge, or — for a heading set apart from the text — while the next line is set like it, right
    under it (a title wrapped early, at a word). A title on a band or in a frame of its own ends
    with it: the band holds its one line. Convention (a slide's title band of two rows, the second a short phrase
    centred under the first — 別添1 B. AIによる便益/リスク（AIによるリスク） / 主な記載内容 —, the first row as wide as the
    slide's widest text, so no centred line by the page's text edges): a slide's title runs on to a row centred on
    its axis as a centred title does."""
    j = i
    cont: list[int] = []
    head = flow.line(i)
    role = flow.roles[i]
    if role is not None and "panel" in role.style:
        return _band_rows(i, flow)
    apart = role is not None and bool(role.style)
    hang = title_start(head, role.numbering[2]) if role is not None and role.numbering else None
    centred = _centred_head(role)
    while True:
        before = flow.roles[j]
        wrapped = before is not None and before.reaches_edge
        if (end := _closing_rows(head, j, hang, flow)) is not None:
            cont += end
            break
        if not runs_on(head, j + 1, flow, apart, hang if wrapped else None, centred=centred, wrapped=wrapped):
            break
        nxt = flow.line(j + 1)
        if len(cont) >= 2 and not _hung_on(j, hang, flow):
            break   # past two lines only a hung title, no sentence (a hung item's text is a paragraph's)
        close = nxt.y0 - flow.line(j).y1 <= flow.settings.headings.title_gap * head.size
        if _title_ends(j, wrapped, apart and close, flow):
            break
        cont.append(j + 1)
        j += 1
    return cont


def _centred_head(role: LineRole | None) -> bool:
    """A heading whose title runs on to rows centred on its axis (_centred_rows): a centred line, or a slide's title —
    set on the slide's axis, however far it runs (a first row as wide as the slide's text is no centred line by the
    page's text edges)."""
    return role is not None and (role.centred or bool(role.slide_title))


def _closing_rows(head: TextLine, j: int, hang: float | None, flow: Flow) -> list[int] | None:
    """The rows that close the title at its row j: the amount under it (_figure_in_title), or its last row closed
    by its amount (_figured_row); None when neither stands there."""
    fig = _figure_in_title(head, j, flow)
    if fig is not None:
        return fig
    last = _figured_row(head, j, hang, flow)
    return None if last is None else [last]


def _figured_row(head: TextLine, j: int, hang: float | None, flow: Flow) -> int | None:
    """Convention (a budget overview's detail page: "第１ 検査体制の充実、…ワクチン・治療薬の" in 16 pt, broken early
    over "開発　　２，７１９億円", the amount set flush right on the title's second row): the next row under a
    numbered title's row (blank lines of the layer passed), on its page and close under it, hung at the title's
    start and closed by its amount set flush right (LineRole.figured), is the title's last row — its words and
    its amount the title's end. The flow index of that row, or None."""
    k = next_item(j, flow)
    nxt = flow.items[k] if k is not None else None
    role = flow.roles[k] if k is not None else None
    if hang is None or not isinstance(nxt, TextLine) or role is None or not role.figured or nxt.page != head.page \
            or role.numbering or role.mark:
        return None
    close = nxt.y0 - flow.line(j).y1 <= flow.settings.headings.title_gap * head.size
    return k if close and _hung(nxt, hang, flow) else None


def _figure_in_title(head: TextLine, j: int, flow: Flow) -> list[int] | None:
    """The amount under a title's row (figure_under) ends the title: in a document it is the title's last
    row (… 5.0 億円, as printed), in a deck the item's figure, no word of its title (_figured_items: the amounts
    set apart as a column). None: no amount under row j."""
    k = figure_under(head, j, flow)
    return None if k is None else [] if flow.deck else [k]


def figure_under(head: TextLine, j: int, flow: Flow) -> int | None:
    """Convention (a budget summary's items: "(3) 高強度深紫外LEDの活用による…の実用化" over "5.0 億円" set flush
    right): where the title fills its row, its amount goes to the next row, alone and flush right, in the
    title's size, right under it — the title's end (no amount on the heading's row already). The flow
    index of that row (a row of white between them passed), or None."""
    line, k = flow.line(j), next_item(j, flow)
    nxt = flow.items[k] if k is not None else None
    if not isinstance(nxt, TextLine) or nxt.page != line.page or _FIGURE.search(_SPACES.sub("", clean(line.text))):
        return None
    ok = a_figure(nxt.text) and abs(nxt.size - head.size) <= flow.settings.typography.near_size \
        and nxt.x0 > (line.x0 + line.x1) / 2 and nxt.y0 > (line.y0 + line.y1) / 2 \
        and nxt.y0 - line.y1 <= flow.settings.headings.title_gap * head.size   # on the next row, not on its own
    return k if ok else None


def opens_a_paragraph(j: int, flow: Flow) -> bool:
    """Convention (a 指針's ⑸ whose title fills its row to the edge: ⑸　職域保健と…仕組みの活用 over 職域保健と…地域・職域
    連携 / 推進協議会が…): row `j` opens a paragraph — it runs to the edge and closes no sentence, and the row under it,
    on its page in its size, a plain row (plain_row), no white between, starts one character further left (same_indent
    to paragraph_indent ems: the paragraph's first row set in, 字下げ by indent, no space written) —: no row of a title
    or a sentence wrapped onto it, whose rows all start at one x (its hang or the margin). A row closing a sentence
    may be a wrapped item's last (an item's sentence over two rows, running text at the margin under it); a title's
    row hung under its first letter, over body rows starting further left, ends short of the edge."""
    if j + 1 >= len(flow.items):
        return False
    row, below, role = flow.items[j], flow.items[j + 1], flow.roles[j + 1]
    if not (isinstance(row, TextLine) and isinstance(below, TextLine)) or below.page != row.page or not plain_row(role) \
            or not reaches(flow, j) or abs(below.size - row.size) > flow.settings.typography.near_size \
            or after_white(j, flow) or closes_a_sentence(clean(row.text)):
        return False
    step = letters_span(row)[0] - letters_span(below)[0]
    return flow.settings.typography.same_indent * row.size <= step <= flow.settings.headings.paragraph_indent * row.size


def plain_row(role: LineRole | None) -> bool:
    """A row of running text: no label, no indent, no mark, no goal, no item's start."""
    return role is not None and not (role.numbering or role.opens_space or role.mark or role.goal or role.item_start)


def after_white(j: int, flow: Flow) -> bool:
    """The line after `j` stands after more white than lies under it, by more than a title's gap (議案第１２号：…
    reaching the edge, a blank line, then its statement's paragraph): it opens the block under the heading,
    no title wrapped on to it (a wrapped title's line has the heading's pitch above it, the white under it)."""
    line, nxt = flow.items[j], flow.items[j + 1] if j + 1 < len(flow.items) else None
    k = next_item(j + 1, flow)
    after = flow.items[k] if k is not None else None
    if not (isinstance(line, TextLine) and isinstance(nxt, TextLine) and isinstance(after, TextLine)) \
            or nxt.page != line.page or after.page != nxt.page or after.y0 < nxt.y1:
        return False   # the next item on the line's own row (a row set in two pieces) measures no white under it
    return (nxt.y0 - line.y1) - (after.y0 - nxt.y1) > flow.settings.headings.title_gap * nxt.size


def title_beside(i: int, flow: Flow) -> list[int]:
    """Convention (a white paper's chapter opener: 第4章 set large in an emblem, the chapter's title in two rows
    to its right): a label alone on its line, set apart, is titled by the rows that follow it on its page
    standing to its right within its height — each starting right of the label, its top above the label's
    foot — a name (no label, no 。). Convention (a white paper's section number white on a blue square, the text
    layer writing the number twice, alone and again before the title: " 1 " / "  情勢認識" — the second copy gone as
    an overprint, its spaces left): the row starts where its first letter does."""
    label, out = flow.line(i), []
    j = next_item(i, flow)
    while j is not None and isinstance(row := flow.items[j], TextLine) and row.page == label.page \
            and letters_span(row)[0] > label.x1 and row.y0 < label.y1 and (role := flow.roles[j]) is not None \
            and role.numbering is None and "。" not in row.text:
        out.append(j)
        j = next_item(j, flow)
    return out


def _row_reaches(j: int, flow: Flow) -> bool:
    """Convention (a title wrapped early, at a word, is short on each of its lines): the row of
    line `j` — the line and those after it on the same row (an emphasised phrase is a line of its
    own before the rest of its row) — runs to its column's edge: the first row of a paragraph set
    under a title, never the title's next line."""
    line = flow.line(j)
    while True:
        if reaches(flow, j):
            return True
        k = j + 1
        nxt = flow.items[k] if k < len(flow.items) else None
        if not (isinstance(nxt, TextLine) and not nxt.blank and nxt.page == line.page and nxt.x0 > line.x0
                and abs(nxt.y1 - line.y1) <= flow.settings.headings.title_row):
            return False
        j, line = k, nxt


def reaches(flow: Flow, j: int, how: str = "reaches_edge") -> bool:
    role = flow.roles[j] if j < len(flow.roles) else None
    return role is not None and bool(getattr(role, how))
