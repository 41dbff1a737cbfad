"""A budget book as a council's portal files it (tests/real: nankoku_tochi_shutoku_tokubetsu_kaikei_yosan_2026, iText
Core 7.2.4 assembling a budget system's tables behind covers in display type), built with PyMuPDF (issue 19: producers
the corpus did not hold).

* `build_bound_budget`: A4 pages (the real book's are landscape; landscape pages headed larger than the body are
  read as a slide deck, another convention). A cover: the budget's name alone, one centred row in 20 pt. A part's title
  page: two centred rows in 20 pt far apart — the fiscal year over the name of the 説明書. Then the 明細書's pages, set
  in 10–12 pt: the section mark １.総　括 at the top left in the cells' size, the part's title centred and letter-spaced
  in 12 pt under it, （歳入） and （単位：千円） over a ruled table of short names and amounts; the next section ２.歳　入
  over a 款 … 項 … caption line and its table. No running text at all: the only long lines are the two covers' rows.
  The table pages are numbered at their foot between horizontal bars (U+2015), 「―　141　―」, as the budget system
  prints them.

Truth beside the builder; the tests are in test_newdocsB17_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_FONT = "japan"
COVER = "令和７年度北浜町駐車場事業特別会計予算"
PART_ROWS = ("令和７年度", "北浜町駐車場事業予算に関する説明書")
PART_TITLE = "".join(PART_ROWS)
SECTIONS = (("1.", "総　括"), ("2.", "歳　入"))
HEADINGS = [(1, "", PART_TITLE), (2, "1.", "総括"), (2, "2.", "歳入")]   # (level, label, title)
PAGE_NUMBERS = ("―　141　―", "―　142　―")
_CELL = 10.0
_NAMES = ["使用料及び手数料", "繰越金", "諸収入", "財産収入"]


def _centred(page: pymupdf.Page, y: float, text: str, size: float) -> None:
    page.insert_text(((page.rect.width - size * len(text)) / 2, y), text, fontname=_FONT, fontsize=size)


def _table(page: pymupdf.Page, top: float, heads: list[str], rows: int) -> None:
    """A ruled table across the page (26–570 pt), a short name and amounts a row, in the cells' 10 pt."""
    xs = [26 + (570 - 26) * k / len(heads) for k in range(len(heads) + 1)]
    ys = [top + 24 * k for k in range(rows + 2)]
    for y in ys:
        page.draw_line((xs[0], y), (xs[-1], y), color=(0, 0, 0), width=0.5)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), color=(0, 0, 0), width=0.5)
    for k, head in enumerate(heads):
        page.insert_text((xs[k] + 6, ys[0] + 16), head, fontname=_FONT, fontsize=_CELL)
    for r in range(rows):
        y = ys[r + 1] + 16
        page.insert_text((xs[0] + 6, y), f"{r + 1}.{_NAMES[r % len(_NAMES)]}", fontname=_FONT, fontsize=_CELL)
        for k in range(1, len(heads)):
            page.insert_text((xs[k + 1] - 50, y), f"{120 + 37 * r + k:,}", fontname=_FONT, fontsize=_CELL)


def build_bound_budget(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _centred(page, 380, COVER, 20)
    page = doc.new_page(width=595, height=842)
    _centred(page, 320, PART_ROWS[0], 20)
    _centred(page, 402, PART_ROWS[1], 20)
    page = doc.new_page(width=595, height=842)
    page.insert_text((46, 48), "".join(SECTIONS[0]), fontname=_FONT, fontsize=_CELL)
    _centred(page, 64, "　".join("歳入歳出予算事項別明細書"), 12)
    page.insert_text((26, 88), "（歳入）", fontname=_FONT, fontsize=11)
    page.insert_text((493, 88), "（単位：千円）", fontname=_FONT, fontsize=11)
    _table(page, 95, ["款", "本年度予算額", "前年度予算額", "比　較"], 4)
    _centred(page, 815, PAGE_NUMBERS[0], 10)
    page = doc.new_page(width=595, height=842)
    page.insert_text((46, 48), "".join(SECTIONS[1]), fontname=_FONT, fontsize=_CELL)
    page.insert_text((28, 72), "款　1.使用料及び手数料", fontname=_FONT, fontsize=_CELL)
    page.insert_text((300, 72), "項　1.使用料", fontname=_FONT, fontsize=_CELL)
    _table(page, 85, ["目", "本年度", "前年度", "比　較", "説　明"], 3)
    _centred(page, 815, PAGE_NUMBERS[1], 10)
    doc.save(path)
    return path
