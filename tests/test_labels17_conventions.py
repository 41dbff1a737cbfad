"""A cover's pieces no dataset held before labels17 (tests/labels17_conventions.py): the subtitle under the title,
the date as printed, the contents' own title and a label cut off the title's row are document.json's fields, and
the every-letter guard (pipeline/edition.unaccounted) counts them held."""
from __future__ import annotations

import json

import labels17_conventions as lc
import newdocsC17_conventions as nc
from conftest import extract_document as _extract
from real_truth import norm


def test_a_covers_subtitle_date_as_printed_and_contents_title_have_a_home(tmp_path):
    """～…～ right under the title is document.json's `subtitle` (not the title's), the date as the cover prints it
    its `date_as_printed` beside `date` in ISO form, 目次 its `contents_title` (no entry of contents.csv)."""
    out = _extract(lc.build_subtitled_plan(tmp_path / "plan.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(lc.TITLE)
    assert norm(doc["subtitle"]) == norm(lc.SUBTITLE)
    assert (doc["date"], norm(doc["date_as_printed"])) == ("2026-06-11", norm(lc.DATE))
    assert doc["contents_title"] == lc.CONTENTS_TITLE
    assert doc["labels"] == []


def test_a_label_cut_off_the_title_row_is_in_document_json(tmp_path):
    """【別紙１】 opening the title's row labels the file: document.json's `labels` holds it."""
    out = _extract(nc.build_labelled_attachment(tmp_path / "attachment.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert [norm(x) for x in doc["labels"]] == [norm("【別紙１】")]


def test_the_guard_counts_the_covers_pieces_held(tmp_path):
    """Every letter of the subtitle, the date as printed and 目次 is in a dataset of the part (_held)."""
    from extractors.cover import read_cover
    from extractors.layout import read_pdf
    from pipeline.edition import _held, _letters, read_part
    doc = read_pdf(str(lc.build_subtitled_plan(tmp_path / "plan.pdf")))
    ed = read_part(doc, read_cover(doc))
    assert not _letters(lc.SUBTITLE + lc.DATE + lc.CONTENTS_TITLE) - _letters("\n".join(_held(ed)))


def test_a_subtitle_is_only_a_row_set_between_wave_dashes_or_dashes():
    from extractors.cover import _SUBTITLE
    for text in ("～人・産業・地域・政府全てにＡＩ～", "―新たな日常に向けて―", "〜 取組一覧 〜"):
        assert _SUBTITLE.match(text), text
    for text in ("～人・産業", "令和元年６月１１日", "―", "～～"):
        assert not _SUBTITLE.match(text), text


def test_the_guard_flags_a_covers_subtitle_lost(tmp_path):
    """With every cover piece at home the guard's tolerance is small (settings.accounting): a part that lost its
    subtitle's letters (about 2% of the plan's; a document's cover page is read as paragraphs too: they are left
    out with it) is an error, as a 3% tolerance let pass."""
    from dataclasses import replace
    from extractors.cover import read_cover
    from extractors.layout import read_pdf
    from extractors.settings import DEFAULT
    from pipeline.edition import read_part, unaccounted
    doc = read_pdf(str(lc.build_subtitled_plan(tmp_path / "plan.pdf")))
    ed = read_part(doc, read_cover(doc))
    a = DEFAULT.accounting
    assert unaccounted(doc, ed, a.unaccounted_share, a.unaccounted_least) == []
    lost = replace(ed, cover=replace(ed.cover, subtitle=""), paragraphs=[p for p in ed.paragraphs if p.page > 1])
    problems = unaccounted(doc, lost, a.unaccounted_share, a.unaccounted_least)
    assert [p.what for p in problems] == ["text_not_in_datasets"] and "網" in problems[0].raw
