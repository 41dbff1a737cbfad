"""A bill typed in a word processor that places every line (一太郎: tests/test_flow17_conventions.py): its
text layer writes no blank line and no leading space — the cover block's lines, the 前文's paragraphs and
an item hung under its label are told apart only by where each line stands (paragraphs._positioned_break,
page_flow.positioned_pages)."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_FONT = "japan"
SIZE, PITCH, LEFT = 10.5, 21.8, 85.0
SUBMITTED = "令和９年３月４日提出"
MAYOR = "みどり市長平山太郎"
PREAMBLE = [["手話は、音声を使わず、手指や体の動き、表情を使って、視覚的に表現する言語であ",
             "り、障害者の権利に関する条約や障害者基本法においても、言語として位置付けられ",
             "ている。"],
            ["そのため、手話が言語であるという認識を広げ、ろう者とろう者以外の者が真に共生",
             "する地域社会の実現を目指し、この条例を制定する。"]]
ITEM = ["１　原判決のうち上告人の敗訴部分を破棄し，同部分に", "つき第１審判決を取り消す。"]


def build_bill(path: Path) -> Path:
    """One page: the cover block (the bill's name, the day it is submitted set in, the mayor set flush
    right, the name again, a blank line's gap between), two paragraphs of a 前文 each opening one letter
    in, and an item set in a block narrower than the text, its second line hung under the text after its
    label — all placed, no space and no blank line written."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    rows = [(LEFT + SIZE, 100.0, "みどり市手話言語条例"), (LEFT + 2 * SIZE, 100.0 + PITCH, SUBMITTED),
            (390.0, 100.0 + 3 * PITCH, MAYOR), (LEFT + 3 * SIZE, 100.0 + 5 * PITCH, "みどり市手話言語条例")]
    y = 100.0 + 7 * PITCH
    for para in PREAMBLE:
        for k, text in enumerate(para):
            rows.append((LEFT + (SIZE if k == 0 else 0.0), y, text))
            y += PITCH
    y += PITCH
    rows += [(LEFT + 8 * SIZE, y, ITEM[0]), (LEFT + 10 * SIZE, y + PITCH, ITEM[1])]
    for x, y0, text in rows:
        page.insert_text((x, y0), text, fontname=_FONT, fontsize=SIZE)
    doc.save(path)
    return path


TITLE_ROWS = ["みどり市地方創生臨時交付金", "第一次実施計画の提出状況"]
NOTE = ["地方公共団体毎に定められた交付限度額を超える額の事業を記載している団体があることから、配", "分予定額より大きくなる。"]


def build_two_row_title(path: Path) -> Path:
    """A sheet's title set on two rows in display type, a blank line's gap between them, over a note in body
    type: each row a paragraph of its own where lines are read by position."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    rows = [(150.0, 90.0, 18.0, TITLE_ROWS[0]), (170.0, 140.0, 18.0, TITLE_ROWS[1]),
            (LEFT, 220.0, SIZE, NOTE[0]), (LEFT, 220.0 + PITCH, SIZE, NOTE[1])]
    for x, y0, size, text in rows:
        page.insert_text((x, y0), text, fontname=_FONT, fontsize=size)
    doc.save(path)
    return path


DECK_TITLE = "２．これまでの取り組みについて"
DECK_ITEMS = [["◼ ２月初頭、厚生労働省は助言組織を設置し、検査の拡充などに意見を求められた。",
               "③ 新たな情報をもとに、市民に感染症防止策を共有する必要性"],
              ["◼ ２月１４日、政府対策本部のもとに専門家会議が発足した。",
               "◼ 会議は医学的な見地から助言を行った。"]]


def build_deck_repeating_its_title(path: Path) -> Path:
    """A deck (landscape slides, a title in 20 pt in the band at each top) whose second and third slides
    carry the same title: the part's title repeated on each of its slides, under the last line of the slide
    before (which closes no sentence)."""
    doc = pymupdf.open()
    cover = doc.new_page(width=780, height=540)
    cover.insert_text((150, 220), "専門家会議の活動について", fontname=_FONT, fontsize=32)
    cover.insert_text((300, 360), "令和２年５月", fontname=_FONT, fontsize=24)
    for items in DECK_ITEMS:
        page = doc.new_page(width=780, height=540)
        page.insert_text((40, 40), DECK_TITLE, fontname=_FONT, fontsize=20)
        for k, text in enumerate(items):
            page.insert_text((40, 110 + 30 * k), text, fontname=_FONT, fontsize=14)
    doc.save(path)
    return path


ISSUE = "No.1692"
MAST_YEAR = "令和８年（２０２６年）"
COLUMN_TEXT = "市の広報は毎月二回発行しています。市内の各戸に配布するほか、公共施設にも置いています。"


def build_masthead_newsletter(path: Path) -> Path:
    """A newsletter's first page: three columns of running text under a masthead whose date is printed huge
    at the top of the third column (20 in 64 pt), its issue number No.1692 set under it inside the date's box,
    the year over it."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((420, 60), MAST_YEAR, fontname=_FONT, fontsize=9)
    page.insert_text((440, 150), "20", fontname=_FONT, fontsize=64)
    page.insert_text((450, 152), ISSUE, fontname=_FONT, fontsize=12)
    per_line = 16
    for left in (40.0, 220.0, 400.0):
        text = COLUMN_TEXT * 6
        y = 240.0
        for k in range(0, per_line * 24, per_line):
            page.insert_text((left, y), text[k:k + per_line], fontname=_FONT, fontsize=9)
            y += 15
    doc.save(path)
    return path


BOX_NOTE = ["※３　都外居住者が自己採取し郵送した検体を都内医療機関で検査を行", "った結果、陽性判明した数である。"]
PART_HEAD = "＜属性＞"


def build_note_under_a_box(path: Path) -> Path:
    """A statistics sheet's row: a wide ruled table at the left, a narrow box of one figure at the right set lower,
    its note ※３ of two lines right under it; at the left, level with the box's foot, the next part's head
    ＜属性＞, and under it, level with the note, a label over the next table. No gutter runs the page's height."""
    from known16_conventions import _grid
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((30, 115), "１　患者の発生状況", fontname=_FONT, fontsize=9.8)
    _grid(page, 42, 124, 327, [("総数", "783"), ("調査中", "529"), ("海外渡航歴", "1")])
    _grid(page, 346, 187, 407, [("持ち込み※３", "41")])
    page.insert_text((44, 232), PART_HEAD, fontname=_FONT, fontsize=9.8)
    for k, text in enumerate(BOX_NOTE):
        page.insert_text((348, 242 + 10 * k), text, fontname=_FONT, fontsize=6.2)
    page.insert_text((44, 256), "〇年代", fontname=_FONT, fontsize=9.8)
    _grid(page, 42, 262, 529, [("10代", "30"), ("20代", "234"), ("30代", "143")])
    doc.save(path)
    return path
