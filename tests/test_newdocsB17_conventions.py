"""A budget book bound behind covers in display type (tests/newdocsB17_conventions.py): a title page holds no
running text, so the book's body is its cells' size and its section marks in that size head its sections; a part's
title page of two rows is one heading over them; its pages' numbers between horizontal bars are page numbers."""
from __future__ import annotations

import newdocsB17_conventions as bc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_title_pages_make_no_body_type(tmp_path):
    """The cover's row and the part's title page's two rows (20 pt) are the only lines of twelve letters or more:
    a title page's lines are no running text, so the book has none, and its body is the size its text is set in —
    the cells' 10 pt, not the covers' 20 pt (under which every line of the book was a small label)."""
    from pipeline.reading import open_document
    from extractors.page_flow import build_flow
    flow = build_flow(open_document(str(bc.build_bound_budget(tmp_path / "budget.pdf"))))
    assert abs(flow.body_size - 10.0) < 0.1, flow.body_size


def test_section_marks_head_under_the_part_s_title_page(tmp_path):
    """The part's title page names the part in both its rows — the fiscal year over the 説明書's name, 82 pt apart —:
    one heading, its second row no paragraph; the section marks 1.総括 and 2.歳入 in the cells' size head their
    sections under it."""
    out = _extract(bc.build_bound_budget(tmp_path / "budget.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(level, norm(label), norm(title)) for level, label, title in bc.HEADINGS], got
    assert not any(norm(bc.PART_ROWS[1]) in norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))


def test_a_number_between_horizontal_bars_is_the_page_s_number(tmp_path):
    """― 141 ― at a page's foot, the number between two horizontal bars (U+2015, as a budget system prints it), is
    the page's number — no running line, no heading, no paragraph."""
    out = _extract(bc.build_bound_budget(tmp_path / "budget.pdf"))
    numbers = {norm(f["text"]) for f in read_csv(out / "furniture.csv") if f["kind"] == "page_number"}
    assert numbers == {norm(n) for n in bc.PAGE_NUMBERS}, read_csv(out / "furniture.csv")
