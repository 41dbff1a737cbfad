"""A slide's table drawn with floating rules is one table; a stacked bar chart of gains and losses
is none (tests/tables15_conventions.py)."""
from __future__ import annotations

import tables15_conventions as tc
from pipeline.reading import open_document
from extractors.page_flow import build_flow
from extractors.ruled_tables import table_cells
from real_truth import norm


def test_a_table_drawn_with_floating_rules_is_one_table(tmp_path):
    """Convention (PowerPoint's style of floating rules): the divider stops short of the frame's top
    and foot, the header and total rules stop short of the frame's sides and of the divider — every
    rule floats at both ends, each end a few points from the rule it stands against. The rules are
    drawn on to meet: one table of 3 rows x 2 columns. The tag laid across the frame's corner is no
    column of it (its side rules only the sliver between the tag's foot and the frame's top)."""
    cells = table_cells(build_flow(open_document(str(tc.build_floating_rules(tmp_path / "floating.pdf")))))
    got = {(c.table_id, c.row, c.col, c.rowspan, c.colspan, norm(c.text)) for c in cells}
    want = {(1, r + 1, k + 1, 1, 1, norm(text)) for r, row in enumerate(tc.FLOAT_TABLE) for k, text in enumerate(row)}
    assert got == want


def test_a_stacked_bar_chart_of_gains_and_losses_is_no_table(tmp_path):
    """Convention: bars standing on the axis and hanging below it, side by side, each reaching to a
    height of its own, every one ruled at the axis, are a chart's bars, not the pieces of a table
    (whose pieces stand one under another): no table, the years stay text."""
    flow = build_flow(open_document(str(tc.build_bars_across_axis(tmp_path / "bars.pdf"))))
    assert not table_cells(flow)
    text = " ".join(it.text for it in flow.items if hasattr(it, "text"))
    assert "2013" in text and "2016" in text
