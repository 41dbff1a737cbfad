"""blind24b (tests/blind24b_conventions.py): a section's label before a unit word is read across a typed space in
condensed type; a statistics table with a ruled header and an open body is one table; a sheet's making stamp (date …作成) on the row of the office that made it dates and issues it."""
from __future__ import annotations

import json

import blind24b_conventions as bc
from conftest import extract_document as _extract, read_csv, table_shapes
from real_truth import norm


def test_a_label_before_a_unit_word_across_a_typed_space_in_condensed_type(tmp_path):
    """３ 月別の件数 in Gothic over the Mincho text, set as its siblings １ 全市の件数の推移 and ２ 区別の件数 are: the typed
    space after ３ advances 0.94 em, the label's box overhanging it (line_roles._tab_after measures the gap from where
    the space starts) — on main the line read as 3月別の件数, no label, and it broke the sections' sequence."""
    out = _extract(bc.build_counts_chapter(tmp_path / "chapter.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    want = [(1, norm(bc.CHAPTER[0]), norm(bc.CHAPTER[1]))] + [(2, norm(label), norm(title)) for label, title in bc.SECTIONS]
    assert got == want, got


def test_a_making_stamp_on_the_row_of_the_office_that_made_the_sheet_dates_and_issues_it(tmp_path):
    """平成29年11月14日作成 at the left of the row under the title, 北野市感染症情報センター far right of it on the same row
    (cover_row._row_date, issuer._maker) — on main the date was empty and the issuer the whole row
    (平成29年11月14日作成・北野市感染症情報センター)."""
    out = _extract(bc.build_weekly_sheet(tmp_path / "weekly.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"], doc["issuer"]) == (norm(bc.WEEKLY_TITLE), bc.WEEKLY_DATE, bc.WEEKLY_ISSUER), doc



def test_a_statistics_table_with_a_ruled_header_and_an_open_body_is_one_table(tmp_path):
    """A rule over the header and one under it, the header's column rules between them, the body open (no rule between
    its rows, only the 年次 column's down it, the sides open) and one rule closing it: the header's columns carried down
    and a row per line of the body's text, a block's label centred across columns one cell over them
    (open_tables.implied_rules, _down) — on main no table was read (the header's column
    rules stop at its foot, and its sides are open)."""
    out = _extract(bc.build_open_table(tmp_path / "open.pdf"))
    assert table_shapes(out) == [(3 + len(bc.OPEN_YEARS), 8, "年次")], table_shapes(out)
    cells = read_csv(out / "tables.csv")
    last = [c["text"] for c in cells if c["col"] == "1" and int(c["row"]) == 3 + len(bc.OPEN_YEARS)]
    assert [norm(t) for t in last] == [norm(bc.OPEN_YEARS[-1])], last
    label = [c for c in cells if c["row"] == "3" and c["text"]]   # the block's label: one cell across its columns
    assert [(norm(c["text"]), int(c["colspan"]) > 1) for c in label] == [(norm(bc.OPEN_BLOCK), True)], label
