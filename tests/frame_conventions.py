"""Documents typeset here with headings set apart by a band or a frame (issue 19: discussion
papers of the 政府CIO series and the like), each with its truth beside it:

- build_reference_list: Gothic headings at body size, one opening with an abbreviation spaced
  from its Japanese (2 AI システム…); a list of references with their web addresses.
- build_banded_paper: a paper in 12 pt Mincho whose headings are Gothic, their titles in 10.5 pt,
  smaller than the body (numbers at 12 pt; an appendix's label and an unnumbered title all at
  10.5 pt): the top level printed on a shaded band across the column, among them an appendix
  (付録1:) and an unnumbered 参照文献; the appendix's title printed small over its page (a running
  head); a case study shaded behind each of its lines in strips of one colour (one panel, not a
  band per line).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC, MINCHO = "japan", "china-ss"   # china-ss: a Mincho-like face that keeps its own name beside GOTHIC on one page
BODY, HEAD = 12.0, 10.5
BAND = (0.71, 0.87, 0.91)
SHADE = (0.92, 0.94, 0.96)
TEXT = "政府情報システムの移行に当たっては、蓄積された情報資産を新しいシステムに移すことが必要となる。"

# (depth, label, title, on a band)
BANDED = [(1, "１", "はじめに", True), (2, "１.１", "背景と目的", False), (1, "２", "データポータビリティの要件", True),
          (2, "２.１", "データの移行手段", False), (3, "1)", "データの取出し手段", False),
          (1, "付録1:", "データ標準化の取り組み", True), (2, "1)", "行政データ連携", False),
          (2, "2)", "中間標準レイアウト", False), (1, "", "参照文献", True)]
CASE_TITLE = "導入の事例"


def _paragraph(page: pymupdf.Page, y: float, rows: int = 3) -> float:
    for k in range(rows):   # rows of 35 characters at 12 pt from x 85: to x 505
        line = ("　" + TEXT)[:35] if k == 0 else TEXT[k:k + 35]
        page.insert_text((85, y), line, fontname=MINCHO, fontsize=BODY)
        y += 18
    return y + 18


def _heading(page: pymupdf.Page, y: float, label: str, title: str, band: bool) -> float:
    if band:   # a light band across the text column, a dark rule under it
        page.draw_rect(pymupdf.Rect(84, y - 13, 512, y + 4), color=None, fill=BAND)
        page.draw_rect(pymupdf.Rect(84, y + 4, 512, y + 5), color=None, fill=(0.0, 0.44, 0.75))
    if label and not label.startswith("付録"):   # a section's number in the body size, its title smaller
        page.insert_text((86, y), label, fontname=GOTHIC, fontsize=BODY)
        page.insert_text((86 + BODY * len(label), y), " " + title, fontname=GOTHIC, fontsize=HEAD)
    else:   # an appendix's label and title, and an unnumbered title, all in the smaller size
        page.insert_text((86, y), f"{label} {title}" if label else title, fontname=GOTHIC, fontsize=HEAD)
    return y + 30


def _case_study(page: pymupdf.Page, y: float) -> float:
    """Three lines shaded each on a strip of one colour, the strips touching: one panel."""
    for k, line in enumerate([CASE_TITLE, TEXT[:35], TEXT[10:45]]):
        page.draw_rect(pymupdf.Rect(84, y - 13, 512, y + 5), color=None, fill=SHADE)
        page.insert_text((90, y), line, fontname=MINCHO, fontsize=BODY if k else HEAD)
        y += 18
    return y + 18


def build_banded_paper(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page()
    cover.insert_text((150, 300), "政府情報システムのデータポータビリティ", fontname=GOTHIC, fontsize=20)
    cover.insert_text((260, 400), "2021年8月", fontname=MINCHO, fontsize=BODY)
    page, y = doc.new_page(), 100.0
    for _depth, label, title, band in BANDED:
        if label == "付録1:":
            page, y = doc.new_page(), 100.0
            page.insert_text((200, 45), f"付録1 {title}", fontname=MINCHO, fontsize=8)   # a running head
        y = _heading(page, y, label, title, band)
        if title == "参照文献":
            for k in range(1, 4):
                page.insert_text((85, y), f"[{k}] 政府CIOポータル「文字環境導入実践ガイドブック」", fontname=MINCHO, fontsize=HEAD)
                y += 18
        else:
            y = _paragraph(page, y)
        if label == "１.１":
            y = _case_study(page, y)
    doc.save(path)
    return path


# build_reference_list: a paper in Mincho whose headings are Gothic at body size, one title
# opening with an abbreviation set apart by a space from the Japanese that follows (2 AI システム…),
# the last section a list of references: a label, a citation in another face, its web address on
# the line under it (a reference entry, no heading).
REFERENCED = [(1, "1", "はじめに"), (1, "2", "AI システムの学習データの留意点"), (1, "3", "参考情報")]
REFERENCES = [("(1)", "Explainable Artificial Intelligence (XAI)", "https://www.darpa.mil/attachments/DARPA-BAA-16-53.pdf"),
              ("(2)", "Partnership on AI (PAI)", "https://partnershiponai.org/")]
LATIN = "tiro"   # the references' citations in a face of their own


def build_reference_list(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page()
    cover.insert_text((150, 300), "AIにおける学習データの留意点", fontname=GOTHIC, fontsize=20)
    cover.insert_text((260, 400), "2020年6月", fontname=MINCHO, fontsize=BODY)
    page, y = doc.new_page(), 100.0
    for _depth, label, title in REFERENCED:
        page.insert_text((85, y), f"{label} {title}", fontname=GOTHIC, fontsize=BODY)
        y += 26
        if label != "3":
            y = _paragraph(page, y)
    for label, citation, url in REFERENCES:
        page.insert_text((85, y), f"{label} {citation}", fontname=LATIN, fontsize=BODY)
        page.insert_text((106, y + 18), url, fontname=LATIN, fontsize=BODY)
        y += 40
    doc.save(path)
    return path
