"""Documents typeset here in the house style of a ministry's notice that publishes a guideline (newdocsB21):

- build_notice_with_guideline: a 基発 notice set in Mincho throughout (its 記 items "１　…（指針第１関係）" titles, their
  "(1) 指針第２の…については、…こと。" items sentences hung under their titles), then its 別添１ — the guideline it
  issues — set in Gothic from its title to its last line (別添１ alone at the top right of its first page over the
  centred title, 第１ > １ > ⑴ outline). The Gothic part holds more letters: the document's body face is Gothic.
- build_checklist_header: a ruled checklist whose frame and section rows are drawn in 0.7 pt and its inner rules in
  0.28 pt; its header cell 結果 spans two columns, its lower right corner ruled off in fine rules for 優先度.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY = 12.0
_MINCHO, _GOTHIC = "japan", "china-s"   # renamed below: ＭＳ 明朝 for the notice, ＭＳ ゴシック for the guideline
LEFT, RIGHT = 85.0, 510.0

NOTICE_ITEMS = [
    ("１", "趣旨について（指針第１関係）"),
    ("２", "安全衛生管理体制の確立等（指針第２の１関係）"),
]
SENTENCE = ["(1) 指針第２の１(1)の「労働者の意見を聴く機会」については、安全衛生の委員会のほ",
            "かの会議や業務ミーティング等も活用できること。なお、必ずしも会議体の構成をとる",
            "必要はなく、担当者を中心に意見の聴取を実施することも考えられること。"]
PARAGRAPH = "事業者は、高年齢者の特性に配慮した作業環境の改善、作業の管理その他の必要な措置を講ずる"
GUIDELINE_TITLE = "高年齢者の労働災害防止のための指針"
# (level, label, title) as the notice's reader should give them
HEADINGS = [(1, "１", "趣旨について(指針第１関係)"), (1, "２", "安全衛生管理体制の確立等(指針第２の１関係)"),
            (1, "別添1", GUIDELINE_TITLE), (2, "第1", "趣旨"), (2, "第2", "事業者が講ずべき措置"),
            (3, "1", "安全衛生管理体制の確立等"), (4, "⑴", "安全衛生管理体制の確立"), (4, "⑵", "危険源の特定等の実施")]


def _text(page: pymupdf.Page, x: float, y: float, text: str, font: str) -> None:
    page.insert_text((x, y), text, fontname=font, fontsize=BODY)


def _paragraph(page: pymupdf.Page, y: float, rows: int, font: str, indent: float = 12.0) -> float:
    for k in range(rows):   # the paragraph's last row ends short
        _text(page, LEFT + indent + (BODY if k == 0 else 0), y, PARAGRAPH[: 12 if k == rows - 1 else 34 if k else 33], font)
        y += 18
    return y


def build_notice_with_guideline(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _text(page, 400, 80, "基発0210第１号", _MINCHO)
    _text(page, 400, 98, "令和８年２月10日", _MINCHO)
    _text(page, LEFT, 140, "都道府県労働局長　殿", _MINCHO)
    _text(page, 360, 180, "厚生労働省労働基準局長", _MINCHO)
    _text(page, 150, 240, "「" + GUIDELINE_TITLE + "」について", _MINCHO)
    y = _paragraph(page, 276, 4, _MINCHO, 0)
    _text(page, 290, y + 18, "記", _MINCHO)
    y += 54
    for label, title in NOTICE_ITEMS:
        _text(page, LEFT, y, f"{label}　{title}", _MINCHO)
        y = _paragraph(page, y + 18, 3, _MINCHO)
        for k, row in enumerate(SENTENCE):
            _text(page, LEFT + 12 + (0 if k == 0 else 16), y, row, _MINCHO)
            y += 18
        y += 6
    page = doc.new_page()
    _text(page, 480, 40, "別添１", _GOTHIC)
    _text(page, 196, 60, GUIDELINE_TITLE, _GOTHIC)
    y = 100.0
    for label, title, rows in (("第１", "趣旨", 6), ("第２", "事業者が講ずべき措置", 4)):
        _text(page, 72, y, f"{label}　{title}", _GOTHIC)
        y = _paragraph(page, y + 18, rows, _GOTHIC) + 18
    _text(page, 84, y, "１　安全衛生管理体制の確立等", _GOTHIC)
    y += 18
    for label, title in (("⑴", "安全衛生管理体制の確立"), ("⑵", "危険源の特定等の実施")):
        _text(page, 96, y, f"{label}　{title}", _GOTHIC)
        y = _paragraph(page, y + 18, 8, _GOTHIC, 24)
    rename_fonts(doc, "/MS-Mincho", "/MS-Gothic")
    doc.save(path)
    return path


FRAME, FINE = 0.7, 0.28
XS = (81.0, 92.5, 110.4, 452.6, 483.7, 514.8)
HEADER = ("番号", "チェック項目", "結果", "優先度")
SECTION = "１　高年齢労働者の戦力としての活用"
ITEMS = ["高年齢労働者のこれまでの知識と経験を活かして活用している。", "基本方針の表明を行っている。",
         "推進する計画を策定している。"]


def build_checklist_header(path: Path) -> Path:
    """The checklist's first rows: a header 100–125 (結果 over two columns 100–112.7, its lower right cell
    484–515 × 112.7–125 ruled off in fine rules for 優先度, the lower left left open under 結果), a section's band
    across all five columns (no inner rule in it: the L meets no other fine rule), then three item rows. Expected:
    2 + 1 + 3 rows × 5 columns; the first row reads 番号 | (merged) | チェック項目 | 結果 | (merged)."""
    doc = pymupdf.open()
    page = doc.new_page()
    top, mid, head = 100.0, 112.7, 125.2
    band = head + 25.5
    rows = [band + 25.5 * k for k in range(len(ITEMS) + 1)]
    bottom = rows[-1]
    for y in (top, head, *rows):
        page.draw_line((XS[0], y), (XS[-1], y), width=FRAME)
    for x in (XS[0], XS[-1]):
        page.draw_line((x, top), (x, bottom), width=FRAME)
    for x in (XS[2], XS[3]):
        page.draw_line((x, top), (x, head), width=FINE)
    for x in XS[1:-1]:
        page.draw_line((x, band), (x, bottom), width=FINE)
    page.insert_text((86, head + 16), SECTION, fontname=_GOTHIC, fontsize=9)
    page.draw_line((XS[4], mid), (XS[5], mid), width=FINE)       # the corner ruled off: 優先度
    page.draw_line((XS[4], mid), (XS[4], head), width=FINE)
    page.insert_text((86, 116), HEADER[0], fontname=_GOTHIC, fontsize=8)
    page.insert_text((240, 116), HEADER[1], fontname=_GOTHIC, fontsize=8)
    page.insert_text((475, 109), HEADER[2], fontname=_GOTHIC, fontsize=8)
    page.insert_text((488, 121), HEADER[3], fontname=_GOTHIC, fontsize=8)
    for k, item in enumerate(ITEMS):
        page.insert_text((96, rows[k] + 16), str(k + 1), fontname=_GOTHIC, fontsize=8)
        page.insert_text((114, rows[k] + 16), item, fontname=_GOTHIC, fontsize=8)
    for k in range(12):
        page.insert_text((72, 260 + 18 * k), PARAGRAPH, fontname=_GOTHIC, fontsize=10)
    doc.save(path)
    return path
