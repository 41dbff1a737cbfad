"""A university's entrance-examination booklet as pLaTeX sets it, built with PyMuPDF (issue 19: documents
nobody has seen; session 18, newdocsB18): Japanese in a Mincho scaled to 0.96 of the Latin size (11.5 pt
beside 12 pt digits: TeX's kanji scaling), sentences closed by the academic full stop ． and cut by ，,
each subject's name centred in the document's only Gothic at the body's size (ゴシック見出し), questions
１．… ending with ． (sentences, no headings), and a row whose punctuation the typesetter set closer than
its em boxes (約物の詰め: （２）， starts inside the em box of the ， before it). Truth beside the builder;
the test is in test_newdocsB18_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_MINCHO, _GOTHIC, _LATIN = "china-ss", "japan", "helv"   # PyMuPDF names them Song (a Mincho) and Gothic
_KANJI, _SIZE = 11.5, 12.0   # TeX: the kanji font at ~0.96 of the Latin one
SUBJECTS = ["ミクロ経済学", "経済史", "会計学"]
_QUESTIONS = [   # a first row as wide as the running text's (justified to the column's edge), then the sentence's end
    ("１．", "需要関数を導出過程を明らかにしながら求め，その性質を詳しく図で", "示しなさい．"),
    ("２．", "この財の市場で均衡価格が一意に定まることを示し，その価格を具体", "的に求めなさい．"),
    ("３．", "課税の効果について，消費者余剰と生産者余剰の変化をグラフを用い", "て説明しなさい．"),
]
_LEAD = "問題I．以下の問いに答えなさい．ここでは市場は競争的であり，価格は伸縮的に調整される．"


def _mixed(page: pymupdf.Page, x: float, y: float, text: str, digits: str = "") -> None:
    """A row of Japanese at the kanji size, with a Latin piece (digits) at the Latin size after it."""
    page.insert_text((x, y), text, fontname=_MINCHO, fontsize=_KANJI)
    if digits:
        w = pymupdf.get_text_length(text, fontname=_MINCHO, fontsize=_KANJI)
        page.insert_text((x + w + 2, y), digits, fontname=_LATIN, fontsize=_SIZE)


def _kerned_row(page: pymupdf.Page, x: float, y: float) -> None:
    """以下の（１），（２），（３）すべてに答えなさい． as three pieces, each after a ， starting half an em
    inside the ，'s em box (約物の詰め: the comma's blank half taken out)."""
    for piece in ("以下の（１），", "（２），", "（３）すべてに答えなさい．"):
        page.insert_text((x, y), piece, fontname=_MINCHO, fontsize=_KANJI)
        x += pymupdf.get_text_length(piece, fontname=_MINCHO, fontsize=_KANJI) - 0.75 * _KANJI


def build_exam_booklet(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=595, height=842)
    for k, line in enumerate(["○○大学大学院経済学研究科", "令和２年度　専門科目　試験問題", "試験期日：令和元年８月２６日"]):
        cover.insert_text((200, 110 + 30 * k), line, fontname=_MINCHO, fontsize=_KANJI)
    for k in range(6):
        _mixed(cover, 117, 300 + 26 * k, f"{k + 1}．試験開始の合図があるまで，この冊子を開いてはならない．", "")
    cover.insert_text((294, 770), "1", fontname=_LATIN, fontsize=_SIZE)
    for n, subject in enumerate(SUBJECTS):
        page = doc.new_page(width=595, height=842)
        w = pymupdf.get_text_length(subject, fontname=_GOTHIC, fontsize=_KANJI)
        page.insert_text(((595 - w) / 2, 104), subject, fontname=_GOTHIC, fontsize=_KANJI)
        y = 160.0
        _mixed(page, 89, y, _LEAD[:34], "")
        _mixed(page, 118, y + 16.5, _LEAD[34:], "2019")
        y += 50
        for label, first, second in _QUESTIONS:
            _mixed(page, 97, y, label + first, "")
            _mixed(page, 118, y + 16.5, second)
            y += 42
        _kerned_row(page, 118, y)
        for k in range(8):
            _mixed(page, 89, y + 40 + 16.5 * k, "市場は競争的であり，価格は伸縮的に調整されるものとして，以下を考える", "t")
        page.insert_text((294, 770), str(n + 2), fontname=_LATIN, fontsize=_SIZE)
    doc.save(path)
    return path


# An English statute as a typesetting engine sets it (Arbortext APP: the Singapore Electronic Transactions Act handed
# to a 法制審議会 部会): each section headed by its caption in bold on a line of its own, the section's number in bold
# opening its text in body type (1. This Act may be cited …; 2.—(1) In this Act, …), subsections (2) … whose clauses
# lead into their lists with a dash or a colon, and justified rows written word by word with no space character.
CAPTIONS = ["Short title", "Interpretation", "Purposes and construction", "Excluded matters"]
_PROVISIONS = [   # the first row justified to the column's edge, the sentence closing on the row under it
    ("1.", "This Act may be cited as the Electronic Transactions Act and shall apply to every record that is made, kept or sent."),
    ("2.", "In this Act, unless the context otherwise requires, the words set out in the list below shall have the meanings:"),
    ("3.", "This Act shall be construed consistently with what is commercially reasonable under the circumstances as follows:"),
    ("4.", "The provisions of this Act specified in the first column of the First Schedule shall not apply to such matters."),
]
_WORDS = "the record shall be retained in the format in which it was originally generated or received".split()


def _justified(page: pymupdf.Page, y: float, x0: float, words: list[str], x1: float = 523, size: float = 11,
               bold_first: bool = False) -> None:
    """A justified row written word by word: each word a piece of its own, the row's white spread between them (no
    space character in the layer), its first word in bold where `bold_first` (a section's number)."""
    fonts = ["tibo" if bold_first and k == 0 else "tiro" for k in range(len(words))]
    widths = [pymupdf.get_text_length(w, fontname=f, fontsize=size) for w, f in zip(words, fonts)]
    gap = (x1 - x0 - sum(widths)) / (len(widths) - 1)
    x = x0
    for w, f, width in zip(words, fonts, widths):
        page.insert_text((x, y), w, fontname=f, fontsize=size)
        x += width + gap


def build_statute(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 90.0
    for caption, (number, text) in zip(CAPTIONS, _PROVISIONS):
        page.insert_text((72, y), caption, fontname="tibo", fontsize=11)
        words = text.split()
        _justified(page, y + 17, 80, [number, *words[:12]], bold_first=True)
        page.insert_text((72, y + 32), " ".join(words[12:]), fontname="tiro", fontsize=11)
        page.insert_text((90, y + 49), "(2) Subject to any other rights or obligations of the parties, they may agree that",
                         fontname="tiro", fontsize=11)
        _justified(page, y + 66, 72, _WORDS[:12])
        page.insert_text((72, y + 81), "in that form, and it is all it requires of them for this purpose in the meantime.",
                         fontname="tiro", fontsize=11)
        y += 120
    doc.save(path)
    return path
