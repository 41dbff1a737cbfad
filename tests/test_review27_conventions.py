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
