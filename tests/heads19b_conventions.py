"""Part titles and an underlined title after numbered sections, built with PyMuPDF (issue 19: documents nobody has
seen; session 19, heads19b — after pmda_shinsa_hokokusho_plavix_2012 and corona_senmonka_kaigi_kenkai_0309_2020).

build_review: a review report after its cover — each part opens its page with its title centred in bold at the
body's size: the report's own title signed under it (its date, then the body that issues it, flush right) over
its particulars; a part dated only, over its fields; a part dated only, over its numbered outline Ⅰ．/Ⅱ．.
build_requests: sections 1. – 3. in bold at the body's size, their text stressing a sentence in bold underlined,
then after the last section an unnumbered title in bold underlined (`underlined` False: bold alone), its text
under it (`table`: a ruled table under it — right under the title alone, its top rule where an underline would run, or
under the title's own underline). The tests are in test_heads19b_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from newdocsB19_conventions import paragraph

_FONT, _SIZE, _PITCH, _LEFT, _RIGHT = "china-ss", 11.0, 20.7, 54.0, 541.0
_BOLD = {"render_mode": 2, "border_width": 0.03}
COVER = "架空審議結果報告書"
REPORT = "架空審査報告書"
RESULT = "架空審査結果"
REVIEW = "架空審査報告（1）"
OUTLINE = [("Ⅰ．", "申請された品目"), ("Ⅱ．", "提出された資料の概略")]
SECTIONS = ["基本的な考え方について", "現在の状況について", "みなさまへのお願い"]
REQUEST = "事業所の方へのお願い"
_TEXT = ("この報告は、架空の機関において検討した結果をまとめたものであり、現時点での分析の内容を関係者の"
         "みなさまにお伝えするためのものです。今後の状況により、変更される可能性があります。")
_STRESS = "特に、人が集まる場面を避けていただくよう強くお願いします。"


def _row(page: pymupdf.Page, y: float, text: str, x: float = _LEFT, bold: bool = False) -> None:
    page.insert_text((x, y), text, fontname=_FONT, fontsize=_SIZE, **(_BOLD if bold else {}))


def _width(text: str) -> float:
    return pymupdf.get_text_length(text, fontname=_FONT, fontsize=_SIZE)


def _centred(page: pymupdf.Page, y: float, text: str) -> None:
    _row(page, y, text, (_LEFT + _RIGHT - _width(text)) / 2, bold=True)


def _flush_right(page: pymupdf.Page, y: float, text: str) -> None:
    _row(page, y, text, _RIGHT - _width(text))


def _underline(page: pymupdf.Page, y: float, text: str, x: float = _LEFT) -> None:
    page.draw_line((x, y + 2), (x + _width(text), y + 2), width=0.6)


def _paragraph(page: pymupdf.Page, y: float, text: str = _TEXT) -> float:
    """A paragraph of this module's words, set as newdocsB19_conventions sets its own; the y under it."""
    return paragraph(page, y, text)


def _fields(page: pymupdf.Page, y: float) -> float:
    for name, value in (("［名　　称］", "架空錠１０ｍｇ"), ("［申 請 者］", "架空製薬株式会社"), ("［区　　分］", "新効能")):
        _row(page, y, name)
        _row(page, y, value, _LEFT + 7 * _SIZE)
        y += _PITCH
    return y


def _folio(page: pymupdf.Page, n: int) -> None:
    page.insert_text((295, 800), str(n), fontname="helv", fontsize=10.5)


def build_review(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text(((_LEFT + _RIGHT - 7 * 14) / 2, 90), COVER, fontname=_FONT, fontsize=14)
    _flush_right(page, 120, "令和６年９月７日")
    _flush_right(page, 138, "架空省架空局架空課")
    _paragraph(page, 180)
    page = doc.new_page(width=595, height=842)
    _centred(page, 84, REPORT)
    _flush_right(page, 101, "令和６年８月１３日")
    _flush_right(page, 119, "架空行政法人　架空機構")
    y = _paragraph(page, 154)
    _centred(page, y + _PITCH, "記")
    _fields(page, y + 3 * _PITCH)
    _folio(page, 1)
    page = doc.new_page(width=595, height=842)
    _centred(page, 84, RESULT)
    _flush_right(page, 101, "令和６年８月１３日")
    y = _fields(page, 136)
    _paragraph(page, y + _PITCH)
    _folio(page, 2)
    page = doc.new_page(width=595, height=842)
    _centred(page, 84, REVIEW)
    _flush_right(page, 119, "令和６年６月２５日")
    y = 154
    for label, name in OUTLINE:
        _row(page, y, label + name, bold=True)
        y = _paragraph(page, y + _PITCH) + _PITCH
    _folio(page, 3)
    doc.save(path)
    return path


def _table_under(page: pymupdf.Page, y: float, gap: float = 2) -> float:
    """A ruled table of three rows by two columns whose top rule runs `gap` under the row at y's baseline (2: right
    under it, as an underline would); the y under it."""
    top, xs = y + gap, (_LEFT, _LEFT + 160, _LEFT + 320)
    for r in range(4):
        page.draw_line((xs[0], top + r * _PITCH), (xs[2], top + r * _PITCH), width=0.6)
    for x in xs:
        page.draw_line((x, top), (x, top + 3 * _PITCH), width=0.6)
    for r, (a, b) in enumerate((("区分", "件数"), ("東地区", "１２"), ("西地区", "３４"))):
        _row(page, top + (r + 1) * _PITCH - 5, a, xs[0] + 4)
        _row(page, top + (r + 1) * _PITCH - 5, b, xs[1] + 4)
    return top + 4 * _PITCH


def build_requests(path: Path, underlined: bool = True, table: bool = False) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _row(page, 77, "架空感染症対策有識者会議　「架空感染症対策の見解」", 82, bold=True)
    _row(page, 98, "２０２０年３月９日", 440)
    y = _paragraph(page, 139) + _PITCH
    for n, name in enumerate(SECTIONS, 1):
        _row(page, y, f"{n}. {name}", bold=True)
        y = _paragraph(page, y + _PITCH)
        _row(page, y, _STRESS, _LEFT + _SIZE, bold=True)
        _underline(page, y, _STRESS, _LEFT + _SIZE)
        y += 2 * _PITCH
    _row(page, y, REQUEST, bold=True)
    if underlined:
        _underline(page, y, REQUEST)
    if table:   # a table under the title: its top rule right under it (no underline of its own), else under its underline
        y = _table_under(page, y, 8 if underlined else 2) - _PITCH
    _paragraph(page, y + _PITCH)
    _folio(page, 1)
    doc.save(path)
    return path
