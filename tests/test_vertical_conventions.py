"""The conventions of tests/vertical_conventions.py: pages set vertically (縦書き)."""
from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

import vertical_conventions as vc
from conftest import read_csv
from extractors.cover import read_cover
from extractors.layout import read_pdf
from pipeline.reading import open_document
from letters import accounting
from pipeline.cli import main
from real_truth import norm


def _extract(pdf: Path) -> Path:
    assert main(["extract", str(pdf), "--out", str(pdf.parent / "out"), "-q"]) == 0
    return pdf.parent / "out" / "documents" / pdf.stem


@pytest.mark.parametrize("by_glyph", [False, True])
def test_a_page_set_vertically_is_read_column_by_column_from_the_right(tmp_path, by_glyph):
    """A page whose lines are written down the page (a font in vertical mode: MuPDF gives a line per
    glyph, written down; or its glyphs set one by one below each other in a font set across: a line
    per glyph, set across) is read turned a quarter: each column one line, its glyphs in reading
    order, the columns from the right; the digits set across inside a column (縦中横) read in their
    place; the page number set across at the foot a line of its own. Every letter lands in a line."""
    pdf = vc.build_vertical_rules(tmp_path / "bill.pdf", by_glyph)
    page = read_pdf(str(pdf)).pages[0]
    assert page.turned and (page.width, page.height) == (842, 595)   # turned: the page's height across
    texts = [ln.text for ln in page.lines]
    assert texts[:4] == ["図書館法", "第一章　総則", "（目的）", "第一条　" + vc._TEXT[0]]
    assert texts[-2:] == [vc.HEAD + vc.DIGITS + vc.TAIL, "- 1 -"]
    assert [ln.y0 for ln in page.lines[:-1]] == sorted(ln.y0 for ln in page.lines[:-1])   # rows down the frame
    assert all(ln.x1 - ln.x0 > ln.y1 - ln.y0 for ln in page.lines[1:-1])   # each column a row across
    letters = sorted(c for c in pymupdf.open(pdf)[0].get_text() if not c.isspace())
    assert sorted(c for ln in page.lines for c in ln.text if not c.isspace()) == letters


@pytest.mark.parametrize("by_glyph", [False, True])
def test_a_bill_set_vertically_has_its_headings_and_paragraphs(tmp_path, by_glyph):
    """Read turned, a bill set vertically is read as one set across: 第一章 over the articles, each
    article headed by its caption （目的） above its number, its text wrapped over columns one
    paragraph; 附則 closes the main text; the page number at the page's foot is furniture."""
    pdf = vc.build_vertical_rules(tmp_path / "bill.pdf", by_glyph)
    out = _extract(pdf)
    headings = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert headings == [(d, norm(label), norm(title)) for d, label, title in vc.RULES]
    paragraphs = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert paragraphs[0] == norm(vc.PARAGRAPHS[0]) and paragraphs[-1] == norm(vc.PARAGRAPHS[-1])
    assert len(paragraphs) == 5 and norm(vc.SECOND[2:]) in paragraphs[1]
    assert [(f["kind"], f["text"]) for f in read_csv(out / "furniture.csv")] == [("page_number", "- 1 -")]
    coverage, surplus = accounting([pdf], out)
    assert coverage >= 0.99 and surplus <= 0.01, (coverage, surplus)


@pytest.mark.parametrize("by_glyph", [False, True])
def test_a_horizontal_page_with_a_label_written_down_is_read_as_it_is(tmp_path, by_glyph):
    """A page set across with a few glyphs written down (a table's header cell, a stamp; in a font in
    vertical mode or glyph by glyph) is no page set vertically: it is read as shown, not turned."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    if not by_glyph:
        page.insert_font(fontname="japan-s", wmode=1)
    for k in range(6):
        page.insert_text((72, 100 + 20 * k), vc._TEXT[0][:40], fontname="china-s", fontsize=10.5)
    vc._set(page, 45, "区分", 4, 10.5, by_glyph)
    doc.save(tmp_path / "across.pdf")
    read = read_pdf(str(tmp_path / "across.pdf")).pages[0]
    assert not read.turned and (read.width, read.height) == (595, 842)
    assert [ln.text for ln in read.lines if ln.x0 < 60] == ["区", "分"]   # as MuPDF reads them


def test_a_speech_set_vertically_has_its_bracketed_sections_kanji_page_numbers_and_date(tmp_path):
    """A minister's speech as Word sets it vertically, glyph by glyph: its cover's title and date (in kanji:
    令和二年四月二十七日) are the document's; each section's title wholly in brackets, bold by fill-and-stroke on
    a column of its own after an empty one, over a paragraph opened one character down, is a heading (its
    brackets kept); the page numbers in kanji (一, 二) set across at the page's foot are furniture."""
    out = _extract(vc.build_vertical_speech(tmp_path / "speech.pdf"))
    assert [(h["level"], h["label"], norm(h["title"])) for h in read_csv(out / "headings.csv")] == \
        [("1", "", norm(s)) for s in vc.SECTIONS]
    assert [(f["page"], f["kind"], f["text"]) for f in read_csv(out / "furniture.csv")] == \
        [("2", "page_number", "一"), ("3", "page_number", "二")]
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (doc["title"], doc["date"]) == (vc.SPEECH_TITLE, "2020-04-27")
    under = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv") if p["heading_seq"] == "1"]
    # each paragraph opened one character down (字下げ), its layer writing no space and no blank line: read by
    # position (paragraphs._positioned_break), two paragraphs, as the paper sets them
    assert under == [norm(vc.PARAGRAPH[0]), norm(vc.PARAGRAPH[1])]


@pytest.mark.parametrize("by_glyph", [False, True])
def test_a_block_written_the_other_way_is_read_in_its_own_direction(tmp_path, by_glyph):
    """縦書き is decided per block, not per page. On a page set across, a 縦書き box (columns written down in
    a font in vertical mode, level with each other at a column's pitch) is one line: its columns from the
    right, each top to bottom, not a glyph to a line; a column alone (a header cell written down, 区分) stays
    as MuPDF reads it, and the running text as it is. On a page set vertically, a table set across keeps
    each row a line of its own, its letters in their order, the rows in theirs."""
    pdf = vc.build_mixed_blocks(tmp_path / "mixed.pdf", by_glyph)
    across, down = read_pdf(str(pdf)).pages
    assert not across.turned and down.turned
    texts = [ln.text for ln in across.lines]
    assert "".join(vc.BOX) in texts and texts.count(vc._TEXT[0][:22]) == 20
    assert [ln.text for ln in across.lines if ln.x0 < 60] == ["区", "分"]
    assert [ln.text for ln in down.lines if ln.text in vc.TABLE] == vc.TABLE
    out = _extract(pdf)
    md = norm((out / "document.md").read_text(encoding="utf-8"))
    assert norm("".join(vc.BOX)) in md and norm("".join(vc.TABLE)) in md
    letters = sorted(c for page in pymupdf.open(pdf) for c in page.get_text() if not c.isspace())
    assert sorted(c for page in read_pdf(str(pdf)).pages for ln in page.lines for c in ln.text if not c.isspace()) == letters


def test_a_rule_set_as_type_across_the_letters_is_a_rule_not_text(tmp_path):
    """Convention (官報; a typesetting system's line font, 罫 characters): one mark repeated in a line
    written across the page's letters, over most of the page, is the rule between two columns: it
    leaves the text and stands as a rule there; a leader's dots alone on a line run along the
    letters and stay text."""
    pdf = vc.build_typed_rule(tmp_path / "gazette.pdf")
    page = read_pdf(str(pdf)).pages[0]
    assert not any(vc.RULE_MARK in ln.text for ln in page.lines)
    assert any(abs(r.x0 - r.x1) < 1 and r.y1 - r.y0 > 400 and 420 < r.x0 < 440 for r in page.rules)
    assert any(ln.text == vc.LEADER for ln in page.lines)
    out = _extract(pdf)
    text = (out / "document.md").read_text(encoding="utf-8")
    assert vc.RULE_MARK not in text and text.index("左の段の24行目") < text.index("右の段の1行目")


def test_a_strip_written_down_the_side_margin_is_a_running_header(tmp_path):
    """Convention (官報): a page set across carries a strip written down its side margin (the issue, the
    paper's name, the date), pieces on one axis outside the text block over most of the page's
    height: a running header, never a heading nor the text's."""
    pdf = vc.build_margin_strip(tmp_path / "gazette.pdf")
    out = _extract(pdf)
    furniture = [(f["page"], f["kind"], norm(f["text"])) for f in read_csv(out / "furniture.csv")]
    assert furniture == [(str(p), "running_header", norm("".join(vc.STRIP))) for p in (1, 2)]
    text = norm((out / "document.md").read_text(encoding="utf-8"))
    assert not any(norm(piece) in text for piece in vc.STRIP)
    assert not read_csv(out / "headings.csv")


def test_columns_set_flush_against_their_rule_stay_apart(tmp_path):
    """Convention (官報, text justified to the column's edge): a line whose last glyph's box reaches the
    column rule stands beside it, not across; the rule parts the columns, and a piece of the next
    column on the row (its baseline a little off: another grid) never joins the line before it."""
    pdf = vc.build_flush_columns(tmp_path / "gazette.pdf")
    out = _extract(pdf)
    text = (out / "document.md").read_text(encoding="utf-8")
    assert norm(vc.FLUSH_LEFT + vc.FLUSH_RIGHT) not in norm(text)
    assert [norm(h["label"]) + norm(h["title"]) for h in read_csv(out / "headings.csv")] == [norm(vc.FLUSH_RIGHT)]


def test_a_gazette_edition_is_titled_by_its_name_under_the_masthead(tmp_path):
    """Convention (官報's first page): the cover is read in the columns its rules draw and without the
    strip down its margin; the edition's name is the title — the publisher's row over it (発行　内閣府)
    is the issuer's, the contents' 目　次 under it is a part of the document —, dated by the notice."""
    pdf = vc.build_gazette_cover(tmp_path / "gazette.pdf")
    cover = read_cover(open_document(str(pdf)))
    assert (norm(cover.title), cover.date) == (vc.EDITION, "2025-07-03")
