"""A cabinet office's notices typeset here (tests/notice_conventions.py): their headings and titles
against the truth written beside each builder."""
from __future__ import annotations

import json

import pytest

import notice_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


@pytest.mark.parametrize("builder", sorted(nc.HEADINGS))
def test_headings(tmp_path, builder):
    out = _extract(getattr(nc, builder)(tmp_path / f"{builder}.pdf"))
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(norm(label), norm(title)) for label, title in nc.HEADINGS[builder]]


def test_a_title_in_rows_is_the_title_and_no_paragraph(tmp_path):
    """Both rows of a title set in two rows are the document's title: neither a heading (test_headings)
    nor a paragraph of the text."""
    out = _extract(nc.build_title_in_rows(tmp_path / "rows.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(nc.TITLES["build_title_in_rows"])
    texts = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert not any(norm("第一次提出の状況") in t or norm("地域振興交付金の実施計画") in t for t in texts)


def test_a_section_underlined_ends_with_its_line(tmp_path):
    """The paragraph under an underlined section that reaches the right edge opens the section's text:
    its first row is a paragraph's, not the title's."""
    out = _extract(nc.build_underlined_sections(tmp_path / "underlined.pdf"))
    under = {p["heading_seq"]: norm(p["text"]) for p in read_csv(out / "paragraphs.csv") if p["heading_seq"]}
    assert sorted(under) == ["1", "2"] and all(t.startswith(norm(nc.TEXT[:10])) for t in under.values())
