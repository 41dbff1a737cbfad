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
        for k in range(4):   # the part's text: a few sentences (a page of text, not a cover)
            page.insert_text((70, y + 20 + 16 * k), "政府は、地域の経済を支えるため、あらゆる施策を講じることとする。", fontname="japan", fontsize=10.5)
        y += 20 + 16 * 4 + 10
    doc.save(path)
    return path
