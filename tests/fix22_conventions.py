"""Kinds fix22 builds from session 22's unseen documents under a bar, each typeset here with its truth beside it:

- build_annex_deck: a deck's annexes (a guideline's 別添 概要): a slide titled 別添1. … opens the annex, the slides
  of its parts after it are titled 別添1 A. …, 別添1 B. …; another annex 別添2. with one part, its title long enough
  to be set smaller to fit its band (PowerPoint's autofit). All titles in one band and one type.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from slide_conventions import GOTHIC, TITLE_SIZE, _slide

# (depth, label, title, size) per slide after the cover: its truth
ANNEX_SLIDES = [(1, "", "別添の位置づけ", TITLE_SIZE),
                (1, "別添1.", "第1部関連の記載内容", TITLE_SIZE),
                (2, "別添1 A.", "前提となる考え方", TITLE_SIZE),
                (2, "別添1 B.", "便益とリスクの整理", TITLE_SIZE),
                (1, "別添2.", "第2部関連の記載内容", TITLE_SIZE),
                (2, "別添2 A.", "経営層による体制の構築と運用状況のモニタリング", TITLE_SIZE - 0.4)]


def build_annex_deck(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=842, height=595)
    cover.insert_text((150, 240), "人工知能の利活用に関する指針案 別添 概要", fontname=GOTHIC, fontsize=32)
    cover.insert_text((330, 400), "令和６年４月", fontname=GOTHIC, fontsize=18)
    for _, label, title, size in ANNEX_SLIDES:
        _slide(doc, f"{label} {title}".strip(), size, False)
    doc.save(path)
    return path
