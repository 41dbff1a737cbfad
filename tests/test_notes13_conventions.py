"""A study group's report set in Word (tests/notes13_conventions.py), against the truth beside its builder."""
from __future__ import annotations

import notes13_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_label_a_full_width_apart_from_its_title_heads_it_though_the_title_opens_with_a_unit(tmp_path):
    """第２ 条約との関係について, １ 条約やモデル法について: the label stands a full width from its title (the text
    layer's half-width space and blank advance), so 条 opens the title — no article 第2条, no line run on
    into the heading above."""
    out = _extract(nc.build_wide_spaced_labels(tmp_path / "report.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in nc.HEADINGS]


def test_a_revision_stamp_at_the_foot_dates_a_document_with_no_date_on_its_cover(tmp_path):
    """(2024.5) alone at the first page's foot, beside the page number, the cover printing no date: the
    document is dated by it (2024-05)."""
    import json
    out = _extract(nc.build_standard_chapter(tmp_path / "standard.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert doc["date"] == nc.STANDARD_DATE
