"""A review report's outline five levels deep (tests/newdocsA21_conventions.py): a decimal label of four numbers,
the capital R in the section's place (2.R.1.1), is the level under 2.R.1 — not the section 2. titled "R.1.1 …"."""
from __future__ import annotations

import pytest

import newdocsA21_conventions as nc
from conftest import read_csv, extract_document as _extract
from extractors.numbering import match_numbering
from real_truth import norm


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
