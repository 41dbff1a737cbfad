"""cover26's cover conventions on built pages (tests/cover26_conventions.py), each asserting what the page prints — its
title, date and issuer as a reader reads them — for the misses of bench/cover_sample.tsv's draw 26: a letter's head
(a date and its addressees) over a bare subject (cover._letter_head, normalizers.bodies.ADDRESSED_TO), a head's title
alone signing under its body (normalizers.bodies.head_title_alone), an attachment's label opening its name's row
centred in one size (cover._title_centred_alone), a chapter printed alone (cover._chapter_alone) and a list's cell set
past its grid's rule (cover._table_band). Every page test failed on the code before cover26 (dd333db)."""
from __future__ import annotations

import json

import cover26_conventions as cc
from conftest import extract_document as _extract
from real_truth import norm

from normalizers.bodies import head_title_alone, names_body


def _document(pdf) -> dict:
    return json.loads((_extract(pdf) / "document.json").read_text(encoding="utf-8"))


def test_a_bare_subject_under_a_letters_head_is_its_title_though_no_circulation_stamp_is_read(tmp_path):
    """■回■ over the date (a scan's garbled 回覧 stands there), the addressees …の皆様へ, the committee and its head,
    then 御　礼 centred alone: the title 御礼, dated by the month 吉日 names (before: no title)."""
    doc = _document(cc.build_thanks_letter(tmp_path / "thanks.pdf", numbered=True))
    assert (norm(doc["title"]), doc["date"]) == (norm(cc.THANKS), "2026-07")


def test_a_heads_title_alone_under_its_body_signs_for_it(tmp_path):
    """北野地区例示委員会 / 会長　北野　一郎 flush right under the date: the committee issues it, its head signing for it,
    no second issuer (before: 北野地区例示委員会・会長…)."""
    for numbered in (False, True):
        doc = _document(cc.build_thanks_letter(tmp_path / f"thanks{int(numbered)}.pdf", numbered=numbered))
        assert doc["issuer"] == cc.COMMITTEE


def test_a_heads_title_names_no_body_of_its_own():
    assert head_title_alone("会長北野一郎") and head_title_alone("理事長") and not names_body("会長　北野　一郎")
    assert not head_title_alone("北野市長") and not head_title_alone("北野地区例示委員会") and names_body("北野市長　北野　一郎")


def test_an_attachment_label_opening_its_names_row_centred_in_one_size_leaves_the_name_the_title(tmp_path):
    """【別紙５】北野販売の考え方について centred at the top of a sheet typed in one size: the name the title, the label the
    file's (before: no title)."""
    doc = _document(cc.build_attachment_sheet(tmp_path / "sheet.pdf"))
    assert norm(doc["title"]) == norm(cc.SHEET_NAME)


def test_a_chapter_after_the_first_opening_a_file_in_one_size_is_its_title(tmp_path):
    """第３章　北野施設入所者に係る診療料 over its 通則 and its first part: the chapter printed alone (before: no title)."""
    doc = _document(cc.build_chapter_file(tmp_path / "chapter.pdf"))
    assert norm(doc["title"]) == norm("第３章" + cc.CHAPTER_NAME)


def test_a_first_chapter_opening_a_file_is_no_title_of_its_own(tmp_path):
    doc = _document(cc.build_chapter_file(tmp_path / "chapter1.pdf", number="１"))
    assert norm(doc["title"]) != norm("第１章" + cc.CHAPTER_NAME)


def test_a_lists_cell_set_past_its_grids_rule_is_no_issuer(tmp_path):
    """A hospital's name set two points left of the list's grid, its row's other cells inside: one of the list's rows,
    no issuer (before: 医療法人北野会南野病院)."""
    doc = _document(cc.build_list_sheet(tmp_path / "list.pdf"))
    assert (norm(doc["title"]), doc["issuer"]) == (norm(cc.LIST_TITLE), "")



def test_a_row_lies_within_a_table_where_it_stands_between_its_rows_not_where_it_is_listed():
    """A list read in two blocks of columns (its left columns top to bottom, then its right ones) lists the date set
    over the grid's right end between the left block's last row and the right block's first: it stands above both,
    no row of the table (the date stays; cover26's merge dropped it), while a cell's name set past the grid's rule,
    level with the row it is listed beside, is one (cover._within_table)."""
    from extractors.cover import _within_table
    from extractors.cover_row import CoverRow

    def row(y: float, text: str, in_table: bool) -> CoverRow:
        return CoverRow(y0=y, y1=y + 12.0, size=10.0, text=text, in_table=in_table)

    listed = [row(772.0, "42・4月1日 例示区分", True), row(78.0, "令和5年4月1日現在", False),
              row(96.0, "区分・所在地・備考", True)]
    assert not _within_table(listed, 1)
    stray = [row(134.0, "南野クリニック・740-0017", True), row(158.0, "医療法人北野会南野病院", False),
             row(158.0, "743-0022", True)]
    assert _within_table(stray, 1)
