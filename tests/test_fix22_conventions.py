"""Conventions fix22 reads in session 22's unseen documents under a bar (tests/fix22_conventions.py)."""
from __future__ import annotations

import fix22_conventions as fc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_decks_annex_labels_head_its_slides_and_nest_its_parts(tmp_path):
    """別添1. opening a slide's title is the annex's label; 別添1 A. a part of that annex, one level under it, up to
    the next annex's slide (別添2.); a part's long title set smaller to fit its band still nests (numbering.ANNEX_SLIDE,
    deck_headings._annex_candidate)."""
    out = _extract(fc.build_annex_deck(tmp_path / "annexes.pdf"))
    got = [(int(h["level"]), h["label"], norm(h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    assert got == [(depth, label, norm(title), k + 2) for k, (depth, label, title, _) in enumerate(fc.ANNEX_SLIDES)]


def test_a_lists_title_repeated_over_its_continued_table_heads_it_where_it_first_appears(tmp_path):
    """The list's title, printed again at the top of each page its table runs over, is a heading on its first page
    (at the top, beside the sheet's １) and a running head on the pages after it (furniture.continued_titles)."""
    out = _extract(fc.build_continued_list(tmp_path / "list.pdf"))
    got = [(int(h["level"]), norm(h["label"] + h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    assert got == [(1, norm("".join(fc.SHEET_HEADING)), 1), (1, norm(fc.LIST_TITLE), 2)]
    heads = [int(f["page"]) for f in read_csv(out / "furniture.csv") if f["kind"] == "running_header"]
    assert heads == [3, 4]


def test_a_title_repeated_over_running_text_stays_a_running_head(tmp_path):
    """The same title over running text (no table continued under it) is a running head on every page."""
    out = _extract(fc.build_continued_list(tmp_path / "text.pdf", over_table=False))
    assert norm(fc.LIST_TITLE) not in [norm(h["title"]) for h in read_csv(out / "headings.csv")]
    heads = [int(f["page"]) for f in read_csv(out / "furniture.csv") if f["kind"] == "running_header"]
    assert heads == [2, 3, 4]


def test_a_note_in_a_white_box_laid_over_a_lists_cells_divides_no_column(tmp_path):
    """A white box framed in black laid over the list's empty cells (the grid's rules drawn before it running through
    it) is a note over the table: its sides are no column edges (layout._laid_over_grid, _note_border)."""
    out = _extract(fc.build_noted_list(tmp_path / "noted.pdf"))
    cells = read_csv(out / "tables.csv")
    assert {c["table_id"] for c in cells} == {"1"}
    assert max(int(c["col"]) + int(c["colspan"]) - 1 for c in cells) == len(fc.NOTED_HEAD)


def test_a_title_flush_with_a_numbered_section_is_its_sibling_where_topics_stand_further_in(tmp_path):
    """１ and ２ in bold at the left, a topic in their type further in under １, a 【参考】 band in their type flush
    with ２: the band follows ２ as its sibling, the topic stays under １ (heading_levels._numbered_over_titles)."""
    out = _extract(fc.build_flush_band_sheet(tmp_path / "sheet.pdf"))
    got = [(int(h["level"]), norm(h["label"] + h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(depth, norm(text)) for depth, _, text in fc.FLUSH_SHEET]
