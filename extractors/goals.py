"""Goal blocks of a main body: 戦略目標N, 大目標, 具体目標(N), 目標 — one record per item.

A block starts at a label line and runs until a blank line, a heading, another label, a table,
or an indented new paragraph. Its items are its bullets (text before the first bullet is an
item of its own), or else its paragraphs: a line at the block's indent after a line that ends
short starts a new item, while deeper-indented lines (①…, 1. …) stay in the item they complete.
"""
from __future__ import annotations

import regex

from extractors.line_roles import LineRole, item_starts
from normalizers.text import BULLET, join_lines
from extractors.records import Flow, Goal, HeadingIndex, TextLine


def _ends_block(line: TextLine, role: LineRole | None, first: bool) -> bool:
    """A blank line, an indented new paragraph (after the block's first line) or another
    block's label (＜参考＞) ends a goal block."""
    return line.blank or role is None or (not first and role.opens_space) or role.block_label


def split_items(block: list[int], flow: Flow) -> list[list[TextLine]]:
    """The lines of a goal block grouped into items (where they begin: line_roles.item_starts)."""
    items: list[list[TextLine]] = []
    lines = [flow.line(j) for j in block]
    for l, starts in zip(lines, item_starts(lines, [flow.roles[j] for j in block], flow.settings)):
        if starts:
            items.append([l])
        else:
            items[-1].append(l)
    return items


def _role_goal(flow: Flow, j: int) -> bool:
    role = flow.roles[j]
    return role is not None and role.goal is not None


def _item_text(lines: list[TextLine]) -> str:
    text = join_lines([l.text for l in lines])
    return text[1:].strip() if text.startswith(BULLET) else text


_MARKER = regex.compile(r"\[\^(\d+)\]")


def _item_notes(lines: list[TextLine]) -> str:
    """The footnote markers of an item (its text leaves them out, as the truth does)."""
    return "|".join(n for l in lines for n in _MARKER.findall(l.ref_text))


def _block(flow: Flow, i: int, headings: HeadingIndex) -> list[int]:
    """Flow indexes of the lines of the goal block whose label is at `i`: until a table, a
    heading, another label, a blank line, an indented new paragraph or a line left of the label."""
    label, items = flow.items[i], flow.items
    out: list[int] = []
    for j in range(i + 1, len(items)):
        nxt = items[j]
        if not isinstance(nxt, TextLine) or j in headings or j in headings.continuations \
                or _role_goal(flow, j) or _ends_block(nxt, flow.roles[j], first=not out) \
                or nxt.x0 < label.x0 - flow.settings.typography.same_indent * nxt.size:
            break
        out.append(j)
    return out


def _goal_label_at(flow: Flow, i: int, headings: HeadingIndex) -> tuple[str, str, str] | None:
    it, role = flow.items[i], flow.roles[i]
    if not isinstance(it, TextLine) or i in headings or i in headings.continuations or i in flow.contents \
            or role is None:
        return None
    return role.goal


def _goals_of_block(seq: int, label: tuple[str, str, str], line: TextLine, block: list[int],
                    heading_seq: int | None, flow: Flow) -> list[Goal]:
    kind, number, same_line = label
    texts = [(same_line, line.page, _item_notes([line]))] if same_line else []
    texts += [(_item_text(g), g[0].page, _item_notes(g)) for g in (split_items(block, flow) if block else [])]
    return [Goal(seq, kind, number, heading_seq, n, text, page, notes)
            for n, (text, page, notes) in enumerate(texts, start=1)]


def find_goals(flow: Flow, headings: HeadingIndex) -> tuple[list[Goal], set[int]]:
    """Goal items in document order, and the flow indexes the goal blocks use."""
    goals: list[Goal] = []
    used: set[int] = set()
    heading_seq: int | None = None
    seq, i = 0, 0
    while i < len(flow.items):
        if i in headings:
            heading_seq = headings.at[i].seq
        label = _goal_label_at(flow, i, headings)
        if not label:
            i += 1
            continue
        block = _block(flow, i, headings)
        used.update([i, *block])
        seq += 1
        goals += _goals_of_block(seq, label, flow.line(i), block, heading_seq, flow)
        i = block[-1] + 1 if block else i + 1
    return goals, used
