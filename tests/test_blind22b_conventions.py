"""Kinds first met in session 22's unseen documents (tests/blind22b_conventions.py): a spreadsheet's as-of line and
its L-shaped header cell, a title opening with 各 (normalizers.bodies._TITLED_BY), a 要綱's first caption under its
title and its 附則 that goes on to the day the rules lapse, and list items wrapped under their titles."""
from __future__ import annotations

import json

import pytest

import blind22b_conventions as bc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    return _extract(bc.build_as_of_sheet(tmp_path_factory.mktemp("sheet") / "sheet.pdf"))


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return _extract(bc.build_committee_rules(tmp_path_factory.mktemp("rules") / "rules.pdf"))


def _document(out):
    return json.loads((out / "document.json").read_text(encoding="utf-8"))


def test_an_as_of_line_in_figures_and_slashes_before_the_hours_dates_the_sheet(sheet):
    """2021/6/14 24時時点: the day's figures end at the space before the hours — taken out with the row's spaces,
    1424 ran on and no date was read."""
    assert _document(sheet)["date"] == "2021-06-14"


def test_a_title_opening_with_each_prefecture_names_no_issuer(sheet):
    """各都道府県の… is every prefecture's table: no prefecture issues it (it was read as the issuer)."""
    assert _document(sheet)["issuer"] == ""


def test_the_text_in_a_header_ls_corner_is_the_headers(sheet):
    """入院治療等を / 要する者 / （人）: the rule under the header is drawn over うち重症's column only, so the header is an
    L whose corner holds its last line — one cell's text, the corner blank (before: （人） a cell of its own)."""
    cells = read_csv(sheet / "tables.csv")
    first = {int(c["col"]): (norm(c["text"]), int(c["colspan"])) for c in cells if c["row"] == "1"}
    assert first[3] == (norm("".join(bc.L_HEADER)), 2)
    second = {int(c["col"]): norm(c["text"]) for c in cells if c["row"] == "2"}
    assert second.get(3, "") == "" and second[4] == norm(bc.CORNER)


def test_a_caption_over_the_first_article_is_no_part_of_the_title(rules):
    """（趣旨） right under the title, over 第１条: the article's caption — it was joined to the title as a qualifier,
    and the title's second row read as a heading over the articles."""
    assert norm(_document(rules)["title"]) == norm("".join(bc.RULES_TITLE))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(rules / "headings.csv")]
    assert got == [(1, norm(n), norm(c)) for n, c, _ in bc.ARTICLES] + [(1, "", "附則")]


def test_rules_that_take_effect_and_lapse_are_dated_by_the_day_they_take_effect(rules):
    """この要綱は令和７年１０月１６日から施行し、…その効力を失う。: the enacting verb in its continuative form."""
    assert _document(rules)["date"] == bc.TAKES_EFFECT


def test_an_item_after_items_wrapped_under_their_titles_is_no_heading(tmp_path):
    """ア and イ run to the column's edge and wrap under their titles; ウ 入札金額 over its explanation is their
    sibling in the list, no heading (it was read as one: the row before it, イ's last, stands under イ's title)."""
    out = _extract(bc.build_hung_items(tmp_path / "items.pdf"))
    titles = [norm(h["title"]) for h in read_csv(out / "headings.csv")]
    assert not [t for t in titles if t in {norm(title) for _, title, _ in bc.BID_ITEMS}]
