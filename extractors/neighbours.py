"""A line's neighbours in the flow, for the headings and the rows they are told from: the items passed over
(a blank line, a side note in the margin), the first item after or before a line past them, the text lines
right before or after it on its page, the lines that share its row (share_a_row: the one test of two lines
on one row, every caller keeping its own exclusions), and a line printed again on the page next to it (printed_again:
the one test of a running line between two neighbouring pages' items).
"""
from __future__ import annotations

from extractors.records import Flow, TextLine
from normalizers.text import unspaced


def previous_item(i: int, flow: Flow) -> int | None:
    """The flow index of the last non-blank item before i (None at the start)."""
    return next((j for j in range(i - 1, -1, -1) if not blank(flow.items[j])), None)


def next_item(i: int, flow: Flow) -> int | None:
    """The flow index of the first non-blank item after i (None at the end)."""
    return next((j for j in range(i + 1, len(flow.items)) if not blank(flow.items[j])), None)


def blank(item: object) -> bool:
    """An item passed over when a line's neighbours are sought: a blank line, or a side note in the margin
    (TextLine.side_note: a cross-reference boxed beside the text is read before the lines it stands beside,
    but never joins a heading or stands as the text under it or the item after it)."""
    return isinstance(item, TextLine) and (item.blank or item.side_note)


def rows_beside(i: int, step: int, most: int, flow: Flow) -> list[int]:
    """The text lines right before (step -1) or after (step 1) line i on its page, blank lines passed,
    up to `most`: none past a table or a page's turn."""
    out: list[int] = []
    j = i + step
    while 0 <= j < len(flow.items) and len(out) < most:
        it = flow.items[j]
        if not isinstance(it, TextLine) or it.page != flow.line(i).page:
            break
        if not it.blank:
            out.append(j)
        j += step
    return out


def share_a_row(a: TextLine, b: TextLine, flow: Flow) -> bool:
    """Convention (two lines on one row): their heights overlap by more than `headings.shared_row` of the lower
    one's height. The one place this is measured; what else keeps two lines level off one row — a blank line, a
    tab on a frame, the gutter between columns, which of the two stands left — each caller decides (shared_rows,
    line_roles._side_by_side, headings._value_beside)."""
    share = flow.settings.headings.shared_row
    return min(a.y1, b.y1) - max(a.y0, b.y0) > share * min(a.y1 - a.y0, b.y1 - b.y0)


def shared_rows(flow: Flow) -> dict[int, set[int]]:
    """Flow indexes of lines that share their row with another piece of text (labels of a
    figure, cells of an unruled table), each with the lines it shares it with: a heading stands
    alone on its row. Convention (a page set in columns): a heading stands alone in its column — the
    running text of the column across the gutter, on the same row, is no piece of its row (Flow.across_gutter).
    Convention (a captioned frame: 現状・経緯 on a tab on the frame's top edge, the slide's date set level with it at
    the right): a tab on a frame (TextLine.on_tab) is a row of its own — its box sets it apart from what stands level
    with it beyond the box."""
    by_page: dict[int, list[tuple[float, float, int]]] = {}
    for i, it in enumerate(flow.items):
        if isinstance(it, TextLine) and not it.blank and not it.on_tab:
            by_page.setdefault(it.page, []).append((it.y0, it.y1, i))
    shared: dict[int, set[int]] = {}
    for rows in by_page.values():
        rows.sort()
        for k, (_, y1, i) in enumerate(rows):
            for y0b, _, j in rows[k + 1:]:
                if y0b >= y1:
                    break
                a, b = flow.line(i), flow.line(j)
                if share_a_row(a, b, flow) and not flow.across_gutter(a, b):
                    shared.setdefault(i, set()).add(j)
                    shared.setdefault(j, set()).add(i)
    return shared


def printed_again(a: TextLine, b: TextLine, flow: Flow) -> bool:
    """Convention (a running head or foot: a chapter's title, a list's title, a statement's heading printed over each
    page it runs over): `b`, a line of another page, prints `a`'s text again (white space out) at `a`'s height (their
    tops within the tables' `snap`). The one test of "the same line at the same place on the next page"; each caller
    adds its own condition — ruled_tables._running (any line beside a table's fragment, so the fragment ends or opens
    its page), headings._title_again (the unnumbered titles opening two pages in a row, in one size: the second no
    heading). furniture.continued_titles asks another question: which of the running lines the whole document repeats
    in its margins (furniture.running_lines, by shape) is a continued table's title on its first page."""
    return abs(a.y0 - b.y0) <= flow.settings.tables.snap and unspaced(a.text) == unspaced(b.text)
