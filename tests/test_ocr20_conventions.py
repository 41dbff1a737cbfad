"""OCR'd scans (ocr20): what the picture keeps that the OCR layer does not, and what the OCR reads wrongly of it.

* A handout's slides (a deck printed two to a page, one over the other): each slide's title in the deck's blue — the
  layer keeps no colour, size or face, the picture keeps the ink (scan_rules.picture_inks: LineRole.style "ink") — is
  a heading; the office's name printed in each slide's title band, twice a page at one place of each half, is running
  furniture (furniture._stacked_labels), so the title stands alone on its row.
* A table's column the OCR read down the page, column of letters by column of letters, is read across again
  (ocr_layer._in_step_runs): 時期 / 平成２年 / 令和５年, no 時平令 / 期成和.
* The band over a map, the junk the OCR read off it under the band, is the map's caption (headings._over_picture); a stretch of a timeline's arrow read as 一 after its ● is the rule
  (ocr_layer.rules_read_as_marks: a speck); a ● sentence whose next line is hung under its words heads nothing
  (headings._past_its_words)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ocr20_conventions import CAPTION, LOGO, SENTENCE, TITLES, build_handout, build_map, build_table_read_down

from extractors.cover import read_cover
from extractors.headings import find_headings
from extractors.page_flow import build_flow
from extractors.records import Table
from pipeline.reading import open_document


def _headings(path: Path) -> list[tuple[int, str, str, int]]:
    doc = open_document(str(path))
    return [(h.level, h.label, h.title, h.page) for _, h in sorted(find_headings(build_flow(doc), read_cover(doc)).at.items())]


@pytest.fixture(scope="module")
def handout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_handout(tmp_path_factory.mktemp("ocr20") / "handout.pdf")


@pytest.fixture(scope="module")
def mapped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_map(tmp_path_factory.mktemp("ocr20") / "map.pdf")


def test_slide_titles_in_another_ink_are_headings(handout: Path) -> None:
    assert _headings(handout) == [(1, "", title, page) for page, titles in enumerate(TITLES, start=2) for title in titles]


def test_a_handouts_slide_labels_are_running_furniture(handout: Path) -> None:
    flow = build_flow(open_document(str(handout)))
    assert sorted((f.page, f.kind) for f in flow.furniture if f.text == LOGO) == \
        [(2, "running_header"), (2, "running_header"), (3, "running_header"), (3, "running_header")]
    assert not any(f.kind.startswith("running") and f.text != LOGO for f in flow.furniture)   # the slides' own text stays
    inked = [it.text for it, role in zip(flow.items, flow.roles) if role is not None and "ink" in role.style]
    assert inked == [title for titles in TITLES for title in titles]


def test_a_column_the_ocr_read_down_is_read_across(tmp_path: Path) -> None:
    flow = build_flow(open_document(str(build_table_read_down(tmp_path / "table.pdf"))))
    tables = [it for it in flow.items if isinstance(it, Table)]
    assert [["".join(c.text_lines) for c in row.cells] for row in tables[0].rows] == \
        [["時期", "内容"], ["平成２年", "都市計画の決定"], ["令和５年", "事業の承認"]]


def test_a_band_over_the_letters_read_off_a_picture_is_its_caption(mapped: Path) -> None:
    flow = build_flow(open_document(str(mapped)))
    assert not any(isinstance(it, Table) for it in flow.items)   # (a frame alone: no table)
    assert CAPTION not in [title for _, _, title, _ in _headings(mapped)]


def test_an_arrow_read_as_a_dash_is_the_rule_and_a_hung_sentence_heads_nothing(mapped: Path) -> None:
    doc = open_document(str(mapped))
    assert doc.pages[1].specks == ["一"] and "●一" not in [ln.text for ln in doc.pages[1].lines]
    assert _headings(mapped) == []
    assert SENTENCE in [ln.text for ln in doc.pages[1].lines]
