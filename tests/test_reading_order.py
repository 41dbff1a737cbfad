"""Reading order on pages set in columns, and on pages that only look like it
(tests/two_columns.py): each page's text, read in flow order, is the text as a reader reads it."""
from __future__ import annotations

import pytest
import regex

import two_columns as tc
from conftest import read_csv
from extractors.layout import read_pdf
from extractors.page_flow import build_flow
from extractors.records import TextLine
from normalizers.text import fold_width
from pipeline.cli import main


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    return tc.build(tmp_path_factory.mktemp("columns") / "columns.pdf")


@pytest.fixture(scope="module")
def pages(pdf) -> dict[int, str]:
    flow = build_flow(read_pdf(str(pdf)))
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
    flow = build_flow(read_pdf(str(pdf)))
    page = 4   # column_notes: the fourth page tests/two_columns.py builds
    assert [(f.number, f.text) for f in flow.footnotes if f.page == page] == [(n, fold_width(t)) for n, t in tc.NOTES]
    lines = [it.ref_text for it in flow.items if isinstance(it, TextLine) and it.page == page]
    assert _squeezed("".join(lines)) == _squeezed(tc.COLUMN_TEXT[0] + "[^1]" + tc.COLUMN_TEXT[1] + "[^2]")
