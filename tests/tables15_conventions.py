"""Two slides as PowerPoint prints them, built with PyMuPDF (issue 19: every table found, no false
table on a page of figures). The tests are in test_tables15_conventions.py.

build_floating_rules   a slide's table in a style of floating rules: a frame, a divider between the
                       two columns stopping short of the frame's top and foot, a header rule and a
                       total rule drawn in two pieces each, stopping short of the frame's sides and of
                       the divider; a framed tag ("Provisional Translation") laid across the frame's
                       top right corner. A reader sees one table of 3 rows x 2 columns.
build_bars_across_axis a stacked bar chart of gains and losses: gridlines across the plot, the axis
                       among them, each year's bar a stack of filled boxes standing on the axis and a
                       stack hanging below it, the year written just under the axis (across the two
                       boxes that hang there). No table."""
from __future__ import annotations

from pathlib import Path

import pymupdf

FONT = "helv"
FLOAT_TABLE = [["Expenditures", "Revenues"],
               ["1. Expenses for the response 310.2", "1. Government bonds 319.1"],
               ["Total 319.1", "Total 319.1"]]
YEARS = ["2012", "2013", "2014", "2015", "2016", "2017"]


def build_floating_rules(path: Path) -> Path:
    """The frame x 7–776, y 40–511; the divider at x 391 from y 54 to 498; header rule at y 68 and
    total rule at y 470, each in two pieces (x 13–385 and 398–770); the tag box x 665–779, y 24–45."""
    doc = pymupdf.open()
    page = doc.new_page(width=780, height=540)
    page.insert_text((200, 20), "Overview of the Budget", fontname=FONT, fontsize=19)
    black = (0, 0, 0)
    page.draw_rect(pymupdf.Rect(6.9, 40.4, 776.5, 511.1), color=black, width=1)
    page.draw_line((391.4, 53.9), (391.4, 497.6), color=black, width=0.5)
    for y in (67.7, 470.2):
        page.draw_line((13.4, y), (384.9, y), color=black, width=1)
        page.draw_line((397.9, y), (770.2, y), color=black, width=1)
    page.draw_rect(pymupdf.Rect(665.4, 24.1, 778.8, 44.8), color=black, fill=(1, 1, 1), width=0.72)
    page.insert_text((672, 38), "Provisional Translation", fontname=FONT, fontsize=10.6)
    for y, row in zip((60, 90, 490), FLOAT_TABLE):
        for x, text in zip((20, 405), row):
            page.insert_text((x, y), text, fontname=FONT, fontsize=11)
    doc.save(path)
    return path


def build_bars_across_axis(path: Path) -> Path:
    """Gridlines at y 100, 150, 200 (the axis), 250, 300 from x 60 to 420; bar k at x 70 + 55k, 30
    wide: boxes stacked up from the axis to a height of its own, two boxes hanging below the axis to a
    depth of its own, the year at y 212 (across the edge between them); the legend under the plot."""
    doc = pymupdf.open()
    page = doc.new_page(width=720, height=540)
    page.insert_text((60, 60), "Losses and gains by year", fontname=FONT, fontsize=14)
    for y in (100, 150, 200, 250, 300):
        page.draw_line((60, y), (420, y), color=(0.85, 0.85, 0.85) if y != 200 else (0, 0, 0), width=0.75)
    ups = [(20, 10), (15, 20), (40, 15), (60, 25), (75, 30), (50, 45)]
    downs = [25, 45, 15, 40, 8, 60]
    for k, ((a, b), down) in enumerate(zip(ups, downs)):
        x = 70 + 55 * k
        page.draw_rect(pymupdf.Rect(x, 200 - a, x + 30, 200), color=None, fill=(0.3, 0.5, 0.8), width=0)
        page.draw_rect(pymupdf.Rect(x, 200 - a - b, x + 30, 200 - a), color=None, fill=(0.5, 0.4, 0.7), width=0)
        page.draw_rect(pymupdf.Rect(x, 200, x + 30, 208), color=None, fill=(0.6, 0.7, 0.3), width=0)
        page.draw_rect(pymupdf.Rect(x, 208, x + 30, 208 + down), color=None, fill=(0.8, 0.1, 0.1), width=0)
        page.insert_text((x + 3, 212), YEARS[k], fontname=FONT, fontsize=7)
    page.insert_text((120, 330), "Cars   Injury   Fire   Others", fontname=FONT, fontsize=12)
    doc.save(path)
    return path
