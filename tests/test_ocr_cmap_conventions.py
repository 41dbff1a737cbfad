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


def _cmap(name: str, codes: list[int], ranges: int, mapping: str) -> bytes:
    """A CMap naming `ranges` codespace ranges, one per code (and then more, unused), mapping each code so."""
    spans = [f"<{c:04X}> <{c:04X}>" for c in codes][:ranges]
    spans += [f"<{0xE000 + k:04X}> <{0xE000 + k:04X}>" for k in range(ranges - len(spans))]
    head = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
            f"/Ordering (UCS) /Supplement 0 >> def\n/CMapName /{name} def\n/CMapType 2 def\n")
    body = f"{len(spans)} begincodespacerange\n" + "\n".join(spans) + "\nendcodespacerange\n"
    for k in range(0, len(codes), 100):
        chunk = codes[k:k + 100]
        body += f"{len(chunk)} {mapping}\n" + "\n".join(
            f"<{c:04X}> <{c:04X}>" if mapping == "beginbfchar" else f"<{c:04X}> {c}" for c in chunk)
        body += "\nend" + mapping[5:] + "\n"
    return (head + body + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").encode()


def _ocr_page(path, *, encoding_stream: bool):
    """A page in a CJK font whose ToUnicode CMap names 60 codespace ranges (one per character used, as an OCR
    engine writes it); with `encoding_stream`, its Encoding too is such an embedded CMap stream."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for k, line in enumerate(LINES):
        page.insert_text((60, 80 + 24 * k), line, fontname="japan", fontsize=12)
    doc.save(path)
    doc = pymupdf.open(path)
    font = doc[0].get_fonts()[0][0]
    codes = sorted({ord(ch) for line in LINES for ch in line})
    to_unicode = doc.get_new_xref()
    doc.update_object(to_unicode, "<< >>")
    doc.update_stream(to_unicode, _cmap("OCR-UCS", codes, 60, "beginbfchar"))
    doc.xref_set_key(font, "ToUnicode", f"{to_unicode} 0 R")
    if encoding_stream:
        encoding = doc.get_new_xref()
        doc.update_object(encoding, "<< /Type /CMap /CMapName /OCR-H /CIDSystemInfo << /Registry (Adobe) "
                                    "/Ordering (Japan1) /Supplement 6 >> >>")
        doc.update_stream(encoding, _cmap("OCR-H", codes, 60, "begincidchar"))
        doc.xref_set_key(font, "Encoding", f"{encoding} 0 R")
    doc.save(path.with_name("ocr_" + path.name))
    return path.with_name("ocr_" + path.name)


def _said(pdf) -> str:
    pymupdf.TOOLS.reset_mupdf_warnings()
    with pymupdf.open(pdf) as doc:
        text = doc[0].get_text()
    return text + "\n" + pymupdf.TOOLS.mupdf_warnings()


def test_an_ocr_tounicode_cmap_with_many_codespace_ranges_is_a_note_not_a_damaged_file(tmp_path):
    pdf = _ocr_page(tmp_path / "oshirase.pdf", encoding_stream=False)
    said = _said(pdf)
    assert LINES[0] in said and "too many code space ranges" in said   # the case: the text whole, MuPDF warns
    out = extract_document(pdf)
    problems = read_csv(out / "problems.csv")
    assert [(p["what"], p["severity"]) for p in problems if p["what"] in ("damaged_pdf", "cmap_codespace_capped")] \
        == [("cmap_codespace_capped", "note")]
    assert "repeated" not in "".join(p["raw"] for p in problems if p["what"] == "damaged_pdf")
    from test_sweep_faults import json_status
    assert json_status(out) == "success"


def test_the_same_warning_on_a_font_encoded_by_an_embedded_cmap_stays_damaged_pdf(tmp_path):
    pdf = _ocr_page(tmp_path / "oshirase.pdf", encoding_stream=True)
    assert "too many code space ranges" in _said(pdf)
    out = extract_document(pdf)
    problems = read_csv(out / "problems.csv")
    assert ("damaged_pdf", "error") in [(p["what"], p["severity"]) for p in problems]
    assert not [p for p in problems if p["what"] == "cmap_codespace_capped"]
