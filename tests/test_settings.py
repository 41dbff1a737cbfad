"""The settings: one frozen object, every value with its unit and reason, a stable
fingerprint, and passed down (a stage read with other settings reads otherwise)."""
from __future__ import annotations

import dataclasses

import pytest

from extractors.settings import DEFAULT, Footnotes, Settings



def test_every_value_has_a_unit_and_a_reason():
    rows = DEFAULT.describe()
    assert len(rows) > 50
    for name, value, unit, why in rows:
        assert unit in {"pt", "em", "share", "count"}, name
        assert len(why) > 10, name
        assert isinstance(value, (int, float)) and not isinstance(value, bool), name
        if unit == "share":
            assert 0 < value <= 1, name


def test_settings_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT.headings.edge = 2.0   # type: ignore[misc]


def test_fingerprint_is_stable_and_follows_every_value():
    assert Settings().fingerprint() == DEFAULT.fingerprint()
    assert len(DEFAULT.fingerprint()) == 64
    changed = dataclasses.replace(DEFAULT, footnotes=dataclasses.replace(DEFAULT.footnotes, small=0.7))
    assert changed.fingerprint() != DEFAULT.fingerprint()
    # one value per name: no two groups hide a value under one dotted name
    assert len(DEFAULT.values()) == len(DEFAULT.describe()) + 1   # + the fixed same-size step


def test_settings_are_passed_down(corpus):
    """The 2022 main body's footnotes (small type at the foot of the page, under a short
    separator rule) are read with the default settings and not when footnote type must be at
    most half the body size and no rule is short enough to be a separator."""
    from extractors.layout import read_pdf
    from extractors.page_flow import build_flow

    doc = read_pdf(str(corpus / "2022" / "honbun.pdf"))
    assert len(build_flow(doc).footnotes) > 10
    tiny = dataclasses.replace(DEFAULT, footnotes=Footnotes(small=0.5, separator_max=0.0))
    flow = build_flow(doc, tiny)
    assert flow.footnotes == [] and flow.settings is tiny


def test_a_runs_settings_reach_every_worker_and_the_manifest(tmp_path):
    """Settings given to a run (ExtractOptions.settings) are the ones its forked workers read
    with, and the manifest records their fingerprint: with headings of at most one character,
    the sample edition has none of its five headings; a rerun with the defaults is no rerun of
    the same read (it re-extracts, and finds the five). The workers read with the defaults
    whatever the run was given before."""
    import json

    from pipeline.options import ExtractOptions
    from pipeline.run import run_extract
    from samples.build_samples import build

    (tmp_path / "in").mkdir()
    build(tmp_path / "in")
    one = dataclasses.replace(DEFAULT, headings=dataclasses.replace(DEFAULT.headings, max_title=1))
    out = tmp_path / "out"
    assert run_extract(ExtractOptions((str(tmp_path / "in"),), out, quiet=True, settings=one)) == 0

    def headings() -> int:
        return len((out / "2099/headings.csv").read_text(encoding="utf-8").splitlines()) - 1

    def recorded() -> str:
        return json.loads((out / "manifest.json").read_text(encoding="utf-8"))["editions"]["2099"]["fingerprint"]["settings"]

    assert headings() == 0 and recorded() == one.fingerprint()
    assert run_extract(ExtractOptions((str(tmp_path / "in"),), out, quiet=True)) == 0
    assert headings() == 5 and recorded() == DEFAULT.fingerprint()


def test_open_document_reads_the_layout_with_the_runs_settings(corpus):
    """The chain every read opens with (pipeline.reading.open_document: layout, then labels) hands the run's
    settings to the layout as well: the 2022 main body's third page draws its separator and table rules as thin
    filled boxes, rules with the defaults and none when no box is thin enough to be a rule."""
    from pipeline.reading import open_document

    path = str(corpus / "2022" / "honbun.pdf")
    assert open_document(path, first_pages=3).pages[2].rules
    no_rules = dataclasses.replace(DEFAULT, layout=dataclasses.replace(DEFAULT.layout, thin_box=0.0))
    assert not open_document(path, no_rules, first_pages=3).pages[2].rules
