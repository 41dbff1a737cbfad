"""Session 14's remnants (tests/remnants14_conventions.py), against the truth beside their builders."""
from __future__ import annotations

import json

import remnants14_conventions as rc
from conftest import extract_document as _extract


def _date(out) -> str:
    return json.loads((out / "document.json").read_text(encoding="utf-8"))["date"]


def test_a_revision_stamp_dates_rules_before_the_day_their_supplementary_provisions_name(tmp_path):
    """No date on the cover: the revision stamp at the first page's foot and the 附則's day of effect both
    could date the rules; the chain (cover.DATE_CHAIN) takes the stamp, the earlier of the two."""
    out = _extract(rc.build_stamped_rules(tmp_path / "rules.pdf"))
    assert _date(out) == rc.STAMP_DATE


def test_a_forms_dating_line_dates_it_before_a_revision_stamp(tmp_path):
    """No date on top of the form: its dating line and the revision stamp at its foot both could date it;
    the chain takes the dating line, the earlier of the two."""
    out = _extract(rc.build_stamped_form(tmp_path / "form.pdf"))
    assert _date(out) == rc.FORM_DATE


def test_the_date_chain_fills_only_an_empty_date_in_its_order():
    """Each link fills only an empty date, never overriding one printed or one earlier in the chain."""
    from extractors.cover import DATE_CHAIN, DateEvidence, Dated, document_date
    assert DATE_CHAIN == ("printed", "dating_line", "revision", "takes_effect", "closing")
    every = DateEvidence(*(Dated(iso) for iso in ("2020-01-01", "2021-02-02", "2022-03", "2023-04-04", "2024-05-05")))
    assert document_date(every) == "2020-01-01"
    for k, name in enumerate(DATE_CHAIN):
        kept = DateEvidence(**{n: getattr(every, n) for n in DATE_CHAIN[k:]})
        assert document_date(kept) == getattr(every, name).iso
    assert document_date(DateEvidence()) == ""


def test_side_notes_are_paragraphs_of_their_own_after_the_paragraph_they_stand_beside(tmp_path):
    """Two side notes on a page, each beside a paragraph: each is a paragraph of its own after the paragraph
    it stands beside; the one beside a sentence that runs on over the page break follows the paragraph
    whole (its rows on both pages joined), never inside it."""
    from conftest import read_csv
    from real_truth import norm
    out = _extract(rc.build_noted_pages(tmp_path / "noted.pdf"))
    texts = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    first_a = norm("".join(rc.PARAGRAPH_A[:2]))
    runs_on = norm("".join(rc.PARAGRAPH_B) + rc.PARAGRAPH_B_RUNS_ON[0])
    assert texts == [first_a, norm("".join(rc.NOTE_A)), norm(rc.PARAGRAPH_A[2]), runs_on,
                     norm("".join(rc.NOTE_B)), norm(rc.PARAGRAPH_B_RUNS_ON[1])]


def _depths(out) -> list[tuple[int, str]]:
    from conftest import read_csv
    from real_truth import norm
    return [(int(h["level"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]


def test_a_band_over_sub_sections_numbered_anew_opens_a_part_beside_the_sections(tmp_path):
    """Sections １．… ４．, then a 【…】 band over １．１, １．２ (their first number counts from 1 again: not
    section ４'s): the band opens a part of its own at the top, beside the sections; its sub-sections under it."""
    from real_truth import norm
    out = _extract(rc.build_two_part_terms(tmp_path / "terms.pdf", outer=1))
    assert _depths(out) == [(1, norm(t)) for t in rc.TERMS_SECTIONS] + [(1, norm(rc.TERMS_BAND))] \
        + [(2, norm(t)) for t in rc.TERMS_SUBSECTIONS]


def test_a_band_over_the_last_sections_sub_sections_stays_under_it(tmp_path):
    """The same band over ４．１, ４．２ (section ４'s own): a passage of section ４, under it."""
    from real_truth import norm
    out = _extract(rc.build_two_part_terms(tmp_path / "terms.pdf", outer=4))
    assert _depths(out) == [(1, norm(t)) for t in rc.TERMS_SECTIONS] + [(2, norm(rc.TERMS_BAND))] \
        + [(3, norm(t)) for t in rc.TERMS_SUBSECTIONS]
