"""Body paragraphs: running text that is no heading, goal block or table.

A paragraph starts after a blank line or heading, at an indented first line (leading space),
at a bullet (・, ○, ■, ※ …) or enumeration line, and runs on across page breaks. Footnote markers stay as [^N].
"""
from __future__ import annotations

from dataclasses import replace


from normalizers.text import BULLET, join_lines, key
from extractors.numbering import LISTED_MARK, after_article
from extractors.records import Flow, HeadingIndex, Paragraph, Table, TextLine



def find_paragraphs(flow: Flow, headings: HeadingIndex, used: set[int],
                    cover_pages: int = 1, title: str = "") -> list[Paragraph]:
    """Paragraphs in flow order. The first `cover_pages` pages are the cover (document.json
    holds what it says); text between them and the first heading (a preamble) is kept, with no
    heading_seq; table-of-contents lines are not paragraphs. The title the cover read (`title`)
    is document.json's: where the first page prints it as a paragraph of its own over the text (a
    letter's subject line, a list's name over its table), that paragraph is the title, not running
    text (a document that holds nothing but that line keeps it: it is all the text there is)."""
    skip = set(used) | headings.continuations
    out: list[Paragraph] = []
    current: list[TextLine] = []
    heading_seq: int | None = None
    first = [-1]   # flow index of the current paragraph's first line

    def close():
        if current:
            texts = [l.ref_text for l in current]
            if first[0] in headings.labelled:   # the heading above holds the number that opens it (第１条)
                texts[0] = after_article(texts[0])
            text = join_lines(texts)
            if text.startswith(BULLET):
                text = text[1:].strip()
            if text:
                out.append(Paragraph(len(out) + 1, heading_seq, current[0].page, text))
            current.clear()

    for i, it in enumerate(flow.items):
        if i in headings:
            close()
            heading_seq = headings.at[i].seq
            continue
        if i in skip or not isinstance(it, TextLine) or it.page <= cover_pages or i in flow.contents:
            if not isinstance(it, TextLine) or i in skip:
                close()
            continue
        if it.blank:
            close()
            continue
        role = flow.roles[i]
        if role is not None and role.item_start:
            close()
        if not current:
            first[0] = i
        current.append(it)
    close()
    return _without_title(out, title, any(isinstance(it, Table) for it in flow.items))


def _without_title(paragraphs: list[Paragraph], title: str, tables: bool) -> list[Paragraph]:
    """The paragraphs but the first page's one that is the title, when other text (a paragraph,
    a table) stands beside it. A paragraph that opens with the title and runs on into a bracketed
    gloss under it (UNCITRAL MLETR 抜粋 / （Model Law on …）) keeps the gloss only. The title printed
    with a list's mark before it (○住居確保給付金の…: the cover reads the title without it) is the title."""
    if not title or not (len(paragraphs) > 1 or tables):
        return paragraphs
    first = [(k, p) for k, p in enumerate(paragraphs) if p.page == 1]
    at = next((k for k, p in first if key(LISTED_MARK.sub("", p.text.strip())) == key(title)), None)
    rest = ""
    if at is None:   # the title run on into its gloss in one paragraph
        at = next((k for k, p in first if key(p.text).startswith(key(title)) and _after_title(p.text, title) != p.text), None)
        if at is None:
            return paragraphs
        rest = _after_title(paragraphs[at].text, title)
    kept = paragraphs[:at] + ([replace(paragraphs[at], text=rest)] if rest else []) + paragraphs[at + 1:]
    return [replace(p, seq=k + 1) for k, p in enumerate(kept)]


def _after_title(text: str, title: str) -> str:
    """What a paragraph that opens with the title holds after it: "" when it is the title, its bracketed
    gloss when one follows, else the whole text (a sentence that opens with the title's words)."""
    if key(text) == key(title):
        return ""
    rest = text.strip()
    for ch in title:   # past the title's letters, as printed (its spaces may differ)
        if ch.isspace():
            continue
        rest = rest.lstrip()
        if not rest or rest[0] != ch:
            return text
        rest = rest[1:]
    rest = rest.strip()
    return rest if rest[:1] in "(（" and rest[-1:] in ")）" else text
