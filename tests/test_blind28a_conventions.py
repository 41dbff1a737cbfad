"""blind28a: a magazine page's folio (furniture.folio_row): the number, the magazine's name and its issue at the foot are
furniture, no heading, and the issue dates the page."""
from __future__ import annotations

import json

import blind28a_conventions as bc
from conftest import extract_document as _extract
from conftest import read_csv


def test_a_magazine_folio_is_furniture_and_dates_the_page(tmp_path):
    """A page cut out of a city's magazine prints its folio at the foot — 8 広報○○ 2021.5 —: read as a chapter heading
    numbered 13 (広報○○2022.1) and no date (a 広報 page of session 28's blind round). The folio is the page's number
    and a running footer, on a page alone too, and its issue (year.month) dates the page when nothing else does."""
    out = _extract(bc.build_magazine_page(tmp_path / "magazine.pdf"))
    titles = [h["title"] for h in read_csv(out / "headings.csv")]
    assert not [t for t in titles if bc.FOLIO[1] in t], titles
    furniture = {(r["kind"], r["text"]) for r in read_csv(out / "furniture.csv")}
    assert ("page_number", bc.FOLIO[0]) in furniture, furniture
    assert any(kind == "running_footer" and bc.FOLIO[1] in text for kind, text in furniture), furniture
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert doc["date"] == bc.ISSUE and doc["title"] == bc.HEADLINE.replace("！", "!"), doc


def test_a_panel_holding_an_arrow_is_no_diagram(tmp_path):
    """A magazine page's section framed in a rounded panel — its heading at the top, a paragraph, two photographs'
    labels in rounded boxes, a small arrow drawn on a photograph — was read as a flow diagram (rules_to_cells.diagrams:
    the panel, the boxes and the arrow touch as one group), so its heading was a figure's word and headed nothing (a
    広報 page of session 28's blind round). The panel encloses the rest: a frame, no box of a diagram; the arrow inside it
    joins no two boxes, so the panel is no figure and its heading heads the section."""
    out = _extract(bc.build_panel_page(tmp_path / "panel.pdf"))
    titles = [h["title"] for h in read_csv(out / "headings.csv")]
    assert bc.PANEL_HEADING.replace("！", "!").replace("４", "4") in titles, titles


def test_a_photographs_tag_is_no_heading(tmp_path):
    """A magazine page's photographs each labelled in a small rounded box right under them (缶類, 例示品 in a bold gothic
    larger than the body): the tag read as a heading (a 広報 page of session 28's blind round). A rounded box no wider
    than the picture it stands right under is the picture's tag — a figure's word (rules_to_cells.picture_tags), no
    heading."""
    out = _extract(bc.build_photo_tags(tmp_path / "photos.pdf"))
    titles = [h["title"].replace("\u3000", "") for h in read_csv(out / "headings.csv")]
    assert not [t for t in titles if t in {p.replace("\u3000", "") for p in bc.PHOTO_TAGS}], titles
    assert bc.BANNER.replace("！", "!") in titles, titles
