"""`ai-strategy inspect`: lines.csv says what the reader decided for each line, checked against
the 2022 main body's truth (../shared/corpus/2022/truth), and it works on every corpus PDF."""
from __future__ import annotations

import time

import pymupdf
import pytest

from conftest import read_csv, read_tsv
from normalizers.text import key
from pipeline.cli import main

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def inspected_2022(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("inspect_2022")
    assert main(["inspect", str(corpus / "2022" / "honbun.pdf"), "--out", str(out)]) == 0
    return out


def test_every_truth_heading_is_a_line_with_role_heading(corpus, inspected_2022):
    rows = read_csv(inspected_2022 / "lines.csv")
    truth = read_tsv(corpus / "2022/truth/headings.tsv")
    assert len(truth) == 55
    missed = []
    for t in truth:
        whole = key(t["label"] + t["title"])
        found = [r for r in rows if r["page"] == t["pdf_page"] and r["role"] == "heading"
                 and key(r["text"]) and (whole.startswith(key(r["text"])) or key(r["text"]).startswith(whole))]
        if not found:
            missed.append((t["pdf_page"], t["label"], t["title"]))
        elif int(t["level"]) > 0:
            assert f"level {t['level']}" in found[0]["evidence"], (t, found[0])
    assert not missed, missed
    # and no more headings than the truth has (a wrapped title's second line says so)
    firsts = [r for r in rows if r["role"] == "heading" and r["evidence"].startswith("level")]
    assert len(firsts) == len(truth)


def test_every_footnote_line_is_in_the_footnote_area(corpus, inspected_2022):
    rows = read_csv(inspected_2022 / "lines.csv")
    truth = read_tsv(corpus / "2022/truth/footnotes.tsv")
    assert len(truth) == 32
    notes = [(r["page"], key(r["text"])) for r in rows if r["role"] == "footnote"]
    missed = [t["number"] for t in truth
              if not any(page == t["pdf_page"] and key(t["text_start"])[:10] in text for page, text in notes)]
    assert not missed, missed
    # nothing of a footnote's text is read as running text
    body = [(r["page"], key(r["text"])) for r in rows if r["role"] not in ("footnote", "furniture")]
    leaked = [t["number"] for t in truth
              if any(page == t["pdf_page"] and key(t["text_start"])[:20] in b for page, b in body)]
    assert not leaked, leaked


def test_a_picture_per_page_and_every_line_has_a_role(inspected_2022):
    rows = read_csv(inspected_2022 / "lines.csv")
    pages = {int(r["page"]) for r in rows}
    pictures = sorted(inspected_2022.glob("page-*.png"))
    assert len(pictures) >= max(pages) and all(p.read_bytes()[:8] == PNG for p in pictures)
    assert all(r["role"] and float(r["x0"]) <= float(r["x1"]) and float(r["y0"]) <= float(r["y1"]) for r in rows)
    assert {"heading", "body", "footnote", "furniture", "goal_label"} <= {r["role"] for r in rows}


def _corpus_pdfs(corpus):
    return sorted(corpus.glob("*/*.pdf"))


def test_inspect_works_on_every_corpus_pdf(corpus, tmp_path):
    pdfs = _corpus_pdfs(corpus)
    assert len(pdfs) >= 10
    for k, pdf in enumerate(pdfs):
        out = tmp_path / str(k)
        assert main(["inspect", str(pdf), "--pages", "1-2", "--out", str(out)]) == 0, pdf
        rows = read_csv(out / "lines.csv")
        assert rows and {r["page"] for r in rows} <= {"1", "2"}, pdf
        with pymupdf.open(pdf) as doc:
            shown = min(doc.page_count, 2)
        assert sorted(p.name for p in out.glob("*.png")) == [f"page-00{n}.png" for n in range(1, shown + 1)], pdf
        assert (out / "page-001.png").read_bytes()[:8] == PNG


def test_wrong_pages_and_missing_file_are_one_line_errors(corpus, tmp_path, capsys):
    pdf = str(corpus / "2022" / "honbun.pdf")
    for pages in ("0", "9-3", "x", "900"):
        assert main(["inspect", pdf, "--pages", pages, "--out", str(tmp_path / "o")]) == 2
    assert main(["inspect", str(tmp_path / "none.pdf"), "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 5 and all(line.startswith("error: ") for line in err)


def test_a_folder_as_the_pdf_and_a_file_as_out_are_one_line_errors(corpus, tmp_path, capsys):
    """A folder named like a PDF, and --out naming a file: one line each, exit 1, no traceback
    (both were tracebacks: IsADirectoryError, FileExistsError)."""
    folder = tmp_path / "x.pdf"
    folder.mkdir()
    taken = tmp_path / "notes.txt"
    taken.write_text("mine", encoding="utf-8")
    assert main(["inspect", str(folder), "--out", str(tmp_path / "o")]) == 1
    pdf = str(corpus / "2022" / "honbun.pdf")
    assert main(["inspect", pdf, "--pages", "1", "--out", str(taken)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("error: ") for line in err)
    assert "x.pdf" in err[0] and "notes.txt" in err[1] and "--out" in err[1]
    assert taken.read_text(encoding="utf-8") == "mine"


def test_a_turned_page_is_drawn_as_it_was_read(tmp_path):
    """A landscape page drawn turned (/Rotate 90, its text upright in a viewer): the picture has
    the page's upright shape and each line's box holds that line's ink (the old picture was the
    page unturned, its boxes off the text)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for k in range(4):
        page.insert_text((100 + 30 * k, 100), f"Upright line {k} when turned", fontsize=11, rotate=90)
    page.set_rotation(90)
    doc.save(tmp_path / "turned.pdf")
    assert main(["inspect", str(tmp_path / "turned.pdf"), "--out", str(tmp_path / "o")]) == 0
    pix = pymupdf.Pixmap(str(tmp_path / "o" / "page-001.png"))
    assert (pix.width, pix.height) == (842 * 2, 595 * 2)
    rows = read_csv(tmp_path / "o" / "lines.csv")
    assert len(rows) == 4
    for r in rows:
        x0, y0, x1, y1 = (int(float(r[k]) * 2) for k in ("x0", "y0", "x1", "y1"))
        dark = sum(1 for x in range(x0 + 4, x1 - 4, 2) for y in range(y0 + 4, y1 - 4, 2)
                   if x < pix.width and y < pix.height and sum(pix.pixel(x, y)[:3]) < 200)
        assert dark > 20, r


def _one_line(args: list[str], capsys) -> tuple[int, str]:
    code = main(args)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0], err
    return code, err[0]


def test_inspect_reads_under_extracts_budgets(tmp_path, capsys, monkeypatch):
    """A hostile PDF (tests/hostile.py) costs inspect what it costs extract: the same one line
    (after "error: ") and exit 1. A stream that inflates past the time budget is stopped by it
    (inspect read in its own process with no budget at all), a page over the span budget is
    refused, and a read over the memory budget ends its worker, not the run."""
    import hostile
    from extractors import budgets

    bomb = hostile.inflation_bomb(tmp_path / "bomb.pdf", gigabytes=0.4)
    spans = hostile.many_spans(tmp_path / "spans.pdf", 200_000)
    monkeypatch.setattr(budgets, "SECONDS_PER_COVER", 0.5)
    for pdf, seconds in ((bomb, 1.0), (spans, 60.0)):   # the bomb needs longer than a second to read
        monkeypatch.setattr(budgets, "SECONDS_PER_FILE", seconds)
        code, said = _one_line(["extract", str(pdf), "--out", str(tmp_path / "x"), "-q"], capsys)
        assert code == 1 and str(pdf) in said and "budget" in said, said
        started = time.monotonic()
        assert _one_line(["inspect", str(pdf), "--out", str(tmp_path / "o")], capsys) == (1, f"error: {said}")
        assert time.monotonic() - started < 20
    assert not (tmp_path / "o").exists()

    import extractors.layout as layout

    real = layout.read_pdf

    def hungry(path, **kw):
        hog = [bytearray(2**20) for _ in range(4096)]   # 4 GB: over the worker's budget
        del hog
        return real(path, **kw)

    monkeypatch.setattr(layout, "read_pdf", hungry)   # the forked worker inherits it
    code, said = _one_line(["inspect", str(spans), "--out", str(tmp_path / "o")], capsys)
    assert code == 1 and said == f"error: {spans}: over the memory budget of {budgets.WORKER_MEMORY_BYTES // 2**20} MB; " \
                                  "the file is not read", said
