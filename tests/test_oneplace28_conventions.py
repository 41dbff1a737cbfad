"""Session 28 (oneplace28): one place per decision — the shared helpers' boundaries."""
from __future__ import annotations

from types import SimpleNamespace


def test_by_extent_groups_by_the_first_rules_ends():
    """oneplace28: one grouper of rules by extent (geometry.by_extent) for typography's ruled runs, open_sides' row
    rules and open_tables' header rules: a rule joins the group whose FIRST rule's ends both stand within the
    tolerance (edges included), so a group never drifts rule by rule."""
    from extractors.geometry import by_extent, same_extent
    r = lambda x0, x1: SimpleNamespace(x0=x0, x1=x1)   # noqa: E731
    a, b, c, d = r(10, 100), r(12, 98), r(14, 96), r(10, 100)
    groups = by_extent([a, b, c, d], 2.0)
    assert groups == [[a, b, d], [c]]            # c is 2 from b but 4 from a: its own group
    assert same_extent(a, b, 2.0) and not same_extent(a, c, 2.0)
