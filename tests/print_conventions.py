"""A white paper set for offset print, built with PyMuPDF (issue 19: tables without false ones,
headings set apart on bands): crop and registration marks drawn outside the trimmed page, a thumb
tab bled off the fore edge, a column (コラム) whose title is set as outlines. Truth beside each
builder; the tests are in test_print_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY = 10.5
_GOTHIC, _ROUND = "japan", "china-s"   # renamed below: a DTP Gothic and a rounded Gothic
_BLUE, _TINT, _GREEN, _PANEL = (0.23, 0.47, 0.72), (0.6, 0.78, 0.9), (0.54, 0.73, 0.35), (0.8, 0.87, 0.72)
BODY_TEXT = ["我が国の研究者も、第１次ブームの段階から、人工知能の", "技術の進展に貢献してきています。大学でも自然言語処理、",
             "音声認識、画像処理等の研究開発が始まり、日本語情報処理", "の本格的な研究が始まるなど、研究が広がりました。"]
# build_white_paper: page 1 opens the chapter on a band — its label on a shaded box, its title between two
# rules — beside a thumb tab (a shaded box printed past the fore edge, to be trimmed with it); page 2 opens
# a section on a band of the same kind level with the registration marks drawn in the bleed, and a column
# (コラム) framed by shaded boxes: its label on the band, its title set as outlines (glyphs drawn as filled
# paths, straight bars among their curves), a speech bubble with rounded corners, the interviewee's byline
# (●氏名, larger) and the interview's paragraphs. Every page carries crop marks outside the trimmed page.
HEADINGS = [(1, "第２章", "研究開発の取組"), (2, "第５節", "人材育成")]
COLUMN_LABEL, BYLINE = "コラム１-２", "●岡野原大輔氏"
COLUMN_TEXT = ["人工知能の研究の第一線を走っていらっしゃる方にお話を伺いました。研究の定義", "については、著名な研究者の定義でも多くの定義が存在します。",
               "現在のブームは、基盤モデルの公開が牽引していることは間違いありません。それ", "までは特定のタスク向けのものが多かったものの、基盤モデルは様々な目的に",
               "使用可能で、専門家ではない一般の人が容易に使えるものです。今後も市場は拡", "大していきます。研究の姿も変わるでしょう。"]


def _marks(page: pymupdf.Page) -> None:
    """Crop marks at the four corners and registration marks at the middle of each side, all in the
    bleed outside the trimmed page, as a printer's PDF carries them."""
    w, h = page.rect.width, page.rect.height
    shape = page.new_shape()
    for x, sx in ((-9.2, -1), (w + 8.4, 1)):
        for y, sy in ((-0.3, -1), (h + 0.3, 1)):
            shape.draw_line((x, y), (x + 25.5 * sx, y))
            shape.draw_line((x, y), (x, y + 34 * sy))
    for x in (-18.6, w + 17.9):   # registration marks: a cross at the middle of each side
        shape.draw_line((x - 18, 420.9), (x + 6, 420.9))
        shape.draw_line((x, 384.9), (x, 456.9))
    for y in (-18.3, h + 18.3):
        shape.draw_line((261.4, y), (333.4, y))
        shape.draw_line((297.4, y - 18), (297.4, y + 6))
    shape.finish(color=(0, 0, 0), width=0.28)
    shape.commit()


def _band(page: pymupdf.Page, y: float, height: float, label: str, title: str, size: float) -> None:
    """A heading's band: the label in white on a shaded box, the title between two rules."""
    page.draw_rect(pymupdf.Rect(89.4, y, 154.7, y + height), color=None, fill=_TINT)
    page.draw_line((89.4, y), (540.3, y), color=_BLUE, width=0.8)
    page.draw_line((159.6, y + height), (540.3, y + height), color=_BLUE, width=0.8)
    page.insert_text((102.5, y + height - 4), label, fontname=_GOTHIC, fontsize=size)
    page.insert_text((172.0, y + height - 4), title, fontname=_GOTHIC, fontsize=size)


def _body(page: pymupdf.Page, y: float) -> float:
    for k, row in enumerate(BODY_TEXT):
        page.insert_text((100 if k == 0 else 89.4, y), row, fontname=_GOTHIC, fontsize=BODY)
        y += 17
    return y


def _outlined(shape: pymupdf.Shape, x: float, y: float, n: int) -> None:
    """n glyphs set as outlines (each a loop of curves with a straight bar across it), one filled path."""
    for k in range(n):
        gx = x + 13 * k
        shape.draw_bezier((gx, y + 6), (gx, y), (gx + 10, y), (gx + 10, y + 6))
        shape.draw_bezier((gx + 10, y + 6), (gx + 10, y + 12), (gx, y + 12), (gx, y + 6))
        shape.draw_rect(pymupdf.Rect(gx + 1, y + 5.2, gx + 9, y + 6.6))   # the bar of 一, エ, Ｉ


def _column(page: pymupdf.Page, top: float) -> None:
    """A column framed by shaded boxes: the band (label box, white title box) over a tinted panel."""
    page.draw_rect(pymupdf.Rect(54.2, top, 507.1, top + 3), color=None, fill=_GREEN)
    page.draw_rect(pymupdf.Rect(54.2, top + 3, 136.0, top + 32.8), color=None, fill=_GREEN)
    page.draw_rect(pymupdf.Rect(504.1, top + 3, 507.1, top + 32.8), color=None, fill=_GREEN)
    page.draw_rect(pymupdf.Rect(54.2, top + 32.8, 507.1, top + 35.8), color=None, fill=_GREEN)
    page.draw_rect(pymupdf.Rect(54.2, top + 38.5, 505.6, top + 300), color=None, fill=_PANEL)
    page.insert_text((61.4, top + 24), COLUMN_LABEL, fontname=_GOTHIC, fontsize=12, color=(1, 1, 1))
    page.insert_text((393.7, top + 24), " ", fontname=_GOTHIC, fontsize=12)   # the text layer's blank in the title's place
    shape = page.new_shape()
    _outlined(shape, 144.0, top + 12.5, 18)
    shape.finish(color=None, fill=(0, 0, 0))
    bubble = [(102.9, top + 55), (495.8, top + 50.7), (500.3, top + 55), (500.3, top + 73), (495.8, top + 77.7),
              (107.4, top + 77.7), (102.9, top + 73), (102.9, top + 61.7), (90.6, top + 56.4)]
    shape.draw_bezier((102.9, top + 55), (102.9, top + 52.7), (104.9, top + 50.7), (107.4, top + 50.7))
    shape.draw_line((107.4, top + 50.7), (495.8, top + 50.7))
    shape.draw_bezier((495.8, top + 50.7), (498.3, top + 50.7), (500.3, top + 52.7), (500.3, top + 55))
    shape.draw_line((500.3, top + 55), (500.3, top + 73))
    shape.draw_bezier((500.3, top + 73), (500.3, top + 75.7), (498.3, top + 77.7), (495.8, top + 77.7))
    shape.draw_line((495.8, top + 77.7), (107.4, top + 77.7))
    shape.draw_bezier((107.4, top + 77.7), (104.9, top + 77.7), (102.9, top + 75.7), (102.9, top + 73))
    shape.draw_line((102.9, top + 73), (102.9, top + 61.7))
    shape.draw_line((102.9, top + 61.7), (90.6, top + 56.4))
    shape.draw_line((90.6, top + 56.4), bubble[0])
    shape.finish(color=(0, 0, 0), fill=(1, 1, 1), width=2)
    shape.commit()
    page.insert_text((120, top + 68), "研究とは何か、について非専門家向けに教えてください。", fontname=_ROUND, fontsize=9)
    page.insert_text((62.7, top + 100), BYLINE, fontname=_ROUND, fontsize=11)
    page.insert_text((62.7, top + 118), "株式会社プリファード　代表取締役", fontname=_ROUND, fontsize=9)
    y = top + 150
    for k, row in enumerate(COLUMN_TEXT):
        page.insert_text((71.7 if k % 2 == 0 else 62.7, y), row, fontname=_ROUND, fontsize=9)
        y += 12


def build_white_paper(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    _band(page, 75.0, 46.8, HEADINGS[0][1], HEADINGS[0][2], 16)
    page.draw_rect(pymupdf.Rect(561.8, 122.6, 604.4, 170.5), color=None, fill=_TINT)   # the thumb tab, bled
    y = 150.0
    for _ in range(6):
        y = _body(page, y) + 10
    _marks(page)
    page = doc.new_page(width=595.3, height=841.9)
    _body(page, 80)
    _band(page, 364.0, 21.3, HEADINGS[1][1], HEADINGS[1][2], 13)
    _body(page, 410)
    _column(page, 500)
    _marks(page)
    rename_fonts(doc, "/DFHSGothic-W5", "/HGMaruGothicMPRO")
    doc.save(path)
    return path
