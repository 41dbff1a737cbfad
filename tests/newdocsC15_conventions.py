"""A document's status printed on its first page as a tag of its own, built with PyMuPDF: an English
version's "[Provisional Translation]" in bold under its date (as the 首相官邸 English site prints it), and a
Japanese paper's 【仮訳】 set apart at the top right over its title. The tag labels the whole document
(cover.STATUS_TAG): neither its title nor a heading. The test is in test_newdocsC15_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

TITLE = "The Second Emergency Response Package for Regional Economies"
TAG = "[Provisional Translation]"
HEADINGS = ["(1) Measures to support small businesses", "(2) Measures to support local governments"]
_TEXT = ["The government will take every measure to support the regional economies and the people",
         "who live there, and will keep the situation under close review in the months to come.",
         "Loans without interest will be given to the small businesses whose sales have fallen.",
         "Grants will be given to the local governments that support their residents."]


def build_tagged_english(path: Path) -> Path:
    """One page: the title (bold 14 pt), the date under it (10 pt) and the tag in bold 10 pt to the right,
    a paragraph, then two numbered parts in bold 10 pt, each over its sentence in 10 pt."""
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((60, 90), TITLE, fontname="hebo", fontsize=14)
    page.insert_text((60, 115), "March 10, 2020", fontname="helv", fontsize=10)
    page.insert_text((380, 130), TAG, fontname="hebo", fontsize=10)
    y = 160
    for line in _TEXT[:2]:
        page.insert_text((60, y), line, fontname="helv", fontsize=10)
        y += 14
    for head, line in zip(HEADINGS, _TEXT[2:]):
        y += 14
        page.insert_text((60, y), head, fontname="hebo", fontsize=10)
        for k in range(4):   # the part's text: a few sentences (a page of text, not a cover)
            page.insert_text((60, y + 16 + 14 * k), line, fontname="helv", fontsize=10)
        y += 16 + 14 * 4
    doc.save(path)
    return path


JA_TITLE = "地域経済対策の基本方針"
JA_TAG = "【仮訳】"
JA_HEADINGS = ["１．基本的考え方", "２．具体的施策"]


def build_tagged_japanese(path: Path) -> Path:
    """One page: 【仮訳】 in bold 12 pt at the top right, the title in 18 pt under it, the date, then two
    numbered parts in bold 12 pt, each over its sentence in 10.5 pt."""
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_font(fontname="gothic", fontbuffer=pymupdf.Font("japan-bold").buffer)
    page.insert_text((470, 60), JA_TAG, fontname="gothic", fontsize=12)
    page.insert_text((170, 110), JA_TITLE, fontname="gothic", fontsize=18)
    page.insert_text((420, 140), "令和２年３月10日", fontname="japan", fontsize=10.5)
    y = 190
    for head in JA_HEADINGS:
        page.insert_text((60, y), head, fontname="gothic", fontsize=12)
        for k in range(6):   # the part's text: a few sentences (a page of text, not a cover)
            page.insert_text((70, y + 20 + 16 * k), "政府は、地域の経済を支えるため、あらゆる施策を講じることとする。", fontname="japan", fontsize=10.5)
        y += 20 + 16 * 6 + 10
    doc.save(path)
    return path


DECK_TITLE = "Overview of the Supplementary Budget for FY2020"
DECK_HEADINGS = [("Ⅰ", "Expenses related to the Emergency Economic Package"),
                 ("1.", "Develop preventive measures against the spread of infection and medical treatment structures, as well as pharmaceuticals"),
                 ("2.", "Protect employment and sustain business continuity"),
                 ("3.", "Recover economic activities through public-private efforts, as the next phase"),
                 ("Ⅱ", "Transfer to the special account for national debt consolidation funds")]
_ITEMS = ["Liquidity supports to small and medium-sized business operators [¥3,831.6bn]",
          "A new subsidy for every individual [¥12,880.3bn]", "Subsidy to promote domestic investment [¥220.0bn]"]


def _tag(page: pymupdf.Page, wrapped: bool) -> None:
    """The status tag boxed at the slide's top right: one row on the cover slide, two in a narrower box after."""
    if wrapped:
        page.draw_rect(pymupdf.Rect(652, 3, 769, 40), color=(0, 0, 0), width=0.75)
        page.insert_text((679, 18), "Provisional", fontname="helv", fontsize=14)
        page.insert_text((678, 35), "Translation", fontname="helv", fontsize=14)
    else:
        page.draw_rect(pymupdf.Rect(655, 9, 768, 30), color=(0, 0, 0), width=0.75)
        page.insert_text((663, 23), "Provisional Translation", fontname="helv", fontsize=10.5)


def _bullets(page: pymupdf.Page, y: float) -> float:
    for item in _ITEMS:
        page.insert_text((40, y), "-", fontname="helv", fontsize=12)
        page.insert_text((61, y), item, fontname="helv", fontsize=12)
        y += 24
    return y


def build_budget_deck(path: Path) -> Path:
    """Three landscape slides as PowerPoint prints an English budget overview: a cover slide (its title in bold
    19 pt with the boxed tag level with it, "(billion yen)" under the tag, a ruled table Expenditures | Revenues);
    then slides of items in bold, each with its amount flush right — on the row under the part's Ⅰ row, at the
    end of the second row an item's title wraps to, beside the item on its row —, bullets under them in 12 pt;
    the last slide opens with an item run on from the one before (in its band: no title of its own) and holds
    the next part, Ⅱ, set larger than that item."""
    doc = pymupdf.open()
    page = doc.new_page(width=780, height=540)
    page.insert_text((133, 20), DECK_TITLE, fontname="hebo", fontsize=19)
    _tag(page, False)
    page.insert_text((711, 44), "(billion yen)", fontname="helv", fontsize=8)
    for y in (50, 80, 454, 480):
        page.draw_line((12, y), (769, y), color=(0, 0, 0), width=0.75)
    for x in (12, 390, 768):
        page.draw_line((x, 49), (x, 481), color=(0, 0, 0), width=0.75)
    page.insert_text((163, 69), "Expenditures", fontname="helv", fontsize=12)
    page.insert_text((551, 69), "Revenues", fontname="helv", fontsize=12)
    for k, (label, title) in enumerate(DECK_HEADINGS[1:]):
        page.insert_text((22, 100 + 40 * k), f"({k + 1}) {title[:40]}", fontname="helv", fontsize=11)
        page.insert_text((330, 100 + 40 * k), f"{1000 + 17 * k:,}.5", fontname="helv", fontsize=11)
    page.insert_text((400, 100), "1. Government bond issuance", fontname="helv", fontsize=12)
    page.insert_text((705, 100), "25,691.4", fontname="helv", fontsize=12)
    page.insert_text((149, 471), "Total", fontname="helv", fontsize=12)
    page.insert_text((527, 471), "Total", fontname="helv", fontsize=12)

    page = doc.new_page(width=780, height=540)
    page.insert_font(fontname="gothic", fontbuffer=pymupdf.Font("japan-bold").buffer)   # a face that holds Ⅰ
    _tag(page, True)
    page.insert_text((105, 30), DECK_TITLE, fontname="hebo", fontsize=20)
    page.insert_text((30, 64), DECK_HEADINGS[0][0], fontname="gothic", fontsize=16)
    page.insert_text((54, 64), DECK_HEADINGS[0][1], fontname="hebo", fontsize=16)
    page.insert_text((637, 84), "¥25,565.5bn", fontname="hebo", fontsize=16)
    first = DECK_HEADINGS[1][1]
    cut = first.index("structures")
    page.insert_text((40, 102), f"{DECK_HEADINGS[1][0]} {first[:cut].strip()}", fontname="hebo", fontsize=14)
    page.insert_text((62, 119), first[cut:], fontname="hebo", fontsize=14)
    page.insert_text((645, 119), "¥1,809.7bn", fontname="hebo", fontsize=14)
    y = _bullets(page, 140)
    page.insert_text((40, y + 8), f"{DECK_HEADINGS[2][0]} {DECK_HEADINGS[2][1]}", fontname="hebo", fontsize=14)
    page.insert_text((644, y + 8), "19,490.5bn", fontname="hebo", fontsize=14)
    _bullets(page, y + 30)
    page.insert_text((766, 532), "1", fontname="helv", fontsize=19)

    page = doc.new_page(width=780, height=540)   # no tag on the last slide (as the second budget's prints none)
    page.insert_text((45, 50), f"{DECK_HEADINGS[3][0]} {DECK_HEADINGS[3][1]}", fontname="hebo", fontsize=14)
    page.insert_text((651, 73), "¥1,848.2bn", fontname="hebo", fontsize=14)
    y = _bullets(page, 92)
    page.insert_font(fontname="gothic", fontbuffer=pymupdf.Font("japan-bold").buffer)
    page.insert_text((36, y + 20), DECK_HEADINGS[4][0], fontname="gothic", fontsize=16)   # a part larger than the item atop the slide
    page.insert_text((60, y + 20), DECK_HEADINGS[4][1], fontname="hebo", fontsize=16)
    page.insert_text((662, y + 40), "¥125.9bn", fontname="hebo", fontsize=16)
    page.insert_text((767, 534), "2", fontname="helv", fontsize=19)
    doc.save(path)
    return path
