"""A slide deck (tests/slide_conventions.py): each slide's title is its heading, nothing set
inside a slide is; notes are small beside the slide's own text. The same pages set upright are
no deck."""
from __future__ import annotations

import json

import pytest

import slide_conventions as sc
from conftest import read_csv, extract_document as _extract
from pipeline.reading import open_document
from extractors.page_flow import build_flow
from real_truth import norm


def test_slide_titles_are_the_decks_headings(tmp_path):
    """Every slide's title (centred in the band at its top, one shrunk to fit) is a heading at
    one level, on its slide; no bullet, labelled row or tab is."""
    out = _extract(sc.build_deck(tmp_path / "deck.pdf"))
    got = [(int(h["level"]), h["label"], norm(h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    assert got == [(1, "", norm(t), k + 2) for k, (t, _) in enumerate(sc.SLIDES)]


def test_a_slides_notes_are_small_beside_its_own_text(tmp_path):
    """The starred note at a slide's foot is the only note; rows of "1) …" set in 13 pt at the
    foot of a slide whose text is 13 pt are the slide's content (they stay in the text)."""
    out = _extract(sc.build_deck(tmp_path / "deck.pdf"))
    got = [(int(f["number"]), int(f["page"]), norm(f["text"])) for f in read_csv(out / "footnotes.csv")]
    assert got == [(sc.NOTE[0], sc.NOTE[1], norm(sc.NOTE[2]))]
    body = "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert all(norm(item) in body for _, item in sc.ROWS)


def test_upright_pages_are_no_deck(tmp_path):
    """The same slides set upright (portrait pages) are read as any document: no deck."""
    assert build_flow(open_document(str(sc.build_deck(tmp_path / "deck.pdf")))).deck
    assert not build_flow(open_document(str(sc.build_deck(tmp_path / "upright.pdf", portrait=True)))).deck


def test_framed_boxes_of_a_figure_are_no_table(tmp_path):
    """Two framed boxes side by side with a gap between them (a connector's stroke 2.3 pt off a
    box's side draws no side of a wider box), and shadowed boxes joined by a block arrow, are a
    figure: no table on either slide, and the boxes' words stay in the text."""
    out = _extract(sc.build_box_figure(tmp_path / "figure.pdf"))
    assert read_csv(out / "tables.csv") == []
    body = "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert all(norm(w) in body for w in [name for name, _ in sc.FIGURE_BOXES] + sc.SHADOWED)


@pytest.mark.parametrize("size,tab", [(sc.SECTION_SIZE, False), (sc.TITLE_SIZE - 4, False), (sc.SECTION_SIZE, True)])
def test_section_slides_part_the_deck(tmp_path, size, tab):
    """A section slide (its title alone in the middle, larger than the slides' titles) is a
    heading at the top; the slides after it nest under it, up to the next section slide, also
    when the divider is set smaller than the slides' titles (a divider's place, alone on its
    slide, makes it a part, not its size), and when the section's name is set vertically at the
    slide's edge as well (a tab: one glyph to a row, one word — the slide still holds two rows)."""
    out = _extract(sc.build_sectioned_deck(tmp_path / "sections.pdf", size, tab))
    got = [(int(h["level"]), norm(h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    want, page = [], 2
    for section, slides in sc.SECTIONS:
        want.append((1, norm(section), page))
        want += [(2, norm(t), page + 1 + k) for k, t in enumerate(slides)]
        page += 1 + len(slides)
    assert got == want


def test_a_decks_titles_in_its_band_are_headings_and_figure_labels_are_not(tmp_path):
    """A deck whose titles are mostly pictures across the band at the slide's top is a deck;
    its titles set as text in that band are its headings (one at the deck's body size over a
    table of smaller type), and the 35 pt labels of a figure's boxes, the largest text on their
    slides, are none."""
    pdf = sc.build_figured_deck(tmp_path / "figured.pdf")
    assert build_flow(open_document(str(pdf))).deck
    out = _extract(pdf)
    got = [norm(h["title"]) for h in read_csv(out / "headings.csv")]
    assert got == [norm(t) for t in sc.FIGURED_TITLES]


def test_a_cover_title_drawn_as_a_picture_that_no_text_names(tmp_path):
    """A deck's cover whose title is a picture, the PDF naming no title: no title is read (the
    agency and office set under the picture are no title), and those rows name the issuer."""
    out = _extract(sc.build_pictured_cover_deck(tmp_path / "pictured_cover.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert doc["title"] == ""
    assert norm(doc["issuer"]).startswith(norm(sc.COVER_ROWS[0]))
    assert [norm(h["title"]) for h in read_csv(out / "headings.csv")] == [norm(t) for t in sc.FIGURED_TITLES]


def test_a_letter_spaced_word_has_no_numeral_label(tmp_path):
    """一　般　会　計 set glyph by glyph at even steps is one word: no kanji numeral 一 labels 般会計
    (a label stands apart from a title set solid after it)."""
    flow = build_flow(open_document(str(sc.build_letter_spaced_title(tmp_path / "spaced.pdf"))))
    spaced = [i for i, it in enumerate(flow.items) if getattr(it, "text", "").replace(" ", "").startswith("一般会計")]
    assert spaced and all(flow.roles[i].numbering is None for i in spaced)


def test_each_half_of_a_spread_is_a_page_with_its_title(tmp_path):
    """A book exported by spreads (two pages side by side on each landscape sheet, a page number at
    the foot of each half, nothing across the middle) is read half by half: each half's title is a
    heading, the left half's first."""
    out = _extract(sc.build_spread_deck(tmp_path / "spreads.pdf"))
    got = [(norm(h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    assert got == [(norm(t), k + 2) for k, pair in enumerate(sc.SPREAD_TITLES) for t in pair]   # after the cover


def test_a_title_carried_over_consecutive_slides_heads_each_of_them(tmp_path):
    """A topic spread over three slides carries one title on each (「…の概要」 on slides 1–3):
    it is each slide's heading, no running header, though it repeats at the top of every page."""
    out = _extract(sc.build_parted_deck(tmp_path / "parted.pdf"))
    titles = [(int(h["level"]), int(h["page"])) for h in read_csv(out / "headings.csv") if norm(h["title"]) == norm(sc.PARTED_TITLE)]
    assert titles == [(1, 1), (1, 2), (1, 3)]
    assert not [f for f in read_csv(out / "furniture.csv") if f["kind"].startswith("running")]


def test_a_slides_parts_under_bands_nest_under_its_title(tmp_path):
    """A part's heading in bold on a tinted band across the slide (larger than the slide's text,
    smaller than its title) nests under the slide's title; the captions of two panels side by
    side (sharing their row, as a figure's boxes do), the table's cells and the text are none."""
    out = _extract(sc.build_parted_deck(tmp_path / "parted.pdf"))
    got = [(int(h["level"]), norm(h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    want = []
    for page in (1, 2, 3):
        want.append((1, norm(sc.PARTED_TITLE), page))
        want += [(2, norm(part), page) for part in sc.PARTS.get(page, [])]
    assert got == want


def test_a_table_tinted_in_bands_parted_by_white_lines_is_a_table(tmp_path):
    """A table tinted row by row (each row's tint across all its columns), its columns parted by
    white lines drawn over the tint, is read with its rows and columns; it is the only table."""
    out = _extract(sc.build_parted_deck(tmp_path / "parted.pdf"))
    cells = read_csv(out / "tables.csv")
    assert {c["table_id"] for c in cells} == {"1"} and {c["page_start"] for c in cells} == {"1"}
    rows = sc.WHITE_TABLE["rows"]
    assert max(int(c["row"]) for c in cells) == len(rows) and max(int(c["col"]) for c in cells) == len(rows[0])
    assert [norm(c["text"]) for c in cells if c["row"] == "1"] == [norm(t) for t in rows[0]]


def test_a_panel_titled_on_its_border_is_no_table(tmp_path):
    """A frame whose top side runs on under a white box holding the panel's caption (set across
    the side, as a tab) is a panel: the hidden stretch of the side divides no cell of the caption."""
    out = _extract(sc.build_parted_deck(tmp_path / "parted.pdf"))
    assert not [c for c in read_csv(out / "tables.csv") if c["page_start"] == "3"]


def test_a_subtitle_flush_under_a_slides_title_heads_its_part(tmp_path):
    """The line right under a slide's title, flush with it, set larger than the slide's text (no bold,
    no band: its size alone sets it apart) heads the slide's part, under the title; a lead sentence in
    that place (closing with 。) is none."""
    out = _extract(sc.build_subtitled_deck(tmp_path / "subtitled.pdf"))
    got = [(int(h["level"]), norm(h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    want = []
    for page, (title, subtitle) in enumerate(sc.SUBTITLED, 2):
        want += [(1, norm(title), page)] + ([(2, norm(subtitle), page)] if subtitle else [])
    assert got == want


def test_a_title_bands_second_line_heads_the_slides_part(tmp_path):
    """A title band of two centred lines in bold (the numbered section, repeated on each of its
    slides, over the slide's part: "(1)…", or a short unnumbered one): the part is a heading
    under the section, on its slide."""
    out = _extract(sc.build_banded_subtitle_deck(tmp_path / "banded.pdf"))
    got = [(int(h["level"]), norm(h["label"] + h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    parts = [(2, norm(p), k + 2) for k, p in enumerate(sc.SUB_PARTS)]
    assert (1, norm(sc.SUB_SECTION), 2) in got
    assert [g for g in got if g[0] == 2] == parts


def test_a_second_line_in_the_band_not_set_bold_is_no_part(tmp_path):
    """Without the bold the band's second line is not told from a lead message: no part heading."""
    out = _extract(sc.build_banded_subtitle_deck(tmp_path / "plain.pdf", bold=False))
    got = [norm(h["label"] + h["title"]) for h in read_csv(out / "headings.csv")]
    assert not any(norm(p) in got for p in sc.SUB_PARTS)


def test_budget_items_with_their_amounts_head_the_slide(tmp_path):
    """Bold numbered items with their amount flush right on their row nest under the slide's
    title by their labels (１． over （１）), on the next slide too, where one stands in the band;
    the amounts and the bullets are no headings."""
    out = _extract(sc.build_budget_slide(tmp_path / "budget.pdf"))
    got = [(int(h["level"]), norm(h["label"] + h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    items = [(level + 1, norm(label + title), 2 if k < 3 else 3) for k, (label, title, _, level) in enumerate(sc.BUDGET_ITEMS)]
    assert got[0] == (1, norm(sc.BUDGET_TITLE), 2)
    assert got[1:1 + len(items)] == items
    assert not any("億円" in g[1] for g in got)


def test_budget_items_without_figures_stay_slide_content(tmp_path):
    """The same bold numbered lines with no amount beside them are the slide's content (a deck's
    headings are its slides' titles)."""
    out = _extract(sc.build_budget_slide(tmp_path / "plain.pdf", figures=False))
    got = [norm(h["label"] + h["title"]) for h in read_csv(out / "headings.csv")]
    assert norm(sc.BUDGET_ITEMS[1][0] + sc.BUDGET_ITEMS[1][1]) not in got


def test_a_frame_split_by_floating_rules_is_one_table(tmp_path):
    """A framed account in two halves whose divider and header/total rules stop short of the frame
    and of each other (PowerPoint's floating-rule table) is one table, as a reader reads it — the
    lead's decision of session 16 (it was read as text set in columns before, no cell being closed):
    3 rows x 2 columns, 歳出 | 歳入 over the items with their amounts, 合計 | 合計 (rules_to_cells._floating_met)."""
    out = _extract(sc.build_budget_slide(tmp_path / "budget.pdf"))
    cells = read_csv(out / "tables.csv")
    assert {(c["table_id"], c["row"], c["col"]) for c in cells} == {("1", str(r), str(k)) for r in (1, 2, 3) for k in (1, 2)}
    assert [norm(c["text"]) for c in cells if c["row"] == "1"] == ["歳出", "歳入"]
    held = [norm(c["text"]) for c in cells]
    assert norm("２．国債整理基金特別会計へ繰入1,259") in held[2] and held[3].endswith("256,914")
