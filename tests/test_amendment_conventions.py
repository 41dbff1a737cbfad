"""Amendment comparison tables (新旧対照表, tests/amendment_conventions.py): one ruled table whose
row runs over the page breaks with no rule drawn at them."""
from __future__ import annotations

import json

import pytest

import amendment_conventions as ac
from conftest import read_csv, extract_document as _extract
from extractors.cover import read_cover
from pipeline.reading import open_document
from extractors.page_flow import build_flow
from extractors.ruled_tables import table_cells
from real_truth import norm


@pytest.fixture(scope="module")
def comparison(tmp_path_factory):
    return _extract(ac.build_comparison(tmp_path_factory.mktemp("shinkyu") / "shinkyu.pdf"))


def test_a_table_open_at_the_page_breaks_is_one_table(comparison):
    """Header row over one body row that the page breaks cut, its column rules running on to
    each page's foot and from the next page's top: one table over pages 1-3, two rows, the body
    row's cells holding every page's lines in order."""
    cells = read_csv(comparison / "tables.csv")
    assert {(c["table_id"], c["page_start"], c["page_end"]) for c in cells} == {("1", "1", "3")}
    got = {(int(c["row"]), int(c["col"])): norm(c["text"]) for c in cells}
    assert sorted(got) == [(1, 1), (1, 2), (2, 1), (2, 2)]
    assert [got[1, 1], got[1, 2]] == [norm(h) for h in ac.HEADER]
    whole = norm("".join(line for page in ac.PAGES for line in page))
    assert got[2, 1] == whole and got[2, 2] == whole


def test_provisions_inside_cells_are_no_headings(comparison):
    """第N条, 一, （１） and the captions quoted in the cells are the table's content."""
    assert read_csv(comparison / "headings.csv") == []
    paragraphs = [norm(p["text"]) for p in read_csv(comparison / "paragraphs.csv")]
    assert not [p for p in paragraphs if "第" in p and "条" in p]


def test_a_grid_open_at_a_break_nothing_continues_is_no_table(tmp_path):
    flow = build_flow(open_document(str(ac.build_open_alone(tmp_path / "alone.pdf"))))
    assert table_cells(flow) == []


def test_the_title_is_the_line_over_the_table(comparison, tmp_path):
    """A first page in body type throughout, no date: the line set over the table it opens with
    is the title (read from the first page alone, as a run reads the cover)."""
    pdf = ac.build_comparison(tmp_path / "cover.pdf")
    assert norm(read_cover(open_document(str(pdf), first_pages=1)).title) == norm(ac.TITLE)
    doc = json.loads((comparison / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"], doc["issuer"]) == (norm(ac.TITLE), "", "")
