"""A 告示's fee schedule (schedule15_conventions): its named divisions rank above the numbered items of
the 通則 they follow, its 通則 heads the part's general provisions, its priced rows are no headings, and
the part printed alone is the file's title."""
from __future__ import annotations

import json

import pytest

import schedule15_conventions as sc
from conftest import extract_document, read_csv
from real_truth import norm


@pytest.fixture(scope="module")
def schedule(tmp_path_factory):
    return extract_document(sc.build_schedule(tmp_path_factory.mktemp("schedule") / "schedule.pdf"))


def _headings(out):
    return [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]


def test_named_divisions_rank_above_the_items_they_follow(schedule):
    """第１節 after item ２ of the part's 通則 is the 通則's sibling, under the part; 第１款 is under 第１節."""
    got = _headings(schedule)
    assert (1, norm(sc.PART[0]), sc.PART[1]) in got, got
    assert (2, norm(sc.SECTION[0]), sc.SECTION[1]) in got, got
    assert (3, norm(sc.SUBSECTION[0]), sc.SUBSECTION[1]) in got, got


def test_general_provisions_under_the_part_head_its_items(schedule):
    """通則 right under the part's title, at the text's edge over its items, heads them under the part."""
    assert (2, "", "通則") in _headings(schedule)


def test_priced_rows_are_no_headings(schedule):
    """A row ending in its points flush right (on its own row or the next) is a row of the schedule."""
    titles = [t for _, _, t in _headings(schedule)]
    for _, _, rows in sc.CODES:
        for _, words, _, _ in rows:
            assert norm(words) not in titles, titles
    assert len(titles) == 4, titles


def test_the_part_printed_alone_is_the_title(schedule):
    doc = json.loads((schedule / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm("".join(sc.PART))

