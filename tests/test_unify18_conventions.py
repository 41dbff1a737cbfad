"""unify18 (tests/unify18_conventions.py): the cover's date as printed is the one its reader read with the date,
never looked for again by its value among the rows."""
from __future__ import annotations

import json

import unify18_conventions as uc
from conftest import extract_document as _extract
from real_truth import norm


def test_the_date_as_printed_is_the_row_the_date_was_read_from(tmp_path):
    """The plan prints its date over the title ((2026.6.11 公表)) and under it (令和８年６月１１日): the date row under
    the title dates it, and its printed form is that row's — not the first row printing a date of that value."""
    out = _extract(uc.build_twice_dated_plan(tmp_path / "plan.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(uc.TITLE)
    assert (doc["date"], norm(doc["date_as_printed"])) == ("2026-06-11", norm(uc.DATE))


def test_each_date_reader_hands_on_its_match(tmp_path):
    """The reader's record (cover.Dated) holds the ISO form, the text as printed and the row it stands on."""
    from extractors.cover import read_cover
    from extractors.layout import read_pdf
    cover = read_cover(read_pdf(str(uc.build_twice_dated_plan(tmp_path / "plan.pdf"))))
    printed = cover.dated_by.printed
    assert (printed.iso, norm(printed.as_printed), norm(printed.row.text)) == ("2026-06-11", norm(uc.DATE), norm(uc.DATE))
    assert cover.date_as_printed == printed.as_printed
