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
