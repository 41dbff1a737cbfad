"""A standard's chapter set in Word (tests/notes13_conventions.py), against the truth beside its builder."""
from __future__ import annotations

import notes13_conventions as nc
from conftest import extract_document as _extract


def test_a_revision_stamp_at_the_foot_dates_a_document_with_no_date_on_its_cover(tmp_path):
    """(2024.5) alone at the first page's foot, beside the page number, the cover printing no date: the
    document is dated by it (2024-05)."""
    import json
    out = _extract(nc.build_standard_chapter(tmp_path / "standard.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert doc["date"] == nc.STANDARD_DATE
