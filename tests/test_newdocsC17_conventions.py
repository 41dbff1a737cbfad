"""A form's filled-in sample (tests/newdocsC17_conventions.py): its dashed callouts and their dashed arrows are notes
laid on the form, not rules of its ledger; its 記載例 stamp and form number label it; its title is the form's."""
from __future__ import annotations

import json

import newdocsC17_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm, tables_of


def test_a_forms_sample_reads_its_ledger_and_its_title(tmp_path):
    """The ledger is one table of its own rows and 7 columns (the dashed boxes and arrows over and beside it
    add no rule); 記載例 and 第１号様式 are labels, the centred title is the title, and the explanations are
    paragraphs of their own — no paragraph holds the title, the field under it stays."""
    out = _extract(nc.build_form_sample(tmp_path / "form.pdf"))
    tables = tables_of(out)
    rows = 1 + len(nc.ROWS) + nc.EMPTY_ROWS
    assert [(t["shape"], t["first_row"]) for t in tables] == [((rows, 7), " | ".join(norm(h) for h in nc.HEADER))]
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(nc.TITLE)
    assert [(f["kind"], f["text"]) for f in read_csv(out / "furniture.csv")] == \
        [("doc_label", nc.FORM_NO), ("doc_label", nc.STAMP)]
    paragraphs = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert not any(norm(nc.TITLE) in p for p in paragraphs)
    assert norm(nc.FIELD) in paragraphs
    assert norm("".join(nc.NOTE_ABOVE)) in paragraphs


def test_a_forms_number_and_a_samples_stamp_are_labels():
    """第１号様式 (the number before 様式) is a form's number as 様式第１号 is; 記載例 / 【記入例】 / 見本 say what state
    the paper is in (a filled-in sample), as （案） does; a sentence naming them is neither."""
    from extractors.numbering import STAMP, STATUS_TAG
    for text in ("第１号様式", "別記第２号様式", "第3号様式", "様式第１号"):
        assert STAMP.match(text), text
    for text in ("記載例", "【記入例】", "（見本）"):
        assert STATUS_TAG.match(text), text
    for text in ("第１号様式の記載例", "記載例のとおり"):
        assert not STAMP.match(text) and not STATUS_TAG.match(text), text


def test_an_attachment_label_opening_the_title_row_labels_the_file(tmp_path):
    """【別紙１】旅費支給に関する基準 boxed at the top left: 【別紙１】 labels the file (as 別紙１ alone on its row does),
    the title is the name after it; the row is no heading, the chapters and articles are."""
    out = _extract(nc.build_labelled_attachment(tmp_path / "attachment.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"]) == (norm(nc.ATTACHMENT_NAME), "2020-03-10")
    headings = [(h["label"], norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert headings[:2] == [(norm("第１章"), norm("総則")), (norm("第１条"), norm("目的"))]
    assert not any(norm(nc.ATTACHMENT_NAME) in t for _, t in headings)


def test_only_an_attachment_label_comes_off_a_title():
    """A bracketed tag that is no file's label (（案）, 【速報】, （参考）資料 named in full) stays in the title."""
    from extractors.cover import Cover, _label_off_title
    for title, want in (("【別紙１】旅費支給に関する基準", ("旅費支給に関する基準", ("【別紙１】",))),
                        ("（別添２）調査票", ("調査票", ("（別添２）",))),
                        ("【速報】接種状況", ("【速報】接種状況", ())), ("（案）基本方針", ("（案）基本方針", ()))):
        cover = _label_off_title(Cover(title, "", "", "", "main"))
        assert (cover.title, cover.labels) == want, title
