"""A court judgment typeset here (tests/judgment_conventions.py), against the truth written
beside its builder."""
from __future__ import annotations


import judgment_conventions as jc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_judgments_outline_with_labels_printed_through_soft_masks(tmp_path):
    """第１ > ⑴ of a judgment, every label one character in where its paragraphs start: ⑴
    printed as a one-colour picture through a soft mask is read as its label, and a ⑷ so printed
    inside a wrapped title is read in its place; ⑵, a long title over a paragraph that opens at
    the label's indent, heads it; 主文's ⑴, a sentence wrapped to its block's own right edge and
    hung under its text, is no heading."""
    out = _extract(jc.build_judgment(tmp_path / "hanketsu.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in jc.JUDGMENT]
