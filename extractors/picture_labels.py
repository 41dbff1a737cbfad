"""Labels printed as pictures. A word processor that cannot embed the font of its list numbers
may export each number as a small raster image left of its line (1) カタログ, where the text
layer holds カタログ only). Convention: a picture no taller than its line, standing right before
the line on its row, whose ink splits into glyphs that each print as one of the few a label is
made of (digits, brackets, a full stop), is the line's label when what it reads is a label of a
numbering system (numbering.PICTURE_LABEL: 1), (1), 1.). The glyphs are matched against the
same glyphs drawn in PyMuPDF's base faces (serif, sans, mono; drawn once per process), each on
a small grid over its ink with its width to height (settings.layout.picture_*); nothing else is read from pictures (no OCR
of figures or pages). The label becomes a span at the picture's place, at the head of its line.
"""
from __future__ import annotations

import functools

import pymupdf

from extractors.numbering import PICTURE_LABEL
from extractors.records import Line, Span
from extractors.settings import Layout

_GLYPHS = "0123456789().,"
_FACES = ("tiro", "helv", "cour")
Ink = frozenset[tuple[int, int]]


def _label_sized(w: int, h: int, ls: Layout) -> bool:
    return ls.picture_min_pixels <= min(w, h) and max(w, h) <= ls.picture_pixels


def _ink(pix: pymupdf.Pixmap) -> Ink:
    """The dark pixels of a picture; of a stencil mask (no colours, its one channel the
    coverage), the painted ones."""
    if pix.colorspace is None:
        w, s, n = pix.width, pix.samples, pix.n
        return frozenset((x, y) for y in range(pix.height) for x in range(w) if s[(y * w + x) * n] >= 128)
    if pix.n - pix.alpha != 1:
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pix)
    w, s, n = pix.width, pix.samples, pix.n
    return frozenset((x, y) for y in range(pix.height) for x in range(w) if s[(y * w + x) * n] < 128)


def _glyphs(ink: Ink) -> list[Ink]:
    """The ink cut at its empty columns: one piece per glyph, left to right."""
    runs: list[list[int]] = []
    for x in sorted({x for x, _ in ink}):
        if runs and x == runs[-1][-1] + 1:
            runs[-1].append(x)
        else:
            runs.append([x])
    return [frozenset(p for p in ink if r[0] <= p[0] <= r[-1]) for r in runs]


def _shape(glyph: Ink, ls: Layout) -> tuple[float, tuple[float, ...]]:
    """A glyph's width to height, and the share of ink in each cell of a grid of picture_columns ×
    picture_rows cells over its box."""
    x0, x1 = min(x for x, _ in glyph), max(x for x, _ in glyph) + 1
    y0, y1 = min(y for _, y in glyph), max(y for _, y in glyph) + 1
    mask = [[0] * (x1 - x0) for _ in range(y1 - y0)]
    for x, y in glyph:
        mask[y - y0][x - x0] = 1
    w, h, cols, rows = x1 - x0, y1 - y0, ls.picture_columns, ls.picture_rows
    xs = [(w * k // cols, max(w * k // cols + 1, -(-w * (k + 1) // cols))) for k in range(cols)]
    cells = []
    for gy in range(rows):
        band = mask[h * gy // rows:max(h * gy // rows + 1, -(-h * (gy + 1) // rows))]
        cells += [sum(sum(row[a:b]) for row in band) / ((b - a) * len(band)) for a, b in xs]
    return w / h, tuple(cells)


@functools.lru_cache(maxsize=4)
def _templates(ls: Layout) -> tuple[tuple[str, tuple[float, tuple[float, ...]]], ...]:
    """The glyphs a label is made of, as each base face prints them: one row of them a face,
    drawn once, cut at its empty columns."""
    out = []
    for face in _FACES:
        doc = pymupdf.open()
        page = doc.new_page(width=24 * 2 * len(_GLYPHS), height=40)
        for k, ch in enumerate(_GLYPHS):
            page.insert_text((8 + 48 * k, 28), ch, fontname=face, fontsize=24)
        glyphs = _glyphs(_ink(page.get_pixmap(dpi=72, colorspace=pymupdf.csGRAY)))
        out += [(ch, _shape(g, ls)) for ch, g in zip(_GLYPHS, glyphs)] if len(glyphs) == len(_GLYPHS) else []
    return tuple(out)


def _likeness(a: tuple[float, tuple[float, ...]], b: tuple[float, tuple[float, ...]]) -> float:
    """One less the mean difference of the two grids' ink, less half the difference of their
    proportions (1: the same glyph)."""
    return 1 - sum(abs(x - y) for x, y in zip(a[1], b[1])) / len(a[1]) - abs(a[0] - b[0]) / max(a[0], b[0]) / 2


def read_label(pix: pymupdf.Pixmap, ls: Layout) -> str:
    """The label a picture prints, or "" when any of its glyphs is none a label is made of: two
    to four glyphs (1), (12)), the last a closing bracket or a full stop, read first."""
    glyphs = _glyphs(_ink(pix))
    if not 2 <= len(glyphs) <= 4 or _glyph(glyphs[-1], ")., ", ls) not in (")", "."):
        return ""
    out = "".join(_glyph(g, _GLYPHS, ls) for g in glyphs)
    return out if PICTURE_LABEL.match(out) else ""


def _glyph(glyph: Ink, among: str, ls: Layout) -> str:
    """Which of the glyphs `among` this one prints, or " " when it is like none."""
    shape = _shape(glyph, ls)
    score, ch = max((_likeness(shape, t), c) for c, t in _templates(ls) if c in among)
    return ch if score >= ls.picture_match else " "


def with_picture_labels(page: pymupdf.Page, lines: list[Line], ls: Layout,
                        shapes: list[tuple[int, int] | None] | None) -> list[Line]:
    """The page's lines, each that a picture label stands right before opening with it. `shapes`:
    the pixel sizes of the XObjects the page's own resources name (layout._page_xobjects); only a
    page naming an image small enough to be a label is looked at."""
    if page.rotation or not lines or not any(sh is not None and _label_sized(*sh, ls) for sh in shapes or ()):
        return lines
    out = list(lines)
    for info in page.get_image_info(xrefs=True):
        x0, y0, x1, y1 = info["bbox"]
        if not info["xref"] or not _label_sized(info["width"], info["height"], ls):
            continue
        k = _labelled(out, (x0, y0, x1, y1), ls)
        if k is None:
            continue
        try:   # a picture MuPDF cannot decode is no label (the page is read without it)
            label = read_label(pymupdf.Pixmap(page.parent, info["xref"]), ls)
        except (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase):   # MuPDF's own errors derive from Exception
            label = ""
        if label:
            out[k] = _with_label(out[k], label, (x0, y0, x1, y1))
    return out


def _labelled(lines: list[Line], box: tuple[float, float, float, float], ls: Layout) -> int | None:
    """The line a picture stands right before on its row: the picture no taller than the line's
    size allows, its middle within the line's height, the line starting within picture_gap of it."""
    x0, y0, x1, y1 = box
    middle = (y0 + y1) / 2
    for k, ln in enumerate(lines):
        if ln.y0 <= middle <= ln.y1 and y1 - y0 <= ls.picture_height * ln.size \
                and 0 <= ln.x0 - x1 <= ls.picture_gap * ln.size:
            return k
    return None


def _with_label(line: Line, label: str, box: tuple[float, float, float, float]) -> Line:
    first = line.spans[0]
    x0, y0, x1, y1 = box
    step = (x1 - x0) / len(label)
    chars = tuple((x0 + k * step, y0, x0 + (k + 1) * step, y1) for k in range(len(label)))
    span = Span(label, first.font, first.size, x0, y0, x1, y1, first.baseline, chars, first.bold)
    return Line(line.page, [span, *line.spans], x0, min(y0, line.y0), line.x1, max(y1, line.y1),
                line.slanted, line.annotation)
