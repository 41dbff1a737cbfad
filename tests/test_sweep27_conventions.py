"""sweep27: a title printed again over its part's next page (headings._title_again, _running_heads) is no heading —
and no words of the paragraph before it or after it either."""
from __future__ import annotations

import blind27a_conventions as bc
from conftest import extract_document as _extract
from conftest import read_csv


def test_a_title_printed_again_is_a_paragraph_of_its_own(tmp_path):
    """The notes' title printed again over the second notes page, read no heading (headings._running_heads), was read
    into the paragraphs as a line of running text: joined to the last paragraph of the page before (該当なし財務諸表に
    対する注記 on the sweep: a list's title over each page joined to the first line under it). It stands alone: the
    paragraphs close before it and after it (paragraphs._paragraphs, HeadingIndex.running)."""
    out = _extract(bc.build_notes_pages(tmp_path / "notes.pdf"))
    texts = [r["text"] for r in read_csv(out / "paragraphs.csv")]
    assert bc.NOTES_TITLE in texts, texts
    assert not [t for t in texts if bc.NOTES_TITLE in t and t != bc.NOTES_TITLE], texts
