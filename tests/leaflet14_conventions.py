"""A designed leaflet's table of filled cells and its captions on coloured bands, typeset as a layout
program sets them (issue 19: a cabinet office leaflet from Illustrator), with what a reader counts:

- build_level_table: a table of levels, each row a rectangle filled with its level's colour and
  stroked grey (1 pt), the header's two cells filled grey; in each body row a stroked box over the
  first two columns, divided between them (the level's number | a picture and its label), the third
  column the level's information. In each middle cell a line drawing in fine strokes (0.3 pt): a
  frame round the scene standing on the row's foot, roofs and figures drawn as short lines inside it.
  One table of 6 rows × 3 columns, the header's right cell spanning two; the picture's strokes no rule.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

FONT = "japan"
GREY = (0.6, 0.6, 0.6)
HEADER = ["警戒レベル", "新たな避難情報等"]
LEVELS = [("5", "災害発生", "緊急安全確保", (0.1, 0.1, 0.1)), ("4", "災害の恐れ", "避難指示", (0.5, 0.2, 0.6)),
          ("3", "災害の兆し", "高齢者等避難", (0.9, 0.3, 0.1)), ("2", "気象状況悪化", "大雨注意報", (1, 0.9, 0)),
          ("1", "悪化のおそれ", "早期注意情報", (1, 1, 1))]
COLUMNS = (40.0, 100.0, 215.0, 400.0)


def _picture(page: pymupdf.Page, x0: float, y0: float, y1: float) -> None:
    """A line drawing in fine strokes: its frame standing on the row's foot (y1, half a point over
    it), a house's walls and roof and two figures drawn as short lines inside."""
    fine = {"color": (0.2, 0.2, 0.2), "width": 0.3}
    page.draw_rect(pymupdf.Rect(x0 + 22, y0 + 14, x0 + 96, y1 - 0.5), **fine)
    for k in range(4):   # windows, walls, people: short strokes, some meeting the frame
        x = x0 + 30 + 15 * k
        page.draw_line((x, y0 + 12), (x, y0 + 30), **fine)
        page.draw_line((x, y0 + 18), (x + 8, y0 + 18), **fine)
        page.draw_line((x + 8, y0 + 24), (x + 8, y0 + 36), **fine)


def build_level_table(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 60), "避難情報の一覧", fontname=FONT, fontsize=20)
    a, b, c, d = COLUMNS
    top, head, row = 100.0, 22.0, 56.0
    stroke = {"color": GREY, "width": 1.0}
    page.draw_rect(pymupdf.Rect(a, top, b, top + head), fill=(0.85, 0.85, 0.85), **stroke)
    page.draw_rect(pymupdf.Rect(b, top, d, top + head), fill=(0.85, 0.85, 0.85), **stroke)
    page.insert_text((a + 4, top + 15), HEADER[0], fontname=FONT, fontsize=10)
    page.insert_text((c, top + 15), HEADER[1], fontname=FONT, fontsize=10)
    y = top + head
    for number, label, info, colour in LEVELS:
        page.draw_rect(pymupdf.Rect(a, y, d, y + row), fill=colour, **stroke)
        page.draw_rect(pymupdf.Rect(a, y, c, y + row), **stroke)   # the box over the first two columns
        page.draw_line((b, y), (b, y + row), **stroke)
        _picture(page, b, y, y + row)
        page.insert_text((a + 20, y + 36), number, fontname=FONT, fontsize=24)
        page.insert_text((b + 4, y + row - 4), label, fontname=FONT, fontsize=7)
        page.insert_text((c + 30, y + 34), info, fontname=FONT, fontsize=16)
        y += row
    body = "避難とは難を避けること。安全な場所にいる人は避難する必要はありません。"
    for r in range(4):
        page.insert_text((40, y + 30 + 18 * r), body, fontname=FONT, fontsize=12)
    doc.save(str(path))
    return path


CAPTIONS = [["行政が指定した避難場所", "への立退き避難"], ["安全な親戚・知人宅", "への立退き避難"],
            ["安全なホテル・旅館", "への立退き避難"], ["屋内安全確保"]]
PANEL_TEXT = ["普段から災害時に避難することを", "相談しておきましょう。", "ハザードマップで安全か",
              "どうかを確認しましょう。"]
BOLD = {"render_mode": 2, "border_width": 0.03}


def build_region_captions(path: Path) -> Path:
    """A leaflet's page of four panels (2 × 2 boxes with rounded corners, narrower than the page's
    text), each headed by its caption in bold 15 pt on a filled band with rounded corners set across
    the panel's top (one row or two, the band of one height), the panel's text in 11 pt under it,
    and a picture's label in a small filled box lower in each panel; over the panels a lead in
    running text."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    lead = "避難とは難を避けること。安全な場所にいる人は避難する必要はありません。"
    for r in range(3):
        page.insert_text((40, 60 + 16 * r), lead, fontname=FONT, fontsize=11)
    for k, caption in enumerate(CAPTIONS):
        x, y = 40 + 265 * (k % 2), 130 + 330 * (k // 2)
        page.draw_rect(pymupdf.Rect(x, y, x + 250, y + 310), color=(0.2, 0.4, 0.8), fill=(1, 1, 1), radius=0.05)
        band = pymupdf.Rect(x - 6, y + 10, x + 180, y + 62)
        page.draw_rect(band, color=(0.1, 0.3, 0.7), fill=(1, 0.97, 0.8), width=1.5, radius=0.2)
        top = y + 32 if len(caption) == 2 else y + 42
        for r, row in enumerate(caption):
            page.insert_text((x + 6 + 20 * r, top + 20 * r), row, fontname=FONT, fontsize=15, **BOLD)
        for r, row in enumerate(PANEL_TEXT):
            page.insert_text((x + 60, y + 100 + 16 * r), row, fontname=FONT, fontsize=11)
        page.draw_rect(pymupdf.Rect(x + 20, y + 230, x + 70, y + 246), color=(0, 0, 0), fill=(1, 1, 1), radius=0.2)
        page.insert_text((x + 26, y + 242), "公民館", fontname=FONT, fontsize=8)
    doc.save(str(path))
    return path
