"""A budget explanation's page typeset here (財務省主計局's 予算の説明 conventions), with its truth:

build_ruled_columns: two columns with a drawn column rule between them (no line crosses it); over the
rule's top a letter-spaced title spread across both columns (（Ａ）歳　　　　出, its pieces far apart on
either side of the rule); an outline 1 > （1 ） > （イ）（ロ）（ハ） in the body's face and size, each heading
followed by an amount line 追　加 … in smaller type: the text layer sets a space inside the bracket after
the half-width digit （1 ）, the lower level counts in イロハ order, a wrapped title's next line is set in
under its label (between the label's start and the title's, 2.7 em in), and （1 ） closing the left column stands at
the height of （2 ） opening the right one; amounts listed under a paragraph (short lines, a number at the
column's right) keep the columns from running to their edges.

build_amount_lists: a page of paragraphs in 10 pt, each followed by a list of short names and amounts
in 9 pt whose glyphs outnumber the paragraphs': the body is the paragraphs' 10 pt (running text), so a
numbered sentence in it (1　…。) is no heading set larger than the body.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO, GOTHIC = "japan-s", "japan"
SIZE, SMALL = 10.0, 9.0
L0, R0 = 56.0, 314.0         # the columns' left edges
WIDTH = 22                   # characters per column line
RULE_X, RULE_TOP = 297.0, 80.0
PARA = ("上記の追加額は、新型コロナウイルス感染症対策として、国内でマスク・消毒液等を製造する企業に対して、"
        "生産設備の導入を支援するために必要な経費であって、その内訳は次のとおりである。")
AMOUNTS = [("介護施設利用者等への布", "65,232"), ("全世帯への布製マスク", "23,315"), ("小学校等への布製マスク", "7,508"),
           ("計", "96,054")]

# the headings as printed: (depth, label, title)
HEADINGS = [(1, "（Ａ）", "歳出"), (2, "1", "感染拡大防止策と医療提供体制の整備及び治療薬の開発"),
            (3, "（1）", "マスク・消毒液等の確保"), (4, "（イ）", "マスク・アルコール消毒液等生産設備導入経費"),
            (4, "（ロ）", "介護施設利用者等への布製マスク等の配布"), (3, "（1）", "雇用の維持"),
            (3, "（2）", "資金繰り対策"), (4, "（イ）", "中小企業への資金繰り支援"), (4, "（ロ）", "その他")]


def _para(page: pymupdf.Page, x: float, y: float, text: str = PARA) -> float:
    first = True
    while text:
        n = WIDTH - 1 if first else WIDTH
        page.insert_text((x + (SIZE if first else 0), y), text[:n], fontname=MINCHO, fontsize=SIZE)
        text, first, y = text[n:], False, y + SIZE * 1.65
    return y


def _amount(page: pymupdf.Page, x: float, y: float, value: str) -> float:
    page.insert_text((x + 20, y), "追　　　加", fontname=MINCHO, fontsize=SMALL)
    page.insert_text((x + 110, y), value, fontname=MINCHO, fontsize=SMALL)
    page.insert_text((x + 110 + SMALL * len(value), y), "（百万円）", fontname=MINCHO, fontsize=7)
    return y + SIZE * 1.65


def _amounts(page: pymupdf.Page, x: float, y: float) -> float:
    page.insert_text((x + 140, y), "（単位　百万円）", fontname=MINCHO, fontsize=7)
    y += SMALL * 1.6
    for name, value in AMOUNTS:
        page.insert_text((x + 40, y), name, fontname=MINCHO, fontsize=SMALL)
        page.insert_text((x + 170, y), value, fontname=MINCHO, fontsize=SMALL)
        y += SMALL * 1.6
    return y + 4


def _heading(page: pymupdf.Page, x: float, y: float, rows: list[str], under: float,
             font: str = MINCHO) -> float:
    """A heading over one or more rows, the wrapped rows set in `under` points from its start."""
    for k, row in enumerate(rows):
        page.insert_text((x + (under if k else 0), y), row, fontname=font, fontsize=SIZE)
        y += SIZE * 1.65
    return y


# build_ruled_columns(tabbed=True): the first heading's number set a tab apart from a title opening with
# 次 (a counter after a number set solid: ３次補正), the text layer holding no space between them
TABBED_TITLE = "次の段階としての経済活動の回復"
TABBED_HEADINGS = [(2, "1", TABBED_TITLE) if k == 1 else h for k, h in enumerate(HEADINGS)]


# build_ruled_columns(spread=(title, step)): the title over the columns a chapter's, 第2 set solid and its
# title's letters spread evenly to a width after it, each glyph placed on its own, `step` ems from one
# letter's start to the next: 第2　一　般　会　計 (2 ems), 第1　総　　　　説 (6 ems: its two letters 5 ems
# apart, further than justified text sets glyphs)
SPREAD_LABEL = "第2"
SPREADS = [("一般会計", 2.0), ("総説", 6.0)]


def spread_headings(title: str) -> list[tuple[int, str, str]]:
    return [(1, SPREAD_LABEL, title)] + HEADINGS[1:]


def build_ruled_columns(path: Path, tabbed: bool = False, spread: tuple[str, float] | None = None) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    if spread:
        page.insert_text((200, 62), SPREAD_LABEL, fontname=GOTHIC, fontsize=18)
        for k, ch in enumerate(spread[0]):
            page.insert_text((200 + 18 * (3.25 + k * spread[1]), 62), ch, fontname=GOTHIC, fontsize=18)
    else:
        page.insert_text((215, 62), "（Ａ）歳", fontname=GOTHIC, fontsize=18)
        page.insert_text((352, 62), "出", fontname=GOTHIC, fontsize=18)
    page.draw_line((RULE_X, RULE_TOP), (RULE_X, 780), width=0.5)
    if tabbed:
        page.insert_text((L0, 100), "1", fontname=GOTHIC, fontsize=SIZE)
        y = _heading(page, L0 + 1.8 * SIZE, 100, [TABBED_TITLE], 0, GOTHIC)
    else:
        y = _heading(page, L0, 100, ["1　 感染拡大防止策と医療提供体制の整備及び治", "療薬の開発"], 7.5, GOTHIC)
    y = _amount(page, L0, y, "1,809,653")
    y = _heading(page, L0, y, ["（1 ）マスク・消毒液等の確保"], 0)
    y = _amount(page, L0, y, "172,997")
    y = _heading(page, L0 + 25, y, ["（イ）マスク・アルコール消毒液等生産設備導", "入経費"], 27)
    y = _amount(page, L0, y, "2,910")
    y = _para(page, L0 + 15, y)
    y = _heading(page, L0 + 25, y, ["（ロ）介護施設利用者等への布製マスク等の配", "布"], 27)
    y = _amount(page, L0, y, "96,054")
    y = _para(page, L0 + 15, y)
    y = _amounts(page, L0, y)
    level = y
    _heading(page, L0, level, ["（1 ）雇用の維持"], 0)
    y = _heading(page, R0, level, ["（2 ）資金繰り対策"], 0)
    y = _amount(page, R0, y, "11,600")
    y = _heading(page, R0 + 25, y, ["（イ）中小企業への資金繰り支援"], 27)
    y = _amount(page, R0, y, "3,800")
    y = _para(page, R0 + 15, y)
    y = _amounts(page, R0, y)
    y = _heading(page, R0 + 25, y, ["（ロ）そ　の　他"], 27)
    y = _amount(page, R0, y, "16,239")
    _para(page, R0 + 15, y, PARA[:40] + "。")
    # the right column's top, beside the left column's first headings: the text carried over
    _para(page, R0 + 15, 100, PARA[:60] + "。")
    doc.save(path)
    return path


def build_amount_lists(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 80.0
    for k in range(3):
        y = _para(page, L0, y, f"{k + 1}　" + PARA[:60] + "。")
        for name, value in AMOUNTS * 3:
            page.insert_text((L0 + 40, y), name[:6], fontname=MINCHO, fontsize=SMALL)
            page.insert_text((L0 + 170, y), value, fontname=MINCHO, fontsize=SMALL)
            y += SMALL * 1.6
        y += 8
    doc.save(path)
    return path


# build_wrapped_citation(): the 総説's paragraphs in one column of 22 characters, each row run to its edge, under
# an outline of 第1 over １, ２ set in Gothic; a statute cited with its number in brackets (「財政法」（昭２２法
# ３４）…) wraps inside the brackets, so the next row opens with the statute's number and the bracket's
# close, ３４）第４条…, as a label would. The row that leaves （ open is set with 」（ closed up, the
# bracket's glyph box over 」's, and the text layer cuts the row there: its second piece stands far right
# of the column's edge; the next statute's 」（ is closed up and cut so too
CITATION_ROWS = ["令和２年度補正予算は、令和２年４月７日に閣", "議決定された経済対策を実施するために必要な経",
                 "費の追加等を行うことを内容とするものである。"]
CITED = ("次に歳入については、まず「財政法」", "（昭２２法")
CITATION_RUN_ON = ["３４）第４条第１項ただし書の規定による公債", "２，３２９百万円と、「財政運営に必要な財源の",
                   "の確保を図るための公債の発行の特例に関する法", ("律」", "（平２４法１０１）第３条第１項の規定による"),
                   "公債の増発を行うこととしている。"]
CITATION_HEADINGS = [("第1", "総説"), ("1", "一般会計"), ("2", "特別会計")]


def _citing_paragraph(page: pymupdf.Page, y: float, cites: bool) -> float:
    pitch = SIZE * 1.65
    for k, row in enumerate(CITATION_ROWS):
        page.insert_text((L0 + (SIZE if k == 0 else 0), y), row, fontname=MINCHO, fontsize=SIZE)
        y += pitch
    if not cites:
        return y
    page.insert_text((L0 + SIZE, y), CITED[0], fontname=MINCHO, fontsize=SIZE)
    page.insert_text((L0 + SIZE * len(CITED[0]), y), CITED[1], fontname=MINCHO, fontsize=SIZE)   # 」（ closed up
    y += pitch
    for row in CITATION_RUN_ON:
        pieces = (row,) if isinstance(row, str) else row
        x = L0
        for piece in pieces:   # 」（ closed up again: the row cut there
            page.insert_text((x, y), piece, fontname=MINCHO, fontsize=SIZE)
            x += SIZE * (len(piece) - 1)
        y += pitch
    return y


def build_wrapped_citation(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((L0 + 60, 70), "第1　総　説", fontname=GOTHIC, fontsize=16)
    y = 110.0
    for label, title in (("１", "一般会計"), ("２", "特別会計")):
        page.insert_text((L0, y), f"{label}　{title}", fontname=GOTHIC, fontsize=SIZE)
        y = _citing_paragraph(page, y + SIZE * 1.65, label == "１") + SIZE
    doc.save(path)
    return path
