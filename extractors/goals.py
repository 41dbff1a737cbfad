"""Goal blocks of a main body: 戦略目標N, 大目標, 具体目標(N), 目標 — one record per item.

A block starts at a label line and runs until a blank line, a heading, another label, a table,
or an indented new paragraph. Its items are its bullets (text before the first bullet is an
item of its own), or else its paragraphs: a line at the block's indent after a line that ends
short starts a new item, while deeper-indented lines (①…, 1. …) stay in the item they complete.
"""
from __future__ import annotations

import regex

from extractors.headings import reaches_edge
from normalizers.numbers import kanji_to_int
from normalizers.text import BULLET, clean, fold_width, join_lines
from extractors.records import Flow, Goal, HeadingIndex, TextLine

KINDS = ("戦略目標", "大目標", "具体目標", "目標")
_SPACES = regex.compile(r"\s+")
_LABEL = regex.compile(r"^[<＜]?(戦略目標|大目標|具体目標|目標)([0-9０-９]*)[>＞]?(?:[:：\s]\s*(.*))?$")
# 大目標「…」の確立 set with no space: the goal's title opens with a quotation bracket
_LABEL_QUOTED = regex.compile(r"^(大目標|具体目標)([0-9０-９]*)([「『].*)$")


def match_goal_label(text: str) -> tuple[str, str, str] | None:
    """(kind, number as printed, text on the same line) for a goal label line."""
    s = _SPACES.sub(" ", fold_width(text)).strip()
    m = _LABEL.match(s) or _LABEL_QUOTED.match(s)
    if not m:
        return None
    number = m.group(2)
    return m.group(1), str(kanji_to_int(number)) if number else "", clean(m.group(3) or "")


def _ends_block(line: TextLine, first: bool) -> bool:
    return line.blank or (not first and line.text[:1] in (" ", "\u3000"))


def split_items(lines: list[TextLine], flow: Flow) -> list[list[TextLine]]:
    """The lines of a goal block grouped into items."""
    items: list[list[TextLine]] = []
    if any(clean(l.text).startswith(BULLET) for l in lines):
        for l in lines:
            if clean(l.text).startswith(BULLET) or not items:
                items.append([l])
            else:
                items[-1].append(l)
        return items
    base = min(l.x0 for l in lines)
    for l in lines:
        at_base = abs(l.x0 - base) <= 0.5 * l.size
        if not items or (at_base and not reaches_edge(items[-1][-1], flow)):
            items.append([l])
        else:
            items[-1].append(l)
    return items


def _item_text(lines: list[TextLine]) -> str:
    text = join_lines([l.text for l in lines])
    return text[1:].strip() if text.startswith(BULLET) else text


_MARKER = regex.compile(r"\[\^(\d+)\]")


def _item_notes(lines: list[TextLine]) -> str:
    """The footnote markers of an item (its text leaves them out, as the truth does)."""
    return "|".join(n for l in lines for n in _MARKER.findall(l.ref_text))


def find_goals(flow: Flow, headings: HeadingIndex) -> tuple[list[Goal], set[int]]:
    """Goal items in document order, and the flow indexes the goal blocks use."""
    goals: list[Goal] = []
    used: set[int] = set()
    skip = headings.continuations
    heading_seq: int | None = None
    items = flow.items
    seq = 0
    i = 0
    while i < len(items):
        it = items[i]
        if i in headings:
            heading_seq = headings.at[i].seq
        label = None
        if isinstance(it, TextLine) and i not in headings and i not in skip and i not in flow.contents:
            label = match_goal_label(it.text)
        if not label:
            i += 1
            continue
        kind, number, same_line = label
        used.add(i)
        block: list[TextLine] = []
        j = i + 1
        while j < len(items):
            nxt = items[j]
            if not isinstance(nxt, TextLine) or j in headings or j in skip or match_goal_label(nxt.text) \
                    or _ends_block(nxt, first=not block) or nxt.x0 < it.x0 - 0.5 * nxt.size:
                break
            block.append(nxt)
            used.add(j)
            j += 1
        seq += 1
        texts = [(same_line, it.page, _item_notes([it]))] if same_line else []
        texts += [(_item_text(g), g[0].page, _item_notes(g)) for g in (split_items(block, flow) if block else [])]
        for n, (text, page, notes) in enumerate(texts, start=1):
            goals.append(Goal(seq, kind, number, heading_seq, n, text, page, notes))
        i = j
    return goals, used
