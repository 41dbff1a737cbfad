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
