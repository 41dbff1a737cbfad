"""Figures drawn as boxes, as a discussion paper's Word drawings and a city's org chart set them, built
with PyMuPDF (issue 19: no false table on a page of figures): each box one path of lines from a point
drawn to itself round its sides, stroked and filled white (no rectangle operator); the labels of a
software stack each on a bevelled block (Word's cube: a path with slanted corners over a shaded face)
one on another over a cylinder; a box of two lines with a connector run into it between them. A ruled
table stands under each figure and must be found as before. The test is in
test_figbox14_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_GOTHIC = "japan"
TABLE = [["区分", "内容"], ["資産", "台帳で管理する"], ["契約", "期限を管理する"]]
APART = ["管理システムとツール", "管理のためのメタデータ", "利用者の情報"]   # boxes one under another, 3 pt apart
STACK = ["ソフトウェア", "ミドルウェア", "ハードウェア"]   # bevelled blocks one on another
CYLINDER = "データ"
CONNECTED = ["推進アドバイザー", "（情報補佐官）"]   # a box's two lines, a connector run in between them


def _box(page: pymupdf.Page, x0: float, y0: float, x1: float, y1: float, dashed: bool = False) -> None:
    """One box as Word's drawing layer writes a rectangle shape: no rectangle operator but a path
    of lines from a point drawn to itself round the four sides, filled white and stroked grey
    (dashed: a dash pattern)."""
    path = path_ops(page, [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)])
    raw_ops(page, f"q 1 1 1 rg 0.5 0.5 0.5 RG 0.97 w {'[3 2] 0 d ' if dashed else ''}{path} B Q")


def ruled_table(page: pymupdf.Page, top: float) -> None:
    """A ruled table of 3 rows × 2 columns, its rules shared by its cells."""
    xs, ys = [100.0, 200.0, 400.0], [top + 20.0 * k for k in range(4)]
    for y in ys:
        page.draw_line((xs[0], y), (xs[-1], y), width=0.75)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.75)
    for r, row in enumerate(TABLE):
        for c, text in enumerate(row):
            page.insert_text((xs[c] + 4, ys[r] + 14), text, fontname=_GOTHIC, fontsize=10.5)


def _body(page: pymupdf.Page, y: float, text: str) -> None:
    page.insert_text((85, y), text, fontname=_GOTHIC, fontsize=12)


def build_boxes_apart(path: Path) -> Path:
    """Three boxes one under another inside a larger box, 3 pt between any two (each its own path):
    the grid's snapping lays two sides on one boundary, the boxes stand apart."""
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    _body(page, 100, "図に示すとおり、資産の管理には次の要素がある。")
    _box(page, 150, 140, 350, 250)
    page.insert_text((154, 153), "管理の資産", fontname=_GOTHIC, fontsize=9)
    for k, text in enumerate(APART):
        top = 160 + 28 * k
        _box(page, 155, top, 345, top + 25)
        page.insert_text((160, top + 16), text, fontname=_GOTHIC, fontsize=9)
    _body(page, 290, "表に主な項目を示す。")
    ruled_table(page, 310)
    doc.save(path)
    return path


def raw_ops(page: pymupdf.Page, ops: str) -> None:
    """Drawing operators appended to the page's content as written (PyMuPDF's shapes would write a
    rectangle operator, or a path MuPDF reads as a quad)."""
    xref = page.get_contents()[-1]
    page.parent.update_stream(xref, page.parent.xref_stream(xref) + b"\n" + ops.encode())


def path_ops(page: pymupdf.Page, *subpaths: list[tuple[float, float]]) -> str:
    """Each subpath from a point drawn to itself, then along its points (Word's way)."""
    h = page.rect.height
    out = []
    for pts in subpaths:
        (x, y), rest = pts[0], [pts[0]] + pts[1:]
        out.append(f"{x:.2f} {h - y:.2f} m " + " ".join(f"{a:.2f} {h - b:.2f} l" for a, b in rest))
    return " ".join(out)


def _block(page: pymupdf.Page, x0: float, y0: float, x1: float, y1: float, d: float) -> None:
    """A block as Word draws its cube shape: the front face and the bands along its top and left
    filled (each a path of lines), and one stroked outline — the hexagon round it, the face's top
    and left edges and the slanted corner between them."""
    fx, fy = x0 + d, y0 + d
    face = path_ops(page, [(fx, y1), (x1, y1), (x1, fy), (fx, fy), (fx, y1)])
    left = path_ops(page, [(fx, fy), (x0, y0), (x0, y1 - d), (fx, y1), (fx, fy)])
    top = path_ops(page, [(x1, fy), (x1 - d, y0), (x0, y0), (fx, fy), (x1, fy)])
    outline = path_ops(page, [(x1, fy), (x1 - d, y0), (x0, y0), (x0, y1 - d), (fx, y1), (x1, y1), (x1, fy)],
                    [(x1, fy), (fx, fy), (x0, y0)], [(fx, fy), (fx, y1)])
    raw_ops(page, f"q 0.82 0.81 0.81 rg {face} f 0.65 0.65 0.65 rg {left} f 0.85 0.85 0.85 rg {top} f "
               f"0 0 0 RG 0.6 w {outline} S Q")


def _cylinder(page: pymupdf.Page, x0: float, y0: float, x1: float, y1: float) -> None:
    shape = page.new_shape()
    shape.draw_oval((x0, y0, x1, y0 + 4))
    shape.draw_line((x0, y0 + 2), (x0, y1 - 2))
    shape.draw_bezier((x0, y1 - 2), (x0, y1 + 1), (x1, y1 + 1), (x1, y1 - 2))
    shape.draw_line((x1, y1 - 2), (x1, y0 + 2))
    shape.finish(color=(0, 0, 0), fill=(0.82, 0.81, 0.81), width=0.6)
    shape.commit()


def build_stack(path: Path) -> Path:
    """A software stack drawn beside a server: three bevelled blocks one on another, each a label
    centred on its face, over a cylinder for data."""
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    _body(page, 100, "情報システムは次の要素から構成される。")
    x0, x1, d = 266.2, 297.4, 2.8
    for k, text in enumerate(STACK):   # each block drawn over the one before, its bands overlapping its face
        top = 150.3 + 8.75 * k
        _block(page, x0, top, x1, top + 11.3, d)
        page.insert_text((x0 + d + 2.4, top + d + 6.3), text, fontname=_GOTHIC, fontsize=4.4)
    _cylinder(page, x0, 182.8, x1, 199.1)
    page.insert_text((x0 + 10, 194), CYLINDER, fontname=_GOTHIC, fontsize=5)
    _body(page, 260, "表に主な項目を示す。")
    ruled_table(page, 280)
    doc.save(path)
    return path


def build_connector_into_box(path: Path) -> Path:
    """An org chart's boxes: a box of two lines (an advisor and, bracketed, the post) beside a box
    holding a nested one, a connector drawn from inside the one into the other past its left side,
    along the gap between its two lines: the grid makes two rows of the box, but the rules around
    each line are the box's own, beyond either row. No table."""
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    _body(page, 100, "推進体制は次のとおりとする。")
    _box(page, 56.4, 165.5, 212.8, 205.7)   # the deputy's box, a box nested in it
    page.insert_text((62, 180), "副本部長（副市長・教育長）", fontname=_GOTHIC, fontsize=9)
    _box(page, 61.7, 187.2, 207.1, 201.4)
    page.insert_text((66, 198), "情報政策担当副市長", fontname=_GOTHIC, fontsize=9)
    _box(page, 221.8, 180.9, 327.1, 206.8)   # the advisor's box
    page.insert_text((226, 192), CONNECTED[0], fontname=_GOTHIC, fontsize=9)
    page.insert_text((236, 204), CONNECTED[1], fontname=_GOTHIC, fontsize=9)
    raw_ops(page, f"q 0 0 0 RG 0.75 w {path_ops(page, [(206.8, 193.6), (290.0, 193.6)])} S Q")   # the connector
    _body(page, 260, "表に主な項目を示す。")
    ruled_table(page, 280)
    doc.save(path)
    return path
