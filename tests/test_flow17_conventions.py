"""Paragraphs of a layer that places every line and writes no blank line nor leading space (a bill typed in
一太郎: tests/flow17_conventions.py): read by position, as an OCR layer's are (paragraphs._positioned_break,
page_flow.positioned_pages)."""
from __future__ import annotations

import json

import flow17_conventions as fc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def _paragraphs(tmp_path) -> list[str]:
    out = _extract(fc.build_bill(tmp_path / "bill.pdf"))
    return [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]


def test_a_preambles_paragraphs_part_where_a_line_stops_short_and_the_next_opens_set_in(tmp_path):
    """字下げ by position: each paragraph of the 前文 is one paragraph, not run into the next."""
    body = _paragraphs(tmp_path)
    assert all(norm("".join(para)) in body for para in fc.PREAMBLE)


def test_a_cover_blocks_lines_part_at_a_blank_lines_gap_and_where_a_line_is_set_in(tmp_path):
    """The day submitted, set in under the bill's name, and the mayor set flush right two lines under it (no
    line before reaches over it: the gap alone says it) are paragraphs of their own, none run into the 前文."""
    body = _paragraphs(tmp_path)
    assert norm(fc.SUBMITTED) in body and norm(fc.MAYOR) in body


def test_an_item_hung_under_its_label_runs_on(tmp_path):
    """The item's second line stands under the text after its label (１　原判決… / つき…), the first left
    open: one paragraph, though the block is narrower than the text and its first line stops short."""
    assert norm("".join(fc.ITEM)) in _paragraphs(tmp_path)


def test_a_title_set_on_two_rows_that_part_into_two_paragraphs_is_the_title_not_text(tmp_path):
    """The cover reads the two rows as one title; the two paragraphs they make between them are that title
    (Cover.title_at: the lines the cover read it from), not running text: document.json holds it, paragraphs.csv only the note."""
    out = _extract(fc.build_two_row_title(tmp_path / "sheet.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm("".join(fc.TITLE_ROWS))
    assert [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")] == [norm("".join(fc.NOTE))]


def test_a_slides_repeated_title_opens_a_paragraph_not_the_end_of_the_slide_befores(tmp_path):
    """A page break before a slide's title (LineRole.slide_title) is a paragraph break: the title repeated on
    the part's next slide runs into no paragraph of the slide before."""
    out = _extract(fc.build_deck_repeating_its_title(tmp_path / "deck.pdf"))
    body = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    title = norm(fc.DECK_TITLE)
    assert body and not any(t != title and title in t for t in body)
    assert norm(fc.DECK_ITEMS[0][1].split(" ", 1)[1]) in "".join(body)


def test_a_masthead_issue_number_under_its_huge_date_is_read_with_it(tmp_path):
    """The issue number set inside the box of the date printed huge over the third column (read across, a band
    of its own: reading_order._under_across) is read with the masthead, in no paragraph of the columns. (The cover
    reads the huge date's row, 20 No.1692, as the title here — no month numeral, no masthead date —: its lines are
    then document.json's title and in no paragraph, unify18; the issue number is held once either way.)"""
    out = _extract(fc.build_masthead_newsletter(tmp_path / "koho.pdf"))
    body = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    title = norm(json.loads((out / "document.json").read_text(encoding="utf-8"))["title"])
    holding = [t for t in body + [title] if norm(fc.ISSUE) in t]
    assert len(holding) == 1 and norm(fc.COLUMN_TEXT[:8]) not in holding[0]


def test_a_note_right_under_a_box_is_read_after_it_not_after_the_next_parts_head(tmp_path):
    """The note ※３ set right under the box it explains is read right after that box (reading_order._under_tables),
    before the head ＜属性＞ that stands beside the box's foot at the left: the note stays in the part above, and
    the head opens what follows."""
    from pipeline.reading import open_document
    from extractors.page_flow import build_flow
    flow = build_flow(open_document(str(fc.build_note_under_a_box(tmp_path / "sheet.pdf"))))
    texts = [norm(it.text) for it in flow.items if isinstance(getattr(it, "text", None), str)]
    note, head = texts.index(norm(fc.BOX_NOTE[0])), texts.index(norm(fc.PART_HEAD))
    assert note < head and texts[note + 1] == norm(fc.BOX_NOTE[1]), texts
