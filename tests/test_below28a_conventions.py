"""below28a's five heading conventions on built documents (tests/below28a_conventions.py): a note's head set apart
(headings._headed_note), one list one level (_outside_lists), a bold line over a smaller ruled table
(_heads_smaller_table), emphasis rows (_emphasis / _bold_run_on) and a labelled line over its paragraph
(_over_its_paragraph). Each was seen failing on the code before below28a (7e202ef), as its docstring says."""
from __future__ import annotations

from pathlib import Path

import below28a_conventions as bc
from conftest import extract_document as _extract, read_csv
from real_truth import norm


def _heads(pdf: Path) -> list[tuple[str, str]]:
    """(label, title) of each heading read, NFKC without white space."""
    return [(norm(r["label"]), norm(r["title"])) for r in read_csv(_extract(pdf) / "headings.csv")]


def test_a_notes_head_set_apart_is_labelled_note(tmp_path):
    """注１ / 注２ and a title in bold, white above, over their paragraphs: two heads labelled 注1, 注2, the title
    alone; a 注３ line in the text's regular face heads nothing — on 7e202ef both heads were unlabelled titles
    (注1例示地区の…). A head with no other set the same way on its page is no note's head (read as before)."""
    want = [(norm(label), norm(title)) for label, title in bc.NOTE_HEADS]
    assert _heads(bc.build_note_heads(tmp_path / "notes.pdf")) == want
    (tmp_path / "plain").mkdir()
    assert _heads(bc.build_note_heads(tmp_path / "plain" / "notes.pdf", plain_note=True)) == want
    (tmp_path / "lone").mkdir()
    assert all(label != want[0][0] for label, _ in _heads(bc.build_note_heads(tmp_path / "lone" / "notes.pdf", heads=1)))


def test_a_lists_items_stand_at_one_level(tmp_path):
    """（１）…（５） under ２ 申請に必要な書類, three of them sentences: none heads, not even （１）位置図 over its
    description — on 7e202ef （１） 位置図 was a section. Where the others are names (no 、 or 。), （１） stays one."""
    chapters = [("1", "申請の方法"), ("2", norm(bc.LIST_SECTION[1])), ("3", "申請の期限")]
    assert _heads(bc.build_list_items(tmp_path / "list.pdf")) == chapters
    (tmp_path / "names").mkdir()
    assert _heads(bc.build_list_items(tmp_path / "names" / "list.pdf", names=True)) == \
        chapters[:2] + [("(1)", norm(bc.NAMES[0]))] + chapters[2:]


def test_a_bold_line_over_a_smaller_table_heads_it(tmp_path):
    """A bold 10 pt region's name right over a ruled table of 7 pt cells, under a 12 pt paragraph: it heads the table
    — on 7e202ef no heading. Over a table set as large as itself it heads nothing."""
    assert _heads(bc.build_small_table(tmp_path / "legend.pdf")) == [("", bc.REGION)]
    (tmp_path / "large").mkdir()
    assert _heads(bc.build_small_table(tmp_path / "large" / "legend.pdf", cell_size=10.0)) == []


def test_a_bold_row_in_running_text_is_emphasis(tmp_path):
    """A bold row of its own with no white above, in a document whose sentences run on into bold rows: emphasis, only
    the numbered sections head — on 7e202ef 例示の額以下（直接経費として） was a title. Where no sentence runs on into
    a bold row, it stays a title."""
    sections = [(norm(label), title) for label, title in bc.SECTIONS]
    assert _heads(bc.build_emphasis(tmp_path / "call.pdf")) == sections
    (tmp_path / "plain").mkdir()
    assert _heads(bc.build_emphasis(tmp_path / "plain" / "call.pdf", run_on=False)) == \
        sections + [("", norm(bc.EMPHASIS))]


def test_a_labelled_line_over_its_paragraph_heads_it(tmp_path):
    """① in body type at the text's left over a paragraph opened one character in that runs past its end, where the
    document sets its other ① in bold further in: a heading under （１） — on 7e202ef body text. Right over its
    sibling ② (a list line under line) neither heads."""
    base = [(norm(label), title) for label, title in (("1.", "応募の資格"), ("①", "例示市内に事業所を有すること"),
                                                      ("②", "市税を滞納していないこと"), ("2.", "応募の方法"), ("(1)", "募集期間"))]
    head = (norm(bc.PARAGRAPH_HEAD[0]), bc.PARAGRAPH_HEAD[1])
    assert _heads(bc.build_over_paragraph(tmp_path / "call.pdf")) == base + [head]
    (tmp_path / "list").mkdir()
    assert _heads(bc.build_over_paragraph(tmp_path / "list" / "call.pdf", sibling=True)) == base
