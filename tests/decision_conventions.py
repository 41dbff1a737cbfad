"""Documents typeset here in the conventions of a 対策本部 decision and an expert meeting's paper
(Word output, 2020), each with its truth beside it:

- build_marked_subheadings: a decision in one size (MS-Mincho body, MS-Gothic headings at the body
  size): １. > （１） > ○ sub-headings, each ○ line in Gothic over Mincho paragraphs right under it;
  a list of ○ items in Gothic one under another, and ○ bullets in the body's Mincho, are no headings.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

GOTHIC, MINCHO = "japan", "china-ss"   # PyMuPDF names them /Gothic and /Song: renamed below
SIZE = 14.0
PARAGRAPH = "政府は関係機関と連携し、必要な支援を速やかに行うとともに、その状況を"

# (depth, label, title); None marks a list of Gothic ○ items, then Mincho ○ bullets, under the last heading
MARKED = [(1, "１.", "基本方針"), (1, "２.", "緊急対応策"), (2, "（１）", "帰国者等への支援"),
          (3, "○", "帰国者等の健康管理のための支援"), (3, "○", "邦人の安全確保のための支援"),
          (2, "（２）", "国内感染対策の強化"), (3, "○", "検査体制の強化等"), None]
GOTHIC_LIST = ["○検査キットの開発", "○治療薬の開発", "○ワクチンの開発"]
MINCHO_BULLETS = ["○相談窓口を設置する", "○情報提供を強化する"]


def build_marked_subheadings(path: Path) -> Path:
    doc = pymupdf.open()
    page, y = doc.new_page(), 80.0
    for entry in MARKED:
        if y > 700:
            page, y = doc.new_page(), 80.0
        if entry is None:
            for text in GOTHIC_LIST:
                page.insert_text((85, y), text, fontname=GOTHIC, fontsize=SIZE)
                y += 21
            for k in range(2):
                page.insert_text((103 if k == 0 else 89, y), PARAGRAPH[:30], fontname=MINCHO, fontsize=SIZE)
                y += 21
            for text in MINCHO_BULLETS:
                page.insert_text((85, y), text, fontname=MINCHO, fontsize=SIZE)
                y += 21
            continue
        depth, label, title = entry
        page.insert_text((71 if depth < 3 else 85, y), label + title, fontname=GOTHIC, fontsize=SIZE)
        y += 21
        if depth == 3 or label == "１.":   # paragraphs under it, the first line indented
            for k in range(3):
                page.insert_text((103 if k == 0 else 89, y), PARAGRAPH[:30], fontname=MINCHO, fontsize=SIZE)
                y += 21
            y += 21
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")   # named as Word names them: Gothic headings over a Mincho body
    doc.save(path)
    return path
