"""below26 (tests/below26_conventions.py): a manual's last line, a date closed by 改訂, dates the paper."""
from __future__ import annotations

import json

import below26_conventions as bc
from conftest import extract_document as _extract


def test_a_revision_line_closing_the_text_dates_the_paper(tmp_path):
    """2023年10月27日改訂 flush right after the last page's text, no date on the first: the revision the paper is
    (cover_row._made_on, read by cover.closing_date) — on main no date."""
    out = _extract(bc.build_revised_manual(tmp_path / "manual.pdf"))
    meta = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert meta["date"] == "2023-10-27", meta["date"]


def test_a_date_closing_the_text_with_no_revision_word_dates_nothing(tmp_path):
    """The same line without 改訂 (a bare date, no signer under it) dates nothing, as before."""
    out = _extract(bc.build_revised_manual(tmp_path / "manual.pdf", last="2023年10月27日"))
    meta = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert meta["date"] == "", meta["date"]
