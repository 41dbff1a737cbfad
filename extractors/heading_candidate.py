"""A heading candidate: a line that may head a part of the document — its numbering system, label and title, and
how it is set (spaced, styled, size, centred, on a panel, set apart) — and the text a line offers as one
(candidate_text). headings.py and deck_headings.py make the candidates; headings.py keeps some; heading_levels.py
nests them.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extractors.records import TextLine
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


# a note's mark after a boxed title, outside its frame (定義 ※１): no word of the title
_BOXED_NOTE = regex.compile(r"\s*[※＊*]\s*[0-9０-９]{1,2}\s*$")


def candidate_text(line: TextLine) -> str:
    """The line's text, cleaned; a boxed title's words are those in its frame: a note's mark after
    it is no part of it."""
    s = clean(line.text).strip()
    return _BOXED_NOTE.sub("", s) if line.boxed else s
