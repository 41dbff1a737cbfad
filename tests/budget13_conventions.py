"""A ministry's summary of its supplementary budget, built with PyMuPDF (issue 19: documents nobody has
seen, after 総務省所管補正予算（案）の概要): a group band 【…】 set larger than the parts Ⅰ, Ⅱ under it (their banners pictures under
the text, left out here);
under each part a measure's line with its amount set flush right on its row (white between them); items
(1), (2) underlined to the margin with their amounts flush right — on the item's row, or, where the title
fills it, alone on the next row. Truth beside the builder; the tests are in test_budget13_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY = 12.0
_GOTHIC, _MINCHO = "japan", "china-s"   # renamed below: a Gothic display face over an MS-Mincho body
BAND = "【経済対策】"
PARTS = [("Ⅰ", "感染拡大防止策と医療提供体制の整備及び治療薬の開発"), ("Ⅱ", "雇用の維持と事業の継続")]
MEASURES = [("感染の拡大に備えた対応力の充実強化", "２６．０億円"), ("生活に困っている人々への支援", "２４８．８億円")]
ITEMS = [[("（１）", "消防における救急活動用の車両・資器材等の整備", "１３．２億円"),
          ("（２）", "深紫外ＬＥＤの活用による新型コロナウイルス等の殺菌用光照射機材の実用化", "５．０億円")],
         [("（１）", "税制措置に伴う減収を特例交付金により補塡", "２４８．８億円")]]
_TEXT = ["　新型コロナウイルス感染症の患者等の移送・搬送に万全を期すため、必要な",
         "整備を行う。"]
# the truth: (level, label, title) — a title keeps the amount printed on its row or flush right under it
EXPECTED = [(1, "", BAND), (2, PARTS[0][0], PARTS[0][1]), (3, "", "".join(MEASURES[0])),
            (4, "（１）", "".join(ITEMS[0][0][1:])), (4, "（２）", "".join(ITEMS[0][1][1:])),
            (2, PARTS[1][0], PARTS[1][1]), (3, "", "".join(MEASURES[1])), (4, "（１）", "".join(ITEMS[1][0][1:]))]
_LEFT, _RIGHT = 56.6, 533.0


def _flush_right(page: pymupdf.Page, y: float, text: str, size: float, font: str) -> None:
    page.insert_text((_RIGHT - size * len(text), y), text, fontname=font, fontsize=size)


def _row(page: pymupdf.Page, x: float, y: float, title: str, amount: str, size: float) -> None:
    """A title and its amount flush right on one row: one run of text, white between them (as a word
    processor sets it with spaces up to a right tab)."""
    gap = max(2, int((_RIGHT - x - size * (len(title) + len(amount))) / size))   # a space a full em wide
    page.insert_text((x, y), title + " " * gap + amount, fontname=_GOTHIC, fontsize=size)


def _item(page: pymupdf.Page, y: float, label: str, title: str, amount: str) -> float:
    """An item's row, underlined to the margin, its amount flush right (alone on the next row when the
    title fills its own); its text under it. Returns the next row's top."""
    if _LEFT + BODY * len(label + title + amount) > _RIGHT:
        page.insert_text((_LEFT, y), label + title, fontname=_GOTHIC, fontsize=BODY)
        page.draw_line((_LEFT, y + 2), (_RIGHT, y + 2), color=(0, 0, 0), width=0.5)
        y += 20
        _flush_right(page, y, amount, BODY, _GOTHIC)
    else:
        _row(page, _LEFT, y, label + title, amount, BODY)
    page.draw_line((_LEFT, y + 2), (_RIGHT, y + 2), color=(0, 0, 0), width=0.5)
    for k, row in enumerate(_TEXT):
        page.insert_text((_LEFT + (0 if k == 0 else BODY * 1.8), y + 20 * (k + 1)), row, fontname=_MINCHO, fontsize=BODY)
    return y + 20 * (len(_TEXT) + 2)


def _titled_page(title: tuple[float, float, float, str], band: tuple[float, float, str]) -> tuple[pymupdf.Document, pymupdf.Page]:
    """A new A4 page with the summary's title (x, y, size, text) and its band at the text's edge (y, size, text)
    in the heading face."""
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    x, y, size, text = title
    page.insert_text((x, y), text, fontname=_GOTHIC, fontsize=size)
    page.insert_text((_LEFT, band[0]), band[2], fontname=_GOTHIC, fontsize=band[1])
    return doc, page


def build_budget_summary(path: Path) -> Path:
    doc, page = _titled_page((106, 60, 20, "令和２年度総務省所管補正予算（案）の概要"), (135, 18, BAND))
    y = 170.0
    for (label, title), (measure, amount), items in zip(PARTS, MEASURES, ITEMS):
        page.insert_text((68.6, y), f"{label}　{title}", fontname=_GOTHIC, fontsize=17)
        y += 40
        _row(page, 81.5, y, measure, amount, 14)
        y += 36
        for item in items:
            y = _item(page, y, *item)
        y += 10
    page.insert_text((289, 790), "1", fontname="helv", fontsize=14)
    rename_fonts(doc, "/DHHSGothic-W5-WINP-RKSJ-H", "/MS-Mincho", keep=("/Helvetica",))
    doc.save(path)
    return path


# build_measures_by_mark: a ministry's budget by measure (after 令和２年度文部科学省第２次補正予算（案）): a band's
# title set larger than its measures; measures marked ◆ in the heading face, underlined, their amounts flush
# right on their rows; a measure with sub-measures marked ○ right under it (no paragraph between), each
# sub-measure over its own paragraph. Truth: MARKED (level, label, title).
MARK_BAND = "生活に困っている学生等や芸術家・アスリート等の支援"
MEASURES_BY_MARK = [("◆", "困窮学生等に対する支援", "１５３億円", []),
                    ("◆", "文化芸術・スポーツ活動への緊急総合支援", "５８０億円",
                     [("○", "文化芸術・スポーツ活動の継続支援", "５０９億円"), ("○", "文化芸術収益力強化事業", "５０億円")]),
                    ("◆", "研究現場におけるＰＣＲ機器の活用", "５億円", [])]
MARKED = [(1, "", MARK_BAND)] + [row for mark, title, amount, subs in MEASURES_BY_MARK
                                 for row in [(2, mark, title + amount)] + [(3, m, t + a) for m, t, a in subs]]


_MEASURE_TEXT = ["新型コロナウイルス感染症拡大の影響によって、困窮学生が経済的理由により修学を",
                 "断念することがないよう、各大学等が行う独自の授業料等の軽減措置を実施するための",
                 "経費を支援し、文化芸術・スポーツの振興を図るとともに、研究活動の再開を支援する。"]


def _paragraph(page: pymupdf.Page, y: float) -> float:
    """The paragraph under a measure's row, its first line indented; the bottom of its last line."""
    for k, text in enumerate(_MEASURE_TEXT):
        page.insert_text((90 if k == 0 else 78, y + 18 * (k + 1)), text, fontname=_MINCHO, fontsize=BODY)
    return y + 18 * len(_MEASURE_TEXT) + 8


def build_measures_by_mark(path: Path) -> Path:
    doc, page = _titled_page((120, 77, 18, "令和２年度文部科学省第２次補正予算（案）"), (137, 16, MARK_BAND))
    y = 170.0
    for mark, title, amount, subs in MEASURES_BY_MARK:
        _row(page, 70.3, y, mark + title, amount, 14)
        page.draw_line((70.3, y + 2), (_RIGHT, y + 2), color=(0, 0, 0), width=0.5)
        for m, t, a in subs:   # right under the measure: no paragraph between
            y += 30
            _row(page, 84.3, y, m + t, a, 14)
            y = _paragraph(page, y)
        if not subs:
            y = _paragraph(page, y)
        y += 12
    page.insert_text((294, 794), "1", fontname="helv", fontsize=14)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho", keep=("/Helvetica",))
    doc.save(path)
    return path
