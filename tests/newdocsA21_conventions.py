"""A review report's outline five levels deep, as a word processor sets it (issue 21: footnote habits and
documents not yet held), built with PyMuPDF. Truth beside the builder; the tests are in
test_newdocsA21_conventions.py.

The report (A4, Mincho 10.5 pt): its title centred bold on the first page; the sections 1. and 2. bold at the left
margin; under 2. the agency's review of it numbered with a capital in the section's place — 2.R, 2.R.1, and one level
further 2.R.1.1 and 2.R.1.2 (a label of four numbers: 7.R.1.1 in a PMDA 審査報告書), each over a paragraph; a Word
footnote "1）" under a short rule at the page foot, its marker raised after a clause.

The concept paper (A4, Mincho 12 pt): two paragraphs calling notes 1 and 2 by raised numbers; under the short rule at
the foot note 1 (a small raised "1" before its URL on one row) and note 2, whose URL is too long to follow its number:
the number alone on its row, the URL on the row under it set in at the number's place; the page's number centred
under the notes."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_MINCHO = "japan"
_BOLD = "japan-s"
TITLE = "審査報告書"
# (level, label, title)
HEADINGS = [(1, "1.", "起原又は発見の経緯に関する資料等"), (1, "2.", "臨床的有効性に関する資料並びに機構における審査の概略"),
            (2, "2.R", "機構における審査の概略"), (3, "2.R.1", "有効性について"),
            (4, "2.R.1.1", "試験デザインの妥当性について"), (4, "2.R.1.2", "主要評価項目の妥当性について")]
NOTE = "被験者に対しては、割り付けられた投与群を開示せずに盲検性を維持した。"
_BODY = "申請者は、本試験の試験デザインの妥当性について、以下のように説明した。機構は、申請者の説明を了承した。"


def _line(page: pymupdf.Page, x: float, y: float, text: str, size: float = 10.5, bold: bool = False) -> None:
    page.insert_text((x, y), text, fontname=_BOLD if bold else _MINCHO, fontsize=size)


def build_report(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _line(page, 250, 70, TITLE, 12, bold=True)
    y = 120.0
    for level, label, title in HEADINGS:
        _line(page, 57, y, f"{label} {title}", bold=True)
        y += 18
        for _ in range(2):
            _line(page, 67 if _ == 0 else 57, y, _BODY)
            y += 18
        y += 8
    _line(page, 57, y, "被験者には盲検下で投与した")
    _line(page, 57 + 10.5 * 13, y - 4, "1）", 6)
    _line(page, 57 + 10.5 * 13 + 8, y, "。")
    page.draw_line((57, 740), (200, 740), color=(0, 0, 0), width=0.5)
    _line(page, 57, 752, "1）", 6)
    _line(page, 66, 754, NOTE, 9)
    _line(page, 290, 800, "1")
    doc.save(path)
    return path


URLS = ["https://www.example.go.jp/policy/index.html",
        "https://www.example.go.jp/council/2021/meeting14/siryo2-1.pdf"]


def build_paper(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _line(page, 85, 110, "1.1 背景", 12, bold=True)
    y = 140.0
    for k in range(2):
        _line(page, 85, y, "アーキテクチャの標準としては、国際的な標準が参照されています", 12)
        _line(page, 85 + 12 * 31, y - 5, str(k + 1), 7)
        y += 18
        _line(page, 85, y, "これを参考に整理します。", 12)
        y += 26
    page.draw_line((85, 708), (229, 708), color=(0, 0, 0), width=0.5)
    _line(page, 85, 722, "1", 6.5)
    page.insert_text((91, 725), URLS[0], fontname="helv", fontsize=10.6)
    _line(page, 85, 746, "2", 6.5)
    page.insert_text((91, 762), URLS[1], fontname="helv", fontsize=10.6)
    _line(page, 295, 800, "3", 12)
    doc.save(path)
    return path


APPENDIX_TITLE = "ディスカッションペーパー用アーキテクチャ作成コンセプトペーパー"


def build_appendix(path: Path) -> Path:
    """An appendix printed as a file of its own: 付録 alone at the cover's top left in the title's type (16 pt), the
    title in two centred rows far under it, the month under them; a page of text after it."""
    doc = pymupdf.open()
    cover = doc.new_page(width=595, height=842)
    _line(cover, 85, 135, "付録", 16, bold=True)
    _line(cover, 122, 280, "ディスカッションペーパー用アーキテクチャ作成", 16, bold=True)
    _line(cover, 226, 328, "コンセプトペーパー", 16, bold=True)
    _line(cover, 266, 665, "2021年8月", 12)
    page = doc.new_page(width=595, height=842)
    _line(page, 85, 110, "1.1 背景", 12, bold=True)
    for k in range(6):
        _line(page, 85, 140 + 18 * k, "アーキテクチャの標準としては、国際的な標準が参照されています。", 12)
    doc.save(path)
    return path
