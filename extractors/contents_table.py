"""The printed table of contents as data (contents.csv): each entry's label, title and
printed page, and the PDF page of the heading it names, found by title among the headings
(or, failing that, through the page numbers printed on the pages)."""
from __future__ import annotations

from extractors.contents import contents_entries
from extractors.records import ContentsEntry, Flow, Furniture, Heading
from extractors.settings import DEFAULT
from normalizers.text import key as _key   # NFKC, no whitespace


def unmatched_entries(contents: list[ContentsEntry], headings: list[Heading], outline: list[tuple[int, str, int]],
                      letters: int = DEFAULT.headings.contents_letters) -> list[str]:
    """Titles that the printed contents or the PDF's bookmarks name but no heading carries: the
    cross-check of the heading tree (reported, since a bookmark may name a figure, say). A heading's title of
    `letters` or more matches an entry holding it or held in it."""
    titles = {_key(h.title) for h in headings} | {_key(h.label + h.title) for h in headings}
    named = [c.title for c in contents] + [t for _, t, _ in outline]
    out = []
    for title in named:
        k = _key(title)
        if k and k not in titles and not any(k in t or t in k for t in titles if len(t) >= letters) and title not in out:
            out.append(title)
    return out


def contents_table(flow: Flow, headings: list[Heading], furniture: list[Furniture]) -> list[ContentsEntry]:
    by_title: dict[str, int] = {}
    for h in headings:
        by_title.setdefault(_key(h.title), h.page)
    by_number: dict[int, int] = {}
    for f in furniture:
        if f.kind == "page_number" and _key(f.text).strip("-").isdigit():
            by_number.setdefault(int(_key(f.text).strip("-")), f.page)
    out = []
    for n, (i, label, title, printed) in enumerate(contents_entries(flow.items, flow.contents), start=1):
        pdf = by_title.get(_key(title)) or by_number.get(printed)
        out.append(ContentsEntry(n, label, title, printed or None, pdf, flow.items[i].page))
    return out
