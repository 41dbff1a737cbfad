"""Built with PyMuPDF (issue 19: documents nobody has seen) for session 15's gazette (kanpo15): a page set
across in columns, a gazette's edition of notices. Truth beside the builder; the tests are in
test_kanpo15_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC, MINCHO = "japan", "china-ss"   # two families: only the typeface sets the titles apart
WIDTH, HEIGHT = 842, 595
COLUMNS = (40, 240, 440, 640)   # four columns 176 pt wide, set across the landscape page, 24 pt gutters
MEASURE = 176

# build_gazette: the first column holds the masthead (発行 … over the edition's title) and the 目次, its entries
# grouped under labels in Gothic (入札公告 / 随意契約 / 落札), each group's entries set in under it with their page
# numbers flush right — the first group's first entry named as the group. The next columns hold the part's banner
# 入札公告 (Gothic 14 pt, centred in its column), a notice titled 入札公告 (Gothic 9 pt, centred in its column) over
# its Mincho 8 pt text, the notice's numbered sections １ … ５ set with a gap after the label (no space
# character), the last titled in English (５ Summary).
MASTHEAD = "発行　北野府（原稿作成　北野印刷局）"
TITLE = "調達公告版"
GROUPS = [("入札公告", [("入札公告", "1"), ("入札公告の訂正", "31")]),
          ("随意契約", [("随意契約に関する公示", "35"), ("随意契約に関する公示の訂正", "36")]),
          ("落札", [("落札者等の公示", "36")])]
BANNER = NOTICE = "入札公告"
SECTIONS = [("１", "調達内容"), ("２", "競争参加資格"), ("３", "入札書の提出場所等"), ("４", "その他"), ("５", "Summary")]
_TEXT = ("次のとおり一般競争入札に付します。本件の詳細は入札説明書によるものとし、入札説明書は調達ポータル上にて"
         "交付する。入札者は入札説明書に示す書類を提出期限までに提出しなければならない。")
_ENGLISH = ["Official in charge of disbursement of", "the procuring entity : Director of", "the Kitano Office,",
            "Classification of the services to be", "procured : 15, 29 ; Nature and quantity", "of the services : 1 set."]
PER_LINE = 20


def _rows(text: str) -> list[str]:
    return [text[k:k + PER_LINE] for k in range(0, len(text), PER_LINE)]


def _centred(page: pymupdf.Page, x: float, y: float, text: str, size: float) -> None:
    width = len(text) * size   # full-width letters: one em each
    page.insert_text((x + (MEASURE - width) / 2, y), text, fontname=GOTHIC, fontsize=size)


def _contents(page: pymupdf.Page) -> None:
    x = COLUMNS[0]
    page.insert_text((x + 16, 90), MASTHEAD, fontname=GOTHIC, fontsize=9)
    page.insert_text((x + 16, 125), TITLE, fontname=GOTHIC, fontsize=14)
    _centred(page, x, 165, "目　次", 14)
    y = 200
    for group, entries in GROUPS:
        page.insert_text((x, y), group, fontname=GOTHIC, fontsize=9)
        y += 12
        for entry, number in entries:
            page.insert_text((x + 9, y), entry, fontname=MINCHO, fontsize=9)
            page.insert_text((x + MEASURE - 4.5 * len(number), y), number, fontname=MINCHO, fontsize=9)
            y += 12
        y += 11


class _Column:
    """Where the next line goes: down a column, on to the next at its foot."""
    def __init__(self, page: pymupdf.Page):
        self.page, self.k, self.y = page, 1, 60.0

    def line(self, text: str, *, x: float = 0, font: str = MINCHO, size: float = 8, step: float = 11) -> None:
        if self.y > HEIGHT - 50:
            self.k, self.y = self.k + 1, 60.0
        self.page.insert_text((COLUMNS[self.k] + x, self.y), text, fontname=font, fontsize=size)
        self.y += step

    def section(self, label: str, title: str) -> None:
        """The label, a gap of half a character, then the title: no space character between them."""
        if self.y > HEIGHT - 50:
            self.k, self.y = self.k + 1, 60.0
        self.page.insert_text((COLUMNS[self.k], self.y), label, fontname=MINCHO, fontsize=8)
        self.page.insert_text((COLUMNS[self.k] + 12, self.y), title, fontname=MINCHO, fontsize=8)
        self.y += 11


def build_gazette(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=WIDTH, height=HEIGHT)
    for x in COLUMNS[1:]:   # the rules between the columns
        page.draw_line((x - 12, 40), (x - 12, HEIGHT - 40), color=(0, 0, 0), width=0.5)
    _contents(page)
    col = _Column(page)
    _centred(page, COLUMNS[1], 75, BANNER, 14)
    _centred(page, COLUMNS[1], 108, NOTICE, 9)
    col.y = 125
    for row in _rows(_TEXT):
        col.line(row, x=8)
    for label, title in SECTIONS:
        col.section(label, title)
        if title == "Summary":
            for row in _ENGLISH:
                col.line(row, x=8, font="helv")
            continue
        for row in _rows(_TEXT * 3):
            col.line(row, x=8)
    doc.save(path)
    return path
