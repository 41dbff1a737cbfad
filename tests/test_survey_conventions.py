"""A questionnaire's results as a prefecture typesets them (tests/survey_conventions.py)."""
from __future__ import annotations

import survey_conventions as sc
from extractors.headings import find_headings
from extractors.layout import read_pdf
from extractors.page_flow import build_flow


def test_answer_options_and_a_tables_band_are_no_headings(tmp_path):
    """Answer options in smaller type — set side by side on a row (４．… ５．…), or one under another
    (hanging, a wrapped one too) after a first one that follows a lead (答　１．…) — are a list, and a
    【…】 band right above a ruled table is its caption: the two numbered sections in body type are
    the only headings."""
    flow = build_flow(read_pdf(str(sc.build_survey(tmp_path / "survey.pdf"))))
    got = [(h.label, h.title) for _, h in sorted(find_headings(flow).at.items())]
    assert got == [(label, title) for label, title in sc.HEADINGS], got
