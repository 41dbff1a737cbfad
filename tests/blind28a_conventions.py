"""Kinds blind28a builds from session 28's unseen municipal papers:

build_magazine_page  one page cut out of a city's public-relations magazine (広報誌): a headline in display type, a
                     lead paragraph, a banner subheading over a paragraph, and at the foot the magazine's folio — the
                     page's number at the outer end, then the magazine's name and its issue, 8　広報れいじ　2021.5,
                     three pieces on one row. Truth: the headline the title, the banner a heading; the folio furniture
                     (the number the page's, the name and issue a running footer), no heading; the date the issue's
                     month, 2021-05 (the page prints no other date).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_W, _H = 595, 842

HEADLINE = "進めよう！例示の取組と資源化"
BANNER = "もったいない！これらは貴重な資源です"
FOLIO = ("8", "広報れいじ", "2021.5")
ISSUE = "2021-05"


def _cjk(page: pymupdf.Page, at: tuple[float, float], text: str, size: float) -> None:
    tw = pymupdf.TextWriter(page.rect)
    tw.append(at, text, font=pymupdf.Font("cjk"), fontsize=size)
    tw.write_text(page)


def _page_head(page: pymupdf.Page) -> None:
    """The magazine page's top, the same on every built page: its headline, the lead paragraph, the section's banner."""
    _cjk(page, (88, 62), HEADLINE, 18)
    for k in range(4):
        _cjk(page, (44, 100 + 14 * k), "　市では、例示の袋をランダムに収集し、袋の中にどのようなものが入っているかを調べる調査を実施しています。"[:48], 9.5)
    _cjk(page, (53, 200), BANNER, 12)


def _page_foot(page: pymupdf.Page) -> None:
    """The page's foot: the contact row and the folio — three pieces on one row an em or so apart, the number at the
    outer end."""
    _cjk(page, (148, 790), "問合先　例示課　☎00-0000", 9.5)
    for x, piece in zip((26.0, 49.0, 108.0), FOLIO):
        _cjk(page, (x, 818), piece, 9.5)


def build_magazine_page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _page_head(page)
    for k in range(6):
        _cjk(page, (44, 230 + 14 * k), "　資源物として出すことができるものが多く見られました。いま一度、分別をお願いします。例示の文です。"[:46], 9.5)
    _page_foot(page)
    doc.save(path)
    return path


# build_panel_page: the same magazine's page with a section framed in a rounded panel: its heading — a small bubble
# 4月から！ set beside a large line on one baseline — at the panel's top, a paragraph at its left, two photographs'
# labels in rounded boxes and a small arrow drawn on a photograph. Truth: the panel's heading is a heading (the panel
# holding an arrow and boxes is no flow diagram: its arrow joins no two boxes inside it).
PANEL_HEADING = "４月から！例示袋への記名のお願い"


def build_panel_page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _page_head(page)
    for k in range(6):
        _cjk(page, (44, 230 + 14 * k), "　資源物として出すことができるものが多く見られました。いま一度、分別をお願いします。例示の文です。"[:46], 9.5)
    page.draw_rect(pymupdf.Rect(38, 545, 558, 776), color=None, fill=(0.7, 0.85, 0.95), radius=0.05)   # the panel
    page.draw_rect(pymupdf.Rect(127, 539, 224, 589), color=(0.2, 0.4, 0.7), fill=(1, 1, 1), radius=0.3)   # the bubble
    for at, text, size in (((135, 570), PANEL_HEADING[:5], 10.6), ((200, 572), PANEL_HEADING[5:], 17)):
        page.insert_text(at, text, fontsize=size, fontname="japan-s", render_mode=2, border_width=0.03)   # a heavy gothic
    for k in range(7):
        _cjk(page, (74, 604 + 14 * k), "　自分の出す例示に責任を持ち、分別を徹底していただくため、記名をお願いします。"[k * 14:k * 14 + 14] or "ます。", 9.2)
    for x in (240, 409):   # the photographs' labels, each in a rounded box
        page.draw_rect(pymupdf.Rect(x, 606, x + 97, 622), color=(0.2, 0.4, 0.7), fill=(1, 1, 1), radius=0.4)
        _cjk(page, (x + 12, 618), "記名等欄がある袋", 8)
    page.draw_polyline([(313, 699), (324, 689), (320, 699), (313, 699)], color=None, fill=(0.9, 0.1, 0.1))   # an arrow
    _page_foot(page)
    doc.save(path)
    return path


# build_photo_tags: the same magazine's page with four photographs right of a chart, each pair's label in a rounded box
# set right under it (short words in a bold gothic larger than the body). Truth: the banner the one heading; the
# photographs' tags are their labels, no headings.
PHOTO_TAGS = ("缶　類", "例示品")


def _photo(page: pymupdf.Page, rect: pymupdf.Rect) -> None:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 45), False)
    pix.set_rect(pix.irect, (150, 120, 90))
    page.insert_image(rect, pixmap=pix)


def build_photo_tags(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _page_head(page)
    for k in range(16):
        _cjk(page, (44, 230 + 14 * k), "　資源物として出すことができるものが多く見られました。"[:25], 9.5)
    for top, (x0, x1), tag in ((217, (397, 473), PHOTO_TAGS[0]), (348, (333, 409), PHOTO_TAGS[1])):
        _photo(page, pymupdf.Rect(311, top, 431, top + 90))
        _photo(page, pymupdf.Rect(439, top, 560, top + 90))
        page.draw_rect(pymupdf.Rect(x0, top + 97, x1, top + 120), color=(0.2, 0.4, 0.7), fill=(1, 1, 1), radius=0.3, width=1.5)
        page.insert_text((x0 + 14, top + 114), tag, fontsize=12, fontname="japan-s", render_mode=2, border_width=0.03)
    _page_foot(page)
    doc.save(path)
    return path
