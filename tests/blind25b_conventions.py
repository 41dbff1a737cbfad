"""Kinds blind25b builds from session 25's unseen white paper and published list, each typeset here with its truth
beside it:

build_clipped_tab_page  a white paper's chapter page: 第1章 and its title, then （1）… items in bold over their text, and
                        at the outer edge the chapter's tab drawn as a print shop draws it — a grey band filled far past
                        the page's edge inside a clip shaped to the tab, and a black sheet inside a clip that leaves
                        nothing of it (both invisible but the tab's sliver); its section's number white on a dark disc. Truth: 第1章 over
                        its section over its three items.
build_tabbed_spread     four pages of a white paper's part: at the left edge of the even pages the part's tab —
                        第/3/部 (its digit larger) a little over 令和6年度の例示に関する計画 written down one character
                        to a row —, at the right edge of the odd pages 例示技術の研究 over 第/1/章, a page number in the
                        bottom corner. Truth: each tab one thumb index, every page its number, no margin line numbers.
build_listed_cases      a ministry's list of cases, one ruled table per office: the list's title centred over the
                        office's first page only, the office's name at the left and 最終更新日：… at the right printed
                        over the table on every page it runs over. Truth: one table of its header and 5 + 3 rows.
build_left_tab_page     an even page of the part: its tab at the left edge — the band filled from past the edge to mid-page
                        inside a clip shaped to the tab, the tab's dark ground for its word, and a slanted sheet drawn
                        almost wholly past the edge —, （4）…（6） in the left column beside it. Truth: the three items.
build_part_divider      a part's divider (第3部 over its name, then 第１章 / 例示技術の研究 / 第２章 / 例示の予防 … 第５章 /
                        例示の協力, each label alone over its chapter's name, more lines than a cover's) and the first chapter's page. Truth: no
                        heading on the divider; 第1章 and its items on the next page.
build_boxed_sections    a section 2 例示災害対策 on a dark disc, then 2-1 in a box of its own at the head of a grey band,
                        例示に関する調査研究 beside it a size smaller, and （1）（2） under it. Truth: the section, 2-1 and its
                        title one heading under it, the items under that.
build_posted_list_cover a list's cover: the office's name and 掲載日：令和元年8月30日 at the top right, the list's title
                        lower, centred, no date under it. Truth: dated 2019-08-30.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"   # Mincho: the body's face (headings in another)
GOTHIC = "china-s"   # another typeface than the text's (a heading face)
_W, _H = 595, 842

CHAPTER = ("第1章", "例示技術の研究")
SECTION = ("1", "災害一般共通事項")
ITEMS = [("（1）", "例示衛星による観測技術"), ("（2）", "例示センシング技術の研究開発"),
         ("（3）", "例示予報の高度化の推進")]
_TEXT = ["　例示研究機構においては、電波や光を用いて広範囲の大気",
         "状況や地表面の様子を迅速に把握する技術に関する研究開",
         "発を進める。また、観測データを伝送するための研究開発",
         "を進めるとともに、その社会実装に取り組む。"]


def _bold(page: pymupdf.Page, x: float, y: float, text: str, size: float) -> None:
    page.insert_text((x, y), text, fontname=GOTHIC, fontsize=size, render_mode=2, border_width=0.04,
                     color=(0, 0, 0), fill=(0, 0, 0))


def _append(doc: pymupdf.Document, page: pymupdf.Page, ops: str) -> None:
    """Operators added to the page's content after what it holds (PDF space: y up)."""
    xref = page.get_contents()[-1]
    doc.update_stream(xref, doc.xref_stream(xref) + b"\n" + ops.encode("ascii"))


def build_clipped_tab_page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _bold(page, 59, 80, f"{CHAPTER[0]}　{CHAPTER[1]}", 16)
    page.draw_circle((70.5, 113.5), 10.2, color=None, fill=(0.28, 0.28, 0.28))   # the section's number on a dark disc
    page.insert_text((66, 118), SECTION[0], fontname=GOTHIC, fontsize=13.5, color=(1, 1, 1))
    page.insert_text((91, 118), SECTION[1], fontname=GOTHIC, fontsize=13.5)
    _items(page, ITEMS, 145.0, 20)
    page.draw_rect((572.3, 237.7, 587.6, 312.1), color=None, fill=(0, 0, 0))   # the tab's dark ground for its word
    # the tab (PDF space): its clip at the right edge, 69–381 from the top; the band filled 322–1787 across, 69–395
    # down; a sheet (a 6-sided polygon 67–466 across, 69–523 down) inside a clip that misses it
    _append(doc, page, "q 561 461 43 312 re W n 0.49 g 322 447 1465 326 re f Q "
                       "q 561 461 43 312 re W n 0 g 466 773 m 466 377 l 389 319 l 67 319 l 67 501 l 428 773 l h f Q")
    doc.save(path)
    return path


PART_TAB = "第3部令和6年度の例示に関する計画"
CHAPTER_TAB = "例示技術の研究第1章"
FIRST_PAGE_NUMBER = 224


def _left_tab(page: pymupdf.Page) -> None:
    """第/3/部 at 430–472 down, its digit larger, then the part's name one character to a row from 493 down."""
    _bold(page, 18.4, 440.8, "第", 11.34)
    _bold(page, 18.5, 462.0, "3", 17.0)
    _bold(page, 18.4, 472.0, "部", 11.34)
    for k, ch in enumerate("令和6年度の例示に関する計画"):
        page.insert_text((19.5 if ch != "6" else 21.1, 502.0 + 9.2 * k), ch, fontname=GOTHIC, fontsize=9.2)


def _right_tab(page: pymupdf.Page) -> None:
    """例示技術の研究 one character to a row from 247 down, then 第/1/章 from 337 down."""
    for k, ch in enumerate("例示技術の研究"):
        page.insert_text((573.0, 256.8 + 9.9 * k), ch, fontname=GOTHIC, fontsize=9.9)
    _bold(page, 572.2, 348.7, "第", 11.34)
    _bold(page, 571.9, 370.0, "1", 17.0)
    _bold(page, 572.2, 379.9, "章", 11.34)


def build_tabbed_spread(path: Path) -> Path:
    doc = pymupdf.open()
    for n in range(4):
        page = doc.new_page(width=_W, height=_H)
        y = 80.0
        for k, (label, title) in enumerate(ITEMS):
            _bold(page, 54, y, f"（{3 * n + k + 1}）" + title, 10.6)
            y += 16
            for line in _TEXT * 3:
                page.insert_text((59, y), line, fontname=MINCHO, fontsize=10.6)
                y += 16
            y += 20
        number = str(FIRST_PAGE_NUMBER + n)
        if n % 2 == 0:
            _left_tab(page)
            page.insert_text((24.3, 816.0), number, fontname=GOTHIC, fontsize=9.2)
        else:
            _right_tab(page)
            page.insert_text((552.8, 816.0), number, fontname=GOTHIC, fontsize=9.2)
    doc.save(path)
    return path


LIST_TITLE = "例示法令違反に係る公表事案"
OFFICE = "北野労働局"
HEADER = ["企業・事業場名称", "所在地", "公表日", "違反法条", "事案概要", "その他参考事項"]
_CASES = [("例示工業", "北野市北区", "R1.7.9", "労働安全衛生法第21条", "作業床を設けなかったもの", "R1.7.9送検"),
          ("（株）例示建設", "北野市南区", "R1.7.10", "労働基準法第32条", "違法な時間外労働を行わせたもの", "R1.7.10送検"),
          ("例示運送（株）", "北野市東区", "R1.7.11", "労働安全衛生法第61条", "無資格者に運転させたもの", "R1.7.11送検"),
          ("（有）例示商会", "北野市西区", "R1.7.12", "最低賃金法第4条", "賃金を支払わなかったもの", "R1.7.12送検"),
          ("例示農業協同組合", "北野市中区", "R1.7.16", "労働安全衛生法第20条", "機械を停止しなかったもの", "R1.7.16送検"),
          ("例示板金", "北野市北区", "R1.7.17", "労働安全衛生法第21条", "手すりを設けなかったもの", "R1.7.17送検"),
          ("（株）例示牧場", "北野市南区", "R1.7.18", "労働安全衛生法第20条", "覆いを設けなかったもの", "R1.7.18送検"),
          ("（株）例示機材", "北野市東区", "R1.7.19", "労働安全衛生法第22条", "換気をしなかったもの", "R1.7.19送検")]
_EDGES = [38, 173, 255, 311, 473, 662, 804]


def _grid(page: pymupdf.Page, top: float, rows: list[tuple[str, ...]]) -> None:
    """A ruled table: its header (17 pt) and its rows (40 pt each) at `top`."""
    ys = [top, top + 17] + [top + 17 + 40 * (k + 1) for k in range(len(rows))]
    for y in ys:
        page.draw_line((_EDGES[0], y), (_EDGES[-1], y), width=0.8)
    for x in _EDGES:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.8)
    for k, text in enumerate(HEADER):
        page.insert_text((_EDGES[k] + 4, top + 13), text, fontname=MINCHO, fontsize=9)
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            page.insert_text((_EDGES[k] + 3, ys[r + 1] + 23), text, fontname=MINCHO, fontsize=9)


def build_listed_cases(path: Path) -> Path:
    doc = pymupdf.open()
    for first, rows in ((True, _CASES[:5]), (False, _CASES[5:])):
        page = doc.new_page(width=842, height=595)
        top = 66.0
        if first:
            page.insert_text((330, 66), LIST_TITLE, fontname=MINCHO, fontsize=11)
            top = 94.0
        page.insert_text((39, top - 2), OFFICE, fontname=MINCHO, fontsize=10)
        page.insert_text((656, top - 2), "最終更新日：令和元年7月31日", fontname=MINCHO, fontsize=10)
        _grid(page, top, list(rows))
    doc.save(path)
    return path


POSTED_TITLE = "例示基準関係法令違反に係る公表事案"
POSTED_DATE = "2019-08-30"


def build_posted_list_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    pad = "\u3000"   # a word processor's rows pushed right by ideographic spaces, as the list's cover sets them
    page.insert_text((61, 74), pad * 18 + "厚生労働省例示局監督課", fontname=MINCHO, fontsize=20.6)
    page.insert_text((61, 95), pad * 19 + "掲載日：令和元年8月30日", fontname=MINCHO, fontsize=20.6)
    page.insert_text((61, 274), pad * 6, fontname=MINCHO, fontsize=20.6)
    page.insert_text((185, 274), POSTED_TITLE, fontname=MINCHO, fontsize=26.3)
    page.insert_text((61, 302), pad * 6, fontname=MINCHO, fontsize=26.3)
    page.insert_text((219, 302), "（平成30年8月1日～令和元年7月31日公表分）", fontname=MINCHO, fontsize=16.9)
    page.insert_text((61, 324), pad, fontname=MINCHO, fontsize=20.6)
    page.insert_text((61, 390), pad, fontname=MINCHO, fontsize=20.6)
    page.insert_text((61, 476), pad * 4 + "（※）各地方の局が公表した際の内容を集約したもの", fontname=MINCHO, fontsize=20.6)
    page = doc.new_page(width=842, height=595)
    page.insert_text((330, 66), POSTED_TITLE, fontname=MINCHO, fontsize=11)   # the list's title over its first table
    page.insert_text((39, 92), "北野労働局", fontname=MINCHO, fontsize=10)
    _grid(page, 94.0, list(_CASES[:3]))
    doc.save(path)
    return path


def _items(page: pymupdf.Page, items, y: float, gap: float) -> float:
    """Each item's bold label and title over its lines of body text, from `y` down, `gap` between items; the y after."""
    for label, title in items:
        _bold(page, 54, y, label + title, 10.6)
        y += 16
        for line in _TEXT:
            page.insert_text((59, y), line, fontname=MINCHO, fontsize=10.6)
            y += 16
        y += gap
    return y


def build_left_tab_page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _items(page, ITEMS_LEFT, 380.0, 14)
    page.draw_rect((17.2, 418.3, 33.8, 466.0), color=None, fill=(0, 0, 0))   # the tab's dark ground for its word
    # (PDF space) the tab's clip at the left edge, 405–483 down; the band filled -27–321 across inside it; the sheet's
    # six sides -88–7 across, 405–513 down (its clip lets only its sliver on the page show)
    _append(doc, page, "q -9 359 52 78 re W n 0.49 g -27 359 348 78 re f Q "
                       "q -9 359 52 78 re W n 0 g 7 437 m 7 343 l -11 329 l -88 329 l -88 372 l -2 437 l h f Q")
    doc.save(path)
    return path


ITEMS_LEFT = [("（4）", "例示通信技術に関する研究開発等"), ("（5）", "例示環境計測技術の研究開発"),
              ("（6）", "例示予報の高度化の推進")]
PART = ("第3部", "令和6年度の例示に関する計画")
LISTED = [("第１章", "例示技術の研究"), ("第２章", "例示の予防"), ("第３章", "例示の保全"), ("第４章", "例示の復旧等"), ("第５章", "例示の協力")]


def build_part_divider(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _bold(page, 58, 138, PART[0][0], 18)   # 第 / 3 set huge / 部
    _bold(page, 79, 150, PART[0][1], 73)
    _bold(page, 120, 138, PART[0][2], 18)
    _bold(page, 58, 215, PART[1][:6], 51)
    _bold(page, 58, 271, PART[1][6:], 51)
    y = 320.0
    for label, name in LISTED:   # each chapter's label, its digit larger, over a rule, its name under it
        _bold(page, 58, y, label[0], 13.5)
        _bold(page, 72, y + 2, label[1], 20.6)
        _bold(page, 92, y, label[2], 13.5)
        page.draw_line((58, y + 5), (313, y + 5), color=(0.2, 0.2, 0.2), width=1.4)
        _bold(page, 58, y + 24, name, 14.2)
        y += 52
    page = doc.new_page(width=_W, height=_H)
    _bold(page, 59, 80, f"{CHAPTER[0]}　{CHAPTER[1]}", 16)
    _items(page, ITEMS, 120.0, 20)
    doc.save(path)
    return path


BOXED_SECTION = ("2", "例示災害対策")
BOX = ("2-1", "例示に関する調査研究")
BOXED_ITEMS = [("（1）", "例示研究推進本部"), ("（2）", "例示観測網の運用")]


def build_boxed_sections(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _bold(page, 59, 80, f"{CHAPTER[0]}　{CHAPTER[1]}", 16)
    page.draw_circle((70.5, 113.5), 10.2, color=None, fill=(0.28, 0.28, 0.28))
    page.insert_text((66, 118), BOXED_SECTION[0], fontname=GOTHIC, fontsize=13.5, color=(1, 1, 1))
    page.insert_text((91, 118), BOXED_SECTION[1], fontname=GOTHIC, fontsize=13.5)
    # the band drawn as a white paper draws it: a dark stroke 17.7 pt wide across the column, a light one over it right
    # of the number's box
    page.draw_line((58.8, 143.0), (282.0, 143.0), color=(0.3, 0.3, 0.3), width=17.7)
    page.draw_line((96.8, 143.0), (281.3, 143.0), color=(0.8, 0.8, 0.8), width=16.3)
    for _ in range(2):   # the number drawn twice over itself (the layout's overprint)
        _bold(page, 62.0, 147.6, BOX[0], 10.6)   # (31.8 pt wide in this face: to 93.8)
    page.insert_text((93.8, 147.3), " ", fontname="helv", fontsize=9.9)
    page.insert_text((105.8, 147.3), BOX[1], fontname=GOTHIC, fontsize=9.9)
    y = 175.0
    for label, title in BOXED_ITEMS:
        _bold(page, 54, y, label + title, 10.6)
        y += 16
        for line in _TEXT:
            page.insert_text((59, y), line, fontname=MINCHO, fontsize=10.6)
            y += 16
        y += 20
    doc.save(path)
    return path


OFFICES = ["北野労働局", "南野労働局", "東野労働局"]


def build_printed_sheets(path: Path) -> Path:
    """A list made in a spreadsheet and printed landscape: a cover, then per office a page — the list's title centred
    at the top in a size over the table's, the office's name and 最終更新日 over a ruled table of its cases."""
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_text((230, 270), POSTED_TITLE, fontname=MINCHO, fontsize=26.3)
    for k, office in enumerate(OFFICES):
        page = doc.new_page(width=842, height=595)
        page.insert_text((330, 66), POSTED_TITLE, fontname=MINCHO, fontsize=12)
        page.insert_text((39, 92), office, fontname=MINCHO, fontsize=9)
        page.insert_text((656, 92), "最終更新日：令和元年7月31日", fontname=MINCHO, fontsize=9)
        _grid(page, 94.0, list(_CASES[3 * k:3 * k + 3]))
    doc.save(path)
    return path
