"""Builders of OCR'd scans whose rules are only in the picture (scan17): a page that is one picture of the
paper (rules, frames and boxes drawn into its pixels, nothing drawn on the page) with the words laid over it
in invisible glyphs (render mode 3), as a scanner's OCR leaves them.

* `build_scan`: a notice with a paragraph, a table of 3 rows and 3 columns ruled in the picture, fed a little
  askew (its rules slant by `SKEW` degrees), a note framed by a box (one cell: no table) and a formula term in a
  box with rounded corners (no table; no rules).
* `build_flyer`: a scanned flyer's items, no colour, face or size in its OCR layer: red "○…。" lines closing
  their sentence, each over a paragraph indented past it (字下げ) — the paragraph before each stops short, its 。
  misread "b" —; a "○…" line over two "◆…" lines indented under it, each over its own indented paragraph; a
  【…】 caption over a ※ note and a table ruled in the picture.

Truth beside the builders; the tests are in test_scan17_conventions.py."""
from __future__ import annotations

import math
from pathlib import Path

import pymupdf

_FONT = "japan"
_SIZE = 10.5
SKEW = 0.8   # degrees: a sheet fed askew into the scanner
PARAGRAPH = ["保険料の納付方法は、原則として特別徴収になります。ただし、年金の受給額が少ない場合",
             "や、介護保険料と合わせた天引き額が多い場合は、納付書又は口座振替で納付していただきます。"]
TABLE = [["納期", "4月", "6月"], ["特別徴収", "第1回", "第2回"], ["普通徴収", "第1期", "第2期"]]
_COLUMNS = (80.0, 180.0, 260.0, 340.0)
_ROWS = (300.0, 322.0, 344.0, 366.0)
NOTE = "※審査・決定は、広域連合が行います。"
TERM = ["均等割額", "54,843円"]


def _askew(x: float, y: float) -> tuple[float, float]:
    """A point of the table as the askew sheet shows it: turned by SKEW degrees about the table's corner."""
    a = math.radians(SKEW)
    dx, dy = x - _COLUMNS[0], y - _ROWS[0]
    return _COLUMNS[0] + dx * math.cos(a) - dy * math.sin(a), _ROWS[0] + dx * math.sin(a) + dy * math.cos(a)


def _picture(width: float, height: float) -> pymupdf.Pixmap:
    """The paper as scanned at 200 dpi: the table's rules (askew), the note's frame, the term's rounded box."""
    paper = pymupdf.open()
    page = paper.new_page(width=width, height=height)
    for y in _ROWS:
        page.draw_line(_askew(_COLUMNS[0], y), _askew(_COLUMNS[-1], y), color=(0, 0, 0), width=0.8)
    for x in _COLUMNS:
        page.draw_line(_askew(x, _ROWS[0]), _askew(x, _ROWS[-1]), color=(0, 0, 0), width=0.8)
    page.draw_rect(pymupdf.Rect(76, 420, 400, 446), color=(0, 0, 0), width=0.8)
    page.draw_rect(pymupdf.Rect(80, 500, 200, 550), color=(0, 0, 0), width=1.0, radius=0.2)
    return page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)


def build_scan(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=593, height=838)
    page.insert_image(page.rect, pixmap=_picture(593, 838))

    def put(x: float, y: float, text: str) -> None:
        page.insert_text((x, y), text, fontname=_FONT, fontsize=_SIZE, render_mode=3)
    put(230, 100, "お知らせ")
    for k, line in enumerate(PARAGRAPH):
        put(70, 200 + 16 * k, line)
    for r, row in enumerate(TABLE):
        for c, cell in enumerate(row):
            x, y = _askew(_COLUMNS[c] + 6, _ROWS[r] + 15)
            put(x, y, cell)
    put(82, 437, NOTE)
    put(100, 520, TERM[0])
    put(100, 538, TERM[1])
    doc.save(path)
    return path


ITEMS = ["○後期高齢者医療制度の資格確認書等を更新します。", "○自己負担割合は資格確認書に記載されています。"]
PARENT = "○保険料の軽減措置"
SUBITEMS = ["◆低所得世帯に属する方に対する軽減", "◆被用者保険の被扶養者であった方に対する軽減"]
CAPTION = "【年度の途中で特別徴収が始まる場合の納期】"
CAPTION_NOTE = "※令和7年度に特別徴収が止まった方"
FLYER_TABLE = [["納期", "7月", "8月"], ["普通徴収", "第1期", "第2期"]]
_FILL = "後期高齢者医療制度では被保険者が医療機関・薬局に支払う自己負担割合は同一世帯の所得で判定されます"


def _flyer_picture(width: float, height: float, rows: tuple[float, ...], columns: tuple[float, ...]) -> pymupdf.Pixmap:
    paper = pymupdf.open()
    page = paper.new_page(width=width, height=height)
    for y in rows:
        page.draw_line((columns[0], y), (columns[-1], y), color=(0, 0, 0), width=0.8)
    for x in columns:
        page.draw_line((x, rows[0]), (x, rows[-1]), color=(0, 0, 0), width=0.8)
    return page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)


def build_flyer(path: Path) -> Path:
    """The flyer (module docstring): 10.5 pt lines 15 pt apart, no blank line anywhere, as the OCR wrote them."""
    rows, columns = (505.0, 527.0, 549.0), (50.0, 150.0, 230.0, 310.0)
    doc = pymupdf.open()
    page = doc.new_page(width=593, height=838)
    page.insert_image(page.rect, pixmap=_flyer_picture(593, 838, rows, columns))
    y = 100.0

    def put(x: float, text: str) -> None:
        nonlocal y
        page.insert_text((x, y), text, fontname=_FONT, fontsize=_SIZE, render_mode=3)
        y += 15

    def paragraph(x: float) -> None:   # its first line indented a letter past the mark's text, run to the edge
        put(x + 2 * _SIZE, _FILL[:int((545 - x - 2 * _SIZE) // _SIZE)])
        put(x, "自己負担割合は同一世帯の被保険者の前年中の所得を基準に判定しますb")   # three quarters across
    for item in ITEMS:
        put(46, item)
        paragraph(46)
    put(46, PARENT)
    for sub in SUBITEMS:
        put(60, sub)
        paragraph(60)
    y = 470.0
    put(46, CAPTION)
    put(52, CAPTION_NOTE)
    for r, row in enumerate(FLYER_TABLE):
        for c, cell in enumerate(row):
            page.insert_text((columns[c] + 6, rows[r] + 15), cell, fontname=_FONT, fontsize=_SIZE, render_mode=3)
    doc.save(path)
    return path


LABEL = ["令和8年度版", "広報7月号折込"]
BODY_TABLE = [["受付窓口"], ["福祉医療課"]]
FIGURE_BOX = ["重症者", "0"]


def build_labelled(path: Path) -> Path:
    """Three pages, the first two each with a label framed at its top right as two boxes stacked (LABEL), drawn;
    the second page also has a one-column table of two rows in its body (BODY_TABLE: a table, no label); the
    third a statistics sheet's box at its top right, a header over its figure (FIGURE_BOX: a table, no label)."""
    doc = pymupdf.open()
    for n in range(3):
        page = doc.new_page(width=595, height=842)
        for r, text in enumerate(LABEL if n < 2 else FIGURE_BOX):
            box = pymupdf.Rect(440, 40 + 22 * r, 550, 62 + 22 * r)
            page.draw_rect(box, color=(0, 0, 0), width=0.8)
            page.insert_text((box.x0 + 6, box.y1 - 6), text, fontname=_FONT, fontsize=_SIZE)
        page.insert_text((60, 130), f"後期高齢者医療制度のお知らせ（その{n + 1}）", fontname=_FONT, fontsize=16)
        for k in range(4):
            page.insert_text((60, 170 + 16 * k), _FILL[:44], fontname=_FONT, fontsize=_SIZE)
        if n == 1:
            for r, row in enumerate(BODY_TABLE):
                box = pymupdf.Rect(60, 260 + 22 * r, 200, 282 + 22 * r)
                page.draw_rect(box, color=(0, 0, 0), width=0.8)
                page.insert_text((box.x0 + 6, box.y1 - 6), row[0], fontname=_FONT, fontsize=_SIZE)
    doc.save(path)
    return path


MADE = "令和8年4月作成"


def build_made(path: Path) -> Path:
    """A two-page leaflet, no date but "令和8年4月作成" at the last page's foot, right, after its contact lines."""
    doc = pymupdf.open()
    for n in range(2):
        page = doc.new_page(width=595, height=842)
        page.insert_text((60, 90), "健康診査のお知らせ" if n == 0 else "保険料の納付について", fontname=_FONT, fontsize=18)
        for k in range(5):
            page.insert_text((60, 140 + 16 * k), _FILL[:44], fontname=_FONT, fontsize=_SIZE)
    page.insert_text((60, 700), "お問合せ先　鈴鹿市福祉医療課　電話059-382-7627", fontname=_FONT, fontsize=_SIZE)
    page.insert_text((470, 800), MADE, fontname=_FONT, fontsize=9)
    doc.save(path)
    return path
