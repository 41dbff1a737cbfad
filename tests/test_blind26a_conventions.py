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


def test_a_line_typed_in_white_on_the_white_page_is_not_printed(tmp_path):
    """令和８年５月27日　例示課作成 typed in white over the white page, nothing drawn under it: the page shows none of it
    (painted_over.unprinted: a white glyph whose box renders white all through), so it dates nothing and names no
    issuer; its letters are a note text_unprinted, never dropped silently — on main the white line dated the paper
    (2026-05-27) and was read as the document's text."""
    from conftest import read_csv
    out = _extract(bc.build_white_note(tmp_path / "white.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (doc["date"], doc["issuer"]) == ("2026-06-05", ""), (doc["date"], doc["issuer"])
    assert "作成" not in (out / "document.md").read_text(encoding="utf-8")
    notes = [r for r in read_csv(out / "problems.csv") if r["what"] == "text_unprinted"]
    assert len(notes) == 1 and "作成" in notes[0]["raw"], notes


def test_a_label_set_down_a_tables_strip_names_no_issuer(tmp_path):
    """企 / 業 / 会 / 計 set one letter a row down a table's first column: each a cover row of one letter, and one letter
    is no body's name (normalizers.bodies.names_body: a body's ending alone, 会, names none) — on main the issuer was
    会."""
    out = _extract(bc.build_column_label(tmp_path / "label.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (doc["date"], doc["issuer"]) == ("2026-06-05", ""), (doc["date"], doc["issuer"])


def test_a_label_set_down_a_tables_first_column_is_its_first_cell(tmp_path):
    """The narrow strip at the table's left, ruled down beside the accounts' rows, holding the label 企業会計 one
    letter a row: the table's first column, the label its first cell spanning the two rows — on main the strip was
    left out of the table and the label read as a line of text."""
    out = _extract(bc.build_column_label(tmp_path / "label.pdf"))
    got = tables_of(out)
    assert [t["shape"] for t in got] == [bc.LABELLED_SHAPE] and got[0]["first_row"].startswith("企業会計 | 水道事業"), got


def test_a_unit_note_typed_with_a_space_is_no_part_of_the_title(tmp_path):
    """(単位 千円) flush right under the sheet's title, a space where a colon would stand: the amounts' unit
    (cover._UNIT: 単位 then a colon or none), no qualifier of the title — on main the title ran on with (単位千円)."""
    out = _extract(bc.build_banded_sheet(tmp_path / "banded.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert doc["title"] == "令和8年度例示補正予算の概要", doc["title"]
