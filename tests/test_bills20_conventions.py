"""bills20 (tests/bills20_conventions.py): a budget book's cover names its city under the title in the title's type
(the issuer, no row of the title); the book is dated by the filing line of the bill it carries; small rows heading a
ruled table at the page's foot are no footnote; a table printed across facing pages is one table; a motion's first page set in one size throughout is read in body
type (its title row alone, not the sentence under it)."""
from __future__ import annotations

import json

import bills20_conventions as bc
from conftest import extract_document as _extract, read_csv
from real_truth import norm


def test_the_city_under_a_budget_s_title_is_no_row_of_it(tmp_path):
    """石垣市 set far under 令和７年度 / 一般会計補正予算 / （第７号）, in their 36 pt: the issuer (issuer._issuer_under) — on
    main the title ran on into it (…（第７号）北野市)."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    cover = read_cover(open_document(str(bc.build_budget_book(tmp_path / "book.pdf"))))
    assert norm(cover.title) == norm(bc.BOOK_TITLE), cover.title


def test_a_budget_book_is_dated_by_its_bill_s_filing_line(tmp_path):
    """The cover prints no date; the bill on the next page closes with 令和７年３月２日提出 over the mayor: that date
    (cover._filing_line) — on main the book had no date."""
    out = _extract(bc.build_budget_book(tmp_path / "book.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert doc["date"] == bc.BOOK_DATE, doc["date"]


def test_small_rows_heading_a_table_at_the_foot_are_no_footnote(tmp_path):
    """「１　追加」 and 「（単位：千円）」 in 8 pt over the 第２表 grid that runs to the page's foot: the table's head
    (footnotes._over_table) — on main 「１　追加（単位：千円）」 was read as footnote 1."""
    out = _extract(bc.build_budget_book(tmp_path / "book.pdf"))
    assert read_csv(out / "footnotes.csv") == [], read_csv(out / "footnotes.csv")


def test_a_motion_set_in_one_size_is_titled_by_its_title_row(tmp_path):
    """Every row of the motion's first page in 12 pt (its 別紙 in 11.2 pt): the title is the centred title row
    (_title_centred_alone) — on main the largest type's rows ran on into the sentence filing the motion."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    cover = read_cover(open_document(str(bc.build_motion(tmp_path / "motion.pdf"))))
    assert norm(cover.title) == norm(bc.MOTION_TITLE), cover.title


def test_a_table_printed_across_facing_pages_is_one_table(tmp_path):
    """款 | 項 on the left page, the amounts of the same rows on the right (rows level, other columns), twice: one
    table of five columns over the four pages, its header once (ruled_tables._spread) — on main four tables of two
    and three columns."""
    from real_truth import tables_of
    out = _extract(bc.build_spread(tmp_path / "spread.pdf"))
    tables = tables_of(out)
    assert [(t["pages"], t["shape"]) for t in tables] == [(("1", "4"), (10, 5))], tables
    assert tables[0]["first_row"] == " | ".join(bc.SPREAD_HEADER)
