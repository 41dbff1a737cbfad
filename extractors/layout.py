"""Open a PDF and read every page once: text lines with span and glyph positions, and drawn
rules (straight lines and thin rectangles). Everything later works on these records.

Images are never decoded (TEXT_PRESERVE_IMAGES off): a document with many figures takes many
times longer to read when they are, for nothing this project uses. The cyclic garbage collector is paused
while a document is read (extractors/memory.py says why).
"""
from __future__ import annotations

import hashlib
import os

import pymupdf

from extractors.errors import InputError
from extractors.memory import gc_paused
from extractors.records import Line, Page, Rule, SourceDoc, Span

MAX_PAGES = 2000
MAX_BYTES = 512 * 1024 * 1024
_TEXT_FLAGS = (pymupdf.TEXTFLAGS_RAWDICT | pymupdf.TEXT_MEDIABOX_CLIP) & ~pymupdf.TEXT_PRESERVE_IMAGES
THIN = 2.0  # a filled rectangle thinner than this (pt) is a rule


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _open(path: str) -> tuple[pymupdf.Document, bytes]:
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror}); check the path and permissions") from None
    if size == 0:
        raise InputError(f"{path}: the file is empty (0 bytes); download it again")
    if size > MAX_BYTES:
        raise InputError(f"{path}: {size} bytes is over the {MAX_BYTES}-byte limit; split the PDF or raise MAX_BYTES")
    with open(path, "rb") as fh:
        data = fh.read()
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise InputError(f"{path}: not a PDF (it does not start with %PDF-); give the PDF file itself")
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises its own FileDataError / RuntimeError variants
        raise InputError(f"{path}: the PDF is corrupt or truncated ({exc}); download it again") from None
    if doc.needs_pass:
        raise InputError(f"{path}: the PDF needs a user password to open; ask the publisher for an unprotected copy or decrypt it first")
    if doc.page_count == 0:
        raise InputError(f"{path}: the PDF has no pages (corrupt or truncated); download it again")
    if doc.page_count > MAX_PAGES:
        raise InputError(f"{path}: {doc.page_count} pages is over the {MAX_PAGES}-page limit; split the PDF")
    return doc, data


def _rules(page: pymupdf.Page) -> list[Rule]:
    rules: list[Rule] = []
    for d in page.get_cdrawings():
        width = d.get("width") or 0.0
        stroked = d.get("type", "") != "f"
        for item in d["items"]:
            op = item[0]
            if op == "l":
                (ax, ay), (bx, by) = item[1], item[2]
                if abs(ax - bx) < 0.5 or abs(ay - by) < 0.5:  # straight lines only
                    rules.append(Rule(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), width))
            elif op == "re":
                x0, y0, x1, y1 = item[1]
                x0, x1 = min(x0, x1), max(x0, x1)
                y0, y1 = min(y0, y1), max(y0, y1)
                if not stroked and (y1 - y0 <= THIN or x1 - x0 <= THIN):
                    rules.append(Rule(x0, y0, x1, y1, min(y1 - y0, x1 - x0)))
                elif stroked and (x1 - x0 > THIN or y1 - y0 > THIN):
                    rules.extend((Rule(x0, y0, x1, y0, width), Rule(x0, y1, x1, y1, width),
                                  Rule(x0, y0, x0, y1, width), Rule(x1, y0, x1, y1, width)))
    return rules


def _lines(page: pymupdf.Page, number: int) -> list[Line]:
    out: list[Line] = []
    raw = page.get_text("rawdict", flags=_TEXT_FLAGS)
    for block in raw["blocks"]:
        if block.get("type", 0) != 0:
            continue
        for line in block["lines"]:
            spans = []
            for s in line["spans"]:
                chars = s["chars"]
                if not chars:
                    continue
                x0, y0, x1, y1 = s["bbox"]
                spans.append(Span("".join([c["c"] for c in chars]), s["font"], round(s["size"], 2),
                                  x0, y0, x1, y1, s["origin"][1], tuple([c["bbox"] for c in chars])))
            if spans:
                x0, y0, x1, y1 = line["bbox"]
                out.append(Line(number, spans, x0, y0, x1, y1))
    return out


def read_pdf(path: str, *, first_pages: int | None = None) -> SourceDoc:
    """Read a PDF into a SourceDoc (all pages, or only the first few: enough for its cover),
    or raise InputError with the line to show the user."""
    doc, data = _open(path)
    count = doc.page_count
    try:
        pages = []
        with gc_paused():
            for i in range(min(count, first_pages or count)):
                page = doc[i]
                rect = page.rect
                pages.append(Page(i + 1, rect.width, rect.height, _lines(page, i + 1), _rules(page)))
    except Exception as exc:
        raise InputError(f"{path}: the PDF could not be read past its start ({exc}); it may be truncated, download it again") from None
    finally:
        doc.close()
    src = SourceDoc(path, os.path.basename(path), sha256_of(data), len(data), count, pages)
    if first_pages is None and not any(ln.text.strip() for p in pages for ln in p.lines):
        raise InputError(f"{path}: the PDF has no text layer (a scan?); run OCR on it first (e.g. ocrmypdf --language jpn) and give the OCR'd PDF")
    return src
