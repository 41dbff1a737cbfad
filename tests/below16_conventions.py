"""Slides as PowerPoint prints them, built with PyMuPDF (issue 19: the three decks below a bar, and decks nobody
has seen). The tests are in test_below16_conventions.py.

build_budget_deck   an English budget overview: slide 1 prints the title at its top over a ruled table of the
                    budget; slide 2 prints the title again at its top in a set of its own (larger, centred, over
                    two rows, "Second" capitalised where the cover wrote "second"), then the budget's items —
                    Ⅰ with its amount flush right on the row under it, 1. and 2. each with its amount flush right
                    on its own row (a text of its own), bullets under them; slide 3 opens with 3. in its title
                    band, then "Ⅱ …" whose amount closes its own text line after more than an em of white, and
                    the budget's total. The title repeated is no heading; Ⅰ and Ⅱ head the deck, 1. 2. 3. nest
                    under Ⅰ; Ⅱ's amount is no word of its title (a paragraph under it).
build_topic_deck    a deck with no cover: three slides printing one topic's title at their top in one type (the
                    first slide's title is also the document's), a fourth slide another title in that type.
                    Each slide's title heads it, the repeated ones too.
build_tab_deck      a deck whose parts are captioned by bold white tabs on blue boxes in the slide's own body
                    size (14 pt, its text 14 pt too), a second slide whose tab (the same words as a tab of
                    the first) stands level with a chart's caption ＜…＞ in the slide's other half, and a third
                    whose tab in the body size sits on a chart's frame, the chart's label (20 pt) under it.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_REGULAR, _BOLD = "japan-s", "china-ss"   # renamed Meiryo / Meiryo-Bold on save (_faces)
_LATIN, _LATIN_BOLD = "helv", "hebo"
_W, _H = 780, 540
TITLE = "Overview of the second Supplementary Budget for FY2020"
TITLE_ROWS = ["Overview of the Second", "Supplementary Budget for FY2020"]
ITEMS = [("Ⅰ", "Expenses related to cope with the COVID-19", "31,817.1bn"),
         ("1.", "Enhancing the Employment Adjustment Subsidy", "451.9bn"),
         ("2.", "Enhancing financial support", "11,639.0bn")]
ITEM3 = ("3.", "Establishing a rent support grant for SMEs", "2,024.2bn")
PART2 = ("Ⅱ", "Transfer to the Special Account for the National Debt Consolidation Fund ", "¥96.3bn")
TOTAL = "Total spending of the supplementary budget"
BULLET = "• Loan to micro, small- and medium-sized businesses [8,817.4bn]"


def _faces(doc: pymupdf.Document) -> None:
    for xref in range(1, doc.xref_length()):
        kind, name = doc.xref_get_key(xref, "BaseFont")
        if kind == "name" and "Helvetica" not in name:
            doc.xref_set_key(xref, "BaseFont", "/Meiryo-Bold" if "Song" in name else "/Meiryo")


def _right(page: pymupdf.Page, x1: float, y: float, text: str, size: float, font: str = _LATIN_BOLD) -> None:
    """`text` set flush right at x1 (a text of its own)."""
    page.insert_text((x1 - pymupdf.get_text_length(text, fontname=font, fontsize=size), y), text, fontname=font, fontsize=size)


def _centred(page: pymupdf.Page, y: float, text: str, size: float) -> None:
    page.insert_text(((_W - pymupdf.get_text_length(text, fontname=_LATIN_BOLD, fontsize=size)) / 2, y), text,
                     fontname=_LATIN_BOLD, fontsize=size)


def _label(page: pymupdf.Page, x: float, y: float, label: str, words: str, size: float) -> float:
    """A label and its words as PowerPoint sets them: two text pieces, the words in the Latin face; the words'
    end."""
    page.insert_text((x, y), label, fontname=_BOLD, fontsize=size)
    x += pymupdf.get_text_length(label, fontname=_BOLD, fontsize=size) + size / 3
    page.insert_text((x, y), words, fontname=_LATIN_BOLD, fontsize=size)
    return x + pymupdf.get_text_length(words, fontname=_LATIN_BOLD, fontsize=size)


def build_budget_deck(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=_W, height=_H)
    _centred(cover, 24, TITLE, 19)
    for y in (50, 80, 454, 480):
        cover.draw_line((12, y), (768, y), color=(0, 0, 0), width=1)
    for x in (12, 390, 768):
        cover.draw_line((x, 50), (x, 480), color=(0, 0, 0), width=1)
    for x, y, text in ((160, 70, "Expenditures"), (550, 70, "Revenues"), (22, 100, "1. Expenses related to cope with the COVID-19"),
                       (400, 100, "1. Government bond issuance"), (22, 472, "Total 31,911.4"), (400, 472, "Total 31,911.4")):
        cover.insert_text((x, y), text, fontname=_LATIN, fontsize=11)
    body = doc.new_page(width=_W, height=_H)
    _centred(body, 28, TITLE_ROWS[0], 24)
    _centred(body, 54, TITLE_ROWS[1], 24)
    label, words, figure = ITEMS[0]
    _label(body, 30, 90, label, words, 16)
    _right(body, 746, 110, figure, 16)
    y = 145
    for label, words, figure in ITEMS[1:]:
        body.insert_text((32, y), f"{label} {words}", fontname=_LATIN_BOLD, fontsize=14)
        _right(body, 744, y, figure, 14)
        for k in range(2):
            body.insert_text((50, y + 24 + 20 * k), BULLET, fontname=_LATIN, fontsize=12)
        y += 110
    body.insert_text((760, 530), "1", fontname=_LATIN, fontsize=12)
    last = doc.new_page(width=_W, height=_H)
    label, words, figure = ITEM3
    last.insert_text((32, 48), f"{label} {words}", fontname=_LATIN_BOLD, fontsize=14)   # in the title band
    _right(last, 744, 48, figure, 14)
    for k in range(2):
        last.insert_text((50, 72 + 20 * k), BULLET, fontname=_LATIN, fontsize=12)
    _label(last, 36, 200, PART2[0], PART2[1], 15)
    for k in range(2):
        last.insert_text((50, 230 + 20 * k), BULLET, fontname=_LATIN, fontsize=12)
    last.insert_text((36, 400), TOTAL, fontname=_LATIN_BOLD, fontsize=16)
    _right(last, 746, 400, "31,911.4bn", 16)
    last.insert_text((760, 530), "2", fontname=_LATIN, fontsize=12)
    _faces(doc)
    doc.save(path)
    return _figure_in_the_row(path, PART2[1], 22.0)   # an em and a half of white (the words end at 640 pt on the slide)


def _figure_in_the_row(path: Path, words: str, white: float) -> Path:
    """Set Ⅱ's amount in the text of Ⅱ's words, after `white` points (a tab stop), as PowerPoint writes a row
    of one text box: one TJ, the white a shift between the words and the figure."""
    doc = pymupdf.open(path)
    for xref in doc[2].get_contents():
        stream = doc.xref_stream(xref).decode("latin-1")
        piece = f"<{words.encode('latin-1').hex()}>]TJ"
        if piece in stream:
            shift = round(-1000 * white / 15)
            moved = piece.replace("]TJ", f" {shift} <{PART2[2].encode('cp1252').hex()}>]TJ")
            doc.update_stream(xref, stream.replace(piece, moved).encode("latin-1"))
    doc.saveIncr()
    return path


TOPIC = "「自転車通勤推進企業」宣言プロジェクトの概要"
OTHER = "「自転車通勤推進企業」宣言プロジェクトの認定ロゴマーク"
_TEXT = "自転車通勤を積極的に推進する事業者の取組を広く発信し、企業活動における自転車の活用を図る。"


def build_topic_deck(path: Path) -> Path:
    doc = pymupdf.open()
    for title in (TOPIC, TOPIC, TOPIC, OTHER):
        page = doc.new_page(width=_W, height=_H)
        page.insert_text((20, 40), title, fontname=_BOLD, fontsize=26)
        page.draw_line((10, 52), (770, 52), color=(0.1, 0.3, 0.7), width=2)
        for k in range(6):
            page.insert_text((30, 100 + 24 * k), _TEXT, fontname=_REGULAR, fontsize=13)
    _faces(doc)
    doc.save(path)
    return path


DECK_TITLES = ["はじめに", "保険ビジネスを巡る動向について", "経済効果の試算"]
FIGURE_TAB = "実質GDP比で約4.4%"
TABS = ["保険会社の社会的役割", "本レポートの目的"]
_ROW = "○国民生活の安定や国民経済の健全な発展に不可欠な保障機能を適切かつ安定的に提供。"
CAPTION = "＜損害保険会社の保険種目別利益率（2021年度、全社平均）＞"


def _tab(page: pymupdf.Page, y: float, text: str) -> None:
    blue = (0.27, 0.45, 0.77)
    page.draw_rect(pymupdf.Rect(8, y - 18, 200, y + 8), color=None, fill=blue)
    page.insert_text((26, y), text, fontname=_BOLD, fontsize=14, color=(1, 1, 1))


def build_tab_deck(path: Path) -> Path:
    """Slide 1: two tabs, each over a framed box of 14 pt ○ rows; slide 2: the second tab again, at the
    slide's left, level with a chart's caption (12 pt bold) over the right half, the chart's bars under it."""
    doc = pymupdf.open()
    cover = doc.new_page(width=720, height=540)
    cover.insert_text((150, 250), "保険モニタリングレポート【概要】", fontname=_BOLD, fontsize=28)
    cover.insert_text((560, 300), "2023年６月", fontname=_REGULAR, fontsize=18)
    first = doc.new_page(width=720, height=540)
    first.insert_text((55, 30), DECK_TITLES[0], fontname=_REGULAR, fontsize=24)
    first.draw_line((8, 40), (712, 40), color=(0.1, 0.2, 0.5), width=2)
    for y, tab in zip((80, 280), TABS):
        _tab(first, y, tab)
        first.draw_rect(pymupdf.Rect(8, y + 8, 712, y + 120), color=(0.27, 0.45, 0.77), width=0.75)
        for k in range(4):
            first.insert_text((15, y + 34 + 24 * k), _ROW, fontname=_REGULAR, fontsize=14)
    first.insert_text((704, 530), "1", fontname=_REGULAR, fontsize=14)
    second = doc.new_page(width=720, height=540)
    second.insert_text((55, 30), DECK_TITLES[1], fontname=_REGULAR, fontsize=24)
    second.draw_line((8, 40), (712, 40), color=(0.1, 0.2, 0.5), width=2)
    _tab(second, 80, TABS[1])
    second.insert_text((361, 76), CAPTION, fontname=_BOLD, fontsize=12)
    for k in range(10):
        second.insert_text((16, 120 + 22 * k), _ROW[:20], fontname=_REGULAR, fontsize=14)
    for k, h in enumerate((60, 90, 40, 120, 75)):
        second.draw_rect(pymupdf.Rect(400 + 50 * k, 300 - h, 430 + 50 * k, 300), color=None, fill=(0.3, 0.5, 0.8))
    second.draw_line((390, 300), (680, 300), color=(0, 0, 0), width=0.5)
    second.insert_text((704, 530), "2", fontname=_REGULAR, fontsize=14)
    third = doc.new_page(width=720, height=540)   # a tab over a chart's frame: the chart's caption
    third.insert_text((55, 30), DECK_TITLES[2], fontname=_REGULAR, fontsize=24)
    third.draw_line((8, 40), (712, 40), color=(0.1, 0.2, 0.5), width=2)
    for k in range(2):
        third.insert_text((15, 70 + 22 * k), _ROW, fontname=_REGULAR, fontsize=14)
    third.draw_rect(pymupdf.Rect(8, 128, 712, 420), color=(0.8, 0, 0), width=1)
    _tab(third, 140, FIGURE_TAB)
    third.insert_text((470, 170), "約3.3%", fontname=_BOLD, fontsize=20, color=(0.8, 0, 0))
    for k, h in enumerate((60, 200)):
        third.draw_rect(pymupdf.Rect(100 + 300 * k, 400 - h, 300 + 300 * k, 400), color=None, fill=(0.9, 0.7, 0.2))
    third.insert_text((704, 530), "3", fontname=_REGULAR, fontsize=14)
    _faces(doc)
    doc.save(path)
    return path
