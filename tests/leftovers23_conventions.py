"""Built with PyMuPDF (issue 19: documents nobody has seen) for session 23's leftovers. Truth beside each builder; the
tests are in test_leftovers23_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY = 10.5
_MINCHO = "china-s"   # renamed below: a word processor's Mincho

# build_filing_form: a member's filing form (一般質問通告書) with no date on top, closing on its dating line — the date,
# the addressee (…議長　殿) and the filer on one line — where the filer's town begins with 下 (下市町議会議員): the
# addressee 殿 and the filer's 下 stand apart only by the spaces between them (cleaned text runs them on: 殿下市町).
# Truth: the dating line dates the form (FORM_DATE), and it is a field of the form, no heading.
FORM_TITLE = "下市町議会定例会一般質問通告書"
FORM_DATE = "2021-02-10"
DATING_LINE = "令和 3 年 2 月 10 日 北野市議会議長 殿　　下市町議会議員 氏名 北野 一郎"
_TEXT = "公共施設の再配置について、市の考え方と今後の進め方を問うものである。"


def build_filing_form(path: Path, dating_line: str = DATING_LINE) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((150, 72), FORM_TITLE, fontname=_MINCHO, fontsize=18)
    page.insert_text((57, 110), "質問件名　公共施設の再配置を問う", fontname=_MINCHO, fontsize=BODY)
    y = 140.0
    for _ in range(12):
        page.insert_text((57, y), _TEXT, fontname=_MINCHO, fontsize=BODY)
        y += 18
    page.insert_text((57, 700), dating_line, fontname=_MINCHO, fontsize=12)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path
