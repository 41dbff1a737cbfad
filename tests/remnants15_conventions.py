"""Built with PyMuPDF (issue 19: documents nobody has seen) for session 15's remnants: a poster's text set in
boxes drawn apart, read box by box (reading_order.box_by_box). Truth beside the builder; the tests are in
test_remnants15_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC = "japan"
WIDTH, HEIGHT = 842, 595

# build_boxed_poster: a one-page landscape poster, its title across the top; under it, on the left, a grey
# rounded box (an org chart's headquarters) holding three short rows, and on the right, at the same heights,
# a few loose labels outside any box (a figure's words), then two framed boxes side by side lower down, each
# holding three short rows. No column of running text: no gutter. A reader reads each box whole; the loose
# labels stand on their own.
TITLE = "北野市ＤＸ推進方針の概要"
LEFT_BOX = ["推進本部", "本部長（市長）", "副本部長（副市長）"]
LOOSE = ["全体像（案）", "目的と方針", "行政手続の簡素化"]
LOWER_LEFT = ["情報技術を活", "用した業務改", "革の推進"]
LOWER_RIGHT = ["マイナンバー", "カードの普及", "と利用促進"]


def _rows(page: pymupdf.Page, x: float, y: float, rows: list[str], size: float = 11) -> None:
    for k, text in enumerate(rows):
        page.insert_text((x, y + k * 2 * size), text, fontname=GOTHIC, fontsize=size)


def build_boxed_poster(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=WIDTH, height=HEIGHT)
    page.insert_text((60, 60), TITLE, fontname=GOTHIC, fontsize=22)
    page.draw_rect(pymupdf.Rect(60, 120, 300, 210), color=None, fill=(0.85, 0.85, 0.85), radius=0.1)
    _rows(page, 80, 145, LEFT_BOX)
    _rows(page, 520, 150, LOOSE)
    for x, rows in ((60, LOWER_LEFT), (200, LOWER_RIGHT)):
        page.draw_rect(pymupdf.Rect(x, 300, x + 120, 390), color=(0, 0, 0), width=0.75)
        _rows(page, x + 12, 325, rows)
    doc.save(path)
    return path
