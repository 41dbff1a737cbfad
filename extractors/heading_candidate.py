"""A heading candidate: a line that may head a part of the document — its numbering system, label and title, and
how it is set (spaced, styled, size, centred, on a panel, set apart) — and what a line offers as one: its text
(candidate_text), or nothing where it is a label set small beside its line (small_label). headings.py and
deck_headings.py make the candidates; headings.py keeps some; heading_levels.py nests them.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extractors.records import Flow, TextLine
from normalizers.text import clean



@dataclass(frozen=True, slots=True)
class Candidate:
    index: int          # in flow.items
    system: str         # a numbering system (numbering.SYSTEMS), or "title" (unnumbered)
    kind: str
    label: str
    title: str
    spaced: bool        # the label is followed by a space
    styled: bool        # bold, larger than body type, or underlined
    size: float
    centred: bool = False   # a letter-spaced title in the middle of its line (主　文), or a larger bold one
    # centred (_part_title): a part of the document
    panel: bool = False     # alone on a band or in a frame of its own: a level of the headings so set
    apart: bool = False     # a short line flush left, white above it, over a paragraph opened one character in
    provisions: bool = False   # a short line right under a named division's title over its text (通則: _opens_division)
    rows: tuple[int, ...] = ()   # the lines of its title under this one, however far apart (a part's title page's rows)


# a note's mark after a boxed title, outside its frame (定義 ※１): no word of the title
_BOXED_NOTE = regex.compile(r"\s*[※＊*]\s*[0-9０-９]{1,2}\s*$")


def candidate_text(line: TextLine) -> str:
    """The line's text, cleaned; a boxed title's words are those in its frame: a note's mark after
    it is no part of it."""
    s = clean(line.text).strip()
    return _BOXED_NOTE.sub("", s) if line.boxed else s


def small_label(line: TextLine, flow: Flow) -> bool:
    """Convention: a heading is set at least in the size of the text it heads, or in a heavier
    weight. A labelled line in regular weight set well below the running text's size is a label
    of something else: a figure's words (第12 原動機 in a diagram), a chart's value, a provision
    quoted in a note's small type, the entries of a small-type list of contents. A line alone on
    a band or in a frame of its own is set apart by it, at any size (付録1: on a band). The size of its letters is
    the size most of them are set in (Line.letters_size): a label set larger than its title does not lift the title
    out of a figure's small type (`Headings.small_words`); a heading whose title is set a little smaller than its label
    and the body (a Gothic 10.6 pt title after its 12 pt number over a 12 pt Mincho body) stays one."""
    hs = flow.settings.headings
    return (line.size < flow.body_size * hs.label_size or line.source.letters_size < flow.body_size * hs.small_words) \
        and not (line.bold or line.underlined or line.on_panel)

