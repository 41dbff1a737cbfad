"""unprinted26: painted_over.unprinted asks its render only of what the page's paths do not tell — a white glyph
over an opaque band in a colour prints, asked of no render; one over the white page, a light band, a white box
laid over the band or a page painting a picture is still rendered (only the region of the glyphs left), and the
render alone reads a glyph unprinted."""
from __future__ import annotations

import pymupdf
import pytest

from extractors import painted_over
from extractors.layout import _TEXT_FLAGS, _drawings
from extractors.settings import DEFAULT

BAND = pymupdf.Rect(50, 90, 300, 130)


def _page(tmp_path, band=(0.2, 0.3, 0.6), over_band=None, picture=False, on_white=False) -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=300)
    if band is not None:
        page.draw_rect(BAND, color=None, fill=band)
    if over_band is not None:
        page.draw_rect(BAND + (20, 5, -20, -5), color=None, fill=over_band)
    if picture:
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 4), False)
        pix.clear_with(128)
        page.insert_image(pymupdf.Rect(320, 200, 380, 260), pixmap=pix)
    page.insert_text((80, 115), "Reversed heading", fontsize=12, color=(1, 1, 1))
    if on_white:
        page.insert_text((80, 200), "Hidden note", fontsize=12, color=(1, 1, 1))
    path = tmp_path / "white.pdf"
    doc.save(path)
    return pymupdf.open(path)[0]


def _unprinted(page: pymupdf.Page, monkeypatch) -> tuple[str, int]:
    calls: list[int] = []
    rendered = painted_over._rendered
    monkeypatch.setattr(painted_over, "_rendered", lambda *a, **k: calls.append(1) or rendered(*a, **k))
    raw = page.get_text("rawdict", flags=_TEXT_FLAGS)
    found = painted_over.unprinted(page, raw, DEFAULT.layout, _drawings(page)[0])
    return "".join(found.values()), len(calls)


def test_a_white_heading_over_a_coloured_band_is_read_without_a_render(tmp_path, monkeypatch):
    """The band, filled opaque in a colour well off white, holds the heading's box and nothing light is painted over
    it after: the heading prints, and the page is not rendered."""
    assert _unprinted(_page(tmp_path), monkeypatch) == ("", 0)


def test_a_white_note_on_the_white_page_is_still_rendered(tmp_path, monkeypatch):
    """The heading over the band prints (no render asked for it); the note on the white page beside it is left to the
    render — of its region only — which sees it white all through: unprinted."""
    assert _unprinted(_page(tmp_path, on_white=True), monkeypatch) == ("Hiddennote", 1)


@pytest.mark.parametrize("kind", ["light band", "white box over the band", "a picture on the page"])
def test_what_the_paths_do_not_tell_is_left_to_the_render(tmp_path, monkeypatch, kind):
    """A yellow band (0.89 grey by the one reading, rendered 0.97: white), a white box laid over the band under the
    heading, or a page that paints a picture (what it shows no path tells): the render reads the heading — over the
    yellow and the white box it shows nothing; over the blue band beside the picture it prints."""
    page = {"light band": lambda: _page(tmp_path, band=(1, 1, 0)),
            "white box over the band": lambda: _page(tmp_path, over_band=(1, 1, 1)),
            "a picture on the page": lambda: _page(tmp_path, picture=True)}[kind]()
    letters, renders = _unprinted(page, monkeypatch)
    assert renders == 1 and letters == ("" if kind == "a picture on the page" else "Reversedheading"), (letters, renders)
