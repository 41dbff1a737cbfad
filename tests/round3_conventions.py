"""Documents typeset here in the conventions of issue 19 (word-processor output of other
ministries), each with its truth beside it:

- build_footnotes: notes set in the body size under a short separator rule at the left of the
  foot, only their numbers small or raised; numbering that restarts on every page; a note run on
  to the next page; a body paragraph that runs on across the page break around the notes; a
  note whose URL wraps, underlined as a link on each of its lines (an underline is no separator).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

GOTHIC, MINCHO = "japan", "japan-s"
BODY = 10.5

# (number, page, text): notes are keyed by page and number (numbering restarts on each page)
FOOTNOTES = [(1, 2, "ここでいう基盤モデルとは、大量のデータで学習され、様々な用途に適応できるモデルをいう。"),
             (2, 2, "関係府省庁の申合せによる。なお、対象となる機関の範囲は、別途定める一覧による"
                    "ものとし、必要に応じて見直す。"),
             (1, 3, "国際的な枠組みにおける議論の状況を踏まえたものである。"),
             (2, 3, "https://www.example.go.jp/policy/ai/2025/index.html"),
             (3, 3, "同上の資料の別添による。")]
BODY_LINES = ["　政府は、人工知能の研究開発と利活用を一体的に進めるため、基本的な方針を定める。",
              "この方針は、関係府省庁が行う施策の基礎となるものであり、毎年度見直しを行う。",
              "　特に、基盤モデルの開発については、計算資源の確保と人材の育成が重要である。",
              "あわせて、安全性の評価の手法を確立し、国際的な議論に貢献することが求められる。"]
RUN_ON = ("この取組は次の頁にわたって続く一つの段落であり、", "注の前後で順序が崩れてはならない。")
NOTE_WRAP = 44   # characters of a note on one line
URL_WRAP = 40    # characters of a URL on one line (its letters are set full width)


def _note(page: pymupdf.Page, y: float, number: int, text: str, raised: bool) -> float:
    """One note at the body size: its number small (or raised at the same size), the text
    wrapped at NOTE_WRAP characters. Returns the height below it."""
    if raised:
        page.insert_text((70, y - 4), str(number), fontname=MINCHO, fontsize=BODY)
    else:
        page.insert_text((70, y - 3), str(number), fontname=MINCHO, fontsize=7)
    for k in range(0, len(text), NOTE_WRAP):
        page.insert_text((80, y), text[k:k + NOTE_WRAP], fontname=MINCHO, fontsize=BODY)
        y += 16
    return y


def _link(page: pymupdf.Page, y: float, number: int, url: str) -> float:
    """A note holding a URL wrapped at URL_WRAP characters, each line underlined as a link,
    the lines after the first starting under the note's number, which stands close before its
    text (one line of the text layer)."""
    _close_number(page, y, number)
    x = 74
    for k in range(0, len(url), URL_WRAP):
        piece = url[k:k + URL_WRAP]
        page.insert_text((x, y), piece, fontname=MINCHO, fontsize=BODY)
        page.draw_line((x, y + 2.8), (x + BODY * len(piece), y + 2.8), width=0.6)   # just under the glyphs
        x, y = 70, y + 16
    return y


def _close_number(page: pymupdf.Page, y: float, number: int) -> None:
    page.insert_text((70, y - 3), str(number), fontname=MINCHO, fontsize=7)


def _body(page: pymupdf.Page, y: float, lines: list[str], marker: int | None = None) -> float:
    for k, line in enumerate(lines):
        page.insert_text((70, y), line, fontname=MINCHO, fontsize=BODY)
        if marker is not None and k == 2:   # a raised small marker after the line's 12th letter
            page.insert_text((70 + 12 * BODY, y - 5), str(marker), fontname=MINCHO, fontsize=6)
        y += 18
    return y


def build_footnotes(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page()
    cover.insert_text((150, 300), "人工知能の研究開発に関する方針", fontname=MINCHO, fontsize=20)
    cover.insert_text((250, 500), "令和７年４月", fontname=MINCHO, fontsize=12)
    page = doc.new_page()
    page.insert_text((70, 90), "１．基本的な考え方", fontname=GOTHIC, fontsize=12)
    y = _body(page, 120, BODY_LINES * 3, marker=1)
    page.insert_text((70, y), RUN_ON[0], fontname=MINCHO, fontsize=BODY)
    page.draw_line((70, 690), (210, 690), width=0.5)   # the separator: short, at the left of the foot
    y = _note(page, 708, *FOOTNOTES[0][::2], raised=False)
    text = FOOTNOTES[1][2]
    _note(page, y, 2, text[:NOTE_WRAP * 2], raised=False)   # runs on to the next page
    page.insert_text((290, 800), "1", fontname=MINCHO, fontsize=9)
    page = doc.new_page()
    page.insert_text((70, 90), RUN_ON[1], fontname=MINCHO, fontsize=BODY)
    page.insert_text((70, 120), "２．推進体制", fontname=GOTHIC, fontsize=12)
    y = _body(page, 150, BODY_LINES, marker=1)
    page.draw_line((70, 690), (210, 690), width=0.5)
    page.insert_text((80, 708), text[NOTE_WRAP * 2:], fontname=MINCHO, fontsize=BODY)
    y = _note(page, 724, *FOOTNOTES[2][::2], raised=True)
    y = _link(page, y, *FOOTNOTES[3][::2])
    _close_number(page, y, FOOTNOTES[4][0])
    page.insert_text((74, y), FOOTNOTES[4][2], fontname=MINCHO, fontsize=BODY)
    page.insert_text((290, 800), "2", fontname=MINCHO, fontsize=9)
    doc.save(path)
    return path


# ------------------------------------------------------------------ tables and figures
# build_tables, one page each:
#   boxed_phrases  a 4x2 table whose right cells hold framed phrases (emphasis boxes) on some
#                  lines, one touching the row rule below it: one table, the boxes its content
#   stroked_cells  a table drawn as one stroked rectangle per cell, each a hair off its
#                  neighbours (as exporters draw them): one 3x3 table
#   figure         a frame with a shaded caption band, chevron boxes and arrows between them, a
#                  single framed note: no table, and the caption band's words are no heading
BOXED = [["米国", "大統領令により、連邦政府の取組を推進。"], ["英国", "原則に基づく規制の枠組みを公表。"],
         ["EU", "包括的な規則案について議論が進む。"], ["日本", "広島AIプロセスを立ち上げ、議論を主導。"]]
STROKED = [["区分", "令和6年度", "令和7年度"], ["研究開発", "120", "135"], ["人材育成", "95", "101"]]
FIGURE_WORDS = ["開発から利用までの流れ", "開発", "提供", "利用", "運用"]
TABLE_PAGES = ["boxed_phrases", "stroked_cells", "figure"]


def _boxed_phrases(page: pymupdf.Page) -> None:
    xs, ys = [60, 130, 540], [100, 180, 260, 340, 420]
    for y in ys:
        page.draw_line((xs[0], y), (xs[-1], y), width=0.5)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.5)
    for r, (name, text) in enumerate(BOXED):
        page.insert_text((xs[0] + 6, ys[r] + 20), name, fontname=GOTHIC, fontsize=10)
        page.insert_text((xs[1] + 6, ys[r] + 20), "・" + text, fontname=GOTHIC, fontsize=10)
        page.insert_text((xs[1] + 6, ys[r] + 40), "・関係機関と連携し、国際的な議論に貢献する。", fontname=GOTHIC, fontsize=10)
        # a framed phrase on the third line of the cell; in the last row it sits on the row rule
        y1 = ys[r + 1] if r == 3 else ys[r] + 66
        page.draw_rect(pymupdf.Rect(xs[1] + 60 + 30 * r, y1 - 16, xs[1] + 200 + 30 * r, y1), width=0.5)
        page.insert_text((xs[1] + 64 + 30 * r, y1 - 4), "重点", fontname=GOTHIC, fontsize=10)


def _stroked_cells(page: pymupdf.Page) -> None:
    xs, ys = [80, 200, 320, 440], [100, 126, 152, 178]
    for r, row in enumerate(STROKED):
        for c, text in enumerate(row):
            jitter = 0.3 * ((r + c) % 2)   # each cell its own rectangle, a hair off the next
            page.draw_rect(pymupdf.Rect(xs[c] + jitter, ys[r] - jitter, xs[c + 1] - jitter, ys[r + 1] + jitter),
                           width=0.6)
            page.insert_text((xs[c] + 6, ys[r] + 17), text, fontname=GOTHIC, fontsize=10)


def _figure(page: pymupdf.Page) -> None:
    page.draw_rect(pymupdf.Rect(54, 78, 540, 266), width=0.6)                           # the figure's frame
    page.draw_rect(pymupdf.Rect(60, 102, 200, 120), color=None, fill=(0.8, 0.85, 0.95))   # its caption band
    page.insert_text((64, 115), FIGURE_WORDS[0], fontname=GOTHIC, fontsize=11)
    for k, word in enumerate(FIGURE_WORDS[1:]):   # chevrons: boxes with a pointed right side
        x = 60 + 110 * k
        shape = page.new_shape()
        shape.draw_polyline([(x, 132), (x + 90, 132), (x + 104, 152), (x + 90, 173), (x, 173), (x, 132)])
        shape.finish(width=0.6, color=(0, 0, 0), fill=(0.9, 0.9, 0.9))
        shape.commit()
        page.insert_text((x + 20, 157), word, fontname=GOTHIC, fontsize=11)
    for k in range(3):   # arrows: a thin shaft and a head
        x = 70 + 110 * k
        shape = page.new_shape()
        shape.draw_rect(pymupdf.Rect(x, 206, x + 170, 208))
        shape.draw_polyline([(x + 170, 202), (x + 180, 207), (x + 170, 212), (x + 170, 202)])
        shape.finish(color=None, fill=(0, 0, 0))
        shape.commit()
    page.draw_rect(pymupdf.Rect(60, 230, 300, 258), width=0.6)   # a single framed note
    page.insert_text((66, 248), "※ 各段階で関係者が異なる。", fontname=GOTHIC, fontsize=10)


def build_tables(path: Path) -> Path:
    doc = pymupdf.open()
    for name in TABLE_PAGES:
        page = doc.new_page()
        page.insert_text((60, 80), "別紙", fontname=GOTHIC, fontsize=10)
        globals()["_" + name](page)
    doc.save(path)
    return path


# ------------------------------------------------------------------ covers in body type
# build_body_cover: no cover page; the first page is set in one Gothic size throughout, the
# title on top, then the date and the issuers right-aligned, one per row and letter-spaced to
# one width (内　閣　府 over 文部科学省), then the text. build_no_cover: a first page that opens
# with a numbered heading and a ● list item, with a date only inside a sentence.
BODY_COVER = {"title": "「研究開発の推進に関する基本方針」について", "date": "2024-03",
              "issuer": "内閣府・文部科学省・経済産業省"}
ISSUERS = ["内閣府", "文部科学省", "経済産業省"]


def _spread(page: pymupdf.Page, y: float, name: str, right: float = 516, width: float = 114) -> None:
    """A name letter-spaced to a fixed width, one glyph per piece (as Word's 均等割り付け)."""
    step = (width - 12) / (len(name) - 1)
    for k, ch in enumerate(name):
        page.insert_text((right - width + k * step, y), ch, fontname=GOTHIC, fontsize=12)


def build_body_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((88, 112), BODY_COVER["title"], fontname=GOTHIC, fontsize=12)
    page.insert_text((402, 166), "令和６年３月", fontname=GOTHIC, fontsize=12)
    for k, name in enumerate(ISSUERS):
        _spread(page, 184 + 18 * k, name)
    page.insert_text((90, 275), "１．背景・趣旨", fontname=GOTHIC, fontsize=12)
    for k in range(8):
        page.insert_text((85, 311 + 18 * k), "研究開発型の事業者への支援の在り方について、基本的な考え方を示す。",
                         fontname=GOTHIC, fontsize=12)
    doc.save(path)
    return path


# build_slide_cover: a slide deck's title page: the title in the largest type holds most of the
# page's letters, under the meeting's name in smaller type and over the bodies that made it (more
# rows than a title has); the slides after it are set in body type. Measured on the page alone,
# the title's size is the page's own "body" and the title went unread.
SLIDE_TITLE = "人工知能の利活用に関する指針案の概要について"


def build_slide_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_text((60, 120), "第３回会議", fontname=GOTHIC, fontsize=14)
    page.insert_text((60, 200), SLIDE_TITLE, fontname=GOTHIC, fontsize=30)
    for k, name in enumerate(("総務省", "経済産業省", "文部科学省", "デジタル庁")):
        page.insert_text((560, 300 + 26 * k), name, fontname=GOTHIC, fontsize=16)
    for _ in range(2):
        page = doc.new_page(width=842, height=595)
        for k in range(12):
            page.insert_text((60, 90 + 20 * k), "事業者は、人工知能の開発、提供及び利用に当たり、安全性の確保に努めるものとする。",
                             fontname=GOTHIC, fontsize=12)
    doc.save(path)
    return path


def build_no_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((85, 112), "１．目的", fontname=GOTHIC, fontsize=12)
    page.insert_text((85, 140), "● 調査の期間（令和６年４月１日から同年６月３０日まで）", fontname=GOTHIC, fontsize=12)
    for k in range(8):
        page.insert_text((85, 170 + 18 * k), "本調査は、令和６年４月に実施したものであり、その結果を取りまとめた。",
                         fontname=GOTHIC, fontsize=12)
    doc.save(path)
    return path


# ------------------------------------------------------------------ headings by typeface
# build_gothic_headings: headings in Gothic at the body size over a Mincho body, the text
# starting on the very next line (no gap), 1 はじめに and 1.1 背景… numbered as discussion papers
# number them; a chapter heading set on a shaded band inside a frame.
GOTHIC_HEADINGS = [(1, "1", "はじめに"), (2, "1.1", "背景と目的"), (2, "1.2", "用語"), (1, "2", "基本的な考え方"),
                   (2, "2.1", "境界の考え方"), (2, "2.2", "新しい考え方")]


def build_gothic_headings(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 90.0
    for depth, label, title in GOTHIC_HEADINGS:
        if y > 640:
            page, y = doc.new_page(), 90.0
        if depth == 1:   # a band: shaded box in a drawn frame, the heading on it
            page.draw_rect(pymupdf.Rect(84, y - 13, 512, y + 5), color=None, fill=(0.85, 0.85, 0.85))
            page.draw_rect(pymupdf.Rect(84, y - 13, 512, y + 5), width=0.6)
        page.insert_text((86, y), f"{'１' if label == '1' else '２' if label == '2' else label}　{title}",
                         fontname=GOTHIC, fontsize=BODY)
        y += 18
        for k in range(3):   # the paragraph's first line indented by its position, not by a space
            line = "政府情報システムにおける取組の考え方を示すとともに、その適用の方針を整理する。"
            page.insert_text((97 if k == 0 else 86, y), line[:33], fontname=MINCHO, fontsize=BODY)
            y += 18
        y += 18
    doc.save(path)
    return path


# build_heavy_notes: a white-paper page whose 7 pt notes outnumber its 10.5 pt body in glyphs,
# each note's number a piece of its own (another font) left of its text, a chart's small axis
# labels and source line above the notes; numbering restarts on the next page.
HEAVY_NOTES = [(1, 1, "Stanford Institute for Human-Centered Artificial Intelligence, AI Index Report 2024"),
               (2, 1, "Association for the Advancement of Artificial Intelligence, Conference Proceedings"),
               (1, 2, "文部科学省科学技術・学術政策研究所「人工知能分野の国際会議に関する調査」")]


def build_heavy_notes(path: Path) -> Path:
    doc = pymupdf.open()
    for page_no in (1, 2):
        page = doc.new_page()
        page.insert_text((70, 90), "第１節　人工知能の研究動向", fontname=GOTHIC, fontsize=12)
        for k in range(6):
            page.insert_text((70, 120 + 18 * k), "人工知能の研究は急速に進展しており、論文数も増加している。",
                             fontname=MINCHO, fontsize=BODY)
        page.insert_text((90, 300), "250,000  200,000  150,000  100,000", fontname="helv", fontsize=6.7)
        page.insert_text((90, 310), "0  2010 2012 2014 2016 2018 2020 2022", fontname="helv", fontsize=6.7)
        page.insert_text((70, 330), "資料：AI Index Report 2024を基に文部科学省作成", fontname=MINCHO, fontsize=8)
        y = 600.0
        for number, on_page, text in HEAVY_NOTES:
            if on_page != page_no:
                continue
            for _ in range(4):   # long notes: four lines each, their glyphs outnumber the body's
                page.insert_text((75, y), text[:60], fontname=MINCHO if not text.isascii() else "helv", fontsize=7)
                if _ == 0:
                    page.insert_text((55, y), str(number), fontname="helv", fontsize=7)
                y += 8.5
        page.insert_text((290, 812), str(page_no), fontname="helv", fontsize=12)
    doc.save(path)
    return path


# build_page_wide_notes: a white paper in two columns, its 7 pt notes under a short rule at the
# left of the page's foot, set across both columns (one note runs over the gutter), each note's
# number a piece of its own in another face hung before its text, the lowest notes inside the
# bottom margin (where a bare number could pass for a page number); numbering restarts per page.
# The body's marker is set only a little smaller than its line (8.5 pt in 10 pt), raised.
WIDE_NOTES = [(1, 1, "国立研究開発法人における人工知能研究の体制に関する調査報告"),
              (2, 1, "内閣府「人工知能に関する研究開発の推進方策について」令和５年度版の別添資料による。"
                     "https://www8.example.go.jp/ai/houshin.pdf"),
              (3, 1, "研究開発の推進体制の詳細は第３章を参照。"),
              (1, 2, "総務省「情報通信白書」令和６年版"),
              (2, 2, "経済産業省「人工知能の利活用に関する報告書」の概要")]
WIDE_COLUMN = ["人工知能の研究開発は急速に進展しており、", "我が国においても大学や研究機関を中心に",
               "基盤モデルの開発が進められている。政府は", "計算資源の整備と人材の育成を一体的に",
               "推進し、研究の裾野を広げていくこととして", "いる。あわせて安全性の評価手法を確立し"]
WIDE_COLUMN_X = (60.0, 315.0)


def build_page_wide_notes(path: Path) -> Path:
    doc = pymupdf.open()
    for page_no in (1, 2):
        page = doc.new_page()
        for x in WIDE_COLUMN_X:
            for k in range(5):
                for j, line in enumerate(WIDE_COLUMN):
                    page.insert_text((x, 90 + 18 * (6 * k + j) * 0.95), line, fontname=GOTHIC, fontsize=10)
        page.insert_text((260, 87), "1", fontname=GOTHIC, fontsize=8.5)   # a marker a little smaller, raised
        page.draw_line((60, 724), (204, 724), width=0.5)
        y = 733.0
        for number, on_page, text in WIDE_NOTES:
            if on_page != page_no:
                continue
            page.insert_text((60, y), str(number), fontname=GOTHIC, fontsize=7)
            for k in range(0, len(text), 64):
                page.insert_text((78, y), text[k:k + 64], fontname=MINCHO, fontsize=7)
                y += 8.5
        page.insert_text((290, 805), str(page_no), fontname="helv", fontsize=10)
    doc.save(path)
    return path


# build_starred_notes: notes marked with an asterisk and their number, where they stand: on a
# form, "*1" right under the paragraph it explains, in the body's type, running over two lines;
# on a landscape slide, "*1:" with the number raised, at the slide's foot in small type.
# An unnumbered "※" remark stays in the body.
STARRED_NOTES = [(1, 1, "「広域化」とは、事業統合、経営の一体化、管理の一体化、施設の共同化をいい、"
                        "それぞれの内容は以下のとおりである。"),
                 (1, 2, "AI Risk Management Framework 1.0")]
STARRED_REMARK = "※　直近の経営比較分析表による経営比較分析の結果を添付すること。"


def build_starred_notes(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((70, 90), "（１）経営の基本方針", fontname=GOTHIC, fontsize=14)
    for k in range(4):
        page.insert_text((70, 120 + 18 * k), "将来にわたって安定的に事業を継続していくための基本方針を定める。",
                         fontname=MINCHO, fontsize=BODY)
    note = STARRED_NOTES[0][2]
    page.insert_text((70, 200), "*1　" + note[:36], fontname=MINCHO, fontsize=BODY)
    page.insert_text((70, 212), note[36:], fontname=MINCHO, fontsize=BODY)
    page.insert_text((70, 250), STARRED_REMARK, fontname=MINCHO, fontsize=BODY)
    page.insert_text((70, 290), "（２）経営比較分析表を活用した現状分析", fontname=GOTHIC, fontsize=14)
    for k in range(3):
        page.insert_text((70, 320 + 18 * k), "経営指標を活用し類似団体の指標と比較して分析を行う。",
                         fontname=MINCHO, fontsize=BODY)
    slide = doc.new_page(width=842, height=595)
    slide.insert_text((50, 60), "国際的な議論の動向", fontname=GOTHIC, fontsize=24)
    for k, line in enumerate(["米国：大統領令により連邦政府の取組を推進", "英国：原則に基づく規制の枠組みを公表",
                              "国際標準の策定が進む"]):
        slide.insert_text((60, 130 + 30 * k), line, fontname=GOTHIC, fontsize=16)
    slide.insert_text((50, 575), "*", fontname="helv", fontsize=10.6)
    slide.insert_text((55.5, 571), "1", fontname="helv", fontsize=7)
    slide.insert_text((59.5, 575), ": " + STARRED_NOTES[1][2], fontname="helv", fontsize=10.6)
    doc.save(path)
    return path


# build_one_typeface: everything in one Gothic size (as MS-Gothic policy papers): １．… headings
# in a one-cell frame, ① … sub-headings on lines of their own over running text, and a list of
# short ① ② ③ items line under line that are no headings.
ONE_FACE_HEADINGS = [(1, "１．", "背景・趣旨"), (2, "①", "趣旨"), (2, "②", "本方針の取扱い"), (1, "２．", "基本的な考え方")]
ONE_FACE_LIST = ["① 人材の育成", "② 研究の推進", "③ 産業の振興"]


def build_one_typeface(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 100.0
    text = "研究開発型の事業者への支援の在り方について、基本的な考え方を以下のとおり示すものとする。"
    for depth, label, title in ONE_FACE_HEADINGS:
        if depth == 1:
            page.draw_rect(pymupdf.Rect(84, y - 14, 300, y + 5), width=0.6)
        page.insert_text((88 if depth == 1 else 85, y), f"{label}{'' if depth == 1 else ' '}{title}", fontname=GOTHIC,
                         fontsize=12)
        y += 20
        for k in range(3):
            page.insert_text((97 if k == 0 else 85, y), text[:35], fontname=GOTHIC, fontsize=12)
            y += 18
        if label == "２．":
            for item in ONE_FACE_LIST:
                page.insert_text((97, y), item, fontname=GOTHIC, fontsize=12)
                y += 18
            page.insert_text((85, y), text[:35], fontname=GOTHIC, fontsize=12)
        y += 20
    doc.save(path)
    return path


# build_notice: a 通知 — its number set large at the top right, the date, the addressees (…殿),
# two senders each over （公印省略）, then the subject (…について) and the text.
NOTICE = {"title": "検査料の点数の取扱いについて", "date": "2021-10-29",
          "issuer": "厚生労働省保険局医療課長・厚生労働省保険局歯科医療管理官"}


def build_notice(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    rows = [(400, 60, "保医発１０２９第１号", 16), (400, 90, "令和３年１０月２９日", 11), (80, 130, "地方厚生（支）局医療課長　殿", 12),
            (330, 170, "厚生労働省保険局医療課長", 12), (400, 188, "（公印省略）", 12),
            (330, 210, "厚生労働省保険局歯科医療管理官", 12), (400, 228, "（公印省略）", 12),
            (170, 270, "検査料の点数の取扱いについて", 12)]
    for x, y, text, size in rows:
        page.insert_text((x, y), text, fontname=MINCHO, fontsize=size)
    for k in range(6):
        page.insert_text((80, 310 + 18 * k), "標記について、下記のとおり取り扱うこととしたので、関係者に周知されたい。",
                         fontname=MINCHO, fontsize=12)
    doc.save(path)
    return path


# build_legal_outline: a 法制審議会 draft in one Gothic size (nothing bold): a preface 第１ before
# the parts, then 第Ｎ部 > 第Ｎ > １ > ⑴ (U+2474, and （１） in the other part), each level indented
# a little more, running text under each heading. 第１部 after the preface 第１ is its sibling,
# never its child; 第２部 closes 第Ｎ, １ and ⑴ alike. A numbered sentence run over three rows to
# its 。 (（３）運送状の記載については、…, no space after the label) is text, no heading.
LEGAL_OUTLINE = [(1, "第１", "本試案の位置付け"), (1, "第１部", "証券に関する規定の見直し"),
                 (2, "第１", "電子化された証券の名称"), (2, "第２", "電子記録を発行する場面の規律"),
                 (3, "１", "記録を発行する場面の規律"), (4, "⑴", "「支配」概念の定義"), (4, "⑵", "発行の定義について"),
                 (3, "２", "記録の記録事項"), (2, "第３", "電子記録の技術的要件"),
                 (1, "第２部", "その他の規定の見直し"), (2, "第１", "運送状に関する規定の見直し"),
                 (3, "１", "運送状の記載事項"), (4, "（１）", "記載事項の範囲"), (4, "（２）", "記載の方法")]
LEGAL_SENTENCE = ("（３）運送状の記載については、電子化された証券に関する規律との整合性を図る観点から、その"
                  "記載事項の範囲及び方法を引き続き検討するものとし、必要に応じて関係する規定の見直しを"
                  "行うものとする。")
_OUTLINE_X = {"第": 85.0, "１": 96.0, "２": 96.0, "⑴": 106.0, "⑵": 106.0, "（": 106.0}


def build_legal_outline(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 90.0
    text = "この点について、電子化に関する規律の在り方を引き続き検討するものとし、その方向性を示す。"
    for _, label, title in LEGAL_OUTLINE:
        if y > 660:
            page, y = doc.new_page(), 90.0
        x = _OUTLINE_X[label[0]]
        if label.endswith("部"):   # a part in a one-line frame
            page.draw_rect(pymupdf.Rect(x - 3, y - 14, 400, y + 5), width=0.6)
        page.insert_text((x, y), f"{label}　{title}", fontname=GOTHIC, fontsize=12)
        y += 20
        # the text: a first row to the right margin (x 505), a short last row ending in 。
        page.insert_text((x + 12, y), text[:int((505 - x - 12) / 12)], fontname=GOTHIC, fontsize=12)
        page.insert_text((x, y + 18), "その方向性を示すものとする。", fontname=GOTHIC, fontsize=12)
        y += 36
        y += 14
    for k in range(0, len(LEGAL_SENTENCE), 35):   # rows as wide as the text's, the last ending in 。
        page.insert_text((85, y), LEGAL_SENTENCE[k:k + 35], fontname=GOTHIC, fontsize=12)
        y += 18
    doc.save(path)
    return path


# build_judgment: a court judgment all in one Mincho 12 pt, nothing bold: the two parts 主　文 and
# 理　由 letter-spaced and centred on lines of their own; every paragraph opens one character in
# (字下げ by a full-width space) and so do the labelled headings (第１ > ⑴ > ア, the katakana
# followed by a space); a numbered sentence run over two rows to its 。 with ，commas is text; the
# 主文's items are indented further (sentences, no headings).
JUDGMENT = [(1, "", "主文"), (1, "", "理由"), (2, "第１", "事案の概要"), (3, "⑴", "石綿含有建材の概要"),
            (4, "ア", "屋内の作業に係る測定結果"), (4, "イ", "屋外の作業に係る測定結果"), (3, "⑵", "石綿関連疾患の概要"),
            (2, "第２", "結論")]
JUDGMENT_SENTENCE = ("　１　原審は，上記事実関係等の下において，次のとおり判断して，被上告人らの請求を一部",
                     "認容すべきものとした。")
_JUDGMENT_TEXT = "石綿は，天然に産出される繊維状けい酸塩鉱物の総称であり，耐熱性等にその特長を有"


def _judgment_text(page: pymupdf.Page, y: float) -> float:
    page.insert_text((85, y), "　" + _JUDGMENT_TEXT, fontname=MINCHO, fontsize=12)
    page.insert_text((85, y + 18), "し，建材等に広く使用されてきた。", fontname=MINCHO, fontsize=12)
    return y + 36


def build_judgment(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 80.0
    page.insert_text((85, y), "令和３年（受）第２９０号　損害賠償請求事件", fontname=MINCHO, fontsize=12)
    y += 36
    for depth, label, title in JUDGMENT:
        if y > 700:
            page, y = doc.new_page(), 80.0
        if not label:   # 主　　文: centred, letter-spaced by spaces
            page.insert_text((260, y), "　　".join(title), fontname=MINCHO, fontsize=12)
            y += 18
            if title == "主文":
                for k in range(2):
                    page.insert_text((85, y), "　　　　　" + f"{k + 1}　原判決中，上告人の敗訴部分を破棄する。",
                                     fontname=MINCHO, fontsize=12)
                    y += 18
            continue
        page.insert_text((85, y), f"　{label}{'　' if label[0] in 'アイ第' else ' '}{title}", fontname=MINCHO, fontsize=12)
        y = _judgment_text(page, y + 18)
        if label == "第１":
            for row in JUDGMENT_SENTENCE:
                page.insert_text((85, y), row, fontname=MINCHO, fontsize=12)
                y += 18
        y += 4
    doc.save(path)
    return path


# build_first_page_table: no cover: the first page opens with the title, a 第１ heading and its
# text, then a long ruled table (a chronology); its lines make the page more than a cover holds.
FIRST_PAGE_HEADINGS = [(1, "第１", "手形・小切手"), (2, "１", "制定経緯"), (2, "２", "規定の内容")]
CHRONOLOGY = [("時期", "出来事")] + [(f"明治{k + 10}年", f"第{k + 1}回の改正が行われた。") for k in range(9)]


def build_first_page_table(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((150, 70), "国際条約との抵触の問題について", fontname=GOTHIC, fontsize=14)
    page.insert_text((85, 110), "第１　手形・小切手", fontname=GOTHIC, fontsize=12)
    page.insert_text((97, 130), "１　制定経緯", fontname=GOTHIC, fontsize=12)
    page.insert_text((97, 150), "制定の経緯は次の表のとおりである。", fontname=GOTHIC, fontsize=12)
    xs, y0 = [85, 200, 500], 165
    for r, row in enumerate(CHRONOLOGY):
        for c, text in enumerate(row):
            page.draw_rect(pymupdf.Rect(xs[c], y0 + 22 * r, xs[c + 1], y0 + 22 * (r + 1)), width=0.6)
            page.insert_text((xs[c] + 5, y0 + 22 * r + 15), text, fontname=GOTHIC, fontsize=10.5)
    y = y0 + 22 * len(CHRONOLOGY) + 30
    page.insert_text((97, y), "２　規定の内容", fontname=GOTHIC, fontsize=12)
    page.insert_text((97, y + 20), "条約の規定は次のとおりである。", fontname=GOTHIC, fontsize=12)
    doc.save(path)
    return path


# build_notice_outline: a 通知's 記 in one Mincho 12 pt: １　ＭＦ制度について (a title opening with an
# abbreviation run into Japanese) and ２　ＭＦの利用範囲 are headings; a numbered paragraph whose first
# sentence closes inside a row (…通知すること。なお、…) and runs on past the rows a heading is followed
# for is text; 1)… 2)… 3)… line under line in body type are a list, no headings.
NOTICE_OUTLINE = [(1, "１", "ＭＦ制度について"), (1, "２", "ＭＦの利用範囲"), (1, "３", "留意事項")]
_NOTICE_SENTENCE = "（１）ＭＦ登録者は、承認申請者に対して登録事項の変更について事前に通知すること。なお、" + \
    "既に登録を受けた品目がある場合は、当該品目の取扱いに留意し、関係者と十分に調整すること。" * 5 + "以上。"
_NOTICE_ROWS = [_NOTICE_SENTENCE[k:k + 35] for k in range(0, len(_NOTICE_SENTENCE), 35)]   # rows to the edge (x 505)
_NOTICE_LIST = ["1)パブリック・クラウドの利用", "2)システムのクラウド化", "3)エンドポイントの強化"]


def build_notice_outline(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 80.0
    text = ["ＭＦ制度は、医薬品等の承認審査において、原薬等の製造方法等の審査に必",   # 34 characters one in: x 505
            "要な情報を登録するものであること。"]
    for _, label, title in NOTICE_OUTLINE:
        page.insert_text((85, y), f"{label}　{title}", fontname=MINCHO, fontsize=12)
        y += 18
        for k, row in enumerate(text):
            page.insert_text((97 if k == 0 else 85, y), row, fontname=MINCHO, fontsize=12)
            y += 18
        if label == "２":
            for row in _NOTICE_ROWS:
                page.insert_text((85, y), row, fontname=MINCHO, fontsize=12)
                y += 18
            page.insert_text((97, y), "以下の取り組みが有効であること。", fontname=MINCHO, fontsize=12)
            y += 18
            for item in _NOTICE_LIST:
                page.insert_text((97, y), item, fontname=MINCHO, fontsize=12)
                y += 18
            for k, row in enumerate(text):
                page.insert_text((97 if k == 0 else 85, y), row, fontname=MINCHO, fontsize=12)
                y += 18
        y += 10
    doc.save(path)
    return path
# build_boxed_disclaimer: headings set larger (14 pt) over 10.5 pt text, and a disclaimer set larger
# too (12 pt), running to the edge over three rows into its 。: a sentence, no title; a short line set
# larger whose sentence closes inside it (本書は試行版である。内容は…) is no title either.
DISCLAIMER_HEADINGS = [(1, "１．", "はじめに"), (1, "２．", "おわりに")]
_DISCLAIMER = ("本ディスカッションペーパーは、有識者による検討内容を取りまとめたもので、論点整理、意見・市場動向の"
               "情報収集を通じて、活発な議論を喚起し、結果として議論の練度の向上を目的としています。")


def build_boxed_disclaimer(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 90.0
    body = "政府は、人工知能の研究開発と利活用を一体的に進めるため、基本的な方針を定める。" * 5
    for _, label, title in DISCLAIMER_HEADINGS:
        page.insert_text((85, y), f"{label}{title}", fontname=GOTHIC, fontsize=14)
        y += 24
        for k in range(0, 5 * 40, 40):   # rows of 40 characters from x 85: to x 505 (a page too long for a cover)
            page.insert_text((85, y), body[k:k + 40], fontname=MINCHO, fontsize=BODY)
            y += 16
        y += 12
        if label == "１．":
            page.draw_rect(pymupdf.Rect(80, y - 14, 510, y + 40), width=0.6)
            for k in range(0, len(_DISCLAIMER), 35):   # rows of 35 characters at 12 pt: to x 505
                page.insert_text((85, y), _DISCLAIMER[k:k + 35], fontname=MINCHO, fontsize=12)
                y += 18
            y += 20
            page.insert_text((85, y), "本書は試行版である。内容は変更され得る", fontname=MINCHO, fontsize=12)
            y += 30
    doc.save(path)
    return path


# build_white_paper: a white-paper page in two columns (10.5 pt Mincho body, headings in 11 pt
# Gothic), one heading at the top of the left column and one in the right column beside the left
# column's running text; notes in 7 pt across the full width at the foot, many enough to cross
# the gutter on more lines than a tenth of the page's. The chapter's title is printed again
# over the next page (a running head, in small type), which then runs on in one column under a
# ● sub-heading set in the headings' larger Gothic.
WHITE_PAPER = [(1, "第３章", "世界の動向"), (2, "１－１．", "米国"), (2, "１－２．", "英国"), (3, "●", "研究所の設立")]
WHITE_LEFT = "政府は人工知能の研究開発を進めるため基本的な"   # 21 letters: the column's width
WHITE_RIGHT = "英国政府は安全性の評価を担う研究所を設置して"
SERIF = "china-ss"   # a Mincho-like face that keeps its own name beside GOTHIC on one page


def build_white_paper(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    (_, chapter, name), (_, label1, title1), (_, label2, title2), (_, mark, title3) = WHITE_PAPER
    page.insert_text((55, 50), f"{chapter}　{name}", fontname=GOTHIC, fontsize=16)
    page.insert_text((55, 80), label1 + title1, fontname=GOTHIC, fontsize=11)
    for k in range(28):   # the left column's running text
        page.insert_text((55, 100 + 17 * k), WHITE_LEFT[:20], fontname=SERIF, fontsize=BODY)
    for k in range(8):   # the right column on the left's baselines: text, a heading beside the left's text, text
        page.insert_text((291, 100 + 17 * k), WHITE_LEFT[1:21], fontname=SERIF, fontsize=BODY)
    page.insert_text((291, 253), label2 + title2, fontname=GOTHIC, fontsize=11)
    for k in range(12):
        page.insert_text((291, 270 + 17 * k), WHITE_RIGHT[:20], fontname=SERIF, fontsize=BODY)
    page.draw_line((55, 590), (150, 590), width=0.5)   # the notes' short separator rule
    for k in range(14):
        page.insert_text((55, 602 + 9 * k), f"{k + 1}  " + "文部科学省「人工知能に関する調査報告書」" * 3,
                         fontname=SERIF, fontsize=7)
    page = doc.new_page()
    page.insert_text((55, 40), f"{chapter}　{name}", fontname=GOTHIC, fontsize=8)
    page.insert_text((55, 63), f"{mark} {title3}", fontname=GOTHIC, fontsize=11)   # a ● sub-heading in the heading face
    for k in range(20):
        page.insert_text((55, 80 + 17 * k), WHITE_RIGHT * 2, fontname=SERIF, fontsize=BODY)
    doc.save(path)
    return path


# build_closed_decimals: a paper set in one Mincho at body size, its sections numbered １． and
# its subsections ２－１． closed by their own dot, the title run on with no space, each on a line
# of its own over an indented paragraph.
CLOSED_DECIMALS = [(1, "１．", "はじめに"), (1, "２．", "電子文書の意義"), (2, "２－１．", "従来の議論"),
                   (2, "２－２．", "草案の内容"), (1, "３．", "今後の課題")]


def build_closed_decimals(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    text = "電子的な記録に関する規定を整備するに当たり、従来の議論と草案の内容を順に検討するものである。"
    y = 90.0
    for _depth, label, title in CLOSED_DECIMALS:
        page.insert_text((85, y), f"{label}{title}", fontname=MINCHO, fontsize=BODY)
        y += 18
        for k in range(3):
            line = text[:38] if k else "　" + text[:37]
            page.insert_text((85, y), line, fontname=MINCHO, fontsize=BODY)
            y += 18
        y += 12
    doc.save(path)
    return path


# build_bracketed_contents: a contents page titled ＜目次＞, one entry so long that its leader is
# three dots; then the text with its headings.
CONTENTS_HEADINGS = [(1, "第１", "総論"), (1, "第２", "電子記録を支配する者に対する強制執行に関する規律の内容")]


def build_bracketed_contents(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((272, 150), "＜目次＞", fontname=MINCHO, fontsize=BODY)
    page.insert_text((96, 190), "第１　総論　" + "．" * 30 + "　２", fontname=MINCHO, fontsize=BODY)
    page.insert_text((96, 210), "第２　" + CONTENTS_HEADINGS[1][2] + "．．．　２", fontname=MINCHO, fontsize=BODY)
    page = doc.new_page()
    y = 90.0
    for _depth, label, title in CONTENTS_HEADINGS:
        page.insert_text((85, y), f"{label}　{title}", fontname=GOTHIC, fontsize=BODY)
        y += 18
        for k in range(3):
            page.insert_text((85, y), "　この規律は、電子的な記録の支配と移転に関する要件を定めるものである。"[: 38 if k else 39],
                             fontname=MINCHO, fontsize=BODY)
            y += 18
        y += 12
    doc.save(path)
    return path


# build_figure_labels: a paper whose headings (第N, Gothic at the body size over a Mincho body)
# frame a diagram of boxes and an arrow, its words in small Gothic: one of them opens with a
# label of the headings' own system (a code in a classification: 第１２　原動機); and a note in
# small type under the text that quotes a numbered provision. Neither is a heading.
FIGURE_HEADINGS = [(1, "第１", "基本的な考え方"), (1, "第２", "分類の活用"), (1, "第３", "今後の課題")]
FIGURE_WORDS = ["利用者の関心", "第１２　原動機", "分類番号：５３７", "自動車工学"]


def build_figure_labels(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 90.0
    for k, (_depth, label, title) in enumerate(FIGURE_HEADINGS):
        page.insert_text((85, y), f"{label}　{title}", fontname=GOTHIC, fontsize=BODY)
        y += 18
        for j in range(3):
            page.insert_text((85, y), "　この分類は、資料の内容を示す記号として各機関が共通に用いるものである。"[: 38 if j else 39],
                             fontname=MINCHO, fontsize=BODY)
            y += 18
        if k == 1:   # the diagram: two boxes joined by an arrow, its words in small Gothic
            page.draw_rect(pymupdf.Rect(100, y, 200, y + 60), width=0.6)
            page.draw_rect(pymupdf.Rect(300, y, 480, y + 60), width=0.6)
            page.draw_line((200, y + 30), (300, y + 30), width=0.8)
            page.insert_text((110, y + 20), FIGURE_WORDS[0], fontname=GOTHIC, fontsize=7.5)
            for j, word in enumerate(FIGURE_WORDS[1:]):
                page.insert_text((310, y + 15 + 14 * j), word, fontname=GOTHIC, fontsize=7.5)
            page.insert_text((230, y + 80), "図１　分類の使われ方", fontname=GOTHIC, fontsize=BODY)
            y += 100
        y += 12
    page.insert_text((85, 700), "１　商法第１２条に規定する方法による。", fontname=MINCHO, fontsize=7.5)
    doc.save(path)
    return path


# ---------------------------------------------------------------- fake bold by overprinting
# A plan printed to PDF through a printer driver (CubePDF/Ghostscript) that makes bold by
# drawing the text again at offsets of a fraction of a point: each copy is in the text layer.
OVERPRINT_OFFSETS = ((0.0, 0.0), (0.24, 0.0), (0.0, 0.24), (0.24, 0.24))
OVERPRINT_TITLE = "地域の活性化に関する総合計画"
OVERPRINT_HEADINGS = [(1, "", "はじめに"), (1, "１．", "計画の趣旨"), (1, "２．", "計画の期間")]


def _struck(page: pymupdf.Page, at: tuple[float, float], text: str, size: float) -> None:
    """Text made bold as a printer driver does: drawn once per offset."""
    for dx, dy in OVERPRINT_OFFSETS:
        page.insert_text((at[0] + dx, at[1] + dy), text, fontname=MINCHO, fontsize=size)


def build_overprinted(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page()
    _struck(cover, (130, 300), OVERPRINT_TITLE, 22)
    cover.insert_text((250, 500), "令和７年４月", fontname=MINCHO, fontsize=12)
    page = doc.new_page()
    y = 90.0
    for _depth, label, title in OVERPRINT_HEADINGS:
        _struck(page, (70, y), label + title, BODY)
        y += 20
        for k in range(3):
            page.insert_text((70, y), "　本計画は、地域の将来像を示し、その実現に向けた施策を定めるものである。"[: 38 if k else 39],
                             fontname=MINCHO, fontsize=BODY)
            y += 18
        y += 12
    doc.save(path)
    return path


# build_kokuji_outline: a 告示 in one Mincho size, nothing set apart: 一 > （一） (kanji numerals), the label
# printed as a piece of its own a visible gap before its title (no space in the text layer); a list
# of definitions (・①…) whose tail is the only text of its page, the next part （三） opening the next
# page; a 号 list quoted in an item (一 … 二 … 三 …, each with its wrapped lines) is no heading, nor
# a paragraph that opens with a reference run into a particle (Ⅱにおける…).
KOKUJI_HEADINGS = [(1, "一", "主旨"), (1, "二", "用語の定義"), (2, "（一）", "情報システム関連"),
                   (2, "（二）", "設備関連"), (2, "（三）", "建物及び室関係"), (1, "三", "適用区分")]
_KOKUJI_TEXT = ("本基準は、情報システムの機密性、保全性及び可用性を確保することを目的として、自然災害、機器の障害等"
                "のリスクを未然に防止するため、利用者が実施する対策項目を列挙したものである。")
_KOKUJI_ITEMS = ["・①電源設備……情報システム等を作動させるための受電設備", "・②空気調和設備……コンピュータ室等の空気調和をする機器",
                 "・③監視設備……運転の状態を監視する設備"]
_KOKUJI_GO = ["一　専ら医薬品の製造の用に供されることが目的とされている医薬品（原薬及び製剤原料をいう。）",
              "二　これまで医薬品の製造に使用されたことがない添加剤又はこれまでの成分の配合割合と異なる添加剤",
              "三　専ら医療機器の製造の用に供されることが目的とされている原材料", "四　その他（包装材料等）"]
_KOKUJI_REFERENCE = "Ⅱにおける利用者とは、情報システムを保有する者のみを指しているわけではなく、その委託を受けて運用する者を含む。"


def _rows(page: pymupdf.Page, x: float, y: float, text: str, first: float = 0.0, wrap: float = 0.0) -> float:
    """Text set 12 pt from x (its first row from x + first, the rows after from x + wrap) to the
    right margin at x 505; returns the y under it."""
    start = x + first
    while text:
        n = int((505 - start) / 12)
        page.insert_text((start, y), text[:n], fontname=MINCHO, fontsize=12)
        text, y, start = text[n:], y + 18, x + wrap
    return y


def _kokuji_label(page: pymupdf.Page, y: float, label: str, title: str) -> float:
    page.insert_text((85, y), label, fontname=MINCHO, fontsize=12)   # the label a piece of its own
    page.insert_text((109, y), title, fontname=MINCHO, fontsize=12)  # one character's gap, no space
    return y + 18


def build_kokuji_outline(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = _kokuji_label(page, 80.0, "一", "主旨")
    y = _rows(page, 85, y, _KOKUJI_TEXT, first=24, wrap=12) + 18
    y = _kokuji_label(page, y, "二", "用語の定義")
    y = _rows(page, 85, y, _KOKUJI_REFERENCE, first=12)
    page.insert_text((85, y), "（一）情報システム関連", fontname=MINCHO, fontsize=12)
    y += 18
    for row in _KOKUJI_ITEMS * 8:
        page.insert_text((85, y), row, fontname=MINCHO, fontsize=12)
        y += 18
    page.insert_text((85, y), "（二）設備関連", fontname=MINCHO, fontsize=12)
    y += 18
    for row in _KOKUJI_ITEMS * 8:
        page.insert_text((85, y), row, fontname=MINCHO, fontsize=12)
        y += 18
    page = doc.new_page()   # the list's tail alone on its page
    page.insert_text((85, 80), _KOKUJI_ITEMS[1], fontname=MINCHO, fontsize=12)
    page.insert_text((85, 98), _KOKUJI_ITEMS[2], fontname=MINCHO, fontsize=12)
    page = doc.new_page()
    page.insert_text((85, 80), "（三）建物及び室関係", fontname=MINCHO, fontsize=12)
    y = 98.0
    for row in _KOKUJI_ITEMS:
        page.insert_text((85, y), row, fontname=MINCHO, fontsize=12)
        y += 18
    y = _rows(page, 85, y + 18, "登録の区分は次のとおりであること。", first=12)
    for item in _KOKUJI_GO:   # the 号 list, one character in, its rows wrapped under the title
        y = _rows(page, 97, y, item, wrap=24)
    y = _kokuji_label(page, y + 18, "三", "適用区分")
    _rows(page, 85, y, _KOKUJI_TEXT, first=24, wrap=12)
    doc.save(path)
    return path


# ---------------------------------------------------------------- a cover whose title is a picture
# A municipal plan's cover: the title designed as an image at the top, a mascot's caption and a
# slogan (in large type) at the foot; the PDF's title names the prefecture before the village,
# which the document itself never prints; the text names the plan as printed on its cover.
PICTURE_TITLE = "山川村まちづくり総合計画"
PICTURE_INFO = {"title": "北海道" + PICTURE_TITLE, "author": "北海道山川村"}
PICTURE_ISSUER = "山川村"
PICTURE_SLOGAN = "森と川とともに暮らす村"


def build_picture_cover(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page()
    banner = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 12), 0)
    banner.set_rect(banner.irect, (40, 90, 200))
    cover.insert_image(pymupdf.Rect(100, 200, 495, 300), pixmap=banner)   # the title, drawn
    cover.insert_text((230, 680), "山川村公式キャラクター", fontname=GOTHIC, fontsize=8)
    cover.insert_text((180, 720), PICTURE_SLOGAN, fontname=MINCHO, fontsize=14)
    page = doc.new_page()
    page.insert_text((70, 90), "１．計画の趣旨", fontname=GOTHIC, fontsize=12)
    y = 115.0
    for line in ("　本村では、人口減少に対応するため、「" + PICTURE_TITLE + "」（以下、",
                 "総合計画）を策定し、村の将来像と施策の方向を示します。",
                 "　この計画は、村の最上位の計画として、各分野の計画の基本となるものです。"):
        page.insert_text((70, y), line, fontname=MINCHO, fontsize=BODY)
        y += 18
    doc.set_metadata(PICTURE_INFO)
    doc.save(path)
    return path


# build_guideline_outline: a guideline all in one Gothic 12 pt: Ⅰ． > 〇 (the kanji zero, U+3007) > 1),
# each title on a row of its own with its text one character further in; a 1) title longer than a
# short label's (a name, no 、) heads what follows; 1) items whose text is a clause (…し、…する)
# are a list.
GUIDELINE_HEADINGS = [(1, "Ⅰ．", "はじめに"), (2, "〇", "本ガイドラインの目的"),
                      (3, "1)", "違法な手段で入手された脆弱性関連情報への対応"), (3, "2)", "届出の受理"),
                      (2, "〇", "本ガイドラインの想定する読者")]
_GUIDELINE_TEXT = "本ガイドラインは、関係者に推奨する行為をとりまとめたものであり、その取扱いの手順を示す。"
_GUIDELINE_CLAUSES = ["1) 国際的な技術規格の開発を推進し、適切な場合にはその採用を推進する",
                      "2) 適切なデータ対策を実施し、個人データ及び知的財産を保護する"]


def build_guideline_outline(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 80.0
    for _depth, label, title in GUIDELINE_HEADINGS:
        page.insert_text((85, y), f"{label} {title}" if label != "Ⅰ．" else label + title, fontname=GOTHIC, fontsize=12)
        y += 18
        y = _rows_gothic(page, 85, y, _GUIDELINE_TEXT) + 18
    for clause in _GUIDELINE_CLAUSES:
        page.insert_text((85, y), clause, fontname=GOTHIC, fontsize=12)
        y += 18
        y = _rows_gothic(page, 85, y, _GUIDELINE_TEXT) + 18
    doc.save(path)
    return path


def _rows_gothic(page: pymupdf.Page, x: float, y: float, text: str) -> float:
    """Text one character in from x (its rows after the first from x + 12 too), to x 505."""
    while text:
        n = int((505 - x - 12) / 12)
        page.insert_text((x + 12, y), text[:n], fontname=GOTHIC, fontsize=12)
        text, y = text[n:], y + 18
    return y


# build_starred_paper: a white paper's section (総務省's DTP layout), three pages. The body in Mincho with
# starred notes ＊1, ＊2 numbered through the section: their markers in the text are set smaller and
# raised, one inside a line (the marker and the rest of the line a piece of their own in the text
# layer), one at the end of a sub-heading "ア　NICTによる…" (a Latin word opens its title), set
# in a Gothic over the body; at the foot a full-width rule (no separator) and the notes in 7 pt
# Gothic, "＊1" with its text on one piece, "＊2" and its text as two pieces of one row. Page
# numbers stand at the outer corner: on the left-hand pages right BEFORE the running footer.
SP_NOTES = [(1, 1, "「フィルターバブル」とは、利用者の検索履歴を分析し学習することで、見たい情報が優先的に"
                   "表示される情報環境を指す。"),
            (2, 1, "国立研究開発法人情報通信研究機構「日本語に特化した大規模言語モデルを試作」2023年7月4日")]
SP_BODY = "生成AIによって顕在化したリスクについて例示している。例えば、バイアスのある結果が出力される"
SP_MARKED = ("フィルターバブル及びエコーチェンバー現象", "が生じてしまう、データ汚染攻撃のリスク等が挙げられている。")
SP_HEADING = ("ア", "NICTによる国産LLMの開発")
SP_FOOTER = "令和6年版　白書　第Ⅰ部"
SP_PAGE_NUMBERS = ["46", "47", "48"]
_SP = 10.6
_SP_GOTHIC, _SP_MINCHO = "japan", "china-s"   # renamed as the DTP tool names them (rename_fonts)
_SP_CHARS = 44   # characters of a body line (63 pt to the column's edge)


def _sp_paragraph(page: pymupdf.Page, y: float, lines: int) -> float:
    for k in range(lines):
        text = ("　" + SP_BODY)[:_SP_CHARS] if k == 0 else (SP_BODY * 2)[k:k + _SP_CHARS]
        page.insert_text((63, y), text, fontname=_SP_MINCHO, fontsize=_SP)
        y += 18
    return y


def _sp_marked_line(page: pymupdf.Page, y: float) -> float:
    """A body line whose raised ＊1 and the rest of the line are written first (a piece of their own)."""
    head, rest = SP_MARKED
    x = 63 + _SP * len(head)
    fits = int((532 - x - 12.4) // _SP)
    writer = pymupdf.TextWriter(page.rect)
    mark = pymupdf.Font(_SP_GOTHIC)
    writer.append((x, y - 3.5), "＊1", font=mark, fontsize=6.2)
    writer.append((x + mark.text_length("＊1", fontsize=6.2), y), rest[:fits], font=pymupdf.Font(_SP_MINCHO), fontsize=_SP)
    writer.write_text(page)
    page.insert_text((63, y), head, fontname=_SP_MINCHO, fontsize=_SP)
    page.insert_text((63, y + 18), rest[fits:], fontname=_SP_MINCHO, fontsize=_SP)
    return y + 36


def build_starred_paper(path: Path) -> Path:
    doc = pymupdf.open()
    for k, number in enumerate(SP_PAGE_NUMBERS):
        page = doc.new_page()
        y = 100.0
        if k == 0:
            page.insert_text((63, y), "第1節　AIの進化に伴う課題と現状の取組", fontname=_SP_GOTHIC, fontsize=14)
            y = _sp_paragraph(page, y + 36, 3)
            y = _sp_marked_line(page, y)
            y = _sp_paragraph(page, y, 2) + 18
            label, title = SP_HEADING
            heading = f"{label}　{title}"
            page.insert_text((63, y), heading, fontname=_SP_GOTHIC, fontsize=_SP)
            page.insert_text((63 + _SP * len(heading) + 1, y - 3.5), "＊2", fontname=_SP_GOTHIC, fontsize=6.2)
            _sp_paragraph(page, y + 18, 4)
            page.draw_line((63, 730), (532, 730), width=0.4)   # the full width: no separator
            one = SP_NOTES[0][2]
            page.insert_text((63, 745), "＊1 " + one[:42], fontname=_SP_GOTHIC, fontsize=7)
            page.insert_text((82, 754), one[42:], fontname=_SP_GOTHIC, fontsize=7)
            page.insert_text((63, 763), "＊2 ", fontname=_SP_GOTHIC, fontsize=7)
            page.insert_text((82, 763), SP_NOTES[1][2], fontname=_SP_GOTHIC, fontsize=7)
        else:
            _sp_paragraph(page, y, 12)
        if k % 2 == 0:   # a left-hand page: the number, then the running footer
            page.insert_text((43.6, 815), number, fontname="helv", fontsize=8.5)
            page.insert_text((63, 815), SP_FOOTER, fontname=_SP_GOTHIC, fontsize=7)
        else:
            page.insert_text((420, 815), SP_FOOTER, fontname=_SP_GOTHIC, fontsize=7)
            page.insert_text((543, 815), number, fontname="helv", fontsize=8.5)
    rename_fonts(doc, "/UDShinGoNTPr6N-Medium", "/UDReiminPr6N-Regular", keep=("/Helvetica",))
    doc.save(path)
    return path


# build_tiered_outline: a white paper's outline in one numbering system set in two sizes: "1 生成AI…"
# (14 pt, on a band in print) and, under each, "1 主要な…" / "2 国産…" set smaller (12.8 pt) and
# counted again from 1; under those ア (Gothic at body size) and under ア （ア）/（イ）; a body line
# ending inside a bracket, "…事例が確認されている（図表", whose next line is the figure reference set in
# the links' Gothic, "Ⅰ-4-1-3）。": no heading.
TIERED_HEADINGS = [(1, "第1節", "AIの進化に伴う課題と現状の取組"), (2, "1", "生成AIが抱える課題"),
                   (3, "1", "主要なLLMの概要"), (3, "2", "国産LLMの開発"), (4, "ア", "国立研究所による開発"),
                   (5, "（ア）", "欧州連合（EU）"), (5, "（イ）", "英国"), (2, "2", "生成AIが及ぼす課題"),
                   (3, "1", "偽・誤情報の流通・拡散等の課題及び対策")]
TIERED_REFERENCE = ("生成AIを利用したディープフェイクによる情報操作の事例が各国で既に確認されている（図表", "Ⅰ-4-1-3）。")
_TIER_SIZE = {2: 14.0, 3: 12.8}


def build_tiered_outline(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 90.0
    for k, (depth, label, title) in enumerate(TIERED_HEADINGS):
        if y > 700:
            page, y = doc.new_page(), 90.0
        size = 14.0 if depth == 1 else _TIER_SIZE.get(depth, _SP)
        sep = "　" if depth >= 4 and not label.startswith("（") else ("" if depth >= 4 else " ")
        page.insert_text((63, y), f"{label}{sep}{title}", fontname=_SP_GOTHIC, fontsize=size)
        y += size + 10
        for line in range(3):
            text = ("　" + SP_BODY)[:_SP_CHARS] if line == 0 else (SP_BODY * 2)[line:line + _SP_CHARS]
            if k == len(TIERED_HEADINGS) - 1 and line == 2:
                page.insert_text((63, y), TIERED_REFERENCE[0], fontname=_SP_MINCHO, fontsize=_SP)   # to the edge
                page.insert_text((63, y + 18), TIERED_REFERENCE[1], fontname=_SP_GOTHIC, fontsize=_SP)
                y += 18
            else:
                page.insert_text((63, y), text, fontname=_SP_MINCHO, fontsize=_SP)
            y += 18
        y += 10
    rename_fonts(doc, "/UDShinGoNTPr6N-Medium", "/UDReiminPr6N-Regular")
    doc.save(path)
    return path


# build_chapter_opener: a white paper's chapter opening page: "第4章" in an emblem at the top left (第
# and 章 in 21 pt, the 4 in 64 pt) and beside it the chapter's title in 24.8 pt over two rows, then
# the section's heading and its text in Mincho.
OPENER_TITLE = ("第4章", "デジタルテクノロジーの課題と", "現状の対応策")


def build_chapter_opener(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((74, 74), "第", fontname=_SP_GOTHIC, fontsize=21.3)
    page.insert_text((95, 83), "4", fontname="helv", fontsize=63.8)
    page.insert_text((134, 74), "章", fontname=_SP_GOTHIC, fontsize=21.3)
    page.insert_text((190, 62.6), OPENER_TITLE[1], fontname=_SP_GOTHIC, fontsize=24.8)
    page.insert_text((190, 94.5), OPENER_TITLE[2], fontname=_SP_GOTHIC, fontsize=24.8)
    page.insert_text((74, 166), "第1節　AIの進化に伴う課題と現状の取組", fontname=_SP_GOTHIC, fontsize=14)
    _sp_paragraph(page, 196, 8)
    rename_fonts(doc, "/UDShinGoNTPr6N-Medium", "/UDReiminPr6N-Regular", keep=("/Helvetica",))
    doc.save(path)
    return path


# build_stroked_bold: a report typed in Word whose one typeface has no bold weight: its headings at
# body size, （１） > ① > a., are made bold by stroking the filled glyphs in their own colour (text
# render mode 2); phrases and a whole sentence of the running text are emphasised so too. The
# paragraph under a heading opens with a stroked phrase on the row of plain text it starts, or with
# a stroked sentence that runs to the edge and ends in plain type: neither is the title run on.
STROKED_HEADINGS = [(1, "（１）", "研究の体制について"), (2, "①", "課題の整理について"),
                    (3, "a.", "体制の整備"), (3, "b.", "人材の育成")]
_STROKED_PLAIN = "新しい感染症に関する研究の体制は十分とは言えず、多くの場合、支援が不足していた。"


def _stroked(page: pymupdf.Page, x: float, y: float, text: str, bold: bool) -> float:
    """Text at body size from x; bold ones filled and stroked in black. Returns the x after it."""
    page.insert_text((x, y), text, fontname=MINCHO, fontsize=BODY, render_mode=2 if bold else 0,
                     color=(0, 0, 0), fill=(0, 0, 0), border_width=0.03)
    return x + BODY * len(text)


def build_stroked_bold(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page()
    cover.insert_text((150, 300), "研究体制に関する提言", fontname=MINCHO, fontsize=22)
    cover.insert_text((250, 500), "令和２年６月２４日", fontname=MINCHO, fontsize=12)
    page = doc.new_page()
    left, width = 72.0, 40   # 40 characters to the row: to x 492
    y = 90.0
    for depth, label, title in STROKED_HEADINGS:
        indent = left + BODY * (depth - 1)
        _stroked(page, indent, y, label + "　" + title, True)
        y += 18
        if depth == 1:   # a stroked phrase opens the paragraph's first row, plain text ends it
            x = _stroked(page, left + BODY, y, "２０２０年２月、", True)
            _stroked(page, x, y, "政府の対策本部のもとに専門家の会議が置かれ、感染症の対策につい", False)
            y += 18
            _stroked(page, left, y, "て助言を行うことが求められた。", False)
        elif depth == 2:   # a stroked sentence runs to the edge, and ends in plain type
            _stroked(page, left + BODY, y, "このように、新しい感染症の感染者への対応に追われる医療現場において、研究開発を", True)
            y += 18
            _stroked(page, left, y, "支援する枠組みやインフラが作られてこなかったため、全国で網羅的かつ迅速な臨床情報", True)
            y += 18
            _stroked(page, left, y, "や試料の収集が不十分にならざるを得なかった。", False)
        else:
            _stroked(page, left + BODY, y, _STROKED_PLAIN[:width - 1], False)
            y += 18
            _stroked(page, left, y, _STROKED_PLAIN[width - 1:], False)
        y += 30
    doc.save(path)
    return path


# build_stroke_kinds: one page of lines drawn each way a glyph may be filled and stroked — filled only,
# filled and stroked in its own colour (bold), stroked only (outlined letters), filled white and
# stroked black (a contour), and a line whose first word alone is filled and stroked (one face and
# colour: MuPDF joins the two text objects into one span) — and a second page turned by /Rotate
# holding a stroked line. STROKE_KINDS: (text, whether it reads bold) per line of the first page.
STROKE_KINDS = [("通常の本文の行である。", False), ("太字の見出しの行", True), ("輪郭だけの文字の行", False),
                ("白抜きの文字の行", False)]
STROKE_LABEL = ("【第１４条", "　妊娠・出産等に関するハラスメントの禁止】")


def build_stroke_kinds(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    modes = [dict(render_mode=0), dict(render_mode=2, color=(0, 0, 0), fill=(0, 0, 0)), dict(render_mode=1, color=(0, 0, 0)),
             dict(render_mode=2, color=(0, 0, 0), fill=(1, 1, 1))]
    for k, ((text, _), mode) in enumerate(zip(STROKE_KINDS, modes)):
        page.insert_text((72, 100 + 30 * k), text, fontname=MINCHO, fontsize=BODY, border_width=0.03, **mode)
    page.insert_text((72, 250), STROKE_LABEL[0], fontname=MINCHO, fontsize=BODY, render_mode=2, color=(0, 0, 0),
                     fill=(0, 0, 0), border_width=0.03)
    page.insert_text((72 + BODY * len(STROKE_LABEL[0]), 250), STROKE_LABEL[1], fontname=MINCHO, fontsize=BODY)
    turned = doc.new_page()
    turned.insert_text((72, 100), STROKE_KINDS[1][0], fontname=MINCHO, fontsize=BODY, render_mode=2, color=(0, 0, 0),
                       fill=(0, 0, 0), border_width=0.03)
    turned.set_rotation(90)
    doc.save(path)
    return path


# build_model_rules_explained: a guide to model work rules typed in a word processor (一太郎, Word):
# a chapter, then per article its explanation under a bracketed band 【第Ｎ条　…】 set in bold — but
# the typist's bold of one band stops at its label (【第２条 bold, its caption in the body's weight) —
# and, under the bands, examples of the provision captioned 〔例１〕 …の規程例 (one caption wrapping
# onto a second line hung under its title), each over its model provision. The captions name the
# examples: no heading. MODEL_RULES_HEADINGS: (level, label, title).
MODEL_RULES_HEADINGS = [(1, "第１章", "総則"), (2, "", "【第１条　目的】"), (2, "", "【第２条　用語の定義と解釈の原則】"),
                        (2, "", "【第３条　適用範囲】")]
_MR_BODY = "この規則は、労働者の労働条件、服務規律その他の就業に関することを定めるものである。"


def build_model_rules_explained(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page()
    cover.insert_text((160, 300), "モデル就業規則の解説", fontname=MINCHO, fontsize=22)
    cover.insert_text((250, 500), "令和４年１１月", fontname=MINCHO, fontsize=12)
    page = doc.new_page()
    bold, plain = dict(fontname="china-ss"), dict(fontname=GOTHIC)   # two faces on one page: renamed below
    page.insert_text((72, 80), "第１章　総則", fontsize=14, **bold)
    y = 120.0
    for k, (_, _, band) in enumerate(MODEL_RULES_HEADINGS[1:]):
        if k == 1:   # the label alone in bold
            label = band.split("　")[0]
            page.insert_text((72, y), label, fontsize=BODY, **bold)
            page.insert_text((72 + BODY * len(label), y), band[len(label):], fontsize=BODY, **plain)
        else:
            page.insert_text((72, y), band, fontsize=BODY, **bold)
        y += 18
        page.insert_text((82.5, y), _MR_BODY[:38], fontsize=BODY, **plain)
        page.insert_text((72, y + 18), _MR_BODY[38:], fontsize=BODY, **plain)
        y += 48
        if k == 0:   # an example's caption on one line, and one wrapped onto a hung second line
            page.insert_text((72, y), "〔例１〕　１か月単位の変形労働時間制の規程例", fontsize=BODY, **bold)
            page.insert_text((82.5, y + 18), "第１条　" + _MR_BODY[:30], fontsize=BODY, **plain)
            y += 54
            page.insert_text((72, y), "〔例２〕　定年を満６５歳とし、その後希望者の意向を踏まえて継続雇用または業務", fontsize=BODY,
                             **bold)
            page.insert_text((114, y + 18), "委託契約を締結する例", fontsize=BODY, **bold)
            page.insert_text((82.5, y + 36), "第１条　" + _MR_BODY[:30], fontsize=BODY, **plain)
            y += 72
    for xref in range(1, doc.xref_length()):   # the Song cut is the bold weight, the other face its regular
        kind, name = doc.xref_get_key(xref, "BaseFont")
        if kind == "name":
            doc.xref_set_key(xref, "BaseFont", "/MSMincho-Bold" if name == "/Song" else "/MSMincho")
    doc.save(path)
    return path


# build_part_titles: a notice in two parts, typed in Word with one typeface (bold by stroking): its
# subject line atop the first page (…の実施について, the document's title), then each part's title —
# 入札公告（個別編）, 入札公告（共通編） — larger than the body, bold and centred on a row of its own over
# the part's numbered headings (１　…, bold, body size); the second part opens mid-page.
# build_part_titles(legend=True): between the first part's title and its first heading, a legend's name
# centred in bold at the body's size (グラフ凡例, as a dashboard sets one over its charts): no heading,
# and no bar between the part's title and the outline it heads.
PART_HEADINGS = [(1, "", "入札公告（個別編）"), (2, "１", "入札に付する事項"), (2, "２", "入札参加資格"),
                 (1, "", "入札公告（共通編）"), (2, "１", "入札参加資格の確認等"), (2, "２", "入札執行")]
_PART_TEXT = "入札に参加を希望する者は、定められた期日までに必要な書類を提出しなければならない。"


LEGEND = "グラフ凡例"


def build_part_titles(path: Path, legend: bool = False) -> Path:
    doc = pymupdf.open()
    left, right = 72.0, 72.0 + BODY * 40
    page = doc.new_page()
    page.insert_text((left, 80), "県立高等学校農場解体工事の一般競争入札の実施について", fontname=MINCHO, fontsize=14)
    y = 120.0
    for n, (depth, label, title) in enumerate(PART_HEADINGS):
        if depth == 1:
            if n:
                page = doc.new_page()
                y = 80.0
                for _ in range(6):   # the first part's last paragraphs: the second part opens mid-page
                    _stroked(page, left + BODY, y, _PART_TEXT[:39], False)
                    y += 18
                y += 12
            width = 14 * len(title)
            page.insert_text(((left + right - width) / 2, y), title, fontname=MINCHO, fontsize=14, render_mode=2,
                             color=(0, 0, 0), fill=(0, 0, 0), border_width=0.03)
            y += 30
            if legend and not n:
                _stroked(page, (left + right - BODY * len(LEGEND)) / 2, y, LEGEND, True)
                y += 30
            continue
        _stroked(page, left, y, label + "　" + title, True)
        y += 18
        for _ in range(3):
            _stroked(page, left + BODY, y, _PART_TEXT[:39], False)
            y += 18
            _stroked(page, left, y, _PART_TEXT[39:], False)
            y += 18
        y += 12
    doc.save(path)
    return path


# build_reference_page: a cabinet office's measures typed in Word — body in Mincho, headings in Gothic bold at
# the body's size (１．…, （１）…) — whose last page is reference matter: its title, a bracketed tag and its
# name, （参考）本対応策の所要額, centred in Gothic bold at the body's size as the page's first line, over a
# paragraph and an outline of its own that restarts at １． (the amounts of each measure, bold, a bullet
# list under each) — more of them than the body's own １．, ２．
REFERENCE_HEADINGS = [(1, "１．", "基本方針"), (1, "２．", "緊急対応策"), (2, "（１）", "帰国者等への支援"),
                      (2, "（２）", "国内感染対策の強化"), (1, "", "（参考）本対応策の所要額"),
                      (2, "１．", "帰国者等への支援：30億円"), (2, "２．", "国内感染対策の強化：65億円"),
                      (2, "３．", "水際対策の強化：34億円")]
_REF_TEXT = "政府は、関係機関と緊密に連携しつつ、感染拡大の防止に向けた対策を迅速に講じていくこととする。"
_REF_ITEMS = ["・ 帰国者等の受入支援：23.4億円", "・ 検査体制・医療体制の強化：30.6億円", "・ 検疫体制の強化：3.4億円"]


def _gothic_bold(page: pymupdf.Page, x: float, y: float, text: str) -> None:
    page.insert_text((x, y), text, fontname=GOTHIC, fontsize=BODY, render_mode=2, color=(0, 0, 0), fill=(0, 0, 0),
                     border_width=0.03)


def _ref_paragraph(page: pymupdf.Page, left: float, y: float) -> float:
    page.insert_text((left + BODY, y), _REF_TEXT[:39], fontname=MINCHO, fontsize=BODY)
    page.insert_text((left, y + 18), _REF_TEXT[39:], fontname=MINCHO, fontsize=BODY)
    return y + 36


def build_reference_page(path: Path) -> Path:
    doc = pymupdf.open()
    left, right = 72.0, 72.0 + BODY * 40
    page = doc.new_page()
    page.insert_text((150, 70), "新型感染症に関する緊急対応策", fontname=GOTHIC, fontsize=16)
    y = 110.0
    for depth, label, title in REFERENCE_HEADINGS[:4]:
        _gothic_bold(page, left, y, label + title)
        y += 22
        for _ in range(0 if label == "２．" else 3):
            y = _ref_paragraph(page, left, y)
        y += 14
    page = doc.new_page()
    title = REFERENCE_HEADINGS[4][2]
    _gothic_bold(page, (left + right - BODY * len(title)) / 2, 80, title)
    y = _ref_paragraph(page, left, 120) + 14
    for (_, label, name), item in zip(REFERENCE_HEADINGS[5:], _REF_ITEMS):
        _gothic_bold(page, left, y, label + name)
        page.insert_text((left + 5, y + 20), item, fontname=MINCHO, fontsize=BODY)
        y += 54
    doc.save(path)
    return path


# build_band_after_break: a guide whose sections (１．労働時間) and their parts (【解説】) are headed in bold Gothic, each paragraph
# opened by a space (字下げ); a paragraph ends at the foot of a page (…必要となります。), the next page opening
# with a band in body type alone on its line, 【参　考】 (letter-spaced; no heading among bands set apart), over
# its own paragraph: the band starts a block of its own — no blank line stands between them, only the page
# break.
BAND_PARAGRAPHS = ["１年単位の変形労働時間制は、恒常的な時間外労働はないことを前提とした制度です。したがって、"
                   "突発的に時間外労働がある場合、協定の締結及びその届出が必要となります。", "【参考】",
                   "下の年間休日カレンダーは、１年単位の変形労働時間制を活用した例です。"]


def _spaced_paragraph(page: pymupdf.Page, x: float, y: float, text: str, width: int = 40) -> float:
    """A paragraph opened by a full-width space, its rows `width` characters."""
    text = "　" + text
    while text:
        page.insert_text((x, y), text[:width], fontname=MINCHO, fontsize=BODY)
        text, y = text[width:], y + 18
    return y


def build_band_after_break(path: Path) -> Path:
    doc = pymupdf.open()
    left = 72.0
    page = doc.new_page()
    page.insert_text((left, 70), "就業規則の解説", fontname=GOTHIC, fontsize=16)
    _gothic_bold(page, left, 110, "１．労働時間")
    _gothic_bold(page, left, 132, "【解説】")
    y = 154.0
    for _ in range(3):   # the page's earlier paragraphs
        y = _spaced_paragraph(page, left, y, _REF_TEXT)
    _spaced_paragraph(page, left, 760.0 - 18 * 3, BAND_PARAGRAPHS[0])   # the last, run down to the page's foot
    page = doc.new_page()
    page.insert_text((left + BODY, 70), "【参　考】", fontname=MINCHO, fontsize=BODY)
    _spaced_paragraph(page, left, 88, BAND_PARAGRAPHS[2])
    _gothic_bold(page, left, 130, "２．休日")
    _gothic_bold(page, left, 152, "【留意事項】")
    _spaced_paragraph(page, left, 174, _REF_TEXT)
    doc.save(path)
    return path
