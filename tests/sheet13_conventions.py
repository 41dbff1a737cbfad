"""Spreadsheet printouts, built with PyMuPDF (issue 19: tables of documents nobody has seen).

build_sheet_over_pages: a council's vote list printed from a spreadsheet over two landscape pages. The
sheet's print titles (its title and a legend) stand over the table on both pages, the second page's
content shifted down a few points as a whole; the 区分 column has a narrow blank margin column at its
left on the first page, bordered as one empty cell down the whole body (the header cell 区分 spans
it); the second page prints the header again and has no such strip. Truth: one table over both
pages, SHEET_ROWS rows (the header once) and four columns.

build_statistics_sheet: a statistical table printed from a spreadsheet, every line in one size: the
title centred, under it a bracketed row giving the period its figures cover, then the table. Truth:
the title is STATS_TITLE, without the period row.
Tests in test_sheet13_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_FONT = "japan"
TITLE = "令和７年６月定例会　議決結果一覧表"
LEGEND = "賛成：○　反対：×"
HEADER = ["区分", "番号", "案件名"]
_BODY = [("人事", "第３９号", "監査委員の選任について"), ("予算", "第４２号", "一般会計補正予算（第２号）"),
         ("条例", "第５０号", "税条例の一部を改正する条例制定について")]
_MORE = ("委員会提出議案", "第４号", "意見書の提出について")
SHEET_ROWS = 1 + len(_BODY) + 1
_X = (50.0, 62.0, 130.0, 190.0, 420.0)   # the strip, 区分, 番号, 案件名
_ROW = 24.0


def _page(doc: pymupdf.Document, shift: float, rows: list[tuple[str, str, str]], strip: bool) -> None:
    page = doc.new_page(width=841.7, height=595.2)
    top = 80.0 + shift
    page.insert_text((330, 40 + shift), TITLE, fontname=_FONT, fontsize=12)
    page.insert_text((330, 62 + shift), LEGEND, fontname=_FONT, fontsize=8)
    shape = page.new_shape()
    bottom = top + _ROW * (1 + len(rows))
    for y in [top, top + _ROW, bottom]:
        shape.draw_line((_X[0], y), (_X[-1], y))
    for k in range(1, len(rows)):
        shape.draw_line((_X[1] if strip else _X[0], top + _ROW * (1 + k)), (_X[-1], top + _ROW * (1 + k)))
    for x in (_X[0], _X[2], _X[3], _X[4]):
        shape.draw_line((x, top), (x, bottom))
    if strip:
        shape.draw_line((_X[1], top + _ROW), (_X[1], bottom))
    shape.finish(color=(0, 0, 0), width=0.5)
    shape.commit()
    for x, text in zip((_X[0], _X[2], _X[3]), HEADER):
        page.insert_text((x + 4, top + 16), text, fontname=_FONT, fontsize=9)
    for k, row in enumerate(rows):
        for x, text in zip((_X[1] if strip else _X[0], _X[2], _X[3]), row):
            page.insert_text((x + 4, top + _ROW * (1 + k) + 16), text, fontname=_FONT, fontsize=9)


def build_sheet_over_pages(path: Path) -> Path:
    doc = pymupdf.open()
    _page(doc, 0.0, list(_BODY), True)
    _page(doc, 4.4, [_MORE], False)
    doc.save(path)
    return path


STATS_TITLE = "緊急小口資金等の特例貸付の実施状況（速報値）"
_PERIOD_ROW = "（８月１５日までの貸付状況）"
_STATS = [["", "申請件数", "決定件数", "決定金額"], ["北海道", "11,085", "9,243", "1,624,160"],
          ["青森県", "498", "318", "49,630"], ["岩手県", "752", "703", "114,196"], ["合計", "12,335", "10,264", "1,787,986"]]


def build_statistics_sheet(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=841.9, height=595.3)
    size, left, width, top = 6.7, 201.0, 110.0, 110.0
    for text, y in ((STATS_TITLE, 56), (_PERIOD_ROW, 64)):
        page.insert_text((421 - len(text) * size / 2, y), text, fontname=_FONT, fontsize=size)
    page.insert_text((641 - 9 * size, 100), "（単位：件、千円）", fontname=_FONT, fontsize=size)
    shape = page.new_shape()
    for k in range(len(_STATS) + 1):
        shape.draw_line((left, top + 9 * k), (left + 4 * width, top + 9 * k))
    for k in range(5):
        shape.draw_line((left + width * k, top), (left + width * k, top + 9 * len(_STATS)))
    shape.finish(color=(0, 0, 0), width=0.6)
    shape.commit()
    for r, row in enumerate(_STATS):
        for c, text in enumerate(row):
            page.insert_text((left + width * c + 3, top + 9 * r + 7), text, fontname=_FONT, fontsize=size)
    page.insert_text((left, top + 9 * len(_STATS) + 9), "※ 本集計は速報値としてとりまとめたものである。",
                     fontname=_FONT, fontsize=size)
    doc.save(path)
    return path
