"""oneplace25 (tests/oneplace25_conventions.py): two open-bodied statistics tables on one page are two tables."""
from __future__ import annotations

import oneplace25_conventions as oc
from conftest import extract_document as _extract, read_csv, table_shapes
from real_truth import norm


def test_two_open_bodied_tables_on_one_page_are_two_tables(tmp_path):
    """Two statistics tables one under the other, each with a ruled header and an open body closed by one rule, the
    two as wide: each table's implied rules are built (open_tables.implied_rules, _table_under: a body is closed by the
    lowest rule as wide that leaves it open and opens no ruled band) — on main only the second was read in full (the
    first table's body ran on to the page's lowest rule, the second's header's column rules standing in it: no open
    body; the first read as a fragment of its header)."""
    out = _extract(oc.build_two_open_tables(tmp_path / "two.pdf"))
    want = [(1 + len(oc.FIRST_YEARS), 5, norm(oc.TABLE_HEADS[0])), (1 + len(oc.SECOND_YEARS), 5, norm(oc.TABLE_HEADS[0]))]
    assert table_shapes(out) == want, table_shapes(out)
    cells = read_csv(out / "tables.csv")
    firsts = [[norm(c["text"]) for c in cells if c["table_id"] == t and c["col"] == "1"]
              for t in dict.fromkeys(c["table_id"] for c in cells)]
    assert [f[-1] for f in firsts] == [norm(oc.FIRST_YEARS[-1]), norm(oc.SECOND_YEARS[-1])], firsts


def test_two_open_bodied_tables_side_by_side_are_two_tables(tmp_path):
    """Two statistics tables side by side, their headers on one row: the second's header stands beside the first
    table, not inside it (open_tables._inside: across its columns as well as between its top and its closing rule) —
    read by rows only, the second was taken for a rule inside the first and not read."""
    out = _extract(oc.build_side_by_side_open_tables(tmp_path / "side.pdf"))
    want = [(1 + len(oc.FIRST_YEARS), 5, norm(oc.TABLE_HEADS[0])), (1 + len(oc.SECOND_YEARS), 5, norm(oc.TABLE_HEADS[0]))]
    assert table_shapes(out) == want, table_shapes(out)
