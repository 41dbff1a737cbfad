"""cover27's cover conventions on built pages, each asserting what the page prints — its title, date and issuer as a
reader reads them — for the misses of bench/cover_sample.tsv's draw 27 and the earlier draws' kin: a daily figures sheet
whose one page of cases is headed once by the count announced (issuer._credited_maker). Every page test failed on the
code before cover27 (a99d339)."""
from __future__ import annotations

import json

import cover24_conventions as cc
import cover27_conventions as c27
from conftest import extract_document as _extract


def _document(pdf) -> dict:
    return json.loads((_extract(pdf) / "document.json").read_text(encoding="utf-8"))


def test_a_count_announced_once_as_its_rows_label_names_the_sheets_body(tmp_path):
    """別紙 and the as-of line, then one page of cases headed 県内件数（北野県発表）　本日判明分：…: the body announcing the
    count issues the sheet, as the same sheet printing the line on two pages is (before: no issuer)."""
    doc = _document(cc.build_figures_sheet(tmp_path / "figures.pdf", counted=1))
    assert (doc["date"], doc["issuer"]) == ("2020-07-27", cc.ANNOUNCER)


def test_a_body_announcing_what_a_sentence_quotes_once_issues_nothing(tmp_path):
    """The same sheet whose one count line is a sentence quoting the body's announcement (本日、…（北野県発表）): no
    issuer, as before — only a credit labelling its row names the sheet's body when it stands once."""
    line = f"本日、県内件数（{cc.ANNOUNCER}発表）は１３１件でした。"
    doc = _document(cc.build_figures_sheet(tmp_path / "figures.pdf", counted=1, count_line=line))
    assert (doc["date"], doc["issuer"]) == ("2020-07-27", "")


def test_a_publisher_led_by_a_list_mark_beside_the_masthead_issues_the_newsletter(tmp_path):
    """A newsletter's masthead and beside it ●発行日 2026年1月1日 / ●発行 北野中央総合病院 / ●編集 …広報委員会: the body the
    marked 発行 label names publishes it, as 発行者：… does (before: no issuer); the 編集 row's committee does not."""
    doc = _document(c27.build_colophon_newsletter(tmp_path / "news.pdf"))
    assert doc["issuer"] == c27.PUBLISHER


def test_a_publisher_after_a_slash_issues_the_newsletter(tmp_path):
    """編集・発行／公益財団法人北野市文化振興事業団 under the masthead: the slash sets the label off as a colon does (before: no
    issuer)."""
    doc = _document(c27.build_colophon_newsletter(tmp_path / "news.pdf", slash=True))
    assert doc["issuer"] == c27.FOUNDATION
