"""Session 23's leftovers (tests/leftovers23_conventions.py), against the truth beside their builders."""
from __future__ import annotations

import json

import leftovers23_conventions as lc
from conftest import extract_document as _extract
from conftest import read_csv


def test_an_addressee_set_apart_from_a_filer_whose_town_begins_with_shimo_dates_the_form(tmp_path):
    """A filing form's dating line 令和３年２月１０日　北野市議会議長　殿　　下市町議会議員　氏名　北野　一郎: the addressee 殿 is
    set apart from the filer's 下 by the spaces the text layer prints between them (cleaned, they run on: 殿下市町,
    a word): the line is the form's dating line — it dates the form and is a field, no heading."""
    out = _extract(lc.build_filing_form(tmp_path / "form.pdf"))
    assert json.loads((out / "document.json").read_text(encoding="utf-8"))["date"] == lc.FORM_DATE
    headings = out / "headings.csv"
    assert not [h for h in (read_csv(headings) if headings.is_file() else []) if "殿" in h["title"]]


def test_an_addressee_is_read_where_the_text_layers_spacing_sets_it_apart():
    """line_roles.dating_line reads the addressee (殿, 御中) on the line as printed: set apart by white space or closing
    the line; run on (殿下, 殿堂: words) it names no addressee."""
    from extractors.line_roles import dating_line

    assert dating_line("令和3年2月10日 北野市議会議長 殿　　下市町議会議員 氏名 北野 一郎").date == "令和3年2月10日"
    assert dating_line("令和3年2月10日　北野市長 殿").date == "令和3年2月10日"
    assert dating_line("令和3年2月10日　各都道府県教育委員会 御中　北野市") is not None
    assert dating_line("令和3年2月10日　殿下がご来訪") is None
    assert dating_line("令和3年2月10日　北野市殿堂入り表彰") is None
    assert dating_line("令和3年4月1日　北野市長　北野　一郎　様") is not None
    assert dating_line("令和3年4月1日　様式第１号のとおり") is None
    # what follows the addressee set apart (Dating.after: the filer), not what follows a word holding its honorific
    assert dating_line("令和3年4月1日　様式第１号　北野市議会議長　殿　　北野市議会議員　氏名　北野　一郎").after \
        == "北野市議会議員氏名北野一郎"   # cleaned
    assert dating_line("令和3年4月1日　北野市殿堂管理者　北野市長　殿").after == ""


def test_the_published_label_is_one_pattern_however_it_is_set():
    """The 発行 label (発行, 発行元, 発行者, 編集・発行: cover_row.PUBLISHED_LABEL) is read by one pattern in its three
    settings: in brackets (cover_row._PUBLISHED_BY), before a colon (issuer._LABELLED), run on into the publisher's name
    (issuer._PUBLISHER, the label no part of the name)."""
    from extractors.cover_row import _PUBLISHED_BY
    from extractors.issuer import _LABELLED, _PUBLISHER

    for label in ("発行", "発行元", "発行者", "編集・発行"):
        assert _PUBLISHED_BY.match(f"【{label}】令和8年3月北野市自治会連合会") is not None
        assert _LABELLED.match(f"{label}：北野市").group(1) == "北野市"
        assert _PUBLISHER.fullmatch(f"{label}北野市").group(1) == "北野市"
    assert _PUBLISHER.match("北野市発行の広報") is None


def test_a_citys_rules_titled_by_its_name_are_issued_by_the_city(tmp_path):
    """A city's 要綱 printing no issuer, its title opening with the city's name (北野市…設置要綱): the city issues it
    (normalizers.bodies.title_body: _RULES_OF_MUNICIPALITY); a rules title opening with a word ending in 市 (都市…)
    names none."""
    out = _extract(lc.build_town_rules(tmp_path / "rules.pdf"))
    assert json.loads((out / "document.json").read_text(encoding="utf-8"))["issuer"] == lc.RULES_ISSUER
    word = _extract(lc.build_town_rules(tmp_path / "word.pdf", "都市公園の占用に関する事務取扱要領"))
    assert json.loads((word / "document.json").read_text(encoding="utf-8"))["issuer"] == ""


def test_the_filer_follows_the_addressee_the_dating_line_read_not_a_word_holding_its_honorific(tmp_path):
    """A filing form's dating line whose form number stands between the date and the addressee (令和７年４月１日　様式第１号
    北野市議会議長　殿　　北野市議会議員　氏名　北野　一郎): the 様 of 様式 runs on as a word, no honorific; the filer is what
    follows the addressee the dating line read (line_roles.dating_line, on the text as printed), the member."""
    line = "令和7年4月1日 様式第１号 北野市議会議長 殿　北野市議会議員 氏名 北野 一郎"
    out = _extract(lc.build_filing_form(tmp_path / "form.pdf", line))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (doc["date"], doc["issuer"]) == ("2025-04-01", "北野市議会議員北野一郎")
