"""An OCR engine's ToUnicode CMap with hundreds of codespace ranges (extractors/layout._mupdf_said).

Convention: a scanner's OCR text layer (PaperStream / PFUPDF: GlyphLessFont, Identity-H) writes its ToUnicode CMap
with one codespace range per run of codes used. MuPDF keeps 40 ranges and says "too many code space ranges" (and
"... repeated N times..."), but a ToUnicode CMap's codespace splits no string — the font's Encoding does — so no
text is lost: a note cmap_codespace_capped, the status unchanged. On a page whose font takes its Encoding from an
embedded CMap stream the warning still means damaged_pdf."""
from __future__ import annotations

import pymupdf

from conftest import extract_document, read_csv

LINES = ["後期高齢者医療制度の資格確認書等を更新します。", "保険料の計算方法について次のとおりお知らせします。",
         "健康診査を実施しますので受診券等をご覧ください。"]


def cmap(name: str, codes: list[int], ranges: int | None, mapping: str) -> bytes:
    """A CMap naming `ranges` codespace ranges, one per code (and then more, unused), mapping each code so; with
    `ranges` None, no codespacerange section at all (a PDF maker writing only its mappings: test_read_warnings)."""
    head = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
            f"/Ordering (UCS) /Supplement 0 >> def\n/CMapName /{name} def\n/CMapType 2 def\n")
    body = ""
    if ranges is not None:
        spans = [f"<{c:04X}> <{c:04X}>" for c in codes][:ranges]
        spans += [f"<{0xE000 + k:04X}> <{0xE000 + k:04X}>" for k in range(ranges - len(spans))]
        body = f"{len(spans)} begincodespacerange\n" + "\n".join(spans) + "\nendcodespacerange\n"
    for k in range(0, len(codes), 100):
        chunk = codes[k:k + 100]
        body += f"{len(chunk)} {mapping}\n" + "\n".join(
            f"<{c:04X}> <{c:04X}>" if mapping == "beginbfchar" else f"<{c:04X}> {c}" for c in chunk)
        body += "\nend" + mapping[5:] + "\n"
    return (head + body + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").encode()


def cmap_page(path, lines: list[str], name: str, ranges: int | None, *, encoding_stream: bool):
    """A page of `lines` in a CJK font whose ToUnicode CMap (`name`-UCS) names `ranges` codespace ranges (cmap); with
    `encoding_stream`, its Encoding too is such an embedded CMap stream (`name`-H). Saved beside `path`, its name
    prefixed with `name` in lower case."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for k, line in enumerate(lines):
        page.insert_text((60, 80 + 24 * k), line, fontname="japan", fontsize=12)
    doc.save(path)
    doc = pymupdf.open(path)
    font = doc[0].get_fonts()[0][0]
    codes = sorted({ord(ch) for line in lines for ch in line})
    to_unicode = doc.get_new_xref()
    doc.update_object(to_unicode, "<< >>")
    doc.update_stream(to_unicode, cmap(f"{name}-UCS", codes, ranges, "beginbfchar"))
    doc.xref_set_key(font, "ToUnicode", f"{to_unicode} 0 R")
    if encoding_stream:
        encoding = doc.get_new_xref()
        doc.update_object(encoding, f"<< /Type /CMap /CMapName /{name}-H /CIDSystemInfo << /Registry (Adobe) "
                                    "/Ordering (Japan1) /Supplement 6 >> >>")
        doc.update_stream(encoding, cmap(f"{name}-H", codes, ranges, "begincidchar"))
        doc.xref_set_key(font, "Encoding", f"{encoding} 0 R")
    out = path.with_name(f"{name.lower()}_" + path.name)
    doc.save(out)
    return out


def _ocr_page(path, *, encoding_stream: bool):
    """A page in a CJK font whose ToUnicode CMap names 60 codespace ranges (one per character used, as an OCR
    engine writes it); with `encoding_stream`, its Encoding too is such an embedded CMap stream."""
    return cmap_page(path, LINES, "OCR", 60, encoding_stream=encoding_stream)


def said(pdf) -> str:
    """The first page's text and what MuPDF warned while reading it."""
    pymupdf.TOOLS.reset_mupdf_warnings()
    with pymupdf.open(pdf) as doc:
        text = doc[0].get_text()
    return text + "\n" + pymupdf.TOOLS.mupdf_warnings()


def test_an_ocr_tounicode_cmap_with_many_codespace_ranges_is_a_note_not_a_damaged_file(tmp_path):
    pdf = _ocr_page(tmp_path / "oshirase.pdf", encoding_stream=False)
    read = said(pdf)
    assert LINES[0] in read and "too many code space ranges" in read   # the case: the text whole, MuPDF warns
    out = extract_document(pdf)
    problems = read_csv(out / "problems.csv")
    assert [(p["what"], p["severity"]) for p in problems if p["what"] in ("damaged_pdf", "cmap_codespace_capped")] \
        == [("cmap_codespace_capped", "note")]
    assert "repeated" not in "".join(p["raw"] for p in problems if p["what"] == "damaged_pdf")
    from test_sweep_faults import json_status
    assert json_status(out) == "success"


def test_the_same_warning_on_a_font_encoded_by_an_embedded_cmap_stays_damaged_pdf(tmp_path):
    pdf = _ocr_page(tmp_path / "oshirase.pdf", encoding_stream=True)
    assert "too many code space ranges" in said(pdf)
    out = extract_document(pdf)
    problems = read_csv(out / "problems.csv")
    assert ("damaged_pdf", "error") in [(p["what"], p["severity"]) for p in problems]
    assert not [p for p in problems if p["what"] == "cmap_codespace_capped"]


# A scanned flyer's item headings (headings._set_off_mark on an OCR page: Flow.ocr_pages). Convention: on a paper
# the red "○…" item title stands over its paragraph at the leading, no blank line between; an OCR layer keeps neither
# its colour nor its face nor its size. What it keeps is the shape: a heading mark's line, no sentence, short of the
# edge, over a paragraph whose first line is indented (字下げ) past the mark — on an OCR page the blank line's space
# _set_off_mark asks elsewhere is not asked.
_FLYER = [(47, 100, 13, "制度の対象者は75歳以上の方です。"),
          (47, 130, 13, "○保険料の計算方法"),
          (71, 147, 13, "保険料額は被保険者全員が定額を負担する「均等割額」と、被保険者の所得"),
          (60, 162, 13, "に応じて負担する「所得割額」の合計額になります。なお、保険料の計算では"),
          (60, 177, 13, "前年中の所得を用います。"),
          (47, 199, 13, "○保険料の減免、徴収猶予"),
          (71, 216, 13, "災害に遭われた場合等により保険料の納付が著しく困難な方は、申請により保"),
          (60, 231, 13, "険料の減免や徴収猶予の措置を受けられる場合があります。"),
          (47, 255, 13, "○対象となる方"),
          (47, 272, 13, "○送付の予定"),
          (47, 289, 13, "○受診の方法")]


def _flyer(path, lines):
    """Two scanned pages (the first may be read as a cover: the items are asked of the second), each a picture over
    the page with the lines in invisible glyphs."""
    doc = pymupdf.open()
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 60, 84), False)
    pix.set_rect(pix.irect, (240,))
    for _ in range(2):
        page = doc.new_page(width=595, height=842)
        page.insert_image(page.rect, pixmap=pix)
        for x, y, size, text in lines:
            page.insert_text((x, y), text, fontname="japan", fontsize=size, render_mode=3)
    doc.save(path)
    return path


def test_a_marked_line_over_an_indented_paragraph_heads_it_on_an_ocr_page(tmp_path):
    out = extract_document(_flyer(tmp_path / "flyer.pdf", _FLYER))
    titles = [(h["label"], h["title"]) for h in read_csv(out / "headings.csv") if h["page"] == "2"]
    assert ("○", "保険料の計算方法") in titles and ("○", "保険料の減免、徴収猶予") in titles, titles
    # a list of marked lines one under another, no paragraph under each: items, no headings
    assert not [t for t in titles if t[1] in ("対象となる方", "送付の予定", "受診の方法")], titles
