"""Two scanned circulars of a city office (tests/newdocsB15_conventions.py), against the truth beside
their builders: a circular's subject as its title (cover._circular) and its sender, a date that names no
day (令和…年…月吉日), numbered key–value items that are no headings (headings._value_runs_on over a gap an
OCR layer writes as a jump), and an OCR'd page's paragraphs told apart by position (paragraphs._positioned_break)."""
from __future__ import annotations

import json

import newdocsB15_conventions as nb
from conftest import read_csv, extract_document as _extract
from normalizers.dates import DATE, to_iso
from real_truth import norm


def test_a_date_that_names_no_day_gives_its_year_and_month():
    """吉日 is the date's day (none named), so a row holding the date is that date, not a date and text."""
    assert DATE.search("令和13年5月吉日").group(0) == "令和13年5月吉日"
    assert to_iso("令和８年７月吉日") == "2026-07" and to_iso("令和13年5月吉日") == nb.NOTICE_DATE
    assert to_iso("令和８年７月２日") == "2026-07-02"


def test_a_circulars_subject_is_its_title_its_opening_office_the_issuer(tmp_path):
    """Under the stamp 回覧 and the addressees (…各位), the row centred on its own with white around it,
    ending …について（依頼）, is the title; the office's name that opens it, a gap before the subject, is
    the issuer, not the title. No date is printed: none is made up."""
    out = _extract(nb.build_request(tmp_path / "request.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["issuer"], doc["date"]) == (norm(nb.SUBJECT), nb.SENDER, "")
    body = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert not any(norm(nb.SUBJECT) in t for t in body)   # the subject row is the title, not running text


def test_numbered_captions_on_a_line_of_their_own_head_their_text(tmp_path):
    out = _extract(nb.build_request(tmp_path / "request.pdf"))
    got = [(h["label"], h["title"]) for h in read_csv(out / "headings.csv")]
    assert got == nb.CAPTIONS


def test_an_ocr_pages_paragraphs_by_blank_lines_and_indents(tmp_path):
    """No blank line or leading space is written: a paragraph ends where the next line stands a blank
    line further down than the page's usual spacing, or opens indented past a line that stopped short."""
    out = _extract(nb.build_request(tmp_path / "request.pdf"))
    body = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert norm("".join(nb.LETTER[0])) in body and norm("".join(nb.LETTER[1])) in body
    assert norm("自治会会員各位") in body


def test_a_notice_dated_with_no_day_and_its_key_value_items(tmp_path):
    """回覧 and 令和…年…月吉日 on the top row, the subject centred under them: title and year-month date. The
    numbered items whose value stands in a column right of the key on the same line, its next line
    under the value (a blank line between), are no headings; their keys and values stay in the text."""
    out = _extract(nb.build_notice(tmp_path / "notice.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"]) == (norm(nb.NOTICE_SUBJECT), nb.NOTICE_DATE)
    assert not (out / "headings.csv").is_file() or read_csv(out / "headings.csv") == []
    body = "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert all(norm(k) in body for k in nb.KEYS)


def test_a_report_cover_dated_by_its_letter_past_a_blank_verso(tmp_path):
    """A cover that prints no date, a blank page behind it: the page after the cover is the letter's (the
    first that prints anything), its date the document's; the cover's title and the name under it, the
    first page's one paragraph, leave the title to document.json (the name stays in the text)."""
    out = _extract(nb.build_report(tmp_path / "report.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"]) == (norm(nb.REPORT_TITLE), nb.REPORT_DATE)
    first = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv") if p["page"] == "1"]
    assert first == [norm(nb.REPORT_NAME)]


def test_a_letters_own_subject_leaves_the_numbered_parts_of_its_record_headings(tmp_path):
    """The 記 under no heading but the letter's own subject (…について, centred over it): the numbered
    captions under it are the letter's outline, not particulars a form asks for."""
    out = _extract(nb.build_report(tmp_path / "report.pdf"))
    got = [(h["label"], h["title"]) for h in read_csv(out / "headings.csv") if h["label"]]
    assert [(norm(a), b) for a, b in got] == [(norm(a), b) for a, b in nb.REPORT_CAPTIONS]
