"""Session 15's remnants (tests/remnants15_conventions.py): a poster's boxes read box by box."""
from __future__ import annotations

import remnants15_conventions as rc
from conftest import extract_document
from real_truth import norm


def _order(text: str, rows: list[str]) -> list[int]:
    return [text.index(norm(r)) for r in rows]


def test_text_in_separate_boxes_is_read_box_by_box(tmp_path):
    """Convention (a poster, an org chart): the rows of a box drawn apart are read together, the box whole at
    the place of its first row, not row by row across the page with the loose words beside it at the same
    heights; two boxes side by side are read one after the other, each top to bottom."""
    out = extract_document(rc.build_boxed_poster(tmp_path / "poster.pdf"))
    text = norm((out / "document.md").read_text(encoding="utf-8"))
    for rows in (rc.LEFT_BOX, rc.LOOSE, rc.LOWER_LEFT, rc.LOWER_RIGHT):
        at = _order(text, rows)
        assert at == sorted(at), rows
    boxed = _order(text, rc.LEFT_BOX)
    assert boxed[-1] < min(_order(text, rc.LOOSE)), "the box's rows before the loose words"
    assert max(_order(text, rc.LOWER_LEFT)) < min(_order(text, rc.LOWER_RIGHT)), "one box, then the next"
