"""An English statute's cover, contents and divisions (tests/english19_conventions.py): the title the next page repeats
in title case, a date printed as an ordinal, contents naming sections with no page number run on to a second page,
PART / Division labels with their titles under them or after a dash, section titles under them."""
from __future__ import annotations

import json

import english19_conventions as ec
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_cover_title_repeated_in_title_case_and_an_ordinal_date(tmp_path):
    """The cover sets everything at the body's size; the next page prints "Electronic Records Act" in 24 pt: the
    cover's ELECTRONIC RECORDS ACT is the title (not the collection's name over it), and "(1st March 2012)" under the
    edition dates it, printed with its word spaces."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    cover = read_cover(open_document(str(ec.build_statute(tmp_path / "act.pdf"))))
    assert (cover.title, cover.date, cover.date_as_printed) == (ec.TITLE, *ec.DATE)


def test_statute_parts_divisions_and_section_titles(tmp_path):
    """PART I over PRELIMINARY (PART II's name in two centred rows), a Division with its title after a dash, the
    bold section titles under the Part or Division open over them; the contents on pages 2-3 (no page numbers, 11 pt
    under 13 pt text) hold no heading, nor does the title page's CHAPTER 12 over the Act's name."""
    out = _extract(ec.build_statute(tmp_path / "act.pdf"))
    got = [(h["level"], h["label"], norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(level, label, norm(title)) for level, label, title in ec.HEADINGS]
    assert all(int(h["page"]) >= 4 for h in read_csv(out / "headings.csv"))
    contents = [e["title"] for e in read_csv(out / "contents.csv")]
    assert "Requirement for signature of a kind" in contents   # the entries run on to the second page
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (doc["title"], doc["date"]) == (ec.TITLE, ec.DATE[0])


def test_contents_in_body_type_run_on_by_no_size(tmp_path):
    """The same contents set in the body's 13 pt: the text's size does not tell them from the text, so they do not
    run on past their title's page by size — the text's first provision is a paragraph, no contents entry."""
    out = _extract(ec.build_statute(tmp_path / "act.pdf", contents_size=13))
    contents = " ".join(e["title"] for e in read_csv(out / "contents.csv"))
    assert "This provision applies" not in contents
    assert any("This provision applies" in p["text"] for p in read_csv(out / "paragraphs.csv"))


def test_english_division_labels():
    """PART I, PART IIA (a part inserted after II), Part 3 — a title after a dash, Division 1 — …, CHAPTER II; a
    sentence naming a part (Part II of the Act applies …) opens no label."""
    from extractors.numbering import match_numbering
    assert match_numbering("PART IIA")[:4] == ("english_part", "part", "PART IIA", "")
    assert match_numbering("Part 3 — Definitions")[2:4] == ("Part 3", "Definitions")
    assert match_numbering("Division 1 — General provisions")[:4] == ("english_division", "section", "Division 1",
                                                                      "General provisions")
    assert match_numbering("CHAPTER II: GENERAL")[2:4] == ("CHAPTER II", "GENERAL")
    assert match_numbering("Part II of the Act applies to every record") is None
    assert match_numbering("Participants 3 and 4") is None


def test_english_dates_with_ordinal_days():
    """31st December 2011, April 1st, 2020, 22nd March 2024 (the day as an ordinal), beside 1 April 2021 and
    March 2024; a number that is no day (Act 16 of 2010) dates nothing."""
    from normalizers.dates import to_iso
    assert [to_iso(t) for t in ("(31st December 2011)", "April 1st, 2020", "22nd March 2024", "1 April 2021",
                                "March 2024", "Act 16 of 2010")] == \
        ["2011-12-31", "2020-04-01", "2024-03-22", "2021-04-01", "2024-03", None]


def test_a_date_printed_keeps_its_english_word_spaces():
    """date_as_printed: spaces out of a Japanese date (令和 元年 ６月１１日), one kept between an English date's words."""
    from extractors.cover_row import _printed
    assert [_printed(t) for t in ("令和 元年 ６月１１日", "31st  December 2011", "May 4, 2020", "2024. 4. 19")] == \
        ["令和元年６月１１日", "31st December 2011", "May 4, 2020", "2024.4.19"]


def test_an_as_of_date_at_the_right_end_of_a_notes_row(tmp_path):
    """"As of June 15, 2020" set at the right end of the row of a note at the left: the row is no date, its last
    piece — labelled As of and mostly a date — dates the chart (a piece with no label naming a date would not)."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    cover = read_cover(open_document(str(ec.build_chart(tmp_path / "chart.pdf"))))
    assert (cover.date, cover.date_as_printed) == ec.AS_OF


def test_an_english_slide_in_numbered_parts(tmp_path):
    """Bold "1." / "I." lines, two or more on a slide, alone on their rows, larger than its text and smaller than its
    title, head the slide's parts under its title; the measures numbered in the text's regular weight are items."""
    out = _extract(ec.build_deck(tmp_path / "deck.pdf"))
    got = [(h["level"], h["label"], norm(h["title"])) for h in read_csv(out / "headings.csv")]
    want = []
    for title, parts in ec.SLIDES:
        want += [("1", "", norm(title))] + [("2", label, norm(name)) for label, name in parts]
    assert got == want
