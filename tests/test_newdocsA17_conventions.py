"""A 公用文 guide's commentary (tests/newdocsA17_conventions.py): its headings on bands of two sizes and two
tints nest as their type and numbering say; a point titled with a quoted term; a remark appended to the points;
a section numbered within its part (Ⅰ－１)."""
from __future__ import annotations

import json

import pytest

import newdocsA17_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


@pytest.fixture(scope="module")
def headings(tmp_path_factory) -> list[tuple[str, str, int]]:
    """The built commentary's headings (label, title, level), read once for the tests of this module."""
    out = _extract(nc.build_commentary(tmp_path_factory.mktemp("commentary") / "commentary.pdf"))
    assert norm(json.loads((out / "document.json").read_text(encoding="utf-8"))["title"]) == norm(nc.TITLE)
    return [(norm(h["label"]), norm(h["title"]), int(h["level"])) for h in read_csv(out / "headings.csv")]


def test_bands_nest_by_size_and_by_numbering(headings):
    """The part on a 16 pt band heads the section on a 12 pt band under it; the section's item （1）, on a band
    of the same size, is numbered in another system and nests under it; the next section ２ closes the item
    and the points; Ⅰ on its 16 pt band starts a part again, Ⅰ－１ is its section, （1） that section's item."""
    got = headings
    assert [(label, depth) for label, _, depth in got] == [(norm(label), depth) for label, _, depth, _ in nc.HEADINGS]


def test_a_point_titled_with_a_quoted_term_and_an_appended_remark(headings):
    """イ　「告示・通知等」の… on a line set apart is the point イ, its title the quoted term and the rest; （付）… in the
    points' type is labelled （付） and stands at their level, under the item they follow."""
    got = headings
    assert (norm("イ"), norm(nc.PAGE1[4][1]), 4) in got
    assert (norm("（付）"), norm(nc.PAGE1[5][1]), 4) in got


def test_a_section_numbered_within_its_part(headings):
    """Ⅰ－１　漢字の使い方: the label is the part's numeral, a dash and the section's number, not Ⅰ over a title
    starting －１."""
    got = headings
    assert (norm("Ⅰ－１"), norm("漢字の使い方"), 2) in got


def test_a_band_over_underlined_links_names_them(headings):
    """【関係資料】 framed at the page's foot over nothing but underlined titles of materials names that list of
    references; it heads no passage, and the headings are the outline's only."""
    assert not any("関係資料" in title for _, title, _ in headings)
    assert len(headings) == len(nc.HEADINGS)


@pytest.fixture(scope="module")
def notice(tmp_path_factory) -> tuple[dict, list[tuple[str, str, int]]]:
    """The built 告示 extract's document.json and headings (label, title, level)."""
    out = _extract(nc.build_notice_extract(tmp_path_factory.mktemp("notice") / "notice.pdf"))
    meta = json.loads((out / "document.json").read_text(encoding="utf-8"))
    return meta, [(norm(h["label"]), norm(h["title"]), int(h["level"])) for h in read_csv(out / "headings.csv")]


def test_the_notices_number_and_date_title_nothing(notice):
    """内閣告示第二号 and 平成三年六月二十八日, each alone on its line in the preamble's larger type, number and date the 告示:
    no headings; the date is the document's."""
    meta, got = notice
    assert norm(meta["title"]) == norm(nc.NOTICE_TITLE) and meta["date"] == "1991-06-28"
    assert not any(title in (norm("内閣告示第二号"), norm("平成三年六月二十八日")) for _, title, _ in got)


def test_omission_marks_in_brackets_are_no_headings(notice):
    """【中　略】 and 【以下略】 mark where the extract leaves text out: no bands heading a passage."""
    assert not any("略" in title for _, title, _ in notice[1])


def test_titles_set_as_a_page_title_and_an_appendix_alone(notice):
    """A line centred in the type of a title opening a page centred is a title of its rank mid-page and right under
    a larger title (no subtitle); 付　録 alone on its line stands beside the text's parts and holds the 用例集 under it."""
    assert notice[1] == [(norm(label), norm(title), depth) for label, title, depth in nc.NOTICE_HEADINGS]
