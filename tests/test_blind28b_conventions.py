"""blind28b (tests/blind28b_conventions.py): a table printed in numbered parts, one a page, its header printed again
and every other page's grid shifted, is one table; a column of amounts reaching a cell's right side runs on no row;
a subscript digit opening a line is a label's digit; a 告示 cited date first names its body as the issuer."""
from __future__ import annotations

import json

import blind28b_conventions as bc
from conftest import extract_document as _extract
from real_truth import norm, tables_of


def test_a_table_printed_in_numbered_parts_is_one_table(tmp_path):
    """（一）, （二）, （三） over pages 1–3, each beside its range, the two header rows printed again on every page and
    page 2's grid 11 pt right of the others: one table of 2 + 3 rows (ruled_tables._next_part; each page's body its own
    row: a figure column reaching its cell's right side ran on no row, ruled_tables._run_on) — on main three tables."""
    tables = tables_of(_extract(bc.build_parts_table(tmp_path / "parts.pdf")))
    assert [(t["pages"], t["shape"], t["first_row"]) for t in tables] == \
        [(("1", "3"), bc.PARTS_SHAPE, " | ".join(bc.HEADER))], tables


def test_a_subscript_digit_opening_a_line_is_its_label(tmp_path):
    """"₂　…の人" (U+2082 where the page prints a full-size 2) under "１　…の人": both cases are headings
    (numbering.folded) — on main the second was body text."""
    out = _extract(bc.build_subscript_labels(tmp_path / "note.pdf"))
    rows = (out / "headings.csv").read_text(encoding="utf-8").splitlines()[1:]
    got = [(r.split(",")[3], r.split(",")[4]) for r in rows]
    assert [(norm(a), norm(b)) for a, b in got] == [("1", norm(bc.CASES[0])), ("2", norm(bc.CASES[1]))], got


def test_a_cited_instruments_body_issues_its_table(tmp_path):
    """月額表（令和５年３月31日例示省告示第10号別表第一） under the title, no sender printed: 例示省 issues it
    (numbering.INSTRUMENT_NUMBER after the citation's day, issuer._instrument_body) — on main no issuer."""
    out = _extract(bc.build_cited_instrument(tmp_path / "table.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert doc["issuer"] == bc.CITED_BODY, doc["issuer"]
