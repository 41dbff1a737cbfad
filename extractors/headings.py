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
from extractors.records import Flow, Heading, HeadingIndex, TextLine

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


def heading_candidates(flow: Flow) -> list[tuple[int, HeadingMatch]]:
    """Lines whose text reads as a heading and that do not continue the running text before."""
    candidates: list[tuple[int, HeadingMatch]] = []
    prev: TextLine | None = None
    for i, it in enumerate(flow.items):
        if not isinstance(it, TextLine) or i in flow.contents:
            prev = None
            continue
        if not it.blank:
            m = match_heading(it.text)
            if m and not continues_paragraph(prev, it, flow):
                candidates.append((i, m))
        prev = it
    return candidates


_RANKED = ("part", "chapter", "section")


def drop_body_type(candidates: list[tuple[int, HeadingMatch]], flow: Flow) -> list[tuple[int, HeadingMatch]]:
    """In a document that sets its headings apart (most part/chapter/section candidates styled),
    a candidate in body style is no heading, except for items (①, （Ａ）) and bands (【…】)
    where the document never styles one: some typesetters style parts to sections but leave
    items in the body font."""
    ranked = [i for i, m in candidates if m.kind in _RANKED]
    styled = [i for i in ranked if _styled(flow.line(i), flow)]
    if len(styled) * 2 <= len(ranked):
        return candidates
    styled_kinds = set(_RANKED) | {m.kind for i, m in candidates if _styled(flow.line(i), flow)}
    return [(i, m) for i, m in candidates if _styled(flow.line(i), flow) or m.kind not in styled_kinds]


def _runs_on(line: TextLine, nxt: object) -> bool:
    """`nxt` continues the title of the heading set on `line` (same page, style and indent)."""
    return (isinstance(nxt, TextLine) and not nxt.blank and nxt.page == line.page and nxt.font == line.font
            and abs(nxt.size - line.size) <= 0.5 and abs(nxt.x0 - line.x0) <= line.size
            and not match_heading(nxt.text) and not nxt.text[:1].isspace())


def _join_title(title: str, more: str) -> str:
    return title + (" " + more if title[-1:].isascii() and more[:1].isascii() else more)


def title_lines(i: int, flow: Flow) -> list[int]:
    """Flow indexes of the lines a heading's title runs on to (at most two): while the line
    before reaches the right edge."""
    items, j = flow.items, i
    cont: list[int] = []
    while reaches_edge(flow.line(j), flow) and len(cont) < 2:
        nxt = items[j + 1] if j + 1 < len(items) else None
        if not _runs_on(flow.line(i), nxt):
            break
        cont.append(j + 1)
        j += 1
    return cont


def find_headings(flow: Flow) -> HeadingIndex:
    """The headings of a flow: candidates by text, body type dropped, titles run on."""
    index = HeadingIndex()
    for i, m in drop_body_type(heading_candidates(flow), flow):
        if i in index.continuations:
            continue
        cont = title_lines(i, flow)
        title = m.title
        for j in cont:
            title = _join_title(title, clean(flow.line(j).text))
        index.continuations.update(cont)
        line = flow.line(i)
        index.at[i] = Heading(len(index.at) + 1, m.level, m.kind, m.label, clean(title), line.page, flow.source)
    return index
