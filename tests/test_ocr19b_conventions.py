"""A scanned flyer's section bands under an OCR layer (extractors/ocr_layer.py), as a 広域連合's お知らせ comes: the
OCR reads a band's line twice over its spot — one pass through the band's frame and its text (|資格確認), another
through the text alone in pieces (資格確 + 書等について) — and boxes the frame's sides as slivers of marks. The second
reading is taken out (kept as the page's furniture: overprint), the pieces of the row joined, the frame's bars out
as specks (ocr_speck): the band reads 資格確認書等について, a topic's title; and on a page with no type sizes (every
span at the layer's one size) the band heads the "○…" items under it (heading_levels._titles_over_marks_unsized)."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from scan_conventions import scanned_page

from extractors.headings import find_headings
from extractors.ocr_layer import _edge_bars_out, _sliver
from extractors.page_flow import build_flow
from extractors.settings import Layout
from pipeline.reading import open_document

_FILL = "令和8年7月中旬に新しい資格確認書を広域連合から送付しますので、お手元に届きましたら内容をご確認"
# (x, baseline, size as the OCR guessed it, text)
_LINES = [
    (45.4, 118, 14.6, "|資格確認"), (57, 114, 15.0, "資格確"), (120, 114, 15.5, "書等について"),   # one band read twice
    (46, 145, 12.0, "○後期高齢者医療制度の資格確認書等を更新します。"),
    (71, 165, 10.0, _FILL), (59, 180, 10.0, "ください。"),
    (46, 210, 12.0, "○自己負担割合は資格確認書に記載されています。"),
    (71, 230, 10.0, _FILL), (59, 245, 10.0, "ください。"),
    (46, 300, 14.6, "|保険"), (90.8, 298, 15.0, "料について"),   # a band read in two pieces, its frame's side a bar
    (46, 325, 12.0, "○保険料の計算方法"),
    (71, 345, 10.0, _FILL), (59, 360, 10.0, "ください。"),
    (46, 390, 12.0, "○保険料の軽減措置"),
    (71, 410, 10.0, _FILL), (59, 425, 10.0, "ください。"),
]


def _scan(path: Path) -> Path:
    """A one-page 'scan': a grey picture over the page and the OCR's lines over it, invisible (render mode 3)."""
    doc = pymupdf.open()
    page = scanned_page(doc)
    for x, y, size, text in _LINES:
        page.insert_text((x, y), text, fontname="japan", fontsize=size, render_mode=3)
    doc.save(path)
    return path


def test_a_line_read_twice_is_one_reading_its_pieces_joined_its_frame_out(tmp_path: Path) -> None:
    doc = open_document(str(_scan(tmp_path / "bands.pdf")))
    texts = [ln.text for ln in doc.pages[0].lines]
    assert "資格確認書等について" in texts and "保険料について" in texts
    assert not any("資格確" in t and t != "資格確認書等について" and "○" not in t and "令和" not in t for t in texts)
    furniture = build_flow(doc).furniture   # nothing lost: the second reading and the bars are the page's furniture
    assert [f.text for f in furniture if f.kind == "overprint"] == ["資格確"]
    assert sorted(f.text for f in furniture if f.kind == "ocr_speck") == ["|", "|"]


def test_a_band_heads_the_marked_items_under_it_on_an_ocr_page(tmp_path: Path) -> None:
    flow = build_flow(open_document(str(_scan(tmp_path / "bands.pdf"))))
    got = [(h.level, h.label, h.title) for _, h in sorted(find_headings(flow).at.items())]
    assert got == [(1, "", "資格確認書等について"), (2, "○", "後期高齢者医療制度の資格確認書等を更新します。"),
                   (2, "○", "自己負担割合は資格確認書に記載されています。"), (1, "", "保険料について"),
                   (2, "○", "保険料の計算方法"), (2, "○", "保険料の軽減措置")]


def _line(text: str, box: tuple[float, float, float, float]) -> dict:
    """A line across the page as MuPDF's rawdict gives it, its glyphs side by side in `box`."""
    w = (box[2] - box[0]) / len(text)
    chars = [{"c": c, "bbox": (box[0] + k * w, box[1], box[0] + (k + 1) * w, box[3]), "origin": (box[0] + k * w, box[3])}
             for k, c in enumerate(text)]
    span = {"size": box[3] - box[1], "font": "GlyphLessFont", "flags": 0, "alpha": 0, "color": 0,
            "bbox": box, "origin": (box[0], box[3]), "chars": chars}
    return {"dir": (1.0, 0.0), "wmode": 0, "bbox": box, "spans": [span]}


def test_a_frames_side_read_as_marks_is_a_speck() -> None:
    ls = Layout()
    assert _sliver(_line("１Ｊ", (175.0, 368.6, 177.1, 392.6)), 10.0, ls)   # 2 pt wide, 24 pt tall: a band's side
    assert not _sliver(_line("1", (300.0, 800.0, 304.0, 810.0)), 10.0, ls)   # a page number: 0.4 of a letter wide
    assert not _sliver(_line("保険料", (46.0, 369.0, 90.0, 393.0)), 10.0, ls)
    spans, bars = _edge_bars_out(_line("|保険", (46.0, 369.0, 87.0, 393.0))["spans"])
    assert bars == "|" and "".join(c["c"] for s in spans for c in s["chars"]) == "保険"
    spans, bars = _edge_bars_out(_line("A|B", (46.0, 369.0, 87.0, 393.0))["spans"])   # a bar between letters stays
    assert bars == "" and "".join(c["c"] for s in spans for c in s["chars"]) == "A|B"
