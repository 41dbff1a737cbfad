"""The conventions of tests/decision_conventions.py, each against the truth written beside its builder."""
from __future__ import annotations

from pathlib import Path

import decision_conventions as dc
from conftest import read_csv
from pipeline.cli import main
from real_truth import norm


def _extract(pdf: Path) -> Path:
    assert main(["extract", str(pdf), "--out", str(pdf.parent / "out"), "-q"]) == 0
    return pdf.parent / "out/documents" / pdf.stem


def test_marked_subheadings_in_the_heading_face(tmp_path):
    """A ○ line in the headings' Gothic over Mincho paragraphs right under it heads them (a third
    level under （１）); ○ items in Gothic one under another, and ○ bullets in Mincho, are a list."""
    out = _extract(dc.build_marked_subheadings(tmp_path / "decision.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in (e for e in dc.MARKED if e is not None)]
