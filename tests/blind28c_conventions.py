"""Kinds blind28c builds from session 28's unseen papers (a prefecture's case lists, printed from spreadsheets):

build_initial_dated_list  a case list on an A4 page: its title at the top left in 16 pt, under it a note at the left
                  (※「欄」の（　）内は、…) and, at the right end of the same row, the list's date written with the era's
                  initial (R3.1.16), a ruled table of six columns under them. Truth: date 2021-01-16.
build_print_titled_sheet  a case list printed from a spreadsheet on three landscape pages: on every page the same
                  title in 12.8 pt at the top left and the same two header rows over a ruled grid of ten columns (the
                  sheet's print titles), the grid 79% of the page's width across, twelve cases a page. Truth: no
                  heading (the title is the title; printed again it is no heading, nor a slide's title); one table of
                  2 + 36 rows × 10 columns.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

LIST_TITLE = "例示感染症　圏内発生事例"
LIST_DATED = "R3.1.16"
LIST_ISO = "2021-01-16"
_A4 = (595.0, 842.0)
_LIST_XS = [50.0, 97.0, 180.0, 250.0, 321.0, 424.0, 494.0]
_LIST_HEAD = ["例目", "居住地", "年代", "性別", "職業等", "確認日"]


def build_initial_dated_list(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_A4[0], height=_A4[1])
    font = pymupdf.Font("cjk")
    tw = pymupdf.TextWriter(page.rect)
    tw.append((54, 70), LIST_TITLE, font=font, fontsize=16)
    tw.append((53, 86), "※「居住地」の（　　）内は、例示が確認された場所", font=font, fontsize=10)
    tw.append((443, 86), LIST_DATED, font=font, fontsize=12)
    ys = [92.0 + 37.0 * k for k in range(8)]
    shape = page.new_shape()
    for y in ys:
        shape.draw_line((_LIST_XS[0], y), (_LIST_XS[-1], y))
    for x in _LIST_XS:
        shape.draw_line((x, ys[0]), (x, ys[-1]))
    shape.finish(color=(0, 0, 0), width=0.6)
    shape.commit()
    for k, y in enumerate(ys[:-1]):
        cells = _LIST_HEAD if k == 0 else [str(120 - k), "例示市", f"{k + 2}0代", "男性" if k % 2 else "女性", "会社員",
                                           "R3.1.15"]
        for x, text in zip(_LIST_XS, cells):
            tw.append((x + 6, y + 23), text, font=font, fontsize=12)
    tw.write_text(page)
    doc.save(path)
    return path


SHEET_TITLE = "例示感染症患者状況一覧表"
_LAND = (841.7, 595.2)
_SHEET_XS = [87.0, 127.0, 178.0, 229.0, 291.0, 354.0, 416.0, 479.0, 541.0, 586.0, 752.0]
SHEET_PAGES, SHEET_CASES = 3, 12
SHEET_SHAPE = (2 + SHEET_PAGES * SHEET_CASES, len(_SHEET_XS) - 1)
SHEET_FIRST_ROW = "例目 | 公表日 | 確定日 | 患者の概要 |  |  |  |  |  | 備考"


def _sheet_page(doc: pymupdf.Document, font: pymupdf.Font, first: int) -> None:
    page = doc.new_page(width=_LAND[0], height=_LAND[1])
    tw = pymupdf.TextWriter(page.rect)
    tw.append((91, 66), SHEET_TITLE, font=font, fontsize=12.8)
    top, mid, head = 88.0, 110.0, 126.0
    rows = [head + 21.0 * k for k in range(SHEET_CASES + 1)]
    shape = page.new_shape()
    shape.draw_line((_SHEET_XS[0], top), (_SHEET_XS[-1], top))
    shape.draw_line((_SHEET_XS[3], mid), (_SHEET_XS[9], mid))   # under 患者の概要, over its six columns
    for y in rows:
        shape.draw_line((_SHEET_XS[0], y), (_SHEET_XS[-1], y))
    for k, x in enumerate(_SHEET_XS):
        shape.draw_line((x, mid if 3 < k < 9 else top), (x, rows[-1]))
    shape.finish(color=(0, 0, 0), width=0.6)
    shape.commit()
    for x, text in zip(_SHEET_XS, ("例目", "公表日", "確定日")):
        tw.append((x + 8, 112), text, font=font, fontsize=10.4)
    tw.append((420, 103), "患者の概要", font=font, fontsize=10.4)
    tw.append((650, 112), "備考", font=font, fontsize=10.4)
    for x, text in zip(_SHEET_XS[3:9], ("年代", "性別", "居住地", "職業", "症状", "発症日")):
        tw.append((x + 8, 122), text, font=font, fontsize=9.6)
    for k, y in enumerate(rows[:-1]):
        cells = [str(first - k), "1/15", "1/14", "40歳代", "女性", "例示市", "会社員", "軽症", "1/12", "関係事案：例示"]
        for x, text in zip(_SHEET_XS, cells):
            tw.append((x + 6, y + 15), text, font=font, fontsize=9.6)
    tw.write_text(page)


def build_print_titled_sheet(path: Path) -> Path:
    doc = pymupdf.open()
    font = pymupdf.Font("cjk")
    for p in range(SHEET_PAGES):
        _sheet_page(doc, font, 300 - SHEET_CASES * p)
    doc.save(path)
    return path
