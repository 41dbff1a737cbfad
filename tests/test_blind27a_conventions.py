"""blind27a (tests/blind27a_conventions.py): a part's title printed again at the top of its next page heads nothing."""
from __future__ import annotations

import blind27a_conventions as bc
from conftest import extract_document as _extract
from conftest import read_csv


def test_a_parts_title_printed_again_over_its_next_page_heads_nothing(tmp_path):
    """財務諸表に対する注記 set as the title at the top of both notes pages, the notes numbered on under it: the second
    page's copy opens that page where the page before opened with the same title, at the same height and size — the
    title printed again (headings._title_again), no heading; notes ３．, ４． stay under the first — on main it was read
    a second heading 財務諸表に対する注記 and the notes on the second page nested under that."""
    out = _extract(bc.build_notes_pages(tmp_path / "notes.pdf"))
    got = [(r["level"], r["title"]) for r in read_csv(out / "headings.csv")]
    notes = [("1", bc.NOTES_TITLE)] + [("2", n[2:]) for n in bc.NOTES]
    assert got[-len(notes):] == notes, got


def test_a_sheet_continues_under_its_print_titles_and_ruled_box_printed_again(tmp_path):
    """A sheet over two pages whose print titles — its label, a ruled box naming the body, the title, the date and
    the unit row closed by the page's folio (（単位：円）　1頁, then 2頁) — stand over the table on both pages: the second
    page's table continues the first (ruled_tables._boxes_again: the box printed again, the same rows at the same
    height; _same_title_row: the folio counting on; _unlabelled: 別紙９, the first page's stamp, a line on the next),
    the header counted once; each page's box a table of its own — on main the box over the second page broke the run:
    the sheet read as two tables."""
    from real_truth import tables_of
    got = [(t["pages"], t["shape"]) for t in tables_of(_extract(bc.build_boxed_sheet(tmp_path / "sheet.pdf")))]
    assert sorted(got) == sorted([(("1", "1"), (3, 2)), (("1", "2"), bc.SHEET_SHAPE), (("2", "2"), (3, 2))]), got


def test_a_statements_field_box_names_its_corporation(tmp_path):
    """The ruled box over the sheet's title, 法人名 | 社会福祉法人例示の郷 (then 施設名, 会計単位名): the corporation the
    法人名 field names issues the sheet (issuer._form_field; normalizers.bodies.names_corporation: a name opened by its
    corporate form) — on main no issuer was read."""
    import json
    out = _extract(bc.build_boxed_sheet(tmp_path / "sheet.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert doc["issuer"] == bc.CORPORATION, doc["issuer"]
