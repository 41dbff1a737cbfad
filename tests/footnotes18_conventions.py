"""Notes numbered by a label at a page's foot, built with PyMuPDF (issue 19: footnotes at any numbering a
document uses). The style guides for official and academic writing number a note by a label where a bare
number would be read as a figure: 注１, 注２ (the text calls it （注１） in its words), or a circled number ①
raised over the text it explains. The notes stand at the page's foot in small type, a note's wrapped line
hung under its text; a list numbered ① … in small type at the foot that nothing calls is text. Truth beside
the builders; the tests are in test_footnotes18_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY = 10.5
NOTE = 8.0
_GOTHIC, _MINCHO = "japan", "china-s"
TITLE = "地域交通の確保に関する検討状況"
# running text in full-width letters only (PyMuPDF's CJK fonts set Latin digits full width too)
_TEXT = ["地域の公共交通は、利用者の減少と担い手の不足により、路線の維持が", "難しくなっている。国は、地域の関係者が連携して交通を再編する取組",
         "を支援しており（注１）、多くの自治体が計画を策定した。計画の実施", "に当たっては、運行費の補助に加え、車両の更新や運賃の見直しも",
         "検討されている（注２）。今後は、地域の実情に応じた見直しを進める。"]
LABELLED = [(1, "地域公共交通の活性化及び再生に関する法律に基づく地域公共交通計画をいう。",
             "計画の作成は努力義務とされている。"),
            (2, "運賃の見直しには、上限の認可を受けた範囲内での届出によるものを含む。", "")]
_CIRCLED_TEXT = ["調査の結果、回答した団体の多くが人材の不足を課題に挙げた", "一方、専門人材の確保に向けた取組は限られていた",
                 "また、研修の機会が十分でないとの回答も多かった。"]
CIRCLED = [(1, "回答した団体のうち、課題を三つまで挙げたものを集計した。"),
           (2, "外部の専門家の登用や兼業人材の活用をいう。")]
_UNCALLED = ["① 調査票の回収は郵送による。", "② 回答は任意とした。"]


def _running(page: pymupdf.Page, rows: list[str], top: float) -> None:
    for k, row in enumerate(rows):
        page.insert_text((72, top + 18 * k), row, fontname=_MINCHO, fontsize=BODY)


def build_labelled_notes(path: Path) -> Path:
    """A page whose notes are labelled 注１, 注２ at its foot in small type (the first wrapped), called by
    （注１） and （注２） in the running text, the folio under them."""
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((72, 90), TITLE, fontname=_GOTHIC, fontsize=14)
    _running(page, _TEXT, 130)
    y = 740.0
    for number, first, rest in LABELLED:
        page.insert_text((72, y), f"注{chr(0xFF10 + number)}\u3000{first}", fontname=_MINCHO, fontsize=NOTE)
        y += 11
        if rest:
            page.insert_text((72 + 3 * NOTE, y), rest, fontname=_MINCHO, fontsize=NOTE)
            y += 11
    page.insert_text((292, 805), "－１－", fontname=_MINCHO, fontsize=BODY)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path


def build_circled_notes(path: Path) -> Path:
    """A page whose notes are numbered ① ② at its foot in small type, each called by its circled number
    raised at the end of a sentence; on a second page a list ① ② in small type at the foot, called by
    nothing, stays in the text."""
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((72, 90), TITLE, fontname=_GOTHIC, fontsize=14)
    _running(page, _CIRCLED_TEXT, 130)
    for k in range(2):   # the marks, raised at the end of the first two rows
        x = 72 + BODY * len(_CIRCLED_TEXT[k])
        page.insert_text((x, 130 + 18 * k - 4), "①②"[k], fontname=_MINCHO, fontsize=6)
    for k, (number, text) in enumerate(CIRCLED):
        page.insert_text((72, 750 + 11 * k), f"{'①②'[number - 1]}\u3000{text}", fontname=_MINCHO, fontsize=NOTE)
    page = doc.new_page(width=595.3, height=841.9)
    _running(page, _TEXT[:2], 100)
    for k, row in enumerate(_UNCALLED):
        page.insert_text((72, 750 + 11 * k), row, fontname=_MINCHO, fontsize=NOTE)
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path


# build_endnotes: a short paper whose notes are gathered after its text under a line 注, each note opening
# with its number, the numbers raised as markers in the text of the pages before; the notes go on over a page
_PAPER = [["本稿は、地域の公共交通の再編に向けた自治体の取組を整理する。", "計画を策定した自治体は増加しているが、実施に",
           "至った例は限られている。財源の確保が課題として挙げられた。"],
          ["再編の効果を測る指標として、利用者数と収支率が用いられる。", "一方、住民の移動の機会を測る指標は定まって",
           "いない。今後の検討が求められる。"]]
ENDNOTES = [(1, 2, "国土交通省の調査による。回答した自治体の数を母数とした。"),
            (2, 2, "運行費の補助を受ける路線に限る。"),
            (3, 3, "目的地への到達時間を指標とする例が海外にある。")]
ENDNOTES_HEAD = "注"


def build_endnotes(path: Path, called: bool = True) -> Path:
    """Two pages of text, each raising a note's number after a sentence (１ and ２ on the first, ３ on the
    second), then 注 alone on its line and notes １ and ２ under it at the second page's foot, note ３ at the
    top of a third page, each opening with its number set apart, in the body's type. `called` False: no
    number raised in the text (the rows under 注 are a list of remarks nothing calls)."""
    doc = pymupdf.open()
    marks = [[(0, 1), (2, 2)], [(2, 3)]] if called else [[], []]   # (row, number) raised at the row's end
    for rows, raised in zip(_PAPER, marks):
        page = doc.new_page(width=595.3, height=841.9)
        _running(page, rows, 100)
        for row, number in raised:
            x = 72 + BODY * len(rows[row])
            page.insert_text((x, 100 + 18 * row - 4), chr(0xFF10 + number), fontname=_MINCHO, fontsize=6)
        page.insert_text((292, 805), chr(0xFF10 + len(doc)), fontname=_MINCHO, fontsize=BODY)
    page = doc[1]
    page.insert_text((72, 640), ENDNOTES_HEAD, fontname=_GOTHIC, fontsize=BODY)
    y = 670.0
    for number, on, text in ENDNOTES:
        if on == 3:
            page = doc.new_page(width=595.3, height=841.9)
            page.insert_text((292, 805), "３", fontname=_MINCHO, fontsize=BODY)
            y = 100.0
        page.insert_text((72, y), chr(0xFF10 + number), fontname=_MINCHO, fontsize=7)
        page.insert_text((72 + 1.5 * BODY, y), text, fontname=_MINCHO, fontsize=BODY)
        y += 18
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")
    doc.save(path)
    return path
