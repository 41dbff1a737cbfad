"""Kinds fix22 builds from session 22's unseen documents under a bar, each typeset here with its truth beside it:

- build_annex_deck: a deck's annexes (a guideline's 別添 概要): a slide titled 別添1. … opens the annex, the slides
  of its parts after it are titled 別添1 A. …, 別添1 B. …; another annex 別添2. with one part, its title long enough
  to be set smaller to fit its band (PowerPoint's autofit). All titles in one band and one type.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from slide_conventions import GOTHIC, TITLE_SIZE, _bold, _slide

# (depth, label, title, size) per slide after the cover: its truth
ANNEX_SLIDES = [(1, "", "別添の位置づけ", TITLE_SIZE),
                (1, "別添1.", "第1部関連の記載内容", TITLE_SIZE),
                (2, "別添1 A.", "前提となる考え方", TITLE_SIZE),
                (2, "別添1 B.", "便益とリスクの整理", TITLE_SIZE),
                (1, "別添2.", "第2部関連の記載内容", TITLE_SIZE),
                (2, "別添2 A.", "経営層による体制の構築と運用状況のモニタリング", TITLE_SIZE - 0.4)]


def build_annex_deck(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=842, height=595)
    cover.insert_text((150, 240), "人工知能の利活用に関する指針案 別添 概要", fontname=GOTHIC, fontsize=32)
    cover.insert_text((330, 400), "令和６年４月", fontname=GOTHIC, fontsize=18)
    for _, label, title, size in ANNEX_SLIDES:
        _slide(doc, f"{label} {title}".strip(), size, False)
    doc.save(path)
    return path


# build_continued_list: a one-page sheet (a numbered heading over its paragraphs), then a list's ruled table over
# three pages, its title printed again at the top of each, in bold larger than the text, the table right under it
# (its header row repeated). Truth: the title heads the list where it first appears (a heading on p2, depth 1), a
# running head on pp3–4. `over_table=False`: the same title over running text, no table — a running head throughout.
LIST_TITLE = "市内陽性患者の一覧（９月１６日現在）"
LIST_HEAD = ["番号", "公表日", "居住地", "年代", "性別", "備考"]
SHEET_HEADING = ("１", "患者の発生状況")


def build_continued_list(path: Path, over_table: bool = True) -> Path:
    doc = pymupdf.open()
    sheet = doc.new_page(width=595, height=842)
    _bold(sheet, (40, 40), "別紙", 11)
    _bold(sheet, (50, 70), "◆令和２年９月１６日時点", 9.8)
    _bold(sheet, (50, 100), f"{SHEET_HEADING[0]}　{SHEET_HEADING[1]}", 9.8)
    for k in range(12):
        sheet.insert_text((50, 120 + 16 * k), "本日の新規陽性者数は前日と比べて増加しており、引き続き感染防止対策の徹底について注意が必要である。",
                          fontname=GOTHIC, fontsize=10)   # the sheet's text across the page's measure
    xs = [60, 110, 190, 300, 360, 410, 535]
    number = 100
    for p in range(3):
        page = doc.new_page(width=595, height=842)
        _bold(page, ((595 - 12 * len(LIST_TITLE)) / 2, 40), LIST_TITLE, 12)
        top, rows = 70.0, 60
        if not over_table:
            for k in range(rows):
                page.insert_text((60, top + 12 * k + 9), f"{number + k}番目の患者は市内在住で、現在は自宅で療養中である。",
                                 fontname=GOTHIC, fontsize=8)
            number += rows
            continue
        for r in range(rows + 1):
            y = top + 12 * r
            page.draw_line((xs[0], y), (xs[-1], y), width=0.5)
            if r == rows:
                break
            cells = LIST_HEAD if r == 0 else [str(number), "９月１６日", "市内", "30代", "男性", ""]
            number += r > 0
            for x, text in zip(xs, cells):
                page.insert_text((x + 3, y + 9), text, fontname=GOTHIC, fontsize=7)
        for x in xs:
            page.draw_line((x, top), (x, top + 12 * rows), width=0.5)
    doc.save(path)
    return path


# build_noted_list: a ruled list of six columns, a note set in a white box framed in black laid over the empty cells
# of its middle rows (its sides between the list's columns). Truth: one table of six columns; the frame's sides
# divide no column.
NOTED_HEAD = ["番号", "公表日", "居住地", "年代", "性別", "備考"]


def build_noted_list(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _bold(page, (200, 60), "市内陽性患者の一覧", 12)
    xs, top, rows = [60, 110, 190, 300, 360, 410, 535], 90.0, 30
    for r in range(rows + 1):
        page.draw_line((xs[0], top + 12 * r), (xs[-1], top + 12 * r), width=0.5)
    for x in xs:
        page.draw_line((x, top), (x, top + 12 * rows), width=0.5)
    for r in range(rows):
        cells = NOTED_HEAD if r == 0 else [str(100 + r), "９月１６日", "", "", "", ""] if 8 <= r <= 20 \
            else [str(100 + r), "９月１６日", "市内", "30代", "男性", ""]
        for x, text in zip(xs, cells):
            page.insert_text((x + 3, top + 12 * r + 9), text, fontname=GOTHIC, fontsize=7)
    note = pymupdf.Rect(240, top + 12 * 9 + 4, 470, top + 12 * 19 - 4)
    page.draw_rect(note, color=None, fill=(1, 1, 1))
    page.draw_rect(note, color=(0, 0, 0), width=0.6)
    page.insert_text((250, note.y0 + 50), "居住地、年代、性別は、現在、調査中です。", fontname=GOTHIC, fontsize=9)
    doc.save(path)
    return path


# build_flush_band_sheet: a sheet's sections １ and ２ in bold at the left, a topic in their type set further in under
# １, then, flush with ２, a 【参考】 band in their type. Truth: the band is the sections'
# sibling (depth 1), the topic under １ (depth 2).
FLUSH_SHEET = [(1, 40, "１　患者の発生状況"), (2, 54, "〇年代別の内訳"), (1, 40, "２　都内患者数"),
               (1, 40, "【参考】区市町村別患者数（累計値）")]


def build_flush_band_sheet(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 80.0
    for _, x, text in FLUSH_SHEET:
        _bold(page, (x, y), text, 10)
        for k in range(3):
            page.insert_text((54, y + 18 + 14 * k), "本日判明した陽性者の内訳を示すもので、今後の調査により変動する可能性がある。",
                             fontname=GOTHIC, fontsize=9)
        y += 90
    doc.save(path)
    return path
