"""Endnotes end where the text goes on; the calls of a page's labelled notes read once (tests/footnotes19_conventions.py),
against the truth beside its builder."""
from __future__ import annotations

import footnotes19_conventions as fc
from conftest import read_csv, extract_document as _extract
from real_truth import norm

import extractors.footnotes as footnotes
from extractors.page_flow import build_flow
from pipeline.reading import open_document


def _notes(out):
    path = out / "footnotes.csv"
    return [(int(f["number"]), int(f["page"]), norm(f["text"])) for f in read_csv(path)] if path.is_file() else []


def test_endnotes_end_where_the_closing_paragraph_opens(tmp_path):
    """Notes 1 to 3 under 注: the second's row at the notes' left edge in the middle of its sentence and the
    third's row hung under its text go on in them; the closing paragraph under the notes, opening at the text's
    left edge after the third note's 。, is text, no part of note 3."""
    out = _extract(fc.build_endnotes_then_text(tmp_path / "endnotes.pdf"))
    assert _notes(out) == [(n, 2, norm("".join(rows))) for n, rows in fc.ENDNOTES]
    paragraphs = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert norm("".join(fc.CLOSING)) in paragraphs


def test_a_feet_calls_are_read_once_for_all_its_rows(tmp_path, monkeypatch):
    """Six notes ① … ⑥ at each of three pages' feet, each called by its circled number raised in the text, are
    notes; a list ① … ⑥ at three other pages' feet, called by nothing, is text. The markers of the text above each
    foot are read once for the page, not once per circled row that asks (the flow read in this process, where the
    count is kept)."""
    asked: list[int] = []
    marks = footnotes._marks_called

    def counted(lines, fn):
        asked.append(len(lines))
        return marks(lines, fn)

    monkeypatch.setattr(footnotes, "_marks_called", counted)
    flow = build_flow(open_document(str(fc.build_circled_feet(tmp_path / "circled.pdf"))))
    assert [(f.number, f.page, norm(f.text)) for f in flow.footnotes] == \
        [(n, p, norm(fc.circled_note(p, n))) for p in range(1, fc.CIRCLED_PAGES + 1) for n in range(1, fc.CIRCLED_NOTES + 1)]
    assert 0 < len(asked) <= 2 * fc.CIRCLED_PAGES
