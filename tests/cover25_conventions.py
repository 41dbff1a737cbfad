"""Pages typeset after the kinds cover25 met in its fourth sample of unseen documents (bench/cover_sample.tsv, draw 25),
none of whose words the code knows (stand-in names: 北野…, 南野…). Each builder sets one page, or two, the way its kind
prints it:

- build_exam_cover: a department's question booklet: the school and its department on one row (北野大学大学院…研究科
  …専攻), the booklet's name shortened to 入試問題 in the largest type under it, the subject （数学） under that in a
  smaller display type, then the notes to the candidates in the body's type; `qualified`: the selection （一般選抜） in
  brackets right under the booklet's row, in its type.
- build_scanned_letter: a school's circular as a member scans it (an OCR's invisible words over a blank scan): the
  date and the addressees, two senders set flush right one under the other — the second row closing on Latin capitals,
  its box 2.6 pt short of the first's as an OCR boxes each word to its ink —, the subject centred, the text.
- build_secretariat_guide: a subsidy's call for applications: the title and its variant in the largest type, the
  secretariat at the foot with the company running it in brackets a blank line under it; the second page opens with
  a revision history (each date over a bulleted entry set in under it).
- build_part_contents: a standard's part contents printed as a file of its own: the part's place (第II部　北野及び南野の
  範囲) small at the top right of every page, 目　次 centred, the part's row opening the list, its chapters, sections and
  dotted entries, all in the body's type.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts
from scan_conventions import scanned_page

_FONT = "japan"
A4 = (595.0, 842.0)

SCHOOL = "北野大学大学院情報科学研究科南野数理専攻"
SCHOOL_ISSUER = "北野大学大学院情報科学研究科"
BOOKLET = "平成１９年度大学院前期課程入試問題"
SUBJECT = "（数学）"
QUALIFIER = "（一般選抜）"

LETTER_DATE = "令和８年６月吉日"
ADDRESSEES = "地域の皆様"
SENDERS = ("北野市立南野小学校校長", "北野市立南野小学校PTA")
LETTER_SUBJECT = "「横断注意」の看板設置についてのお願い"

GUIDE_TITLE, GUIDE_VARIANT = "北野導入補助金２０２５　公募要領", "（通常枠）"
SECRETARIAT, OPERATOR = "北野生産性向上支援事業事務局", "（南野印刷株式会社）"
PART_PLACE = "第II部　北野及び南野の範囲"
HISTORY = (("２０２５年２月２８日", "・新規作成"), ("２０２５年３月２４日", "・「申請の要件」の内容を以下のとおり改訂。"))


def _text(page: pymupdf.Page, x: float, y: float, text: str, size: float = 12.0, invisible: bool = False) -> None:
    page.insert_text((x, y), text, fontname=_FONT, fontsize=size, render_mode=3 if invisible else 0)


def _width(text: str, size: float) -> float:
    return pymupdf.get_text_length(text, fontname=_FONT, fontsize=size)


def _save(doc: pymupdf.Document, path: Path) -> Path:
    rename_fonts(doc, "/MS-Mincho", "/MS-Gothic")
    doc.save(path)
    doc.close()
    return path


def build_exam_cover(path: Path, qualified: bool = False) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 112.0, 180.0, SCHOOL, 16.6)
    _text(page, 115.0, 240.0, BOOKLET, 23.9)
    if qualified:   # the selection in brackets right under the booklet's row, in its type
        _text(page, 230.0, 270.0, QUALIFIER, 23.9)
    _text(page, 249.0, 327.0 if qualified else 297.0, SUBJECT, 20.7)
    _text(page, 105.0, 458.0, "【注意事項】", 13.8)
    y = 500.0
    for row in ("●問題数は５題である。", "　解答は各問題ごとに別々の解答用紙に記入すること。", "　解答用紙は裏面も使用してよい。",
                "●問題紙は表紙を入れて３枚である。問題紙は持ち帰ってよい。"):
        _text(page, 112.0, y, row, 13.8)
        y += 24.0
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 90.0, 90.0, "解答は各問題ごとに別々の解答用紙に記入すること。", 12.0)
    _text(page, 90.0, 120.0, "１．関数 f(x) を x = a の近傍で２回微分可能とする。次の等式を示せ。", 12.0)
    return _save(doc, path)


def build_scanned_letter(path: Path) -> Path:
    doc = pymupdf.open()
    page = scanned_page(doc, *A4, grey=240)
    size, right = 16.9, 519.0
    _text(page, right - _width(LETTER_DATE, size), 90.0, LETTER_DATE, size, invisible=True)
    _text(page, 35.0, 109.0, ADDRESSEES, size, invisible=True)
    _text(page, right - _width(SENDERS[0], size), 133.0, SENDERS[0], size, invisible=True)
    _text(page, right - 2.6 - _width(SENDERS[1], size), 148.0, SENDERS[1], size, invisible=True)
    axis = (36.0 + right) / 2
    _text(page, axis - _width(LETTER_SUBJECT, size) / 2, 201.0, LETTER_SUBJECT, size, invisible=True)
    y = 248.0
    for row in ("謹啓", "初夏の候、皆様には益々ご健勝のこととお喜び申し上げます。",
                "平素は本校の教育並びにＰＴＡ活動に格別のご協力を賜り、誠にあり", "がとうございます。",
                "さて、本年度も引き続き看板を設置させていただきますようお願いい", "たします。"):
        _text(page, 36.0, y, row, size, invisible=True)
        y += 20.0
    doc.save(path)
    doc.close()
    return path


def build_secretariat_guide(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, (A4[0] - _width(GUIDE_TITLE, 20.0)) / 2, 128.0, GUIDE_TITLE, 20.0)
    _text(page, (A4[0] - _width(GUIDE_VARIANT, 20.0)) / 2, 176.0, GUIDE_VARIANT, 20.0)
    _text(page, (A4[0] - _width("各種問合せ先", 16.0)) / 2, 405.0, "各種問合せ先", 16.0)
    _text(page, 160.0, 452.0, "＜北野生産性向上支援事業コールセンター＞", 10.6)
    _text(page, 194.0, 478.0, "ＴＥＬ：0570-000-000", 12.0)
    _text(page, (A4[0] - _width(SECRETARIAT, 14.0)) / 2, 693.0, SECRETARIAT, 14.0)
    _text(page, (A4[0] - _width(OPERATOR, 14.0)) / 2, 741.0, OPERATOR, 14.0)
    page = doc.new_page(width=A4[0], height=A4[1])
    y = 72.0
    for day, entry in HISTORY:
        _text(page, 64.0, y, day, 10.6)
        _text(page, 72.0, y + 30.0, entry, 10.6)
        y += 80.0
    _text(page, 61.0, y, "改訂前）事業計画中の毎年３月時点において、増加目標が達成できていない場合は、返還を求める。", 10.6)
    _text(page, 61.0, y + 26.0, "改訂後）効果報告時の直近月時点において、増加目標が達成できていない場合は、返還を求める。", 10.6)
    return _save(doc, path)


def build_part_contents(path: Path) -> Path:
    doc = pymupdf.open()
    entries = [("第1章　北野の記載要件", 71.0), ("第1節　実施要件(北野法第36条第4項第1号)", 83.0)] + \
        [(f"{n}.　北野の判断に係る事項その{n}" + "・" * 20 + f"- {n} -", 95.0) for n in range(1, 13)]
    for number in range(2):
        page = doc.new_page(width=A4[0], height=A4[1])
        _text(page, 501.0 - _width(PART_PLACE, 10.6), 55.0, PART_PLACE, 10.6)
        y = 125.0
        if number == 0:
            _text(page, 259.0, 85.0, "目　　次", 12.0)
            _text(page, 71.0, 123.0, PART_PLACE, 12.0)
            y = 161.0
        for text, x in entries:
            _text(page, x, y, text, 12.0)
            y += 19.0
        _text(page, 290.0, 800.0, f"- {number + 1} -", 10.0)
    return _save(doc, path)
