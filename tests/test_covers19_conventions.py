"""covers19 (tests/covers19_conventions.py): pieces set beside the title are not the title; the heading stage takes
the title from where the cover read it (Cover.title_at, cover.printed_title), never by matching the cover's title
string."""
from __future__ import annotations

import covers19_conventions as cc
from conftest import extract_document as _extract, read_csv
from real_truth import norm


def test_a_heading_whose_words_open_the_title_is_a_heading(tmp_path):
    """The text's first part is headed by 北野村令和７年度予算, the opening words of the title set over it in display
    type. The cover read the title from the display row; the gothic line is a heading — on main, which matched the
    title's words (a first-page line holding most of the title's opening), it was taken for the title's first row."""
    import json
    out = _extract(cc.build_title_opening_a_heading(tmp_path / "budget.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    titles = [norm(h["title"]) for h in read_csv(out / "headings.csv")]
    assert norm(doc["title"]) == norm(cc.BUDGET_TITLE)
    assert titles == [norm(cc.BUDGET_PART), norm(cc.BUDGET_NEXT)], titles


def test_the_sums_set_beside_the_title_are_no_piece_of_it(tmp_path):
    """The slide's title in 24 pt with a box of sums far right of it in 14 and 10.5 pt: the title is the 24 pt piece
    alone (cover._side_pieces_apart) — on main the row's pieces were joined with ・ into the title."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    cover = read_cover(open_document(str(cc.build_slide_with_sums_beside(tmp_path / "slide.pdf"))))
    assert norm(cover.title) == norm(cc.SLIDE_TITLE), cover.title


def test_captions_side_by_side_are_no_title(tmp_path):
    """A leaflet's four panels, each captioned on its band, two side by side (leaflet14_conventions): the two
    captions on one row are items side by side (CoverRow.apart), no title — on main the cover joined them with ・
    into its title."""
    import leaflet14_conventions as l14
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    cover = read_cover(open_document(str(l14.build_region_captions(tmp_path / "panels.pdf"))))
    assert cover.title == "", cover.title


def test_an_edition_of_an_appendix_alone_holds_its_subtitle_once(tmp_path):
    """An edition whose one file is its appendix (別紙: title, subtitle ～…の取組一覧～, lists): the appendix keeps its
    subtitle as its paragraph, and the edition's cover — that file's — holds none (edition._edition_cover). On main
    document.json's subtitle and the first paragraph both held it."""
    import test_appendix_accounting as ta
    from pipeline.datasets import document
    from pipeline.edition import merge
    ed = merge([ta._part(ta._appendix(tmp_path / "bessi.pdf"))], "2099")
    subtitle = norm("～ＡＩ戦略２０９９の取組一覧～")
    held = [norm(str(v)) for v in document(ed).values() if isinstance(v, str)] + [norm(p.text) for p in ed.paragraphs]
    assert held.count(subtitle) == 1, held


def test_an_exam_booklet_is_titled_by_the_booklet_s_row(tmp_path):
    """The booklet's cover names the school, the examination and the booklet (令和２年度 専門科目 試験問題) in one type
    over its date and hours: the title is the booklet's row — main joined the three rows into the title."""
    import json
    out = _extract(cc.build_exam_booklet(tmp_path / "exam.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(cc.EXAM_ROWS[2]), doc["title"]
    assert doc["date"] == "2019-08-26"


def test_a_drawn_title_is_read_as_none_and_said(tmp_path):
    """A deck's cover whose title is drawn, its date in 18 pt under the agency's name in 14 pt in a corner: no title
    (never the agency's name promoted to it, as on main), and problems.csv says so (title_not_read, a note)."""
    import json
    out = _extract(cc.build_deck_with_drawn_title(tmp_path / "deck.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert doc["title"] == "", doc["title"]
    assert [(p["page"], p["severity"]) for p in read_csv(out / "problems.csv") if p["what"] == "title_not_read"] == [("1", "note")]


def test_a_question_s_number_is_its_heading_though_it_titles_the_file(tmp_path):
    """Problem 4 in bold over its questions: the cover reads it as the title, and it is the paper's heading too (a
    question's number alone on its line, numbering.QUESTION_ALONE) — on main the title was no heading."""
    import json
    out = _extract(cc.build_sample_question(tmp_path / "problem.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(cc.QUESTION)
    assert [norm(h["title"]) for h in read_csv(out / "headings.csv")] == [norm(cc.QUESTION)]
