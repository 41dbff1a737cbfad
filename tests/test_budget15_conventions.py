"""A budget book of tables (tests/budget15_conventions.py): no running text, so its body is the size its
cells are set in, its part's centred title is a heading over the part's numbered section, a table's
number 第１表 captions the table, and a letter-spaced row under a caption is no row of its title."""
from __future__ import annotations

import budget15_conventions as bc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_budget_books_part_title_heads_its_numbered_section(tmp_path):
    """歳入歳出予算事項別明細書, the one long line outside the tables, is no body line: the book has no running
    text and its body is its cells' size. The title heads １ 総括 (one level under it); （歳入） under 総括
    and 歳入 under 第１表 are rows of their own, never run on into the titles over them; 第１表 … is the
    table's caption, no heading."""
    out = _extract(bc.build_budget_book(tmp_path / "budget.pdf"))
    got = [(h["level"], norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert ("1", "", norm(bc.PART)) in got
    assert ("2", "1", "総括") in got
    assert not any("第1表" in t or "(歳入)" in t or t.endswith("歳入歳出予算歳入") for _, _, t in got)
