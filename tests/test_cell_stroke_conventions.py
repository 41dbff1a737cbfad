"""A short stroke inside a table's cell (extractors/rules_to_cells.py `_ruling_rows`): a dash of an
arrow drawn in a schedule's cell, the side of a highlight inset in it — the cell's content, no
column rule; and a figure's box standing over the table, its sides near the table's column rules,
adds no column to it (a poster's org chart over its 工程 table)."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from conftest import read_csv
from pipeline.cli import main
from real_truth import norm

GOTHIC = "japan"
HEAD = ["施策", "令和３年度", "令和４年度", "令和５年度"]
ROWS = [("全体計画", "推進体制整備", "計画策定", "進捗管理"), ("人材育成", "職員研修", "業務分析", "推進員育成"),
        ("住民の利便性向上", "普及促進", "申請試行", "申請実施")]
XS = [60, 200, 300, 400, 500]


def build_schedule(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 60), "工程（案）", fontname=GOTHIC, fontsize=12)
    # a figure's boxes over the table (an org chart's row of boxes), their sides 3 pt off the columns'
    for x in XS[1:-1]:
        page.draw_rect(pymupdf.Rect(x - 45, 80, x - 3, 110), color=(0, 0, 0), width=0.75)
        page.insert_text((x - 40, 98), "各課", fontname=GOTHIC, fontsize=10)
    y = 114
    for k, row in enumerate([tuple(HEAD)] + ROWS):
        for c in range(4):
            page.draw_rect(pymupdf.Rect(XS[c], y, XS[c + 1], y + 22), color=(0, 0, 0), width=0.75)
            page.insert_text((XS[c] + 4, y + 15), row[c], fontname=GOTHIC, fontsize=9)
        if k:   # an arrow drawn in the row's second cell: a shaft of 6 pt and its head
            page.draw_line((XS[1] + 70, y + 8), (XS[1] + 70, y + 14), width=1.5)
            page.draw_polyline([(XS[1] + 66, y + 14), (XS[1] + 74, y + 14), (XS[1] + 70, y + 19), (XS[1] + 66, y + 14)],
                               color=None, fill=(0, 0, 0), closePath=True)
        y += 22
    doc.save(path)
    return path


def test_a_stroke_in_a_cell_and_a_box_over_the_table_add_no_column(tmp_path):
    pdf = build_schedule(tmp_path / "schedule.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    cells = read_csv(tmp_path / "out/documents/schedule/tables.csv")
    big = [c for c in cells if c["table_id"] == max({c["table_id"] for c in cells}, key=lambda i: sum(x["table_id"] == i for x in cells))]
    rows = max(int(c["row"]) + int(c["rowspan"]) - 1 for c in big)
    cols = max(int(c["col"]) + int(c["colspan"]) - 1 for c in big)
    assert (rows, cols) == (4, 4)
    assert [norm(c["text"]) for c in big if c["row"] == "1"] == [norm(h) for h in HEAD]
