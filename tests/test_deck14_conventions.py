"""A ministry's slide summary typeset here (tests/deck14_conventions.py): its headings against the truth
written beside the builder."""
from __future__ import annotations

import deck14_conventions as dc
from conftest import extract_document, read_csv
from real_truth import norm


def test_a_slides_title_is_the_topmost_of_the_lines_set_largest(tmp_path):
    """The second slide's lead box in the title's size as stored (18.02 pt beside the title's 18): the title
    over it is the slide's, not the lead; each slide's title is a heading."""
    out = extract_document(dc.build_summary_deck(tmp_path / "deck.pdf"))
    assert [norm(h["title"]) for h in read_csv(out / "headings.csv")] == [norm(t) for t in dc.HEADINGS]
