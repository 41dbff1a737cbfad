"""Conventions of figures (figure26): a block-arrow diagram drawn with rules alone is a figure — a staircase of thin
fills drawing a diagonal is one shape (layout._staircase), and lines that lie in no grid join the grids and arrow heads
they reach (rules_to_cells.block_diagrams): a flow of amounts whose boxes are ruled grids is no table."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from conftest import extract_document, read_csv
from test_tokyo16_conventions import GOTHIC, _grid

BLACK = (0, 0, 0)


def _staircase(page: pymupdf.Page, a: tuple[float, float], b: tuple[float, float], steps: int = 45,
               stroked: bool = False) -> None:
    """A slanted stroke from `a` to `b` filled as a staircase of tiny steps (a ribbon 0.3 pt thick), one path
    (`stroked`: the same outline stroked, not filled)."""
    (ax, ay), (bx, by) = a, b
    dx, dy = (bx - ax) / steps, (by - ay) / steps
    there = [(ax, ay)]
    for k in range(steps):
        x, y = there[-1]
        there += [(x + dx, y), (x + dx, y + dy)]
    back = [(x - 0.15, y + 0.15) for x, y in reversed(there)]
    shape = page.new_shape()
    shape.draw_polyline(there + back)
    shape.finish(color=BLACK if stroked else None, fill=None if stroked else BLACK, closePath=True, width=0.3)
    shape.commit()


def _block_arrow_down(page: pymupdf.Page, cx: float, top: float, neck: float, tip: float) -> None:
    """A block arrow pointing down: a shaft of two parallel rules from `top` to `neck`, two short wings out to the
    head's wide side, and the head's V drawn as two staircases meeting at `tip`."""
    for x in (cx - 4.5, cx + 4.5):
        page.draw_line((x, top), (x, neck), color=BLACK, width=0.75)
    page.draw_line((cx - 9, neck), (cx - 4.5, neck), color=BLACK, width=0.75)
    page.draw_line((cx + 4.5, neck), (cx + 9, neck), color=BLACK, width=0.75)
    _staircase(page, (cx - 9, neck), (cx, tip))
    _staircase(page, (cx, tip), (cx + 9, neck))


def _box(page: pymupdf.Page, x0: float, y0: float, x1: float, y1: float, title: str, parts: tuple[str, ...]) -> None:
    """A box ruled as a grid: its title row over a row split into `parts`, each part a label over an amount."""
    for y in (y0, y0 + 30, y1):
        page.draw_line((x0, y), (x1, y), color=BLACK, width=1.5)
    page.draw_line((x0, y0), (x0, y1), color=BLACK, width=1.5)
    page.draw_line((x1, y0), (x1, y1), color=BLACK, width=1.5)
    page.insert_text((x0 + 40, y0 + 20), title, fontname=GOTHIC, fontsize=10)
    width = (x1 - x0) / len(parts)
    for k, part in enumerate(parts):
        if k:
            page.draw_line((x0 + width * k, y0 + 30), (x0 + width * k, y1), color=BLACK, width=0.5)
        page.insert_text((x0 + width * k + 8, y0 + 48), part, fontname=GOTHIC, fontsize=9)
        page.insert_text((x0 + width * k + 8, y0 + 64), "１兆２３４億円", fontname=GOTHIC, fontsize=9)


def build_block_diagram(path: Path) -> Path:
    """A chapter's page: its headings, a paragraph, then 図１ — two boxes (grids) whose connector lines meet at a
    junction a block arrow starts from, the arrow into a third box, a block arrow from it into a fourth (a grid of
    three rows), and a framed box with its lone label joined by a connector."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 80), "第１章　例示市経済の分析", fontname=GOTHIC, fontsize=14)
    page.insert_text((60, 110), "１　例示市経済の構造", fontname=GOTHIC, fontsize=12)
    page.insert_text((72, 135), "例示市の経済の規模は前回と比べてわずかに増加した。", fontname=GOTHIC, fontsize=10)
    page.insert_text((180, 175), "図１　例示市の財・サービスの流れ", fontname=GOTHIC, fontsize=10)
    _box(page, 100, 200, 260, 280, "中間例示", ("財の例示", "役務の例示"))
    _box(page, 300, 200, 460, 280, "付加例示", ("所得例示", "余剰例示"))
    for x in (170, 390):   # the connectors down to the junction
        page.draw_line((x, 280), (x, 300), color=BLACK, width=0.75)
    page.draw_line((170, 300), (390, 300), color=BLACK, width=0.75)
    _block_arrow_down(page, 280, 300, 330, 348)
    _box(page, 180, 348, 380, 428, "生産例示", ("財の生産", "役務の生産"))
    _block_arrow_down(page, 280, 428, 458, 476)
    for y in (476, 492, 508, 524):
        page.draw_line((150, y), (410, y), color=BLACK, width=1.5)
    for x in (150, 410):
        page.draw_line((x, 476), (x, 524), color=BLACK, width=1.5)
    for y, word in ((488, "総供給例示　１５兆円"), (504, "総需要例示　１５兆円"), (520, "最終例示　　１０兆円")):
        page.insert_text((200, y), word, fontname=GOTHIC, fontsize=9)
    page.draw_rect(pymupdf.Rect(440, 348, 520, 428), color=BLACK, width=1.5)   # a framed box, its lone label
    page.insert_text((460, 392), "例示出", fontname=GOTHIC, fontsize=10)
    page.draw_line((410, 500), (480, 500), color=BLACK, width=0.75)
    page.draw_line((480, 428), (480, 500), color=BLACK, width=0.75)
    page.insert_text((72, 560), "注　四捨五入の関係で、内訳は必ずしも合計と一致しない。", fontname=GOTHIC, fontsize=9)
    doc.save(path)
    return path


def build_two_tables(path: Path) -> Path:
    """Two ruled tables, one over the other, a rule of the page running from the first's foot to the second's head,
    and an empty cell of the first struck through by a staircase diagonal (a 斜線 drawn step by step)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 80), "例示統計の概要", fontname=GOTHIC, fontsize=14)
    page.insert_text((60, 130), "表１　例示件数", fontname=GOTHIC, fontsize=10)
    _grid(page, 60, 140, ["区分", "件数", "前年", "増減"], ["総数", "１２３", "", "５"])
    _staircase(page, (180, 158), (240, 180), steps=80)   # the empty 前年 cell struck through
    page.draw_line((60, 180), (60, 230), color=BLACK, width=0.5)   # the page's rule down to the next table
    page.insert_text((60, 225), "表２　例示金額", fontname=GOTHIC, fontsize=10)
    _grid(page, 60, 230, ["区分", "金額", "前年", "増減"], ["総数", "４５６", "４００", "５６"])
    doc.save(path)
    return path


def test_a_staircase_drawing_a_diagonal_is_one_arrow_shape_no_rules(tmp_path):
    """Each side of a block arrow's head, filled step by step, is one "staircase" shape; its steps are no rules. The
    same outline stroked (a line drawn, not a fill) is none."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _staircase(page, (100, 100), (118, 118))
    _staircase(page, (200, 118), (218, 100))
    _staircase(page, (300, 100), (340, 120), stroked=True)
    page.insert_text((60, 200), "例示の矢印", fontname=GOTHIC, fontsize=10)
    doc.save(tmp_path / "heads.pdf")
    from extractors.layout import read_pdf
    read = read_pdf(str(tmp_path / "heads.pdf")).pages[0]
    assert sorted(kind for kind, _ in read.shapes) == ["staircase", "staircase"], read.shapes
    assert [r for r in read.rules if r.x1 < 250] == [], read.rules[:5]


def test_a_block_arrow_diagram_ruled_as_grids_is_a_figure(tmp_path):
    """The boxes are grids joined by block arrows and connector lines: no tables, the boxes' labels no headings."""
    out = extract_document(build_block_diagram(tmp_path / "flow.pdf"))
    assert read_csv(out / "tables.csv") == []
    titles = [r["title"] for r in read_csv(out / "headings.csv")]
    assert titles == ["例示市経済の分析", "例示市経済の構造"], titles


def test_tables_a_line_joins_and_a_stroked_cell_stay_tables(tmp_path):
    """A staircase diagonal in one table's cell touches that table only; the page's rule joins the two tables but
    no arrow runs between them: both stay tables."""
    out = extract_document(build_two_tables(tmp_path / "tables.pdf"))
    assert sorted({r["table_id"] for r in read_csv(out / "tables.csv")}) == ["1", "2"]
