"""An agenda's letter-spaced items and a series of ＜…＞ bands (tests/kantei20b_conventions.py)."""
from __future__ import annotations

import kantei20b_conventions as kc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def _headings(out) -> list[tuple[int, str, str]]:
    return [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]


def _agenda(got: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    return [h for h in got if h[1]]


def test_an_agendas_letter_spaced_items_are_its_headings(tmp_path):
    """１．開　会 / ２．議　事 / （１）… / ３．閉　会 in body type, empty paragraphs between: each numbered item whose
    title is one short word letter-spaced, alone on its row, is a heading of its system (headings._agenda_item) —
    so ３．閉　会 ranks with １．, not under （１）."""
    got = _agenda(_headings(_extract(kc.build_papers(tmp_path / "agenda.pdf"))))
    (one, opens), (two, business), (sub, matter), (three, closes) = kc.ITEMS
    assert got == [(1, norm(one), norm(opens)), (1, norm(two), norm(business)), (2, norm(sub), norm(matter)),
                   (1, norm(three), norm(closes))], got


def test_an_agendas_items_set_solid_stay_a_list(tmp_path):
    """The same items set solid (１．開会): nothing spells them out as titles — a list line under line, as before."""
    got = _agenda(_headings(_extract(kc.build_papers(tmp_path / "solid.pdf", spaced=False))))
    assert (1, norm(kc.ITEMS[0][0]), "開会") not in got and (1, "2.", "議事") not in got, got


def test_bands_of_one_series_are_all_headings(tmp_path):
    """＜…＞ bands underlined at one margin, each over its own list: three over 〇 items head their parts, so the one over
    ○ items, set alike in their series, heads its part too (headings._series_heads) — never a label among headings."""
    got = [t for _, label, t in _headings(_extract(kc.build_papers(tmp_path / "bands.pdf"))) if t.startswith("<")]
    assert got == [norm(b) for b in kc.BANDS], got


def test_bands_each_over_a_bulleted_list_stay_labels(tmp_path):
    """Every band over a ○ list, none heading a passage: the series labels its lists (headings._labels_a_block)."""
    got = [t for _, label, t in _headings(_extract(kc.build_papers(tmp_path / "rings.pdf", marks="○○○○"))) if t.startswith("<")]
    assert got == [], got
