"""Documents set vertically (縦書き), as a bill and its reasons are submitted to the Diet, each with its truth
beside it:

- build_vertical_rules: an A4 page set vertically in one Mincho face (PyMuPDF's CJK font in vertical
  mode, wmode 1, Identity-V: MuPDF reads it as one line per glyph, each written down the page); each
  line of the text a column, the columns read from the right. The bill's title set larger, 第一章　総則
  three characters below the columns' top, each article's caption （目的） one character in above the
  column its number opens (第一条　…, at the top), its text wrapped to the next column one character in;
  a second paragraph ２ at the top; 附　則 and its provision, whose date's digits are set across inside
  the column (縦中横: 12 side by side in one character's room); a page number set across at the page's
  foot (- 1 -).
- build_vertical_rules(by_glyph=True): the same page drawn glyph by glyph in a font set across (a
  typesetting system's vertical layout, Ryumin Identity-H: each glyph placed upright below the one
  before; MuPDF reads one line per glyph, each set across).
- build_vertical_speech: a minister's speech to the Diet as Word sets it vertically (glyph by glyph): a
  cover page with the title's column and the date's (令和二年四月二十七日, in kanji), then pages of
  paragraphs opened one character down, each section's title wholly in brackets （…の大要）, bold by
  fill-and-stroke (render mode 2, Word's bold), on a column of its own after an empty one; the page
  numbers in kanji (一, 二) set across at the bottom left.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"
BODY = 10.5
PITCH = 16.0   # one column to the next (the line pitch, turned)
TOP = 60.0     # the columns' top (the text's start, turned)

# (depth, label, title): the headings of build_vertical_rules
RULES = [(1, "第一章", "総則"), (2, "第一条", "目的"), (2, "第二条", "定義"), (2, "第三条", "設置"),
         (2, "第四条", "委任"), (1, "", "附則")]
_TEXT = ("この法律は、図書館の設置及び運営に関し必要な事項を定めるものとし、関係する法令の定めによるほか、",
         "この法律の定めるところによる。")
SECOND = "２　前項の施設の名称及び位置は、条例で定める。"
HEAD, DIGITS, TAIL = "この法律は、令和八年", "12", "月一日から施行する。"
# the articles' text as read (each article's paragraph; the second paragraph of 第二条 its own)
PARAGRAPHS = [_TEXT[0] + _TEXT[1]] * 2 + [SECOND[2:]] + [_TEXT[0] + _TEXT[1]] * 2 + [HEAD + DIGITS + TAIL]


def _set(page: pymupdf.Page, x: float, text: str, indent: float = 0.0, size: float = BODY,
         by_glyph: bool = False) -> float:
    """One column set down the page from `indent` characters below the top, its middle at `x` (a glyph
    written down is centred on the point it is set at; one set glyph by glyph is placed so); the next
    column's middle."""
    if not by_glyph:
        page.insert_text((x, TOP + indent * BODY), text, fontname=MINCHO, fontsize=size)
        return x - PITCH
    top = TOP + indent * BODY + 0.88 * size
    for k, glyph in enumerate(text):
        page.insert_text((x - size / 2, top + (k + 0.85) * size), glyph, fontname=MINCHO, fontsize=size)
    return x - PITCH


def build_vertical_rules(path: Path, by_glyph: bool = False) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    if not by_glyph:
        page.insert_font(fontname=MINCHO, wmode=1)

    def _column(page: pymupdf.Page, x: float, text: str, indent: float = 0.0, size: float = BODY) -> float:
        return _set(page, x, text, indent, size, by_glyph)
    x = _column(page, 540.0, "図書館法", 4, 14) - 6
    x = _column(page, x, "第一章　総則", 3)
    for number, caption in zip("一二三四", ("目的", "定義", "設置", "委任")):
        x = _column(page, x, f"（{caption}）", 1)
        x = _column(page, x, f"第{number}条　{_TEXT[0]}")
        x = _column(page, x, _TEXT[1], 1)
        if number == "二":
            x = _column(page, x, SECOND)
    x = _column(page, x, "附　則", 4)
    # 縦中横: the date's digits set across, side by side in one character's room of the column
    _column(page, x, HEAD, 1)
    small = BODY * 0.8
    width = pymupdf.get_text_length(DIGITS, fontname="helv", fontsize=small)
    room = TOP + (1 + len(HEAD) + 0.88) * BODY   # the top of the character's room the digits take
    page.insert_text((x - width / 2, room + 0.8 * BODY), DIGITS, fontname="helv", fontsize=small)
    _column(page, x, TAIL, 2 + len(HEAD))
    page.insert_text((285, 800), "- 1 -", fontname="helv", fontsize=BODY)   # set across, at the foot
    doc.save(path)
    return path


# build_vertical_speech's sections and paragraphs
SPEECH_TITLE, SPEECH_DATE = "第二百一回国会における財務大臣の財政演説", "令和二年四月二十七日"
SECTIONS = ["（経済の現状と基本的な考え方）", "（補正予算の大要）", "（むすび）"]
PARAGRAPH = ("新型コロナウイルス感染症は、内外経済に甚大な影響をもたらしております。先行きについても、厳しい状況が続くと"
             "見込まれています。こうした認識に立ち、新たに補正予算を編成いたしました。",
             "一般会計につきましては、総額で約二十五兆六千九百億円の歳出追加を行うこととしております。その財源につき"
             "ましては、公債を発行することとしています。")


def _wrapped(text: str, first: int, width: int) -> list[tuple[int, str]]:
    """A paragraph's columns: (indent, text), the first opened `first` characters down, each `width` characters."""
    out, at = [], 0
    while at < len(text):
        room = width - (first if not out else 0)
        out.append((first if not out else 0, text[at:at + room]))
        at += room
    return out


def build_vertical_speech(path: Path) -> Path:
    doc = pymupdf.open()
    size, pitch, width = 14.0, 33.0, 46
    cover = doc.new_page(width=595, height=842)
    _set(cover, 298, SPEECH_TITLE, 4, 22, by_glyph=True)
    _set(cover, 105, SPEECH_DATE, 36, 18, by_glyph=True)
    for number, sections in (("一", SECTIONS[:2]), ("二", SECTIONS[2:])):
        page = doc.new_page(width=595, height=842)
        x = 509.0
        for section in sections:
            x -= pitch   # the empty column before a section
            top = TOP + 0.88 * size
            for k, glyph in enumerate(section):   # bold as Word makes it: filled and stroked
                page.insert_text((x - size / 2, top + (k + 0.85) * size), glyph, fontname=MINCHO, fontsize=size,
                                 render_mode=2, border_width=0.03)
            x -= pitch
            for paragraph in PARAGRAPH:
                for indent, text in _wrapped(paragraph, 1, width):
                    _set(page, x, text, indent, size, by_glyph=True)
                    x -= pitch
        page.insert_text((25, 747), number, fontname=MINCHO, fontsize=12)   # the page's number, set across
    doc.save(path)
    return path


# build_mixed_blocks: a horizontal page's 縦書き box (its columns, right to left) and a vertical page's table
BOX = ["このたびの災害により被災された", "皆様に心からお見舞い申し上げます", "一日も早い復旧を願っております"]
TABLE = ["区分　　予算額　　決算額", "図書館費　　１２０　　１１５", "博物館費　　　８０　　　７８"]


def build_mixed_blocks(path: Path, by_glyph: bool = False) -> Path:
    """Two pages, each holding a block written the other way (縦書き decided per block, not per page):
    - a page set across (twenty lines of running text on the left) with a 縦書き box on its right: three
      columns written down in a font in vertical mode (Identity-V: MuPDF gives a line per glyph), read from
      the right; beside the text a table's header cell written down alone (区分, one glyph to a line);
    - a page set vertically (build_vertical_rules' columns) with a table set across under its columns,
      three rows, each a line of its own; by_glyph: the columns drawn glyph by glyph."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname=MINCHO, wmode=1)
    for k in range(20):
        page.insert_text((72, 100 + 20 * k), _TEXT[0][:22], fontname="china-s", fontsize=BODY)
    x = 520.0
    for k, column in enumerate(BOX):
        x = _set(page, x, column, 1 if k == 0 else 0)
    _set(page, 45, "区分", 4)
    page = doc.new_page(width=595, height=842)
    if not by_glyph:
        page.insert_font(fontname=MINCHO, wmode=1)
    x = 540.0
    for k in range(12):
        x = _set(page, x, _TEXT[0][:36], 1 if k % 4 == 0 else 0, by_glyph=by_glyph)
    for r, row in enumerate(TABLE):
        page.insert_text((300, 700 + 18 * r), row, fontname="china-s", fontsize=BODY)
    doc.save(path)
    return path


# build_typed_rule: a page set across in two columns with a rule between them set as type
RULE_MARK, LEADER = "│", "．" * 30


def build_typed_rule(path: Path) -> Path:
    """A gazette's page (官報): two columns of text set across, the rule between them set as type — one
    mark (│) repeated forty times in a line written down the page, across the letters (a typesetting
    system's line font) —, and under the right column a line of leader dots alone, set across (a
    leader runs along its line: text)."""
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    for k in range(24):
        page.insert_text((60, 80 + 18 * k), f"左の段の{k + 1}行目の本文。", fontname="china-s", fontsize=BODY)
        page.insert_text((440, 80 + 18 * k), f"右の段の{k + 1}行目の本文。", fontname="china-s", fontsize=BODY)
    page.insert_text((425, 60), RULE_MARK * 40, fontname="china-s", fontsize=BODY, rotate=-90)
    page.insert_text((440, 80 + 18 * 25), LEADER, fontname="china-s", fontsize=BODY)
    doc.save(path)
    return path


# build_margin_strip: a gazette's page set across with its strip written down the left margin
STRIP = ["（号外第百二十二号）", "官報", "令和七年七月三日木曜日"]


def build_margin_strip(path: Path, pages: int = 2) -> Path:
    """A gazette's pages (官報) set across in two columns, each with the strip written down its left
    margin (the issue, the paper's name, the date: pieces on one axis, each a line written down, over
    most of the page's height), as the gazette prints it on every page."""
    doc = pymupdf.open()
    for n in range(pages):
        page = doc.new_page(width=842, height=595)
        for k in range(24):
            page.insert_text((100, 80 + 18 * k), f"第{n + 1}面左の段の{k + 1}行目の本文。", fontname="china-s", fontsize=BODY)
            page.insert_text((460, 80 + 18 * k), f"第{n + 1}面右の段の{k + 1}行目の本文。", fontname="china-s", fontsize=BODY)
        for y, piece in zip((60, 260, 340), STRIP):
            page.insert_text((45, y), piece, fontname="china-s", fontsize=BODY, rotate=-90)
    doc.save(path)
    return path


# build_flush_columns: two columns justified flush against the column rule drawn between them
FLUSH_LEFT, FLUSH_RIGHT = "左の段の本文は段の端まで組まれ、", "３　入札書の提出先等"


def build_flush_columns(path: Path) -> Path:
    """A gazette's page (官報): two columns of text set across with a rule drawn between them, the left
    column's lines justified so that their last glyph's box reaches the rule, the right column's lines
    a little lower (their baselines half a point off the left's: another column's grid)."""
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    rule = 425.0
    width = pymupdf.get_text_length(FLUSH_LEFT, fontname="china-s", fontsize=BODY)
    for k in range(24):   # the columns written one after the other, as a typesetting system writes them
        page.insert_text((rule - width, 80 + 18 * k), FLUSH_LEFT, fontname="china-s", fontsize=BODY)
    for k in range(24):
        page.insert_text((rule + 4, 80 + 18 * k + 0.6), FLUSH_RIGHT if k == 10 else f"右の段の{k + 1}行目の本文。",
                         fontname="china-s", fontsize=BODY)
    page.draw_line((rule, 60), (rule, 520), width=0.5)
    doc.save(path)
    return path


# build_gazette_cover: a gazette edition's first page (官報 政府調達公告版)
EDITION, PUBLISHER, NOTICE_DATE = "政府調達公告版", "発行　内閣府", "令和７年７月３日"


def build_gazette_cover(path: Path) -> Path:
    """The first page of a gazette's edition (官報): set across in four columns parted by drawn rules,
    the strip down its left margin; in the first column the masthead — 発行　内閣府 (9pt) over the
    edition's name (14pt) — and the contents under 目　　次 (14pt); in the others, the first notice in
    8pt, dated in its second row."""
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    small = 8.0
    for x in (240, 425, 610):
        page.draw_line((x, 60), (x, 540), width=0.5)
    page.insert_text((80, 140), PUBLISHER, fontname="china-s", fontsize=9)
    page.insert_text((80, 175), EDITION, fontname="china-s", fontsize=14)
    page.insert_text((110, 215), "目　　次", fontname="china-s", fontsize=14)
    for k, entry in enumerate(("入札公告", "随意契約に関する公示", "落札者等の公示")):
        page.insert_text((70, 245 + 12 * k), entry, fontname="china-s", fontsize=small)
        page.insert_text((225, 245 + 12 * k), str(1 + 10 * k), fontname="helv", fontsize=small)
    rows = ["次のとおり一般競争入札に付します。", NOTICE_DATE] + [f"本文の{k + 1}行目であり、入札の条件を定める。" for k in range(38)]
    for col, x in enumerate((250, 435, 620)):
        for k, row in enumerate(rows if col == 0 else rows[2:]):
            page.insert_text((x, 80 + 11 * k), row, fontname="china-s", fontsize=small)
    for y, piece in zip((60, 260, 340), STRIP):
        page.insert_text((45, y), piece, fontname="china-s", fontsize=10, rotate=-90)
    doc.save(path)
    return path
