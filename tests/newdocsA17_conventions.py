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


# A 告示 reproduced as a council's reference material: its title, the 告示's number and preamble, its date in kanji
# numerals and its signer in the preamble's type (12 pt, larger than the body), then its text in parts.
NOTICE_TITLE = "外来語の表記（平成３年内閣告示第２号）（抜粋）"
NOTICE_HEADINGS = [("", "前書き", 1), ("", "本文", 1), ("", "「外来語の表記」に用いる仮名と符号の表", 2),
                   ("", "留意事項その1（原則的な事項）", 2), ("", "留意事項その2（細則的な事項）", 2), ("", "付録", 1),
                   ("", "用例集", 2)]
_RULE = "この『外来語の表記』は，法令，公用文書，新聞，雑誌，放送など，一般の社会生活において用いる。"


def _centred(page: pymupdf.Page, y: float, text: str, size: float, font: str = _MINCHO) -> None:
    page.insert_text(((595 - size * len(text)) / 2, y), text, fontname=font, fontsize=size)


def _rules(page: pymupdf.Page, y: float, count: int = 2) -> float:
    """Numbered rules, each a sentence wrapped over two lines, its second line hung under its text."""
    for k in range(count):
        page.insert_text((54, y), f"{k + 1}　{_RULE}{_RULE[:14]}", fontname=_MINCHO, fontsize=_BODY)
        page.insert_text((65, y + 18), _RULE[14:], fontname=_MINCHO, fontsize=_BODY)
        y += 36
    return y + 18


def build_notice_extract(path: Path) -> Path:
    """Three pages: the 告示's head (number, date, signer in 12 pt) and 前　書　き; 本　　文 (14 pt Gothic, centred and
    letter-spaced) with its first part's title centred under it; a page opening with a part's title centred in
    12 pt Mincho, another such title mid-page, an editor's 【中　略】, 付　録 alone at the margin in Gothic with
    用　例　集 centred under it, and 【以下略】."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _centred(page, 82, NOTICE_TITLE, 14, _GOTHIC)
    page.insert_text((66, 130), "内閣告示第二号", fontname=_MINCHO, fontsize=12)
    page.insert_text((66, 216), "平成三年六月二十八日", fontname=_MINCHO, fontsize=12)
    page.insert_text((545 - 12 * 11, 252), "内閣総理大臣　海部　俊樹", fontname=_MINCHO, fontsize=12)   # to the right edge
    page.insert_text((54, 400), "前　書　き", fontname=_MINCHO, fontsize=12)
    _rules(page, 430, 5)
    page = doc.new_page(width=595, height=842)
    _centred(page, 82, "本　　文", 14, _GOTHIC)
    _centred(page, 108, "「外来語の表記」に用いる仮名と符号の表", 12)
    _rules(page, 150, 4)
    page = doc.new_page(width=595, height=842)
    _centred(page, 72, "留意事項その1（原則的な事項）", 12)
    y = _rules(page, 110, 4)
    _centred(page, y + 20, "留意事項その2（細則的な事項）", 12)
    y = _rules(page, y + 60, 2)
    page.insert_text((54, y), "【中　略】", fontname=_MINCHO, fontsize=_BODY)
    page.insert_text((54, y + 50), "付　録", fontname=_GOTHIC, fontsize=12)
    _centred(page, y + 66, "用　例　集", 12)
    y = _rules(page, y + 110, 2)
    page.insert_text((54, y), "【以下略】", fontname=_MINCHO, fontsize=_BODY)
    doc.save(path)
    return path
