"""A city's visitor-survey report as a word processor sets it, built with PyMuPDF (issue 19: documents
nobody has seen): a cover whose survey dates are listed ① … ③ beside their label (a schedule's entries,
no headings and not the paper's date: the report prints only its fiscal year); summary sections Ⅰ．…
in a Gothic face, each paragraph closed by a right-aligned cross-reference ＜（１）（２）参照＞ (a pointer
to the detail sections, no heading); detail sections （１）… with their charts captioned in a 【図表Ｎ …】
band (a caption, no sub-heading). Truth beside the builder; the test is in
test_newdocsA15_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_MINCHO, _GOTHIC, _BOLD = "japan", "japan-s", "china-ss"
_BODY = 10.5
TITLE = "令和５年度　観光動向調査結果について"
DATES = ["①　令和５年　５月13日(土)・20日(土)※", "②　令和５年　９月　９日(土)", "③　令和６年　２月10日(土)／３月30日(土)※"]
HEADINGS = [("Ⅰ．", "来訪者の属性"), ("Ⅱ．", "利用交通機関"), ("（１）", "性別構成"), ("（２）", "年齢構成")]
_TEXT = "全市では女性のほうが多くなっている。地区別にみても、多くの地区で女性の占める割合が高い。"


def _paragraph(page: pymupdf.Page, y: float) -> float:
    for k in range(3):
        page.insert_text((79 if k else 90, y), _TEXT, fontname=_MINCHO, fontsize=_BODY)
        y += 17
    return y


BOXES = ["分析の概要", "分析の詳細"]


def _section_box(page: pymupdf.Page, name: str) -> None:
    """A section box: its name in white on a short blue box with rounded corners at the column's left edge."""
    page.draw_rect(pymupdf.Rect(65, 47, 172, 72), color=None, fill=(0.27, 0.45, 0.77), radius=0.3)
    page.insert_text((88, 65), name, fontname=_GOTHIC, fontsize=12, color=(1, 1, 1))


def build_survey_report(path: Path, boxes: bool = False) -> Path:
    """`boxes`: each page of sections opens with its section box (分析の概要 over Ⅰ．…, 分析の詳細 over （１）…)."""
    doc = pymupdf.open()
    cover = doc.new_page(width=595, height=842)
    cover.insert_text((150, 55), TITLE, fontname=_GOTHIC, fontsize=14)
    cover.insert_text((60, 100), "調査目的", fontname=_GOTHIC, fontsize=11)
    cover.insert_text((130, 100), "本調査は、来訪者の特質と観光動向を把握することを目的に実施。", fontname=_MINCHO, fontsize=11)
    cover.insert_text((60, 122), "調査日", fontname=_GOTHIC, fontsize=11)
    for k, line in enumerate(DATES):
        cover.insert_text((130, 140 + 19 * k), line, fontname=_MINCHO, fontsize=11)
    for k in range(12):
        cover.insert_text((79, 260 + 17 * k), _TEXT, fontname=_MINCHO, fontsize=_BODY)
    summary = doc.new_page(width=595, height=842)
    if boxes:
        _section_box(summary, BOXES[0])
    y = 90.0
    for n, (label, title) in enumerate(HEADINGS[:2]):
        summary.insert_text((68, y), label + title, fontname=_GOTHIC, fontsize=12)
        y = _paragraph(summary, y + 22)
        summary.insert_text((420, y), f"＜（{n * 2 + 1}）（{n * 2 + 2}）参照＞", fontname=_MINCHO, fontsize=_BODY)
        y += 30
    y = _paragraph(summary, y)
    summary.insert_text((293, 807), "1", fontname=_GOTHIC, fontsize=11)
    detail = doc.new_page(width=595, height=842)
    if boxes:
        _section_box(detail, BOXES[1])
    y = 90.0
    for n, (label, title) in enumerate(HEADINGS[2:]):
        detail.insert_text((68, y), label + title, fontname=_GOTHIC, fontsize=12)
        y = _paragraph(detail, y + 22)
        detail.insert_text((230, y + 6), f"【図表{n + 1}　{title}】", fontname=_GOTHIC, fontsize=_BODY)
        detail.draw_rect(pymupdf.Rect(80, y + 20, 520, y + 180), color=(0.2, 0.4, 0.8), fill=(0.8, 0.9, 1.0))
        y += 220
    detail.insert_text((293, 807), "2", fontname=_GOTHIC, fontsize=11)
    doc.save(path)
    return path


DECK_TITLES = ["保険ビジネスを巡る動向について", "財務の健全性の確保"]
TABS = ["金融行政上の課題", "本事務年度の主な実績"]
_ITEM = "➡保険会社の財務状況は、総じて充実した財務基盤を有し、安定的な経営を続けている。"


def build_tabbed_deck(path: Path, title_drawn: bool = False) -> Path:
    """A 4:3 deck (PowerPoint): a cover, then slides titled at the top left in 24 pt; on each, a tab in bold
    white 14 pt on a short blue box at the slide's left edge sits on a wide light-blue box holding the
    slide's ○ text (a captioned box: the tab row and the box's row make a grid of rules, no table), and a
    second tab over the slide's 12 pt items, no box under it. `title_drawn`: the cover's title is drawn (a
    picture or outlined letters, no text): the cover's text is the agency's name stacked in its logo (14 pt)
    and the date in 18 pt, the largest type on it."""
    doc = pymupdf.open()
    cover = doc.new_page(width=720, height=540)
    if title_drawn:
        for k, word in enumerate(("Financial", "Services", "Agency")):
            cover.insert_text((578, 22 + 17 * k), word, fontname="helv", fontsize=14)
        cover.draw_rect(pymupdf.Rect(120, 220, 420, 260), color=None, fill=(0.1, 0.2, 0.5))
    else:
        cover.insert_text((200, 250), "モニタリングレポート【概要】", fontname=_GOTHIC, fontsize=28)
    cover.insert_text((560, 110 if title_drawn else 300), "2023年６月", fontname=_GOTHIC, fontsize=18)
    blue, light = (0.27, 0.45, 0.77), (0.87, 0.92, 0.97)
    for n, title in enumerate(DECK_TITLES):
        page = doc.new_page(width=720, height=540)
        page.insert_text((53, 30), title, fontname=_GOTHIC, fontsize=24)
        page.draw_line((8, 40), (712, 40), color=blue, width=2)
        page.draw_rect(pymupdf.Rect(8, 61, 182, 87), color=blue, fill=blue, width=0.75)
        page.insert_text((39, 79), TABS[0], fontname=_BOLD, fontsize=14, color=(1, 1, 1))
        page.draw_rect(pymupdf.Rect(8, 87, 712, 150), color=None, fill=light)
        page.draw_line((8, 150), (712, 150), color=blue, width=0.75)
        page.insert_text((15, 110), "○少子高齢化の中長期的な事業環境の変化を見据え、持続可能なビジネスモデルを構築する。",
                         fontname=_GOTHIC, fontsize=14)
        page.insert_text((15, 130), "○経済価値ベースのソルベンシー規制の円滑な導入に向けて検討を継続していく。",
                         fontname=_GOTHIC, fontsize=14)
        page.draw_rect(pymupdf.Rect(8, 175, 182, 201), color=None, fill=blue)
        page.insert_text((26, 193), TABS[1], fontname=_BOLD, fontsize=14, color=(1, 1, 1))
        for k in range(8):
            page.insert_text((16, 230 + 24 * k), _ITEM, fontname=_GOTHIC, fontsize=12)
        page.insert_text((704, 530), str(n + 1), fontname=_GOTHIC, fontsize=14)
    for xref in range(1, doc.xref_length()):   # the Song cut is the bold weight (MeiryoUI-Bold), the rest MeiryoUI
        kind, name = doc.xref_get_key(xref, "BaseFont")
        if kind == "name":
            doc.xref_set_key(xref, "BaseFont", "/MeiryoUI-Bold" if "Song" in name else "/MeiryoUI")
    doc.save(path)
    return path
