"""blind28c (tests/blind28c_conventions.py): a date written with its era's initial (R3.1.16) is a date; set alone at the
right end of a note's row under the title it dates the paper; a spreadsheet printed over landscape pages with its
print titles (the same title and header rows over one table on every page) is a sheet, no slide deck."""
from __future__ import annotations

import json

import blind28c_conventions as bc
from conftest import extract_document as _extract, read_csv
from normalizers.dates import to_iso
from real_truth import tables_of


def test_an_era_initial_dates_as_its_era():
    """R3.1.16 is 令和３年１月16日, H31/4/30 平成31年４月30日; a letter run into a word or a figure is no era's
    (normalizers.dates: _ERA_INITIAL_DATE) — on main none of them was a date."""
    assert (to_iso("R3.1.16"), to_iso("H31/4/30"), to_iso("S64.1.7")) == ("2021-01-16", "2019-04-30", "1989-01-07")
    assert (to_iso("XR3.1.16"), to_iso("R2.1.0"), to_iso("VER3.1.16")) == (None, None, None)


def test_a_date_alone_at_the_end_of_a_notes_row_dates_the_list(tmp_path):
    """R3.1.16 at the right end of the row of the note under the title, nothing else in its piece: the list's date
    (cover_row._row_date, _whole_date) — on main no date was read (the row is mostly the note; the piece had no label,
    and R3.1.16 was no date)."""
    out = _extract(bc.build_initial_dated_list(tmp_path / "list.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert doc["date"] == bc.LIST_ISO, doc["date"]


def test_a_sheet_printed_with_its_print_titles_is_no_deck(tmp_path):
    """Three landscape pages, the same title and header rows over one 10-column grid on each: a sheet printed from a
    spreadsheet (typography._print_titled), no heading — on main the pages were read as slides, the title on each
    of them a slide's title (three headings)."""
    out = _extract(bc.build_print_titled_sheet(tmp_path / "sheet.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert doc["title"] == bc.SHEET_TITLE, doc["title"]
    assert read_csv(out / "headings.csv") == [], read_csv(out / "headings.csv")
    assert [(t["shape"], t["first_row"]) for t in tables_of(out)] == [(bc.SHEET_SHAPE, bc.SHEET_FIRST_ROW)], tables_of(out)
