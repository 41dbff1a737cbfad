"""An English statute as a Commonwealth law revision prints it, built with PyMuPDF in Times (tiro, tibo, tiit):
(a) a cover all at the body's size — the collection's name, the Act's title in bold capitals, its chapter, the
edition and its day as an ordinal, "(1st March 2012)" —, the next page printing the title again in title case in
display type over the contents (cover._repeated_title: the cover's rows it repeats, in any case, are the title;
dates read in English forms, normalizers.dates, as printed with their word spaces, cover_row._printed);
(b) the contents, ARRANGEMENT OF SECTIONS, naming sections by their numbers with no page number, in a type of their
own (11 pt under 13 pt text) over two pages: they run on while the lines stay in that size (contents._unpaged_contents);
(c) the text: PART I centred alone on its line over its name centred under it (PART II's in two rows), a Division
in italics with its title after a dash, each section under its title in bold at the body's size, its number
opening its text (numbering english_part / english_division, headings._title_under_label): the titles stand under
the Part or Division open over them (heading_levels._HOLDS_TITLES).
The tests are in test_english19_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_WIDTH, _HEIGHT, _LEFT, _RIGHT = 498.9, 708.7, 65.0, 434.0
TITLE = "ELECTRONIC RECORDS ACT"
DATE = ("2012-03-01", "1st March 2012")
PARTS = [("PART I", ["PRELIMINARY"], None, ["Short title", "Interpretation"]),
         ("PART II", ["ELECTRONIC RECORDS AND", "SIGNATURES"], None, ["Legal recognition of records"]),
         ("PART IIA", ["TRANSFERABLE RECORDS"], "Division 1 - General provisions", ["Requirement for writing",
                                                                                  "Requirement for signature"])]
# the headings the text holds: (level, label, title)
HEADINGS = [("1", "PART I", "PRELIMINARY"), ("2", "", "Short title"), ("2", "", "Interpretation"),
            ("1", "PART II", "ELECTRONIC RECORDS AND SIGNATURES"), ("2", "", "Legal recognition of records"),
            ("1", "PART IIA", "TRANSFERABLE RECORDS"), ("2", "Division 1", "General provisions"),
            ("3", "", "Requirement for writing"), ("3", "", "Requirement for signature")]
_TEXT = ["{n}. This provision applies to every electronic record made, sent, received or stored in",
         "the course of a transaction between two or more parties, whether the parties act for",
         "themselves or through an agent, and whether or not the record is kept by a third party",
         "on their behalf, unless the parties have agreed otherwise in writing before the record",
         "is made."]


def _centred(page: pymupdf.Page, y: float, text: str, size: float, font: str = "tiro") -> None:
    width = pymupdf.get_text_length(text, fontname=font, fontsize=size)
    page.insert_text(((_WIDTH - width) / 2, y), text, fontname=font, fontsize=size)


def _cover(doc: pymupdf.Document) -> None:
    page = doc.new_page(width=_WIDTH, height=_HEIGHT)
    _centred(page, 160, "THE STATUTES OF THE REPUBLIC OF EXAMPLE", 13, "tibo")
    _centred(page, 212, TITLE, 13, "tibo")
    _centred(page, 245, "(CHAPTER 12)", 13, "tibo")
    _centred(page, 362, "(Original Enactment: Act 3 of 2009)", 8, "tibo")
    _centred(page, 560, "REVISED EDITION 2012", 8, "tibo")
    _centred(page, 577, f"({DATE[1]})", 9)
    _centred(page, 608, "Prepared and Published by", 8, "tiit")
    _centred(page, 624, "THE LAW REVISION COMMISSION", 8)


def _contents(doc: pymupdf.Document, size: float) -> None:
    """The title page (the chapter, the title in 24 pt) over the contents, their entries run on to a second page."""
    page = doc.new_page(width=_WIDTH, height=_HEIGHT)
    _centred(page, 70, "CHAPTER 12", 15)
    _centred(page, 105, "Electronic Records Act", 24)
    _centred(page, 140, "ARRANGEMENT OF SECTIONS", size)
    y, n = 170.0, 1
    for k, (label, name, division, sections) in enumerate(PARTS):
        if k == 2:   # the contents fill their first page: the last part is listed on the next
            page = doc.new_page(width=_WIDTH, height=_HEIGHT)
            y = 72.0
        for row in [label, *name]:
            _centred(page, y, row, size)
            y += size * 1.6
        if division:
            _centred(page, y, division, size, "tiit")
            y += size * 1.6
        page.insert_text((_LEFT, y), "Section", fontname="tiro", fontsize=size)
        y += size * 1.6
        for title in sections + [f"{t} of a kind" for t in sections] * 6:
            page.insert_text((_LEFT + 12, y), f"{n}.", fontname="tiro", fontsize=size)
            page.insert_text((_LEFT + 45, y), title, fontname="tiro", fontsize=size)
            y, n = y + size * 1.3, n + 1
        y += size


def _text(doc: pymupdf.Document) -> None:
    page, y, n = doc.new_page(width=_WIDTH, height=_HEIGHT), 72.0, 1
    for label, name, division, sections in PARTS:
        if y > 420:
            page, y = doc.new_page(width=_WIDTH, height=_HEIGHT), 72.0
        y += 12
        for row in [label, *name]:
            _centred(page, y, row, 13)
            y += 17
        if division:
            _centred(page, y + 4, division, 13, "tiit")
            y += 21
        for title in sections:
            page.insert_text((_LEFT, y + 6), title, fontname="tibo", fontsize=13)
            y += 23
            for k, row in enumerate(_TEXT):
                page.insert_text((_LEFT + (6 if k == 0 else 0), y), row.format(n=n), fontname="tiro", fontsize=13)
                y += 16
            n += 1


def build_statute(path: Path, contents_size: float = 11) -> Path:
    """The cover, the title page over the contents (entries in `contents_size`, run on to a second page), the text."""
    doc = pymupdf.open()
    _cover(doc)
    _contents(doc, contents_size)
    _text(doc)
    doc.save(path)
    return path


AS_OF = ("2020-06-15", "June 15, 2020")


def build_chart(path: Path) -> Path:
    """An English chart's page: its title in display type at the top centre, then on one row a note at the left
    ("Click to jump to related website") and "As of June 15, 2020" at the right edge, then the chart's rows."""
    doc = pymupdf.open()
    page = doc.new_page(width=756, height=1008)
    page.insert_text((150, 40), "Information on Support Measures", fontname="hebo", fontsize=24)
    page.insert_text((230, 72), "Click to jump to related website", fontname="helv", fontsize=9)
    page.insert_text((640, 72), f"As of {AS_OF[1]}", fontname="helv", fontsize=10)
    y = 120.0
    for who, what in (("All residents", "Special cash payment of 100,000 yen per person"),
                      ("Household with children", "Additional allowance of 10,000 yen per child"),
                      ("Students in difficulty", "Emergency assistance fund for students")):
        page.insert_text((60, y), who, fontname="helv", fontsize=10.5)
        page.insert_text((260, y), what, fontname="helv", fontsize=10.5)
        y += 40
    doc.save(path)
    return path


SLIDES = [("Basic Concepts of the Economic Measures", [("1.", "Domestic and overseas economies have been hit"),
                                                    ("2.", "The Government has decided to act")]),
          ("Emergency Support Phase", [("I.", "Measures to prevent the spread of the infection"),
                                       ("II.", "Protecting employment and keeping business viable")])]


def build_deck(path: Path) -> Path:
    """An English summary's slides (780 x 540): a cover, then two slides each titled in bold 22 pt at the top, in
    numbered parts — "1." / "I." in bold Helvetica 18 pt, alone on their rows — over their content in a regular
    Times 16 pt: bullets, and measures numbered 1. 2. in the text's weight (items, no headings)."""
    doc = pymupdf.open()
    cover = doc.new_page(width=780, height=540)
    cover.insert_text((120, 220), "Emergency Economic Measures", fontname="hebo", fontsize=32)
    cover.insert_text((330, 420), "April 2020", fontname="helv", fontsize=28)
    for title, parts in SLIDES:
        page = doc.new_page(width=780, height=540)
        page.insert_text((20, 40), title, fontname="hebo", fontsize=22)
        y = 100.0
        for label, name in parts:
            page.insert_text((24, y), f"{label} {name}", fontname="hebo", fontsize=18)
            y += 26
            for k in (1, 2):
                page.insert_text((40, y), f"{k}. The measure is carried out with the support of the local governments,",
                                 fontname="tiro", fontsize=16)
                page.insert_text((58, y + 20), "as set out in the Cabinet decision of this month.", fontname="tiro",
                                 fontsize=16)
                y += 46
            y += 20
    doc.save(path)
    return path
