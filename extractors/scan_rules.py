"""The rules of an OCR'd scan, read from its picture (the layout stage's).

Convention: a scanned page given a text layer by OCR (`Page.ocr`, ocr_layer.is_ocr_layer decides it) is
one picture of the paper with the words laid over it; whatever was ruled on the paper (a table's grid, a
frame, an underline) is pixels in that picture and no drawing. A rule is a long, thin, straight, dark
run: the page is rendered at a modest resolution (`scan_rule_dpi`) in grey, its pixels darker than
`scan_rule_dark` taken, a gap of a pixel or so along a run closed (the scanner drops a pixel here and
there), and the runs along each row (and each column) at least `scan_rule_piece` letters long kept —
far longer than any stroke of a letter. Runs touching from one row to the next are one stroke (a rule a
few pixels thick, or one the scanner fed askew by a degree or so, stepping a row every few dozen
pixels); a stroke at least `scan_rule_length` letters long and on the whole no thicker than
`scan_rule_thick` letters is a rule, drawn along its middle. A filled band (a section's heading band, a
shaded cell) is as long but thick: no rule. A dashed or dotted frame's pieces are each too short: no
rule. A rule the scanner broke in two gives two collinear pieces, which the table pass joins as it joins
a dashed drawn rule (rules_to_cells.merge_collinear). What is a table is then decided by the one table
pass, from these rules as from drawn ones (a frame round a note, a figure's box, is no table there).
Only a page read as an OCR'd scan is rendered (the cost of one render and a few array passes a page).
"""
from __future__ import annotations

import numpy as np
import pymupdf

from dataclasses import replace
from statistics import median

from extractors.records import Line, Rule
from extractors.settings import Layout

Box = tuple[float, float, float, float]


def picture_rules(page: pymupdf.Page, letter: float, ls: Layout) -> tuple[list[Rule], list[tuple[str, Box]]]:
    """The rules ruled on the scanned paper of `page` (its picture: the page as rendered), in the page's
    points as shown, and the boxes with rounded corners among them (figure shapes, "rounded": their sides are
    no rules, as a drawn rounded box's are none); `letter`: the OCR layer's letter height in points (the
    unit of the lengths)."""
    if letter <= 0:
        return [], []
    zoom = ls.scan_rule_dpi / 72
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False, annots=False)
    grey = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, :pix.width]
    dark = grey < ls.scan_rule_dark
    em = letter * zoom   # a letter in pixels
    piece = max(2, round(ls.scan_rule_piece * em))
    across = _thin(_runs(_gaps_closed(dark, ls.scan_rule_gap), piece), em, ls)
    down = _thin(_runs(_gaps_closed(dark.T, ls.scan_rule_gap), piece), em, ls)
    verticals = [Rule(y0 / zoom, x0 / zoom, y1 / zoom, x1 / zoom, w / zoom)
                 for x0, y0, x1, y1, w in _strokes(down, dark.T & ~_painted(across, dark.shape).T, ls)]
    horizontals = [Rule(x0 / zoom, y0 / zoom, x1 / zoom, y1 / zoom, w / zoom)
                   for x0, y0, x1, y1, w in _strokes(across, dark & ~_painted(down, dark.shape[::-1]).T, ls)]
    return _rounded_out(horizontals, verticals, letter, ls)


def _rounded_out(horizontals: list[Rule], verticals: list[Rule], letter: float,
                 ls: Layout) -> tuple[list[Rule], list[tuple[str, Box]]]:
    """The rules but the sides of boxes with rounded corners, and those boxes. Convention (as for drawn
    boxes, layout._figure_shape: a table's cells meet in square corners): four rules closing a box whose
    sides each stop short of the two they meet by `scan_round_min` to `scan_round_max` letters at every
    corner (the arc between them too curved to be read as a rule) are a rounded box: a formula's term, a
    flow chart's step, never a table's cells."""
    lo, hi = ls.scan_round_min * letter, ls.scan_round_max * letter
    boxes: list[tuple[str, Box]] = []
    taken: set[int] = set()
    for top in horizontals:
        box = _rounded_box(top, horizontals, verticals, lo, hi)
        if box is not None and not taken & {id(r) for r in box}:
            taken |= {id(r) for r in box}
            t, b, left, right = box
            boxes.append(("rounded", (left.x0, t.y0, right.x0, b.y0)))
    return [r for r in verticals + horizontals if id(r) not in taken], boxes


def _rounded_box(top: Rule, horizontals: list[Rule], verticals: list[Rule], lo: float,
                 hi: float) -> tuple[Rule, Rule, Rule, Rule] | None:
    """The rounded box `top` is the top side of (_rounded_out): its top, foot, left and right sides."""
    def short(gap: float) -> bool:
        return lo <= gap <= hi
    left = next((v for v in verticals if short(top.x0 - v.x0) and short(v.y0 - top.y0)), None)
    right = next((v for v in verticals if short(v.x0 - top.x1) and short(v.y0 - top.y0)), None)
    if left is None or right is None:
        return None
    foot = next((h for h in horizontals if h is not top and short(h.x0 - left.x0) and short(right.x0 - h.x1)
                 and short(h.y0 - left.y1) and short(h.y0 - right.y1)), None)
    return None if foot is None else (top, foot, left, right)


def _thin(runs: tuple[np.ndarray, np.ndarray, np.ndarray], em: float, ls: Layout) -> list[list[tuple[int, int, int]]]:
    """The long thin strokes made of `runs` (pieces along the rows of a picture: rows, starts, ends), each its
    pieces: at least `scan_rule_length` letters long and on the whole no thicker than `scan_rule_thick`."""
    out = []
    for run in _touching(*(x.tolist() for x in runs)):
        x0 = min(r[1] for r in run)
        x1 = max(r[2] for r in run)
        if x1 - x0 >= ls.scan_rule_length * em and sum(r[2] - r[1] for r in run) <= max(1, ls.scan_rule_thick * em) * (x1 - x0):
            out.append(run)
    return out


def _painted(strokes: list[list[tuple[int, int, int]]], shape: tuple[int, int]) -> np.ndarray:
    """The pixels of `strokes` in a picture of `shape`: a crossing rule's ink, which stands beside a rule where
    the two cross and is no ink about it (_clear)."""
    out = np.zeros(shape, bool)
    for r, a, b in (piece for stroke in strokes for piece in stroke):
        out[r, a:b] = True
    return out


def _strokes(strokes: list[list[tuple[int, int, int]]], ink: np.ndarray, ls: Layout) -> list[tuple[float, float, float, float, float]]:
    """The `strokes` (_thin) that stand clear of the picture's `ink` (but for the crossing strokes), each as
    (x0, y, x1, y, thickness) in pixels, y its middle (a picture's columns given transposed: its vertical ones)."""
    out = []
    for run in strokes:
        x0 = min(r[1] for r in run)
        x1 = max(r[2] for r in run)
        if _clear(ink, run, x0, x1) >= ls.scan_rule_clear:
            area = sum(r[2] - r[1] for r in run)
            y = sum((2 * r[0] + 1) * (r[2] - r[1]) for r in run) / (2 * area)   # a row's middle: half a pixel down
            out.append((float(x0), y, float(x1), y, area / (x1 - x0)))
    return out


def _clear(dark: np.ndarray, run: list[tuple[int, int, int]], x0: int, x1: int) -> float:
    """The smaller share, of the columns just above a stroke and of those just below it, that are paper a
    pixel or two past its ink (the rule's grey edge may darken the first): a rule stands clear of what it
    rules (a cell's text stands off it), a stroke of a letter or a piece of a band between its white letters
    has ink about it."""
    top = np.full(x1 - x0, dark.shape[0], np.int64)
    foot = np.full(x1 - x0, -1, np.int64)
    for r, a, b in run:
        np.minimum(top[a - x0:b - x0], r, out=top[a - x0:b - x0])
        np.maximum(foot[a - x0:b - x0], r, out=foot[a - x0:b - x0])
    at = np.nonzero(foot >= 0)[0]
    if not len(at):
        return 0.0
    cols = at + x0
    return min(_paper(dark, top[at] - 1, top[at] - 2, cols), _paper(dark, foot[at] + 1, foot[at] + 2, cols))


def _paper(dark: np.ndarray, near: np.ndarray, far: np.ndarray, cols: np.ndarray) -> float:
    """The share of `cols` whose pixel in row `near` or in row `far` is paper (off the picture: paper)."""
    high = dark.shape[0] - 1
    ink = [np.where((rows >= 0) & (rows <= high), dark[np.clip(rows, 0, high), cols], False) for rows in (near, far)]
    return 1 - float((ink[0] & ink[1]).mean())


def _gaps_closed(dark: np.ndarray, gap: int) -> np.ndarray:
    """`dark` with every light gap of at most `gap` pixels along a row, between two dark pixels, made dark:
    a pixel with ink at most `gap` to its left and at most `gap` to its right."""
    if gap <= 0:
        return dark
    left = np.zeros_like(dark)
    right = np.zeros_like(dark)
    for k in range(1, gap + 1):
        left[:, k:] |= dark[:, :-k]
        right[:, :-k] |= dark[:, k:]
    return dark | (left & right)


def _runs(dark: np.ndarray, shortest: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The runs of dark pixels along the rows at least `shortest` long: their rows, starts and ends (past)."""
    edges = np.diff(np.pad(dark, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    rows, starts = np.nonzero(edges == 1)
    _, ends = np.nonzero(edges == -1)   # row by row, each run's end follows its start
    keep = ends - starts >= shortest
    return rows[keep], starts[keep], ends[keep]


def _touching(rows: list[int], starts: list[int], ends: list[int]) -> list[list[tuple[int, int, int]]]:
    """Runs (row, start, end) in strokes: a run joins the stroke of a run in the row above that it overlaps or
    touches at a corner (a stroke stepping down a row, the scan askew)."""
    strokes: list[list[tuple[int, int, int]]] = []
    open_: list[tuple[int, int, int, int]] = []   # the runs of the row above: (start, end, stroke, row)
    here: list[tuple[int, int, int, int]] = []
    row = -2
    for r, a, b in zip(rows, starts, ends):
        if r != row:
            open_ = here if r == row + 1 else []
            here, row = [], r
        k = next((s for a0, b0, s, _ in open_ if a0 <= b and a <= b0), None)
        if k is None:
            k = len(strokes)
            strokes.append([])
        strokes[k].append((r, a, b))
        here.append((a, b, k, r))
    return strokes


def picture_inks(page: pymupdf.Page, lines: list[Line], ls: Layout) -> list[Line]:
    """The lines of an OCR'd scan, those printed in another ink than its running text marked so (Span.inked).
    Convention: the OCR layer keeps no face, size or weight of the print (ocr_layer), but the picture keeps its
    ink: a slide's title in the deck's blue, a flyer's heads in red over black text are set apart by their ink as
    a text PDF's are by their face. A line's ink is the mean colour of the darkest `scan_ink_share` of its box's
    pixels (the page rendered in colour at `scan_ink_dpi`), read as a hue — (red - green, green - blue), no
    lightness: a grey ink or a scan's cast is the text's own —; the running text's is the median hue of the
    page's lines of `ocr_line_letters` letters or more, a line weighing by its letters; a line whose hue stands
    further than `scan_ink_apart` from it is in another ink."""
    zoom = ls.scan_ink_dpi / 72
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csRGB, alpha=False, annots=False)
    rgb = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, :pix.width * 3].reshape(pix.height, pix.width, 3)
    hues = [_hue(rgb, ln, zoom, ls) for ln in lines]
    counted = [(h, n) for h, ln in zip(hues, lines) if h is not None
               and (n := sum(1 for c in ln.text if not c.isspace())) >= ls.ocr_line_letters]
    if not counted:
        return lines
    body = tuple(median(h[k] for h, n in counted for _ in range(n)) for k in (0, 1))
    return [_inked(ln) if h is not None and np.hypot(h[0] - body[0], h[1] - body[1]) > ls.scan_ink_apart else ln
            for h, ln in zip(hues, lines)]


def _hue(rgb: np.ndarray, line: Line, zoom: float, ls: Layout) -> tuple[float, float] | None:
    """The hue of the line's ink (picture_inks): None where its box holds no pixel."""
    box = rgb[max(0, int(line.y0 * zoom)):int(np.ceil(line.y1 * zoom)), max(0, int(line.x0 * zoom)):int(np.ceil(line.x1 * zoom))]
    px = box.reshape(-1, 3).astype(np.int32)
    if not len(px):
        return None
    light = px.sum(axis=1)
    r, g, b = px[light <= np.quantile(light, ls.scan_ink_share)].mean(axis=0)
    return float(r - g), float(g - b)


def _inked(line: Line) -> Line:
    return replace(line, spans=[replace(s, inked=True) for s in line.spans])
