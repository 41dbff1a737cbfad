"""A white paper's section set in two columns (tests/notes12_conventions.py), against the truth beside its builder."""
from __future__ import annotations

import json

import notes12_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_section_opening_beside_the_other_column(tmp_path):
    """The section's number alone in its box, set larger than the title beside it, labels that title;
    the sub-heading at the top of the left column stands alone in its column (the right column's
    line on its row is across the gutter); the figure's caption 第1-1-8図 heads nothing; the cover's
    title is the section's, not run on into the right column's line."""
    out = _extract(nc.build_section_in_two_columns(tmp_path / "section.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(1, norm(nc.SECTION[0]), norm(nc.SECTION[1])), (2, "", norm(nc.SUBHEADING))]
    assert norm(json.loads((out / "document.json").read_text(encoding="utf-8"))["title"]) == norm(nc.TITLE)


def test_a_note_set_off_by_an_ideographic_space_opens_with_a_number(tmp_path):
    """１　45～49歳の…: a note's number set off by an ideographic space opens the note though its text
    opens with a number; the next note follows it."""
    out = _extract(nc.build_section_in_two_columns(tmp_path / "section.pdf"))
    got = [(int(f["number"]), norm(f["text"])) for f in read_csv(out / "footnotes.csv")]
    assert got == [(n, norm(t)) for n, t in nc.NOTES]


def test_a_dtp_table_with_inset_shading_and_outlined_header_words(tmp_path):
    """The header's shading (three sides and a close, inset from the rules by a few points) and the
    outlines laid over the header's words add no column and no row: one table of the rows and the
    three columns drawn, its first row the header."""
    out = _extract(nc.build_dtp_table(tmp_path / "table.pdf"))
    cells = read_csv(out / "tables.csv")
    assert {c["table_id"] for c in cells} == {"1"}
    assert max(int(c["row"]) + int(c["rowspan"]) - 1 for c in cells) == len(nc.TABLE_ROWS)
    assert max(int(c["col"]) + int(c["colspan"]) - 1 for c in cells) == len(nc.TABLE_HEADER)
    assert [norm(c["text"]) for c in cells if c["row"] == "1"] == [norm(t) for t in nc.TABLE_HEADER]


def test_a_table_goes_on_over_a_page_without_its_sub_item_column(tmp_path):
    """A table whose sub-items stand in a narrow column ruled off beside them only goes on at the top
    of the next page without that column: one table over both pages, its rows and four columns."""
    out = _extract(nc.build_table_over_pages(tmp_path / "over.pdf"))
    cells = read_csv(out / "tables.csv")
    assert {c["table_id"] for c in cells} == {"1"}
    assert {(c["page_start"], c["page_end"]) for c in cells} == {("1", "2")}
    assert max(int(c["row"]) + int(c["rowspan"]) - 1 for c in cells) == len(nc.OVER_PAGES_ROWS)
    assert max(int(c["col"]) + int(c["colspan"]) - 1 for c in cells) == 4
    last = [c for c in cells if int(c["row"]) == len(nc.OVER_PAGES_ROWS)]
    assert (last[0]["col"], last[0]["colspan"], norm(last[0]["text"])) == ("1", "2", "合計")


def test_stacked_bars_standing_on_the_axis_are_no_tables(tmp_path):
    """A chart's stacked bars drawn as outlined boxes, each standing on the plot area's foot, are a
    chart: no table (each bar, two boxes one on another, was read as a table of two rows)."""
    out = _extract(nc.build_bar_chart_slide(tmp_path / "chart.pdf"))
    tables = out / "tables.csv"
    assert not tables.is_file() or not read_csv(tables)


def test_a_deck_whose_first_slide_is_numbered_and_titled_as_the_rest_has_no_cover(tmp_path):
    """A deck's first slide titled in the band at its top and numbered 1 where the next prints 2 is a
    slide of its body: the deck has no title of its own; every slide's title is a heading."""
    out = _extract(nc.build_numbered_deck(tmp_path / "deck.pdf"))
    assert json.loads((out / "document.json").read_text(encoding="utf-8"))["title"] == ""
    assert [norm(h["title"]) for h in read_csv(out / "headings.csv")] == [norm(t) for t in nc.DECK_TITLES]


def test_a_row_broken_after_a_joining_mark_goes_on_over_the_page(tmp_path):
    """A row at the page's foot whose label ends on a joining mark (・) is broken off: the next page's
    first row (its label's rest, its amount cell empty) is the rest of it — counted once, its label joined."""
    out = _extract(nc.build_split_row(tmp_path / "split.pdf"))
    cells = read_csv(out / "tables.csv")
    assert {c["table_id"] for c in cells} == {"1"}
    assert max(int(c["row"]) + int(c["rowspan"]) - 1 for c in cells) == nc.SPLIT_ROWS
    assert norm(nc.SPLIT_LABEL) in [norm(c["text"]) for c in cells]


def test_a_page_too_short_for_its_columns_keeps_the_books_gutter(tmp_path):
    """Page 2's running text (three and four lines a side over a figure) is too short for its columns
    to show; the gutter page 1 showed, which its lines leave open, holds there: the sub-heading at the
    top of its left column stands alone in its column and is a heading."""
    out = _extract(nc.build_short_columns(tmp_path / "short.pdf"))
    got = [(int(h["page"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert (2, norm(nc.SHORT_HEADINGS[1][1])) in got
