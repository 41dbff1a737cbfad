"""A 公用文 guide's commentary, as a word processor sets it (issue 19: documents nobody has seen), built with
PyMuPDF: a cover; a part titled on a 16 pt band (white Gothic on blue, drawn as filled rectangles), its
sections numbered １ on 12 pt bands under it, their items （1） on 12 pt bands of another tint under those,
and the items' points ア, イ … in 12 pt Gothic on no band over Mincho paragraphs — a point whose title opens
with a quoted term (イ　「告示・通知等」の…), and a remark appended to the points, （付）…, in their type; then a
part numbered Ⅰ on its band, its section numbered within it, Ⅰ－１, on a 12 pt band; at the first page's foot
a framed 【関係資料】 box, the band over the underlined titles of the materials it points to. Truth beside the
builder; the test is in test_newdocsA17_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_MINCHO, _GOTHIC = "japan", "japan-s"
_BODY = 10.5
_DARK, _LIGHT = (0.31, 0.51, 0.74), (0.55, 0.66, 0.80)
TITLE = "公用文作成の考え方（建議）"
# (label, title, depth, band size or 0 for none)
PAGE1 = [("", "基本的な考え方", 1, 16.0), ("１", "公用文作成の在り方", 2, 12.0),
         ("（1）", "読み手とのコミュニケーションとしての公用文作成", 3, 12.0),
         ("ア", "読み手に理解され、信頼される文書を作成する", 4, 0.0),
         ("イ", "「告示・通知等」の法令に準ずる文書では、公用文表記の原則に従う", 4, 0.0),
         ("（付）", "公用文の分類を意識することの意義", 4, 0.0),
         ("２", "読み手に伝わる公用文作成の条件", 2, 12.0)]
PAGE2 = [("Ⅰ", "表記の原則", 1, 16.0), ("Ⅰ－１", "漢字の使い方", 2, 12.0), ("（1）", "漢字使用の原則", 3, 12.0),
         ("ア", "常用漢字表にある字種や音訓を用いる", 4, 0.0)]
HEADINGS = PAGE1 + PAGE2
_TEXT = ("国の府省庁による行政は、主に文書によって実施される。国民の生活に影響するルールや指針を示し、",
         "また、それに伴う必要な行為を要請するのも、文書によることが多い。")


def _band(page: pymupdf.Page, y: float, size: float, tint: tuple[float, float, float]) -> None:
    """A band across the column as a word processor draws a shaded paragraph: a fill and a frame of four thin
    filled rectangles round it."""
    top, bottom = y - size - 3, y + 4
    page.draw_rect(pymupdf.Rect(61, top, 535, bottom), fill=tint, color=None, width=0)
    for r in ((58, top - 3, 538, top), (58, bottom, 538, bottom + 3), (58, top, 61, bottom), (535, top, 538, bottom)):
        page.draw_rect(pymupdf.Rect(*r), fill=_DARK, color=None, width=0)


def _headings(page: pymupdf.Page, rows: list[tuple[str, str, int, float]]) -> None:
    y = 90.0
    for label, title, depth, band in rows:
        text = f"{label}　{title}" if label and not label.startswith("（") else label + title
        if band:
            _band(page, y, band, _DARK if depth < 3 else _LIGHT)
            page.insert_text((70 if depth > 1 else 63, y), text, fontname=_GOTHIC, fontsize=band, color=(1, 1, 1))
            y += band + 22
            continue
        page.insert_text((74 if label == "（付）" else 62, y), text, fontname=_GOTHIC, fontsize=12)
        y += 19
        for k, row in enumerate(_TEXT):
            page.insert_text((73 if k == 0 else 62, y), row, fontname=_MINCHO, fontsize=_BODY)
            y += 16
        y += 14
    page.insert_text((284, 800), f"- {page.number} -", fontname=_MINCHO, fontsize=_BODY)


LINKS = ("「分かり合うための言語コミュニケーション」（平成30年　文化審議会国語分科会報告）",)


def _links_box(page: pymupdf.Page) -> None:
    """【関係資料】 framed at the page's foot over the materials' titles, each underlined as a link."""
    page.draw_rect(pymupdf.Rect(66, 722, 531, 770), color=(0, 0, 0), width=0.6)
    page.insert_text((74, 738), "【関係資料】", fontname=_MINCHO, fontsize=_BODY)
    for k, link in enumerate(LINKS):
        y = 756 + 14 * k
        page.insert_text((85, y), link, fontname=_MINCHO, fontsize=_BODY, color=(0, 0, 1))
        page.draw_line((85, y + 1.5), (85 + _BODY * len(link), y + 1.5), color=(0, 0, 1), width=0.6)


def build_commentary(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=595, height=842)
    cover.insert_text((180, 250), TITLE, fontname=_GOTHIC, fontsize=18)
    cover.insert_text((240, 640), "令和４年１月７日", fontname=_GOTHIC, fontsize=16)
    cover.insert_text((250, 680), "文化審議会", fontname=_GOTHIC, fontsize=16)
    first = doc.new_page(width=595, height=842)
    _headings(first, PAGE1)
    _links_box(first)
    _headings(doc.new_page(width=595, height=842), PAGE2)
    doc.save(path)
    return path
