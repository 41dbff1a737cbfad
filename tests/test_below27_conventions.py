"""below27 (tests/below27_conventions.py): documents left under a bar in session 26."""
from __future__ import annotations

import below27_conventions as bc
from conftest import extract_document as _extract, read_csv
from real_truth import norm


def _headings(out):
    return [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]


def test_a_first_band_typed_with_no_point_opens_the_series_after_it(tmp_path):
    """"1 事業の目的" on a black band, then "2. 募集の対象" and "3. 申込方法" on bands set alike: the first label lost
    its point, no system of its own — the three are siblings (heading_levels._point_left_out); on main 2. and 3.
    nested under 1."""
    out = _extract(bc.build_bands_point_left_out(tmp_path / "call.pdf"))
    assert _headings(out) == [(1, norm(label), norm(title)) for label, title in bc.BANDS]


def test_a_line_in_the_bands_size_that_is_all_its_section_holds_is_its_text(tmp_path):
    """"2." over one line set a little larger than the body (the bands' 10.6 pt, regular) and a ※ note, then "3.":
    the line is the section's text, no title heading nothing (headings._sections_only_line); on main a heading.
    Under "3.", the rows in the bands' size under the field's name 【交通機関】 are its value (headings._field_value):
    no heading (on main one, its two rows run together)."""
    out = _extract(bc.build_bands_point_left_out(tmp_path / "call.pdf", one_line=True))
    found = [h for h in _headings(out) if not h[2].startswith("【")]
    assert found == [(1, norm(label), norm(title)) for label, title in bc.BANDS]
