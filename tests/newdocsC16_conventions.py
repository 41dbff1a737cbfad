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
