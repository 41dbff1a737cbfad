"""A notice scanned with an OCR text layer (extractors/ocr_layer.py), as a regional office's 回覧 comes: the
layer writes most lines twice on their own spot (read once: the copies are an overprint, furniture) — no bold
the paper was set in, so neither the addressee (地域の皆様へ) nor the contact line is set apart by it —, and
the OCR reads photographs' texture as letters in boxes of any shape (戸 flat, 司 a sliver, ■■〆』 marks): text
kept where it stands, never a heading (ocr_layer.picture_letters). The headings are the 記's numbered items."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from scan_conventions import scanned_page

from extractors.cover import read_cover
from extractors.heading_candidate import Candidate
from extractors.headings import _a_reference, find_headings
from extractors.ocr_layer import picture_letters
from extractors.paragraphs import find_paragraphs
from extractors.page_flow import build_flow
from extractors.records import Line, Span, TextLine
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
    page = scanned_page(doc)
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


# a circular (回覧) scanned: the stamp, the date at the top right, the subject centred — a verb's …に関するお知らせ —,
# its text, and the contacts: a ● row naming whom to ask, the office after it, its telephone under it
_CIRCULAR = [
    (60, 80, "回覧"),
    (400, 85, "令和8年6月5日"),
    (213, 175, "駅前広場整備事業に関するお知らせ"),
    (93, 225, "平素は、市内の道路事業に格別の御理解と御協力を賜り、厚く御礼申し上げます。"),
    (82, 252, "さて、本年度も用地調査を引き続き実施する予定ですので、御協力をお願いいたします。"),
    (60, 300, "●計画に関するお問合せ　道路整備事務所　計画課"),
    (75, 318, "電話　059-229-2220"),
    (60, 336, "●用地に関するお問合せ　道路整備事務所　用地課"),
    (75, 354, "電話　059-229-2214"),
]


def _circular(path: Path) -> Path:
    doc = pymupdf.open()
    page = scanned_page(doc)
    for x, y, text in _CIRCULAR:
        page.insert_text((x, y), text, fontname="japan", fontsize=10.5, render_mode=3)
    doc.save(path)
    return path


def test_a_circulars_subject_ending_in_a_verbs_announcement_is_its_title(tmp_path: Path) -> None:
    """numbering.SUBJECT_LINE: …について, …のお知らせ, and what a verb ending in る announces (…に関するお知らせ)."""
    cover = read_cover(open_document(str(_circular(tmp_path / "c.pdf"))))
    assert (cover.title, cover.date) == ("駅前広場整備事業に関するお知らせ", "2026-06-05")


def test_a_contacts_row_is_a_field_no_heading(tmp_path: Path) -> None:
    """numbering.CONTACT_ROW: a row naming whom to ask (お問合せ, 連絡先) with the office after it is a field, no
    heading, its ● no heading mark (headings._marked)."""
    flow = build_flow(open_document(str(_circular(tmp_path / "c.pdf"))))
    rows = [i for i, it in enumerate(flow.items) if isinstance(it, TextLine) and "お問合せ" in it.text]
    assert len(rows) == 2 and all(flow.roles[i] is not None and flow.roles[i].field for i in rows)
    assert not [h.title for h in find_headings(flow).headings() if "問合せ" in h.title]


def test_letters_the_ocr_read_down_the_page_are_a_figures_words() -> None:
    """ocr_layer._read_down: on a page read across, a run each of whose glyphs stands under the one before (②用地測量
    in a flow diagram's box) is a caption of a figure, no heading; a row read across is not."""
    def line(text: str, boxes: list[tuple[float, float, float, float]]) -> Line:
        span = Span(text, "GlyphLessFont", 10.5, boxes[0][0], boxes[0][1], boxes[-1][2], boxes[-1][3], boxes[-1][3],
                    tuple(boxes))
        return Line(1, [span], span.x0, span.y0, span.x1, span.y1)

    down = line("②用地測量", [(165, 462 + 19 * k, 181, 481 + 19 * k) for k in range(5)])
    across = line("②用地測量", [(165 + 11 * k, 462, 176 + 11 * k, 473) for k in range(5)])
    assert picture_letters(down, DEFAULT.layout) and not picture_letters(across, DEFAULT.layout)


def test_a_band_keying_a_contact_block_is_no_heading(tmp_path: Path) -> None:
    """numbering.CONTACT_BAND: 【お問い合わせ先】 over the office and its telephone keys the contact block (as a field's
    key does), no heading (headings._a_reference); a band naming a part of the text is not ruled out so."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for x, y, text in [(60, 100, "【申込方法】"), (72, 125, "電話で地域医療推進課へお申し込みください。"),
                       (238, 300, "【お問い合わせ先】"), (238, 318, "鈴鹿市地域医療推進課（保健センター）"),
                       (246, 336, "TEL（059）327-5030")]:
        page.insert_text((x, y), text, fontname="japan", fontsize=10.5)
    doc.save(tmp_path / "b.pdf")
    flow = build_flow(open_document(str(tmp_path / "b.pdf")))
    at = {it.text: i for i, it in enumerate(flow.items) if isinstance(it, TextLine)}

    def band(text: str) -> Candidate:
        return Candidate(at[text], "band", "band", "", text, False, False, 10.5)

    assert _a_reference(band("【お問い合わせ先】"), [], flow) and not _a_reference(band("【申込方法】"), [], flow)
