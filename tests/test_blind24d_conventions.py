"""blind24d (tests/blind24d_conventions.py): a 告示's branch-numbered captions (一の二, 一の三: 枝番) are labels of the
outline of 一 and 二, ranked with them."""
from __future__ import annotations

import blind24d_conventions as bc
from conftest import extract_document as _extract, read_csv
from real_truth import norm


def test_branch_numbered_captions_head_their_items_beside_the_bare_numerals(tmp_path):
    """一の二　例示初診料の特定加算の施設基準 on a line of its own between 一 and 二 (numbering: the kanji system's label takes
    its の-branch) heads its item at 一's depth — on main it was no label, and the caption ran into 一's text."""
    out = _extract(bc.build_branch_numbers(tmp_path / "branch.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in bc.BRANCH_HEADINGS], got
