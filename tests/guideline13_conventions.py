"""A section of an examination guideline printed on its own, built with PyMuPDF (issue 19: documents
nobody has seen, after 特許・実用新案審査基準): its title centred over two rows, the provision it rests on
in brackets on the second, right over its first numbered heading set in the same size; side notes —
cross-references in small type in the outer margin behind a vertical rule, on the rows of the running
text beside them (right of the text on an odd page, left of it on an even one). Truth beside the
builder; the tests are in test_guideline13_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY, TITLE_SIZE, NOTE = 10.5, 12.0, 8.0
_GOTHIC, _MINCHO = "japan", "china-s"   # renamed below: MS-Gothic headings over an MS-Mincho body
TITLE_ROWS = ("第５節　請求項の記載形式に関する要件", "（特許法第３６条）")
HEADINGS = [("１．", "概要"), ("２．", "記載形式についての判断"),
            ("（１）", "請求項ごとに行を改めて記載されていない、又は一の番号を付して記載されていない場合（省令第１号違反）")]
_WRAP = 29   # letters of the numbered heading's first row (it wraps, as the guideline's 類型 do)
NOTES_RIGHT = ["ＨＢ２２０２", "請求項の記載形式", "－独立形式と引用", "形式－"]
NOTES_LEFT = ["ＨＢ８００３", "国際段階での補正", "の取扱いについて"]
_P1 = ["　特許法第三十六条第六項第四号は、特許請求の範囲の記載に関する技術的な規定",
       "を、経済産業省令に委任するものである。請求項の記載の形式を定めることで、第",
       "三者の監視負担を軽くし、審査の負担を軽くすることを目的として設けられている。",
       "　経済産業省令は、請求項ごとに行を改め、一の番号を付して記載することなどを定",
       "めている。審査官は、この要件を満たさない請求項について拒絶理由を通知する。"]
_P2 = ["　以下に、経済産業省令に違反し、第三十六条第六項第四号違反と判断される類型を",
       "示す。類型は、請求項の番号の付け方と、他の請求項の引用の仕方とに分かれる。",
       "　いずれの類型も、請求項の記載から発明を把握することを困難にするものである。"]
_P3 = ["　請求項が一の番号を付して記載されていない場合は、第三十六条第六項第四号違",
       "反となる。審査官は、該当する請求項と違反と判断した理由を具体的に説明する。",
       "　出願人は、拒絶理由通知に対して、意見書等により反論、釈明等をすることができ",
       "る。審査官は、反論等により要件を満たすとの心証を得た場合、拒絶理由は解消する。"]
PARAGRAPH_1 = "".join(_P1[:3]).replace("\u3000", "")   # the first paragraph, its rows joined


def _centred(page: pymupdf.Page, y: float, text: str, size: float, left: float, right: float) -> None:
    x = (left + right - size * len(text)) / 2
    page.insert_text((x, y), text, fontname=_MINCHO, fontsize=size)


def build_guideline_section(path: Path) -> Path:
    doc = pymupdf.open()
    left, right = 70.9, 502.0
    page = doc.new_page(width=595.3, height=841.9)
    _centred(page, 85, TITLE_ROWS[0], TITLE_SIZE, left, right)
    _centred(page, 104, TITLE_ROWS[1], TITLE_SIZE, left, right)
    page.draw_rect(pymupdf.Rect(65, 128, 502, 150), color=(0, 0, 0), width=0.5)   # the heading's frame
    page.insert_text((left, 144), "".join(HEADINGS[0]), fontname=_GOTHIC, fontsize=TITLE_SIZE)
    for k, row in enumerate(_P1):
        page.insert_text((left, 180 + 19 * k), row, fontname=_MINCHO, fontsize=BODY)
    page.draw_line((511, 170), (511, 218), color=(0, 0, 0), width=0.5)   # the side notes' rule
    for k, row in enumerate(NOTES_RIGHT):   # on the rows of the paragraph's first lines
        page.insert_text((514, 180 + 9.5 * k), row, fontname=_MINCHO, fontsize=NOTE)
    page.insert_text((left, 300), "".join(HEADINGS[1]), fontname=_GOTHIC, fontsize=TITLE_SIZE)
    for k, row in enumerate(_P2):
        page.insert_text((left, 330 + 19 * k), row, fontname=_MINCHO, fontsize=BODY)
    page.insert_text((285, 790), "－　１　－", fontname=_MINCHO, fontsize=BODY)
    page = doc.new_page(width=595.3, height=841.9)
    body_left = 99.0
    page.draw_line((78, 70), (78, 112), color=(0, 0, 0), width=0.5)
    for k, row in enumerate(NOTES_LEFT):   # beside the heading's two rows, the last on the second's baseline
        page.insert_text((12, 84 + 9.5 * k), row, fontname=_MINCHO, fontsize=NOTE)
    heading = "".join(HEADINGS[2])
    page.insert_text((body_left, 84), heading[:_WRAP], fontname=_MINCHO, fontsize=TITLE_SIZE)
    page.insert_text((body_left + TITLE_SIZE, 103), heading[_WRAP:], fontname=_MINCHO, fontsize=TITLE_SIZE)
    for k, row in enumerate(_P3):
        page.insert_text((body_left, 130 + 19 * k), row, fontname=_MINCHO, fontsize=BODY)
    page.insert_text((300, 790), "－　２　－", fontname=_MINCHO, fontsize=BODY)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho", keep=())
    doc.save(path)
    return path
