"""An OCR'd scan's rules read from its picture (tests/scan17_conventions.py): a table ruled only in the scanned
picture, the sheet fed a little askew, is read as the table it is, through the one table pass
(scan_rules.picture_rules gives the layout stage its rules); a note's frame is one box (no table) and a box with
rounded corners is a figure's shape, its sides no rules."""
from __future__ import annotations

import json
from dataclasses import replace

import pymupdf
import pytest

import scan17_conventions as sc
from conftest import read_csv, extract_document as _extract
from extractors.layout import read_pdf
from extractors.scan_rules import picture_rules
from extractors.settings import DEFAULT
from real_truth import norm


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return sc.build_scan(tmp_path_factory.mktemp("scan17") / "scan.pdf")


def test_a_table_ruled_only_in_the_scanned_picture_is_read(scan):
    """No rule is drawn on the page: the table's grid is pixels of the scan, askew by under a degree. Its rules are
    read from the picture and the table pass reads its 3 x 3 cells; the framed note and the rounded box are none."""
    out = _extract(scan)
    cells = read_csv(out / "tables.csv")
    assert {c["table_id"] for c in cells} == {"1"}
    got = [[""] * 3 for _ in range(3)]
    for c in cells:
        got[int(c["row"]) - 1][int(c["col"]) - 1] = norm(c["text"])
    assert got == [[norm(x) for x in row] for row in sc.TABLE]
    body = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert norm(sc.NOTE) in body and norm("".join(sc.TERM)) in body


def test_a_scans_rules_its_frame_and_its_rounded_box(scan):
    """The picture's rules as the layout stage reads them: the table's 4 + 4 rules (each within a point of the askew
    sheet's line at its middle), the frame's 4 sides, and the rounded box as a figure's shape, its sides no rules."""
    page = read_pdf(str(scan)).pages[0]
    assert page.ocr
    table = [r for r in page.rules if r.y1 < 400]
    assert sorted(r.horizontal for r in table) == [False] * 4 + [True] * 4
    frame = [r for r in page.rules if 400 < r.y0 < 460]
    assert len(frame) == 4
    assert [kind for kind, _ in page.shapes] == ["rounded"]
    assert not any(r.y0 > 480 for r in page.rules)


def test_only_an_ocr_scans_picture_is_read_for_rules(scan, tmp_path):
    """The same picture under visible text is no OCR'd scan: its picture is a picture, no rule read from it."""
    doc = pymupdf.open(scan)
    page = doc[0]
    page.insert_text((70, 700), "本文の文字は見えるように置かれています。", fontname="japan", fontsize=10.5)
    doc.save(tmp_path / "visible.pdf")
    read = read_pdf(str(tmp_path / "visible.pdf")).pages[0]
    assert not read.ocr and read.rules == []


def test_a_lighter_ink_threshold_reads_no_rule():
    """The darkness threshold decides what is ink: at 0 nothing is, and no rule is read (settings, not constants)."""
    doc = pymupdf.open()
    page = doc.new_page(width=200, height=200)
    page.draw_line((20, 100), (180, 100), color=(0, 0, 0), width=1)
    assert picture_rules(page, 10.0, DEFAULT.layout)[0]
    assert picture_rules(page, 10.0, replace(DEFAULT.layout, scan_rule_dark=0)) == ([], [])


@pytest.fixture(scope="module")
def flyer(tmp_path_factory):
    return _extract(sc.build_flyer(tmp_path_factory.mktemp("scan17") / "flyer.pdf"))


def test_a_scanned_flyers_items_closing_their_sentence_head_their_paragraphs(flyer):
    """On an OCR'd page a "○…。" line short of the edge over a paragraph indented past it heads it (the layer keeps
    no red, no bold): its 。 closes its one sentence. The paragraph before stops three quarters across, its 。 misread
    "b": the ○ line opens its own line all the same (a mark's line continues only a line run to the edge there)."""
    got = [(h["level"], h["label"], norm(h["title"])) for h in read_csv(flyer / "headings.csv")]
    assert got[:2] == [("1", "○", norm(t[1:])) for t in sc.ITEMS]


def test_a_mark_over_indented_marks_heads_them(flyer):
    """"○保険料の軽減措置" over two "◆…" lines indented past it, each over its own indented paragraph, heads them."""
    got = [(h["level"], h["label"], norm(h["title"])) for h in read_csv(flyer / "headings.csv")]
    assert got[2:] == [("1", "○", norm(sc.PARENT[1:]))] + [("2", "◆", norm(t[1:])) for t in sc.SUBITEMS]


def test_a_caption_over_a_note_and_its_table_heads_nothing(flyer):
    """【…の納期】 over a ※ note over a table names the table (as right over it): no heading, the table read."""
    assert not any(norm(sc.CAPTION[1:-1]) in norm(h["title"]) for h in read_csv(flyer / "headings.csv"))
    cells = read_csv(flyer / "tables.csv")
    assert [norm(c["text"]) for c in cells if c["row"] == "1"] == [norm(x) for x in sc.FLYER_TABLE[0]]


def test_a_label_framed_as_stacked_boxes_at_each_pages_top_right_is_furniture(tmp_path):
    """令和8年度版 over 広報7月号折込, framed as two boxes one over the other at the top right of every page: the paper's
    label (doc_label, one row a line) on each page, no table; a one-column table in the body stays a table, and so
    does a box there holding a header over its figure (重症者 over 0)."""
    out = _extract(sc.build_labelled(tmp_path / "labelled.pdf"))
    labels = [(f["page"], norm(f["text"])) for f in read_csv(out / "furniture.csv") if f["kind"] == "doc_label"]
    assert labels == [(p, norm(t)) for p in ("1", "2") for t in sc.LABEL]
    cells = read_csv(out / "tables.csv")
    assert [(c["page_start"], norm(c["text"])) for c in cells] == [("2", norm(r[0])) for r in sc.BODY_TABLE] \
        + [("3", norm(t)) for t in sc.FIGURE_BOX]


def test_a_made_date_at_the_texts_foot_dates_the_paper(tmp_path):
    """No date heads the leaflet; "令和8年4月作成" closing its text on the last page (no signer under it) is its date."""
    out = _extract(sc.build_made(tmp_path / "made.pdf"))
    assert json.loads((out / "document.json").read_text(encoding="utf-8"))["date"] == "2026-04"
