"""A headquarters' basic policy typeset here (tests/edition14_conventions.py): its headings against the
truth written beside the builder."""
from __future__ import annotations

import pytest

import edition14_conventions as ec
from conftest import read_csv, extract_document as _extract
from extractors.records import Rule
from extractors.settings import DEFAULT
from extractors.underlines import Glyph, underlined
from real_truth import norm


@pytest.mark.parametrize("builder", sorted(ec.HEADINGS))
def test_headings(tmp_path, builder):
    out = _extract(getattr(ec, builder)(tmp_path / f"{builder}.pdf"))
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(norm(label), norm(title)) for label, title in ec.HEADINGS[builder]]


def test_the_underline_depth_is_the_rows_largest_type():
    """A glyph set small on a row of larger type is underlined by the rule the larger type sets deeper;
    alone on its row at its own size the same rule lies too deep for it."""
    u = DEFAULT.underlines
    rules = [Rule(0.0, 103.9, 100.0, 104.7, 0.8)]   # 4.3pt under the baseline at 100
    small_on_large_row = Glyph("観", 10.0, 24.0, 100.0, ec.SMALL, ec.SIZE)
    small_alone = Glyph("観", 10.0, 24.0, 100.0, ec.SMALL, ec.SMALL)
    assert underlined([small_on_large_row], rules, u, u.title_length) == [True]
    assert underlined([small_alone], rules, u, u.title_length) == [False]
