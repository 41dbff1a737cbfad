"""A city's visitor-survey report (tests/newdocsA15_conventions.py): its schedule of survey dates, its
cross-references and its 【図表Ｎ】 captions, against the truth beside its builder."""
from __future__ import annotations

import json

import newdocsA15_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_schedule_cross_references_and_chart_captions_are_no_headings(tmp_path):
    """The survey report's headings are its Ⅰ．/（１） sections only: the ① … ③ survey dates listed
    on the cover are a schedule's entries, ＜（１）（２）参照＞ under a summary paragraph points to the
    detail sections, and 【図表１　性別構成】 captions a chart."""
    out = _extract(nc.build_survey_report(tmp_path / "survey.pdf"))
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    want = [(norm(label), norm(title)) for label, title in nc.HEADINGS]
    assert [g for g in got if g in want] == want
    assert not [g for g in got if "参照" in g[1] or "図表" in g[1] or "令和" in g[1]]


def test_a_listed_survey_date_is_not_the_papers_date(tmp_path):
    """The cover prints no date of its own (only the fiscal year in its title): the survey dates listed
    ① … ③ beside 調査日 date the survey, not the paper."""
    out = _extract(nc.build_survey_report(tmp_path / "survey.pdf"))
    meta = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(meta["title"]) == norm(nc.TITLE)
    assert meta["date"] == ""


def test_a_tab_over_a_box_captions_it_and_heads_the_slides_part(tmp_path):
    """On each slide, the bold white tab 金融行政上の課題 sitting on the shaded box of ○ text is the box's
    caption — the tab's row and the box's row are no table — and, as the tab 本事務年度の主な実績 over the
    slide's items at its left edge, a part of the slide under its title."""
    out = _extract(nc.build_tabbed_deck(tmp_path / "deck.pdf"))
    assert not (out / "tables.csv").is_file() or len(read_csv(out / "tables.csv")) == 0
    got = [(int(h["level"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    want = []
    for title in nc.DECK_TITLES:
        want += [(1, norm(title))] + [(2, norm(tab)) for tab in nc.TABS]
    assert got == want


def test_a_cover_whose_largest_row_is_its_date_is_dated_by_it(tmp_path):
    """The deck's cover draws its title (no text) and prints the date in its largest type: that row is the
    cover's date, never its title."""
    out = _extract(nc.build_tabbed_deck(tmp_path / "deck.pdf", title_drawn=True))
    meta = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert meta["date"] == "2023-06"
    assert "2023" not in meta["title"]


def test_section_boxes_head_the_numbered_sections_under_them(tmp_path):
    """分析の概要 in white on a short blue rounded box at the column's left edge, right before Ⅰ．… set in the
    same size on no box, heads them; 分析の詳細 heads （１）… alike."""
    out = _extract(nc.build_survey_report(tmp_path / "survey.pdf", boxes=True))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")
           if int(h["page"]) > 1]   # the sections' pages (the cover's labels aside)
    want = [(1, "", norm(nc.BOXES[0]))] + [(2, norm(lb), norm(t)) for lb, t in nc.HEADINGS[:2]] \
        + [(1, "", norm(nc.BOXES[1]))] + [(2, norm(lb), norm(t)) for lb, t in nc.HEADINGS[2:]]
    assert got == want
