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

_MINCHO, _GOTHIC = "japan", "japan-s"
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


def build_survey_report(path: Path) -> Path:
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
    y = 90.0
    for n, (label, title) in enumerate(HEADINGS[:2]):
        summary.insert_text((68, y), label + title, fontname=_GOTHIC, fontsize=12)
        y = _paragraph(summary, y + 22)
        summary.insert_text((420, y), f"＜（{n * 2 + 1}）（{n * 2 + 2}）参照＞", fontname=_MINCHO, fontsize=_BODY)
        y += 30
    y = _paragraph(summary, y)
    summary.insert_text((293, 807), "1", fontname=_GOTHIC, fontsize=11)
    detail = doc.new_page(width=595, height=842)
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
