"""A council paper its members or a committee file (tests/newdocsC16_conventions.py): its number, printed at the
top right of its first page, is the paper's label — furniture, never its running text."""
from __future__ import annotations

import newdocsC16_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_members_bills_number_is_its_label(tmp_path):
    """議員提出議案第３８号 at the top right over the bill's subject: a doc_label, as 議案第３号 is; no paragraph
    holds it, and the subject (…について, wrapped over two rows) is the title, as a notice's under its number."""
    import json
    out = _extract(nc.build_members_bill(tmp_path / "bill.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"]) == (norm("".join(nc.SUBJECT)), "2021-06-30")
    assert [(f["page"], f["kind"], f["text"]) for f in read_csv(out / "furniture.csv")] == [("1", "doc_label", nc.PAPER)]
    assert not any(norm(nc.PAPER) in norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))


def test_council_papers_as_printed():
    """The papers a council numbers in a series of their own, the filer or kind before 議案 part of the name;
    a sentence naming a paper is no paper's number."""
    from extractors.numbering import PAPER_NUMBER, STAMP
    for text in ("議案第３号", "議員提出議案第３８号", "委員会提出議案第２号", "意見書案第１号", "決議案第３号", "報告第９号"):
        assert PAPER_NUMBER.match(text) and STAMP.match(text), text
    for text in ("議員提出議案第３８号について", "提出議案", "市長提出議案一覧"):
        assert not PAPER_NUMBER.match(text), text


def test_a_numbered_section_right_under_the_title_is_a_heading(tmp_path):
    """A Google Docs guide: its 17 pt title ends 1.2 ems short of the edge, and section 1, as large, stands right
    under it — the title is whole, the section no wrap of it: both sections are headings, the title none."""
    import json
    out = _extract(nc.build_docs_guide(tmp_path / "guide.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(nc.GUIDE_TITLE)
    assert [(h["label"], norm(h["title"])) for h in read_csv(out / "headings.csv")] == \
        [(label, norm(title)) for label, title in nc.GUIDE_SECTIONS]


def test_a_newsletters_columns_read_their_item_titles(tmp_path):
    """A newsletter page in three columns with a rule down each gutter and a shaded box at the foot of the third: the
    rules and the box make no figure of the columns (no heading is read in a figure); each column's item title stands
    at its column's left, and each ◆ meeting over its byline heads the text under the byline."""
    out = _extract(nc.build_newsletter(tmp_path / "news.pdf"))
    got = [norm(f'{h["label"]}{h["title"]}') for h in read_csv(out / "headings.csv")]
    want = [norm(t) for title, subs in nc.NEWS_ITEMS for t in (title, *subs)]
    assert got == want
