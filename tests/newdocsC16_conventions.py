"""Documents built for the conventions newdocsC16 taught (session 16), each named for what it shows.

- build_members_bill: a council paper its members file (議員提出議案第３８号), numbered in a series of its own:
  the number at the top right over the paper's subject (…意見書提出について, two lines), one sentence, the 提出
  date and the members filing it; the 意見書 on the next page under （別紙）. Taught by
  tests/real/kodaira_gikai_ikensho_teishutsu_gian_2021 (小平市議会, a PDFill scan with OCR): the filer before
  議案 is part of the paper's name (numbering.COUNCIL_PAPER), so the number is the paper's label (doc_label), not
  its text.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from cover_conventions import MINCHO, TEXT, _left, _right
from pdf_fonts import rename_fonts

PAPER = "議員提出議案第３８号"
SUBJECT = ("北野市における公共交通の維持確保を求める意見書提出", "について")


def build_members_bill(path: Path, paper: str = PAPER) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _right(page, 75, paper, 10.5, right=530)
    _left(page, 116, [(130, SUBJECT[0]), (148, SUBJECT[1])], 10.5)
    _left(page, 93, [(200, "上記に関し、別紙により意見書を提出するものとする。")], 10.5)
    _left(page, 116, [(235, "令和３年６月３０日提出")], 10.5)
    _right(page, 290, "提出者　北野市議会議員　北野　太郎", 10.5)
    _right(page, 325, "北野市議会議員　南野　花子", 10.5)
    page = doc.new_page()
    _left(page, 82, [(95, "（別紙）")], 10.5)
    _left(page, 121, [(115, "北野市における公共交通の維持確保を求める意見書")], 10.5)
    y = 150.0
    for _ in range(6):
        page.insert_text((76, y), TEXT[:42], fontname=MINCHO, fontsize=10.5)
        y += 16.5
    doc.save(path)
    return path


# a study guide exported from Google Docs (tests/real/kourei_rodosha_anzen_gakushu_guide_gdocs_2026): its title in the
# sections' 17 pt, left-aligned and ending a little more than an em short of the edge, right over section 1
GUIDE_TITLE = "北野市の高年齢労働者の安全衛生を守るための学習ガイド"
GUIDE_SECTIONS = [("1.", "はじめに：なぜ高年齢者への特別な配慮が要るのか？"), ("2.", "基盤：安全衛生管理体制とリスクアセスメント")]
GUIDE_TEXT = "高年齢労働者は豊富な知識と経験を持つ貴重な戦力ですが、加齢に伴い身体や認知機能の特性に変化が生じます。"


def build_docs_guide(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    gothic = "japan"
    page.insert_text((72, 112), GUIDE_TITLE, fontname=gothic, fontsize=17)
    y = 152.0
    for label, title in GUIDE_SECTIONS:
        page.insert_text((72, y), f"{label} {title}", fontname=gothic, fontsize=17)
        y += 34
        for _ in range(6):   # more lines than a cover holds (headings.cover_lines)
            page.insert_text((72, y), (GUIDE_TEXT * 2)[:41], fontname=gothic, fontsize=11)
            y += 14.6
        page.insert_text((72, y), GUIDE_TEXT[:20], fontname=gothic, fontsize=11)
        y += 50
    doc.save(path)
    return path


# a municipal newsletter's page in three columns (tests/real/suzuka_koho_oshirase_2026, 広報すずか): a rule down each
# gutter, a shaded box at the foot of the third column; each item's title in a larger Gothic over a byline (the office
# to ask, in small type) and its Mincho text; a meeting announced under an item as "◆…" in the body's size, Gothic
NEWS_COLUMNS = ((47.0, 212.0), (230.0, 392.0), (412.0, 573.0))
NEWS_ITEMS = [("会議の傍聴ができます", ["◆北野市総合教育会議", "◆北野市交通安全対策会議"]), ("水道管の凍結にご注意", []),
              ("子育て応援手当の支給", []), ("火災予防条例の一部改正", [])]
NEWS_TEXT = "冬の冷え込みが厳しいときは、屋外の水道管が凍結することがあります。露出している水道管は、保温材や布を巻き付けてください。"


def _news_text(page: pymupdf.Page, x: float, y: float, rows: int) -> float:
    """`rows` rows of 13 characters, the last one short (the paragraph's end)."""
    for k in range(rows):
        row = NEWS_TEXT[k * 13 % 40:k * 13 % 40 + 13] if k < rows - 1 else "ください。"
        page.insert_text((x, y), row, fontname="china-s", fontsize=12)   # named MS-Mincho (rename_fonts)
        y += 16.8
    return y


def _news_item(page: pymupdf.Page, x: float, y: float, title: str, subs: list[str], rows: int) -> float:
    page.insert_text((x + 8, y), title, fontname="japan", fontsize=14)
    page.insert_text((x + 10, y + 16), "総務課　１２３－４５６７", fontname="japan", fontsize=9)
    y += 34
    for sub in subs:
        page.insert_text((x + 6, y), sub, fontname="japan", fontsize=12)
        page.insert_text((x + 9, y + 17), "企画課　１２３－４５６８", fontname="japan", fontsize=9)
        y = _news_text(page, x, y + 34, rows) + 14
    return _news_text(page, x, y, rows) + 30 if not subs else y + 16


def build_newsletter(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((47, 80), "北野市広報　第１号", fontname="japan", fontsize=24)
    page.insert_text((430, 80), "令和８年１月２０日", fontname="japan", fontsize=12)
    for x in (219.0, 401.0):
        page.draw_line((x, 230), (x, 798), color=(0.6, 0.8, 0.6), width=2)
    page.draw_rect(pymupdf.Rect(412, 738, 572, 798), color=None, fill=(0.85, 0.93, 0.85))
    page.insert_text((420, 760), "市ウェブサイト", fontname="japan", fontsize=11)
    (x0, _), (x1, _), (x2, _) = NEWS_COLUMNS
    _news_item(page, x0, 250, *NEWS_ITEMS[0], rows=6)
    y = _news_item(page, x1, 250, *NEWS_ITEMS[1], rows=12)
    _news_item(page, x1, y, *NEWS_ITEMS[2], rows=8)
    _news_item(page, x2, 250, *NEWS_ITEMS[3], rows=12)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")   # the titles' Gothic, the text's Mincho
    doc.save(path)
    return path
