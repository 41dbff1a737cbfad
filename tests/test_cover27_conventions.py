"""cover27's cover conventions on built pages, each asserting what the page prints — its title, date and issuer as a
reader reads them — for the misses of bench/cover_sample.tsv's draw 27 and the earlier draws' kin: a daily figures sheet
whose one page of cases is headed once by the count announced (issuer._credited_maker). Every page test failed on the
code before cover27 (a99d339)."""
from __future__ import annotations

import json

import cover24_conventions as cc
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
