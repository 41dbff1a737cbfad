"""Rules (規程・要綱・法令) typeset as word processors print them, each with its truth beside it:

- build_rules: one Mincho face and size throughout, nothing bold. Each article's caption stands
  in brackets on a line of its own right above the line its number opens (条見出し: （通則） /
  第１条 この規程は…). The
  articles' paragraphs (２ …) and items (（１）…, 一 …) are short lines of their own, no sentence
  closed on them — still the article's text. 第１章 above the articles nests them; the
  supplementary provisions (附　則, one indented with the amending rule's number) close the
  main text.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"
BODY = 10.5

# (depth, label, title): the headings of build_rules
RULES = [(1, "第１章", "総則"), (2, "第１条", "通則"), (2, "第２条", "定義"), (2, "第３条", "交付の申請"),
         (2, "第４条", "委任"), (1, "", "附則"), (1, "", "附則（規程令７第２号）")]
_TEXT = ("この規程は、補助金の交付に関し必要な事項を定めるものとし、関係する法令の定めによるほか、",
         "この規程の定めるところによる。")


def _line(page: pymupdf.Page, y: float, text: str, x: float = 70.0) -> float:
    page.insert_text((x, y), text, fontname=MINCHO, fontsize=BODY)
    return y + 16


def _article(page: pymupdf.Page, y: float, caption: str, number: str, items: list[str]) -> float:
    if caption:
        y = _line(page, y, f"（{caption}）", 80.5)
    y = _line(page, y, f"{number}　{_TEXT[0]}")
    y = _line(page, y, _TEXT[1], 80.5)
    for item in items:
        y = _line(page, y, item, 80.5)
    return y + 4


def build_rules(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = _line(page, 80, "補助金交付規程", 240)
    y = _line(page, y + 10, "第１章　総則", 80.5)
    y = _article(page, y, "通則", "第１条", [])
    y = _article(page, y, "定義", "第２条", ["（１）補助事業者　交付の決定を受けた者", "（２）補助対象経費　別表に定める経費",
                                           "２　前項の経費の額は、別に定める"])
    y = _article(page, y, "交付の申請", "第３条", ["一　事業の計画", "二　経費の配分"])
    y = _article(page, y, "委任", "第４条", [])
    y = _line(page, y, "附　則", 90)
    y = _line(page, y, "　この規程は、令和７年４月１日から施行する。")
    y = _line(page, y, "　附　則（規程令７第２号）", 80)
    _line(page, y, "　この規程は、令和７年９月１日から施行する。")
    doc.save(path)
    return path


# build_call: a call for applications (公募要領) all in one Gothic size: the cover's notice box opens with
# bands (【応募方法】, each over its sentence); then the outline １． > （１） > Ⅰ with bands 【…】 and ＜…＞
# alone on their lines above paragraphs, under the heading they follow; a ＜…＞ label centred over a
# figure and one right above a bulleted list name those blocks, no headings.
CALL = [(1, "", "【応募方法】"), (1, "", "【受付期間】"), (1, "１．", "事業の目的"), (2, "（１）", "補助対象者"),
        (3, "Ⅰ", "補助事業の要件"), (4, "", "【賃上げ要件について】"), (4, "", "＜返還について＞"),
        (3, "Ⅱ", "事業者の範囲"), (4, "", "＜中小企業者の定義＞"), (1, "２．", "補助対象経費"), (2, "", "【注意事項】")]
_PARAGRAPH = ("本事業は、中小企業等の成長を加速するため、大規模な投資を行う事業者を支援するものであり、",
              "その要件は以下のとおりとする。")
GOTHIC = "japan"


def _para(page: pymupdf.Page, y: float) -> float:
    page.insert_text((70, y), _PARAGRAPH[0], fontname=GOTHIC, fontsize=11)
    page.insert_text((70, y + 17), _PARAGRAPH[1], fontname=GOTHIC, fontsize=11)
    return y + 40


def _head(page: pymupdf.Page, y: float, text: str, x: float = 70.0) -> float:
    page.insert_text((x, y), text, fontname=GOTHIC, fontsize=11)
    return y + 20


def build_call(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 80.0
    for _, label, title in CALL[:2]:
        y = _para(page, _head(page, y, label + title))
    y = _para(page, _head(page, y, "＜事業のイメージ＞", 240))   # centred over a figure: its label
    page.draw_rect(pymupdf.Rect(150, y, 450, y + 60), width=0.8)
    y += 80
    for _, label, title in CALL[2:9]:
        y = _para(page, _head(page, y, label + title))
        if y > 700:
            page, y = doc.new_page(), 80.0
    y = _head(page, y, "＜主な事業＞")   # above a bulleted list: its label
    y = _head(page, y, "・設備投資の支援", 81)
    y = _head(page, y, "・人材育成の支援", 81) + 6
    for _, label, title in CALL[9:]:
        y = _para(page, _head(page, y, label + title))
    doc.save(path)
    return path
