"""cover24's cover conventions on built pages (tests/cover24_conventions.py), each asserting what the page prints — its
title, date and issuer as a reader reads them — for the misses of bench/cover_sample.tsv's draw 24: a date in kanji
figures written digit by digit (normalizers.dates: 一〇月三〇日) and a part printed under its chapter's heading
(cover._part_printed_alone). Every page test failed on the code before cover24 (df07ff7)."""
from __future__ import annotations

import json

import cover24_conventions as cc
from conftest import extract_document as _extract
from real_truth import norm


def _document(pdf) -> dict:
    return json.loads((_extract(pdf) / "document.json").read_text(encoding="utf-8"))


def test_kanji_figures_written_digit_by_digit_date_it():
    """一〇月三〇日, 昭和五〇年: kanji figures written digit by digit with 〇 for nought are a date's as 十月三十日 are (before:
    no date, or the month alone)."""
    from normalizers.dates import to_iso
    assert to_iso("昭和二八年一〇月三〇日") == "1953-10-30"
    assert to_iso("昭和五〇年一〇月一七日") == "1975-10-17"
    assert to_iso("令和二年三月三〇日") == "2020-03-30"
    assert to_iso("昭和二八年十月三十日") == "1953-10-30"
    assert to_iso("令和３年６月〇日") == "2021-06"   # a draft's day to come stays a mark


def test_a_decision_dated_in_digit_by_digit_kanji_is_dated_and_signed_by_its_court(tmp_path):
    """A one-page decision closing with 昭和二八年一〇月三〇日 over its court and judges: dated by it, issued by the court
    (before: no date, no issuer)."""
    doc = _document(cc.build_decision(tmp_path / "decision.pdf"))
    assert (doc["title"], doc["date"], doc["issuer"]) == ("", "1953-10-30", cc.COURT)


def test_a_part_printed_under_its_chapters_heading_is_titled_by_the_part(tmp_path):
    """第２章　北野料 over 第１部　南野管理等 opening a file in the body's type: the file is the part, titled by it
    (before: no title)."""
    doc = _document(cc.build_part_under_chapter(tmp_path / "part.pdf"))
    assert norm(doc["title"]) == norm("".join(cc.PART))


def test_a_circulars_head_over_its_date_is_no_title_and_its_officers_sign_for_the_body(tmp_path):
    """No.11 / 回覧 over the date, the addressees, 北野町自治会 / 会長　役員一同, お知らせ centred alone: the head is no title,
    the centred row is; the officers as a whole sign for the association named over them (before: title No.11回覧, issuer
    北野町自治会・会長)."""
    from normalizers.bodies import names_body
    assert not names_body(cc.OFFICERS) and not names_body("職員一同")
    assert names_body("北野市議会議員　南野　一郎")
    doc = _document(cc.build_circular_letter(tmp_path / "circular.pdf"))
    assert (doc["title"], doc["date"], doc["issuer"]) == ("お知らせ", "2026-07-14", cc.ASSOCIATION)


def test_a_circulars_masthead_under_its_stamp_and_number_is_the_title(tmp_path):
    """回覧 (a stamp) over No.4, 組からのお知らせ centred over the numbered items, all in one size: the masthead is the title
    (before: none)."""
    doc = _document(cc.build_numbered_circular(tmp_path / "numbered.pdf"))
    assert doc["title"] == cc.MASTHEAD


def test_the_body_announcing_the_figures_issues_a_sheet_naming_no_sender(tmp_path):
    """A daily figures sheet (別紙, the as-of line) whose pages head their rows with 県内件数（北野県発表）: the body every
    such credit names issues it, as the maker a figure's credit names (…より北野庁作成) does (before: no issuer)."""
    doc = _document(cc.build_figures_sheet(tmp_path / "figures.pdf"))
    assert (doc["date"], doc["issuer"]) == ("2020-07-27", cc.ANNOUNCER)


def test_a_row_opening_an_outline_with_a_bare_figure_is_no_title(tmp_path):
    """1　発生の状況 — a bare figure, a space, the section's name: the first heading of an outline, set larger than the
    as-of line over it, is no title (before: title 1発生の状況, and no date); the as-of line dates the sheet."""
    doc = _document(cc.build_figures_sheet(tmp_path / "figures.pdf", head=7.7))
    assert (doc["title"], doc["date"]) == ("", "2020-07-27")
