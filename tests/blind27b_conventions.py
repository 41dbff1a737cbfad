"""Kinds blind27b builds from session 27's unseen documents (a city's school-district list printed from a spreadsheet):

build_district_list  a city's list of which streets belong to each elementary school's district: a title 例示市小・中学校区
                     一覧表 and a date line （令和２年６月２８日現在） over a ruled three-column table 小学校 | 校区内町名番地 |
                     中学校 whose rules are thin filled bars (a spreadsheet's borders), its rows running over two pages;
                     the sheet's print titles — the title, the date line and the column-header row — printed again at the
                     top of every page, the last page's over no table row but over a page of notes (注１ …); page numbers
                     at the foot. Page 1's last row ends in a cell whose last line lists places (例示町一丁目～六丁目、
                     見本新町). Truth: one table of 1 + 8 rows over pages 1–2, its last row 見本南's; the header printed
                     again on pages 2 and 3 is the table's header (table_header furniture), no row; no issuer read from a
                     cell's places.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_W, _H = 595.2, 841.7
TITLE = "例示市小・中学校区一覧表"
DATE = "（令和２年６月２８日現在）"
HEADER = ("小　学　校", "校　　区　　内　　町　　名　　番　　地", "中学校")
PLACES = "例示町一丁目～六丁目、　見本新町"
# (school, street lines, junior high school), page by page
PAGES = [
    [("東例示", ["見本町一丁目、　見本町二丁目", "例題町、　試験町（2番1号を除く）", "手本町一丁目、　手本町二丁目"], "北例示"),
     ("西例示", ["雛形町一丁目・二丁目、　型紙町", "模型町1701番～1768番"], "北例示"),
     ("栗林", ["標本町一丁目（1番除く）、　標本町二丁目", "設例町一丁目～三丁目"], "桜町"),
     ("高松第一", ["仮名町503番地、　509番地1", "例文町、　用例町", PLACES], "第一")],
    [("鶴尾", ["東例示町、　西例示町、　紙町"], "鶴尾"),
     ("太田", ["見本北町、　見本西町987番地～1044番地", "例題北町61番地～71番地"], "桜町"),
     ("木太", ["木太町（中央・北部小学校区を除く）"], "玉藻"),
     ("見本南", ["見本南町、　見本東町", "見本西町（見本小学校区を除く）"], "見本")],
]
NOTE_HEADING = "注１　令和２年４月１日例示中学校区域変更に伴う取扱いについて"
NOTE_TEXT = ("例示市立北例示中学校の通学区域のうち、見本町一丁目１番については経過措置として",
             "第一中学校への指定変更を認める。")
LAST_ROW_SCHOOL = PAGES[-1][-1][0]
ROWS = 1 + sum(len(rows) for rows in PAGES)

_X = (88.0, 137.0, 462.5, 506.9)   # the table's column edges
_LINE = 11.0   # a cell's line pitch


def _bar(page: pymupdf.Page, x0: float, y0: float, x1: float, y1: float) -> None:
    page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=None, fill=(0, 0, 0))


def _print_titles(page: pymupdf.Page, tw: pymupdf.TextWriter, font: pymupdf.Font) -> float:
    """The title, the date line and the header row at the page's top; the header row's foot."""
    tw.append(((_W - font.text_length(TITLE, fontsize=13.9)) / 2, 66), TITLE, font=font, fontsize=13.9)
    tw.append((314, 86), DATE, font=font, fontsize=10.4)
    top, foot = 90.0, 110.0
    _bar(page, _X[0], top - 0.8, _X[3], top + 0.8)
    _bar(page, _X[0], foot - 0.8, _X[3], foot + 0.8)
    for x in _X:
        _bar(page, x - 0.4, top, x + 0.4, foot)
    for text, x0, x1 in zip(HEADER, _X, _X[1:]):
        tw.append(((x0 + x1 - font.text_length(text, fontsize=9.6)) / 2, 104), text, font=font, fontsize=9.6)
    return foot


def build_district_list(path: Path) -> Path:
    doc = pymupdf.open()
    font = pymupdf.Font("cjk")
    for n, rows in enumerate(PAGES + [[]], start=1):
        page = doc.new_page(width=_W, height=_H)
        tw = pymupdf.TextWriter(page.rect)
        y = _print_titles(page, tw, font)
        for school, lines, junior in rows:
            height = max(2, len(lines) + 1) * _LINE + 8
            for k, line in enumerate(lines):
                tw.append((_X[1] + 2, y + 12 + k * _LINE), line, font=font, fontsize=9.6)
            mid = y + height / 2 + 3
            tw.append((_X[0] + 3, mid), "　".join(school) if len(school) < 4 else school, font=font, fontsize=9.6)
            tw.append((_X[2] + 6, mid), junior, font=font, fontsize=9.6)
            for x in _X:
                _bar(page, x - 0.4, y, x + 0.4, y + height)
            y += height
            _bar(page, _X[0], y - 0.4, _X[3], y + 0.4)
        if not rows:   # the notes page: the print titles over no table row
            tw.append((90, 140), NOTE_HEADING, font=font, fontsize=10.4)
            for k, line in enumerate(NOTE_TEXT):
                tw.append((90, 170 + k * 12), line, font=font, fontsize=10.4)
        tw.append((295, 826), str(n), font=font, fontsize=9.6)
        tw.write_text(page)
    doc.save(str(path))
    return path
