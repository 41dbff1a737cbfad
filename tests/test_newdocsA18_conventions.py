"""A central bank's report and a works office's notice (tests/newdocsA18_conventions.py): contents whose page
numbers stand as lines of their own run on to a second page; front-matter pages numbered ii, iii; a chart's
value scale and tick labels make no table and no note; a BOX beside the chapters; an appendix over its groups;
a circulation stamp read with its frame's side; a subject framed whole in 【】."""
from __future__ import annotations

import json

import pytest

import newdocsA18_conventions as nc
from conftest import read_csv, extract_document as _extract
from extractors.furniture import ROMAN_PAGE
from extractors.numbering import STAMP, match_numbering
from real_truth import norm


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return _extract(nc.build_report(tmp_path_factory.mktemp("report") / "report.pdf"))


def test_contents_run_on_where_their_page_numbers_are_lines_of_their_own(report):
    """The second contents page opens with an entry whose page number the layer sets as a line of its own on the
    entry's row: its entries down to the last numbered one are contents — the (１) entries with no number and
    the BOX entries too — and its numbers, 69 69 74 83 86 94 down the right edge, repeating and jumping, are no
    margin line numbers (they count in one step): no heading is read from the contents."""
    entries = [(e["page"], norm(e["title"])) for e in read_csv(report / "contents.csv")]
    assert [t for p, t in entries if p == "3"] == [norm(t) for _, t, _, _ in nc.CONTENTS_2]
    kinds = {f["kind"] for f in read_csv(report / "furniture.csv")}
    assert "line_numbers" not in kinds
    assert all(int(h["page"]) > 3 for h in read_csv(report / "headings.csv"))


def test_front_matter_pages_are_numbered_in_small_roman_numerals(report):
    """ii and iii alone at the foot of the contents pages are their page numbers, no contents entry."""
    numbers = [(f["page"], f["text"]) for f in read_csv(report / "furniture.csv") if f["kind"] == "page_number"]
    assert ("2", "ii") in numbers and ("3", "iii") in numbers
    assert all(norm(e["title"]) not in ("ii", "iii") for e in read_csv(report / "contents.csv"))
    assert ROMAN_PAGE.match("iv") and ROMAN_PAGE.match("- xii -") and not ROMAN_PAGE.match("I") \
        and not ROMAN_PAGE.match("iii.")


def test_a_box_stands_beside_the_chapters_and_an_appendix_heads_its_groups(report):
    """ＢＯＸ１　… is labelled BOX1 and stands at the top, beside the chapter before it; the appendix title set
    larger than the two titles after it, one size, heads them."""
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(report / "headings.csv")]
    assert got == [(level, norm(label), norm(title)) for level, label, title in nc.HEADINGS]
    assert match_numbering("BOX1 を参照。") is None   # the box's number read in a sentence opens no title


def test_a_charts_scale_and_ticks_are_no_table_and_no_note(report):
    """The plot frame divided by its marker line, with 108 … 88 down its left side (the first level with the
    frame's top, the last with its foot), is a chart, no table; the tick labels 18 … 24 and 3 5 7 9 月 at the
    page's foot in 8 pt, over the （注）, open no footnote."""
    assert read_csv(report / "tables.csv") == []
    assert read_csv(report / "footnotes.csv") == []


def test_a_circular_stamp_read_with_its_frame_and_a_subject_framed_in_brackets(tmp_path):
    """|回覧 at the top right is the circulation stamp (a doc_label), its bar the OCR's reading of the frame; the
    subject set whole in 【】 is the title the brackets frame, and no heading."""
    out = _extract(nc.build_notice(tmp_path / "notice.pdf"))
    assert json.loads((out / "document.json").read_text(encoding="utf-8"))["title"] == nc.NOTICE_TITLE
    assert [(f["kind"], f["text"]) for f in read_csv(out / "furniture.csv")] == [("doc_label", "|回覧")]
    assert all(nc.NOTICE_TITLE not in norm(h["title"]) for h in read_csv(out / "headings.csv"))
    assert STAMP.match("回覧’") and not STAMP.match("回覧板")
