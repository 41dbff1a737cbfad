"""A paragraph opened by its rule in a bolder face, a side note beside it (tests/lead13_conventions.py),
against the truth beside its builder."""
from __future__ import annotations

import lead13_conventions as lc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_a_bold_lead_running_on_into_body_type_is_no_title(tmp_path):
    """The rule stated in bold at the paragraph's head, wrapped over full rows, its explanation in body type
    starting on its last row, is the paragraph's lead: no heading; the numbered sub-heading over it, a side
    note beside the rule in the margin, stays a heading, nested under the section, the note joined to neither."""
    out = _extract(lc.build_lead_paragraph(tmp_path / "lead.pdf"))
    heads = read_csv(out / "headings.csv")
    assert [(norm(h["label"]), norm(h["title"])) for h in heads] == [(norm(a), norm(b)) for a, b in lc.HEADINGS]
    assert [h["level"] for h in heads[:3]] == ["1", "2", "2"]
    texts = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert any(norm(lc.RULE + lc.EXPLANATION) in t for t in texts)   # one paragraph: the lead and its explanation
    assert not any(norm(lc.HEADINGS[1][1]) in t for t in texts)
