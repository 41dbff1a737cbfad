"""blind25c (tests/blind25c_conventions.py): a word processor's zero-width spaces are no characters of a line's
label; a labelled title printed in corner brackets keeps them; a field's name and value on one row are no heading, nor
is a row holding a blank to fill in; a numbered particular's date is no paper's; 掲載日： dates the paper; a landscape
page that is one ruled grid is a sheet, no slide, and a grid's title over its first page only does not cut it."""
from __future__ import annotations

import json

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



def test_a_posting_date_under_the_issuer_dates_the_paper(tmp_path):
    """掲載日：令和元年8月30日 under the division at the cover's top right: a label that names the paper's date
    (cover_row._DATE_LABEL: 掲載日 beside 作成日, 公表日) — on main the row was no date."""
    out = _extract(bc.build_posted_list(tmp_path / "posted.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (doc["date"], doc["issuer"]) == ("2019-08-30", "例示省例示局例示課"), (doc["date"], doc["issuer"])


def test_a_numbered_particular_dates_its_item_not_the_paper(tmp_path):
    """２　期　　日　　令和８年１１月６日（金）: a numbered row naming its field dates what the paper sets out (the day
    of the event), not the paper (cover_row._date_of) — on main it was the paper's date."""
    out = _extract(bc.build_particulars(tmp_path / "particulars.pdf"))
    assert json.loads((out / "document.json").read_text(encoding="utf-8"))["date"] == ""


def test_a_list_printed_as_landscape_sheets_is_no_slide_deck(tmp_path):
    """A ministry's list printed landscape, each page one ruled grid across it under a caption row, the list's title
    over a bureau's first page: sheets of a table, no slides (typography.slide_headed: a page whose text stands in one
    grid across it is a sheet) — on main the document read as a deck, each page's top line a slide's title."""
    out = _extract(bc.build_posted_sheets(tmp_path / "sheets.pdf"))
    assert read_csv(out / "headings.csv") == [], [(h["page"], h["title"]) for h in read_csv(out / "headings.csv")]


def test_a_grid_continued_under_its_caption_row_is_one_table_though_the_title_stands_over_its_first_page(tmp_path):
    """The first bureau's grid, its caption row (the bureau, the update date) printed again over its second page, the
    list's title over its first page only: one table over pp2–3 (ruled_tables._titled_again: the title over the first
    fragment is no line the next must print) — on main two tables, one a page."""
    from real_truth import tables_of
    out = _extract(bc.build_posted_sheets(tmp_path / "sheets.pdf"))
    got = [(t["pages"], t["shape"]) for t in tables_of(out)]
    assert got == [(("2", "3"), (20, 6)), (("4", "4"), (4, 6)), (("5", "5"), (10, 6))], got


def test_a_row_holding_a_blank_to_fill_in_is_no_title(tmp_path):
    """…駅…（　　　　）, …約　　　　分 set larger than the body: a form's rows (headings._holds_a_blank, numbering.FORM_BLANK)
    — on main each was a title under the second part's."""
    out = _extract(bc.build_worksheet(tmp_path / "worksheet.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in bc.WORKSHEET_HEADINGS], got
