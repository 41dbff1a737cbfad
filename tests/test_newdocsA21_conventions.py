"""A review report's outline five levels deep and a concept paper's URL notes (tests/newdocsA21_conventions.py): a
decimal label of four numbers, the capital R in the section's place (2.R.1.1), is the level under 2.R.1 — not the
section 2. titled "R.1.1 …"; a note's number alone on its row, its URL on the row under it, is a note's number,
not the page's."""
from __future__ import annotations

import json

import pytest

import newdocsA21_conventions as nc
from conftest import read_csv, extract_document as _extract
from extractors.numbering import first_in_part, first_label, match_numbering
from real_truth import norm


@pytest.fixture(scope="module")
def paper(tmp_path_factory):
    return _extract(nc.build_paper(tmp_path_factory.mktemp("paper") / "paper.pdf"))


@pytest.fixture(scope="module")
def appendix(tmp_path_factory):
    return _extract(nc.build_appendix(tmp_path_factory.mktemp("appendix") / "appendix.pdf"))


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return _extract(nc.build_report(tmp_path_factory.mktemp("report") / "report.pdf"))


def test_a_four_number_label_is_the_level_under_three(report):
    """2.R.1.1 and 2.R.1.2 open headings one level under 2.R.1, labels whole."""
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(report / "headings.csv")]
    assert got == [(level, norm(label), norm(title)) for level, label, title in nc.HEADINGS]


def test_the_footnote_under_the_rule_is_read(report):
    notes = read_csv(report / "footnotes.csv")
    assert [norm(n["text"])[:10] for n in notes] == [norm(nc.NOTE)[:10]]


@pytest.mark.parametrize("line, label", [("7.R.1.1 有効性について", "7.R.1.1"), ("3.1.2.1 背景", "3.1.2.1"),
                                         ("7.R.1 有効性について", "7.R.1"), ("1.1.1.1.1 x", None)])
def test_four_number_labels(line, label):
    """Four numbers are one label; a fifth number is no label of a heading's (a version, an address)."""
    got = match_numbering(line)
    assert (got[2] if got else None) == label


def test_a_notes_number_alone_over_its_url_opens_the_note(paper):
    """Note 2's number stands alone on its row (small, raised) and its URL on the row under it, set in at the
    number's place: note 2 is that URL — the number is no page number and the URL does not run on in note 1; the
    page's own number (centred, body size, nothing under it) stays the page's."""
    notes = [(n["number"], norm(n["text"])) for n in read_csv(paper / "footnotes.csv")]
    assert notes == [("1", norm(nc.URLS[0])), ("2", norm(nc.URLS[1]))]
    assert [(f["kind"], f["text"]) for f in read_csv(paper / "furniture.csv")] == [("page_number", "3")]


def test_an_appendix_label_alone_over_the_title_is_no_word_of_it(appendix):
    """付録 alone at the cover's top left, in the title's type, names the file's place beside the paper it belongs to
    (numbering.PART_LABEL_ALONE, as 第六編 does a volume's): the title is the rows under it."""
    doc = json.loads((appendix / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"]) == (norm(nc.APPENDIX_TITLE), "2021-08")


@pytest.mark.parametrize("label, first", [("２.１", True), ("3-1", True), ("7.R.1", True), ("2.2", False), ("2.10", False),
                                          ("1", False), ("11", False)])
def test_a_parts_first_section(label, first):
    """A decimal label whose last number is one opens the count of its part's sections (２.１ after the chapter numbered
    2, headed by a band whose number the text layer lacks: heading_levels._boxes_over_outline); 1.1 opens a count
    outright (first_label)."""
    assert first_in_part(label) == first
    assert first_label("1.1") and not first_label("２.１")
