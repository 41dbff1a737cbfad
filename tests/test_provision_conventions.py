"""Legal drafts' conventions on documents typeset here (tests/provision_conventions.py), each
against the truth written beside its builder."""
from __future__ import annotations

from pathlib import Path

import provision_conventions as pc
from conftest import read_csv
from pipeline.cli import main
from real_truth import norm


def _headings(pdf: Path) -> list[tuple[int, str, str]]:
    assert main(["extract", str(pdf), "--out", str(pdf.parent / "out"), "-q"]) == 0
    rows = read_csv(pdf.parent / "out/documents" / pdf.stem / "headings.csv")
    return [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in rows]


def test_an_outline_label_titles_what_follows_whatever_its_length(tmp_path):
    """In one type, nothing set apart: a ⑴ line whose title is no sentence — a provision's name,
    the statutes it concerns (with 、, wrapped onto a second row), a source over the passage quoted
    from it — heads the text indented under it, however long; a title may open with a quoted term
    (３　「支配」概念…); a reference list's (1) Latin titles over their URLs are a list."""
    got = _headings(pc.build_provision_outline(tmp_path / "draft.pdf"))
    assert got == [(d, norm(label), norm(title)) for d, label, title in pc.PROVISION_OUTLINE]


def test_wrapped_items_one_after_another_are_a_list(tmp_path):
    """① ② ③ ④ phrases, each run to the edge and on to a row hung under its title: the items
    follow one another as line under line does (their wrapped rows passed over), a list."""
    got = _headings(pc.build_wrapped_items(tmp_path / "paper.pdf"))
    assert got == [(d, norm(label), norm(title)) for d, label, title in pc.WRAPPED_HEADINGS]


def test_an_article_is_headed_by_its_caption(tmp_path):
    """(通則) over 第１条　…: the article's heading, labelled with its number, titled with its caption;
    its text starts after the number (the heading holds it); (別表) over no article heads nothing."""
    pdf = pc.build_articles(tmp_path / "rules.pdf")
    assert _headings(pdf) == [(d, norm(label), norm(title)) for d, label, title in pc.ARTICLES]
    body = [norm(p["text"]) for p in read_csv(pdf.parent / "out/documents" / pdf.stem / "paragraphs.csv")]
    assert sum(b.startswith(norm(pc._ARTICLE_TEXT[:10])) for b in body) == len(pc.ARTICLES)


def test_provisions_in_body_type_are_no_headings(tmp_path):
    """Numbered provisions are sentences whatever carries them on: a row opened by the tail of a note
    reference set smaller (…措置（注 / ３）が…。), a 。 closing a bracketed clause inside a row (…限る。）及び…),
    a two-row statement with no comma (…と同様とする。; only a question, …か。, may title so); a 号 list's
    一 set in by spaces to where 二 and 三 stand is one of the list. The outline's 第１, 第２ and １ remain."""
    got = _headings(pc.build_provisions_in_body_type(tmp_path / "yoko.pdf"))
    assert got == [(d, norm(label), norm(title)) for d, label, title in pc.PROVISIONS]
