"""datasets.xlsx (--xlsx): a folder's datasets as one Excel workbook, a sheet per dataset.

Excel guesses types when it opens a CSV: (2) becomes −2, 6. becomes 6, 1/2 a date, and text
that begins with =, +, − or @ a formula. Here every column the schema types as string is
written as a string cell in the Text format (`@`), so nothing is converted or evaluated;
integer and number columns are numbers. The header row is frozen and filtered, and columns
are sized to their text. The bytes are deterministic: the zip entries' times and the
workbook's created/modified dates are fixed (1980-01-01), so a rerun writes the same file.
"""
from __future__ import annotations

import csv
import io
import unicodedata
import zipfile

import regex

from pipeline.schema import BY_FILE
from pipeline.writers import as_printed

FILE = "datasets.xlsx"
MAX_CELL = 32767           # Excel's limit for the characters of one cell
MAX_WIDTH = 60
_FIXED = (1980, 1, 1, 0, 0, 0)
_W3CDTF = regex.compile(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")
# control characters no XML 1.0 file can hold
_ILLEGAL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: str) -> str:
    return _ILLEGAL.sub("\ufffd", value)[:MAX_CELL]


def _typed(value: str, type_: str):
    """A CSV value as the cell's value: numbers for integer and number columns, else text."""
    if value == "":
        return None
    try:
        if type_ == "integer":
            return int(value)
        if type_ == "number":
            return float(value)
    except ValueError:
        pass
    return _text(value)


def _width(value: object) -> int:
    s = "" if value is None else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _sheet(wb, name: str, data: bytes) -> None:
    from openpyxl.utils import get_column_letter

    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    if data.startswith(b"\xef\xbb\xbf"):   # --bom: the formula quotes off again (text cells need none)
        rows = [[as_printed(c) for c in r] for r in rows]
    if not rows:
        return
    fields = {f.name: f.type for f in BY_FILE[name].fields} if name in BY_FILE else {}
    types = [fields.get(col, "string") for col in rows[0]]
    ws = wb.create_sheet(title=name.removesuffix(".csv")[:31])
    widths = [_width(h) for h in rows[0]]
    for r, row in enumerate(rows, start=1):
        for c, raw in enumerate(row, start=1):
            value = _text(raw) if r == 1 else _typed(raw, types[c - 1])
            if value is None:
                continue
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"      # never a formula, whatever it begins with
                cell.number_format = "@"
            widths[c - 1] = max(widths[c - 1], min(_width(value), MAX_WIDTH))
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = min(w, MAX_WIDTH) + 2
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def _fixed(raw: bytes) -> bytes:
    """The workbook's zip written again with fixed entry times and fixed document dates."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _W3CDTF.sub(r"\g<1>1980-01-01T00:00:00Z\g<2>", data.decode("utf-8")).encode("utf-8")
            dst.writestr(zipfile.ZipInfo(info.filename, _FIXED), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def workbook(files: dict[str, bytes]) -> bytes:
    """One workbook of the folder's CSV files (in name order), a sheet each."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name in sorted(files):
        if name.endswith(".csv"):
            _sheet(wb, name, files[name])
    if not wb.sheetnames:
        wb.create_sheet("empty")
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed(buf.getvalue())


def with_workbook(files: dict[str, bytes]) -> dict[str, bytes]:
    """The folder's files and datasets.xlsx made from them."""
    return {**files, FILE: workbook(files)}
