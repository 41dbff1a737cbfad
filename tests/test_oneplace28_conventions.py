"""Session 28 (oneplace28): one place per decision — the shared helpers' boundaries."""
from __future__ import annotations

from types import SimpleNamespace


def test_by_extent_groups_by_the_first_rules_ends():
    """oneplace28: one grouper of rules by extent (geometry.by_extent) for typography's ruled runs, open_sides' row
    rules and open_tables' header rules: a rule joins the group whose FIRST rule's ends both stand within the
    tolerance (edges included), so a group never drifts rule by rule."""
    from extractors.geometry import by_extent, same_extent
    r = lambda x0, x1: SimpleNamespace(x0=x0, x1=x1)   # noqa: E731
    a, b, c, d = r(10, 100), r(12, 98), r(14, 96), r(10, 100)
    groups = by_extent([a, b, c, d], 2.0)
    assert groups == [[a, b, d], [c]]            # c is 2 from b but 4 from a: its own group
    assert same_extent(a, b, 2.0) and not same_extent(a, c, 2.0)


def test_printed_again_is_the_same_line_at_the_same_height():
    """neighbours.printed_again, the one test of ruled_tables._running and headings._title_again: the other page's
    line prints the text again, white space out, its top within the tables' snap (edges included)."""
    from extractors.neighbours import printed_again
    from extractors.settings import DEFAULT
    flow = SimpleNamespace(settings=DEFAULT)
    snap = DEFAULT.tables.snap
    line = lambda text, y0: SimpleNamespace(text=text, y0=y0)   # noqa: E731
    a = line("例示計画の概要", 40.0)
    assert printed_again(a, line(" 例示計画の　概要 ", 40.0 + snap), flow)   # its spaces no part of it; snap included
    assert not printed_again(a, line("例示計画の概要", 40.0 + snap + 0.1), flow)
    assert not printed_again(a, line("例示計画の概要（続き）", 40.0), flow)


def test_one_vocabulary_of_a_contacts_key():
    """normalizers.bodies.CONTACT_WORDS: the inquiry key (bodies.INQUIRY_KEY) and a contact band
    (numbering.CONTACT_BAND) read the same words."""
    from extractors.numbering import CONTACT_BAND
    from normalizers.bodies import INQUIRY_KEY
    for words in ("お問い合わせ先", "問合せ窓口", "お問合せ", "連絡先", "照会先"):
        assert CONTACT_BAND.match(f"【{words}】") and INQUIRY_KEY.match(f"【{words}】")
    assert not CONTACT_BAND.match("【担当】") and not INQUIRY_KEY.match("【担当】")


def test_a_publishers_list_mark_is_any_of_the_bullets():
    """issuer._MARKED_PUBLISHER: the list mark before 発行 is one of normalizers.text.BULLETS (no copy of its own)."""
    from extractors.issuer import _MARKED_PUBLISHER
    from normalizers.text import BULLETS
    for mark in BULLETS:
        assert _MARKED_PUBLISHER.match(f"{mark}発行例示市例示課"), mark
    assert not _MARKED_PUBLISHER.match("●発行日2026年1月1日")
