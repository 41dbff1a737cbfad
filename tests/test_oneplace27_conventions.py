"""oneplace27: one place per decision — the row bars read once a page, staircases block_diagrams' alone, one
vocabulary of a revision's words, one test of two boxes touching, one test of a row wholly bracketed, a ruled list's
span as its docstring says."""
from __future__ import annotations

from types import SimpleNamespace

from extractors.settings import DEFAULT, QUALIFIER_LETTERS


def _rule(x0: float, x1: float, y: float) -> SimpleNamespace:
    return SimpleNamespace(x0=x0, x1=x1, y0=y, y1=y + 0.5)


def test_a_ruled_lists_span_is_its_rules_ends_within_panel_pad():
    """typography._ruled_runs: a span is the rules whose ends stand within `panel_pad` of its first rule's, edges
    included (geometry.by_extent). Ends 0.2 pt apart on either side of a half step of panel_pad (2.9 and 3.1 with a 2 pt pad)
    are one span — rounded to whole steps of the pad they fell in two, and a list ruled with a jitter of its rules'
    ends was none; ends a pad apart are one span, further apart two."""
    from extractors.typography import _ruled_runs

    h, pad = DEFAULT.headings, DEFAULT.headings.panel_pad
    jitter = [_rule(2.9 if k % 2 else 3.1, 500.0, 100.0 + 16.0 * k) for k in range(4)]
    assert [len(run) for run, _ in _ruled_runs(jitter, h)] == [4]
    at_pad = [_rule(10.0 + (pad if k % 2 else 0.0), 500.0, 100.0 + 16.0 * k) for k in range(6)]
    assert [len(run) for run, _ in _ruled_runs(at_pad, h)] == [6]
    past = [_rule(10.0 + (pad + 0.1 if k % 2 else 0.0), 500.0, 100.0 + 16.0 * k) for k in range(6)]
    assert [len(run) for run, _ in _ruled_runs(past, h)] == [3, 3]   # two spans, every other rule each


def test_a_row_wholly_bracketed_is_one_test_with_its_readers_limits():
    """numbering.wholly_bracketed: one pair of round brackets round the whole text, none inside; the empty pair only
    where least=0 (a cover row's note), the qualifier's limit QUALIFIER_LETTERS letters."""
    from extractors.numbering import wholly_bracketed

    assert wholly_bracketed("（単位：人）") and wholly_bracketed(" (欠番12例) ")
    assert not wholly_bracketed("()") and wholly_bracketed("()", least=0)
    assert not wholly_bracketed("(注)の例") and not wholly_bracketed("((例))") and not wholly_bracketed("例示")
    assert wholly_bracketed("(" + "例" * QUALIFIER_LETTERS + ")", most=QUALIFIER_LETTERS)
    assert not wholly_bracketed("(" + "例" * (QUALIFIER_LETTERS + 1) + ")", most=QUALIFIER_LETTERS)


def test_two_boxes_meet_within_reach_edges_included():
    """geometry.meets: boxes grown by `reach` overlap, edges included — the one test layout (a dashed frame and its
    arrow) and rules_to_cells (rules chained into grids, a block drawing's pieces, figure shapes) ask."""
    from extractors.geometry import meets

    a = (0.0, 0.0, 10.0, 10.0)
    assert meets(a, (12.0, 0.0, 20.0, 10.0), 2.0) and meets((12.0, 0.0, 20.0, 10.0), a, 2.0)
    assert not meets(a, (12.5, 0.0, 20.0, 10.0), 2.0) and not meets(a, (0.0, 12.5, 10.0, 20.0), 2.0)
    assert meets(a, (3.0, 3.0, 4.0, 4.0), 0.0)   # one inside the other


def test_a_staircase_is_no_piece_of_a_flow_diagram():
    """rules_to_cells.diagrams leaves staircases out (block_diagrams alone decides what a staircase head makes): two
    rounded badges a larger staircase touches, with an arrow touching one, are no flow diagram (before, the staircase
    joined them as a larger box does, and they were); a rounded box in its place still joins them."""
    from extractors.rules_to_cells import diagrams

    t = DEFAULT.tables
    boxes = [("rounded", (0.0, 0.0, 20.0, 10.0)), ("rounded", (80.0, 0.0, 100.0, 10.0))]   # badges
    stair = ("staircase", (19.0, 0.0, 81.0, 10.0))   # larger than either: it joined them as a box does
    arrow = ("arrow", (16.0, 3.0, 20.0, 7.0))
    assert diagrams(boxes + [stair, arrow], t) == []
    assert diagrams(boxes + [("rounded", stair[1]), arrow], t) != []   # a box in its place joins them


def test_a_date_closed_by_any_revisions_word_dates_the_text_at_its_close():
    """cover_row.REVISED, the one vocabulary of a revision's words: a last line 令和8年4月1日更新 dates the text as
    …改訂 does (closing_date's _REVISED_ON), and the cover's date rows read the same words (cover._AMENDED)."""
    from extractors.cover import _AMENDED
    from extractors.cover_row import _REVISED_ON, _dated_then

    for word in ("改訂", "改定", "更新", "修正", "改正"):
        assert _dated_then(f"令和8年4月1日{word}", _REVISED_ON) is not None
        assert _AMENDED.search(f"令和8年4月1日{word}") is not None
    assert _dated_then("令和8年4月1日作成", _REVISED_ON) is None
