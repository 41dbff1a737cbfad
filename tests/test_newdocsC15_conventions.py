"""A document's status tag on its first page (tests/newdocsC15_conventions.py): a label of the document,
never its title nor a heading."""
from __future__ import annotations

import newdocsC15_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_provisional_translation_tag_is_no_heading(tmp_path):
    """[Provisional Translation] in bold under an English version's date, set like its bold headings: the
    document's label, no heading; the title is the title alone, and the two numbered parts are the headings."""
    out = _extract(nc.build_tagged_english(tmp_path / "english.pdf"))
    assert [norm(f'{h["label"]} {h["title"]}'.strip()) for h in read_csv(out / "headings.csv")] == [norm(h) for h in nc.HEADINGS]


def test_a_kanji_status_tag_over_the_title_is_neither_title_nor_heading(tmp_path):
    """【仮訳】 set apart in bold at the top right over the title: the cover reads it as the document's label
    (Cover.labels), the title without it, and no heading is read from it."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    pdf = nc.build_tagged_japanese(tmp_path / "japanese.pdf")
    cover = read_cover(open_document(str(pdf)))
    assert (norm(cover.title), cover.labels) == (norm(nc.JA_TITLE), (nc.JA_TAG,))
    out = _extract(pdf)
    assert [norm(f'{h["label"]}{h["title"]}') for h in read_csv(out / "headings.csv")] == [norm(h) for h in nc.JA_HEADINGS]


def test_status_tags_as_printed():
    """The tags the convention names, bracketed or not, and none that is a part's name or a title."""
    from extractors.numbering import STATUS_TAG
    for tag in ("[Provisional Translation]", "【仮訳】", "（案）", "【暫定版】", "Draft", "DRAFT", "【速報】", "（未定稿）",
                "【公表版】", "(Provisional Translation)", "Tentative Translation", "素案"):
        assert STATUS_TAG.match(tag.replace(" ", "")), tag
    for text in ("【参考】", "（概要）", "中間とりまとめ（案）", "Draft Guidelines", "Translation", "【総論】"):
        assert not STATUS_TAG.match(text.replace(" ", "")), text


def test_an_english_budget_deck_reads_its_items_with_their_amounts_apart(tmp_path):
    """A budget overview's slides (tests/newdocsC15_conventions.build_budget_deck): the boxed status tag at each
    slide's top right (slides 1–2), wrapped over two rows after the cover, is a stamp (doc_label), no slide's title; the
    cover's title is its title alone ("(billion yen)" under the tag is the table's unit); the bold items are the
    headings, each ending where its amount stands (on the row under, at the end of the row the title wraps to,
    beside it: ¥1,809.7bn, 19,490.5bn), none of the amount in the title; on the last slide, whose band holds an
    item run on from the slide before, the part Ⅱ set larger than that item too."""
    out = _extract(nc.build_budget_deck(tmp_path / "deck.pdf"))
    import json
    assert norm(json.loads((out / "document.json").read_text(encoding="utf-8"))["title"]) == norm(nc.DECK_TITLE)
    got = [(h["label"], norm(h["title"])) for h in read_csv(out / "headings.csv") if h["label"]]
    assert got == [(label, norm(title)) for label, title in nc.DECK_HEADINGS]
    labels = [(f["page"], norm(f["text"])) for f in read_csv(out / "furniture.csv") if f["kind"] == "doc_label"]
    assert labels == [("1", norm("Provisional Translation")), ("2", norm("Provisional")), ("2", norm("Translation"))]
    assert not any("Provisional" in h["title"] for h in read_csv(out / "headings.csv"))
