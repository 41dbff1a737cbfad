"""A questionnaire's results as a prefecture typesets them (tests/survey_conventions.py)."""
from __future__ import annotations

import survey_conventions as sc
from extractors.headings import find_headings
from pipeline.reading import open_document
from extractors.page_flow import build_flow


def test_answer_options_and_a_tables_band_are_no_headings(tmp_path):
    """Answer options in smaller type — set side by side on a row (４．… ５．…), or one under another
    (hanging, a wrapped one too) after a first one that follows a lead (答　１．…) — are a list, and a
    【…】 band right above a ruled table is its caption: the two numbered sections in body type are
    the only headings."""
    flow = build_flow(open_document(str(sc.build_survey(tmp_path / "survey.pdf"))))
    got = [(h.label, h.title) for _, h in sorted(find_headings(flow).at.items())]
    assert got == [(label, title) for label, title in sc.HEADINGS], got


def test_a_report_heading_indented_in_its_own_size_and_options_after_a_lead(tmp_path):
    """Convention (a word processor's heading style): a 14 pt heading set flush left two characters of
    its own size in is a heading, though further in than two and a half characters of the 11 pt body;
    the 20 pt title centred on the first page stays none. Convention (a questionnaire's answers): the
    option under the first one after the lead 答 (答　１．… / ２．…), at that one's label, is the next item
    of the list, though the row after it reads as a section number (３．２以外の…): no heading."""
    flow = build_flow(open_document(str(sc.build_survey_report(tmp_path / "report.pdf"))))
    got = [(h.label, h.title) for _, h in sorted(find_headings(flow).at.items())]
    assert got == [("", sc.REPORT_HEADING)], got
