"""below27b (tests/below27b_conventions.py): a notes page's notes, each headed 注N on a line set apart, are headings."""
from __future__ import annotations

import csv

import below27b_conventions as bc
from conftest import extract_document as _extract
from real_truth import norm


def test_a_headed_note_on_a_notes_page_is_a_heading(tmp_path):
    """注１ / 注２ / ＊注３, each a title on a stroked-bold line over its paragraph, head their notes
    (numbering's headed_note system), the numbered sub-heads under ＊注３ one level under it; a note's sentence in body
    type (注４　…。) is no heading — on main 注１/注２ were read as unnumbered titles and ＊注３ not at all."""
    out = _extract(bc.build_notes_page(tmp_path / "notes.pdf"))
    rows = list(csv.DictReader((out / "headings.csv").open(encoding="utf-8")))
    got = [(r["level"], norm(r["label"]), norm(r["title"])) for r in rows]
    want = [("1", norm("注１"), norm(bc.NOTE_TITLES[0])), ("1", norm("注２"), norm(bc.NOTE_TITLES[1])),
            ("1", norm("＊注３"), norm(bc.NOTE_TITLES[2])), ("2", "1", norm("在校生に対する経過措置")),
            ("2", "2", norm("新入学児童・生徒等に対する経過措置"))]
    assert got == want, got
