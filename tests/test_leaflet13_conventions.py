"""Ruby (furigana) over a leaflet's words (tests/leaflet13_conventions.py)."""
from __future__ import annotations

import json
from pathlib import Path

import leaflet13_conventions as lc
from conftest import read_csv
from letters import accounting
from pipeline.cli import main
from real_truth import norm


def _out(tmp_path: Path) -> tuple[Path, Path]:
    pdf = lc.build_ruby_leaflet(tmp_path / "leaflet.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    return pdf, tmp_path / "out/documents" / pdf.stem


def test_ruby_over_a_word_is_furniture_not_text(tmp_path):
    """Small kana in a line of their own right over the kanji they gloss, within the word's width (one run, or
    letter by letter), are ruby: furniture, one record per word with its letters in order, in no paragraph
    or heading; every letter lands in a dataset, none twice."""
    pdf, out = _out(tmp_path)
    furniture = [(f["kind"], f["text"]) for f in read_csv(out / "furniture.csv")]
    assert [t for k, t in furniture if k == "ruby"] == lc.RUBY
    text = norm("".join(p["text"] for p in read_csv(out / "paragraphs.csv"))
                + "".join(h["title"] for h in read_csv(out / "headings.csv")))
    assert all(norm(r) not in text for r in lc.RUBY)
    # the headline's rows: the title (document.json), each a paragraph of its own where the layer's lines are
    # read by position (the cover's rows, Cover.title_at, are out of the text), or left in it
    title = norm(json.loads((out / "document.json").read_text(encoding="utf-8"))["title"])
    assert norm(lc.HEADLINE[1]) in text + title and norm(lc.RUBY[1]) not in title
    coverage, _ = accounting([pdf], out)
    assert coverage == 1.0


def test_kana_that_gloss_no_word_stay_text(tmp_path):
    """A paragraph opening with a word in kana alone, and a small kana label beside (not over) a word,
    are no ruby."""
    _, out = _out(tmp_path)
    assert [f["text"] for f in read_csv(out / "furniture.csv") if f["kind"] == "ruby"] == lc.RUBY
    text = norm("".join(p["text"] for p in read_csv(out / "paragraphs.csv"))
                + "".join(h["title"] for h in read_csv(out / "headings.csv")))
    assert norm("おしらせ") in text and norm(lc.BODY[0]) in text


def test_a_leaflet_s_title_is_its_headline_not_its_display_numerals(tmp_path):
    """The cover's title is the headline: its rows in display type round the largest (30, 44, 38 pt), the
    ruby over its kanji no row of it, the badge beside it (警戒レベル over a huge ４) passed over, and the
    level numbers "5 4 3" set huge behind the boxes below no title, though the largest type on the page."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    pdf = lc.build_headline_leaflet(tmp_path / "headline.pdf")
    assert norm(read_cover(open_document(str(pdf))).title) == norm("".join(lc.HEADLINE_ROWS))


def test_ruby_over_a_word_in_a_tables_cell_is_furniture_not_the_cells_text(tmp_path):
    """Ruby set over a word inside a ruled table's cell is taken out before the cells are filled: the cell
    reads the word alone, the ruby is furniture (one record per word), and no letter is lost."""
    pdf = lc.build_ruby_table(tmp_path / "table.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    out = tmp_path / "out/documents" / pdf.stem
    cells = [c["text"] for c in read_csv(out / "tables.csv")]
    assert [norm(c) for c in cells] == [norm(t) for t in ("レベル4", lc.CELL_WORDS[0], "レベル3", lc.CELL_WORDS[1])]
    assert [f["text"] for f in read_csv(out / "furniture.csv") if f["kind"] == "ruby"] == lc.CELL_RUBY
    coverage, _ = accounting([pdf], out)
    assert coverage == 1.0
