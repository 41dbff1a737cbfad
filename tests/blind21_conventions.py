"""Documents typeset here in the house style of two real documents nobody had tuned for (blind21):

- build_joint_notice: a ministry's joint notice (連名通知) — five document numbers at the top right, the date, the
  addressee …殿 at the left, five directors' offices stacked one a row at the right over a single （公印省略）, the
  subject centred (…について（依頼）), then its paragraphs. Every director issues it.
- build_guideline_chapter: an examination guideline's chapter — its title centred on two rows (第1章 … /
  (特許法第…柱書)) in 14 pt, and in the outer margin, behind a vertical rule, side notes in 8 pt (HB附属書A …), the first
  one level with the title's rows; then "1. 概要" and running text in 12 pt.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY = 12.0
_MINCHO, _GOTHIC = "japan", "china-s"
LEFT = 71.0
SENDERS = ["厚生労働省医政局地域医療計画課長", "厚生労働省医政局医事課長", "厚生労働省健康局健康課長",
           "厚生労働省医薬・生活衛生局総務課長", "厚生労働省子ども家庭局母子保健課長"]
SUBJECT = "緊急避妊に係る診療の提供体制整備に関する取組について（依頼）"
TITLE_ROWS = ["第1章　発明該当性及び産業上の利用可能性", "(特許法第29条第1項柱書)"]
TEXT = "特許法第29条第1項柱書は、産業上利用することができる発明をした者がその発明について特許を受けることが"


def _text(page: pymupdf.Page, x: float, y: float, text: str, size: float = BODY, font: str = _MINCHO) -> None:
    page.insert_text((x, y), text, fontname=font, fontsize=size)


def build_joint_notice(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 80.0
    for number in ("医政地発1121第１号", "医政医発1121第３号", "健健発1121第１号", "薬生総発1121第１号", "子母発1121第１号"):
        _text(page, 392, y, number)
        y += 18
    _text(page, 392, y + 18, "令和元年11月21日")
    _text(page, LEFT, y + 54, "各都道府県衛生主管部（局）長　殿")
    y += 90
    for sender in SENDERS:
        _text(page, 311, y, sender)
        y += 18
    _text(page, 311, y, "（　公　印　省　略　）")
    _text(page, 118, y + 54, SUBJECT)
    y += 108
    for k in range(6):
        _text(page, LEFT + (BODY if k % 3 == 0 else 0), y, TEXT[:37 if k % 3 else 36])
        y += 18
    doc.save(path)
    return path


def build_guideline_chapter(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _text(page, 143, 82, TITLE_ROWS[0], 14.0)
    _text(page, 197, 102, TITLE_ROWS[1], 14.0)
    notes = ["HB附属書A", "発明該当性及び産", "業上の利用可能性", "に関する事例集"]
    for k, note in enumerate(notes):   # the first note level with the title's first row, the next between its rows
        _text(page, 506, 86 + 11 * k, note, 8.0)
    page.draw_line((504, 76), (504, 132), width=0.75)   # the vertical rule between the notes and the text
    _text(page, LEFT, 145, "1.　概要", BODY, _GOTHIC)
    y = 181.0
    for k in range(8):
        _text(page, LEFT + (BODY if k == 0 else 0), y, TEXT[:35])
        y += 19
    rename_fonts(doc, "/MS-Mincho", "/MS-Gothic")
    doc.save(path)
    return path


SESSION, SCHEDULE = "令和5年 第10回 石垣市議会（定例会）", "一  般  質  問  日  程  表"
NOTICE = "一  般  質  問  通  告  書"


def build_council_schedule(path: Path) -> Path:
    """A council's schedule: its session line and its name letter-spaced (space characters) centred at 18 pt over a
    ruled table whose day cells are set at 20 pt, "20 名" under the table's right end; on p2 the session line again over
    the next paper's name, 一 般 質 問 通 告 書, letter-spaced too."""
    doc = pymupdf.open()
    page = doc.new_page()
    _text(page, 164, 116, SESSION, 18.0)
    _text(page, 216, 150, SCHEDULE, 18.0)
    xs, ys = [72, 200, 260, 400, 550], [180, 200, 240, 280, 320, 360]
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.75)
    for y in ys:
        page.draw_line((xs[0], y), (xs[-1], y), width=0.75)
    for x, word in zip(xs, ("月　日", "曜日", "氏　　名", "議席")):
        _text(page, x + 8, 195, word, 10.8)
    for k, (day, name) in enumerate((("12月11日", "長　浜　信　夫"), ("12月12日", "友　寄　永　三"),
                                     ("12月13日", "平　良　秀　之"), ("12月14日", "後上里　厚　司"))):
        _text(page, 80, 228 + 40 * k, day, 20.0)
        _text(page, 215, 228 + 40 * k, "月火水木"[k], 18.0)
        _text(page, 270, 228 + 40 * k, name, 18.0)
        _text(page, 460, 228 + 40 * k, str(17 + k), 18.0)
    _text(page, 480, 385, "20 名", 18.0)
    page = doc.new_page()   # the next paper: the session line again over its name, letter-spaced, then its text
    _text(page, 130, 70, SESSION, 18.0)
    _text(page, 180, 100, NOTICE, 18.0)
    y = 150.0
    for k in range(6):
        _text(page, LEFT + (BODY if k % 3 == 0 else 0), y, TEXT[:37 if k % 3 else 36])
        y += 18
    doc.save(path)
    return path
