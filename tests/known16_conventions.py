"""A form's first sheet built with PyMuPDF, as a subsidy's application forms print it (小規模事業者持続化補助金
＜創業型＞, 様式２): the frame it belongs to as a bracketed category tag 【創業型】 at the top left in LARGER type than
the form's title centred under it, the form's number （様式２） at the top right, a section label over a ruled grid
of fields whose cells hold the applicant's entries (a founding date, an address, a note on what to write). The
tag is the document's label (numbering.CATEGORY_TAG, Cover.labels), never its title nor a heading; a cell's entry
is no date and no issuer of the document (cover._entries_out). And a statistics sheet's notes set side by side
under a row of ruled tables, their rows never level (東京都's 患者の発生について 別紙): each note is read whole
(reading_order.notes_whole). The tests are in test_known16_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

TAG = "【創業型】"
TITLE = "経営計画書兼補助事業計画書①"
SECTION = "＜応募者の概要＞"
_FIELDS = [("名称（商号または屋号）", "持続化珈琲（小売業サンプル）"),
           ("資本金額（法人以外は記載不要）", "３００万円"),
           ("設立年月日（西暦）", "2024年1月10日"),
           ("事業実施場所の住所", "〇〇県〇〇市〇〇町〇－〇－〇"),
           ("代表者の氏名", "持続化 正"),
           ("主たる業種", "商業・サービス業（宿泊業・娯楽業を除く）")]


def build_category_form(path: Path) -> Path:
    """One A4 page: 【創業型】 14 pt at the top left and （様式２） 11 pt at the top right on the first row, the title
    12 pt centred under them, ＜応募者の概要＞ 11 pt, then a ruled grid of two columns, one row per field
    (its name at the top of its cell, the entry set lower in the next: each a row of the page of its own)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((71, 42), TAG, fontname="japan", fontsize=14)
    page.insert_text((481, 37), "（様式２）", fontname="japan", fontsize=11)
    page.insert_text((199, 57), TITLE, fontname="japan", fontsize=12)
    page.insert_text((50, 88), SECTION, fontname="japan", fontsize=11)
    top, h, x0, mid, x1 = 95.0, 33.0, 50.0, 220.0, 545.0
    for k, (name, value) in enumerate(_FIELDS):
        y = top + k * h
        page.insert_text((x0 + 5, y + 13), name, fontname="japan", fontsize=11)   # the field's name at the cell's top,
        page.insert_text((mid + 5, y + 29), value, fontname="japan", fontsize=11)   # the entry lower, on a row of its own
    bottom = top + len(_FIELDS) * h
    for k in range(len(_FIELDS) + 1):
        page.draw_line((x0, top + k * h), (x1, top + k * h), width=0.5)
    for x in (x0, mid, x1):
        page.draw_line((x, top), (x, bottom), width=0.5)
    doc.save(path)
    return path


NOTE_LEFT = ["※１濃厚接触者：確定患者との接触歴があるもの", "＊２つの欄に該当する場合があるため、内訳と総数が一致しない場合がある。"]
NOTE_RIGHT = ["※２　検査から結果が出るまでは３", "日程度要する。なお、この検査結果", "と本日の報告数が一致するものでは", "ない。（陰性確認を含む）"]


def build_notes_side_by_side(path: Path) -> Path:
    """One A4 page as a statistics sheet sets it: a numbered section over a row of two ruled tables (a wide
    one at the left, a narrow box at the right), under each its notes — at the left two notes in 7.7 pt on a
    13 pt pitch, at the right one note of four short lines in 6.2 pt on an 11 pt pitch, their rows never level
    with the left's —, then the next section over its own table. No gutter runs the page's height."""
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((30, 115), "１　患者の発生状況", fontname="japan", fontsize=9.8)
    _grid(page, 42, 124, 327, [("総数", "783"), ("調査中", "529"), ("海外渡航歴", "1")])
    _grid(page, 454, 124, 556, [("検査実施件数", "6,363")])
    for k, text in enumerate(NOTE_LEFT):
        page.insert_text((44, 180 + 13 * k), text, fontname="japan", fontsize=7.7)
    for k, text in enumerate(NOTE_RIGHT):
        page.insert_text((454, 178 + 11 * k), text, fontname="japan", fontsize=6.2)
    page.insert_text((30, 250), "２　都内発生数", fontname="japan", fontsize=9.8)
    _grid(page, 42, 260, 327, [("入院中", "2,730"), ("宿泊療養", "1,013"), ("自宅療養", "3,278")])
    doc.save(path)
    return path


def _grid(page, x0: float, y0: float, x1: float, cells: list[tuple[str, str]]) -> None:
    """A ruled table of two rows (heads over figures), one column per cell, from x0 to x1 at y0."""
    w = (x1 - x0) / len(cells)
    for k, (head, figure) in enumerate(cells):
        page.insert_text((x0 + k * w + 4, y0 + 12), head, fontname="japan", fontsize=9.8)
        page.insert_text((x0 + k * w + 4, y0 + 42), figure, fontname="japan", fontsize=12.6)
    for y in (y0, y0 + 15, y0 + 48):
        page.draw_line((x0, y), (x1, y), width=0.6)
    for k in range(len(cells) + 1):
        page.draw_line((x0 + k * w, y0), (x0 + k * w, y0 + 48), width=0.6)
