"""Hostile PDFs made at test time (never committed): a stream that inflates without bound,
pages of 100k rules and of 200k text spans, text whose font map yields a lone surrogate.
Each is a small valid PDF built with PyMuPDF, its content stream replaced by hand."""
from __future__ import annotations

import zlib
from pathlib import Path

import pymupdf


def _page_with_stream(path: Path, content: bytes, *, compress: bool = True, text: str = "ＡＩ戦略の資料") -> Path:
    """A page with a line of text, then `content` drawn after it."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), text, fontname="japan")
    xref = page.get_contents()[0]
    doc.update_stream(xref, doc.xref_stream(xref) + b"\n" + content, compress=compress)
    doc.save(path)
    return path


def inflation_bomb(path: Path, gigabytes: float = 2.0) -> Path:
    """A page whose content stream is Flate inside Flate: a few kilobytes that inflate to
    `gigabytes` of blank content."""
    inner = zlib.compressobj(9)
    chunk = b" " * (1 << 24)
    parts = [inner.compress(chunk) for _ in range(int(gigabytes * 64))]
    once = b"".join(parts) + inner.flush()
    twice = zlib.compress(once, 9)
    doc = pymupdf.open()
    page = doc.new_page()
    xref = page.get_contents()[0] if page.get_contents() else None
    if xref is None:
        page.insert_text((72, 72), "x")
        xref = page.get_contents()[0]
    doc.update_stream(xref, b"")
    doc.xref_set_key(xref, "Filter", "[/FlateDecode /FlateDecode]")
    doc.xref_set_key(xref, "Length", str(len(twice)))
    doc.save(path)
    raw = path.read_bytes()
    # put the doubly compressed bytes in place of the empty stream
    marker = raw.index(b"stream", raw.index(f"{xref} 0 obj".encode()))
    start = raw.index(b"\n", marker) + 1
    end = raw.index(b"endstream", start)
    path.write_bytes(raw[:start] + twice + b"\n" + raw[end:])
    return path


def many_rules(path: Path, count: int = 100_000) -> Path:
    """One page of `count` short vertical rules, none touching another."""
    ops = []
    for i in range(count):
        x = 20 + (i % 500) * 1.1
        y = 20 + (i // 500) * 3.9
        ops.append(f"{x:.1f} {y:.1f} m {x:.1f} {y + 2.5:.1f} l S")
    return _page_with_stream(path, ("0.1 w\n" + "\n".join(ops)).encode())


def many_spans(path: Path, count: int = 200_000) -> Path:
    """One page of `count` text spans, each a glyph of its own in its own text object."""
    font = "F1"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "A", fontname="helv")
    names = [n for n in doc.xref_get_key(page.xref, "Resources/Font")[1].split("/") if n and not n.startswith("<<")]
    font = names[0].split()[0] if names else "helv"
    ops = []
    for i in range(count):
        x = 10 + (i % 400) * 1.4
        y = 10 + (i // 400) * 1.6
        ops.append(f"BT /{font} {2 + i % 3} Tf {x:.1f} {y:.1f} Td (a) Tj ET")
    doc.update_stream(page.get_contents()[0], "\n".join(ops).encode())
    doc.save(path)
    return path


def surrogate_text(path: Path) -> Path:
    """A page whose font maps a glyph to a lone UTF-16 surrogate (a broken ToUnicode map)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "ABC", fontname="helv")
    fonts = doc.get_page_fonts(0)
    font_xref = fonts[0][0]
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <42> <D800> endbfchar "
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    cmap_xref = doc.get_new_xref()
    doc.update_object(cmap_xref, "<<>>")
    doc.update_stream(cmap_xref, cmap)
    doc.xref_set_key(font_xref, "ToUnicode", f"{cmap_xref} 0 R")
    doc.save(path)
    return path


def stencil_label(path: Path) -> Path:
    """A stencil mask (an /ImageMask of 16 × 16 pixels, no colour space) drawn right before a
    line of text, where a list's label printed as a picture would stand."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((100, 100), "カタログの定義", fontname="japan", fontsize=10.5)
    mask = doc.get_new_xref()
    doc.update_object(mask, "<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ImageMask true /BitsPerComponent 1 >>")
    doc.update_stream(mask, bytes([0b10101010, 0b01010101] * 16))
    resources = int(doc.xref_get_key(page.xref, "Resources")[1].split()[0])
    doc.xref_set_key(resources, "XObject", f"<< /M1 {mask} 0 R >>")
    xref = page.get_contents()[0]
    doc.update_stream(xref, doc.xref_stream(xref) + b" q 10 0 0 10 88 742 cm /M1 Do Q")
    doc.save(path)
    return path
