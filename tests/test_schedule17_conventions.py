"""A fee schedule's values read beside their rows (診療報酬点数表: each row's points flush right, level with the
row, on a page of many rows — the white between the rows' words and their points no gutter): built on
tests/schedule16_conventions.build_values_apart, whose text layer also writes every value after all the rows."""
from __future__ import annotations

import re

import pytest

import schedule16_conventions as sc
from conftest import extract_document, read_csv
from real_truth import norm


@pytest.fixture(scope="module")
def values_apart(tmp_path_factory):
    return extract_document(sc.build_values_apart(tmp_path_factory.mktemp("values17") / "values_apart.pdf"))


def _text(out) -> str:
    return "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))


def test_each_value_flush_right_is_read_right_after_its_rows_words(values_apart):
    """reading_order._values_beside_rows: a column of values alone, each level with a row to its left, is no
    column: every priced row reads its words then its points (イ … 114,510点 ロ …), not all rows then all values."""
    text = _text(values_apart)
    for label, words, points, _ in sc.APART[2] + sc.APART_NOTED[2]:
        if points:
            assert norm(label + words + points) in text, (label, words, points, text)
    assert norm(sc.APART_NEXT[1] + sc.APART_NEXT[2]) in text


def test_no_paragraph_is_a_run_of_values(values_apart):
    """No paragraph holds only values (the column of points read after the rows)."""
    for p in read_csv(values_apart / "paragraphs.csv"):
        assert not norm(p["text"]).replace("点", "").replace(",", "").isdigit(), p["text"]


def test_a_value_flush_right_under_words_that_fill_their_line_closes_that_row(tmp_path):
    """paragraphs._positioned_break: a line holding only a value (numbering.row_value) set flush right on the
    row under a row's words that fill their line is that row's value: no paragraph opens on it (it is no
    first line set in)."""
    import schedule17_conventions as s17

    out = extract_document(s17.build_values_under(tmp_path / "values_under.pdf"))
    paragraphs = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    text = "".join(paragraphs)
    for label, words, points, _ in s17.ROWS:
        assert norm(label + words + points) in text, (label, paragraphs)
    assert not any(re.match(r"[0-9,]+点", p) for p in paragraphs), paragraphs
