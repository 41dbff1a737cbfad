"""Heading misses of session 13 (tests/headrem13_conventions.py), against the truth beside its builder."""
from __future__ import annotations

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
