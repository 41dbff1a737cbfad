"""unify18 (tests/unify18_conventions.py): the cover's date as printed is the one its reader read with the date,
never looked for again by its value among the rows."""
from __future__ import annotations

import json

import unify18_conventions as uc
from conftest import extract_document as _extract
from real_truth import norm


def test_the_date_as_printed_is_the_row_the_date_was_read_from(tmp_path):
    """The plan prints its date over the title ((2026.6.11 公表)) and under it (令和８年６月１１日): the date row under
    the title dates it, and its printed form is that row's — not the first row printing a date of that value."""
    out = _extract(uc.build_twice_dated_plan(tmp_path / "plan.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(uc.TITLE)
    assert (doc["date"], norm(doc["date_as_printed"])) == ("2026-06-11", norm(uc.DATE))


def test_each_date_reader_hands_on_its_match(tmp_path):
    """The reader's record (cover.Dated) holds the ISO form, the text as printed and the row it stands on."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    cover = read_cover(open_document(str(uc.build_twice_dated_plan(tmp_path / "plan.pdf"))))
    printed = cover.dated_by.printed
    assert (printed.iso, norm(printed.as_printed), norm(printed.row.text)) == ("2026-06-11", norm(uc.DATE), norm(uc.DATE))
    assert cover.date_as_printed == printed.as_printed


def test_the_title_rows_are_out_of_the_text_by_where_they_stand(tmp_path):
    """A first page in body type: the issuer's row, the title's row closing with its date ((May 4, 2020)) and a note
    (Summary), one paragraph. The cover hands on the boxes of the title's row (Cover.title_at): the paragraph keeps
    the issuer and the note, not the title — on main, which looked for the title's words in the paragraphs, the
    title stayed in the text (the paragraph was no title alone, nor opened with it)."""
    import english15_conventions as ec
    from conftest import read_csv
    out = _extract(ec.build_english_paper(tmp_path / "en.pdf", measures=False))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    body = " ".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert norm(doc["title"]) == norm(ec.TITLE)
    assert norm(ec.TITLE) not in body and norm(ec.ISSUER) in body


def test_a_line_is_on_the_cover_by_its_spans_boxes():
    """on_the_cover: each visible span's middle inside one of the cover's pieces' boxes, on the first page only."""
    from extractors.paragraphs import on_the_cover
    from extractors.records import Line, Span, TextLine

    def line(page: int, x0: float, x1: float) -> TextLine:
        src = Line(page, [Span("表題", "F", 12, x0, 100, x1, 112, 110, ())], x0, 100, x1, 112)
        return TextLine(page, x0, 100, x1, 112, 12, "F", "表題", "表題", src)
    at = ((50.0, 98.0, 200.0, 114.0),)
    assert on_the_cover(line(1, 60, 120), at)
    assert not on_the_cover(line(2, 60, 120), at)
    assert not on_the_cover(line(1, 180, 260), at)
