"""Heading misses of session 13 (tests/headrem13_conventions.py), against the truth beside its builder."""
from __future__ import annotations

import json

import headrem13_conventions as hc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_label_set_inside_an_enumerated_item_heads_nothing(tmp_path):
    """A bracketed label set in past the number of the enumerated item above it, its block closed by the
    item's next number or by a line set further out (the list's end), is a block of that item: no
    heading; the items and the outline around them stay headings, nested by their labels."""
    out = _extract(hc.build_region_classes(tmp_path / "classes.pdf"))
    got = [(h["level"], norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(str(depth), norm(label), norm(title)) for label, title, depth in hc.HEADINGS]


def test_an_aside_label_alone_in_its_bracket_stands_beside_the_titles(tmp_path):
    """A 【…】 band that is its bracket alone takes no line under it into its title; set back at the band
    titles' edge after measures set in under them, in their size, it stands at the top beside those titles,
    and the measure under it, no larger, nests under it."""
    out = _extract(hc.build_measures_with_aside(tmp_path / "aside.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(level, norm(label), norm(title)) for level, label, title in hc.aside_expected()]


def test_the_sheets_title_again_with_another_tag_names_the_table_under_it(tmp_path):
    """The document's title printed again with another bracketed tag over a later table of the sheet (a
    legend between) is that table's caption: no heading; a line in its own words there stays a heading."""
    out = _extract(hc.build_sheet_of_two_lists(tmp_path / "lists.pdf"))
    assert read_csv(out / "headings.csv") == []
    assert norm(json.loads((out / "document.json").read_text(encoding="utf-8"))["title"]) == norm(hc.SHEET_TITLE)
    assert len({c["table_id"] for c in read_csv(out / "tables.csv")}) == 2
    own = _extract(hc.build_sheet_of_two_lists(tmp_path / "own.pdf", hc.OWN_WORDS))
    assert [norm(h["title"]) for h in read_csv(own / "headings.csv")] == [norm(hc.OWN_WORDS)]
