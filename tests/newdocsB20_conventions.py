"""A review report in the agency's house style (tests/real pmda_shinsa_hokokusho_xarelto_2023, Word 365 through a
redaction tool), built with PyMuPDF: its 別紙 審査報告（1） centred in bold over 申請品目 — the part's first section,
unnumbered, bold at the text's left — whose numbered outline 1. … opens on the next page; the section reviewing
section 1 numbered 1.R, its topics 1.R.1; and Word notes marked "1）" set as two small runs (the number in a Latin
face, the full-width bracket in the Japanese one). Truth beside the builder; the tests are in
test_newdocsB20_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

BODY = 10.5
_MINCHO = "japan"
_LEFT = 57.0
_BOLD = {"render_mode": 2, "border_width": 0.03}
_TEXT = ["本申請において、申請者が提出した資料及び機構における審査の概略等は、以下のとおりである。",
         "本薬は、経口投与可能な直接的阻害薬であり、血液凝固系を阻害し、血栓形成を抑制する。"]
# (label, title): the report's numbered outline on page 3, 1.R and 1.R.1 the review of section 1
OUTLINE = [("1.", "起原又は発見の経緯に関する資料等"), ("1.1", "生物薬剤学試験の概要"), ("1.R", "機構における審査の概略"),
           ("1.R.1", "検討用法・用量について")]
HEADINGS = [(1, "", "審査報告（1）"), (2, "", "申請品目"), (2, "1.", OUTLINE[0][1]), (3, "1.1", OUTLINE[1][1]),
            (3, "1.R", OUTLINE[2][1]), (4, "1.R.1", OUTLINE[3][1])]
NOTE = "解析には、シミュレーションのためのソフトウェアが使用された。"


def _text(page: pymupdf.Page, y: float, rows: list[str]) -> float:
    for row in rows:
        page.insert_text((_LEFT + BODY, y), row, fontname=_MINCHO, fontsize=BODY)
        y += 18
    return y + 10


def build_review(path: Path) -> Path:
    """Three pages: the cover's title and date; 審査報告（1） centred in bold at the body's size over 申請品目 (bold,
    at the left) and its particulars; then the numbered outline in bold at the body's size, a sentence raising the
    mark "1）" (two runs, 6.5 pt), and note 1 at the page's foot opening with the same two runs."""
    doc = pymupdf.open()
    cover = doc.new_page(width=595.3, height=841.9)
    cover.insert_text((230, 200), "審議結果報告書", fontname=_MINCHO, fontsize=14)
    cover.insert_text((380, 240), "令和5年10月31日", fontname=_MINCHO, fontsize=BODY)
    _text(cover, 300, _TEXT)
    part = doc.new_page(width=595.3, height=841.9)
    part.insert_text((264, 82), "審査報告（1）", fontname=_MINCHO, fontsize=BODY, **_BOLD)
    y = _text(part, 120, _TEXT[:1])
    part.insert_text((_LEFT, y + 10), "申請品目", fontname=_MINCHO, fontsize=BODY, **_BOLD)
    _text(part, y + 30, ["［販 売 名］ 架空錠10 mg", "［一 般 名］ 架空成分"])
    outline = doc.new_page(width=595.3, height=841.9)
    y = 70.0
    for label, title in OUTLINE:
        outline.insert_text((_LEFT, y), label, fontname="tiro", fontsize=BODY, **_BOLD)
        outline.insert_text((_LEFT + 36, y), title, fontname=_MINCHO, fontsize=BODY, **_BOLD)
        y = _text(outline, y + 18, _TEXT)
    x = _LEFT + BODY + BODY * len(_TEXT[1])
    outline.insert_text((x, y - 28 - 4), "1", fontname="tiro", fontsize=6.5)
    outline.insert_text((x + 3.5, y - 28 - 4), "）", fontname=_MINCHO, fontsize=6.5)
    outline.draw_line((_LEFT, 740), (_LEFT + 150, 740), width=0.5)
    outline.insert_text((_LEFT, 756), "1", fontname="tiro", fontsize=6.5)
    outline.insert_text((_LEFT + 3.5, 756), "）", fontname=_MINCHO, fontsize=6.5)
    outline.insert_text((_LEFT + 12, 758), NOTE, fontname=_MINCHO, fontsize=8)
    doc.save(path)
    return path
