"""Kinds blind27d builds from session 27's unseen papers (a ministry's 公募要領 whose cover renders the project's name in
English under it):

build_call_cover  a 公募要領's cover: 令和８年度 (18 pt) over a programme's name (20 pt), then the project's name in 22 pt,
                  its English rendering in 12 pt Latin letters, the project's acronym in brackets, 公 募 要 領 letter-spaced
                  and （第１回）, each in 22 pt, centred; the date at the foot; a second page of text in 10.5 pt. Truth: the
                  title is the rows in the title's type, the English rendering passed over — 例示萌芽的挑戦研究創出事業
                  (EXRD)公募要領（第１回）.
build_sample_form  a handbook's last two sections, their heads stroked bold, the last closing with a 参考 sample of an
                  agreement: its title, its sentence, then the blank date 「年  月  日」 on a row of its own and the parties'
                  rows (所 在 地, 例示局長名, 氏  名). Truth: no heading 年月日 (a date left blank to fill in).
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


def build_sample_form(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    for x, y, text, bold in [(85, 75, "１１　境界線の確定の参考事例", True),
                             (96, 93, "境界線は、申請地の上下流の状況を必ず確認した上で、現地の状況から判断して定めること。", False),
                             (96, 111, "また、常に流れているところとそうでないところでは植生が変わっていることにも留意する。", False),
                             (85, 147, "１２　そ の 他", True),
                             (96, 165, "例示事務所長等は、例示の権限の受任者である市町の長と互いに調整を図り、円滑な事務処理を", False),
                             (85, 183, "図るように努めましょう。", False),
                             (85, 219, "（参　考）", False), (263, 246, "例示境界協定書", False),
                             (106, 282, "○○市○○町○○番地先に当たる例示河川と○○所有地との境界については、本図朱線により", False),
                             (96, 300, "協定する。", False),
                             (138, 336, "年  月  日", False), (318, 354, "所 在 地", False), (318, 372, "例示局長名", False),
                             (318, 436, "氏  名", False)]:
        # a head is set bold by stroking its filled glyphs (a word processor's bold of a face with no bold cut)
        page.insert_text((x, y), text, fontname="japan", fontsize=10.5, render_mode=2 if bold else 0,
                         border_width=0.3 if bold else 0.05)
    doc.save(path)
    return path
