"""Labels printed as pictures. A word processor that cannot embed the font of its list numbers
may export each number as a small raster image left of its line (1) カタログ, where the text
layer holds カタログ only). Convention: a picture no taller than its line, standing right before
the line on its row, whose ink splits into glyphs that each print as one of the few a label is
made of (digits, brackets, a full stop), is the line's label when what it reads is a label of a
numbering system (numbering.PICTURE_LABEL: 1), (1), 1., 1.1.). The glyphs are matched against the
same glyphs drawn in PyMuPDF's base faces (serif, sans, mono; drawn once per process), each on
a small grid over its ink with its width to height (settings.layout.picture_*); nothing else is read from pictures (no OCR
of figures or pages). The label becomes a span at the picture's place, at the head of its line.

Two more ways the same pictures are printed (court judgments, set with 外字 for ⑴ ⑷): a picture of
one colour painted through its soft mask (a 2 × 2 black image whose /SMask, hundreds of pixels,
holds the glyphs) prints the mask's shape, so the mask is what is read; and such a picture standing
inside a line's row, right after a span and before the next (理由第２の３⑷について: the font had no
⑷), prints characters of the line in their place: the same label, read the same way, becomes a
span there (a parenthesised number in running text or a title).

A number of one glyph (Word's chapter numbers 1, 2 on their bands, and the same before the 目次's
entries) is no label read alone: a picture of one glyph is as often a bullet or a mark (■, read as
the full stop; a flag, an icon). Convention: a picture of one glyph read as a digit, standing right
before a line, is that line's number when the document shows it is one of a series of numbers
(numbered_in_series): the digit follows the one before in the column its pictures stand in
(picture_series_x), or the next in that column follows it; or the line under it opens with the
label N.1 of it; or another such picture reads the same digit before the same title (a contents
entry and its chapter). Those pictures are gathered page by page (with_picture_labels), and
decided over the document once its pages are read.
"""
from __future__ import annotations

import functools
from collections.abc import Callable

import pymupdf
import regex

from extractors.numbering import CONTENTS_LEADERS, PICTURE_LABEL
from extractors.records import Line, Page, Pixels, Span
from extractors.settings import Layout
from normalizers.text import fold_width

_GLYPHS = "0123456789().,"
_FACES = ("tiro", "helv", "cour")
Ink = frozenset[tuple[int, int]]
Box = tuple[float, float, float, float]
Numeral = tuple[int, int, str, Box]   # a picture of one digit before a line: the page's number, the line's
                                      # index in its lines, the digit, the picture's box (numbered_in_series)


def _label_sized(w: int, h: int, ls: Layout, most: int = 0) -> bool:
    """A picture's pixels are as many as a label's (`most`: the largest count, picture_pixels
    unless given)."""
    return ls.picture_min_pixels <= min(w, h) and max(w, h) <= (most or ls.picture_pixels)


def _ink(pix: pymupdf.Pixmap, ls: Layout, opaque: bool = False) -> Ink:
    """The dark pixels of a picture; of a stencil mask (no colours, its one channel the
    coverage) or a soft mask (`opaque`: its grey the opacity), the painted ones."""
    if pix.colorspace is None or opaque:
        w, s, n = pix.width, pix.samples, pix.n
        return frozenset((x, y) for y in range(pix.height) for x in range(w) if s[(y * w + x) * n] >= ls.picture_ink)
    if pix.n - pix.alpha != 1:
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pix)
    w, s, n = pix.width, pix.samples, pix.n
    return frozenset((x, y) for y in range(pix.height) for x in range(w) if s[(y * w + x) * n] < ls.picture_ink)


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
        writer, font = pymupdf.TextWriter(page.rect), pymupdf.Font(face)   # one text object for the row (an
        for k, ch in enumerate(_GLYPHS):                                   # insert_text a glyph set up the page anew)
            writer.append((8 + 48 * k, 28), ch, font=font, fontsize=24)
        writer.write_text(page)
        glyphs = _glyphs(_ink(page.get_pixmap(dpi=72, colorspace=pymupdf.csGRAY), ls))
        out += [(ch, _shape(g, ls)) for ch, g in zip(_GLYPHS, glyphs)] if len(glyphs) == len(_GLYPHS) else []
    return tuple(out)


def _likeness(a: tuple[float, tuple[float, ...]], b: tuple[float, tuple[float, ...]]) -> float:
    """One less the mean difference of the two grids' ink, less half the difference of their
    proportions (1: the same glyph)."""
    return 1 - sum(abs(x - y) for x, y in zip(a[1], b[1])) / len(a[1]) - abs(a[0] - b[0]) / max(a[0], b[0]) / 2


def read_label(pix: pymupdf.Pixmap, ls: Layout, opaque: bool = False) -> str:
    """The label a picture prints, or "" when any of its glyphs is none a label is made of: two
    to four glyphs (1), (12)), the last a closing bracket or a full stop, read first. `opaque`:
    the picture is a soft mask (_ink)."""
    return _read(_ink(pix, ls, opaque), ls)[0]


def _read(ink: Ink, ls: Layout) -> tuple[str, int]:
    """The label the ink prints ("" for none, read_label) and how many pixels across its ink
    reaches (a picture may be wider than what it prints)."""
    glyphs = _glyphs(ink)
    if not 2 <= len(glyphs) <= 4 or _glyph(glyphs[-1], ")., ", ls) not in (")", "."):
        return "", 0
    out = "".join(_glyph(g, _GLYPHS, ls) for g in glyphs)
    return (out, max(x for x, _ in ink) + 1) if PICTURE_LABEL.match(out) else ("", 0)


def _digit(ink: Ink, ls: Layout) -> tuple[str, int]:
    """The digit a picture of one glyph prints, read among all of a label's glyphs (a bullet ■ reads
    as the full stop: no digit), and how far its ink reaches; ("", 0) for none."""
    glyphs = _glyphs(ink)
    ch = _glyph(glyphs[0], _GLYPHS, ls) if len(glyphs) == 1 else ""
    return (ch, max(x for x, _ in ink) + 1) if ch.isdigit() else ("", 0)


def mask_shape(doc: pymupdf.Document, xref: int, w: int, h: int, ls: Layout) -> tuple[int, int, int] | None:
    """A picture of too few pixels to print a glyph (fewer than picture_min_pixels each way: one
    colour) painted through a soft mask of more, or a picture of one flat colour painted through a
    soft mask of its own size or more (Word exports a list number 1.1. it cannot embed so: a black
    picture the label's size, the glyphs in its /SMask): the mask's xref and pixel size (what
    prints). Such pictures look alike but for their masks, so each is placed by its name (_pictures)."""
    small = max(w, h) < ls.picture_min_pixels
    kind, value = doc.xref_get_key(xref, "SMask")
    if kind != "xref" or not (small or _flat(doc, xref)):
        return None
    ref = int(value.split()[0])
    mw, mh = doc.xref_get_key(ref, "Width"), doc.xref_get_key(ref, "Height")
    if mw[0] != "int" or mh[0] != "int":
        return None
    area = int(mw[1]) * int(mh[1])
    if area < w * h or small and area == w * h:   # a tiny picture's mask larger; a flat one's its size or larger
        return None
    return ref, int(mw[1]), int(mh[1])


def _flat(doc: pymupdf.Document, xref: int) -> bool:
    """Whether a picture's own pixels are all of one colour (what it prints is its mask's shape)."""
    try:
        pix = pymupdf.Pixmap(doc, xref)
    except (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase):
        return False
    colours, n, s = pix.n - pix.alpha, pix.n, pix.samples
    return colours >= 1 and len({s[k:k + colours] for k in range(0, len(s), n)}) == 1


def _glyph(glyph: Ink, among: str, ls: Layout) -> str:
    """Which of the glyphs `among` this one prints, or " " when it is like none."""
    shape = _shape(glyph, ls)
    score, ch = max((_likeness(shape, t), c) for c, t in _templates(ls) if c in among)
    return ch if score >= ls.picture_match else " "


def with_picture_labels(page: pymupdf.Page, lines: list[Line], ls: Layout,
                        shapes: list[Pixels | None] | None,
                        images: Callable[[], pymupdf.TextPage], numerals: list[Numeral] | None = None) -> list[Line]:
    """The page's lines, each that a picture label stands right before opening with it, and each
    such a picture stands inside holding it in its place. `shapes`: the pixels of the XObjects
    the page's own resources name (layout._page_xobjects);
    only a page naming an image small enough to be a label, or too small to print one itself
    (mask_shape), is looked at. `images`: the page's text page that keeps its images (made
    once a page, if asked: layout._read_pages). `numerals`: where the pictures of one digit right
    before a line are gathered, for numbered_in_series to decide over the document."""
    sized = [sh for sh in shapes or () if sh is not None]
    labels = any(_label_sized(sh.width, sh.height, ls) for sh in sized)
    tiny = any(max(sh.width, sh.height) < ls.picture_min_pixels for sh in sized)
    if page.rotation or not lines or not (labels or tiny):
        return lines
    out = list(lines)
    for bbox, printed in _pictures(page, ls, labels, _masks_named(shapes, ls), images):
        if not _on_a_row(out, bbox, ls):
            continue
        try:   # a picture MuPDF cannot decode is no label (the page is read without it)
            pix = pymupdf.Pixmap(page.parent, printed[0])
            ink = _ink(pix, ls, printed[1])
        except (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase):   # MuPDF's own errors derive from Exception
            continue
        label, reach = _read(ink, ls)
        if not label:
            _gather(numerals, page.number + 1, out, _digit(ink, ls), (bbox, pix.width), ls)
            continue
        x0, y0, x1, y1 = bbox
        box = (x0, y0, x0 + (x1 - x0) * reach / pix.width, y1)   # as far as its ink reaches
        k = _labelled(out, box, ls)
        if k is not None:
            out[k] = _with_label(out[k], label, box)
        elif (k := _holding(out, box, ls)) is not None:
            out[k] = _with_inner(out[k], label, box)
    return out


def _gather(numerals: list[Numeral] | None, number: int, lines: list[Line], digit: tuple[str, int],
            placed: tuple[Box, int], ls: Layout) -> None:
    """A picture of one digit (`digit`: it and its ink's reach, _digit) standing right before a line
    (_labelled) put among the page's numerals (`placed`: the picture's box and pixels across)."""
    (x0, y0, x1, y1), width = placed
    if numerals is None or not digit[0]:
        return
    box = (x0, y0, x0 + (x1 - x0) * digit[1] / width, y1)
    k = _labelled(lines, box, ls)
    if k is not None:
        numerals.append((number, k, digit[0], box))


def numbered_in_series(pages: list[Page], numerals: list[Numeral], ls: Layout) -> None:
    """Each line a picture of one digit stands right before (gathered by with_picture_labels)
    opening with the digit, when the document shows it to be a number of a series (the module's
    convention: _follows, _opens_its_first, _twin); the pages' lines are replaced in place."""
    by_number = {p.number: p for p in pages}
    keep = [n for n in numerals if n[0] in by_number and n[1] < len(by_number[n[0]].lines)]
    keep.sort(key=lambda n: (n[0], n[3][1]))
    numbered = [n for n in keep if _follows(n, keep, by_number, ls) or _opens_its_first(n, by_number[n[0]].lines)
                or _twin(n, keep, by_number)]
    for number, k, digit, box in numbered:   # the white between the picture and the line is a space (a bare
        page = by_number[number]               # number is spaced from its title: numbering's bare_number)
        line = page.lines[k]
        page.lines[k] = _with_label(line, digit if line.text[:1].isspace() else digit + " ", box)


def _follows(n: Numeral, numerals: list[Numeral], pages: dict[int, Page], ls: Layout) -> bool:
    """The digit follows the one before it in its column (the document's pictures of one digit
    whose left edges are within picture_series_x of its own, in reading order), or the one after
    it follows it."""
    size = pages[n[0]].lines[n[1]].size
    column = [m for m in numerals if abs(m[3][0] - n[3][0]) <= ls.picture_series_x * size]
    at = column.index(n)
    before = column[at - 1][2] if at else ""
    after = column[at + 1][2] if at + 1 < len(column) else ""
    d = int(n[2])
    return before == str(d - 1) or after == str(d + 1)


def _opens_its_first(n: Numeral, lines: list[Line]) -> bool:
    """The line under the numbered one (the nearest below it that reaches across the picture's
    column or right of it) opens with the label N.1 of its digit (１.１, 1．1): its first part."""
    line, x0 = lines[n[1]], n[3][0]
    under = [ln for ln in lines if ln.y0 >= line.y1 - line.size / 2 and ln.x1 > x0 and ln is not line]
    if not under:
        return False
    first = min(under, key=lambda ln: ln.y0)
    return regex.match(rf"{n[2]}[.．]1(?![0-9])", fold_width(first.text.strip())) is not None


def _twin(n: Numeral, numerals: list[Numeral], pages: dict[int, Page]) -> bool:
    """Another picture of the same digit stands before a line of the same title, leader dots and
    page number aside (a contents entry and its chapter)."""
    def title(m: Numeral) -> str:
        return CONTENTS_LEADERS.sub("", pages[m[0]].lines[m[1]].text).strip()
    own = title(n)
    return bool(own) and any(m is not n and m[2] == n[2] and title(m) == own for m in numerals)


def _masks_named(shapes: list[Pixels | None] | None, ls: Layout) -> bool:
    """Whether the page's images may hold a picture too small to print a glyph painted through
    a soft mask (mask_shape): one of its own names a soft mask, or a form may hold one."""
    return any(sh is None or (sh.soft_mask and (max(sh.width, sh.height) < ls.picture_min_pixels
                                                or _label_sized(sh.width, sh.height, ls))) for sh in shapes or ())


def _pictures(page: pymupdf.Page, ls: Layout, labels: bool, masks: bool,
              images: Callable[[], pymupdf.TextPage]) -> list[tuple[Box, tuple[int, bool]]]:
    """Where the page's pictures of a label's size stand, each with the xref of what it prints
    and whether that is a soft mask (mask_shape). One-colour pictures painted through soft masks
    look alike to get_image_info (it tells pictures apart by their own pixels: every 2 × 2 black
    one is the first), so each of those is placed by its name in the page's resources instead.
    `labels`: the page names a picture of a label's size (_label_pictures); else only soft masks
    are looked for. `masks`: a soft mask may be named (_masks_named);
    else the page's images are not listed (get_images walks its resources again, a second look
    at what layout._page_xobjects read: on a page of dashes printed as tiny pictures, none
    with a mask, it found nothing)."""
    doc = page.parent
    out = [(bbox, (xref, False)) for bbox, xref in _label_pictures(page, images(), ls)] if labels else []
    for item in page.get_images(full=True) if masks else ():
        xref, _smask, w, h = item[:4]
        mask = mask_shape(doc, xref, w, h, ls) if xref else None
        if mask is None or not _label_sized(mask[1], mask[2], ls, ls.picture_mask_pixels):
            continue
        out = [o for o in out if o[1][0] != xref]   # placed by its name, not by its (look-alike) pixels
        try:   # a picture placed where MuPDF cannot find it is no label
            bbox = tuple(page.get_image_bbox(item))
        except (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase):
            continue
        if not pymupdf.Rect(bbox).is_infinite and not pymupdf.Rect(bbox).is_empty:
            out.append((bbox, (mask[0], True)))
    return out


def _label_pictures(page: pymupdf.Page, tp: pymupdf.TextPage, ls: Layout) -> list[tuple[Box, int]]:
    """The pictures of a label's size placed on the page (the image blocks of its text page that
    keeps images, `tp`), in content order, each with the xref of the page's image it shows;
    those that show none of them left out. A picture is told by the digest of its pixels, as
    get_image_info(xrefs=True) tells it: equal to the digest of one of the images the page lists
    (get_images; of equal ones, the last listed). Only the pictures of a label's size are decoded,
    and of the page's images only those of the same pixels across and down (equal pixels are of
    equal sizes): get_image_info decodes every picture placed and every image listed, for this
    (a slide of photographs and four small labels spent 20 ms on them), on a text page of its own."""
    found = []
    block = tp.this.m_internal.first_block
    text = pymupdf.mupdf.FZ_STEXT_BLOCK_TEXT
    while block is not None:
        if block.type != text:
            image = pymupdf.mupdf.FzStextBlock(block).i_image()
            if _label_sized(image.w(), image.h(), ls):
                r = block.bbox
                found.append(((r.x0, r.y0, r.x1, r.y1), image))
        block = block.next
    if not found:
        return []
    sizes = {(image.w(), image.h()) for _, image in found}
    listed = {pymupdf.Pixmap(page.parent, item[0]).digest: item[0] for item in page.get_images() if (item[2], item[3]) in sizes}
    everywhere = pymupdf.mupdf.FzIrect(pymupdf.FZ_MIN_INF_RECT, pymupdf.FZ_MIN_INF_RECT, pymupdf.FZ_MAX_INF_RECT,
                                       pymupdf.FZ_MAX_INF_RECT)
    out = []
    for bbox, image in found:
        pix = pymupdf.mupdf.fz_get_pixmap_from_image(image, everywhere, pymupdf.mupdf.FzMatrix(image.w(), 0, 0, image.h(), 0, 0))[0]
        xref = listed.get(bytes(pymupdf.mupdf.fz_md5_pixmap2(pix)), 0)
        if xref:
            out.append((bbox, xref))
    return out


def _on_a_row(lines: list[Line], box: Box, ls: Layout) -> bool:
    """Whether a line's row holds the picture (_in_row): only such a picture is decoded."""
    return any(_in_row(ln, box, ls) for ln in lines)


def _in_row(ln: Line, box: Box, ls: Layout) -> bool:
    """The line's height holds the picture's middle, the picture no taller than the line's size
    allows (picture_height)."""
    return ln.y0 <= (box[1] + box[3]) / 2 <= ln.y1 and box[3] - box[1] <= ls.picture_height * ln.size


def _labelled(lines: list[Line], box: Box, ls: Layout) -> int | None:
    """The line a picture stands right before on its row: the picture no taller than the line's
    size allows, its middle within the line's height, the line starting within picture_gap of it."""
    for k, ln in enumerate(lines):
        if _in_row(ln, box, ls) and 0 <= ln.x0 - box[2] <= ls.picture_gap * ln.size:
            return k
    return None


def _holding(lines: list[Line], box: Box, ls: Layout) -> int | None:
    """The line a picture stands inside on its row: no taller than the line's size allows, its
    middle within the line's height, one of the line's characters ending within picture_gap
    before it and another starting after its left edge."""
    x0 = box[0]
    for k, ln in enumerate(lines):
        if not (_in_row(ln, box, ls) and ln.x0 < x0 < ln.x1):
            continue
        boxes = [c for s in ln.spans for c in s.char_boxes]
        if any(0 <= x0 - c[2] <= ls.picture_gap * ln.size for c in boxes) and any(c[0] > x0 for c in boxes):
            return k
    return None


def _with_inner(line: Line, text: str, box: Box) -> Line:
    """The line with the characters a picture inside it prints, as a span in their place (a
    span the picture stands in is cut there)."""
    first = line.spans[0]
    x0, y0, x1, y1 = box
    step = (x1 - x0) / len(text)
    chars = tuple((x0 + k * step, y0, x0 + (k + 1) * step, y1) for k in range(len(text)))
    spans: list[Span] = []
    for s in line.spans:
        if s.x0 < x0 < s.x1 and len(s.char_boxes) == len(s.text):
            cut = sum(1 for c in s.char_boxes if c[2] <= x0)
            spans += [s.part(0, cut), s.part(cut, len(s.text))] if 0 < cut < len(s.text) else [s]
        else:
            spans.append(s)
    span = Span(text, first.font, first.size, x0, y0, x1, y1, first.baseline, chars, first.bold)
    return Line(line.page, [*(s for s in spans if s.x1 <= x0), span, *(s for s in spans if s.x1 > x0)],
                line.x0, line.y0, line.x1, line.y1, line.slanted, line.annotation)




def _with_label(line: Line, label: str, box: Box) -> Line:
    first = line.spans[0]
    x0, y0, x1, y1 = box
    step = (x1 - x0) / len(label)
    chars = tuple((x0 + k * step, y0, x0 + (k + 1) * step, y1) for k in range(len(label)))
    span = Span(label, first.font, first.size, x0, y0, x1, y1, first.baseline, chars, first.bold)
    return Line(line.page, [span, *line.spans], x0, min(y0, line.y0), line.x1, max(y1, line.y1),
                line.slanted, line.annotation)
