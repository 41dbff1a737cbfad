"""The heading tree: which text lines are headings, of what kind and level.

A line is a heading when its cleaned text matches a label pattern (第一部 / Ⅱ． part, １． chapter,
（１） section, ① or （Ａ） item, 【…】 band) and it is not:
- a line of the table of contents (extractors/contents.py);
- the continuation of a paragraph (the line before runs to the right edge without a full stop);
- an enumeration inside text: the label followed by a space (① 人間の…, 1. Basic…) or a
  sentence ending in 。;
- body type, in a document whose headings are set in a font or size of their own.
A heading that runs to the right edge continues on the next line at its own indent.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from normalizers.text import clean, fold_width
from extractors.records import Flow, Heading, TextLine

LEVELS = {"part": 1, "chapter": 2, "section": 3, "item": 4, "band": 4}

_PATTERNS = [
    ("part", regex.compile(r"^(第[一二三四五六七八九十百〇]+部)\s*(\S.*)$")),
    ("part", regex.compile(r"^([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ][.．])\s*(\S.*)$")),
    ("chapter", regex.compile(r"^([0-9]{1,2}\.)(?![0-9\s])(\S.*)$")),
    ("section", regex.compile(r"^(\([0-9]{1,2}\))(?!\s)(\S.*)$")),
    ("item", regex.compile(r"^([\u2460-\u2473\u3251-\u325f])(?!\s)(\S.*)$")),
    ("item", regex.compile(r"^(\([A-Z]\))(?!\s)(\S.*)$")),
    ("band", regex.compile(r"^()(【[^】]{1,40}】)$")),
]
_SPACES = regex.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    kind: str
    label: str
    title: str

    @property
    def level(self) -> int:
        return LEVELS[self.kind]


def match_heading(text: str) -> HeadingMatch | None:
    """The heading a line's text would be, judged on the text alone.

    Spaces are folded but kept, so that an enumeration ("① 人間の…") is told from a heading
    ("①デジタル…"); a line that starts with a space is an indented paragraph, not a heading.
    """
    if not text or text[0].isspace() or text[0] == "\u3000":
        return None
    s = _SPACES.sub(" ", fold_width(text)).strip()
    if not s or len(s) > 120:
        return None
    for kind, pat in _PATTERNS:
        m = pat.match(s)
        if m:
            if kind != "part" and kind != "band" and s.endswith("。"):
                return None
            return HeadingMatch(kind, m.group(1), clean(m.group(2)))
    return None


def reaches_edge(line: TextLine, flow: Flow) -> bool:
    edge = flow.right_edge.get(line.page, line.x1)
    return line.x1 >= edge - 1.6 * max(line.size, 1.0)


_TERMINAL = ("。", ":", "：", ".", "）", ")", "」", "』", "】")


def continues_paragraph(prev: TextLine | None, line: TextLine, flow: Flow) -> bool:
    """True when `line` is the wrapped continuation of the running text before it: the line
    before runs to the right edge, or most of the way without closing its sentence."""
    if prev is None or prev.blank or match_heading(prev.text):
        return False
    if prev.font != line.font or abs(prev.size - line.size) > 0.4:
        return False  # a line set in another style does not continue the sentence before
    if not (prev.x0 - 1.5 * line.size <= line.x0 <= prev.x0 + 0.5 * line.size):
        return False
    if line.page == prev.page and line.y0 - prev.y1 > 1.5 * line.size:
        return False
    edge = flow.right_edge.get(prev.page, prev.x1)
    ended = clean(prev.text).endswith(_TERMINAL)
    return reaches_edge(prev, flow) and not clean(prev.text).endswith("。") \
        or (not ended and prev.x1 > 0.6 * edge)


def _styled(line: TextLine, flow: Flow) -> bool:
    return line.font != flow.body_font or line.size > flow.body_size + 0.4


def find_headings(flow: Flow) -> dict[int, tuple[Heading, list[int]]]:
    """Flow index of each heading line → (Heading, indexes of its continuation lines)."""
    items = flow.items
    candidates: list[tuple[int, HeadingMatch]] = []
    prev: TextLine | None = None
    for i, it in enumerate(items):
        if not isinstance(it, TextLine):
            prev = None
            continue
        if it.blank:
            prev = it
            continue
        if i in flow.contents:
            prev = None
            continue
        m = match_heading(it.text)
        if m and not continues_paragraph(prev, it, flow):
            candidates.append((i, m))
        prev = it
    styled = [i for i, m in candidates if m.kind in ("part", "chapter", "section") and _styled(items[i], flow)]
    styled_doc = len(styled) * 2 > len([1 for _, m in candidates if m.kind in ("part", "chapter", "section")])
    # In a document that sets its headings apart, a line in body style is no heading, except for
    # items (①, （Ａ）) and bands (【…】) where the document never sets one apart: some typesetters
    # style parts to sections but leave items in the body font.
    styled_kinds = {"part", "chapter", "section"} | {m.kind for i, m in candidates if _styled(items[i], flow)}
    out: dict[int, tuple[Heading, list[int]]] = {}
    consumed: set[int] = set()
    seq = 0
    for i, m in candidates:
        line = items[i]
        if i in consumed or (styled_doc and not _styled(line, flow) and m.kind in styled_kinds):
            continue
        title = m.title
        cont: list[int] = []
        j = i
        while reaches_edge(items[j], flow) and len(cont) < 2:
            nxt = items[j + 1] if j + 1 < len(items) else None
            if not isinstance(nxt, TextLine) or nxt.blank or nxt.page != line.page \
                    or nxt.font != line.font or abs(nxt.size - line.size) > 0.5 \
                    or abs(nxt.x0 - line.x0) > line.size or match_heading(nxt.text) \
                    or nxt.text[:1].isspace():
                break
            title += clean(nxt.text) if not (title[-1:].isascii() and clean(nxt.text)[:1].isascii()) \
                else " " + clean(nxt.text)
            cont.append(j + 1)
            j += 1
        consumed.update(cont)
        seq += 1
        out[i] = (Heading(seq, m.level, m.kind, m.label, clean(title), line.page, flow.source), cont)
    return out
