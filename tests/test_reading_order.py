"""Reading order on pages set in columns, and on pages that only look like it
(tests/two_columns.py): each page's text, read in flow order, is the text as a reader reads it."""
from __future__ import annotations

import pymupdf
import pytest
import regex

import two_columns as tc
from conftest import read_csv
from pipeline.reading import open_document
from extractors.page_flow import build_flow
from extractors.records import TextLine
from normalizers.text import fold_width
from pipeline.cli import main


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    return tc.build(tmp_path_factory.mktemp("columns") / "columns.pdf")


@pytest.fixture(scope="module")
def pages(pdf) -> dict[int, str]:
    flow = build_flow(open_document(str(pdf)))
    text: dict[int, str] = {}
    for it in flow.items:
        if isinstance(it, TextLine):
            text[it.page] = text.get(it.page, "") + " " + it.text
    return text


def _squeezed(text: str) -> str:
    return regex.sub(r"\s+", "", fold_width(text))


def test_columns_are_read_one_after_the_other(pages):
    want = "人工知能に関する報告" + "".join(label + title + "".join(ps) for label, title, ps in tc.SECTIONS)
    assert _squeezed(pages[1]) == _squeezed(want)


def test_terms_beside_their_explanations_are_no_columns(pages):
    assert _squeezed(pages[2]) == _squeezed("".join(term + text for term, text in tc.TERMS))


def test_english_columns(pages):
    assert regex.sub(r"\s+", " ", pages[3]).strip() == " ".join(tc.ENGLISH)


def test_headings_and_paragraphs_of_a_two_column_page(pdf, tmp_path):
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    out = tmp_path / "out/documents/columns"
    assert [(h["label"], h["title"]) for h in read_csv(out / "headings.csv")] == [("1.", "背景"), ("2.", "基本方針")]
    got = [_squeezed(p["text"]) for p in read_csv(out / "paragraphs.csv") if p["page"] == "1"]   # the title is document.json's
    want = [_squeezed(p) for p in tc.paragraphs()]
    assert got[:3] == want[:3] and got[3].startswith(want[3])   # the last runs on over the page break


def test_each_column_keeps_its_footnotes(pdf):
    flow = build_flow(open_document(str(pdf)))
    page = 4   # column_notes: the fourth page tests/two_columns.py builds
    assert [(f.number, f.text) for f in flow.footnotes if f.page == page] == [(n, fold_width(t)) for n, t in tc.NOTES]
    lines = [it.ref_text for it in flow.items if isinstance(it, TextLine) and it.page == page]
    assert _squeezed("".join(lines)) == _squeezed(tc.COLUMN_TEXT[0] + "[^1]" + tc.COLUMN_TEXT[1] + "[^2]")


def _unequal_columns(path) -> None:
    """A wide left column and a narrow right one under a line of running text set across both
    (a column's lead paragraph over the page, as a white paper's コラム sets it): the line's middle
    lies inside the left column's text, yet it reaches across the gutter."""
    doc = pymupdf.open()
    page = doc.new_page()
    text = "人工知能の技術は急速に進歩しており、社会のあらゆる分野での活用が期待されている。" * 4
    page.insert_text((60, 80), text[:44], fontname=tc.FONT, fontsize=tc.SIZE)   # across both columns
    for k in range(6):
        page.insert_text((60, 110 + 16 * k), text[26 * k:26 * k + 26], fontname=tc.FONT, fontsize=tc.SIZE)
        page.insert_text((360, 110 + 16 * k), text[14 * k + 3:14 * k + 17], fontname=tc.FONT, fontsize=tc.SIZE)
    doc.save(path)


def test_a_line_decides_its_column_once(tmp_path):
    """Convention (one place per decision): page_flow decides each line's column once
    (TextLine.column, reading_order.column_bounds: by its middle between the gutters, None where it
    reaches across one); its column's extent (Flow.bounds) and whether two lines level with each
    other stand across a gutter, no row (Flow.across_gutter: the headings' lone line on its row, the
    line roles' items side by side), are read from it. A line across both columns whose middle falls
    inside the wide left column's text is measured against the page, not the left column."""
    _unequal_columns(tmp_path / "unequal.pdf")
    flow = build_flow(open_document(str(tmp_path / "unequal.pdf")))
    lines = [it for it in flow.items if isinstance(it, TextLine) and not it.blank]
    across = next(t for t in lines if t.x1 - t.x0 > 400)
    assert across.column is None and flow.bounds(across) == (0.0, flow.right_edge[1])
    left = sorted((t for t in lines if t.column == 0), key=lambda t: t.y0)
    right = sorted((t for t in lines if t.column == 1), key=lambda t: t.y0)
    assert len(left) == len(right) == 6 and all(t.x0 < 100 for t in left) and all(t.x0 > 300 for t in right)
    assert flow.bounds(left[0]) != flow.bounds(right[0]) and flow.bounds(left[0])[1] > (across.x0 + across.x1) / 2
    assert flow.across_gutter(left[0], right[0]) and not flow.across_gutter(left[0], left[1])
    assert not flow.across_gutter(across, left[0])
    flow.deck = True   # a slide has no columns of running text: what stands level on it shares a row
    assert not flow.across_gutter(left[0], right[0])
