"""Three kinds of document not held before session 13, built with PyMuPDF (issue 19: documents nobody
has seen), truth beside each builder; the tests are in test_newdocs13_conventions.py.

* A research group's report (報告書) typed in Word: its outline 第１ > １ in Gothic over a Mincho body,
  each label set a tab after which the text layer keeps one half-width space, the title a full em
  after the label — so a title opening with a counter (第２⇥条約との関係について) is still a title.
* A statistics sheet printed from Excel: its title over the table it opens with, marked with ○ as a
  list marks its entries (○住居確保給付金の申請件数…), ※ notes under the grid.
* A weekly statistics sheet: its title centred over a bracketed row naming the day its figures run to
  (（８月１５日までの貸付状況）) — the figures' scope, no part of the title.
* An English version of a council's paper: a flush-left issuer over the title and date centred
  ("(April 1, 2020)"), boxed parts 1. 2. at the margin, (1) > (i) (ii) (iii) in body type with the
  text hung under their titles, a title of more than eighty letters, and a count 1. 2. started again
  deep inside (ii)."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

_GOTHIC, _MINCHO = "japan", "china-s"   # renamed below: a Gothic for the headings, a Mincho body
_SIZE = 12.0

# --- a report's outline typed with tabs -----------------------------------------------------------
REPORT_TITLE = "商事法の電子化に関する研究会報告書"
# (label, title, depth): the second 第 heading's title opens with 条 (条約), a counter after a number (a bare
# number's, １⇥条約…, would read as a quantity: 10 月に開催された…)
REPORT_HEADINGS = [("第１", "準拠法について", 1), ("１", "検討内容について", 2), ("２", "検討結果について", 2),
                   ("第２", "条約との関係について", 1), ("１", "船荷証券統一条約の存在について", 2), ("２", "検討結果について", 2)]
_REPORT_TEXT = ["船荷証券は国際海上運送に用いられるものであるため、準拠法が問題", "となることが不可避的に生じることとなる。"]


def _tabbed(page: pymupdf.Page, x: float, y: float, label: str, title: str) -> None:
    """A label, the space the text layer keeps for the tab after it, and the title a full em further."""
    page.insert_text((x, y), label + " ", fontname=_GOTHIC, fontsize=_SIZE)
    page.insert_text((x + (len(label) + 1) * _SIZE, y), title, fontname=_GOTHIC, fontsize=_SIZE)


def build_tabbed_outline(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((130, 90), REPORT_TITLE, fontname=_GOTHIC, fontsize=20)
    page.insert_text((240, 130), "令和４年４月", fontname=_GOTHIC, fontsize=16)
    y = 180.0
    for label, title, depth in REPORT_HEADINGS:
        y += 10 if depth == 1 else 0
        _tabbed(page, 85 + 12 * (depth - 1), y, label, title)
        y += 18
        for k, row in enumerate(_REPORT_TEXT):
            page.insert_text((121 if k == 0 else 109, y), row, fontname=_MINCHO, fontsize=_SIZE)
            y += 18
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path


# --- an Excel sheet's title marked ○ over its table ----------------------------------------------
SHEET_TITLE = "住居確保給付金の申請件数、決定件数、支給済額"   # as the title reads: the mark is not the title's
SHEET_ROWS = [("", "申請件数", "決定件数"), ("北海道", "２５１", "７７"), ("青森県", "３５", "２２"), ("合計", "２８６", "９９")]
SHEET_NOTE = "※本集計は速報値としてとりまとめたものである。"


def build_marked_sheet(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((52, 68), "○" + SHEET_TITLE, fontname=_GOTHIC, fontsize=10.4)
    xs, top, step = (50, 150, 250, 350), 80.0, 16.0
    for r, row in enumerate(SHEET_ROWS):
        for c, cell in enumerate(row):
            page.insert_text((xs[c] + 4, top + step * r + 12), cell, fontname=_GOTHIC, fontsize=7.8)
    bottom = top + step * len(SHEET_ROWS)
    for k in range(len(SHEET_ROWS) + 1):
        page.draw_line((xs[0], top + step * k), (xs[-1], top + step * k), color=(0, 0, 0), width=0.6)
    for x in xs:
        page.draw_line((x, top), (x, bottom), color=(0, 0, 0), width=0.6)
    page.insert_text((52, bottom + 12), SHEET_NOTE, fontname=_GOTHIC, fontsize=7.2)
    rename_fonts(doc, "/lroSVbN", "/lroSVbN")
    doc.save(path)
    return path


# --- a statistics sheet's title over the day its figures run to ----------------------------------
SCOPED_TITLE = "緊急小口資金等の特例貸付の実施状況（速報値）"
SCOPE = "（８月１５日までの貸付状況）"


def build_scoped_sheet(path: Path, title_size: float = 6.7) -> Path:
    """The title and its scope centred over a grid (`title_size`: the title's; in the grid's size, as
    printed, or larger, a title in display type)."""
    doc = pymupdf.open()
    page = doc.new_page(width=841.9, height=595.3)
    for y, text, size in ((56, SCOPED_TITLE, title_size), (56 + title_size + 2, SCOPE, 6.7)):
        width = pymupdf.get_text_length(text, fontname=_GOTHIC, fontsize=size)
        page.insert_text((421 - width / 2, y + size), text, fontname=_GOTHIC, fontsize=size)
    xs, top, step = (50, 150, 250, 350, 450, 550, 650, 780), 90.0, 7.4
    rows = [("", "申請件数", "決定件数", "決定金額", "申請件数", "決定件数", "決定金額")] + \
        [(f"県{k}", "１", "２", "３", "４", "５", "６") for k in range(1, 9)] + [("合計", "８", "１６", "２４", "３２", "４０", "４８")]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            page.insert_text((xs[c] + 3, top + step * r + 6), cell, fontname=_GOTHIC, fontsize=5.2)
    for k in range(len(rows) + 1):
        page.draw_line((xs[0], top + step * k), (xs[-1], top + step * k), color=(0, 0, 0), width=0.5)
    for x in xs:
        page.draw_line((x, top), (x, top + step * len(rows)), color=(0, 0, 0), width=0.5)
    page.insert_text((52, top + step * len(rows) + 8), SHEET_NOTE, fontname=_GOTHIC, fontsize=6.7)
    rename_fonts(doc, "/CIDFont+F1", "/CIDFont+F1")
    doc.save(path)
    return path


# --- an English version of a council's paper --------------------------------------------------------
EN_ISSUER = "Expert Meeting on Control of the Novel Coronavirus Disease Control"
EN_TITLE = "Analysis and Recommendations of the Response to the Novel Coronavirus (COVID-19)"
EN_DATE, EN_ISO = "(April 1, 2020)", "2020-04-01"
_EN = 10.6
_PARA = ("The number of infections is rapidly increasing, primarily in urban areas, with clusters of infected "
         "patients reported one after another in areas such as Tokyo and Osaka, and we must closely monitor it.")


def _wrapped(text: str, width: float) -> list[str]:
    """The text's words in rows no wider than `width` (Times 10.6 pt)."""
    rows, row = [], ""
    for word in text.split():
        wider = f"{row} {word}".strip()
        if row and pymupdf.get_text_length(wider, fontname="tiro", fontsize=_EN) > width:
            rows.append(row)
            wider = word
        row = wider
    return rows + [row]
# (label, title, level, x of the label, x of the title, boxed); the last (ii) holds more than eighty letters,
# and the count 1. 2. starts again deep inside the (ii) before it
EN_HEADINGS = [
    ("1.", "Introduction", 1, 86, 107, True),
    ("(1)", "Situation in Japan (nationwide)", 2, 85, 121, False),
    ("(2)", "Situation overseas", 2, 85, 121, False),
    ("2.", "Recommendations", 1, 86, 107, True),
    ("(1)", "Regional classifications", 2, 85, 121, False),
    ("(i)", "Indicators to be considered when deciding on classifications", 3, 106, 142, False),
    ("(ii)", "Concept of regional classification", 3, 106, 142, False),
    ("1.", "\"Region under alert for spread of infection\"", 4, 156, 174, False),
    ("2.", "\"Region where infection is confirmed\"", 4, 156, 174, False),
    ("(iii)", "Share awareness with citizens to prepare for collapse of the healthcare system", 3, 106, 142, False),
]


def build_english_version(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    y = 110.0
    page.insert_text((85, y), EN_ISSUER, fontname="tiro", fontsize=_EN)
    for text in (EN_TITLE, EN_DATE):
        y += 18
        width = pymupdf.get_text_length(text, fontname="tiro", fontsize=_EN)
        page.insert_text((297.6 - width / 2, y), text, fontname="tiro", fontsize=_EN)
    y += 18
    for label, title, _, x_label, x_title, boxed in EN_HEADINGS:
        if y > 760:
            page = doc.new_page(width=595.3, height=841.9)
            y = 90.0
        y += 18
        page.insert_text((x_label, y), label, fontname="tiro", fontsize=_EN)
        page.insert_text((x_title, y), title, fontname="tiro", fontsize=_EN)
        if boxed:
            end = x_title + pymupdf.get_text_length(title, fontname="tiro", fontsize=_EN)
            page.draw_rect(pymupdf.Rect(x_label - 1, y - 10, end + 1, y + 3), color=(0, 0, 0), width=0.5)
        for k, row in enumerate(_wrapped(_PARA, 513 - x_title - 11)):
            y += 18
            page.insert_text((x_title + (11 if k == 0 else 0), y), row, fontname="tiro", fontsize=_EN)
    doc.save(path)
    return path
