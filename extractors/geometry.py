"""Geometry shared by the stages that read positions: where a span's ink starts, and spans
grouped into visual lines by their baselines."""
from __future__ import annotations

from extractors.records import Span
from extractors.settings import Layout


def ink_x(span: Span) -> float:
    """Where a span's first visible glyph starts (leading spaces can overlap the span before)."""
    return next((box[0] for c, box in zip(span.text, span.char_boxes) if not c.isspace()), span.x0)


def baseline_rows(spans: list[Span], ls: Layout) -> list[list[Span]]:
    """Spans grouped into visual lines, top to bottom, each left to right by ink: a span joins
    the line above when its baseline is within `ls.row_tolerance` × its size (at least
    `ls.row_tolerance_min`) of the
    baseline of the line's last span (fonts of one line sit on slightly different baselines)."""
    rows: list[list[Span]] = []
    for s in sorted(spans, key=lambda s: (s.baseline, ink_x(s))):
        if rows and abs(rows[-1][-1].baseline - s.baseline) <= max(ls.row_tolerance_min, ls.row_tolerance * s.size):
            rows[-1].append(s)
        else:
            rows.append([s])
    return [sorted(r, key=ink_x) for r in rows]
