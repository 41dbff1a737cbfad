"""Kinds blind28a builds from session 28's unseen municipal papers:

build_magazine_page  one page cut out of a city's public-relations magazine (広報誌): a headline in display type, a
                     lead paragraph, a banner subheading over a paragraph, and at the foot the magazine's folio — the
                     page's number at the outer end, then the magazine's name and its issue, 13　広報れいじ　2022.1,
                     three pieces on one row. Truth: the headline the title, the banner a heading; the folio furniture
                     (the number the page's, the name and issue a running footer), no heading; the date the issue's
                     month, 2022-01 (the page prints no other date).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_W, _H = 595, 842

HEADLINE = "進めよう！例示の取組と資源化"
BANNER = "もったいない！これらは貴重な資源です"
FOLIO = ("13", "広報れいじ", "2022.1")
ISSUE = "2022-01"


def _cjk(page: pymupdf.Page, at: tuple[float, float], text: str, size: float) -> None:
    tw = pymupdf.TextWriter(page.rect)
    tw.append(at, text, font=pymupdf.Font("cjk"), fontsize=size)
    tw.write_text(page)


def build_magazine_page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _cjk(page, (88, 62), HEADLINE, 18)
    for k in range(4):
        _cjk(page, (44, 100 + 14 * k), "　市では、例示の袋をランダムに収集し、袋の中にどのようなものが入っているかを調べる調査を実施しています。"[:48], 9.5)
    _cjk(page, (53, 200), BANNER, 12)
    for k in range(6):
        _cjk(page, (44, 230 + 14 * k), "　資源物として出すことができるものが多く見られました。いま一度、分別をお願いします。例示の文です。"[:46], 9.5)
    _cjk(page, (148, 790), "問合先　例示課　☎00-0000", 9.5)
    for x, piece in zip((26.0, 49.0, 108.0), FOLIO):   # the folio: three pieces on one row an em or so apart, the
        _cjk(page, (x, 818), piece, 9.5)                  # number at the outer end
    doc.save(path)
    return path
