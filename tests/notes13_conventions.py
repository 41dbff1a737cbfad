"""A study group's report set in Word, built with PyMuPDF (issue 19: headings of documents nobody has
seen): Gothic headings at the body's size, each label (第１, １) standing a full-width space from its
title as the reader sees it while the text layer keeps a half-width space and blank advance — and two
titles opening with a word whose first character is a unit's (条約: 条 after a number reads 第2 条,
an article, where Word's autospace sets it near; the bare １ before 条約 a label only on a line set
apart from the body, as a quantity never opens one). And a standard's chapter with no date on its first
page, the revision it belongs to printed at every page's foot. Truth beside the builders; the tests
are in test_notes13_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY = 12.0
_GOTHIC, _MINCHO = "japan", "china-s"   # renamed below: MS-Gothic headings, an MS-Mincho body
# (depth, label, title) as the truth reads them
HEADINGS = [(1, "第１", "準拠法について"), (2, "１", "検討内容について"),
            (1, "第２", "条約との関係について"), (2, "１", "条約やモデル法について")]
_BODY = ["船荷証券は国際海上運送に用いられるものであるため、船荷証券を", "利用した取引をめぐる法的紛争に関しては、準拠法がどのように決",
         "定されるのかという問題が不可避的に生じることとなる。そこで、本", "研究会においては、まず、検討すべき単位法律関係を整理した。"]


def build_wide_spaced_labels(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    y = 102.0
    for depth, label, title in HEADINGS:
        x = 85.0 + BODY * (depth - 1)
        page.insert_text((x, y), label, fontname=_GOTHIC, fontsize=BODY)
        page.insert_text((x + BODY * len(label), y), " ", fontname="helv", fontsize=BODY)   # the layer's half-width space
        page.insert_text((x + BODY * (len(label) + 1), y), title, fontname=_GOTHIC, fontsize=BODY)   # a full width on
        y += 18.0
        for k, row in enumerate(_BODY):
            page.insert_text((85.0 + BODY * (depth + (1 if k == 0 else 0)), y), row, fontname=_MINCHO, fontsize=BODY)
            y += 18.0
        y += 18.0
    page.insert_text((292, 794), "1", fontname=_MINCHO, fontsize=BODY)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path


# build_standard_chapter: a chapter of a standard (審査基準) with no date on its first page but the revision it
# belongs to, "(2024.5)", printed alone at every page's foot beside the page number. Truth: dated 2024-05.
STANDARD_DATE = "2024-05"


def build_standard_chapter(path: Path) -> Path:
    doc = pymupdf.open()
    for n in (1, 2):
        page = doc.new_page(width=595.3, height=841.9)
        page.insert_text((360, 53), "第V部 第2章 国内優先権", fontname=_GOTHIC, fontsize=10.6)
        if n == 1:
            page.insert_text((250, 90), "第2章 国内優先権", fontname=_GOTHIC, fontsize=14)
        y = 130.0
        for title in ("1. 概要", "2. 要件及び効果") if n == 1 else ("3. 判断",):
            page.insert_text((85, y), title, fontname=_GOTHIC, fontsize=BODY)
            y += 30.0
            for row in _BODY:
                page.insert_text((85, y), row, fontname=_MINCHO, fontsize=BODY)
                y += 18.0
            y += 18.0
        page.insert_text((274, 790), f"- {n} -", fontname=_MINCHO, fontsize=10.6)
        page.insert_text((457, 790), "(2024.5)", fontname=_MINCHO, fontsize=10.6)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path
