"""Frames that are no tables (below21).

A frame of one column whose top row is one line on a band drawn over it and whose one cell under it holds text
(two lines or more opening as an item or closing a sentence) is a captioned panel: its words stay text, no table
nor figure (page_flow._captioned_list) — a head over a value (発表者 over the offices' names) stays a 2 × 1 table.
A table's rules keep one measure: a grid whose top and foot both run on past one of its sides while a rule between
them stops there is where a picture's lines cross (a scanned map's roads and frame), no table
(page_flow._crossing_lines); an open-sided table's rules all run on alike (tests/test_table_finder.py's open_sides)."""
from __future__ import annotations

import pymupdf

from pipeline.reading import open_document
from extractors.page_flow import build_flow
from extractors.records import Table, TextLine


def _frame(page: pymupdf.Page, x0: float, ys: list[float], x1: float) -> None:
    for x in (x0, x1):
        page.draw_line((x, ys[0]), (x, ys[-1]), color=(0, 0, 0), width=1)
    for y in ys:
        page.draw_line((x0, y), (x1, y), color=(0, 0, 0), width=1)


def _page(path, draw) -> list:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((50, 60), "Read the notes below before you apply for the grant.", fontsize=10)
    draw(page)
    page.insert_text((50, 500), "Send the papers to the office by the end of the month.", fontsize=10)
    doc.save(str(path))
    return build_flow(open_document(str(path))).items


def _panel(page: pymupdf.Page) -> None:
    page.draw_rect(pymupdf.Rect(50, 100, 540, 120), color=None, fill=(0.2, 0.45, 0.7))   # the band
    _frame(page, 50, [100, 120, 220], 540)
    page.insert_text((56, 114), "法人・個人事業主共通", fontname="japan", fontsize=11, color=(1, 1, 1))
    for k, words in enumerate(("・様式７の表裏、両面をご提出ください。", "・代表者の氏名は自署してください。",
                               "・最新の様式でご提出ください。")):
        page.insert_text((56, 140 + 20 * k), words, fontname="japan", fontsize=10)


def test_a_band_over_a_cell_of_text_is_a_panel_no_table(tmp_path):
    items = _page(tmp_path / "panel.pdf", _panel)
    assert not [it for it in items if isinstance(it, Table)]
    panel = [it for it in items if isinstance(it, TextLine) and it.text.startswith("・")]
    assert len(panel) == 3 and not any(it.in_figure for it in panel)


def _head_over_value(page: pymupdf.Page) -> None:
    page.draw_rect(pymupdf.Rect(50, 100, 200, 115), color=None, fill=(0.85, 0.95, 0.85))   # a tinted head
    _frame(page, 50, [100, 115, 150], 200)
    page.insert_text((100, 111), "Issued by", fontsize=9)
    page.insert_text((56, 130), "River Office", fontsize=9)
    page.insert_text((56, 144), "Weather Office", fontsize=9)


def test_a_head_over_a_value_stays_a_table(tmp_path):
    tables = [it for it in _page(tmp_path / "head.pdf", _head_over_value) if isinstance(it, Table)]
    assert [(len(t.rows), len(t.columns)) for t in tables] == [(2, 1)]


def _map(page: pymupdf.Page) -> None:
    page.draw_line((60, 100), (400, 100), color=(0, 0, 0), width=1)   # the map's frame, top and foot
    page.draw_line((60, 400), (400, 400), color=(0, 0, 0), width=1)
    page.draw_line((300, 100), (300, 400), color=(0, 0, 0), width=1)  # a road down the map
    page.draw_line((400, 100), (400, 400), color=(0, 0, 0), width=1)  # the frame's right side
    page.draw_line((300, 200), (400, 200), color=(0, 0, 0), width=1)  # a road across
    for k, words in enumerate(("North Station", "Line 1", "Bridge")):
        page.insert_text((310, 130 + 14 * k), words, fontsize=9)   # the map's labels
    for k, words in enumerate(("City hall", "Park", "South Station")):
        page.insert_text((310, 250 + 14 * k), words, fontsize=9)


def test_lines_that_run_on_past_a_grid_are_no_table(tmp_path):
    assert not [it for it in _page(tmp_path / "map.pdf", _map) if isinstance(it, Table)]


def _table(page: pymupdf.Page) -> None:
    _frame(page, 300, [100, 115, 150], 400)
    page.insert_text((310, 111), "Issued by", fontsize=9)
    page.insert_text((310, 130), "River Office", fontsize=9)
    page.insert_text((310, 144), "Weather Office", fontsize=9)
    page.draw_line((60, 100), (300, 100), color=(0, 0, 0), width=1)   # a rule over the text beside it, the top alone


def test_a_grid_closed_at_its_corners_is_a_table(tmp_path):
    tables = [it for it in _page(tmp_path / "table.pdf", _table) if isinstance(it, Table)]
    assert [(len(t.rows), len(t.columns)) for t in tables] == [(2, 1)]
