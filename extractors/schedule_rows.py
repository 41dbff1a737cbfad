"""A schedule's rows: is this numbered line a row of a list of values (a price list, a fee schedule — 診療報酬点数表's
"１ 筋肉、臓器に達するもの（…）　1,250点"), its value at the right of its line or on the line under it (a value
set beside its row is read right after the row's words: reading_order._values_beside_rows), its notes (注) under
it? Such a row is no heading (headings._label_not_heading asks).
"""
from __future__ import annotations

import regex

from extractors.neighbours import blank, next_item
from extractors.numbering import row_value
from extractors.records import Flow, TextLine

_NOTE_MARK = regex.compile(r"注[0-9０-９]{0,2}")   # a schedule's note mark alone in its piece (注, 注１)


def schedule_row(i: int, flow: Flow) -> bool:
    """Convention (a price list or a fee schedule: 診療報酬点数表's "１ 筋肉、臓器に達するもの（…）　1,250点",
    each row ending in its value set at the right of its line — or on the next row, flush right, where the
    row's words fill the line): a numbered line in body type that is such a row, right after another row's
    value or with the next row right after its own, is a row of the list, no heading; so is a numbered line
    right over a row of its own that carries a value (３ … over イ … 8,600点: a row grouping priced
    sub-rows). Such a grouping row's first sub-row (イ 同種骨移植（特殊なもの）　39,720点 right under "３ 同種骨移植
    （非生体）", itself a row of the list with no value of its own) is a row too, whatever follows it: its
    sibling ロ may stand on a line the numbering does not read. A budget summary's item over its amount heads
    the paragraph under it: a run of rows it is not."""
    value = _row_value(i, flow)
    prev = next((j for j in range(i - 1, -1, -1) if not blank(flow.items[j])), None)
    after = _past_note(i, _after_row(i, value, flow), flow)
    if value is not None and prev is not None and (_closes_row(prev, flow) or _groups_rows(prev, flow)   # (value: asked first)
                                                   or _after_noted_row(i, flow)):
        return True
    return after is not None and (_numbered_line(after, flow) or _priced_sibling(i, after, flow)
                                  or value is None and _sub_row(i, after, flow)) \
        and (value is not None or _row_value(after, flow) is not None)


def _sub_row(i: int, j: int, flow: Flow) -> bool:
    """Item `j` is a sub-row of row `i` though the numbering does not read its label (イ１回目 under "１ 自家採血
    輸血（200mＬごとに）", its figure run on to its label): a text line right under the row (within a title's gap)
    on its page, set further in than the row's label. The caller asks that it carries a value of its own."""
    row, it = flow.line(i), flow.items[j]
    return isinstance(it, TextLine) and it.page == row.page \
        and it.x0 > row.x0 + flow.settings.typography.same_indent * row.size \
        and 0 <= it.y0 - row.y1 <= flow.settings.headings.title_gap * row.size


def _after_row(i: int, value: int | None, flow: Flow) -> int | None:
    """The item after row `i` and its value: after the value where it follows the row's words (a value set
    beside its row is read right after it: reading_order._values_beside_rows)."""
    if value is None:
        return next_item(i, flow)
    j, k = _row_end(i, flow)
    return next_item(value, flow) if value in (j, k) else k


def _priced_sibling(i: int, j: int, flow: Flow) -> bool:
    """Item `j` is the next row of row `i`'s list though the numbering does not read its label (ロ after イ;
    "２　２日目以降", whose figures run together; "２　１以外の場合", its title opening with a figure): a text line
    on the same page at row `i`'s indent that ends in a value of its own (_row_value), or that groups priced
    sub-rows — the line right under it set further in carries a value (１ 血管損傷の場合 43,830点 / ２ １以外の場合 /
    イ 胸部大動脈 56,560点)."""
    row, it = flow.line(i), flow.items[j]
    if not (isinstance(it, TextLine) and it.page == row.page
            and abs(it.x0 - row.x0) < flow.settings.typography.same_indent * row.size):
        return False
    if _row_value(j, flow) is not None:
        return True
    k = next_item(j, flow)
    return k is not None and isinstance(sub := flow.items[k], TextLine) and sub.page == it.page \
        and sub.x0 > it.x0 + flow.settings.typography.same_indent * row.size and _row_value(k, flow) is not None


def _closes_row(j: int, flow: Flow) -> bool:
    """Item `j` closes a row on its value: a line holding only the value, or a row's line ending in it."""
    it = flow.items[j]
    return _lone_value(j, flow) or (isinstance(it, TextLine) and ends_in_value(it))


def _after_noted_row(i: int, flow: Flow) -> bool:
    """Convention (a fee schedule's note under a row: "１ エキシマレーザーによるもの … 10,000点" / "注 手術に伴う
    画像診断…" set further in / "２ その他のもの 2,650点"): the row right after the note under a priced row of
    the list, at that row's indent, is the list's next row. The lines between (the row's wrapped words, its
    value, the note) stand further in than the row, and one opens on 注; a paragraph under a budget's item
    opens on none."""
    row, tol = flow.line(i), flow.settings.typography.same_indent * flow.line(i).size
    noted, j = False, i - 1
    while j >= 0 and _further_in(j, row, tol, flow):
        noted = noted or _opens_note(j, flow)
        j -= 1
    return noted and j >= 0 and _numbered_line(j, flow) and abs(flow.line(j).x0 - row.x0) < tol \
        and _row_value(j, flow) is not None


def _past_note(i: int, k: int | None, flow: Flow) -> int | None:
    """The item after row `i`'s note where item `k` (the item after the row) opens one (_after_noted_row):
    the first item past the lines set further in than the row; else `k`."""
    if k is None or not _opens_note(k, flow):
        return k
    row = flow.line(i)
    tol = flow.settings.typography.same_indent * row.size
    while k is not None and _further_in(k, row, tol, flow):
        k = next_item(k, flow)
    return k


def _further_in(j: int, row: TextLine, tol: float, flow: Flow) -> bool:
    """Item `j` is blank or a text line set further in than `row` (by more than `tol`), on any page: a note
    under a row runs on over a page break (注 区分番号… over the page's foot, its words on the next page's head)."""
    it = flow.items[j]
    return blank(it) or (isinstance(it, TextLine) and it.x0 > row.x0 + tol)


def _opens_note(j: int, flow: Flow) -> bool:
    """Item `j` opens a schedule's note: its first piece is the note's mark alone ("注", "注１"), its text in
    a piece after it (a word such as 注意 opens no note)."""
    it = flow.items[j]
    # asked of every line item_of_note walks back over: a line of one span, or with no 注 in its text, opens
    # none, and its spans are not looked at
    if not isinstance(it, TextLine) or len(it.source.spans) < 2 or "注" not in it.source.text:
        return False
    spans = [sp for sp in it.source.spans if sp.text.strip()]
    return len(spans) >= 2 and _NOTE_MARK.fullmatch(spans[0].text.strip()) is not None


def item_of_note(i: int, line: TextLine, flow: Flow) -> bool:
    """Convention (a fee schedule's numbered notes: "注１ 椎間又は椎弓が…" at the rows' indent, the note's further
    items "２ ２から４までに掲げる…" set further in than 注, their words wrapping further in still): a numbered
    line whose lines above, back to a note's first line (_opens_note) standing left of it, are all at its
    indent or further in, is an item of that note — its content, no heading (no headings inside notes)."""
    left = line.x0 - flow.settings.typography.same_indent * line.size
    items, j = flow.items, i - 1
    while j >= 0:   # back over blank lines (neighbours.blank) and lines at the line's indent or further in
        it = items[j]   # (every numbered line asks, over many lines: one loop, no call per line; the note's
        # 注 looked for here, _opens_note asked only of a line holding one)
        if not isinstance(it, TextLine) or not (it.blank or it.side_note) \
                and (it.x0 < left or "注" in it.source.text and _opens_note(j, flow)):
            break
        j -= 1
    return j >= 0 and _opens_note(j, flow) and flow.line(j).x0 < left


def _groups_rows(j: int, flow: Flow) -> bool:
    """Item `j` is a numbered row of a schedule with no value of its own, over priced sub-rows."""
    return _numbered_line(j, flow) and _row_value(j, flow) is None and schedule_row(j, flow)


def _numbered_line(j: int, flow: Flow) -> bool:
    role = flow.roles[j]
    return isinstance(flow.items[j], TextLine) and role is not None and role.numbering is not None


def _lone_value(j: int, flow: Flow) -> bool:
    """Item `j` is a line holding only a row's value (numbering.ROW_VALUE, ROW_RATE)."""
    it = flow.items[j]
    return isinstance(it, TextLine) and row_value(it.text)


def ends_in_value(line: TextLine, value=row_value) -> bool:
    """The line closes on a value set apart from its words by at least an em's white (a row's last line
    that holds its value at the right: …を行った場合　　所定点数の100分の80に相当する点数). `value`: the
    test of the last piece's text (a schedule's value; a budget item's figure, _a_figure)."""
    spans = [sp for sp in line.source.spans if sp.text.strip()]
    return len(spans) >= 2 and spans[-1].x0 - spans[-2].x1 >= line.size and value(spans[-1].text)


def _row_value(i: int, flow: Flow) -> int | None:
    """The flow index of the value that ends row `i`: a line of its own holding only the value, to the
    row's right on the same row, or on the next row flush right, starting right of the row's middle (on
    the next page's first row where the row ends a page) — or the row's last line where the value
    stands at its right end (ends_in_value). The row's words may wrap on to lines under it (_row_wraps).
    None for a row with no value."""
    j, k = _row_end(i, flow)
    line = flow.line(j)
    if ends_in_value(line):
        return j
    if k is None or not _lone_value(k, flow):
        return None
    nxt = flow.line(k)
    beside = nxt.page == line.page and nxt.x0 > line.x1 and nxt.y0 < line.y1 and nxt.y1 > line.y0
    under = nxt.page == line.page and nxt.x0 > (line.x0 + line.x1) / 2 and nxt.y0 >= (line.y0 + line.y1) / 2 \
        and nxt.y0 - line.y1 <= flow.settings.headings.title_gap * line.size
    overleaf = nxt.page == line.page + 1 and nxt.x0 > (line.x0 + line.x1) / 2   # the row's value heads the next page
    return k if beside or under or overleaf else None


def _row_end(i: int, flow: Flow) -> tuple[int, int | None]:
    """The flow index of row `i`'s last line (its words wrapped on to the lines under it: _row_wraps), and
    of the item after it."""
    head = line = flow.line(i)
    j, k = i, next_item(i, flow)
    while k is not None and not ends_in_value(line) and not _lone_value(k, flow) and _row_wraps(head, j, k, flow):
        j, k = k, next_item(k, flow)
        line = flow.line(j)
    return j, k


def _row_wraps(head: TextLine, j: int, k: int, flow: Flow) -> bool:
    """Item `k` carries on the row `head` opens (its last line so far `j`, whose words fill it: they run to
    the column's edge, LineRole.reaches_edge): a text line right under it, set further in than the row's label,
    no label of its own. Under a row that stops short (１ 自家採血輸血（200mＬごとに）), such a line is a sub-row
    whose label the numbering does not read (イ１回目 750点), no words of the row."""
    it, role, line, last = flow.items[k], flow.roles[k], flow.line(j), flow.roles[j]
    return isinstance(it, TextLine) and role is not None and role.numbering is None and it.page == line.page \
        and (last is None or last.reaches_edge) \
        and not _opens_note(k, flow) and it.x0 > head.x0 and 0 <= it.y0 - line.y1 <= flow.settings.headings.title_gap * line.size
