"""Documents built for the conventions newdocsC17 taught (session 17), each named for what it shows.

- build_form_sample: a form's filled-in sample (記載例) — tests/real/nankoku_gikai_seimu_katsudohi_suitobo_kisairei_2019
  (南国市議会's 政務活動費 出納簿, Word 2016): the form number 第１号様式 at the top left, 記載例 boxed at the top right,
  the form's title centred with a field under it (議員名 ○ ○ ○ ○ on a rule), a ruled ledger of 7 columns whose lower
  rows are empty boxes to fill in, a legend under it in a little smaller type; two explanations in text boxes framed by a dashed border, each with a dashed
  arrow drawn dash by dash (small filled quads and a triangular head) pointing into the ledger — one beside the
  title above the ledger, one laid over the ledger's empty rows across four of its columns.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from cover_conventions import GOTHIC

FORM_NO, STAMP, TITLE, FIELD = "第１号様式", "記載例", "令和○○年度　政務活動費　出納簿", "議員名　○　○　○　○"
HEADER = ["整理番号", "月日", "項目", "摘要", "収入金額", "支出金額", "差引残高"]
ROWS = [["", "4.28", "", "政務活動費", "120,000", "", "120,000"], ["1", "5.11", "1", "行政視察旅費", "", "67,840", "52,160"],
        ["2", "8.4", "2", "研修会参加旅費", "", "48,290", "3,870"]]
EMPTY_ROWS = 12
XS = [66, 99, 135, 170, 376, 432, 489, 546]
NOTE_ABOVE = ("最終の支出日でまと", "めて記載する。")
NOTE_OVER = ("クレジットカード払いのときは、通常は", "商品購入の日で整理する。")
BLUE = (0.22, 0.365, 0.541)
LEGEND = ["※項目…", "1.調査研究費", "2.研修費", "3.広報費", "4.広聴費", "8.資料購入費"]


def _dashed_box(page: pymupdf.Page, box: tuple[float, float, float, float], white: bool) -> None:
    shape = page.new_shape()
    shape.draw_rect(pymupdf.Rect(*box))
    shape.finish(color=BLUE, fill=(1, 1, 1) if white else None, width=1.5, dashes="[4.5 1.5] 0")
    shape.commit()


def _dashed_arrow(page: pymupdf.Page, x0: float, y0: float, x1: float, y1: float) -> None:
    """A dashed arrow from (x0, y0) down to (x1, y1) drawn as Word draws it: one filled path of small quads, each
    dash 1.5 pt wide and 4.5 pt long, a little off the vertical, then a triangular head."""
    shape = page.new_shape()
    down = 1 if y1 > y0 else -1
    for k in range(int((abs(y1 - y0) - 6) // 6)):
        ya, yb = y0 + down * 6 * k, y0 + down * (6 * k + 4.5)
        xa, xb = x0 + (x1 - x0) * (ya - y0) / (y1 - y0), x0 + (x1 - x0) * (yb - y0) / (y1 - y0)
        shape.draw_polyline([(xa + 0.75, ya), (xb + 0.75, yb), (xb - 0.75, yb), (xa - 0.75, ya), (xa + 0.75, ya)])
    shape.draw_polyline([(x1 + 3, y1 - 6 * down), (x1, y1), (x1 - 3, y1 - 6 * down), (x1 + 3, y1 - 6 * down)])
    shape.finish(color=None, fill=BLUE, width=0)
    shape.commit()


def build_form_sample(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((71, 62), FORM_NO, fontname=GOTHIC, fontsize=11)
    box = page.new_shape()
    box.draw_rect(pymupdf.Rect(468, 52, 541.5, 79))
    box.finish(color=(0, 0, 0), fill=(1, 1, 1), width=0.75)
    box.commit()
    page.insert_text((484, 71), STAMP, fontname=GOTHIC, fontsize=14)
    page.insert_text((208, 78), TITLE, fontname=GOTHIC, fontsize=12)   # a point over the form's 11 pt
    page.insert_text((357, 97), FIELD, fontname=GOTHIC, fontsize=11)
    page.draw_line((390, 99), (544, 99), width=0.5)
    page.insert_text((494, 116), "   (円)", fontname=GOTHIC, fontsize=11)   # set flush right by spaces before it
    ys = [123 + 28.6 * k for k in range(len(ROWS) + EMPTY_ROWS + 2)]
    for y in ys:
        page.draw_line((XS[0], y), (XS[-1], y), width=0.5)
    for x in XS:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.5)
    page.insert_text((XS[0] + 6, ys[0] + 12), HEADER[0][:2], fontname=GOTHIC, fontsize=10.5)   # 整理 / 番号: two lines
    page.insert_text((XS[0] + 6, ys[0] + 24), HEADER[0][2:], fontname=GOTHIC, fontsize=10.5)
    for r, row in enumerate([HEADER] + ROWS):
        for c, text in enumerate(row):
            if text and (r, c) != (0, 0):
                font = "helv" if text[:1].isdigit() else GOTHIC
                page.insert_text((XS[c] + 4, ys[r] + 18), text, fontname=font, fontsize=11 if r else 10.5)
    for k, text in enumerate(LEGEND):   # the legend under the ledger, a little smaller than the form's type
        page.insert_text((64 + 54 * k, ys[-1] + 16), text, fontname=GOTHIC, fontsize=10.5)
    _dashed_box(page, (69, 76, 186, 113), white=False)
    for k, text in enumerate(NOTE_ABOVE):
        page.insert_text((77, 90 + 12 * k), text, fontname=GOTHIC, fontsize=11)
    _dashed_arrow(page, 117, 114, 112, ys[2] + 14)
    over = (73, ys[6] + 6, 283, ys[7] + 14)
    _dashed_box(page, over, white=True)
    for k, text in enumerate(NOTE_OVER):
        page.insert_text((81, over[1] + 14 + 12 * k), text, fontname=GOTHIC, fontsize=11)
    _dashed_arrow(page, 125, over[1] - 1, 122, ys[4] + 14)   # up into the ledger
    doc.save(path)
    return path


# an attachment printed as a file of its own (tests/real/chuokai_monozukuri_ryohi_shikyu_kijun_2020, Word 2019): its
# label and name on one boxed row at the top left, the date and the issuer flush right under it, chapters and articles
ATTACHMENT_LABEL, ATTACHMENT_NAME = "【別紙１】", "旅費支給に関する基準"
ATTACHMENT_ROWS = ["２０２０年３月１０日", "北野市中小企業団体中央会"]
CHAPTERS = [("第１章", "総　　則", "（目　的）", "第１条", "本基準は、北野市の補助事業における旅費支給について定めるものとする。"),
            ("第２章", "国内出張の旅費", "（旅費の計算）", "第２条", "旅費は、最も経済的な通常の経路及び方法により計算する。")]


def build_labelled_attachment(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    box = page.new_shape()
    box.draw_rect(pymupdf.Rect(41, 31, 240, 57))
    box.finish(color=(0, 0, 0), fill=(1, 1, 1), width=0.75)
    box.commit()
    page.insert_text((49, 48), ATTACHMENT_LABEL + ATTACHMENT_NAME, fontname=GOTHIC, fontsize=12)
    for k, text in enumerate(ATTACHMENT_ROWS):
        page.insert_text((565 - 10.6 * len(text), 74 + 18 * k), text, fontname=GOTHIC, fontsize=10.6)
    y = 128.0
    for chapter, name, caption, article, text in CHAPTERS:
        page.insert_text((250, y), f"{chapter}　{name}", fontname=GOTHIC, fontsize=10.6)
        page.insert_text((36, y + 36), caption, fontname=GOTHIC, fontsize=10.6)
        page.insert_text((36, y + 54), f"{article}　{text}", fontname=GOTHIC, fontsize=10.6)
        for k in range(2, 6):   # more rows than a cover holds (headings.cover_lines)
            page.insert_text((36, y + 54 + 18 * k - 18), f"{'２３４５'[k - 2]}　前項の規定にかかわらず、事務局が認めた場合はこの限りでない。",
                             fontname=GOTHIC, fontsize=10.6)
        y += 198
    doc.save(path)
    return path
