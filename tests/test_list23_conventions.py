"""list23 (tests/list23_conventions.py): a run of council papers' rows with no sentence after any of them is a list of
the session's bills — its entries head nothing; papers stated in a 提案理由, alone or together, head their reasons."""
from __future__ import annotations

import list23_conventions as lc
from conftest import extract_document as _extract, read_csv


def test_a_session_s_list_of_bills_holds_no_headings(tmp_path):
    """議案第１号 … 議案第１２号, each beside its subject, line under line, nothing after the last: the list's entries
    (headings._outside_paper_lists) — on main each row was read as a heading (council_paper)."""
    out = _extract(lc.build_bill_list(tmp_path / "list.pdf"))
    assert read_csv(out / "headings.csv") == [], [r["label"] for r in read_csv(out / "headings.csv")]


def test_papers_stated_together_still_head_their_reason(tmp_path):
    """議案第２号 over 議案第３号, then one paragraph on both: the two head it (a 提案理由 states bills together) —
    every paper of the statement is a heading."""
    out = _extract(lc.build_statement(tmp_path / "statement.pdf"))
    labels = [r["label"] for r in read_csv(out / "headings.csv")]
    assert labels == ["議案第1号", "議案第2号", "議案第3号", "議案第4号"], labels


def test_a_booklets_back_cover_heads_nothing(tmp_path):
    """The booklet's pages numbered A-1 … between its covers, its last page unnumbered — the cover printed again in
    English, centred rows, Directions and numbered notes —: the back cover, heading nothing as the front one does
    (headings._unheaded_pages) — on main its rows and notes were read as headings."""
    import below23_conventions as bc
    out = _extract(lc.build_booklet_with_back_cover(tmp_path / "booklet.pdf"))
    got = [(h["title"], int(h["page"])) for h in read_csv(out / "headings.csv")]
    assert not [g for g in got if g[1] == 6], got
    assert len(got) == 2 * len(bc.QUESTIONS), got


def test_a_part_set_as_a_formula_heads_nothing(tmp_path):
    """（a）lim / （b）lim over their limits: a label whose title is an operator's name and no word (a formula:
    numbering.formula_title) holds no title — on main （b）lim was read as a heading."""
    out = _extract(lc.build_limits_question(tmp_path / "limits.pdf"))
    titles = [h["title"] for h in read_csv(out / "headings.csv")]
    assert not [t for t in titles if "lim" in t], titles
