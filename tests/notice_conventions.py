"""A cabinet office's notices to local governments typeset here in their conventions (issue 19,
session 12), each with its truth beside its builder.

- build_underlined_sections: a 事務連絡 set in one Gothic face at one size throughout; its sections
  (１．… / ２．…) stand at the margin on a line of their own, set off by an underline alone (a thin
  filled rectangle under the line), and the first section's line runs to the text's right edge; the
  paragraph under it opens indented under the title's start. Each title ends where its line (and its
  underline) ends: the paragraph's first rows are not the title's.
- build_values_in_a_latin_face: the same letter with two rows of values under a paragraph
  (① 都市部　α=0.8512…、β＝1.0473…), their digits and letters in the word processor's Latin face (a
  Mincho-like Times beside the Gothic): the rows are data, set in the body's face — no headings.
- build_title_in_rows: a one-page statistics sheet: its title in two centred rows of larger type at
  the top, then two numbered sections (１．… / ２．…) each over a ruled table: both rows are the
  document's title — neither is a heading, nor a paragraph.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC, MINCHO, LATIN = "japan", "japan-s", "tiro"
SIZE = 11.0
LEFT = 85.0
TEXT = "各市町村におかれましては、この交付金の趣旨を踏まえて計画的に事業を実施されるようお願いします。"
BOLD = {"render_mode": 2, "border_width": 0.03}   # a printer's bold: the filled glyphs stroked in their colour
ROW = 38   # letters of a full row at SIZE between LEFT and the right edge


def _rows(page: pymupdf.Page, y: float, n: int, first_indent: bool = True) -> float:
    """A paragraph of n full rows (its first indented one character, 字下げ), 17 pt apart; the y after it."""
    text = TEXT * 5
    for k in range(n):
        x = LEFT + (SIZE if first_indent and k == 0 else 0)
        width = ROW - (1 if first_indent and k == 0 else 0)
        page.insert_text((x, y), text[k * ROW:k * ROW + width], fontname=GOTHIC, fontsize=SIZE)
        y += 17
    return y


def _underlined(page: pymupdf.Page, y: float, text: str) -> float:
    """A section's line at the margin, a thin filled rule under its letters."""
    page.insert_text((LEFT, y), text, fontname=GOTHIC, fontsize=SIZE)
    width = SIZE * len(text)   # full-width letters, one em each
    page.draw_rect(pymupdf.Rect(LEFT, y + 2.0, LEFT + width, y + 2.8), color=None, fill=(0, 0, 0), width=0)
    return y + 19


def _letter_page(doc: pymupdf.Document, subject: str) -> pymupdf.Page:
    """A letter's first page: its date at the right, its subject under it, in the body's face and size."""
    page = doc.new_page()
    page.insert_text((420, 70), "令和２年５月１日", fontname=GOTHIC, fontsize=SIZE)
    page.insert_text((150, 110), subject, fontname=GOTHIC, fontsize=SIZE)
    return page


def build_underlined_sections(path: Path) -> Path:
    doc = pymupdf.open()
    page = _letter_page(doc, "地域振興交付金の運用について")
    y = _rows(page, 150, 3)
    # a section's line as long as a full row: it reaches the right edge
    y = _underlined(page, y + 17, "１．　交付金の対象となる事業の範囲と実施計画への記載方法について（第１関係）")
    y = _rows(page, y, 4)
    y = _underlined(page, y + 17, "２．　実施計画の提出について")
    y = _rows(page, y, 3)
    doc.save(path)
    return path


def build_values_in_a_latin_face(path: Path) -> Path:
    doc = pymupdf.open()
    page = _letter_page(doc, "地域振興交付金の限度額について")
    y = _rows(page, 150, 2)
    y = _underlined(page, y + 17, "１．　交付限度額の算定")
    y = _rows(page, y, 2)
    for label, name, a, b in (("①", "都市部", "0.851204733", "1.047310962"), ("②", "町村部", "0.904118257", "1.126503348")):
        x = LEFT + 2 * SIZE
        for text, font in ((f"{label}　{name}　α", GOTHIC), (f"={a}", LATIN), ("、β＝", GOTHIC), (b, LATIN)):
            page.insert_text((x, y), text, fontname=font, fontsize=SIZE)
            x += pymupdf.get_text_length(text, fontname=font, fontsize=SIZE) if font == LATIN else SIZE * len(text)
        y += 17
    y = _rows(page, y, 3)
    y = _underlined(page, y + 17, "２．　交付申請について")
    _rows(page, y, 2)
    doc.save(path)
    return path


def _table(page: pymupdf.Page, top: float, cells: list[list[str]]) -> float:
    """A ruled table of the given cells (columns 120 pt wide), from `top`; the y under it."""
    h, w = 20.0, 120.0
    rows, cols = len(cells), len(cells[0])
    for r in range(rows + 1):
        page.draw_line((LEFT, top + r * h), (LEFT + cols * w, top + r * h), width=0.75)
    for c in range(cols + 1):
        page.draw_line((LEFT + c * w, top), (LEFT + c * w, top + rows * h), width=0.75)
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            page.insert_text((LEFT + c * w + 4, top + r * h + 14), text, fontname=GOTHIC, fontsize=10)
    return top + rows * h


def _notes(page: pymupdf.Page, y: float, text: str) -> None:
    """A table's note under it, in small Mincho, wrapped at 50 letters."""
    for k in range(0, len(text), 50):
        page.insert_text((LEFT, y), text[k:k + 50], fontname=MINCHO, fontsize=9)
        y += 12


def build_title_in_rows(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((170, 50), "地域振興交付金の実施計画", fontname=GOTHIC, fontsize=14, **BOLD)
    page.insert_text((190, 70), "第一次提出の状況　【速報値】", fontname=GOTHIC, fontsize=14, **BOLD)
    page.insert_text((LEFT, 110), "１．提出の状況", fontname=GOTHIC, fontsize=12, **BOLD)
    y = _table(page, 120, [["", "合計", "都道府県"], ["団体数", "1,204 団体", "39 団体"], ["事業数", "18,512 事業", "1,870 事業"]])
    _notes(page, y + 14, "※１　地方公共団体毎に定められた限度額を超える事業を記載している団体があるため、予定額より大きくなる。")
    page.insert_text((LEFT, y + 60), "２．項目別の集計", fontname=GOTHIC, fontsize=12, **BOLD)
    y = _table(page, y + 70, [["項目", "事業数", "経費"], ["雇用の維持", "641", "287"], ["資金繰り対策", "805", "1,402"],
                          ["事業の継続", "3,966", "4,820"], ["生活への支援", "2,551", "903"], ["地域経済", "1,874", "766"]])
    _notes(page, y + 14, "※２　上記の項目は、地方公共団体の自己選択に基づき分類した。空欄の団体があるため、合計欄の数字と一致しない。")
    doc.save(path)
    return path


# builder → headings (label, title) in order
HEADINGS = {
    "build_underlined_sections": [("１．", "交付金の対象となる事業の範囲と実施計画への記載方法について（第１関係）"),
                                  ("２．", "実施計画の提出について")],
    "build_values_in_a_latin_face": [("１．", "交付限度額の算定"), ("２．", "交付申請について")],
    "build_title_in_rows": [("１．", "提出の状況"), ("２．", "項目別の集計")],
}
TITLES = {"build_title_in_rows": "地域振興交付金の実施計画第一次提出の状況【速報値】"}
