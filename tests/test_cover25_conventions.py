"""cover25's cover conventions on built pages (tests/cover25_conventions.py), each asserting what the page prints — its
title, date and issuer as a reader reads them — for the misses of bench/cover_sample.tsv's draw 25: a booklet named
入試問題 over its subject (cover_row._BOOKLET_NAME, cover._booklet_named), a scan's flush-right senders boxed to their ink
(CoverPage.ocr_aligned), a secretariat's operator a blank line under it (CoverPage.note_gap), a revision history
opening the page after a cover that prints no date (cover._dates_an_entry) and a part's contents under its
running head (cover._off_running_place). Every page test failed on the code before
cover25 (f96e4bc)."""
from __future__ import annotations

import json

import cover25_conventions as cc
from conftest import extract_document as _extract
from real_truth import norm


def _document(pdf) -> dict:
    return json.loads((_extract(pdf) / "document.json").read_text(encoding="utf-8"))


def test_a_booklet_named_nyushi_mondai_over_its_subject_is_titled_by_that_row_and_set_by_the_school(tmp_path):
    """The school and its department on one row, …入試問題 in the largest type, （数学） under it: the booklet's row is the
    title, the school (its department no office) the issuer (before: the title ran on with （数学）)."""
    doc = _document(cc.build_exam_cover(tmp_path / "exam.pdf"))
    assert (norm(doc["title"]), doc["issuer"]) == (norm(cc.BOOKLET), cc.SCHOOL_ISSUER)


def test_a_bracketed_row_in_the_booklets_type_under_it_qualifies_it(tmp_path):
    """…入試問題 with （一般選抜） right under it in its type, （数学） under that in a smaller one: the selection is the
    title's, the subject not (before: the title ran on with （数学）)."""
    doc = _document(cc.build_exam_cover(tmp_path / "exam.pdf", qualified=True))
    assert norm(doc["title"]) == norm(cc.BOOKLET + cc.QUALIFIER)


def test_a_scans_flush_right_senders_boxed_to_their_ink_sign_together(tmp_path):
    """Two senders set flush right on a scanned letter, the second row's OCR box 2.6 pt short of the first's: both
    sign it (before: the first alone)."""
    doc = _document(cc.build_scanned_letter(tmp_path / "letter.pdf"))
    assert (doc["title"], doc["date"], doc["issuer"]) == (cc.LETTER_SUBJECT, "2026-06", "・".join(cc.SENDERS))


def test_a_secretariats_operator_a_blank_line_under_it_closes_its_name(tmp_path):
    """…事業事務局 at a call's foot with （南野印刷株式会社） a blank line under it: one issuer, the brackets kept (before:
    the secretariat alone)."""
    doc = _document(cc.build_secretariat_guide(tmp_path / "guide.pdf"))
    assert norm(doc["issuer"]) == norm(cc.SECRETARIAT + cc.OPERATOR)


def test_a_revision_history_opening_the_next_page_does_not_date_the_cover(tmp_path):
    """A cover printing no date, the next page opening with ２０２５年２月２８日 over ・新規作成 set in under it: the
    entry's day, no date of the paper (before: 2025-02-28)."""
    doc = _document(cc.build_secretariat_guide(tmp_path / "guide.pdf"))
    assert (norm(doc["title"]), doc["date"]) == (norm(cc.GUIDE_TITLE + cc.GUIDE_VARIANT), "")


def test_a_part_contents_is_titled_by_the_part_its_running_head_prints_whole(tmp_path):
    """第II部　北野及び南野の範囲 small at every page's top, 目　次 centred, the contents opening with the same part: the
    file is the part's, titled by it (before: no title)."""
    doc = _document(cc.build_part_contents(tmp_path / "contents.pdf"))
    assert norm(doc["title"]) == norm(cc.PART_PLACE)
