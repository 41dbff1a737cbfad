"""A section of an examination guideline printed on its own (tests/guideline13_conventions.py), against
the truth beside its builder."""
from __future__ import annotations

import json

import guideline13_conventions as gc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_side_notes_behind_a_rule_are_a_column_of_their_own(tmp_path):
    """Cross-references in small type in the outer margin, behind a vertical rule, on the rows of the
    running text: no row of the running text is joined with the note beside it (right of the text on
    page 1, left of it on page 2, where a heading stands on a note's row), the paragraph beside them reads
    as printed, no line of it becomes a heading, and each note's rows are read together."""
    out = _extract(gc.build_guideline_section(tmp_path / "section.pdf"))
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got[1:] == [(norm(label), norm(title)) for label, title in gc.HEADINGS]
    texts = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert any(t.startswith(norm(gc.PARAGRAPH_1)) for t in texts)
    joined = "".join(texts)
    assert norm("".join(gc.NOTES_RIGHT)) in joined and norm("".join(gc.NOTES_LEFT)) in joined


def test_a_title_centred_over_two_rows_over_its_first_heading(tmp_path):
    """The title centred over two rows (the provision it rests on in brackets on the second) is one
    heading and the document's title; the numbered heading under it, in the same size, is no part of it."""
    out = _extract(gc.build_guideline_section(tmp_path / "section.pdf"))
    first = read_csv(out / "headings.csv")[0]
    assert (first["level"], norm(first["label"] + first["title"])) == ("1", norm("".join(gc.TITLE_ROWS)))
    assert norm(json.loads((out / "document.json").read_text(encoding="utf-8"))["title"]) == norm("".join(gc.TITLE_ROWS))
