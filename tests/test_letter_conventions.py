"""Official documents typeset here (tests/letter_conventions.py): their headings against the
truth written beside each builder."""
from __future__ import annotations


import pytest

import letter_conventions as lc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


@pytest.mark.parametrize("builder", sorted(lc.HEADINGS))
def test_headings(tmp_path, builder):
    out = _extract(getattr(lc, builder)(tmp_path / f"{builder}.pdf"))
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(norm(label), norm(title)) for label, title in lc.HEADINGS[builder]]


def test_a_letter_enclosed_by_a_glyph_set_over_it_is_one_line_with_it(tmp_path):
    """Word's 囲い文字 (○ drawn as a piece of its own over the letter it encloses): the ○ and its letter are
    read as one line, in a sentence (…基礎となった○ア・○イ・○ウ・○エに掲げる…) as in a list's labels (○ア 直接工事費…)."""
    out = _extract(lc.build_enclosed_labels(tmp_path / "enclosed.pdf"))
    text = "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert norm("予定価格算出の基礎となった○ア・○イ・○ウ・○エに掲げる額") in text
    assert norm("○ア直接工事費の合計額") in text and norm("○オ有価物のスクラップ評価額") in text


def test_a_reference_section_stands_beside_the_numbered_sections(tmp_path):
    """参考１ after ２ and its （１）（２）: a heading at the level of １ and ２, not under （２）."""
    out = _extract(lc.build_reference_sections(tmp_path / "reference.pdf"))
    levels = {norm(h["label"]): h["level"] for h in read_csv(out / "headings.csv")}
    assert levels[norm("参考１")] == levels[norm("参考２")] == levels[norm("２")] == "1" and levels[norm("（２）")] == "2"


def test_a_letters_list_of_enclosures_stands_at_the_top(tmp_path):
    """＜関係資料一覧＞ after the last section, over nothing but 別紙1 …, 別表1 …, 別添1 … to the letter's end, lists
    what the whole letter sends: a heading at the top beside １． and ２., not under ２．（１） (where a band
    after ① ② would be held at their level)."""
    out = _extract(lc.build_enclosure_list(tmp_path / "enclosures.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in lc.ENCLOSURE_HEADINGS]
