"""mend28: two conventions of session 28 narrowed where session 28's sweep found them wrong."""
from __future__ import annotations

import json

import mend28_conventions as m28
from conftest import extract_document as _extract
from conftest import read_csv
from extractors import rules_to_cells
from extractors.settings import DEFAULT
from real_truth import norm


def test_a_square_panel_holding_an_icon_stays_a_diagram():
    """A warning callout — a shaded square panel (Page.panels, "framed") holding a small icon drawn as a rounded dot
    and an arrow, then its sentence — and a slide's band — a square panel holding an icon, bullets drawn as arrows and a
    rounded box at its right end — were figures (rules_to_cells.diagrams) until the rounded-frame convention
    (_joined_inside) read the panel as a frame: its sentence became a level-1 heading and every later heading dropped a
    level (session 28's sweep). Only a rounded panel (a magazine's section) is a frame round the rest."""
    callout = [("rounded", (45.0, 368.0, 47.0, 369.0)), ("arrow", (41.0, 360.0, 50.0, 367.0)),
               ("framed", (28.0, 332.0, 511.0, 406.0))]   # the page's panels after its shapes, as page_flow passes them
    band = [("rounded", (32.0, 425.0, 40.0, 434.0)),
            ("arrow", (55.0, 442.0, 64.0, 453.0)), ("arrow", (55.0, 460.0, 64.0, 471.0)),
            ("arrow", (55.0, 479.0, 64.0, 489.0)), ("arrow", (55.0, 497.0, 64.0, 508.0)),
            ("rounded", (686.0, 430.0, 828.0, 493.0)), ("framed", (23.0, 406.0, 834.0, 516.0))]
    for shapes in (callout, band):
        assert rules_to_cells.diagrams(shapes, DEFAULT.tables) == [shapes[-1][1]], shapes


def test_a_rounded_panel_holding_labels_and_an_arrow_is_no_diagram():
    """The convention kept: a magazine's rounded section panel holding labels in rounded boxes and an arrow drawn on
    a photograph (the arrow joins no two boxes inside it) is a frame, no diagram."""
    shapes = [("rounded", (38.0, 545.0, 558.0, 776.0)), ("rounded", (409.0, 605.0, 506.0, 622.0)),
              ("rounded", (240.0, 606.0, 337.0, 622.0)), ("arrow", (313.0, 689.0, 324.0, 699.0))]
    assert rules_to_cells.diagrams(shapes, DEFAULT.tables) == []


def test_a_labelled_blank_date_on_the_title_row_ends_the_title(tmp_path):
    """A blank form whose title shares its row with the date left blank to fill in, labelled and bracketed at the
    right ((記入日：　年　月　日)), then a field label (主病：) over check boxes and the ruled grid: no title was read
    (the row's two pieces, set far apart, are items side by side; a form of session 28's sweep, whose form number
    (別紙様式９) is a stamp since cover28). The labelled blank date is the form's, no word of its title: the title is the
    row's text before it, and the field label in body type heads nothing."""
    out = _extract(m28.build_dated_form(tmp_path / "form.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(m28.DATED_FORM_TITLE), doc["title"]
    titles = [h["title"] for h in read_csv(out / "headings.csv")]
    assert not [t for t in titles if t.startswith("主病")], titles
