"""A review report's first sheet and its wrapped bullets, built with PyMuPDF (issue 19: documents nobody has seen;
session 20, pmda20 — after pmda_shinsa_hokokusho_xarelto_2023).

build_sheet: a ministry's result sheet set in 12 pt before a report in 10.5 pt — its title centred, date and office
flush right, fields ［名　　称］ with their values beside them, then ［審議結果］ and ［承認条件］ alone on their rows over
their values (`bold`: the two labels in bold, set apart from their values); then the report: its title centred in
bold, sections "1." "2." in bold, paragraphs under them.
build_bullets: a report's section in bold over a paragraph and two bulleted items "・ " wrapped with a hanging
indent, the first item's wrapped line opening with a number ("1 日2 回投与…"). The tests are in
test_pmda20_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_FONT, _LEFT, _RIGHT = "japan", 57.0, 540.0
_BOLD = {"render_mode": 2, "border_width": 0.03}
SHEET = "架空審議結果報告書"
REPORT = "架空審査報告書"
SECTIONS = ["起原又は発見の経緯に関する資料", "品質に関する資料及び機構における審査の概略", "臨床に関する資料及び機構における審査の概略"]
SECTION = "試験の用法・用量について"
FIELDS = ["［審議結果］", "［承認条件］"]
_TEXT = ("本申請は架空の品目に係るものであり、提出された資料に基づき機構において審査を行った結果、以下のとおり"
         "取りまとめたものである。なお、本報告の内容は架空のものであり、実在する品目とは関係がない。")
_ITEMS = ["架空の小児モデルを用いたシミュレーションの結果、体重３０ｋｇ未満の小児の検討では、本薬を",
          "1 日2 回投与することにより、同じ1 日用量を1 日1 回投与する場合より減少すること",
          "架空の日本人小児モデルを用いたシミュレーション結果、体重５０ｋｇ未満の小児における本薬の",
          "用量と曝露量の関係は日本人と非日本人の間で類似していたこと"]


def _row(page: pymupdf.Page, y: float, text: str, x: float, size: float, bold: bool = False) -> None:
    page.insert_text((x, y), text, fontname=_FONT, fontsize=size, **(_BOLD if bold else {}))


def _width(text: str, size: float) -> float:
    return pymupdf.get_text_length(text, fontname=_FONT, fontsize=size)


def _paragraph(page: pymupdf.Page, y: float, size: float, text: str = _TEXT, left: float = _LEFT) -> float:
    """A paragraph opened one character in, wrapped at the column's width; the y under it."""
    per = int((_RIGHT - left) // size)
    first, rest = text[:per - 1], text[per - 1:]
    _row(page, y, first, left + size, size)
    while rest:
        y += 1.65 * size
        _row(page, y, rest[:per], left, size)
        rest = rest[per:]
    return y + 1.65 * size


def _sheet(doc: pymupdf.Document, bold: bool) -> None:
    page, size, left = doc.new_page(width=595, height=842), 12.0, 85.0
    _row(page, 130, SHEET, (_LEFT + _RIGHT - _width(SHEET, size)) / 2, size)
    for y, text in ((163, "令和６年１０月３１日"), (180, "架空局架空課")):
        _row(page, y, text, 353, size)
    y = 230.0
    for name, value in (("［名　　称］", "架空錠１０ｍｇ"), ("［一般名］", "カクウロキサバン"), ("［申請者名］", "架空製薬株式会社"),
                        ("［申請年月日］", "令和６年１月１２日")):
        _row(page, y, name, left, size)
        _row(page, y, value, 191, size)
        y += 17
    for name in FIELDS:
        y += 34
        _row(page, y, name, left, size, bold=bold)
        y = _paragraph(page, y + 17, size, _TEXT[:90], left)


def build_sheet(path: Path, bold: bool = False) -> Path:
    doc = pymupdf.open()
    _sheet(doc, bold)
    _report(doc)
    doc.save(path)
    return path


def _report(doc: pymupdf.Document) -> None:
    size = 10.5
    page = doc.new_page(width=595, height=842)
    _row(page, 80, REPORT, (_LEFT + _RIGHT - _width(REPORT, size)) / 2, size, bold=True)
    y = 120.0
    for n, name in enumerate(SECTIONS, 1):
        _row(page, y, f"{n}. {name}", _LEFT, size, bold=True)
        y = _paragraph(page, y + 17.5, size)
        y = _paragraph(page, y, size) + 17.5


def build_bullets(path: Path) -> Path:
    doc = pymupdf.open()
    _report(doc)
    page, size = doc[-1], 10.5
    y = 520.0
    _row(page, y, f"4. {SECTION}", _LEFT, size, bold=True)
    y = _paragraph(page, y + 17.5, size)
    hang = _LEFT + 2 * size
    for k in range(0, len(_ITEMS), 2):
        _row(page, y, "・", _LEFT, size)
        _row(page, y, _ITEMS[k], hang, size)
        _row(page, y + 17.5, _ITEMS[k + 1], hang, size)
        y += 35
    doc.save(path)
    return path
