"""Endnotes and the text that follows them, and notes at a page's foot numbered by a circled label, built with
PyMuPDF (issue 19: footnotes at any numbering a document uses). An endnote's text wraps onto rows of its own type
and face, hung under its text, or at the notes' left edge while its sentence goes on; the text that follows the
notes — a closing paragraph opening at the text's left edge after a note's closing 。, a head set bold or larger —
is the running text's again. Truth beside the builders; the tests are in test_footnotes19_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY = 10.5
_GOTHIC, _MINCHO = "japan", "china-s"
_LEFT = 72.0
_PAPER = [["本稿は、地域の公共交通の再編に向けた自治体の取組を整理する。", "計画を策定した自治体は増加しているが、実施に",
           "至った例は限られている。財源の確保が課題として挙げられた。"],
          ["再編の効果を測る指標として、利用者数と収支率が用いられる。", "一方、住民の移動の機会を測る指標は定まって",
           "いない。今後の検討が求められる。"]]
# (number, rows of its text): the second note's text wraps at the notes' left edge mid-sentence, the third's
# hangs under its text
ENDNOTES = [(1, ["国土交通省の調査による。回答した自治体の数を母数とした。"]),
            (2, ["運行費の補助を受ける路線に限る。なお、補助の対象は、国の要綱に", "定める基準を満たす路線である。"]),
            (3, ["目的地への到達時間を指標とする例が海外にある。到達時間は、公共", "交通の時刻表から算出される。"])]
HANG = {1: 0.0, 2: 0.0, 3: 1.5 * BODY}   # where each note's wrapped rows start, right of the notes' numbers' text
CLOSING = ["以上の整理を踏まえ、次稿では再編の効果を測る指標を検討する。", "あわせて、財源の確保に向けた方策も論じる。"]


def _running(page: pymupdf.Page, rows: list[str], top: float) -> None:
    for k, row in enumerate(rows):
        page.insert_text((_LEFT, top + 18 * k), row, fontname=_MINCHO, fontsize=BODY)


def build_endnotes_then_text(path: Path) -> Path:
    """Two pages of text, each raising a note's number after a sentence, then on the second page 注 alone on its
    line and notes １ to ３ under it in the body's type, each opening with its number set apart: the second's text
    wraps onto a row at the notes' left edge in the middle of its sentence, the third's onto a row hung under its
    text. Under the notes, the paper's closing paragraph: rows in the same type, the first at the text's left edge
    after the third note's closing 。."""
    doc = pymupdf.open()
    for rows, raised in zip(_PAPER, [[(0, 1), (2, 2)], [(2, 3)]]):
        page = doc.new_page(width=595.3, height=841.9)
        _running(page, rows, 100)
        for row, number in raised:
            x = _LEFT + BODY * len(rows[row])
            page.insert_text((x, 100 + 18 * row - 4), chr(0xFF10 + number), fontname=_MINCHO, fontsize=6)
        page.insert_text((292, 805), chr(0xFF10 + len(doc)), fontname=_MINCHO, fontsize=BODY)
    page = doc[1]
    page.insert_text((_LEFT, 400), "注", fontname=_GOTHIC, fontsize=BODY)
    y = 430.0
    for number, rows in ENDNOTES:
        page.insert_text((_LEFT, y), chr(0xFF10 + number), fontname=_MINCHO, fontsize=7)
        page.insert_text((_LEFT + 1.5 * BODY, y), rows[0], fontname=_MINCHO, fontsize=BODY)
        for row in rows[1:]:
            y += 18
            page.insert_text((_LEFT + HANG[number], y), row, fontname=_MINCHO, fontsize=BODY)
        y += 18
    _running(page, CLOSING, y + 18)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path


# build_circled_feet: pages whose notes at the foot are numbered ①, ②, … in small type, each called by its
# circled number raised in the text; many rows at each foot ask whether the text above calls them
CIRCLED_PAGES = 3
CIRCLED_NOTES = 6
_CIRCLED = "①②③④⑤⑥"
_ROWS = ["調査の結果、回答した団体の多くが人材の不足を課題に挙げた", "一方、専門人材の確保に向けた取組は限られていた",
         "また、研修の機会が十分でないとの回答も多かった", "外部人材の登用を検討している団体もあった",
         "今後は、広域での人材の共有も検討される", "国は、こうした取組を支援するとしている"]


_SUBJECTS = ["市町村", "都道府県", "広域連合"]
_WHAT = ["回答の内訳", "回答の時期", "回答の方法", "未回答の理由", "自由記述", "回答者の属性"]


def circled_note(page: int, number: int) -> str:
    """The text of the page's note numbered `number` (1-based): its words differ from page to page (the same row
    at every page's foot would be a running footer)."""
    return f"{_SUBJECTS[page - 1]}の{_WHAT[(number + page) % len(_WHAT)]}を{'集計した' if number % 2 else '示した'}。"


def build_circled_feet(path: Path) -> Path:
    """`CIRCLED_PAGES` pages of six rows of text, each row closing with a circled number raised over it, and
    the six notes ① … ⑥ at the page's foot in small type; then as many pages of the same rows with nothing raised,
    a list ① … ⑥ in small type at their foot (`uncalled_row`), which nothing calls: text, each of its rows asking."""
    doc = pymupdf.open()
    for p in range(1, 2 * CIRCLED_PAGES + 1):
        called = p <= CIRCLED_PAGES
        page = doc.new_page(width=595.3, height=841.9)
        _running(page, _ROWS, 100)
        for k, row in enumerate(_ROWS if called else []):
            page.insert_text((_LEFT + BODY * len(row), 100 + 18 * k - 4), _CIRCLED[k], fontname=_MINCHO, fontsize=6)
        for k in range(CIRCLED_NOTES):
            text = circled_note(p, k + 1) if called else uncalled_row(p, k + 1)
            page.insert_text((_LEFT, 700 + 11 * k), f"{_CIRCLED[k]}\u3000{text}", fontname=_MINCHO, fontsize=8)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path


def uncalled_row(page: int, number: int) -> str:
    """The text of a row of the list at an uncalled page's foot."""
    return f"{_WHAT[(number + page) % len(_WHAT)]}は{_SUBJECTS[(page + number) % len(_SUBJECTS)]}ごとに整理する。"
