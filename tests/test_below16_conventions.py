"""The title printed again atop a slide is no heading, a budget item's figure at its row's end is no word of its
title, and a deck's tabs in the slide's body size head their parts (tests/below16_conventions.py)."""
from __future__ import annotations

import below16_conventions as bc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def _headings(out) -> list[tuple[int, str, str, int]]:
    return [(int(h["level"]), norm(h["label"]), norm(h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]


def test_the_title_printed_again_atop_a_slide_is_no_heading(tmp_path):
    """Convention: the cover slide prints the title; the body's first slide prints it once more at its top, in a
    set of its own over two rows ("Second" where the cover wrote "second") — the title repeated, no heading, on
    either slide: Ⅰ and Ⅱ head the deck at its top level, 1. 2. 3. under Ⅰ."""
    got = _headings(_extract(bc.build_budget_deck(tmp_path / "budget.pdf")))
    assert not [h for h in got if "overview" in h[2].lower()]
    assert [(level, label) for level, label, _, _ in got] == [(1, norm("Ⅰ")), (2, "1."), (2, "2."), (2, "3."), (1, norm("Ⅱ"))]


def test_an_items_figure_closing_its_row_is_no_word_of_its_title(tmp_path):
    """Convention: "Ⅱ Transfer … Fund" and its amount ¥96.3bn are one text line, the amount after an em and a half
    of white: the amount is the item's figure — the title is the words, the figure the first paragraph under it,
    as the amount set on a row of its own under Ⅰ is."""
    out = _extract(bc.build_budget_deck(tmp_path / "budget.pdf"))
    last = _headings(out)[-1]
    assert last[:3] == (1, norm("Ⅱ"), norm(bc.PART2[1]))
    seq = len(_headings(out))
    under = [p["text"] for p in read_csv(out / "paragraphs.csv") if p["heading_seq"] == str(seq)]
    assert under[0] == bc.PART2[2]


def test_a_topics_title_repeated_over_its_slides_heads_each(tmp_path):
    """Counter-case: a deck that titles each slide in one type, one topic's title over three slides (the first
    slide's title also the document's), another title over the fourth — each repeat is a slide's title and heads
    it (the title printed again only where no other slide's title is set in its type)."""
    got = _headings(_extract(bc.build_topic_deck(tmp_path / "topic.pdf")))
    assert [(title, page) for _, _, title, page in got if page > 1] == \
        [(norm(bc.TOPIC), 2), (norm(bc.TOPIC), 3), (norm(bc.OTHER), 4)]


def test_tabs_in_the_slides_body_size_head_its_parts(tmp_path):
    """Convention: bold white tabs on blue boxes in the slide's own body size (14 pt, the ○ rows 14 pt too) head
    the parts under them; the same tab on the next slide, level with a chart's caption ＜…＞ in the slide's right
    half, heads its part there too (the chart's caption is no piece of the tab's row); a tab in the body size on
    a chart's frame, the chart's label in larger type under it, is the chart's caption, no heading."""
    got = _headings(_extract(bc.build_tab_deck(tmp_path / "tabs.pdf")))
    assert [(level, title) for level, _, title, _ in got] == [
        (1, norm(bc.DECK_TITLES[0])), (2, norm(bc.TABS[0])), (2, norm(bc.TABS[1])),
        (1, norm(bc.DECK_TITLES[1])), (2, norm(bc.TABS[1])), (1, norm(bc.DECK_TITLES[2]))]
    assert not [h for h in got if "損害保険" in h[2]]   # the tab on the chart's frame (slide 3) captions the chart
