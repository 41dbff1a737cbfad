"""--xlsx: one workbook per folder, a sheet per dataset; every text cell is a string (labels
such as (2) and 6., formula-like text such as =1+2, +1, -1, @SUM, a folded ＝２＊３), never a
number or a formula; header row frozen, columns sized; the same bytes on a rerun."""
from __future__ import annotations

import csv
import io
import zipfile

from openpyxl import load_workbook

from pipeline.cli import main
from pipeline.workbook import workbook
from pipeline.writers import csv_bytes

TRICKY = ["(2)", "6.", "=1+2", "+81", "-1", "@SUM(A1:A2)", "=2*3", "1/2", "0012", "1e3", "TRUE", "=HYPERLINK(\"x\")",
          "\x07ベル"]


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _no_formulas(raw: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name


def test_text_stays_text_and_numbers_stay_numbers():
    rows = [{"seq": n, "level": 1, "kind": "chapter", "label": t, "title": t, "page": 3, "source": "x.pdf"}
            for n, t in enumerate(TRICKY, start=1)]
    files = {"headings.csv": csv_bytes(["seq", "level", "kind", "label", "title", "page", "source"], rows, bom=True)}
    raw = workbook(files)
    _no_formulas(raw)
    ws = load_workbook(io.BytesIO(raw))["headings"]
    assert ws.freeze_panes == "A2"
    got = list(ws.iter_rows(min_row=2, values_only=False))
    for cells, t in zip(got, TRICKY):
        seq, label, title, page = cells[0], cells[3], cells[4], cells[5]
        assert label.data_type == "s" and title.data_type == "s", (t, label.data_type)
        assert label.value == t.replace("\x07", "\ufffd") and label.number_format == "@"
        assert isinstance(seq.value, int) and isinstance(page.value, int) and page.value == 3
    assert ws.column_dimensions["E"].width >= len('=HYPERLINK("x")')
    assert workbook(files) == raw   # deterministic bytes


def test_extract_and_diff_write_a_workbook_per_folder(corpus, tmp_path):
    out = tmp_path / "out"
    for _ in range(2):
        assert main(["extract", str(corpus / "2021"), str(corpus / "2022"), "--out", str(out), "-q", "--xlsx"]) == 0
    first = (out / "2022" / "datasets.xlsx").read_bytes()
    assert main(["extract", str(corpus / "2022"), "--out", str(out), "-q", "--xlsx", "--force"]) == 0
    assert (out / "2022" / "datasets.xlsx").read_bytes() == first   # byte-identical when redone
    wb = load_workbook(out / "2022" / "datasets.xlsx")
    csvs = sorted(p.stem for p in (out / "2022").glob("*.csv"))
    assert sorted(wb.sheetnames) == csvs
    labels = [c.value for c in wb["headings"]["D"][1:] if c.value is not None]
    headings = _csv_rows((out / "2022" / "headings.csv").read_bytes())
    assert labels == [r[3] for r in headings[1:] if r[3]]
    assert "(1)" in labels and "1." in labels
    assert all(c.data_type == "s" for c in wb["headings"]["D"][1:] if c.value is not None)
    inits = _csv_rows((out / "2022" / "initiatives.csv").read_bytes())
    assert [c.value for c in wb["initiatives"]["D"][1:]] == [r[3] for r in inits[1:]]
    assert all(ws.freeze_panes == "A2" for ws in wb.worksheets)
    _no_formulas(first)
    assert main(["diff", str(out / "2021"), str(out / "2022"), "--out", str(out), "-q", "--xlsx"]) == 0
    wb = load_workbook(out / "diff_2021_2022" / "datasets.xlsx")
    assert sorted(wb.sheetnames) == ["changes", "ministry_summary", "target_changes"]
    header = [c.value for c in wb["changes"][1]]
    similarity = wb["changes"].cell(row=2, column=header.index("similarity") + 1)
    assert similarity.data_type == "n"   # a number column stays a number
