"""Conventions below23 reads in the documents under a bar (tests/below23_conventions.py)."""
from __future__ import annotations

import json

import below23_conventions as bc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_rows_blanks_written_as_a_piece_of_their_own_keep_its_amount_on_its_line(tmp_path):
    """The ○ rows whose typed spaces are written as a piece of blanks alone between the words and the amount head
    their paragraphs as the rows typed in one piece do, the amount a word of the title (page_flow._typed_blanks)."""
    out = _extract(bc.build_budget_overview(tmp_path / "overview.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(1, norm(bc.PART[0]), norm(bc.PART[1])), (2, norm(bc.SECTION[0]), norm(bc.SECTION[1]))] \
        + [(3, "○", norm(words + amount)) for words, amount, _ in bc.ITEMS]


def test_an_exam_booklets_cover_notes_head_nothing(tmp_path):
    """The booklet's cover — a row naming the booklet (入学試験問題) over the date, then 【注意】 and numbered notes, some
    wrapped — heads nothing: the questions on the pages after it are the booklet's headings (cover._booklet_cover,
    Cover.booklet)."""
    out = _extract(bc.build_exam_booklet(tmp_path / "booklet.pdf"))
    got = [(norm(h["label"] + h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    assert got == [(norm(q), k) for k, q in enumerate(bc.QUESTIONS, 2)]


def test_an_exam_booklets_title_is_the_row_naming_it_and_its_issuer_the_school(tmp_path):
    """Five rows in one display type over the date — more than a title's rows —: the row naming the booklet is the
    title (cover._booklet_named, _type_run); the school's row, which goes on with the department the booklet is for,
    names the issuer without it (normalizers.bodies._DEPARTMENT)."""
    out = _extract(bc.build_exam_booklet(tmp_path / "booklet.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (doc["title"], doc["date"], doc["issuer"]) == ("入学試験問題", "2021-01-29", "東京大学大学院学際情報学府")


def test_a_japanese_pages_parts_are_judged_against_its_own_face_not_the_english_pages(tmp_path):
    """The English page's Latin face is the body's (a face of no family); the Japanese page's running lines are all in
    one other font, so its lines are judged against that font: the parts (1) (2) … run in with their sentences are
    set apart by no typeface, no headings (typography._pages_in_other_fonts). On the English page, （a）Microprogram
    reads in its words' Latin face, its label's brackets no letters of the Japanese one (typography._japanese_letters):
    no heading. Each page's title heads it."""
    out = _extract(bc.build_bilingual_question(tmp_path / "question.pdf"))
    got = [(norm(h["label"] + h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    assert got == [(norm(t), k) for k, t in enumerate(bc.BILINGUAL_TITLES, 2)]


def test_a_japanese_pages_face_is_read_whatever_the_latin_listing_it_prints(tmp_path):
    """below24: the Japanese page prints a program's listing in the Latin face of the English pages (a face of no
    family, the body's kin): its letters are no other running text's, so the page is still set in its Japanese face
    (typography._pages_in_other_fonts counts the letters of faces with a family) and its parts head nothing."""
    out = _extract(bc.build_bilingual_question(tmp_path / "question.pdf", listing=True))
    got = [(norm(h["label"] + h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    assert got == [(norm(t), k) for k, t in enumerate(bc.BILINGUAL_TITLES, 2)]
