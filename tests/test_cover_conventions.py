"""Issue 19 item 5 on first pages typeset here (tests/cover_conventions.py): the title and the
document's own date on every kind of cover, each against the truth written beside its builder
(the first two pages read: a cover without a date takes the one at the head of the next page)."""
from __future__ import annotations

import json

import pytest

import cover_conventions as cc
from extractors.cover import read_cover
from pipeline.reading import open_document
from real_truth import norm


@pytest.mark.parametrize("builder", sorted(cc.COVERS))
def test_title_and_date(tmp_path, builder):
    cover = read_cover(open_document(str(getattr(cc, builder)(tmp_path / f"{builder}.pdf")), first_pages=2))   # the cover and the head of the page after it
    title, date, issuer = cc.COVERS[builder]
    assert (norm(cover.title), cover.date) == (norm(title), date)
    assert issuer is None or norm(cover.issuer) == norm(issuer)


def test_a_decision_cover_sheet_naming_its_attachment_is_the_documents_cover(tmp_path):
    """A cabinet decision's cover sheet, all in one size (「…」について, its date, 閣議決定, then
    "「…」を別紙のとおり定める。"): the date row closes the title, and the sheet is the cover of the
    document (read whole), not an appendix's — the sentence names the 別紙, no row opens with it."""
    cover = read_cover(open_document(str(cc.build_decision_cover_sheet(tmp_path / "sheet.pdf")), first_pages=2))
    assert cover.role == "main" and "別紙" not in cover.title


def test_a_letters_subject_is_its_title_not_a_paragraph(tmp_path):
    """An official letter (事務連絡): the subject over two rows is document.json's title, the sender
    its issuer, and the subject's rows are not read again as a paragraph of the letter's text
    (the stamp, the date, the addressee and the sender stay there as printed)."""
    from conftest import read_csv
    from pipeline.cli import main

    pdf = cc.build_liaison_letter(tmp_path / "letter.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    out = tmp_path / "out/documents/letter"
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    title, date, issuer = cc.COVERS["build_liaison_letter"]
    assert (norm(doc["title"]), doc["date"], norm(doc["issuer"])) == (norm(title), date, norm(issuer))
    body = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert norm(title) not in body and norm("各県情報主管部（局）情報主管課　御中") in body


def test_a_contact_band_over_a_mail_address_heads_nothing(tmp_path):
    """A policy in body type throughout: its centred name is the title, and the bracketed band
    【…窓口】 over the mail address that closes it names the contact — no heading (convention: a
    contact block closing a notice)."""
    from conftest import read_csv
    from pipeline.cli import main

    pdf = cc.build_centred_policy(tmp_path / "policy.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    out = tmp_path / "out/documents/policy"
    headings = read_csv(out / "headings.csv") if (out / "headings.csv").is_file() else []
    assert not [h["title"] for h in headings]
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm("情報基盤事業データ利活用ポリシー")


def test_a_bills_number_flush_left_at_the_top_is_its_label(tmp_path):
    """Convention (a council's bill): the paper's number in its session alone on its row, 議案第３号, flush
    left at the top of the bill's first page, labels the paper as a stamp at the top right would: furniture
    (doc_label), no paragraph of the bill's text."""
    from conftest import read_csv
    from pipeline.cli import main

    pdf = cc.build_council_bill(tmp_path / "bill.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    out = tmp_path / "out/documents/bill"
    assert [(f["page"], f["kind"], f["text"]) for f in read_csv(out / "furniture.csv")] == [("1", "doc_label", "議案第３号")]
    assert not any(norm("議案第３号") in norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))


def test_a_ruled_box_beside_a_forms_name_adds_nothing_to_the_title(tmp_path):
    """A filing form: its name in 18 pt, and beside it a small ruled box of options whose last line
    (２ 一問一答方式) stands at the name's height: a cell's text joins no cover row outside its box,
    the title is the name alone."""
    cover = read_cover(open_document(str(cc.build_boxed_option_form(tmp_path / "form.pdf")), first_pages=2))
    assert norm(cover.title) == norm("北野市議会定例会一般質問通告書")


def test_a_forms_dating_line_at_its_foot_is_no_heading(tmp_path):
    """A filing form closes on its dating line — the date, then the addressee (…議長　殿) and the signer
    (…議員　氏名　…) on one line, in a larger size than the field labels: a field of the form, no title."""
    from conftest import read_csv
    from pipeline.cli import main

    pdf = cc.build_boxed_option_form(tmp_path / "form.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    headings = tmp_path / "out" / "documents" / "form" / "headings.csv"
    assert not [h for h in (read_csv(headings) if headings.is_file() else []) if "殿" in h["title"]]


def test_a_series_line_between_rules_over_the_title_is_no_part_of_it(tmp_path):
    """A 手引き's cover prints the series it belongs to between two rules over the title, in a smaller
    display type: a row set between rules is a band of its own (the series), the title is the rows under it."""
    cover = read_cover(open_document(str(cc.build_banded_series_cover(tmp_path / "series.pdf")), first_pages=2))
    assert norm(cover.title) == norm("市町村への申請（建設工事編）")
    assert cover.date == "2024-11-08"


def test_a_series_line_over_the_title_stays_in_the_covers_text(tmp_path):
    """The series printed between rules over the title is no part of the title: the cover's text keeps it
    (with the rows under the title), the title's rows are read once, as the title."""
    from conftest import read_csv
    from pipeline.cli import main

    pdf = cc.build_banded_series_cover(tmp_path / "series.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    first = [norm(p["text"]) for p in read_csv(tmp_path / "out/documents/series/paragraphs.csv") if p["page"] == "1"]
    # the cover's rows read by position (its layer writes no blank line and no space: paragraphs._positioned_break)
    # part at their gaps: the series and the rows under the title are its text, in their order
    assert first and "".join(first).startswith(norm("北野市町村入札参加資格共同審査申請の手引き令和７・８年度"))
    assert not any(norm("市町村への申請（建設工事編）") in t for t in first)
    assert norm("市町村への申請（建設工事編）") not in "".join(first)   # its rows in two paragraphs: out by where they stand (Cover.title_at, paragraphs.on_the_cover)
