"""Conventions fix22 reads in session 22's unseen documents under a bar (tests/fix22_conventions.py)."""
from __future__ import annotations

import fix22_conventions as fc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_decks_annex_labels_head_its_slides_and_nest_its_parts(tmp_path):
    """別添1. opening a slide's title is the annex's label; 別添1 A. a part of that annex, one level under it, up to
    the next annex's slide (別添2.); a part's long title set smaller to fit its band still nests (numbering.ANNEX_SLIDE,
    deck_headings._annex_candidate)."""
    out = _extract(fc.build_annex_deck(tmp_path / "annexes.pdf"))
    got = [(int(h["level"]), h["label"], norm(h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    assert got == [(depth, label, norm(title), k + 2) for k, (depth, label, title, _) in enumerate(fc.ANNEX_SLIDES)]
