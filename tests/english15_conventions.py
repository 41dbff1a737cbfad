"""An English version of a 専門家会議 提言 and its Japanese counterpart, built with PyMuPDF: (a) the cover's three
centred rows in body type — the body that issues it, the title closing with its date in brackets ("… and
Recommendations (May 4, 2020)", …について（令和２年５月４日）), a note ("Summary") — whose date is the document's and no
word of its title (cover._title_dated_on_its_row); (b) "(1)" headings in the body's regular face, one space after
the label, each over a paragraph opening flush with the label (an English text opens its paragraphs at the margin:
headings._phrase_over_text); (c) a list counted (i) … (vi) under a lead-in, set in from the text: "(i)" followed by
"(ii)" is that list's roman numeral, not a letter (numbering.roman_in_its_list), so the list is a list, no headings.
The tests are in test_english15_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

ISSUER = "Expert Meeting on the Novel Coronavirus Disease Control"
TITLE = "Analysis of the Response to the Novel Coronavirus (COVID-19) and Recommendations"
DATE = "(May 4, 2020)"
JA_ISSUER = "新型コロナウイルス感染症対策専門家会議"
JA_TITLE = "新型コロナウイルス感染症対策の状況分析・提言"
JA_DATE = "（令和２年５月４日）"
_WIDTH, _LEFT, _RIGHT = 595.3, 36.0, 559.3
_PARAGRAPH = ["- Although the declaration is currently applicable in all the prefectures, the Government will make",
              "comprehensive decisions when determining the applicable regions through discussions in the Advisory",
              "Committee, in light of factors such as the infection situation and the systems for delivering care."]
OUTLINE = [("1.", "Evaluation of the infection situation in each prefecture", True),
           ("(1)", "How to determine the regions to which the declaration applies", False),
           ("(2)", "General overview", False),
           ("2.", "Evaluation of PCR tests and other tests", True),
           ("(1)", "Future measures", False)]
MEASURES = ["(i) Enhancement of the systems of public health centers", "(ii) Activation of prefectural coordination",
            "(iii) Increase in regional outpatient centers", "(iv) Reliable procurement of protective equipment",
            "(v) Training of sample collectors and quality control", "(vi) Surveillance of the tests"]


def _centred(page: pymupdf.Page, y: float, text: str, fontname: str = "tiro") -> None:
    width = pymupdf.get_text_length(text, fontname=fontname, fontsize=12)
    page.insert_text(((_WIDTH - width) / 2, y), text, fontname=fontname, fontsize=12)


def _paragraph(page: pymupdf.Page, y: float, rows: list[str] = _PARAGRAPH) -> float:
    for k, row in enumerate(rows):
        page.insert_text((_LEFT if k == 0 else _LEFT + 12, y), row, fontname="tiro", fontsize=12)
        y += 18
    return y


def build_english_paper(path: Path, measures: bool = True) -> Path:
    """One page: the cover's three centred rows (issuer; title and its bracketed date; "Summary"), then the outline:
    bold "1." headings, "(1)" headings in the regular face each over its paragraph flush with the label, and under
    the last a lead-in sentence over the measures (i) … (vi) set in from the text (`measures`)."""
    doc = pymupdf.open()
    page = doc.new_page(width=_WIDTH, height=841.9)
    _centred(page, 50, ISSUER)
    _centred(page, 68, f"{TITLE} {DATE}")
    _centred(page, 86, "Summary")
    y = 122.0
    for label, title, bold in OUTLINE:
        page.insert_text((_LEFT, y), f"{label} {title}", fontname="tibo" if bold else "tiro", fontsize=12)
        y += 18
        if not bold:
            y = _paragraph(page, y) + 18
    if measures:
        y = _paragraph(page, y, ["- The Government should secure the systems for the tests through the following measures:"])
        for item in MEASURES:
            page.insert_text((_LEFT + 11, y), item, fontname="tiro", fontsize=12)
            y += 18
        _paragraph(page, y + 18, ["- These measures will be reviewed in light of the infection situation in each region."])
    doc.save(path)
    return path


def build_japanese_paper(path: Path) -> Path:
    """One page in 10.5 pt 明朝: the issuer centred, the title centred with its date in brackets closing its row,
    then two numbered parts over their text."""
    doc = pymupdf.open()
    page = doc.new_page(width=_WIDTH, height=841.9)
    _centred(page, 60, JA_ISSUER, "japan")
    _centred(page, 80, JA_TITLE + JA_DATE, "japan")
    y = 130
    for head in ("１．はじめに", "２．各地域の感染状況"):
        page.insert_text((60, y), head, fontname="japan", fontsize=12)
        for k in range(5):
            page.insert_text((72, y + 20 + 18 * k), "政府は、地域の感染状況を踏まえ、必要な対策を講じることとする。", fontname="japan", fontsize=12)
        y += 20 + 18 * 5 + 12
    doc.save(path)
    return path
