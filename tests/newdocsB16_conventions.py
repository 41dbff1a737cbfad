"""A council's 意見書 as a member scans it, and a 新旧対照表 whose lists Word breaks across pages
(tests/real: kodaira_gikai_vaccine_ikensho_2021, mhlw_hoihatsu_ryuijiko_betsushi36_shinkyu_2020), built
with PyMuPDF (issue 19: legal and council papers nobody has seen).

* `build_opinion`: one OCR'd page (a full-page picture, the OCR's words over it in invisible glyphs at the
  sizes it guessed): the bill's attachment label （別紙） alone at the top left, the title centred by the
  paper — its axis an em and a half off the text's, as a scan leaves it —, a paragraph, the council's
  two numbered demands (full sentences run to the edge and on), and a speck the OCR read as an ideograph
  (召) a quarter of a letter high in the right margin.
* `build_comparison`: a landscape 新旧対照表 over two pages, 改 正 後 | 改 正 前, whose one body row Word
  breaks at the foot of the first page inside a list of names set in under their group's name; each
  page closes its frame; the list goes on at the next page's top at the same indent, in both columns.

Truth beside the builders; the tests are in test_newdocsB16_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from scan_conventions import scanned_page

_FONT = "japan"
LABEL = "（別紙）"
TITLE = "森林環境の保全に関する意見書"
SPECK = "召"
PARAGRAPH = ["近年、豪雨災害の激甚化に伴い、山林の荒廃が流域の安全を脅かしています。本市でも",
             "間伐の遅れた人工林が多く、土砂の流出が懸念されています。"]
DEMANDS = [("1", ["森林の整備に必要な財源を確保し、地方自治体への配分を拡充すること。森林所有者", "への支援も強化すること。"]),
           ("2", ["林業の担い手を育成するため、研修の機会を設け、就業者の定着に向けて必要な措置", "を講ずること。"])]
_SIZE = 10.5


def build_opinion(path: Path) -> Path:
    doc = pymupdf.open()
    page = scanned_page(doc, 593, 838, grey=240)

    def put(x: float, y: float, text: str, size: float = _SIZE) -> None:
        page.insert_text((x, y), text, fontname=_FONT, fontsize=size, render_mode=3)

    put(85, 78, LABEL, 9.0)
    left, right = 80.0, 80.0 + 41 * _SIZE          # the text's column: 41 letters a line
    axis = (left + right) / 2 - 1.5 * _SIZE        # the title an em and a half left of the text's axis
    put(axis - len(TITLE) * _SIZE / 2, 98, TITLE, 10.8)
    put(left + _SIZE, 132, PARAGRAPH[0])
    put(left, 148, PARAGRAPH[1])
    put(578, 170, SPECK, 2.8)
    put(left + _SIZE, 190, "よって本市議会は、国会及び関係行政庁に対し、次の事項を強く求めます。")
    y = 215.0
    for number, (first, rest) in DEMANDS:
        put(left + 2, y, number, 9.0)
        put(left + 2 * _SIZE, y, first)
        put(left + _SIZE, y + 16, rest)
        y += 34
    put(left + _SIZE, y + 10, "以上、地方自治法第９９条の規定により意見書を提出します。")
    doc.save(str(path))
    return path


WIDTH, HEIGHT = 842.0, 595.0
EDGES = (62.0, 423.0, 785.0)
HEADER = ("改 正 後", "改 正 前")
GROUP = "睡眠薬"
NAMES = ["ブロモバレリル尿素", "抱水クロラール", "エスタゾラム", "フルラゼパム塩酸塩", "ニトラゼパム",
         "ニメタゼパム", "ハロキサゾラム", "トリアゾラム", "フルニトラゼパム", "ブロチゾラム",
         "ロルメタゼパム", "クアゼパム", "アモバルビタール", "バルビタール", "フェノバルビタール",
         "ペントバルビタール", "トリクロホスナトリウム", "ゾピクロン", "ゾルピデム酒石酸塩", "エスゾピクロン",
         "ラメルテオン", "スボレキサント", "レンボレキサント", "メラトニン", "クロルプロマジン",
         "ペルフェナジン", "プロペリシアジン", "スピペロン", "スルピリド"]
BROKEN_AT = 22          # the page breaks the list after this many names
NEXT_GROUP = "抗精神病薬"
_LEAD = 13.0
_SMALL = 10.0


def _frame(page: pymupdf.Page, top: float, bottom: float) -> None:
    for x in EDGES:
        page.draw_line((x, top), (x, bottom), width=0.6)
    for y in (top, bottom):
        page.draw_line((EDGES[0], y), (EDGES[-1], y), width=0.6)


def _lines(page: pymupdf.Page, y: float, lines: list[tuple[float, str]]) -> None:
    for indent, text in lines:
        for left in EDGES[:-1]:
            page.insert_text((left + 6 + indent, y), text, fontname=_FONT, fontsize=_SMALL)
        y += _LEAD


def build_comparison(path: Path) -> Path:
    """Page 1: the caption, the header row (ruled above and below) and the body row's first part —
    別表, the group's name at the cell's edge, its names set in two letters — closed by a rule at the
    page's foot; page 2: the frame again, the list going on at the same indent, the next group at the edge."""
    doc = pymupdf.open()
    page = doc.new_page(width=WIDTH, height=HEIGHT)
    page.insert_text((57, 71), "○「留意事項について」の一部改正について", fontname=_FONT, fontsize=_SMALL)
    for left, name in zip(EDGES, HEADER):
        page.insert_text((left + 156, 106), name, fontname=_FONT, fontsize=_SMALL)
    page.draw_line((EDGES[0], 96), (EDGES[-1], 96), width=0.6)
    _frame(page, 110, 551)
    first = [(0.0, "別表"), (0.0, GROUP)] + [(2 * _SMALL, n) for n in NAMES[:BROKEN_AT]]
    _lines(page, 124, first)
    for x in EDGES:
        page.draw_line((x, 96), (x, 110), width=0.6)
    page = doc.new_page(width=WIDTH, height=HEIGHT)
    _frame(page, 58, 539)
    rest = [(2 * _SMALL, n) for n in NAMES[BROKEN_AT:]] + [(0.0, NEXT_GROUP), (2 * _SMALL, "ハロペリドール")]
    _lines(page, 72, rest)
    doc.save(str(path))
    return path
