"""A stacked bar chart of gains and losses is no table (tests/tables15_conventions.py)."""
from __future__ import annotations

import tables15_conventions as tc
from extractors.layout import read_pdf
from extractors.page_flow import build_flow
from extractors.ruled_tables import table_cells


def test_a_stacked_bar_chart_of_gains_and_losses_is_no_table(tmp_path):
    """Convention: bars standing on the axis and hanging below it, side by side, each reaching to a
    height of its own, every one ruled at the axis, are a chart's bars, not the pieces of a table
    (whose pieces stand one under another): no table, the years stay text."""
    flow = build_flow(read_pdf(str(tc.build_bars_across_axis(tmp_path / "bars.pdf"))))
    assert not table_cells(flow)
    text = " ".join(it.text for it in flow.items if hasattr(it, "text"))
    assert "2013" in text and "2016" in text
