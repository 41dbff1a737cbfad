"""review27: guards of session 27's conventions tightened where they would fire wrongly (no held output changes)."""
from __future__ import annotations

import pytest

from normalizers.bodies import title_body


@pytest.mark.parametrize("title", ["中核市一覧", "特例市一覧", "県内市町一覧", "新市一覧", "政令指定都市一覧", "姉妹都市一覧"])
def test_a_list_of_municipalities_is_no_municipalitys_own_list(title):
    """A list titled by a kind of municipality (中核市一覧: the cities of that kind, listed by whoever keeps the list)
    names no municipality that issues it: _RULES_OF_MUNICIPALITY's 一覧 reading wants words naming what the list holds
    between the name and 一覧, the first no 市, 町 or 村 (on the session's code 中核市, 特例市, 県内市 were read)."""
    assert title_body(title) == ""


@pytest.mark.parametrize("title, body", [("西野市小・中学校区一覧表", "西野市"), ("北野町指定避難所一覧", "北野町"),
                                         ("西野市例示補助金交付要綱", "西野市")])
def test_a_municipalitys_own_list_and_rules_still_name_it(title, body):
    assert title_body(title) == body


# open_sides.implied_sides on built rules: a table 60..540 pt wide, its column rules at 150 and 450, rows 100..300
from extractors.open_sides import implied_sides   # noqa: E402
from extractors.records import Line, Rule, Span   # noqa: E402
from extractors.settings import DEFAULT   # noqa: E402


def _line(text: str, x0: float, y0: float) -> Line:
    x1, y1 = x0 + 10 * len(text), y0 + 10
    boxes = tuple((x0 + 10 * k, y0, x0 + 10 * (k + 1), y1) for k in range(len(text)))
    return Line(1, [Span(text, "Mincho", 10.0, x0, y0, x1, y1, y1 - 2, boxes)], x0, y0, x1, y1)


def _table(rows: list[float], sides: list[Rule]) -> tuple[list[Rule], list[Line]]:
    hs = [Rule(60, y, 540, y, 0.5) for y in rows]
    vs = [Rule(x, rows[0], x, rows[-1], 0.5) for x in (150, 450)]
    lines = [_line("区分", 70, 110), _line("例示", 70, 200), _line("率", 470, 110), _line("1.5", 470, 200)]
    return hs + vs + sides, lines


def test_a_table_ruled_without_sides_has_them_implied():
    rules, lines = _table([100, 130, 300], [])
    assert sorted(r.x0 for r in implied_sides(rules, lines, DEFAULT.tables)) == [60, 540]


def test_a_rule_drawn_twice_counts_once_towards_side_rules():
    """Two heights only (each rule drawn twice, a double stroke): fewer than `side_rules` row rules — on the session's
    code the four strokes counted as four rules."""
    rules, lines = _table([100, 100, 300, 300], [])
    assert implied_sides(rules, lines, DEFAULT.tables) == []


def test_a_side_drawn_on_past_the_rules_is_drawn():
    """A side drawn from above the table's top to below its foot (a frame's, a taller table's) is a side drawn: none
    is implied over it — on the session's code only a side inside the band's rules counted."""
    rules, lines = _table([100, 130, 300], [Rule(60, 80, 60, 320, 0.5), Rule(540, 80, 540, 320, 0.5)])
    assert implied_sides(rules, lines, DEFAULT.tables) == []
