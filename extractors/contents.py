"""Where the table of contents is: its lines are no headings, paragraphs or targets.

A contents line is one with leader dots (`第一部 基本的事項 ……… 1`), the contents title
itself (目次, also in brackets: ＜目次＞), or a line after that title on its page: contents set
without leaders (the title, then the page number flush right, as Word does without a tab leader),
or with a leader cut short by a long title, are known by their place.
Where the text begins on the same page, its first heading repeats the first entry: contents end
there.
"""
from __future__ import annotations

from collections import Counter

import regex

from extractors.numbering import CONTENTS_LEADERS, ends_on_leaders, match_numbering
from extractors.settings import DEFAULT
from normalizers.text import clean, fold_width
from extractors.records import TextLine

_TITLES = {"目次"}
_BRACKETS = "＜<【〔[（(＞>】〕])"   # around a contents title: ＜目次＞, 【目次】
_PAGE_REF = regex.compile(r"[.．・·…‥⋯\s]*[0-9]*\s*$")
_TAB_PAGE = regex.compile(r"\S\s{2,}[0-9０-９]{1,4}\s*$")   # an entry's page number flush right after a tab


# an English document's contents title: CONTENTS, Table of Contents, and a statute's ARRANGEMENT OF SECTIONS (a
# Commonwealth statute lists its parts and sections so, by their numbers: no page numbers)
_ENGLISH_TITLES = regex.compile(r"(?i)(?:table\s+of\s+)?contents|arrangement\s+of\s+(?:sections|provisions|regulations|rules)")


def is_contents_title(text: str) -> bool:
    """目次, letter-spaced (目　次) or in brackets (＜目次＞, 【目次】); in English, CONTENTS, Table of Contents, ARRANGEMENT
    OF SECTIONS (_ENGLISH_TITLES). Only a line that holds 次 is cleaned and its spaces and brackets taken out: no
    character folds to 次 (clean: full-width ASCII, radicals, bullets, half-width kana), so a line without it (every
    line but the title, as find_contents asks of each line of a document, twice through is_toc_line) is none — nor
    an English one whose first letter opens no English title."""
    if "次" not in text:
        bare = text.strip()
        return bare[:1] in "CcTtAa" and _ENGLISH_TITLES.fullmatch(bare) is not None
    bare = clean(text).replace(" ", "")
    return bare.strip(_BRACKETS) in _TITLES


def is_toc_line(text: str) -> bool:
    """A contents line by its text alone (leader dots, or the title)."""
    s = clean(text)
    return ends_on_leaders(s) and CONTENTS_LEADERS.search(s) is not None or is_contents_title(text)


# a 規程・条例's contents entry names the articles its chapter holds in brackets after its title
# (第１章　総則（第１条―第３条）): the chapter's heading in the text is the entry without them
_ARTICLE_RANGE = regex.compile(r"[（(]第[0-9０-９]+条[^（()）]*[)）]$")


def _entry(text: str) -> str:
    """A contents entry without its leader dots and page number, or the range of articles a
    chapter holds (_ARTICLE_RANGE), spaces removed."""
    return _ARTICLE_RANGE.sub("", _PAGE_REF.sub("", clean(text)).replace(" ", ""))


def find_contents(items: list, near_size: float = DEFAULT.typography.near_size, body_size: float = 0.0) -> set[int]:
    """Flow indexes of the lines of the table of contents. After the title, the page's lines
    are contents until one repeats the first entry: the body's first heading, where the
    contents and the text share a page — but not the line right under the first entry repeating it:
    contents grouped under labels (入札公告 / 随意契約 / 落札, in another face, the entries indented under
    each) may name a group's first entry as the group (入札公告 over 入札公告 … 1), and the label and its
    entry are both contents. Convention (a page set in columns, the contents in one of them: a gazette's
    目次 under its masthead): the contents run down under their title, so a line of the title's page set
    above the title is the next column's top and ends them. Contents that fill their page run on to the next
    (`run_on`): there, while its lines end in a page number set off by a run of spaces (a tab,
    no leader), they are entries too; the first line that does not ends them. Convention (Word's contents
    whose page numbers the layer sets as lines of their own, flush right on the entries' rows): where such a
    page opens with an entry so numbered, its lines down to the last numbered entry are entries — the
    numbers, the entries that print none (（１）… under their chapter) and a title wrapped to a second line.
    Convention (a statute's arrangement of sections: its entries name sections by their numbers and print no page
    number, over pages of their own, in a type of their own — a size apart from the body's, `body_size`): such contents
    run on over the next pages while the lines stay in the entries' size (within `near_size`), until a line repeats
    the first entry (_unpaged_contents)."""
    out: set[int] = set()
    spans = _numbered_spans(items)
    title_page = None
    run_on: tuple[int, ...] = ()   # the pages the entries may run on to
    first, title_top, last = "", 0.0, None
    unpaged: set[int] = set()
    titles: list[int] = []   # the contents titles, in order
    for i, it in enumerate(items):
        if not isinstance(it, TextLine) or it.blank:
            continue
        if is_contents_title(it.text):
            titles.append(i)
            title_page, run_on, first, title_top = it.page, (it.page + 1,), "", it.y0
            unpaged = _unpaged_contents(items, i, near_size, body_size)
            out.add(i)
            continue
        if it.page == title_page or i in unpaged:
            entry = _entry(it.text)
            if _ends_entries(it, entry, (first, last), title_page, title_top):
                title_page, run_on, unpaged = None, (), set()
            else:
                first, last = first or entry, entry
                out.add(i)
                continue
        if it.page in run_on and _entry_run_on(it, spans.get(it.page)):
            run_on = (it.page, it.page + 1)   # they may fill this page too
            out.add(i)
            continue
        if run_on and it.page >= run_on[0]:
            run_on = ()
        if is_toc_line(it.text):
            out.add(i)
    return _titles_heading_entries(items, out, titles)


def _titles_heading_entries(items: list, found: set[int], titles: list[int]) -> set[int]:
    """The contents lines without a contents title printed again after the contents that heads no entry (a manual's
    page titled Contents over its text, a caption "Contents:" over a list of links) and the lines its page gave it:
    they are the text's — a heading, a paragraph —, not the contents' (find_contents). An entry ends in its page
    number (after leaders or not); a run under a later title none of whose lines does heads no entry. The first
    title stays (document.json's contents_title) with its entries."""
    out = set(found)
    for t, nxt in zip(titles[1:], titles[2:] + [len(items)]):
        run = [i for i in found if t < i < nxt]
        if not any(_TRAILING_PAGE.search(clean(items[i].text)) for i in run):
            out -= {t, *run}
    return out


def _ends_entries(line: TextLine, entry: str, seen: tuple[str, str | None], title_page: int | None,
                  title_top: float) -> bool:
    """The line ends the contents (find_contents): it repeats their first entry (`seen`: the first and the last
    entry so far) — the text's first heading —, or it stands on the title's page above the title (the next column)."""
    first, last = seen
    return bool(first and entry == first and last != first) or (line.page == title_page and line.y0 < title_top)


_BARE_PAGE = regex.compile(r"^\s*[0-9０-９]{1,4}\s*$")


def _unpaged_contents(items: list, title: int, near_size: float, body_size: float) -> set[int]:
    """The flow indexes of the lines a contents whose entries print no page number runs on to over the pages after its
    title's (`title`: the title's flow index; find_contents): from the next page, each line in the size of the title
    page's entries (_entries_size), up to the first in another size (the text begins: a statute's long title in body
    type) that is no running head over them (_over_entries). Empty for any other contents."""
    page = items[title].page
    lines = [(i, it) for i, it in enumerate(items[title + 1:], title + 1)
             if isinstance(it, TextLine) and not it.blank and it.text.strip()]
    if (linked := _linked_entries(items, title, lines)) is not None:
        return linked
    size = _entries_size([it for _, it in lines if it.page == page], near_size, body_size)
    if size is None:
        return set()
    out: set[int] = set()
    after = [(i, it) for i, it in lines if it.page != page]
    for i, it in after:
        if abs(it.size - size) <= near_size:
            out.add(i)
        elif not _over_entries(it, after, size, near_size):
            break
    return out


def _linked_entries(items: list, title: int, lines: list) -> set[int] | None:
    """Convention (a guidebook printed by a browser from its markdown: 目次 over a list of links, 1. はじめに … 3.1. …,
    each entry underlined as a link, no page number, in the body's size; the list runs on to the top of the next page,
    3.2. … 5. 付録, before the text's first heading): contents whose entries on the title's page are all underlined
    and print no page number run on over the next page from its top while its lines stay underlined; the first line
    that is not (the text begins) ends them. The lines on the next page (_unpaged_contents); None for any other
    contents (an entry not underlined, or one closing on its page number)."""
    page = items[title].page
    entries = [it for _, it in lines if it.page == page]
    if not entries or not all(it.underlined for it in entries) or any(_PAGE_NUMBERED.search(it.text) for it in entries):
        return None
    out: set[int] = set()
    for i, it in lines:
        if it.page == page:
            continue
        if it.page != page + 1 or not it.underlined:
            break
        out.add(i)
    return out


def _entries_size(entries: list[TextLine], near_size: float, body_size: float) -> float | None:
    """The size of the entries on the contents title's page (the commonest), where they may run on by it
    (_unpaged_contents): they print no page number (no line ends in one, _PAGE_NUMBERED) and are set apart from the
    body's size (`body_size`: text in body type after contents in body type is told from them by no size); None
    for any other contents."""
    if not entries or any(_PAGE_NUMBERED.search(it.text) for it in entries):
        return None
    size = Counter(round(it.size * 2) / 2 for it in entries).most_common(1)[0][0]
    return None if abs(size - body_size) <= near_size else size


def _over_entries(line: TextLine, lines: list, size: float, near_size: float) -> bool:
    """The line stands above every line of its page in the entries' `size`, one at least: the page's running head
    over the contents run on to it (a header in its own size: _unpaged_contents passes over it)."""
    tops = [it.y0 for _, it in lines if it.page == line.page and abs(it.size - size) <= near_size]
    return bool(tops) and line.y1 <= min(tops)


# an entry closing on its page number (… 12, …… ３): a contents that prints them
_PAGE_NUMBERED = regex.compile(r"[^0-9０-９.．][.．・·…‥⋯\s]*[0-9０-９]{1,4}\s*$")


def _numbered_spans(items: list) -> dict[int, tuple[float, float]]:
    """Per page, the top and foot of its run of contents entries whose page numbers stand as lines of
    their own on the entry's row, right of it (find_contents): only a page whose first line is such an
    entry or its number."""
    lines: dict[int, list[TextLine]] = {}
    for it in items:
        if isinstance(it, TextLine) and not it.blank and it.text.strip():
            lines.setdefault(it.page, []).append(it)
    out: dict[int, tuple[float, float]] = {}
    for page, page_lines in lines.items():
        rows = [n for n in page_lines if _BARE_PAGE.match(n.text) and _entry_beside(n, page_lines)]
        top = min(page_lines, key=lambda ln: ln.y0)
        if rows and any(abs(n.y0 - top.y0) <= n.y1 - n.y0 for n in rows):
            out[page] = (top.y0, max(n.y1 for n in rows))
    return out


def _entry_beside(number: TextLine, lines: list[TextLine]) -> bool:
    """A line of words ends left of the number on its row (the number's middle within the line's height)."""
    middle = (number.y0 + number.y1) / 2
    return any(ln is not number and ln.x1 < number.x0 and ln.y0 <= middle <= ln.y1 and not _BARE_PAGE.match(ln.text)
               for ln in lines)


def _entry_run_on(line: TextLine, span: tuple[float, float] | None) -> bool:
    """An entry of contents run on to this page (find_contents): its page number after a tab, or the line
    stands within the page's run of entries numbered by lines of their own (_within)."""
    return bool(_TAB_PAGE.search(line.text)) or _within(line, span)


def _within(line: TextLine, span: tuple[float, float] | None) -> bool:
    """The line stands within its page's run of numbered entries (_numbered_spans)."""
    return span is not None and span[0] - 1 <= (line.y0 + line.y1) / 2 <= span[1] + 1


_TRAILING_PAGE = regex.compile(r"[.．・·…‥⋯\s]*([0-9０-９]{1,4})\s*$")


def contents_title(flow_items: list, indexes: set[int]) -> str:
    """The contents' own title as printed (目次, 目　次, ＜目次＞), the first of the contents lines, "" when
    the contents print none: no entry of contents.csv (it names no page), document.json's `contents_title`."""
    return next((text for i in sorted(indexes) if is_contents_title(text := clean(flow_items[i].text).strip())), "")


def _numbers_on_rows(flow_items: list, indexes: set[int]) -> dict[int, int]:
    """Convention (Word's contents whose page numbers the layer sets as lines of their own, flush right on the entries'
    rows, find_contents): each such number is its row's entry's page — the entry whose line the number's middle
    stands within on its page and which ends left of the number, the one ending nearest it where two do —, whatever
    order the flow reads the two in (a number may come before its entry). A number set left of its entry is the
    entry's label (付表 1, 2 … over their tables' names), no page. Entry flow index → page number."""
    lines = {i: flow_items[i] for i in sorted(indexes)}   # in flow order: a number's first row wins
    bare: list[int] = []
    entries: list[int] = []
    for i, it in lines.items():
        (bare if _BARE_PAGE.match(it.text) else entries).append(i)
    out: dict[int, int] = {}
    for b in bare:
        number = lines[b]
        middle = (number.y0 + number.y1) / 2
        row = [i for i in entries if lines[i].page == number.page and lines[i].y0 <= middle <= lines[i].y1
               and lines[i].x1 <= number.x0]
        if row:
            out.setdefault(max(row, key=lambda i: lines[i].x1), int(fold_width(number.text.strip())))
    return out


def _spaced_number(text: str) -> tuple | None:
    """Convention (a chapter's number printed as a picture before its entry, read as a span spaced from the title by
    the white between them, extractors.picture_labels: 1 概要 ……3): a bare number is a label only spaced from its
    title (numbering's bare_number), and the entry's cleaned text has lost that space (1概要) — so the entry as
    printed (width folded, so that a full-width page number and leader are known), its page reference out, is matched
    when its cleaned text names no label."""
    return match_numbering(_PAGE_REF.sub("", fold_width(text)).strip())


def contents_entries(flow_items: list, indexes: set[int]) -> list[tuple[int, str, str, int]]:
    """(flow index, label, title, printed page or 0) of each contents line, in order; the
    contents title (目次) itself is not an entry."""
    out: list[tuple[int, str, str, int]] = []
    on_rows = _numbers_on_rows(flow_items, indexes)
    for i in sorted(indexes):
        text = clean(flow_items[i].text)
        if is_contents_title(text):
            continue
        m = _TRAILING_PAGE.search(text)
        page = int(fold_width(m.group(1))) if m else on_rows.get(i, 0)
        entry = _PAGE_REF.sub("", text).strip()
        numbered = match_numbering(entry) or _spaced_number(flow_items[i].text)
        label, title = (numbered[2], clean(numbered[3])) if numbered else ("", entry)
        if title:
            out.append((i, label, title, page))
    return out
