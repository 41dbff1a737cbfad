"""One volume of an API manual issued as a set (tests/newdocsA16_conventions.py): its volume number over
its title, the set's volumes listed in its first section, its framed words and its XML sample in frames."""
from __future__ import annotations

import json

import newdocsA16_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_the_volume_number_over_the_title_is_no_word_of_it(tmp_path):
    """第六編 alone on the cover's first row, in the title's type, a blank line under it: the volume's place in
    its set; the title is the rows under it."""
    out = _extract(nc.build_api_manual(tmp_path / "manual.pdf"))
    meta = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(meta["title"]) == norm(nc.TITLE)
    assert meta["date"] == "2021-10"


def test_the_listed_volumes_and_the_xml_tags_are_no_headings(tmp_path):
    """The headings are the numbered sections only: 第一編 … 第三編, line under line with their wrapped rows,
    list the set's volumes (a division heads text, never the next division); <?xml …?>, <corporations> and
    </corporations> are markup, no ＜…＞ band."""
    out = _extract(nc.build_api_manual(tmp_path / "manual.pdf"))
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(norm(label), norm(title)) for label, title in nc.HEADINGS]


def test_framed_words_and_a_sample_in_frames_drawn_twice_are_no_tables(tmp_path):
    """Character borders round runs of text (the framed entry's two lines, the URL's words to fill in) and the
    XML sample's two stacked frames, each drawn twice, make no table."""
    out = _extract(nc.build_api_manual(tmp_path / "manual.pdf"))
    assert not (out / "tables.csv").is_file() or len(read_csv(out / "tables.csv")) == 0


def test_notes_under_a_rule_across_the_columns_numbered_in_brackets(tmp_path):
    """The notes set at the page's foot under a rule drawn across both columns, in small type, each opened by its
    number in brackets, (1) …, are the page's notes (the folio under them is none); the section's number on its
    square titles the row beside it, whose text layer starts with blanks where the number stands."""
    out = _extract(nc.build_white_paper_page(tmp_path / "chapter.pdf"))
    notes = [(int(n["number"]), norm(n["text"])[:10]) for n in read_csv(out / "footnotes.csv")]
    assert notes == [(n, norm(text)[:10]) for n, text in nc.NOTES]
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got[:2] == [(norm(label), norm(title)) for label, title in (nc.SECTION, nc.ITEM)]
