"""Kinds blind26a builds from session 26's unseen council and budget papers (a city's supplementary budget summary
printed from a spreadsheet):

build_banded_sheet   a spreadsheet's ruled table whose two shaded rows are filled as the sheet's own rows fill them:
                     each ruled row a short band across the whole table (a spacer row of the sheet) over the pieces
                     of its text row side by side (a fill per merged cell), all of one tint, the lines drawn only
                     round the ruled rows. Truth: one table of 4 rows × 4 columns (header, a plain row, the two shaded
                     rows): a band meeting the pieces under it with no line drawn along shows no edge. The unit
                     note (単位 千円) set flush right under the title, a space for its colon: the title's unit, no
                     part of it — title 令和８年度　例示補正予算の概要.
build_white_note     a spreadsheet's summary sheet: the title, a ruled table, the sheet's date flush right under it;
                     over the table, flush right, a line typed in WHITE on the white page (a note the sheet's author
                     hid: 令和…年…月…日 例示課作成). Truth: date the printed one; no issuer; the white line is not
                     printed and no text of the document.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_W, _H = 842, 595
_TINT = (0.86, 0.9, 0.945)
_COLS = (60.0, 260.0, 460.0, 640.0, 780.0)

BANDED_SHAPE = (4, 4)


def _cjk(page: pymupdf.Page, at: tuple[float, float], text: str, size: float = 10.0,
         colour: tuple[float, float, float] = (0, 0, 0)) -> None:
    tw = pymupdf.TextWriter(page.rect, color=colour)
    tw.append(at, text, font=pymupdf.Font("cjk"), fontsize=size)
    tw.write_text(page)


def _line(page: pymupdf.Page, a: tuple[float, float], b: tuple[float, float], width: float = 0.5) -> None:
    page.draw_line(a, b, color=(0, 0, 0), width=width)


def _shaded_row(page: pymupdf.Page, top: float) -> None:
    """A ruled row as a spreadsheet fills it: a 9 pt band across the table (a spacer row of the sheet), then the
    pieces of its text row side by side (one fill per merged cell), every fill of one tint, no line between them."""
    page.draw_rect(pymupdf.Rect(_COLS[0], top, _COLS[-1], top + 9), color=None, fill=_TINT, width=0)
    for x0, x1 in ((_COLS[0], 500.0), (500.0, 700.0), (700.0, _COLS[-1])):
        page.draw_rect(pymupdf.Rect(x0, top + 9 - 0.1, x1, top + 27), color=None, fill=_TINT, width=0)


def build_banded_sheet(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _cjk(page, (330, 70), "令和８年度　例示補正予算の概要", 16)
    _cjk(page, (728, 94), "(単位 千円)", 9.6)
    top, rows = 100.0, [100.0, 130.0, 160.0, 187.0, 214.0]
    _shaded_row(page, 160.0)
    _shaded_row(page, 187.0)
    for y in rows:
        _line(page, (_COLS[0], y), (_COLS[-1], y))
    for x in _COLS:
        _line(page, (x, top), (x, rows[-1]))
    cells = [("会計名", "補正前", "補正額", "補正後"), ("一般会計", "69,408,240", "579,855", "69,988,095"),
             ("１ 例示対策事業", "", "439,931", ""), ("２ その他例示事業", "", "139,924", "")]
    for (y0, y1), row in zip(zip(rows, rows[1:]), cells):
        for (x0, _), text in zip(zip(_COLS, _COLS[1:]), row):
            if text:
                _cjk(page, (x0 + 6, (y0 + y1) / 2 + 4), text)
    doc.save(path)
    return path


def build_white_note(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _cjk(page, (330, 70), "令和８年度　例示補正予算の概要", 16)
    _cjk(page, (640, 92), "令和８年５月27日　例示課作成", 9.6, colour=(1, 1, 1))
    rows = [100.0, 130.0, 160.0]
    for y in rows:
        _line(page, (_COLS[0], y), (_COLS[-1], y))
    for x in _COLS:
        _line(page, (x, rows[0]), (x, rows[-1]))
    for (y0, y1), row in zip(zip(rows, rows[1:]), [("会計名", "補正前", "補正額", "補正後"),
                                                   ("一般会計", "69,408,240", "579,855", "69,988,095")]):
        for (x0, _), text in zip(zip(_COLS, _COLS[1:]), row):
            _cjk(page, (x0 + 6, (y0 + y1) / 2 + 4), text)
    _cjk(page, (690, 185), "令和８年６月５日", 9.6)
    doc.save(path)
    return path


# the column label's strip: x 60..80, the label's letters one to a row down it (企 / 業 / 会 / 計), beside two ruled rows
# the strip spans; a total row under them runs across the strip (no line down it there)
LABELLED_SHAPE = (3, 5)


def build_column_label(path: Path) -> Path:
    """A spreadsheet's second table on a summary sheet: its first column a narrow strip holding a label set down it one
    letter a row (企業会計), beside the accounts' two rows, the total row under them running across the strip. Truth:
    one table of 3 rows × 5 columns, its first cell the label; no issuer (the label's letters name no body)."""
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _cjk(page, (330, 70), "令和８年度　例示補正予算の概要", 16)
    xs, rows = (60.0, 80.0, 260.0, 460.0, 640.0, 780.0), [100.0, 150.0, 200.0, 240.0]
    for y in rows:
        _line(page, (xs[0] if y in (rows[0], rows[-1]) else xs[1], y), (xs[-1], y))
    _line(page, (xs[1], rows[0]), (xs[1], rows[2]))
    for x in xs[:1] + xs[2:]:
        _line(page, (x, rows[0]), (x, rows[-1]))
    for k, letter in enumerate("企業会計"):
        _cjk(page, (65, 118 + 22 * k), letter, 9.6)
    cells = [("水道事業", "4,168,178", "0", "4,168,178"), ("下水道事業", "7,019,698", "25,000", "7,044,698"),
             ("合計", "11,187,876", "25,000", "11,212,876")]
    for (y0, y1), row in zip(zip(rows, rows[1:]), cells):
        for (x0, _), text in zip(zip(xs[1:], xs[2:]), row):
            _cjk(page, (x0 + 6, (y0 + y1) / 2 + 4), text)
    _cjk(page, (690, 265), "令和８年６月５日", 9.6)
    doc.save(path)
    return path
