"""An OCR'd scan's text layer (extractors/ocr_layer.py): a full-page picture with the OCR's words
laid over it in invisible glyphs (render mode 3). The page is `Page.ocr`; every span is taken at one
size (the OCR's guess of each glyph's height is no type size: no line is set apart as larger), a
number the OCR cut in two (第1 5条) is joined, specks of dirt read as marks are taken out of the text (into the page's furniture); the
headings are read by numbering and layout: a chapter, an article under its caption."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from extractors.headings import find_headings
from extractors.layout import read_pdf
from pipeline.reading import open_document
from extractors.page_flow import build_flow

# (x, y, size as the OCR guessed it, text)
_LINES = [
    (120, 100, 14.0, "第1章総則"),
    (105, 125, 8.5, "（目的）"),
    (90, 150, 12.5, "第1条この規程は、市の事務の執行について必要な事項を定め"),
    (102, 175, 10.0, "るものとし、その運用は別に定めるところによる。"),
    (105, 200, 9.0, "（定義）"),
    (90, 225, 10.5, "第1 5条~この規程において、次に掲げる用語の意義は、当該各"),
    (102, 250, 11.0, "号に定めるところによる。"),
    (14, 262, 1.8, "』"),
    (120, 275, 13.0, "第2章雑則"),
    (105, 300, 9.5, "（委任）"),
    (90, 325, 11.5, "第16条この規程に定めるもののほか、必要な事項は、市長が"),
    (102, 350, 10.0, "別に定める。"),
]


def _scan(path: Path, invisible: bool = True) -> Path:
    """A one-page 'scan': a grey picture over the whole page and the lines over it, invisible
    (render mode 3) as an OCR lays them, or visible (a born-digital page over a background)."""
    doc = pymupdf.open()
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 60, 84), False)
    pix.set_rect(pix.irect, (235,))
    for lines in ([(230, 120, 15.0, "事務取扱規程")], _LINES):   # a title page, then the text
        page = doc.new_page(width=595, height=842)
        page.insert_image(page.rect, pixmap=pix)
        for x, y, size, text in lines:
            page.insert_text((x, y), text, fontname="japan", fontsize=size, render_mode=3 if invisible else 0)
    doc.save(path)
    return path


def test_an_invisible_layer_over_a_full_page_picture_is_an_ocr_page(tmp_path: Path) -> None:
    assert read_pdf(str(_scan(tmp_path / "ocr.pdf"))).pages[1].ocr
    assert not read_pdf(str(_scan(tmp_path / "typed.pdf", invisible=False))).pages[1].ocr


def test_an_ocr_page_is_read_at_one_size_numbers_joined_specks_out(tmp_path: Path) -> None:
    page = read_pdf(str(_scan(tmp_path / "ocr.pdf"))).pages[1]
    assert len({s.size for ln in page.lines for s in ln.spans}) == 1
    texts = [ln.text for ln in page.lines]
    assert any(t.startswith("第15条この規程において") for t in texts)   # joined, tilde out
    assert "』" not in "".join(texts)
    assert sorted(page.specks) == sorted(["~", "』"])   # taken out of the text, never lost:
    furniture = build_flow(open_document(str(_scan(tmp_path / "ocr.pdf")))).furniture   # the page's furniture
    assert sorted(f.text for f in furniture if f.kind == "ocr_speck") == sorted(["~", "』"])
    typed = read_pdf(str(_scan(tmp_path / "typed.pdf", invisible=False))).pages[1]
    assert len({s.size for ln in typed.lines for s in ln.spans}) > 1   # a born-digital page keeps its sizes
    assert any(t.startswith("第1 5条~") for t in [ln.text for ln in typed.lines])


def test_an_ocr_page_headings_by_numbering_and_layout(tmp_path: Path) -> None:
    flow = build_flow(open_document(str(_scan(tmp_path / "ocr.pdf"))))
    got = [(h.level, h.label, h.title) for _, h in sorted(find_headings(flow).at.items())]
    assert got == [(1, "第1章", "総則"), (2, "第1条", "目的"), (2, "第15条", "定義"), (1, "第2章", "雑則"),
                   (2, "第16条", "委任")]


def _down(c: str, box: tuple[float, float, float, float]) -> dict:
    """A line running down the page holding one letter, as MuPDF's rawdict gives it."""
    ch = {"c": c, "bbox": box, "origin": (box[0], box[3])}
    span = {"size": box[3] - box[1], "font": "MSMincho", "flags": 0, "alpha": 0, "color": 0,
            "bbox": box, "origin": (box[0], box[3]), "chars": [ch]}
    return {"dir": (0.0, 1.0), "wmode": 1, "bbox": box, "spans": [span]}


def test_a_head_the_ocr_read_down_letter_by_letter_is_read_across() -> None:
    from extractors.ocr_layer import _runs_read_across
    from extractors.settings import DEFAULT
    # two rows set flush right, 番号 over 日付, that the OCR read as columns of one letter each; the
    # numerals of the lower row it could not size boxed short, between the rows
    top, low = (91.0, 104.0), (103.5, 116.0)
    cols = [(421, "平", "令"), (434, "監", "和"), (454, "発", "年"), (471, "第", "３"), (483, "５", "月"),
            (506, "５", "７"), (521, "号", "日")]
    lines = [_down(a, (x, top[0], x + 11, top[1])) for x, a, _ in cols] \
        + [_down(b, (x, low[0], x + 11, low[1])) for x, _, b in cols] \
        + [_down("２", (448.0, 99.5, 453.0, 103.6)), _down("２", (498.0, 98.0, 503.0, 101.7))]
    raw = {"blocks": [{"type": 0, "bbox": (421, 91, 532, 116), "lines": lines}]}
    _runs_read_across(raw, 11.0, DEFAULT.layout)
    got = ["".join(c["c"] for s in ln["spans"] for c in s["chars"]) for b in raw["blocks"] for ln in b["lines"]]
    assert got == ["平監発第５５号", "令和２年３月２７日"]
