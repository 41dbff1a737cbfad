"""Papers typeset here for the labels pass (labels.label_lines) and the one rule a framed label is told by
(labels.framed_stamp): the lines in a frame drawn at a page's top are judged as they are unframed first.

- build_rules_with_attachments(framed): rules (規程) of four pages — 資料１ at the first page's top right, the
  meeting's stamp; the articles; an attachment opening on page 3 under its label at the top right, 別紙１ over
  （第３条関係）, first printed there (it opens the attachment: no stamp), the label printed again at page 4's top
  right (there the stamp of the attachment's pages). `framed`: 資料１ in a box of its own (a frame round one
  phrase: no table, the line judged alone), the attachment's label in two boxes stacked one over the other (a
  table of one column at the top right: a flyer's stacked label, by its shape). On page 3 the framed label stays
  in the flow as its lines do unframed (the shape alone made it the document's label there: 別紙１ was lost from
  the flow); on page 4 it is the document's label (doc_label), one record a row.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC, MINCHO = "japan", "japan-s"
MEETING_STAMP, ATTACHMENT, ARTICLE = "資料１", "別紙１", "（第３条関係）"
TITLE, ATTACHMENT_TITLE = "旅費支給規程", "旅費の額の基準"
TEXT = "この規程は、職員が公務のため旅行する場合に支給する旅費に関し必要な事項を定めるものとする。"
SIZE, RIGHT = 12.0, 560.0   # the labels' size, and where their boxes end at the right


def _lines(page: pymupdf.Page, xs: tuple[float, float], ys: list[float]) -> None:
    """A frame of len(ys) - 1 boxes stacked one over the other, its sides drawn as lines (a word processor's table)."""
    for y in ys:
        page.draw_line((xs[0], y), (xs[1], y), color=(0, 0, 0), width=0.8)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), color=(0, 0, 0), width=0.8)


def _label(page: pymupdf.Page, rows: list[str], framed: bool) -> None:
    """A label at the page's top right, a row a line of 12 pt; `framed`: a box drawn round each row."""
    width = SIZE * max(len(r) for r in rows)
    x = RIGHT - 6 - width
    for k, text in enumerate(rows):
        page.insert_text((x, 60 + 22 * k), text, fontname=GOTHIC, fontsize=SIZE)
    if framed:
        _lines(page, (x - 6, RIGHT), [60 - SIZE - 5 + 22 * k for k in range(len(rows) + 1)])


def _body(page: pymupdf.Page, top: float, rows: int) -> None:
    for k in range(rows):
        page.insert_text((72, top + 18 * k), TEXT[:40] if k % 2 == 0 else TEXT[40:], fontname=MINCHO, fontsize=10.5)


def build_rules_with_attachments(path: Path, framed: bool) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _label(page, [MEETING_STAMP], framed)
    page.insert_text(((page.rect.width - 24 * len(TITLE)) / 2, 160), TITLE, fontname=GOTHIC, fontsize=24)
    page.insert_text((72, 220), "（目的）", fontname=GOTHIC, fontsize=10.5)
    page.insert_text((72, 238), "第１条　" + TEXT[:34], fontname=MINCHO, fontsize=10.5)
    _body(page, 256, 4)
    page = doc.new_page()
    page.insert_text((72, 80), "（旅費の額）", fontname=GOTHIC, fontsize=10.5)
    page.insert_text((72, 98), "第３条　" + TEXT[:34], fontname=MINCHO, fontsize=10.5)
    _body(page, 116, 6)
    for number in (3, 4):
        page = doc.new_page()
        _label(page, [ATTACHMENT, ARTICLE], framed)
        if number == 3:
            page.insert_text(((page.rect.width - 16 * len(ATTACHMENT_TITLE)) / 2, 150), ATTACHMENT_TITLE, fontname=GOTHIC,
                             fontsize=16)
        _body(page, 190, 8)
    doc.save(path)
    return path
