"""A gazette's page of notices set across in columns (tests/kanpo15_conventions.py): the contents grouped under
labels, the notices titled in Gothic centred in their columns, the masthead over the contents."""
from __future__ import annotations

import csv

import kanpo15_conventions as kc
from conftest import extract_document


def _read(out, name: str) -> list[dict]:
    with (out / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _headings(out) -> list[tuple[int, str, str]]:
    return [(int(r["level"]), r["label"], r["title"]) for r in _read(out, "headings.csv")]


def test_titles_centred_in_their_column_in_another_typeface_are_headings(tmp_path):
    """Convention (headings set apart by typeface): the part's banner 入札公告 (Gothic 14 pt) and the notice's title
    入札公告 (Gothic 9 pt over a Mincho 8 pt text), each centred in its column of a page set in four, are headings,
    the banner over the notice, the notice over its numbered sections — a line set larger than the body is centred
    in a narrow column with its middle on the column's (line_roles._centred)."""
    out = extract_document(kc.build_gazette(tmp_path / "gazette.pdf"))
    got = _headings(out)
    assert got[:2] == [(1, "", kc.BANNER), (2, "", kc.NOTICE)], got


def test_a_numbered_section_titled_by_one_english_word_across_a_gap_is_a_heading(tmp_path):
    """Convention (a WTO notice's last section, ５ Summary): a label set apart from its title by a visible gap, as
    its Japanese siblings (１調達内容) are, may title its section with one capitalised English word."""
    out = extract_document(kc.build_gazette(tmp_path / "gazette.pdf"))
    assert [(label, title) for _, label, title in _headings(out)][2:] == \
        [(label.translate(str.maketrans("１２３４５", "12345")), title) for label, title in kc.SECTIONS]
    assert {level for level, _, _ in _headings(out)[2:]} == {3}


def test_contents_grouped_under_labels_are_contents_and_the_masthead_no_heading(tmp_path):
    """Convention: the contents' group labels (随意契約, 落札), the first named as its first entry (入札公告 over
    入札公告 … 1), are contents, no headings, to the contents' end at the next column's top; the masthead over the
    contents (発行 …, the edition's title) is the cover's head, no heading."""
    out = extract_document(kc.build_gazette(tmp_path / "gazette.pdf"))
    titles = [title for _, _, title in _headings(out)]
    contents = [r["title"] for r in _read(out, "contents.csv")]
    for group, entries in kc.GROUPS:
        assert group in contents and group not in titles[2:], (group, contents, titles)
        assert all(entry in contents for entry, _ in entries), (entries, contents)
    assert kc.MASTHEAD.replace("　", "") not in [t.replace(" ", "") for t in titles]
    assert "発行" not in "".join(titles) and kc.TITLE not in titles
