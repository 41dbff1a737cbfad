"""An entrance-examination booklet as pLaTeX sets it (tests/newdocsB18_conventions.py): its subjects centred in
the only Gothic at the kanji's scaled size are its headings; its questions closed by the academic full stop ．,
and a row of kerned punctuation read as one row, are none."""
from __future__ import annotations

import newdocsB18_conventions as nc
from conftest import read_csv, extract_document as _extract
from extractors.numbering import breaks_off, ends_with_full_stop, has_full_stop, kerned_marks
from real_truth import norm


def test_subjects_in_the_gothic_are_the_headings_and_questions_closed_by_the_full_stop_none(tmp_path):
    """ゴシック見出し at the kanji's size (11.5 pt beside 12 pt digits) are headings; １．…図示しなさい． (a
    question closed by ．) and （３）すべてに答えなさい． (the end of a row whose pieces overlap their commas' em
    boxes) are not."""
    out = _extract(nc.build_exam_booklet(tmp_path / "booklet.pdf"))
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [("", norm(s)) for s in nc.SUBJECTS]


def test_the_kerned_row_is_one_line(tmp_path):
    """The three pieces of 以下の（１），（２），（３）すべてに答えなさい． join: the text holds the row whole."""
    out = _extract(nc.build_exam_booklet(tmp_path / "booklet.pdf"))
    text = "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert norm("以下の（１），（２），（３）すべてに答えなさい．") in text


def test_the_full_stop_and_comma_of_academic_japanese():
    """． after a Japanese letter ends a sentence; after a digit or a kanji numeral it closes a label."""
    assert ends_with_full_stop("図示しなさい．") and ends_with_full_stop("図示しなさい.") and ends_with_full_stop("求めよ。")
    assert not ends_with_full_stop("１．") and not ends_with_full_stop("一．") and not ends_with_full_stop("Section 2.")
    assert has_full_stop("求めなさい．次に") and not has_full_stop("第1.2節 概要") and not has_full_stop("Society 5.0")
    assert breaks_off("定常状態における，") and breaks_off("定常状態における,") and not breaks_off("A, B,")
    assert kerned_marks("以下の（１），", "（２），") and kerned_marks("abc", "（２）") and not kerned_marks("abc", "def")


def test_an_english_statutes_captions_are_its_headings_not_its_numbered_provisions(tmp_path):
    """Short title … Excluded matters (bold captions) are the headings; 1. This Act may be cited … (a bold number
    opening the section's text, its row justified word by word, its sentence closing on the next row) and (2) Subject
    to … are sentences of the sections, no headings."""
    out = _extract(nc.build_statute(tmp_path / "statute.pdf"))
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [("", norm(c)) for c in nc.CAPTIONS]


def test_a_row_written_word_by_word_keeps_its_word_spaces(tmp_path):
    """The justified row set as one piece per word reads with a space between its words."""
    out = _extract(nc.build_statute(tmp_path / "statute.pdf"))
    text = " ".join(p["text"] for p in read_csv(out / "paragraphs.csv"))
    assert "the record shall be retained in the format in which it was in that form" in text


def test_an_arbortext_faces_weight_is_its_suffix():
    """3B2 / Arbortext APP names its faces AdvTT<hash> with .B (bold) and .I (italic) after it."""
    from extractors.layout import _font
    assert _font("FBDOIF+AdvTT2cba4af3.B")[1] and not _font("FBDOIH+AdvTTf90d833a.I")[1] \
        and not _font("FBDOIG+AdvTT5843c571")[1]


def test_english_sentences_and_clauses_that_lead_into_lists():
    from extractors.numbering import closes_a_sentence, english_sentence
    assert english_sentence("This Act may be cited as the Electronic Transactions Act.") and english_sentence("—(1) In this Act")
    assert not english_sentence("Enhancing after-school club programs, et al.") and not english_sentence("Purposes and construction")
    assert closes_a_sentence("the parties may —") and closes_a_sentence("to the following purposes:") \
        and not closes_a_sentence("Use of automated message systems")
