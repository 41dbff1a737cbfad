"""The rules a page's tables are drawn with (Page.table_rules), made once with the page (layout.read_pdf) and read by
every reader of its tables — the cover's grids (cover._page_rows, cover._table_top) and the flow's (page_flow) alike, so
the cover and the flow see the same tables: the page's drawn lines but the underlines of text
(underlines.text_underlines) and the strokes of letters drawn again as outlines (in_a_glyph), the sides of its shaded
boxes, the rules its open-bodied statistics tables imply (open_tables.implied_rules, read off the rules before) and the
sides its tables ruled without them imply (open_sides.implied_sides, read off all of those).
The grids and ruled tables read off them are made with them (Page.grids, rules_to_cells.page_grids): the cover and the
flow read the first pages' alike, neither finds them again.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from extractors.open_sides import implied_sides
from extractors.open_tables import implied_rules
from extractors.records import Page, Rule
from extractors.rules_to_cells import PageGrids, page_grids
from extractors.settings import Settings, Tables
from extractors.underlines import text_underlines


def table_rules(page: Page, settings: Settings) -> list[Rule]:
    """The page's rules a table may be drawn with (the module's convention)."""
    spans = [s for ln in page.lines for s in ln.spans if s.text.strip()]
    under = text_underlines(page.rules, spans, settings.underlines, settings.tables.min_rule)
    glyphs = in_a_glyph(page.rules, spans)
    drawn = [r for r in page.rules if id(r) not in under and id(r) not in glyphs] + page.box_edges
    drawn = drawn + implied_rules(drawn, page.lines, settings.tables)
    return drawn + implied_sides(drawn, page.lines, settings.tables)


def with_table_rules(pages: list[Page], settings: Settings) -> list[Page]:
    """The pages with their table rules (Page.table_rules) and the grids read off them (Page.grids:
    rules_to_cells.page_grids), made once where the page's rules are made."""
    return [_with_grids(p, table_rules(p, settings), settings) for p in pages]


def _with_grids(page: Page, rules: list[Rule], settings: Settings) -> Page:
    return replace(page, table_rules=rules, grids=page_grids(rules, settings.tables))


def grids_of(page: Page, t: Tables) -> PageGrids:
    """The page's grids (Page.grids) as the layout stage read them; a page made without it (a test's) has them read
    off its table rules here."""
    return page.grids if page.grids is not None else page_grids(page.table_rules, t)


def in_a_glyph(rules: list[Rule], spans: list) -> set[int]:
    """ids of the rules that lie inside a span's box, none longer than a letter of it. Convention
    (a DTP layout that lays an outlined copy of its letters over the text, a table's header words or
    its figures drawn again as paths): the outlines' straight strokes stand within the glyphs the text
    layer holds there; a table's rule runs between cells, never inside one line's letters. Only the
    spans whose top lies between the rule's foot less twice the tallest span's height and the rule's
    top can hold it (sorted by top, found by bisection): not every span above the rule, rule by rule."""
    spans = sorted(spans, key=lambda s: s.y0)
    tops = [s.y0 for s in spans]
    reach = 2 * max((s.y1 - s.y0 for s in spans), default=0)   # twice the tallest: no rounding of y1 - y0 shuts a span out
    out: set[int] = set()
    for r in rules:
        x0, x1, y0, y1 = min(r.x0, r.x1), max(r.x0, r.x1), min(r.y0, r.y1), max(r.y0, r.y1)
        for s in spans[bisect_left(tops, y1 - reach):bisect_right(tops, y0)]:
            if s.y1 >= y1 and s.x0 <= x0 and x1 <= s.x1 and max(x1 - x0, y1 - y0) <= s.size:
                out.add(id(r))
                break
    return out
