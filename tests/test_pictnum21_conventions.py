"""Pictures of one digit read as numbers of a series (pictnum21), and a title filling its row over a paragraph.

A word processor that cannot embed its list numbers' font prints each as a small picture; a number of one glyph
(1, 2) is a line's label only when the document shows a series (picture_labels.numbered_in_series): the digit
follows the one before in its column, or the line under it opens with N.1. A lone picture of one digit, and a
picture of a bullet (■, read as the full stop), label nothing. A labelled line whose title fills its row to the edge
over a paragraph whose first row is set in one character from the rows after it is a heading, its title that row
(title_lines.opens_a_paragraph)."""
from __future__ import annotations

import pymupdf

from extractors.page_flow import build_flow
from pipeline.reading import open_document


def _glyph_png(ch: str) -> bytes:
    """A picture of one glyph, black on white, as Word exports a list number it cannot embed (about 3 px a point)."""
    doc = pymupdf.open()
    page = doc.new_page(width=12, height=16)
    if ch == "■":
        page.draw_rect(pymupdf.Rect(2, 3, 10, 11), color=None, fill=(0, 0, 0))
    else:
        page.insert_text((2, 13), ch, fontname="helv", fontsize=14)
    return page.get_pixmap(dpi=216, colorspace=pymupdf.csGRAY).tobytes("png")


def _numbered(path, rows: list[tuple[str, str]]) -> list[str]:
    """A page of rows (the glyph pictured before the line, or "" for none; the line's text); the lines as read."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 100.0
    for glyph, text in rows:
        if glyph:
            page.insert_image(pymupdf.Rect(86, y - 10, 92, y - 1), stream=_glyph_png(glyph))
        page.insert_text((97 if glyph else 85, y), text, fontname="japan", fontsize=12)
        y += 24
    doc.save(str(path))
    return [ln.text.strip() for p in open_document(str(path)).pages for ln in p.lines if ln.text.strip()]


def test_pictured_digits_in_a_series_are_numbers(tmp_path):
    lines = _numbered(tmp_path / "series.pdf", [("1", "概要"), ("", "本文はここに書かれています。"), ("2", "基本要素"),
                                                ("", "本文はここに書かれています。")])
    assert "1 概要" in lines and "2 基本要素" in lines


def test_a_pictured_digit_over_its_first_section_is_its_number(tmp_path):
    lines = _numbered(tmp_path / "first.pdf", [("1", "概要"), ("", "１.１ 背景")])
    assert "1 概要" in lines


def test_a_lone_pictured_digit_and_bullets_label_nothing(tmp_path):
    lines = _numbered(tmp_path / "lone.pdf", [("1", "概要"), ("", "本文はここに書かれています。")])
    assert "概要" in lines
    lines = _numbered(tmp_path / "bullets.pdf", [("■", "戦略"), ("■", "組織"), ("■", "ルール")])
    assert lines == ["戦略", "組織", "ルール"]


def test_a_title_filling_its_row_over_an_indented_paragraph_is_a_heading(tmp_path):
    from extractors.cover import read_cover
    from extractors.headings import find_headings
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    body = [(108, "高年齢者のための職場環境の改善の取組を評価項目として考慮した労働災害"),
            (96, "防止に係る表彰、好事例コンクール等高年齢者労働災害防止対策に積極的に取"),
            (96, "り組む事業場の社会的評価を高める仕組みを活用すること。")]
    rows = [(84, "⑶　補助金等の活用"), *body, (84, "⑷　社会的評価を高める仕組みの活用"), *body,
            (84, "⑸　職域保健と地域保健の連携及び健康保険の保険者との連携の仕組みを活用"),
            (108, "職域保健と地域保健の連携を強化するため、各地域において地域・職域連携"),
            (96, "推進協議会が設置され、地域の課題や実情に応じた連携が進められているとこ"),
            (96, "ろである。また、健康保険組合等の保険者と企業が連携して労働者の健康づく"),
            (96, "りを推進する取組も行われている。")]
    for k, (x, text) in enumerate(rows):
        page.insert_text((x, 100 + 18 * k), text, fontname="japan", fontsize=12)
    path = tmp_path / "edge.pdf"
    doc.save(str(path))
    src = open_document(str(path))
    titles = [h.title for h in find_headings(build_flow(src), read_cover(src)).at.values()]
    assert "職域保健と地域保健の連携及び健康保険の保険者との連携の仕組みを活用" in titles
