"""Where the table of contents is: its lines are no headings, paragraphs or targets.

A contents line is one with leader dots (`第一部 基本的事項 ……… 1`), the contents title
itself (目次), or any line after that title on its page: contents set without leaders (the title,
then the page number flush right, as Word does without a tab leader) are known by their place.
"""
from __future__ import annotations

import regex

from normalizers.text import clean
from pipeline.records import TextLine

_LEADERS = regex.compile(r"(?:[.．・·…‥⋯]\s*){4,}\s*[0-9]*\s*$")
_TITLES = {"目次"}


def is_contents_title(text: str) -> bool:
    return clean(text).replace(" ", "") in _TITLES


def is_toc_line(text: str) -> bool:
    """A contents line by its text alone (leader dots, or the title)."""
    return bool(_LEADERS.search(clean(text))) or is_contents_title(text)


def find_contents(items: list) -> set[int]:
    """Flow indexes of the lines of the table of contents."""
    out: set[int] = set()
    title_page = None
    for i, it in enumerate(items):
        if not isinstance(it, TextLine) or it.blank:
            continue
        if is_contents_title(it.text):
            title_page = it.page
        if is_toc_line(it.text) or it.page == title_page:
            out.add(i)
    return out
