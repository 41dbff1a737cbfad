"""cover23's cover conventions on built pages (tests/cover23_conventions.py), each asserting what the page prints — its
title, date and issuer as a reader reads them — for the misses of bench/cover_sample.tsv's draw 23: a stamp
annotation's words (cover._page_rows), a bill's subject row naming no body (normalizers.bodies.names_body) and the council a session's
list is titled by (bodies.title_body), a bill's title under its number (cover._bill_titled), a date set level with
the masthead (cover._dated_beside_title) a section printed under its chapter's heading (cover._named_by_place) and the mark opening a 告示's number
(numbering.INSTRUMENT_NUMBER). Every page test failed on the code before cover23 (129adc5)."""
from __future__ import annotations

import json

import cover23_conventions as cc
from conftest import extract_document as _extract
from real_truth import norm


def _document(pdf) -> dict:
    return json.loads((_extract(pdf) / "document.json").read_text(encoding="utf-8"))


def test_a_stamp_annotations_mark_is_no_row_of_the_cover(tmp_path):
    """写 in its circle at the top left of a notice sent on as a copy, drawn by a stamp annotation: words not set in the
    page's own text are no row of the cover — the subject is the title, the number's date dates it, the senders issue
    it (before: title 写, no date, the addressees read as the issuer)."""
    doc = _document(cc.build_copy_notice(tmp_path / "copy.pdf"))
    assert (norm(doc["title"]), doc["date"], doc["issuer"]) == (norm("".join(cc.SUBJECT)), "2025-06-30", "・".join(cc.SENDERS))


def test_a_bills_subject_names_no_body(tmp_path):
    """…人権擁護委員の推薦について: a bill's subject, no member signing with a name — and the council a session's list
    of bills is titled by (第４４４回北野市議会定例会…) issues the list (before: the last bill's row read as the issuer)."""
    from normalizers.bodies import names_body, title_body
    assert not names_body("北野市人権擁護委員の推薦について")
    assert not names_body("議案第２２号　北野市人権擁護委員の推薦について")
    assert names_body("北野市議会議員　南野　一郎")
    assert title_body(cc.SESSION_TITLE) == cc.COUNCIL
    doc = _document(cc.build_bill_list(tmp_path / "list.pdf"))
    assert (norm(doc["title"]), doc["issuer"]) == (norm(cc.SESSION_TITLE), cc.COUNCIL)


def test_a_bill_is_titled_by_the_row_under_its_number(tmp_path):
    """議案第１号 / its title set in / the articles / …提出 / 北野市長 …, all in one size: the row under the bill's number
    is its title (before: no title)."""
    doc = _document(cc.build_bill(tmp_path / "bill.pdf"))
    assert (norm(doc["title"]), doc["date"], doc["issuer"]) == (norm(cc.BILL_TITLE), "2022-06-10", "北野市長")


def test_a_date_set_level_with_the_masthead_dates_the_circular(tmp_path):
    """2026年3月15日 set small at the top right, level with the masthead 組からのお知らせ, the signer under it: the date
    dates the circular (before: no date)."""
    doc = _document(cc.build_circular_head(tmp_path / "circular.pdf"))
    assert (norm(doc["title"]), doc["date"], doc["issuer"]) == (norm(cc.CIRCULAR_TITLE), "2026-03-15", "組長")


def test_a_running_head_names_the_section_printed_under_its_chapters_heading(tmp_path):
    """第III部 第2章 第1節 北野性 at every page's top right; the first page prints the chapter's heading over the section's:
    the file is the section its running head names, the chapter's heading over it the whole it belongs to (before:
    the chapter's heading read as the title)."""
    doc = _document(cc.build_section_under_chapter(tmp_path / "section.pdf"))
    assert norm(doc["title"]) == norm(cc.SECTION)


def test_the_mark_opening_an_instruments_number_is_no_letter_of_its_body(tmp_path):
    """○北野省告示第五十九号: the ○ the gazette opens a 告示's number with sets it apart; the body the number names,
    北野省, issues it (as bunka_gairaigo_hyoki_kokuji_bassui_2021's 内閣告示第二号 → 内閣; before: ○北野省)."""
    from extractors.numbering import INSTRUMENT_NUMBER
    assert INSTRUMENT_NUMBER.search("○北野省告示第五十九号").group(1) == "北野省"
    assert INSTRUMENT_NUMBER.search("内閣告示第二号").group(1) == "内閣"
    assert _document(cc.build_notice_of_instrument(tmp_path / "kokuji.pdf"))["issuer"] == "北野省"
