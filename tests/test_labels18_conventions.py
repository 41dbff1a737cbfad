"""The labels pass and a framed label (tests/labels18_conventions.py): the lines in a frame drawn at a page's top
are judged as they are unframed (labels.framed_stamp reads the marks labels.label_lines set), then by the
frame's shape; furniture.stamp_tables only moves the tables so told."""
from __future__ import annotations

import labels18_conventions as lc
from real_truth import norm


def _read(tmp_path, framed: bool):
    from extractors.page_flow import build_flow
    from pipeline.reading import open_document
    return build_flow(open_document(str(lc.build_rules_with_attachments(tmp_path / f"rules_{framed}.pdf", framed))))


def _labels(flow) -> list[tuple[int, str]]:
    return [(f.page, norm(f.text)) for f in flow.furniture if f.kind == "doc_label"]


def test_an_attachment_label_framed_opens_its_attachment_as_it_does_unframed(tmp_path):
    """別紙１ over （第３条関係） at page 3's top right, first printed there, opens the attachment: unframed its lines
    stay in the flow; framed in two stacked boxes (a stacked label's shape) they stay too — in the table the frame
    is — and are no doc_label (the frame's shape alone made them the document's label, and 別紙１ left the
    flow). Printed again on page 4 the label is the document's, framed (a record a row) or not (the stamp)."""
    plain, framed = _read(tmp_path, False), _read(tmp_path, True)
    assert _labels(plain) == [(1, norm(lc.MEETING_STAMP)), (4, norm(lc.ATTACHMENT))]
    assert _labels(framed) == [(1, norm(lc.MEETING_STAMP)), (4, norm(lc.ATTACHMENT)), (4, norm(lc.ARTICLE))]
    assert norm(lc.ATTACHMENT) in [norm(it.text) for it in plain.items if getattr(it, "page", 0) == 3 and hasattr(it, "text")]
    tables = [t for t in framed.items if getattr(t, "rows", None) and t.page == 3]
    assert [[norm("".join(c.text_lines)) for c in row.cells] for t in tables for row in t.rows] == \
        [[norm(lc.ATTACHMENT)], [norm(lc.ARTICLE)]]


def test_a_framed_label_is_asked_of_its_lines_marks_first(tmp_path):
    """labels.framed_stamp: a frame at a page's top round lines the labels pass marked as stamps is a stamp, one round
    an attachment label that opens an attachment (OPENING_LABEL) none, whatever its shape; a frame below the page's
    top is never asked further."""
    from dataclasses import replace

    from extractors import labels
    from extractors.records import Cell, Line, Page, Row, Span, Table
    from extractors.settings import DEFAULT

    def line(text: str, label: str, y: float) -> Line:
        span = Span(text, "Gothic", 12.0, 300.0, y, 300.0 + 12 * len(text), y + 12, y + 10, ())
        return Line(1, [span], span.x0, span.y0, span.x1, span.y1, label=label)

    def frame(*texts: str, y: float = 40.0) -> Table:   # a row of cells side by side, wider than stamp_width
        return Table(2, 100.0, y, 560.0, y + 20, [(100.0, 330.0), (330.0, 560.0)],
                     [Row(2, y, y + 20, [Cell([t], []) for t in texts])])

    page = Page(2, 595.0, 842.0, [line("資料１", labels.STAMP_LABEL, 44.0), line("参考資料２", labels.STAMP_LABEL, 44.0)], [])
    assert labels.framed_stamp(frame("資料１", "参考資料２"), page, DEFAULT.margins)
    opening = replace(page, lines=[line("別紙１", labels.OPENING_LABEL, 44.0)])
    assert not labels.framed_stamp(frame("別紙１", ""), opening, DEFAULT.margins)
    low = replace(page, lines=[line("資料１", labels.STAMP_LABEL, 404.0)])
    assert not labels.framed_stamp(frame("資料１", "", y=400.0), low, DEFAULT.margins)
