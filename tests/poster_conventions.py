"""A poster-like briefing sheet typeset here as a word processor printed through Microsoft Print To
PDF prints it (issue 19: a council's briefing in two landscape pages), with its truth beside it:

- build_boxed_poster: a landscape sheet whose title is set large at its top; its sections' titles
  in the body's size, no face bold, each boxed tight by a frame of four hairline filled rectangles
  (囲み見出し); the first on a shaded band of the paragraph's lines (one strip of one colour per
  line, edge to edge), a note's mark ※１ set small after its frame; the running text in the same
  size as the titles, its rows wrapped to the column's edge; at the foot of the first page one line
  of 7 pt, "出典：総務省 ※１… ※２… ※３…": three numbered notes run together after a lead-in.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

FONT = "japan"
TITLES = ["市ＤＸ推進方針　～国の動向～", "市ＤＸ推進方針　～本市の取組～"]   # the sheet's name and each page's subject
BOXED = ["自治体におけるＤＸの定義", "ＤＸ関連の計画等発表の経過", "推進体制の整備"]
SHADE = (0.61, 0.76, 0.90)
TEXT = "行政サービスにデジタル技術やデータを活用して住民の利便性を向上させ業務効率化を図ること。"
# (depth, title) as a reader counts them
NOTES = ["自治体デジタル・トランスフォーメーション推進計画", "自治体ＤＸ推進手順書", "自治体情報システムの標準化に係る手順書【第1.0版】"]
HEADINGS = [(1, TITLES[0]), (2, BOXED[0]), (2, BOXED[1]), (1, TITLES[1]), (2, BOXED[2])]


def _box(page: pymupdf.Page, x0: float, y0: float, x1: float, y1: float) -> None:
    """A frame of four hairline filled rectangles (how the printer draws a border)."""
    w = 0.48
    for r in ((x0, y0, x1, y0 + w), (x0, y1 - w, x1, y1), (x0, y0, x0 + w, y1), (x1 - w, y0, x1, y1)):
        page.draw_rect(pymupdf.Rect(*r), color=None, fill=(0, 0, 0))


def _boxed(page: pymupdf.Page, y: float, title: str, mark: str = "") -> None:
    """A 16 pt title at the column's left edge, its frame tight around its words; a small note's mark after it."""
    _box(page, 42.6, y - 16, 43 + 16 * len(title) + 3, y + 5)
    page.insert_text((44, y), title, fontname=FONT, fontsize=16)
    if mark:
        page.insert_text((43 + 16 * len(title) + 8, y - 2), mark, fontname=FONT, fontsize=9)


def _text(page: pymupdf.Page, y: float, rows: int) -> float:
    for k in range(rows):   # running text in the titles' size, each row wrapped to the column's edge
        page.insert_text((43, y), (TEXT * 2)[k * 2:k * 2 + 46], fontname=FONT, fontsize=16)
        y += 20
    return y


def build_boxed_poster(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_text((43, 55), TITLES[0], fontname=FONT, fontsize=26)
    y = 110
    for k in range(6):   # the paragraph's shading: a strip per line, of one colour, edge to edge
        page.draw_rect(pymupdf.Rect(41, y - 22 + 20 * k, 801, y - 2 + 20 * k), color=None, fill=SHADE)
    _boxed(page, y, BOXED[0], "※１")
    y = _text(page, y + 20, 5) + 30
    _boxed(page, y, BOXED[1])
    _text(page, y + 22, 6)
    page.insert_text((43, 575), "出典：総務省　" + "　".join(f"※{'１２３'[k]}{n}" for k, n in enumerate(NOTES)),
                     fontname=FONT, fontsize=7)
    page = doc.new_page(width=842, height=595)
    page.insert_text((43, 55), TITLES[1], fontname=FONT, fontsize=26)
    _boxed(page, 110, BOXED[2])
    _text(page, 132, 8)
    doc.save(str(path))
    return path


# build_schedule_poster: the sheet's top holds its definition as three ◆ items in 16 pt on a shaded
# band, under a boxed title; the lower half, below the top three fifths of the page, two parts. At the
# left, under a 【参考】 band, a glossary in 10 pt (four ● terms, each wrapped to three rows or four) whose
# glyphs outnumber the 16 pt text's; at the right a pasted picture (a schedule) with a 9 pt callout laid on
# it, opening with a count ("26 手続の…": 26 procedures), which no raised 26 in the text calls; the
# foot's "出典：" line of ※ notes run together. Page 2, on a full-page background picture: a raised ¹
# after a word, and its note "1 …" at the foot, in 9 pt, on that picture.
CALLOUT = "26 手続のオンライン化の運用開始"
ITEMS = ["◆　行政サービスにデジタル技術やデータを活用して住民の利便性を向上させること",
         "◆　デジタル技術等の活用により業務効率化を図り人的資源を更なる向上に繋げること",
         "◆　データを根拠とした政策立案により市民ニーズを的確に反映したサービスの提供"]
GLOSSARY = ["●ＢＰＲ：抜本的な業務効率化と利便性向上のために業務のプロセス全体について詳細に分析・評価・改善を行うこと",
            "●ＡＩ：人間の思考プロセスと同じような形で動作するプログラム全般、あるいは人間が知的と感じる情報処理・技術全般",
            "●ＲＰＡ：人間がコンピュータ操作にて行う作業をソフトウェアによる自動的操作により代替するもの",
            "●ＥＢＰＭ：統計や業務データなどの客観的な証拠に基づいて政策の企画立案を行い、その効果を検証すること"]
SCHEDULE_HEADINGS = [(1, TITLES[0]), (2, BOXED[0]), (1, TITLES[1])]
SCHEDULE_NOTES = [(1, 1, NOTES[0]), (2, 1, NOTES[1]), (1, 2, "総務省「自治体ＤＸ推進計画」令和２年12月")]


def _picture(page: pymupdf.Page, rect: pymupdf.Rect, grey: int) -> None:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 30), False)
    pix.clear_with(grey)
    page.insert_image(rect, pixmap=pix)


def build_schedule_poster(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_text((43, 55), TITLES[0], fontname=FONT, fontsize=26)
    page.draw_rect(pymupdf.Rect(41, 88, 801, 195), color=None, fill=SHADE)
    _boxed(page, 110, BOXED[0], "※１")
    for k, item in enumerate(ITEMS):
        page.insert_text((43, 137 + 24 * k), item, fontname=FONT, fontsize=16)
    page.insert_text((43, 372), "【参考】用語　※２", fontname=FONT, fontsize=10.6)
    y = 387.0
    for term in GLOSSARY:   # 27 letters a row, the wrapped rows hung one letter in
        for k in range(0, len(term), 27):
            page.insert_text((51 if k == 0 else 61, y), term[k:k + 27], fontname=FONT, fontsize=10)
            y += 12.5
        y += 2
    _picture(page, pymupdf.Rect(340, 250, 800, 560), 230)
    page.insert_text((620, 446), CALLOUT, fontname=FONT, fontsize=9)   # laid on the picture, low on the page
    page.insert_text((43, 580), "出典：総務省　" + "　".join(f"※{'１２'[k]}{n}" for k, n in enumerate(NOTES[:2])),
                     fontname=FONT, fontsize=7)
    page = doc.new_page(width=842, height=595)
    _picture(page, pymupdf.Rect(0, 0, 842, 595), 250)   # a background printed across the page
    page.insert_text((43, 55), TITLES[1], fontname=FONT, fontsize=26)
    end = 43 + 16 * 20
    for k, y in enumerate(range(110, 170, 20)):
        page.insert_text((43, y), (TEXT * 3)[k * 20:k * 20 + 20], fontname=FONT, fontsize=16)
    page.insert_text((end + 1, 104), "1", fontname=FONT, fontsize=9)   # the note's mark, raised after the first row
    page.insert_text((43, 570), "1 " + SCHEDULE_NOTES[2][2], fontname=FONT, fontsize=9)
    doc.save(str(path))
    return path
