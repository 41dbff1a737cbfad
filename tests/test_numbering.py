"""The one table of numbering systems (extractors/numbering.py): the heading patterns, the goal
labels and the item starts all come from it, so the stages agree on what a label is."""
from __future__ import annotations

import pytest

from extractors.numbering import ITEM_START, SYSTEMS, goal_label, match_goal_label, match_numbering
from normalizers.text import clean


@pytest.mark.parametrize("line, kind, number, rest", [
    ("＜戦略目標１＞　人材の育成", "戦略目標", "1", "人材の育成"),
    ("大目標：基盤の整備", "大目標", "", "基盤の整備"),
    ("具体目標２", "具体目標", "2", ""),
    ("大目標「信頼」の確立", "大目標", "", "「信頼」の確立"),
    ("目標「安全」の確保", "目標", "", "「安全」の確保"),   # was a goal to the headings only
])
def test_a_goal_label_is_one_for_headings_and_goals(line, kind, number, rest):
    assert match_goal_label(line) == (kind, number, rest)
    assert goal_label(line) is not None


@pytest.mark.parametrize("line", ["目標値は5割とする。", "目標を達成する", "具体的な目標"])
def test_words_that_merely_begin_with_a_goal_word_are_no_label(line):
    assert match_goal_label(line) is None and goal_label(line) is None


@pytest.mark.parametrize("line, system, label", [
    ("第１部　総論", "part", "第1部"), ("第２　基本方針", "dai", "第2"), ("1.2 目的", "decimal", "1.2"),
    ("（１）概要", "paren_number", "(1)"), ("① 人間の尊厳", "circled", "①"), ("【重点】", "band", ""),
    ("１　目的", "bare_number", "1"), ("ア．概要", "katakana", "ア."),
])
def test_each_system_reads_its_label(line, system, label):
    m = match_numbering(line)
    assert m is not None and m[0] == system and m[2] == label


@pytest.mark.parametrize("line", ["10 月に公表", "3 件の事例", "5.0 を支える", "Society 5.0"])
def test_a_label_never_precedes_the_words_it_must_not(line):
    assert match_numbering(line) is None


@pytest.mark.parametrize("line, starts", [
    ("・データの整備", True), ("① 人材", True), ("１． Scope", True), ("1.5倍に増やす", False), ("人材の育成", False),
])
def test_an_item_starts_with_a_bullet_a_circled_number_or_an_enumeration(line, starts):
    assert bool(ITEM_START.match(clean(line))) == starts


def test_every_system_has_its_own_name_and_a_kind():
    names = [s.name for s in SYSTEMS]
    assert len(names) == len(set(names)) and all(s.kind for s in SYSTEMS)
