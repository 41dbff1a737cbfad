"""blind26b (tests/blind26b_conventions.py): two spreadsheet blocks ruled row by row, set side by side, are two
columns — a left row's count is never a label of the right row's place."""
from __future__ import annotations

import blind26b_conventions as bc
from conftest import extract_document as _extract, read_csv
from extractors.page_flow import build_flow
from pipeline.reading import open_document
from real_truth import norm


def test_side_by_side_ruled_lists_are_two_columns(tmp_path):
    """The gap between the two blocks' row rules, level row after row, is a gutter over their rows: each row's count
    stays on the left block's line and each place opens the right block's (on main "1見本市", "3標本市" … were joined
    across the gap and read as numbered headings, and the part's heading １ 事例一覧 was lost among them)."""
    path = bc.build_side_by_side_lists(tmp_path / "lists.pdf")
    flow = build_flow(open_document(str(path)))
    lines = [it.text for it in flow.items if hasattr(it, "text") and it.page == 1]
    places = [place for place, *_ in bc._RIGHT]
    assert not [t for t in lines if any(p in t for p in places) and t[:1].isdigit()], lines
    out = _extract(path)
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in bc.HEADINGS], got


def test_a_band_over_rows_ruled_one_by_one_is_their_header_row(tmp_path):
    """The grey band 推定経路 whose foot stands on the first of its block's row rules, more under it row after row, is
    the block's header row (typography.heads_ruled_rows): no panel, so no title set apart by it."""
    flow = build_flow(open_document(str(bc.build_side_by_side_lists(tmp_path / "lists.pdf"))))
    band = [it for it in flow.items if hasattr(it, "text") and it.text.strip() == bc.BAND]
    assert band and not band[0].on_panel


def test_rows_of_a_ruled_list_set_larger_than_the_body_head_nothing(tmp_path):
    """The same release with its first page set a size larger than the case list that makes most of its text (the
    2020 issue: 11.5 pt rows over an 11 pt list): each row between two of its block's row rules, or in the total's row
    under the last, is a cell of a list ruled row by row (typography.mark_ruled_rows), no title set apart by its size —
    the part's １ 事例一覧 stays the one heading."""
    path = bc.build_side_by_side_lists(tmp_path / "larger.pdf", size=11.5, list_size=11, cases=22)
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(_extract(path) / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in bc.HEADINGS], got


def test_rules_far_apart_round_a_circulars_parts_rule_no_list():
    """Full-width rules round a circular's parts (under its head, over and under a notes box, over its foot), far apart,
    each fall a whole number of the first gap's steps ± half a step below the last: no list ruled row by row, its lines
    no cells (before: the circular's subtitle and section labels lost as headings, its head joined in one paragraph).
    A list with one row left unruled is still one (typography._ruled_runs, _mostly_ruled)."""
    from types import SimpleNamespace

    from extractors.settings import DEFAULT
    from extractors.typography import _ruled_runs

    def rule(y: float) -> SimpleNamespace:
        return SimpleNamespace(x0=34.0, x1=561.0, y0=y, y1=y + 0.5)

    assert _ruled_runs([rule(y) for y in (64.0, 101.0, 300.0, 388.0, 725.0)], DEFAULT.headings) == []
    listed = [rule(100.0 + 16.0 * k) for k in (0, 1, 2, 4, 5, 6)]   # the row under the third rule left unruled
    assert [len(run) for run, _ in _ruled_runs(listed, DEFAULT.headings)] == [6]
