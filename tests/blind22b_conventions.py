"""Documents typeset here after kinds first met in session 22 (blind22b), none of whose words the code knows:

- build_as_of_sheet: a spreadsheet printed to PDF — a title opening with 各都道府県 (every prefecture's figures),
  its as-of line "2021/6/14 24時時点" over the table, a header cell shaped as an L (入院治療等を / 要する者 over two
  columns in the first header row, the rule under it drawn over its right column only, for うち重症), its last line
  （人） set down into the corner.
- build_committee_rules: a 要綱 of a city's committee: its title in two larger rows, its first article's caption
  （趣旨） right under them over 第１条, and a 附則 whose enacting sentence goes on to the day the rules lapse
  (…から施行し、…その効力を失う。).
- build_hung_items: a tender's notes — a sentence item (３) listing what a bid must state, ア and イ sentences run to
  the column's edge and wrapped under their titles (a hanging indent), then ウ 入札金額 over a line explaining it.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY = 12.0
_MINCHO, _GOTHIC = "japan", "china-s"
LEFT = 85.0
WIDTH = 35   # letters of a full row at 12 pt from LEFT

SHEET_TITLE = "各都道府県の検査陽性者の状況（国内事例）"
AS_OF = "2021/6/14 24時時点"
L_HEADER = ("入院治療等を", "要する者", "（人）")
CORNER = "うち重症"
SHEET_ROWS = [("北海道", "40,546", "3,716", "34", "1,301"), ("青森", "2,448", "62", "2", "30"),
              ("合計", "42,994", "3,778", "36", "1,331")]

RULES_TITLE = ("北野市情報システム導入業務", "委託事業者選定委員会設置要綱")
ARTICLES = [("第１条", "趣旨", "この要綱は、委員会の設置に関して必要な事項を定めるものとする。"),
            ("第２条", "設置", "情報システム導入業務を委託する事業者を選定するため、委員会を設置する。"),
            ("第３条", "会議", "委員会は、委員長が招集する。")]
ENACTED = "この要綱は令和７年１０月１６日から施行し、落札者の決定を公にした日の翌日にその効力を失う。"
TAKES_EFFECT = "2025-10-16"

BID_ITEMS = [("ア", "入札参加者の住所、会社（商店）名、入札者氏名及び押印（外国人にあ", "っては、署名をもって押印に代えることができる。）"),
             ("イ", "代理人が入札する場合は、入札参加者の住所、会社（商店）名、受任者", "氏名（代理人の氏名）及び押印"),
             ("ウ", "入札金額", "消費税及び地方消費税を含まない金額を記載すること。"),
             ("エ", "履行場所", None), ("オ", "品名及び数量", None)]


def _text(page: pymupdf.Page, x: float, y: float, text: str, font: str = _MINCHO, size: float = BODY) -> None:
    page.insert_text((x, y), text, fontname=font, fontsize=size)


def build_as_of_sheet(path: Path) -> Path:
    """Columns 100–200–280–360–440–520; header rows 182–209–237 (the rule at 209 over 360–440 only, and the column
    rule at 360 from 209 down: 入院治療等を / 要する者 spans 280–440 in the first header row and 280–360 in the
    second, where （人） stands), then three rows of 18 pt."""
    doc = pymupdf.open()
    page = doc.new_page()
    _text(page, 100, 120, SHEET_TITLE, _GOTHIC, 20)
    _text(page, 110, 170, AS_OF, _GOTHIC, 11)
    xs, top, mid, head = (100.0, 200.0, 280.0, 360.0, 440.0, 520.0), 182.0, 209.0, 237.0
    ys = [head + 18 * k for k in range(len(SHEET_ROWS) + 1)]
    for y in (top, *ys):
        page.draw_line((xs[0], y), (xs[-1], y), width=0.5)
    page.draw_line((xs[3], mid), (xs[4], mid), width=0.5)
    for x in (xs[0], xs[1], xs[2], xs[4], xs[5]):
        page.draw_line((x, top), (x, ys[-1]), width=0.5)
    page.draw_line((xs[3], mid), (xs[3], ys[-1]), width=0.5)
    _text(page, 118, 215, "都道府県名", _GOTHIC, 11)
    _text(page, 212, 215, "陽性者数", _GOTHIC, 11)
    for k, row in enumerate(L_HEADER):
        _text(page, 300 + 6 * k, 195 + 12 * k, row, _GOTHIC, 11)
    _text(page, 377, 228, CORNER, _GOTHIC, 11)
    _text(page, 455, 215, "死亡（人）", _GOTHIC, 11)
    for r, row in enumerate(SHEET_ROWS):
        for c, cell in enumerate(row):
            _text(page, xs[c] + 8, ys[r] + 13, cell, _GOTHIC, 11)
    rename_fonts(doc, "/MeiryoUI", "/MeiryoUI-Bold")
    doc.save(path)
    return path


def build_committee_rules(path: Path) -> Path:
    """The title's two rows in 16 pt Gothic, centred; each article's caption in brackets on the line above 第Ｎ条, its
    text and a second paragraph ２ under it; 附　則 set in two letters, its enacting sentence under it."""
    doc = pymupdf.open()
    page = doc.new_page()
    for k, row in enumerate(RULES_TITLE):
        _text(page, 297 - 8 * len(row), 70 + 28 * k, row, _GOTHIC, 16)
    y = 140.0
    for number, caption, text in ARTICLES:
        _text(page, LEFT - 12, y, f"（{caption}）")
        _text(page, LEFT - 12, y + 21, f"{number}　{text}")
        _text(page, LEFT - 12, y + 42, "２　前項に定めるもののほか、必要な事項は、委員長が別に定める。")
        y += 83
    _text(page, LEFT + 12, y, "附　則")
    _text(page, LEFT - 12, y + 21, "　" + ENACTED[:WIDTH])
    _text(page, LEFT - 12, y + 42, ENACTED[WIDTH:])
    rename_fonts(doc, "/MS-Mincho", "/MS-Gothic")
    doc.save(path)
    return path


def build_hung_items(path: Path) -> Path:
    """６.４ over its sentence items; (３)'s ア–オ one letter in, ア and イ filled to the column's edge and wrapped
    under their titles, ウ's explanation under its title, エ and オ bare names; (４) a sentence after them."""
    doc = pymupdf.open()
    page = doc.new_page()
    _text(page, LEFT, 100, "６.４　入札に関する留意事項")
    y = 128.0
    sentence = "入札参加者又はその代理人は、次の各号に掲げる事項を記載した入札書を提出す"
    _text(page, LEFT, y, "（３）" + sentence[:WIDTH - 3])
    _text(page, LEFT + 12, y + 18, sentence[WIDTH - 3:] + "ること。")
    y += 40
    for label, title, under in BID_ITEMS:   # ア and イ: 2 + 32 letters from LEFT + 12, to the edge the full rows end at
        _text(page, LEFT + 12, y, f"{label}　{title}")
        y += 18
        if under:
            _text(page, LEFT + 36, y, under)
            y += 18
        y += 4
    _text(page, LEFT, y + 4, "（４）入札書に記載する金額は、予定価格内の金額であること。")
    for k in range(4):
        _text(page, LEFT + 12, y + 40 + 18 * k, "入札参加者は、入札書及び入札に係る文書に日本語を使用するものとし、"[:WIDTH - 1])
    rename_fonts(doc, "/MS-Mincho", "/MS-Gothic")
    doc.save(path)
    return path
