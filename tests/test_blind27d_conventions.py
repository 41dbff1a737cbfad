"""blind27d (tests/blind27d_conventions.py): a cover's title runs on past its name's English rendering set small in
Latin letters between the rows in the title's type."""
from __future__ import annotations

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
