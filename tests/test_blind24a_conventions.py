"""blind24a (tests/blind24a_conventions.py): minutes typed in one size are titled by their centred row, not by the field
caption under it, and issued by the council the title names with its 会議; minutes whose cover prints the office that
keeps them are issued by that office."""
from __future__ import annotations

import json

import blind24a_conventions as bc
from conftest import extract_document as _extract, read_csv
from real_truth import norm


def test_minutes_typed_in_one_size_are_titled_by_their_centred_row_and_issued_by_the_council(tmp_path):
    """第４回例示社会推進会議 議事録 centred over "１ 開催日時", whose value 令和５年６月６日… is set in under it: the caption is the
    date's (cover._caption_over_value), no row of the title; the issuer the council the title names, 会議 kept where the
    name without it names no body (issuer._minutes_body) — on main the title ran on into 1開催日時 and the issuer lost
    its 会議."""
    out = _extract(bc.build_typed_minutes(tmp_path / "typed.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    got = (norm(doc["title"]), doc["date"], norm(doc["issuer"]))
    assert got == (norm(bc.TYPED_TITLE), bc.TYPED_DATE, norm(bc.TYPED_ISSUER)), doc


def test_minutes_whose_cover_prints_their_office_are_issued_by_it(tmp_path):
    """例示庁例示教育推進課 at the display cover's foot under 第25回 / 例示教育推進会議 / 議 事 録: the office the cover prints
    issues the minutes (issuer._office_row), not the council the title names — on main the issuer was the title's
    council, cut at its 会議 (例示教育推進)."""
    out = _extract(bc.build_office_minutes(tmp_path / "office.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    got = (norm(doc["title"]), doc["date"], norm(doc["issuer"]))
    assert got == (norm(bc.OFFICE_TITLE), bc.OFFICE_DATE, norm(bc.OFFICE_ISSUER)), doc


def test_the_meetings_name_over_the_agenda_and_its_fields_on_their_rows_head_nothing(tmp_path):
    """p2 of the office minutes: 第25回例示教育推進会議 (the title's rows over its kind, 議 事 録) centred over the letter-spaced
    議 事 次 第 is the title repeated (headings._off_the_title_over); "１ 日 時␣␣令和元年…" and "２ 場 所␣␣…" are fields
    with their values on their rows (headings._field_on_its_row) — on main the heading was 第25回…会議議事次第 and the
    two fields headed parts."""
    out = _extract(bc.build_office_minutes(tmp_path / "office.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(1, "", norm("議事次第"))], got


def test_a_venue_under_the_minutes_date_is_no_office(tmp_path):
    """review24: 場所　オンライン会議 under 日時　令和５年…, the title 第３回例示政策検討会議事録 over them: the venue names a
    body as an office's name does (…会議, no figure), but minutes that print their date print it among the record's
    fields — the office's row is asked only of a cover with no date (issuer._office_row) — on main (35bb432) the issuer
    was 場所オンライン会議."""
    out = _extract(bc.build_venue_minutes(tmp_path / "venue.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    got = (norm(doc["title"]), doc["date"], norm(doc["issuer"]))
    assert got == (norm(bc.VENUE_TITLE), bc.VENUE_DATE, norm(bc.VENUE_ISSUER)), doc
