"""An English 提言's cover and outline (tests/english15_conventions.py): the date closing the title's row, "(1)"
headings in the regular face over paragraphs flush with their label, and a list counted (i) … (vi)."""
from __future__ import annotations

import json

import english15_conventions as ec
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_bracketed_date_closing_the_title_row_dates_the_paper(tmp_path):
    """"… and Recommendations (May 4, 2020)" centred under the issuing body's row: the row is the title without its
    date, and the date is the document's; the narrower row over it (the body) is no part of the title."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    cover = read_cover(open_document(str(ec.build_english_paper(tmp_path / "en.pdf", measures=False))))
    assert (norm(cover.title), cover.date) == (norm(ec.TITLE), "2020-05-04")


def test_a_japanese_title_closing_with_its_date_in_brackets(tmp_path):
    """…提言（令和２年５月４日） on the title's row: the title without the date, dated 2020-05-04."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    cover = read_cover(open_document(str(ec.build_japanese_paper(tmp_path / "ja.pdf"))))
    assert (norm(cover.title), cover.date) == (norm(ec.JA_TITLE), "2020-05-04")


def test_english_paren_headings_over_paragraphs_flush_with_their_label(tmp_path):
    """"(1) How to determine …" in the regular face over a paragraph opening at the label's indent: a heading under
    its bold "1." (an English text opens its paragraphs at the margin); the measures (i) … (vi) under a lead-in are
    the items of one list — (i) followed by (ii) and (v) after (iv) count in roman numerals — no headings."""
    out = _extract(ec.build_english_paper(tmp_path / "en.pdf"))
    got = [(h["level"], h["label"], norm(h["title"])) for h in read_csv(out / "headings.csv")]
    depth = {"1.": "1", "2.": "1"}
    assert got == [(depth.get(label, "2"), label, norm(title)) for label, title, _ in ec.OUTLINE]
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"]) == (norm(ec.TITLE), "2020-05-04")


def test_a_roman_label_read_in_its_list():
    """(i), (v), (x) alone are letters; next to the roman numeral one over or under them they are roman."""
    from extractors.numbering import match_numbering, roman_in_its_list
    ii, iv, vi = (match_numbering(f"({n}) Text") for n in ("ii", "iv", "vi"))
    assert match_numbering("(i) Text")[0] == "paren_letter" and ii[0] == "paren_roman"
    assert roman_in_its_list("(i)", None, ii) and roman_in_its_list("(v)", iv, None) and roman_in_its_list("(v)", None, vi)
    assert not roman_in_its_list("(i)", None, match_numbering("(j) Text")) and not roman_in_its_list("(v)", ii, None)
    assert not roman_in_its_list("(a)", None, ii)
