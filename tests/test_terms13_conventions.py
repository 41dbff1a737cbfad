"""A municipality's terms of use (tests/terms13_conventions.py), against the truth beside its builder."""
from __future__ import annotations

import json

import terms13_conventions as tc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def _headings(out):
    return [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]


def test_an_article_numbered_in_ascii_digits_spaced_from_its_kanji(tmp_path):
    """第10 条　準拠法と合意管轄について: the space a word processor types between an ASCII article number
    and 条 leaves it an article's number — each article heads its own text, the captions on their
    numbers' lines, the 10th and 11th as the first nine."""
    out = _extract(tc.build_terms_of_use(tmp_path / "terms.pdf"))
    articles = [(label, title) for level, label, title in _headings(out) if label]
    assert articles == [(norm(tc._number(n)), norm(c)) for n, c in enumerate(tc.CAPTIONS, start=1)]


def test_a_band_after_the_supplementary_provisions_and_its_topics(tmp_path):
    """【参考】 after 附則 opens a part beside the rules, not one under 附則; each line naming its topic
    (…について) alone on its line heads its note under the band."""
    out = _extract(tc.build_terms_of_use(tmp_path / "terms.pdf"))
    tail = _headings(out)[len(tc.CAPTIONS):]
    assert tail == [(1, "", "附則"), (1, "", norm(tc.BAND))] + [(2, "", norm(t)) for t in tc.TOPICS]


def test_rules_that_print_no_date_are_dated_by_the_day_they_take_effect(tmp_path):
    """No date on the cover nor at the head of the text: the day 附則 says the rules take effect."""
    out = _extract(tc.build_terms_of_use(tmp_path / "terms.pdf"))
    document = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert document["date"] == tc.EFFECTIVE
    assert norm(document["title"]) == norm(tc.TITLE)


def test_a_band_wrapped_over_two_lines_and_sub_sections_spaced_after_the_stop(tmp_path):
    """【…に関す / る重要情報】: a bracket opened on one line and closed on the next is one band, its title
    the two lines joined; １． １ (a space after the full stop) is the sub-section number 1.1, not the
    section number １． over a title opening with １ — and the sub-sections stand under the band."""
    out = _extract(tc.build_catalogue_terms(tmp_path / "catalogue.pdf"))
    got = _headings(out)
    assert [title for _, _, title in got[:len(tc.SECTIONS)]] == [norm(t) for t in tc.SECTIONS]
    band = got[len(tc.SECTIONS)]
    assert band[1:] == ("", norm("".join(tc.BAND_LINES)))
    assert got[len(tc.SECTIONS) + 1:] == [(band[0] + 1, norm(label), norm(title)) for label, title in tc.SUBSECTIONS]


def test_an_article_number_run_into_its_text_under_its_caption(tmp_path):
    """（目的） / 第１条この基準は…: under an article's caption, a number run into its text with no space
    still opens the article — the caption heads it, labelled with the number."""
    out = _extract(tc.build_glued_articles(tmp_path / "glued.pdf"))
    assert [(label, title) for _, label, title in _headings(out)] == \
        [(norm(number), norm(caption)) for number, caption, _ in tc.GLUED]
