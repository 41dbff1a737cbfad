"""A notice scanned with an OCR text layer (extractors/ocr_layer.py), as a regional office's 回覧 comes: the
layer writes most lines twice on their own spot (read once: the copies are an overprint, furniture) — no bold
the paper was set in, so neither the addressee (地域の皆様へ) nor the contact line is set apart by it —, and
the OCR reads photographs' texture as letters in boxes of any shape (戸 flat, 司 a sliver, ■■〆』 marks): text
kept where it stands, never a heading (ocr_layer.picture_letters). The headings are the 記's numbered items."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from extractors.headings import find_headings
from extractors.ocr_layer import picture_letters
from extractors.paragraphs import find_paragraphs
from extractors.page_flow import build_flow
from extractors.records import TextLine
from extractors.settings import DEFAULT
from pipeline.reading import open_document

# (x, y, text, written twice by the layer, horizontal scale of its glyphs)
_NOTICE = [
    (430, 70, "令和8年5月吉日", True, 1.0),
    (50, 95, "地域の皆様へ", True, 1.0),
    (300, 115, "国土交通省中部地方整備局河川国道事務所", True, 1.0),
    (120, 150, "【国道の自然環境調査のお知らせ】", True, 1.0),
    (62, 185, "日頃より地域の皆様には、道路事業にご理解とご協力を賜り、厚く御礼申し上げます。", True, 1.0),
    (50, 200, "さて、本年度も引き続き自然環境調査を実施いたします。", True, 1.0),
    (290, 230, "記", False, 1.0),
    (60, 260, "(1)調査内容", True, 1.0),
    (75, 280, "動植物の分布状況を把握するため、調査を行います。", False, 1.0),
    (60, 310, "(2)調査範囲", True, 1.0),
    (75, 330, "裏面の地図の地域です。", False, 1.0),
    (60, 360, "(3)連絡先", True, 1.0),
    (60, 380, "事務所計画課電話：059-229-2220", True, 1.0),
    (300, 480, "戸", False, 3.0),       # over the photographs: a flat bar,
    (360, 480, "司", False, 0.3),       # a sliver,
    (100, 520, "■■〆』", False, 1.0),   # marks with a letter among them
]


def _notice(path: Path) -> Path:
    """A one-page scanned notice: a grey picture over the page, the OCR's lines over it in render mode 3."""
    doc = pymupdf.open()
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 60, 84), False)
    pix.set_rect(pix.irect, (235,))
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, pixmap=pix)
    for x, y, text, twice, scale in _NOTICE:
        morph = None if scale == 1.0 else (pymupdf.Point(x, y), pymupdf.Matrix(scale, 1))
        for _ in range(2 if twice else 1):
            page.insert_text((x, y), text, fontname="japan", fontsize=10.5, render_mode=3, morph=morph)
    doc.save(path)
    return path


def test_a_line_the_ocr_layer_wrote_twice_is_no_bold(tmp_path: Path) -> None:
    page = open_document(str(_notice(tmp_path / "n.pdf"))).pages[0]
    assert page.ocr and page.overprints   # the copies are taken out, as furniture
    assert not any(s.bold for ln in page.lines for s in ln.spans)


def test_letters_read_off_a_picture_head_nothing_but_stay_text(tmp_path: Path) -> None:
    doc = open_document(str(_notice(tmp_path / "n.pdf")))
    off = {ln.text for ln in doc.pages[0].lines if picture_letters(ln, DEFAULT.layout)}
    assert off == {"戸", "司", "■■〆』"}
    flow = build_flow(doc)
    assert {it.text for it in flow.items if isinstance(it, TextLine) and it.in_figure} == {"戸\u3000司", "■■〆』"}
    titles = " ".join(h.title for h in find_headings(flow).headings())
    assert not any(t in titles for t in ("地域の皆様", "電話", "戸", "司", "〆"))
    text = "".join(it.text for it in flow.items if isinstance(it, TextLine))
    assert all(t in text for t in ("戸", "司", "■■〆』"))   # every letter kept, in the flow


def test_an_addressee_flush_left_is_no_paragraph_with_its_sender_flush_right(tmp_path: Path) -> None:
    """On a page read by position (an OCR'd page), a line standing wholly past where the line before ends opens a
    paragraph: the addressee at the left margin over the sender set flush right (paragraphs._positioned_break)."""
    flow = build_flow(open_document(str(_notice(tmp_path / "n.pdf"))))
    texts = [p.text for p in find_paragraphs(flow, find_headings(flow), set(), cover_pages=0)]
    assert "地域の皆様へ" in texts and "国土交通省中部地方整備局河川国道事務所" in texts
