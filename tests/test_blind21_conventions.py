"""Two conventions met on real documents nobody had tuned for (tests/blind21_conventions.py): the senders of a
joint notice stacked over one seal each issue it (cover._over_seal), and a side note in the margin is no row of the
cover's title (cover._off_side_notes)."""
from __future__ import annotations

import json

import pytest

import blind21_conventions as bc
from conftest import extract_document as _extract
from real_truth import norm


@pytest.fixture(scope="module")
def notice(tmp_path_factory):
    return _extract(bc.build_joint_notice(tmp_path_factory.mktemp("joint") / "joint.pdf"))


@pytest.fixture(scope="module")
def chapter(tmp_path_factory):
    return _extract(bc.build_guideline_chapter(tmp_path_factory.mktemp("chapter") / "chapter.pdf"))


def _doc(out):
    return json.loads((out / "document.json").read_text(encoding="utf-8"))


def test_every_sender_stacked_over_one_seal_issues_the_notice(notice):
    """Five directors' offices one a row over a single （公印省略）: all five, in their order — before, only the row
    right over the seal (the last director) was read."""
    doc = _doc(notice)
    assert doc["issuer"] == "・".join(bc.SENDERS)
    assert norm(doc["title"]) == norm(bc.SUBJECT)


def test_a_side_note_between_the_titles_rows_is_no_row_of_it(chapter):
    """The chapter's title on two centred rows with a margin note (8 pt, behind a vertical rule) level with them: the
    title is both rows — before, the note's row read between them cut the title after its first row."""
    assert norm(_doc(chapter)["title"]) == norm("".join(bc.TITLE_ROWS))


@pytest.fixture(scope="module")
def schedule(tmp_path_factory):
    return _extract(bc.build_council_schedule(tmp_path_factory.mktemp("schedule") / "schedule.pdf"))


def test_a_title_over_its_table_is_no_cell_and_its_spaced_name_no_label(schedule):
    """The session line and the letter-spaced name over the ruled table are the title — before, the day cell
    12月11日 (set larger) was, and 一 般 質 問 日 程 表 was a heading labelled 一; "20 名" under the table is a count,
    no heading labelled 20; on p2 the session line again is the series line (headings._series_again) and
    一 般 質 問 通 告 書 opens with no label 一 (line_roles._label)."""
    from conftest import read_csv
    assert norm(_doc(schedule)["title"]) == norm(bc.SESSION + bc.SCHEDULE)
    assert [(h["label"], h["title"]) for h in read_csv(schedule / "headings.csv")] == []
