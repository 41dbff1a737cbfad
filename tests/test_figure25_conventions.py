"""Conventions of figures (figure25): what an opaque white box painted later covers wholly is not on the page
(painted_over: a slide's diagram pasted over an earlier copy of itself, shifted a little)."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from conftest import read_csv
from pipeline.cli import main
from test_tokyo16_conventions import GOTHIC, _grid

GREY = (0.25, 0.25, 0.25)
LABELS = ("例示対策本部", "例示調整班", "受入例示病院", "被災例示病院")


def _diagram(page: pymupdf.Page, dx: float, dy: float) -> None:
    """A flow diagram of four framed boxes, each with its label, joined by lines: the boxes and words of one copy."""
    boxes = ((60, 300, 200, 330), (300, 300, 440, 330), (60, 420, 200, 450), (300, 420, 440, 450))
    for (x0, y0, x1, y1), label in zip(boxes, LABELS):
        page.draw_rect(pymupdf.Rect(x0 + dx, y0 + dy, x1 + dx, y1 + dy), color=GREY, width=0.75)
        page.insert_text((x0 + dx + 10, y0 + dy + 20), label, fontname=GOTHIC, fontsize=10)
    for (ax, ay), (bx, by) in (((200, 315), (300, 315)), ((130, 330), (130, 420)), ((370, 330), (370, 420))):
        page.draw_line((ax + dx, ay + dy), (bx + dx, by + dy), color=GREY, width=2)
    page.insert_text((210 + dx, 310 + dy), "情報共有", fontname=GOTHIC, fontsize=9)


def build_pasted_slide(path: Path, border: tuple[float, ...] | None = None) -> Path:
    """A slide's title over a diagram drawn twice: the first copy 1.2 pt right and 9 pt down, then (`cover`) a white
    box over the diagram's area (`border`: its frame's colour, stroked in the same path), then the copy on top — as
    a viewer shows it, the diagram once."""
    doc = pymupdf.open()
    page = doc.new_page(width=540, height=780)
    page.insert_text((40, 130), "例示県対策マニュアル", fontname=GOTHIC, fontsize=30)
    page.insert_text((40, 230), "県内の体制", fontname=GOTHIC, fontsize=20)
    _diagram(page, 1.2, 9)
    page.draw_rect(pymupdf.Rect(20, 270, 520, 480), color=border, fill=(1, 1, 1), width=0.5 if border else 0)
    _diagram(page, 0, 0)
    page.insert_text((40, 600), "平時から例示の準備を行う。", fontname=GOTHIC, fontsize=12)
    doc.save(path)
    return path


def _extract(pdf: Path, tmp_path: Path) -> Path:
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    return tmp_path / "out/documents" / pdf.stem


@pytest.mark.parametrize("border", [None, (0.5, 0.5, 0.5)])
def test_a_drawing_pasted_over_its_covered_copy_is_read_once(tmp_path, border):
    """The copy under the white box is not on the page: no box and its copy read as a grid, each label once; the
    white box may be framed (filled and stroked in one path)."""
    pdf = build_pasted_slide(tmp_path / "slide.pdf", border)
    out = _extract(pdf, tmp_path)
    assert read_csv(out / "tables.csv") == []
    from extractors.layout import read_pdf
    words = " ".join(ln.text for ln in read_pdf(str(pdf)).pages[0].lines)
    assert all(words.count(label) == 1 for label in LABELS), words
    # not shown, yet in the text layer: the covered copy's letters are reported, never dropped silently
    painted = [r for r in read_csv(out / "problems.csv") if r["what"] == "text_painted_over"]
    assert [(r["page"], r["severity"]) for r in painted] == [("1", "note")]
    assert all(label in painted[0]["raw"] for label in LABELS), painted


def test_text_on_the_white_box_and_a_shadowed_frame_stay(tmp_path):
    """A white box laid over a grey shadow (the shadow reaching out of it) and a framed box with its words painted on
    it: the frame, its words and the shadow are drawn after the box or stand out of it, so all show."""
    doc = pymupdf.open()
    page = doc.new_page(width=540, height=780)
    page.insert_text((40, 130), "例示の手引", fontname=GOTHIC, fontsize=30)
    page.draw_rect(pymupdf.Rect(64, 184, 304, 264), color=None, fill=(0.6, 0.6, 0.6), width=0)
    page.draw_rect(pymupdf.Rect(60, 180, 300, 260), color=None, fill=(1, 1, 1), width=0)
    page.draw_rect(pymupdf.Rect(60, 180, 300, 260), color=GREY, width=0.75)
    page.insert_text((70, 230), "枠の中の語", fontname=GOTHIC, fontsize=10)
    doc.save(tmp_path / "frame.pdf")
    from extractors.layout import read_pdf
    src = read_pdf(str(tmp_path / "frame.pdf"))
    words = " ".join(ln.text for ln in src.pages[0].lines)
    assert "枠の中の語" in words, words
    panels = [tuple(round(v) for v in p) for p in src.pages[0].panels]
    assert (64, 184, 304, 264) in panels and (60, 180, 300, 260) in panels, panels


def test_a_grid_under_white_cells_painted_after_it_keeps_its_rules(tmp_path):
    """White cells painted over a grid drawn before them, each cell's box on the rules: a rule on a cover's edge
    shows half its width, so it is no path the cover hides — the table stays."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 60), "例示表", fontname=GOTHIC, fontsize=14)
    heads = ["区分", "件数", "割合"]
    _grid(page, 40, 100, heads, ["例示", "12", "30%"], width=90)
    for k in range(3):
        for y0, y1 in ((100, 118), (118, 140)):
            page.draw_rect(pymupdf.Rect(40 + 90 * k, y0, 130 + 90 * k, y1), color=None, fill=(1, 1, 1), width=0)
    for k, (head, figure) in enumerate(zip(heads, ["例示", "12", "30%"])):
        page.insert_text((44 + 90 * k, 114), head, fontname=GOTHIC, fontsize=10)
        page.insert_text((44 + 90 * k, 135), figure, fontname=GOTHIC, fontsize=12)
    doc.save(tmp_path / "grid.pdf")
    out = _extract(tmp_path / "grid.pdf", tmp_path)
    cells = read_csv(out / "tables.csv")
    assert {c["text"] for c in cells} >= {"区分", "件数", "12", "30%"}, cells


def test_a_note_laid_over_a_grid_hides_no_rule_under_it(tmp_path):
    """A note in a white box framed in blue laid over a ruled list, its rules drawn cell by cell: the row rule's piece
    under the note lies within the box, but the column rules run on out of it — a note laid over the grid, which
    runs on under it, so the rows stay apart (no cell spans two rows)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 60), "例示出納簿", fontname=GOTHIC, fontsize=14)
    xs, ys = [40, 130, 220, 310, 400], [100, 120, 140, 160, 180]
    for y0, y1 in zip(ys, ys[1:]):
        for x0, x1 in zip(xs, xs[1:]):   # each cell's sides drawn as pieces of their own
            page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=(0, 0, 0), width=0.5)
    for r, y in enumerate(ys[:-1]):
        for k, x in enumerate(xs[:-1]):
            page.insert_text((x + 4, y + 14), f"値{r}{k}" if r else f"項目{k}", fontname=GOTHIC, fontsize=10)
    page.draw_line((135, 140), (215, 140), color=(0, 0, 0), width=0.5)   # a piece of the row rule, within the note
    page.draw_rect(pymupdf.Rect(125, 128, 320, 152), color=(0.2, 0.3, 0.5), fill=(1, 1, 1), width=1.5)
    page.insert_text((130, 144), "カード払いは購入日で整理", fontname=GOTHIC, fontsize=9)
    doc.save(tmp_path / "list.pdf")
    from extractors.layout import read_pdf
    from extractors.painted_over import covers
    from extractors.settings import DEFAULT
    p = pymupdf.open(tmp_path / "list.pdf")[0]
    assert covers(p, p.get_cdrawings(), DEFAULT.layout) == []
    words = " ".join(ln.text for ln in read_pdf(str(tmp_path / "list.pdf")).pages[0].lines)
    assert "値10" in words and "カード払いは購入日で整理" in words, words


def test_a_white_box_clipped_hides_only_what_lies_in_its_clip(tmp_path):
    """A white box painted within a clip over its upper half (oneplace26): it hides the framed words under the clip,
    and leaves the words under its lower half visible, with the rule drawn across that half out of it — the box is
    tested as painted, cut to its clip first (on main the rule running out of the uncut box made it no cover, and
    the framed words under the clip stayed)."""
    doc = pymupdf.open()
    page = doc.new_page(width=540, height=780)
    page.insert_text((40, 130), "例示の手引", fontname=GOTHIC, fontsize=30)
    page.draw_rect(pymupdf.Rect(100, 190, 260, 230), color=GREY, width=0.75)
    page.insert_text((110, 215), "隠れた語句", fontname=GOTHIC, fontsize=10)
    page.insert_text((110, 285), "見える語句", fontname=GOTHIC, fontsize=10)
    page.draw_line((20, 265), (520, 265), color=GREY, width=1)
    page.clean_contents()
    xref = page.get_contents()[0]
    doc.update_stream(xref, doc.xref_stream(xref) + b"\nq 60 540 340 60 re W n 1 g 60 480 340 120 re f Q\n")
    doc.save(tmp_path / "clipped.pdf")
    from extractors.layout import read_pdf
    from extractors.painted_over import covers
    from extractors.settings import DEFAULT
    p = pymupdf.open(tmp_path / "clipped.pdf")[0]
    assert [tuple(round(v) for v in b) for _, b in covers(p, p.get_cdrawings(), DEFAULT.layout)] == [(60, 180, 400, 240)]
    words = " ".join(ln.text for ln in read_pdf(str(tmp_path / "clipped.pdf")).pages[0].lines)
    assert "見える語句" in words and "隠れた語句" not in words, words
