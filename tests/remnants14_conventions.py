"""Built with PyMuPDF (issue 19: documents nobody has seen) for session 14's remnants: the one chain that
dates a document whose cover prints no date (cover.DATE_CHAIN). Truth beside each builder; the tests are in
test_remnants14_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY = 10.5
_MINCHO = "china-s"   # renamed below: a word processor's Mincho

# build_stamped_rules: rules (…規程) that print no date on their cover nor at the head of their text, each
# page closing on its revision stamp (2024.5) beside the page number, and whose 附則 names the day they take
# effect (この規程は、令和５年２月１５日から施行する。). Two fallbacks of the date chain present: the revision
# stamp comes first in the chain, so it dates the document, not the day the 附則 names.
# build_stamped_form: a filing form closing on its dating line (date, addressee …議長 殿, signer), its page's
# foot printing a revision stamp too: the dating line comes first in the chain.
RULES_TITLE = "北野市文書管理規程"
STAMP, STAMP_DATE = "(2024.5)", "2024-05"
EFFECTIVE = "2023-02-15"
FORM_DATE = "2021-02-10"
_ARTICLES = ["目的について", "定義について", "文書の管理について", "保存期間について", "その他"]
_TEXT = "この規程は、北野市における文書の管理に関し必要な事項を定めるものとする。"


def _stamp_the_foot(page: pymupdf.Page, n: int) -> None:
    page.insert_text((274, 790), f"- {n} -", fontname=_MINCHO, fontsize=BODY)
    page.insert_text((457, 790), STAMP, fontname=_MINCHO, fontsize=BODY)


def build_stamped_rules(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((220, 110), RULES_TITLE, fontname=_MINCHO, fontsize=14)
    y = 160.0
    for n, caption in enumerate(_ARTICLES, start=1):
        page.insert_text((57, y), f"第{chr(0xFF10 + n)}条　{caption}", fontname=_MINCHO, fontsize=12)
        page.insert_text((57, y + 16), _TEXT, fontname=_MINCHO, fontsize=BODY)
        y += 52
    page.insert_text((57, y), "附則", fontname=_MINCHO, fontsize=12)
    page.insert_text((67.5, y + 16), "この規程は、令和５年２月１５日から施行する。", fontname=_MINCHO, fontsize=BODY)
    _stamp_the_foot(page, 1)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path


def build_stamped_form(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((150, 72), "北野市議会定例会一般質問通告書", fontname=_MINCHO, fontsize=18)
    page.insert_text((57, 110), "質問件名　公共施設の再配置を問う", fontname=_MINCHO, fontsize=BODY)
    y = 140.0
    for _ in range(12):
        page.insert_text((57, y), _TEXT, fontname=_MINCHO, fontsize=BODY)
        y += 18
    page.insert_text((57, 700), "令和 3 年 2 月 10 日 北野市議会議長 殿　　北野市議会議員 氏名 北野 太郎",
                     fontname=_MINCHO, fontsize=12)
    _stamp_the_foot(page, 1)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path
