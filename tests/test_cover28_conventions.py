"""cover28's cover conventions on built pages (tests/cover28_conventions.py), each asserting what the page prints — its
title, date and issuer as a reader reads them — for the misses of bench/cover_sample.tsv's draw 28 (session 28's unseen
draw). Every page test failed on the code before cover28 (7e202ef)."""
from __future__ import annotations

import json

import cover28_conventions as c28
from conftest import extract_document as _extract
from real_truth import norm


def _document(pdf) -> dict:
    return json.loads((_extract(pdf) / "document.json").read_text(encoding="utf-8"))


def test_a_bills_title_wrapped_onto_a_second_row_is_read_whole(tmp_path):
    """議案第７号 over a title running to the right edge and wrapping onto a short row from the same left edge, the filing
    line set in under it: the title is both rows, though the short row's centre falls on the filing line's (before: the
    wrap alone, 条例等の一部を改正する条例)."""
    doc = _document(c28.build_wrapped_bill(tmp_path / "bill.pdf"))
    assert (norm(doc["title"]), doc["date"], doc["issuer"]) == (norm(c28.BILL_TITLE), "2025-12-05", "北野市長")


def test_a_supreme_court_bench_named_alone_is_the_supreme_courts(tmp_path):
    """平成２６年３月２８日　第二小法廷判決 under the case, the close naming no court: a 小法廷 sits only in the Supreme
    Court, so the bench is 最高裁判所第二小法廷, as the courts' own closes print it (before: 第二小法廷)."""
    doc = _document(c28.build_bench_judgment(tmp_path / "judgment.pdf"))
    assert (norm(doc["title"]), doc["date"], doc["issuer"]) == (norm(c28.CASE), "2014-03-28", "最高裁判所第二小法廷")


def test_a_subject_under_its_caption_is_the_title(tmp_path):
    """件名 alone on the first row, the subject set in under it and wrapping back to the margin: the subject is the title
    (before: none)."""
    doc = _document(c28.build_petition(tmp_path / "petition.pdf"))
    assert (norm(doc["title"]), doc["date"], doc["issuer"]) == (norm("".join(c28.PETITION)), "", "")


def test_a_boxed_sample_at_the_top_right_is_a_status_tag(tmp_path):
    """A boxed "Sample" at the top right, larger than the problem's heading: a specimen's stamp (as 見本), not the
    title (before: Sample)."""
    doc = _document(c28.build_specimen_problem(tmp_path / "problem.pdf"))
    assert norm(doc["title"]) == norm(c28.SPECIMEN_HEADING)


def test_a_contact_row_at_the_foot_issues_nothing(tmp_path):
    """問い合わせ先：北野県地域医療課 on the last row under a list's table: whom to ask, no band of issuing bodies (before:
    the row, key and all, read as the issuer)."""
    doc = _document(c28.build_contact_foot_list(tmp_path / "list.pdf"))
    assert (norm(doc["title"]), doc["issuer"]) == (norm(c28.LIST_TITLE), "")


def test_a_forms_copy_tag_number_and_blank_date_are_no_title(tmp_path):
    """別紙様式１ over 初回用 (12 pt, at the right) over the form's title in 11 pt and 年　月　日 left blank, then the grid:
    the copy tag is a status tag (as 見本), the form's number a stamp and the blank date the form's — the title is the
    title's row alone (before: 初回用)."""
    doc = _document(c28.build_copy_tagged_form(tmp_path / "form.pdf"))
    assert (norm(doc["title"]), doc["date"], doc["issuer"]) == (norm(c28.FORM_TITLE), "", "")
    assert doc["labels"] == ["初回用"]
