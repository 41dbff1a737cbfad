"""An org chart as a city's briefing sets it, built with PyMuPDF (issue 19: no false table on a page
of figures): a head box, a connector down from it run on through the deputy's box into the members'
box — drawn first and painted over by each box's white fill, so it runs on under the labels and ends
inside the last box, short of its foot. A ruled table stands under the chart and must be found
as before. The test is in test_orgchart14_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from figbox14_conventions import TABLE, path_ops, raw_ops, ruled_table

_GOTHIC = "japan"
HEAD, DEPUTY, ADVISER, MEMBERS = "本部長（市長）", "副本部長（副市長）", "推進アドバイザー", "本部員（各所属長）"


def _box(page: pymupdf.Page, x0: float, y0: float, x1: float, y1: float, label: str) -> None:
    """A box as a presentation program prints it (Microsoft Print To PDF): a white fill over whatever
    was drawn before, then its outline as a black ring filled between two paths of lines — the outer
    round the four sides, the inner back the other way with its corners cut by short slants."""
    page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=None, fill=(1, 1, 1), width=0)
    a, b = 0.24, 0.48
    outer = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    inner = [(x0 + b, y1 - a), (x0 + a, y1 - b), (x1 - a, y1 - b), (x1 - b, y1 - a), (x1 - b, y0 + b),
             (x1 - a, y0 + a + b), (x0 + a, y0 + a + b), (x0 + b, y0 + b), (x0 + b, y1 - a)]
    raw_ops(page, f"q 0 0 0 rg {path_ops(page, outer, inner)} f Q")
    width = pymupdf.get_text_length(label, fontname=_GOTHIC, fontsize=10.5)
    page.insert_text(((x0 + x1 - width) / 2, (y0 + y1) / 2 + 4), label, fontname=_GOTHIC, fontsize=10.5)


def _connector(page: pymupdf.Page, x0: float, y0: float, x1: float, y1: float) -> None:
    """A connector as a thin grey bar (a filled rectangle 1.5 pt wide)."""
    page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=None, fill=(0.5, 0.5, 0.5), width=0)


def build_org_chart(path: Path) -> Path:
    """The head box, a connector down from it run on through the deputy's box (crossing it top to
    foot, hidden under its fill) into the members' box, ending 6 pt above its foot, an adviser's
    box beside the deputy's with a connector run into it from the side; then the table."""
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((85, 100), "推進体制は次のとおりとする。", fontname=_GOTHIC, fontsize=12)
    _connector(page, 299.25, 150, 300.75, 244)
    _connector(page, 300, 199.25, 380, 200.75)
    _box(page, 250, 125, 350, 150, HEAD)
    _box(page, 230, 185, 370, 212, DEPUTY)
    _box(page, 380, 188, 470, 212, ADVISER)
    _box(page, 240, 220, 360, 250, MEMBERS)
    page.insert_text((85, 290), "表に主な項目を示す。", fontname=_GOTHIC, fontsize=12)
    ruled_table(page, 310)
    doc.save(path)
    return path
