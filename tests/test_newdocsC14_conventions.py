"""A discussion paper's footnotes keeping the body's first-line indent (tests/newdocsC14_conventions.py),
against the truth beside its builder."""
from __future__ import annotations

import newdocsC14_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_note_keeping_the_paragraph_indent_under_a_known_separator(tmp_path):
    """Under the separator drawn on the page before, a note whose number stands three characters
    right of the rule's start (the body's first-line indent kept by the footnote style) is a note,
    its URL on the next line part of it; neither note's text stays in the body."""
    out = _extract(nc.build_indented_note(tmp_path / "paper.pdf"))
    got = [(int(f["number"]), int(f["page"]), norm(f["text"])) for f in read_csv(out / "footnotes.csv")]
    assert got == [(n, k + 1, norm(t + u)) for k, (n, t, u) in enumerate(nc.NOTES)]
    body = "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert all(norm(t) not in body for _, t, _ in nc.NOTES)
