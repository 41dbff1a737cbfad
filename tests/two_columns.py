"""Pages set in columns, and pages that only look like it, with their truth:

two_columns   a title and a numbered heading across both columns, then sections whose text
              runs down the left column and on at the top of the right one, a second heading
              across the page, and two more columns under it (read line by line across the
              page, the columns would interleave sentence halves)
terms         terms at the left, each beside its explanation of several lines: no columns
english       two ragged-right columns of English prose
column_notes  two columns, each with a footnote at its own foot, the right column running on
              below the left column's note"""
from __future__ import annotations

from pathlib import Path

import pymupdf

FONT = "japan-s"
GOTHIC = "japan"
SIZE = 10.0
PER_LINE = 22           # characters per column line (10 pt glyphs in a 225 pt column)
LEFT, RIGHT = 60.0, 315.0   # column starts; the gutter is 255–315 minus the glyphs' run
# (label, title, paragraphs); each paragraph a sentence long enough to wrap over several lines
SECTIONS = [
    ("１．", "背景", ["人工知能の技術は急速に進歩しており、社会のあらゆる分野での活用が期待されている。"
                    "一方で、その利用に伴う新たな課題も明らかになってきている。",
                    "こうした状況を踏まえ、政府として基本的な考え方を整理し、関係者と共有する必要がある。"]),
    ("２．", "基本方針", ["第一に、人間中心の考え方に立ち、技術の利便性と安全性の両立を図る。"
                      "第二に、国際的な議論と整合的な制度の在り方を検討する。",
                      "第三に、研究開発と人材育成への投資を継続的に拡充し、産業の競争力を高める。"
                      "これらの取組を着実に進めることが重要である。"]),
]


def _wrap(text: str) -> list[str]:
    return [text[i:i + PER_LINE] for i in range(0, len(text), PER_LINE)]


def _column_lines(paragraphs: list[str]) -> list[str]:
    lines: list[str] = []
    for p in paragraphs:
        lines += _wrap("　" + p)
    return lines


TERMS = [("人工知能（ＡＩ）の定義", "機械学習その他の手法により、人間の知的な能力の一部を代替し、又は補完する情報処理の仕組みをいう。"),
         ("生成ＡＩの利用者", "文章や画像などを作り出すＡＩを業務や日常生活の中で用いる個人及び事業者をいう。"),
         ("ＡＩ開発者の範囲", "ＡＩモデルを設計し、学習させ、又は改良する者をいい、研究機関を含む。")]
ENGLISH = ["Artificial intelligence is changing how public services are planned and delivered, and "
           "the government sets out here the principles that guide its own use of these systems.",
           "Each ministry will publish an inventory of the systems it uses, with the purpose of each and "
           "the safeguards that apply, so that citizens can see where decisions are supported by models.",
           "An independent panel will review the inventories every year and report to the cabinet on "
           "what has changed, what risks were found and how they were addressed by the ministries."]


def _terms(page) -> None:
    y = 100.0
    for term, text in TERMS:
        page.insert_text((LEFT, y), term, fontname=GOTHIC, fontsize=SIZE)
        for k, line in enumerate(_wrap(text)):
            page.insert_text((230, y + 16 * k), line, fontname=FONT, fontsize=SIZE)
        y += 16 * len(_wrap(text)) + 12


def _words(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def _english(page) -> None:
    lines = [ln for p in ENGLISH for ln in _words(p, 40)]
    starts = {sum(len(_words(p, 40)) for p in ENGLISH[:k]) for k in range(len(ENGLISH))}
    half = (len(lines) + 1) // 2
    for k, line in enumerate(lines):
        x = (LEFT if k < half else RIGHT) + (12 if k in starts else 0)
        page.insert_text((x, 100 + 14 * (k if k < half else k - half)), line, fontname="helv", fontsize=10)


COLUMN_TEXT = ["　政府は、人工知能の研究開発を推進するため、全国に研究拠点を整備し、大学と企業が共同で利用できる"
               "計算資源を確保するとともに、高度な専門人材の育成を進める。",
               "　また、関係機関の連携を強化し、成果の社会実装を加速するとともに、国際的な協力の枠組みを拡充する。"
               "その際、倫理的な課題や安全性の確保にも十分に配慮し、利用者の信頼を得ることが求められる。"
               "あわせて、中小企業や地方公共団体が新たな技術を導入しやすい環境を整え、その効果を定期的に検証する。"]
NOTES = [(1, "ここでいう報告とは、有識者会議の報告書をいう。"), (2, "令和６年度の調査による。")]


def _column_notes(page) -> None:
    left = _wrap(COLUMN_TEXT[0])
    right = _wrap(COLUMN_TEXT[1])
    for k, line in enumerate(left):
        page.insert_text((LEFT, 100 + 16 * k), line, fontname=FONT, fontsize=SIZE)
    page.insert_text((LEFT + 10 * len(left[-1]) + 1, 100 + 16 * (len(left) - 1) - 5), "1", fontname=FONT, fontsize=6)
    for k, line in enumerate(right):
        page.insert_text((RIGHT, 100 + 16 * k), line, fontname=FONT, fontsize=SIZE)
    page.insert_text((RIGHT + 10 * len(right[-1]) + 1, 100 + 16 * (len(right) - 1) - 5), "2", fontname=FONT, fontsize=6)
    low = 100 + 16 * len(left) + 10   # the left column's foot, above the right column's last lines
    page.draw_line((LEFT, low), (LEFT + 80, low), width=0.5)
    page.insert_text((LEFT, low + 12), f"{NOTES[0][0]} {NOTES[0][1]}", fontname=FONT, fontsize=7)
    bottom = 100 + 16 * len(right) + 10
    page.draw_line((RIGHT, bottom), (RIGHT + 80, bottom), width=0.5)
    page.insert_text((RIGHT, bottom + 12), f"{NOTES[1][0]} {NOTES[1][1]}", fontname=FONT, fontsize=7)


def build(path: Path) -> Path:
    doc = pymupdf.open()
    _two_columns(doc.new_page())
    _terms(doc.new_page())
    _english(doc.new_page())
    _column_notes(doc.new_page())
    doc.save(path)
    return path


def _two_columns(page) -> None:
    page.insert_text((150, 70), "人工知能に関する報告", fontname=GOTHIC, fontsize=18)
    y = 120.0
    for label, title, paragraphs in SECTIONS:
        page.insert_text((LEFT, y), f"{label}{title}", fontname=GOTHIC, fontsize=12)   # across both columns
        y += 24
        lines = _column_lines(paragraphs)
        half = (len(lines) + 1) // 2
        for k, line in enumerate(lines):
            x = LEFT if k < half else RIGHT
            yy = y + (k if k < half else k - half) * 16
            page.insert_text((x, yy), line, fontname=FONT, fontsize=SIZE)
        y += half * 16 + 20


def paragraphs() -> list[str]:
    return [p for _, _, ps in SECTIONS for p in ps]
