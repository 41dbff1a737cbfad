"""Kinds oneplace25 builds, each typeset here with its truth beside it:

build_two_open_tables  a 統計書's page holding two statistics tables one under the other, each set as
                       blind24b_conventions.build_open_table sets one: a caption, a rule over the header and one under
                       it across the table's width, the header's column rules between them, the body open (one row per
                       year in small type, no rule between rows or columns but the 年次 column's, the sides open) and
                       one rule closing it; the two tables as wide, a caption and a line of text between them. Truth: two
                       tables, each its header row + one row per year × 5 columns (年次 | 総数 | 男 | 女 | 世帯数), 年次
                       its first cell, its last year its last row's.
build_side_by_side_open_tables  two such tables side by side on a landscape page, their headers on one row, each its
                       own width's rules: two tables as above.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan"
GOTHIC = "china-s"   # another typeface than the text's (a heading face)
_W, _H = 595, 842

TABLE_HEADS = ["年　次", "総数", "男", "女", "世帯数"]
FIRST_YEARS = [f"令和{n}年" for n in range(1, 8)]     # 7 rows
SECOND_YEARS = [f"平成{n}年" for n in range(20, 29)]  # 9 rows
_XS = (60, 130, 230, 330, 430, 530)   # the column edges: the sides where the rules end


def _open_table(page: pymupdf.Page, y: float, caption: str, years: list[str], xs: tuple[float, ...] = _XS) -> float:
    """One open-bodied table with its caption, its caption's baseline at y, its column edges xs; the y under its
    closing rule."""
    page.insert_text((xs[0] + (xs[-1] - xs[0]) / 3, y), caption, fontname=GOTHIC, fontsize=10)
    top, foot = y + 10, y + 26
    page.draw_line((xs[0], top), (xs[-1], top), width=0.6)
    page.draw_line((xs[0], foot), (xs[-1], foot), width=0.4)
    for x in xs[1:-1]:
        page.draw_line((x, top), (x, foot), width=0.4)
    for x, head in zip(xs, TABLE_HEADS):
        page.insert_text((x + 6, foot - 5), head, fontname=MINCHO, fontsize=8)
    row = foot
    for k, year in enumerate(years):
        row += 11
        page.insert_text((xs[0] + 4, row), year, fontname=MINCHO, fontsize=7.5)
        for j, x in enumerate(xs[1:-1]):
            page.insert_text((x + 6, row), f"{(k + 5) * (j + 11) * 97:,}", fontname=MINCHO, fontsize=7.5)
    page.draw_line((xs[1], foot), (xs[1], row + 4), width=0.4)   # the 年次 column's rule down the body
    page.draw_line((xs[0], row + 4), (xs[-1], row + 4), width=0.4)
    return row + 4


def build_two_open_tables(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((57, 70), "　人口と世帯数の推移は表１及び表２のとおりである。", fontname=MINCHO, fontsize=10.5)
    end = _open_table(page, 100, "表１　人口と世帯数（令和）", FIRST_YEARS)
    page.insert_text((57, end + 16), "注）各年10月１日現在の推計である。", fontname=MINCHO, fontsize=7)
    _open_table(page, end + 50, "表２　人口と世帯数（平成）", SECOND_YEARS)
    doc.save(path)
    return path


def build_side_by_side_open_tables(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_H, height=_W)
    page.insert_text((57, 60), "　人口と世帯数の推移は表１及び表２のとおりである。", fontname=MINCHO, fontsize=10.5)
    _open_table(page, 100, "表１　人口と世帯数（令和）", FIRST_YEARS, (40, 100, 170, 240, 310, 390))
    _open_table(page, 100, "表２　人口と世帯数（平成）", SECOND_YEARS, (430, 490, 560, 630, 700, 780))
    doc.save(path)
    return path
