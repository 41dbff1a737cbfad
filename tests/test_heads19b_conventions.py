"""Part titles and an underlined title after numbered sections (tests/heads19b_conventions.py)."""
from __future__ import annotations

import heads19b_conventions as hc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def _headings(out) -> list[tuple[int, str, str]]:
    return [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]


def test_part_titles_set_alike_are_kept_and_the_signed_one_holds_the_others(tmp_path):
    """The three part titles open their pages centred in bold at the body's size: the one over the numbered outline
    is a part's title (headings._part_title), and so are the two set like it over no outline
    (headings._set_as_part_title); the first, signed under its title by its date and its issuer, titles the paper,
    the two only dated are its parts (heading_levels._signed_part)."""
    got = _headings(_extract(hc.build_review(tmp_path / "review.pdf")))
    assert got == [(1, "", norm(hc.REPORT)), (2, "", norm(hc.RESULT)), (2, "", norm(hc.REVIEW))] \
        + [(3, norm(label), norm(name)) for label, name in hc.OUTLINE], got


def test_an_underlined_title_after_the_last_section_is_its_part(tmp_path):
    """Sections 1. – 3. in bold, their text stressing sentences in bold underlined; the unnumbered title after 3. in
    bold underlined, text under it, ranks under 3. (heading_levels._over_underlined_titles)."""
    got = _headings(_extract(hc.build_requests(tmp_path / "requests.pdf")))
    assert got == [(1, f"{n}.", norm(s)) for n, s in enumerate(hc.SECTIONS, 1)] + [(2, "", norm(hc.REQUEST))], got


def test_a_title_in_the_sections_own_type_after_the_last_stays_their_sibling(tmp_path):
    """The same title in bold alone, as the sections' headings are set: their sibling."""
    got = _headings(_extract(hc.build_requests(tmp_path / "requests.pdf", underlined=False)))
    assert got == [(1, f"{n}.", norm(s)) for n, s in enumerate(hc.SECTIONS, 1)] + [(1, "", norm(hc.REQUEST))], got


def test_an_underlined_title_over_a_table_stays_their_sibling(tmp_path):
    """The title in bold underlined over a ruled table, no text under it: no stressed title of section 3 — the
    sections' sibling (heading_levels._text_under)."""
    got = _headings(_extract(hc.build_requests(tmp_path / "requests.pdf", table=True)))
    assert got == [(1, f"{n}.", norm(s)) for n, s in enumerate(hc.SECTIONS, 1)] + [(1, "", norm(hc.REQUEST))], got


def test_a_bold_title_standing_on_a_tables_top_rule_is_its_caption(tmp_path):
    """The title in bold alone set right on a ruled table's top rule: the rule is the table's top, no underline
    (rules_to_cells.top_sides, cards20), and a line in body type made bold right above a ruled table is the table's
    caption (headings._labels, as 改定履歴 over a revision table): no heading, and none ranked under 3."""
    got = _headings(_extract(hc.build_requests(tmp_path / "requests.pdf", underlined=False, table=True)))
    assert got == [(1, f"{n}.", norm(s)) for n, s in enumerate(hc.SECTIONS, 1)], got
