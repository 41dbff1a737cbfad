"""Session 22 (blind22d): a document opened by portrait pages is no slide deck, whatever landscape sheets follow
(typography.slide_deck, slides.portrait_opening); a page number set between dashes as pieces of their own is a page
number, its dashes taken with it (furniture.flanking_dashes)."""
from __future__ import annotations

from pathlib import Path

from extractors.furniture import flanking_dashes, page_numbers
from extractors.page_flow import build_flow
from extractors.records import Line, Page, Span
from extractors.settings import DEFAULT
from pipeline.reading import open_document

REAL = Path(__file__).parent / "real"


def _line(text: str, x0: float, y: float = 18.0, size: float = 10.0) -> Line:
    x1 = x0 + size * len(text)
    return Line(3, [Span(text, "MS-Mincho", size, x0, y, x1, y + size, y + size * 0.88, ())], x0, y, x1, y + size)


def test_a_page_number_between_dash_pieces_is_read_and_its_dashes_go_with_it():
    page = Page(3, 842.0, 595.0, [], [])
    before, number, after = _line("―", 398), _line("2", 418), _line("―", 433)
    lines = [before, number, after, _line("一般会計", 768)]
    assert page_numbers(lines, page, DEFAULT.margins) == [number]
    assert flanking_dashes(number, lines, DEFAULT.margins) == [before, after]
    assert flanking_dashes(number, [number, after], DEFAULT.margins) == []   # a dash on one side only: no ornament


def test_a_budget_opened_by_its_portrait_report_sheets_is_no_deck():
    doc = open_document(str(REAL / "nankoku_ippan_kaikei_hosei_yosan_senketsu_2022.pdf"))
    flow = build_flow(doc)
    assert not flow.deck
    assert {(f.page, f.kind) for f in flow.furniture} >= {(3, "page_number"), (4, "page_number")}
