"""What a page paints over: drawings and text covered by an opaque white box painted after them.

Convention (a slide whose drawing was pasted twice: the first copy laid down, then a white box the size of the
drawing's area painted over it, then the copy shifted a little — every box, arrow and label drawn again): a PDF
paints in the order of its content, so what an opaque white box painted later covers wholly is not on the page —
a viewer shows the copy on top only. The paths inside such a box drawn before it, and the glyphs set before it
within it, are read as the viewer shows them: not at all. A box is such a cover only when it hides a drawn path
painted in a colour (a box, a rule, an arrow): a white box that covers nothing drawn (a white ground laid under
the page's content, the page's background) asks nothing more of the page. Stretches of a frame's side under a white
box that straddles the frame (a tab on a panel's border) are layout.hidden_under's; this module takes whole paths
and whole glyphs only (a path or a glyph reaching out of the box shows, and is kept whole)."""
from __future__ import annotations

from collections.abc import Callable

import pymupdf
import regex

from extractors import budgets
from extractors.geometry import cut_span, holds, refit_line, is_white, opaque_white_fill
from extractors.settings import Layout

Box = tuple[float, float, float, float]


def _painted(d: dict, ls: Layout) -> bool:
    """The path shows a colour: it is stroked in a colour, or filled in one."""
    kind = d.get("type", "")
    return ("s" in kind and not is_white(d.get("color"), ls)) or ("f" in kind and not is_white(d.get("fill"), ls))


def _box(d: dict, ls: Layout) -> Box | None:
    """The box of a path that is one opaque white rectangle, filled (its border stroked over it or not)."""
    items: list = d.get("items") or []
    if not opaque_white_fill(d, ls) or len(items) != 1 or items[0][0] != "re" or d.get("seqno") is None:
        return None
    r = items[0][1]
    return (min(r[0], r[2]), min(r[1], r[3]), max(r[0], r[2]), max(r[1], r[3]))


def _within(inner, box: Box, near: float) -> bool:
    """`inner` (corners in any order) lies wholly in `box`, grown by `near` (geometry.holds)."""
    return holds(box, min(inner[0], inner[2]), min(inner[1], inner[3]), max(inner[0], inner[2]), max(inner[1], inner[3]), near)


def covers(page: pymupdf.Page, drawings: list[dict], ls: Layout) -> list[tuple[int, Box]]:
    """(seqno, box) of each opaque white box painted over a coloured path drawn before it, wholly inside it — and
    over no coloured path that runs on out of it (one whose box holds the white box's whole, a slide's frame or a
    page's crop marks, runs round it): a white box laid across a table's rules or a frame's side is a note laid over
    them (layout._laid_over_grid, hidden_under), the grid running on under it, no ground painted over
    an earlier drawing (the stretch of a row's rule under a note divides the rows still). That the box was painted to
    hide (a cover, no ground) is told by the whole box as drawn: a coloured path it holds, even where its clip or the
    page's edge cuts it away (a box whiting out a page's number reaching off the page over its register marks). What
    it hides, and what runs out of it, are asked of the box as painted: within a clip it shows within the clip only —
    cut to a rectangular clip first, and none under a clip of another shape (a chart's label box clipped round the
    labels beside it: `_clipped`) —, so a path running out of the box only where the clip cuts it away is no grid
    under it. The white boxes are found in one pass; only a page with one drawn after a path asks where its paths lie
    (numpy: a page of a spreadsheet's thousands of white cells is asked in arrays, not path by path) and then its
    clips."""
    white = [(i, box) for i, d in enumerate(drawings) if i and (box := _box(d, ls)) is not None]
    if not white:
        return []
    import numpy as np
    lines, ink, painted = _extents(drawings, ls)
    near = ls.covered
    held = _holding(white, ink, painted, near)
    return [(drawings[i]["seqno"], b) for i, b in (_clipped(page, drawings, held, near) if held else [])
            if not any(_piece_runs_out(drawings[k], b, near) for k in np.flatnonzero(_run_out(lines, painted, i, b, near)))]


def _holding(white: list[tuple[int, Box]], ink: tuple, painted, near: float) -> list[tuple[int, Box]]:
    """The white boxes that hold a coloured path drawn before them wholly (its ink within the box). Asked of all
    the boxes at once: the paths sorted by their left side, each box looks only at those whose left side lies
    within its own width (a spreadsheet's cell at its column's), in chunks of pairs no more than a page's drawn
    items may be (budgets.MAX_DRAWINGS_PER_PAGE)."""
    import numpy as np
    x0, y0, x1, y1 = ink
    order = np.flatnonzero(painted)
    order = order[np.argsort(x0[order], kind="stable")]
    lefts = x0[order]
    index = np.array([i for i, _ in white])
    boxes = np.array([b for _, b in white], dtype=float).reshape(-1, 4)
    lo = np.searchsorted(lefts, boxes[:, 0] - near, "left")
    counts = np.searchsorted(lefts, boxes[:, 2] + near, "right") - lo
    held = np.zeros(len(white), dtype=bool)
    ends = np.cumsum(counts)
    start = 0
    while start < len(white):   # no more pairs at once than the drawn items a page may hold
        stop = max(start + 1, int(np.searchsorted(ends, ends[start] - counts[start] + budgets.MAX_DRAWINGS_PER_PAGE,
                                                  "right")))
        c = slice(start, stop)
        start = stop
        pair = np.repeat(np.arange(len(white))[c], counts[c])   # (box, path) pairs: the box's number
        first = np.repeat(np.cumsum(counts[c]) - counts[c], counts[c])
        k = order[np.repeat(lo[c], counts[c]) + np.arange(len(pair)) - first]
        b = boxes[pair]
        ok = (k < index[pair]) & (x1[k] <= b[:, 2] + near) & (y0[k] >= b[:, 1] - near) & (y1[k] <= b[:, 3] + near)
        held[pair[ok]] = True
    return [w for w, h in zip(white, held) if h]


def _extents(drawings: list[dict], ls: Layout) -> tuple:
    """The paths' boxes as arrays (x0, y0, x1, y1): their own lines' and their ink's (a stroke reaching half its
    width out), and which are painted in a colour."""
    import numpy as np
    rects = np.array([d.get("rect") or (0.0, 0.0, 0.0, 0.0) for d in drawings], dtype=float).reshape(-1, 4)
    x0, x1 = np.minimum(rects[:, 0], rects[:, 2]), np.maximum(rects[:, 0], rects[:, 2])
    y0, y1 = np.minimum(rects[:, 1], rects[:, 3]), np.maximum(rects[:, 1], rects[:, 3])
    half = np.array([(d.get("width") or 0.0) / 2 if "s" in d.get("type", "") else 0.0 for d in drawings])
    painted = np.array([d.get("rect") is not None and _painted(d, ls) for d in drawings])
    return (x0, y0, x1, y1), (x0 - half, y0 - half, x1 + half, y1 + half), painted


def _run_out(lines, painted, i: int, b: Box, near: float):
    """Which coloured paths drawn before the i-th run on out of the box `b`: their lines meet it, and neither lie
    within it nor hold it whole (a frame round it, a page's crop marks)."""
    x0, y0, x1, y1 = (a[:i] for a in lines)
    meets = painted[:i] & (x0 < b[2]) & (x1 > b[0]) & (y0 < b[3]) & (y1 > b[1])
    within = (x0 >= b[0] - near) & (y0 >= b[1] - near) & (x1 <= b[2] + near) & (y1 <= b[3] + near)
    around = (x0 <= b[0]) & (y0 <= b[1]) & (x1 >= b[2]) & (y1 >= b[3])
    return meets & ~within & ~around


def _piece_runs_out(d: dict, b: Box, near: float) -> bool:
    """A piece of the path (a line, a curve, a rectangle) meets the box and neither lies within it nor holds it:
    a path of pieces apart (a page's four crop marks, one path round the page) runs out only where a piece does."""
    for item in d.get("items") or []:
        xs, ys = zip(*_points(item))
        piece = (min(xs), min(ys), max(xs), max(ys))
        if piece[0] <= b[2] and piece[2] >= b[0] and piece[1] <= b[3] and piece[3] >= b[1] \
                and not _within(piece, b, near) and not _within(b, piece, 0.0):
            return True
    return False


def _points(item: tuple) -> list:
    """The points a path's piece is drawn through: a rectangle's corners, a quad's four, a line's or curve's own."""
    if item[0] == "re":
        r = item[1]
        return [(r[0], r[1]), (r[2], r[3])]
    if item[0] == "qu":
        return list(item[1])
    return list(item[1:])


def _rectangle(clip: dict, near: float) -> bool:
    """The clip is a rectangle: one, or three to five lines each along an axis."""
    items = clip.get("items") or []
    return len(items) == 1 and items[0][0] == "re" or 3 <= len(items) <= 5 and all(
        it[0] == "l" and (abs(it[1][0] - it[2][0]) < near or abs(it[1][1] - it[2][1]) < near) for it in items)


def _clipped(page: pymupdf.Page, drawings: list[dict], found: list[tuple[int, Box]], near: float) -> list[tuple[int, Box]]:
    """The white boxes (`found`: index in `drawings`, box) as painted within the clips in force where each is painted
    (get_cdrawings' extended listing: a clip holds for what follows it at a deeper level): cut to each rectangular
    clip, dropped under any other."""
    wanted = {drawings[i]["seqno"]: (i, box) for i, box in found}
    out: list[tuple[int, Box]] = []
    stack: list[dict] = []
    for e in page.get_cdrawings(extended=True):
        level = e.get("level", 0)
        while stack and stack[-1].get("level", 0) >= level:
            stack.pop()
        if e.get("type") == "clip":
            stack.append(e)
        elif (seqno := e.get("seqno")) in wanted and all(_rectangle(c, near) for c in stack):
            i, box = wanted.pop(seqno)
            for c in stack:
                x0, y0, x1, y1 = c.get("scissor") or box
                box = (max(box[0], x0), max(box[1], y0), min(box[2], x1), min(box[3], y1))
            if box[0] < box[2] and box[1] < box[3]:
                out.append((i, box))
    return out


def _hidden(seqno: int | None, rect, under: list[tuple[int, Box]], near: float, half: float = 0.0) -> bool:
    if seqno is None or rect is None:
        return False
    ink = (min(rect[0], rect[2]) - half, min(rect[1], rect[3]) - half, max(rect[0], rect[2]) + half,
           max(rect[1], rect[3]) + half)
    return any(seqno < s and _within(ink, b, near) for s, b in under)


def shown_drawings(drawings: list[dict], under: list[tuple[int, Box]], ls: Layout) -> list[dict]:
    """The paths a viewer shows: those drawn before a cover and wholly inside it left out."""
    return [d for d in drawings if not _hidden(d.get("seqno"), d.get("rect"), under, ls.covered,
                                               (d.get("width") or 0.0) / 2 if "s" in d.get("type", "") else 0.0)]


def hide_text(page: pymupdf.Page, raw: dict, under: list[tuple[int, Box]], ls: Layout) -> str:
    """Take out of `raw` (rawdict, in place) the glyphs set before a cover and wholly inside it: their order is
    the content's (get_texttrace's seqno), asked only of a page with a cover. A glyph at the very spot of another
    that shows (a copy struck again) is kept: layout._overprints reads those. Returns the letters taken out, in
    content order ("" when none): the caller reports them, so that no letter of the text layer is lost silently."""
    return _taken_out(raw, _covered_glyphs(page, under, ls), ls)


def _taken_out(raw: dict, found: dict[tuple[float, float], str], ls: Layout) -> str:
    """Take the glyphs standing at `found`'s spots (_at: origin to `glyph_spot` places) out of `raw` (rawdict, in
    place), a line none of whose glyphs is left and a block none of whose lines is left dropped; returns their letters,
    in `found`'s order ("" when none). The one cut of a page's text to what it prints: hide_text (covers),
    hide_unprinted (white glyphs on white)."""
    if not found:
        return ""
    hidden = set(found)
    for block in raw["blocks"]:
        if block.get("type", 0) == 0:
            block["lines"] = [ln for ln in block["lines"] if _line_cut(ln, hidden, ls)]
    raw["blocks"] = [b for b in raw["blocks"] if b.get("type", 0) != 0 or b["lines"]]
    return "".join(found.values())


def _covered_glyphs(page: pymupdf.Page, under: list[tuple[int, Box]], ls: Layout) -> dict[tuple[float, float], str]:
    """The glyphs a cover hides, by where they stand (their origin, to `glyph_spot` places of a point): their letters."""
    hidden: dict[tuple[float, float], str] = {}
    shown: set[tuple[float, float]] = set()
    for span in page.get_texttrace():
        for c in span["chars"]:
            if _hidden(span["seqno"], c[3], under, ls.covered):
                hidden[_at(c[2], ls)] = chr(c[0]) if c[0] >= 0 else ""
            else:
                shown.add(_at(c[2], ls))
    return {at: c for at, c in hidden.items() if at not in shown}


def covered_text(page: pymupdf.Page, drawings: list[dict], ls: Layout) -> str:
    """The letters the page's text layer holds that covers hide (`drawings`: the page's paths as layout reads them,
    layout._drawings; what a viewer does not show: tests/letters counts the printed letters without them)."""
    under = covers(page, drawings, ls)
    return "".join(_covered_glyphs(page, under, ls).values()) if under else ""


def _at(origin, ls: Layout) -> tuple[float, float]:
    return round(origin[0], ls.glyph_spot), round(origin[1], ls.glyph_spot)


def _line_cut(line: dict, hidden: set[tuple[float, float]], ls: Layout) -> bool:
    """The line cut to the glyphs that show (in place): its spans, boxes and origins theirs; False when none shows."""
    for s in line["spans"]:
        kept = [c for c in s["chars"] if _at(c["origin"], ls) not in hidden]
        if len(kept) < len(s["chars"]):
            cut_span(s, kept)
    return refit_line(line)


def _white_glyph(colour: int, ls: Layout) -> bool:
    """A glyph's fill colour (sRGB as one integer, as rawdict gives it) that is white — geometry.is_white, the one test
    of white, of its components."""
    return is_white(pymupdf.sRGB_to_pdf(colour), ls)


def unprinted(page: pymupdf.Page, raw: dict, ls: Layout, drawings: list[dict] | None = None,
              pictures: Callable[[], list[Box] | None] | None = None,
              contents: Callable[[], bytes] | None = None) -> dict[tuple[float, float], str]:
    """The glyphs the page sets in white that show nothing: by where they stand (their origin, to `glyph_spot` places),
    their letters. Convention (a spreadsheet's author hiding a note on the sheet — 令和…年…月…日　例示課作成 typed in
    white over the white page —, or a word processor's white text): a glyph filled white prints only where something
    not white lies under it (a heading reversed out of a shaded band, a title over a photograph or a gradient); one
    whose box the page renders white all through, the glyph drawn, is not printed, so not read. A white span over a
    band the page's paths show (`drawings`, layout's, in paint order: `_on_colour`) prints, asked of no render; the
    spans left are rendered (at `ls.unprinted_dpi`), only the region they stand in: the render is the last word
    for all the paths do not tell (a picture, a gradient, a soft mask, a clip), and no glyph is unprinted but by it.
    `pictures`: where the page's pictures stand when every XObject its resources name is an image (layout's placed
    boxes, unturned as rawdict's; [] when they name none; None: a form among them, or not known) — a span over a
    band that no picture meets prints on such a page too (_told_by_paths). `contents`: the page's content stream as
    layout reads it once a page (else read here)."""
    spans = _white_spans(raw, ls)
    if not spans:
        return {}
    scale = pymupdf.Matrix(ls.unprinted_dpi / 72, ls.unprinted_dpi / 72)
    whole = (page.rect * scale).irect
    boxes = _pixel_boxes(spans, page.rotation_matrix * scale, whole)
    left = _off_colour(boxes, drawings, ls) if boxes and drawings else boxes
    boxes = left if len(left) == len(boxes) else _told_by_paths(page, boxes, left, pictures, contents or page.read_contents)
    if not boxes:   # (a span whose box lies off the page prints nothing to see: it stays, as one over a band)
        return {}
    region = pymupdf.IRect(min(b.x0 for _, b in boxes) - 1, min(b.y0 for _, b in boxes) - 1,   # (a pixel over: the
                           max(b.x1 for _, b in boxes) + 1, max(b.y1 for _, b in boxes) + 1) & whole   # region's rounding)
    pix = _rendered(page, ls.unprinted_dpi, pymupdf.Rect(region) * ~scale)
    out: dict[tuple[float, float], str] = {}
    for s, box in boxes:
        if _all_white(pix, box, ls):   # (a space prints nothing in any colour: it stays)
            out.update((_at(c["origin"], ls), c["c"]) for c in s["chars"] if c["c"].strip())
    return out


def _white_spans(raw: dict, ls: Layout) -> list[dict]:
    """The spans of `raw` set in white (`_white_glyph`) that hold a letter (not spaces only)."""
    return [s for block in raw["blocks"] if block.get("type", 0) == 0 for line in block["lines"]
            for s in line["spans"] if _white_glyph(s.get("color", 0), ls) and any(c["c"].strip() for c in s["chars"])]


def _pixel_boxes(spans: list[dict], to_pixels: pymupdf.Matrix, whole: pymupdf.IRect) -> list[tuple[dict, pymupdf.IRect]]:
    """Each span with its box in the page's rendered pixels (`to_pixels`), within the page's (`whole`); those of no
    pixel on the page left out."""
    return [(s, box) for s in spans if not (box := pymupdf.IRect((pymupdf.Rect(s["bbox"]) * to_pixels).round()) & whole).is_empty]


def _told_by_paths(page: pymupdf.Page, boxes: list[tuple[dict, pymupdf.IRect]], left: list[tuple[dict, pymupdf.IRect]],
                   pictures: Callable[[], list[Box] | None] | None,
                   contents: Callable[[], bytes]) -> list[tuple[dict, pymupdf.IRect]]:
    """The white spans (of `boxes`) left to the render where the paths read some over a band (those not in `left`):
    on a page that paints nothing but its paths (_paths_only), `left`; on one that paints pictures besides, placed
    images only (no form: `pictures`, layout's), `left` and the spans a picture meets — a picture painted after the
    band may whiten it, so where none stands over a span, its band shows (a slide's white captions on blue boxes
    beside a photograph); on any other page, all of them (the paths do not tell all it paints)."""
    if not _paths_only(page, pictures is not None, contents):
        return boxes
    placed = pictures() if pictures is not None else []
    if placed is None:
        return boxes
    kept = {id(s) for s, _ in left}
    return [(s, b) for s, b in boxes if id(s) in kept or any(_meets(p, s["bbox"]) for p in placed)]


def _meets(a, b) -> bool:
    """Two boxes (corners in any order) overlap or touch."""
    return min(a[0], a[2]) <= max(b[0], b[2]) and min(b[0], b[2]) <= max(a[0], a[2]) \
        and min(a[1], a[3]) <= max(b[1], b[3]) and min(b[1], b[3]) <= max(a[1], a[3])


def _paths_only(page: pymupdf.Page, images: bool, contents: Callable[[], bytes]) -> bool:
    """The page paints nothing but what its paths show (get_cdrawings lists every paint of it, in order): its own
    resources (none inherited) name no XObject (a picture, a form holding one), no shading and no pattern, its
    graphics states no soft mask and no blend mode, and its content no inline image (BI). `images`: XObjects allowed
    (the caller places them: _told_by_paths); `contents`: the page's content stream."""
    doc = page.parent
    kind, resources = doc.xref_get_key(page.xref, "Resources")
    if kind == "xref":
        resources = doc.xref_object(int(resources.split()[0]), compressed=True)
    elif kind != "dict":
        return False
    if any(f"/{name}" in resources for name in ("Shading", "Pattern") + (() if images else ("XObject",))):
        return False
    states = _graphics_states(doc, resources)
    return _PLAIN_STATES.search(states) is None and _INLINE_IMAGE.search(contents()) is None


def _graphics_states(doc: pymupdf.Document, resources: str) -> str:
    """The text of the resources' graphics states (/ExtGState), each followed to its object."""
    found = _EXT_G_STATE.search(resources)
    if found is None:
        return ""
    states = found.group(1) if found.group(1) is not None else doc.xref_object(int(found.group(2)), compressed=True)
    return states + "".join(doc.xref_object(int(x), compressed=True) for x in REFERENCES.findall(states))


_EXT_G_STATE = regex.compile(r"/ExtGState\s*(?:(<<(?:[^<>]|<<[^<>]*>>)*>>)|(\d+)\s+\d+\s+R)")
REFERENCES = regex.compile(r"(\d+)\s+\d+\s+R")   # an indirect object's references (n 0 R): their numbers
_PLAIN_STATES = regex.compile(r"/SMask(?!\s*/None)|/BM(?!\s*/(?:Normal|Compatible)\b)|/TR")
_INLINE_IMAGE = regex.compile(rb"(?<![^\s])BI(?=\s)")


def _off_colour(boxes: list[tuple[dict, pymupdf.IRect]], drawings: list[dict], ls: Layout) -> list[tuple[dict, pymupdf.IRect]]:
    """The white spans (with their boxes in pixels) no band of the page's paths shows under (`_on_colour`), asked of
    the paths meeting their boxes, when those are few (`ls.unprinted_paths`; else all of them are left)."""
    x0 = min(s["bbox"][0] for s, _ in boxes)
    y0 = min(s["bbox"][1] for s, _ in boxes)
    x1 = max(s["bbox"][2] for s, _ in boxes)
    y1 = max(s["bbox"][3] for s, _ in boxes)
    near = [d for d in drawings if (r := d.get("rect")) is not None and r[0] < x1 and r[2] > x0 and r[1] < y1 and r[3] > y0]
    if len(near) > ls.unprinted_paths:
        return boxes
    return [(s, b) for s, b in boxes if not (_on_colour(s["bbox"], near, ls) or _on_colour(_letters_box(s), near, ls))]


def _letters_box(span: dict) -> Box:
    """The box of the span's letters, its spaces out (rawdict's span box holds a trailing space). Convention (a part's
    title set in white on a black band, 第一部　基本的事項, its trailing space standing past the band's end): the band
    holds the letters, so they print, whatever the space's box stands over — the render of the span's box sees the
    band under them (_on_colour asks it of the span's box first, then of this one)."""
    boxes = [c["bbox"] for c in span["chars"] if c["c"].strip()]   # (a span of spaces only is no white span)
    return min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)


def _on_colour(box, drawings: list[dict], ls: Layout) -> bool:
    """Convention (a heading reversed out of a band): a white glyph prints where a path filled opaque in a colour
    well off white (`_dark`) holds its box within one rectangle of its own (one piece: a piece of the same path
    meeting the box may cut a hole in it) and nothing painted after that path over the box is light (a path not
    `_dark`: a white box laid over the band hides it). The render, for the box as the paths show it, sees the band
    round the glyph; a box of too few pixels to hold one whole is left to the render. (The paths' listing names no
    clip: a band clipped away under the glyph alone would be read as showing — none such met.)"""
    if min(box[2] - box[0], box[3] - box[1]) < 2 * 72 / ls.unprinted_dpi:
        return False
    held = False
    for d in drawings:   # in paint order
        r = d["rect"]
        if r[0] >= box[2] or r[2] <= box[0] or r[1] >= box[3] or r[3] <= box[1]:
            continue
        if not _dark(d, ls):
            held = False
        elif "f" in d.get("type", "") and _holds(d, box):
            held = True
    return held


def _dark(d: dict, ls: Layout) -> bool:
    """Every paint of the path opaque and well off white (`ls.unprinted_dark`): its fill, its stroke."""
    kind = d.get("type", "")
    return ("f" not in kind or _grey(d.get("fill"), d.get("fill_opacity"), ls)) and \
        ("s" not in kind or _grey(d.get("color"), d.get("stroke_opacity"), ls))


def _grey(colour, opacity, ls: Layout) -> bool:
    if not colour or (opacity is not None and opacity < ls.opaque):
        return False
    if len(colour) == 1:
        return colour[0] <= ls.unprinted_dark
    weights = (ls.grey_red, ls.grey_green, ls.grey_blue)
    luminance = sum(w * c ** ls.grey_gamma for w, c in zip(weights, colour[:3])) ** (1 / ls.grey_gamma)
    return luminance <= ls.unprinted_dark


def _holds(d: dict, box) -> bool:
    """The path is drawn of rectangles ("re") only, one of them holding `box` and no other meeting it (lines may close
    round the box without one of them meeting it: a hole, read by the render)."""
    holding = 0
    for item in d.get("items") or []:
        if item[0] != "re":
            return False
        xs, ys = zip(*_points(item))
        if min(xs) <= box[0] and min(ys) <= box[1] and max(xs) >= box[2] and max(ys) >= box[3]:
            holding += 1
        elif min(xs) < box[2] and max(xs) > box[0] and min(ys) < box[3] and max(ys) > box[1]:
            return False
    return holding == 1


def _rendered(page: pymupdf.Page, dpi: int, clip: pymupdf.Rect | None = None) -> pymupdf.Pixmap:
    """The page rendered grey at `dpi` (within `clip`, if given); what MuPDF says while rendering it (a repaired
    structure tree) is no warning of the page's reading: layout reads the page's warnings after it, so they are
    dropped here."""
    kept = len(pymupdf.JM_mupdf_warnings_store)
    try:
        return page.get_pixmap(dpi=dpi, alpha=False, colorspace=pymupdf.csGRAY, annots=False, clip=clip)
    finally:
        pymupdf.mupdf.fz_flush_warnings()
        del pymupdf.JM_mupdf_warnings_store[kept:]


def _all_white(pix: pymupdf.Pixmap, box: pymupdf.IRect, ls: Layout) -> bool:
    """Every pixel of `box` (in the page's pixels) in the grey pixmap (of the page or a region of it: its origin at
    pix.x, pix.y) at least `ls.white` of full."""
    floor, row = ls.white * 255, pix.stride
    data = pix.samples_mv
    x0, x1 = box.x0 - pix.x, box.x1 - pix.x
    return all(min(data[y * row + x0:y * row + x1]) >= floor for y in range(box.y0 - pix.y, box.y1 - pix.y))


def hide_unprinted(page: pymupdf.Page, raw: dict, ls: Layout, drawings: list[dict] | None = None,
                   pictures: Callable[[], list[Box] | None] | None = None,
                   contents: Callable[[], bytes] | None = None) -> str:
    """Take out of `raw` (rawdict, in place) the glyphs set in white that show nothing (`unprinted`); returns their
    letters in reading order ("" when none): the caller reports them, so that no letter of the text layer is lost
    silently."""
    return _taken_out(raw, unprinted(page, raw, ls, drawings, pictures, contents), ls)


def unprinted_text(page: pymupdf.Page, ls: Layout) -> str:
    """The letters of the page's text layer set in white that show nothing (`unprinted`: tests/letters counts the
    printed letters without them)."""
    return "".join(unprinted(page, page.get_text("rawdict"), ls).values())
