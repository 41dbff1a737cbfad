"""An org chart as a city's briefing sets it, built with PyMuPDF (issue 19: no false table on a page
of figures): a head box, a connector down from it run on through the deputy's box into the members'
box — drawn first and painted over by each box's white fill, so it runs on under the labels and ends
inside the last box, short of its foot. A ruled table stands under the chart and must be found
as before. The test is in test_orgchart14_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_GOTHIC = "japan"
TABLE = [["区分", "内容"], ["資産", "台帳で管理する"], ["契約", "期限を管理する"]]
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
    _raw(page, f"q 0 0 0 rg {_path(page, outer, inner)} f Q")
    width = pymupdf.get_text_length(label, fontname=_GOTHIC, fontsize=10.5)
    page.insert_text(((x0 + x1 - width) / 2, (y0 + y1) / 2 + 4), label, fontname=_GOTHIC, fontsize=10.5)


def _raw(page: pymupdf.Page, ops: str) -> None:
    """Drawing operators appended to the page's content as written (PyMuPDF's shapes would write a
    rectangle operator)."""
    xref = page.get_contents()[-1]
    page.parent.update_stream(xref, page.parent.xref_stream(xref) + b"\n" + ops.encode())


def _path(page: pymupdf.Page, *subpaths: list[tuple[float, float]]) -> str:
    """Each subpath from a point drawn to itself, then along its points."""
    h = page.rect.height
    out = []
    for pts in subpaths:
        (x, y), rest = pts[0], [pts[0]] + pts[1:]
        out.append(f"{x:.2f} {h - y:.2f} m " + " ".join(f"{a:.2f} {h - b:.2f} l" for a, b in rest))
    return " ".join(out)


def _connector(page: pymupdf.Page, x0: float, y0: float, x1: float, y1: float) -> None:
    """A connector as a thin grey bar (a filled rectangle 1.5 pt wide)."""
    page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=None, fill=(0.5, 0.5, 0.5), width=0)


def _table(page: pymupdf.Page, top: float) -> None:
    """A ruled table of 3 rows × 2 columns, its rules shared by its cells."""
    xs, ys = [100.0, 200.0, 400.0], [top + 20.0 * k for k in range(4)]
    for y in ys:
        page.draw_line((xs[0], y), (xs[-1], y), width=0.75)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.75)
    for r, row in enumerate(TABLE):
        for c, text in enumerate(row):
            page.insert_text((xs[c] + 4, ys[r] + 14), text, fontname=_GOTHIC, fontsize=10.5)


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
    _table(page, 310)
    doc.save(path)
    return path
