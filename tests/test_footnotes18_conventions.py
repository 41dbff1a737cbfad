"""Notes numbered by a label at a page's foot (tests/footnotes18_conventions.py), against the truth beside
its builder."""
from __future__ import annotations

import footnotes18_conventions as fc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def _notes(out):
    path = out / "footnotes.csv"
    return [(int(f["number"]), int(f["page"]), norm(f["text"])) for f in read_csv(path)] if path.is_file() else []


def _body(out) -> str:
    return norm((out / "document.md").read_text(encoding="utf-8"))


def test_notes_labelled_chu_at_the_foot_are_footnotes(tmp_path):
    """注１　… and 注２　… in small type at the foot, called by （注１） and （注２） in the text, are notes 1 and 2
    (the first's wrapped line in it); neither enters the running text."""
    out = _extract(fc.build_labelled_notes(tmp_path / "labelled.pdf"))
    assert _notes(out) == [(n, 1, norm(a + b)) for n, a, b in fc.LABELLED]
    body = _body(out).split("[^")[0]
    assert all(norm(a)[:12] not in body for _, a, _ in fc.LABELLED)


def test_notes_numbered_by_circled_numbers_called_by_raised_marks(tmp_path):
    """① … and ② … in small type at the foot, each called by its circled number raised in the text, are notes
    1 and 2, the raised marks [^1] and [^2]; a list ① ② in small type at another page's foot that nothing calls
    stays in the text."""
    out = _extract(fc.build_circled_notes(tmp_path / "circled.pdf"))
    assert _notes(out) == [(n, 1, norm(t)) for n, t in fc.CIRCLED]
    assert "[^1]" in _body(out) and "[^2]" in _body(out)   # the raised marks point to them
    assert all(norm(row[1:]) in _body(out) for row in fc._UNCALLED)


def test_endnotes_gathered_under_a_head_are_notes_printed_where_they_stand(tmp_path):
    """Notes gathered after the text under 注, each opening with its number set apart and called by its number
    raised in the text before, are notes 1, 2 and 3, each on the page it is printed on (the third on the page
    after); none stays in a paragraph, and the text's markers point to them."""
    out = _extract(fc.build_endnotes(tmp_path / "endnotes.pdf"))
    assert _notes(out) == [(n, p, norm(t)) for n, p, t in fc.ENDNOTES]
    paragraphs = " ".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert all(norm(t)[:10] not in paragraphs for _, _, t in fc.ENDNOTES)
    assert all(f"[^{n}]" in _body(out) for n, _, _ in fc.ENDNOTES)


def test_rows_under_a_notes_head_that_nothing_calls_stay_in_the_text(tmp_path):
    """The same rows under 注 with no number raised in the text before them: no notes, the rows stay text."""
    out = _extract(fc.build_endnotes(tmp_path / "uncalled.pdf", called=False))
    assert _notes(out) == []
    assert all(norm(t)[:10] in _body(out) for _, _, t in fc.ENDNOTES)
