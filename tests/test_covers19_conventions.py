"""covers19 (tests/covers19_conventions.py): pieces set beside the title are not the title; the heading stage takes
the title from where the cover read it (Cover.title_at, cover.printed_title), never by matching the cover's title
string."""
from __future__ import annotations

import covers19_conventions as cc
from real_truth import norm


def test_the_sums_set_beside_the_title_are_no_piece_of_it(tmp_path):
    """The slide's title in 24 pt with a box of sums far right of it in 14 and 10.5 pt: the title is the 24 pt piece
    alone (cover._side_pieces_apart) — on main the row's pieces were joined with ・ into the title."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    cover = read_cover(open_document(str(cc.build_slide_with_sums_beside(tmp_path / "slide.pdf"))))
    assert norm(cover.title) == norm(cc.SLIDE_TITLE), cover.title


def test_captions_side_by_side_are_no_title(tmp_path):
    """A leaflet's four panels, each captioned on its band, two side by side (leaflet14_conventions): the two
    captions on one row are items side by side (CoverRow.apart), no title — on main the cover joined them with ・
    into its title."""
    import leaflet14_conventions as l14
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    cover = read_cover(open_document(str(l14.build_region_captions(tmp_path / "panels.pdf"))))
    assert cover.title == "", cover.title
