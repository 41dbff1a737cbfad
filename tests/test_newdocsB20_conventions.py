"""A review report's house style (tests/newdocsB20_conventions.py): a part's title centred in bold over its first
section, unnumbered, whose numbered outline opens on a later page; decimal labels with a capital in a number's place
(1.R, 1.R.1); a note's mark "1）" set as two small runs, the bracket no letter of the note's text."""
from __future__ import annotations

import pytest

import newdocsB20_conventions as nc
from conftest import read_csv, extract_document as _extract
from extractors.numbering import match_numbering
from real_truth import norm


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    return _extract(nc.build_review(tmp_path_factory.mktemp("review") / "review.pdf"))


def test_a_part_title_over_its_unnumbered_first_section_heads_the_part(review):
    """審査報告（1） centred in bold at the body's size opens its page over 申請品目 (bold, at the left) and the
    particulars; the numbered outline 1. … opens on the next page: the centred title heads a part — before, with no
    numbered heading under it on its page, it was left as body text — and 申請品目, its first section, is a sibling
    of 1. under it (before, 1. … nested under 申請品目)."""
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(review / "headings.csv")]
    assert got == [(level, norm(label), norm(title)) for level, label, title in nc.HEADINGS]


def test_a_capital_stands_for_a_number_in_a_decimal_label(review):
    """1.R 機構における審査の概略 and 1.R.1 … are headings of the decimal outline, 1.R.1 under 1.R — before, 1.R was
    read as "1." with the title "R機構…"."""
    got = {norm(h["label"]): (int(h["level"]), norm(h["title"])) for h in read_csv(review / "headings.csv")}
    assert got[norm("1.R")][1] == norm("機構における審査の概略")
    assert got[norm("1.R.1")][0] == got[norm("1.R")][0] + 1
    assert match_numbering("1.E+9 で")[2] == "1."   # a capital run on into figures stays no label


def test_a_note_mark_and_its_bracket_in_two_small_runs_open_the_note(review):
    """The note opens with "1" and "）" in two runs set small: the note is number 1 and its text starts at 解析 —
    before, the text began with the bracket."""
    notes = read_csv(review / "footnotes.csv")
    assert [(n["number"], norm(n["text"])[:10]) for n in notes] == [("1", norm(nc.NOTE)[:10])]
