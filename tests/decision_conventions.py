"""Documents typeset here in the conventions of a 対策本部 decision and an expert meeting's paper
(Word output, 2020), each with its truth beside it:

- build_marked_subheadings: a decision in one size (MS-Mincho body, MS-Gothic headings at the body
  size): １. > （１） > ○ sub-headings, each ○ line in Gothic over Mincho paragraphs right under it;
  a list of ○ items in Gothic one under another, and ○ bullets in the body's Mincho, are no headings.
- build_note_marks: footnotes numbered i, ii (Word's roman style) and endnotes numbered 1), 2), 3)
  under a rule after the text, their marks small and raised.
- build_quoted_title: a title line printed in corner brackets 「…」 over the date and the authors.
- build_gothic_plan: a cabinet decision's plan set wholly in Gothic (MS-Gothic, one face for body and
  headings): a cover sheet (「…」について, its date, 閣議決定, 「…」を別紙のとおり定める。), then the 別紙's
  title page (（別紙）, the plan's name in display type, its ～…～ subtitle, the date), then 第１章 > １． >
  ○ > （１）: the ○ line stands a blank line under the list before it, short of the edge, over a
  paragraph whose first line is indented; a list of ○ items one under another follows, no headings.
  The title page's rows are no headings (it repeats a title: a page of a few lines with a date).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

GOTHIC, MINCHO = "japan", "china-ss"   # PyMuPDF names them /Gothic and /Song: renamed below
SIZE = 14.0
PARAGRAPH = "政府は関係機関と連携し、必要な支援を速やかに行うとともに、その状況を"

# (depth, label, title); None marks a list of Gothic ○ items, then Mincho ○ bullets, under the last heading
MARKED = [(1, "１.", "基本方針"), (1, "２.", "緊急対応策"), (2, "（１）", "帰国者等への支援"),
          (3, "○", "帰国者等の健康管理のための支援"), (3, "○", "邦人の安全確保のための支援"),
          (2, "（２）", "国内感染対策の強化"), (3, "○", "検査体制の強化等"), None]
GOTHIC_LIST = ["○検査キットの開発", "○治療薬の開発", "○ワクチンの開発"]
MINCHO_BULLETS = ["○相談窓口を設置する", "○情報提供を強化する"]


def build_marked_subheadings(path: Path) -> Path:
    doc = pymupdf.open()
    page, y = doc.new_page(), 80.0
    for entry in MARKED:
        if y > 700:
            page, y = doc.new_page(), 80.0
        if entry is None:
            for text in GOTHIC_LIST:
                page.insert_text((85, y), text, fontname=GOTHIC, fontsize=SIZE)
                y += 21
            for k in range(2):
                page.insert_text((103 if k == 0 else 89, y), PARAGRAPH[:30], fontname=MINCHO, fontsize=SIZE)
                y += 21
            for text in MINCHO_BULLETS:
                page.insert_text((85, y), text, fontname=MINCHO, fontsize=SIZE)
                y += 21
            continue
        depth, label, title = entry
        page.insert_text((71 if depth < 3 else 85, y), label + title, fontname=GOTHIC, fontsize=SIZE)
        y += 21
        if depth == 3 or label == "１.":   # paragraphs under it, the first line indented
            for k in range(3):
                page.insert_text((103 if k == 0 else 89, y), PARAGRAPH[:30], fontname=MINCHO, fontsize=SIZE)
                y += 21
            y += 21
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")   # named as Word names them: Gothic headings over a Mincho body
    doc.save(path)
    return path


# build_note_marks: a paper whose footnotes are numbered i, ii, iii (Word's roman footnote style:
# the mark raised in the body, set small before the note under a short rule) and whose endnotes
# are numbered 1), 2), 3) (the number and its parenthesis raised, small, before each note's text
# under a rule at the end of the text): every note by page and number, its mark no part of its text.
ROMAN_NOTES = [(1, 1, "構成員の意見は、会議の運営について様々であった。"), (2, 2, "感染症発生動向調査の仕組みによる。")]
ENDNOTES = [(1, 3, "アドバイザリーボード議事概要（２月７日）"), (2, 3, "専門家会議議事概要（２月１６日）"),
            (3, 3, "専門家会議の見解（３月２日）")]
NOTE_BODY = "専門家会議は、政府に対して必要な提案を行うとともに、その根拠を示してきた"


def _marked_note(page: pymupdf.Page, y: float, mark: str, text: str) -> float:
    page.insert_text((85, y - 2), mark, fontname=MINCHO, fontsize=5.5)   # the mark: small, raised
    page.insert_text((85 + 4 * len(mark), y), text, fontname=MINCHO, fontsize=8)
    return y + 12


def build_note_marks(path: Path) -> Path:
    doc = pymupdf.open()
    roman = {1: "i", 2: "ii"}
    for number, page_no, text in ROMAN_NOTES:
        page = doc.new_page()
        y = 90.0
        for k in range(12):
            line = NOTE_BODY[:30]
            page.insert_text((85, y), line, fontname=MINCHO, fontsize=10.5)
            if k == 3:   # the footnote's mark raised after the line's text
                page.insert_text((85 + 10.5 * 30, y - 4), roman[number], fontname=MINCHO, fontsize=6.5)
            if page_no == 2 and k in (5, 6, 7):   # the endnotes' marks 1) 2) 3)
                page.insert_text((85 + 10.5 * 30, y - 4), f"{k - 4})", fontname=MINCHO, fontsize=6.5)
            y += 18
        page.draw_line((85, 700), (229, 700), width=0.5)   # the footnote separator
        _marked_note(page, 716, roman[number], text)
    page = doc.new_page()   # the last page: the text ends, the endnotes follow under a rule of their own
    for k in range(4):
        page.insert_text((85, 90 + 18 * k), NOTE_BODY[:30], fontname=MINCHO, fontsize=10.5)
    page.draw_line((85, 180), (229, 180), width=0.5)
    y = 196.0
    for n, _, note in ENDNOTES:
        y = _marked_note(page, y, f"{n})", note)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path


# build_quoted_title: a paper whose title line is printed in corner brackets (「…について」, larger than
# the body), its date and its authors right-aligned under it; a title that only opens with a quotation
# keeps its brackets.
QUOTED_TITLE = ("「次なる波に備えた助言組織のあり方について」", "次なる波に備えた助言組織のあり方について")


def build_quoted_title(path: Path, printed: str = QUOTED_TITLE[0]) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((150, 110), printed, fontname=MINCHO, fontsize=12)
    page.insert_text((455, 138), "2020.6.24.", fontname=MINCHO, fontsize=11)
    page.insert_text((240, 156), "感染症対策専門家会議　構成員一同", fontname=MINCHO, fontsize=11)
    y = 200.0
    for k in range(20):
        page.insert_text((85, y), NOTE_BODY[:30], fontname=MINCHO, fontsize=10.5)
        y += 18
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path


# build_gothic_plan: (depth, label, title) of its headings; its title page's rows are none
GOTHIC_PLAN = [(1, "第１章", "取り組む施策"), (2, "１．", "医療提供体制の強化"),
               (3, "○", "遠隔診療について実施すべき事項"), (4, "（１）", "遠隔診療の活用")]
PLAN_TEXT = "感染者の急増に備え、重症者への医療に重点を置く医療提供体制を早急に整備する。"


def _gothic_para(page: pymupdf.Page, y: float, rows: int = 3) -> float:
    for k in range(rows):
        page.insert_text((99 if k == 0 else 85, y), PLAN_TEXT[:30 if k == 0 else 31], fontname=GOTHIC, fontsize=SIZE)
        y += 22
    return y


def build_gothic_plan(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((130, 120), "「北野村緊急医療対策」について", fontname=GOTHIC, fontsize=SIZE)
    page.insert_text((370, 200), "令和２年４月７日", fontname=GOTHIC, fontsize=SIZE)
    page.insert_text((370, 224), "閣　議　決　定", fontname=GOTHIC, fontsize=SIZE)
    page.insert_text((85, 296), "「北野村緊急医療対策」を別紙のとおり定める。", fontname=GOTHIC, fontsize=SIZE)
    page = doc.new_page()
    page.insert_text((453, 80), "（別紙）", fontname=GOTHIC, fontsize=18)
    page.insert_text((150, 300), "北野村緊急医療対策", fontname=GOTHIC, fontsize=22)
    page.insert_text((100, 345), "～村民の命と生活を守り抜く～", fontname=GOTHIC, fontsize=22)
    page.insert_text((210, 600), "令和２年４月７日", fontname=GOTHIC, fontsize=22)
    page, y = doc.new_page(), 90.0
    page.insert_text((85, y), "第１章　取り組む施策", fontname=GOTHIC, fontsize=18)
    y = _gothic_para(page, y + 40)
    page.insert_text((85, y + 10), "１．医療提供体制の強化", fontname=GOTHIC, fontsize=16)
    y = _gothic_para(page, y + 40)
    for item in ("・　人工呼吸器の整備（厚生労働省）", "・　医療用マスクの配布（厚生労働省）"):
        page.insert_text((85, y), item, fontname=GOTHIC, fontsize=SIZE)
        y += 22
    page.insert_text((85, y + 22), "○遠隔診療について実施すべき事項", fontname=GOTHIC, fontsize=SIZE)
    y = _gothic_para(page, y + 66)
    page.insert_text((85, y + 22), "（１）遠隔診療の活用", fontname=GOTHIC, fontsize=SIZE)
    y = _gothic_para(page, y + 44)
    for item in ("○相談窓口の設置", "○情報提供の強化", "○訪問診療の拡充"):
        page.insert_text((85, y), item, fontname=GOTHIC, fontsize=SIZE)
        y += 22
    _gothic_para(page, y)
    rename_fonts(doc, "/MS-Gothic", "/MS-Gothic")
    doc.save(path)
    return path
