"""Official documents typeset here (tests/letter_conventions.py): their headings against the
truth written beside each builder."""
from __future__ import annotations

from pathlib import Path

import pytest

import letter_conventions as lc
from conftest import read_csv
from pipeline.cli import main
from real_truth import norm


def _extract(pdf: Path) -> Path:
    assert main(["extract", str(pdf), "--out", str(pdf.parent / "out"), "-q"]) == 0
    return pdf.parent / "out/documents" / pdf.stem


@pytest.mark.parametrize("builder", sorted(lc.HEADINGS))
def test_headings(tmp_path, builder):
    out = _extract(getattr(lc, builder)(tmp_path / f"{builder}.pdf"))
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(norm(label), norm(title)) for label, title in lc.HEADINGS[builder]]
