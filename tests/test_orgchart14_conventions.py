"""An org chart's boxes joined by connector lines are no tables (tests/orgchart14_conventions.py);
the ruled table under the chart is found as before."""
from __future__ import annotations

import orgchart14_conventions as oc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_boxes_a_connector_runs_into_are_an_org_chart(tmp_path):
    """The deputy's box is crossed by the connector run down through it from the head's, the
    members' box by the same line run into it (hidden under each box's fill, ending short of the
    last box's foot): the line runs on past a box's side, so it is no rule between two cells; no
    table of the boxes, their labels are the page's text, and the ruled table under the chart is
    the only table."""
    out = _extract(oc.build_org_chart(tmp_path / "org.pdf"))
    got: dict[str, list[str]] = {}
    for row in read_csv(out / "tables.csv"):
        got.setdefault(row["table_id"], []).append(norm(row["text"]))
    assert list(got.values()) == [[norm(t) for row in oc.TABLE for t in row]], got
    body = "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert all(norm(w) in body for w in [oc.HEAD, oc.DEPUTY, oc.ADVISER, oc.MEMBERS]), body
