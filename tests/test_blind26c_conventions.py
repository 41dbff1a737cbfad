"""blind26c (tests/blind26c_conventions.py): a rule's name printed alone on the first row of a page set in one size,
right over its first article's caption, is the paper's title; the body opening it issues the paper; an
amended rule's last 附則 dates it; rules titled by where they apply are that body's; a
date and a sender set small over the title date and issue the paper."""
from __future__ import annotations

import json

import blind26c_conventions as bc
from conftest import extract_document as _extract


def test_a_rules_name_right_over_its_first_article_is_the_title(tmp_path):
    """例示町…補助金要綱 / （趣旨） / 第１条 この要綱は…, every row in the body's size and face, the name indented but not
    centred and no blank line under it: the row names the rule whose articles follow (cover._rule_over_its_articles)
    — on main no reader took it (not centred, no larger type, no other face), the title was empty and so was the
    issuer the title names."""
    out = _extract(bc.build_rule_page(tmp_path / "rule.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (doc["title"], doc["issuer"]) == (bc.RULE_TITLE, "例示町"), (doc["title"], doc["issuer"])


def test_the_last_supplementary_provision_dates_an_amended_rule(tmp_path):
    """The 要綱 with three 附則 (enacted 平成３年, amended 平成２０年 and 2026), no date of its own: the rules as printed
    are the version the last 附則 puts in force (cover.effective_date) — on main the first 附則's day (1991-04-01)
    dated them."""
    out = _extract(bc.build_amended_rule(tmp_path / "amended.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert doc["date"] == bc.AMENDED_ON, doc["date"]


def test_rules_titled_by_where_they_apply_are_issued_by_that_body(tmp_path):
    """例示大学大学院例示研究科における例示アシスタント実施要項, no issuer printed: the body named before における makes the rules
    (normalizers.bodies._RULES_IN_BODY) — on main the issuer was empty."""
    out = _extract(bc.build_rule_page(tmp_path / "faculty.pdf", bc.FACULTY_RULE))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (doc["title"], doc["issuer"]) == (bc.FACULTY_RULE, bc.FACULTY), (doc["title"], doc["issuer"])


def test_a_date_and_sender_over_the_title_date_and_issue_the_paper(tmp_path):
    """令和8年4月 / 例示事業運営事務局 set small at the top right over the centred title, no date under it: the head's
    date dates the paper and the name under it sends it (cover._dated_and_sent_over_title) — on main neither was read."""
    out = _extract(bc.build_call_head(tmp_path / "call.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (doc["title"], doc["date"], doc["issuer"]) == (bc.CALL_TITLE, bc.CALL_ISO, bc.CALL_SENDER), \
        (doc["title"], doc["date"], doc["issuer"])
