"""A municipality's terms of use (利用規約) as a word processor sets them, built with PyMuPDF (issue 19:
documents nobody has seen): articles whose number and caption share one line set a step larger than
their text (第１条　本規約について), numbered in full-width digits up to ９ and in ASCII digits after, a
space typed between the ASCII number and 条 (第10 条); 附則 with the one date the rules print, the day
they take effect (この規約は、令和５年２月15日から施行する。); then, on a page of its own in Gothic, notes
appended under 【参考】 (in bold), each topic on a line of its own in the notes' type (「土砂災害警戒区域等」について,
内水浸水想定（公共下水道区域内）について) over its paragraph or its list. Truth beside the builder; the tests
are in test_terms13_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY, ARTICLE = 10.5, 12.0
_MINCHO, _GOTHIC = "china-s", "japan"   # renamed below: a word processor's Mincho and Gothic
TITLE = "焼津データマップ利用規約"
CAPTIONS = ["本規約について", "利用状況の情報提供について", "提供条件について", "クレジットの表示について",
            "アクセス情報の収集について", "禁止事項について", "本規約違反等への対応について", "免責事項等について",
            "補償", "準拠法と合意管轄について", "その他"]
EFFECTIVE = "2023-02-15"
BAND = "【参考】"
TOPICS = ["「津波浸水想定区域」について", "「土砂災害警戒区域等」について", "内水浸水想定（公共下水道区域内）について"]
_TEXT = "１　本会は、利用者への事前の通知をすることなく、本データマップの停止を行うことができるものとします。"
_NOTE = ["土砂災害は、大雨や地震などが引き金となって、山やがけが崩れたりして、被害を及ぼす自然災害です。",
         "浸水域や浸水深は、地面の凸凹や構造物の影響等により、局所的に大きくなったりする場合があります。"]


def _number(n: int) -> str:
    """第１条 … 第９条 in full-width digits, then 第10 条 with a space typed before 条, as the rules print them."""
    return f"第{chr(0xFF10 + n)}条" if n < 10 else f"第{n} 条"


def build_terms_of_use(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((218, 110), TITLE, fontname=_MINCHO, fontsize=14)
    y = 160.0
    for n, caption in enumerate(CAPTIONS, start=1):
        page.insert_text((57, y), f"{_number(n)}　{caption}", fontname=_MINCHO, fontsize=ARTICLE)
        page.insert_text((57, y + 16), _TEXT, fontname=_MINCHO, fontsize=BODY)
        y += 52
    page.insert_text((57, y), "附則", fontname=_MINCHO, fontsize=ARTICLE)
    page.insert_text((67.5, y + 16), "本規約は、令和５年２月１５日から施行する。", fontname=_MINCHO, fontsize=BODY)
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((57, 70), BAND, fontname=_GOTHIC, fontsize=BODY, render_mode=2,
                     border_width=0.03)   # bold as a word processor sets a face with no bold weight: filled and stroked
    y = 86.0
    for topic in TOPICS:
        page.insert_text((57, y), topic, fontname=_GOTHIC, fontsize=BODY)
        page.insert_text((67.5, y + 16.5), _NOTE[0], fontname=_GOTHIC, fontsize=BODY)
        page.insert_text((57, y + 33), _NOTE[1], fontname=_GOTHIC, fontsize=BODY)
        y += 82
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path


# build_catalogue_terms: terms of use set in one face, sections numbered １．… at 14 pt over 11 pt text, then
# a second part titled in corner brackets wrapped over two lines (【…に関す / る重要情報】) over sub-sections
# numbered anew with a space the word processor set after the full stop (１． １ 出典の記載について).
# Truth: the band's title is the two lines joined; each sub-section is one number, 1.1, 1.2, under the band.
SECTIONS = ["ご利用にあたって", "ライセンスについて", "使用言語"]
BAND_LINES = ["【焼津オープンデータカタログのコンテンツの利用に係るＰＤＬに関す", "る重要情報】"]
SUBSECTIONS = [("１． １", "出典の記載について"), ("１． ２", "第三者の権利を侵害しないようにしてください")]
_CLAUSE = "サービスのご利用をもって、本規約の内容を承諾したものとみなします。"


def build_catalogue_terms(path: Path) -> Path:
    return build_terms_page(path, "焼津オープンデータカタログ利用規約", 188, SECTIONS, BAND_LINES, SUBSECTIONS)


def build_terms_page(path: Path, title: str, title_x: float, sections: list[str], band_lines: list[str],
                     subsections: list[tuple[str, str]]) -> Path:
    """Terms of use in one face: the title at 14 pt from `title_x`, sections numbered １．… at 14 pt each over an
    11 pt clause, then a band (its lines one under another) over sub-sections labelled as given."""
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((title_x, 105), title, fontname=_GOTHIC, fontsize=14)
    y = 160.0
    for n, name in enumerate(sections, start=1):
        page.insert_text((85, y), f"{chr(0xFF10 + n)}．{name}", fontname=_GOTHIC, fontsize=14)
        page.insert_text((85, y + 26), _CLAUSE, fontname=_GOTHIC, fontsize=11)
        y += 66
    for k, text in enumerate(band_lines):
        page.insert_text((85, y + 23 * k), text, fontname=_GOTHIC, fontsize=14)
    y += 46
    for label, name in subsections:
        page.insert_text((85, y), f"{label} {name}", fontname=_GOTHIC, fontsize=14)
        page.insert_text((85, y + 26), _CLAUSE, fontname=_GOTHIC, fontsize=11)
        y += 66
    rename_fonts(doc, "/UDDigiKyokasho", "/UDDigiKyokasho")
    doc.save(path)
    return path


# build_glued_articles: a standard whose articles are each headed by a caption in brackets on the line above
# (（目的） / 第１条…), the article number run into its text with no space (第１条この基準は…: an OCR layer
# over a scanned page loses the space). Truth: each caption heads its article, labelled with its number.
GLUED = [("第１条", "目的", "この基準は、監査委員のよるべき基本事項を定めることを目的とする。"),
         ("第２条", "倫理規範", "監査委員は、高潔な人格を維持し、誠実にその職務を遂行するものとする。"),
         ("第３条", "専門性", "監査委員は、専門能力の向上及び知識の蓄積を図るものとする。"),
         ("第４条", "質の管理", "監査委員は、その職務を遂行するに当たり求められる質を確保するものとする。"),
         ("第５条", "監査計画", "監査委員は、監査等を効率的かつ効果的に実施するよう監査計画を策定する。")]


def build_glued_articles(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((250, 100), "小平市監査基準", fontname=_MINCHO, fontsize=BODY)
    y = 140.0
    for number, caption, text in GLUED:
        page.insert_text((101, y), f"（{caption}）", fontname=_MINCHO, fontsize=BODY)
        page.insert_text((90, y + 24), f"{number}{text}", fontname=_MINCHO, fontsize=BODY)
        page.insert_text((101, y + 48), "２　監査委員は、前項の規定によるもののほか、必要な事項を定める。", fontname=_MINCHO, fontsize=BODY)
        y += 80
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path
