"""Open a PDF and read every page once: text lines with span and glyph positions, and drawn
rules (straight lines and thin rectangles). Everything later works on these records.

The file is untrusted: its size, pages, text spans and drawn items per page are bounded
(extractors/budgets.py); MuPDF's own warnings and errors are never printed but kept, per page,
as the document's `warnings` (a damaged text layer then shows in problems.csv); a character
no text can hold (a lone surrogate from a broken font map, NUL) becomes U+FFFD and is reported.

Images are never decoded (TEXT_PRESERVE_IMAGES off): a document with many figures takes many
times longer to read when they are, for nothing this project uses. The cyclic garbage collector is paused
while a document is read (extractors/memory.py says why).
"""
from __future__ import annotations

import hashlib
import os

import pymupdf

import regex

from extractors import budgets
from extractors.errors import InputError
from extractors.memory import gc_paused
from extractors.records import Line, Page, Rule, SourceDoc, Span

pymupdf.TOOLS.mupdf_display_errors(False)     # MuPDF's messages go to the document's warnings,
pymupdf.TOOLS.mupdf_display_warnings(False)   # never to stdout
_BOLD_NAME = regex.compile(r"(?i)bold|heavy|black|semibold|demi|-B$|W[6-9]$|W[6-9]-|Gothic-?B")
_UNWRITABLE = regex.compile(r"[\ud800-\udfff\x00]")
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
    if size > budgets.MAX_FILE_BYTES:
        raise InputError(f"{path}: {size} bytes is over the budget of {budgets.MAX_FILE_BYTES} bytes per file; split the PDF")
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
    if doc.page_count > budgets.MAX_PAGES:
        raise InputError(f"{path}: {doc.page_count} pages is over the budget of {budgets.MAX_PAGES} pages per file; split the PDF")
    return doc, data


def _rules(page: pymupdf.Page, warnings: list[tuple[int | None, str, str]]) -> list[Rule]:
    drawings = page.get_cdrawings()
    items = sum(len(d["items"]) for d in drawings)
    if items > budgets.MAX_DRAWINGS_PER_PAGE:
        warnings.append((page.number + 1, "drawings_over_budget",
                         f"{items} drawn items, over the budget of {budgets.MAX_DRAWINGS_PER_PAGE}: "
                         "the page's rules are not read (tables and underlines on it are missed)"))
        return []
    rules: list[Rule] = []
    for d in drawings:
        width = d.get("width") or 0.0
        stroked = d.get("type", "") != "f"
        if stroked and _white(d.get("color")):
            continue   # a white stroke is a gap drawn between coloured boxes, not a rule
        for item in d["items"]:
            rules.extend(_item_rules(item, width, stroked))
    return rules


def _white(color) -> bool:
    return bool(color) and all(v >= 0.95 for v in color)


def _item_rules(item: tuple, width: float, stroked: bool) -> list[Rule]:
    """The straight lines of one drawn item: a line, or a thin filled rectangle, or the four
    sides of a stroked one."""
    if item[0] == "l":
        (ax, ay), (bx, by) = item[1], item[2]
        if abs(ax - bx) < 0.5 or abs(ay - by) < 0.5:  # straight lines only
            return [Rule(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), width)]
    elif item[0] == "re":
        x0, y0, x1, y1 = item[1]
        x0, x1 = min(x0, x1), max(x0, x1)
        y0, y1 = min(y0, y1), max(y0, y1)
        if not stroked and (y1 - y0 <= THIN or x1 - x0 <= THIN):
            return [Rule(x0, y0, x1, y1, min(y1 - y0, x1 - x0))]
        if stroked and (x1 - x0 > THIN or y1 - y0 > THIN):
            return [Rule(x0, y0, x1, y0, width), Rule(x0, y1, x1, y1, width),
                    Rule(x0, y0, x0, y1, width), Rule(x1, y0, x1, y1, width)]
    return []


def _span(s: dict, bad: list[int]) -> Span:
    text = "".join([c["c"] for c in s["chars"]])
    if _UNWRITABLE.search(text):
        bad[0] += 1
        text = _UNWRITABLE.sub("\ufffd", text)
    x0, y0, x1, y1 = s["bbox"]
    font = _UNWRITABLE.sub("\ufffd", s["font"])   # a damaged file's font name may hold escaped bytes
    bold = bool(s.get("flags", 0) & 16) or bool(_BOLD_NAME.search(font))
    return Span(text, font, round(s["size"], 2), x0, y0, x1, y1, s["origin"][1],
                tuple([c["bbox"] for c in s["chars"]]), bold)


def _lines(page: pymupdf.Page, number: int, path: str, warnings: list[tuple[int | None, str, str]]) -> list[Line]:
    out: list[Line] = []
    raw = page.get_text("rawdict", flags=_TEXT_FLAGS)
    count = sum(len(line["spans"]) for block in raw["blocks"] if block.get("type", 0) == 0 for line in block["lines"])
    if count > budgets.MAX_SPANS_PER_PAGE:
        raise InputError(f"{path}: page {number} holds {count} text spans, over the budget of "
                         f"{budgets.MAX_SPANS_PER_PAGE} per page; the file is not read")
    bad = [0]
    for block in raw["blocks"]:
        if block.get("type", 0) != 0:
            continue
        for line in block["lines"]:
            spans = [_span(s, bad) for s in line["spans"] if s["chars"]]
            if spans:
                x0, y0, x1, y1 = line["bbox"]
                out.append(Line(number, spans, x0, y0, x1, y1))
    if bad[0]:
        warnings.append((number, "unreadable_characters",
                         f"{bad[0]} spans hold characters no text can carry (a broken font map); shown as U+FFFD"))
    return out


def _read_pages(doc: pymupdf.Document, count: int, path: str) -> tuple[list[Page], list[tuple[int | None, str, str]]]:
    pages: list[Page] = []
    warnings: list[tuple[int | None, str, str]] = []
    opened = pymupdf.TOOLS.mupdf_warnings()
    if opened:
        warnings.append((None, "damaged_pdf", _UNWRITABLE.sub("\ufffd", opened[:300])))
    for i in range(count):
        pymupdf.TOOLS.reset_mupdf_warnings()
        page = doc[i]
        rect = page.rect
        pages.append(Page(i + 1, rect.width, rect.height, _lines(page, i + 1, path, warnings), _rules(page, warnings)))
        said = pymupdf.TOOLS.mupdf_warnings()
        if said:
            warnings.append((i + 1, "damaged_pdf", _UNWRITABLE.sub("\ufffd", said[:300])))
    return pages, warnings


def read_pdf(path: str, *, first_pages: int | None = None) -> SourceDoc:
    """Read a PDF into a SourceDoc (all pages, or only the first few: enough for its cover),
    or raise InputError with the line to show the user."""
    pymupdf.TOOLS.reset_mupdf_warnings()
    doc, data = _open(path)
    count = doc.page_count
    try:
        with gc_paused():
            pages, warnings = _read_pages(doc, min(count, first_pages or count), path)
        outline = [(int(e[0]), _UNWRITABLE.sub("\ufffd", str(e[1])), int(e[2])) for e in doc.get_toc()[:5000]] \
            if first_pages is None else []
    except InputError:
        raise
    except MemoryError:
        raise InputError(f"{path}: over the memory budget of {budgets.WORKER_MEMORY_BYTES // 2**20} MB while "
                         "reading it (streams that inflate without bound?); the file is not read") from None
    except Exception as exc:
        if "memory" in str(exc).lower() or "malloc" in str(exc).lower():
            raise InputError(f"{path}: over the memory budget of {budgets.WORKER_MEMORY_BYTES // 2**20} MB "
                             "while reading it (streams that inflate without bound?); the file is not read") from None
        raise InputError(f"{path}: the PDF could not be read past its start ({exc}); it may be truncated, download it again") from None
    finally:
        doc.close()
    src = SourceDoc(path, os.path.basename(path), sha256_of(data), len(data), count, pages, warnings, outline)
    if first_pages is None and not any(ln.text.strip() for p in pages for ln in p.lines):
        raise InputError(f"{path}: the PDF has no text layer (a scan?); run OCR on it first (e.g. ocrmypdf --language jpn) and give the OCR'd PDF")
    return src
