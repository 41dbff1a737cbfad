"""A form's category tag and its cells' entries (tests/known16_conventions.py): the tag is a label of the
document, never its title nor a heading; the grid's entries date nothing and name no issuer. Notes set side by
side under a row of tables are read each whole."""
from __future__ import annotations

import known16_conventions as kc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_category_tag_over_a_forms_title_is_its_label(tmp_path):
    """【創業型】 set larger than the title at the top left: the cover reads the centred title under it, and the
    tag as the document's label (Cover.labels); no heading is read from it."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    pdf = kc.build_category_form(tmp_path / "form.pdf")
    cover = read_cover(open_document(str(pdf)))   # the layout, then the labels pass (【創業型】 marked), as extract reads it
    assert (norm(cover.title), cover.labels) == (norm(kc.TITLE), (kc.TAG,))
    out = _extract(pdf)
    assert norm(kc.TAG) not in [norm(h["title"]) for h in read_csv(out / "headings.csv")]


def test_a_forms_entries_give_no_date_and_no_issuer(tmp_path):
    """The founding date and the address in the grid's cells are the applicant's entries: the form prints no
    date of its own and names no issuer."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    cover = read_cover(open_document(str(kc.build_category_form(tmp_path / "form.pdf"))))
    assert (cover.date, cover.issuer) == ("", "")


def test_category_tags_as_printed():
    """Bracketed words naming a programme's type or frame, and none that names a part or a subject."""
    from extractors.numbering import CATEGORY_TAG
    for tag in ("【創業型】", "【一般型】", "【通常枠】", "［特別枠］", "〔デジタル枠〕"):
        assert CATEGORY_TAG.match(tag), tag
    for text in ("【参考】", "【概要】", "創業型", "（創業型）", "【創業型の要件】", "小規模事業者持続化補助金＜創業型＞"):
        assert not CATEGORY_TAG.match(text), text


def test_notes_side_by_side_are_read_each_whole(tmp_path):
    """Notes set side by side under a row of tables, their rows not level: each note's lines are read
    together (the right note's four lines one after another), not row by row across the notes."""
    from pipeline.reading import open_document
    from extractors.page_flow import build_flow
    flow = build_flow(open_document(str(kc.build_notes_side_by_side(tmp_path / "notes.pdf"))))
    texts = [norm(it.text) for it in flow.items if isinstance(getattr(it, "text", None), str)]
    right = [texts.index(norm(t)) for t in kc.NOTE_RIGHT]
    assert right == list(range(right[0], right[0] + len(kc.NOTE_RIGHT))), texts
    left = [texts.index(norm(t)) for t in kc.NOTE_LEFT]
    assert left == [left[0], left[0] + 1], texts
