"""A government-style document typeset here in conventions the corpus does not use, with its
truth: Gothic headings over Mincho text, Roman parts (Ⅰ．), full-width 1．, （1）, ア．, an
unnumbered closing section, enumerations in body type that are no headings, footnotes, a ruled
table with a merged header cell, a meeting-material stamp, a running header, margin line
numbers, page numbers in dashes, a watermark at a slant and a cover dated by year and month only."""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC, MINCHO = "japan", "japan-s"
HEADINGS = [  # (depth, label, title, size)
    (1, "Ⅰ．", "総論", 14), (2, "１．", "目的", 12), (3, "（１）", "背景", 11), (4, "ア．", "国内の状況", 10.5),
    (4, "イ．", "海外の状況", 10.5), (3, "（２）", "基本的な考え方", 11), (2, "２．", "対象", 12),
    (1, "Ⅱ．", "具体的な取組", 14), (2, "１．", "人材の育成", 12), (3, "（１）", "教育課程の見直し", 11),
    (2, "２．", "研究開発の推進", 12), (1, "", "おわりに", 14)]
FOOTNOTES = [(1, "ここでいう人工知能とは、機械学習を用いる情報処理システムをいう。"),
             (2, "関係府省庁による検討会の報告書を指す。")]
WATERMARK = "取扱注意"
TABLE = [["区分", "所管", ""], ["", "主", "副"], ["教育", "文部科学省", "経済産業省"], ["研究", "内閣府", "総務省"]]


class _Doc:
    def __init__(self):
        self.doc = pymupdf.open()
        self.page = None
        self.y = 0.0
        self.pages = 0

    def new_page(self, numbered: bool = True):
        self.page = self.doc.new_page()
        self.pages += 1
        self.y = 90.0
        self.line_no = 0
        if numbered:
            at = pymupdf.Point(140, 560)   # a light watermark set at a slant across the page, under the text
            self.page.insert_text(at, WATERMARK, fontname=GOTHIC, fontsize=64, color=(0.85, 0.85, 0.85),
                                  morph=(at, pymupdf.Matrix(-35)))
            self.page.insert_text((180, 40), "ＡＩ政策の基本方針（案）", fontname=MINCHO, fontsize=8)
            self.page.insert_text((290, 810), f"- {self.pages - 2} -", fontname=MINCHO, fontsize=9)

    def cover(self, title: str, below: list[str], font: str = GOTHIC, size: float = 22, stamp: str = ""):
        """A cover page: a stamp at the top right, the title, and the date and issuer under it."""
        self.new_page(numbered=False)
        if stamp:
            self.page.insert_text((470, 60), stamp, fontname=font, fontsize=11)
        self.page.insert_text((150, 300), title, fontname=font, fontsize=size)
        for k, line in enumerate(below):
            self.page.insert_text((250, 500 + 30 * k), line, fontname=font, fontsize=12)

    def text(self, s: str, x: float = 80, size: float = 10.5, font: str = MINCHO, gap: float = 8):
        if self.y > 700:
            self.new_page()
        self.line_no += 1
        self.page.insert_text((40, self.y), str(self.line_no), fontname=MINCHO, fontsize=8)   # margin line numbers
        self.page.insert_text((x, self.y), s, fontname=font, fontsize=size)
        self.y += size + gap


def build(path: Path) -> Path:
    d = _Doc()
    d.cover("ＡＩ政策の基本方針（案）", ["令和７年３月", "ＡＩ政策推進本部"], stamp="資料３")
    d.new_page(numbered=False)
    d.text("目次", x=270, font=GOTHIC, size=12)
    for depth, label, title, size in HEADINGS:
        if depth == 1:
            d.text(f"{label}{title} ………………………………………… {3 if title == '総論' else 4}", x=80)
    d.new_page()
    for n, (depth, label, title, size) in enumerate(HEADINGS):
        d.text(f"{label}{title}", x=70 + 6 * (depth - 1), size=size, font=GOTHIC, gap=10)
        d.text("　本方針は、人工知能の利活用を進めるための基本的な考え方を示すものである。", x=80)
        d.text("政府は、関係機関と連携しながら、必要な取組を着実に進める。", x=80)
        d.text("　その際、国民の理解を得ながら、透明性の高い形で検討を行うことが重要である。", x=80)
        d.text("このため、有識者の意見も聴きつつ、定期的に取組の状況を確認する。", x=80)
        if n == 2:   # enumerations in body type: no headings
            d.text("１． 基本的な考え方を共有すること。", x=92)
            d.text("① 人間中心の原則を守ること。", x=92)
        if n == 3:   # a footnote marker in the body and two footnotes at the bottom of the page
            d.page.insert_text((382, d.y - 18.5), "1", fontname=MINCHO, fontsize=6)
            d.page.insert_text((70, 760), "1 " + FOOTNOTES[0][1], fontname=MINCHO, fontsize=8)
            d.page.insert_text((70, 772), "2 " + FOOTNOTES[1][1], fontname=MINCHO, fontsize=8)
            d.page.draw_line((70, 748), (250, 748), width=0.5)
        if n == 8:
            _table(d)
    d.doc.save(path)
    return path


def _table(d: _Doc):
    x = [90, 200, 320, 440]
    y0 = d.y
    ys = [y0 + 18 * k for k in range(len(TABLE) + 1)]
    for r, row in enumerate(TABLE):
        for c, cell in enumerate(row):
            if cell:
                d.page.insert_text((x[c] + 4, ys[r] + 13), cell, fontname=MINCHO, fontsize=10)
    for k, y in enumerate(ys):   # the header's first row has no rule under 区分 (merged down)
        d.page.draw_line((x[1] if k == 1 else x[0], y), (x[-1], y), width=0.5)
    for k, xx in enumerate(x):   # 所管 spans two columns: no rule between them in the first row
        d.page.draw_line((xx, ys[1] if k == 2 else ys[0]), (xx, ys[-1]), width=0.5)
    d.y = ys[-1] + 16


# A second document: chapters and sections as 第N章 / 第N節, decimal numbers 1.1 and 1.1.1 set in
# body type with a space after the label (as plain reports number them), （一） items in bold, and
# running text whose lines start with numbers that are no labels (1.5倍…, 2.0 版…).
DECIMAL_HEADINGS = [  # (depth, label, title, size, bold)
    (1, "第１章", "総則", 14, True), (2, "第１節", "目的", 12, True), (3, "1.1", "背景", 10.5, False),
    (4, "1.1.1", "国内の動向", 10.5, False), (4, "1.1.2", "海外の動向", 10.5, False),
    (3, "1.2", "基本的な考え方", 10.5, False), (4, "（一）", "人間中心", 10.5, True),
    (4, "（二）", "透明性", 10.5, True), (2, "第２節", "定義", 12, True),
    (1, "第２章", "推進体制", 14, True), (2, "第１節", "推進本部", 12, True), (3, "2.1", "構成", 10.5, False)]
NUMBER_LINES = ["1.5倍に増加した事業者数は、前年度の調査結果と比べて大きく伸びている。",
                "2.0版の指針では、利用者への説明の在り方を見直している。"]


def build_decimal(path: Path) -> Path:
    d = _Doc()
    d.cover("ＡＩ利活用に関する報告書", ["令和７年６月"])
    d.new_page()
    for n, (depth, label, title, size, bold) in enumerate(DECIMAL_HEADINGS):
        sep = "　" if label[:1] in "0123456789" else ""
        d.text(f"{label}{sep}{title}", x=70, size=size, font=GOTHIC if bold else MINCHO, gap=10)
        d.text("　本報告は、人工知能の利活用の現状と課題を整理したものである。", x=80)
        if n in (2, 6):
            d.text("　調査の結果、次のことが分かった。利用する事業者は", x=80)
            for line in NUMBER_LINES:
                d.text(line, x=80)
    d.doc.save(path)
    return path


# A third: 公用文 style, as cabinet decisions are set — everything in one Mincho body type, 第１
# and １ followed by a full-width space, （１） under them, body paragraphs indented one space,
# and lines starting with numbers that are no labels.
KOYOBUN_HEADINGS = [(1, "第１", "総則"), (2, "１", "目的"), (2, "２", "定義"), (3, "（１）", "人工知能"),
                    (3, "（２）", "利用者"), (1, "第２", "基本的な考え方"), (2, "１", "人間中心"),
                    (2, "２", "安全性の確保")]
KOYOBUN_NUMBER_LINES = ["10 月に開催された会議では、利用者への説明の在り方が議論された", "3 件の事例について"]
KOYOBUN_BULLETS = ["○ 関係府省庁は、所管する分野の指針を定める。", "○ 事業者は、利用者に対して十分な説明を行う。"]


def build_koyobun(path: Path) -> Path:
    d = _Doc()
    d.cover("人工知能の利活用に関する基本方針", ["令和７年７月１日", "閣議決定"], font=MINCHO, size=16)
    d.new_page()
    for n, (depth, label, title) in enumerate(KOYOBUN_HEADINGS):
        d.text(f"{label}{'' if label.startswith('（') else '　'}{title}", x=70)
        d.text("　政府は、人工知能の利活用を進めるに当たり、次の考え方に立って取組を進める。", x=70)
        if n == 2:
            for line in KOYOBUN_NUMBER_LINES:
                d.text(line, x=70)
            d.text("こととされた。", x=70)
        if n == 6:   # bullets set flush left, no blank line between them: one paragraph each
            for line in KOYOBUN_BULLETS:
                d.text(line, x=70)
    d.doc.save(path)
    return path


# A fourth: a reviewed copy. A reader's FreeText note and an APPROVED stamp drawn over the text
# (MuPDF reads their words with the page's), and a highlight over a sentence (no words of its own).
ANNOTATED_BODY = ["本方針は、人工知能の利活用を進めるための基本的な考え方を示すものである。",
                  "政府は、関係機関と連携しながら、必要な取組を着実に進める。"]
NOTE = "ここは要確認"


def build_annotated(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    for k, line in enumerate(ANNOTATED_BODY):
        page.insert_text((72, 120 + 20 * k), line, fontname=MINCHO, fontsize=10.5)
    page.add_freetext_annot(pymupdf.Rect(300, 300, 500, 330), NOTE, fontsize=10, fontname="japan")
    page.add_stamp_annot(pymupdf.Rect(300, 400, 450, 450), stamp=0)
    page.add_highlight_annot(pymupdf.Rect(72, 108, 400, 124))
    doc.save(path)
    return path


# A fifth: a meeting's slide deck (AI戦略会議 資料), landscape. A cover with a stamp, then slides
# whose titles stand in white on a dark band, with ● points in larger Gothic type and ・ sub-points
# under them: the titles are the headings, the points are list text (they used to be headings).
SLIDE_TITLES = ["生成AIの急速な普及", "国内の取組状況", "今後の検討の方向性", "スケジュール（案）"]
SLIDE_POINTS = ["● 第{}の論点として、技術の進展と社会への影響を整理する必要がある",
                "・関係府省庁の取組を横断的に把握し、課題を明確化", "・国際的な議論の動向を踏まえた対応を検討"]


def build_slides(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=960, height=540)
    page.insert_text((820, 40), "資料１", fontname=GOTHIC, fontsize=16)
    page.insert_text((200, 250), "AI戦略会議（第５回）", fontname=GOTHIC, fontsize=32)
    page.insert_text((380, 330), "令和６年５月２２日", fontname=GOTHIC, fontsize=18)
    page.insert_text((400, 370), "内閣府", fontname=GOTHIC, fontsize=18)
    for n, title in enumerate(SLIDE_TITLES, start=2):
        page = doc.new_page(width=960, height=540)
        page.draw_rect(pymupdf.Rect(0, 0, 960, 70), color=None, fill=(0.1, 0.2, 0.5))
        page.insert_text((40, 48), title, fontname=GOTHIC, fontsize=28, color=(1, 1, 1))
        y = 120
        for k in range(3):
            page.insert_text((60, y), SLIDE_POINTS[0].format(k + 1), fontname=GOTHIC, fontsize=18)
            page.insert_text((90, y + 34), SLIDE_POINTS[1], fontname=MINCHO, fontsize=16)
            page.insert_text((90, y + 64), SLIDE_POINTS[2], fontname=MINCHO, fontsize=16)
            y += 104
        page.insert_text((900, 520), str(n), fontname=GOTHIC, fontsize=12)
    doc.save(path)
    return path
