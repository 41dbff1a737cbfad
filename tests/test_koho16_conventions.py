"""A newsletter's first page under its masthead (tests/koho16_conventions.py, after 広報すずか): the masthead's
display numerals date the issue, its name drawn as outlines is no title any text row holds, and the section banner
on a rounded band heads the items under it."""
from __future__ import annotations

import json

import koho16_conventions as kc
import newdocsC16_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_masthead_s_display_numerals_date_the_issue(tmp_path):
    """令和８年（２０２６年） over a huge 1 and a 20 lower right of it: the issue of 2026-01-20; the name drawn as
    outlines leaves the title empty — the banner お知らせ under the masthead is no title, nor is any row under it
    an issuer."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    cover = read_cover(open_document(str(kc.build_masthead_newsletter(tmp_path / "news.pdf"))))
    assert (cover.title, cover.date, cover.issuer) == ("", kc.ISSUED, "")


def test_no_masthead_date_without_the_year_over_it():
    """Numerals in display type alone (a leaflet's level numbers, a page's huge 1 20) date nothing: the year alone
    on its line over them is the masthead's date."""
    from normalizers.dates import YEAR_ALONE
    assert YEAR_ALONE.match("令和8年(2026年)") and YEAR_ALONE.match("2026年")
    assert not YEAR_ALONE.match("令和8年1月") and not YEAR_ALONE.match("令和8年度")


def test_a_section_banner_heads_the_items_under_it(tmp_path):
    """お知らせ white on a rounded band across the first column: the page's top heading; the items' titles (one
    condensed to fill its column) are its sections, one level, and the ◆ meetings under the first item nest in it."""
    out = _extract(kc.build_masthead_newsletter(tmp_path / "news.pdf"))
    got = [(int(h["level"]), norm(f'{h["label"]}{h["title"]}')) for h in read_csv(out / "headings.csv")]
    first, subs = nc.NEWS_ITEMS[0]
    want = [(1, kc.BANNER), (2, first), *((3, s) for s in subs), (2, nc.NEWS_ITEMS[1][0]), (2, nc.NEWS_ITEMS[3][0]),
            (2, kc.FITTED)]
    assert got == [(level, norm(t)) for level, t in want]
    meta = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (meta["title"], meta["date"]) == ("", kc.ISSUED)
