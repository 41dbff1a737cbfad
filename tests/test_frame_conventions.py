"""Headings set apart by a band or a frame (tests/frame_conventions.py), each document against
the truth written beside its builder."""
from __future__ import annotations

from pathlib import Path

import frame_conventions as fc
from conftest import read_csv
from pipeline.cli import main
from real_truth import norm


def _headings(pdf: Path) -> list[tuple[int, str, str]]:
    assert main(["extract", str(pdf), "--out", str(pdf.parent / "out"), "-q"]) == 0
    out = pdf.parent / "out/documents" / pdf.stem
    return [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]


def test_headings_on_bands_are_one_level_at_any_size(tmp_path):
    """Headings smaller than the body, the top level on a shaded band across the column: 付録1:
    and 参照文献 on their bands are headings beside １ and ２ (the appendix closing every open
    level), the appendix's title printed small over its page is none, and a case study shaded
    in strips behind each of its lines has no band of its own."""
    got = _headings(fc.build_banded_paper(tmp_path / "banded.pdf"))
    assert got == [(d, norm(label), norm(title)) for d, label, title, _ in fc.BANDED]


def test_an_abbreviation_spaced_from_its_title_and_references_with_addresses(tmp_path):
    """2 AI システム… (the abbreviation set off from the Japanese by a space) keeps its label 2;
    the references under 3 参考情報, each a label and a citation in a face of its own with its
    web address on the line under it, are no headings."""
    got = _headings(fc.build_reference_list(tmp_path / "references.pdf"))
    assert got == [(d, norm(label), norm(title)) for d, label, title in fc.REFERENCED]
