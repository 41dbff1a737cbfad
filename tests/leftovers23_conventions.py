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


# build_town_rules: a city's 要綱 that prints no issuer — its title opens with the city's name (北野市…設置要綱), its
# articles (（趣旨）/ 第１条 …) and 附則 under it, no sender, no signer, no date row. Truth: the city the title opens
# with issues it (RULES_ISSUER); a title opening with a word ending in 市 (都市…) names none.
RULES_TITLE = "北野市公共施設再配置検討委員会設置要綱"
RULES_ISSUER = "北野市"
_CAPTIONS = ["趣旨", "所掌事項", "組織", "庶務"]
_ARTICLE = "この要綱に定めるもののほか、委員会の運営に関し必要な事項は、委員長が別に定める。"


def build_town_rules(path: Path, title: str = RULES_TITLE) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((100, 90), title, fontname=_MINCHO, fontsize=14)
    y = 140.0
    for n, caption in enumerate(_CAPTIONS, start=1):
        page.insert_text((57, y), f"（{caption}）", fontname=_MINCHO, fontsize=BODY)
        page.insert_text((57, y + 18), f"第{'１２３４'[n - 1]}条　{_ARTICLE}", fontname=_MINCHO, fontsize=BODY)
        y += 54
    page.insert_text((260, y + 10), "附　則", fontname=_MINCHO, fontsize=BODY)
    page.insert_text((57, y + 30), "この要綱は、令和７年４月１日から施行する。", fontname=_MINCHO, fontsize=BODY)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path
