"""blind23a (tests/blind23a_conventions.py): a bill set from its first page whose lists run onto the next page is
dated and issued by the filing line closing it there; the accounts of an amount list set with tabs are no headings."""
from __future__ import annotations

import json

import blind23a_conventions as bc
from conftest import extract_document as _extract, read_csv
from real_truth import norm


def test_a_bill_set_from_its_first_page_is_dated_by_its_filing_line_on_the_next(tmp_path):
    """議案第６号 over its title and articles on p1 (text, no date), the filing line 令和８年２月２７日提出 and the mayor
    closing it on p2: that date, and the mayor's office the issuer (cover._opening_date with `bill`) — on main the
    bill had neither."""
    out = _extract(bc.build_account_bill(tmp_path / "bill.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"], doc["issuer"]) == (norm(bc.BILL_TITLE), bc.BILL_DATE, bc.BILL_ISSUER), doc


def test_the_accounts_of_an_amount_list_are_no_headings(tmp_path):
    """第１款 下水道事業収益 with its amounts on its row, 第１款 資本的収入 likewise: accounts of the articles' lists
    (headings._outside_amount_lists) — on main they were headings (第１款 …６６７，９８６) and the third article was
    nested under them."""
    out = _extract(bc.build_account_bill(tmp_path / "bill.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(1, norm(label), norm(caption)) for label, caption in bc.ARTICLES], got


def test_a_panels_caption_on_its_band_and_bracketed_topics_head_parts_of_their_slides(tmp_path):
    """候補船の概要 in white, regular, centred on the blue band across its panel's top (deck_headings._banded_parts), and
    three topics set wholly in brackets over their ・ items (deck_headings._bracketed_topics) head parts of their
    slides, one level under the slide's title; one bracketed line alone on its slide is an aside — on main the deck
    had the slides' titles only."""
    out = _extract(bc.build_panel_deck(tmp_path / "deck.pdf"))
    got = [(int(h["level"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(depth, norm(title)) for slide in bc.PANEL_DECK for depth, title in slide], got


def test_an_attachments_number_in_a_heading_is_no_next_item_on_its_row(tmp_path):
    """1）腸管排出（添付資料4.2.2.7.1-2） in bold over its paragraph heads it: the 2） of 1-2） is a digit of the attachment's
    number, no next label on its row (numbering.next_on_row) — on main the line was a list item."""
    out = _extract(bc.build_review_report(tmp_path / "report.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(depth, norm(label), norm(title)) for depth, label, title in bc.REVIEW_HEADINGS], got
