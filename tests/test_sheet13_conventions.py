"""Spreadsheet printouts (sheet13_conventions.py): a table whose print titles and header repeat on
the next page, a blank bordered margin column on the first page only; a statistical table's period
row under its title."""
from __future__ import annotations

import json

import sheet13_conventions as sc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_sheet_goes_on_under_its_print_titles_without_its_blank_margin_column(tmp_path):
    """The second page prints the title, the legend and the header again, shifted a few points, and
    draws no blank strip beside 区分: one table over both pages, the header counted once."""
    out = _extract(sc.build_sheet_over_pages(tmp_path / "sheet.pdf"))
    cells = read_csv(out / "tables.csv")
    assert {c["table_id"] for c in cells} == {"1"}
    assert {(c["page_start"], c["page_end"]) for c in cells} == {("1", "2")}
    assert max(int(c["row"]) + int(c["rowspan"]) - 1 for c in cells) == sc.SHEET_ROWS
    assert max(int(c["col"]) + int(c["colspan"]) - 1 for c in cells) == 4
    last = [c for c in cells if int(c["row"]) == sc.SHEET_ROWS]
    assert (last[0]["col"], last[0]["colspan"], norm(last[0]["text"])) == ("1", "2", "委員会提出議案")


def test_a_statistics_sheets_period_row_is_no_part_of_its_title(tmp_path):
    out = _extract(sc.build_statistics_sheet(tmp_path / "stats.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(sc.STATS_TITLE)
