"""An advisory council's 見解 with a paper attached inside it, built with PyMuPDF (issue 19: documents nobody has
seen; session 19, newdocsB19 — after corona_senmonka_kaigi_kenkai_0309_2020): the first row names the council and,
in corner brackets on the same row, the paper (会議「…の見解」), the date under it; sections 1. – 3. set apart only
by synthetic bold at the body's size; then, on a later page, the attached paper's own head — its date alone on the
page's first row, then centred in bold the council's name and the paper's quoted name over two rows — over its
text and two bold unnumbered titles. Truth beside the builder; the test is in test_newdocsB19_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_FONT, _SIZE, _PITCH, _LEFT, _RIGHT = "china-ss", 11.0, 20.7, 54.0, 541.0
_BOLD = {"render_mode": 2, "border_width": 0.03}
BODY = "架空感染症対策有識者会議"
TITLE = "架空感染症対策の見解"
SECTIONS = ["感染拡大の防止に向けた基本戦略", "現在の国内の状況", "今後の見通しについて"]
PAPER = ("「架空感染症の集団発生のリスクが高い", "日常生活における場面についての考え方」")
PAPER_TITLE = "架空感染症の集団発生のリスクが高い日常生活における場面についての考え方"
PAPER_SECTIONS = ["これまで集団発生が確認された場面とその条件", "集団発生のリスクを下げるための三つの原則"]
_TEXT = ("この見解は、有識者会議において検討した結果をまとめたものであり、現時点での分析と助言の内容を市民の"
         "みなさまに直接お伝えするためのものです。随時、変更される可能性があります。")


def _row(page: pymupdf.Page, y: float, text: str, x: float = _LEFT, bold: bool = False) -> None:
    page.insert_text((x, y), text, fontname=_FONT, fontsize=_SIZE, **(_BOLD if bold else {}))


def _centred(page: pymupdf.Page, y: float, text: str, bold: bool = True) -> None:
    w = pymupdf.get_text_length(text, fontname=_FONT, fontsize=_SIZE)
    _row(page, y, text, (_LEFT + _RIGHT - w) / 2, bold)


def paragraph(page: pymupdf.Page, y: float, text: str = _TEXT) -> float:
    """A paragraph opened one character in, wrapped at the column's width (11 pt china-ss at a 20.7 pt pitch, the
    builders' of heads19b_conventions too); the y under it."""
    per = int((_RIGHT - _LEFT) // _SIZE)
    first, rest = text[:per - 1], text[per - 1:]
    _row(page, y, first, _LEFT + _SIZE)
    while rest:
        y += _PITCH
        _row(page, y, rest[:per])
        rest = rest[per:]
    return y + _PITCH


def build_kenkai(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _row(page, 77, f"{BODY}　「{TITLE}」", 82, bold=True)
    _row(page, 98, "２０２０年３月９日", 460)
    y = paragraph(page, 139) + _PITCH
    for n, name in enumerate(SECTIONS, 1):
        _row(page, y, f"{n}. {name}", bold=True)
        y = paragraph(page, y + _PITCH) + _PITCH
    page.insert_text((295, 760), "1", fontname="helv", fontsize=10.5)
    page = doc.new_page(width=595, height=842)
    _row(page, 77, "２０２０年３月９日", 442)
    _centred(page, 118, BODY)
    for k, row in enumerate(PAPER):
        _centred(page, 139 + k * _PITCH, row)
    y = paragraph(page, 201) + _PITCH
    for name in PAPER_SECTIONS:
        _row(page, y, name, bold=True)
        y = paragraph(page, y + _PITCH) + _PITCH
    page.insert_text((295, 760), "2", fontname="helv", fontsize=10.5)
    doc.save(path)
    return path
