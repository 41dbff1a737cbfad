"""White papers and discussion papers (tests/white_paper_conventions.py), each document against
the truth written beside its builder."""
from __future__ import annotations


import pytest

import white_paper_conventions as wp
from conftest import read_csv, extract_document as _extract
from real_truth import norm


@pytest.mark.parametrize("build", [wp.build_tabbed_chapter, wp.build_tabbed_emblem])
def test_a_chapter_tab_is_furniture_and_a_hung_title_runs_on(tmp_path, build):
    """第/３/章 set one character to a row at the right edge of every other page is a chapter
    tab (thumb_index), never text: it does not push the running text's right edge, so the
    numbered points' titles wrap; the long one runs on over all its rows hung at the title's
    start, clear of its label （２）. Convention: a tab's rows stand on one axis (their middles
    meet): its number set larger, its left edge out of line with 第 and 章, is a row of it still."""
    out = _extract(build(tmp_path / "tabbed.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in wp.TABBED]
    tabs = [(f["page"], f["text"]) for f in read_csv(out / "furniture.csv") if f["kind"] == "thumb_index"]
    assert tabs == [("3", wp.TAB), ("5", wp.TAB)]
    paragraphs = "".join(p["text"] for p in read_csv(out / "paragraphs.csv"))
    assert "第" not in paragraphs and "章" not in paragraphs


def test_quoted_provisions_are_no_headings_and_a_heading_at_a_page_foot(tmp_path):
    """An article of a draft bill quoted in a paper: （２）…場合、 breaking off at a comma over its
    items, （３）（略）, and （４）, a sentence whose third row ends short where a Latin word did not
    fit, are no headings; ２． left alone at the foot of a page heads the text at the top of the
    next; （１）ＩＰＡへの… opens with an abbreviation and への, a title, not a sentence; a flow
    figure's step numbers read as one line, 5-35-4, hold no letter: no heading; （カ）, one row to
    the edge right above （キ）, is an item of their list."""
    out = _extract(wp.build_quoted_provisions(tmp_path / "quoted.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in wp.QUOTED]


def test_labels_printed_as_pictures(tmp_path):
    """1) 2) 3) printed as small pictures right before their Gothic titles (the text layer holds
    the titles only) are read as the labels they print; a figure's picture beside the text is none."""
    out = _extract(wp.build_picture_labels(tmp_path / "pictured.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in wp.PICTURED]


def test_a_chapter_label_set_as_an_emblem_is_titled_by_the_rows_beside_it(tmp_path):
    """第４章 alone on its line, set large in an emblem, with the chapter's title in two rows to its right within
    its height, heads the chapter: label 第４章, title both rows; 第１節 nests under it."""
    out = _extract(wp.build_chapter_emblem(tmp_path / "emblem.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in wp.EMBLEM]
