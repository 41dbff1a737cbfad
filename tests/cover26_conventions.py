"""Pages typeset after the kinds cover26 met in its fifth sample of unseen documents (bench/cover_sample.tsv, draw 26),
none of whose words the code knows (stand-in names: 北野…, 南野…). Each builder sets one page the way its kind prints it:

- build_thanks_letter: a district committee's letter of thanks typed in one size: the date flush right, the addressees
  flush left (…各自治会の皆様へ), the committee flush right with its head signing under it (会長　北野　一郎), 御　礼
  centred alone with white above and under it, then the text; `numbered`: a speck row (■回■) over the date,
  as a scan's garbled circulation stamp stands there (no 回覧 read).
- build_attachment_sheet: a programme's attachment typed in one size: 【別紙５】 and the sheet's name on one row centred
  at the top, a blank line, then the text.
- build_chapter_file: a fee schedule's chapter printed as a file of its own, all in one size: the chapter's label and
  name on the first row, its 通則 under it, a part's row and its items after; `number`: the chapter's number.
- build_list_sheet: a spreadsheet printed as a list: its title in display type over a ruled grid (a header and four
  rows), one row's first cell (a hospital's name) set two points left of the grid's left rule.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from cover25_conventions import A4, _save, _text, _width   # cover25's page helpers (MS fonts named, A4)


LETTER_DATE = "令和８年７月吉日"
LETTER_ADDRESSEES = "北野地区各自治会の皆様へ"
COMMITTEE = "北野地区例示委員会"
COMMITTEE_HEAD = "会長　北野　一郎"
THANKS = "御　　礼"
SHEET_LABEL, SHEET_NAME = "【別紙５】", "北野販売の考え方について"
CHAPTER_NAME = "北野施設入所者に係る診療料"
LIST_TITLE = "北野に係る診療が可能な医療機関等一覧（都道府県集計用）"
STRAY_CELL = "医療法人北野会南野病院"

_LETTER_TEXT = ("日頃より、北野地区例示委員会の取組に、温かいご支援をいただき感謝申",
                "し上げます。先日行われました第１２回北野地区例示の集いには、大勢",
                "の方々にお越しいただきました。準備と運営に携わってくださった皆様",
                "のお力添えにより、無事に終えることができました。心より感謝いたし",
                "ます。今後ともよろしくお願いいたします。")


def build_thanks_letter(path: Path, numbered: bool = False) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    size, left, right = 12.0, 78.0, 468.0
    if numbered:
        _text(page, 73.0, 96.0, "■回■", size)   # the framed 回覧 as a scan's text layer garbles it
    _text(page, right - _width(LETTER_DATE, size), 124.0, LETTER_DATE, size)
    _text(page, left, 153.0, LETTER_ADDRESSEES, size)
    _text(page, right - _width(COMMITTEE, size), 178.0, COMMITTEE, size)
    _text(page, right - _width(COMMITTEE_HEAD, size), 192.0, COMMITTEE_HEAD, size)
    _text(page, (left + 503.0 - _width(THANKS, size)) / 2, 236.0, THANKS, size)
    y = 275.0
    for row in _LETTER_TEXT:
        _text(page, left + 12.0, y, row, size)
        y += 26.0
    return _save(doc, path)


def build_attachment_sheet(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    size, head = 11.0, SHEET_LABEL + SHEET_NAME
    _text(page, (A4[0] - _width(head, size)) / 2, 56.0, head, size)
    y = 96.0
    for x, row in ((36.0, "○　補助事業期間中の試作品の販売については、要件をすべて満たす北野販売のみ補助対象とします。"),
                   (36.0, "※北野販売（原材料費は除く）について"),
                   (57.0, "補助事業者が試作品を、限定された期間などで不特定多数の人に対して試験的に販売します。"),
                   (36.0, "〔北野販売の要件〕"),
                   (57.0, "・北野販売に向けた準備期間と販売期間が、事業期間内に終了となるもの。")):
        _text(page, x, y, row, size)
        y += 18.0
    return _save(doc, path)


def build_chapter_file(path: Path, number: str = "３") -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    size = 10.1
    _text(page, 125.0, 68.0, f"第{number}章　{CHAPTER_NAME}", size)
    rows = ((94.0, "北野施設の入所者である患者（以下この表において「施設入所者」という。）に対して"),
            (84.0, "行った療養の給付に係る診療料の算定は、前２章の規定にかかわらず、この章に定めるところによ"),
            (84.0, "る。"),
            (135.0, "第１部　併設保険医療機関の療養に関する事項"),
            (84.0, "１　緊急時施設治療管理料"),
            (115.0, "注　北野施設の医師の求めに応じて入所している患者の病状が著しく変化した場合に算定する。"))
    y = 83.0
    for x, row in rows:
        _text(page, x, y, row, size)
        y += 15.0
    return _save(doc, path)


def build_list_sheet(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=842.0, height=595.0)
    _text(page, (842.0 - _width(LIST_TITLE, 18.0)) / 2, 80.0, LIST_TITLE, 18.0)
    left, right, columns = 60.0, 780.0, (60.0, 260.0, 360.0, 560.0, 780.0)
    rows = (("施設名", "郵便番号", "住所", "電話番号"),
            ("北野産婦人科医院", "741-0062", "北野県北野市一丁目２０番２６号", "0827-43-3855"),
            ("南野クリニック", "740-0017", "北野県北野市今津一丁目１１番２８号", "0827-21-0913"),
            (STRAY_CELL, "743-0022", "北野県南野市虹ヶ浜三丁目６番１号", "0833-71-0084"),
            ("西野ウィメンズクリニック", "744-0075", "北野県西野市瑞穂町一丁目６番１０号", "0833-48-0211"))
    top, pitch = 110.0, 24.0
    for k in range(len(rows) + 1):
        page.draw_line((left, top + k * pitch), (right, top + k * pitch), width=0.75)
    for x in columns:
        page.draw_line((x, top), (x, top + len(rows) * pitch), width=0.75)
    for k, row in enumerate(rows):
        for j, cell in enumerate(row):
            x = columns[j] + 4.0 if cell != STRAY_CELL else left - 2.0
            _text(page, x, top + k * pitch + 16.0, cell, 10.0)
    return _save(doc, path)
