"""Conventions met on real documents nobody had tuned for (blind22a; built in tests/blind22_conventions.py): a paper's
masthead row naming its issuer is no heading (Cover.issuer_at), a section title run to the edge over a paragraph marked
〇 opening with a quotation is no sentence (numbering zero_mark), the words of a figure under its caption head nothing
(headings._figure_word); a budget overview's amounts over a trillion (numbering._AMOUNT), an amount alone on its row
(line_roles._numbering), a measure wrapped one character in from its ○ (line_roles._hung_under_bullet), a title whose
last row closes on its amount (title_lines._figured_row), a measure's row closed by its amount over its explanation
(headings._figured_over_paragraph) and the budget's ministry in a title with a kanji ordinal (bodies._BUDGET_OF); an
attachment labelled in brackets, （別添１） (numbering attachment)."""
from __future__ import annotations

import json

import pytest

import blind22_conventions as bc
from conftest import extract_document as _extract, read_csv
from real_truth import norm


@pytest.fixture(scope="module")
def paper(tmp_path_factory):
    return _extract(bc.build_expert_paper(tmp_path_factory.mktemp("paper") / "paper.pdf"))


@pytest.fixture(scope="module")
def budget(tmp_path_factory):
    return _extract(bc.build_budget_overview(tmp_path_factory.mktemp("budget") / "budget.pdf"))


@pytest.fixture(scope="module")
def notice(tmp_path_factory):
    return _extract(bc.build_notice_attachment(tmp_path_factory.mktemp("notice") / "notice.pdf"))


def _doc(out):
    return json.loads((out / "document.json").read_text(encoding="utf-8"))


def _heads(out):
    """(label, title, page) of each heading, NFKC without white space (the built PDF's font maps ・ to ·: read back)."""
    return [(norm(h["label"]), norm(h["title"]).replace("·", "・"), h["page"]) for h in read_csv(out / "headings.csv")]


def test_the_masthead_row_is_the_issuer_and_no_heading(paper):
    """The meeting's name on its own row over the paper's quoted name: the issuer, and no heading — before, it was
    read as an unnumbered title over the paper's sections."""
    assert norm(_doc(paper)["issuer"]) == norm(bc.ISSUER)
    assert [t for _, t, _ in _heads(paper)][0] == "はじめに"


def test_a_section_title_over_a_quoted_zero_mark_paragraph_is_a_heading(paper):
    """（４）…考え方 run to the edge over 〇 「新規感染者数…」として… : the 〇 line opens an item of its own, so the title
    runs into no sentence — before, it was read as a sentence and lost."""
    assert (norm("（４）"), norm(bc.SECTION_4[3:]), "2") in _heads(paper)


def test_a_figure_word_under_its_caption_heads_nothing(paper):
    """渋谷, set larger beside the figure under 【図1．…】, is the figure's word."""
    assert all(t != bc.FIGURE_WORD for _, t, _ in _heads(paper))


def test_a_budget_overview_reads_its_parts_measures_and_ministry(budget):
    """第２'s amount over a trillion on the row under it ends its title; the amount alone under a measure (９．４億円)
    and a measure's row wrapped one character in from its ○ head nothing; on the detail page 第１'s title runs on to its
    last row that closes on the amount, and each ○ row closed by its amount heads its explanation in smaller type;
    the title's ministry (…厚生労働省第二次補正予算…) issues it."""
    heads = _heads(budget)
    assert (norm("第2"), norm(bc.PART_2[0][3:] + bc.PART_2[1]), "1") in heads
    assert (norm("第1"), norm(bc.PART_1[0][3:] + bc.PART_1[1]), "2") in heads
    assert [t for label, t, page in heads if label == "○"] == [norm(w[2:] + a) for w, a in bc.MEASURES]
    assert not any("億円" == t or t.startswith(norm(bc.WRAPPED[1])) for _, t, _ in heads)
    assert _doc(budget)["issuer"] == "厚生労働省"


def test_an_attachment_labelled_in_brackets_opens_the_attachment(notice):
    """（別添１） at the top right of the attachment's first page over its centred title: a heading labelled as printed,
    the attachment's bands under it — before, the label was a stamp (furniture) and the title text."""
    heads = _heads(notice)
    assert heads[0] == (norm("（別添１）"), norm(bc.ATTACHMENT_TITLE), "2")
    assert heads[1][1] == norm(bc.BAND)
