"""A slide as PowerPoint prints it, built with PyMuPDF (issue 19: no false table on a page of
figures). The test is in test_tables15_conventions.py.

build_bars_across_axis a stacked bar chart of gains and losses: gridlines across the plot, the axis
                       among them, each year's bar a stack of filled boxes standing on the axis and a
                       stack hanging below it, the year written just under the axis (across the two
                       boxes that hang there). No table."""
from __future__ import annotations

from pathlib import Path

import pymupdf

FONT = "helv"
YEARS = ["2012", "2013", "2014", "2015", "2016", "2017"]


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
