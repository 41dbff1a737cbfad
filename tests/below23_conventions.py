"""Kinds below23 builds from the documents under a bar and what they share with unseen ones, built with PyMuPDF.
The tests are in test_below23_conventions.py.

build_budget_overview   a ministry's budget overview typed in Word (厚生労働省's 第２次補正予算 追加 概要): 第１ …
                        over （１） …, then ○ items in bold, each with its amount set flush right on its row by typed
                        spaces; the spaces of some rows are written as three pieces — the words and a few blanks,
                        a piece of blanks alone, then blanks and the amount — far apart, each abutting the next.
                        Every ○ row heads the paragraph under it, its amount a word of its title.
build_exam_booklet      an examination's question booklet (東京大学 学際情報学府's 入学試験問題, 京都大学 情報学研究科's):
                        its cover centres the year, the school, the course, the booklet's name (入学試験問題), the
                        subject and the date and hours, then 【注意】 over numbered notes, some wrapped to a second
                        row; each question opens a page after it with its row in bold (専門科目 第１問). The
                        questions head the booklet; the cover's notes head nothing. Its title is the row naming the
                        booklet (five rows in one type over the date: more than a title's), its issuer the school
                        whose row goes on with the department (…学際情報学府学際情報学専攻).
build_bilingual_question a question set as a pLaTeX booklet sets it: on a Japanese page in a Japanese face, its parts
                        (1) (2) run in with their sentences — the label in the Latin face, the sentence wrapped —,
                        then the same on an English page in a Latin face of no family (Courier, as Computer Modern), longer, so it is the body's.
                        The English page ends with terms listed （a）Microprogram …, the label's full-width brackets
                        in the Japanese face. After a cover, the question's title heads each page; its parts and
                        the terms head nothing.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC = "japan"
SIZE, TEXT_SIZE = 13.0, 12.0
PART = ("第１", "検査体制の充実、感染拡大防止とワクチン・治療薬の開発")
SECTION = ("（１）", "ＰＣＲ等の検査体制のさらなる強化")
# (the item's words, its amount, written in three pieces)
ITEMS = [("地域外来・検査センターの設置とＰＣＲ・抗原検査の実施", "３６６億円", False),
         ("検査試薬・検査キットの確保", "１７９億円", False),
         ("検疫における水際対策の着実な実施", "６３億円", True),
         ("感染拡大防止システムの拡充・運用等", "１３億円", True)]
_TEXT = "新型コロナウイルス感染症の行政検査を集中的に実施し、地域の検査体制を強化する。"


def _bold(page: pymupdf.Page, x: float, y: float, text: str, size: float = SIZE) -> None:
    """Filled and stroked in its own colour (Word's bold of a face with no bold cut)."""
    page.insert_text((x, y), text, fontname=GOTHIC, fontsize=size, render_mode=2, border_width=0.03)


def _width(text: str, size: float = SIZE) -> float:
    """The font sets every letter of these rows, the space too, an em wide."""
    return len(text) * size


def build_budget_overview(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _bold(page, 60, 80, f"{PART[0]} {PART[1]}", 16)
    _bold(page, 56, 130, f"{SECTION[0]}{SECTION[1]}")
    y, right = 170.0, 560.0
    for words, amount, pieces in ITEMS:
        row = f"○ {words}"
        if pieces:   # the words and three blanks | blanks alone | two blanks and the amount, two ems apart
            first, last = row + "   ", "  " + amount + " "
            x_last = right - _width(last)
            x_blank = 70 + _width(first) + 2 * SIZE
            blank = " " * int((x_last - 2 * SIZE - x_blank) // SIZE)
            _bold(page, 70, y, first)
            page.insert_text((x_blank, y), blank, fontname=GOTHIC, fontsize=SIZE)
            _bold(page, x_last, y, last)
        else:
            _bold(page, 70, y, row + " " * int((right - 70 - _width(row + amount + " ")) // SIZE) + amount + " ")
        for k in range(3):
            page.insert_text((80 + (12 if k == 0 else 0), y + 25 + 16 * k), _TEXT, fontname=GOTHIC, fontsize=TEXT_SIZE)
        y += 100
    doc.save(path)
    return path


BOOKLET_ROWS = ["令和３（２０２１）年度", "東京大学大学院学際情報学府学際情報学専攻", "修士課程（総合分析情報学コース）",
                "入学試験問題", "専門科目", "（令和３年１月２９日　１０：００～１２：００）"]
NOTES = ["本冊子は，総合分析情報学コースの受験者のためのものである。",
         "本冊子の本文は８ページである。落丁，乱丁，印刷不鮮明の箇所などがあった場合には申し出ること。",
         "本冊子には，計４問の問題が収録されている。この４問の中から２問を選択して解答すること。",
         "解答用紙は２枚ある。選択した問題ごとに解答用紙１枚を使用すること。なお，解答用紙のみが採点の対象となる。",
         "解答には必ず黒色鉛筆（または黒色シャープペンシル）を使用すること。"]
QUESTIONS = ["専門科目　第１問", "専門科目　第２問"]
_QUESTION_TEXT = "以下の問いに答えなさい。なお，解答の過程も簡潔に記すこと。各小問の配点は等しいものとする。"


def _wrapped(page: pymupdf.Page, x: float, y: float, text: str, width: int, size: float = 11.0, hung: bool = False) -> float:
    """`text` set from x in rows of `width` letters, the rows after the first indented a letter (`hung`: under the
    first's first letter, the label hung before it); the next row's y."""
    first = True
    while text:
        page.insert_text((x if first or hung else x + size, y), text[:width], fontname=GOTHIC, fontsize=size)
        text, first, y = text[width:], False, y + size * 1.6
    return y


def build_exam_booklet(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=595, height=842)
    y = 110.0
    for k, row in enumerate(BOOKLET_ROWS):   # the date and hours a size smaller than the rows over them
        size = 16 if k < len(BOOKLET_ROWS) - 1 else 13
        _bold(cover, (595 - size * len(row)) / 2, y, row, size)
        y += 28
    y += 20
    cover.insert_text((70, y), "【注意】", fontname=GOTHIC, fontsize=11)
    y += 22
    for k, note in enumerate(NOTES, 1):
        cover.insert_text((80, y), f"{k}.", fontname=GOTHIC, fontsize=11)
        y = _wrapped(cover, 96, y, note, 38) + 4
    for question in QUESTIONS:
        page = doc.new_page(width=595, height=842)
        _bold(page, 70, 80, question, 14)
        y = 120.0
        for k in range(1, 4):
            y = _wrapped(page, 70, y, f"({k}) {_QUESTION_TEXT}", 40) + 8
    doc.save(path)
    return path


BILINGUAL_TITLES = ["総合分析情報学　第１問", "Question A1"]
_JA_LEAD = "与えられた整数の列から部分集合を選ぶゲームを考える。ゲームの目的は選択した数の合計値を最大にすることである。"
_JA_PARTS = ["上記のルールに従い，与えられた数列からその合計値が最大となる部分集合を選択せよ。",
             "整数列が与えられたとき，上記のルールに従い選択した部分集合の最大合計値を求めるアルゴリズムを記述せよ。",
             "前問で記述したアルゴリズムの計算量を求めよ。また，その計算量がなぜそうなるのかを簡潔に説明せよ。"]
_EN_LEAD = ("Consider a game of selecting a subset from a given integer sequence. The goal is to maximize the total of the "
            "selected numbers, where adjacent numbers cannot be selected together in one subset.")
_EN_PARTS = ["Select the subset whose total is the largest from the sequence given above, following the rule.",
             "Describe an algorithm that finds the largest total of a subset selected from a sequence of n integers.",
             "Find the computational complexity of the algorithm described above and explain it briefly."]


EN_TERMS = ["Microprogram", "Bus", "Memory Mapped I/O"]


LISTING = ["int best(int *a, int n) {", "    int s = 0, t = 0, k;", "    for (k = 0; k < n; k++) {",
           "        t = t + a[k] > 0 ? t + a[k] : 0;", "        s = s > t ? s : t;", "    }", "    return s;", "}"]


def build_bilingual_question(path: Path, listing: bool = False) -> Path:
    """With `listing` (below24), the Japanese page also prints a program's listing in the Latin face under its parts:
    running lines in a face of no family, the body's kin."""
    doc = pymupdf.open()
    cover = doc.new_page(width=595, height=842)
    for k, row in enumerate(BOOKLET_ROWS[1:4]):
        _bold(cover, (595 - 16 * len(row)) / 2, 200 + 30 * k, row, 16)
    ja = doc.new_page(width=595, height=842)
    _bold(ja, 76, 110, BILINGUAL_TITLES[0], 15)
    y = _wrapped(ja, 76, 145, _JA_LEAD * 3, 38, 11) + 10
    for k, part in enumerate(_JA_PARTS * 2, 1):   # (k) in the Latin face, the sentence in the Japanese one
        ja.insert_text((89, y), f"({k})", fontname="cour", fontsize=11)
        y = _wrapped(ja, 110, y, part, 36, 11, hung=True) + 6
    for row in LISTING * 2 if listing else ():
        ja.insert_text((110, y + 14), row.ljust(24, " ") + "/* step */", fontname="cour", fontsize=11)
        y += 16
    en = doc.new_page(width=595, height=842)
    en.insert_text((76, 110), BILINGUAL_TITLES[1], fontname="cobo", fontsize=15)
    y = 145.0
    for row in (_EN_LEAD * 3).split(". "):
        en.insert_text((76, y), row, fontname="cour", fontsize=11)
        y += 18
    for k, part in enumerate(_EN_PARTS * 2, 1):
        en.insert_text((89, y), f"({k}) {part}", fontname="cour", fontsize=11)
        y += 20
    en.insert_text((89, y), "(7) Explain the following technical terms on computer architecture.", fontname="cour", fontsize=11)
    for letter, term in zip("abc", EN_TERMS):   # （a） its brackets in the Japanese face, its letter and term in the Latin
        y += 20
        en.insert_text((104, y), "（", fontname=GOTHIC, fontsize=11)
        en.insert_text((115, y), letter, fontname="cour", fontsize=11)
        en.insert_text((121.6, y), "）", fontname=GOTHIC, fontsize=11)
        en.insert_text((132.6, y), term, fontname="cour", fontsize=11)
    doc.save(path)
    return path
