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

import functools
import hashlib
import math
import os
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter

import pymupdf

import regex

from extractors import budgets
from extractors.errors import InputError
from extractors.geometry import (components, cut_span, down_columns, meets, refit_line, union_box, is_white,
                                 opaque_white_fill)
from extractors.memory import gc_paused
from extractors.painted_over import REFERENCES, covered_text, covers, hide_text, hide_unprinted, shown_drawings, unprinted_text
from extractors.ocr_layer import as_read_by_ocr, at_one_size, is_ocr_layer, is_traced_type, ocr_letter, rules_read_as_marks
from extractors.picture_labels import Numeral, numbered_in_series, with_picture_labels
from extractors.records import Line, Page, Pixels, Rule, SourceDoc, Span
from extractors.settings import DEFAULT, Layout, Settings
from extractors.table_rules import with_table_rules

pymupdf.TOOLS.mupdf_display_errors(False)     # MuPDF's messages go to the document's warnings,
pymupdf.TOOLS.mupdf_display_warnings(False)   # never to stdout
# Convention: a face's weight is part of its name: Bold, Heavy, W6–W9 (Morisawa, Dynafont), and the
# suffixes of Japanese word-processor faces, UB (ultra bold: HG創英角ゴシックUB, the heavy Gothic of
# municipal plans' titles), EB and E (extra bold: HGゴシックE, HG明朝E) after the face's name, and .B / .BI after it
# (3B2 / Arbortext APP renames the faces it embeds AdvTT<hash>, the weight a suffix: AdvTT2cba4af3.B bold, .I italic)
_BOLD_NAME = regex.compile(r"(?i)bold|heavy|black|semibold|demi|-B$|W[6-9]$|W[6-9]-|Gothic-?B|(?-i:UB|EB|(?<=[a-z\x80-\uffff])E|\.BI?)$")
_UNWRITABLE = regex.compile(r"[\ud800-\udfff\x00]")
_TEXT_FLAGS = (pymupdf.TEXTFLAGS_RAWDICT | pymupdf.TEXT_MEDIABOX_CLIP) & ~pymupdf.TEXT_PRESERVE_IMAGES
# Convention: /ActualText (marked content's, or a structure element's for the marked content it
# owns) is the text its glyphs stand for, and MuPDF puts it in place of them. A producer's broken
# structure tree gives marked content the ActualText of OTHER elements (Word 2010: a chapter page read
# as the cover's and the contents' words); where on a page the two readings disagree on most letters
# (`actual_text_agreement`), the glyphs are what is printed and the page is read from them
_GLYPH_FLAGS = _TEXT_FLAGS | pymupdf.TEXT_IGNORE_ACTUALTEXT
_ACTUAL_TEXT = regex.compile(r"/ActualText\b")
# text render mode 2 (fill, then stroke) or 6 (the same, added to the clip) set in a content stream:
# the only pages whose glyphs can be filled and stroked at once (`_stroked_bold`). Read at each Tr operator
# (_TR, a literal the scan finds fast), its operand and the white before it matched backwards from there
# (_MODE_BEFORE, reverse): rb"(?<![\w.\-])[26]\s+Tr\b" searched forwards tried its look-behind at every digit of the
# stream, some fifty times the cost over the 82 pages of the corpus that write Tr
_TR = regex.compile(rb"Tr\b")
_MODE_BEFORE = regex.compile(rb"(?r)(?<![\w.\-])[26]\s+")
_FILLED = pymupdf.mupdf.FZ_STEXT_FILLED   # a span's char_flags: its glyphs were filled (not only stroked)
Box = tuple[float, float, float, float]


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
    if b"%PDF-" not in data[:1024]:   # readers accept a header after up to 1 KB of leading bytes
        raise InputError(f"{path}: not a PDF (no %PDF- header in its first 1024 bytes); give the PDF file itself")
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except MemoryError:   # the worker's memory budget, no fault of the file: the worker reports it as such
        raise
    except Exception as exc:  # PyMuPDF raises its own FileDataError / RuntimeError variants
        raise InputError(f"{path}: the PDF is corrupt or truncated ({exc}); download it again") from None
    if doc.needs_pass:
        raise InputError(f"{path}: the PDF needs a user password to open; ask the publisher for an unprotected copy or decrypt it first")
    if doc.page_count == 0:
        raise InputError(f"{path}: the PDF has no pages (corrupt or truncated); download it again")
    if doc.page_count > budgets.MAX_PAGES:
        raise InputError(f"{path}: {doc.page_count} pages is over the budget of {budgets.MAX_PAGES} pages per file; split the PDF")
    return doc, data


def _rules(page: pymupdf.Page, warnings: list[tuple[int | None, str, str]], ls: Layout,
           shape: _PageShape, shapes: list[Pixels | None] | None,
           placed: Callable[[], list[Box]], drawn: tuple[list[dict], list[dict]], typed: list[Rule] | None = None
           ) -> tuple[list[Rule], list[Rule], list[Box], list[tuple[str, Box]]]:
    """The page's rules (stroked lines, thin filled rectangles; `typed`: those set as type, _glyph_rules), the sides of its filled
    boxes (shaded cells drawn edge to edge, with no line between them), its panels (filled
    boxes and stroked rectangles: a band or a frame that may set a line apart) and its figure
    shapes (arrows, rounded boxes). `drawn`: its paths and clips as a viewer shows them (_shown_drawings: read
    once, by _drawings, and what painted_over covers taken out)."""
    drawings, clips = drawn
    items = sum(len(d["items"]) for d in drawings)
    if items > budgets.MAX_DRAWINGS_PER_PAGE:
        warnings.append((page.number + 1, "drawings_over_budget",
                         f"{items} drawn items, over the budget of {budgets.MAX_DRAWINGS_PER_PAGE}: "
                         "the page's rules are not read (tables and underlines on it are missed)"))
        return [], [], [], []
    rules, boxes, frames, gaps, figure_shapes = _drawn(drawings, _annotation_boxes(page) if shape.annotated else [], ls)
    rules += _image_strips(page, ls, shapes, placed) + _pattern_rules(clips, ls) + white_over_shading(gaps, boxes, ls) + (typed or [])
    rect, rotation = shape.rect, shape.rotation
    width, height = (rect.height, rect.width) if rotation % 180 else (rect.width, rect.height)
    edges = box_sides(boxes, width, height, ls, gaps, rules)   # in the unrotated space of get_cdrawings
    panels = panels_of(boxes, width, height, ls) + frames
    figure_shapes = [(kind, b) for kind, b in figure_shapes if not _off_the_page(b, width, height, ls)]   # a clip's pieces
    m = shape.matrix
    if m is not None:   # read as a viewer shows the page
        rules, edges = ([Rule(*turned((r.x0, r.y0, r.x1, r.y1), m), r.width, r.box, r.tiled) for r in rs] for rs in (rules, edges))
        panels = [turned(b, m) for b in panels]
        figure_shapes = [(kind, turned(b, m)) for kind, b in figure_shapes]
    return _on_the_page(rules, shape.frame), edges, panels, figure_shapes


def _on_the_page(rules: list[Rule], rect: pymupdf.Rect) -> list[Rule]:
    """Convention (a printer's PDF, 白書 and pamphlets set for offset print): crop marks and
    registration marks (トンボ) are drawn outside the trimmed page, in the bleed; they are cut away
    and print nothing. A rule wholly outside the page (as a viewer shows it: 0..width, 0..height)
    is such a mark, no side of a table or a frame (a mark beside a band would close it)."""
    width, height = rect.width, rect.height   # read once, not once per rule (each a call into PyMuPDF's Rect)
    return [r for r in rules if r.x1 >= 0 and r.y1 >= 0 and r.x0 <= width and r.y0 <= height]


_REFS = REFERENCES


def _page_xobjects(page: pymupdf.Page, sizes: dict[int, Pixels | None]) -> list[Pixels | None] | None:
    """The pixel sizes of the XObjects the page's own resources name, and whether each names a
    soft mask, read from its XObject dictionary (cheaper than listing its images); None for a
    form, or an image whose size is not written there plainly; the whole None when the page
    names no XObject dictionary. `sizes`: each XObject's pixels as read so far in this
    document, by its xref (the pages of a document share their logos and rules: each is read
    once). Asked once per page, by the strips and the picture labels alike."""
    doc = page.parent
    kind, value = doc.xref_get_key(page.xref, "Resources/XObject")
    if kind == "null":
        return None
    if kind == "xref":
        value = doc.xref_object(int(value.split()[0]), compressed=True)
    refs = [int(r) for r in _REFS.findall(value)]
    for ref in refs:
        if ref not in sizes:
            sizes[ref] = _xobject_shape(doc, ref)
    return [sizes[ref] for ref in refs]


def _may_hold_strips(page: pymupdf.Page, ls: Layout, shapes: list[Pixels | None] | None) -> bool:
    """Whether the page's resources may hold an image shaped like a strip (strip_pixels: its
    pixels far longer one way than the other) or a dash (a few pixels each way: _strip_shaped),
    by its XObjects' sizes (_page_xobjects): a form
    XObject or inherited resources may hold any, and are listed."""
    if shapes is None:
        return page.parent.xref_get_key(page.xref, "Resources")[0] == "null" and _listed_strips(page, ls)
    for shape in shapes:
        if shape is None:
            return _listed_strips(page, ls)
        if _strip_shaped(shape.width, shape.height, ls):
            return True
    return False


def _strip_shaped(w: int, h: int, ls: Layout) -> bool:
    """An image's pixels far longer one way than the other (strip_pixels): a rule's shape; or
    an image of a few pixels each way (fewer than picture_min_pixels: no glyph, a dot or a
    dash). Convention: a word processor may print a dashed or dotted rule (a table's dashed cell
    border) as a row of such tiny images laid end to end, each a dash; placed no thicker than a
    rule they are its pieces, joined as a dotted rule's strokes are (rules_to_cells)."""
    return max(w, h) >= ls.strip_pixels * max(min(w, h), 1) or max(w, h) < ls.picture_min_pixels


_WIDTH, _HEIGHT = regex.compile(r"/Width\s+(\d+)"), regex.compile(r"/Height\s+(\d+)")


def _xobject_shape(doc: pymupdf.Document, xref: int) -> Pixels | None:
    """An image XObject's pixels (width, height) and whether it names a soft mask, read from its
    dictionary in one look; None for a form (or an image whose size is not written there
    plainly)."""
    head = doc.xref_object(xref, compressed=True)
    w, h = _WIDTH.search(head), _HEIGHT.search(head)
    if "/Subtype/Image" not in head.replace(" ", "") or w is None or h is None:
        return None
    return Pixels(int(w.group(1)), int(h.group(1)), "/SMask" in head)


def _listed_strips(page: pymupdf.Page, ls: Layout) -> bool:
    return any(_strip_shaped(w, h, ls) for _, _, w, h, *_ in page.get_images())


def _image_strips(page: pymupdf.Page, ls: Layout, shapes: list[Pixels | None] | None,
                  placed: Callable[[], list[Box]]) -> list[Rule]:
    """Rules printed as pictures: an image no thicker than a rule (thin_box) one way is a rule
    drawn as a raster strip (some producers draw a table's row rules so), or a dash of one (a
    tiny image: a dashed border printed dash by dash). The page's images are placed
    (get_image_info, a pass over its content) only when its resources hold an image shaped like
    a strip or a dash (_strip_shaped); never decoded."""
    if not _may_hold_strips(page, ls, shapes):
        return []
    out = []
    for box in placed():
        x0, y0, x1, y1 = _ordered(box)
        if min(x1 - x0, y1 - y0) <= ls.thin_box:
            out.append(Rule(x0, y0, x1, y1, min(x1 - x0, y1 - y0)))
    return out


def _drawings(page: pymupdf.Page) -> tuple[list[dict], list[dict]]:
    """The page's drawn paths (get_cdrawings) and, where its resources hold a pattern, its clips
    (_pattern_rules), from one pass over its content: the pass that lists clips (extended) lists
    the paths too, among its clips and groups, each as the plain pass lists it. A fill and a
    stroke of the same path drawn one after the other are one path to the plain pass ("fs");
    with only a clip or a group drawn between them the extended pass keeps them apart, so where
    its paths hold such a pair the paths are asked of the plain pass after all."""
    if page.parent.xref_get_key(page.xref, "Resources/Pattern")[0] == "null":
        return page.get_cdrawings(), []
    listed = page.get_cdrawings(extended=True)
    paths = [d for d in listed if d.get("type") in ("f", "s", "fs")]
    if any(a["type"] == "f" and b["type"] == "s" and a["items"] == b["items"] for a, b in zip(paths, paths[1:])):
        paths = page.get_cdrawings()
    return paths, [d for d in listed if d.get("type") == "clip"]


def _pattern_rules(clips: list[dict], ls: Layout) -> list[Rule]:
    """Rules filled with a pattern: a thin rectangle painted with a tiling pattern (a dashed or
    dotted rule some producers draw so, the dashes being the pattern's tiles). MuPDF lists such
    a fill not as a drawing but as a clip to the rectangle (the tiles drawn inside it), so the
    clips no thicker than a rule (thin_box) are the rules; looked for only on a page whose
    resources hold a pattern (_drawings lists its clips)."""
    out = []
    for d in clips:
        if len(d.get("items") or ()) != 1 or d["items"][0][0] != "re":
            continue
        x0, y0, x1, y1 = _ordered(d["items"][0][1])
        if min(x1 - x0, y1 - y0) <= ls.thin_box < max(x1 - x0, y1 - y0):
            out.append(Rule(x0, y0, x1, y1, min(x1 - x0, y1 - y0)))
    return out


def _drawn(drawings: list[dict], notes: list[Box],
           ls: Layout) -> tuple[list[Rule], list[tuple[tuple[float, ...], Box]], list[Box], list[Rule], list[tuple[str, Box]]]:
    """Rules, filled boxes with their colour, stroked rectangles (frames), white lines (gaps)
    and figure shapes (arrows, rounded boxes: Page.shapes) of the page's own drawings (not of
    its annotations, whose boxes are `notes`)."""
    rules: list[Rule] = []
    boxes: list[tuple[tuple[float, ...], Box]] = []
    frames: list[Box] = []
    gaps: list[Rule] = []
    shapes: list[tuple[str, Box]] = []
    dashed: list[tuple[Box, list[Rule]]] = []   # rectangles stroked with a dash pattern, and their rules
    slanted: list[tuple[Box, list[Rule]]] = []   # paths with a slanted side, and their rules: an outline's are none
    white: list[Box] = []   # opaque white boxes laid over a grid drawn before them (_laid_over_grid)
    for d in drawings:
        if notes and _inside_any(d.get("rect"), notes):
            continue   # an annotation's or a form field's appearance, not the page's drawing
        width = d.get("width") or 0.0
        stroked = d.get("type", "") != "f"
        rules = _under_white(d, rules, frames, ls)
        if stroked and is_white(d.get("color"), ls):
            for item in d["items"]:   # a white stroke is a gap drawn between coloured boxes, not a rule
                gaps.extend(_item_rules(item, width, stroked, ls))
            continue
        kind = _shape_kind(d, stroked, ls)
        if kind:
            shapes.append((kind, _ordered(d["rect"])))
            continue   # an arrow, a chevron, a diamond: its straight sides are no table's rules
        if not stroked and _in_outline(d["items"], ls):
            continue   # glyphs set as outlines, a logo, an illustration: its straight pieces are no rules
        if _note_border(d, rules, white, shapes, ls):
            continue   # the border of a note laid over a grid: none of its rules
        own = _path_rules(d, width, stroked, ls, boxes, frames)
        dashed += _dashed_box(d, stroked, own)
        if _slanted(d["items"], ls):   # its rules wait: an outline's are none
            slanted.append((_ordered(d["rect"]), own))
        else:
            rules += own
    rules += [r for box, own in slanted if not _outline(box, shapes, ls) for r in own]
    rules = _notes_out(rules, frames, shapes, dashed, ls)
    return rules, boxes, frames, gaps, shapes


def _laid_over_grid(d: dict, rules: list[Rule], ls: Layout) -> Box | None:
    """The box of the path `d` where it is an opaque white box laid over a grid drawn before it: a horizontal and a
    vertical rule drawn earlier each run through it from side to side. Convention (a list's note laid over the empty
    cells of its table, 居住地、属性…は調査中です in a white box framed in black over the ruled list): a box so laid is a
    note over the table, and the frame drawn round it next (_drawn: the same box within `abut`) is its border — a
    "note" shape, never rules of the table (its sides would cut the table's columns where they run). A white box
    across one side of a frame only (a panel's title set as a tab on its border: hidden_under) is none."""
    if not opaque_white_fill(d, ls) or d.get("rect") is None:
        return None
    box = _ordered(d["rect"])
    return box if {_runs_through(r, box) for r in rules} >= {True, False} else None


def _runs_through(r: Rule, box: Box) -> bool | None:
    """True for a horizontal rule running through the box from its left side to its right, False for a vertical one
    running through it from top to foot, None for any other."""
    if r.y1 - r.y0 <= r.x1 - r.x0:
        return True if r.x0 <= box[0] and r.x1 >= box[2] and box[1] < (r.y0 + r.y1) / 2 < box[3] else None
    return False if r.y0 <= box[1] and r.y1 >= box[3] and box[0] < (r.x0 + r.x1) / 2 < box[2] else None


def _note_border(d: dict, rules: list[Rule], white: list[Box], shapes: list[tuple[str, Box]], ls: Layout) -> bool:
    """Whether the path `d` is the border of a note laid over a grid (_laid_over_grid): a path round a white box so
    laid (`white`, which a white box so laid joins), or the white box itself stroked in the same path, filed as a
    "note" shape."""
    if (laid := _laid_over_grid(d, rules, ls)) is not None:
        if d.get("type", "") == "fs":   # filled and stroked in one path: its own border
            shapes.append(("note", laid))
            return True
        white.append(laid)
        return False
    if d.get("rect") is None or not any(_same_box(_ordered(d["rect"]), w, ls.abut) for w in white):
        return False
    shapes.append(("note", _ordered(d["rect"])))
    return True


def _same_box(a: Box, b: Box, near: float) -> bool:
    return all(abs(x - y) <= near for x, y in zip(a, b))


def _under_white(d: dict, rules: list[Rule], frames: list[Box], ls: Layout) -> list[Rule]:
    """The rules drawn so far as they show once the path `d` is painted: an opaque white box
    hides stretches of the frames' sides under it (hidden_under)."""
    if not opaque_white_fill(d, ls):
        return rules
    for item in _as_rectangle(d["items"], ls):
        if item[0] == "re":
            rules = hidden_under(rules, _ordered(item[1]), frames, ls)
    return rules


def _middle_along(r: Rule, horizontal: bool) -> tuple[float, float, float]:
    """A rule's middle across (y for a horizontal rule, x for a vertical one), and where it starts and ends along."""
    return ((r.y0 + r.y1) / 2, r.x0, r.x1) if horizontal else ((r.x0 + r.x1) / 2, r.y0, r.y1)


def hidden_under(rules: list[Rule], box: Box, frames: list[Box], ls: Layout) -> list[Rule]:
    """The rules drawn so far as they still show once an opaque white box is painted over them.
    Convention (a slide's panel titled on its border: 《…の概要》 in a white box set across the
    top side of the panel's frame, as a tab): the stretch of a frame's side under a white box
    that straddles it (standing out of the frame and into it) is hidden, so the side divides no
    cell of the title box. Only sides of frames drawn before the box (`frames`) are cut; a
    line along the box's own border stays."""
    sides = _straddled(box, frames, ls)
    if not sides:
        return rules
    out = []
    for r in rules:
        horizontal = r.y1 - r.y0 <= r.x1 - r.x0
        at, a, b = _middle_along(r, horizontal)
        cut = next(((c0, c1) for h, side, c0, c1 in sides if h == horizontal and abs(side - at) <= ls.abut
                    and a < c1 and c0 < b), None)
        if cut is None:
            out.append(r)
            continue
        for piece_a, piece_b in ((a, min(b, cut[0])), (max(a, cut[1]), b)):
            if piece_b - piece_a > ls.straight:
                out.append(replace(r, x0=piece_a, x1=piece_b) if horizontal else replace(r, y0=piece_a, y1=piece_b))
    return out


def _straddled(box: Box, frames: list[Box], ls: Layout) -> list[tuple[bool, float, float, float]]:
    """(horizontal, where, from, to) of each frame side the box straddles: the side runs through
    the box's inside, the box standing within the side's length."""
    near = ls.abut
    sides = []
    for f in frames:
        for horizontal, at, lo, hi, across0, across1 in ((True, f[1], f[0], f[2], box[1], box[3]),
                                                       (True, f[3], f[0], f[2], box[1], box[3]),
                                                       (False, f[0], f[1], f[3], box[0], box[2]),
                                                       (False, f[2], f[1], f[3], box[0], box[2])):
            a, b = (box[0], box[2]) if horizontal else (box[1], box[3])
            if across0 + near < at < across1 - near and lo - near <= a and b <= hi + near:
                sides.append((horizontal, at, a, b))
    return sides


def _path_rules(d: dict, width: float, stroked: bool, ls: Layout, boxes: list[tuple[tuple[float, ...], Box]],
                frames: list[Box]) -> list[Rule]:
    """The rules of one drawn path, its rectangles filed as boxes or frames on the way."""
    out: list[Rule] = []
    for item in d["items"] if stroked else _as_rectangle(d["items"], ls):
        out.extend(_item_rules(item, width, stroked, ls))
        if item[0] == "re":
            _file_box(_ordered(item[1]), d.get("fill"), stroked, ls, boxes, frames)
    return out


def _outline(box: Box, shapes: list[tuple[str, Box]], ls: Layout) -> bool:
    """Convention: a path with slanted sides drawn around a figure shape, each of its sides
    within `ls.outline` of the shape's (an arrow's border drawn as a filled ring of many
    pieces), is the shape's outline: its straight pieces are no table's rules either."""
    return any(all(abs(a - b) <= ls.outline for a, b in zip(box, shape)) for _, shape in shapes)


def _in_outline(items: list, ls: Layout) -> bool:
    """Convention (a designer's page: a white paper's column title, a logo, an illustration): type
    converted to outlines (アウトライン化) is drawn as one filled path of many closed outlines, the
    glyphs' curves with their straight strokes (the bars of 一, Ｉ, エ). A filled path with a curve and
    more pieces than a figure's shape (shape_items: one rounded box, one bubble) draws such outlines,
    and its straight pieces are strokes of them, never a table's rules (a table's rules are lines
    or thin boxes, its cells meet in square corners)."""
    return len(items) > ls.shape_items and any(it[0] == "c" for it in items)


def _one_loop(items: list, ls: Layout) -> bool:
    """The path's pieces are all lines or curves (a rounded corner), each starting where the one
    before ended, the last ending where the first started: one closed outline."""
    if any(it[0] not in ("l", "c") for it in items):
        return False
    near = ls.straight
    return all(abs(a[-1][0] - b[1][0]) < near and abs(a[-1][1] - b[1][1]) < near for a, b in zip(items, items[1:] + items[:1]))


def _slanted(items: list, ls: Layout) -> bool:
    return any(it[0] == "l" and abs(it[1][0] - it[2][0]) >= ls.straight and abs(it[1][1] - it[2][1]) >= ls.straight
               for it in items)


def _as_rectangle(items: list, ls: Layout) -> list:
    """A filled path of four straight lines, each along an axis, closing a rectangle, as the
    rectangle it fills: what it shows is a box (a shaded cell, a white section background),
    not four lines. MuPDF lists a rectangle drawn under a quarter-turned transform (a landscape
    page's content turned by its matrix) so, and some producers draw boxes as such paths. A fill
    closes its path: three such lines whose closing side runs along an axis too are a rectangle
    as well (a DTP table's header shading drawn as three sides and a close)."""
    if len(items) not in (3, 4) or any(it[0] != "l" for it in items):
        return items
    near = ls.straight
    ends = [(it[1], it[2]) for it in items]
    if len(ends) == 3:
        ends.append((ends[-1][1], ends[0][0]))   # the side the fill closes
    joined = all(abs(a[1][0] - b[0][0]) < near and abs(a[1][1] - b[0][1]) < near
                 for a, b in zip(ends, ends[1:] + ends[:1]))   # each line starts where the last ended, the fourth closing it
    along = all(abs(a[0] - b[0]) < near or abs(a[1] - b[1]) < near for a, b in ends)
    if not (joined and along):
        return items
    xs, ys = [a[0] for a, _ in ends], [a[1] for a, _ in ends]
    return [("re", (min(xs), min(ys), max(xs), max(ys)), 1)]


def _file_box(box: Box, fill, stroked: bool, ls: Layout, boxes: list[tuple[tuple[float, ...], Box]],
              frames: list[Box]) -> None:
    """A drawn rectangle filed as a shaded box (filled, not white) or a frame (stroked, not
    thinner than a rule either way)."""
    if not stroked and not is_white(fill, ls):
        boxes.append((tuple(fill or ()), box))
    elif stroked and box[2] - box[0] > ls.thin_box and box[3] - box[1] > ls.thin_box:
        frames.append(box)


def _figure_shape(items: list, ls: Layout) -> str:
    """A small path of three or more pieces, one of them a slanted line: an arrow's head, a
    chevron, a diamond (a cell's diagonal stroke is a path of its own, or part of a large one);
    or a small path with a curve: a box with rounded corners, a bubble (a flow chart's boxes and
    a slide's panels; a table's cells meet in square corners). Its kind: "arrow" (a slanted
    side), "rounded" (a curve), "callout" (below), "" for no figure's shape ("note": _notes_out). Convention: one
    closed outline with a slanted side, of any number of pieces (a callout's box with its
    pointer, its corners square or rounded: a speech bubble; a balloon, a star), is a shape laid
    over the page, never a table's rules: a table's rules are no single loop."""
    if len(items) > ls.shape_items and _slanted(items, ls) and _one_loop(items, ls):
        return "callout"
    if not 3 <= len(items) <= ls.shape_items:
        return ""
    if any(it[0] == "c" for it in items):
        return "rounded"
    return "arrow" if _slanted(items, ls) else ""


def _shape_kind(d: dict, stroked: bool, ls: Layout) -> str:
    """The figure shape a drawn path is (_staircase, _figure_shape, _dashed_arrow), "" for none."""
    return _staircase(d, stroked, ls) or _figure_shape(d["items"], ls) or _dashed_arrow(d["items"], stroked, ls)


def _staircase(d: dict, stroked: bool, ls: Layout) -> str:
    """Convention (a block arrow's head drawn by an old drawing program: each side of its V a thin slanted stroke
    filled as a staircase of tiny steps): a filled path of `staircase_steps` straight pieces or more, every point of
    it within `staircase_band` of one diagonal of its box, the box no thinner than a rule either way (`thin_box`), is
    one slanted stroke — a "staircase" shape (the side of a block arrow's head where lines of a drawing end at it:
    rules_to_cells.block_diagrams), its steps no rules (read as rules, each step is a stub of a table's
    grid). A box, a ring, a glyph's outline or a chart's line of many points strays from its box's diagonals."""
    items = d["items"]
    if stroked or len(items) < ls.staircase_steps or any(it[0] != "l" for it in items) or d.get("rect") is None:
        return ""
    x0, y0, x1, y1 = _ordered(d["rect"])
    w, h = x1 - x0, y1 - y0
    if min(w, h) < ls.thin_box:
        return ""
    points = [p for it in items for p in (it[1], it[2])]
    span = math.hypot(w, h)
    falling = max(abs(h * (x - x0) - w * (y - y0)) for x, y in points) / span   # off the diagonal top left → foot right
    rising = max(abs(h * (x - x0) + w * (y - y1)) for x, y in points) / span   # off the diagonal foot left → top right
    return "staircase" if min(falling, rising) <= ls.staircase_band else ""


def _dashed_box(d: dict, stroked: bool, own: list[Rule]) -> list[tuple[Box, list[Rule]]]:
    """A rectangle stroked with a dash pattern, drawn as one path, with its rules (_notes_out); [] for any other."""
    items = d["items"]
    dashed = stroked and d.get("dashes") not in (None, "", "[] 0") and len(items) == 1 and items[0][0] == "re"
    return [(_ordered(d["rect"]), own)] if dashed else []


def _dashed_arrow(items: list, stroked: bool, ls: Layout) -> str:
    """A filled path of dash pieces (each a closed piece no larger than dash_piece), one of them slanted: a dashed
    arrow drawn dash by dash, its shaft's dashes and its triangular head (_notes_out)."""
    if stroked or len(items) <= ls.shape_items or not _slanted(items, ls):
        return ""
    return "arrow" if _dash_pieces(items, ls) else ""


def _notes_out(rules: list[Rule], frames: list[Box], shapes: list[tuple[str, Box]],
               dashed: list[tuple[Box, list[Rule]]], ls: Layout) -> list[Rule]:
    """The page's rules less the borders of its dashed notes. Convention (a form's 記載例: explanations in text
    boxes framed by a dashed border, each with a dashed arrow pointing to the cell it explains, laid beside the
    form's title or over its ruled ledger): a rectangle stroked with a dash pattern as one path, that an arrow
    (a figure shape, or _dashed_arrow's) starts at — within pointer_reach of its sides —, is a text box's
    border, a "note" shape laid over the page, never a table's frame (read as a callout is where it lies over a
    table, page_flow). A dashed rectangle no arrow points from (a slide's dashed frame round a group of items)
    stays as it was read: its rules."""
    arrows = [box for kind, box in shapes if kind == "arrow"]
    out: set[int] = set()
    for box, own in dashed:
        if any(meets(box, a, ls.pointer_reach) for a in arrows):
            shapes.append(("note", box))
            out.update(id(r) for r in own)
            if box in frames:
                frames.remove(box)
    return [r for r in rules if id(r) not in out] if out else rules


def _dash_pieces(items: list, ls: Layout) -> bool:
    """The path's pieces are lines closing small loops one after another, each loop no larger than
    dash_piece either way: a dashed line drawn dash by dash."""
    start = None
    xs: list[float] = []
    ys: list[float] = []
    for it in items:
        if it[0] != "l":
            return False
        if start is None:
            start, xs, ys = it[1], [], []
        xs += [it[1][0], it[2][0]]
        ys += [it[1][1], it[2][1]]
        if max(xs) - min(xs) > ls.dash_piece or max(ys) - min(ys) > ls.dash_piece:
            return False
        if abs(it[2][0] - start[0]) < ls.straight and abs(it[2][1] - start[1]) < ls.straight:
            start = None   # the loop is closed: the next line starts the next dash
    return start is None


_TEXT_NOTES = {"FreeText", "Stamp"}   # annotations that print words of their own


def _annotation_boxes(page: pymupdf.Page, kinds: set[str] | None = None) -> list[Box]:
    """Where the page's annotations (of `kinds`, or all, with the form fields) are drawn, in the
    unrotated page space of get_cdrawings."""
    if page.first_annot is None and (kinds is not None or page.first_widget is None):
        return []
    derotate = page.derotation_matrix
    boxes = [a.rect * derotate for a in page.annots() if kinds is None or a.type[1] in kinds]
    if kinds is None:
        boxes += [w.rect * derotate for w in page.widgets()]
    return [_ordered((b.x0, b.y0, b.x1, b.y1)) for b in boxes[:1000]]


def _centre_inside(box: Box, boxes: list[Box]) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(b[0] - 2 <= cx <= b[2] + 2 and b[1] - 2 <= cy <= b[3] + 2 for b in boxes)


def _inside_any(rect, boxes: list[Box]) -> bool:
    if not rect:
        return False
    x0, y0, x1, y1 = _ordered(rect)
    return any(b[0] - 1 <= x0 and b[1] - 1 <= y0 and x1 <= b[2] + 1 and y1 <= b[3] + 1 for b in boxes)


def _ordered(r) -> Box:
    x0, y0, x1, y1 = r
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def box_sides(boxes: list[tuple[tuple[float, ...], Box]],
              width: float, height: float, ls: Layout, gaps: list[Rule] | None = None,
              drawn: list[Rule] | None = None) -> list[Rule]:
    """The visible sides of filled boxes, as rules: not of thin boxes (rules already), not of a
    page background, not of a box bled off the page, and not of a box inside another box of the
    same colour (a cell's padding drawn over its own shading shows no edge). Convention (a page
    set for print): a box printed past the page's edge, to be trimmed with it (a bleed: a thumb
    tab at the fore edge, a colour band across the head), decorates the page; a table stands
    within the margins, so no side of such a box is a table's rule."""
    keep = [(fill, b, n) for n, (fill, b) in enumerate(boxes) if _may_show(b, width, height, ls)]   # n: paint order
    if len(keep) > ls.max_boxes:
        return []
    keep.sort(key=lambda fb: -(fb[1][2] - fb[1][0]) * (fb[1][3] - fb[1][1]))
    kept = _outermost(keep, ls.nested_box)
    shown, fills, order = [b for _, b, _ in kept], [f for f, _, _ in kept], [n for _, _, n in kept]
    shared, joined = _shared_sides(shown, fills, gaps or [], ls.abut, drawn or [], ls.bar_segments, ls.text_band)
    out: list[Rule] = []
    for k, (x0, y0, x1, y1) in enumerate(shown):
        sides = (Rule(x0, y0, x0, y1, 0.0, True, (k, 0) in shared), Rule(x0, y0, x1, y0, 0.0, True, (k, 1) in shared),
                 Rule(x1, y0, x1, y1, 0.0, True, (k, 2) in shared), Rule(x0, y1, x1, y1, 0.0, True, (k, 3) in shared))
        out += [sides[i] for i in (1, 3, 0, 2) if (k, i) not in joined and not _covered_side(sides[i], k, shown, fills, order, ls)]
    return out


def _outermost(keep: list[tuple[tuple[float, ...], Box, int]], pad: float) -> list[tuple[tuple[float, ...], Box, int]]:
    """The boxes (largest first) but those inside a larger box of their colour (within `pad`: a cell's padding drawn
    over its own shading)."""
    out = []
    for i, (fill, (x0, y0, x1, y1), n) in enumerate(keep):
        if not any(f == fill and o[0] - pad <= x0 and o[1] - pad <= y0 and x1 <= o[2] + pad and y1 <= o[3] + pad
                   for f, o, _ in keep[:i]):
            out.append((fill, (x0, y0, x1, y1), n))
    return out


def _covered_side(side: Rule, k: int, shown: list[Box], fills: list[tuple[float, ...]], order: list[int], ls: Layout) -> bool:
    """Convention (fills laid in pieces: a total band's tint over 40–496 with a piece of the same tint over 448–508 laid
    across its end; a slide's title band painted over the top of the pale panel under it): a filled box's side that
    runs inside another filled box of the same extent along it — the two boxes pieces of one band, their long sides
    one (within `abut`) —, further than `thin_box` inside its sides across (boxes laid edge to edge, overlapping by a
    hair, cover none) — shows no edge where that box is of the same colour (no change of colour across it) or was painted after
    it (opaque, it covers the side): no rule. `shown`/`fills`/`order`: the boxes box_sides keeps, their colours and
    paint order."""
    near, deep = ls.abut, ls.thin_box
    vertical = side.x1 - side.x0 < side.y1 - side.y0
    for j, (x0, y0, x1, y1) in enumerate(shown):
        if j == k or not (fills[j] == fills[k] or order[j] > order[k]):
            continue
        if (x0 + deep < side.x0 < x1 - deep and abs(y0 - side.y0) <= near and abs(side.y1 - y1) <= near) if vertical \
                else (y0 + deep < side.y0 < y1 - deep and abs(x0 - side.x0) <= near and abs(side.x1 - x1) <= near):
            return True
    return False


def _may_show(b: Box, width: float, height: float, ls: Layout) -> bool:
    """A filled box whose sides may show as rules: thicker than a rule either way, not the page's
    background, not bled off the page (box_sides)."""
    thin, whole, bleed = ls.thin_box, ls.page_background, ls.bleed
    if b[2] - b[0] <= thin or b[3] - b[1] <= thin or (b[2] - b[0] >= whole * width and b[3] - b[1] >= whole * height):
        return False
    return -bleed <= b[0] and -bleed <= b[1] and b[2] <= width + bleed and b[3] <= height + bleed


def _shared_sides(boxes: list[Box], fills: list[tuple[float, ...]], gaps: list[Rule],
                  abut: float, drawn: Sequence[Rule], min_segments: int,
                  band: float) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """(box, side) of the sides that filled boxes share and show: where two shaded boxes meet
    edge to edge (one's right side on the other's left, one's bottom on the other's top,
    overlapping along it) in two colours, or with a white line drawn along their common side,
    that side divides two cells as a drawn line would. A table shaded cell by cell, in rows and
    columns of boxes laid edge to edge, shows its grid so; boxes of one colour meeting with no
    line between them show one panel (a paragraph's shading drawn line by line), and a panel
    standing alone shares no side. Sides: 0 left, 1 top, 2 right, 3 bottom. Boxes are filed by
    their rounded left and top (an index: no result depends on it).
    Also returned, `joined`: the sides where two boxes of one colour meet whole, one on the other with no
    line between (a header cell whose text wraps, shaded line by line: WPS Office fills a cell's two
    lines as two bands of its tint, _bands, one on the other) — no edge shows there, so no rule is read; a row of a
    table is bounded by a drawn line, not by where one line of a cell's text ends. So too two pieces of one row side
    by side (_row_pieces: a spreadsheet's header shaded cell by cell under its merged header cells). `drawn`: the
    page's rules; where one runs along the meeting the side is left as it was (the line bounds the row or cell)."""
    out: set[tuple[int, int]] = set()
    joined: set[tuple[int, int]] = set()
    pairs: list[tuple[int, int, int]] = []
    for lo, hi, a, b in ((0, 2, 1, 3), (1, 3, 0, 2)):   # left/right sides meeting, then top/bottom
        starts: dict[int, list[int]] = {}
        for k, box in enumerate(boxes):
            starts.setdefault(round(box[lo]), []).append(k)
        lines = [g for g in gaps if g.horizontal == (lo == 1)]
        ruled = [g for g in drawn if g.horizontal == (lo == 1)]
        for k, box in enumerate(boxes):
            at = round(box[hi])
            for key in (at - 1, at, at + 1):
                for j in starts.get(key, ()):
                    meet = "" if j == k else _meeting(box, boxes[j], fills[j] != fills[k], (lines, ruled), (lo, hi, a, b), (abut, band))
                    (out if meet == "shared" else joined if meet == "joined" else set()).update(((k, hi), (j, lo)))
                    if meet == "shared":
                        pairs.append((k, j, lo))
    out -= _bar_segments(boxes, fills, pairs, abut, min_segments)
    joined |= _covered_meetings(boxes, fills, [g for g in drawn if g.horizontal], abut, band)
    return out, joined - out


def _covered_meetings(boxes: list[Box], fills: list[tuple[float, ...]], ruled: list[Rule],
                      abut: float, band: float) -> set[tuple[int, int]]:
    """(box, side) of the tops and feet covered wholly by boxes of the same colour meeting them, with no line drawn
    along: no edge shows there (_shared_sides' `joined`). Convention (a spreadsheet printed to PDF, Excel: a ruled row
    shaded as the sheet's own rows fill it — a short band across the whole table, a spacer row of the sheet, over the
    pieces of its text row side by side, one fill per merged cell, all of one tint): a band whose foot the pieces under
    it cover end to end, and each piece whose top the band covers, meet with no edge; the row is bounded by the lines
    drawn round it. Every box so joined is at least `band` tall (a line of text's height: not a thick rule's pieces),
    and a side covered only in part shows as it is. The same width either way is _bands' case, kept."""
    out: set[tuple[int, int]] = set()
    tall = [k for k, box in enumerate(boxes) if box[3] - box[1] >= band]
    at: dict[tuple[int, int], list[int]] = {}   # (side, rounded y) -> the tall boxes with that side there: a side
    # within `abut` of y stands under a key from round(y - abut) to round(y + abut), whatever `abut` is
    for k in tall:
        for side in (1, 3):
            at.setdefault((side, round(boxes[k][side])), []).append(k)
    for k in tall:
        box = boxes[k]
        for side, facing in ((3, 1), (1, 3)):   # the foot against the tops under it, the top against the feet over it
            y = box[side]
            others = [boxes[j] for key in range(round(y - abut), round(y + abut) + 1) for j in at.get((facing, key), ())
                      if j != k and fills[j] == fills[k] and abs(boxes[j][facing] - y) <= abut
                      and min(boxes[j][2], box[2]) - max(boxes[j][0], box[0]) > abut]
            if others and _covered(others, box[0], box[2], abut) and not _drawn_along(ruled, True, y, box[0], box[2], abut):
                out.add((k, side))
    return out


def _covered(pieces: list[Box], start: float, end: float, abut: float) -> bool:
    """The pieces' spans across (x0..x1), laid end to end, reach from `start` to `end` with no gap wider than `abut`."""
    reach = start
    for x0, _, x1, _ in sorted(pieces):
        if x0 > reach + abut:
            return False
        reach = max(reach, x1)
    return reach >= end - abut


def _bar_segments(boxes: list[Box], fills: list[tuple[float, ...]], pairs: list[tuple[int, int, int]],
                  abut: float, min_segments: int) -> set[tuple[int, int]]:
    """Convention (a stacked bar chart: a slide's bar split into segments by value, PowerPoint or
    Excel): `min_segments` or more filled boxes of one width laid one on the next (or of one height
    side by side), each in a colour of its own, meeting nothing else edge to edge, are one bar's
    segments sized by value: their meeting sides divide no cells (a table shaded cell by cell
    repeats its tints: a header's, the body's, banded rows). `pairs`: (box, box, side 0/1) of the
    shared meetings (_shared_sides); returns the (box, side) of a bar's meeting sides."""
    out: set[tuple[int, int]] = set()
    for members, ways in _meeting_groups(len(boxes), pairs):
        if len(members) < min_segments or len(ways) != 1 or len({fills[k] for k in members}) < len(members):
            continue
        across = (0, 2) if ways == {1} else (1, 3)   # a stack one on the next shares its left and right edges
        if all(abs(boxes[k][e] - boxes[members[0]][e]) <= abut for k in members for e in across):
            out |= {(k, side) for k in members for side in (0, 1, 2, 3)}
    return out


def _meeting_groups(n: int, pairs: list[tuple[int, int, int]]) -> list[tuple[list[int], set[int]]]:
    """The boxes joined by shared meetings (`pairs`: box, box, side 0/1), each group with the ways its boxes meet,
    its boxes in the order the meetings name them."""
    group_of = {k: g for g, part in enumerate(components(n, ((k, j) for k, j, _ in pairs))) for k in part}
    groups: dict[int, tuple[dict[int, None], set[int]]] = {}
    for k, j, lo in pairs:
        members, ways = groups.setdefault(group_of[k], ({}, set()))
        members[k] = members[j] = None
        ways.add(lo)
    return [(list(members), ways) for members, ways in groups.values()]


def _meeting(box: Box, other: Box, two_colours: bool, lines: tuple[list[Rule], list[Rule]],
             sides: tuple[int, int, int, int], near: tuple[float, float]) -> str:
    """How `box`'s side `hi` meets `other`'s side `lo` (_shared_sides): "shared" (a side dividing two
    cells), "joined" (one panel, no edge shows) or "" (they do not meet, or the side shows as it is).
    `lines`: the white lines drawn that way, and the page's rules drawn that way (a line down or across the meeting)."""
    lo, hi, a, b = sides
    abut, band = near   # how close sides meet; how tall a row's piece is (layout.text_band)
    start, end = max(box[a], other[a]), min(box[b], other[b])
    if abs(other[lo] - box[hi]) > abut or end - start <= abut:
        return ""
    if two_colours or _drawn_along(lines[0], lo == 1, box[hi], start, end, abut):
        return "shared"
    if (_bands(box, other, abut) if lo == 1 else _row_pieces(box, other, abut, band) and _ruled_row(box, lines[1])) \
            and not _drawn_along(lines[1], lo == 1, box[hi], start, end, abut):
        return "joined"
    return ""


def _row_pieces(box: Box, other: Box, abut: float, band: float) -> bool:
    """Two boxes of one row side by side: the same top and foot (within `abut`), each at least `band` tall (holding
    a line of text, not a thick rule's pieces drawn as black bars). Convention (a
    spreadsheet printed to PDF, Excel: a header row's shading filled cell by cell under the sheet's
    own columns, its merged header cells spanning two or three of them): boxes of one colour meeting
    side by side with no line drawn down their meeting show one band, so no edge divides the row
    there; its cells are bounded by the lines drawn (a header cell 分類 over two columns reads as one
    cell, not two)."""
    return abs(box[1] - other[1]) <= abut and abs(box[3] - other[3]) <= abut \
        and all(b[3] - b[1] >= band for b in (box, other))


def _ruled_row(box: Box, verticals: list[Rule]) -> bool:
    """Lines are drawn down the row the box stands in (a vertical rule over half its height, anywhere on the page): its
    cells are bounded by drawn lines, so a meeting of its shaded pieces with none along it divides no cells. A header
    row ruled by no line of its own (Word: each header cell a shaded box, its padding shaded again inside, the body's
    lines starting under it) is divided by its boxes' edges alone (tests/table_conventions.shaded_header)."""
    height = box[3] - box[1]
    return any(min(max(g.y0, g.y1), box[3]) - max(min(g.y0, g.y1), box[1]) >= height / 2 for g in verticals)


def _bands(box: Box, other: Box, abut: float) -> bool:
    """Two boxes of the same width (within `abut`), each wider than tall: the bands of a cell's
    lines, one on the other (not the pieces of a thick frame drawn as tall bars)."""
    return abs(box[0] - other[0]) <= abut and abs(box[2] - other[2]) <= abut \
        and all(b[2] - b[0] > b[3] - b[1] for b in (box, other))


def white_over_shading(gaps: list[Rule], boxes: list[tuple[tuple[float, ...], Box]], ls: Layout) -> list[Rule]:
    """The white lines that show as rules. Convention (a slide's table, PowerPoint's tinted
    style): a table shaded in bands, a row's tint drawn across all its columns, parts its columns
    and rows by white lines drawn over the tint; a white line that runs inside shaded boxes (not
    along their sides) over `ls.white_over` of its length or more divides them as a drawn line
    does. A white line over the white page, or between boxes (along their sides: box_sides reads
    those), shows nothing of its own."""
    if len(boxes) > ls.max_boxes:
        return []
    out = []
    for g in gaps:
        horizontal = abs(g.y1 - g.y0) <= abs(g.x1 - g.x0)
        at, a, b = _middle_along(g, horizontal)
        spans = sorted((max(a, box[0 if horizontal else 1]), min(b, box[2 if horizontal else 3]))
                       for _, box in boxes
                       if box[1 if horizontal else 0] + ls.abut < at < box[3 if horizontal else 2] - ls.abut)
        covered, reach = 0.0, a
        for lo, hi in spans:   # the union of the stretches of the line that run inside a box
            lo = max(lo, reach)
            if hi > lo:
                covered, reach = covered + hi - lo, hi
        if b > a and covered >= ls.white_over * (b - a):
            out.append(g)
    return out


def _drawn_along(lines: list[Rule], horizontal: bool, at: float, start: float, end: float, near: float) -> bool:
    """A line runs along `at` (y for a horizontal side, x for a vertical one) over half of
    start..end or more (drawn cell by cell, or across the whole table)."""
    for g in lines:
        pos, a, b = _middle_along(g, horizontal)
        if abs(pos - at) <= near and min(b, end) - max(a, start) >= (end - start) / 2:
            return True
    return False


def panels_of(boxes: list[tuple[tuple[float, ...], Box]], width: float, height: float, ls: Layout) -> list[Box]:
    """The shaded panels of a page: filled boxes (not rules, not the page's background, not mostly off the page:
    _off_the_page), those of one colour that touch or overlap joined into one (a column's shading drawn as a strip
    behind each of its lines is one panel, not a band per line)."""
    if len(boxes) > ls.max_boxes:
        return []
    pad, thin, whole = ls.panel_touch, ls.thin_box, ls.page_background
    joined: dict[tuple[float, ...], list[list[float]]] = {}
    for fill, (x0, y0, x1, y1) in sorted(boxes, key=lambda fb: fb[1][1]):
        if x1 - x0 <= thin or y1 - y0 <= thin or (x1 - x0 >= whole * width and y1 - y0 >= whole * height) \
                or _off_the_page((x0, y0, x1, y1), width, height, ls):
            continue
        same = joined.setdefault(fill, [])
        for p in reversed(same):
            if p[0] - pad <= x1 and x0 <= p[2] + pad and p[1] - pad <= y1 and y0 <= p[3] + pad:
                p[0], p[1], p[2], p[3] = min(p[0], x0), min(p[1], y0), max(p[2], x1), max(p[3], y1)
                break
        else:
            same.append([x0, y0, x1, y1])
    return [(p[0], p[1], p[2], p[3]) for same in joined.values() for p in same]


def _off_the_page(b: Box, width: float, height: float, ls: Layout) -> bool:
    """Convention (a white paper's chapter tab: its shading filled as a band reaching a page's width past the edge,
    clipped to the tab's rounded shape, and a slanted sheet beside it drawn mostly past the edge): a filled box or a
    figure's shape less than `on_page` of whose area lies on the page is the clipped piece of a larger shape — what
    shows of it is the clip's, not its box —, no panel and no figure's arrow. A bleed (a band across the head printed
    a few millimetres past the edge) lies on the page almost whole."""
    area = (b[2] - b[0]) * (b[3] - b[1])
    on = max(0.0, min(b[2], width) - max(b[0], 0.0)) * max(0.0, min(b[3], height) - max(b[1], 0.0))
    return area > 0 and on < ls.on_page * area


def _item_rules(item: tuple, width: float, stroked: bool, ls: Layout) -> list[Rule]:
    """The straight lines of one drawn item: a line, or a thin filled rectangle, or the four
    sides of a stroked one."""
    if item[0] == "l":
        (ax, ay), (bx, by) = item[1], item[2]
        if abs(ax - bx) < ls.straight or abs(ay - by) < ls.straight:  # straight lines only
            return [Rule(*_ordered((ax, ay, bx, by)), width)]
    elif item[0] == "re":
        x0, y0, x1, y1 = _ordered(item[1])
        thin = ls.thin_box
        if not stroked and (y1 - y0 <= thin or x1 - x0 <= thin):
            return [Rule(x0, y0, x1, y1, min(y1 - y0, x1 - x0))]
        if stroked and (x1 - x0 > thin or y1 - y0 > thin):
            return [Rule(x0, y0, x1, y0, width), Rule(x0, y1, x1, y1, width),
                    Rule(x0, y0, x0, y1, width), Rule(x1, y0, x1, y1, width)]
    return []


def turned(box: Box, m: pymupdf.Matrix) -> Box:
    """A box as it stands on the page shown upright (m: the page's rotation matrix)."""
    ax, ay = box[0] * m.a + box[1] * m.c + m.e, box[0] * m.b + box[1] * m.d + m.f
    bx, by = box[2] * m.a + box[3] * m.c + m.e, box[2] * m.b + box[3] * m.d + m.f
    return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


# a Type3 font with no name of its own, named by MuPDF after its object (Type3 (12 0 R))
_UNNAMED_TYPE3 = regex.compile(r"^Type3 \(\d+ \d+ R\)$")


@functools.lru_cache(maxsize=1024)
def _font(name: str) -> tuple[str, bool]:
    """A font name as written (a damaged file's font name may hold escaped bytes), and whether
    it names a bold face; once per font, not once per span. Convention (a page printed by a browser, Chromium's
    Skia: every run of glyphs set in a Type3 font of its own, unnamed — Type3 (4 0 R), Type3 (18 0 R) … within one
    sentence): such fonts name no typeface, so they are one face, "Type3" — a line is never set apart from the body
    by the subset its glyphs fell in (_UNNAMED_TYPE3)."""
    font = _UNWRITABLE.sub("\ufffd", name)
    if _UNNAMED_TYPE3.match(font):
        return "Type3", False
    return font, bool(_BOLD_NAME.search(font))


_CHAR, _BOX, _SPANS, _CHARS = itemgetter("c"), itemgetter("bbox"), itemgetter("spans"), itemgetter("chars")


def _style(s: dict) -> tuple[str, bool]:
    """A span's font as written and whether it is set in bold (font flags, a bold face's name, glyphs struck
    twice or filled and stroked)."""
    font, bold_name = _font(s["font"])
    return font, bool(s.get("flags", 0) & 16) or bold_name or "struck" in s or "stroked" in s


def _span(s: dict, bad: list[int], m: pymupdf.Matrix | None, sizes: dict[float, float]) -> Span:
    """A span of the page's text as read (`sizes`: the page's sizes rounded so far, _rounded)."""
    text = "".join(map(_CHAR, s["chars"]))
    # a text all of whose characters are printable holds no surrogate (Cs) and no NUL (Cc): most spans, told by
    # str.isprintable's loop, the pattern not asked (a call into the regex module for each span cost 17 times as much)
    if not text.isprintable() and _UNWRITABLE.search(text):
        bad[0] += 1
        text = _UNWRITABLE.sub("\ufffd", text)
    font, bold = _style(s)
    size = s["size"]
    size = sizes.get(size) or _rounded(size, sizes)
    if m is None:
        x0, y0, x1, y1 = s["bbox"]
        return Span(text, font, size, x0, y0, x1, y1, s["origin"][1], tuple(map(_BOX, s["chars"])), bold)
    x0, y0, x1, y1 = turned(s["bbox"], m)
    ox, oy = s["origin"]
    return Span(text, font, size, x0, y0, x1, y1, ox * m.b + oy * m.d + m.f,
                tuple([turned(c["bbox"], m) for c in s["chars"]]), bold)


def _rounded(size: float, sizes: dict[float, float]) -> float:
    """A type size to two places, filed in `sizes`: a page sets its spans in a few sizes, so each
    is rounded once per page, not once per span (round to a number of places goes through a
    decimal conversion: a tenth of the cost of building the span)."""
    sizes[size] = out = round(size, 2)
    return out


def _raw_text(page: pymupdf.Page, number: int, path: str, actual_text: bool = False,
              warnings: list[tuple[int | None, str, str]] | None = None,
              ls: Layout = DEFAULT.layout) -> tuple[dict, list[dict]]:
    """The page's text as MuPDF extracts it (rawdict: every glyph with its box), within the budget of spans;
    read from its glyphs where the document's structure tree holds /ActualText (`actual_text`:
    tree_actual_text) and the page's is astray (`_glyphs_if_astray`; a note in `warnings` says so).
    With it, its text lines in order (those of its text blocks), listed once for the budget and for
    _set_vertically alike."""
    if actual_text:
        tp = page.get_textpage(flags=_TEXT_FLAGS)
        raw = page.get_text("rawdict", textpage=tp)
        read = _glyphs_if_astray(page, raw, tp, ls)
        if read is not raw and warnings is not None:
            warnings.append((number, "actual_text_astray", "the structure tree's /ActualText on this page is not the "
                                                           "text its glyphs print; read from the glyphs"))
        raw = read
    else:
        raw = page.get_text("rawdict", flags=_TEXT_FLAGS)
    lines = _text_lines(raw)
    count = sum(map(len, map(_SPANS, lines)))
    if count > budgets.MAX_SPANS_PER_PAGE:
        raise InputError(f"{path}: page {number} holds {count} text spans, over the budget of "
                         f"{budgets.MAX_SPANS_PER_PAGE} per page; the file is not read")
    return raw, lines


def _lines(page: pymupdf.Page, raw: dict, number: int, warnings: list[tuple[int | None, str, str]],
           ls: Layout, overprints: list[str], shape: _PageShape, down: list[dict],
           contents: Callable[[], bytes] | None = None) -> list[Line]:
    """The page's text lines, in the coordinates of the page shown upright (a page with /Rotate
    is read as a viewer shows it; a page set vertically is read turned: _vertical_lines); the
    copies of glyphs struck again go to `overprints` (one string for the page); `down`: its lines
    written down (_set_vertically); `contents`: the page's content stream (read once a page: _stroked_bold)."""
    out: list[Line] = []
    m = shape.matrix
    notes = [b if m is None else turned(b, m) for b in _annotation_boxes(page, _TEXT_NOTES)] if shape.annotated else []
    bad = [0]
    sizes: dict[float, float] = {}   # the page's type sizes, rounded (_rounded)
    _stroked_bold(page, raw, shape, ls, contents)
    struck = _overprints(raw, ls)
    if shape.vertical and m is not None:
        out = _vertical_lines(raw, shape.columns, number, m, notes, ls, bad)
    else:
        boxes, taken = _written_down_boxes(down, number, m, notes, ls, bad, sizes)
        for block in raw["blocks"]:
            if block.get("type", 0) != 0:
                continue
            for line in block["lines"]:
                spans = [_span(s, bad, m, sizes) for s in line["spans"] if s["chars"]] if id(line) not in taken else []
                if spans:
                    out.append(_line(number, spans, line, m, notes, ls.slant))
        out += boxes
    if bad[0]:
        warnings.append((number, "unreadable_characters",
                         f"{bad[0]} spans hold characters no text can carry (a broken font map); shown as U+FFFD"))
    if struck:
        overprints.append(" ".join(struck))
    return out


def tree_actual_text(doc: pymupdf.Document, data: bytes | None = None) -> bool:
    """Whether the document's structure tree gives any element an /ActualText (then MuPDF may put
    it in place of glyphs that do not own it: `_glyphs_if_astray`); asked once per document: a
    document without a StructTreeRoot has none; one with a tree is searched object by object, but
    only where its file (`data`, its bytes) writes the name at all (`_names_actual_text`)."""
    if doc.xref_get_key(doc.pdf_catalog(), "StructTreeRoot")[0] == "null":
        return False
    if data is not None and not _names_actual_text(doc, data):
        return False
    for xref in range(1, doc.xref_length()):
        try:
            if _ACTUAL_TEXT.search(doc.xref_object(xref, compressed=True)):
                return True
        except Exception:   # a damaged object: not one of the tree's
            continue
    return False


def _name_written(name: bytes) -> regex.Pattern:
    """A PDF name as a file may write it: each letter as itself or as a #xx escape."""
    return regex.compile(b"/" + b"".join(rb"(?:%s|#(?i:%02x))" % (bytes([c]), c) for c in name))


_ACTUAL_TEXT_WRITTEN, _OBJECT_STREAM = _name_written(b"ActualText"), _name_written(b"ObjStm")
_OBJECT_HEAD = regex.compile(rb"(\d+)\s+\d+\s+obj\b")


def _names_actual_text(doc: pymupdf.Document, data: bytes) -> bool:
    """Whether any object of the file may hold /ActualText: the file's bytes write the name (an
    object written plainly), or an object stream does once inflated (objects packed into streams,
    /Type /ObjStm, whose dictionaries are written plainly). A tagged document's objects are tens of
    thousands; printing each to search it (tree_actual_text) cost a tenth of the floor's reading
    of the corpus, which names ActualText nowhere. A document that writes it is searched as before."""
    if _ACTUAL_TEXT_WRITTEN.search(data):
        return True
    for found in _OBJECT_STREAM.finditer(data):
        head = None
        for head in _OBJECT_HEAD.finditer(data, max(0, found.start() - 1000), found.start()):
            pass   # the last object opened before the name: the stream's own
        if head is None:
            return True   # no object to tie it to: searched object by object
        try:
            stream = doc.xref_stream(int(head.group(1)))
        except Exception:   # a damaged object stream: its objects are searched one by one
            return True
        if stream and _ACTUAL_TEXT_WRITTEN.search(stream):
            return True
    return False


def _text_letters(tp: pymupdf.TextPage) -> Counter:
    """The letters of a text page (its plain text: a string made in MuPDF, not a dict per glyph)."""
    return Counter(filter(str.isalpha, tp.extractText()))


def _astray(read: pymupdf.TextPage, glyphs: pymupdf.TextPage, ls: Layout) -> bool:
    """Whether a page's ActualText reading (`read`) shares less than `actual_text_agreement` of its
    letters with its glyphs' reading (the larger of the two counts the share)."""
    a, g = _text_letters(read), _text_letters(glyphs)
    most = max(sum(a.values()), sum(g.values()))
    return bool(most) and sum((a & g).values()) < ls.actual_text_agreement * most


def _glyphs_if_astray(page: pymupdf.Page, raw: dict, tp: pymupdf.TextPage, ls: Layout) -> dict:
    """The page's rawdict read from its glyphs when its ActualText reading (`raw`, from the text
    page `tp`) is astray (_astray); else `raw`. The two readings are compared by their plain text:
    the glyphs' rawdict (a dict per glyph, made and walked in Python to count its letters: the
    second text pass of a tagged document that names /ActualText cost a third more than the first)
    is made only for a page read from its glyphs."""
    glyphs = page.get_textpage(flags=_GLYPH_FLAGS)
    return page.get_text("rawdict", textpage=glyphs) if _astray(tp, glyphs, ls) else raw


def reads_glyphs(page: pymupdf.Page, actual_text: bool, ls: Layout = DEFAULT.layout) -> bool:
    """Whether the page is read from its glyphs, its ActualText set aside (`_glyphs_if_astray`;
    `actual_text`: `tree_actual_text` of its document): what a page's printed letters are
    counted from."""
    return actual_text and _astray(page.get_textpage(flags=_TEXT_FLAGS), page.get_textpage(flags=_GLYPH_FLAGS), ls)


class _StrokedText(pymupdf.mupdf.FzDevice2):
    """A device told of text stroked and of nothing else (no other call is set, so MuPDF makes
    none and the page costs its interpretation only): per run of glyphs on one baseline, where
    its first and last glyph stand (page space, as the text extraction places them: `m` turns
    them as the extraction's page is turned) and the stroke's colour as the extraction writes a
    fill's (0xRRGGBB; each colour converted once)."""

    def __init__(self, m: pymupdf.Matrix | None, tol: float) -> None:
        super().__init__()
        self.use_virtual_stroke_text()
        pymupdf.mupdf.fz_enable_device_hints(self, pymupdf.mupdf.FZ_DONT_DECODE_IMAGES)
        self.m, self.tol = m, tol
        self.runs: list[tuple[float, float, float, float, int]] = []
        self.colours: dict[tuple, int] = {}

    def stroke_text(self, ctx, text, stroke, ctm, cs, color, alpha, params) -> None:  # type: ignore[no-untyped-def]
        mu = pymupdf.mupdf
        key = (mu.ll_fz_colorspace_name(cs), tuple([mu.floats_getitem(color, i) for i in range(mu.ll_fz_colorspace_n(cs))]))
        colour = self.colours.get(key)
        if colour is None:
            rgb = mu.ll_fz_convert_color(cs, color, mu.ll_fz_device_rgb(), None, params)
            colour = self.colours[key] = sum(min(max(int(v * 510 + 1) // 2, 0), 255) << k   # to the nearest,
                                             for v, k in zip(rgb, (16, 8, 0)))   # as MuPDF rounds a fill
        a, b, c, d, e, f = ctm.a, ctm.b, ctm.c, ctm.d, ctm.e, ctm.f
        if self.m is not None:
            a, b, c, d, e, f = tuple(pymupdf.Matrix(a, b, c, d, e, f) * self.m)
        span = text.head
        while span is not None:
            n = span.len
            if n:
                items = mu.FzTextSpan(span).items
                first, last = items(0), items(n - 1)
                x0, y0 = first.x * a + first.y * c + e, first.x * b + first.y * d + f
                x1, y1 = last.x * a + last.y * c + e, last.x * b + last.y * d + f
                if abs(y1 - y0) <= self.tol or abs(x1 - x0) <= self.tol:   # one line, across or down
                    self.runs.append((x0, y0, x1, y1, colour))
                else:   # a span over several lines: each glyph a run of its own
                    for i in range(n):
                        g = items(i)
                        x, y = g.x * a + g.y * c + e, g.x * b + g.y * d + f
                        self.runs.append((x, y, x, y, colour))
            span = span.next


def _stroked_bold(page: pymupdf.Page, raw: dict, shape: _PageShape, ls: Layout,
                  read: Callable[[], bytes] | None = None) -> None:
    """Convention: bold by stroking the glyphs. A word processor sets a face that has no bold
    weight (MS 明朝, MS ゴシック, UD デジタル教科書体) in bold by filling each glyph and stroking its
    outline in the same colour (text render mode 2: Word's bold), so every stroke thickens: a glyph
    filled and stroked in its own colour is set in bold, as a bold face's is. Text only stroked
    (outlined letters) or stroked in another colour than its fill (a contour) is no bold.
    The text extraction keeps one drawing of such a glyph and says nothing of the stroke, so the
    strokes are heard from a second pass over the page's content by a device that only listens
    to text stroked (_StrokedText), and only on a page whose content stream sets a mode that
    fills and strokes (a look at its bytes). A span at least half of whose visible glyphs were
    so drawn is marked bold ("stroked"). `read`: the page's content stream, as the page's reading reads it once (else
    read here)."""
    contents = (read or page.read_contents)()
    if not any(_MODE_BEFORE.match(contents, 0, tr.start()) for tr in _TR.finditer(contents)):
        return
    dev = _StrokedText(~page.rotation_matrix if shape.rotation else None, ls.stroke_origin)   # unturned, as the
    # extraction reads the page
    kept = len(pymupdf.JM_mupdf_warnings_store)   # a second pass repeats the first's warnings: drop them
    try:
        pymupdf.mupdf.fz_run_page_contents(page.this, dev, pymupdf.mupdf.FzMatrix(), pymupdf.mupdf.FzCookie())
        pymupdf.mupdf.fz_close_device(dev)
    except pymupdf.mupdf.FzErrorBase:
        return
    finally:
        pymupdf.mupdf.fz_flush_warnings()
        del pymupdf.JM_mupdf_warnings_store[kept:]
    if dev.runs:
        _mark_stroked(raw, dev.runs, ls)


def _mark_stroked(raw: dict, runs: list[tuple[float, float, float, float, int]], ls: Layout) -> None:
    """Glyphs filled in a run's colour that stand on the run (between its first and its last glyph,
    within `stroke_origin`) were stroked: a span so drawn throughout is bold ("stroked"); a span
    drawn so only in part (MuPDF joins the runs of one face and colour: 【第１４条 in bold, its caption
    not) is cut where the weight changes, each piece bold or not (a space goes with the glyph
    before it)."""
    tol, band = ls.stroke_origin, ls.overprint_band
    filed: dict[tuple[int, int], list[Box]] = {}   # the runs by colour and band of height (an index only)
    for x0, y0, x1, y1, colour in runs:
        box = (min(x0, x1) - tol, min(y0, y1) - tol, max(x0, x1) + tol, max(y0, y1) + tol)
        for b in range(int(box[1] // band), int(box[3] // band) + 1):
            filed.setdefault((colour, b), []).append(box)
    banded = {b for _, b in filed}
    for block in raw["blocks"]:
        for line in block.get("lines", ()):
            _, ly0, _, ly1 = line["bbox"]
            if not any(b in banded for b in range(int(ly0 // band), int(ly1 // band) + 1)):
                continue   # no run near the line: most lines
            pieces: list[dict] = []
            for s in line["spans"]:
                _, y0, _, y1 = s["bbox"]
                own = [r for b in range(int(y0 // band), int(y1 // band) + 1) for r in filed.get((s["color"], b), ())] \
                    if s.get("char_flags", _FILLED) & _FILLED else []
                pieces.extend(_stroked_pieces(s, own) if own else [s])
            line["spans"] = pieces


def _stroked_pieces(s: dict, own: list[Box]) -> list[dict]:
    """The span cut into pieces of glyphs stroked and not (`own`: where its colour's runs stand)."""
    drawn = _on_runs(s["chars"], own)
    if not any(drawn):
        return [s]
    if all(drawn):
        s["stroked"] = True
        return [s]
    out: list[dict] = []
    start = 0
    for i in range(1, len(drawn) + 1):
        if i == len(drawn) or drawn[i] != drawn[start]:
            piece = dict(s)
            cut_span(piece, s["chars"][start:i])
            if drawn[start]:
                piece["stroked"] = True
            out.append(piece)
            start = i
    return out


def _on_runs(chars: list[dict], own: list[Box]) -> list[bool]:
    """Which glyphs stand on a run (a space goes with the glyph before it, leading spaces with the
    first glyph). Glyphs whose first and last stand on one run all do (those between them stand on
    it too): most spans are so, and cost two looks."""
    (fx, fy), (lx, ly) = chars[0]["origin"], chars[-1]["origin"]
    if any(x0 <= fx <= x1 and y0 <= fy <= y1 and x0 <= lx <= x1 and y0 <= ly <= y1 for x0, y0, x1, y1 in own):
        return [True] * len(chars)
    marks = [None if c["c"].isspace() else any(x0 <= c["origin"][0] <= x1 and y0 <= c["origin"][1] <= y1
                                              for x0, y0, x1, y1 in own) for c in chars]
    last = next((m for m in marks if m is not None), False)
    drawn: list[bool] = []
    for m in marks:
        last = last if m is None else m
        drawn.append(last)
    return drawn


def _overprints(raw: dict, ls: Layout) -> list[str]:
    """Fake bold by overprinting (a printer driver's bold: Ghostscript/CubePDF, Word printed to
    PDF): the same glyph drawn again at an offset of a small fraction of its size is one glyph
    struck more than once, and struck so it prints bold. The first drawing (in content order) is
    kept; the copies are taken out of their spans before lines are built (so no line reads
    重要重要), and returned as text, one string per line that held copies (furniture of kind
    overprint: every letter of the text layer stays accounted for). A span most of whose glyphs
    were struck again is marked bold ("struck"); spans and lines left empty are dropped; a span's
    box and origin shrink to the glyphs it keeps.

    Only a span that overlaps an earlier one on its row is looked at glyph by glyph (_copies): most
    spans do not, and cost one look at their neighbours, here, in the loop (a span is filed by
    the band of its middle with its middle and its left and right edges, read at each look
    without asking its dict again). A glyph struck again within `near` overlaps its first
    drawing by more than half `near`: even a comma is wider than one and a half offsets."""
    rows: dict[int, list[list]] = {}   # the spans read so far, by the band of their middle: [middle, x0, x1, span]
    struck: list[str] = []
    hit: set[int] = set()
    for block in raw["blocks"]:
        if block.get("type", 0) == 0:
            _block_copies(block, rows, hit, struck, ls)
    if hit:
        _mark_struck(raw, hit)
    return struck


def _block_copies(block: dict, rows: dict[int, list[list]], hit: set[int], struck: list[str], ls: Layout) -> None:
    """The copies of glyphs struck again taken out of a text block's lines (_overprints), each
    span filed in `rows` as it is read."""
    factor, band = ls.overprint, ls.overprint_band
    struck_here = False
    for line in block["lines"]:
        copies = ""
        for s in line["spans"]:
            near = factor * s["size"]
            if near <= 0.0:   # a broken font matrix: no size to measure an offset by
                continue
            x0, y0, x1, y1 = s["bbox"]
            mid = (y0 + y1) / 2
            half = near / 2
            lo, hi = int((mid - near) // band), int((mid + near) // band)
            if lo == hi and lo not in rows:   # nothing filed at its height: most lines' first span
                met = None
            else:
                met = [e for b in range(lo, hi + 1)
                       for e in rows.get(b, ()) if abs(e[0] - mid) <= near and min(x1, e[2]) - max(x0, e[1]) > half]
            entry = [mid, x0, x1, s]
            rows.setdefault(int(mid // band), []).append(entry)
            if met:   # MuPDF starts a new line where the pen goes back: a copy never shares its first's span
                copies += _copies(s, entry, met, hit, near)
        if copies:
            _copies_out(line, copies, struck)
            struck_here = True
    if struck_here:   # a line whose glyphs were all copies is dropped: the lines listed anew only then
        block["lines"] = [ln for ln in block["lines"] if ln["spans"]]


def _copies_out(line: dict, copies: str, struck: list[str]) -> None:
    """A line some of whose glyphs were copies, taken out: they go to `struck` (one text), its spans
    left empty are dropped and its box is its spans' (_block_copies)."""
    struck.append(copies)
    refit_line(line)


def _copies(s: dict, entry: list, met: list[list], hit: set[int], near: float) -> str:
    """A span's glyphs drawn already (near a glyph of a span `met` before it, or of itself)
    taken out of it, returned as text; the glyphs they copy are marked in `hit`; the span's
    filing `entry` follows its box when it shrinks."""
    kept: dict[tuple[str, int, int], list[tuple[float, float, dict]]] = {}
    for e in met:
        for c in e[3]["chars"]:
            x, y = c["origin"]
            kept.setdefault((c["c"], int(x // near), int(y // near)), []).append((x, y, c))
    chars, copies = [], []
    for c in s["chars"]:
        x, y = c["origin"]
        key = (c["c"], int(x // near), int(y // near))
        first = _drawn_near(kept, key, x, y, near) if c["c"].strip() else None
        if first is not None:
            hit.add(id(first))
            copies.append(c["c"])
            continue
        kept.setdefault(key, []).append((x, y, c))
        chars.append(c)
    if copies:
        cut_span(s, chars)
        x0, y0, x1, y1 = s["bbox"]
        entry[0], entry[1], entry[2] = (y0 + y1) / 2, x0, x1
    return "".join(copies)


def _mark_struck(raw: dict, hit: set[int]) -> None:
    """Spans at least half of whose visible glyphs were struck again: bold."""
    for block in raw["blocks"]:
        for line in block.get("lines", ()):
            for s in line["spans"]:
                visible = [c for c in s["chars"] if c["c"].strip()]
                if visible and 2 * sum(id(c) in hit for c in visible) >= len(visible):
                    s["struck"] = True


def _drawn_near(kept: dict, key: tuple[str, int, int], x: float, y: float, near: float) -> dict | None:
    """The glyph `key[0]` drawn already within `near` of (x, y) both ways, if it was."""
    ch, gx, gy = key
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            for kx, ky, c in kept.get((ch, gx + dx, gy + dy), ()):
                if abs(kx - x) <= near and abs(ky - y) <= near:
                    return c
    return None


def _line(number: int, spans: list[Span], line: dict, m: pymupdf.Matrix | None, notes: list[Box],
          slant: float) -> Line:
    """A text line upright, marked when set at a slant or drawn by an annotation."""
    x0, y0, x1, y1 = line["bbox"] if m is None else turned(line["bbox"], m)
    dx, dy = line["dir"]
    return Line(number, spans, x0, y0, x1, y1, abs(dx) > slant and abs(dy) > slant,
                bool(notes) and _centre_inside((x0, y0, x1, y1), notes))


def _written_down_boxes(down: list[dict], number: int, m: pymupdf.Matrix | None, notes: list[Box], ls: Layout,
                        bad: list[int], sizes: dict[float, float]) -> tuple[list[Line], set[int]]:
    """Convention (縦書き decided per block, not per page: a 縦書き box — a note, a message, a column of
    text — on a page set across): glyphs written down in a font in vertical mode (MuPDF gives a line per
    glyph, written down the page) standing one under another are a column (_down_columns); columns level
    with each other, each the next one's neighbour (middles at most vertical_block em apart), are a box,
    read as one line: its columns from the right, each top to bottom. A column alone (a chapter tab, a
    chart's axis label, a table's header cell written down) is left as MuPDF reads it, one glyph to a
    line, for the conventions that read it so (furniture's thumb index, a slide's side word). The box's
    lines, and the ids of the glyph lines they take."""
    columns = _down_columns(down, m, ls)
    if len(columns) < 2:
        return [], set()
    out: list[Line] = []
    taken: set[int] = set()
    for box in _boxes(columns, ls):
        spans = []
        for column in box:
            glyphs = [(c, s) for _, line in column for s in line["spans"] for c in s["chars"]]
            chars = [_span({**s, "chars": [c], "bbox": c["bbox"]}, bad, m, sizes) for c, s in glyphs]
            x0, y0, x1, y1 = union_box([(c.x0, c.y0, c.x1, c.y1) for c in chars])
            spans.append(Span("".join(c.text for c in chars), chars[0].font, chars[0].size, x0, y0, x1, y1, y1,
                              tuple(c.char_boxes[0] for c in chars), chars[0].bold))
            taken.update(id(line) for _, line in column)
        x0, y0, x1, y1 = union_box([(sp.x0, sp.y0, sp.x1, sp.y1) for sp in spans])
        out.append(Line(number, spans, x0, y0, x1, y1, False, bool(notes) and _centre_inside((x0, y0, x1, y1), notes)))
    return out, taken


def _down_columns(down: list[dict], m: pymupdf.Matrix | None, ls: Layout) -> list[list[tuple[Box, dict]]]:
    """The page's lines of one glyph written down (`down`: its lines written down, _set_vertically), as
    columns (each glyph's box as shown, its size the box's longer side), read by geometry.down_columns. Only
    columns holding two letters or more."""
    glyphs = [(line["bbox"] if m is None else turned(line["bbox"], m), line) for line in down if _one_glyph(line)]
    columns = [[glyphs[k] for k in c] for c in down_columns([(b, max(b[2] - b[0], b[3] - b[1])) for b, _ in glyphs], ls)]
    return [c for c in columns if sum(bool(line["spans"][0]["chars"][0]["c"].strip()) for _, line in c) >= 2]


def _boxes(columns: list[list[tuple[Box, dict]]], ls: Layout) -> list[list[list[tuple[Box, dict]]]]:
    """Columns side by side as 縦書き boxes, each box's columns from the right: a column joins the box of the
    column right of it when their middles are at most vertical_block em apart and their heights overlap.
    Only boxes of two columns or more."""
    def middle(c: list[tuple[Box, dict]]) -> float:
        return (c[0][0][0] + c[0][0][2]) / 2

    boxes: list[list[list[tuple[Box, dict]]]] = []
    for column in sorted(columns, key=middle, reverse=True):
        top, foot = column[0][0][1], column[-1][0][3]
        size = column[0][0][2] - column[0][0][0]
        box = next((b for b in boxes if 0.0 < middle(b[-1]) - middle(column) <= ls.vertical_block * size
                    and b[-1][0][0][1] < foot and top < b[-1][-1][0][3]), None)
        if box is None:
            boxes.append([column])
        else:
            box.append(column)
    return [b for b in boxes if len(b) >= 2]


def _heading_of(line: dict, m: pymupdf.Matrix | None) -> tuple[float, float]:
    """The direction a line is written in, as the page is read through `m` (its own space when None)."""
    dx, dy = line["dir"]
    return (dx, dy) if m is None else (dx * m.a + dy * m.c, dx * m.b + dy * m.d)


def _set_vertically(lines: list[dict], shape: _PageShape, ls: Layout) -> tuple[frozenset[int], list[dict]]:
    """Convention (縦書き: a bill and its 理由 as submitted to the Diet, a 告示 in the 官報's style, an older
    条例, a speech, a treaty's text): a page set vertically writes its lines top to bottom and reads its
    columns from the right. Its glyphs are written down the page in a font in vertical mode (Identity-V:
    MuPDF gives a line per glyph, each written down the page), or turned a quarter, or set one by one,
    upright, each below the one before in a font set across (a typesetting system's vertical layout:
    MuPDF gives a line per glyph, each set across; _stacked). A page is so set when more than
    vertical_share of its letters are written down so; a horizontal page's few stacked labels (a
    table's header cell written down, a stamp) leave it as it is. `lines`: the page's text lines
    (_raw_text). The lines (their ids) whose
    glyphs are read as the columns' glyphs, or none for a page set across; and the page's lines
    written down (the 縦書き boxes of a page set across are read from them, _written_down_boxes: the
    page's lines are looked at once for it, not twice). Most pages write no line down and set few
    glyphs alone on a line, and are passed after a look at each line."""
    m = shape.matrix
    down = _lines_down(lines, m, ls)
    seen = set(map(id, down))
    alone = [line for line in lines if id(line) not in seen and _one_glyph(line)]
    if not down and len(alone) < ls.vertical_share * len(lines):
        return frozenset(), down
    written = down + _stacked(alone, m, ls)
    columns = frozenset(map(id, written)) if _letters(written) > ls.vertical_share * _letters(lines) else frozenset()
    return columns, down


def _glyph_rules(raw: dict, lines: list[dict], shape: _PageShape, ls: Layout) -> tuple[list[dict], list[Rule]]:
    """Convention: a typesetting system may set a rule as type — a gazette's (官報) dotted rule between
    columns is a line font's dot repeated down the page; a word processor's 罫 characters (│ ─) make
    one too. A line of one mark (no letter, no digit) repeated at least glyph_rule_glyphs times,
    written across the direction of most of the page's letters and over glyph_rule_span of the page's
    side along it, is such a rule: it leaves the text (taken out of `raw` too) and stands as a rule
    (in the page's own space, turned as the drawn rules are: _rules). A leader's dots run along the
    line they lead, and a stacked label is short: neither is one."""
    rect = shape.rect
    width, height = (rect.height, rect.width) if shape.rotation % 180 else (rect.width, rect.height)
    typed = _across_the_letters([line for line in lines if _typed_rule(line, width, height, ls)], lines)
    if not typed:
        return lines, []
    gone = set(map(id, typed))
    for block in raw["blocks"]:
        if block.get("type", 0) == 0:
            block["lines"] = [line for line in block["lines"] if id(line) not in gone]
    return [line for line in lines if id(line) not in gone], [_rule_of(line, ls) for line in typed]


def _along_x(line: dict) -> bool:
    return abs(line["dir"][0]) >= abs(line["dir"][1])


def _across_the_letters(typed: list[dict], lines: list[dict]) -> list[dict]:
    """Those of `typed` written across the direction that holds most of the page's letters."""
    if not typed:
        return []
    letters: Counter[bool] = Counter()
    for line in lines:
        letters[_along_x(line)] += sum(map(len, map(_CHARS, line["spans"])))
    page_across = letters[True] >= letters[False]
    return [line for line in typed if _along_x(line) != page_across]


def _rule_of(line: dict, ls: Layout) -> Rule:
    """The rule a line of marks draws: along its middle, from its first mark to its last."""
    x0, y0, x1, y1 = line["bbox"]
    if _along_x(line):
        return Rule(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2, ls.glyph_rule_width)
    return Rule((x0 + x1) / 2, y0, (x0 + x1) / 2, y1, ls.glyph_rule_width)


def _typed_rule(line: dict, width: float, height: float, ls: Layout) -> bool:
    """The line is one mark repeated, long enough to be a rule (_glyph_rules: its direction is asked there).
    A line whose first character is a letter, a digit or a space is none: asked first, by that one
    character, before the line's characters are gathered (most lines open with a letter)."""
    spans = line["spans"]
    first = spans[0]["chars"][0]["c"] if spans and spans[0]["chars"] \
        else next((c["c"] for span in spans for c in span["chars"]), None)
    if first is None or unicodedata.category(first)[0] in "LNZ":
        return False
    along_x = _along_x(line)
    if sum(map(len, map(_CHARS, line["spans"]))) < ls.glyph_rule_glyphs:
        return False
    marks = [c["c"] for span in line["spans"] for c in span["chars"]]
    if len(marks) < ls.glyph_rule_glyphs or len(set(marks)) != 1 or unicodedata.category(marks[0])[0] in "LNZ":
        return False
    x0, y0, x1, y1 = line["bbox"]
    return (x1 - x0 if along_x else y1 - y0) >= ls.glyph_rule_span * (width if along_x else height)


def _text_lines(raw: dict) -> list[dict]:
    """The lines of the page's text blocks, in order."""
    return [line for block in raw["blocks"] if block.get("type", 0) == 0 for line in block["lines"]]


def _lines_down(lines: list[dict], m: pymupdf.Matrix | None, ls: Layout) -> list[dict]:
    """The lines written down the page as it is shown through `m` (_written_down)."""
    if m is None:   # the page's own space: a line's direction read as it is (_heading_of)
        slant = ls.slant
        return [line for line in lines if abs(line["dir"][0]) <= slant and line["dir"][1] > 0]
    return [line for line in lines if _written_down(_heading_of(line, m), ls)]


def _one_glyph(line: dict) -> bool:
    """The line holds one glyph (_letters of it is 1); most lines hold one span, read without a sum."""
    spans = line["spans"]
    return len(spans[0]["chars"]) == 1 if len(spans) == 1 else sum(len(s["chars"]) for s in spans) == 1


def _letters(lines: list[dict]) -> int:
    return sum(len(s["chars"]) for line in lines for s in line["spans"])


def _stacked(alone: list[dict], m: pymupdf.Matrix | None, ls: Layout) -> list[dict]:
    """Of the lines holding one glyph, those set one below another down a column, as the page is shown: read
    into columns as every column written down is (geometry.down_columns: the glyph right below, its middle across
    within vertical_align em of this one's either way, its top at most vertical_pitch em below this one's), the
    glyphs of a column of two or more are stacked."""
    placed = []
    for line in alone:
        size = max((s["size"] for s in line["spans"]), default=0.0)
        if size > 0.0:
            placed.append((line["bbox"] if m is None else turned(line["bbox"], m), size, line))
    columns = down_columns([(box, size) for box, size, _ in placed], ls)
    return [placed[k][2] for c in columns if len(c) >= 2 for k in c]


def _written_down(heading: tuple[float, float], ls: Layout) -> bool:
    return abs(heading[0]) <= ls.slant and heading[1] > 0


_Glyph = tuple[Box, str, tuple[str, float, bool], float]   # a glyph as read turned: its box, its letter, its span's
# style, and how far its baseline stands above its box's foot


def _set_across(box: Box, s: dict) -> tuple[Box, float]:
    """A glyph written down, turned, boxed as a glyph of its font set across is: the em across its column
    widened to the font's ascender and descender about the column's middle (MuPDF boxes a line set across
    so: 1.2 em for most Japanese faces, where a column's glyph is 1 em wide), and its baseline's rise above the
    box's foot (the descender); so the white between two columns is measured as between two lines."""
    size, ascender, descender = s["size"], s.get("ascender", 1), s.get("descender", 0)
    middle, half = (box[1] + box[3]) / 2, max(ascender - descender, 0.0) * size / 2
    if half <= 0.0:
        return box, 0.0
    return (box[0], middle - half, box[2], middle + half), -descender * size


def _vertical_lines(raw: dict, columns: frozenset[int], number: int, m: pymupdf.Matrix, notes: list[Box],
                    ls: Layout, bad: list[int]) -> list[Line]:
    """The lines of a page set vertically (_set_vertically), read turned through `m` (the page shown
    upright, then a quarter turn: x' = y, y' = width - x): every glyph of a line written down the
    page (`columns`: those lines' ids) is placed in the turned frame, where a column is a row of glyphs
    (_rows); a row is one Line, its glyphs in reading order (the column top to bottom), cut where two
    glyphs stand further apart than vertical_gap (a signature at the column's foot). A piece of text
    set across inside a column (縦中横: the digits of 12 side by side, at most vertical_across of the
    column's em) is read in its place in the column. Any other text set across (a page number, a
    running head) is a line of its own, its box turned with the page, its letters in their order: no
    letter is dropped."""
    glyphs: list[_Glyph] = []
    across: list[dict] = []
    for block in raw["blocks"]:
        for line in block.get("lines", ()) if block.get("type", 0) == 0 else ():
            if id(line) not in columns:   # a line set across (a page number, the digits of 縦中横)
                across.append(line)
                continue
            for s in line["spans"]:
                font, bold = _style(s)
                key = (font, round(s["size"], 2), bold)
                glyphs.extend((box, c["c"], key, rise) for c in s["chars"] for box, rise in [_set_across(turned(c["bbox"], m), s)])
    rows = _rows(glyphs)
    out: list[Line] = []
    sizes: dict[float, float] = {}   # the page's type sizes, rounded (_rounded)
    for line in across:
        if not _in_a_column(line, rows, m, ls):
            spans = [_span(s, bad, m, sizes) for s in line["spans"] if s["chars"]]
            if spans:
                out.append(_line(number, spans, line, m, notes, ls.slant))
    return [ln for _, _, row in rows for ln in _column_lines(number, row, notes, ls, bad)] + out


def _column_lines(number: int, row: list[_Glyph], notes: list[Box], ls: Layout, bad: list[int]) -> list[Line]:
    """A column's glyphs (a row, turned) in reading order, as lines: cut where two glyphs stand further apart
    than vertical_gap em."""
    row.sort(key=lambda g: g[0][0])
    out: list[Line] = []
    start = 0
    for k in range(1, len(row) + 1):
        if k == len(row) or row[k][0][0] - row[k - 1][0][2] > ls.vertical_gap * max(row[k][2][1], row[k - 1][2][1]):
            out.append(_column_line(number, row[start:k], notes, bad))
            start = k
    return out


def _rows(glyphs: list[_Glyph]) -> list[list]:
    """The glyphs read turned as rows [y0, y1, glyphs] from the top (the columns from the right): a glyph
    whose middle lies within the row's height so far is of that row."""
    rows: list[list] = []
    for g in sorted(glyphs, key=lambda g: ((g[0][1] + g[0][3]) / 2, g[0][0])):
        middle = (g[0][1] + g[0][3]) / 2
        if rows and rows[-1][0] <= middle <= rows[-1][1]:
            rows[-1][2].append(g)
            rows[-1][0], rows[-1][1] = min(rows[-1][0], g[0][1]), max(rows[-1][1], g[0][3])
        else:
            rows.append([g[0][1], g[0][3], [g]])
    return rows


def _in_a_column(line: dict, rows: list[list], m: pymupdf.Matrix, ls: Layout) -> bool:
    """A line set across that stands inside a column (縦中横: its middle within the column's row, its
    width at most vertical_across em of the column's glyphs, within vertical_gap of them) is read there:
    its letters added to the row in their order, each a share of its box along the column."""
    x0, y0, x1, y1 = turned(line["bbox"], m)
    middle = (y0 + y1) / 2
    row = next((r for r in rows if r[0] <= middle <= r[1] and y1 - y0 <= ls.vertical_across * r[2][0][2][1]
                and min(g[0][0] for g in r[2]) - ls.vertical_gap * r[2][0][2][1] <= x0
                and x1 <= max(g[0][2] for g in r[2]) + ls.vertical_gap * r[2][0][2][1]), None)
    if row is None:
        return False
    chars = [(c["c"], _style(s), s["size"]) for s in line["spans"] for c in s["chars"]]
    step, rise = (x1 - x0) / max(len(chars), 1), row[2][0][3]
    row[2].extend(((x0 + k * step, row[0], x0 + (k + 1) * step, row[1]), c, (font, round(size, 2), bold), rise)
                  for k, (c, (font, bold), size) in enumerate(chars))
    return True


def _column_line(number: int, glyphs: list[_Glyph], notes: list[Box], bad: list[int]) -> Line:
    """One column's run of glyphs (read turned, in reading order) as a Line: a span per run of one style,
    all on the run's baseline (_set_across: where a line of its font set across would stand)."""
    base = max(g[0][3] - g[3] for g in glyphs)
    spans: list[Span] = []
    start = 0
    for k in range(1, len(glyphs) + 1):
        if k == len(glyphs) or glyphs[k][2] != glyphs[start][2]:
            run = glyphs[start:k]
            text = "".join(g[1] for g in run)
            if _UNWRITABLE.search(text):
                bad[0] += 1
                text = _UNWRITABLE.sub("\ufffd", text)
            font, size, bold = run[0][2]
            x0, y0, x1, y1 = union_box([g[0] for g in run])
            spans.append(Span(text, font, size, x0, y0, x1, y1, base, tuple(g[0] for g in run), bold))
            start = k
    box = union_box([(s.x0, s.y0, s.x1, s.y1) for s in spans])
    return Line(number, spans, *box, False, bool(notes) and _centre_inside(box, notes))


def _sideways(page: pymupdf.Page, ls: Layout) -> bool:
    """A page with /Rotate whose text runs upright in the page's own space (so a viewer shows it
    sideways: a wrong /Rotate, not a landscape page drawn turned): most of its letters on lines
    along the unrotated x axis."""
    along = across = 0
    for block in page.get_text("dict", flags=pymupdf.TEXT_MEDIABOX_CLIP)["blocks"]:
        for line in block.get("lines", []):
            n = sum(len(s["text"].strip()) for s in line["spans"])
            if abs(line["dir"][1]) < ls.slant:
                along += n
            else:
                across += n
    return along > ls.sideways_share * max(along + across, 1)


def _turned_across(page: pymupdf.Page, shape: _PageShape, lines: list[dict], ls: Layout) -> _PageShape:
    """The page's shape, turned as /Rotate 90 shows it where it has no /Rotate and is printed
    across (_printed_across): the page's rotation set so in memory, as for a page shown sideways."""
    if shape.rotation or not _printed_across(lines, ls):
        return shape
    page.set_rotation(90)
    return replace(_PageShape.of(page), across=True)


def _printed_across(lines: list[dict], ls: Layout) -> bool:
    """Convention (a wide table printed on a portrait page turned a quarter: a 要件 table of a
    申請の手引き, a landscape sheet placed on an A4 page with no /Rotate): most of the page's letters
    (the share that decides a /Rotate page sideways, _sideways) are on lines running UP the page —
    no script is written upward, so the page is set across and reads turned a quarter clockwise,
    as /Rotate 90 shows it. `lines`: the page's text lines (_raw_text). Letters are counted only on
    a page with a line running up (most pages have none)."""
    if not any(abs(line["dir"][0]) <= ls.slant and line["dir"][1] < 0 for line in lines):
        return False
    up = total = 0
    for line in lines:
        n = sum(1 for s in line["spans"] for c in s["chars"] if not c["c"].isspace())
        total += n
        if abs(line["dir"][0]) <= ls.slant and line["dir"][1] < 0:
            up += n
    return up > ls.sideways_share * max(total, 1)


def _text_layer(page: pymupdf.Page, number: int, lines: list[Line], warnings: list[tuple[int | None, str, str]],
                ls: Layout, placed: Callable[[], list[Box]], ocr: bool = False) -> None:
    """A warning when the page's text is empty or far below its images' area (a scanned page):
    its words are pixels the datasets cannot hold. Images are looked at only on pages whose
    text is that sparse (their boxes, never their pixels). Convention (below24): a page whose text
    is an OCR layer over its picture (`ocr`, Page.ocr) has been read by the OCR — a page of
    photographs or a map carries few words, and those are read —: a note, not no_text_layer."""
    crop = page.cropbox
    area = crop.width * crop.height
    text = sum((ln.x1 - ln.x0) * (ln.y1 - ln.y0) for ln in lines)
    if area <= 0 or text >= ls.scan_text_ratio * area:
        return
    clip = pymupdf.Rect(0, 0, crop.width, crop.height)
    images = min(area, sum(abs(pymupdf.Rect(box) & clip) for box in placed()))
    if images >= ls.scan_image_share * area and text < ls.scan_text_ratio * images and ocr:
        warnings.append((number, "ocr_found_few_words", f"an image covers {images / area:.0%} of the page and its OCR "
                                                        "layer carries few words (photographs, a map?): those read"))
    elif images >= ls.scan_image_share * area and text < ls.scan_text_ratio * images:
        warnings.append((number, "no_text_layer", f"no text layer: scanned? an image covers {images / area:.0%} of "
                                                  "the page and it carries almost no text; run OCR on the file "
                                                  "(e.g. ocrmypdf --language jpn) and give the OCR'd PDF"))


@dataclass(frozen=True, slots=True)
class _PageShape:
    """What the page's rules and lines are both read with, asked of MuPDF once per page (each
    ask is a call through PyMuPDF's page object): its box, its /Rotate and the matrix that turns
    it upright (None when it is not turned), and whether it has annotations or form fields."""
    rect: pymupdf.Rect
    rotation: int
    matrix: pymupdf.Matrix | None
    annotated: bool
    frame: pymupdf.Rect   # the page as read: its box shown upright, or turned when set vertically
    vertical: bool = False
    columns: frozenset[int] = frozenset()   # set vertically: the ids of the lines read as its columns' glyphs
    across: bool = False   # set across, read as /Rotate 90 shows it (_turned_across)

    @property
    def turned(self) -> bool:
        """Read turned a quarter: set vertically, or set across."""
        return self.vertical or self.across

    @staticmethod
    def of(page: pymupdf.Page) -> _PageShape:
        rotation = page.rotation
        return _PageShape(page.rect, rotation, page.rotation_matrix if rotation else None,
                          page.first_annot is not None or page.first_widget is not None, page.rect)

    def set_vertically(self, columns: frozenset[int]) -> _PageShape:
        """The page read turned a quarter (_vertical_lines): shown upright, then x' = y, y' = width - x,
        so its rightmost column is its top row and a column read down is a row read across."""
        turn = pymupdf.Matrix(0, -1, 1, 0, 0, self.rect.width)
        m = turn if self.matrix is None else self.matrix * turn
        return _PageShape(self.rect, self.rotation, m, self.annotated,
                          pymupdf.Rect(0, 0, self.rect.height, self.rect.width), True, columns)


def _invisible(raw: dict) -> bool:
    """Whether the page's first text span is set in invisible glyphs (render mode 3): only then is the
    page asked whether its text is an OCR layer over a scan (ocr_layer.is_ocr_layer)."""
    return next((s.get("alpha", 255) == 0 for b in raw["blocks"] if b.get("type", 0) == 0
                 for ln in b["lines"] for s in ln["spans"] if s["chars"]), False)


def _pictures(page: pymupdf.Page, shape: _PageShape, placed: Callable[[], list[Box]]) -> list[Box]:
    """Where the page's pictures stand, upright: what is read from them is a cover's title drawn
    as an image (the first page) and a slide's title band (a page set wider than tall), so they
    are placed (get_image_info, a second pass over the page's content) on those pages only, and
    only when the page's resources name an XObject or are inherited (a page whose own resources
    name none places no picture; an inline image in the content stream is not looked for).
    Never decoded."""
    doc = page.parent
    if page.number > 0 and shape.rect.width <= shape.rect.height:
        return []
    if (doc.xref_get_key(page.xref, "Resources/XObject")[0] == "null"
            and doc.xref_get_key(page.xref, "Resources")[0] != "null"):
        return []
    m = shape.matrix or pymupdf.Identity
    return [turned(box, m) for box in placed()]


def _images_only(shapes: list[Pixels | None] | None, placed: Callable[[], list[Box]]) -> Callable[[], list[Box] | None]:
    """Where the page's pictures stand (unturned), asked only when needed (painted_over.unprinted), when every XObject
    its own resources name is an image (_page_xobjects: None for a form, which may paint anything): [] when they name
    none, None when a form is among them."""
    return lambda: [] if shapes is None else placed() if None not in shapes else None


def _placed(page: pymupdf.Page, tp: pymupdf.TextPage | None = None) -> list[Box]:
    """Where the page's images are placed (unturned), in content order: the image blocks of a
    text page that keeps images, as get_image_info lists them, their boxes only (get_image_info
    also asks MuPDF, through one Python call each, for every image's colour space, mask,
    resolution and matrix, which nothing here reads: a page of four thousand small pictures
    spent 0.2 s on it). The blocks are walked as MuPDF links them (first_block, next): iterating
    the text page wraps each block in a Python object and compares it with the end at each
    step, three times the cost of the walk on a page of thousands of pictures. `tp`: the page's
    text page that keeps images, if made already."""
    tp = page.get_textpage(flags=pymupdf.TEXT_PRESERVE_IMAGES) if tp is None else tp
    out: list[Box] = []
    block = tp.this.m_internal.first_block
    while block is not None:
        if block.type != pymupdf.mupdf.FZ_STEXT_BLOCK_TEXT:
            r = block.bbox
            out.append((r.x0, r.y0, r.x1, r.y1))
        block = block.next
    return out


# MuPDF's warnings that say nothing of the text being lost: each a note of its own, never damaged_pdf (an error:
# "text may be missing"). The outline (the bookmarks, read for the contents alone) repaired on opening; a font
# not embedded, its codes read through the character collection it names (Adobe-Japan1: MS-Mincho set with
# Identity-H by a court's or a ministry's PDF maker; a viewer reads them so too); a font whose ascent and descent
# are bogus (a PDF maker's broken font, often for its spaces), which MuPDF replaces by its own (0.8 / -0.2 of the
# size): the glyphs and their codes are read as printed (below24)
_NOT_DAMAGE = ((regex.compile(r"\boutlines?\b", regex.IGNORECASE), "damaged_outline"),
               (regex.compile(r"^non-embedded font using identity encoding: .+ \(mapping via [\w-]+\)$"), "font_by_collection"),
               (regex.compile(r"(?m)^bogus font \(.*\) ascent/descent values \(.*\)$"), "font_metrics_replaced"))
# An OCR engine's text layer (PaperStream / PFUPDF: GlyphLessFont, Identity-H) writes its ToUnicode CMap with one
# codespace range per run of codes it used, hundreds of them; MuPDF keeps 40 and says "too many code space ranges";
# another PDF maker writes its ToUnicode CMap's mappings with no codespace range at all, and MuPDF says "CMap is
# missing codespace range" and assumes one (below24). A ToUnicode CMap's codespace splits no string (the font's
# Encoding does: Identity-H, two bytes a code), so no text is lost — unless a font on the page encodes its text
# through an embedded CMap stream, whose capped or assumed codespace would split the strings wrongly: only on a page
# with none is either a note.
_CODESPACE = ((regex.compile(r"too many code space ranges"), "cmap_codespace_capped"),
              (regex.compile(r"(?m)^CMap is missing codespace range$"), "cmap_codespace_missing"))


_REPEATED = regex.compile(r"^\.\.\. repeated \d+ times\.\.\.$")


def _with_repeats(lines: list[str]) -> list[str]:
    """MuPDF's warning lines, its "... repeated N times..." (the count of the line before, said again) joined to
    that line: a repeat is of the warning it follows, never a warning of its own."""
    out: list[str] = []
    for line in lines:
        if out and _REPEATED.match(line):
            out[-1] += "\n" + line
        else:
            out.append(line)
    return out


def _encoded_by_name(page: pymupdf.Page) -> bool:
    """Whether no font on `page` (its Form XObjects' too) takes its Encoding from an embedded CMap stream."""
    doc = page.parent
    return all(doc.xref_get_key(font[0], "Encoding")[0] != "xref" or font[2] != "Type0"
               for font in page.get_fonts(full=True))


def _codespace_by_name(page: pymupdf.Page, said: str) -> bool:
    """Whether MuPDF said a codespace warning (_CODESPACE) on `page` and its fonts take their Encoding by name
    (_encoded_by_name, asked only then)."""
    return any(pattern.search(said) for pattern, _ in _CODESPACE) and _encoded_by_name(page)


def _mupdf_said(page: int | None, said: str, warnings: list[tuple[int | None, str, str]],
                encoded_by_name: bool = False) -> None:
    """MuPDF's warnings on opening the file (`page` None) or on reading a page, kept: damaged_pdf, but for
    the lines of _NOT_DAMAGE (and _CODESPACE on a page whose fonts are `encoded_by_name`), each kept
    under its own code."""
    lines = _with_repeats(said.splitlines())
    for pattern, what in _NOT_DAMAGE + (_CODESPACE if encoded_by_name else ()):
        if mine := [w for w in lines if pattern.search(w)]:
            warnings.append((page, what, _UNWRITABLE.sub("\ufffd", "\n".join(mine)[:300])))
            lines = [w for w in lines if not pattern.search(w)]
    if lines:
        warnings.append((page, "damaged_pdf", _UNWRITABLE.sub("\ufffd", "\n".join(lines)[:300])))


def _scan_rules(page: pymupdf.Page, raw: dict, shape: _PageShape, rules: list[Rule], figure_shapes: list[tuple[str, Box]],
                ls: Layout) -> tuple[list[Rule], list[tuple[str, Box]]]:
    """An OCR'd scan's rules and figure shapes with those read from its picture (scan_rules: whatever was ruled on
    the paper is pixels), unless it is read turned (its frame is then no longer the page as rendered)."""
    if shape.turned:
        return rules, figure_shapes
    from extractors.scan_rules import picture_rules   # numpy (~70 ms to import) only for a run that meets a scan
    drawn, rounded = picture_rules(page, ocr_letter(raw, ls), ls)
    return rules + drawn, figure_shapes + rounded


def _inks(page: pymupdf.Page, lines: list[Line], ocr: bool, shape: _PageShape, ls: Layout) -> list[Line]:
    """An OCR'd scan's lines with those printed in another ink marked (scan_rules.picture_inks), unless it is read
    turned (its frame is then no longer the page as rendered); any other page's as read."""
    if not ocr or shape.turned:
        return lines
    from extractors.scan_rules import picture_inks   # (numpy: imported by _scan_rules already)
    return picture_inks(page, lines, ls)


def _read_pages(doc: pymupdf.Document, count: int, path: str, data: bytes,
                pages: list[Page], ls: Layout) -> tuple[list[Page], list[tuple[int | None, str, str]]]:
    """The pages read into `pages` (filled as it goes: a failure shows how far it got)."""
    warnings: list[tuple[int | None, str, str]] = []
    _mupdf_said(None, pymupdf.TOOLS.mupdf_warnings(), warnings)
    sizes: dict[int, Pixels | None] = {}   # XObjects' pixels, by xref (_page_xobjects)
    actual_text = tree_actual_text(doc, data)
    numerals: list[Numeral] = []   # pictures of one digit before a line (picture_labels), decided over the document
    for i in range(count):
        pymupdf.TOOLS.reset_mupdf_warnings()
        page = doc[i]
        shape = _PageShape.of(page)
        if shape.rotation and _sideways(page, ls):
            warnings.append((i + 1, "rotated_over_text", f"/Rotate {shape.rotation} turns the page's upright text "
                                                         "sideways in a viewer; read in the text's own direction"))
            page.set_rotation(0)
            shape = _PageShape.of(page)
        raw, text_lines = _raw_text(page, i + 1, path, actual_text, warnings, ls)
        contents = functools.cache(page.read_contents)   # the page's content stream, read once: by the stroked look
        # (_stroked_bold) and the white glyphs' check (painted_over._paths_only) alike
        images = functools.cache(functools.partial(page.get_textpage, flags=pymupdf.TEXT_PRESERVE_IMAGES))   # one pass
        # over the page's content keeping its images, made only if asked: by the strips, the pictures, the scan
        # check and the white glyphs (their boxes, placed) and by the picture labels (those of a label's size) alike
        placed = functools.cache(lambda: _placed(page, images()))
        shapes = _page_xobjects(page, sizes)
        drawn, text_lines = _shown_drawings(page, raw, text_lines, ls, warnings)
        text_lines = _printed_lines(page, raw, text_lines, drawn[0], ls, warnings, _images_only(shapes, placed), contents)
        shape = _turned_across(page, shape, text_lines, ls)
        text_lines, typed = _glyph_rules(raw, text_lines, shape, ls)
        columns, down = _set_vertically(text_lines, shape, ls)
        if columns:
            shape = shape.set_vertically(columns)
        rect = shape.frame
        rules, edges, panels, figure_shapes = _rules(page, warnings, ls, shape, shapes, placed, drawn, typed)
        ocr = not columns and (_invisible(raw) and is_ocr_layer(raw, rect, placed(), ls) or is_traced_type(raw, ls))
        overprints: list[str] = []   # copies struck again; on an OCR'd page its second readings first (ocr_layer)
        specks = as_read_by_ocr(raw, ls, overprints) if ocr else []
        if ocr:   # the OCR's runs of letters read down are read across again (ocr_layer): its lines listed anew
            down = _lines_down(_text_lines(raw), shape.matrix, ls)
            rules, figure_shapes = _scan_rules(page, raw, shape, rules, figure_shapes, ls)
            specks += rules_read_as_marks(raw, rules, ls)   # (the stretches of rules the OCR read as dashes and bars)
        lines = _inks(page, _lines(page, raw, i + 1, warnings, ls, overprints, shape, down, contents), ocr, shape, ls)
        if not shape.vertical:
            lines = with_picture_labels(page, lines, ls, shapes, images, numerals)
        pictures = _pictures(page, shape, placed)
        pages.append(Page(i + 1, rect.width, rect.height, lines, rules, edges, overprints, pictures, panels, figure_shapes,
                          ocr, shape.turned, specks, shape.across))
        _text_layer(page, i + 1, lines, warnings, ls, placed, ocr)
        said = pymupdf.TOOLS.mupdf_warnings()
        if (i + 1, "actual_text_astray") in {w[:2] for w in warnings}:   # MuPDF's word on the ActualText set aside
            said = "\n".join(w for w in said.splitlines() if "ActualText" not in w)
        _mupdf_said(i + 1, said, warnings, _codespace_by_name(page, said))
    numbered_in_series(pages, numerals, ls)
    return pages, warnings


def covered_letters(page: pymupdf.Page, ls: Layout) -> str:
    """The letters of the page's text layer the page does not show: those an opaque box painted after them hides
    (painted_over.covered_text of the page's paths as _drawings reads them, the reading `_shown_drawings` takes them out
    of) and those set in white that show nothing (painted_over.unprinted_text, what `_printed_lines` takes out)."""
    return covered_text(page, _drawings(page)[0], ls) + unprinted_text(page, ls)


def _shown_drawings(page: pymupdf.Page, raw: dict, text_lines: list[dict], ls: Layout,
                    warnings: list[tuple[int | None, str, str]]) -> tuple[tuple[list[dict], list[dict]], list[dict]]:
    """The page's paths and clips (_drawings) and its text lines as a viewer shows them: what an opaque white box
    painted later covers wholly (painted_over: a drawing pasted over an earlier copy of itself) taken out of both.
    The letters taken out go to problems.csv (text_painted_over, with the letters themselves): not shown, yet in
    the text layer, so never dropped silently."""
    drawings, clips = _drawings(page)
    under = covers(page, drawings, ls)
    if not under:
        return (drawings, clips), text_lines
    drawings = shown_drawings(drawings, under, ls)
    hidden = hide_text(page, raw, under, ls)
    if not hidden:
        return (drawings, clips), text_lines
    warnings.append((page.number + 1, "text_painted_over", f"{len(hidden)} letters of the text layer lie under an "
                     f"opaque box painted after them (not shown, so not read): {hidden}"))
    return (drawings, clips), _text_lines(raw)


def _printed_lines(page: pymupdf.Page, raw: dict, text_lines: list[dict], drawings: list[dict], ls: Layout,
                   warnings: list[tuple[int | None, str, str]],
                   pictures: Callable[[], list[Box] | None] | None = None,
                   contents: Callable[[], bytes] | None = None) -> list[dict]:
    """The page's text lines without the glyphs set in white that show nothing (painted_over.hide_unprinted: a note
    typed in white on the white page). The letters taken out go to problems.csv (text_unprinted, with the letters
    themselves): in the text layer, yet not printed, so never dropped silently. `drawings`: the page's paths as
    shown (`_shown_drawings`): a white glyph over a band they show prints, asked of no render; `pictures`: where the
    page's pictures stand, if it places images only (_images_only): one over no picture prints there too; `contents`:
    the page's content stream, read once a page."""
    hidden = hide_unprinted(page, raw, ls, drawings, pictures, contents)
    if not hidden:
        return text_lines
    warnings.append((page.number + 1, "text_unprinted", f"{len(hidden)} letters of the text layer are set in white "
                     f"and show nothing on the page (not printed, so not read): {hidden}"))
    return _text_lines(raw)


def read_pdf(path: str, *, first_pages: int | None = None, settings: Settings = DEFAULT) -> SourceDoc:
    """Read a PDF into a SourceDoc (all pages, or only the first few: enough for its cover),
    or raise InputError with the line to show the user."""
    pymupdf.mupdf.fz_flush_warnings()   # a repeat count MuPDF holds from an earlier document (a forked
    pymupdf.TOOLS.reset_mupdf_warnings()   # worker inherits its parent's) is no warning of this one
    doc, data = _open(path)
    count = doc.page_count
    pages: list[Page] = []
    try:
        with gc_paused():
            pages, warnings = _read_pages(doc, min(count, first_pages or count), path, data, pages, settings.layout)
        meta = doc.metadata or {}
        info = {k: _UNWRITABLE.sub("\ufffd", str(meta.get(k) or "")).strip() for k in ("title", "author")}
        outline = [(int(e[0]), _UNWRITABLE.sub("\ufffd", str(e[1])), int(e[2])) for e in doc.get_toc()[:5000]] \
            if first_pages is None else []
    except InputError as exc:
        raise InputError(str(exc), head_read=bool(pages)) from None
    except MemoryError:
        raise InputError(f"{path}: over the memory budget of {budgets.WORKER_MEMORY_BYTES // 2**20} MB while "
                         "reading it (streams that inflate without bound?); the file is not read", bool(pages)) from None
    except Exception as exc:
        if "memory" in str(exc).lower() or "malloc" in str(exc).lower():
            raise InputError(f"{path}: over the memory budget of {budgets.WORKER_MEMORY_BYTES // 2**20} MB "
                             "while reading it (streams that inflate without bound?); the file is not read",
                             bool(pages)) from None
        raise InputError(f"{path}: the PDF could not be read past its start ({exc}); it may be truncated, "
                         "download it again", bool(pages)) from None
    finally:
        doc.close()
    pages = with_table_rules(at_one_size(pages, settings.layout), settings)
    src = SourceDoc(path, os.path.basename(path), sha256_of(data), len(data), count, pages, warnings, outline,
                    info=info)
    if first_pages is None and not any(ln.text.strip() for p in pages for ln in p.lines):
        raise InputError(f"{path}: the PDF has no text layer (a scan?); run OCR on it first (e.g. ocrmypdf --language jpn) "
                         "and give the OCR'd PDF", head_read=True)
    return src
