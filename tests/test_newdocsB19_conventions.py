"""An advisory council's 見解 with a paper attached inside it (tests/newdocsB19_conventions.py): the first row's
quotation is the title and the council before it the issuer; the attached paper's quoted name, read over its two
centred rows under its date and its council's row, is a part's heading, its bold titles nested under it."""
from __future__ import annotations

import json

import newdocsB19_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_title_row_naming_its_body_before_the_quotation(tmp_path):
    """会議「…の見解」 on the first row: the title is what the brackets hold, the body before them the issuer."""
    out = _extract(nc.build_kenkai(tmp_path / "kenkai.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(nc.TITLE) and norm(doc["issuer"]) == norm(nc.BODY)
    assert doc["date"] == "2020-03-09"


def test_an_attached_papers_quoted_name_heads_its_part(tmp_path):
    """The paper's date alone at the page's top, its council's name and its quoted name centred in bold: the quoted
    rows are one heading at the top level (the brackets no part of it, the council's row none), its bold titles
    nested under it; the sections 1. – 3. before it stay at the top."""
    out = _extract(nc.build_kenkai(tmp_path / "kenkai.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(1, f"{n}.", norm(s)) for n, s in enumerate(nc.SECTIONS, 1)] \
        + [(1, "", norm(nc.PAPER_TITLE))] + [(2, "", norm(s)) for s in nc.PAPER_SECTIONS]
