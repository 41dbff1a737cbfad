"""Documents typeset here as municipal plans are (Word or Ichitaro, printed to PDF by a Japanese
driver): titles in a heavy Gothic over a body in another face, at the body size.

- build_municipal_plan: part titles (Ⅰ．) in HG創英角ゴシックUB at 14 pt; unnumbered section titles,
  ［…］ sub-headings and ① items in the same ultra-bold face at the 11 pt body size; goals (１．)
  at 20 pt, the first with its measure centred under it (a subtitle, no heading); the body in HG丸ゴシックM-PRO with ○ paragraphs; a ［…］ label in body type over a
  bulleted list (no heading). The names are stored in Shift-JIS, as the driver writes them.
- build_chart_row: a dashboard's section (１．… in the headings' face, 14 pt) over a row of three charts,
  their titles ①… ②… ③… side by side in body type, the last two standing right on the top side of
  their plot's frame (read as an underline): items of one row, no headings.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY = 11.0
_HEAVY, _ROUND = "china-s", "japan"   # two distinct CJK fonts, renamed below

# (depth, label, title, size): the plan's headings as printed, in order
PLAN_HEADINGS = [(1, "Ⅰ．", "総合戦略について", 14.0),
                 (2, "", "策定の趣旨", BODY),
                 (3, "", "［村の特性の検証］", BODY),
                 (2, "", "対象期間", BODY),
                 (1, "Ⅱ．", "村の総合戦略", 14.0),
                 (2, "", "総合戦略の全体像", BODY),
                 (2, "１．", "村の振興の要となる高校の機能強化", 20.0),
                 (3, "", "［現状と課題］", BODY),
                 (3, "", "［具体的な施策］", BODY),
                 (4, "①", "高校の仕組みの強化", BODY),
                 (3, "", "［期待される施策の主な効果］", BODY),
                 (2, "２．", "卒業生のための雇用の場の創出", 20.0),
                 (3, "", "［現状と課題］", BODY)]
PLAN_TEXT = ("○村の最上位の計画として策定した総合計画があり、本村ではこの計画に基づいて、"
             "総合的な村づくりの取り組みを進めています。")
PLAN_MEASURE = "高校の入学者数４０人（２０１４年度）→年４０人（２０１９年度）の確保"
PLAN_LABEL = "［主な事業］"   # in body type over a bulleted list: names the list, heads nothing
PLAN_ITEMS = ["・村営バイオガスプラント事業", "・高齢者複合型施設事業"]


def _sjis_name(name: str) -> str:
    """A PDF name holding the Shift-JIS bytes of a font name (#XX escapes for other bytes)."""
    return "/" + "".join(chr(b) if 0x21 <= b < 0x7F and chr(b) not in "#/()<>[]{}%" else f"#{b:02X}"
                         for b in name.encode("cp932"))


def _paragraph(page: pymupdf.Page, y: float) -> float:
    per_row = 38
    text = PLAN_TEXT
    x = 90.0
    while text:
        page.insert_text((x, y), text[:per_row], fontname=_ROUND, fontsize=BODY)
        text, x, y = text[per_row:], 101.0, y + 17
    return y + 6


def build_municipal_plan(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page()
    cover.insert_text((150, 300), "音威子府村総合戦略", fontname=_HEAVY, fontsize=24)
    page, y = doc.new_page(), 80.0
    for depth, label, title, size in PLAN_HEADINGS:
        if y > 640 or (depth == 1 and y > 80):
            page, y = doc.new_page(), 80.0
        x = 57.0 if depth == 1 else 68.0 if depth == 2 and size == BODY else 79.0 if depth == 3 else 90.0
        if size > 14:
            x = 100.0
        text = label + ("　" if label == "①" else "") + title
        page.insert_text((x, y + size - BODY), text, fontname=_HEAVY, fontsize=size)
        y += size + 16
        if size > 14 and label == "１．":   # the goal's measure, centred under it on its banner: no heading
            middle = x + len(text) * size / 2
            page.insert_text((middle - len(PLAN_MEASURE) * 12 / 2, y), PLAN_MEASURE, fontname=_HEAVY, fontsize=12)
            y += 26
        y = _paragraph(page, y)
        if title == "［具体的な施策］":   # the list's label in body type, then its bullets
            page.insert_text((90, y), PLAN_LABEL, fontname=_ROUND, fontsize=BODY)
            for item in PLAN_ITEMS:
                y += 17
                page.insert_text((90, y), item, fontname=_ROUND, fontsize=BODY)
            y += 23
        y = _paragraph(page, y)
    rename_fonts(doc, _sjis_name("HG丸ｺﾞｼｯｸM-PRO"), _sjis_name("HG創英角ｺﾞｼｯｸUB"))
    doc.save(path)
    return path


# build_disaster_plan: a 地域防災計画 printed from Word: its contents (〔目 次〕, in the headings' Gothic, each entry's page number
# flush right after a tab, no leader) fill their page and run on to the next with no title of their
# own, the body starting after them; Word's autospace sets a space between a half-width number and
# the kanji after it (第10 節), in the headings and the text alike.
DISASTER_SECTIONS = ["計画策定の目的", "計画の構成", "計画の基本方針", "村の地形", "地震の発生状況",
                     "地震の想定", "住民の心構え", "まちづくり推進計画", "避難体制整備計画", "火災予防計画",
                     "危険物等災害予防計画", "建築物等災害予防計画"]
DISASTER_TEXT = "本節については、風水害等災害対策編「第4 章 第10 節 消防計画」を準用するほか、次のとおり実施する。"


def _section_label(n: int) -> str:
    return f"第{n} 節" if n >= 10 else f"第{'０１２３４５６７８９'[n]}節"


def build_disaster_plan(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((260, 80), "〔目　次〕", fontname=_HEAVY, fontsize=BODY)
    y = 470.0
    entries = [("第１章 総　則", 1)] + [(f" {_section_label(n)} {t}", 1 + n // 4) for n, t in enumerate(DISASTER_SECTIONS, 1)]
    for text, number in entries:
        if y > 780:
            page, y = doc.new_page(), 60.0
        page.insert_text((57, y), text + " " * (60 - 2 * len(text)) + str(number), fontname=_HEAVY, fontsize=10.5)
        y += 30
    y += 30
    page.insert_text((75, y), "第１章 総則", fontname=_HEAVY, fontsize=14)
    y += 30
    for n, title in enumerate(DISASTER_SECTIONS, 1):
        if y > 660:
            page, y = doc.new_page(), 80.0
        page.insert_text((75, y), f"{_section_label(n)} {title}", fontname=_HEAVY, fontsize=14)
        y += 26
        text = DISASTER_TEXT * 3
        for k in range(0, len(text), 38):
            page.insert_text((79 if k == 0 else 68, y), text[k:k + 38], fontname=_ROUND, fontsize=BODY)
            y += 18
        y += 18
    doc.save(path)
    return path


# build_flow_diagram: a plan's page holding a flow diagram (as Word's shapes print): rounded
# boxes joined by block arrows, each box captioned in the headings' heavy Gothic, larger than the
# body, alone on its line; the titles around the diagram are headings, the captions in it none.
# A rounded panel alone around a title (no arrow joins it) is no diagram. build_flow_diagram(square=True): the
# boxes drawn as stroked rectangles with square corners (Word's plain rectangle shape), each arrow captioned
# by a numbered step beside it, its number in the heavy Gothic and larger (1　計画を策定する): all the diagram's.
DIAGRAM_HEADINGS = [(1, "Ⅰ．", "総合戦略について"), (2, "", "総合戦略の位置づけ"), (2, "", "評価と検証の仕組み"),
                    (2, "", "対象期間")]
DIAGRAM_CAPTIONS = ["第５期総合計画", "【将来像】", "人口ビジョン", "総合戦略"]


def _rounded_box(page: pymupdf.Page, rect: pymupdf.Rect, fill: tuple[float, float, float]) -> None:
    shape = page.new_shape()
    shape.draw_rect(rect, radius=0.1)
    shape.finish(fill=fill, color=None)
    shape.commit()


def _down_arrow(page: pymupdf.Page, x: float, y: float) -> None:
    """A block arrow pointing down from y, its head's sides slanted."""
    shape = page.new_shape()
    points = [(x - 8, y), (x + 8, y), (x + 8, y + 14), (x + 16, y + 14), (x, y + 30), (x - 16, y + 14), (x - 8, y + 14), (x - 8, y)]
    shape.draw_polyline([pymupdf.Point(*p) for p in points])
    shape.finish(fill=(1, 0.75, 0), color=None, closePath=True)
    shape.commit()


DIAGRAM_STEPS = ["計画を策定する", "将来像を示す", "戦略に落とし込む"]


def build_flow_diagram(path: Path, square: bool = False) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page()
    cover.insert_text((150, 300), "村総合戦略", fontname=_HEAVY, fontsize=24)
    page = doc.new_page()
    page.insert_text((57, 83), "Ⅰ．" + DIAGRAM_HEADINGS[0][2], fontname=_HEAVY, fontsize=14)
    page.insert_text((68, 120), DIAGRAM_HEADINGS[1][2], fontname=_HEAVY, fontsize=BODY)
    y = _paragraph(page, 150)
    for k, caption in enumerate(DIAGRAM_CAPTIONS):   # the diagram: boxes top to bottom, an arrow between two
        top = y + 10 + k * 110
        if square:
            page.draw_rect(pymupdf.Rect(90, top, 500, top + 80), color=(0, 0, 0), width=1)
        else:
            _rounded_box(page, pymupdf.Rect(90, top, 500, top + 80), (0.0, 0.69, 0.31))
        page.insert_text((120, top + 40), caption, fontname=_HEAVY, fontsize=16)
        if k:
            _down_arrow(page, 295, top - 32)
        if k and square:   # the step the arrow stands for, beside it
            page.insert_text((320, top - 12), str(k), fontname=_HEAVY, fontsize=14)
            page.insert_text((334, top - 12), DIAGRAM_STEPS[k - 1], fontname=_ROUND, fontsize=BODY)
    page = doc.new_page()
    _rounded_box(page, pymupdf.Rect(60, 60, 540, 100), (0.84, 0.89, 0.74))   # a title on a panel of its own
    page.insert_text((68, 86), DIAGRAM_HEADINGS[2][2], fontname=_HEAVY, fontsize=BODY)
    y = _paragraph(page, 130)
    page.insert_text((68, y + 20), DIAGRAM_HEADINGS[3][2], fontname=_HEAVY, fontsize=BODY)
    _paragraph(page, y + 50)
    rename_fonts(doc, _sjis_name("HG丸ｺﾞｼｯｸM-PRO"), _sjis_name("HG創英角ｺﾞｼｯｸUB"))
    doc.save(path)
    return path


# build_framed_rows: a plan's overview table as Word draws it when each row is a text box of its
# own: every row its own three framed cells (a colour per row), stacked with a gap of 3-4 pt. On
# the first page the rows alone (four rows), their frames printed as Ghostscript prints them: thin
# filled bars, a square at each corner (the corners of two rows a sliver apart join their column
# rules into one grid); on the second, stroked frames (a grid per row) and the column names set
# over the frame, between the rule under the section's title (across the table's width) and the
# first row's top, no column rule between them (a header row: five rows).
FRAMED_NAMES = ["基本目標", "具体的な施策", "重要業績評価指標"]
FRAMED_ROWS = [["１．高校の機能強化", "①高校の仕組みの強化", "・中学校訪問実施回数"],
               ["２．雇用の場の創出", "①新エネルギー産業", "・就業者数"],
               ["３．人の流れの促進", "①Ｕターン・定住促進", "・移住体験者数"],
               ["４．村づくりへの参加", "①高校生の参加促進", "・デザイン化された施設数"]]
FRAMED_XS = [63.0, 248.0, 403.0, 538.0]   # the second page's columns are narrower: two tables, not one run on
_COLOURS = [(0.9, 0.45, 0.05), (0.0, 0.45, 0.7), (0.6, 0.5, 0.9), (0.1, 0.6, 0.4)]


def _bars(page: pymupdf.Page, top: float, xs: list[float]) -> None:
    w = 1.44
    for k, row in enumerate(FRAMED_ROWS):
        y0 = top + k * 63.4
        for c, text in enumerate(row):
            a, b = xs[c], xs[c + 1]
            bars = [(a, y, a + w, y + w) for y in (y0, y0 + 60)] + [(a + w, y, b, y + w) for y in (y0, y0 + 60)] \
                + [(b, y, b + w, y + w) for y in (y0, y0 + 60)] + [(a, y0 + w, a + w, y0 + 60), (b, y0 + w, b + w, y0 + 60)]
            for bar in bars:
                page.draw_rect(pymupdf.Rect(*bar), fill=_COLOURS[k], color=None)
            page.insert_text((a + 6, y0 + 34), text, fontname=_ROUND, fontsize=BODY)


def _frames(page: pymupdf.Page, top: float, xs: list[float]) -> None:
    for k, row in enumerate(FRAMED_ROWS):
        y0 = top + k * 64
        for c, text in enumerate(row):
            page.draw_rect(pymupdf.Rect(xs[c], y0, xs[c + 1], y0 + 60), color=_COLOURS[k], width=1.4)
            page.insert_text((xs[c] + 6, y0 + 34), text, fontname=_ROUND, fontsize=BODY)


def build_framed_rows(path: Path) -> Path:
    doc = pymupdf.open()
    for named in (False, True):
        page = doc.new_page()
        page.insert_text((57, 80), "Ⅲ．村の総合戦略", fontname=_HEAVY, fontsize=14)
        page.insert_text((68, 112), "総合戦略の全体像", fontname=_HEAVY, fontsize=BODY)
        page.draw_line((66, 117), (540, 117), width=0.5)   # the rule under the section's title
        if not named:
            _bars(page, 160.0, FRAMED_XS)
            continue
        xs = [x - 20 * c for c, x in enumerate(FRAMED_XS[:-1])] + FRAMED_XS[-1:]
        for c, name in enumerate(FRAMED_NAMES):
            page.insert_text((xs[c] + 12, 139), name, fontname=_HEAVY, fontsize=BODY)
        _frames(page, 142.0, xs)
    doc.save(path)
    return path


# build_period_chart: a plan's period as a chart of two strips ruled apart (thin filled bars),
# stacked 9 pt apart with the same columns: the years, and the plan's row whose cells are
# shaded and crossed by a block arrow with a border drawn as a filled ring of its own (many
# pieces, its sides a point or two outside the arrow's). One table of two rows: the arrow and its
# border rule no cell.
PERIOD_YEARS = ["2015年度", "2016年度", "2017年度", "2018年度", "2019年度"]
PERIOD_ROW = ["村総合戦略", "策定"]
PERIOD_XS = [108.5, 226.6, 287.8, 349.1, 410.4, 471.6, 532.9]


def _ruled_strip(page: pymupdf.Page, y0: float, y1: float) -> None:
    w = 0.48
    for y in (y0, y1):
        page.draw_rect(pymupdf.Rect(PERIOD_XS[0], y, PERIOD_XS[-1] + w, y + w), fill=(0, 0, 0), color=None)
    for x in PERIOD_XS:
        page.draw_rect(pymupdf.Rect(x, y0 + w, x + w, y1), fill=(0, 0, 0), color=None)


def _arrow_with_border(page: pymupdf.Page, x0: float, x1: float, y: float) -> None:
    def outline(pad: float) -> list[pymupdf.Point]:
        pts = [(x0 - pad, y - 5 - pad), (x1 - 12, y - 5 - pad), (x1 - 12, y - 10 - pad), (x1 + pad * 2, y),
               (x1 - 12, y + 10 + pad), (x1 - 12, y + 5 + pad), (x0 - pad, y + 5 + pad), (x0 - pad, y - 5 - pad)]
        return [pymupdf.Point(*p) for p in pts]
    shape = page.new_shape()
    shape.draw_polyline(outline(0.0))
    shape.finish(fill=(0.31, 0.51, 0.74), color=None, closePath=True)
    shape.draw_polyline(outline(1.2))
    shape.draw_polyline(outline(0.0))
    shape.finish(fill=(0.22, 0.36, 0.54), color=None, closePath=True, even_odd=True)
    shape.commit()


def build_period_chart(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((68, 540), "対象期間", fontname=_HEAVY, fontsize=BODY)
    _ruled_strip(page, 570.8, 605.0)
    for c, year in enumerate(PERIOD_YEARS):
        page.insert_text((PERIOD_XS[c + 1] + 3, 592), year, fontname=_ROUND, fontsize=9)
    for c in range(1, 6):
        page.draw_rect(pymupdf.Rect(PERIOD_XS[c] + 0.5, 614.5, PERIOD_XS[c + 1], 664.9), fill=(0.92, 0.95, 0.87), color=None)
    _ruled_strip(page, 614.0, 664.9)
    page.insert_text((114, 636), PERIOD_ROW[0], fontname=_ROUND, fontsize=BODY)
    page.insert_text((240, 632), PERIOD_ROW[1], fontname=_ROUND, fontsize=BODY)
    _arrow_with_border(page, 228.0, 529.0, 646.0)
    doc.save(path)
    return path


# build_legal_plan: a 地域防災計画's legal outline as Word prints it: the body in ＭＳ 明朝 11 pt, the labels
# 第Ｎ and Ｎ with their titles in ＭＳ ゴシック at the body size (only the typeface sets them apart), each
# over a paragraph. A title in the headings' face may open with a word in kana a sentence's particle
# would (第２ がけ地に…); a 第Ｎ, a Ｎ and a （Ｎ） left in body type among their Gothic siblings, each alone
# over its paragraph, are headings as those are — 第３, on a page of its own, typed in by hand as its paragraph
# is: spaces from the margin set its label one character in from the paragraph's first letter
# (　　　　第３　ガス over 　　　村及び…); the lists in body type — （１） （２） with a space after the
# label and （３） （４） set close to their text, １ … ２ … line under line — hold none.
LEGAL_PLAN = [(1, "第１", "建築物の安全化", True), (2, "１", "窓ガラス等の落下物対策", True),
              (2, "２", "被災建築物の安全対策", True), (1, "第２", "がけ地に近接する建築物の防災対策", True),
              (2, "１", "危険区域の指定", True), (1, "第３", "ガス", False), (2, "１", "応急復旧", False),
              (2, "２", "広報", True), (1, "第４", "通信", True), (2, "１", "応急措置", True),
              (3, "（１）", "有線通信", True), (3, "（２）", "無線通信", False), (3, "（３）", "非常通信", True),
              (2, "２", "通信の確保", True), (2, "３", "広報", True)]
_LEGAL_TEXT = ("村及び道は、地震動による落下物からの危害を防止するため、市街地で主要道路に面する",
               "建築物について、窓ガラス、看板等の落下物の実態を調査し、必要な措置を講じる。")
LEGAL_LIST = ["（１） 避難地", "（２） 避難路、避難誘導標識", "（３）消防用施設", "（４）消防活動用道路"]
_MINCHO, _GOTHIC = "japan", "china-s"   # renamed below: ＭＳ 明朝 and ＭＳ ゴシック


def _legal_paragraph(page: pymupdf.Page, y: float, typed: bool = False) -> float:
    """The paragraph under a heading; `typed`: indented by spaces typed from the margin (57 pt)."""
    for k, row in enumerate(_LEGAL_TEXT):
        spaces = (3 if k == 0 else 2) if typed else 0
        page.insert_text((57 if typed else 101 if k == 0 else 90, y), "　" * spaces + row, fontname=_MINCHO, fontsize=BODY)
        y += 18
    return y + 8


def build_legal_plan(path: Path) -> Path:
    doc = pymupdf.open()
    page, y = doc.new_page(), 70.0
    typed = False
    for _, label, title, gothic in LEGAL_PLAN:
        after_typed, typed = typed, label == "第３"   # a slip typed by hand with spaces from the margin, on a page of its own
        if y > 700 or typed or after_typed:
            page, y = doc.new_page(), 70.0
        page.insert_text((57, y) if typed else (90, y), "　" * 4 * typed + f"{label}　{title}",
                         fontname=_GOTHIC if gothic else _MINCHO, fontsize=BODY)
        y = _legal_paragraph(page, y + 18, typed)
    page.insert_text((101, y), "計画の対象とする事業は、次のとおりとする。", fontname=_MINCHO, fontsize=BODY)
    y += 18
    for item in LEGAL_LIST:
        page.insert_text((90, y), item, fontname=_MINCHO, fontsize=BODY)
        y += 18
    page.insert_text((101, y + 8), "関係機関の施設は、次のとおりである。", fontname=_MINCHO, fontsize=BODY)
    y += 26
    for item in ("１　電力施設（北海道電力株式会社）", "２　ＬＰガス事業者"):
        page.insert_text((90, y), item, fontname=_MINCHO, fontsize=BODY)
        y += 18
    y = _legal_paragraph(page, y + 8)
    rename_fonts(doc, "/MS-Mincho", "/MS-Gothic")
    doc.save(path)
    return path


# build_label_boxes: a plan printed from a spreadsheet (the MIC 経営戦略 template): each section's
# label （１） sits in a cell of its own, 3 pt left of its title's cell, its baseline 0.4 pt off the
# title's and on the other side of a whole point (477.6 and 477.2); a row's label in a cell of its
# own two ems left of its value stays apart. Under the title, the cover's fields (団 体 名 ： 音威子府村, the
# name letter-spaced), in the headings' Gothic and larger than the body.
LABEL_FIELDS = [("団体名", "音威子府村"), ("事業名", "簡易水道事業")]   # 項目：値 under the title: fields, no headings
LABEL_BOXES = [(1, "１．", "事業概要"), (2, "（１）", "事業の現況"), (2, "（２）", "将来の見通し"), (2, "（３）", "料金収入の見通し")]


def build_label_boxes(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=1044, height=1477)
    page.insert_text((361, 165), "村簡易水道事業経営戦略", fontname=_HEAVY, fontsize=22)
    for k, (name, value) in enumerate(LABEL_FIELDS):   # the cover's fields, their names letter-spaced
        for c, ch in enumerate(name + "："):
            page.insert_text((113 + 61 * c if ch != "：" else 278, 240 + 26 * k), ch, fontname=_HEAVY, fontsize=14.1)
        page.insert_text((290, 240 + 26 * k), value, fontname=_HEAVY, fontsize=14.1)
    y = 330.0
    labels = []   # written last, as the spreadsheet writes its cells (not in reading order)
    for depth, label, title in LABEL_BOXES:
        if depth == 1:
            page.insert_text((113, y), label + title, fontname=_HEAVY, fontsize=16)
        else:
            labels.append((y + 0.6, label))
            page.insert_text((112.2 + 3 * 14.1 + 3.0, y), title, fontname=_HEAVY, fontsize=14.1)
        y += 30
        for k in range(2):
            page.insert_text((113, y), PLAN_TEXT, fontname=_ROUND, fontsize=12)
            y += 20
        page.insert_text((113, y + 0.6), "給水人口", fontname=_HEAVY, fontsize=12)   # a row's label, its value two ems on
        page.insert_text((113 + 4 * 12 + 24, y), "６７５人", fontname=_ROUND, fontsize=12)
        y += 60
    for at, label in labels:
        page.insert_text((112.2, at), label, fontname=_HEAVY, fontsize=14.1)
    doc.save(path)
    return path


CHART_SECTIONS = [("１．", "経営の健全性と効率性"), ("２．", "老朽化の状況")]
CHART_TITLES = ["①収益的収支比率(％)", "②累積欠損金比率(％)", "③流動比率(％)"]


def build_chart_row(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 80.0
    for label, title in CHART_SECTIONS:
        page.insert_text((60, y), label + title, fontname=_HEAVY, fontsize=14)
        y += 30
        for k, chart in enumerate(CHART_TITLES):   # a row of charts, each title over its plot
            x = 60 + 170 * k
            page.insert_text((x + 10, y), chart, fontname=_ROUND, fontsize=BODY)
            if k:   # the plot's frame right under the title: its top side lies in the title's baseline band
                page.draw_rect(pymupdf.Rect(x, y + 1.5, x + 160, y + 100), color=(0.65, 0.65, 0.65), width=0.75)
            for t, tick in enumerate(("1.00", "0.50", "0.00")):
                page.insert_text((x + 4, y + 20 + 35 * t), tick, fontname=_ROUND, fontsize=8)
        y += 130
        for _ in range(3):
            page.insert_text((60, y), PLAN_TEXT[:40], fontname=_ROUND, fontsize=BODY)
            y += 18
        y += 20
    rename_fonts(doc, _sjis_name("HG丸ｺﾞｼｯｸM-PRO"), _sjis_name("HG創英角ｺﾞｼｯｸUB"))
    doc.save(path)
    return path


# build_policy_speech: a mayor's 施政方針 as the council receives it (一太郎, one Mincho face at 12 pt, 27 pt
# pitch, no bold, no title): paragraphs open one character in (placed, no space typed), their lines wrap
# flush left; each section is opened by a short line of its own flush left with a blank line above it and
# the section's first paragraph right under it (総　務 letter-spaced as two pieces, 危機管理, and 福　祉 at the top
# of a page). Not headings: a short flush-left line with a blank line under it too (a date), a short line
# over lines at its own indent (a list of names), a paragraph's short last line.
SPEECH_SECTIONS = ["総務", "危機管理", "福祉"]
SPEECH_BODY = 12.0
_SPEECH_TEXT = ("厳しい財政状況の中、山積する行政課題に対応していくためには、適正な定員管理に努めるとともに、職場の"
                "人材育成が重要となっております。限られた人員の中で行政課題に的確に対応できるよう努めてまいります。")


def _speech_line(page: pymupdf.Page, y: float, text: str, x: float = 85.0) -> float:
    page.insert_text((x, y), text, fontname=_ROUND, fontsize=SPEECH_BODY)
    return y + 27


def _speech_paragraph(page: pymupdf.Page, y: float, text: str = _SPEECH_TEXT) -> float:
    y = _speech_line(page, y, text[:34], 97.0)   # opened one character in
    rest = text[34:]
    while rest:
        y, rest = _speech_line(page, y, rest[:35]), rest[35:]
    return y


def _speech_section(page: pymupdf.Page, y: float, name: str) -> float:
    if len(name) == 2:   # two characters letter-spaced: two pieces, a character's width apart
        page.insert_text((85, y), name[0], fontname=_ROUND, fontsize=SPEECH_BODY)
        page.insert_text((85 + 2 * SPEECH_BODY, y), name[1], fontname=_ROUND, fontsize=SPEECH_BODY)
        y += 27
    else:
        y = _speech_line(page, y, name)
    y = _speech_line(page, y, f"次に、{name}関係につきまして、申し上げます。", 97.0)
    return _speech_paragraph(page, y)


def build_policy_speech(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = _speech_line(page, 90, "おはようございます。", 97.0)
    y = _speech_paragraph(page, y)
    y = _speech_line(page, y + 27, "令和８年３月")   # white above and under it: no section
    y = _speech_paragraph(page, y + 27)
    y = _speech_line(page, y + 27, "出席者")   # over lines at its own indent: a list
    y = _speech_line(page, y, "市長　山田太郎")
    y = _speech_line(page, y, "副市長　田中一郎")
    y = _speech_section(page, y + 27, SPEECH_SECTIONS[0])
    _speech_section(page, y + 27, SPEECH_SECTIONS[1])
    page = doc.new_page()
    y = _speech_section(page, 90, SPEECH_SECTIONS[2])
    _speech_line(page, y + 27, "以上、施政の方針につきまして、申し上げました。", 97.0)
    doc.save(path)
    return path


# build_reasons_for_bills: a 提案理由 as the council receives it (一太郎, one face at 12 pt, no title): each bill's
# or report's statement opens with "議案第Ｎ号：<the bill's title>" flush left, white above and under it, a long
# title wrapped onto a line hung under its own start (past the colon); the statements' paragraphs open one
# character in, one of them with a bill's number run into a particle (議案第３号の…: a sentence, no heading).
BILLS = [("議案第１号", "令和７年度北野市一般会計補正予算"),
         ("議案第２号", "北野市国民健康保険事業財政調整基金の設置及び管理に関する条例の一部を改正する条例"),
         ("報告第１号", "損害賠償の専決処分の報告について"),
         ("議案第４号", "北野市の特定の事務を取り扱う郵便局等の指定の変更について"),   # to the edge: white, then its paragraph
         ("報告第２号", "北野市税条例の一部を改正する条例の専決処分の承認を求めることについて")]   # the page's last line, hung on the next
_REASON = "歳入歳出補正予算の規模は、二億千五百万円の減額計上であり、主な内容としましては、見直し・確定等に伴い各事業費を減額計上いたしました。"


def build_reasons_for_bills(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 80.0
    for k, (label, title) in enumerate(BILLS[:4]):
        head = f"{label}：{title}"
        y = _speech_line(page, y, head[:35])   # to the right edge, as the paragraphs' lines
        if len(head) > 35:   # hung under the title's start, past the label and its colon
            y = _speech_line(page, y, head[35:], 85 + (len(label) + 1) * SPEECH_BODY)
        y = _speech_paragraph(page, _speech_paragraph(page, y + 27, _REASON), _REASON)
        if k == 0:
            y = _speech_paragraph(page, y, "議案第３号の説明は、議案第２号と併せて申し上げることといたします。")
        y += 54
        if k == 2:
            page = doc.new_page()
            y = 80.0
    y = _speech_line(page, 784, f"{BILLS[4][0]}：{BILLS[4][1]}"[:35])   # the page's last line: its title runs on
    page = doc.new_page()
    y = _speech_line(page, 80, f"{BILLS[4][0]}：{BILLS[4][1]}"[35:], 85 + (len(BILLS[4][0]) + 1) * SPEECH_BODY)
    _speech_paragraph(page, _speech_paragraph(page, y + 27, _REASON), _REASON)
    doc.save(path)
    return path
