"""A fee schedule's row grouping priced sub-rows (schedule16_conventions): neither the row with no points
of its own nor its イ/ロ sub-rows, each ending in its points, are headings; nor a row whose label the
numbering does not read, nor the last row after a note under the row before it."""
from __future__ import annotations

import pytest

import schedule16_conventions as sc
from conftest import extract_document, read_csv
from real_truth import norm


@pytest.fixture(scope="module")
def schedule(tmp_path_factory):
    return extract_document(sc.build_sub_rows(tmp_path_factory.mktemp("sub_rows") / "sub_rows.pdf"))


def test_rows_of_the_schedule_are_no_headings(schedule):
    """イ … 39,720点 under "３ 同種骨移植（非生体）" is a row of the schedule, as is the row over it; "１ 初日
    8,780点" over "２　２日目以降　3,680点"; "２ その他のもの 2,650点" after a note under row １."""
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(schedule / "headings.csv")]
    titles = [t for _, t in got]
    for _, _, rows in sc.CODES:
        for _, words, _, _ in rows:
            assert norm(words) not in titles, got
    assert (norm(sc.SUBSECTION[0]), sc.SUBSECTION[1]) in got, got


def test_items_of_a_note_are_no_headings(schedule):
    """"２ 区分番号…" under "注１ …" is the note's item: no headings inside notes."""
    titles = [norm(h["title"]) for h in read_csv(schedule / "headings.csv")]
    for _, _, _, lines in sc.NOTE:
        assert not any(t and norm(lines[0]).startswith(t[:10]) for t in titles), titles


@pytest.fixture(scope="module")
def values_apart(tmp_path_factory):
    return extract_document(sc.build_values_apart(tmp_path_factory.mktemp("values_apart") / "values_apart.pdf"))


def test_rows_whose_values_are_read_apart_are_no_headings(values_apart):
    """The rows' points read after every row's words on the page still end those rows: "２ 弓部大動脈" …
    are rows of the schedule, as are "１ 上行大動脈" over its priced イ/ロ, and "１ 経皮的…" and "２ …" round the
    note under the first (a note is no wrapped words of the row over it)."""
    titles = [norm(h["title"]) for h in read_csv(values_apart / "headings.csv")]
    for _, words, _, _ in sc.APART[2] + sc.APART_NOTED[2]:
        assert norm(words) not in titles, titles
