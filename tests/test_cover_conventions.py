"""Issue 19 item 5 on first pages typeset here (tests/cover_conventions.py): the title and the
document's own date on every kind of cover, each against the truth written beside its builder
(the first two pages read: a cover without a date takes the one at the head of the next page)."""
from __future__ import annotations

import pytest

import cover_conventions as cc
from extractors.cover import read_cover
from extractors.layout import read_pdf
from real_truth import norm


@pytest.mark.parametrize("builder", sorted(cc.COVERS))
def test_title_and_date(tmp_path, builder):
    cover = read_cover(read_pdf(str(getattr(cc, builder)(tmp_path / f"{builder}.pdf")), first_pages=2))   # the cover and the head of the page after it
    title, date, issuer = cc.COVERS[builder]
    assert (norm(cover.title), cover.date) == (norm(title), date)
    assert issuer is None or norm(cover.issuer) == norm(issuer)
