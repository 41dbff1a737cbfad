"""Kinds blind25a builds from session 25's unseen committee paper (委員会資料), each typeset here with its truth beside it:

build_committee_paper  a paper a ward's office lays before a council's standing committee, typed in Word: the stamp
                       block flush right at the top — the committee's material "例示委員会資料", the date, the office over
                       two rows (例示総合支援センター / 支援課・援助課・保護課: the centre, then its three sections listed
                       with ・) —, the title centred in bold Gothic under it, sections "１ …" and "（１）…" in bold Gothic, each
                       "（１）" sub-head carrying the unit of the table under it at the row's right after typed spaces
                       ("（１）内容別相談受付件数␣␣␣␣␣␣(単位：件／令和６年度速報値)"), ruled tables of counts, body text in Mincho.
                       Truth: the committee's material label is the paper's stamp (doc_label), no title; the title is the
                       centred row; the issuer the centre and its sections, one name (例示総合支援センター支援課・援助課・保護課);
                       the sub-heads' titles end before their unit, which is the first paragraph under each.
build_upright_heads    a ruled table of counts whose header cells are written down (縦書き), one glyph a row, a long head
                       in two columns of its own, right column first (福祉事務所送致 / 又は通知, 児童福祉施 / 設入所).
                       Truth: each head reads its columns right to left, each top to bottom.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO, GOTHIC = "japan-s", "japan"
_W, _H = 595, 842

PAPER_STAMP = "例示委員会資料"
PAPER_TITLE = "令和６年度の例示総合支援センターの活動状況について"
PAPER_DATE = "2025-08-21"
PAPER_ISSUER = "例示総合支援センター支援課・援助課・保護課"
# (level, label, title, the unit typed after it on its row: "" for none)
PAPER_HEADS = [(1, "１", "例示総合支援センターの相談受付状況", ""),
               (2, "（１）", "内容別相談受付件数", "(単位：件／令和６年度速報値)"),
               (2, "（２）", "年齢別受付件数", "(単位：件／令和６年度速報値)"),
               (1, "２", "一時保護の状況", ""),
               (2, "（１）", "一時保護施設の入所状況（一時保護施設の新規入所児童数）", "（単位：人）")]
_BODY = ["一時保護施設では、一時保護された子どもにとって、温かみのある場所となる",
         "よう生活支援等を行っており、令和６年度に開設後初めて受審した第三者評価で",
         "は、特にユニット制の運営について高い評価を受けた。"]


def _text(page: pymupdf.Page, x: float, y: float, text: str, size: float = 10.56, font: str = MINCHO) -> None:
    """Mincho as it is; Gothic set bold as Word sets a face with none: its glyphs filled and stroked."""
    bold = {"render_mode": 2, "border_width": 0.04, "color": (0, 0, 0), "fill": (0, 0, 0)} if font == GOTHIC else {}
    page.insert_text((x, y), text, fontname=font, fontsize=size, **bold)


def _grid(page: pymupdf.Page, y: float, rows: list[list[str]]) -> float:
    """A ruled table of `rows` at `y` (its top), four columns across the text; returns its foot."""
    xs = [43.0, 200.0, 320.0, 440.0, 552.0]
    height = 18.0
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            _text(page, xs[c] + 6, y + r * height + 13, cell, 10.56)
    foot = y + height * len(rows)
    for k in range(len(rows) + 1):
        page.draw_line((xs[0], y + k * height), (xs[-1], y + k * height), width=0.6)
    for x in xs:
        page.draw_line((x, y), (x, foot), width=0.6)
    return foot


def build_committee_paper(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    for k, row in enumerate((PAPER_STAMP, "令和７年８月２１日", "例示総合支援センター", "支援課・援助課・保護課")):
        _text(page, 552 - pymupdf.get_text_length(row, fontname=MINCHO, fontsize=10.56), 40 + 15 * k, row)   # flush right
    width = pymupdf.get_text_length(PAPER_TITLE, fontname=GOTHIC, fontsize=12)
    _text(page, (_W - width) / 2, 130, PAPER_TITLE, 12, GOTHIC)
    y = 170.0
    tables = [[["", "支援課", "援助課", "合計"], ["児童虐待相談", "67", "1,149", "1,216"], ["保健相談", "1", "0", "1"]],
              [["合計", "０～５歳", "６～11歳", "12歳以上"], ["3,721", "421", "886", "1,191"]],
              [["", "幼児", "学齢", "合計"], ["新規入所児童数", "46", "177", "223"]]]
    for level, label, title, unit in PAPER_HEADS:
        row = f"{label}{title}" if level == 2 else f"{label} {title}"
        _text(page, 43, y, row + ("      " + unit if unit else ""), 12, GOTHIC)
        y += 10
        if unit:
            y = _grid(page, y, tables.pop(0)) + 30
        elif label == "２":
            for line in _BODY:
                y += 16
                _text(page, 55, y, line, 12)
            y += 24
        else:
            y += 14
    _text(page, 295, 800, "1")
    doc.save(path)
    return path


# the heads of build_upright_heads: each its columns right to left (a column's glyphs top to bottom)
UPRIGHT_HEADS = [["合計"], ["助言指導"], ["福祉事務所送致", "又は通知"], ["児童福祉司", "指導"], ["児童福祉施", "設入所"],
                 ["家庭裁判所", "送致"], ["その他"]]
UPRIGHT_COUNTS = ["1,131", "978", "0", "50", "18", "0", "1"]


def build_upright_heads(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _text(page, 43, 80, "（２）対応種類別対応件数", 12, GOTHIC)
    for k, line in enumerate(_BODY * 3):   # the page's text, set across
        _text(page, 55, 230 + 18 * k, line, 12)
    xs = [60.0 + 60 * k for k in range(len(UPRIGHT_HEADS) + 1)]
    top, mid, foot = 90.0, 185.0, 205.0
    for k, columns in enumerate(UPRIGHT_HEADS):
        if len(columns) == 1 and k == 0:
            _text(page, xs[k] + 18, 135, columns[0])
        else:
            right, height = xs[k] + 36, 11 * (len(columns[0]) - 1)
            for c, column in enumerate(columns):   # right column first, each glyph on a row of its own; a shorter
                pitch = height / max(len(column) - 1, 1) if c else 11   # column spread down the first's height, as
                for g, glyph in enumerate(column):                      # Word distributes it (均等割り付け)
                    _text(page, right - 12 * c, top + 14 + 4 * c + pitch * g, glyph, 9)
        _text(page, xs[k] + 30, foot - 5, UPRIGHT_COUNTS[k])
    for y in (top, mid, foot):
        page.draw_line((xs[0], y), (xs[-1], y), width=0.6)
    for x in xs:
        page.draw_line((x, top), (x, foot), width=0.6)
    _text(page, 295, 800, "1")
    doc.save(path)
    return path
