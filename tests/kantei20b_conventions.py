"""An agenda's letter-spaced items and a series of ＜…＞ bands, built with PyMuPDF (issue 19: documents nobody has
seen; session 20, kantei20b — after kantei_corona_kankei_kakuryo_kaigi_shidai_shiryo_2020).

build_agenda: a meeting's 議事次第 — the meeting's name centred on two rows, its 日時/場所 rows at the right, 議　事　次　第 centred and
letter-spaced, then the order of business at the left in body type, empty paragraphs between: １．開　会 / ２．議　事 / （１）… /
３．閉　会 (`spaced` False: 開会, 議事, 閉会 set solid), and the handouts under it.
build_bands: a box of measures — a title, then ＜…＞ bands underlined at the left margin, each over its own list of
items opened by 〇 (U+3007) or ○ (U+25CB) and a space as `marks` says (one mark a band). The tests are in
test_kantei20b_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_FONT, _LEFT, _RIGHT = "china-ss", 57.0, 538.0
MEETING = ["架空の感染症対策に関する", "関係閣僚会議"]
AGENDA = "議　事　次　第"
ITEMS = [("１．", "開　会"), ("２．", "議　事"), ("（１）", "架空の感染症への対応について"), ("３．", "閉　会")]
TITLE = "架空の感染拡大を踏まえた対応について"
BANDS = ["＜水際対策＞", "＜医療体制＞", "＜国内調査＞", "＜情報提供＞"]
_SHORT = "架空の関係機関に対し、注意喚起の通知を発出"
_ITEM = "架空の施設において、架空の検査を実施できるように体制を整備し、関係機関と連携して対応"


def _row(page: pymupdf.Page, y: float, text: str, x: float = _LEFT, size: float = 12.0) -> None:
    page.insert_text((x, y), text, fontname=_FONT, fontsize=size)


def _centred(page: pymupdf.Page, y: float, text: str, size: float) -> None:
    _row(page, y, text, (_LEFT + _RIGHT - pymupdf.get_text_length(text, fontname=_FONT, fontsize=size)) / 2, size)


def build_papers(path: Path, spaced: bool = True, marks: str = "〇○〇〇") -> Path:
    """The agenda's page (its items in the body's size), then the box of measures on a slide of its own."""
    doc = pymupdf.open()
    _agenda(doc.new_page(width=595, height=842), spaced)
    _bands(doc.new_page(width=842, height=595), marks)
    doc.save(path)
    return path


def _agenda(page: pymupdf.Page, spaced: bool) -> None:
    _centred(page, 90, MEETING[0], 18)
    _centred(page, 115, MEETING[1], 18)
    _row(page, 150, "日時：令和２年１月２４日（金）", 353)
    _row(page, 175, "９時２５分～９時３５分", 383)
    _row(page, 200, "場所：架空庁舎４階大会議室", 353)
    _centred(page, 250, AGENDA, 18)
    y = 300.0
    for label, title in ITEMS:
        _row(page, y, label + (title if spaced else title.replace("　", "")), size=14)
        rows = 3 if label != "２．" else 1
        for k in range(1, rows):   # the empty paragraphs between (a word processor keeps a space in each)
            _row(page, y + 25 * k, " ", size=14)
        y += 25 * rows
    _row(page, y, "（配布資料）")
    _row(page, y + 25, "資料１　架空の感染症の発生状況等について", _LEFT + 12)
    _row(page, y + 50, "資料２　架空の在留邦人の状況について", _LEFT + 12)


def _bands(page: pymupdf.Page, marks: str) -> None:
    _row(page, 40, TITLE, 120, size=22)
    _row(page, 100, "令和２年１月２３日", 660)
    y = 160.0
    for band, mark in zip(BANDS, marks):
        _row(page, y, band, 20, size=14)
        page.draw_line((20, y + 3), (20 + 14 * len(band), y + 3), width=0.8)
        y += 17
        for item in (_ITEM, _SHORT):
            _row(page, y, mark + "　" + item, 20, size=14)
            y += 17
        y += 17
