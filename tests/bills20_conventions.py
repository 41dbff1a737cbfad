"""A city's budget book and a council member's motion against it, as a budget system and a spreadsheet print them
(newdocsA20). The tests are in test_bills20_conventions.py.

build_budget_book   p1 a cover in 36 pt, no date: 令和７年度 / 一般会計補正予算 / （第７号） and, far under them in the
                    same type, the city's name letter-spaced (北　野　市); p2 the bill it carries — 議案第１２号, the
                    title again, two articles under their captions, the filing line 令和７年３月２日提出 and the mayor;
                    p3 the bill's second table: 第２表 in 10 pt, under it 「１　追加」 and 「（単位：千円）」 in 8 pt
                    over a ruled grid of 8 pt cells drawn to the page's foot. The title is the three rows without the
                    city (the issuer); the book is dated by the bill's filing line; the small rows heading the grid
                    are no footnote; p4 第３表 and a sentence close the book (no date closes its text).
build_spread        a budget's 第１表 printed across facing pages (見開き): p1 「第１表　歳入歳出予算補正」 and a grid of two
                    columns 款 | 項 (a 款 row, its 項 rows under it, the 款 cell spanning them), p2 「（単位：千円）」 and a
                    grid of three columns 補正前の額 | 補正額 | 計 whose rows stand level with p1's; then p3/p4 the same
                    spread again, its header printed again, the 歳出 going on. One table of five columns over
                    pp1–4, its header once.
build_motion        p1 every row in 12 pt: 議案第１２号, the motion's title, the sentence filing it (two rows), the
                    date, the addressee (…殿), the members; p2 its 別紙 in 11 pt. The title is the motion's title
                    row alone, no row of the sentence under it.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"
BOOK_TITLE = "令和７年度一般会計補正予算（第７号）"
BOOK_DATE = "2025-03-02"
MOTION_TITLE = "令和７年度北野市一般会計補正予算（第７号）に対する修正案"
_W, _H = 595, 842


def _centred(page: pymupdf.Page, y: float, text: str, size: float) -> None:
    width = pymupdf.get_text_length(text, fontname=MINCHO, fontsize=size)
    page.insert_text(((_W - width) / 2, y), text, fontname=MINCHO, fontsize=size)


def _bill(page: pymupdf.Page) -> None:
    y = 100.0
    for x, text in ((72, "議案第１２号"), (108, "令和７年度北野市一般会計補正予算（第７号）"),
                    (72, "　令和７年度北野市一般会計補正予算（第７号）は、次に定めるところによる。"),
                    (84, "（歳入歳出予算の補正）"), (72, "第１条　歳入歳出予算の総額に歳入歳出それぞれ１２，３４５千円を追加する。"),
                    (84, "（債務負担行為の補正）"), (72, "第２条　債務負担行為の追加は、「第２表　債務負担行為補正」による。"),
                    (96, "令和７年３月２日提出"), (300, "北野市長　山　田　太　郎")):
        page.insert_text((x, y), text, fontname=MINCHO, fontsize=12)
        y += 24
    _centred(page, 780, "－1－", 12)


def _second_table(page: pymupdf.Page) -> None:
    page.insert_text((42, 50), "第　２　表　　債　務　負　担　行　為　補　正", fontname=MINCHO, fontsize=10)
    page.insert_text((51, 72), "１　追加", fontname=MINCHO, fontsize=8)
    page.insert_text((479, 72), "（単位：千円）", fontname=MINCHO, fontsize=8)
    xs, top, pitch, rows = (41.0, 194.0, 366.0, 539.0), 80.0, 22.0, 30
    for k in range(rows + 1):
        page.draw_line((xs[0], top + k * pitch), (xs[-1], top + k * pitch), width=0.5)
    for x in xs:
        page.draw_line((x, top), (x, top + rows * pitch), width=0.5)
    for k in range(rows):
        y = top + k * pitch + 14
        cells = ("事　項", "期　間", "限　度　額") if k == 0 else (f"施設{k}号館指定管理委託", "令和１２年度まで", f"{k * 1000:,}")
        for x, text in zip(xs, cells):
            page.insert_text((x + 4, y), text, fontname=MINCHO, fontsize=8)
    _centred(page, 780, "－2－", 10)


def build_budget_book(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=_W, height=_H)
    for y, text in ((200, "令和７年度"), (334, "一般会計補正予算"), (401, "（第７号）"), (602, "北　野　市")):
        _centred(cover, y, text, 36)
    _bill(doc.new_page(width=_W, height=_H))
    _second_table(doc.new_page(width=_W, height=_H))
    last = doc.new_page(width=_W, height=_H)
    last.insert_text((42, 50), "第　３　表　　地　方　債　補　正", fontname=MINCHO, fontsize=10)
    last.insert_text((42, 80), "起債の方法は証書借入とし、利率は年５％以内とする。", fontname=MINCHO, fontsize=10)
    doc.save(path)
    return path


def build_motion(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    for x, y, text in ((90, 130, "議案第１２号"), (130, 178, MOTION_TITLE),
                       (80, 264, "　上記の議案に対する修正案を別紙のとおり地方自治法第115条の３及び北野市"),
                       (80, 297, "会議規則第17条の規定により提出します。"), (88, 366, "令和７年３月16日"),
                       (80, 411, "　北野市議会議長　川　上　一　郎　殿"), (322, 478, "提出者　　佐藤　花子"),
                       (322, 501, "賛成者　　鈴木　次郎"), (334, 524, "〃　　　高橋　三郎")):
        page.insert_text((x, y), text, fontname=MINCHO, fontsize=12)
    annex = doc.new_page(width=_W, height=_H)
    for y, text in ((70, "別紙"), (112, f"議案第１２号　{MOTION_TITLE}"),
                    (173, "議案第１２号　令和７年度北野市一般会計補正予算（第７号）の一部を次のように修正する。"),
                    (224, "第２条　「第２表　債務負担行為補正」中、「施設１号館指定管理委託」を削除する。")):
        annex.insert_text((79, y), text, fontname=MINCHO, fontsize=11.2)
    doc.save(path)
    return path


SPREAD_HEADER = ("款", "項", "補正前の額", "補正額", "計")
_LEFT, _RIGHT = (45.0, 297.0, 543.0), (45.0, 206.0, 367.0, 533.0)


def _half(page: pymupdf.Page, xs: tuple[float, ...], rows: list[tuple[str, ...]], spans_left: list[int]) -> None:
    """A grid of `rows` (the header first), 20 pt a row from y 60; `spans_left`: the rows whose first cell spans
    down over the rows under it (no rule across the first column there)."""
    top, pitch = 60.0, 20.0
    for k in range(len(rows) + 1):
        x0 = xs[1] if k in spans_left else xs[0]
        page.draw_line((x0, top + k * pitch), (xs[-1], top + k * pitch), width=0.5)
    for x in xs:
        page.draw_line((x, top), (x, top + len(rows) * pitch), width=0.5)
    for k, cells in enumerate(rows):
        for x, text in zip(xs, cells):
            page.insert_text((x + 6, top + k * pitch + 14), text, fontname=MINCHO, fontsize=10)


def build_spread(path: Path) -> Path:
    doc = pymupdf.open()
    labels = [("款", "項"), ("２　総務費", ""), ("", "１　総務管理費"), ("", "２　徴税費"), ("３　民生費", ""),
              ("", "１　社会福祉費")]
    amounts = [("補正前の額", "補正額", "計"), ("7,028,299", "475,462", "7,503,761"), ("6,140,827", "475,811", "6,616,638"),
               ("568,992", "4,742", "573,734"), ("14,169,631", "366,016", "14,535,647"), ("4,143,074", "168,803", "4,311,877")]
    for n in range(2):
        left = doc.new_page(width=_W, height=_H)
        if n == 0:
            left.insert_text((112, 40), "第１表　歳入歳出予算補正", fontname=MINCHO, fontsize=11)
        _half(left, _LEFT, labels, [2, 3, 5] if n == 0 else [2, 3])
        _centred(left, 780, f"－{2 * n + 2}－", 10)
        right = doc.new_page(width=_W, height=_H)
        right.insert_text((479, 52), "（単位：千円）", fontname=MINCHO, fontsize=8)
        _half(right, _RIGHT, amounts, [])
        _centred(right, 780, f"－{2 * n + 3}－", 10)
        labels = [("款", "項"), ("４　衛生費", ""), ("", "１　保健衛生費"), ("", "２　清掃費"), ("歳出合計", "")]
        amounts = amounts[:5]
    doc.save(path)
    return path
