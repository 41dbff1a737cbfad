"""A fee schedule's code whose rows' words fill the line (診療報酬点数表: "４ 乳房部分切除術（腋窩部郭清を伴うもの（内視鏡下
によるものを含む。））" running almost to the edge, its points "42,350点" flush right on the row under it), among rows
each ending in its points on their own row; typeset here in one Mincho size, as schedule15/16_conventions."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from schedule15_conventions import PITCH, _right, _text

CODE = ("Ｋ４７６", "乳腺悪性腫瘍手術")
# (label, words, points, points on the row under the words)
ROWS = [("１", "単純乳房切除術（乳腺全摘術）", "14,820点", False),
        ("２", "乳房部分切除術（腋窩部郭清を伴わないもの）", "28,210点", False),
        ("３", "乳房部分切除術（腋窩部郭清を伴うもの（内視鏡下によるものを含む。））", "42,350点", True),
        ("４", "乳房切除術（腋窩鎖骨下部郭清を伴うもの）・胸筋切除を併施しないもの", "42,350点", True),
        ("５", "乳房切除術（腋窩部郭清を伴わないもの）", "22,520点", False)]


def build_values_under(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 70.0
    _text(page, 84, y, f"{CODE[0]}　{CODE[1]}")
    for label, words, points, under in ROWS:
        y += PITCH
        _text(page, 146, y, label)
        _text(page, 166, y, words)
        if under:
            y += PITCH
        _right(page, y, points)
    doc.save(str(path))
    return path
