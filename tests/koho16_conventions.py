"""A municipal newsletter's first page built for the conventions koho16 taught (session 16), after
tests/real/suzuka_koho_oshirase_2026 (広報すずか): its masthead — the newsletter's name drawn as outlines (no text),
令和８年（２０２６年） in small type over the issue's month and day set apart in display type, a huge 1 and a 20
lower right of it, a slash drawn between them, the issue's number under them —; the section banner お知らせ white
on a rounded band across the top of the first column, the items' titles under it, one condensed to fit its column.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

import newdocsC16_conventions as nc
from pdf_fonts import rename_fonts

BANNER = "お知らせ"
YEAR = "令和８年（２０２６年）"
ISSUED = "2026-01-20"
# a title too long for its column's 14 pt: condensed to fill the measure (the last item's, in the third column)
FITTED = "物価高対応子育て応援手当"
FITTED_SIZE = 13.5


def _masthead(page: pymupdf.Page) -> None:
    """The name drawn as outlines (filled shapes, no text), the year over the month and day in display type."""
    for k in range(5):   # the letters of the name: outlines, no text layer
        page.draw_rect(pymupdf.Rect(60 + k * 70, 60, 120 + k * 70, 150), color=None, fill=(0.8, 0.3, 0.45))
    page.insert_text((451, 58), YEAR, fontname="japan", fontsize=9)
    page.insert_text((452, 110), "1", fontname="japan", fontsize=42)
    page.insert_text((480, 145), "20", fontname="japan", fontsize=42)
    page.draw_line((500, 70), (470, 140), color=(0.8, 0.3, 0.45), width=2)   # the slash, drawn
    page.insert_text((462, 165), "No.1692", fontname="japan", fontsize=12)


def _banner(page: pymupdf.Page, x0: float, x1: float, y: float) -> None:
    """お知らせ white, 17 pt, on a green band with rounded corners across the column (a megaphone at its left)."""
    page.draw_rect(pymupdf.Rect(x0 + 2, y, x1 - 6, y + 22), color=None, fill=(0.35, 0.65, 0.2), radius=0.25)
    page.draw_circle((x0 + 25, y + 11), 7, color=(1, 1, 1), width=1)
    page.insert_text((x0 + 58, y + 17), BANNER, fontname="japan", fontsize=17, color=(1, 1, 1))


def build_masthead_newsletter(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _masthead(page)
    for x in (219.0, 401.0):
        page.draw_line((x, 230), (x, 798), color=(0.6, 0.8, 0.6), width=2)
    (x0, r0), (x1, _), (x2, r2) = nc.NEWS_COLUMNS
    _banner(page, x0, r0, 228)
    nc._news_item(page, x0, 275, *nc.NEWS_ITEMS[0], rows=6)
    y = nc._news_item(page, x1, 250, *nc.NEWS_ITEMS[1], rows=12)
    nc._news_item(page, x1, y, *nc.NEWS_ITEMS[3], rows=8)
    page.insert_text((x2 + 1, 250), FITTED, fontname="japan", fontsize=FITTED_SIZE)   # fills the column: 162 pt
    page.insert_text((x2 + 10, 266), "子育て支援課　１２３－４５６９", fontname="japan", fontsize=9)
    nc._news_text(page, x2, 284, 12)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")   # the titles' Gothic, the text's Mincho
    doc.save(path)
    return path
