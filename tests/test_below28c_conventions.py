"""below28c (tests/below28c_conventions.py): covers and headings of documents left under a bar in session 27."""
from __future__ import annotations

import json

import below28c_conventions as bc
from conftest import extract_document as _extract, read_csv
from real_truth import norm


def _headings(out):
    return [(int(h["level"]), norm(h["label"]), norm(h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]


def test_a_sheet_title_printed_again_at_another_scale_heads_once(tmp_path):
    """The sheet's title on page 2 in 13.3 pt (the page shrunk to fit its rows) and again at the same height on page 3
    in 14 pt, as much wider: one line at two scales, the title printed again over the sheet's next page — one heading
    (headings._one_scale); on main page 3's copy was a heading too (the sizes differ by more than `larger`)."""
    out = _extract(bc.build_sheet_at_two_scales(tmp_path / "sheets.pdf"))
    assert _headings(out) == [(1, "", norm(bc.SHEET_TITLE), 2), (1, "", norm(bc.NEXT_TITLE), 4)]


def test_a_notice_form_is_titled_by_its_subject_and_sent_by_no_one(tmp_path):
    """様式1 / 文書番号 / 年　月　日 / 例示大臣　殿 / 機関名 / 機関等の長　名, then the subject on two rows (the first run to
    the text's edge, …交付申請書 centred under it), then the form's sentence: the number left blank makes the head a
    notice's form (cover._form_head) — its title the subject closing with the paper's kind (numbering.FORM_SUBJECT), both
    rows (cover._form_subject_start), no date, no issuer (the senders are fields to fill in); on main no title."""
    out = _extract(bc.build_notice_form(tmp_path / "form.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"], doc["issuer"]) == (norm("".join(bc.FORM_SUBJECT)), "", "")


def test_a_corporation_named_in_the_margin_field_box_issues_the_statement(tmp_path):
    """法人名 | 社会福祉法人例示の郷 in 7 pt in the top margin over 資金収支計算書: the cover's rows leave the margin out,
    the issuer is read from the first page's lines (issuer._field_in_margin); on main none."""
    out = _extract(bc.build_fields_in_margin(tmp_path / "statement.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert doc["issuer"] == bc.CORPORATION
