"""One stamp decision (tests/stamps17_conventions.py): the labels pass (labels.label_lines) marks each line's label
of the document once (Line.label); the flow takes the stamps out and the cover keeps them and the status tags out of
its rows by that mark, neither matching the patterns again."""
from __future__ import annotations

import stamps17_conventions as sc
from conftest import read_csv, extract_document as _extract
from extractors.layout import read_pdf
from real_truth import norm


def test_a_stamp_is_told_by_its_place_for_the_cover_as_for_the_flow(tmp_path):
    """資料３ at the top right is the document's label (doc_label) and no row of the cover; 参考資料 set alone in
    display type mid-page is the cover's title (the cover dropped every line reading as a stamp, wherever it
    stood, and had no title), and stays in the text."""
    import json
    out = _extract(sc.build_reference_part(tmp_path / "part.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"]) == (norm(sc.TITLE), "2024-04")
    assert [(f["page"], f["kind"], f["text"]) for f in read_csv(out / "furniture.csv")] == [("1", "doc_label", sc.STAMP)]


def test_the_labels_are_decided_once_per_document(tmp_path, monkeypatch):
    """The labels pass (labels.label_lines, chained once by pipeline.reading.open_document right after the layout)
    decides the document's labels: its stamps looked for once per page; the cover and the flow read the marks and
    look for none again (the flow looked for them twice a page — the attachment labels, then each page's
    furniture —, and the cover matched the patterns over its rows again; until session 18 whichever of the two
    read the document first marked it in place)."""
    from extractors import labels
    from extractors.cover import read_cover
    from extractors.page_flow import build_flow
    from pipeline.reading import open_document

    asked: list[int] = []
    stamps = labels.stamps
    monkeypatch.setattr(labels, "stamps", lambda lines, page, ms: asked.append(page.number) or stamps(lines, page, ms))
    doc = open_document(str(sc.build_reference_part(tmp_path / "part.pdf")))
    assert asked == [1, 2]
    cover = read_cover(doc)
    flow = build_flow(doc)
    assert asked == [1, 2]
    assert [ln.label for ln in doc.pages[0].lines if ln.label] == [labels.STAMP_LABEL]
    assert norm(cover.title) == norm(sc.TITLE) and [f.text for f in flow.furniture if f.kind == "doc_label"] == [sc.STAMP]


def test_the_labels_pass_returns_a_new_document(tmp_path):
    """label_lines takes the layout's document and returns a new one: the page holding a stamp is a new page, its
    stamp a new line marked STAMP_LABEL; the layout's own lines stay unmarked, and a page with no label is the
    layout's page itself."""
    from extractors.labels import STAMP_LABEL, label_lines
    from extractors.settings import DEFAULT

    doc = read_pdf(str(sc.build_reference_part(tmp_path / "part.pdf")))
    out = label_lines(doc, DEFAULT.margins)
    assert out is not doc and out.pages[0] is not doc.pages[0] and out.pages[1] is doc.pages[1]
    assert not any(ln.label for page in doc.pages for ln in page.lines)
    marked = [ln for ln in out.pages[0].lines if ln.label]
    assert [(ln.label, norm(ln.text)) for ln in marked] == [(STAMP_LABEL, norm(sc.STAMP))]
    assert all(ln in doc.pages[0].lines for ln in out.pages[0].lines if not ln.label)


def test_a_deck_is_told_once_for_the_cover_and_the_flow(tmp_path, monkeypatch):
    """Whether a document is a slide deck (typography.slide_deck: each slide after the first asked whether it is
    headed as a slide is) is told once per document and kept on it (SourceDoc.deck): the cover, asking whether the
    deck opens on a slide of its body, and the flow read the same answer (each told it again, slide by slide)."""
    import slide_conventions as slc
    from extractors import typography
    from extractors.cover import read_cover
    from extractors.page_flow import build_flow

    asked: list[int] = []
    headed = typography.slide_headed
    monkeypatch.setattr(typography, "slide_headed", lambda page, body, settings: asked.append(page.number) or headed(page, body, settings))
    doc = read_pdf(str(slc.build_deck(tmp_path / "deck.pdf")))
    read_cover(doc)
    flow = build_flow(doc)
    assert flow.deck and asked == [page.number for page in doc.pages[1:]]
