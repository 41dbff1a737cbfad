"""A slide deck typeset here (PowerPoint's way of setting a 概要), with its truth beside it:

- build_deck: landscape slides, each with its title in a dark band at the top (centred, in the
  deck's title size; a long one shrunk to fit, as PowerPoint's autofit does), navigation tabs
  in small type at the band's left, bullets in large type under it; a slide whose rows of
  "1) …" labels and items in 13 pt run to its foot (slide content, no notes and no headings);
  a slide with a starred note "*1:" in small type at its foot (numbering restarts per slide).
  `portrait=True` sets the same pages upright: no deck, read as any document.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC = "japan"
TITLE_SIZE, SHRUNK, BULLET_SIZE, ROW_SIZE, NOTE_SIZE = 26, 22, 18, 13, 9

# (title, title size) per slide after the cover
SLIDES = [("指針の背景と目的", TITLE_SIZE),
          ("指針の基本的な考え方", TITLE_SIZE),
          ("各主体に共通して取り組むことが期待される事項の整理", SHRUNK),
          ("参考）関連する国際的な動向", TITLE_SIZE)]
BULLETS = ["• 人工知能の技術は日々発展し、その利用の機会と可能性は拡大の一途をたどっている",
           "• 事業者が安全に人工知能を活用できるよう、統一的な指針を示すことが求められている"]
ROWS = [("1) 人間中心", "人々の能力を拡張し、多様な幸せの追求が可能となるように行動する"),
        ("2) 安全性", "適切なリスク分析を実施し、リスクへの対策を講じる"),
        ("3) 公平性", "不当で有害な偏見及び差別をなくすよう努める"),
        ("4) 透明性", "ステークホルダーに対して情報の提供と説明を行う")]
NOTE = (1, 5, "ここでいう国際的な枠組みとは、主要国の首脳会合で合意された行動規範をいう。")


def _slide(doc: pymupdf.Document, title: str, size: float, portrait: bool) -> pymupdf.Page:
    width, height = (595, 842) if portrait else (842, 595)
    page = doc.new_page(width=width, height=height)
    page.draw_rect(pymupdf.Rect(0, 0, width, 58), color=None, fill=(0.05, 0.15, 0.35))
    for k, tab in enumerate(("本編", "別添")):
        page.insert_text((22 + 54 * k, 22), tab, fontname=GOTHIC, fontsize=12, color=(1, 1, 1))
    page.insert_text(((width - size * len(title)) / 2, 40), title, fontname=GOTHIC, fontsize=size, color=(1, 1, 1))
    page.insert_text((width - 24, height - 10), str(doc.page_count), fontname=GOTHIC, fontsize=12)
    y = 96.0
    for line in BULLETS:
        page.insert_text((50, y), line, fontname=GOTHIC, fontsize=BULLET_SIZE if not portrait else 12)
        y += 28
    return page


def build_deck(path: Path, portrait: bool = False) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=595 if portrait else 842, height=842 if portrait else 595)
    cover.insert_text((150, 240), "人工知能の利活用に関する指針案の概要", fontname=GOTHIC, fontsize=32)
    cover.insert_text((330, 400), "令和６年４月", fontname=GOTHIC, fontsize=18)
    for k, (title, size) in enumerate(SLIDES):
        page = _slide(doc, title, size, portrait)
        if k == 2:   # rows of labelled items in 13 pt down to the slide's foot
            for r, (label, item) in enumerate(ROWS):
                y = 250 + 80 * r
                page.insert_text((60, y), label, fontname=GOTHIC, fontsize=ROW_SIZE)
                page.insert_text((200, y - 8), "✓ " + item, fontname=GOTHIC, fontsize=ROW_SIZE)
                page.insert_text((200, y + 10), "✓ 関係する法令を遵守し、国際的な指針の検討状況にも留意する",
                                 fontname=GOTHIC, fontsize=ROW_SIZE)
        if k == 3:   # a starred note in small type at the slide's foot
            page.insert_text((300, 300), "行動規範*1 を踏まえた取組", fontname=GOTHIC, fontsize=ROW_SIZE)
            page.insert_text((50, page.rect.height - 24), f"*{NOTE[0]}: {NOTE[2]}", fontname=GOTHIC, fontsize=NOTE_SIZE)
    doc.save(path)
    return path


# build_box_figure: a slide's figure of framed boxes, no table (its truth: no table on either
# slide). Slide 1: a timeline: two boxes side by side over its axis, a gap between them, each
# joined to the axis; a box under the axis joined to it by an elbow connector whose last stroke
# runs 2.3 pt left of the first box's right side (all one group of verticals). Slide 2: boxes with a drop shadow (a second frame 3 pt right and down) joined by
# arrows, inside a panel framed like a cell.
FIGURE_BOXES = [("人間中心のAI社会原則", "2019年3月"), ("AI事業者ガイドライン", "2024年4月")]
SHADOWED = ["人口動向の分析", "将来人口の推計"]
SHADOWED_BOXES = [(534.0, 576.2, 85.9, 188.6), (534.2, 578.0, 205.9, 309.6)]   # (top, bottom, left, right)
ARROW_STROKES = [(186.5, 551.3, 199.9, 551.3), (186.5, 561.0, 199.9, 561.0), (186.5, 551.3, 186.5, 561.0),
                 (199.2, 546.2, 199.2, 551.6), (199.2, 560.6, 199.2, 566.0), (199.2, 546.2, 205.9, 556.1),
                 (199.2, 566.0, 205.9, 556.1)]


def _box(page: pymupdf.Page, rect: pymupdf.Rect, lines: list[str], width: float = 1.4) -> None:
    page.draw_rect(rect, color=(0.1, 0.3, 0.5), width=width)
    for k, text in enumerate(lines):
        page.insert_text((rect.x0 + 8, rect.y0 + 24 + 18 * k), text, fontname=GOTHIC, fontsize=13)


def build_box_figure(path: Path) -> Path:
    doc = pymupdf.open()
    page = _slide(doc, "関連する主な諸原則等", TITLE_SIZE, False)
    left, right = pymupdf.Rect(300, 160, 480, 247), pymupdf.Rect(546, 160, 730, 247)
    _box(page, left, list(FIGURE_BOXES[0]))
    _box(page, right, list(FIGURE_BOXES[1]))
    lower = pymupdf.Rect(420, 372, 600, 450)
    _box(page, lower, ["AI利活用ガイドライン", "2019年8月"])
    blue = (0.1, 0.3, 0.5)
    page.draw_line((60, 320), (800, 320), color=(0.6, 0.6, 0.6), width=3)   # the timeline's axis
    for x in (390, 640):   # each box joined to its point on the axis
        page.draw_line((x, left.y1), (x, 320), color=blue, width=3)
    elbow = left.x1 - 2.3   # the lower box's connector turns down 2.3 pt left of the first box's side
    for a, b in (((700, 320), (700, 360)), ((700, 360), (elbow, 360)), ((elbow, 360), (elbow, lower.y0))):
        page.draw_line(a, b, color=blue, width=3)
    page = _slide(doc, "人口ビジョンの構成", TITLE_SIZE, False)
    green = (0.2, 0.5, 0.2)
    for y0, y1, x0, x1 in SHADOWED_BOXES:   # each box framed, its shadow's frame 1.3 to 2.6 pt off it
        page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=green, width=1)
        page.draw_rect(pymupdf.Rect(x0 - 1.3, y0 + 1.7, x1 + 1.4, y1 + 2.6), color=(0.3, 0.7, 0.8), width=1)
    for k, name in enumerate(SHADOWED):
        y0, _, x0, _ = SHADOWED_BOXES[k]
        page.insert_text((x0 + 8, y0 + 26), name, fontname=GOTHIC, fontsize=13)
    for x0, y0, x1, y1 in ARROW_STROKES:   # a block arrow's body and head, stroke by stroke
        page.draw_line((x0, y0), (x1, y1), color=(0.9, 0.6, 0.1), width=1)
    doc.save(path)
    return path


# build_sectioned_deck: a deck parted by section slides (a title alone in the middle, set larger
# than the slides' titles, nothing in the band): each section's slides nest under it. With tab=True the
# section's name is set vertically at the slide's edge too: a word set so is one row, not four.
SECTIONS = [("基本理念", ["目指すべき社会の姿", "三つの価値"]), ("共通の指針", ["各主体が取り組む事項", "社会と連携して取り組む事項"])]
SECTION_SIZE = 36


def build_sectioned_deck(path: Path, section_size: float = SECTION_SIZE, tab: bool = False) -> Path:
    """`tab`: each section slide also prints the section's name set vertically at the sheet's right
    edge (one glyph to a row, 9 pt: a budget book's section tab), beside its title."""
    doc = pymupdf.open()
    cover = doc.new_page(width=842, height=595)
    cover.insert_text((150, 240), "人工知能の利活用に関する指針案の概要", fontname=GOTHIC, fontsize=32)
    cover.insert_text((330, 400), "令和６年４月", fontname=GOTHIC, fontsize=18)
    for section, slides in SECTIONS:
        page = doc.new_page(width=842, height=595)
        page.insert_text(((842 - section_size * len(section)) / 2, 300), section, fontname=GOTHIC, fontsize=section_size)
        for k, glyph in enumerate(section if tab else ""):
            page.insert_text((824, 90 + 9 * k), glyph, fontname=GOTHIC, fontsize=9)
        page.insert_text((818, 585), str(doc.page_count), fontname=GOTHIC, fontsize=12)
        for title in slides:
            _slide(doc, title, TITLE_SIZE, False)
    doc.save(path)
    return path


# build_figured_deck: a deck whose slides are headed as PowerPoint heads them, not all in text:
# most titles are drawn as a picture across the band at the slide's top (no text layer), one
# title is set at the deck's body size (28 pt) over a ruled table of 14 pt, and two slides carry
# a figure whose box labels (35 pt) are the largest text on them. The deck is still a deck, the
# text titles are its headings, and no figure label is.
FIGURED_TITLES = ["品質保証の方法について", "開示・非開示の例"]
FIGURE_LABELS = ["申請者", "製造業者"]


def _picture_band(page: pymupdf.Page) -> None:
    band = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 6), False)
    band.clear_with(200)
    page.insert_image(pymupdf.Rect(100, 30, 620, 70), pixmap=band)


def build_figured_deck(path: Path) -> Path:
    doc = pymupdf.open()
    doc.new_page(width=720, height=540).insert_text((150, 240), "制度の概要", fontname=GOTHIC, fontsize=40)
    for k in range(6):   # titles drawn as pictures; a figure of labelled boxes on two of them
        page = doc.new_page(width=720, height=540)
        _picture_band(page)
        if k < 2:
            for j, label in enumerate(FIGURE_LABELS):
                page.draw_rect(pymupdf.Rect(45, 120 + 300 * j, 45 + 36 * len(label) + 10, 170 + 300 * j), color=(0, 0, 0))
                page.insert_text((50, 160 + 300 * j), label, fontname=GOTHIC, fontsize=35)
        page.insert_text((60, 300), "製造方法の情報を提出する。", fontname=GOTHIC, fontsize=28)
        page.insert_text((60, 340), "審査に必要な資料を揃える。", fontname=GOTHIC, fontsize=28)
    page = doc.new_page(width=720, height=540)
    page.insert_text((140, 70), FIGURED_TITLES[0], fontname=GOTHIC, fontsize=32)
    for j, text in enumerate(["原材料の品質管理", "堅牢な製造方法", "工程管理"]):
        page.insert_text((80, 150 + 40 * j), text, fontname=GOTHIC, fontsize=28)
    page = doc.new_page(width=720, height=540)
    page.insert_text((175, 74), FIGURED_TITLES[1], fontname=GOTHIC, fontsize=28)
    xs, ys = [22, 363, 527, 686], [120 + 29 * r for r in range(8)]
    for y in ys:
        page.draw_line((xs[0], y), (xs[-1], y), color=(0, 0, 0), width=0.75)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), color=(0, 0, 0), width=0.75)
    for r in range(len(ys) - 1):
        page.insert_text((29, ys[r] + 21), f"3.2.S.{r + 1}項目{r + 1}", fontname=GOTHIC, fontsize=14)
        page.insert_text((438, ys[r] + 21), "○", fontname=GOTHIC, fontsize=14)
        page.insert_text((600, ys[r] + 21), "○" if r % 2 else "－", fontname=GOTHIC, fontsize=14)
    doc.save(path)
    return path


# build_pictured_cover_deck: the cover's title drawn as a picture across its upper half, the
# agency and its office on two rows under it, and the PDF names no title: the title is the
# picture's, which no text holds — none is read, and the rows under it name the issuer.
COVER_ROWS = ["独立行政法人医療機器審査機構", "審査部基準課管理室"]


def build_pictured_cover_deck(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=720, height=540)
    band = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 6), False)
    band.clear_with(90)
    cover.insert_image(pymupdf.Rect(190, 140, 688, 184), pixmap=band)   # the title, drawn
    for k, row in enumerate(COVER_ROWS):
        cover.insert_text(((720 - 24 * len(row)) / 2, 300 + 33 * k), row, fontname=GOTHIC, fontsize=24)
    for title in FIGURED_TITLES:
        page = doc.new_page(width=720, height=540)
        page.insert_text((140, 70), title, fontname=GOTHIC, fontsize=32)
        page.insert_text((80, 150), "製造方法の情報を提出する。", fontname=GOTHIC, fontsize=24)
    doc.set_metadata({"title": "", "author": ""})
    doc.save(path)
    return path


def build_letter_spaced_title(path: Path) -> Path:
    """A title page's name set glyph by glyph at even steps (一　般　会　計: 22 pt glyphs three ems
    apart, no space in the text layer) over a page of running text: a letter-spaced word, not a
    kanji numeral 一 labelling 般会計."""
    doc = pymupdf.open()
    page = doc.new_page()
    for k, glyph in enumerate("一般会計"):
        page.insert_text((180 + 66 * k, 200), glyph, fontname=GOTHIC, fontsize=22)
    for k in range(6):
        page.insert_text((85, 260 + 18 * k), "特別区税は地域経済や人口動向等を踏まえた増収を見込み前年度から増額を見込んでいます", fontname="japan-s", fontsize=10.5)
    doc.save(path)
    return path


# build_spread_deck: an InDesign book exported by spreads — each landscape sheet holds two A4 pages side
# by side, each half with its title at its top, its text and its page number at its foot (the left
# half a short list, the right half running text: no gutter of running text on both sides). Each
# half is a page: both titles are headings, the left one first.
SPREAD_TITLES = [("予算編成の基本的考え方", "当初予算の規模"), ("一般会計の概要", "特別会計の概要"), ("歳入の見通し", "歳出の見通し")]


def build_spread_deck(path: Path) -> Path:
    doc = pymupdf.open()
    doc.new_page(width=1190, height=842).insert_text((700, 360), "北野区予算の概要", fontname=GOTHIC, fontsize=22)   # the cover
    for k, (left, right) in enumerate(SPREAD_TITLES):
        page = doc.new_page(width=1190, height=842)
        page.insert_text((45, 90), left, fontname=GOTHIC, fontsize=14)
        page.insert_text((673, 90), right, fontname=GOTHIC, fontsize=14)
        for r in range(5):
            page.insert_text((60, 130 + 15 * r), f"・主要事業その{r + 1}", fontname="japan-s", fontsize=9)
            page.insert_text((673, 130 + 15 * r), "特別区税は地域経済や人口動向等を踏まえた増収を見込み前年度から増額を見込んでいます。",
                             fontname="japan-s", fontsize=9)
        page.insert_text((54, 775), str(2 * k + 2), fontname="japan-s", fontsize=10)
        page.insert_text((1127, 775), str(2 * k + 3), fontname="japan-s", fontsize=10)
    doc.save(path)
    return path


# build_parted_deck: a topic spread over three slides that carry one title (「…の概要」 on each),
# as a ministry's briefing deck sets it. Slide 1: a part's heading in bold on a tinted band
# across the slide, under it a table tinted in row bands whose columns and rows are parted by
# white lines drawn over the tint (no dark rule anywhere). Slide 2: two parts, each under its
# band. Slide 3: a panel framed by a stroked rectangle, titled on its border by a caption in a
# white box set across the frame's top side (the side runs on under the box), its text inside;
# two such panels side by side.
PARTED_TITLE = "認定制度の概要"
PART_SIZE, CELL_SIZE, TEXT_SIZE = 20, 11, 13
PARTS = {1: ["申請に必要な提出物と審査方法"], 2: ["認定マークの目的", "使用規約"]}
TINTS = [(0.87, 0.93, 1.0), (0.94, 0.96, 1.0)]
WHITE_TABLE = {"xs": [40.0, 250.0, 420.0, 610.0, 800.0], "ys": [200.0, 222.0, 262.0, 302.0],
               "rows": [["認定基準の項目", "必要となる提出物", "審査の観点", "備考"],
                        ["従業員が二人以上いること", "会社の概要", "所在地と従業員数を確認", "随時"],
                        ["自転車通勤を認めていること", "社内の規程", "規程の記載を確認", "年一回"]]}
FRAMED_CAPTIONS = ["《宣言企業の認定の概要》", "《優良企業の認定の概要》"]


def _bold(page: pymupdf.Page, at: tuple[float, float], text: str, size: float, color=(0, 0, 0)) -> None:
    """Text struck twice a few hundredths of an em apart (fake bold, as Office prints a bold
    face the font lacks): set in bold."""
    for dx in (0.0, 0.03 * size):
        page.insert_text((at[0] + dx, at[1]), text, fontname=GOTHIC, fontsize=size, color=color)


def _parted_slide(doc: pymupdf.Document) -> pymupdf.Page:
    page = doc.new_page(width=842, height=595)
    _bold(page, (20, 40), PARTED_TITLE, TITLE_SIZE, (0.25, 0.5, 0.8))
    page.draw_line((0, 52), (842, 52), color=(0.25, 0.5, 0.8), width=2)
    return page


def _band(page: pymupdf.Page, y: float, text: str) -> None:
    page.draw_rect(pymupdf.Rect(20, y, 822, y + 28), color=None, fill=TINTS[0])
    _bold(page, (28, y + 21), text, PART_SIZE, (0, 0.44, 0.75))


def _white_ruled_table(page: pymupdf.Page) -> None:
    xs, ys = WHITE_TABLE["xs"], WHITE_TABLE["ys"]
    page.draw_rect(pymupdf.Rect(xs[0], ys[0], xs[-1], ys[1]), color=None, fill=(0.0, 0.44, 0.75))
    for r in range(1, len(ys) - 1):   # a row's tint drawn across all its columns
        page.draw_rect(pymupdf.Rect(xs[0], ys[r], xs[-1], ys[r + 1]), color=None, fill=TINTS[(r - 1) % 2])
    for x in xs[1:-1]:
        page.draw_line((x, ys[0]), (x, ys[-1]), color=(1, 1, 1), width=1.1)
    for y in ys[1:-1]:
        page.draw_line((xs[0], y), (xs[-1], y), color=(1, 1, 1), width=3.2 if y == ys[1] else 1.1)
    for r, row in enumerate(WHITE_TABLE["rows"]):
        for c, cell in enumerate(row):
            page.insert_text((xs[c] + 6, ys[r] + 15), cell, fontname=GOTHIC, fontsize=CELL_SIZE,
                             color=(1, 1, 1) if r == 0 else (0, 0, 0))


def build_parted_deck(path: Path) -> Path:
    doc = pymupdf.open()
    page = _parted_slide(doc)
    _band(page, 80, PARTS[1][0])
    page.insert_text((40, 150), "認定を受けようとする企業は、次の書類を事務局に提出する。", fontname=GOTHIC, fontsize=TEXT_SIZE)
    page.insert_text((40, 172), "事務局は、提出された書類により認定の基準を満たすかを審査する。", fontname=GOTHIC, fontsize=TEXT_SIZE)
    _white_ruled_table(page)
    page = _parted_slide(doc)
    for y, text in ((80, PARTS[2][0]), (250, PARTS[2][1])):
        _band(page, y, text)
        for k in range(3):
            page.insert_text((40, y + 60 + 22 * k), f"認定を受けた企業は、自社の広報資料や名刺などに認定マークを使用できる（{k + 1}）。",
                             fontname=GOTHIC, fontsize=TEXT_SIZE)
    page = _parted_slide(doc)
    for left, caption in ((40, FRAMED_CAPTIONS[0]), (432, FRAMED_CAPTIONS[1])):   # two panels side by side
        page.draw_rect(pymupdf.Rect(left, 120, left + 370, 400), color=(0, 0, 0), width=1.0)
        page.draw_rect(pymupdf.Rect(left + 80, 105, left + 290, 131), color=(0, 0, 0), fill=(1, 1, 1), width=0.8)
        _bold(page, (left + 92, 124), caption, 14)
        for k in range(4):
            page.insert_text((left + 16, 170 + 24 * k), f"次の要件をすべて満たす企業を認定する（{k + 1}）。",
                             fontname=GOTHIC, fontsize=TEXT_SIZE)
    doc.save(path)
    return path


# build_subtitled_deck: after a cover slide, slides whose part opens with a subtitle right under the title, flush with it, set
# larger than the text but plain (no bold, no band); on the last slide the line under the title is a lead
# sentence in that size (closing with 。), no heading.
SUBTITLED = [("自転車月間における広報活動について", "自転車月間の広報活動"),
             ("自転車月間における広報活動について", "各団体：自転車月間のイベント"),
             ("参考）前年の自転車月間の取組について", "")]
LEAD = "自転車月間に合わせ、自転車の活用の関心と理解を深めるための広報活動を実施した。"


def build_subtitled_deck(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=842, height=595)   # a cover slide: the deck's title alone
    cover.insert_text((170, 300), "令和２年自転車月間について", fontname=GOTHIC, fontsize=46)
    for title, subtitle in SUBTITLED:
        page = doc.new_page(width=842, height=595)
        page.insert_text((35, 34), title, fontname=GOTHIC, fontsize=22)
        page.draw_line((30, 44), (812, 44), color=(0.1, 0.4, 0.1), width=3)
        page.insert_text((39, 78), subtitle or LEAD, fontname=GOTHIC, fontsize=19 if subtitle else 18)
        for k in range(5):
            page.insert_text((42, 120 + 22 * k), f"■自転車の活用推進に関し顕著な功績があると認められる団体を表彰し公表する（{k + 1}）。",
                             fontname=GOTHIC, fontsize=12.6)
        page.insert_text((800, 585), str(doc.page_count), fontname="helv", fontsize=12)
    doc.save(path)
    return path


# build_banded_subtitle_deck: a 16:9 deck whose title band holds two centred lines in white bold — the
# numbered section (36 pt, printed again on each of its slides) and under it the slide's part,
# smaller (28 pt), numbered "(1)" or, on the last slide, short and unnumbered — over bullets of
# 24 pt. The part heads the slide under its section.
BOLD = {"render_mode": 2, "border_width": 0.04}
SUB_SECTION = "２．これまでの取り組みについて"
SUB_PARTS = ["(1)厚生労働省「感染症対策アドバイザリーボード」の活動", "(2) 政府対策本部「感染症対策専門家会議」の発足",
             "緊急事態宣言"]
SUB_BULLET = "◼２月初頭、厚生労働省はアドバイザリーボードを設置した。"


def _centred(page: pymupdf.Page, y: float, text: str, size: float, **kw) -> None:
    page.insert_text(((page.rect.width - size * len(text)) / 2, y), text, fontname=GOTHIC, fontsize=size, **kw)


def build_banded_subtitle_deck(path: Path, bold: bool = True) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=960, height=540)
    _centred(cover, 200, "次なる波に備えた専門家助言組織のあり方について", 40)
    _centred(cover, 330, "2020.06.24.", 24)
    white = {"color": (1, 1, 1), "fill": (1, 1, 1), **(BOLD if bold else {})}
    for part in SUB_PARTS:
        page = doc.new_page(width=960, height=540)
        page.draw_rect(pymupdf.Rect(0, 0, 960, 88), color=None, fill=(0.0, 0.0, 0.6))
        _centred(page, 42, SUB_SECTION, 36, **white)
        _centred(page, 78, part, 28, **white)
        for k in range(3):
            page.insert_text((25, 160 + 44 * k), SUB_BULLET, fontname=GOTHIC, fontsize=24)
        page.insert_text((920, 525), str(doc.page_count), fontname=GOTHIC, fontsize=24)
    doc.save(path)
    return path


# build_budget_slide: a budget deck's 概要 — a slide's title over items in bold, each with its
# amount flush right on its row ("１．…関係経費 …… 255,655億円", "（１）… …… 18,097億円"), bullets
# "・…〔…億円〕" under them; the items run on over the next slide (no title: its first item stands
# in the band). A third slide holds a framed account in two halves (歳出 | 歳入): a frame whose
# divider and header/total rules float inside it (PowerPoint's floating-rule table: they meet nothing)
# over items set by tabs — one table of 3 rows x 2 columns, as a reader reads it.
BUDGET_ITEMS = [("１．", "感染症緊急経済対策関係経費", "255,655億円", 1),
                ("（１）", "感染拡大防止策と医療提供体制の整備", "18,097億円", 2),
                ("（２）", "雇用の維持と事業の継続", "194,905億円", 2),
                ("（３）", "次の段階としての経済活動の回復", "18,482億円", 2),
                ("２．", "国債整理基金特別会計へ繰入", "1,259億円", 1)]
BUDGET_TITLE = "令和２年度補正予算（第１号）の概要"
ACCOUNT_TITLE = "令和２年度一般会計補正予算（第１号）フレーム"


def build_budget_slide(path: Path, figures: bool = True) -> Path:
    """`figures=False`: the items without their amounts."""
    doc = pymupdf.open()
    cover = doc.new_page(width=780, height=540)
    _centred(cover, 240, "説明資料（感染症に係る対応について）", 32)
    _centred(cover, 400, "2020年6月1日", 24)
    for part in (BUDGET_ITEMS[:3], BUDGET_ITEMS[3:]):
        page = doc.new_page(width=780, height=540)
        y = 40.0
        if part[0] is BUDGET_ITEMS[0]:
            _centred(page, 30, BUDGET_TITLE, 20)
            y = 70.0
        for label, title, amount, level in part:
            x = 40 if level == 1 else 53
            page.insert_text((x, y), label + title, fontname=GOTHIC, fontsize=16, **BOLD)
            if figures:
                page.insert_text((560, y), amount, fontname=GOTHIC, fontsize=16, **BOLD)
            page.draw_line((x, y + 4), (745, y + 4), color=(0, 0, 0), width=1)
            for b in range(2):
                page.insert_text((80, y + 30 + 28 * b), "・医療機関等へのマスク等の優先配布〔953億円〕", fontname=GOTHIC, fontsize=14)
            y += 100
        page.insert_text((760, 530), str(doc.page_count - 1), fontname=GOTHIC, fontsize=11)
    page = doc.new_page(width=780, height=540)
    _centred(page, 30, ACCOUNT_TITLE, 20)
    black = {"color": (0, 0, 0), "width": 1}
    page.draw_rect(pymupdf.Rect(5, 64, 775, 513), **black)   # the frame
    page.draw_line((390, 78), (390, 499), color=(0, 0, 0), width=0.5)   # the divider, floating
    for x0, x1 in ((12, 383), (396, 768)):   # each half's header and total rules, floating too
        page.draw_line((x0, 92), (x1, 92), **black)
        page.draw_line((x0, 472), (x1, 472), **black)
    page.insert_text((170, 86), "歳出", fontname=GOTHIC, fontsize=11)
    page.insert_text((560, 86), "歳入", fontname=GOTHIC, fontsize=11)
    for k, (item, amount) in enumerate([("１．感染症緊急経済対策関係経費", "255,655"), ("２．国債整理基金特別会計へ繰入", "1,259")]):
        page.insert_text((14, 130 + 30 * k), item, fontname=GOTHIC, fontsize=11)
        page.insert_text((300, 130 + 30 * k), amount, fontname=GOTHIC, fontsize=11)   # flush right, short of the divider
    page.insert_text((400, 130), "１．公債金", fontname=GOTHIC, fontsize=11)
    page.insert_text((690, 130), "256,914", fontname=GOTHIC, fontsize=11)
    for x in (34, 419):
        page.insert_text((x, 492), "合　計", fontname=GOTHIC, fontsize=11)
    page.insert_text((760, 530), str(doc.page_count - 1), fontname=GOTHIC, fontsize=11)
    doc.save(path)
    return path
