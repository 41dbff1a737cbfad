"""blind26a (tests/blind26a_conventions.py): a spreadsheet's shaded row filled as a band over its pieces shows no edge
where they meet; a line typed in white on the white page is not printed."""
from __future__ import annotations

import json

import blind26a_conventions as bc
from conftest import extract_document as _extract
from real_truth import tables_of


def test_a_band_over_the_pieces_of_its_row_in_one_tint_shows_no_edge(tmp_path):
    """Each shaded ruled row filled as a 9 pt band across the table over its text row's pieces side by side, one tint,
    no line drawn along their meeting (layout._covered_meetings: a box's side covered wholly by boxes of its own
    colour meeting it, none of them thin, shows no edge) — on main each band's foot cut its row in two (6 rows)."""
    out = _extract(bc.build_banded_sheet(tmp_path / "banded.pdf"))
    assert [t["shape"] for t in tables_of(out)] == [bc.BANDED_SHAPE], tables_of(out)
