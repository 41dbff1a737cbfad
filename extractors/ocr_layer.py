"""An OCR'd scan's text layer (the layout stage's).

Convention: a scanned page given a text layer by OCR (ScanSnap, ocrmypdf, Acrobat's "recognise
text") is a full-page picture with the words laid over it in invisible glyphs (text render mode 3:
MuPDF reads them with alpha 0). What the OCR keeps of the paper is where each word stands; what it
guesses is its type: each span's size is its estimate of the glyph height (2-20 pt, varying line to
line and within a line), no bold, one font. So such a page (`Page.ocr`) is read by position,
indentation and numbering alone: every span is taken at one size (the page's usual line height),
so no line is set apart as larger; and a number the OCR cut in two (第1 5条: a space between two
digits closer than a letter) is joined. Specks of dirt the OCR read as marks (a line of a mark or two
far shorter than a letter: ■ | 』 in the margin; an ASCII ~ between letters) are taken out of the
text and kept as the page's furniture of kind ocr_speck (Page.specks), so no letter is lost. Struck
twice (a layer writing a line again on its own spot) is no bold either: every span is read regular.
Letters the OCR read off a picture — a photograph's texture, a map — are kept as text but head
nothing (picture_letters): what it reads off print is a letter boxed about as wide as tall.
"""
from __future__ import annotations

from dataclasses import replace
from statistics import median

import pymupdf

import regex

from extractors.geometry import union_box
from extractors.records import Line, Page, Rule, Span
from extractors.settings import Layout

Box = tuple[float, float, float, float]


def _text_spans(raw: dict) -> list[dict]:
    return [s for b in raw["blocks"] if b.get("type", 0) == 0 for ln in b["lines"] for s in ln["spans"] if s["chars"]]


def is_ocr_layer(raw: dict, rect: pymupdf.Rect, placed: list[Box], ls: Layout) -> bool:
    """Whether the page's text is an invisible layer (every glyph in render mode 3) over a picture
    covering the page (`placed`: its images' boxes): an OCR'd scan."""
    spans = _text_spans(raw)
    if not spans or any(s.get("alpha", 255) != 0 for s in spans):
        return False
    area = rect.width * rect.height
    clip = pymupdf.Rect(0, 0, rect.width, rect.height)
    images = min(area, sum(abs(pymupdf.Rect(box) & clip) for box in placed))
    return area > 0 and images >= ls.scan_image_share * area


def is_traced_type(raw: dict, ls: Layout) -> bool:
    """Whether the page's text is a scanner's traced type: more than `scan_traced_share` of its letters set in fonts
    whose names are starred (`*Kozuka Mincho Pr6N R-4884`; a note typed over the scan later, an erratum, is set in a
    font of its own). Convention: a multifunction printer's compact scan (an ApeosPort's, its fonts
    carrying a /Bezier key) keeps no picture of the letters; it traces each glyph's outline off the paper and sets
    it visibly in a font it names after the face its OCR matched, starred — the letters are the OCR's reading as
    in an invisible layer (its sizes its guesses, 4-52 pt on one page, its faces no print's), so the page is read
    as an OCR'd scan (`Page.ocr`), its rules read from the page as rendered (what it could not trace, a formula, a
    ruled grid, stays a picture placed in pieces: scan_rules)."""
    if not any(s["font"].startswith("*") for b in raw["blocks"] if b.get("type", 0) == 0 for ln in b["lines"]
               for s in ln["spans"]):   # no starred font (most pages): no letters counted, no spans listed
        return False
    spans = _text_spans(raw)
    traced = sum(len(s["chars"]) for s in spans if s["font"].startswith("*"))
    return traced > ls.scan_traced_share * sum(len(s["chars"]) for s in spans)


def as_read_by_ocr(raw: dict, ls: Layout, again: list[str]) -> list[str]:
    """The OCR layer's split numbers joined and specks taken out (the module's convention), in place in
    MuPDF's rawdict: a letter is the median height of the page's lines of a few letters. Returns the
    specks taken out, one text per line they stood in; the lines read a second time (_second_readings_out)
    go to `again` (the page's overprints: struck again on their spot)."""
    letter = ocr_letter(raw, ls)
    if not letter:
        return []
    _runs_read_across(raw, letter, ls)
    specks: list[str] = []
    for b in raw["blocks"]:
        if b.get("type", 0) == 0:
            specks += _specks_out(b, letter, ls)
    twice = _second_readings_out(raw)
    again += [" ".join(twice)] if twice else []   # one text a page, as the copies struck again
    _pieces_joined(raw, letter, ls)
    return specks


def ocr_letter(raw: dict, ls: Layout) -> float:
    """The OCR layer's letter: the median height of its lines across the page of a few letters (0 when none)."""
    heights = [ln["bbox"][3] - ln["bbox"][1] for b in raw["blocks"] if b.get("type", 0) == 0 for ln in b["lines"]
               if ln["dir"][1] == 0 and sum(len(s["chars"]) for s in ln["spans"]) >= ls.ocr_line_letters]
    return median(heights) if heights else 0.0


def _specks_out(block: dict, letter: float, ls: Layout) -> list[str]:
    """The block's speck lines and tildes taken out and its split numbers joined, in place; the specks'
    texts returned (one a line)."""
    out = [ln for ln in block["lines"] if _speck(ln, letter, ls) or _sliver(ln, letter, ls)]
    specks = [t for t in (_chars(ln["spans"]).strip() for ln in out) if t]
    block["lines"] = [ln for ln in block["lines"] if not any(ln is x for x in out)]
    for ln in block["lines"]:
        tildes = _chars(ln["spans"]).count("~")
        ln["spans"], bars = _edge_bars_out(ln["spans"])
        ln["spans"] = _numbers_joined(_no_tildes(ln["spans"]), letter)
        taken = tildes - _chars(ln["spans"]).count("~")
        specks += (["~" * taken] if taken else []) + ([bars] if bars else [])
    block["lines"] = [ln for ln in block["lines"] if ln["spans"]]
    return specks


def _sliver(ln: dict, letter: float, ls: Layout) -> bool:
    """Convention: a line the OCR boxed far narrower than a letter (under `ocr_sliver` of one), no speck's
    height (_speck: at least `ocr_speck` of a letter tall) and many times taller than wide (`ocr_sliver_tall`)
    is the side of a frame or a band, or a hairline, read as marks (『１１１Ｊ‐１．ヨ, １Ｊ, I at a band's edges,
    2 pt wide and 24 pt tall beside 10 pt letters; an I 1 pt wide over a notice's head): no printed letter
    stands so thin (a 1 or a 2 alone on its line is boxed a third of a letter wide or more; a letter read off
    a photograph's sliver, under six times taller than wide, is picture_letters'). So is one mark alone on its line as thin for
    its height that stands `ocr_sliver_long` letters tall or more, whatever its width (a table's rule a scanner traced
    as ゜: its letter, the OCR's guess of a size, no measure of a rule's width; a column of words set down a map is
    many marks). Taken out as a speck."""
    x0, y0, x1, y1 = ln["bbox"]
    one = len(_chars(ln["spans"]).strip()) == 1
    return (x1 - x0 < ls.ocr_sliver * letter or (one and y1 - y0 >= ls.ocr_sliver_long * letter)) \
        and y1 - y0 >= max(ls.ocr_speck * letter, ls.ocr_sliver_tall * (x1 - x0))


def _edge_bars_out(spans: list[dict]) -> tuple[list[dict], str]:
    """Convention: print sets no vertical bar at the start or end of a line of text; an OCR reads the
    side of the frame a band or a box draws round the line as one (|資格確認, |保険). The bars at the
    line's ends are taken out (returned, a speck) when the line holds a letter besides."""
    chars = [c for s in spans for c in s["chars"]]
    seen = [c for c in chars if not c["c"].isspace()]
    if len(seen) < 2 or not (seen[0]["c"] in _BARS or seen[-1]["c"] in _BARS):
        return spans, ""
    k = next(i for i, c in enumerate(seen) if c["c"] not in _BARS)
    n = next(i for i, c in enumerate(reversed(seen)) if c["c"] not in _BARS)
    bars = seen[:k] + seen[len(seen) - n:]
    return _without(spans, {id(c) for c in bars}), "".join(c["c"] for c in bars)


_BARS = "|｜"


def _second_readings_out(raw: dict) -> list[str]:
    """Convention: an OCR engine may read a printed line twice over its spot (one pass through a band's
    frame and its text, another through the text alone: "|資格確認" and "資格確" + "書等について" over one
    band). A line every glyph of which stands over a glyph of the same letter in a longer line of its row
    (overlapping it over half the narrower box) is such a second reading: taken out (its text returned,
    kept as the page's furniture), the longer reading kept (a line written again whole on its spot is a
    copy struck again: layout._overprints takes it)."""
    lines = _lines_across(raw)
    glyphs = [[c for s in ln["spans"] for c in s["chars"] if not c["c"].isspace()] for ln in lines]
    gone: set[int] = set()
    for i in range(len(lines)):
        k = _reading_over(i, lines, glyphs, gone)
        if k is not None:
            gone.add(i)
            _boxed_tighter(lines[k], lines[i]["bbox"])
    dropped = {id(lines[i]) for i in gone}
    for b in raw["blocks"] if gone else ():
        if b.get("type", 0) == 0:
            b["lines"] = [ln for ln in b["lines"] if id(ln) not in dropped]
    return [_chars(lines[i]["spans"]) for i in sorted(gone)]


def _lines_across(raw: dict) -> list[dict]:
    """The page's text lines running across it, block by block."""
    return [ln for _, ln in _across_in_blocks(raw)]


def _across_in_blocks(raw: dict) -> list[tuple[dict, dict]]:
    """The page's text lines running across it, block by block, each with its block."""
    return [(b, ln) for b in raw["blocks"] if b.get("type", 0) == 0 for ln in b["lines"] if ln["dir"][1] == 0]


def _reading_over(i: int, lines: list[dict], glyphs: list[list[dict]], gone: set[int]) -> int | None:
    """The longer line of line i's row (none taken out) that reads every glyph of line i again (_read_again)."""
    g = glyphs[i]
    if not g:
        return None
    return next((j for j, o in enumerate(lines) if j not in gone and len(glyphs[j]) > len(g)
                 and _one_row(lines[i]["bbox"], o["bbox"]) and _read_again(g, glyphs[j])), None)


def _pieces_joined(raw: dict, letter: float, ls: Layout) -> None:
    """Convention: an OCR may read one printed line in pieces filed in separate blocks (資格確認 | 書等について,
    保険 | 料について over a band, each piece a pass of its own): pieces of one row standing end to end, the
    gap between them under `ocr_speck` of a letter (no space a word or a column leaves) and boxed alike tall
    (`ocr_piece_height`: a 回覧 stamp beside a title in display type three times its height is no piece of it),
    are one line, joined into the first piece's line left to right (after the second readings are out)."""
    pieces = sorted(_across_in_blocks(raw), key=lambda p: p[1]["bbox"][0])
    gap = ls.ocr_speck * letter
    kept: list[dict] = []
    for block, ln in pieces:
        x0 = ln["bbox"][0]
        into = next((a for a in kept if -gap < x0 - a["bbox"][2] < gap and _same_height(a["bbox"], ln["bbox"])
                     and _alike_tall(a["bbox"], ln["bbox"], ls)), None)
        if into is None:
            kept.append({"bbox": ln["bbox"], "line": ln})
            continue
        into["line"]["spans"] += ln["spans"]
        into["line"]["bbox"] = into["bbox"] = union_box([into["line"]["bbox"], ln["bbox"]])
        block["lines"] = [x for x in block["lines"] if x is not ln]   # (a line of its own block's: in place)


def _alike_tall(a: Box, b: Box, ls: Layout) -> bool:
    """The shorter box at least `ocr_piece_height` of the taller's height."""
    ha, hb = a[3] - a[1], b[3] - b[1]
    return min(ha, hb) >= ls.ocr_piece_height * max(ha, hb)


def _boxed_tighter(line: dict, other: Box) -> None:
    """The kept reading's glyphs boxed down the page as the second reading boxed the same letters, where
    that is tighter: the pass that read a band's frame with its text boxed the frame (|資格確認 24 pt tall
    over letters the other pass boxed 15 pt), and the row's letters stand where the tighter box puts them."""
    y0, y1 = line["bbox"][1], line["bbox"][3]
    if other[3] - other[1] >= y1 - y0:
        return
    for s in line["spans"]:
        for c in s["chars"]:
            c["bbox"] = (c["bbox"][0], other[1], c["bbox"][2], other[3])
            c["origin"] = (c["origin"][0], other[3])
        s["bbox"] = (s["bbox"][0], other[1], s["bbox"][2], other[3])
        s["origin"] = (s["origin"][0], other[3])
    line["bbox"] = (line["bbox"][0], other[1], line["bbox"][2], other[3])


def _one_row(a: Box, b: Box) -> bool:
    """Two boxes of one row (_same_height) overlapping across the page."""
    return _same_height(a, b) and min(a[2], b[2]) > max(a[0], b[0])


def _same_height(a: Box, b: Box) -> bool:
    """Two boxes overlapping down the page over half the shorter one's height."""
    return min(a[3], b[3]) - max(a[1], b[1]) > min(a[3] - a[1], b[3] - b[1]) / 2


def _read_again(g: list[dict], h: list[dict]) -> bool:
    """Every glyph of `g` over a glyph of the same letter in `h`, overlapping it over half the narrower box."""
    return all(any(c["c"] == d["c"] and min(c["bbox"][2], d["bbox"][2]) - max(c["bbox"][0], d["bbox"][0])
                   > min(c["bbox"][2] - c["bbox"][0], d["bbox"][2] - d["bbox"][0]) / 2 for d in h) for c in g)


def rules_read_as_marks(raw: dict, rules: list[Rule], ls: Layout) -> list[str]:
    """Convention: an OCR reads a stretch of a ruled line as a mark — a dash (一 ー － - _) along a rule across
    the page, a bar (| ｜) along one down it: a timeline's arrow read 一 after its ●, a table's column rule read |
    between two cells. A glyph of such a mark that a rule of the page (scan_rules: read from its picture) runs
    through lengthwise — inside its box, not at its edge, across the box's middle — is that rule: taken out of the
    text, in place in MuPDF's rawdict (a line left empty is dropped). Returns their texts, one a line (specks).
    But a dash set inside a word — glyphs other than a space, a dash or a bar right before and after it on its
    line (F1-1, exp(-x), 一般) — that a rule crosses only along the top or foot of its box (within `ocr_mark_middle`
    of the box's height: the OCR boxes a glyph its line's height) is printed: the rule is the frame or the underline
    round its line (問題番号 | F1-1 boxed, the box's foot across the hyphen's box at 0.93 of it), and it stays."""
    across = [r for r in rules if r.horizontal]
    down = [r for r in rules if not r.horizontal]
    taken: list[str] = []
    for b in raw["blocks"] if rules else ():
        if b.get("type", 0) == 0:
            taken += _marks_out(b, across, down, ls.ocr_mark_middle)
    return taken


def _marks_out(block: dict, across: list[Rule], down: list[Rule], edge: float) -> list[str]:
    """The block's glyphs that are a rule read as a mark (rules_read_as_marks) taken out, their texts a line each."""
    taken: list[str] = []
    for ln in block["lines"]:
        chars = [c for s in ln["spans"] for c in s["chars"]]
        drop = {id(c) for k, c in enumerate(chars) if _on_a_rule(c, across, down, edge if _in_a_word(chars, k) else 0.0)}
        if drop:
            taken.append("".join(c["c"] for c in chars if id(c) in drop))
            ln["spans"] = _without(ln["spans"], drop)
    block["lines"] = [ln for ln in block["lines"] if ln["spans"]]
    return taken


def _in_a_word(chars: list[dict], k: int) -> bool:
    """The glyphs right before and after the k-th of its line are neither a space nor a mark of a rule (_marks_out)."""
    def printed(i: int) -> bool:
        return 0 <= i < len(chars) and not chars[i]["c"].isspace() and chars[i]["c"] not in DASHES + _BARS
    return printed(k - 1) and printed(k + 1)


DASHES = "一ー－‐-_―─"   # the marks an OCR reads a stretch of a rule across the page as


def _on_a_rule(c: dict, across: list[Rule], down: list[Rule], edge: float) -> bool:
    """The glyph is a dash a rule across the page runs through further than `edge` of its box's height from the
    box's top and foot, or a bar a rule down it runs through (rules_read_as_marks)."""
    x0, y0, x1, y1 = c["bbox"]
    dy = edge * (y1 - y0)
    if c["c"] in DASHES:
        return any(y0 + dy < r.y0 < y1 - dy and r.x0 <= (x0 + x1) / 2 <= r.x1 for r in across)
    if c["c"] in _BARS:
        return any(x0 < r.x0 < x1 and r.y0 <= (y0 + y1) / 2 <= r.y1 for r in down)
    return False


def _chars(spans: list[dict]) -> str:
    return "".join(c["c"] for s in spans for c in s["chars"])


def at_one_size(pages: list[Page], ls: Layout) -> list[Page]:
    """The document's OCR'd pages (Page.ocr) with every span at one size: the median height of
    their lines of a few letters (the OCR's guess of a glyph's size is no type size), and in regular
    weight (a line the layer wrote twice on its spot reads as overprinted bold, which no paper set it
    in: a notice's addressee, a contact line); other pages as read."""
    heights = [ln.y1 - ln.y0 for p in pages if p.ocr for ln in p.lines if len(ln.text.strip()) >= ls.ocr_line_letters]
    if not heights:
        return pages
    size = round(median(heights), 1)
    return [replace(p, lines=[replace(ln, spans=[replace(s, size=size, bold=False) for s in ln.spans]) for ln in p.lines])
            if p.ocr else p for p in pages]


def picture_letters(line: Line, ls: Layout) -> bool:
    """Convention: an OCR reads a printed letter set full width (an ideograph, a kana) in a box
    about as wide as tall, at least half a letter high; what it reads off a picture (a photograph's
    texture, a map, the junk 軍事画 聖鴻 戸 司 over a survey's photos) comes in boxes of any shape —
    slivers, flat bars, specks — or as marks with no letter at all (■■〆』), or read down the page. A line of an OCR'd page
    (its spans at the layer's one size: at_one_size) most of whose letters stand in such runs is
    letters read off a picture: text kept where it stands, never a heading (page_flow marks it
    TextLine.in_figure, a figure's words)."""
    off, total = line.letters_where(lambda s: _off_print(s, ls))
    return total > 0 and 2 * off >= total


def _off_print(span: Span, ls: Layout) -> bool:
    """The span (of an OCR'd page) is a run read off a picture (picture_letters): every letter it
    holds set full width boxed short or far from square, or marks more than letters and digits; or a run read down
    the page (_read_down)."""
    seen = [c for c in span.text if not c.isspace()]
    if _read_down(span.char_boxes):
        return True
    if 2 * sum(1 for c in seen if _LETTER.match(c)) < len(seen):
        return True
    full = [b for c, b in zip(span.text, span.char_boxes) if _FULL_WIDTH.match(c)]
    return bool(full) and all(_misshapen(b, span.size, ls) for b in full)


def _read_down(boxes: tuple[Box, ...]) -> bool:
    """Convention: a page the OCR read across (a page set vertically is read turned) sets its text across; a
    run of letters it read down the page, each glyph under the one before, is the caption of a diagram's box
    (②用地測量 in a flow), a road's name along it on a map, a table's column head set down: no heading."""
    return len(boxes) > 1 and all(b[1] - a[1] > (a[3] - a[1]) / 2 and b[0] < a[2] and a[0] < b[2]
                                  for a, b in zip(boxes, boxes[1:]))


def _misshapen(box: Box, letter: float, ls: Layout) -> bool:
    w, h = box[2] - box[0], box[3] - box[1]
    return h < ls.ocr_speck * letter or not ls.ocr_narrow * h <= w <= ls.ocr_wide * h


# a letter set full width: an ideograph, a kana, a full-width form (Ａ１（)
_LETTER = regex.compile(r"[\p{L}\p{N}--\p{Sk}]", regex.V1)
_FULL_WIDTH = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\uff01-\uff5e\u3000-\u303f]")


def _one_letter_down(ln: dict, ls: Layout) -> bool:
    """A line running down the page (its direction's cosine under the slant of a watermark) that holds
    one letter: a piece of an OCR's vertical run."""
    return abs(ln["dir"][0]) < ls.slant and sum(1 for s in ln["spans"] for c in s["chars"] if not c["c"].isspace()) == 1


def _runs_read_across(raw: dict, letter: float, ls: Layout) -> None:
    """Convention: an OCR may read a few lines set across the page (a letter's head set flush right:
    its number over its date) down, column by column: lines running down the page of one letter
    each, whose boxes stand side by side in rows; or runs of several letters standing in step side by
    side (_in_step_runs: a table's column of dates, 平成２年１２月 over 令和２年４月, read 平令令… 成和和…).
    Their glyphs are read across again, row by row:
    rows of the glyphs a letter high, overlapping down the page; a glyph the OCR boxed short (under
    half a letter: one it could not size) goes to the row whose top its box's bottom stands nearest,
    within half a letter (such a box stands over its room, between its row and the one above), else
    to a row of its own. Rows are cut where two glyphs stand further apart than `ocr_row_gap` letters."""
    glyphs = _read_down_out(raw, _in_step_runs(raw, letter, ls), ls)
    if not glyphs:
        return
    rows = _glyph_rows(glyphs, letter, ls)
    lines = [_row_line(row) for row in rows for row in _cut(row, letter * ls.ocr_row_gap)]
    raw["blocks"].append({"type": 0, "bbox": union_box([ln["bbox"] for ln in lines]), "lines": lines})


def _read_down_out(raw: dict, in_step: set[int], ls: Layout) -> list[tuple[dict, dict]]:
    """The glyphs (with their spans) of the lines to read across again (_runs_read_across: of one letter down the page,
    or `in_step`), those lines taken out of their blocks."""
    glyphs: list[tuple[dict, dict]] = []
    for b in raw["blocks"]:
        taken = [ln for ln in b["lines"] if _one_letter_down(ln, ls) or id(ln) in in_step] if b.get("type", 0) == 0 else []
        if taken:
            glyphs += [(c, s) for ln in taken for s in ln["spans"] for c in s["chars"] if not c["c"].isspace()]
            b["lines"] = [ln for ln in b["lines"] if not any(ln is t for t in taken)]
    return glyphs


def _in_step_runs(raw: dict, letter: float, ls: Layout) -> set[int]:
    """The ids of the page's runs down the page of two glyphs or more that stand in step with another (_in_step)."""
    runs = [(ln, [c["bbox"] for s in ln["spans"] for c in s["chars"] if not c["c"].isspace()])
            for b in raw["blocks"] if b.get("type", 0) == 0 for ln in b["lines"] if abs(ln["dir"][0]) < ls.slant]
    runs = [(ln, boxes) for ln, boxes in runs if len(boxes) > 1]
    out: set[int] = set()
    for k, (a, boxes) in enumerate(runs):
        for b, others in runs[k + 1:]:
            if _in_step(boxes, others, ls.ocr_in_step * letter):
                out |= {id(a), id(b)}
    return out


def _in_step(a: list[Box], b: list[Box], tol: float) -> bool:
    """Convention: text set across that an OCR read down the page column by column: two runs down the page
    side by side (overlapping across by no more than `tol`) whose glyphs stand level — top and foot within
    `tol` — at least twice and for half the shorter run, a glyph nearer its level neighbour across than the
    next glyph down its own run (the pitch across under the pitch down: printed 縦書き sets its columns
    further apart than its letters, and no two of a map's names along roads stand in step)."""
    if min(max(x[2] for x in a), max(x[2] for x in b)) - max(min(x[0] for x in a), min(x[0] for x in b)) > tol:
        return False
    level = [(p, q) for p in a for q in b if abs(p[1] - q[1]) <= tol and abs(p[3] - q[3]) <= tol]
    if len(level) < 2 or 2 * len(level) < min(len(a), len(b)):
        return False
    across = median(abs(p[0] + p[2] - q[0] - q[2]) / 2 for p, q in level)
    return across < min(_pitch(a), _pitch(b))


def _pitch(boxes: list[Box]) -> float:
    """The median step down the page from one glyph's top to the next's."""
    tops = sorted(x[1] for x in boxes)
    return median(y - x for x, y in zip(tops, tops[1:]))


def _glyph_rows(glyphs: list[tuple[dict, dict]], letter: float, ls: Layout) -> list[list[tuple[dict, dict]]]:
    """The run's glyphs in rows (_runs_read_across), top to bottom."""
    short = ls.ocr_speck * letter
    rows = _overlapping([g for g in glyphs if _height(g) >= short])
    tops = [min(x[0]["bbox"][1] for x in r) for r in rows]
    loose = []
    for g in (g for g in glyphs if _height(g) < short):
        k = min(range(len(rows)), key=lambda i: abs(tops[i] - g[0]["bbox"][3]), default=None)
        if k is not None and abs(tops[k] - g[0]["bbox"][3]) <= short:
            rows[k].append(g)
        else:
            loose.append(g)
    rows += _overlapping(loose)
    return sorted(rows, key=lambda r: min(x[0]["bbox"][1] for x in r))


def _overlapping(glyphs: list[tuple[dict, dict]]) -> list[list[tuple[dict, dict]]]:
    """Glyphs in rows down the page: one stands in the row above when its top is above the middle of
    that row's glyphs."""
    rows: list[list[tuple[dict, dict]]] = []
    for g in sorted(glyphs, key=_middle):
        if rows and g[0]["bbox"][1] < sum(map(_middle, rows[-1])) / len(rows[-1]):
            rows[-1].append(g)
        else:
            rows.append([g])
    return rows


def _middle(g: tuple[dict, dict]) -> float:
    return (g[0]["bbox"][1] + g[0]["bbox"][3]) / 2


def _height(g: tuple[dict, dict]) -> float:
    return g[0]["bbox"][3] - g[0]["bbox"][1]


def _cut(row: list[tuple[dict, dict]], gap: float) -> list[list[tuple[dict, dict]]]:
    """A row of glyphs left to right, cut where two stand more than `gap` apart."""
    row = sorted(row, key=lambda g: g[0]["bbox"][0])
    out = [[row[0]]]
    for g in row[1:]:
        if g[0]["bbox"][0] - out[-1][-1][0]["bbox"][2] > gap:
            out.append([g])
        else:
            out[-1].append(g)
    return out


def _row_line(row: list[tuple[dict, dict]]) -> dict:
    """A row of glyphs as a line across the page: one span in the first glyph's font."""
    box = union_box([c["bbox"] for c, _ in row])
    chars = [dict(c, origin=(c["bbox"][0], box[3])) for c, _ in row]
    span = dict(row[0][1], chars=chars, bbox=box, origin=(box[0], box[3]))
    return {"dir": (1, 0), "wmode": 0, "bbox": box, "spans": [span]}


def _speck(ln: dict, letter: float, ls: Layout) -> bool:
    """A line of a mark or two the OCR made of a speck of dirt: its box far shorter than a letter and
    no letter, digit or closing bracket in it (a 』, ■ or | in the margin; a ） the OCR sized small is kept).
    Convention: what is printed that short is a digit, a Latin letter or a kana set small (a superscript,
    a ruby) — never an ideograph, whose strokes need the letter's full height to be read: an ideograph
    the OCR boxed so short (召 at 3 pt in the margin of 10 pt text) is a speck it read as one."""
    chars = [c["c"] for s in ln["spans"] for c in s["chars"] if not c["c"].isspace()]
    return (len(chars) <= ls.ocr_speck_letters and ln["bbox"][3] - ln["bbox"][1] < ls.ocr_speck * letter
            and not any((c.isalnum() and not _IDEOGRAPH.match(c)) or c in _KEPT for c in chars))


_KEPT = "）)」、。"
_IDEOGRAPH = regex.compile(r"\p{Han}")


def _no_tildes(spans: list[dict]) -> list[dict]:
    """A line's spans without the ASCII tildes an OCR makes of dirt between letters (第17条~監査等,
    ~附則), and the spaces right after them: a Japanese OCR reads the wave dash as 〜; a tilde between
    two digits (1~3) is kept."""
    if not any("~" in c["c"] for s in spans for c in s["chars"]):
        return spans
    chars = [c for s in spans for c in s["chars"]]
    drop: set[int] = set()
    for k, c in enumerate(chars):
        if c["c"] == "~" and not (0 < k < len(chars) - 1 and chars[k - 1]["c"].isdigit() and chars[k + 1]["c"].isdigit()):
            drop.add(id(c))
        elif c["c"].isspace() and k > 0 and id(chars[k - 1]) in drop:
            drop.add(id(c))   # the space read after the speck goes with it (~ (7) … opens no indented line)
    return _without(spans, drop)


def _digit(ch: dict | None) -> bool:
    return ch is not None and ch["c"].isdigit()


def _numbers_joined(spans: list[dict], size: float) -> list[dict]:
    """A line's spans with every space the OCR put between two digits less than a letter (`size`)
    apart taken out (第1 5条 → 第15条); a span left empty is dropped."""
    chars = [c for s in spans for c in s["chars"]]
    drop: set[int] = set()
    for k, c in enumerate(chars):
        if not c["c"].isspace() or k == 0:
            continue
        after = next((x for x in chars[k + 1:] if not x["c"].isspace()), None)
        if after is not None and _digit(chars[k - 1]) and _digit(after) \
                and after["bbox"][0] - chars[k - 1]["bbox"][2] < size:
            drop.add(id(c))
    return _without(spans, drop) if drop else spans


def _without(spans: list[dict], drop: set[int]) -> list[dict]:
    """The spans without the characters whose ids are in `drop`; a span left empty is dropped."""
    out = []
    for s in spans:
        kept = [c for c in s["chars"] if id(c) not in drop]
        if kept:
            s["chars"] = kept
            s["bbox"] = (kept[0]["bbox"][0], s["bbox"][1], kept[-1]["bbox"][2], s["bbox"][3])
            out.append(s)
    return out
