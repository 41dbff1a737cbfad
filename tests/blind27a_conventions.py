"""Kinds blind27a builds from session 27's unseen settlement papers (a public-interest body's statements printed by
its accounting package):

build_notes_pages    three statements' pages, then the notes to them over two pages: the title 財務諸表に対する注記 centred at the top
                     of each page (the package prints it again over the part's next page), notes numbered on under it
                     (１．… on the first page, ３．… on the second), each note's caption over-printed a fraction of a
                     point apart four times (the package's bold), its text 9 pt under it. Truth: one heading
                     財務諸表に対する注記 (depth 1), the four notes under it (depth 2); the title printed again on the
                     second page heads nothing (the statements' titles: depth 1 each, the first the title).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_W, _H = 595, 842

NOTES = ("１．継続事業の前提に関する注記", "２．重要な会計方針", "３．重要な会計方針の変更", "４．法人で採用する退職給付制度")
NOTES_TITLE = "財務諸表に対する注記"
STATEMENTS = ("資金収支計算書", "事業活動計算書", "貸借対照表")


def _cjk(page: pymupdf.Page, at: tuple[float, float], text: str, size: float, bold: bool = False) -> None:
    """Text at `at`; `bold`: over-printed four times a third of a point apart, as the package sets its captions."""
    for dx, dy in ((0, 0), (0.3, 0), (0, 0.3), (0.3, 0.3)) if bold else ((0, 0),):
        tw = pymupdf.TextWriter(page.rect)
        tw.append((at[0] + dx, at[1] + dy), text, font=pymupdf.Font("cjk"), fontsize=size)
        tw.write_text(page)


def build_notes_pages(path: Path) -> Path:
    doc = pymupdf.open()
    for title in STATEMENTS:   # the statements before the notes, a page each: the notes' title on fewer than half
        page = doc.new_page(width=_W, height=_H)
        _cjk(page, (240, 70), title, 18, bold=True)
        _cjk(page, (31, 110), f"　この頁は例示法人の{title}である。金額の表は省略するが、各科目の当年度と前年度の金額を比べて増減を示す。", 9)
    for notes in (NOTES[:2], NOTES[2:]):
        page = doc.new_page(width=_W, height=_H)
        _cjk(page, (204, 58), NOTES_TITLE, 18, bold=True)
        y = 82.0
        for note in notes:
            _cjk(page, (31, y), note, 12, bold=True)
            _cjk(page, (33, y + 36), "　　該当なし", 9)
            _cjk(page, (33, y + 48), "　　当法人では、例示の事業を実施しているが、社会福祉事業と一体的に行っており、この注記に記載する事項はない。", 9)
            y += 120
    doc.save(path)
    return path


# build_boxed_sheet: a sheet printed over two pages with its print titles over the table on each — 別紙９ top left, a
# ruled box naming the body (法人名 / 施設名 / 会計単位名) top right, the title, its date, and the unit row closed by the
# page's folio (（単位：円）　1頁, then 2頁); the table's header printed again on the second page. Truth: one table over
# both pages (header once), and the box on each page a table of its own; the issuer the corporation the box's
# 法人名 names.
SHEET_COLS = (30.0, 160.0, 300.0, 430.0, 565.0)
SHEET_HEADER = ("科目", "場所・物量等", "使用目的等", "金額")
CORPORATION = "社会福祉法人例示の郷"
BOX = (("法人名", CORPORATION), ("施設名", "例示ホーム"), ("会計単位名", CORPORATION))
SHEET_ROWS = (8, 5)   # body rows on each page
SHEET_SHAPE = (1 + sum(SHEET_ROWS), len(SHEET_HEADER))


def _grid(page: pymupdf.Page, xs: tuple[float, ...], ys: list[float]) -> None:
    for y in ys:
        page.draw_line((xs[0], y), (xs[-1], y), color=(0, 0, 0), width=0.7)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), color=(0, 0, 0), width=0.7)


def build_boxed_sheet(path: Path) -> Path:
    doc = pymupdf.open()
    for n, rows in enumerate(SHEET_ROWS, start=1):
        page = doc.new_page(width=_W, height=_H)
        _cjk(page, (30, 30), "別紙９", 8)
        ys = [33.0 + 7.5 * k for k in range(4)]
        _grid(page, (376.0, 412.0, 566.0), ys)
        for (key, value), y in zip(BOX, ys):
            _cjk(page, (378, y + 6.5), key, 6.5)
            _cjk(page, (414, y + 6.5), value, 6.5)
        _cjk(page, (255, 95), "例示財産目録", 18)
        _cjk(page, (240, 106), "（令和７年３月31日現在）", 9)
        _cjk(page, (478, 106), f"（単位：円）　{n}頁", 9)
        top = 112.0
        ys = [top + 15.0 * k for k in range(rows + 2)]
        _grid(page, SHEET_COLS, ys)
        for x, text in zip(SHEET_COLS, SHEET_HEADER):
            _cjk(page, (x + 4, top + 11), text, 8)
        for k in range(rows):
            y = ys[k + 1] + 11
            _cjk(page, (34, y), f"例示科目{n}{k + 1}", 7)
            _cjk(page, (164, y), "例示町一丁目", 7)
            _cjk(page, (304, y), "事業に使用している", 7)
            _cjk(page, (500, y), f"{(k + 1) * 1000:,}", 7)
    doc.save(path)
    return path
