"""Documents typeset here in the conventions of white papers and discussion papers (issue 19),
each with its truth beside it:

- build_tabbed_chapter: a white paper's chapter in Mincho at 10.5 pt with Gothic headings at
  11 pt; a chapter tab (第/３/章, a word set vertically, one character to a row) printed outside
  the text block at the page's right edge on every other page; a numbered point whose long
  title wraps over four rows hung at the title's own start (a hanging indent, clear of its
  label （１）), and one whose title fits its row.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC, MINCHO = "japan", "china-ss"   # china-ss: a Mincho-like face that keeps its own name beside GOTHIC
BODY, HEAD = 10.5, 11.0
LEFT, ROW = 70.0, 17.0
COLUMN = 40   # characters of body type to a row: from x 70 to x 490
TEXT = ("我が国においても、人工知能の研究開発と社会実装を一体的に進めるため、関係府省庁が連携して"
        "基盤的な研究の推進、計算資源の整備、人材の育成に取り組んでいる。")
LONG = ("人工知能の国際的な議論を前進させるための作業計画（参加国の増加に向けた働きかけ、行動規範への"
        "支持の拡大及び事業者による行動規範の履行を確かめるための仕組みの導入に向けた取組、国際機関との"
        "協力の継続）")
SHORT = "研究開発の基盤となる計算資源の整備"
TAB = "第３章"

# (depth, label, title)
TABBED = [(1, "第３章", "人工知能の研究開発の動向"), (2, "１－１．", "米国"), (3, "（１）", SHORT),
          (3, "（２）", LONG), (2, "１－２．", "英国")]


def _paragraph(page: pymupdf.Page, y: float, rows: int = 3) -> float:
    text = "　" + TEXT
    for k in range(rows):
        page.insert_text((LEFT, y), text[k * COLUMN:(k + 1) * COLUMN], fontname=MINCHO, fontsize=BODY)
        y += ROW
    return y + ROW


def _point(page: pymupdf.Page, y: float, label: str, title: str) -> float:
    """A numbered point in the heading's type: the label, a space, the title; its rows after
    the first set in at the title's start (each row but the last runs to the column's edge)."""
    start = LEFT + HEAD * (len(label) + 1)
    per_row = int((LEFT + COLUMN * BODY - start) // HEAD)
    page.insert_text((LEFT, y), label, fontname=GOTHIC, fontsize=HEAD)
    for k in range(0, len(title), per_row):
        page.insert_text((start, y), title[k:k + per_row], fontname=GOTHIC, fontsize=HEAD)
        y += ROW
    return y + ROW / 2


def _tab(page: pymupdf.Page, emblem: bool = False) -> None:
    """The chapter's tab at the page's right edge, outside the text block: one character to a row.
    `emblem`: its number set larger (12.8 pt) on the rows' axis, its left edge out of line with theirs."""
    for k, ch in enumerate(TAB):
        size = 12.8 if emblem and k == 1 else BODY
        page.insert_text((560 + (BODY - size) / 2, 150 + 12 * k), ch, fontname=GOTHIC, fontsize=size)


def build_tabbed_emblem(path: Path) -> Path:
    """build_tabbed_chapter with the tab's number set larger than its 第 and 章 (a chapter's emblem)."""
    return build_tabbed_chapter(path, emblem=True)


def build_tabbed_chapter(path: Path, emblem: bool = False) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page()
    cover.insert_text((150, 300), "科学技術・イノベーション白書", fontname=GOTHIC, fontsize=20)
    cover.insert_text((250, 400), "文部科学省", fontname=MINCHO, fontsize=12)
    page = doc.new_page()
    page.insert_text((LEFT, 90), f"{TABBED[0][1]}　{TABBED[0][2]}", fontname=GOTHIC, fontsize=16)
    y = _paragraph(page, 130, 6)
    page.insert_text((LEFT, y), f"{TABBED[1][1]}{TABBED[1][2]}", fontname=GOTHIC, fontsize=HEAD)
    y = _paragraph(page, y + 2 * ROW, 8)
    for number in range(3, 6):
        page = doc.new_page()
        if number % 2 == 1:
            _tab(page, emblem)
        y = _paragraph(page, 90, 5)
        if number == 3:
            y = _paragraph(page, _point(page, y, TABBED[2][1], SHORT), 3)
            y = _paragraph(page, _point(page, y, TABBED[3][1], LONG), 4)
        if number == 4:
            page.insert_text((LEFT, y), f"{TABBED[4][1]}{TABBED[4][2]}", fontname=GOTHIC, fontsize=HEAD)
            y = _paragraph(page, y + 2 * ROW, 6)
        _paragraph(page, y, 8)
    doc.save(path)
    return path


# build_quoted_provisions: a paper in one Mincho at 10.5 pt whose headings are plain labelled lines
# (１．, （１）), quoting a draft bill's article: its paragraphs are no headings — one closes its
# sentence after a row that ends short where a Latin word did not fit, one breaks off at a comma
# over the items it introduces, one is left out ((略)). A labelled heading set at the foot of a page
# heads the text at the top of the next; one opens with an abbreviation and への (ＩＰＡへの…). A flow
# figure's step numbers set in a row in Gothic (5-3 5-4, read as one line 5-35-4) are no heading;
# nor is （カ） of a list whose one row runs to the edge, right above （キ）.
QUOTED = [(1, "１．", "草案の概要"), (2, "（１）", "草案の定義規定"), (2, "（２）", "電子文書に係る機能要件"),
          (1, "２．", "転換の手続"), (2, "（１）", "ＩＰＡへの通知と判定に基づく情報の公表の手続")]
ARTICLE = ["第１条（「電子取引文書」の意義）",
           "（１）本法において「紙の取引文書」とは、以下に掲げる要件を備えるものとする。",
           "（２）前項の規定にしたがい文書が転換される場合、",
           "　（ａ）古い様式による文書は効力を失い、かつ",
           "　（ｂ）当該文書に関連する全ての権利が新しい方式の文書に関連して効力を有する",
           "（３）（略）"]
SENTENCE = ("電子方式による情報が、紙の方式による文書に含まれていれば、紙の取引文書となるような情報である場合、その情報は"
            "、関連する他の電子方式による情報とともに、本法における")
STEPS = "5-35-4"
CONDITIONS = ["　ＩＰＡは、以下の条件のいずれかと合致した場合、処理を取りやめます。",
              "（カ）ウェブサイト運営者から一定期間適切な応答が得られない場合（５）の手続を参照）",
              "（キ）影響度が低い等の理由により対応を行わない場合"]
LATIN = ("qualifying", "electronic document")   # a Latin term wrapped at its space: its row ends short


def _quoted_article(page: pymupdf.Page, y: float) -> float:
    """The article as quoted: its number and caption, its paragraphs at the text's left, their
    rows after the first set in by two characters; （４）'s third row ends short of the edge
    where the Latin word after it did not fit (its letters set one em wide)."""
    for row in ARTICLE:
        page.insert_text((LEFT, y), row, fontname=MINCHO, fontsize=BODY)
        y += ROW
    text = SENTENCE + "「適格電子文書（"
    rows = ["（４）" + text[:COLUMN - 3], text[COLUMN - 3:2 * COLUMN - 5], text[2 * COLUMN - 5:] + LATIN[0],
            LATIN[1] + "）」となる。"]
    for k, row in enumerate(rows):
        page.insert_text((LEFT if k == 0 else LEFT + 2 * BODY, y), row, fontname=MINCHO, fontsize=BODY)
        y += ROW
    return y + ROW


def _plain(page: pymupdf.Page, y: float, label: str, title: str, spaced: bool = False) -> float:
    page.insert_text((LEFT, y), label + ("　" if spaced else "") + title, fontname=MINCHO, fontsize=BODY)
    return y + ROW


def build_quoted_provisions(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page()
    cover.insert_text((150, 300), "電子船荷証券に関する論点の整理", fontname=MINCHO, fontsize=20)
    cover.insert_text((250, 400), "令和４年３月", fontname=MINCHO, fontsize=12)
    page = doc.new_page()
    y = _plain(page, 90, *QUOTED[0][1:])
    y = _paragraph(page, _plain(page, y + ROW, *QUOTED[1][1:]) , 3)
    y = _quoted_article(page, y)
    y = _paragraph(page, _plain(page, y, *QUOTED[2][1:]), 4)
    y = _paragraph(page, y, 6)
    y = _paragraph(page, y, 6)
    _plain(page, 790, *QUOTED[3][1:], spaced=True)   # the last line of the page: its text starts on the next
    page = doc.new_page()
    y = _paragraph(page, 90, 4)
    page.insert_text((LEFT + 100, y), STEPS, fontname=GOTHIC, fontsize=BODY)   # a flow figure's step numbers
    y = _paragraph(page, y + 2 * ROW, 2)
    page.insert_text((LEFT, y), QUOTED[4][1] + "　" + QUOTED[4][2], fontname=MINCHO, fontsize=BODY)
    for k in range(3):   # the text it heads, set in under its title
        page.insert_text((LEFT + 2 * BODY, y + (k + 1) * ROW), TEXT[k * 30:(k + 1) * 30], fontname=MINCHO, fontsize=BODY)
    y += 5 * ROW
    for row in CONDITIONS:   # a list whose item of one row runs to the edge, under a sentence
        page.insert_text((LEFT + BODY, y), row, fontname=MINCHO, fontsize=BODY)
        y += ROW
    doc.save(path)
    return path


# build_picture_labels: a discussion paper whose sub-headings' labels 1) 2) 3) are printed as small
# pictures left of their Gothic titles (the text layer holds the titles only), as a word processor
# exports list numbers in a font it cannot embed; a picture of a figure beside the text is no label.
PICTURED = [(1, "１", "はじめに"), (2, "1)", "カタログ"), (2, "2)", "カタログレコード"), (2, "3)", "データセット"),
            (1, "２", "まとめ")]


def _label_picture(label: str) -> bytes:
    """The label drawn black on white at 4 pixels a point, as a PNG (in the CJK face's digits)."""
    doc = pymupdf.open()
    page = doc.new_page(width=BODY * len(label) * 0.7, height=BODY * 1.3)
    page.insert_text((0.5, BODY * 1.05), label, fontname=GOTHIC, fontsize=BODY)
    return page.get_pixmap(dpi=72 * 4, colorspace=pymupdf.csGRAY).tobytes("png")


def build_picture_labels(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page()
    cover.insert_text((150, 300), "メタデータの利用に関する検討", fontname=GOTHIC, fontsize=20)
    cover.insert_text((260, 400), "2021年8月", fontname=MINCHO, fontsize=BODY)
    page, y = doc.new_page(), 90.0
    for _depth, label, title in PICTURED:
        if label.endswith(")"):
            width = BODY * len(label) * 0.7
            page.insert_image(pymupdf.Rect(LEFT + BODY, y - BODY, LEFT + BODY + width, y + BODY * 0.3),
                              stream=_label_picture(label))
            page.insert_text((LEFT + BODY + width + 2, y), title, fontname=GOTHIC, fontsize=BODY)
        else:
            page.insert_text((LEFT, y), f"{label}　{title}", fontname=GOTHIC, fontsize=BODY)
        y = _paragraph(page, y + ROW, 3)
    page.insert_image(pymupdf.Rect(LEFT, y, LEFT + 200, y + 100), stream=_label_picture("図"))   # a figure: no label
    doc.save(path)
    return path


# build_chapter_emblem: a white paper's chapter opener — 第４章 set large (48 pt) in a drawn emblem at the top left,
# the chapter's title in two rows of 24 pt to its right within its height, then 第１節 at 16 pt over the text.
EMBLEM = [(1, "第４章", "デジタル技術の課題と現状の対応策"), (2, "第１節", "人工知能の進化に伴う課題")]


def build_chapter_emblem(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(LEFT - 4, 24, LEFT + 150, 100), color=(0, 0.3, 0.6), width=2)
    page.insert_text((LEFT, 84), "第４章", fontname=GOTHIC, fontsize=48)
    page.insert_text((LEFT + 170, 70), "デジタル技術の課題と", fontname=GOTHIC, fontsize=24)
    page.insert_text((LEFT + 170, 100), "現状の対応策", fontname=GOTHIC, fontsize=24)
    page.insert_text((LEFT, 150), "第１節　人工知能の進化に伴う課題", fontname=GOTHIC, fontsize=16)
    y = 180.0
    for _ in range(8):
        y = _paragraph(page, y, 2)
    doc.save(path)
    return path
