"""blind27c (tests/blind27c_conventions.py): a table ruled from margin to margin without sides ends where its rules
end — the strip beyond its outermost column rule, holding a column's heading and figures, is a column of its own; a
title set whole between dashes is what they hold; a date right over a contact band (【照会先】) dates a release."""
from __future__ import annotations

import json
import unicodedata

import blind27c_conventions as bc
from conftest import extract_document as _extract
from real_truth import tables_of


def test_a_table_ruled_without_sides_ends_where_its_rules_end(tmp_path):
    """Row rules from x 57 to 538, column rules at 167 … 481 inside only, no side drawn: the first column (区分, its
    labels wholly between 57 and 167) and the last (超過率 and its figures, wholly between 481 and 538) are the table's
    (open_sides.implied_sides) — on main the table stopped at its outer column rules: 5 columns, 区分 and 超過率 lost."""
    out = _extract(bc.build_open_sided_table(tmp_path / "stats.pdf"))
    tables = tables_of(out)
    assert [(t["shape"], t["first_row"]) for t in tables] == [(bc.OPEN_SIDED_SHAPE, " | ".join(bc.HEADINGS))], tables


def _cover(tmp_path) -> dict:
    out = _extract(bc.build_release_cover(tmp_path / "release.pdf"))
    return json.loads((out / "document.json").read_text(encoding="utf-8"))


def test_a_title_set_whole_between_dashes_is_what_they_hold(tmp_path):
    """－令和７年例示調査結果の概況－ centred on the cover: the dashes set the row off, as brackets do (cover._unquoted) —
    on main the title kept them (-令和7年例示調査結果の概況-)."""
    doc = _cover(tmp_path)
    assert doc["title"] == unicodedata.normalize("NFKC", bc.RELEASE_TITLE), doc["title"]


def test_a_date_over_a_contact_band_dates_the_release(tmp_path):
    """令和８年４月１日 right over 【照会先】 in the box over the title: the day of release (cover._dated_over_contact) — on
    main no date was read."""
    doc = _cover(tmp_path)
    assert doc["date"] == bc.RELEASED_ON, doc["date"]
