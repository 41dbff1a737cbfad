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


def test_a_side_note_is_a_paragraph_of_its_own_after_the_sentence_it_stands_beside(tmp_path):
    """Convention (side notes, session 14): each note is read after the sentence it stands beside, as its own
    paragraph, never inside one — the right-hand note after the first paragraph (whose sentence closes on its
    third row), the left-hand one beside the heading's rows first under that heading, before its text."""
    out = _extract(gc.build_guideline_section(tmp_path / "section.pdf"))
    rows = read_csv(out / "paragraphs.csv")
    texts = [norm(p["text"]) for p in rows]
    right, left = norm("".join(gc.NOTES_RIGHT)), norm("".join(gc.NOTES_LEFT))
    assert texts.count(right) == 1 and texts.count(left) == 1
    assert not [t for t in texts if (right in t or left in t) and t not in (right, left)]
    at = texts.index(right)
    assert texts[at - 1] == norm(gc.PARAGRAPH_1)
    headings = read_csv(out / "headings.csv")
    under = [p for p in rows if p["heading_seq"] == headings[-1]["seq"]]
    assert norm(under[0]["text"]) == left
