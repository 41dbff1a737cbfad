"""MuPDF's warnings and the scan check that say nothing of the text being lost (extractors/layout._mupdf_said,
_text_layer): each a note of its own, the status unchanged — a file is `partial` only where its text may be missing.

Conventions (below24, the partial documents of the session-21 sweep):
- a ToUnicode CMap that names no codespace range (a PDF maker writing only its bfchar mappings): MuPDF says "CMap is
  missing codespace range" and assumes one, but a ToUnicode CMap's codespace splits no string — the font's Encoding
  does — so on a page whose fonts take their Encoding by name (Identity-H) the text is whole: a note
  `cmap_codespace_missing`; where a font's Encoding is an embedded CMap stream it still means damaged_pdf;
- a font whose ascent and descent are bogus (MuPDF: "bogus font (…) ascent/descent values (…)") is set with MuPDF's
  own (0.8 / -0.2 of the size): its glyphs and codes are read as printed, a note `font_metrics_replaced`;
- a page whose text is an OCR layer over its picture (Page.ocr) has been read by the OCR: a page of photographs or a
  map carries few words, and those it carries are read — a note `ocr_found_few_words`, not `no_text_layer` (an
  error: "run OCR on the file")."""
from __future__ import annotations

import struct

import pymupdf

from conftest import extract_document, read_csv
from test_ocr_cmap_conventions import cmap_page, said
from test_sweep_faults import json_status

LINES = ["保険医療機関の施設基準に係る届出書添付書類", "当該保険医療機関における診療状況を記入すること。",
         "記載上の注意を確認のうえ添付すること。"]


def _no_codespace(path, *, encoding_stream: bool):
    """A form page in a CJK font whose ToUnicode CMap names no codespace range; with `encoding_stream`, its Encoding
    too is an embedded CMap stream naming none."""
    return cmap_page(path, LINES, "Form", None, encoding_stream=encoding_stream)


def _problems(out, *whats):
    return [(p["what"], p["severity"]) for p in read_csv(out / "problems.csv") if p["what"] in whats]


def test_a_tounicode_cmap_naming_no_codespace_is_a_note_not_a_damaged_file(tmp_path):
    pdf = _no_codespace(tmp_path / "yoshiki.pdf", encoding_stream=False)
    read = said(pdf)
    assert LINES[0] in read and "CMap is missing codespace range" in read   # the case: the text whole, MuPDF warns
    out = extract_document(pdf)
    assert _problems(out, "damaged_pdf", "cmap_codespace_missing") == [("cmap_codespace_missing", "note")]
    assert json_status(out) == "success"


def test_the_same_warning_on_a_font_encoded_by_an_embedded_cmap_stays_damaged_pdf(tmp_path):
    pdf = _no_codespace(tmp_path / "yoshiki.pdf", encoding_stream=True)
    assert "CMap is missing codespace range" in said(pdf)
    out = extract_document(pdf)
    assert ("damaged_pdf", "error") in _problems(out, "damaged_pdf")
    assert json_status(out) == "partial"
    assert not _problems(out, "cmap_codespace_missing")


def _bogus_metrics(path):
    """A page set in a TrueType font whose hhea ascent is 0 and descent far below the em (a PDF maker's broken
    font for its spaces), beside the text in a sound font."""
    buf = bytearray(pymupdf.Font("cjk").buffer)
    tables = {}
    for i in range(struct.unpack(">H", buf[4:6])[0]):
        tag, _sum, offset, _length = struct.unpack(">4sIII", buf[12 + 16 * i:28 + 16 * i])
        tables[tag] = offset
    struct.pack_into(">hh", buf, tables[b"hhea"] + 4, 0, -3875)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="FB", fontbuffer=bytes(buf))
    for k, line in enumerate(LINES):
        page.insert_text((60, 80 + 24 * k), line, fontname="japan", fontsize=12)
        page.insert_text((60 + 12 * len(line), 80 + 24 * k), "　", fontname="FB", fontsize=12)
    doc.subset_fonts()
    doc.save(path, garbage=3, deflate=True)
    return path


def test_a_font_with_bogus_ascent_and_descent_is_a_note_not_a_damaged_file(tmp_path):
    pdf = _bogus_metrics(tmp_path / "todokede.pdf")
    read = said(pdf)
    assert LINES[0] in read and "ascent/descent values" in read   # the case: the text whole, MuPDF warns
    out = extract_document(pdf)
    assert _problems(out, "damaged_pdf", "font_metrics_replaced") == [("font_metrics_replaced", "note")]
    assert json_status(out) == "success"


def _scanned(path, words: list[str]):
    """Two scanned pages, each a picture over the whole page; the first carries an OCR layer of a notice's lines in
    invisible glyphs, the second (a page of photographs) `words` only."""
    doc = pymupdf.open()
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 60, 84), False)
    pix.set_rect(pix.irect, (240,))
    for lines in ([(60, 100 + 22 * k, t) for k, t in enumerate(LINES * 3)], [(200, 60, w) for w in words]):
        page = doc.new_page(width=595, height=842)
        page.insert_image(page.rect, pixmap=pix)
        for x, y, text in lines:
            page.insert_text((x, y), text, fontname="japan", fontsize=12, render_mode=3)
    doc.save(path)
    return path


def test_an_ocr_page_with_few_words_is_a_note_not_a_page_with_no_text_layer(tmp_path):
    out = extract_document(_scanned(tmp_path / "kairan.pdf", ["地区運動会の様子"]))
    assert _problems(out, "no_text_layer", "ocr_found_few_words") == [("ocr_found_few_words", "note")]
    assert json_status(out) == "success"
    assert "地区運動会の様子" in (out / "document.md").read_text(encoding="utf-8")


def test_a_scanned_page_with_no_ocr_layer_stays_no_text_layer(tmp_path):
    doc = pymupdf.open()
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 60, 84), False)
    pix.set_rect(pix.irect, (240,))
    page = doc.new_page(width=595, height=842)
    for k, line in enumerate(LINES * 3):
        page.insert_text((60, 100 + 22 * k), line, fontname="japan", fontsize=12)
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, pixmap=pix)
    doc.save(tmp_path / "gian.pdf")
    out = extract_document(tmp_path / "gian.pdf")
    assert _problems(out, "no_text_layer", "ocr_found_few_words") == [("no_text_layer", "error")]
    assert json_status(out) == "partial"
