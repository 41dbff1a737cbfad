"""A chapter of an examination guideline whose paragraph opens with its rule stated in a bolder face,
built with PyMuPDF (issue 19: documents nobody has seen, after 特許・実用新案審査基準): the rule's sentence
set in a bold Gothic over the body's Mincho, wrapped over full rows, its explanation in the body's type
starting on the rule's last row; a cross-reference boxed in the left margin behind a vertical rule
beside it (a side note), right under the numbered sub-heading that heads the paragraph. Truth beside
the builder; the tests are in test_lead13_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY, NOTE = 12.0, 8.0
_GOTHIC, _MINCHO = "japan", "china-s"   # renamed below: MS-Gothic headings and rule over an MS-Mincho body
HEADINGS = [("３．１．３", "先の出願の当初明細書等に記載した事項との対比及び判断"), ("（１）", "基本的な考え方"),
            ("（２）", "主な類型"), ("３．２", "部分優先又は複合優先")]
NOTES = ["ＨＢ６４０１", "先願参照出願にお", "ける当初明細書等"]
_ROW = 35   # letters of a full row
RULE = ("後の出願の明細書、特許請求の範囲及び図面が先の出願について補正されたものであると仮定した場合において、"
        "その補正がされたことにより、後の出願の請求項に係る発明が、先の出願の当初明細書等との関係において、"
        "新規事項の追加されたものとなる場合には、国内優先権の主張の効果が認められないものとする。")
EXPLANATION = ("すなわち、当該補正が、請求項に係る発明に、先の出願の当初明細書等に記載した事項との関係におい"
               "て、新たな技術的事項を導入するものであった場合には、優先権の主張の効果が認められない。")
_TEXT_RUN = ("ここで、当初明細書等に記載した事項とは、当業者によって、当初明細書等の全ての記載を総合することにより"
             "導かれる技術的事項である。審査官は、この事項と後の出願の請求項に係る発明とを対比して判断する。")


def _rows(text: str, first: int) -> list[str]:
    """`text` cut into full rows, the first `first` letters long (set one character in)."""
    out = [text[:first]]
    text = text[first:]
    while text:
        out.append(text[:_ROW])
        text = text[_ROW:]
    return out


def _paragraph() -> list[str]:
    """A paragraph of body text: its first row opened one character in (字下げ), each row full but its last."""
    return ["　" + row if k == 0 else row for k, row in enumerate(_rows(_TEXT_RUN, _ROW - 1))]


def build_lead_paragraph(path: Path) -> Path:
    doc = pymupdf.open()
    left = 99.0
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((left, 80), "　".join(HEADINGS[0]), fontname=_GOTHIC, fontsize=BODY)
    page.insert_text((left, 112), "　".join(HEADINGS[1]), fontname=_MINCHO, fontsize=BODY)
    rule = _rows(RULE, _ROW - 1)
    y = 150.0
    for k, row in enumerate(rule):   # the rule in bold (filled and stroked), its first row one character in
        page.insert_text((left + (BODY if k == 0 else 0), y), row, fontname=_GOTHIC, fontsize=BODY,
                         render_mode=2, border_width=0.04)
        y += 19
    y -= 19
    last = len(rule[-1])
    rest = _rows(EXPLANATION, _ROW - last)
    page.insert_text((left + last * BODY, y), rest[0], fontname=_MINCHO, fontsize=BODY)   # on the rule's last row
    for row in rest[1:]:
        y += 19
        page.insert_text((left, y), row, fontname=_MINCHO, fontsize=BODY)
    for row in _paragraph():
        y += 19
        page.insert_text((left, y), row, fontname=_MINCHO, fontsize=BODY)
    page.draw_line((90, 140), (90, 180), color=(0, 0, 0), width=0.5)   # the side note's rule
    for k, row in enumerate(NOTES):   # beside the rule's first rows, in the left margin
        page.insert_text((20, 150 + 11 * k), row, fontname=_MINCHO, fontsize=NOTE)
    y += 38
    page.insert_text((left, y), "　".join(HEADINGS[2]), fontname=_MINCHO, fontsize=BODY)
    for row in _paragraph():
        y += 19
        page.insert_text((left, y), row, fontname=_MINCHO, fontsize=BODY)
    y += 38
    page.insert_text((left, y), "　".join(HEADINGS[3]), fontname=_GOTHIC, fontsize=BODY)
    for row in _paragraph():
        y += 19
        page.insert_text((left, y), row, fontname=_MINCHO, fontsize=BODY)
    page.insert_text((290, 790), "－　４　－", fontname=_MINCHO, fontsize=BODY)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho", keep=())
    doc.save(path)
    return path
