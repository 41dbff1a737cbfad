"""below26 (tests/below26_conventions.py): a manual's last line, a date closed by 改訂, dates the paper."""
from __future__ import annotations

import json

import below26_conventions as bc
from conftest import extract_document as _extract, read_csv
from real_truth import norm

from extractors.numbering import next_on_row
from extractors.records import Line, Span
from extractors.typography import _japanese_letters


def test_a_revision_line_closing_the_text_dates_the_paper(tmp_path):
    """2026年4月1日改訂 flush right after the last page's text, no date on the first: the revision the paper is
    (cover_row._made_on, read by cover.closing_date) — on main no date."""
    out = _extract(bc.build_revised_manual(tmp_path / "manual.pdf"))
    meta = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert meta["date"] == "2026-04-01", meta["date"]


def test_a_date_closing_the_text_with_no_revision_word_dates_nothing(tmp_path):
    """The same line without 改訂 (a bare date, no signer under it) dates nothing, as before."""
    out = _extract(bc.build_revised_manual(tmp_path / "manual.pdf", last="2026年4月1日"))
    meta = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert meta["date"] == "", meta["date"]


def _headings(out):
    return [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]


def test_portrait_slides_outlined_one_entry_a_page_are_a_deck(tmp_path):
    """Slides set up taller than wide, the PDF's outline one entry for each (typography.slides_outlined): a deck — its
    headings the slides' titles, the numbered steps none, the cover's title none though the last slide's title is set
    in its size (deck_headings._title_again) — on main no deck: the steps 1. / 2. read as chapters."""
    out = _extract(bc.build_portrait_deck(tmp_path / "deck.pdf"))
    assert _headings(out) == [(1, "", norm(t)) for t in bc.DECK_SLIDES], _headings(out)


def test_portrait_pages_without_the_outline_are_no_deck(tmp_path):
    """The same pages without the outline: no deck (taller than wide), the slides' titles read as before."""
    out = _extract(bc.build_portrait_deck(tmp_path / "deck.pdf", outlined=False))
    assert _headings(out) != [(1, "", norm(t)) for t in bc.DECK_SLIDES], _headings(out)



def test_a_line_set_word_by_word_is_read_in_the_face_of_most_of_its_letters():
    """(1) Write the function below, which returns …, each word a span (a TeX page's), one word
    in the typewriter face and the longest: the line's font is the face setting most of its letters (records.Line.font)
    — on main the longest span's, the typewriter face, so the part read as a heading in another face."""
    words = [("CMR10", w) for w in "(1) Write the function named".split()] + [("CMTT10", "count_leaves(t)")] \
        + [("CMR10", w) for w in "which returns the number of".split()]
    spans, x = [], 89.0
    for font, word in words:
        spans.append(Span(word, font, 12.0, x, 158.0, x + 6 * len(word), 170.0, 168.0, ()))
        x += 6 * len(word) + 4
    assert Line(1, spans, 89.0, 158.0, x, 170.0).font == "CMR10"


def test_a_formulas_symbol_is_no_letter_of_a_face():
    """≥ set in a symbol face among Latin words (… for every k ≥ 2, …) is no letter of that face
    (typography._japanese_letters), as punctuation is not; a kanji is."""
    assert (_japanese_letters("≥"), _japanese_letters("（a）"), _japanese_letters("例示")) == (0, 0, 2)


def test_two_lettered_calls_on_one_row_are_items_side_by_side():
    """(c) f(2);　(d) f(3); on one row: the next letter's label on the row (numbering.next_on_row), as ４．… ５．…"""
    assert next_on_row(("paren_letter", "item", "(c)", 'show(G(35, 8));   (d) show(G(72, 3));', True))
    assert not next_on_row(("paren_letter", "item", "(a)", "Interrupt (Cache memory)", True))
