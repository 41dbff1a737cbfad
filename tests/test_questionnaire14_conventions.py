"""A ministry's survey request typeset here (tests/questionnaire14_conventions.py): its title, date and
headings against the truth written beside the builder."""
from __future__ import annotations

import json

import questionnaire14_conventions as qc
from conftest import extract_document, read_csv
from normalizers.dates import DATE, to_iso
from normalizers.text import clean
from real_truth import norm


def test_a_drafts_day_still_a_mark_dates_it_to_the_month():
    """令和３年６月●日 (a draft whose day is not fixed yet: ●, ○ …): year and month, the mark part of the date
    (a row that prints it is a date row, no text after a date)."""
    assert DATE.fullmatch(clean("令和３年６月●日")) and DATE.fullmatch(clean("令和３年６月○日"))
    assert to_iso("令和３年６月●日") == "2021-06" and to_iso("令和３年●月●日") is None
    assert to_iso("令和３年６月２日") == "2021-06-02"


def test_a_letter_naming_its_addressee_under_the_date(tmp_path):
    """The head 令和３年６月●日 / 各 位 (flush left) / the sender, then the subject centred: the subject is the
    title and the date the head's, to the month."""
    out = extract_document(qc.build_survey_request(tmp_path / "survey.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (doc["title"], doc["date"]) == (qc.TITLE, qc.DATE)


def test_a_questionnaires_parts_and_fields(tmp_path):
    """Ⅰ and the wrapped Ⅱ 【…対象】… (a part's numeral titles what follows however long its title) are headings,
    １ 御社名 under Ⅰ too; 【御回答欄】 over its empty box labels a field, and the question that runs on as a
    sentence through a row opening with a bracket is none; nor is [問合せ先] over （省略）."""
    out = extract_document(qc.build_survey_request(tmp_path / "survey.pdf"))
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(norm(label), norm(title)) for label, title in qc.HEADINGS]
