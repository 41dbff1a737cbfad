"""A review report's first sheet and its wrapped bullets (tests/pmda20_conventions.py)."""
from __future__ import annotations

import pmda20_conventions as pc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def _headings(out) -> list[tuple[int, str, str]]:
    return [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]


def _titles(out) -> list[str]:
    return [t for _, _, t in _headings(out)]


def test_a_bracketed_label_set_as_its_value_on_a_larger_sheet_is_a_field(tmp_path):
    """The result sheet before the report is set in 12 pt, the report in 10.5 pt: ［審議結果］ and ［承認条件］ alone on
    their rows, in the very type of the values under them, are the sheet's field labels, no headings — larger than
    the body only as their page is (headings._set_as_its_value)."""
    got = _titles(_extract(pc.build_sheet(tmp_path / "sheet.pdf")))
    assert not any(norm(f) in got for f in pc.FIELDS), got
    assert [norm(s) for s in pc.SECTIONS] == [t for t in got if t in {norm(s) for s in pc.SECTIONS}], got


def test_a_bracketed_label_set_apart_from_its_value_stays_a_heading(tmp_path):
    """The same labels in bold over their values in the sheet's plain type are set apart: headings, as before."""
    got = _titles(_extract(pc.build_sheet(tmp_path / "sheet.pdf", bold=True)))
    assert all(norm(f) in got for f in pc.FIELDS), got


def test_a_line_hung_under_a_bullets_text_continues_it_whatever_it_opens_with(tmp_path):
    """"・ …本薬を" runs to the edge; the line under it, hung under the bullet's text, opens with "1 日2 回投与…":
    the item's wrapped line, no numbered heading (the report's title is the document's) (line_roles._hung_under_bullet)."""
    got = _headings(_extract(pc.build_bullets(tmp_path / "bullets.pdf")))
    assert got == [(1, f"{n}.", norm(s)) for n, s in enumerate(pc.SECTIONS, 1)] + [(1, "4.", norm(pc.SECTION))], got
