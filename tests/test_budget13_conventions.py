"""A ministry's summary of its supplementary budget (tests/budget13_conventions.py), against the truth
beside its builder."""
from __future__ import annotations

import budget13_conventions as bc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_budget_summary_s_group_band_parts_measures_and_items(tmp_path):
    """The group band set larger than the parts heads them (no part closes it); a measure's line with its
    amount flush right on its row is no centred subtitle of the part above it but a heading under it; an
    item whose title fills its row keeps the amount set flush right on the next row as its title's end."""
    out = _extract(bc.build_budget_summary(tmp_path / "summary.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(level, norm(label), norm(title)) for level, label, title in bc.EXPECTED]


def test_measures_marked_under_a_band_and_sub_measures_under_a_measure(tmp_path):
    """A band's title set larger than the marked measures after it heads them, though it stands at the
    top; a ◆ measure whose row closes with its amount flush right is complete (the ○ line under it opens a
    sub-measure, not a wrapped row) and heads the ○ sub-measures right under it; ◆ and ○ are two systems."""
    out = _extract(bc.build_measures_by_mark(tmp_path / "measures.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(level, norm(label), norm(title)) for level, label, title in bc.MARKED]
