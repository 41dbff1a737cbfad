"""A council's scanned 意見書 and a 新旧対照表 whose lists Word breaks across pages
(tests/newdocsB16_conventions.py), against the truth beside their builders: an ideograph the OCR boxed a
quarter of a letter high is a speck (ocr_layer._speck), a scan's centred title within the scan's margin
(cover: CoverPage.ocr_centred), the attachment label that opens a paper's first page is its label
(furniture.stamps), and a row the page broke inside an indented list is one row (ruled_tables._goes_on_at_indent)."""
from __future__ import annotations

import json

import newdocsB16_conventions as nb
from conftest import read_csv, extract_document as _extract
from extractors.layout import read_pdf
from real_truth import norm, tables_of


def test_an_ideograph_the_ocr_boxed_far_shorter_than_a_letter_is_a_speck(tmp_path):
    """A kanji needs the letter's full height to be read: one boxed a quarter of a letter high alone in the
    margin is dirt the OCR read as one — out of the text (kept as the page's furniture), so the text's
    column ends where its lines end."""
    page = read_pdf(str(nb.build_opinion(tmp_path / "opinion.pdf"))).pages[0]
    assert page.ocr
    assert nb.SPECK in page.specks
    assert not any(ln.text.strip() == nb.SPECK for ln in page.lines)


def test_a_scanned_opinion_its_title_label_and_no_headings(tmp_path):
    """The title centred by the paper an em and a half off the text's axis is the title on a scan; the
    attachment label over it is the paper's label (doc_label), not text; the council's numbered demands run
    to the edge and on into their 。: sentences, no headings."""
    out = _extract(nb.build_opinion(tmp_path / "opinion.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"]) == (norm(nb.TITLE), "")
    assert not (out / "headings.csv").is_file() or read_csv(out / "headings.csv") == []
    furniture = read_csv(out / "furniture.csv")
    assert ("doc_label", norm(nb.LABEL)) in [(f["kind"], norm(f["text"])) for f in furniture]
    assert ("ocr_speck", nb.SPECK) in [(f["kind"], f["text"]) for f in furniture]
    body = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert not any(norm(nb.TITLE) in t or norm(nb.LABEL) in t for t in body)
    assert all(norm(n + "".join(lines)) in "".join(body) for n, lines in nb.DEMANDS)   # the demands stay text


def test_a_row_broken_inside_an_indented_list_is_one_row(tmp_path):
    """The list of names set in under its group's name goes on at the next page's top at the same indent
    in both columns: the page broke the row, it did not end it — header + one body row, the names of both
    pages in one cell per column."""
    out = _extract(nb.build_comparison(tmp_path / "comparison.pdf"))
    tables = tables_of(out)
    assert [(t["pages"], t["shape"], t["first_row"]) for t in tables] == [(("1", "2"), (2, 2), "改正後 | 改正前")]
    expected = norm("別表" + nb.GROUP + "".join(nb.NAMES) + nb.NEXT_GROUP + "ハロペリドール")
    assert tables[0]["last_first"] == expected
