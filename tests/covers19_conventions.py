"""Documents built for covers19 (session 19: the title decided once, by the cover, and handed on by where it was
read; titles the pipeline missed), each named for what it shows.

- build_title_opening_a_heading: a budget paper's first page that is no cover (its text starts under the title): the
  title 北野村令和７年度予算の概要 centred in display type, its date and issuer under it, then the text's first part
  headed by a gothic line 北野村令和７年度予算 — the title's opening words. The cover read the title from the display
  row (Cover.title_at); the gothic line is a heading of the text, no row of the title, though its words open it.
- build_slide_with_sums_beside: a budget slide's title in 24 pt and, far right of it, a box of sums in 14 and 10.5 pt:
  the sums stand beside the title, no piece of it (cover._side_pieces_apart).
- build_exam_booklet: a question booklet's cover in one type — school, examination, booklet (…試験問題), date and hours
  as fields: the booklet's row is the title (cover._booklet_named).
- build_deck_with_drawn_title: a deck's cover whose title is drawn, its date set larger than the agency's name in a
  corner: no title (cover._dated_over_title), said by a note (title_not_read).
- build_sample_question: an examination's sample question printed alone, Problem 4 in bold over its text: the
  question's number heads the part (headings._numbers_a_question), the file's title as well.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from cover_conventions import GOTHIC, MINCHO, _centred, _text

BUDGET_TITLE, BUDGET_PART = "北野村令和７年度予算の概要", "北野村令和７年度予算"
BUDGET_NEXT = "財源の内訳"
TEXT_ROW = "地域の事業者と住民の利便性を高めるための取組を進める。"


def build_title_opening_a_heading(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 90, BUDGET_TITLE, 22, GOTHIC)
    _centred(page, 125, "令和７年４月１日", 12)
    _centred(page, 145, "北野村企画課", 12)
    page.insert_text((85, 200), BUDGET_PART, fontname=GOTHIC, fontsize=14)
    y = _text(page, 230, 8)
    page.insert_text((85, y + 20), BUDGET_NEXT, fontname=GOTHIC, fontsize=14)
    _text(page, y + 50, 8)
    doc.save(path)
    return path


SLIDE_TITLE, SLIDE_SUMS = "北野村のデジタル施策（令和７年度補正予算）", ["補正予算額：４３８億円", "前年度補正予算額：１６５億円"]


def build_slide_with_sums_beside(path: Path) -> Path:
    """A budget paper's slide (landscape): its title in 24 pt at the top left and, far right of it on its rows, a box of
    the year's sums in 14 and 10.5 pt; the slide's text under them. The sums stand beside the title, no piece of it."""
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_text((20, 50), SLIDE_TITLE, fontname=GOTHIC, fontsize=24)
    page.draw_rect(pymupdf.Rect(615, 20, 830, 62), color=(0, 0, 0))
    page.insert_text((620, 38), SLIDE_SUMS[0], fontname=GOTHIC, fontsize=14)
    page.insert_text((620, 56), SLIDE_SUMS[1], fontname=GOTHIC, fontsize=10.5)
    y = 100.0
    for k in range(10):
        page.insert_text((40, y), f"・施策{k + 1}　" + TEXT_ROW, fontname=MINCHO, fontsize=12)
        y += 24
    doc.save(path)
    return path


EXAM_ROWS = ["北野大学大学院経済学研究科", "修士課程（一般選抜）入学試験", "令和２年度　専門科目　試験問題",
             "試験期日：令和元年８月２６日", "試験時間：９時００分～１０時３０分"]


def build_exam_booklet(path: Path) -> Path:
    """An examination's question booklet (問題冊子) typeset in one face and size: its cover names the school, the
    examination and the booklet in centred rows, then the date and the hours as fields, then the instructions; the
    questions on the next page. The booklet's row is the title; the rows over it name who sets it and which exam."""
    doc = pymupdf.open()
    page = doc.new_page()
    for y, row in zip([104, 120, 165, 210, 226], EXAM_ROWS):
        _centred(page, y, row, 11.5)
    _centred(page, 283, "解答上の注意", 11.5)
    for k in range(6):
        page.insert_text((117, 326 + 26 * k), f"{k + 1}．" + TEXT_ROW, fontname=MINCHO, fontsize=11.5)
    page = doc.new_page()
    _centred(page, 90, "経済学", 11.5, GOTHIC)
    _text(page, 130, 12, 11.5)
    doc.save(path)
    return path


DECK_AGENCY, DECK_DATE = ["Kitano", "Planning", "Agency"], "2023年6月"


def build_deck_with_drawn_title(path: Path) -> Path:
    """A deck's cover whose title is drawn (a filled shape stands where it is, no text): the agency's name in three
    rows of 14 pt in the top right corner, the date 2023年6月 in 18 pt under them; the slides after it in 14 pt."""
    doc = pymupdf.open()
    page = doc.new_page(width=720, height=540)
    for k, row in enumerate(DECK_AGENCY):
        page.insert_text((578, 25 + 17 * k), row, fontname="helv", fontsize=14)
    page.insert_text((604, 118), DECK_DATE, fontname=GOTHIC, fontsize=18)
    page.draw_rect(pymupdf.Rect(60, 200, 660, 300), color=(0.2, 0.3, 0.6), fill=(0.2, 0.3, 0.6))
    for n in range(2):
        page = doc.new_page(width=720, height=540)
        page.insert_text((40, 50), f"施策の概要{n + 1}", fontname=GOTHIC, fontsize=24)
        for k in range(8):
            page.insert_text((40, 110 + 30 * k), "・" + TEXT_ROW, fontname=GOTHIC, fontsize=14)
    doc.save(path)
    return path


QUESTION = "Problem 4"
QUESTION_TEXT = "Answer the following questions on the circuits shown in the figures below this text"


def build_sample_question(path: Path) -> Path:
    """An examination's sample question printed alone: Problem 4 in bold 14 pt at the top left over its text in
    10.5 pt (its questions numbered (1) … (3), each a sentence run in). The question's number heads the paper's
    part — a heading — and is read as the file's title as well."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), QUESTION, fontname="hebo", fontsize=14)
    y = 100.0
    for k in range(3):
        page.insert_text((72, y), f"({k + 1}) " + QUESTION_TEXT + ".", fontname="tiro", fontsize=10.5)
        for _ in range(3):
            y += 18
            page.insert_text((90, y), QUESTION_TEXT + " and explain your answer in a few sentences.", fontname="tiro", fontsize=10.5)
        y += 30
    doc.save(path)
    return path
