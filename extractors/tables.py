"""What a table fragment is: header row, column roles, and its kind (initiatives or the
abbreviation table). Columns are found by their header text, so a new column (備考, say) is
kept as an extra field instead of shifting the others."""
from __future__ import annotations

import regex

from normalizers.text import clean
from extractors.records import Row, Table

_SPACES = regex.compile(r"\s+")
INITIATIVE_HEADERS = ("取組", "施策", "事項")
MINISTRY_HEADERS = ("府省",)
ABBREVIATION_HEADERS = ("略称",)


def _key(text: str) -> str:
    return _SPACES.sub("", clean(text))


def cell_text(row: Row, col: int) -> str:
    return "".join(row.cells[col].text_lines) if col < len(row.cells) else ""


def header_texts(row: Row) -> list[str] | None:
    """The header texts if `row` is a header row: short cells naming known columns."""
    keys = [_key("".join(c.text_lines)) for c in row.cells]
    if not any(keys) or any(len(k) > 12 for k in keys):
        return None
    known = INITIATIVE_HEADERS + MINISTRY_HEADERS + ABBREVIATION_HEADERS
    if not any(any(t in k for t in known) for k in keys):
        return None
    return keys


def table_kind(header: list[str]) -> str:
    if any(any(t in h for t in ABBREVIATION_HEADERS) for h in header):
        return "abbreviations"
    if any(any(t in h for t in INITIATIVE_HEADERS) for h in header):
        return "initiatives"
    return "other"


def column_roles(header: list[str]) -> tuple[int | None, int | None, dict[int, str]]:
    """(initiative column, ministries column, {other column: its header})."""
    init = next((i for i, h in enumerate(header) if any(t in h for t in INITIATIVE_HEADERS)), None)
    mins = next((i for i, h in enumerate(header) if any(t in h for t in MINISTRY_HEADERS) and i != init), None)
    extras = {i: h for i, h in enumerate(header) if i not in (init, mins)}
    return init, mins, extras


def with_header(table: Table) -> Table:
    """The fragment with its header read and its header rows (repeated ones too) removed."""
    rows = list(table.rows)
    header = None
    while rows and (h := header_texts(rows[0])) is not None:
        header = header or h
        rows.pop(0)
    return Table(table.page, table.x0, table.y0, table.x1, table.y1, table.columns, rows, header)
