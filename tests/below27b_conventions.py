"""Built documents for below27b's conventions (tests/test_below27b_conventions.py).

build_notes_page  a list's last page of notes: 注１ and 注２ (10.5 pt, stroked bold) and ＊注３ (9 pt, stroked bold), each
                  a title on a line set apart over its paragraph; under ＊注３ two numbered sub-heads (１　…, ２　…);
                  under the notes, a note of a table in body type 「注４　数値は例示課の調べによる。」. Truth: headings
                  注１, 注２, ＊注３ at depth 1, １ and ２ under ＊注３; 注４ no heading.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_W, _H = 595, 842

NOTE_TITLES = ["例示中学校校区修正に伴う経過措置について", "例示小学校校区修正に伴う経過措置について",
               "例示土地区画整理事業施行に伴う経過措置について"]


def build_notes_page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    rows = [(90, 80, "注１　" + NOTE_TITLES[0], 10.5, True),
            (90, 112, "○○市立例示中学校の通学区域のうち、例示町一丁目については経過措置として例示第一中学校への", 10.5, False),
            (90, 124, "指定変更を認める。", 10.5, False),
            (90, 160, "注２　" + NOTE_TITLES[1], 10.5, True),
            (90, 192, "例示小学校の通学区域のうち、例示町二丁目については経過措置として例示第二小学校への指定変更を", 10.5, False),
            (90, 204, "認める。", 10.5, False),
            (90, 240, "＊注３　" + NOTE_TITLES[2], 9, True),
            (90, 262, "１　在校生に対する経過措置", 9, False),
            (90, 272, "\u3000校区修正前の学校に入学している児童・生徒は、希望すれば保護者の申請により、卒業するまで在籍できる", 9, False),
            (90, 282, "ものとする。", 9, False),
            (90, 302, "２　新入学児童・生徒等に対する経過措置", 9, False),
            (90, 312, "\u3000校区修正対象地区の新入学児童・生徒等は、希望すれば保護者の申請に基づき、校区修正前の学校に", 9, False),
            (90, 322, "新入学できるものとする。", 9, False),
            (90, 360, "注４　数値は例示課の調べによる。", 9, False)]
    for x, y, text, size, bold in rows:
        # a head is set bold by stroking its filled glyphs (a word processor's bold of a face with no bold cut)
        page.insert_text((x, y), text, fontname="japan", fontsize=size, render_mode=2 if bold else 0,
                         border_width=0.3 if bold else 0.05)
    doc.save(path)
    return path
