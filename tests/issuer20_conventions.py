"""Documents built for issuer20 (session 20: the cover's issuer, by convention — a row names a body or an office, or it is
no issuer), each named for what it shows.

- build_head_signing: a paper a village head files: title, date, and under it the head signing with a name
  (北野村長　山田　太郎): the issuer is the office, 北野村長 (normalizers.bodies.as_issuer).
- build_deck_with_place: a press briefing's first slide: title, date, the place (於 北野会館２階ホール), then the body's
  members signing together (…専門家会議構成員一同): the place names no body; the issuer is the body.
- build_english_lead_in: an English statute's cover: Prepared and Published by / THE KITANO LAW REVISION COMMISSION /
  UNDER THE AUTHORITY OF / …: the lead-in names no body, the row after it is the issuer, alone.
- build_contact_band: a policy paper's cover: title, date, and at its foot the contact band (【連絡先】 / 会計課 / 担当：…
  / 電話：…): the band is whom to ask, no issuer.
- build_public_notice: a public notice (北野村公告第２１号): subject, the enacting sentence, its date, and the head
  signing under the date (北野村長　山田　太郎): the issuer is the office.
- build_budget_book_cover: a budget book's cover: 令和６年度 / 一般会計予算書 / （附予算説明書） in display type, no date,
  and the village's name alone at the page's foot: the issuer (the row under the title that names a body).
- build_secretariat_cover: a subsidy rule's cover: the rule's name, 交付規程, the variant, no date, and at the foot the
  secretariat with the company running it in brackets on the row under it (…事務局 / （北野印刷株式会社）): one name.
- build_budget_paper: a ministry's supplementary budget paper: its title names the fiscal year and the ministry
  (令和２年度北野省第２次補正予算（案）), the items under it, no row naming an issuer: the ministry is the issuer.
- build_minutes_unnumbered: minutes titled by the body's name and the record's kind with no meeting's number
  (北野村感染症対策アドバイザリーボード議事概要), then 開催日時：… and 場所：…: the body is the issuer.
- build_instrument: an instrument numbered in a body's name (北野省告示第二号) signed under its date by the body's head
  (北野大臣　山田　太郎): the body the number names, 北野省, is the issuer.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from cover_conventions import GOTHIC, MINCHO, _centred, _right, _text

HEAD_TITLE = "北野村手話言語条例の制定について"
HEAD_ROWS = ["令和７年１２月５日提出", "北野村長　山田　太郎"]


def build_head_signing(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 90, HEAD_TITLE, 18, GOTHIC)
    _centred(page, 130, HEAD_ROWS[0], 12)
    _right(page, 160, HEAD_ROWS[1], 12)
    page.insert_text((85, 220), "北野村手話言語条例を別紙のとおり制定する。", fontname=MINCHO, fontsize=10.5)
    _text(page, 250, 8)
    doc.save(path)
    return path


DECK_TITLE = ["次なる波に備えた", "専門家助言組織のあり方について"]
DECK_BODY = "北野村感染症対策専門家会議"


def build_deck_with_place(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=960, height=540)
    _centred(page, 170, DECK_TITLE[0], 44, GOTHIC)
    _centred(page, 228, DECK_TITLE[1], 44, GOTHIC)
    _centred(page, 345, "2020.06.24.", 24)
    _centred(page, 381, "於 北野会館２階ホール", 24)
    _centred(page, 455, DECK_BODY + "構成員一同", 28)
    page = doc.new_page(width=960, height=540)
    page.insert_text((60, 80), "はじめに", fontname=GOTHIC, fontsize=32)
    _text(page, 140, 6, 20)
    doc.save(path)
    return path


LAW_BODY = "THE KITANO LAW REVISION COMMISSION"


def build_english_lead_in(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=499, height=709)

    def centred(y: float, text: str, size: float) -> None:
        page.insert_text(((499 - pymupdf.get_text_length(text, "helv", size)) / 2, y), text, fontname="helv", fontsize=size)
    centred(165, "THE STATUTES OF THE KITANO ISLANDS", 13)
    centred(215, "ELECTRONIC RECORDS ACT", 13)
    centred(248, "(CHAPTER 88)", 13)
    centred(360, "(Original Enactment: Act 16 of 2010)", 8)
    centred(560, "REVISED EDITION 2011", 8)
    centred(578, "(31st December 2011)", 9)
    centred(610, "Prepared and Published by", 8)
    centred(626, LAW_BODY, 8)
    centred(636, "UNDER THE AUTHORITY OF", 8)
    centred(646, "THE REVISED EDITION OF THE LAWS ACT (CHAPTER 275)", 8)
    page = doc.new_page(width=499, height=709)
    page.insert_text((60, 80), "ELECTRONIC RECORDS ACT", fontname="hebo", fontsize=12)
    for k in range(8):
        page.insert_text((60, 110 + 16 * k), "An Act to provide for the security of electronic records.", fontname="helv",
                         fontsize=10)
    doc.save(path)
    return path


def build_contact_band(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 245, "北野省のデジタル施策", 28, GOTHIC)
    _centred(page, 285, "（案）の概要", 28, GOTHIC)
    _centred(page, 555, "令和２年４月", 28)
    for y, row in [(672, "【連絡先】"), (688, "大臣官房会計課"), (704, "担当：北野課長補佐"), (720, "電話：03-5253-5111")]:
        page.insert_text((380, y), row, fontname=MINCHO, fontsize=10.5)
    page = doc.new_page()
    page.insert_text((85, 90), "補正予算の概要", fontname=GOTHIC, fontsize=14)
    _text(page, 120, 10)
    doc.save(path)
    return path


NOTICE_SIGNER = "北野村長　山田　太郎"


def build_public_notice(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((70, 85), "北野村公告第２１号", fontname=MINCHO, fontsize=10.5)
    page.insert_text((87, 121), "北野村民会館解体工事の制限付き一般競争入札の実施について", fontname=MINCHO, fontsize=10.5)
    page.insert_text((81, 157), "地方自治法第２３４条第１項の規定により、制限付き一般競争入札を次のとおり実施する。",
                     fontname=MINCHO, fontsize=10.5)
    page.insert_text((92, 193), "令和８年７月１７日", fontname=MINCHO, fontsize=10.5)
    page.insert_text((375, 229), NOTICE_SIGNER, fontname=MINCHO, fontsize=10.5)
    page.insert_text((70, 265), "１　制限付き一般競争入札に付する事項", fontname=MINCHO, fontsize=10.5)
    _text(page, 290, 12)
    doc.save(path)
    return path


def build_instrument(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 95, "北野語の表記（平成３年北野省告示第２号）", 14, GOTHIC)
    page.insert_text((66, 140), "北野省告示第二号", fontname=MINCHO, fontsize=12)
    page.insert_text((54, 175), "北野語を書き表すための「北野語の表記」のよりどころを次のように定める。", fontname=MINCHO,
                     fontsize=12)
    page.insert_text((66, 230), "平成三年六月二十八日", fontname=MINCHO, fontsize=12)
    _right(page, 266, "北野大臣　山田　太郎", 12, 545)
    _centred(page, 374, "北野語の表記", 13)
    _text(page, 420, 12)
    doc.save(path)
    return path


BOOK_BODY = "北野村"


def build_budget_book_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 155, "令和６年度", 26, GOTHIC)
    _centred(page, 280, "一般会計予算書", 36, GOTHIC)
    _centred(page, 360, "（附予算説明書）", 26, GOTHIC)
    _centred(page, 738, BOOK_BODY, 30, GOTHIC)
    page = doc.new_page()
    page.insert_text((85, 90), "予算総則", fontname=GOTHIC, fontsize=14)
    _text(page, 120, 10)
    doc.save(path)
    return path


SECRETARIAT = ["北野村デジタル化支援事業事務局", "（北野印刷株式会社）"]


def build_secretariat_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 110, "北野村デジタル化支援事業費補助金", 12)
    _centred(page, 175, "交付規程", 14)
    _centred(page, 270, "通常枠", 14)
    _centred(page, 569, SECRETARIAT[0], 14)
    _centred(page, 596, SECRETARIAT[1], 14)
    page = doc.new_page()
    page.insert_text((85, 90), "（通則）", fontname=GOTHIC, fontsize=11)
    _text(page, 120, 10)
    doc.save(path)
    return path


BUDGET_TITLE = "令和２年度北野省第２次補正予算（案）"


def build_budget_paper(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 90, BUDGET_TITLE, 18, GOTHIC)
    page.insert_text((57, 150), "生活に困っている学生等の支援", fontname=GOTHIC, fontsize=16)
    page.insert_text((70, 180), "◆困窮学生等に対する支援　１５３億円", fontname=GOTHIC, fontsize=14)
    _text(page, 205, 10, 12)
    doc.save(path)
    return path


MINUTES_BODY = "北野村感染症対策アドバイザリーボード"


def build_minutes_unnumbered(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 112, MINUTES_BODY + "議事概要", 12)
    for y, row in [(148, "開催日時：令和２年２月１０日（月）１７時００分～１９時００分"), (166, "場所：共用第７会議室"),
                   (184, "出席者：北野座長、南構成員、東構成員")]:
        page.insert_text((85, y), row, fontname=MINCHO, fontsize=12)
    _text(page, 220, 10, 12)
    doc.save(path)
    return path
