"""A budget explanation's two-column page (tests/budget_conventions.py): its columns read one after
the other by the rule drawn between them, and its outline in the body's type read whole."""
from __future__ import annotations

import pytest

import budget_conventions as bc
from conftest import read_csv
from pipeline.reading import open_document
from extractors.page_flow import build_flow
from extractors.records import TextLine
from pipeline.cli import main
from real_truth import norm


def test_a_column_rule_parts_the_columns(tmp_path):
    """No line of the right column stands between two lines of the left one's paragraph, and the
    letter-spaced title over the rule's top is one line."""
    flow = build_flow(open_document(str(bc.build_ruled_columns(tmp_path / "ruled.pdf"))))
    lines = [it for it in flow.items if isinstance(it, TextLine) and not it.blank]
    sides = ["left" if ln.x1 <= bc.RULE_X else "right" if ln.x0 >= bc.RULE_X else "across" for ln in lines]
    assert sides[0] == "across" and norm(lines[0].text) == norm("（Ａ）歳出")
    first_right = sides.index("right")
    assert "left" not in sides[first_right:], [ln.text for ln in lines]


def test_a_budget_outline_in_body_type(tmp_path):
    """（1 ） (a space before the bracket's close) is （1）, （イ）（ロ） count in イロハ order, a title wrapped
    under its label runs on, and （1 ） ending the left column beside （2 ） opening the right one is no
    list of items side by side."""
    pdf = bc.build_ruled_columns(tmp_path / "budget.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(tmp_path / "out/documents/budget/headings.csv")]
    assert got == [(norm(label), norm(title)) for _, label, title in bc.HEADINGS]


def test_a_label_a_tab_apart_before_a_counter(tmp_path):
    """Convention: a number set a visible gap (a tab) apart from its title is a label even where the
    title opens with a counter kanji (1⇥次の段階…): 次 is a counter only run on its number (３次)."""
    pdf = bc.build_ruled_columns(tmp_path / "budget.pdf", tabbed=True)
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(tmp_path / "out/documents/budget/headings.csv")]
    assert got == [(norm(label), norm(title)) for _, label, title in bc.TABBED_HEADINGS]


@pytest.mark.parametrize("spread", bc.SPREADS)
def test_a_chapter_title_spread_to_a_width(tmp_path, spread):
    """Convention: one word per run of even spacing — a label set solid (第2) before a title whose
    letters are spread evenly far apart (一　般　会　計) is that label and its title, not one
    letter-spaced word with no label; a title's two letters spread across both columns (総 and 説 5
    ems apart, over the column rule's top) are one word of one line."""
    pdf = bc.build_ruled_columns(tmp_path / "budget.pdf", spread=spread)
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(tmp_path / "out/documents/budget/headings.csv")]
    assert got == [(norm(label), norm(title)) for _, label, title in bc.spread_headings(spread[0])]


def test_lists_of_amounts_do_not_make_the_body(tmp_path):
    """Short 9 pt entries that outnumber the 10 pt paragraphs' glyphs: the body is 10 pt, and the
    numbered sentences of the paragraphs are no headings."""
    pdf = bc.build_amount_lists(tmp_path / "amounts.pdf")
    assert build_flow(open_document(str(pdf))).body_size == bc.SIZE
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    assert not read_csv(tmp_path / "out/documents/amounts/headings.csv")


def test_a_citation_wrapped_inside_its_brackets(tmp_path):
    """Convention: a row run to the edge that leaves a bracket open (「財政法」（昭２２法) breaks off the
    bracketed remark, and the next row whose first bracket closes it (３４）第４条第１項…) goes on with it:
    ３４） is the statute's number, no label, though the row above was cut where 」（ is closed up."""
    pdf = bc.build_wrapped_citation(tmp_path / "cited.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(tmp_path / "out/documents/cited/headings.csv")]
    assert got == [(norm(label), norm(title)) for label, title in bc.CITATION_HEADINGS]
