"""below26 (tests/below26_conventions.py): a manual's last line, a date closed by 改訂, dates the paper."""
from __future__ import annotations

import json

import below26_conventions as bc
from conftest import extract_document as _extract, read_csv
from real_truth import norm


def test_a_revision_line_closing_the_text_dates_the_paper(tmp_path):
    """2023年10月27日改訂 flush right after the last page's text, no date on the first: the revision the paper is
    (cover_row._made_on, read by cover.closing_date) — on main no date."""
    out = _extract(bc.build_revised_manual(tmp_path / "manual.pdf"))
    meta = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert meta["date"] == "2023-10-27", meta["date"]


def test_a_date_closing_the_text_with_no_revision_word_dates_nothing(tmp_path):
    """The same line without 改訂 (a bare date, no signer under it) dates nothing, as before."""
    out = _extract(bc.build_revised_manual(tmp_path / "manual.pdf", last="2023年10月27日"))
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
