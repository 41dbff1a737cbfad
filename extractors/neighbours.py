"""A line's neighbours in the flow, for the headings and the rows they are told from: the items passed over
(a blank line, a side note in the margin) and the first item after or before a line past them.
"""
from __future__ import annotations

from extractors.records import Flow, TextLine


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
