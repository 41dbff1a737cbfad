"""Conventions below23 reads in the documents under a bar (tests/below23_conventions.py)."""
from __future__ import annotations

import below23_conventions as bc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_rows_blanks_written_as_a_piece_of_their_own_keep_its_amount_on_its_line(tmp_path):
    """The ○ rows whose typed spaces are written as a piece of blanks alone between the words and the amount head
    their paragraphs as the rows typed in one piece do, the amount a word of the title (page_flow._typed_blanks)."""
    out = _extract(bc.build_budget_overview(tmp_path / "overview.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(1, norm(bc.PART[0]), norm(bc.PART[1])), (2, norm(bc.SECTION[0]), norm(bc.SECTION[1]))] \
        + [(3, "○", norm(words + amount)) for words, amount, _ in bc.ITEMS]
