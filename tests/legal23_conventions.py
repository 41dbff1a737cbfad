"""Legal texts typeset here after kinds met in session 23 (legal23), none of whose words the code knows:

- build_quoted_laws: a standard's page of the provisions it applies (＜関連規定＞): the page's running head set small at
  the top right of the odd pages (its place in the standard), the title in Gothic in the body's size, then each law
  quoted in its block: the law's name on a line of its own (in Gothic; the third in the body's face, wrapped to a
  second row) over its articles, each captioned in brackets on the line over 第N条 — one caption too long for its row
  wrapped to a second closing its bracket (…の手続 / 等)) — or, in a treaty, the caption after the number on its line
  (第５条　出願日) over a numbered paragraph (1) … — its regulations' rule numbered 第N規則 so too; body 12 pt Mincho
  throughout. The revision's stamp (2025.3) at the
  foot of pp2–3 only, none on p1.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY = 12.0
_MINCHO, _GOTHIC = "japan", "china-s"
LEFT = 71.0
WIDTH = 37   # letters of a full row at 12 pt from LEFT
RUNNING_HEAD = "第Ⅸ部　特殊な手続"
REVISION_STAMP, REVISED = "(2025.3)", "2025-03"
QUOTED_TITLE = "＜関連規定＞"
LONG_LAW = ("研究開発の成果を一体的に活用することによる産業振興の推進に関する法律(産業", "振興推進法)")
# (law, [(number, caption, caption on the number's line)]): what each block quotes
LONG_CAPTION = "先の出願を参照すべき旨を主張する方法により措置を求める出願をする場合の手続等"
QUOTED_LAWS = [("発明振興法", [("第29条", "振興の要件", False), ("第30条", "新規性の例外", False), ("第31条の2", LONG_CAPTION, False)]),
               ("国際出願条約", [("第4条", "優先権の手続", False), ("第5条", "出願日", True)]),
               ("".join(LONG_LAW), [("第82条", "振興法等の特例", False)]),
               ("国際出願条約規則", [("第3規則", "第五条に規定する出願日に関する細目", True)])]
QUOTED_HEADINGS = [(d, label, title) for law, arts in QUOTED_LAWS
                   for d, label, title in [(1, "", law)] + [(2, n, c) for n, c, _ in arts]]
_ARTICLE_TEXT = "出願人は、次に掲げる場合を除き、その発明について振興の措置を受けることができる。ただし、" \
                "当該出願の時にその出願人と他の出願の出願人とが同一の者であるときは、この限りでない。"


def _text(page: pymupdf.Page, x: float, y: float, text: str, font: str = _MINCHO, size: float = BODY) -> None:
    page.insert_text((x, y), text, fontname=font, fontsize=size)


def _article(page: pymupdf.Page, y: float, number: str, caption: str, on_its_line: bool) -> float:
    """The article's caption over its number (or after it, on its line, over a numbered paragraph), its text wrapped
    to the measure, a second paragraph ２ under it."""
    if on_its_line:
        _text(page, LEFT, y, f"{number}　{caption}")
        _text(page, LEFT + 11, y + 18, "(1)　" + _ARTICLE_TEXT[:WIDTH - 4])
        _text(page, LEFT + 23, y + 36, _ARTICLE_TEXT[WIDTH - 4:2 * WIDTH - 6])
        return y + 64
    if len(caption) + 2 > WIDTH:   # wrapped: the bracket closes on the second row
        _text(page, LEFT, y, f"({caption[:WIDTH - 1]}")
        y += 18
        _text(page, LEFT, y, f"{caption[WIDTH - 1:]})")
    else:
        _text(page, LEFT, y, f"({caption})")
    text = f"{number}　{_ARTICLE_TEXT}"
    _text(page, LEFT, y + 18, text[:WIDTH])
    _text(page, LEFT + 12, y + 36, text[WIDTH:2 * WIDTH - 1])
    _text(page, LEFT + 12, y + 54, text[2 * WIDTH - 1:])
    _text(page, LEFT, y + 72, "２　前項の規定は、出願の変更に係る新たな出願について準用する。")
    return y + 100


def _page(doc: pymupdf.Document, number: int) -> pymupdf.Page:
    page = doc.new_page(width=595, height=842)
    if number % 2:
        _text(page, 400, 50, RUNNING_HEAD, _GOTHIC, 10.6)
    _text(page, 285, 790, f"- {number} -")
    if number > 1:   # the revision's stamp at the foot of the pages it changed: not the first
        _text(page, 419, 790, REVISION_STAMP)   # (its figures set full width: eight ems, to the measure's edge)
    return page


def build_quoted_laws(path: Path) -> Path:
    """p1: the title and the first law's two articles; p2: the treaty (a captioned article, then one captioned on its
    number's line) and the third law, its name in the body's face filling the row and wrapped; p3: that law's
    article's end, then the treaty's regulations and their rule 第3規則 captioned on its number's line."""
    doc = pymupdf.open()
    page = _page(doc, 1)
    _text(page, LEFT, 80, QUOTED_TITLE, _GOTHIC)
    y = 98.0
    for k, (law, articles) in enumerate(QUOTED_LAWS):
        if k == 1:
            page, y = _page(doc, 2), 80.0
        if k == 3:
            page = _page(doc, 3)
            _text(page, LEFT, 80, "３　前二項に定めるもののほか、出願の手続に関し必要な事項は、別に定める。")
            y = 118.0
        if k == 2:
            _text(page, LEFT, y, LONG_LAW[0])
            _text(page, LEFT, y + 18, LONG_LAW[1])
            y += 36
        else:
            _text(page, LEFT, y, law, _GOTHIC)
            y += 18
        for number, caption, on_its_line in articles:
            y = _article(page, y, number, caption, on_its_line)
        y += 20
    rename_fonts(doc, "/MS-Mincho", "/MS-Gothic")
    doc.save(path)
    return path
