"""blind27d (tests/blind27d_conventions.py): a cover's title runs on past its name's English rendering set small in
Latin letters between the rows in the title's type; a date with no figure in it, alone on its row, is a blank to fill
in, no heading."""
from __future__ import annotations

import csv
import json

import blind27d_conventions as bc
from conftest import extract_document as _extract
from real_truth import norm


def test_a_title_runs_on_past_its_english_rendering(tmp_path):
    """例示萌芽的挑戦研究創出事業 (22 pt) / its English rendering (12 pt, Latin letters only) / (EXRD) / 公 募 要 領 /
    （第１回） (22 pt): the English row renders the name above it, it ends nothing — the title is the rows in the title's
    type (cover._english_rendering) — on main the title stopped at the English row and took the year and the programme
    over the name instead (令和８年度…プログラム例示萌芽的挑戦研究創出事業: no 公募要領)."""
    out = _extract(bc.build_call_cover(tmp_path / "call.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(bc.CALL_TITLE), doc["title"]


def test_a_blank_date_to_fill_in_is_no_heading(tmp_path):
    """A 参考 sample agreement under a handbook's last section: 「年  月  日」 alone on its row, no figure in it, is the
    sample's date left blank to fill in (numbering.FORM_BLANK) — on main it was read as an unnumbered heading 年月日."""
    out = _extract(bc.build_sample_form(tmp_path / "sample.pdf"))
    titles = [r["title"] for r in csv.DictReader((out / "headings.csv").open(encoding="utf-8"))]
    assert "年月日" not in [norm(t) for t in titles] and len(titles) >= 2, titles
