"""Two kinds of document new in session 14 (tests/newdocs14_conventions.py), against the truth beside
their builders: a judgment dated at its end, a web page printed from the browser."""
from __future__ import annotations

import json

import newdocs14_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm

_SP = "\u3000"


def _headings(out) -> list[tuple[int, str, str]]:
    return [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]


def _document(out) -> dict:
    return json.loads((out / "document.json").read_text(encoding="utf-8"))


def test_a_judgment_is_dated_by_the_date_over_its_court_at_its_end(tmp_path):
    """No title and no date at the head (主　文 opens it): the date is the line standing alone over the
    court's name and its judges at the end; the two parts are its headings."""
    out = _extract(nc.build_closing_judgment(tmp_path / "judgment.pdf"))
    doc = _document(out)
    assert (doc["title"], doc["date"]) == ("", nc.JUDGMENT_ISO)
    assert _headings(out) == [(1, "", t) for t in nc.JUDGMENT_HEADINGS]


def test_a_date_the_text_runs_on_from_dates_nothing(tmp_path):
    """A date alone on a line that a sentence follows to the end is no signing-off: the text is undated."""
    closing = [_SP * 2 + nc.JUDGMENT_DATE, _SP + "以上のとおり，本件については上記の日に判断されたものである。"]
    assert _document(_extract(nc.build_closing_judgment(tmp_path / "undated.pdf", closing)))["date"] == ""


def test_a_web_page_is_titled_by_the_last_crumb_of_its_breadcrumb(tmp_path):
    """The site's section banner, set larger than anything (Ongoing Topics), is a crumb of the trail, no
    title and no heading; the title is the rows that spell the trail's last crumb, though a side column's
    link stands level with its first row."""
    out = _extract(nc.build_web_page(tmp_path / "page.pdf"))
    doc = _document(out)
    assert (doc["title"], doc["date"]) == (nc.WEB_TITLE, nc.WEB_ISO)
    assert norm("Ongoing Topics") not in [t for _, _, t in _headings(out)]


def test_numbered_sections_head_the_unnumbered_topics_in_their_type(tmp_path):
    """(1) (2) in bold body size, each followed by topics in bold body size with no number (and none
    before the first): the topics rank under the section they follow."""
    got = _headings(_extract(nc.build_web_page(tmp_path / "page.pdf")))
    first = next(k for k, h in enumerate(got) if h[1] == norm("(1)"))   # the sections on (the title block's lines aside)
    assert got[first:] == [(level, norm(label), norm(title)) for label, title, level in nc.WEB_HEADINGS]


def test_a_judgment_whose_parts_are_two_letters_apart_and_whose_paragraphs_are_numbered(tmp_path):
    """主 … 文 and 理 … 由 as two runs far apart on rows of their own are the parts' titles; the line naming the
    argument answered ranks under 理由; 主文's items (hung, closing with 。), the numbered paragraphs (run to the
    edge, one carried over the page's turn, one into a row opening with a bracket) are no headings."""
    out = _extract(nc.build_spaced_runs_judgment(tmp_path / "easy.pdf"))
    assert _headings(out) == [(level, "", norm(title)) for level, title in nc.EASY_HEADINGS]
