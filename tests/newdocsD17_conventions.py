"""Documents built for the conventions newdocsD17 taught (session 17, round 2), each named for what it shows.

- build_open_band_list: a prefecture's list printed from Excel — tests/real/niigata_kinkyu_hinin_iryokikan_ichiran_2020
  (新潟県福祉保健部医務薬事課, Excel 2016): a title, the department's line under it at the right, and one ruled table
  whose first row is a band 基本情報 merged across every column over the column headings, ruled along its top, its
  bottom and its left side only (the column rules start under it; the band's right side is left undrawn).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from cover_conventions import GOTHIC

TITLE, DEPARTMENT, BAND = "医療機関等一覧（都道府県集計用）", "○○県福祉保健部医務薬事課　000-000-0000", "基本情報"
HEADER = ["施設名", "郵便番号", "住所", "電話番号", "在庫の有無"]
ROWS = [["中央病院", "950-0001", "○○市中央一丁目1番1号", "025-000-0001", "有"],
        ["北病院", "950-0002", "○○市北二丁目2番2号", "025-000-0002", "無"],
        ["南クリニック", "950-0003", "○○市南三丁目3番3号", "025-000-0003", "有"],
        ["東レディースクリニック", "950-0004", "○○市東四丁目4番4号", "025-000-0004", "有"]]
XS = [50, 160, 230, 400, 480, 545]
TOP, ROW = 130.0, 22.0


def _line(page: pymupdf.Page, a: tuple[float, float], b: tuple[float, float]) -> None:
    page.draw_line(a, b, color=(0, 0, 0), width=0.9)


def build_open_band_list(path: Path, right_side: bool = False) -> Path:
    """`right_side`: the band's right side drawn too (a closed band: the same table)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((170, 70), TITLE, fontname=GOTHIC, fontsize=14)
    page.insert_text((330, 100), DEPARTMENT, fontname=GOTHIC, fontsize=9)
    ys = [TOP + ROW * k for k in range(len(ROWS) + 3)]
    for y in ys:                                     # every row rule across the whole table
        _line(page, (XS[0], y), (XS[-1], y))
    _line(page, (XS[0], ys[0]), (XS[0], ys[-1]))     # the left side from the band's top
    for x in XS[1:]:                                 # the column rules (and the right side) start under the band
        _line(page, (x, ys[1]), (x, ys[-1]))
    if right_side:
        _line(page, (XS[-1], ys[0]), (XS[-1], ys[1]))
    page.insert_text((270, ys[0] + 15), BAND, fontname=GOTHIC, fontsize=9)
    for r, cells in enumerate([HEADER] + ROWS):
        for c, text in enumerate(cells):
            page.insert_text((XS[c] + 3, ys[r + 1] + 15), text, fontname=GOTHIC, fontsize=9)
    doc.save(path)
    return path
