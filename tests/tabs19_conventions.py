"""A slide's stacked bar chart, built with PyMuPDF (Helvetica): a slide title, a line of text, then two bars standing
on one baseline, each split into segments by value — filled boxes of one width laid one on the next, edge to edge,
no stroke, each segment in a colour of its own (the same colours in the same order in both bars, as a chart's series
are), a label centred in each segment tall enough for it and a value over each bar. Such segments are no cells: the
sides where they meet divide no table (layout._bar_segments). `colours` may repeat a tint (a table shaded in bands:
its rows then meet as cells do). The tests are in test_tabs19_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

SERIES = ["Resilient economic structure", "Stimulating consumption", "Support for households",
          "Preventive measures"]
CHART_COLOURS = [(1.0, 0.753, 0.0), (0.843, 0.894, 0.741), (0.725, 0.804, 0.898), (0.988, 0.835, 0.71)]
BANDED = [(0.85, 0.88, 0.95), (0.95, 0.96, 0.98), (0.85, 0.88, 0.95), (0.95, 0.96, 0.98)]
# (left, value over the bar, heights of its segments from the top)
_BARS = [(92.0, "Approximately 1.1%", [60.0, 10.0, 6.0]), (482.0, "Approximately 3.3%", [18.0, 44.0, 146.0, 45.0])]
_BASE, _BAR_WIDTH = 424.0, 206.0


def build_stacked_bars(path: Path, colours: list[tuple[float, float, float]] = CHART_COLOURS) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=780, height=540)
    page.insert_text((20, 30), "Economic Impact Estimated by the Cabinet Office", fontname="hebo", fontsize=18)
    page.insert_text((20, 70), "Impact of measures that directly affect GDP is estimated at 4.4% of real GDP.",
                     fontname="helv", fontsize=14)
    for left, value, heights in _BARS:
        top = _BASE - sum(heights)
        page.insert_text((left + 40, top - 8), value, fontname="hebo", fontsize=14, color=(1, 0, 0))
        for k, h in enumerate(heights):
            page.draw_rect(pymupdf.Rect(left, top, left + _BAR_WIDTH, top + h), color=None, fill=colours[k], width=0)
            if h >= 12:
                width = pymupdf.get_text_length(SERIES[k], fontname="hebo", fontsize=9)
                page.insert_text((left + (_BAR_WIDTH - width) / 2, top + h / 2 + 3), SERIES[k], fontname="hebo", fontsize=9)
            top += h
    page.insert_text((40, 460), "Remaining impact of the package", fontname="helv", fontsize=13)
    page.insert_text((500, 460), "Impact of new measures", fontname="helv", fontsize=13)
    doc.save(path)
    return path


HEADER = ["Comprehensive", "Economic Measures"]
CALL = "1"
_XS, _YS = [60.0, 300.0, 540.0], [100.0, 150.0, 180.0, 210.0]


def build_called_header(path: Path) -> Path:
    """A slide's ruled table (2 columns, 3 rows) whose first header cell holds two lines, "Comprehensive" over
    "Economic Measures", and a note call "1" after the second line at the text's own size, only its baseline raised
    (PowerPoint's superscript kept at 14 pt): the call's top stands level with the first line's foot."""
    doc = pymupdf.open()
    page = doc.new_page(width=780, height=540)
    page.insert_text((60, 60), "Size of Measures", fontname="hebo", fontsize=18)
    for x in _XS:
        page.draw_line((x, _YS[0]), (x, _YS[-1]), color=(0, 0, 0), width=0.75)
    for y in _YS:
        page.draw_line((_XS[0], y), (_XS[-1], y), color=(0, 0, 0), width=0.75)
    page.insert_text((80, 120), HEADER[0], fontname="hebo", fontsize=14)
    page.insert_text((80, 137), HEADER[1], fontname="hebo", fontsize=14)
    end = 80 + pymupdf.get_text_length(HEADER[1], fontname="hebo", fontsize=14)
    page.insert_text((end, 131), CALL, fontname="hebo", fontsize=13.3)
    page.insert_text((320, 130), "Newly added measures", fontname="hebo", fontsize=14)
    for y, (a, b) in zip((170, 200), (("Fiscal Expenses", "9.8 out of 13.2"), ("Total Size", "117.1"))):
        page.insert_text((80, y), a, fontname="helv", fontsize=12)
        page.insert_text((320, y), b, fontname="helv", fontsize=12)
    doc.save(path)
    return path


TAB, DATE_BESIDE = "Current status", "January 24, 2020"
_BLUE, _DARK = (0.31, 0.506, 0.741), (0.09, 0.216, 0.369)


def build_tab_with_date(path: Path) -> Path:
    """A slide (Word 2016 landscape, as 関係閣僚会議's papers set it): a title, then a tab — a white caption on a
    blue box stroked dark blue — whose bottom edge sits on a frame's top edge at its left end, the slide's date set
    at the right end of the tab's row with no rule over it, and the frame's three lines of text under it."""
    doc = pymupdf.open()
    page = doc.new_page(width=720, height=540)
    page.insert_text((200, 28), "Situation of Japanese Nationals", fontname="hebo", fontsize=24)
    page.draw_rect(pymupdf.Rect(3.7, 47.5, 140.0, 74.1), color=_DARK, fill=_BLUE, width=2.04)
    page.insert_text((11, 66), TAB, fontname="hebo", fontsize=16, color=(1, 1, 1))
    page.insert_text((580, 62), DATE_BESIDE, fontname="helv", fontsize=14)
    page.draw_rect(pymupdf.Rect(4.0, 73.7, 714.4, 139.2), color=(0.216, 0.376, 0.573), width=0.72)
    for y, text in ((94, "Wuhan and six nearby cities announced the suspension of public transport and the closure"),
                    (113, "of stations and airports."),
                    (132, "The ministry keeps confirming the safety of nationals and giving them information.")):
        page.insert_text((11, y), text, fontname="helv", fontsize=15)
    doc.save(path)
    return path
