"""perf27: painted_over.unprinted asks the render of fewer white glyphs, deciding as before — on a page that places
images besides its paths (no form), a white glyph over a band that no picture meets prints (the paths tell it); and
a band holding a span's letters decides it though the span's box (its trailing space) reaches past the band."""
from __future__ import annotations

import functools

import pymupdf

from extractors import painted_over
from extractors.layout import _TEXT_FLAGS, _drawings, _images_only, _page_xobjects, _placed
from extractors.settings import DEFAULT

BAND = pymupdf.Rect(50, 90, 300, 130)


def _picture() -> pymupdf.Pixmap:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 4), False)
    pix.clear_with(128)
    return pix


def _page(tmp_path, picture_at: pymupdf.Rect | None = None, form: bool = False, text: str = "Reversed heading",
          band: pymupdf.Rect = BAND) -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=300)
    page.draw_rect(band, color=None, fill=(0.2, 0.3, 0.6))
    if picture_at is not None:
        page.insert_image(picture_at, pixmap=_picture())
    if form:   # another document's page shown as a form XObject, away from the heading
        other = pymupdf.open()
        other.new_page(width=100, height=100).draw_rect(pymupdf.Rect(10, 10, 90, 90), color=None, fill=(0, 0, 0))
        page.show_pdf_page(pymupdf.Rect(320, 200, 380, 260), other, 0)
    page.insert_text((80, 115), text, fontsize=12, color=(1, 1, 1))
    path = tmp_path / "white.pdf"
    doc.save(path)
    return pymupdf.open(path)[0]


def _unprinted(page: pymupdf.Page, monkeypatch) -> tuple[str, int]:
    """The letters read unprinted and the renders asked, the pictures told as layout tells them."""
    calls: list[int] = []
    rendered = painted_over._rendered
    monkeypatch.setattr(painted_over, "_rendered", lambda *a, **k: calls.append(1) or rendered(*a, **k))
    raw = page.get_text("rawdict", flags=_TEXT_FLAGS)
    placed = functools.cache(lambda: _placed(page))
    found = painted_over.unprinted(page, raw, DEFAULT.layout, _drawings(page)[0],
                                   _images_only(_page_xobjects(page, {}), placed))
    return "".join(found.values()), len(calls)


def test_a_picture_beside_the_band_leaves_the_heading_to_the_paths(tmp_path, monkeypatch):
    """The page places an image away from the heading: the band the paths show holds it, no picture stands over it —
    it prints, asked of no render (unprinted26 rendered every page painting a picture)."""
    assert _unprinted(_page(tmp_path, picture_at=pymupdf.Rect(320, 200, 380, 260)), monkeypatch) == ("", 0)


def test_a_picture_over_the_heading_is_left_to_the_render(tmp_path, monkeypatch):
    """An image placed after the band over the heading may whiten it: the render reads it (here it shows: printed)."""
    assert _unprinted(_page(tmp_path, picture_at=pymupdf.Rect(60, 100, 120, 125)), monkeypatch) == ("", 1)


def test_a_form_on_the_page_is_left_to_the_render(tmp_path, monkeypatch):
    """A form XObject may paint anything (a shading, a soft mask): the page is rendered as before."""
    assert _unprinted(_page(tmp_path, form=True), monkeypatch) == ("", 1)


def test_a_trailing_space_past_the_band_asks_no_render(tmp_path, monkeypatch):
    """The band ends under the heading's last letter; the span's trailing space stands past it on the white page:
    the band holds the letters, so they print, with no render."""
    page = _page(tmp_path, text="Reversed heading ")
    raw = page.get_text("rawdict", flags=_TEXT_FLAGS)
    span = painted_over._white_spans(raw, DEFAULT.layout)[0]
    letters = painted_over._letters_box(span)
    assert span["bbox"][2] > letters[2] + 1, (span["bbox"], letters)
    band = pymupdf.Rect(BAND.x0, BAND.y0, letters[2] + 0.5, BAND.y1)
    assert _unprinted(_page(tmp_path, text="Reversed heading ", band=band), monkeypatch) == ("", 0)
