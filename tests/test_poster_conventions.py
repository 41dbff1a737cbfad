"""A poster's boxed section titles (tests/poster_conventions.py), against the truth written beside its builder."""
from __future__ import annotations

from pathlib import Path

import poster_conventions as pc
from conftest import read_csv
from pipeline.cli import main
from real_truth import norm


def _headings(pdf: Path) -> list[tuple[int, str]]:
    assert main(["extract", str(pdf), "--out", str(pdf.parent / "out"), "-q"]) == 0
    out = pdf.parent / "out/documents" / pdf.stem
    return [(int(h["level"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]


def test_boxed_titles_in_body_type_head_the_sheet_s_sections(tmp_path):
    """Titles in the body's size, no face bold, each in a frame tight around its words (the first on
    a shaded band, a note's mark ※１ after its frame) are the sections of the sheet under its title set
    large at the top: the mark is no part of the title, and the running text under a box (in the
    same size, run to the edge) does not run on into it."""
    assert _headings(pc.build_boxed_poster(tmp_path / "poster.pdf")) == [(d, norm(t)) for d, t in pc.HEADINGS]


def test_notes_run_together_on_one_line_at_the_foot(tmp_path):
    """One 7 pt line at the page's foot, "出典：総務省 ※１… ※２… ※３…": each ※ and its number, counting
    up from 1, opens a note whose text runs to the next mark; the lead-in is no note."""
    pdf = pc.build_boxed_poster(tmp_path / "poster.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    notes = read_csv(tmp_path / "out/documents" / pdf.stem / "footnotes.csv")
    assert [(int(n["number"]), int(n["page"]), norm(n["text"])) for n in notes] == \
        [(k + 1, 1, norm(text)) for k, text in enumerate(pc.NOTES)]


def test_a_callout_laid_on_a_picture_opens_no_note(tmp_path):
    """A 9 pt callout laid on a pasted picture low on the sheet, opening with a count ("26 手続の…") that no
    raised 26 in the text calls, is the picture's words: no note 26 (the glossary beside it and the
    "出典：" line's ※ notes stay as they are). A note whose number a raised mark in the text calls is a note,
    though its row lies on a picture printed across the page."""
    pdf = pc.build_schedule_poster(tmp_path / "poster.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    out = tmp_path / "out/documents" / pdf.stem
    notes = read_csv(out / "footnotes.csv")
    assert [(int(n["number"]), int(n["page"]), norm(n["text"])) for n in notes] == \
        [(number, page, norm(text)) for number, page, text in pc.SCHEDULE_NOTES]
    assert any(norm(pc.CALLOUT) in norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))


def test_a_glossary_at_the_foot_does_not_make_the_body(tmp_path):
    """The running text's size is counted above the foot of the pages, as the document's body is: a
    glossary in 10 pt under the top three fifths of the sheet, more glyphs than the 16 pt text above,
    does not make the body, so the 16 pt ◆ items (and the callout's count, "26 手続の…") head nothing."""
    assert _headings(pc.build_schedule_poster(tmp_path / "poster.pdf")) == \
        [(d, norm(t)) for d, t in pc.SCHEDULE_HEADINGS]
