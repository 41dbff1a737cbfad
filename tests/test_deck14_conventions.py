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


def test_a_decks_chapter_tab_on_consecutive_slides_is_running_furniture(tmp_path):
    """Convention (a deck's section tab, a breadcrumb): the chapter tab printed at the same place at the top
    of both slides of a three-page deck — too few pages for a running header by count — is a running header
    on each slide (furniture.csv), neither a heading nor words of the slide's text."""
    out = extract_document(dc.build_summary_deck(tmp_path / "deck.pdf"))
    furniture = [(r["page"], r["kind"], norm(r["text"])) for r in read_csv(out / "furniture.csv")]
    assert [f for f in furniture if f[1] == "running_header"] == [("2", "running_header", norm(dc.TAB)),
                                                                    ("3", "running_header", norm(dc.TAB))]
    assert [norm(h["title"]) for h in read_csv(out / "headings.csv")] == [norm(t) for t in dc.HEADINGS]
    assert norm(dc.TAB) not in norm((out / "document.md").read_text(encoding="utf-8"))
