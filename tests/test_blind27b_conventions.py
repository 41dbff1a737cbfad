"""blind27b (tests/blind27b_conventions.py): a spreadsheet's print titles over a page the table does not reach are the
table's header printed again, no row of it; a cell's line at the page's foot is no issuer's band; a city's list titled by
its name is the city's."""
from __future__ import annotations

import json

import blind27b_conventions as bc
from conftest import extract_document as _extract, read_csv
from real_truth import norm


def test_a_header_printed_alone_over_a_page_of_notes_is_no_row(tmp_path):
    """The title, the date line and the column-header row printed again over the notes page (Excel print titles, no
    table row under them): that header row is the table's header (table_header furniture, as on every continuation
    page), not the rest of the last row — the table ends on page 2 with 見本南's row as printed (on main the header's
    cells were joined into it: 見本南小学校 | …中学校, and the table ran to page 3)."""
    out = _extract(bc.build_district_list(tmp_path / "districts.pdf"))
    cells = read_csv(out / "tables.csv")
    assert {(c["table_id"], c["page_start"], c["page_end"]) for c in cells} == {("1", "1", "2")}, cells[:3]
    last = max(int(c["row"]) for c in cells)
    assert last == bc.ROWS
    assert [norm(c["text"]) for c in cells if int(c["row"]) == last and c["col"] == "1"] == [norm(bc.LAST_ROW_SCHOOL)]
    headers = {(f["page"], norm(f["text"])) for f in read_csv(out / "furniture.csv") if f["kind"] == "table_header"}
    assert {p for p, _ in headers} == {"2", "3"}, headers


def test_a_cells_places_at_the_pages_foot_are_no_issuer(tmp_path):
    """Page 1's last row is a table cell's line listing places (例示町一丁目～六丁目、見本新町): a cell's line, no band of
    issuing bodies at a leaflet's foot (issuer._foot_band) — on main it was read as the issuer."""
    out = _extract(bc.build_district_list(tmp_path / "districts.pdf"))
    issuer = json.loads((out / "document.json").read_text(encoding="utf-8"))["issuer"]
    assert "見本新町" not in issuer and "例示町一丁目" not in issuer, issuer


def test_a_citys_list_titled_by_its_name_is_the_citys(tmp_path):
    """例示市小・中学校区一覧表 prints no sender, signer or issuing row: the city its title opens with issues its own list
    (normalizers.bodies.title_body, _RULES_OF_MUNICIPALITY closing on 一覧 or 一覧表 — tests/real/truth/README.md's
    "Named only in the title"); on main none was read."""
    out = _extract(bc.build_district_list(tmp_path / "districts.pdf"))
    assert json.loads((out / "document.json").read_text(encoding="utf-8"))["issuer"] == "例示市"
