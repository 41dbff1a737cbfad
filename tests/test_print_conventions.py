"""A white paper set for offset print (tests/print_conventions.py), against the truth beside its builder."""
from __future__ import annotations


import print_conventions as pc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_marks_in_the_bleed_and_titles_set_as_outlines(tmp_path):
    """Crop and registration marks drawn outside the trimmed page and a thumb tab bled off its edge
    close no heading's band into a figure: the chapter and the section on their bands are headings.
    A column framed by shaded boxes is an aside: its label (beside a title set as outlines) and the
    interviewee's byline head nothing; the outlines' straight bars and the speech bubble's sides
    make no table."""
    out = _extract(pc.build_white_paper(tmp_path / "white_paper.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in pc.HEADINGS]
    tables = out / "tables.csv"
    assert not tables.is_file() or not read_csv(tables)
    paragraphs = "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert norm(pc.COLUMN_TEXT[0]) in paragraphs   # the column's text stays running text
