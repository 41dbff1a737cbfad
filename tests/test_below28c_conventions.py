"""below28c (tests/below28c_conventions.py): covers and headings of documents left under a bar in session 27."""
from __future__ import annotations

import json

import below28c_conventions as bc
from conftest import extract_document as _extract, read_csv
from real_truth import norm


def _headings(out):
    return [(int(h["level"]), norm(h["label"]), norm(h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]


def test_a_sheet_title_printed_again_at_another_scale_heads_once(tmp_path):
    """The sheet's title on page 2 in 13.3 pt (the page shrunk to fit its rows) and again at the same height on page 3
    in 14 pt, as much wider: one line at two scales, the title printed again over the sheet's next page — one heading
    (headings._one_scale); on main page 3's copy was a heading too (the sizes differ by more than `larger`)."""
    out = _extract(bc.build_sheet_at_two_scales(tmp_path / "sheets.pdf"))
    assert _headings(out) == [(1, "", norm(bc.SHEET_TITLE), 2), (1, "", norm(bc.NEXT_TITLE), 4)]
