"""A budget book (予算書) built with PyMuPDF, one face (Mincho) and no bold: a cover, then pages that are
tables from top to bottom — 第１表　　歳入歳出予算 over 歳　　入 and its table, then the part's page opening
with its title 歳入歳出予算事項別明細書 centred over the table in 14 pt, １　総　　括 and （歳　　入） at the
left in the same size over the table. The book has no running text: its one long line outside the tables
is the part's title. The tests are in test_budget15_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"
PART = "歳入歳出予算事項別明細書"
NAMES = ["富士見市土地開発公社用地取得事業", "都市計画道路整備事業用地取得費", "市営住宅長寿命化改善事業費補助",
         "地域公共交通活性化協議会負担金", "学校施設環境改善交付金対象事業", "公共下水道事業特別会計繰出金"]


def _table(page: pymupdf.Page, top: float, rows: int) -> None:
    """A ruled table across the page (40–555 pt): 款 | 本年度 | 前年度 | 比較, a name of 14 letters and
    three amounts a row, in 9.4 pt."""
    xs, ys = [40, 260, 360, 460, 555], [top + 20 * k for k in range(rows + 2)]
    for y in ys:
        page.draw_line((xs[0], y), (xs[-1], y), color=(0, 0, 0), width=0.5)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), color=(0, 0, 0), width=0.5)
    for k, head in enumerate(["款", "本年度予算額", "前年度予算額", "比較"]):
        page.insert_text((xs[k] + 4, ys[0] + 14), head, fontname=MINCHO, fontsize=9.4)
    for r in range(rows):
        y = ys[r + 1] + 14
        page.insert_text((xs[0] + 4, y), NAMES[r % len(NAMES)], fontname=MINCHO, fontsize=9.4)
        for k, amount in enumerate([f"{1200 + 37 * r:,}", f"{1100 + 29 * r:,}", f"{100 + 8 * r:,}"]):
            page.insert_text((xs[k + 1] + 40, y), amount, fontname=MINCHO, fontsize=9.4)


def _centred(page: pymupdf.Page, y: float, text: str, size: float) -> None:
    page.insert_text(((page.rect.width - size * len(text)) / 2, y), text, fontname=MINCHO, fontsize=size)


def build_budget_book(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _centred(page, 250, "令和６年度", 26)
    _centred(page, 330, "一般会計予算書", 36)
    _centred(page, 600, "富士見市", 30)
    page = doc.new_page(width=595, height=842)
    page.insert_text((77, 42), "第１表　　歳入歳出予算", fontname=MINCHO, fontsize=13.8)
    page.insert_text((77, 60), "歳　　入", fontname=MINCHO, fontsize=13.8)
    _table(page, 75, 30)
    page = doc.new_page(width=595, height=842)
    _centred(page, 52, PART, 14)
    page.insert_text((63, 68), "１　総　　括", fontname=MINCHO, fontsize=14)
    page.insert_text((63, 86), "（歳　　入）", fontname=MINCHO, fontsize=14)
    _table(page, 100, 30)
    doc.save(path)
    return path
