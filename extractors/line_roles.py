"""The line-role pass: what each text line of a flow is, with its evidence, decided once per file.

    typography (the body style: size, typeface, weight) → line_roles (per line: numbering system,
    goal label, caption, bullet mark, item start, set apart from the body and how, wrapped
    continuation of the line before, reaches its column's edge)

Headings (candidates, run-on titles), paragraphs (where one begins), goals (where an item begins)
read these roles instead of deciding again. The footnote area and the furniture are set aside
before the flow is made (Flow.set_aside, with their kind); `describe` turns all of it into one
role and evidence per line, as `ai-strategy inspect` shows it.
"""
from __future__ import annotations

from dataclasses import dataclass

from extractors.numbering import CAPTION, ITEM_START, goal_label, match_numbering
from extractors.records import Flow, TextLine
from extractors.typography import family
from normalizers.text import BULLETS, clean

_TERMINAL = ("。", ":", "：", ".", "）", ")", "」", "』", "】")


@dataclass(frozen=True, slots=True)
class LineRole:
    """One text line as read: its numbering, its kind of line, how it stands to the body."""
    numbering: tuple[str, str, str, str, bool] | None   # (system, kind, label, title, spaced)
    goal: bool            # a goal label (戦略目標, 大目標, 具体目標, 目標)
    caption: bool         # 図1, 表2, 資料3 …
    mark: str             # the bullet it opens with ("" for none)
    item_start: bool      # opens an item: indented first line, bullet, circled number, enumeration
    style: tuple[str, ...]   # what sets it apart from the body: bold, underlined, larger, typeface
    continues: bool       # the wrapped continuation of the running text before it
    reaches_edge: bool    # runs to its column's right edge
    family: str           # gothic | mincho | other


def mark_of(text: str) -> str:
    """The bullet a line opens with, or ""."""
    s = clean(text).strip()
    return s[0] if s[:1] and s[0] in BULLETS else ""


def style_of(line: TextLine, flow: Flow) -> tuple[str, ...]:
    """How the line is set apart from the running text: bold, underlined, larger, or in another
    typeface (Gothic headings over Mincho text)."""
    larger = line.size > flow.body_size + flow.settings.typography.larger
    return tuple(name for name, on in (("bold", line.bold), ("underlined", line.underlined), ("larger", larger),
                                       ("typeface", line.font != flow.body_font)) if on)


def reaches_edge(line: TextLine, flow: Flow) -> bool:
    """The line runs to the right edge of its column's running text."""
    return line.x1 >= flow.bounds(line)[1] - flow.settings.headings.edge * max(line.size, flow.settings.typography.min_size)


def continues_paragraph(prev: TextLine | None, prev_numbered: bool, line: TextLine, flow: Flow) -> bool:
    """True when `line` is the wrapped continuation of the running text before it: the line
    before runs to the right edge, or most of the way without closing its sentence."""
    if prev is None or prev.blank or prev_numbered:
        return False
    hs, ty = flow.settings.headings, flow.settings.typography
    if prev.font != line.font or abs(prev.size - line.size) > ty.larger or prev.bold != line.bold:
        return False  # a line set in another style does not continue the sentence before
    if not (prev.x0 - hs.indent_before * line.size <= line.x0 <= prev.x0 + ty.same_indent * line.size):
        return False
    if line.page == prev.page and line.y0 - prev.y1 > hs.paragraph_gap * line.size:
        return False
    left, right = flow.bounds(prev)
    ended = clean(prev.text).endswith(_TERMINAL)
    return reaches_edge(prev, flow) and not clean(prev.text).endswith("。") \
        or (not ended and prev.x1 > left + hs.fill * (right - left))


def _role(line: TextLine, flow: Flow, prev: TextLine | None, prev_numbered: bool) -> LineRole:
    numbering = match_numbering(line.text) if not line.blank else None
    s = clean(line.text)
    return LineRole(numbering, not line.blank and goal_label(line.text) is not None, bool(CAPTION.match(s.strip())),
                    mark_of(line.text), line.text[:1] in (" ", "\u3000") or bool(ITEM_START.match(s)),
                    style_of(line, flow), continues_paragraph(prev, prev_numbered, line, flow),
                    reaches_edge(line, flow), family(line.font))


def line_roles(flow: Flow) -> list[LineRole | None]:
    """Each flow item's role (None for a table). `continues` looks at the text line right
    before, within the running text (a table or a contents line breaks the run)."""
    out: list[LineRole | None] = []
    prev: TextLine | None = None
    prev_numbered = False
    for i, it in enumerate(flow.items):
        if not isinstance(it, TextLine):
            out.append(None)
            prev = None
            continue
        role = _role(it, flow, None if i in flow.contents else prev, prev_numbered)
        out.append(role)
        prev, prev_numbered = (None, False) if i in flow.contents else (it, role.numbering is not None)
    return out
