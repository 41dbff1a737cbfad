"""A leaflet with ruby (furigana), typeset here as a designer's layout program sets it (issue 19: a
cabinet office leaflet from Illustrator), with what a reader counts beside it:

- build_ruby_leaflet: a headline in large type whose kanji carry ruby, small kana set as a line of
  their own right over the word they gloss, within its width (one run over the word; a second word's
  ruby set letter by letter, each kana a line of its own over its kanji), about a third of its size;
  under it a paragraph in body type that opens with a word in kana alone ("ふりがなは…"), no ruby;
  a heading in body type under a small kana label set left of it ("おしらせ", no gloss: outside its
  word's width).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

FONT = "japan"
HEADLINE = ["避難指示で必ず避難", "避難勧告は廃止です"]
RUBY = ["ひなんしじ", "ひなんかんこく"]
BODY = ["ふりがなは小さな文字で漢字の読みを示します。読み方を知らない人にも伝わるように付けます。",
        "行政が指定した避難場所への立退き避難を確認しましょう。"]


def build_ruby_leaflet(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    size, y = 40.0, 120.0
    page.insert_text((60, y), HEADLINE[0], fontname=FONT, fontsize=size)
    page.insert_text((62, y - size - 2), RUBY[0], fontname=FONT, fontsize=12)   # over 避難指示 (4 × 40 pt)
    y += 80
    page.insert_text((60, y), HEADLINE[1], fontname=FONT, fontsize=size)
    for k, kana in enumerate(RUBY[1]):   # letter by letter over 避難勧告
        page.insert_text((62 + k * 22, y - size - 2), kana, fontname=FONT, fontsize=12)
    y += 60
    for row in BODY:
        page.insert_text((60, y), row, fontname=FONT, fontsize=10.5)
        y += 16
    page.insert_text((20, y + 4), "おしらせ", fontname=FONT, fontsize=6)
    page.insert_text((60, y + 16), "屋内安全確保について", fontname=FONT, fontsize=10.5)
    doc.save(str(path))
    return path


HEADLINE_ROWS = ["令和３年５月２０日から", "避難指示で必ず避難", "避難勧告は廃止です"]
BOXES = ["警戒レベル５は、命が危険な状況です。", "避難勧告は廃止されます。", "危険な場所から避難しましょう。"]


def build_headline_leaflet(path: Path, bold: bool = False) -> Path:
    """A leaflet's cover: the headline in three rows of display type (30, 44 and 38 pt; `bold`: each row
    in a bold face, filled and stroked), ruby over its kanji, a badge left of it (警戒レベル over a huge ４);
    under it three rounded boxes of statements in body type, the level numbers "5 4 3" set huge behind
    them; the issuer at the foot."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    heavy = {"render_mode": 2, "border_width": 0.03} if bold else {}
    page.insert_text((140, 70), HEADLINE_ROWS[0], fontname=FONT, fontsize=30, **heavy)
    page.insert_text((122, 140), HEADLINE_ROWS[1], fontname=FONT, fontsize=44, **heavy)
    page.insert_text((126, 92), RUBY[0], fontname=FONT, fontsize=11)   # over 避難指示
    page.insert_text((140, 210), HEADLINE_ROWS[2], fontname=FONT, fontsize=38, **heavy)
    for k, kana in enumerate(RUBY[1]):   # letter by letter over 避難勧告
        page.insert_text((142 + k * 19, 168), kana, fontname=FONT, fontsize=9)
    page.insert_text((36, 108), "警戒レベル", fontname=FONT, fontsize=10)
    page.insert_text((48, 136), "４", fontname=FONT, fontsize=28)   # touching its label
    page.insert_text((60, 780), "5 4 3", fontname=FONT, fontsize=120)
    for k, text in enumerate(BOXES):
        page.draw_rect(pymupdf.Rect(40 + 185 * k, 640, 205 + 185 * k, 770), color=(0, 0, 0), radius=0.1)
        for r in range(0, len(text), 10):
            page.insert_text((48 + 185 * k, 665 + 2 * r), text[r:r + 10], fontname=FONT, fontsize=12)
    body = "避難とは難を避けること。安全な場所にいる人は避難する必要はありません。"
    for r in range(6):
        page.insert_text((40, 300 + 18 * r), body, fontname=FONT, fontsize=12)
    page.insert_text((180, 815), "内閣府（防災担当）・消防庁", fontname=FONT, fontsize=20)
    doc.save(str(path))
    return path


CELL_WORDS = ["避難指示", "高齢者等避難"]
CELL_RUBY = ["ひなんしじ", "こうれいしゃとうひなん"]


def build_ruby_table(path: Path) -> Path:
    """A ruled table of two rows and two columns (a level's number | its name), each name's kanji
    glossed by ruby set as a small line of its own right over the word inside its cell; a paragraph
    under the table. The cells read the names without their ruby; the ruby is furniture."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 80), "避難情報の一覧です。レベルごとにとるべき行動を確認してください。", fontname=FONT, fontsize=10.5)
    x0, x1, x2, top, row = 60.0, 140.0, 420.0, 110.0, 50.0
    for k in range(3):
        page.draw_line((x0, top + k * row), (x2, top + k * row), width=1)
    for x in (x0, x1, x2):
        page.draw_line((x, top), (x, top + 2 * row), width=1)
    for k, (word, kana) in enumerate(zip(CELL_WORDS, CELL_RUBY)):
        base = top + k * row + 38
        page.insert_text((x0 + 10, base), f"レベル{4 - k}", fontname=FONT, fontsize=12)
        page.insert_text((x1 + 12, base), word, fontname=FONT, fontsize=18)
        page.insert_text((x1 + 13, base - 20), kana, fontname=FONT, fontsize=7)
    page.insert_text((60, top + 2 * row + 30), "危険な場所から全員避難しましょう。", fontname=FONT, fontsize=10.5)
    doc.save(str(path))
    return path
