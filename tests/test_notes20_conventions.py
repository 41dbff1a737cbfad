"""Notes labelled in brackets at a slide's foot, called by the same label set inline in smaller type
(tests/notes20_conventions.py), against the truth beside its builder."""
from __future__ import annotations

import notes20_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def _notes(out):
    path = out / "footnotes.csv"
    return [(int(f["number"]), int(f["page"]), norm(f["text"])) for f in read_csv(path)] if path.is_file() else []


def test_bracketed_notes_called_in_smaller_type_are_footnotes(tmp_path):
    """（注１）… and （注２）… at the slide's foot in 16 pt — not small beside the document's 18 pt body, but smaller
    than the slide's 24 pt text that calls them by （注１）（注２） set inline in 14 pt — are notes 1 and 2, the
    first's wrapped row in it; neither stays in the running text."""
    out = _extract(nc.build_bracketed_notes(tmp_path / "bracketed.pdf"))
    assert _notes(out) == [(n, 1, norm(a + b)) for n, a, b in nc.NOTES]
    body = norm((out / "document.md").read_text(encoding="utf-8"))
    assert all(norm(a)[:12] not in body.split("[^")[0] for _, a, _ in nc.NOTES)


def test_bracketed_label_called_at_full_size_is_an_annotation(tmp_path):
    """A （注１） row at the foot called by （注１） in the text's own size is an annotation: no footnote, its words
    in the text."""
    out = _extract(nc.build_full_size_call(tmp_path / "full.pdf"))
    assert _notes(out) == []
    assert norm(nc.FULL_NOTE) in norm((out / "document.md").read_text(encoding="utf-8"))


def test_a_circled_number_run_into_a_particle_is_no_label():
    """③で算出した額を記入 (a callout beside a pictured form: the form's item ③ referred to) opens with no label, as
    Ⅳにおける… does; ① 氏名 and ①氏名 open with one."""
    from extractors.numbering import match_numbering
    assert match_numbering("③で算出した額を記入") is None and match_numbering("①を記入") is None
    assert match_numbering("① 氏名")[2] == "①" and match_numbering("①氏名")[2] == "①"


def test_a_line_broken_off_after_wo_is_no_title(tmp_path):
    """＜重要＞…確認できるものを (24 pt among 18 pt text) over ご提出ください: a notice's sentence broken off after を, its
    verb on the next row — no title (numbering.breaks_off); its words stay in the text."""
    out = _extract(nc.build_notice_broken_off(tmp_path / "notice.pdf"))
    path = out / "headings.csv"
    assert not path.is_file() or not any("ものを" in h["title"] for h in read_csv(path))
    assert norm(nc.NOTICE[0])[4:24] in norm((out / "document.md").read_text(encoding="utf-8"))
