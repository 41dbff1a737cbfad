"""What a table fragment is: header row, column roles, and its kind (initiatives or the
abbreviation table). Columns are found by their header text, so a new column (備考, say) is
kept as an extra field instead of shifting the others.

A header row is told by its place and shape, not by a word: it is the first row of a table
(or a row at the top of a continuation that repeats it), its cells are short names with no
lead mark or sentence punctuation, and it names the columns a list needs — an initiative
column and a ministry column (取組 | 関係府省庁), or an abbreviation and a name (略称 | 府省庁名).
A short data row that happens to hold such a word (防災施策の推進 | ◎内閣府) is data.
"""
from __future__ import annotations


from normalizers.text import SPACES as _SPACES, clean
from extractors.records import Row, Table

INITIATIVE_HEADERS = ("取組", "施策", "事項")
MINISTRY_HEADERS = ("府省", "省庁")
ABBREVIATION_HEADERS = ("略称",)
NAME_HEADERS = ("名称", "府省", "省庁")
_NOT_A_NAME = frozenset("◎○●。．、，")


def _key(text: str) -> str:
    return _SPACES.sub("", clean(text))


def cell_text(row: Row, col: int) -> str:
    return "".join(row.cells[col].text_lines) if col < len(row.cells) else ""


def _names(keys: list[str], words: tuple[str, ...]) -> list[int]:
    return [i for i, k in enumerate(keys) if any(w in k for w in words)]


def header_texts(row: Row, max_name: int) -> list[str] | None:
    """The header texts if `row` has the shape of a header row: every cell a short name, and
    the names of a list's columns (initiative and ministry, or abbreviation and name) in two
    different cells."""
    keys = [_key("".join(c.text_lines)) for c in row.cells]
    if not any(keys) or any(len(k) > max_name or _NOT_A_NAME & set(k) for k in keys):
        return None
    initiative, ministry = _names(keys, INITIATIVE_HEADERS), _names(keys, MINISTRY_HEADERS)
    if any(a != b for a in initiative for b in ministry):
        return keys
    abbreviation, name = _names(keys, ABBREVIATION_HEADERS), _names(keys, NAME_HEADERS)
    if any(a != b for a in abbreviation for b in name):
        return keys
    return None


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


def with_header(table: Table, max_name: int) -> Table:
    """The fragment with its header read from its first row, and that row (and copies of it
    right under it) removed."""
    rows = list(table.rows)
    header = header_texts(rows[0], max_name) if rows else None
    while header is not None and rows and [_key("".join(c.text_lines)) for c in rows[0].cells] == header:
        rows.pop(0)
    return Table(table.page, table.x0, table.y0, table.x1, table.y1, table.columns, rows, header, table.merged)
