"""Notes labelled in brackets at a slide's foot, built with PyMuPDF (issue 19: footnotes at any numbering a
document uses). A slide or a leaflet calls its notes by a label in brackets set INLINE in smaller type than the
words around it (直近１か月分（注１）の, the call 14 pt in 24 pt text, on the baseline) and sets the notes, opened by
the same label （注１）…, at the slide's foot — in type smaller than the slide's text, though not small beside the
document's body (the other slides' 18 pt). A label in brackets called at the text's own size is an annotation
(a table's, a provision's), no footnote. Truth beside the builders; the tests are in test_notes20_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

_GOTHIC = "japan"
TITLE = "申請書類の注意事項"
# (pieces of one row: text and size) — the calls set smaller, inline
_ROWS = [[("提出書類は、直近１か月分", 24), ("（注１）", 14), ("の賃金台帳", 24)],
         [("及び雇用条件の書類の写し", 24), ("（注２）", 14), ("です。", 24)],
         [("書類は郵送で提出してください。", 24)]]
NOTES = [(1, "直近１か月分とは、申請時点において直近１か月で支給した賃金をいう。", "（例えば、９月に申請する場合は８月分）"),
         (2, "役員を除く全従業員分の提出が必要です。", "")]
# the other slide: running text in 18 pt, the document's body size
_TEXT = ["申請に当たっては、様式の記入漏れがないか確認してください。", "記入漏れがある場合は、申請を受け付けることができません。",
         "様式は事務局のホームページに掲載した最新のものを用いてください。", "提出後の差し替えはできませんので、ご注意ください。",
         "不明な点は事務局までお問い合わせください。", "問い合わせの受付時間は平日の午前９時から午後５時までです。"]
# an annotation called at the text's own size: stays text
_FULL = [[("対象経費は、機械装置等費", 24), ("（注１）", 24), ("とする。", 24)]]
FULL_NOTE = "機械装置等費には、リースによるものを含む。"


def _row(page: pymupdf.Page, pieces: list[tuple[str, float]], y: float) -> None:
    x = 40.0
    for text, size in pieces:
        page.insert_text((x, y), text, fontname=_GOTHIC, fontsize=size)
        x += size * len(text)


def _other_slide(doc: pymupdf.Document) -> None:
    page = doc.new_page(width=960, height=1280)
    page.insert_text((240, 90), TITLE + "２", fontname=_GOTHIC, fontsize=40)
    for k, row in enumerate(_TEXT * 2):
        page.insert_text((40, 200 + 30 * k), row, fontname=_GOTHIC, fontsize=18)


def build_bracketed_notes(path: Path) -> Path:
    """A slide (24 pt text) whose notes （注１）（注２） stand at its foot in 16 pt (the first wrapped, its second row
    set in), called by （注１） and （注２） set inline in 14 pt; a second slide of 18 pt running text."""
    doc = pymupdf.open()
    page = doc.new_page(width=960, height=1280)
    page.insert_text((260, 90), TITLE, fontname=_GOTHIC, fontsize=40)
    for k, row in enumerate(_ROWS):
        _row(page, row, 300 + 40 * k)
    y = 1180.0
    for number, first, rest in NOTES:
        page.insert_text((40, y), f"（注{chr(0xFF10 + number)}）{first}", fontname=_GOTHIC, fontsize=16)
        y += 20
        if rest:
            page.insert_text((104, y), rest, fontname=_GOTHIC, fontsize=16)
            y += 20
    _other_slide(doc)
    rename_fonts(doc, "/MeiryoUI", "/MeiryoUI")
    doc.save(path)
    return path


def build_full_size_call(path: Path) -> Path:
    """The same slide, but its （注１） called at the text's own size (24 pt): the row （注１）… at the foot is an
    annotation, left in the text."""
    doc = pymupdf.open()
    page = doc.new_page(width=960, height=1280)
    page.insert_text((260, 90), TITLE, fontname=_GOTHIC, fontsize=40)
    for k, row in enumerate(_FULL):
        _row(page, row, 300 + 40 * k)
    page.insert_text((40, 1180), f"（注１）{FULL_NOTE}", fontname=_GOTHIC, fontsize=16)
    _other_slide(doc)
    rename_fonts(doc, "/MeiryoUI", "/MeiryoUI")
    doc.save(path)
    return path


# a notice's sentence set larger than the slide's text, broken off after を, its verb on the next row: no title
NOTICE = ("＜重要＞賃金台帳または雇用条件は、様式７裏面に記入された内容が確認できるものを", "ご提出ください")


def build_notice_broken_off(path: Path) -> Path:
    """A slide: its title (40 pt), 18 pt running text, then a 24 pt notice whose first row breaks off after を and
    whose second row, set in under it, holds the verb (ご提出ください); a second slide of 18 pt text."""
    doc = pymupdf.open()
    page = doc.new_page(width=960, height=1280)
    page.insert_text((260, 90), TITLE, fontname=_GOTHIC, fontsize=40)
    for k, row in enumerate(_TEXT):
        page.insert_text((40, 200 + 30 * k), row, fontname=_GOTHIC, fontsize=18)
    page.insert_text((36, 430), NOTICE[0], fontname=_GOTHIC, fontsize=24)
    page.insert_text((132, 459), NOTICE[1], fontname=_GOTHIC, fontsize=24)
    for k, row in enumerate(_TEXT):
        page.insert_text((40, 520 + 30 * k), row, fontname=_GOTHIC, fontsize=18)
    _other_slide(doc)
    rename_fonts(doc, "/MeiryoUI", "/MeiryoUI")
    doc.save(path)
    return path
