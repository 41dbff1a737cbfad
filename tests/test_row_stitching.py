"""Where rows are stitched across pages (extractors/row_stitching.py), on hand-made rows."""
from extractors.row_stitching import TableRow, continues_row
from extractors.records import Cell, Row


def _row(text: str, mins: str, page: int = 2) -> Row:
    return Row(page, 0, 10, [Cell([text] if text else [], []), Cell([mins] if mins else [], [])])


def test_a_row_runs_on_when_a_cell_is_empty_or_the_list_is_cut_at_a_separator():
    before = TableRow([_row("データ基盤の整", "総、文", page=1)])
    assert continues_row(before, _row("備を推進", ""), 0, 1)            # only the text runs on
    assert continues_row(before, _row("", "経"), 0, 1)                  # only the list runs on
    assert continues_row(before, _row("備を推進", "、経"), 0, 1)        # list cut before its separator
    cut_after = TableRow([_row("データ基盤の整", "総、文、", page=1)])
    assert continues_row(cut_after, _row("備を推進", "経"), 0, 1)       # list cut after its separator
    assert not continues_row(before, _row("新しい取組", "経"), 0, 1)    # a row of its own
