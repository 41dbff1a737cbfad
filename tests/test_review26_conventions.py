"""review26: a row is a table's (cover._within_table) only where the rows listed round it stand over it and under it —
not where a page read in columns lists the right column's first row after the left column's last."""
from __future__ import annotations

from extractors.cover import _within_table
from extractors.cover_row import CoverRow


def _row(y0: float, text: str, in_table: bool, x0: float = 60.0, tall: float = 12.0) -> CoverRow:
    return CoverRow(y0, y0 + tall, 10.0, text, x0, x0 + 120.0, in_table=in_table)


def test_a_row_opening_the_right_column_is_over_the_table_not_within_it():
    """令和8年4月1日現在 set over a list's right end: read in columns, it follows the left column's last table row (at the
    page's foot) and precedes the right column's first (under it) — beside the table in the list, over it on the page:
    no row of the table (on main it was one, and the paper lost its date)."""
    rows = [_row(700.0, "38　例示", True), _row(78.0, "令和8年4月1日現在", False, x0=455.0), _row(96.0, "備考", True, x0=455.0)]
    assert not _within_table(rows, 1)


def test_a_cell_set_past_the_grids_rule_is_within_its_table():
    """A cell's name set past the grid's left rule, the row's other cells inside on its line, between table rows: within."""
    rows = [_row(450.0, "月～土", True, x0=600.0), _row(471.0, "例示会北野病院", False, x0=248.0),
            _row(471.0, "000-0000・例示市", True, x0=421.0), _row(502.0, "月～土", True, x0=600.0)]
    assert _within_table(rows, 1)
    rows = [_row(502.7, "月～土", True, x0=600.0), _row(509.7, "例示会南野病院", False, x0=250.0, tall=10.3),
            _row(509.4, "000-0000・例示市", True, x0=421.0, tall=17.3)]
    assert _within_table(rows, 1)
