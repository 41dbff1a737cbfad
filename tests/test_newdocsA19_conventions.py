"""A library's slide deck and a weather service's model bulletin (tests/newdocsA19_conventions.py): slide titles in a
band set lower than a tenth of the page, one printed in two runs; a slide's parts headed by a diamond; the month of a
cover written with a compatibility ideograph; a model text's placeholder name in its title; parts captioned in
brackets at the margin over their text; a form's boxes whose words meet at a corner only."""
from __future__ import annotations

import json

import pytest

import newdocsA19_conventions as nc
from conftest import read_csv, extract_document as _extract
from extractors.numbering import LISTED_MARK
from normalizers.dates import DATE, to_iso
from normalizers.text import clean, fold_width
from real_truth import norm


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    return _extract(nc.build_deck(tmp_path_factory.mktemp("deck") / "deck.pdf"))


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory):
    return _extract(nc.build_bulletin(tmp_path_factory.mktemp("bulletin") / "bulletin.pdf"))


def test_slide_titles_centred_in_a_deep_title_band_and_parts_headed_by_a_diamond(deck):
    """The slides' titles start at y ≈ 80 of 595 (13 %, centred in the title placeholder): the deck is a deck, each
    slide's title its heading — the one printed in two runs (連携フォーマット　②メタデータ登録（１）) once, whole —;
    ◆ lines set larger than their slide's text, over smaller lines or a table, head the slide's parts under its
    title. The bold ● line over a remark in small type is an item, the two ■ captions side by side on one row are
    none, the numbered steps of the last slide are items."""
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(deck / "headings.csv")]
    assert got == [(level, norm(label), norm(title)) for level, label, title in nc.DECK_HEADINGS]


def test_a_cover_month_is_read_and_compatibility_ideographs_fold_to_the_unified_ones(deck):
    """The cover's month under its title dates the deck; a layer that writes 年 as the compatibility ideograph
    U+F98E (a font's ToUnicode) is read as 年 U+5E74: the same character, canonically equal."""
    doc = json.loads((deck / "document.json").read_text(encoding="utf-8"))
    assert (doc["title"], doc["date"]) == (nc.DECK_TITLE, "2019-02")
    month = clean("2019\uf98e2月")
    assert month == "2019年2月" and to_iso(DATE.search(month).group(0)) == "2019-02"
    assert fold_width("\uf98e\ufa0e") == "年\ufa0e"   # 﨎 U+FA0E is a unified ideograph itself: kept


def test_a_model_texts_placeholder_name_stays_in_its_title(bulletin):
    """○○川氾濫注意情報: ○○ holds the place of a river's name (伏せ字), no mark listing the title; a single ○ before a
    name (官報: ○名称) is still the list's mark."""
    doc = json.loads((bulletin / "document.json").read_text(encoding="utf-8"))
    assert doc["title"] == nc.BULLETIN_TITLE
    assert LISTED_MARK.sub("", "○名称") == "名称" and LISTED_MARK.sub("", "○○市") == "○○市"


def test_parts_captioned_in_brackets_at_the_margin_head_their_parts(bulletin):
    """（見出し） / （主　文） / （雨量） alone at the left margin, each part's text set in from it: the bulletin's
    headings, brackets kept, one level."""
    got = [(int(h["level"]), norm(h["title"])) for h in read_csv(bulletin / "headings.csv")]
    assert got == [(1, norm(p)) for p in nc.PARTS]


def test_a_forms_boxes_are_tables_though_their_words_meet_at_a_corner(bulletin):
    """第１受報者 over 機関名 | (a blank to fill in): every side of every cell drawn, one closed grid — a table of two
    rows and two columns, not a figure's boxes standing apart; 発表者 over its issuers a table of one column."""
    tables: dict[str, list[dict]] = {}
    for c in read_csv(bulletin / "tables.csv"):
        if c["page_start"] == "1":
            tables.setdefault(c["table_id"], []).append(c)
    shapes = sorted((max(int(c["row"]) for c in cells), max(int(c["col"]) for c in cells),
                     [norm(c["text"]) for c in cells if c["row"] == "1"]) for cells in tables.values())
    assert shapes == [(2, 1, ["発表者"]), (2, 2, ["", "第1受報者"]), (2, 2, ["", "第2受報者"])]


def test_a_header_row_divided_only_at_its_top_is_a_row_of_cells(bulletin):
    """レベル１ … レベル４: three short verticals of one height in the header's first row, the rules at their top and foot
    running on unbroken across them, divide four cells — no framed phrases: the first row reads 観測所名 and the four
    levels, the table 4 rows by 5 columns."""
    cells = [c for c in read_csv(bulletin / "tables.csv") if c["page_start"] == "2"]
    first = [norm(c["text"]) for c in sorted(cells, key=lambda c: int(c["col"])) if c["row"] == "1"]
    assert first == [norm("観測所名")] + [norm(level) for level in nc.LEVELS]
    assert (max(int(c["row"]) + int(c["rowspan"]) - 1 for c in cells), max(int(c["col"]) + int(c["colspan"]) - 1 for c in cells)) == (4, 5)
