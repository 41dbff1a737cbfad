"""Labels printed as pictures of one colour painted through their soft masks (blind26d).

A word processor exporting list numbers it cannot embed may print each as a picture of one flat colour the size of
the label, its shape held by the picture's soft mask (the picture is black everywhere; the mask paints "1.1."):
what prints is the mask's shape, so the ink read is the picture's dark pixels that its mask paints
(picture_labels._ink). A label of two numbers (1.1., 2.4.: a section under its chapter) is one a picture may print
(numbering.PICTURE_LABEL), as 1., 1) and (1) are."""
from __future__ import annotations

import pymupdf

from pipeline.reading import open_document


def _masked_label(text: str) -> pymupdf.Pixmap:
    """A picture of one colour (black) whose soft mask holds `text` (2.5 px a point: 55 px for "1.1.", as Word exports it)."""
    doc = pymupdf.open()
    page = doc.new_page(width=5 * len(text) + 2, height=12)
    page.insert_text((2, 10), text, fontname="helv", fontsize=11)
    grey = page.get_pixmap(dpi=180, colorspace=pymupdf.csGRAY)
    pix = pymupdf.Pixmap(pymupdf.csRGB, grey.irect, True)
    pix.clear_with(0)                                   # black everywhere, transparent
    pix.set_alpha(bytes(255 - v for v in grey.samples))   # the mask paints the glyphs only
    return pix


def _read(path, rows: list[tuple[str, str]]) -> list[str]:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 100.0
    for label, text in rows:
        if label:
            page.insert_image(pymupdf.Rect(86, y - 10, 86 + 5.3 * len(label), y), pixmap=_masked_label(label))
        page.insert_text((86 + 5.3 * len(label) + 2 if label else 85, y), text, fontname="japan", fontsize=12)
        y += 30
    doc.save(str(path))
    return [ln.text.strip() for p in open_document(str(path)).pages for ln in p.lines if ln.text.strip()]


def test_a_flat_picture_through_its_mask_prints_the_mask(tmp_path):
    lines = _read(tmp_path / "masked.pdf", [("(1)", "技術的実現可能性の明確化"), ("", "本文はここに書かれています。"),
                                            ("(2)", "本格導入に向けた課題の整理")])
    assert "(1) 技術的実現可能性の明確化" in lines or "(1)技術的実現可能性の明確化" in lines, lines


def test_a_section_number_printed_as_a_picture_is_a_label(tmp_path):
    lines = _read(tmp_path / "sections.pdf", [("1.1.", "調達件名"), ("", "本文はここに書かれています。"),
                                              ("1.2.", "調達の背景"), ("", "本文はここに書かれています。")])
    assert any(ln.replace(" ", "") == "1.1.調達件名" for ln in lines), lines
    assert any(ln.replace(" ", "") == "1.2.調達の背景" for ln in lines), lines
