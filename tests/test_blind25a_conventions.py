"""blind25a (tests/blind25a_conventions.py): a committee paper's stamp block — the committee's material label, the date,
the office over two rows — labels, dates and issues the paper, its title the centred row under it; a sub-head's unit
typed after it on its row is no part of its title."""
from __future__ import annotations

import json

import blind25a_conventions as bc
from conftest import extract_document as _extract, read_csv, table_shapes
from real_truth import norm


def test_a_committee_papers_stamp_block_labels_dates_and_issues_it(tmp_path):
    """例示委員会資料 over the date and the office at the top right: the committee's material label is the paper's stamp
    (numbering.STAMP: a committee's name before 資料), the title the centred row under the block; the office's sections
    listed with ・ on the row under the centre are units of it, one name (normalizers.bodies.unit_of) — on main the title
    was 例示委員会資料 and the issuer 例示総合支援センター・支援課・援助課・保護課."""
    out = _extract(bc.build_committee_paper(tmp_path / "paper.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    got = (norm(doc["title"]), doc["date"], norm(doc["issuer"]))
    assert got == (norm(bc.PAPER_TITLE), bc.PAPER_DATE, norm(bc.PAPER_ISSUER)), doc
    labels = [f["text"] for f in read_csv(out / "furniture.csv") if f["kind"] == "doc_label"]
    assert [norm(t) for t in labels] == [norm(bc.PAPER_STAMP)], labels


def test_a_sub_heads_unit_typed_after_it_is_no_part_of_its_title(tmp_path):
    """（１）内容別相談受付件数␣␣␣␣␣␣(単位：件／…): the unit of the table under the sub-head, typed at its row's right, ends the
    title before it and is the first paragraph under the sub-head (numbering.UNIT_AFTER, headings._row_unit) — on main the
    titles ran on into (単位:…)."""
    out = _extract(bc.build_committee_paper(tmp_path / "paper.pdf"))
    heads = read_csv(out / "headings.csv")
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in heads]
    assert got == [(level, norm(label), norm(title)) for level, label, title, _ in bc.PAPER_HEADS], got
    firsts = {}
    for p in read_csv(out / "paragraphs.csv"):
        firsts.setdefault(p["heading_seq"], norm(p["text"]))
    units = [firsts.get(h["seq"], "") for h, (_, _, _, unit) in zip(heads, bc.PAPER_HEADS) if unit]
    assert units == [norm(unit) for *_, unit in bc.PAPER_HEADS if unit], units


def test_a_header_cell_written_down_in_columns_reads_them_right_to_left(tmp_path):
    """A head written down in two columns of glyphs, one a row (福祉事務所送致 right, 又は通知 left): its columns right to
    left, each top to bottom (cells._written_down) — on main the cell was read row by row across the columns
    (又福祉は事務通所送知致)."""
    out = _extract(bc.build_upright_heads(tmp_path / "upright.pdf"))
    assert table_shapes(out) == [(2, len(bc.UPRIGHT_HEADS), "合計")], table_shapes(out)
    first = [norm(c["text"]) for c in read_csv(out / "tables.csv") if c["row"] == "1"]
    assert first == [norm("".join(columns)) for columns in bc.UPRIGHT_HEADS], first


def test_a_committees_numbered_meeting_paper_is_no_stamp():
    """A committee's name before 資料 labels a paper as its stamp (例示委員会資料, numbering.STAMP); a meeting's ordinal
    before the name (第三回例示委員会資料: the papers of the committee's third meeting) is no part of a committee's
    name, and the line is no stamp (oneplace26) — on main \\p{Han}{1,12} took 第三回 into the name."""
    from extractors.numbering import STAMP
    assert STAMP.match("例示委員会資料") and STAMP.match("【例示委員会資料】") and STAMP.match("例示委員会資料２")
    assert not STAMP.match("第三回例示委員会資料") and not STAMP.match("（第十二回例示委員会資料）")
    assert not STAMP.match("例示委員会第三回資料")
