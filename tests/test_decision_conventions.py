"""The conventions of tests/decision_conventions.py, each against the truth written beside its builder."""
from __future__ import annotations


import decision_conventions as dc
from extractors.cover import read_cover
from pipeline.reading import open_document
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_marked_subheadings_in_the_heading_face(tmp_path):
    """A ○ line in the headings' Gothic over Mincho paragraphs right under it heads them (a third
    level under （１）); ○ items in Gothic one under another, and ○ bullets in Mincho, are a list."""
    out = _extract(dc.build_marked_subheadings(tmp_path / "decision.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in (e for e in dc.MARKED if e is not None)]


def test_note_marks_closed_by_a_parenthesis_or_roman(tmp_path):
    """Footnotes numbered i, ii (raised in the body, small before the note under a short rule) and
    endnotes numbered 1), 2), 3) under a rule after the text: each note by its page and number,
    the mark no part of its text, no note's text left in the body."""
    out = _extract(dc.build_note_marks(tmp_path / "paper.pdf"))
    got = sorted((int(f["page"]), int(f["number"]), norm(f["text"])) for f in read_csv(out / "footnotes.csv"))
    assert got == sorted((p, n, norm(t)) for n, p, t in dc.ROMAN_NOTES + dc.ENDNOTES)
    body = "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert not [t for _, _, t in dc.ROMAN_NOTES + dc.ENDNOTES if norm(t)[:8] in body]


def test_a_title_printed_in_corner_brackets(tmp_path):
    """A title printed whole in 「」 is what the brackets hold; one that only opens with a quotation keeps them."""
    doc = read_cover(open_document(str(dc.build_quoted_title(tmp_path / "paper.pdf")), first_pages=1))
    assert (doc.title, doc.date) == (dc.QUOTED_TITLE[1], "2020-06-24")
    partly = "「新しい生活様式」の実践について"
    doc = read_cover(open_document(str(dc.build_quoted_title(tmp_path / "other.pdf", partly)), first_pages=1))
    assert doc.title == partly


def test_a_plan_set_wholly_in_gothic(tmp_path):
    """A cabinet decision's plan in one face: the 別紙's title page (a few lines, one a date) heads
    nothing, and a ○ line set a blank line under the text before it, over an indented paragraph,
    heads that paragraph (a level under １．); ○ items one under another are a list."""
    out = _extract(dc.build_gothic_plan(tmp_path / "plan.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in dc.GOTHIC_PLAN]
