"""Documents typeset here as a 告示's fee schedule issued part by part (診療報酬点数表: 第N部 … in a file of
its own): everything in one Mincho size. The part's label and title open the first page alone on their
row, set in from the left ("第３部　検査"); "通則" at the text's left edge right under it, over the part's
general provisions numbered １ … (sentences hanging after their numbers); then the part's named divisions
— "第１節　検査料" and "第１款　検体検査" set further in — open after the last item; "区分" at the left edge
heads the code column; each fee code (Ｄ０００ 尿検査) stands at the left edge, its rows "１ 定性検査 …
26点" under it, each ending in its points flush right (on the next row, flush right, when the row's
words fill the line).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"
BODY = 10.0
PITCH = 15.0
RIGHT = 539.0
PART = ("第３部", "検査")
SECTION = ("第１節", "検査料")
SUBSECTION = ("第１款", "検体検査")
ITEMS = [
    ("１", ["検査の費用は、第１節の各区分に掲げる所定点数により算定する。この場合において、検査に当たって",
           "使用した薬剤の費用は、所定点数に含まれるものとする。"]),
    ("２", ["第１節に掲げられていない検査であって特殊なものの費用は、第１節に掲げられている検査のうちで最も",
           "近似する検査の各区分の所定点数により算定する。"]),
]
# (code, name, rows: (label, words, points, wraps)) — a row that wraps sets its points on the next row
CODES = [
    ("Ｄ０００", "尿中一般物質定性半定量検査", [("１", "定性検査", "26点", False),
                                      ("２", "半定量検査（試験紙法によるもの）", "34点", False),
                                      ("３", "定量検査（機器を用いて行った場合であって、検体を前処理したもの）", "1,250点", True)]),
    ("Ｄ００１", "尿中特殊物質定性定量検査", [("１", "尿蛋白", "7点", False), ("２", "尿グルコース", "9点", False),
                                    ("３", "ウロビリノゲン（尿）", "16点", False)]),
]


def _text(page: pymupdf.Page, x: float, y: float, s: str) -> None:
    page.insert_text((x, y), s, fontname=MINCHO, fontsize=BODY)


def _right(page: pymupdf.Page, y: float, s: str) -> None:
    width = pymupdf.get_text_length(s, fontname=MINCHO, fontsize=BODY)
    _text(page, RIGHT - width, y, s)


def code_rows(page: pymupdf.Page, y: float, codes: list, alone: str = "") -> float:
    """Codes set out at the margin (Ｋ００１　皮膚切開術), each over its rows (label at x, words 20 pt further,
    points flush right; "" for a row grouping the sub-rows under it); a code without rows priced `alone` on
    its own line. Returns the last line's baseline."""
    for code, name, rows in codes:
        y += PITCH
        _text(page, 84, y, f"{code}　{name}")
        if not rows and alone:
            _right(page, y, alone)
        for label, words, points, x in rows:
            y += PITCH
            _text(page, x, y, label)
            _text(page, x + 20, y, words)
            if points:
                _right(page, y, points)
    return y


def build_schedule(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 70.0
    _text(page, 135, y, f"{PART[0]}　{PART[1]}")
    y += PITCH
    _text(page, 84, y, "通則")
    for label, lines in ITEMS:
        y += PITCH
        _text(page, 94, y, label)
        _text(page, 115, y, lines[0])
        for more in lines[1:]:
            y += PITCH
            _text(page, 104, y, more)
    y += PITCH
    _text(page, 146, y, f"{SECTION[0]}　{SECTION[1]}")
    y += PITCH
    _text(page, 156, y, f"{SUBSECTION[0]}　{SUBSECTION[1]}")
    y += PITCH
    _text(page, 84, y, "区分")
    for code, name, rows in CODES:
        y += PITCH
        _text(page, 84, y, f"{code}　{name}")
        for label, words, points, wraps in rows:
            y += PITCH
            _text(page, 146, y, label)
            _text(page, 166, y, words)
            if wraps:
                y += PITCH
            _right(page, y, points)
    doc.save(str(path))
    return path

