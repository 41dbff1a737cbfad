"""Figures drawn as boxes in boxes are no tables (tests/figbox14_conventions.py); the ruled table under
each is found as before."""
from __future__ import annotations

import figbox14_conventions as fc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def _tables(out):
    """Each table's cells' texts, by table."""
    got: dict[str, list[str]] = {}
    for row in read_csv(out / "tables.csv"):
        got.setdefault(row["table_id"], []).append(norm(row["text"]))
    return list(got.values())


def _only_the_table(out, words):
    tables = _tables(out)
    assert tables == [[norm(t) for row in fc.TABLE for t in row]], tables
    body = "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert all(norm(w) in body for w in words), body


def test_boxes_drawn_apart_one_under_another_are_a_figure(tmp_path):
    """Boxes each drawn as a path of its own, 3 pt apart one under another inside a larger box: the
    nearest rules around each box's text close it apart from the next (the grid's snapping laid
    their sides on one boundary): no table; their words are the page's text."""
    _only_the_table(_extract(fc.build_boxes_apart(tmp_path / "apart.pdf")), fc.APART)


def test_a_stack_of_bevelled_blocks_is_a_figure(tmp_path):
    """ソフトウェア / ミドルウェア / ハードウェア each on a bevelled block of its own (a path with slanted
    corners, a figure shape), one on another over a cylinder: no table, though their straight sides
    make a grid of one column."""
    _only_the_table(_extract(fc.build_stack(tmp_path / "stack.pdf")), fc.STACK + [fc.CYLINDER])


def test_a_box_a_connector_runs_into_is_a_figure(tmp_path):
    """A box of two lines, a connector drawn into it from a box beside along the gap between them:
    the rules around each line close the box, beyond the row the grid makes of it (the connector is
    no side of it): no table."""
    _only_the_table(_extract(fc.build_connector_into_box(tmp_path / "connector.pdf")), fc.CONNECTED)
