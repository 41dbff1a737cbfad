"""Kinds blind27d builds from session 27's unseen papers (a ministry's 公募要領 whose cover renders the project's name in
English under it):

build_call_cover  a 公募要領's cover: 令和８年度 (18 pt) over a programme's name (20 pt), then the project's name in 22 pt,
                  its English rendering in 12 pt Latin letters, the project's acronym in brackets, 公 募 要 領 letter-spaced
                  and （第１回）, each in 22 pt, centred; the date at the foot; a second page of text in 10.5 pt. Truth: the
                  title is the rows in the title's type, the English rendering passed over — 例示萌芽的挑戦研究創出事業
                  (EXRD)公募要領（第１回）.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_W, _H = 595, 842

CALL_NAME, CALL_ACRONYM = "例示萌芽的挑戦研究創出事業", "(EXRD)"
CALL_TITLE = CALL_NAME + CALL_ACRONYM + "公募要領（第１回）"
_ENGLISH = "Supporting Pioneering Example Research through Discovery"


def build_call_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    font = pymupdf.Font("cjk")
    tw = pymupdf.TextWriter(page.rect)
    for y, text, size in [(95, "令和８年度", 18.0), (142, "例示による科学研究革新プログラム", 20.0), (168, CALL_NAME, 22.0),
                          (196, _ENGLISH, 12.0), (220, CALL_ACRONYM, 22.0), (266, "公 募 要 領", 22.0),
                          (295, "（第１回）", 22.0), (717, "令和８年４月", 18.0)]:
        tw.append(((_W - font.text_length(text, fontsize=size)) / 2, y), text, font=font, fontsize=size)
    tw.write_text(page)
    page = doc.new_page(width=_W, height=_H)
    tw = pymupdf.TextWriter(page.rect)
    y = 70.0
    for x, text in [(57, "１．事業の背景・目的"),
                    (67, "近年、例示の急速な進展と社会への浸透を背景として、例示を科学研究に組み込むことにより、研究の"),
                    (57, "可能性を広げるとともに、その速度及び精度を飛躍的に高める取組が求められています。"),
                    (67, "このため、本事業は、あらゆる分野の研究者等が例示を利活用して研究の高度化を図ることがで"),
                    (57, "きるよう、研究環境を整備するとともに、萌芽的・探索的な研究を機動的に支援します。"),
                    (57, "２．事業の概要"),
                    (67, "本事業では、迅速な支援、伴走支援、独創的研究の芽出し支援の三つを柱として実施します。")]:
        tw.append((x, y), text, font=font, fontsize=10.5)
        y += 18
    tw.write_text(page)
    doc.save(path)
    return path
