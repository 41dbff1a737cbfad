"""Conventions of a weekly report's sheet of tables (figure24): the tables' captions in the body's size between the
tables are labels in them, a line set larger than the body between two tables is a part's title
(headings._larger_between)."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from conftest import read_csv
from pipeline.cli import main
from test_tokyo16_conventions import GOTHIC, _grid


def build_report_sheet(path: Path) -> Path:
    """A report's title (24 pt) over two case tables, each under its caption in the cells' size (10 pt, as the
    tables' heads), then 例示研究所における検出状況 at 20 pt at the text's left over a last table."""
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_text((40, 50), "例示市感染症発生動向調査週報", fontname=GOTHIC, fontsize=24)
    y = 70.0
    for caption in ("発生状況（二類感染症　結核）", "発生状況（五類感染症　急性脳炎）"):
        page.insert_text((40, y + 12), caption, fontname=GOTHIC, fontsize=10)
        y = _grid(page, 40, y + 18, ["性別", "年齢", "発病年月日", "診断年月日", "病型", "症状", "備考"],
                  ["男", "40代", "10月23日", "10月31日", "不明", "発熱", "なし"], width=90) + 12
    page.insert_text((40, y + 26), "例示研究所における病原体分離・検出状況", fontname=GOTHIC, fontsize=20)
    _grid(page, 40, y + 38, ["病原体", "検体", "区", "状況", "採取", "年齢", "性別"],
          ["ウイルス", "血液", "中央", "検出", "10月27日", "33歳", "女"], width=90)
    doc.save(path)
    return path


def test_a_line_set_larger_between_two_tables_is_a_title(tmp_path):
    """The 20 pt line between the second table and the last heads the part of the last: a table's label is set in its
    table's or the body's size, never larger (headings._larger_between); the captions in the cells' size are none."""
    pdf = build_report_sheet(tmp_path / "sheet.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    titles = [h["title"] for h in read_csv(tmp_path / "out/documents/sheet/headings.csv")]
    assert titles == ["例示研究所における病原体分離・検出状況"], titles
