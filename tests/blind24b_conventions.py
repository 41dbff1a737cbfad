"""Kinds blind24b builds from session 24's unseen statistics documents, each typeset here with its truth beside it:

build_counts_chapter  a chapter of a city's annual report of complaints counted (its 統計 part): Ⅵ and the chapter's
                      name in Gothic over a Mincho text, then sections １ 全市の件数の推移, ２ 区別の件数, ３ 月別の件数 in Gothic
                      at the body's size, each label a full-width figure, a typed space and its title — the type set
                      condensed (each glyph advances less than its em box: the label's box overhangs the space after
                      it, so the gap from the label's box to the title is a little under an em). Truth: the chapter and
                      its three sections, ３ 月別の件数 a label and its title (月別 is no month: a unit after a typed space).
build_open_table      a 統計表 as a 統計書 sets it: a rule over the header and one under it, each across the table's width,
                      the header's column rules between them (区 split into two sub-columns under a short rule), the
                      body open — a block's label centred across the columns (人口動態（人口増減数）), then one row per
                      year (震災前平均, 平成７年, ８年 … 26年) in small type, no rule between rows or columns but the 年次
                      column's, the sides open — and one rule closing it, a note under it. Truth: one table, 2 header
                      rows + the label's row (one cell across the columns it runs over) + 21 rows × 8 columns (年次 | 全市 | 東区 | 西区 | 南区 | 北区 | (本区)
                      | (支所)), 年次 its first cell, 26年 its last row's.
build_weekly_sheet    a weekly surveillance report set as a spreadsheet: its title in large type, then one row holding the
                      day it was made (平成29年11月14日作成) at the left and, far right of it, the centre that made it; under
                      them the week's counts. Truth: dated 2017-11-14, issued by the centre.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan"
GOTHIC = "china-s"   # another typeface than the text's (a heading face)
_W, _H = 595, 842

CHAPTER = ("Ⅵ", "苦情処理の状況")
SECTIONS = [("１", "全市の件数の推移"), ("２", "区別の件数"), ("３", "月別の件数")]
_BODY = ["　市民からの苦情については、大部分が大気、水質、騒音等に関するものである。日常生活において",
         "不快感を伴うものを含め、多数の苦情が市に寄せられている。全市の件数は前年度と比べて減少した。種類",
         "別にみると、騒音に係る苦情が最も多く、次いで大気に係る苦情、悪臭に係る苦情が多かった。"]


def _bold(page: pymupdf.Page, x: float, y: float, text: str, size: float) -> None:
    """Gothic set bold as Word sets it for a face with none: its glyphs filled and stroked."""
    page.insert_text((x, y), text, fontname=GOTHIC, fontsize=size, render_mode=2, border_width=0.04,
                     color=(0, 0, 0), fill=(0, 0, 0))


def _condensed(page: pymupdf.Page, x: float, y: float, label: str, title: str, size: float) -> None:
    """A label, a typed space and the title in condensed bold type: each glyph advances 0.93 em, its box one em wide
    (the label's box overhangs the space, which advances 0.94 em)."""
    _bold(page, x, y, label, size)
    _bold(page, x + 0.93 * size, y, " ", size)
    for i, ch in enumerate(title):
        _bold(page, x + (0.93 + 0.94 + 0.93 * i) * size, y, ch, size)


def build_counts_chapter(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _bold(page, 65, 80, f"{CHAPTER[0]}　{CHAPTER[1]}", 14)
    y = 120.0
    for label, title in SECTIONS:
        _condensed(page, 65, y, label, title, 11)
        y += 22
        for line in _BODY:
            page.insert_text((65, y), line, fontname=MINCHO, fontsize=11)
            y += 18
        y += 30
    doc.save(path)
    return path


WEEKLY_TITLE = "北野市感染症発生動向調査週報"
WEEKLY_DATE = "2017-11-14"
WEEKLY_ISSUER = "北野市感染症情報センター"
_DISEASES = [("インフルエンザ", "12"), ("感染性胃腸炎", "142"), ("水痘", "8"), ("手足口病", "4")]


def build_weekly_sheet(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=1200, height=850)
    page.insert_text((42, 80), WEEKLY_TITLE, fontname=GOTHIC, fontsize=24)
    page.insert_text((74, 104), "平成29年11月14日作成", fontname=GOTHIC, fontsize=12)
    page.insert_text((241, 104), WEEKLY_ISSUER, fontname=GOTHIC, fontsize=12)
    page.insert_text((663, 120), "第 45週　平成29年11月6日　～　平成29年11月12日", fontname=GOTHIC, fontsize=14)
    y = 160.0
    page.insert_text((40, y), "疾病名称", fontname=GOTHIC, fontsize=12)
    page.insert_text((494, y), "計", fontname=GOTHIC, fontsize=12)
    for name, count in _DISEASES:
        y += 20
        page.insert_text((40, y), name, fontname=GOTHIC, fontsize=12)
        page.insert_text((494, y), count, fontname=GOTHIC, fontsize=12)
    page.insert_text((40, y + 40), "今週のインフルエンザ患者の報告は、定点あたり0.5人です。今後の動向に注意しましょう。",
                     fontname=GOTHIC, fontsize=13)
    doc.save(path)
    return path



OPEN_HEADS = ["年　次", "全市", "東区", "西区", "南区", "北区"]
OPEN_SUBS = ["本区", "支所"]
OPEN_BLOCK = "人口動態（人口増減数）"
OPEN_YEARS = ["震災前平均", "平成７年"] + [f"{n}年" for n in range(8, 27)]
_OPEN_XS = (48, 90, 150, 210, 270, 330, 390, 470, 549)   # the column edges: the sides where the rules end


def build_open_table(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((57, 70), "　人口の動きを年ごとにみると、平成７年の震災で大きく減少した後、増加に転じ、近年は再び減少している。",
                     fontname=MINCHO, fontsize=10.5)
    page.insert_text((57, 90), "区別の動きは表１のとおりである。", fontname=MINCHO, fontsize=10.5)
    page.insert_text((230, 120), "表１　人口の動きの推移", fontname=GOTHIC, fontsize=10)
    top, mid, foot = 130.0, 140.0, 150.0
    page.draw_line((48, top), (549, top), width=0.6)
    page.draw_line((48, foot), (549, foot), width=0.4)
    page.draw_line((390, mid), (549, mid), width=0.4)   # the sub-columns' short rule under 北区
    for x in _OPEN_XS[1:-1]:
        page.draw_line((x, mid if x == 470 else top), (x, foot), width=0.4)
    for x, head in zip(_OPEN_XS, OPEN_HEADS):
        page.insert_text((x + 4, top + 12), head, fontname=MINCHO, fontsize=8)
    for x, head in zip(_OPEN_XS[6:], OPEN_SUBS):
        page.insert_text((x + 4, foot - 3), head, fontname=MINCHO, fontsize=7)
    y = foot + 10
    page.insert_text((250, y), OPEN_BLOCK, fontname=GOTHIC, fontsize=7)   # the block's label, centred across columns
    for k, year in enumerate(OPEN_YEARS):
        y += 10
        page.insert_text((52, y), year, fontname=MINCHO, fontsize=7)
        for j, x in enumerate(_OPEN_XS[1:-1]):
            page.insert_text((x + 10, y), f"{'△ ' if (k + j) % 3 == 0 else ''}{(k + 3) * (j + 7) * 13:,}", fontname=MINCHO, fontsize=7)
    page.draw_line((90, foot), (90, y + 4), width=0.4)   # the 年次 column's rule down the body
    page.draw_line((48, y + 4), (549, y + 4), width=0.4)
    page.insert_text((57, y + 18), "注）「震災前平均」は，平成２年～６年の年平均である。", fontname=MINCHO, fontsize=7)
    doc.save(path)
    return path
