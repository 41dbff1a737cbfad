"""Files met in a sweep over PDFs nobody had read with the pipeline: each once failed inside the
pipeline (an internal error, the file left out). The layouts are built here from the convention."""
from __future__ import annotations

import pymupdf

import table_conventions as tc
from conftest import extract_document, read_csv
from real_truth import norm

FONT = "japan"


def _table_to_the_foot_then_a_numbered_title(path):
    """A 別表 page: a numbered title, then a ruled table to the page's foot; the next page opens with
    the next numbered title over a paragraph set further in. The item before that title is the table."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 70), "（別表）", fontname=FONT, fontsize=10.5)
    page.insert_text((60, 95), "１．　経費区分及び補助率", fontname=FONT, fontsize=10.5)
    xs, ys = [60, 250, 535], [110 + 40 * i for i in range(17)]
    tc._grid_lines(page, xs, ys)
    for r, y in enumerate(ys[:-1]):
        for c, x in enumerate(xs[:-1]):
            page.insert_text((x + 4, y + 24), f"区分{r + 1}の欄{c + 1}", fontname=FONT, fontsize=10)
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 70), "２．　補助対象となる機器及び周辺機器の範囲について", fontname=FONT, fontsize=10.5)
    page.insert_text((81, 95), "本事業において、補助対象となる機器の購入費の内訳は以下に限定する。", fontname=FONT,
                     fontsize=10.5)
    page.insert_text((70.5, 113), "以下に該当しない機器の購入費は補助対象外とする。", fontname=FONT, fontsize=10.5)
    doc.save(path)
    return path


def test_a_numbered_title_after_a_table_that_ends_the_page_before(tmp_path):
    """Was: AssertionError in headings._aligned (the item before ２． is a table, read as a text line)."""
    out = extract_document(_table_to_the_foot_then_a_numbered_title(tmp_path / "bessi.pdf"))
    labels = [norm(h["label"]) for h in read_csv(out / "headings.csv")]
    assert "2." in labels or "２．" in labels, labels
    assert len(read_csv(out / "tables.csv")) > 0
