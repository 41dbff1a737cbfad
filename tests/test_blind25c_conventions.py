"""blind25c (tests/blind25c_conventions.py): a word processor's zero-width spaces are no characters of a line's
label; a labelled title printed in corner brackets keeps them."""
from __future__ import annotations

import blind25c_conventions as bc
from conftest import extract_document as _extract, read_csv
from real_truth import norm


def test_zero_width_spaces_around_a_numbered_line_leave_its_label_opening_it(tmp_path):
    """​１．あいさつ​ (U+200B before the label, the label touching its title): the label opens the line (numbering.folded
    reads the line without its zero-width spaces) — on main the line had no label, the whole text its title, and the
    one-character title 礼 was no heading; 「例示します」 keeps its brackets as printed (headings._unquoted: only an
    unlabelled title so printed is a paper's quoted name)."""
    out = _extract(bc.build_zero_width_guide(tmp_path / "guide.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in bc.GUIDE_HEADINGS], got


def test_a_field_name_and_its_value_on_one_row_are_particulars_not_headings(tmp_path):
    """３　対象生徒　　第２学年…, ４　体験先　　　例示市内…: a numbered row holding a short field's name (a plain word of
    at most headings.field_letters letters, or spread letter by letter), a wider blank and its value is a key–value item
    (headings._field_on_its_row) — on main the one-row items 3 and 4 were headings."""
    out = _extract(bc.build_particulars(tmp_path / "particulars.pdf"))
    assert read_csv(out / "headings.csv") == []

