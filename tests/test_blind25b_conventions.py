"""blind25b (tests/blind25b_conventions.py): a band filled mostly off the page (a clipped tab's fill) frames no figure;
a chapter tab's pieces on its axis are the tab's, its digit no margin line number; a table's run goes on under the lines
printed over it again, the list's title over its first page only; a date labelled 掲載日 over the title dates the
paper."""
from __future__ import annotations

import json

import blind25b_conventions as bc
from conftest import extract_document as _extract, read_csv, table_shapes
from real_truth import norm


def test_a_band_filled_mostly_off_the_page_frames_no_figure(tmp_path):
    """A tab's grey band filled from mid-page to far past the edge (clipped to the tab's sliver) and a sheet clipped away
    whole: on main the band read as a panel and, with the sheet's slanted sides, as a diagram over the page's top —
    every line in it a figure's words (the section's disc a box the band's arrow-like sheet joins), so the
    chapter, its section and （1）…（3） gave no heading (layout._off_the_page)."""
    out = _extract(bc.build_clipped_tab_page(tmp_path / "chapter.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    want = [(1, norm(bc.CHAPTER[0]), norm(bc.CHAPTER[1])), (2, norm(bc.SECTION[0]), norm(bc.SECTION[1]))] \
        + [(3, norm(label), norm(title)) for label, title in bc.ITEMS]
    assert got == want, got


def test_a_chapter_tabs_pieces_on_its_axis_are_the_tab_and_its_digit_no_line_number(tmp_path):
    """第/3/部 a little over the part's name written down the edge, the year's 6 among its rows: on main the 3 and the 6
    with the page number read as margin line numbers (3-224) and 第, 部, 令, 和 stayed in the text; the tab is one
    thumb index now, each page numbered (furniture._tab_rows)."""
    out = _extract(bc.build_tabbed_spread(tmp_path / "spread.pdf"))
    furniture = read_csv(out / "furniture.csv")
    tabs = [(int(f["page"]), norm(f["text"])) for f in furniture if f["kind"] == "thumb_index"]
    assert tabs == [(n, norm(bc.PART_TAB if n % 2 else bc.CHAPTER_TAB)) for n in range(1, 5)], tabs
    numbers = [(int(f["page"]), f["text"]) for f in furniture if f["kind"] in ("page_number", "line_numbers")]
    assert numbers == [(n, str(bc.FIRST_PAGE_NUMBER + n - 1)) for n in range(1, 5)], numbers


def test_a_tables_run_goes_on_under_its_label_the_lists_title_over_its_first_page_only(tmp_path):
    """The office's name and 最終更新日 printed over the table on both pages, the list's title over the first only: on
    main the second page's fragment stood alone — the lines over it were not all that stood over the first
    (ruled_tables._titled_again)."""
    out = _extract(bc.build_listed_cases(tmp_path / "cases.pdf"))
    assert table_shapes(out) == [(1 + len(bc._CASES), 6, norm(bc.HEADER[0]))], table_shapes(out)


def test_a_date_labelled_as_posted_over_the_title_dates_the_paper(tmp_path):
    """掲載日：令和元年8月30日 under the bureau's name at the cover's top right, the title lower, no date under it: on main
    the paper was undated (cover._dates_over_title)."""
    out = _extract(bc.build_posted_list_cover(tmp_path / "list.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"]) == (norm(bc.POSTED_TITLE), bc.POSTED_DATE), doc


def test_a_sheet_drawn_mostly_off_the_page_is_no_figures_arrow(tmp_path):
    """The left tab's band (on the page for the most part, clipped to the tab) and a slanted sheet drawn almost wholly
    past the edge: on main the sheet read as an arrow joining the band and the tab's ground — a diagram over the
    column beside the tab, its items a figure's words (layout._off_the_page, asked of the figure shapes too)."""
    out = _extract(bc.build_left_tab_page(tmp_path / "left.pdf"))
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(norm(label), norm(title)) for label, title in bc.ITEMS_LEFT], got


def test_a_part_dividers_list_of_its_chapters_holds_no_heading(tmp_path):
    """第１章 alone over 例示技術の研究, 第２章 over 例示の予防, 第３章 over 例示の保全 under the part's title: on main each label and
    each name was a heading of the divider (headings._listed_divisions)."""
    out = _extract(bc.build_part_divider(tmp_path / "part.pdf"))
    got = [(int(h["page"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    listed = {norm(t) for pair in bc.LISTED for t in pair}
    assert not [h for h in got if h[0] == 1 and (h[2] in listed or h[1] + h[2] in listed)], got
    want = [(2, norm(bc.CHAPTER[0]), norm(bc.CHAPTER[1]))] + [(2, norm(label), norm(title)) for label, title in bc.ITEMS]
    assert [h for h in got if h[0] == 2] == want, got


def test_a_boxed_section_number_and_its_title_a_size_smaller_beside_it_are_one_heading(tmp_path):
    """2-1 in a box of its own at a band's head, 10.6 pt, 地震に関する調査研究 beside it in 9.9 pt: on main two pieces —
    the number alone no heading, the items under the band nested in 2 (page_flow._in_labels_type)."""
    out = _extract(bc.build_boxed_sections(tmp_path / "boxed.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    top = got[:3]
    assert top == [(1, norm(bc.CHAPTER[0]), norm(bc.CHAPTER[1])), (2, norm(bc.BOXED_SECTION[0]), norm(bc.BOXED_SECTION[1])),
                   (3, norm(bc.BOX[0]), norm(bc.BOX[1]))], got
    assert [(lv, lab) for lv, lab, _ in got[3:]] == [(4, norm(label)) for label, _ in bc.BOXED_ITEMS], got


def test_a_spreadsheets_printed_pages_are_no_slide_deck(tmp_path):
    """Landscape pages, each the list's title at the top over an office's ruled table of cases: on main a slide deck —
    each page's top line its slide's title, a heading (typography._sheet); no heading now."""
    out = _extract(bc.build_printed_sheets(tmp_path / "sheets.pdf"))
    assert read_csv(out / "headings.csv") == [], read_csv(out / "headings.csv")
    assert len(table_shapes(out)) == len(bc.OFFICES), table_shapes(out)
