"""sweep28: guards of session 28's conventions found wrong on unseen papers (the sweep of 1,173 PDFs)."""
from __future__ import annotations

from extractors.cover_row import CoverRow, _row_date
from extractors.settings import DEFAULT


def _row(words: tuple[str, ...], in_table: bool) -> CoverRow:
    return CoverRow(700.0, 712.0, 9.0, "・".join(words), 50.0, 545.0, words=words, in_table=in_table)


def test_a_forms_date_field_does_not_date_the_paper():
    """A form's row inside a ruled table's box — 代表者の生年月日（西暦） | 1959年12月30日, the date alone at its right
    end — pairs a field's name with its value: a birthday, no date of the paper (cover_row._row_date reads a date
    alone at a row's end only outside a table's box). On main the birthday dated three filled-in example forms of
    the sweep; the same row outside a table (a note's row, blind28c) is still dated."""
    share = DEFAULT.cover.date_share
    words = ("代表者の生年月日（西暦）", "1959年12月30日")
    assert _row_date(_row(words, in_table=True), share).iso == ""
    assert _row_date(_row(words, in_table=False), share).iso == "1959-12-30"
