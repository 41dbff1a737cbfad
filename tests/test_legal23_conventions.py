"""The conventions of tests/legal23_conventions.py: a standard's page quoting several laws' articles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import legal23_conventions as lc
from conftest import read_csv
from pipeline.cli import main
from real_truth import norm


def _extract(pdf: Path) -> Path:
    assert main(["extract", str(pdf), "--out", str(pdf.parent / "out"), "-q"]) == 0
    return pdf.parent / "out" / "documents" / pdf.stem


@pytest.fixture(scope="module")
def quoted(tmp_path_factory):
    return _extract(lc.build_quoted_laws(tmp_path_factory.mktemp("quoted") / "quoted.pdf"))


def test_the_title_of_a_page_of_quoted_laws_is_its_own_row(quoted):
    """The running head set small at the top right of the odd pages is no row of the title, nor is the first law's
    name under the title (it heads the articles under it); the angle brackets set the title off, no part of it."""
    assert norm(json.loads((quoted / "document.json").read_text(encoding="utf-8"))["title"]) == norm("関連規定")


def test_a_laws_name_over_its_captioned_articles_heads_them(quoted):
    """Each law's name on a line of its own over its first article's caption (or over its name's second row) heads
    the articles under it, one level over them; a treaty's article captioned on its number's line over a numbered
    paragraph (1) is headed as the captioned ones are."""
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(quoted / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in lc.QUOTED_HEADINGS]


def test_a_revision_stamp_on_later_pages_only_dates_the_page(quoted):
    """The revision's stamp printed at the foot of the pages it changed, none on the first page: the latest such
    stamp dates the document as last revised."""
    assert json.loads((quoted / "document.json").read_text(encoding="utf-8"))["date"] == lc.REVISED
