"""A designed leaflet's headline, its captions on coloured bands and its table of filled cells
(tests/leaflet14_conventions.py, tests/leaflet13_conventions.py)."""
from __future__ import annotations

from pathlib import Path

import leaflet13_conventions as lc
from conftest import read_csv
from pipeline.cli import main
from real_truth import norm


def _extract(pdf: Path, tmp_path: Path) -> Path:
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    return tmp_path / "out/documents" / pdf.stem


def test_a_headline_is_the_title_never_a_heading(tmp_path):
    """The headline's rows in display type (30, 44, 38 pt, bold, the badge beside them) spell the title
    the cover read: each row is the title's, none a heading as well."""
    out = _extract(lc.build_headline_leaflet(tmp_path / "headline.pdf", bold=True), tmp_path)
    titles = [norm(h["title"]) for h in read_csv(out / "headings.csv")]
    assert not any(norm(row) in t or t in norm(row) for row in lc.HEADLINE_ROWS for t in titles), titles


def test_a_headline_s_rows_are_no_heading_candidates(tmp_path):
    """Each row of the headline (bold display type, the rows in three sizes, the badge's ４ beside them) is
    refused as a heading candidate: it is a row of the title the cover read."""
    from extractors.cover import read_cover
    from extractors.headings import heading_candidates
    from extractors.layout import read_pdf
    from extractors.page_flow import build_flow
    doc = read_pdf(str(lc.build_headline_leaflet(tmp_path / "headline.pdf", bold=True)))
    flow = build_flow(doc)
    titles = [norm(flow.line(c.index).text) for c in heading_candidates(flow, read_cover(doc))]
    assert not any(norm(row) in titles for row in lc.HEADLINE_ROWS), titles


def test_a_table_of_filled_cells_with_pictures_is_one_table(tmp_path):
    """Rows filled with their level's colour and stroked grey, a line drawing in fine strokes in each
    middle cell (its frame standing on the row's foot): one table of the rows' grid, 6 × 3, the header's
    right cell spanning two columns; the drawing's strokes divide no cell."""
    import leaflet14_conventions as l14
    out = _extract(l14.build_level_table(tmp_path / "levels.pdf"), tmp_path)
    cells = read_csv(out / "tables.csv")
    assert {c["table_id"] for c in cells} == {"1"}
    rows = max(int(c["row"]) + int(c["rowspan"]) - 1 for c in cells)
    cols = max(int(c["col"]) + int(c["colspan"]) - 1 for c in cells)
    assert (rows, cols) == (6, 3)
    first = [(c["col"], c["colspan"], norm(c["text"])) for c in cells if c["row"] == "1"]
    assert first == [("1", "1", norm(l14.HEADER[0])), ("2", "2", norm(l14.HEADER[1]))]
    assert [norm(c["text"]) for c in cells if c["row"] == "6"] == [norm(x) for x in l14.LEVELS[-1][:3]]


def test_a_caption_on_a_band_across_a_panel_s_top_heads_the_panel(tmp_path):
    """Four panels side by side, two by two, each headed by a caption in bold on a filled band across
    its top (rows wrapped inside the band read as one title, however the reading order interleaves the
    two panels' rows): the four captions are the page's headings, one level; the panels' text and a
    picture's label in a small box lower down are none."""
    import leaflet14_conventions as l14
    out = _extract(l14.build_region_captions(tmp_path / "panels.pdf"), tmp_path)
    got = [(h["level"], norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [("1", norm("".join(c))) for c in l14.CAPTIONS], got
