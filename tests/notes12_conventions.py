"""A white paper's section set in two columns, built with PyMuPDF (issue 19: headings and footnotes
of documents nobody has seen): the section opens mid-page — its number alone, set large in a box,
its title beside it, both level with the right column's running text —, a sub-heading at the top
of the left column beside the right column's lines, a figure's caption numbered by part, chapter
and place (第1-1-8図) on a band, and notes at the foot under a rule across the page, each number
set off by an ideographic space, one note opening with a number (１　45～49歳の…). Truth beside the
builder; the tests are in test_notes12_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY = 11.3
_GOTHIC, _MINCHO = "japan", "china-s"   # renamed below: a DTP Gothic for headings, a Mincho body
_GREEN, _TINT = (0.2, 0.6, 0.4), (0.85, 0.93, 0.88)
SECTION = ("３", "婚姻・出産の状況")
SUBHEADING = "低下傾向が続く婚姻件数、婚姻率"
CAPTION = "第1-1-8図　婚姻件数及び婚姻率の年次推移"
TITLE = "３婚姻・出産の状況"   # the document's title as the truth compares it (NFKC, no spaces)
NOTES = [(1, "45～49歳の未婚率と50～54歳の未婚率の平均（国勢調査に基づく実績値による）。"),
         (2, "出生率の低下要因は、結婚行動の変化と夫婦の出産行動の変化にほぼ分解される。")]
# running text in full-width letters only (PyMuPDF's CJK fonts set Latin digits full width too)
_LEFT = ["婚姻件数は、第一次ベビーブーム世代が", "二十五歳前後の年齢を迎えた時期にかけて", "年間百万組を超え、婚姻率もおおむね高い",
         "水準であった。その後は、婚姻件数、婚姻", "率ともに低下傾向となり、長い間、婚姻件", "数はおおよそ年間七十万組台で増減を繰り",
         "返しながら推移してきたが、近年は年間六", "十万組台で低下を続け、初めて六十万組台"]
_RIGHT = ["を割り込んだ。改元のタイミングで婚姻す", "るいわゆる「令和婚」の影響もあり、前年", "より増加したが、翌年は再び低下し、過去",
          "最低を更新した。婚姻率も過去最低となり", "、以前と比べると半分程度の水準となって", "いる。未婚率を年齢別にみると、男性はお",
          "よそ二人に一人、女性はおよそ三人に一人", "が未婚であり、長期的にみると未婚率は上", "昇傾向が続いているが、前回調査からおお",
          "むね横ばいとなっている年齢層もある。男", "女とも晩婚化が進んでいることがわかる。"]


def build_section_in_two_columns(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.draw_rect(pymupdf.Rect(68, 72, 101, 116), color=None, fill=_GREEN)   # the number's box
    page.insert_text((74, 107), SECTION[0], fontname=_GOTHIC, fontsize=29.8, color=(1, 1, 1))
    page.insert_text((116, 101), SECTION[1], fontname=_GOTHIC, fontsize=14.2)
    page.insert_text((68, 145), SUBHEADING, fontname=_GOTHIC, fontsize=14.2, color=_GREEN)
    for k, row in enumerate(_LEFT):
        page.insert_text((79.4 if k == 0 else 68, 170 + 17 * k), row, fontname=_MINCHO, fontsize=BODY)
    for k, row in enumerate(_RIGHT):
        page.insert_text((317.5, 84 + 17 * k), row, fontname=_MINCHO, fontsize=BODY)
    page.insert_text((540, 160), "１", fontname=_MINCHO, fontsize=6.6)   # a note's mark, raised
    page.draw_rect(pymupdf.Rect(68, 330, 544, 350), color=None, fill=_TINT)   # the caption's band
    page.insert_text((72, 345), CAPTION, fontname=_GOTHIC, fontsize=12.8)
    for k, x in enumerate((100, 200, 300, 400)):   # the figure: bars over an axis
        page.draw_rect(pymupdf.Rect(x, 600 - 40 * (k + 1), x + 30, 600), color=None, fill=_GREEN)
    page.draw_line((68, 755), (544, 755), color=(0, 0, 0), width=0.28)   # the notes' rule, across the page
    for k, (number, text) in enumerate(NOTES):
        page.insert_text((68, 768 + 13 * k), f"{chr(0xFF10 + number)}\u3000{text}", fontname=_GOTHIC, fontsize=8.5)
    page.insert_text((43, 810), "10", fontname="helv", fontsize=9.9)
    rename_fonts(doc, "/GothicMB101Pr6-Bold", "/RyuminPr6-Light", keep=("/Helvetica",))
    doc.save(path)
    return path


# build_dtp_table: a budget table as a DTP layout draws it — a frame and rules, the header row's shading
# a filled path of three sides and a close (the fill closes it) inset a few points from the cell's rules,
# and the header's words laid again over the text as outlines (short straight strokes inside their
# letters). Truth: one table of TABLE_ROWS rows and three columns, its first row the header.
TABLE_HEADER = ["内容", "額", "説明（増減理由）"]
TABLE_ROWS = [TABLE_HEADER, ["保険給付費等", "8,754", "業務災害に対する保険給付費等"],
              ["業務取扱費等", "557", "業務取扱いに必要な人件費"], ["予備費", "67", "予見し難い予算の不足に充てる経費"],
              ["合計", "10,610", ""]]
_XS, _TOP, _ROW = (80.0, 186.7, 293.1, 548.1), 300.0, 20.0


def _outlines(shape: pymupdf.Shape, x: float, baseline: float, size: float, n: int) -> None:
    """n letters' outlines as straight strokes inside their boxes: a bar across, a stem down each."""
    for k in range(n):
        gx = x + size * k
        shape.draw_line((gx + 1, baseline - size * 0.45), (gx + size - 1, baseline - size * 0.45))
        shape.draw_line((gx + size * 0.3, baseline - size * 0.8), (gx + size * 0.3, baseline - 0.5))
        shape.draw_line((gx + size * 0.7, baseline - size * 0.8), (gx + size * 0.7, baseline - 0.5))


def build_dtp_table(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((80, 280), "○労災勘定の歳出の内容", fontname=_GOTHIC, fontsize=11)
    bottom = _TOP + _ROW * len(TABLE_ROWS)
    for x0, x1 in zip(_XS, _XS[1:]):   # the header's shading: each cell's three sides and a close, inset
        shape = page.new_shape()
        shape.draw_polyline([(x0 + 5.6, _TOP), (x1 - 4.7, _TOP), (x1 - 4.7, _TOP + _ROW), (x0 + 5.6, _TOP + _ROW)])
        shape.finish(color=None, fill=(0.96, 0.92, 0.75), closePath=True)
        shape.commit()
    for k, row in enumerate(TABLE_ROWS):
        baseline = _TOP + _ROW * (k + 1) - 6
        for x, text in zip(_XS, row):
            page.insert_text((x + 4, baseline), text, fontname=_GOTHIC, fontsize=10)
    shape = page.new_shape()
    for x, text in zip(_XS, TABLE_HEADER):
        _outlines(shape, x + 4, _TOP + _ROW - 6, 10, len(text))
    shape.finish(color=(0.14, 0.1, 0.09), width=0.2)
    for k in range(len(TABLE_ROWS) + 1):
        shape.draw_line((_XS[0], _TOP + _ROW * k), (_XS[-1], _TOP + _ROW * k))
    for x in _XS:
        shape.draw_line((x, _TOP), (x, bottom))
    shape.finish(color=(0.14, 0.1, 0.09), width=0.6)
    shape.commit()
    rename_fonts(doc, "/HGMaruGothicMPRO", "/HGMaruGothicMPRO")
    doc.save(path)
    return path


# build_table_over_pages: a table of amounts whose sub-items stand in a narrow column of their own (ruled
# off beside them only) runs to the foot of page 1 and goes on at the top of page 2, no header repeated,
# where no sub-item runs: there the narrow column is not drawn. Truth: one table over pages 1–2 of
# OVER_PAGES_ROWS rows and four columns (the narrow one first), its header spanning the first two.
OVER_PAGES_ROWS = [("内容", "", "額", "説明"), ("保険収入", "", "10,629", "－"), ("", "徴収勘定より受入", "8,700", "保険料収入"),
                   ("", "一般会計より受入", "2", "国庫補助金"), ("運用収入", "", "1,282", "利子収入"),
                   ("雑収入等", "", "212", "損害賠償金等"), ("合計", "", "12,123", "")]
_OX = (80.0, 92.6, 186.7, 293.1, 548.1)


def _over_pages_rows(page: pymupdf.Page, rows: list[tuple[str, str, str, str]], top: float) -> None:
    shape = page.new_shape()
    for k, row in enumerate(rows):
        y0, y1 = top + _ROW * k, top + _ROW * (k + 1)
        sub = not row[0] and row[1]
        shape.draw_line((_OX[1] if sub else _OX[0], y0), (_OX[-1], y0))
        for x in (_OX[0],) + ((_OX[1],) if sub else ()) + _OX[2:]:
            shape.draw_line((x, y0), (x, y1))
        for x, text in zip((_OX[0] + 4, _OX[1] + 4, _OX[2] + 4, _OX[3] + 4), row):
            if text:
                page.insert_text((x, y1 - 6), text, fontname=_GOTHIC, fontsize=10)
    shape.draw_line((_OX[0], top + _ROW * len(rows)), (_OX[-1], top + _ROW * len(rows)))
    shape.finish(color=(0, 0, 0), width=0.6)
    shape.commit()


def build_table_over_pages(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((80, 560), "○労災勘定の歳入の内容", fontname=_GOTHIC, fontsize=11)
    _over_pages_rows(page, OVER_PAGES_ROWS[:5], 580.0)   # the last thing on its page
    page = doc.new_page(width=595.3, height=841.9)
    _over_pages_rows(page, OVER_PAGES_ROWS[5:], 62.0)
    page.insert_text((80, 200), "以上のとおり、各勘定の歳入を計上している。", fontname=_GOTHIC, fontsize=11)
    rename_fonts(doc, "/HGMaruGothicMPRO", "/HGMaruGothicMPRO")
    doc.save(path)
    return path


# build_bar_chart_slide: a slide (PowerPoint's own export) whose chart draws each stacked bar as outlined
# boxes one on another, every bar standing on the plot area's foot, a value in each box, tick labels on
# the left axis. Truth: no table; the slide's title its one heading.
CHART_TITLE = "公債発行額、公債依存度の推移"


def build_bar_chart_slide(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=780, height=540)
    page.insert_text((250, 30), CHART_TITLE, fontname=_GOTHIC, fontsize=20)
    foot, left, right = 445.0, 47.0, 740.0
    shape = page.new_shape()
    shape.draw_line((left, 79), (left, foot))
    shape.draw_line((left, foot), (right, foot))
    shape.finish(color=(0.5, 0.5, 0.5), width=0.75)
    shape.commit()
    for k, value in enumerate((0, 20, 40, 60)):
        page.insert_text((left - 20, foot - 60 * k + 4), str(value), fontname="helv", fontsize=12)
    for k, (low, high) in enumerate(((30, 20), (45, 25), (60, 35), (80, 40), (95, 50))):
        x0 = 100 + 110 * k
        for y0, y1, fill in ((foot - low, foot, (1, 0.6, 0.8)), (foot - low - high, foot - low, (0.6, 0.8, 1))):
            page.draw_rect(pymupdf.Rect(x0, y0, x0 + 30, y1), color=(0.3, 0.3, 0.3), fill=fill, width=0.75)
            page.insert_text((x0 + 6, (y0 + y1) / 2 + 3), f"{(y1 - y0) / 3:.1f}", fontname="helv", fontsize=8)
    rename_fonts(doc, "/MeiryoUI", "/MeiryoUI", keep=("/Helvetica",))
    doc.save(path)
    return path


# build_numbered_deck: a deck with no cover — its first slide a slide of the body, titled in the band at
# its top and numbered 1 where the next slides print 2 and 3. Truth: no document title; the three slide
# titles are its headings.
DECK_TITLES = ["令和２年度一般会計補正後予算の構成", "公債発行額の推移", "普通国債残高の累増"]


def build_numbered_deck(path: Path) -> Path:
    doc = pymupdf.open()
    for k, title in enumerate(DECK_TITLES):
        page = doc.new_page(width=780, height=540)
        page.insert_text((240, 32), title, fontname=_GOTHIC, fontsize=20)
        for j, (label, value) in enumerate((("社会保障", "367,343"), ("地方交付税交付金等", "158,341"), ("公共事業", "68,571"),
                                            ("文教及び科学振興", "58,397"), ("防衛", "53,254"), ("その他", "342,813"),
                                            ("国債費", "234,774"), ("合計", "1,283,493"))):   # the chart's labels
            page.insert_text((80, 100 + 36 * j), label, fontname=_GOTHIC, fontsize=11)
            page.insert_text((260, 100 + 36 * j), value, fontname=_GOTHIC, fontsize=11)
        page.insert_text((60, 500), "（注１）計数は補正後予算による。", fontname=_GOTHIC, fontsize=9)
        page.insert_text((765, 525), str(k + 1), fontname="helv", fontsize=10)
    rename_fonts(doc, "/MeiryoUI", "/MeiryoUI", keep=("/Helvetica",))
    doc.save(path)
    return path


# build_split_row: a table whose row is split by the page break — its label broken after a joining mark
# (高齢者等雇用安定・) and its amount on page 1, the rest of its label (促進費) and of its explanation on
# page 2 with the amount cell empty; the rule under each part drawn. Truth: one table over pages 1–2 of
# SPLIT_ROWS rows (the split row once), its label joined.
SPLIT_PAGE1 = [("内容", "", "額", "説明"), ("雇用安定事業費等", "", "5,481", "雇用保険二事業等"),
               ("", "地域雇用対策費", "1,014", "労働移動支援"), ("", "高齢者等雇用安定・", "2,007", "特定求職者雇用開発")]
SPLIT_PAGE2 = [("", "促進費", "", "助成金の支給等"), ("", "その他", "982", "職業紹介事業"), ("合計", "", "24,858", "")]
SPLIT_ROWS, SPLIT_LABEL = len(SPLIT_PAGE1) + len(SPLIT_PAGE2) - 1, "高齢者等雇用安定・促進費"


def build_split_row(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((80, 640), "（歳出）", fontname=_GOTHIC, fontsize=11)
    _over_pages_rows(page, SPLIT_PAGE1, 660.0)
    page = doc.new_page(width=595.3, height=841.9)
    _over_pages_rows(page, SPLIT_PAGE2, 62.0)
    page.insert_text((80, 200), "以上のとおり、各勘定の歳出を計上している。", fontname=_GOTHIC, fontsize=11)
    rename_fonts(doc, "/HGMaruGothicMPRO", "/HGMaruGothicMPRO")
    doc.save(path)
    return path


# build_short_columns: two pages of a book set in two columns; page 2 opens a sub-section at the top of
# its left column over three lines a side of running text, then a figure across the page — too few lines
# for the page's own columns to show. Truth: page 2's sub-heading is a heading (page 1's, the first line
# of the file, is read as its title).
SHORT_HEADINGS = [(1, "低下傾向が続く婚姻件数、婚姻率"), (2, "未婚化の進行")]


def build_short_columns(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((68, 90), SHORT_HEADINGS[0][1], fontname=_GOTHIC, fontsize=14.2, color=_GREEN)
    for k, row in enumerate(_LEFT + _LEFT[:4]):
        page.insert_text((79.4 if k == 0 else 68, 115 + 17 * k), row, fontname=_MINCHO, fontsize=BODY)
    for k, row in enumerate(_RIGHT + _RIGHT[:3]):
        page.insert_text((317.5, 84 + 17 * k), row, fontname=_MINCHO, fontsize=BODY)
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((68, 95), SHORT_HEADINGS[1][1], fontname=_GOTHIC, fontsize=14.2, color=_GREEN)
    for k, row in enumerate(_LEFT[:3]):
        page.insert_text((79.4 if k == 0 else 68, 118 + 17 * k), row, fontname=_MINCHO, fontsize=BODY)
    for k, row in enumerate(_RIGHT[:4]):
        page.insert_text((317.5, 84 + 17 * k), row, fontname=_MINCHO, fontsize=BODY)
    page.draw_rect(pymupdf.Rect(68, 200, 544, 220), color=None, fill=_TINT)   # the figure's caption band
    page.insert_text((72, 215), CAPTION, fontname=_GOTHIC, fontsize=12.8)
    for k, x in enumerate((100, 200, 300, 400)):
        page.draw_rect(pymupdf.Rect(x, 500 - 40 * (k + 1), x + 30, 500), color=None, fill=_GREEN)
    rename_fonts(doc, "/GothicMB101Pr6-Bold", "/RyuminPr6-Light")
    doc.save(path)
    return path
