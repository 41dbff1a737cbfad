"""Built with PyMuPDF (issue 19: documents nobody has seen) for session 14's remnants: the one chain that
dates a document whose cover prints no date (cover.DATE_CHAIN). Truth beside each builder; the tests are in
test_remnants14_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts
from terms13_conventions import build_terms_page

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


# build_noted_pages: a guideline's text with side notes in small type in the right margin behind a vertical rule
# (as 特許・実用新案審査基準 sets its cross-references): two notes on page 1, each beside a paragraph of its own,
# the second beside the last rows of a paragraph whose sentence runs on over the page break. Truth: each note
# is a paragraph of its own, after the paragraph it stands beside (the running one whole, across the break).
NOTE_SIZE = 8.0
NOTE_A = ["ＨＢ１１０１", "新規性の判断"]
NOTE_B = ["ＨＢ１２０２", "進歩性の判断の", "基本的な考え方"]
PARAGRAPH_A = ["　審査官は、請求項に係る発明が新規性を有するか否かを、先行技術と対比して判断",
               "する。対比は、請求項に係る発明を認定し、引用発明を認定した上で行うものである。",
               "　審査官は、認定した請求項に係る発明と引用発明との一致点及び相違点を明らかにする。"]
PARAGRAPH_B = ["　審査官は、請求項に係る発明の進歩性の判断を、先行技術に基づいて、当業者が請求",
               "項に係る発明を容易に想到できたことの論理の構築ができるか否かを検討することによ",
               "り行う。審査官は、論理の構築の際に、引用発明の内容を十分に把握した上で、その"]
PARAGRAPH_B_RUNS_ON = ["内容を踏まえて検討する。", "　審査官は、前記の検討を、請求項ごとに行う。"]


def build_noted_pages(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((71, 90), "第２章　新規性・進歩性", fontname=_MINCHO, fontsize=12)
    rows = [(71, 130 + 19 * k, row) for k, row in enumerate(PARAGRAPH_A)]
    rows += [(71, 680 + 19 * k, row) for k, row in enumerate(PARAGRAPH_B)]
    for x, y, row in rows:
        page.insert_text((x, y), row, fontname=_MINCHO, fontsize=BODY)
    page.draw_line((511, 120), (511, 740), color=(0, 0, 0), width=0.5)   # the notes' rule, down the text
    for top, note in ((130, NOTE_A), (700, NOTE_B)):
        for k, row in enumerate(note):
            page.insert_text((514, top + 9.5 * k), row, fontname=_MINCHO, fontsize=NOTE_SIZE)
    page.insert_text((285, 790), "－　１　－", fontname=_MINCHO, fontsize=BODY)
    page = doc.new_page(width=595.3, height=841.9)
    for k, row in enumerate(PARAGRAPH_B_RUNS_ON):
        page.insert_text((71, 80 + 19 * k), row, fontname=_MINCHO, fontsize=BODY)
    page.insert_text((285, 790), "－　２　－", fontname=_MINCHO, fontsize=BODY)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path


# build_two_part_terms: terms of use in one face, sections numbered １．… ４． at 14 pt over 11 pt text, then a
# 【…】 band over sub-sections. Numbered anew (`outer` 1: １．１, １．２): the band opens a part of its own beside
# the sections (depth 1), its sub-sections under it (depth 2). Continuing the last section (`outer` 4: ４．１,
# ４．２): the band is a passage of section ４ (depth 2), its sub-sections under it (depth 3).
TERMS_SECTIONS = ["ご利用にあたって", "ライセンスについて", "本サイトのリンクについて", "使用言語"]
TERMS_BAND = "【北野市オープンデータの利用に関する重要情報】"
TERMS_SUBSECTIONS = ["出典の記載について", "第三者の権利について"]


def build_two_part_terms(path: Path, outer: int) -> Path:
    subsections = [(f"{chr(0xFF10 + outer)}． {chr(0xFF10 + n)}", title) for n, title in enumerate(TERMS_SUBSECTIONS, start=1)]
    return build_terms_page(path, "北野市オープンデータ利用規約", 200, TERMS_SECTIONS, [TERMS_BAND], subsections)
