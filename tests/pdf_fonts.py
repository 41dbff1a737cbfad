"""Font names for the test PDFs built with PyMuPDF. PyMuPDF names its CJK fonts by their script
(fontname "japan" is /Gothic, "china-s" /Heiti, …); a word processor names them by their face
(ＭＳ 明朝, HG創英角ｺﾞｼｯｸUB). rename_fonts gives a built document the names its kind of producer writes."""
from __future__ import annotations

import pymupdf


def rename_fonts(doc: pymupdf.Document, japan: str, other: str, keep: tuple[str, ...] = ()) -> None:
    """Every font's BaseFont: `japan` for PyMuPDF's /Gothic ("japan"), `other` for any other font
    but those named in `keep` (PDF names, "/Times-Roman")."""
    for xref in range(1, doc.xref_length()):
        kind, name = doc.xref_get_key(xref, "BaseFont")
        if kind == "name" and name not in keep:
            doc.xref_set_key(xref, "BaseFont", japan if name == "/Gothic" else other)
