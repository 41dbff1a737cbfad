"""A procedure's flow chart set as ruled boxes (extractors/rules_to_cells.py `flow_steps`): each
step a box of one column — a shaded title bar over the step's text — the boxes stacked down the
page with an arrow (a filled triangle) in each gap. They are the steps of a figure, no tables; a
ruled table under them stays a table, and boxes with no arrow between them stay what they were."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from conftest import read_csv, extract_document as _extract, table_shapes as _tables
from real_truth import norm

GOTHIC = "japan"
STEPS = [("交付申請書の提出", "年度当初に、交付申請書を議長を経由して市長に提出します。"),
         ("交付決定通知書による通知", "市長は、交付すべき額を決定し、交付決定通知書により通知します。"),
         ("収支報告書の提出", "翌年度の４月３０日までに収支報告書を議長に提出します。")]
TABLE = [("物品名", "耐用年数"), ("パソコン", "４年"), ("プリンター", "５年")]


def _box(page: pymupdf.Page, y: float, title: str, text: str) -> float:
    """A step: a title bar (shaded, ruled) over the step's text, both framed: 2 rows, 1 column."""
    page.draw_rect(pymupdf.Rect(72, y, 520, y + 20), color=(0, 0, 0), fill=(0.85, 0.85, 0.85), width=0.75)
    page.draw_rect(pymupdf.Rect(72, y + 20, 520, y + 44), color=(0, 0, 0), width=0.75)
    page.insert_text((296 - 5.5 * len(title), y + 15), title, fontname=GOTHIC, fontsize=11)
    page.insert_text((84, y + 37), text, fontname=GOTHIC, fontsize=11)
    return y + 44


def _arrow(page: pymupdf.Page, y: float) -> None:
    """A filled triangle pointing down in the gap under a box."""
    page.draw_polyline([(286, y + 4), (302, y + 4), (294, y + 16), (286, y + 4)], color=None,
                       fill=(0.3, 0.5, 0.8), closePath=True)


def build_flow(path: Path, arrows: bool = True) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 80), "４ 交付申請から収支報告までの流れ", fontname=GOTHIC, fontsize=12)
    page.draw_line((72, 86), (520, 86), width=1.0)
    y = 110
    for k, (title, text) in enumerate(STEPS):
        y = _box(page, y, title, text)
        if k < len(STEPS) - 1:
            if arrows:
                _arrow(page, y)
            y += 20
    y += 40
    page.insert_text((72, y), "５ 備品の耐用年数", fontname=GOTHIC, fontsize=12)
    page.draw_line((72, y + 6), (520, y + 6), width=1.0)
    y += 24
    for k, (a, b) in enumerate(TABLE):
        page.draw_rect(pymupdf.Rect(72, y, 296, y + 20), color=(0, 0, 0), width=0.75)
        page.draw_rect(pymupdf.Rect(296, y, 520, y + 20), color=(0, 0, 0), width=0.75)
        page.insert_text((80, y + 15), a, fontname=GOTHIC, fontsize=11)
        page.insert_text((304, y + 15), b, fontname=GOTHIC, fontsize=11)
        y += 20
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def flow(tmp_path_factory) -> Path:
    return _extract(build_flow(tmp_path_factory.mktemp("flow") / "flow.pdf"))


def test_the_steps_of_a_flow_chart_are_no_tables(flow):
    assert _tables(flow) == [(3, 2, norm(TABLE[0][0]))]


def test_the_steps_words_are_kept_and_are_no_headings(flow):
    titles = {norm(h["title"]) for h in read_csv(flow / "headings.csv")}
    assert not titles & {norm(t) for t, _ in STEPS}
    text = norm(" ".join(r["text"] for r in read_csv(flow / "paragraphs.csv")))
    assert all(norm(body) in text for _, body in STEPS)


def test_boxes_with_no_arrow_between_them_are_left_as_they_were(tmp_path):
    """Without the arrows nothing marks the boxes as a flow: each is read as before (a ruled box
    of two rows), the convention asks the arrows."""
    got = _tables(_extract(build_flow(tmp_path / "boxes.pdf", arrows=False)))
    assert (3, 2, norm(TABLE[0][0])) in got and len(got) > 1
