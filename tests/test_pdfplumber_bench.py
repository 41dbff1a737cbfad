"""bench/pdfplumber_tables.py counts pdfplumber's cells as the truth; where its reading is not
the page as shown (MISREADS), the script says so per file with the reason and prints the
figures over all files and again without those files, never dropping one silently."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pymupdf

import table_conventions as tc
from conftest import ROOT


def _bench():
    spec = importlib.util.spec_from_file_location("pdfplumber_tables", ROOT / "bench" / "pdfplumber_tables.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _table(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    xs, ys = [72, 232, 332, 452], [100, 124, 148, 172]
    tc._grid_lines(page, xs, ys)
    tc._fill(page, tc.SHADED, xs, ys)
    doc.save(path)
    return path


def test_a_file_pdfplumber_misreads_is_listed_with_its_reason_and_both_figures_printed(tmp_path, capsys,
                                                                                      monkeypatch):
    bench = _bench()
    folder = tmp_path / "pdfs"
    folder.mkdir()
    _table(folder / "read-as-shown.pdf")
    shutil.copy(folder / "read-as-shown.pdf", folder / "misread.pdf")
    monkeypatch.setattr(bench, "MISREADS", {"misread.pdf": "a reason seen on the rendered page"})
    bench.main([str(folder)])
    out = capsys.readouterr().out
    lines = out.splitlines()
    at = lines.index(next(line for line in lines if line.startswith("misread.pdf:")))
    assert lines[at + 1].strip() == "pdfplumber misreads the page: a reason seen on the rendered page"
    assert not any(line.startswith("read-as-shown.pdf:") for line in lines)   # equal, not misread: quiet
    every = next(line for line in lines if line.startswith("all files, pdfplumber's own reading of each:"))
    without = next(line for line in lines if line.startswith("without the 1 files pdfplumber misreads"))
    cells = int(every.split("ours ")[1].split(",")[0])
    assert cells > 0 and int(without.split("ours ")[1].split(",")[0]) * 2 == cells   # one of two files left out


def test_a_turned_copy_is_measured_against_pdfplumbers_reading_of_its_upright_twin(tmp_path, capsys, monkeypatch):
    """The turned file's truth is the upright file's reading only when the two are one page turned
    by /Rotate; a file differing in anything else keeps pdfplumber's own reading as its truth."""
    bench = _bench()
    folder = tmp_path / "pdfs"
    folder.mkdir()
    _table(folder / "upright.pdf")
    doc = pymupdf.open(folder / "upright.pdf")
    doc[0].set_rotation(90)
    doc.save(folder / "turned.pdf")
    monkeypatch.setattr(bench, "TWINS", {"turned.pdf": "upright.pdf", "other.pdf": "upright.pdf"})
    assert bench._same_page_turned(folder / "turned.pdf", folder / "upright.pdf")
    monkeypatch.setattr(bench, "theirs", lambda pdf, n: bench.Counter({pdf.name: 1}))
    assert bench._twin_truth(folder / "turned.pdf", 50) == bench.Counter({"upright.pdf": 1})
    other = pymupdf.open(folder / "upright.pdf")
    other[0].insert_text((72, 300), "one more line")
    other.save(folder / "other.pdf")
    assert not bench._same_page_turned(folder / "other.pdf", folder / "upright.pdf")
    assert bench._twin_truth(folder / "other.pdf", 50) is None
